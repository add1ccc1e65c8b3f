#!/usr/bin/env python3
"""Build and validate the niger-ecowas-2023 labelled timeline (self-contained, stdlib only).

Usage: python3 build.py   # writes articles/, feeds/, labels.json next to this file, then validates.
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'sahel-wire': 'Sahel Wire',
    'harmattan-post': 'Harmattan Post',
    'coastline-courier': 'Coastline Courier',
    'lakeside-observer': 'Lakeside Observer',
}
S, O, C = 'support', 'oppose', 'conditional'

# Each article: key, published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)]
A = []
def art(key, published, outlet, slug, title, text, claims=()):
    A.append(dict(key=key, published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=list(claims)))

art('coup', '2023-07-27T06:30:00Z', 'sahel-wire', 'niger-soldiers-detain-bazoum',
    "Soldiers in Niger say they have removed President Bazoum",
    """NIAMEY, July 27 (Sahel Wire) - Soldiers in Niger appeared on national television late on Wednesday to say they had removed President Mohamed Bazoum from power, hours after members of the presidential guard sealed off his residence in Niamey and held him inside.

Colonel-Major Amadou Abdramane, flanked by nine officers in uniform, said the defence and security forces had decided "to put an end to the regime you know" because of deteriorating security and poor governance. He announced that the borders were closed and a curfew imposed until further notice.

Secretary of State Antony Blinken spoke to Bazoum by telephone and said Washington's support for him as Niger's democratically elected president was unwavering. The African Union demanded that the soldiers return to their barracks.

Bazoum, elected in 2021, had been a close partner of Western countries fighting Islamist insurgents in the Sahel. It was not immediately clear who was leading the soldiers.""",
    [('junta', 'restore-bazoum', O, 'decided "to put an end to the regime you know"', True),
     ('usa', 'restore-bazoum', S, "support for him as Niger's democratically elected president was unwavering", True)])

art('tchiani', '2023-07-28T17:00:00Z', 'harmattan-post', 'tchiani-named-head-of-junta',
    "Presidential guard chief Tchiani named head of Niger's junta",
    """NIAMEY, July 28 (Harmattan Post) - General Abdourahamane Tchiani, commander of Niger's presidential guard, was named on Friday as head of the National Council for the Safeguard of the Homeland, the body set up by the officers who detained President Mohamed Bazoum this week.

In a televised address, Tchiani said the army had acted to prevent the gradual and inevitable demise of the country. He did not say how long the soldiers intended to stay in power.

French Foreign Minister Catherine Colonna said France did not recognise the authorities that emerged from the putsch and regarded Bazoum as Niger's only legitimate president. Paris is Niger's main Western security partner and keeps about 1,500 soldiers in the country.

Yevgeny Prigozhin, head of the Russian mercenary group Wagner, welcomed the takeover in an audio message. Some analysts said Tchiani may have moved to avoid being replaced as guard commander, a theory his aides did not address.""",
    [('france', 'restore-bazoum', S, "regarded Bazoum as Niger's only legitimate president", True)])

art('summit1', '2023-07-30T16:00:00Z', 'coastline-courier', 'ecowas-ultimatum-niger',
    "ECOWAS gives Niger junta one week to reinstate Bazoum, imposes sanctions",
    """ABUJA, July 30 (Coastline Courier) - West African leaders on Sunday gave the officers who seized power in Niger one week to reinstate President Mohamed Bazoum and imposed sweeping sanctions on the country, at an emergency summit in Abuja.

The Economic Community of West African States said that if its demand was not met it would take all measures necessary to restore constitutional order, measures that "may include the use of force". Border closures, a no-fly zone for commercial flights and a freeze on Niger's assets at the regional central bank took effect immediately.

Nigerian President Bola Tinubu, who chairs the bloc, told the summit that the region would stand behind Bazoum's return to office.

Before the meeting, junta spokesman Amadou Abdramane accused ECOWAS of planning an intervention in Niamey with Western backing. He said the junta would defend the country against any aggression.""",
    [('ecowas', 'restore-bazoum', S, 'one week to reinstate President Mohamed Bazoum', True),
     ('ecowas', 'ecowas-force', C, 'if its demand was not met it would take all measures necessary', True),
     ('ecowas', 'ecowas-drops-sanctions', O, 'took effect immediately', True),
     ('nigeria', 'restore-bazoum', S, "the region would stand behind Bazoum's return to office", True),
     ('junta', 'ecowas-force', O, 'the junta would defend the country against any aggression', True)])

art('summit1-dup', '2023-07-30T19:45:00Z', 'lakeside-observer', 'west-african-leaders-ultimatum-niger',
    "West African bloc sets one-week deadline for Niger coup leaders",
    """ABUJA, July 30 (Lakeside Observer) - The Economic Community of West African States on Sunday gave the soldiers who toppled Niger's president a week to reinstate President Mohamed Bazoum, and slapped sanctions on the country after an emergency meeting in Abuja.

If its demand was not met, the bloc said, it would take all measures necessary to restore constitutional order, which "may include the use of force". The sanctions, including border closures, a ban on commercial flights and a freeze on Niger's assets at the regional central bank, took effect immediately.

Nigerian President Bola Tinubu, the ECOWAS chair, said the region would stand behind Bazoum's return to office.

