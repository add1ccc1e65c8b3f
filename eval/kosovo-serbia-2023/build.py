# Builds articles/*.json, labels.json and feeds/*.xml for the kosovo-serbia-2023 timeline from the inline source below,
# then validates everything. Run: python3 eval/kosovo-serbia-2023/build.py  (self-contained; generated files are committed)
import json, os, re, email.utils, datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {'adriatic-wire': 'Adriatic Wire', 'danube-post': 'Danube Post', 'keystone-report': 'Keystone Report',
           'lakeside-herald': 'Lakeside Herald', 'orbit-news': 'Orbit News'}
A = []  # dicts: id, published, outlet, slug, title, text, claims


def art(when, outlet, slug, title, text, claims=()):
    i = '%03d' % (len(A) + 1)
    A.append(dict(id=i, published=when, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=list(claims)))
    return i


def c(actor, issue, stance, quote, attributed=True):
    return dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed)


# ---------------------------------------------------------------- articles (publication order)
art('2022-07-31T21:40:00Z', 'adriatic-wire', 'kosovo-delays-plates-rule-after-barricades',
    'Kosovo delays licence-plate and ID rules by a month after barricades in the north',
    """PRISTINA, Jul 31 (Adriatic Wire) - Kosovo's government said late on Sunday it would postpone by one month new rules on Serbian-issued identity documents and vehicle licence plates, after Serbs in the north blocked roads to two border crossings and air raid sirens sounded in North Mitrovica.

The decision came after a request from the US ambassador in Pristina, Jeffrey Hovenier, the government said. It added that the delay depended on all barricades being removed.

Prime Minister Albin Kurti said the postponement changed only the calendar. Drivers with Serbian plates would still have to switch to Kosovo plates, he said, and the requirement would take effect on Sept. 1.

Srpska Lista, the main party of Kosovo Serbs, said the barricades would stay until the police withdrew from the north. NATO's peacekeeping mission, KFOR, said it was ready to intervene if stability was threatened.""",
    [c('kosovo', 'plates-switch', 'support', 'Drivers with Serbian plates would still have to switch to Kosovo plates')])

art('2022-08-18T19:15:00Z', 'danube-post', 'brussels-crisis-talks-end-without-deal',
    'Vucic and Kurti end Brussels crisis talks without a deal',
    """BRUSSELS, Aug 18 (Danube Post) - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti failed to reach agreement on Thursday at talks hosted by EU foreign policy chief Josep Borrell, who said discussions would continue in the coming days.

The meeting in Brussels was the first between the two leaders since tensions flared in the north of Kosovo at the end of July over documents and licence plates.

Vucic told reporters that Pristina had still not set up the Association of Serb-majority municipalities, which it had signed up to in 2013, and that Belgrade would keep insisting on it. He said the Serbs of Kosovo had been patient for nine years.

Kurti said he had come to Brussels to talk about a final agreement centred on mutual recognition. A mono-ethnic association of the kind Belgrade wanted would not be created on his watch, he said.""",
    [c('serbia', 'association', 'support', 'Belgrade would keep insisting on it'),
     c('kosovo', 'association', 'oppose', 'A mono-ethnic association of the kind Belgrade wanted would not be created')])

art('2022-08-27T18:05:00Z', 'keystone-report', 'serbia-kosovo-deal-on-id-documents',
    'Serbia and Kosovo settle ID document dispute; plates left for later',
    """BRUSSELS, Aug 27 (Keystone Report) - Serbia and Kosovo reached an agreement on Saturday on travel documents, ending one of the two disputes behind last month's unrest in the north, EU foreign policy chief Josep Borrell said.

Under the deal, Serbia will abolish the entry and exit documents it requires of Kosovo identity card holders, and Kosovo will not introduce similar documents for holders of Serbian cards. EU envoy Miroslav Lajcak worked out the details with negotiators from Belgrade and Pristina.

The agreement does not cover licence plates. Diplomats in Brussels said that issue could prove much harder to settle, and some analysts expected a fresh standoff before the autumn.

Officials in Belgrade and Pristina both presented the deal as a win. Neither side would say on Saturday what it was prepared to offer on plates.""")

art('2022-09-01T09:30:00Z', 'orbit-news', 'kurti-opens-plate-switch-window',
    'Kurti opens 61-day window for switching to Kosovo plates',
    """PRISTINA, Sept 1 (Orbit News) - Kosovo opened its vehicle registration centres on Thursday to drivers who want to replace Serbian-issued plates, giving them until Oct. 31 to make the switch.

In a video message recorded partly in Serbian, Prime Minister Albin Kurti urged Serbs in the north to register their cars with plates of what he called "our common republic." He said plates issued by Serbia for Kosovo towns were a legacy of the Milosevic era and kept those who used them isolated.

The switch would be free of charge, the government said.

In Belgrade, Petar Petkovic, who heads the Serbian government's office for Kosovo, said on Thursday that Serbs had no reason to give up plates that were legal, and that Belgrade would not encourage them to do so.""",
    [c('kosovo', 'plates-switch', 'support', 'urged Serbs in the north to register their cars with plates'),
     c('serbia', 'plates-switch', 'oppose', 'Serbs had no reason to give up plates that were legal')])