Junta spokesman Amadou Abdramane had earlier accused the bloc of preparing an intervention in Niamey with Western help, and said the junta would defend the country against any aggression.""",
    [('ecowas', 'restore-bazoum', S, 'a week to reinstate President Mohamed Bazoum', True),
     ('ecowas', 'ecowas-force', C, 'If its demand was not met, the bloc said, it would take all measures', True),
     ('ecowas', 'ecowas-drops-sanctions', O, 'took effect immediately', True),
     ('nigeria', 'restore-bazoum', S, "the region would stand behind Bazoum's return to office", True),
     ('junta', 'ecowas-force', O, 'the junta would defend the country against any aggression', True)])

art('sahel-allies', '2023-07-31T21:00:00Z', 'sahel-wire', 'mali-burkina-warn-ecowas',
    "Mali and Burkina Faso say intervention in Niger would be war on them",
    """BAMAKO, July 31 (Sahel Wire) - The military governments of Mali and Burkina Faso said on Monday that any military intervention in Niger would amount to a declaration of war against their own countries.

In a joint statement read on state television in both countries, the two governments said they would not apply the ECOWAS sanctions, which they called illegal, illegitimate and inhumane, and warned that an armed operation could have disastrous consequences for the whole region.

Guinea's military leader Mamady Doumbouya also said he backed Niger's new authorities. Both Mali and Burkina Faso are themselves suspended from the bloc after coups of their own.

A regional diplomat said the statement was aimed at raising the cost of intervention for Nigeria, whose forces would be expected to make up the bulk of any ECOWAS deployment.""",
    [('mali', 'ecowas-force', O, 'any military intervention in Niger would amount to a declaration of war', True),
     ('burkina-faso', 'ecowas-force', O, 'any military intervention in Niger would amount to a declaration of war', True),
     ('mali', 'ecowas-drops-sanctions', S, 'they would not apply the ECOWAS sanctions', True),
     ('burkina-faso', 'ecowas-drops-sanctions', S, 'they would not apply the ECOWAS sanctions', True)])

art('evacuation', '2023-08-01T12:00:00Z', 'harmattan-post', 'france-evacuates-citizens-niger',
    "France begins evacuating its citizens from Niger",
    """NIAMEY, Aug 1 (Harmattan Post) - France began flying its citizens out of Niger on Tuesday, two days after thousands of supporters of the junta marched on the French embassy in Niamey, tore down its plaque and set fire to a door.

The first military flight carrying several hundred people, mostly French nationals, landed in Paris overnight. Italy and Germany also offered seats to their citizens.

The armed forces ministry said the evacuation concerned civilians only and that there were no plans to withdraw the roughly 1,500 French soldiers based in the country. The junta has accused France of planning to use force to free Bazoum, which Paris denied.

Protesters waved Russian flags and chanted slogans against the former colonial power during Sunday's march.""",
    [('france', 'french-withdrawal', O, 'there were no plans to withdraw the roughly 1,500 French soldiers', True)])

art('power-cut', '2023-08-02T10:00:00Z', 'lakeside-observer', 'nigeria-cuts-power-niger',
    "Nigeria cuts electricity to Niger as sanctions bite",
    """ABUJA, Aug 2 (Lakeside Observer) - Nigeria has cut off electricity supplies to neighbouring Niger, the state grid operator said on Wednesday, in line with the sanctions imposed by West African leaders after last week's coup.

Niger buys about 70 percent of its power from Nigeria. Parts of Niamey were hit by blackouts on Tuesday night and generators sold out in markets, residents said.

Presidential spokesman Ajuri Ngelale said Nigeria would enforce the sanctions in full and that the measures would stay until the soldiers stood down. He said Abuja had no quarrel with the people of Niger.

Traders on both sides of the long land border said trucks carrying food and fuel were stuck at the crossings of Maradi and Zinder.""",
    [('nigeria', 'ecowas-drops-sanctions', O, 'Nigeria would enforce the sanctions in full', True)])

art('accords', '2023-08-04T08:00:00Z', 'coastline-courier', 'junta-ends-military-accords-france',
    "Niger junta tears up military accords with France; Paris rejects move",
    """NIAMEY, Aug 4 (Coastline Courier) - Niger's junta said on Thursday it was ending the military cooperation agreements with France and called on French forces to leave, in a statement read on national television.

The statement, read by spokesman Amadou Abdramane, also said the ambassadors to France, the United States, Nigeria and Togo had been recalled.

France's foreign ministry said the accords had been concluded with Niger's legitimate authorities, the only ones it recognised, and that the putschists had no power to end them. Its troops would stay, it said.

Security analysts said the roughly 1,500 French soldiers at the air base near Niamey had become a symbol for the junta's supporters, who accuse Paris of meddling in the country's affairs.""",
    [('junta', 'french-withdrawal', S, 'called on French forces to leave', True),
     ('france', 'french-withdrawal', O, 'the putschists had no power to end them. Its troops would stay', True)])

art('algeria', '2023-08-06T09:00:00Z', 'sahel-wire', 'algeria-rejects-military-intervention',
    "Algeria warns against military intervention in Niger",
    """ALGIERS, Aug 6 (Sahel Wire) - Algerian President Abdelmadjid Tebboune said on Saturday that a military intervention in neighbouring Niger would be a direct threat to Algeria, and that his country categorically rejected it.

"There will be no solution without us," Tebboune said in a televised interview, adding that Algeria would not use force against its neighbours. He said an intervention would set the whole Sahel ablaze.

Algeria shares a border of almost 1,000 km with Niger and has long opposed foreign military operations in the region.

Algeria's foreign ministry has not said whether it considers Bazoum Niger's president. Asked about the sanctions, officials in Algiers declined to comment.""",
    [('algeria', 'ecowas-force', O, 'his country categorically rejected it', True)])