art('2022-10-28T15:20:00Z', 'lakeside-herald', 'kosovo-phases-in-plate-switch',
    'Kosovo phases in plate switch, rejects long delay sought by allies',
    """PRISTINA, Oct 28 (Lakeside Herald) - Kosovo will phase in its requirement for Serbs to switch to Kosovo licence plates, starting with warnings on Nov. 1 and moving to fines three weeks later, Prime Minister Albin Kurti said on Friday.

Cars that still carry Serbian-issued plates on April 21 next year would be confiscated, Kurti said after a cabinet meeting. He turned down a request from Washington and Brussels to push the deadline back by ten months.

Gabriel Escobar, the US envoy for the Western Balkans, had suggested a postponement during a visit to Pristina earlier in the week. Asked whether the United States backed the phased plan, a State Department spokesperson declined to comment.

Kurti said the measure was not aimed at Serbs but was meant to make them equal citizens. "We never want to surprise our allies," he said.""",
    [c('kosovo', 'plates-switch', 'support', 'Cars that still carry Serbian-issued plates on April 21 next year would be confiscated')])

art('2022-11-05T17:45:00Z', 'orbit-news', 'kosovo-serbs-quit-institutions-over-plates',
    'Kosovo Serbs quit police, courts and government over licence plates',
    """NORTH MITROVICA, Nov 5 (Orbit News) - Serb mayors, members of parliament, judges and police officers in the north of Kosovo resigned en masse on Saturday in protest at the government's licence-plate rules.

Thousands of people gathered in North Mitrovica as leaders of Srpska Lista, the Belgrade-backed Serb party, announced the walkout. Several hundred police officers took off their uniforms.

Serbian Prime Minister Ana Brnabic said Belgrade stood fully behind the Serbs and that the plates decision had to be withdrawn before anyone returned to work. She accused Pristina of trying to drive Serbs out of Kosovo.

In Pristina, Kurti's office said the institutions would keep working. The European Union urged both sides to refrain from unilateral steps.

Speaking in Belgrade later on Saturday, President Aleksandar Vucic said Serbia would not abandon the Serbs of Kosovo. He said they should not be made to carry plates that Pristina imposed on them by force.""",
    [c('serbia', 'plates-switch', 'oppose', 'the plates decision had to be withdrawn before anyone returned to work')])

art('2022-11-21T20:10:00Z', 'adriatic-wire', 'borrell-blames-kurti-as-plate-talks-fail',
    'Borrell blames Kurti as emergency plate talks fail',
    """BRUSSELS, Nov 21 (Adriatic Wire) - Emergency talks between Serbia and Kosovo on licence plates broke down on Monday, and EU foreign policy chief Josep Borrell laid most of the blame on Kosovo's prime minister.

Borrell said he had proposed that Kosovo suspend further steps in its re-registration drive while Serbia stopped issuing plates carrying the names of Kosovo towns. Serbian President Aleksandar Vucic accepted the proposal and Albin Kurti did not, Borrell said.

Vucic said Serbia had agreed so that no Serb would be forced to give up his plates, and he called Kurti's behaviour irresponsible.

Kurti said the plates were a question of law and order, not a bargaining chip, and told reporters that the re-registration would go on. He said he had come to discuss the whole Franco-German proposal, not only plates.

Kosovo police began issuing fines to drivers with Serbian plates on Monday.""",
    [c('eu', 'plates-switch', 'conditional', 'proposed that Kosovo suspend further steps in its re-registration drive'),
     c('serbia', 'plates-switch', 'oppose', 'so that no Serb would be forced to give up his plates'),
     c('kosovo', 'plates-switch', 'support', 'told reporters that the re-registration would go on')])

art('2022-11-22T13:00:00Z', 'keystone-report', 'kurti-delays-fines-at-us-request',
    'Kurti delays plate fines by 48 hours at US request',
    """PRISTINA, Nov 22 (Keystone Report) - Kosovo Prime Minister Albin Kurti said on Tuesday he would hold off on fines for drivers with Serbian-issued plates for 48 hours, after a request from the United States.

Kurti said he had accepted the request from Washington as a sign of goodwill toward an ally. He said the obligation to re-register remained in force.

The US embassy in Pristina thanked the government and said it hoped the pause would give dialogue a chance. It did not say what outcome it wanted on the plates themselves.

Police in the north said only a small number of Serbs had switched so far. Under the phased plan announced last month, drivers who keep Serbian-issued plates face fines of 150 euros.

Diplomats said an EU compromise under which Serbia would stop issuing new plates for Kosovo towns, in exchange for a pause in Kosovo's drive, was still on the table. Kosovo's government did not comment on it.""",
    [c('kosovo', 'plates-switch', 'support', 'the obligation to re-register remained in force')])

art('2022-11-23T23:30:00Z', 'lakeside-herald', 'late-night-deal-defuses-plate-row',
    'Late-night deal defuses Serbia-Kosovo plate row',
    """BRUSSELS, Nov 23 (Lakeside Herald) - Serbia and Kosovo agreed late on Wednesday to steps that avert an escalation over licence plates, EU foreign policy chief Josep Borrell said.

Under the arrangement Serbia will stop issuing plates with the denominations of Kosovo towns, and Kosovo will cease further actions related to the re-registration of vehicles. Borrell said the EU would invite both sides to Brussels within days to discuss implementing the wider agreements.

Kosovo's Deputy Prime Minister Besnik Bislimi, the chief negotiator, confirmed that Pristina had agreed to freeze the next phases of the plate switch in return for Belgrade's step. Kosovo was ready to set aside the fines and seizures for now in order to keep the dialogue on track, he said.

Petar Petkovic, Serbia's chief negotiator, called the outcome a victory for peace. Serbs in the north would not be punished for their plates, he said.""",
    [c('kosovo', 'plates-switch', 'conditional', 'Pristina had agreed to freeze the next phases of the plate switch'),
     c('serbia', 'plates-switch', 'oppose', 'Serbs in the north would not be punished for their plates')])

art('2022-12-10T18:00:00Z', 'orbit-news', 'osmani-postpones-northern-vote',
    'Osmani postpones northern local elections to April amid barricades',
    """PRISTINA, Dec 10 (Orbit News) - Kosovo President Vjosa Osmani on Saturday postponed local elections in four Serb-majority municipalities in the north from Dec. 18 to April 23, after consulting party leaders and foreign envoys.

The elections were called to replace the Serb mayors who resigned in November. Serbs in the north put up barricades on roads near the border earlier in the day after police arrested a former officer, and gunfire was reported near Zubin Potok.

In Belgrade, President Aleksandar Vucic said Serbia would ask the NATO-led force in Kosovo to allow up to 1,000 Serbian police and soldiers to deploy in the north, although he said he expected the request to be refused.

Diplomats in Pristina said the delay could calm tempers but would not settle who governs the north.""")

art('2022-12-29T16:40:00Z', 'adriatic-wire', 'barricades-come-down-vucic-association',
    'Barricades come down in north Kosovo; Vucic says association comes first',
    """BELGRADE, Dec 29 (Adriatic Wire) - Serbs in the north of Kosovo began removing barricades on Thursday after nearly three weeks, easing a standoff that had prompted Serbia to put its army on the highest level of combat readiness.

President Aleksandar Vucic said the Serbs had agreed to take the barricades down after being given guarantees that those who built them would not be prosecuted. The United States and the European Union welcomed the de-escalation.

Vucic said no talks on a broader deal could succeed until Pristina had established the Association of Serb-majority municipalities. He said Belgrade would not accept any agreement that left out the association. He also said the Franco-German proposal was unacceptable to Serbia, because it would open the way to a Kosovo seat at the United Nations.

A court in Pristina moved the former police officer whose arrest sparked the protests to house arrest.""",
    [c('serbia', 'association', 'support', 'Belgrade would not accept any agreement that left out the association'),
     c('serbia', 'eu-plan', 'oppose', 'the Franco-German proposal was unacceptable to Serbia'),
     c('serbia', 'drop-intl-objection', 'oppose', 'because it would open the way to a Kosovo seat at the United Nations')])

art('2023-01-20T17:25:00Z', 'danube-post', 'envoys-press-kurti-kurti-opens-door-association',
    'Western envoys press Pristina; Kurti says he is not against an association',
    """PRISTINA, Jan 20 (Danube Post) - US envoy Gabriel Escobar and EU envoy Miroslav Lajcak, joined by foreign policy advisers to the leaders of France, Germany and Italy, pressed Kosovo's leaders on Friday to move ahead with the European proposal for normalising ties with Serbia.

Escobar told reporters in Pristina that the Association of Serb-majority municipalities had to be established, and that it was an obligation Kosovo had taken on. Lajcak said the EU expected both sides to implement everything they had already agreed, including the association.

Prime Minister Albin Kurti, who has long rejected the association, struck a softer tone after the meeting. He said Kosovo was not against an association of municipalities as long as it respected the constitution and did not become a mono-ethnic body with executive powers.

The envoys travelled on to Belgrade for talks with President Aleksandar Vucic later in the day.""",
    [c('usa', 'association', 'support', 'the Association of Serb-majority municipalities had to be established'),
     c('eu', 'association', 'support', 'implement everything they had already agreed, including the association'),
     c('kosovo', 'association', 'conditional', 'Kosovo was not against an association of municipalities as long as it respected the constitution')])

art('2023-01-24T14:00:00Z', 'keystone-report', 'vucic-tells-parliament-to-weigh-eu-plan',
    'Vucic tells parliament Serbia must engage with the EU plan, but will not recognise Kosovo',
    """BELGRADE, Jan 24 (Keystone Report) - Serbia has no choice but to take part in talks on the European plan for normalising relations with Kosovo, President Aleksandar Vucic told parliament on Tuesday, warning that rejecting it would cost the country its EU path and foreign investment.

Vucic said Serbia was ready to accept the plan as a basis for negotiations if its red lines were respected. Serbia would not recognise Kosovo's independence, he said, and would not agree to Kosovo taking a seat in the United Nations.

Nationalist opposition members shouted "treason" in the chamber and held up banners. Some right-wing parties walked out.

Prime Minister Ana Brnabic said the government backed the president's approach. Foreign Minister Ivica Dacic said Serbia would keep working to persuade more countries to withdraw recognition of Kosovo.""",
    [c('serbia', 'eu-plan', 'conditional', 'accept the plan as a basis for negotiations if its red lines were respected'),
     c('serbia', 'drop-intl-objection', 'oppose', 'would not agree to Kosovo taking a seat in the United Nations')])

art('2023-01-24T16:30:00Z', 'orbit-news', 'vucic-parliament-eu-plan-red-lines',
    'Vucic: Serbia should talk on the basis of the European plan, with red lines',
    """BELGRADE, Jan 24 (Orbit News) - President Aleksandar Vucic told Serbian lawmakers on Tuesday that the country had to engage in talks on the European plan to normalise relations with Kosovo, or risk its EU membership bid and foreign investment.

He said Serbia was ready to accept the plan as a basis for negotiations if its red lines were respected. Kosovo's independence would not be recognised by Serbia, he said, and Belgrade would not agree to Kosovo taking a seat in the United Nations.

Opposition nationalists chanted "treason" and several right-wing deputies walked out of the chamber.

Prime Minister Ana Brnabic said her government supported Vucic's approach, and Foreign Minister Ivica Dacic said Belgrade would keep urging other countries to withdraw their recognition of Kosovo.""",
    [c('serbia', 'eu-plan', 'conditional', 'accept the plan as a basis for negotiations if its red lines were respected'),
     c('serbia', 'drop-intl-objection', 'oppose', 'Belgrade would not agree to Kosovo taking a seat in the United Nations')])