art('deadline', '2023-08-07T07:00:00Z', 'harmattan-post', 'niger-deadline-passes-airspace-closed',
    "Niger closes airspace as ECOWAS deadline passes",
    """NIAMEY, Aug 7 (Harmattan Post) - Niger's junta closed the country's airspace on Sunday as a West African deadline to reinstate President Mohamed Bazoum expired, citing the threat of an intervention from neighbouring countries.

A spokesman said in a statement read on television that any attempt to violate the airspace would meet an energetic and immediate response. Thousands of supporters of the junta gathered at a stadium in Niamey.

ECOWAS did not say what it would do next. In Nigeria, the Senate urged President Bola Tinubu to pursue political and diplomatic options and warned against sending troops, a resolution that is not binding on the president.

Analysts said the bloc could struggle to assemble a force quickly and was more likely to extend its deadline than to act.""",
    [('junta', 'ecowas-force', O, 'would meet an energetic and immediate response', True)])

art('nuland', '2023-08-08T11:00:00Z', 'lakeside-observer', 'nuland-niamey-talks-difficult',
    "Nuland says talks with Niger's coup leaders were difficult",
    """NIAMEY, Aug 8 (Lakeside Observer) - Acting US Deputy Secretary of State Victoria Nuland said on Monday she had held "extremely frank and at times quite difficult" talks with the officers who seized power in Niger, but was not allowed to see General Abdourahamane Tchiani or the detained President Mohamed Bazoum.

Nuland met General Moussa Salaou Barmou, the junta's new army chief, and said she had pressed for a return to the democratically elected government. She said the officers were quite firm in their view of how they want to proceed, which she said did not accord with Niger's constitution.

Nuland declined to say whether Washington would formally call the takeover a coup, a step that would force it to cut aid. The United States has about 1,100 troops in Niger.""",
    [('usa', 'restore-bazoum', S, 'pressed for a return to the democratically elected government', True),
     ('junta', 'restore-bazoum', O, 'quite firm in their view of how they want to proceed', False)])

art('blinken', '2023-08-08T18:30:00Z', 'sahel-wire', 'blinken-diplomacy-preferred-niger',
    "Blinken says diplomacy preferred in Niger, backs Bazoum's return",
    """WASHINGTON, Aug 8 (Sahel Wire) - Secretary of State Antony Blinken said on Tuesday that diplomacy was the preferred way to resolve the crisis in Niger and that the United States wanted Bazoum's government restored.

"Diplomacy is certainly the preferred way to resolve this situation," Blinken told French radio in an interview. He said Washington strongly supported the efforts of ECOWAS but did not say whether it would back the use of force.

He said it was not a coincidence that Russia and the Wagner group were trying to take advantage of instability in the Sahel.

State Department officials have avoided calling the takeover a coup, saying they want to keep diplomatic channels open.""",
    [('usa', 'restore-bazoum', S, "the United States wanted Bazoum's government restored", True)])

art('standby', '2023-08-10T19:00:00Z', 'harmattan-post', 'ecowas-orders-standby-force',
    "ECOWAS orders deployment of standby force for Niger",
    """ABUJA, Aug 10 (Harmattan Post) - West African leaders on Thursday ordered the activation and deployment of the ECOWAS standby force to restore constitutional order in Niger, at a second emergency summit in Abuja.

ECOWAS Commission President Omar Touray, reading the final resolutions, said the bloc had directed its defence chiefs to deploy the force, while keeping all options on the table for a peaceful resolution. The sanctions imposed on July 30 would remain in force, he said.

Nigerian President Bola Tinubu said he was not ruling out force, which would be used only as a last resort if talks failed. "No option is taken off the table," he said.

It was not clear how many troops would be involved or when they would be sent. Ivory Coast's President Alassane Ouattara said his country would contribute a battalion.""",
    [('ecowas', 'ecowas-force', S, 'ordered the activation and deployment of the ECOWAS standby force', True),
     ('ecowas', 'ecowas-drops-sanctions', O, 'The sanctions imposed on July 30 would remain in force, he said', True),
     ('nigeria', 'ecowas-force', C, 'which would be used only as a last resort if talks failed', True)])

art('treason', '2023-08-14T08:00:00Z', 'coastline-courier', 'junta-to-prosecute-bazoum-treason',
    "Niger junta says it will prosecute Bazoum for high treason",
    """NIAMEY, Aug 14 (Coastline Courier) - Niger's junta said on Sunday it had gathered evidence to prosecute deposed President Mohamed Bazoum for high treason and undermining the country's security, a charge that can carry the death penalty.

Spokesman Amadou Abdramane said the evidence was based on Bazoum's exchanges with foreign leaders and international officials since his detention. He said the new authorities would not hand power back to a man who had betrayed the country.

The State Department said it was appalled by the announcement and called again for Bazoum's release and his return to office. Bazoum's party, the PNDS, said the charge was a pretext to keep him locked up.

Bazoum has been held with his wife and son at the presidential residence since July 26.""",
    [('junta', 'restore-bazoum', O, 'would not hand power back to a man who had betrayed the country', True),
     ('usa', 'restore-bazoum', S, "called again for Bazoum's release and his return to office", True)])