art('2023-02-17T11:10:00Z', 'lakeside-herald', 'osmani-association-constitution',
    'Osmani: any association must fit Kosovo constitution',
    """PRISTINA, Feb 17 (Lakeside Herald) - Kosovo President Vjosa Osmani said on Friday, the 15th anniversary of the country's declaration of independence, that Kosovo would never allow a second Republika Srpska on its territory.

She said an association of Serb-majority municipalities could only be formed in line with the constitution and the 2015 ruling of the Constitutional Court, and only as part of an agreement that ends with mutual recognition.

Osmani also said Kosovo would apply to more international organisations this year. She said Belgrade could not keep blocking Kosovo's place in the world if it wanted to join the EU.

Analysts in Pristina said the president's tone was tougher than the prime minister's, but that the two did not differ on substance.""",
    [c('kosovo', 'association', 'conditional', 'could only be formed in line with the constitution and the 2015 ruling'),
     c('kosovo', 'drop-intl-objection', 'support', "Belgrade could not keep blocking Kosovo's place in the world")])

art('2023-02-27T21:50:00Z', 'lakeside-herald', 'borrell-eu-plan-agreed-no-signature',
    'EU says Serbia and Kosovo accept normalisation plan, but no signatures',
    """BRUSSELS, Feb 27 (Lakeside Herald) - Serbia and Kosovo have agreed to the European Union's proposal for normalising their relations and no further discussion of the text is needed, EU foreign policy chief Josep Borrell said on Monday after talks with both leaders.

Borrell said work would now turn to an annex on how the agreement is implemented. The proposal, drafted with France and Germany, would have Serbia and Kosovo develop normal relations and recognise each other's documents and national symbols.

Kosovo Prime Minister Albin Kurti said he had been ready to sign the document on the spot. Serbian President Aleksandar Vucic said he had not signed anything. Serbia was ready to implement parts of the plan, he said, but some elements were unacceptable, and he repeated that he would never allow Kosovo into the United Nations.""",
    [c('eu', 'eu-plan', 'support', "agreed to the European Union's proposal for normalising their relations"),
     c('kosovo', 'eu-plan', 'support', 'he had been ready to sign the document on the spot'),
     c('serbia', 'eu-plan', 'conditional', 'Serbia was ready to implement parts of the plan'),
     c('serbia', 'drop-intl-objection', 'oppose', 'he would never allow Kosovo into the United Nations')])

art('2023-03-18T22:15:00Z', 'adriatic-wire', 'ohrid-annex-agreed-unsigned',
    'Serbia and Kosovo agree implementation annex in Ohrid without signing',
    """OHRID, North Macedonia, March 18 (Adriatic Wire) - Serbia and Kosovo agreed on Saturday on how to implement the EU-backed normalisation plan, EU foreign policy chief Josep Borrell said after 12 hours of talks on the shore of Lake Ohrid, though neither leader signed the text.

Borrell said the agreement and its annex were binding on both sides and would become part of their EU accession processes. According to Borrell, Serbia had committed not to object to Kosovo's membership in any international organisation.

Kosovo Prime Minister Albin Kurti said the deal amounted to de facto recognition of Kosovo by Serbia.

Serbian President Aleksandar Vucic said the talks had produced some good results and that Serbia would fulfil the obligations it had accepted. He said he had not signed and would not sign, and that Belgrade had not agreed to Kosovo's membership of the United Nations.""",
    [c('eu', 'eu-plan', 'support', 'the agreement and its annex were binding on both sides'),
     c('serbia', 'drop-intl-objection', 'support', "Serbia had committed not to object to Kosovo's membership", False),
     c('kosovo', 'eu-plan', 'support', 'the deal amounted to de facto recognition of Kosovo by Serbia'),
     c('serbia', 'eu-plan', 'conditional', 'Serbia would fulfil the obligations it had accepted'),
     c('serbia', 'drop-intl-objection', 'oppose', "Belgrade had not agreed to Kosovo's membership of the United Nations")])

art('2023-03-19T12:30:00Z', 'danube-post', 'dacic-serbia-will-keep-lobbying',
    'Dacic says Serbia will keep lobbying against Kosovo in global bodies',
    """BELGRADE, March 19 (Danube Post) - Serbian Foreign Minister Ivica Dacic said on Sunday that Serbia would continue to campaign against Kosovo's admission to the Council of Europe, UNESCO and Interpol, a day after the talks in Ohrid.

Dacic said nothing agreed in Ohrid obliged Belgrade to stand aside while Pristina sought seats in international bodies. He said several countries had withdrawn their recognition of Kosovo in recent years and that Serbia would work to keep that trend going.

Kosovo applied to join the Council of Europe last May. A decision by the organisation's foreign ministers is not expected before next year, diplomats in Strasbourg said.

In Pristina, Deputy Prime Minister Besnik Bislimi said such statements showed Belgrade was already backtracking. He said Kosovo expected the EU to hold Serbia to the Ohrid commitments.""",
    [c('serbia', 'drop-intl-objection', 'oppose', 'Serbia would continue to campaign against Kosovo\'s admission to the Council of Europe'),
     c('kosovo', 'eu-plan', 'support', 'Kosovo expected the EU to hold Serbia to the Ohrid commitments')])

art('2023-03-20T20:00:00Z', 'keystone-report', 'washington-welcomes-ohrid-urges-association',
    'Washington welcomes Ohrid deal, tells Pristina to start on association',
    """WASHINGTON, March 20 (Keystone Report) - The United States welcomed the agreement reached by Serbia and Kosovo in Ohrid and called on both governments to carry it out in full and without delay, Secretary of State Antony Blinken said on Monday.

Blinken said the deal was a historic step for the region and would bring both countries closer to their goal of joining the European Union. He said Washington expected Kosovo to begin work on the Association of Serb-majority municipalities immediately, as the annex requires.

In Berlin, the German government also welcomed the agreement. A spokesperson said Germany would support both sides as they implemented it.

Some analysts in Washington said Belgrade might try to slow down the parts of the deal it disliked, pointing to comments by Serbian ministers over the weekend. The State Department declined to comment on those remarks.""",
    [c('usa', 'eu-plan', 'support', 'called on both governments to carry it out in full and without delay'),
     c('usa', 'association', 'support', 'expected Kosovo to begin work on the Association of Serb-majority municipalities immediately'),
     c('germany', 'eu-plan', 'support', 'the German government also welcomed the agreement')])

art('2023-04-24T10:05:00Z', 'keystone-report', 'north-vote-low-turnout-boycott',
    'Turnout of 3.5 percent as Serbs boycott northern Kosovo elections',
    """ZVECAN, Kosovo, April 24 (Keystone Report) - Ethnic Albanian candidates won mayoral races in four Serb-majority municipalities in northern Kosovo after Serbs boycotted Sunday's local elections, leaving turnout at about 3.5 percent, the election commission said.

Srpska Lista had called on Serbs to stay away from the polls, saying conditions for a free vote did not exist. The party said it would not recognise the new mayors.

In Pristina, officials from Prime Minister Albin Kurti's party said the vote had been held in line with the law. A spokesperson for the EU's foreign service said the elections did not offer a long-term political solution, without elaborating.

Observers said the result would leave mayors governing towns where almost no one had voted for them.""")

art('2023-05-26T18:20:00Z', 'orbit-news', 'clashes-as-mayors-enter-town-halls',
    'Clashes in north Kosovo as police escort new mayors into town halls',
    """ZVECAN, Kosovo, May 26 (Orbit News) - Kosovo police used tear gas on Friday to disperse Serbs trying to stop newly elected ethnic Albanian mayors from entering municipal buildings in the north.

Several people were injured in Zvecan, and vehicles were set on fire. Serbian President Aleksandar Vucic put the army on its highest state of alert and ordered units closer to the border.

US Secretary of State Antony Blinken said the government in Pristina had escalated tensions by forcing access to the buildings and that it should step back. The EU said it condemned the violence and called for calm.

Kosovo's government said the mayors had a legal mandate and had a right to enter their offices.

KFOR troops took up positions around the town halls in Zvecan, Leposavic and Zubin Potok later in the day. Moscow said it backed Belgrade and blamed the West for the unrest.""")

art('2023-05-30T15:40:00Z', 'lakeside-herald', 'kurti-rejects-calls-for-new-northern-vote',
    'Kurti rejects calls for fresh northern vote after KFOR troops hurt',
    """PRISTINA, May 30 (Lakeside Herald) - Kosovo Prime Minister Albin Kurti rejected calls on Tuesday for new local elections in the north, a day after about 30 NATO peacekeepers were injured in clashes with Serb protesters in Zvecan.

Kurti said the four mayors had been elected lawfully and would not be removed to satisfy what he called violent groups directed from Belgrade. Holding a fresh vote under such pressure would reward the violence, he said.

KFOR said it was sending 700 more troops to the region. The US ambassador said Kosovo had been removed from a NATO-led military exercise as a consequence of its actions.

Serbian President Aleksandar Vucic said the mayors and the special police units had to leave the north before there could be any calm.""",
    [c('kosovo', 'north-elections', 'oppose', 'rejected calls on Tuesday for new local elections in the north')])

art('2023-06-01T19:30:00Z', 'danube-post', 'macron-scholz-call-new-elections-north',
    'Macron and Scholz call for new elections in northern Kosovo',
    """BULBOACA, Moldova, June 1 (Danube Post) - French President Emmanuel Macron and German Chancellor Olaf Scholz called on Thursday for new elections in the four northern municipalities of Kosovo as soon as possible, with Serbs taking part, after meeting Kosovo President Vjosa Osmani and Serbian President Aleksandar Vucic on the sidelines of a European summit.

Macron said the April vote had left a situation that could not last. Scholz said Berlin wanted the elections organised quickly and the tension brought down.

Vucic said Serbs were ready to vote in new elections once the special police and the current mayors had withdrawn.

Asked by reporters whether Kosovo would agree to a repeat vote, Osmani declined to say. She said Kosovo would not negotiate under threats.""",
    [c('france', 'north-elections', 'support', 'called on Thursday for new elections in the four northern municipalities'),
     c('germany', 'north-elections', 'support', 'Berlin wanted the elections organised quickly'),
     c('serbia', 'north-elections', 'conditional', 'Serbs were ready to vote in new elections once the special police')])

art('2023-06-05T13:15:00Z', 'adriatic-wire', 'escobar-new-elections-association',
    'US envoy says new vote and association are needed to calm north Kosovo',
    """WASHINGTON, June 5 (Adriatic Wire) - The United States wants new elections in northern Kosovo with the full participation of Serbs, US envoy Gabriel Escobar said on Monday, adding that Pristina should also move ahead with the Association of Serb-majority municipalities.

Escobar said the United States had lost some confidence in the Kosovo government after last week's events. He said the association could not be postponed any longer and that Washington would not accept further delays.

He also urged Belgrade to lower the alert level of its army and to press Serbs in the north to refrain from violence.

Washington has been Kosovo's most important ally since the 1999 NATO air campaign against Serbia. Asked whether the United States would consider sanctions on Kosovo officials, Escobar declined to say.""",
    [c('usa', 'north-elections', 'support', 'wants new elections in northern Kosovo with the full participation of Serbs'),
     c('usa', 'association', 'support', 'the association could not be postponed any longer')])