art('dday', '2023-08-18T17:30:00Z', 'lakeside-observer', 'ecowas-d-day-decided',
    "ECOWAS says D-Day for Niger intervention has been set",
    """ACCRA, Aug 18 (Lakeside Observer) - ECOWAS has agreed a day for a possible military intervention in Niger and its troops are ready to go once the order is given, the bloc's commissioner for political affairs and security said on Friday.

"The D-Day is also decided," Abdel-Fatau Musah told reporters at the end of a two-day meeting of the bloc's defence chiefs in Accra. He declined to say when that day would be.

Musah said the bloc was not going to engage in endless dialogue with the junta, but that a mission of mediators would still travel to Niamey. "We are ready to go any time the order is given," he said.

Ghana's defence minister said his country would send troops.""",
    [('ecowas', 'ecowas-force', S, '"We are ready to go any time the order is given," he said', True)])

art('three-years', '2023-08-20T07:00:00Z', 'sahel-wire', 'tchiani-three-year-transition',
    "Tchiani proposes transition of up to three years",
    """NIAMEY, Aug 20 (Sahel Wire) - General Abdourahamane Tchiani said on Saturday that any transfer of power in Niger would not go beyond three years, his first timetable since the coup, after meeting ECOWAS mediators led by former Nigerian leader Abdulsalami Abubakar.

In a televised speech, Tchiani said the principles of the transition would be set within 30 days by a national dialogue, and that the transition should not exceed three years.

He warned the bloc against sending troops. "If an attack were to be undertaken against us, it will not be the walk in the park some people seem to think," he said.

Abubakar said the talks had opened a window for diplomacy but gave no details.""",
    [('junta', 'three-year-transition', S, 'the transition should not exceed three years', True),
     ('junta', 'ecowas-force', O, 'it will not be the walk in the park some people seem to think', True)])

art('musah-rejects', '2023-08-20T16:00:00Z', 'coastline-courier', 'ecowas-rejects-three-year-plan',
    "ECOWAS rejects junta's three-year transition plan",
    """ABUJA, Aug 20 (Coastline Courier) - ECOWAS on Sunday rejected the three-year transition proposed by the leader of Niger's junta, saying the bloc wanted constitutional order restored as soon as possible.

"That is unacceptable," Abdel-Fatau Musah, the bloc's security commissioner, said of the timetable in an interview with a pan-African broadcaster.

Musah said ECOWAS wanted President Mohamed Bazoum freed and reinstated. He said the bloc had not changed its demands since July.

The African Union's Peace and Security Council suspended Niger from all its activities on Tuesday, while noting concerns about a military operation.""",
    [('ecowas', 'three-year-transition', O, '"That is unacceptable," Abdel-Fatau Musah', True),
     ('ecowas', 'restore-bazoum', S, 'ECOWAS wanted President Mohamed Bazoum freed and reinstated', True)])


art('ministers', '2023-08-24T15:00:00Z', 'harmattan-post', 'mali-burkina-ministers-niamey',
    "Mali and Burkina Faso ministers pledge support in Niamey",
    """NIAMEY, Aug 24 (Harmattan Post) - The foreign ministers of Mali and Burkina Faso visited Niamey on Thursday and said their countries would stand with Niger if it was attacked.

Mali's Abdoulaye Diop said Bamako would not stand by if ECOWAS troops crossed into Niger. Burkina Faso's Olivia Rouamba said a military intervention would be a disaster for the region and that her country rejected it.

Niger's junta said General Abdourahamane Tchiani had signed two orders allowing Malian and Burkinabe forces to intervene on Nigerien soil in the event of aggression.

ECOWAS has said its standby force is ready, but has not given a date.""",
    [('mali', 'ecowas-force', O, 'Bamako would not stand by if ECOWAS troops crossed into Niger', True),
     ('burkina-faso', 'ecowas-force', O, 'a military intervention would be a disaster for the region', True)])

art('ambassador', '2023-08-26T10:00:00Z', 'sahel-wire', 'junta-orders-french-ambassador-out',
    "Niger junta gives French ambassador 48 hours to leave",
    """NIAMEY, Aug 26 (Sahel Wire) - Niger's junta gave French Ambassador Sylvain Itte 48 hours to leave the country, accusing him of ignoring an invitation to meet the new foreign minister.

France's foreign ministry said the putschists had no authority to make such a request and that the ambassador's accreditation came only from Niger's legitimate elected authorities.

The junta also ordered the ambassadors of Germany and the United States to leave, a source at the ministry said, though the Germans and Americans said they had received no such request.

The ambassador was still at his residence in Niamey on Saturday.""")

art('macron', '2023-08-28T13:00:00Z', 'coastline-courier', 'macron-ambassador-stays-niger',
    "Macron says French ambassador stays in Niger, backs ECOWAS",
    """PARIS, Aug 28 (Coastline Courier) - President Emmanuel Macron said on Monday that France's ambassador would stay in Niger despite the junta's order to leave, and that France would support any decision by West African leaders, including the use of force.

"We support the diplomatic action and, when it so decides, the military action of ECOWAS," Macron told French ambassadors gathered at the Elysee palace for their annual conference.

He said France's policy was the right one and rested on the courage of President Mohamed Bazoum, whom he called the country's legitimate leader. He did not say whether the French troops in Niger would stay.

Macron's comments drew criticism in Niamey, where the junta accused him of seeking to divide Africans.""",
    [('france', 'ecowas-force', S, 'when it so decides, the military action of ECOWAS', True),
     ('france', 'restore-bazoum', S, "President Mohamed Bazoum, whom he called the country's legitimate leader", True)])