art('2023-06-13T12:00:00Z', 'keystone-report', 'kurti-plan-early-elections-north',
    'Kurti offers early elections in the north under de-escalation plan',
    """PRISTINA, June 13 (Keystone Report) - Kosovo Prime Minister Albin Kurti presented a plan on Tuesday to calm the north, offering early local elections in the four Serb-majority municipalities provided Serbs take part and the violence ends.

Under the plan, police would reduce their presence outside municipal buildings and the mayors could work from other premises. Kurti said Kosovo was ready to organise a new vote once the people behind the attacks on police and peacekeepers had been brought to justice.

He said the plan had been shared with the EU and the United States. An EU spokesperson said Brussels would study it carefully.

Srpska Lista dismissed the proposal as a trick and repeated its demand that the police withdraw altogether.""",
    [c('kosovo', 'north-elections', 'conditional', 'offering early local elections in the four Serb-majority municipalities provided Serbs take part')])

art('2023-06-13T15:45:00Z', 'orbit-news', 'kurti-early-vote-if-serbs-take-part',
    'Kurti proposes early northern vote if Serbs take part',
    """PRISTINA, June 13 (Orbit News) - Kosovo Prime Minister Albin Kurti on Tuesday proposed a plan to ease tensions in the north that includes early local elections in the four Serb-majority municipalities, provided Serbs take part and the violence ends.

Police would scale back their presence outside town halls and the mayors could work from other offices, under the plan. Kurti said Kosovo was ready to organise a new vote once the people behind the attacks on police and peacekeepers had been brought to justice.

The plan had been shared with the EU and the United States, he said. Brussels would study it carefully, an EU spokesperson said.

Srpska Lista rejected the offer as a trick and said the police must leave the north completely.""",
    [c('kosovo', 'north-elections', 'conditional', 'includes early local elections in the four Serb-majority municipalities, provided Serbs take part')])

art('2023-06-22T20:30:00Z', 'lakeside-herald', 'borrell-crisis-meeting-no-face-to-face',
    'Borrell sees Vucic and Kurti separately as crisis talks bring no breakthrough',
    """BRUSSELS, June 22 (Lakeside Herald) - EU foreign policy chief Josep Borrell met Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti separately on Thursday after the two refused to sit at the same table, and said the crisis in the north was far from over.

Borrell said Kosovo had to create the conditions for early elections in the four northern municipalities, and Serbia had to make sure that Serbs took part in them. He said Kosovo also needed to start drafting the statute of the association without further delay.

Kurti told reporters that he would not talk about a new vote while those who attacked the police walked free. He said he had brought his plan to Brussels and was waiting for Serbia to act.

Vucic said Belgrade had done everything asked of it.""",
    [c('eu', 'north-elections', 'support', 'Kosovo had to create the conditions for early elections'),
     c('eu', 'association', 'support', 'Kosovo also needed to start drafting the statute of the association'),
     c('kosovo', 'north-elections', 'conditional', 'would not talk about a new vote while those who attacked the police walked free')])

art('2023-06-28T17:00:00Z', 'danube-post', 'eu-measures-against-kosovo',
    'EU takes measures against Kosovo over northern crisis',
    """BRUSSELS, June 28 (Danube Post) - The European Union has put in place measures against Kosovo, including a pause in some high-level visits and in funding, because Pristina has not done enough to defuse tensions in the north, an EU spokesperson said on Wednesday.

The measures are temporary and can be lifted if Kosovo takes steps to de-escalate, including preparing for new elections in the north with Serb participation, the spokesperson said.

Kosovo's Deputy Prime Minister Besnik Bislimi said the measures punished the side that had been attacked. He said Kosovo remained committed to the European plan agreed in Brussels and Ohrid.

Some diplomats in Brussels said Germany had argued privately for a softer line; Berlin did not comment. Serbia was not targeted by any measures, the spokesperson said, though Belgrade was expected to help calm the north.""",
    [c('eu', 'north-elections', 'support', 'preparing for new elections in the north with Serb participation'),
     c('kosovo', 'eu-plan', 'support', 'Kosovo remained committed to the European plan agreed in Brussels and Ohrid')])

art('2023-09-14T19:45:00Z', 'adriatic-wire', 'brussels-talks-collapse-over-sequencing',
    'Serbia-Kosovo talks collapse over order of association and recognition',
    """BRUSSELS, Sept 14 (Adriatic Wire) - A meeting between the leaders of Serbia and Kosovo ended without result on Thursday, and EU foreign policy chief Josep Borrell said Kosovo's prime minister was to blame.

Borrell said Serbian President Aleksandar Vucic had accepted an EU proposal to begin setting up the Association of Serb-majority municipalities in parallel with steps toward de facto recognition. Albin Kurti had insisted that recognition come first, Borrell said.

Kurti said he was ready to launch the association, but only after Serbia had formally signed the Ohrid agreement. He accused Borrell of favouring Belgrade.

Vucic said Serbia wanted the association set up in full and had shown goodwill. He said he would not agree to any step that amounted to recognising Kosovo.""",
    [c('kosovo', 'association', 'conditional', 'ready to launch the association, but only after Serbia had formally signed'),
     c('serbia', 'association', 'support', 'Serbia wanted the association set up in full'),
     c('eu', 'association', 'support', 'an EU proposal to begin setting up the Association of Serb-majority municipalities')])

art('2023-09-25T08:50:00Z', 'orbit-news', 'banjska-monastery-attack',
    'Police officer killed as armed men attack in north Kosovo village',
    """BANJSKA, Kosovo, Sept 25 (Orbit News) - A Kosovo police officer was killed and another wounded on Sunday when about 30 armed men attacked a patrol near the village of Banjska, before barricading themselves in a Serbian Orthodox monastery.

Three of the attackers died in a shootout that lasted hours. Kosovo police said they seized rifles, rocket launchers and armoured vehicles.

Prime Minister Albin Kurti said the attack had been organised and financed from Belgrade. Serbian President Aleksandar Vucic condemned the killing of the officer but denied that Serbia was involved, and declared a day of mourning for the three dead Serbs.

Milan Radoicic, a deputy leader of Srpska Lista, later said he had led the group. He resigned from the party.

The EU and the United States called for the perpetrators to be brought to justice. The attack came days after talks in Brussels collapsed, and diplomats said it would harden positions in Belgrade, which rejects Kosovo's independence and its membership of international bodies.""",
    [c('serbia', 'drop-intl-objection', 'oppose', "rejects Kosovo's independence and its membership of international bodies", False)])

art('2023-10-27T21:00:00Z', 'danube-post', 'scholz-macron-meloni-push-association',
    'Scholz, Macron and Meloni push both sides to implement deal, back association statute',
    """BRUSSELS, Oct 27 (Danube Post) - German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni urged Serbia and Kosovo on Friday to implement their normalisation agreement without delay, after meeting the two leaders separately on the sidelines of an EU summit.

In a joint statement, the three leaders said Kosovo should launch the process of setting up the Association of Serb-majority municipalities on the basis of a draft statute prepared by the EU, and Serbia should deliver de facto recognition of Kosovo.

Kosovo Prime Minister Albin Kurti said he welcomed the European draft as a basis, but that Serbia first had to formally accept the agreement. Serbian President Aleksandar Vucic said he had told the leaders that Serbia would never recognise Kosovo or support its membership of the UN.""",
    [c('germany', 'association', 'support', 'Kosovo should launch the process of setting up the Association'),
     c('france', 'association', 'support', 'Kosovo should launch the process of setting up the Association'),
     c('germany', 'eu-plan', 'support', 'urged Serbia and Kosovo on Friday to implement their normalisation agreement'),
     c('france', 'eu-plan', 'support', 'urged Serbia and Kosovo on Friday to implement their normalisation agreement'),
     c('kosovo', 'association', 'conditional', 'welcomed the European draft as a basis, but that Serbia first had to formally accept'),
     c('serbia', 'drop-intl-objection', 'oppose', 'Serbia would never recognise Kosovo or support its membership of the UN')])

art('2023-11-01T10:20:00Z', 'keystone-report', 'kosovo-one-month-deadline-km-plates',
    'Kosovo gives northern drivers one month to swap Serbian plates',
    """PRISTINA, Nov 1 (Keystone Report) - Kosovo on Wednesday gave drivers in four northern municipalities one month to replace Serbian-issued plates with Kosovo ones, reviving a plan that was frozen a year ago under an EU-brokered deal.

Interior Minister Xhelal Svecla said the switch was now mandatory again and that the freeze agreed in November 2022 had served its purpose. After the deadline, police would start removing Serbian-issued plates from cars, he said.

Petar Petkovic, who heads Serbia's office for Kosovo, said Pristina was violating the agreement and that Serbs should not be forced to change their plates.

Registration centres in North Mitrovica and Zvecan extended their opening hours on Wednesday. Svecla said the switch would cost owners nothing.

An EU spokesperson said Brussels was following the situation closely and urged both sides to avoid steps that could raise tension.""",
    [c('kosovo', 'plates-switch', 'support', 'the switch was now mandatory again'),
     c('serbia', 'plates-switch', 'oppose', 'Serbs should not be forced to change their plates')])

art('2023-11-30T16:10:00Z', 'lakeside-herald', 'plates-deadline-extended-two-weeks',
    'Kosovo extends plate deadline by two weeks after long queues',
    """NORTH MITROVICA, Nov 30 (Lakeside Herald) - Kosovo extended by 15 days the deadline for drivers in the north to re-register cars with Serbian-issued plates, after long queues formed outside registration centres, the interior ministry said on Thursday.

Regional police had asked for more time, saying some cars had technical problems that delayed their paperwork. The ministry said the extension did not mean the plan was being dropped: after Dec. 15, police would confiscate Serbian plates.

Some local residents said they expected Pristina to back down again, as it did in 2022. Officials in Belgrade did not respond to requests for comment.

Prime Minister Albin Kurti told lawmakers on Thursday that the law applied equally to everyone. There would be no second freeze, he said.""",
    [c('kosovo', 'plates-switch', 'support', 'the extension did not mean the plan was being dropped')])

art('2023-12-27T18:35:00Z', 'orbit-news', 'serbia-lets-kosovo-plated-cars-in',
    'Serbia to let cars with Kosovo plates enter without stickers',
    """BELGRADE, Dec 27 (Orbit News) - Serbia will allow cars with Kosovo licence plates to enter its territory from Jan. 1 without covering the state symbols with stickers, the Serbian government said on Wednesday.

A government statement described the decision as a technical step to ease travel, taken in good faith, and said it did not change Serbia's position on Kosovo's status.

EU foreign policy chief Josep Borrell welcomed the move and said it was an important step in implementing the agreement reached in Brussels and Ohrid in February and March. He said he expected Kosovo to respond with steps of its own.

The decision affects travellers crossing in both directions at the six crossings in Kosovo's north and east.""",
    [c('eu', 'eu-plan', 'support', 'an important step in implementing the agreement reached in Brussels and Ohrid')])