art('attaf', '2023-08-29T15:30:00Z', 'lakeside-observer', 'algeria-six-month-plan',
    "Algeria proposes six-month transition for Niger",
    """ALGIERS, Aug 29 (Lakeside Observer) - Algeria has proposed a six-month transition to civilian rule in Niger led by a civilian figure acceptable to all sides, Foreign Minister Ahmed Attaf told a news conference in Algiers on Tuesday.

Attaf said the plan aimed to restore constitutional order without any use of force, which he said would only deepen the region's crises. He said a transition should not exceed six months.

Attaf, who has toured Nigeria, Benin and Ghana, said Algeria would now take its proposal to Niamey. He said the junta had not yet responded.

Diplomats in the region said the plan could give the junta a face-saving way out, but doubted it would accept a civilian head.""",
    [('algeria', 'three-year-transition', O, 'a transition should not exceed six months', True),
     ('algeria', 'ecowas-force', O, 'without any use of force, which he said would only deepen', True)])

art('base-protest', '2023-09-02T16:00:00Z', 'harmattan-post', 'protest-french-base-niamey',
    "Thousands protest outside French base in Niamey",
    """NIAMEY, Sept 2 (Harmattan Post) - Thousands of people rallied outside the French military base in Niamey on Saturday, demanding that French troops leave Niger, in one of the largest protests since the coup.

Prime Minister Ali Lamine Zeine, appointed by the junta, said on Friday the French forces were now in the country illegally and must go. He accused France of behaving as if Niger were still a colony.

A French armed forces ministry official said the troops were there at the request of the legitimate Nigerien authorities and would not leave on the orders of the putschists.

Protesters carried placards reading "France out" and slaughtered a goat draped in French colours.""",
    [('junta', 'french-withdrawal', S, 'the French forces were now in the country illegally and must go', True),
     ('france', 'french-withdrawal', O, 'would not leave on the orders of the putschists', True)])

art('talks-report', '2023-09-05T12:00:00Z', 'coastline-courier', 'france-niger-troop-talks-report',
    "Niger says talks under way on French departure; Paris silent",
    """NIAMEY, Sept 5 (Coastline Courier) - Niger's junta-appointed Prime Minister Ali Lamine Zeine said on Monday that contacts were under way to allow a very quick departure of French troops, adding that he hoped a deal would be reached.

A French newspaper reported, citing unnamed officials, that Paris was discussing the withdrawal of some military units. French officials declined to comment on the report.

Analysts said France might be preparing to reduce its presence to save face, but cautioned that no decision appeared to have been taken.

About 1,500 French soldiers remain in Niger, most of them at the air base near Niamey and at forward posts in the southwest.""",
    [('junta', 'french-withdrawal', S, 'contacts were under way to allow a very quick departure of French troops', True)])

art('liptako', '2023-09-16T14:00:00Z', 'sahel-wire', 'sahel-states-defence-pact',
    "Mali, Burkina Faso and Niger sign Sahel defence pact",
    """BAMAKO, Sept 16 (Sahel Wire) - Mali, Burkina Faso and Niger signed a mutual defence pact in Bamako on Saturday, under which an attack on one of the three would be treated as an attack on all.

The Liptako-Gourma charter creates the Alliance of Sahel States. Malian leader Assimi Goita said on social media that the alliance would provide for collective defence and mutual assistance.

Mali's Foreign Minister Abdoulaye Diop told reporters the pact was partly a response to the threat of an ECOWAS intervention in Niger. He said Mali would keep opposing it.

ECOWAS did not immediately comment.""",
    [('mali', 'ecowas-force', O, 'He said Mali would keep opposing it', True)])

art('withdrawal', '2023-09-24T19:00:00Z', 'coastline-courier', 'macron-france-withdraw-troops-niger',
    "Macron says France will pull troops and ambassador out of Niger",
    """PARIS, Sept 24 (Coastline Courier) - France will bring home its ambassador to Niger in the coming hours and withdraw its troops by the end of the year, President Emmanuel Macron said on Sunday, ending weeks of defiance of the junta's demands.

"France has decided to bring back its ambassador," Macron said in a television interview. "We are ending our military cooperation with the Nigerien authorities," he said, adding that the soldiers would leave in an orderly way in the coming weeks and months.

Macron said President Mohamed Bazoum remained the only legitimate authority in Niger and that he had informed him of the decision.

The junta hailed the announcement as a new step towards Niger's sovereignty.""",
    [('france', 'french-withdrawal', S, 'withdraw its troops by the end of the year', True),
     ('france', 'restore-bazoum', S, 'Bazoum remained the only legitimate authority in Niger', True),
     ('junta', 'french-withdrawal', S, "hailed the announcement as a new step towards Niger's sovereignty", True)])

art('withdrawal-dup', '2023-09-24T21:15:00Z', 'lakeside-observer', 'france-to-end-niger-military-presence',
    "France to end military presence in Niger, recall envoy",
    """PARIS, Sept 24 (Lakeside Observer) - President Emmanuel Macron said on Sunday that France would recall its ambassador to Niger within hours and withdraw its troops by the end of the year, after weeks in which Paris had refused the junta's demands.

"France has decided to bring back its ambassador," Macron said in a televised interview. "We are ending our military cooperation with the Nigerien authorities." The soldiers would pull out in an orderly way over the coming weeks and months, he said.

Macron said President Mohamed Bazoum remained the only legitimate authority in Niger and had been told of the decision.

Niger's junta hailed the announcement as a new step towards Niger's sovereignty.""",
    [('france', 'french-withdrawal', S, 'withdraw its troops by the end of the year', True),
     ('france', 'restore-bazoum', S, 'Bazoum remained the only legitimate authority in Niger', True),
     ('junta', 'french-withdrawal', S, "hailed the announcement as a new step towards Niger's sovereignty", True)])