# ---------------------------------------------------------------- shifts
SHIFTS = [
    dict(actor='kosovo', issue='plates-switch', frm='support', to='conditional', article='009',
         why="Bislimi confirms Pristina agreed to freeze the next phases of the plate switch in return for Serbia's step; in 007 and 008 Kurti insisted the re-registration would go on."),
    dict(actor='kosovo', issue='association', frm='oppose', to='conditional', article='012',
         why='Kurti says Kosovo is not against an association as long as it respects the constitution and is not mono-ethnic; in 002 he said a mono-ethnic association would not be created on his watch (baseline oppose).'),
    dict(actor='serbia', issue='eu-plan', frm='oppose', to='conditional', article='013',
         why='Vucic tells parliament Serbia is ready to accept the European plan as a basis for negotiations if its red lines are respected; in 011 he called the Franco-German proposal unacceptable.'),
    dict(actor='kosovo', issue='north-elections', frm='oppose', to='conditional', article='025',
         why='Kurti offers early local elections in the north provided Serbs take part and the violence ends; in 022 he rejected calls for a new vote.'),
    dict(actor='kosovo', issue='plates-switch', frm='conditional', to='support', article='032',
         why='Interior Minister Svecla says the switch is mandatory again with a one-month deadline, ending the freeze Kosovo accepted in 009 (reversal).'),
]

# ---------------------------------------------------------------- output
def rfc822(iso):
    dt = datetime.datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)
    return email.utils.format_datetime(dt, usegmt=True)


def url(a):
    return 'https://example.org/%s/%s/%s' % (a['outlet'], a['published'][:10].replace('-', '/'), a['slug'])


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'articles')):
        os.remove(os.path.join(HERE, 'articles', f))
    for a in A:
        doc = {'id': a['id'], 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': url(a),
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
    shift_articles = {s['article'] for s in SHIFTS}
    labels = {'claims': {a['id']: a['claims'] for a in A},
              'shifts': [{'actor': s['actor'], 'issue': s['issue'], 'from': s['frm'], 'to': s['to'],
                          'article': s['article'], 'why': s['why']} for s in SHIFTS],
              'no_alert_articles': [a['id'] for a in A if a['id'] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write('\n')
    for key, name in OUTLETS.items():
        items = sorted([a for a in A if a['outlet'] == key], key=lambda a: a['published'], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               '    <title>%s</title>' % escape(name), '    <link>https://example.org/%s/</link>' % key,
               '    <description>%s: fictional outlet for the shiftwatch kosovo-serbia-2023 evaluation set</description>' % escape(name),
               '    <language>en</language>', '    <lastBuildDate>%s</lastBuildDate>' % rfc822(items[0]['published'])]
        for a in items:
            u = escape(url(a))
            out += ['    <item>', '      <title>%s</title>' % escape(a['title']), '      <link>%s</link>' % u,
                    '      <guid isPermaLink="true">%s</guid>' % u, '      <pubDate>%s</pubDate>' % rfc822(a['published']),
                    '      <description>%s</description>' % escape(a['text']), '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', key + '.xml'), 'w') as fh:
            fh.write('\n'.join(out))
    return labels


# ---------------------------------------------------------------- validation
def validate(labels):
    import subprocess
    wl = open(os.path.join(HERE, 'watchlist.yaml')).read()
    actors = set(re.findall(r'^  - id: (\S+)\n    name:', wl.split('issues:')[0], re.M))
    issues = set(re.findall(r'^  - id: (\S+)', wl.split('issues:')[1].split('baseline:')[0], re.M))
    base = {(m[0], m[1]): m[2] for m in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\S+)\}', wl)}
    errs = []
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    if files != sorted(labels['claims']): errs.append('ids/files mismatch')
    prev = ''
    for i in files:
        d = json.load(open(os.path.join(HERE, 'articles', i + '.json')))
        if d['id'] != i: errs.append('id field ' + i)
        if d['published'] < prev: errs.append('order ' + i)
        prev = d['published']
        n = len(d['text'].split())
        if not 120 <= n <= 260: errs.append('%s length %d words' % (i, n))
        if not re.match(r'^[A-Z][A-Z .,]+(, [A-Za-z .]+)?, [A-Z][a-z]+\.? \d{1,2} \(%s\) - ' % re.escape(d['source']), d['text']):
            errs.append('dateline ' + i)
        for cl in labels['claims'][i]:
            if cl['quote'] not in d['text']: errs.append('%s quote not found: %s' % (i, cl['quote']))
            if len(cl['quote'].split()) > 15: errs.append('%s quote too long: %s' % (i, cl['quote']))
            if cl['actor'] not in actors: errs.append('%s actor %s' % (i, cl['actor']))
            if cl['issue'] not in issues: errs.append('%s issue %s' % (i, cl['issue']))
            if cl['stance'] not in ('support', 'oppose', 'conditional'): errs.append('%s stance' % i)
    for (a, s) in base:
        if a not in actors or s not in issues: errs.append('baseline %s %s' % (a, s))
    # replay prevailing stance from baseline over attributed claims; must reproduce SHIFTS exactly
    cur = dict(base); derived = []
    for i in files:
        for cl in labels['claims'][i]:
            if not cl['attributed']: continue
            k = (cl['actor'], cl['issue'])
            if k in cur and cur[k] != cl['stance']:
                derived.append((k[0], k[1], cur[k], cl['stance'], i))
            cur[k] = cl['stance']
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if derived != want: errs.append('shift replay mismatch: %s' % derived)
    for s in labels['shifts']:
        if s['article'] in labels['no_alert_articles']: errs.append('shift article in no_alert')
    for f in os.listdir(os.path.join(HERE, 'feeds')):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode: errs.append('xmllint %s: %s' % (f, r.stderr))
    return errs


if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    cl = [c for v in labels['claims'].values() for c in v]
    from collections import Counter
    print('articles', len(A), 'claims', len(cl), dict(Counter(c['stance'] for c in cl)),
          'unattributed', sum(not c['attributed'] for c in cl), 'shifts', len(labels['shifts']),
          'empty', [k for k, v in labels['claims'].items() if not v])
    print('\n'.join(errs) if errs else 'VALID')