art('mediation', '2023-10-03T10:00:00Z', 'harmattan-post', 'niger-algeria-mediation-forum',
    "Niger says transition length is for a national forum, not Algiers",
    """NIAMEY, Oct 3 (Harmattan Post) - Niger's junta said on Tuesday it welcomed Algeria's offer to mediate, but that the length of the transition would be decided by an inclusive national forum, a day after Algiers said Niger had accepted its plan.

Algeria's foreign ministry had said on Monday that Niger had agreed to its mediation and that Foreign Minister Ahmed Attaf would travel to Niamey to begin talks.

In a statement, Niger's foreign ministry said it had taken note of the Algerian statement and that the duration of the transition was a matter for Nigeriens. It did not mention Algeria's six-month proposal.

Diplomats said the two statements suggested the sides were further apart than Algiers had implied.""")

art('coup-designation', '2023-10-10T20:00:00Z', 'sahel-wire', 'us-designates-niger-coup',
    "US formally designates Niger takeover a coup, cuts aid",
    """WASHINGTON, Oct 10 (Sahel Wire) - The United States on Tuesday formally declared that the military takeover in Niger was a coup, more than two months after soldiers detained President Mohamed Bazoum, a step that suspends most US assistance to the country.

State Department spokesman Matthew Miller said Washington had taken the step after exhausting all available means to preserve constitutional order. Close to $500 million in aid programmes is affected.

The roughly 1,000 US troops in Niger will stay for now, officials said, though they have been confined to their bases since July. The Pentagon said its posture was under review.

Officials said resuming aid would depend on the junta moving quickly towards democratic rule.""")

art('french-exit', '2023-12-22T15:00:00Z', 'lakeside-observer', 'last-french-troops-leave-niger',
    "Last French troops leave Niger",
    """NIAMEY, Dec 22 (Lakeside Observer) - The last French soldiers left Niger on Friday, completing a withdrawal that President Emmanuel Macron announced in September after the junta demanded their departure.

The junta marked the day as the end of a decade of French military presence in the Sahel. A statement read on television called it a day of sovereignty for Niger.

France has closed its embassy in Niamey and says it will run its affairs with Niger from Paris.

The United States still has troops at a drone base near Agadez in the north.""",
    [('junta', 'french-withdrawal', S, 'called it a day of sovereignty for Niger', True)])

art('summit-dec', '2023-12-10T18:00:00Z', 'harmattan-post', 'ecowas-keeps-sanctions-offers-easing',
    "ECOWAS keeps Niger sanctions but offers easing for short transition",
    """ABUJA, Dec 10 (Harmattan Post) - West African leaders on Sunday kept sanctions on Niger in place but said they would ease them gradually if the junta agreed to a short transition back to civilian rule.

In a final communique read by ECOWAS Commission President Omar Touray, the bloc said any easing would depend on the outcome of talks with the junta, which will be led by a committee of the presidents of Togo, Sierra Leone and Benin.

Nigerian President Bola Tinubu, the bloc's chairman, told the opening session that relief for Niger's people would come once the soldiers committed to a short transition.

Touray said the bloc demanded Bazoum's immediate and unconditional release. The communique did not repeat the bloc's earlier call for his reinstatement.

Niger's junta did not send anyone to the summit in Abuja. Its leaders have said they would not be bound by decisions of a bloc that sanctions them.""",
    [('ecowas', 'ecowas-drops-sanctions', C, 'would ease them gradually if the junta agreed to a short transition', True),
     ('nigeria', 'ecowas-drops-sanctions', C, "relief for Niger's people would come once the soldiers committed", True)])

art('exit', '2024-01-28T17:00:00Z', 'sahel-wire', 'sahel-juntas-quit-ecowas',
    "Niger, Mali and Burkina Faso announce exit from ECOWAS",
    """NIAMEY, Jan 28 (Sahel Wire) - The military governments of Niger, Mali and Burkina Faso said on Sunday they were leaving ECOWAS with immediate effect, accusing the bloc of betraying its founding ideals and of falling under foreign influence.

In a joint statement read on national television in the three countries, the governments said the sanctions imposed on Niger were illegal, illegitimate, inhumane and irresponsible, and must end.

ECOWAS said it had not received formal notice of the withdrawal and remained open to a negotiated solution.

Under the bloc's treaty, a member state that wants to leave must give a year's written notice.""",
    [('junta', 'ecowas-drops-sanctions', S, 'the sanctions imposed on Niger were illegal, illegitimate, inhumane and irresponsible', True),
     ('mali', 'ecowas-drops-sanctions', S, 'the sanctions imposed on Niger were illegal, illegitimate, inhumane and irresponsible', True),
     ('burkina-faso', 'ecowas-drops-sanctions', S, 'the sanctions imposed on Niger were illegal, illegitimate, inhumane and irresponsible', True)])

art('lifted', '2024-02-24T18:30:00Z', 'coastline-courier', 'ecowas-lifts-niger-sanctions',
    "ECOWAS lifts sanctions on Niger",
    """ABUJA, Feb 24 (Coastline Courier) - West African leaders on Saturday lifted most of the sanctions they had imposed on Niger after last July's coup, including border closures and the freeze on financial transactions, at an extraordinary summit in Abuja.

ECOWAS Commission President Omar Touray said the measures were being lifted with immediate effect on humanitarian grounds. The bloc, which had threatened force against the junta last August, still demanded the release of deposed President Mohamed Bazoum.

Opening the summit, Nigerian President Bola Tinubu urged fellow leaders to re-examine their approach to restoring constitutional order. He said the sanctions had hurt ordinary people more than the soldiers and should be reconsidered.

Some targeted sanctions on individuals and political sanctions remain in place, Touray said.""",
    [('ecowas', 'ecowas-drops-sanctions', S, 'the measures were being lifted with immediate effect on humanitarian grounds', True),
     ('nigeria', 'ecowas-drops-sanctions', S, 'the sanctions had hurt ordinary people more than the soldiers and should be reconsidered', True)])

art('zeine-welcomes', '2024-02-25T12:00:00Z', 'harmattan-post', 'niger-welcomes-sanctions-lifting',
    "Niger welcomes lifting of sanctions, rules out Bazoum's return",
    """NIAMEY, Feb 25 (Harmattan Post) - Niger's junta-appointed Prime Minister Ali Lamine Zeine welcomed the lifting of ECOWAS sanctions on Sunday but said Niger's decision to quit the bloc would not change.

He said there was no question of President Mohamed Bazoum returning to office, and that his fate was a matter for Niger's courts. Bazoum has been held at the presidential residence since July.

Residents of Niamey said prices of rice and fuel had already started to fall as trucks waited to cross from Benin, which reopened its border on Saturday.

Analysts said Abuja's softer line might encourage the Sahel juntas to seek closer trade ties without rejoining the bloc.""",
    [('junta', 'ecowas-drops-sanctions', S, 'welcomed the lifting of ECOWAS sanctions', True),
     ('junta', 'restore-bazoum', O, 'there was no question of President Mohamed Bazoum returning to office', True)])

SHIFTS = [
    ('ecowas', 'ecowas-force', C, S, 'standby',
     'The Aug 10 summit orders the standby force deployed; on July 30 (summit1) force was only a threat if the one-week demand was not met.'),
    ('nigeria', 'ecowas-drops-sanctions', O, C, 'summit-dec',
     "Tinubu says relief for Niger will come once the soldiers commit to a short transition; in August (power-cut) his spokesman said Nigeria would enforce the sanctions in full."),
    ('nigeria', 'ecowas-drops-sanctions', C, S, 'lifted',
     "Tinubu says the sanctions hurt ordinary people and should be reconsidered, with no condition attached, after his conditional line of December (summit-dec)."),
    ('france', 'french-withdrawal', O, S, 'withdrawal',
     'Macron announces the troops will leave by year-end; until then Paris said its troops would stay (evacuation, accords, base-protest).'),
    ('ecowas', 'ecowas-drops-sanctions', O, C, 'summit-dec',
     'The Dec 10 communique offers gradual easing if the junta agrees a short transition; in July and August the bloc kept them in force.'),
    ('ecowas', 'ecowas-drops-sanctions', C, S, 'lifted',
     'Touray announces the sanctions are lifted with immediate effect, after the conditional offer of Dec 10.'),
]

# Closing paragraphs, appended to the article text in main().
EXTRA = {
    'algeria': ("Tebboune said the use of force had never solved a problem in the region, citing the wars in Libya and Syria. Algeria brokered the 2015 peace accord in Mali, which Algiers still presents as a model for the Sahel.", []),
    'blinken': ("Blinken said Washington had paused some assistance programmes for Niger's government but would keep up humanitarian and food aid. He said he had spoken with Bazoum several times since the takeover.", []),
    'three-years': ("Junta supporters who gathered in the capital on Saturday night cheered the speech. Bazoum's party said the timetable showed that the soldiers had no intention of giving up power.", []),
    'musah-rejects': ("Musah said the mediators' visit to Niamey on Saturday had been useful, but that the bloc would judge the junta by its actions. He declined to say whether the standby force had been told to stand down while talks went on. Diplomats in Abuja said several member states were wary of a war on their own borders.", []),
    'ministers': ("Diop said the authorities in Niamey had every right to defend their sovereignty and accused ECOWAS of serving foreign interests. Rouamba said Ouagadougou would not apply the bloc's sanctions.",
                  [('burkina-faso', 'ecowas-drops-sanctions', S, "Ouagadougou would not apply the bloc's sanctions", True)]),
    'ambassador': ("Colonna's ministry did not say whether the French troops stationed in the country would be affected. A junta statement accused the ambassador of actions contrary to Niger's interests.", []),
    'attaf': ("Attaf said ECOWAS had been briefed on the plan, which he said was meant to complement the bloc's mediation rather than replace it.", []),
    'base-protest': ("French officials said the junta had also cut water and electricity to the French embassy and halted food deliveries to the base, which the junta has not confirmed.", []),
    'talks-report': ("Zeine said the departure should be organised in a way that guaranteed everyone's safety. He said Niger would look for other security partners once the French had gone.", []),
    'liptako': ("The three juntas also pledged to work towards an economic union. Officials in Ouagadougou said Captain Ibrahim Traore would host the next meeting of the alliance's ministers before the end of the year.", []),
    'withdrawal': ("Macron said France would not be held hostage by the putschists. Defence Minister Sebastien Lecornu is expected to set out the details of the pull-out, which military officials said would be coordinated with the junta.", []),
    'withdrawal-dup': ("Macron said France would not be taken hostage by the coup leaders. Defence Minister Sebastien Lecornu is due to lay out the details of the pull-out, to be coordinated with the junta, military officials said.", []),
    'mediation': ("Algeria has argued that a short transition is the best way to head off a military intervention, which it opposes. Attaf had been expected in Niamey this week, but no date has been set for his visit.",
                  [('algeria', 'ecowas-force', O, 'a military intervention, which it opposes', False)]),
    'coup-designation': ("Miller declined to say whether Washington would still press for Bazoum to be reinstated. Officials said they would keep talking to the junta.", []),
    'french-exit': ("The departure of about 1,500 soldiers, carried out largely by road through Chad, was completed ahead of the December 31 deadline set by the junta. Germany and Italy have kept small military contingents in the country. Bazoum remains in detention.", []),
    'exit': ("Niger's Prime Minister Ali Lamine Zeine said separately that the bloc had ignored the three countries' appeals for help against jihadist attacks and had instead punished them.", []),
    'zeine-welcomes': ("He said the length of the transition would be settled by Nigeriens and no one else. ECOWAS has asked the junta to agree a short timetable.", []),
}


def main():
    for a in A:
        if a['key'] in EXTRA:
            para, more = EXTRA.pop(a['key'])
            a['text'] += '\n\n' + para
            a['claims'] += more
    assert not EXTRA, EXTRA
    A.sort(key=lambda a: a['published'])
    ids = {}
    for i, a in enumerate(A, 1):
        a['id'] = f'{i:03d}'
        ids[a['key']] = a['id']
        d = datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ')
        a['url'] = f"https://example.org/{a['outlet']}/{d:%Y/%m/%d}/{a['slug']}"
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for a in A:
        doc = {'id': a['id'], 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': a['url'],
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write('\n')
    for slug, name in OUTLETS.items():
        items = [a for a in A if a['outlet'] == slug]
        last = max(datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch niger-ecowas-2023 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in items:
            d = datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
            out += ['    <item>', f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(a['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(a['url'])}</guid>",
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f"      <description>{escape(a['text'])}</description>", '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', slug + '.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    claims = {a['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']] for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{'from': s[2]}, to=s[3], article=ids[s[4]], why=s[5]) for s in SHIFTS]
    for s in shifts:  # (key) references in `why` become article ids
        s['why'] = re.sub(r'\(([a-z0-9, -]+)\)', lambda m: '(' + ', '.join(ids[t.strip()] for t in m.group(1).split(',')) + ')', s['why'])
    shift_articles = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts, 'no_alert_articles': [a['id'] for a in A if a['id'] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write('\n')
    validate()


def read_watchlist(path):
    """Minimal reader for this file's layout (stdlib only): actor/issue ids and baseline rows."""
    wl, section = {'actors': set(), 'issues': set(), 'baseline': []}, None
    for line in open(path, encoding='utf-8'):
        if re.match(r'^(actors|issues|baseline):', line): section = line.split(':')[0]
        m = re.match(r'^  - id: (\S+)', line)
        if m: wl[section].add(m.group(1))
        m = re.match(r'^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}', line)
        if m: wl['baseline'].append(dict(actor=m.group(1), issue=m.group(2), stance=m.group(3)))
    return wl


def validate():
    errs = []
    wl = read_watchlist(os.path.join(HERE, 'watchlist.yaml'))
    actors, issues = wl['actors'], wl['issues']
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    arts = {i: json.load(open(os.path.join(HERE, 'articles', i + '.json'), encoding='utf-8')) for i in files}
    if sorted(labels['claims']) != files: errs.append('claims keys != article files')
    if [arts[i]['published'] for i in files] != sorted(arts[i]['published'] for i in files): errs.append('ids not in publication order')
    for i, a in arts.items():
        if a['id'] != i: errs.append(f'{i}: id mismatch')
        n = len(a['text'].split())
        if not 120 <= n <= 260: errs.append(f'{i}: {n} words')
        if not re.match(r'^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(' + re.escape(a['source']) + r'\) - ', a['text']): errs.append(f'{i}: dateline')
        for c in labels['claims'][i]:
            if c['quote'] not in a['text']: errs.append(f'{i}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote > 15 words')
            if c['actor'] not in actors: errs.append(f'{i}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: unknown issue {c["issue"]}')
            if c['stance'] not in (S, O, C): errs.append(f'{i}: bad stance')
    # Replay: prevailing stance = last attributed labelled stance from baseline; derived shifts must equal labelled ones.
    prev = {(b['actor'], b['issue']): b['stance'] for b in wl['baseline']}
    derived = []
    for i in files:
        for c in labels['claims'][i]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prev and prev[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[k], c['stance'], i))
            prev[k] = c['stance']
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(want): errs.append(f'shift replay mismatch: derived {derived} vs labelled {want}')
    if set(labels['no_alert_articles']) != set(files) - {s['article'] for s in labels['shifts']}: errs.append('no_alert_articles wrong')
    for f in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {f}: {r.stderr.strip()}')
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    cl = [c for v in labels['claims'].values() for c in v]
    counts = ', '.join('%s %d' % (st, sum(c['stance'] == st for c in cl)) for st in (S, O, C))
    print('OK: %d articles, %d claims (%s), %d unattributed, %d shifts in %d articles, empty: %s' % (
        len(files), len(cl), counts, sum(not c['attributed'] for c in cl), len(labels['shifts']),
        len({s['article'] for s in labels['shifts']}), [i for i in files if not labels['claims'][i]]))


if __name__ == '__main__':
    main()
