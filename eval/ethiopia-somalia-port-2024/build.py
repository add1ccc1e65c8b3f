#!/usr/bin/env python3
"""Build and validate the ethiopia-somalia-port-2024 labelled timeline.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then checks quotes, ids, actors/issues against watchlist.yaml, word counts, and runs xmllint.
Usage: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'horn-wire': 'Horn Wire',
    'gulf-courier': 'Gulf Courier',
    'plateau-herald': 'Plateau Herald',
    'coastline-post': 'Coastline Post',
    'tidewater-report': 'Tidewater Report',
}
ARTS = []
S, O, C = 'support', 'oppose', 'conditional'
MOU, REC, PRE, COM, TRP = ('mou-implemented', 'recognise-somaliland', 'somalia-drops-precondition',
                           'commercial-sea-access', 'ethiopian-troops-excluded')


def art(pub, outlet, slug, title, text, claims):
    ARTS.append(dict(pub=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))


# ---------------------------------------------------------------- articles, in publication order
art('2024-01-01T19:40:00Z', 'horn-wire', 'ethiopia-somaliland-sign-sea-access-pact',
    'Ethiopia and Somaliland sign sea access pact, Hargeisa says recognition will follow',
    """ADDIS ABABA, Jan 1 (Horn Wire) - Ethiopia signed a memorandum of understanding on Monday with the breakaway region of Somaliland that would give the landlocked country access to the Gulf of Aden, including land for a naval base.

Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed the document at a ceremony in Addis Ababa. Abiy's office said the agreement would pave the way for Ethiopia to secure its access to the sea and to diversify its routes to ports, and that Ethiopia intended to carry it out.

Under the outline described by officials, Somaliland would lease about 20 km of coastline to Ethiopia for 50 years. Bihi told reporters that in exchange Ethiopia would recognise Somaliland as an independent country at some point in the future, a step no member of the United Nations has taken since the territory declared independence in 1991.

Bihi said Somaliland expected full international recognition and would press ahead with the deal. Ethiopian officials did not comment on the recognition part of the arrangement.

Somalia, which regards Somaliland as part of its territory, had no immediate reaction.""",
    [('ethiopia', MOU, S, 'Ethiopia intended to carry it out', True),
     ('somaliland', MOU, S, 'would press ahead with the deal', True),
     ('somaliland', REC, S, 'Bihi said Somaliland expected full international recognition', True),
     ('ethiopia', REC, S, 'Ethiopia would recognise Somaliland as an independent country', False)])

art('2024-01-02T16:20:00Z', 'gulf-courier', 'somalia-calls-ethiopia-deal-null-and-void',
    'Somalia calls Ethiopia-Somaliland deal "null and void", recalls ambassador',
    """MOGADISHU, Jan 2 (Gulf Courier) - Somalia's cabinet declared Ethiopia's port agreement with Somaliland "null and void" on Tuesday after an emergency meeting, and recalled its ambassador from Addis Ababa for consultations.

The government said the memorandum was a flagrant violation of Somalia's sovereignty and territorial integrity and could not be carried out. President Hassan Sheikh Mohamud told lawmakers in a late-night address that Somaliland was an integral part of Somalia and that no one had the right to give away an inch of it.

He said Somalia would defend its territory by every legal means and would not accept any recognition of the region as a separate state.

Thousands of people rallied in Mogadishu's main stadium, waving flags and chanting against the deal. Several opposition politicians, who have often clashed with the president, joined the protest and called for a tougher response.

Ethiopia did not respond to requests for comment on the cabinet decision.""",
    [('somalia', MOU, O, 'the memorandum was a flagrant violation of Somalia\'s sovereignty', True),
     ('somalia', REC, O, 'would not accept any recognition of the region as a separate state', True)])

art('2024-01-03T11:05:00Z', 'plateau-herald', 'ethiopia-says-somaliland-deal-breaks-no-law',
    'Ethiopia says Somaliland deal breaks no law, will weigh recognition',
    """ADDIS ABABA, Jan 3 (Plateau Herald) - Ethiopia's government defended its agreement with Somaliland on Wednesday, saying it had broken no law and would not harm any other party.

In a statement the government said the memorandum addressed Ethiopia's long-standing need for access to the sea and would go ahead as signed. It said Ethiopia would make an in-depth assessment towards taking a position on Somaliland's efforts to gain recognition, without committing to a date.

The statement said the deal included provisions on the shared use of the port and on security cooperation, and that neither side had acted in bad faith towards Somalia.

Ethiopia's largest opposition party, Ezema, said it welcomed access to the sea but urged the government to avoid a confrontation with Mogadishu.

Somalia recalled its ambassador from Addis Ababa for consultations on Tuesday. Diplomats in the Ethiopian capital said they expected the dispute to dominate the African Union summit in February.""",
    [('ethiopia', MOU, S, 'the memorandum addressed Ethiopia\'s long-standing need for access to the sea', True),
     ('ethiopia', REC, C, 'make an in-depth assessment towards taking a position on Somaliland\'s efforts', True)])

art('2024-01-04T15:30:00Z', 'horn-wire', 'us-backs-somalia-territorial-integrity-au-urges-calm',
    'U.S. backs Somalia\'s territorial integrity as African Union urges calm',
    """WASHINGTON, Jan 4 (Horn Wire) - The United States said on Thursday it recognised the sovereignty and territorial integrity of Somalia within its 1960 borders, including Somaliland, and urged all parties to engage in dialogue over Ethiopia's port deal with the breakaway region.

State Department spokesman Matthew Miller told reporters that Washington was seriously concerned about the agreement and that the dispute risked disrupting the fight against al Shabaab militants.

In Addis Ababa, African Union Commission chairman Moussa Faki Mahamat called for calm and mutual respect between the two neighbours and urged them to refrain from any action that could sour relations. He did not say whether the African Union considered the memorandum valid.

The regional bloc IGAD said it was following the situation closely and offered to help the two governments resolve their differences.

Analysts said Ethiopia might try to reassure Somalia by playing down the recognition element of the deal.""",
    [('usa', REC, O, 'territorial integrity of Somalia within its 1960 borders, including Somaliland', True)])

art('2024-01-04T18:10:00Z', 'coastline-post', 'washington-says-somaliland-part-of-somalia',
    'Washington says it recognises Somalia\'s 1960 borders, AU calls for restraint',
    """WASHINGTON, Jan 4 (Coastline Post) - The United States on Thursday said it recognised Somalia's sovereignty and territorial integrity within its 1960 borders, including Somaliland, and called on all sides to talk after Ethiopia's port deal with the breakaway region.

Matthew Miller, the State Department spokesman, said Washington was seriously concerned by the memorandum and warned that the quarrel could undermine efforts against al Shabaab.

African Union Commission chairman Moussa Faki Mahamat appealed for calm and mutual respect and asked Ethiopia and Somalia to refrain from any action that could damage their ties. He did not say whether the African Union regarded the memorandum as valid.

IGAD, the East African bloc, said it was monitoring events and stood ready to help.

Some analysts said Ethiopia could play down the recognition element of the deal to calm Mogadishu.""",
    [('usa', REC, O, 'territorial integrity within its 1960 borders, including Somaliland', True)])

art('2024-01-07T10:15:00Z', 'tidewater-report', 'hassan-sheikh-signs-law-voiding-mou',
    'Somalia\'s president signs law voiding Somaliland port deal',
    """MOGADISHU, Jan 7 (Tidewater Report) - Somalia's President Hassan Sheikh Mohamud signed a law on Saturday that nullifies the memorandum between Ethiopia and Somaliland, after both houses of parliament approved it.

"This law is an illustration of our commitment to safeguard our unity, sovereignty and territorial integrity," he wrote on social media. He said the memorandum would never be allowed to take effect.

In an interview with a local television station the president said Somalia had no quarrel with the Ethiopian people. He said Somalia did not object to Ethiopia reaching the sea through commercial arrangements at Somali ports, as long as they respected Somali law.

Ethiopia lost its only sea route when Eritrea became independent in 1993 and now ships most of its trade through Djibouti, paying over a billion dollars a year in fees, according to Ethiopian officials.

Somaliland's authorities dismissed the new law as irrelevant, saying Mogadishu had no power over the territory.""",
    [('somalia', MOU, O, 'the memorandum would never be allowed to take effect', True),
     ('somalia', COM, S, 'Somalia did not object to Ethiopia reaching the sea through commercial arrangements', True),
     ('somaliland', MOU, S, 'dismissed the new law as irrelevant', True)])

art('2024-01-18T17:45:00Z', 'gulf-courier', 'igad-summit-hears-somalia-rule-out-mediation',
    'Somalia rules out mediation at IGAD summit unless Ethiopia retracts deal',
    """KAMPALA, Jan 18 (Gulf Courier) - Somalia's president told an emergency summit of the East African bloc IGAD on Thursday that there was no room for mediation with Ethiopia unless Addis Ababa first retracted its port agreement with Somaliland.

Hassan Sheikh Mohamud said Ethiopia must withdraw what he called an illegal memorandum before any talks could start. He said Somalia would not sit down with a neighbour that was trying to annex part of its coast.

Ethiopia did not attend the meeting in Kampala, citing scheduling reasons, and its foreign ministry declined to say whether it would take part in future talks under the bloc's auspices.

The summit's final statement urged both countries to de-escalate and reaffirmed respect for the sovereignty of member states. Ugandan President Yoweri Museveni, the host, said he hoped the neighbours would settle the matter as brothers.

Diplomats at the summit said the absence of Ethiopian officials made a quick breakthrough unlikely.""",
    [('somalia', PRE, O, 'Ethiopia must withdraw what he called an illegal memorandum before any talks', True),
     ('somalia', MOU, O, 'what he called an illegal memorandum', True)])

art('2024-01-21T20:30:00Z', 'plateau-herald', 'sisi-says-egypt-will-not-allow-threat-to-somalia',
    'Sisi says Egypt will not let anyone threaten Somalia',
    """CAIRO, Jan 21 (Plateau Herald) - Egyptian President Abdel Fattah al-Sisi said on Sunday that Egypt would stand with Somalia against Ethiopia's port deal with Somaliland, warning Addis Ababa not to test Cairo.

Speaking at a joint news conference with Somalia's President Hassan Sheikh Mohamud, Sisi said Egypt "will not allow anyone to threaten Somalia or affect its security". He said Egypt rejected the memorandum and that Somalia's territory was not open to bargaining.

Egypt has been at odds with Ethiopia for years over the Grand Ethiopian Renaissance Dam on the Blue Nile, which Cairo fears will cut its share of the river's water.

Hassan Sheikh said he had come to Cairo to seek support and that Somalia would continue to reject the memorandum in every international forum.

Ethiopia's government spokesman said Addis Ababa did not need lectures from Cairo. He did not comment further on the dispute.""",
    [('egypt', MOU, O, 'Egypt rejected the memorandum', True),
     ('somalia', MOU, O, 'Somalia would continue to reject the memorandum in every international forum', True)])

art('2024-02-17T21:00:00Z', 'tidewater-report', 'somali-president-says-blocked-at-au-summit',
    'Somali president says Ethiopian guards blocked him at AU summit',
    """ADDIS ABABA, Feb 17 (Tidewater Report) - Somalia's President Hassan Sheikh Mohamud accused Ethiopian security forces on Saturday of trying to stop him from entering the African Union headquarters for the bloc's annual summit.

Speaking to reporters at his hotel, he said Ethiopia was "provoking" Somalia and that the incident showed how far Addis Ababa was willing to go to press its claim on Somaliland's coast. He said Somalia would never allow the memorandum to be implemented, and that Somaliland would remain part of Somalia whatever any neighbour decided.

Ethiopia's government spokesman denied the account, saying the Somali delegation had been treated as an honoured guest and had refused to follow the usual security arrangements.

Moussa Faki Mahamat, chairman of the African Union Commission, declined to comment on the incident when asked by journalists in the summit hall.

The African Union's Peace and Security Council met on the sidelines of the summit but issued no statement on the dispute.""",
    [('somalia', MOU, O, 'Somalia would never allow the memorandum to be implemented', True),
     ('somalia', REC, O, 'Somaliland would remain part of Somalia whatever any neighbour decided', True)])

art('2024-02-22T09:50:00Z', 'horn-wire', 'somali-parliament-approves-turkey-defence-deal',
    'Somali parliament approves defence pact with Turkey',
    """MOGADISHU, Feb 22 (Horn Wire) - Somalia's parliament approved a ten-year defence and economic agreement with Turkey on Wednesday, under which Ankara will help build and train a Somali navy and patrol the country's waters.

The deal, signed in Ankara earlier this month, covers joint naval patrols and help against illegal fishing and smuggling. Turkish officials said it was not directed against any third country.

Hassan Sheikh Mohamud told lawmakers the agreement was not about hatred of any neighbour. He said the navy would guard Somalia's long coastline for generations.

Analysts said the pact could make Turkey, which has close ties to both Mogadishu and Addis Ababa, a natural go-between in the dispute over the Somaliland memorandum. Others said Ethiopia might read the agreement as a challenge.

Ethiopia's foreign ministry declined to say whether it saw the agreement as aimed at its plans for a base on the Gulf of Aden.""",
    [])

art('2024-04-04T18:25:00Z', 'coastline-post', 'somalia-expels-ethiopian-ambassador',
    'Somalia expels Ethiopian ambassador, orders consulates shut',
    """MOGADISHU, April 4 (Coastline Post) - Somalia ordered Ethiopia's ambassador to leave the country within 72 hours on Thursday and told Addis Ababa to close its consulates in Hargeisa, Somaliland's capital, and in Garowe, the main town of the Puntland region.

The cabinet said Ethiopia had continued to interfere in Somalia's internal affairs and to push ahead with the illegal memorandum despite repeated warnings. It said Somalia would not tolerate any step towards implementing the deal.

Puntland, which withdrew its recognition of the federal government last week after a dispute over constitutional changes, said it would ignore the order and that the consulate in Garowe would stay open.

Somaliland's foreign ministry said Mogadishu had no authority in Hargeisa, that the Ethiopian mission there would keep working and that the memorandum with Ethiopia would go ahead.

Ethiopia's foreign ministry said it had not received any formal notification and declined to say whether it would comply.""",
    [('somalia', MOU, O, 'Somalia would not tolerate any step towards implementing the deal', True),
     ('somaliland', MOU, S, 'the memorandum with Ethiopia would go ahead', True)])

art('2024-05-29T13:40:00Z', 'plateau-herald', 'ethiopia-rejects-somalia-precondition-for-talks',
    'Ethiopia rejects Somali precondition, says it is ready for talks',
    """ADDIS ABABA, May 29 (Plateau Herald) - Ethiopia's foreign minister rejected on Wednesday Somalia's demand that the Somaliland memorandum be scrapped before any negotiations, saying Addis Ababa was ready to talk to Mogadishu without preconditions.

Taye Atske Selassie told a news conference that Ethiopia had no intention of violating anyone's sovereignty. He denied that Ethiopia had shelved the memorandum, saying work on the agreement was continuing.

He said the talks Ethiopia wanted should cover regional ports, trade corridors and security, and that no country should be asked to give up its interests before sitting down. He said Ethiopia would look at any Somali offer of commercial port access on its merits, if it met Ethiopia's long-term needs.

Asked whether Ethiopia would recognise Somaliland, Taye declined to say, repeating that the question was still under study.

A Somali government spokesman said there was nothing new in the minister's remarks. Regional analysts said neither side appeared ready to move before the rainy season and the planned drawdown of African Union troops.""",
    [('ethiopia', PRE, S, 'rejected on Wednesday Somalia\'s demand that the Somaliland memorandum be scrapped', True),
     ('ethiopia', MOU, S, 'He denied that Ethiopia had shelved the memorandum', True),
     ('ethiopia', COM, C, 'would look at any Somali offer of commercial port access on its merits, if', True)])

art('2024-06-10T12:00:00Z', 'horn-wire', 'somalia-says-ethiopian-troops-must-go-unless-deal-scrapped',
    'Somalia says Ethiopian troops must leave by year-end unless port deal is scrapped',
    """MOGADISHU, June 10 (Horn Wire) - Somalia will expel thousands of Ethiopian troops by the end of the year unless Addis Ababa tears up its port agreement with Somaliland, Somalia's national security adviser said on Monday.

Hussein Sheikh-Ali said Ethiopian soldiers could remain part of the African Union force that replaces the current mission only if Ethiopia rescinded the memorandum. He said the choice was Ethiopia's.

About 3,000 Ethiopian soldiers serve in the African Union mission, known as ATMIS, and several thousand more are deployed in Somalia under bilateral arrangements. They have fought al Shabaab for years.

The African Union is due to replace ATMIS with a new mission in January, and its member states are discussing which countries will contribute troops.

Ethiopia's government declined to comment. A Western diplomat in Mogadishu said the warning was meant to increase pressure on Addis Ababa before any mediation began.""",
    [('somalia', TRP, C, 'only if Ethiopia rescinded the memorandum', True),
     ('somalia', MOU, O, 'unless Addis Ababa tears up its port agreement with Somaliland', True)])

art('2024-07-02T19:15:00Z', 'tidewater-report', 'turkey-hosts-first-round-somalia-ethiopia-talks',
    'Turkey hosts first round of Somalia-Ethiopia talks in Ankara',
    """ANKARA, July 2 (Tidewater Report) - Somalia and Ethiopia held their first talks since the Somaliland dispute began, with Turkish Foreign Minister Hakan Fidan shuttling between the two delegations in Ankara on Monday.

Fidan said the sides had held "frank, sincere and forward-looking" discussions and would meet again in September. He said Turkey was working for a solution that respected Somalia's territorial integrity while meeting Ethiopia's need for access to the sea.

Somali Foreign Minister Ahmed Moalim Fiqi said Somalia was ready to keep talking even before the memorandum was withdrawn, as long as the process respected Somalia's sovereignty and territorial integrity.

His Ethiopian counterpart Taye Atske Selassie said Ethiopia would consider a commercial arrangement through a Somali port, provided it guaranteed Ethiopia reliable and lasting access to the sea. He added that Ethiopia had not walked away from the Somaliland memorandum.

The two ministers did not meet face to face.""",
    [('turkey', COM, S, 'respected Somalia\'s territorial integrity while meeting Ethiopia\'s need for access', True),
     ('somalia', PRE, C, 'ready to keep talking even before the memorandum was withdrawn', True),
     ('ethiopia', COM, C, 'would consider a commercial arrangement through a Somali port, provided', True),
     ('ethiopia', MOU, S, 'Ethiopia had not walked away from the Somaliland memorandum', True)])

art('2024-07-05T08:30:00Z', 'gulf-courier', 'abiy-says-ethiopia-seeks-sea-without-war',
    'Abiy tells parliament Ethiopia seeks the sea without war',
    """ADDIS ABABA, July 5 (Gulf Courier) - Prime Minister Abiy Ahmed told Ethiopia's parliament on Thursday that the country had no plan to invade any neighbour and would pursue access to the sea only through peaceful means.

He said Ethiopia had no intention of letting the Somaliland agreement lapse, but wanted it carried out without bloodshed. "We do not want war," he told lawmakers, adding that a country of 120 million people could not remain locked away from the sea.

He said Ethiopia would take sea access through a Somali port on commercial terms if its security needs were met.\n\nAbiy praised Turkey's effort to bring the two sides together and said Ethiopia would attend the next round in Ankara.

Opposition lawmakers questioned the cost of the standoff with Somalia and asked whether the deal had made Ethiopia enemies in Cairo and Mogadishu. Abiy did not address the question directly.

Somali officials said they would judge Ethiopia by its actions rather than its words.""",
    [('ethiopia', MOU, S, 'no intention of letting the Somaliland agreement lapse', True),
     ('ethiopia', COM, C, 'would take sea access through a Somali port on commercial terms if', True)])

art('2024-08-13T20:05:00Z', 'coastline-post', 'second-ankara-round-ends-without-deal',
    'Second round of Ankara talks ends without deal, Turkey sees convergence',
    """ANKARA, Aug 13 (Coastline Post) - A second round of Turkish-brokered talks between Somalia and Ethiopia ended on Tuesday without an agreement, though Turkey said the sides had moved closer.

Foreign Minister Hakan Fidan said there was convergence on certain main elements and that a third round would be held on Sept. 17. He said Turkey had put forward proposals under which Ethiopia could reach the sea through Somali territory while Somalia kept full control of it, and that Ankara would keep pressing for them.

Diplomats briefed on the talks said Ethiopia had not accepted the Turkish proposal because it stopped short of a naval base.

Somali Foreign Minister Ahmed Moalim Fiqi declined to say whether Somalia had accepted the Turkish ideas, saying only that the talks were continuing.

Ethiopia's delegation left Ankara without speaking to the press.""",
    [('turkey', COM, S, 'Ethiopia could reach the sea through Somali territory while Somalia kept full control', True),
     ('ethiopia', COM, O, 'Ethiopia had not accepted the Turkish proposal', False)])

art('2024-08-14T17:35:00Z', 'plateau-herald', 'egypt-somalia-sign-defence-protocol',
    'Egypt and Somalia sign defence protocol, Cairo offers troops',
    """CAIRO, Aug 14 (Plateau Herald) - Egypt and Somalia signed a military cooperation protocol on Wednesday, and President Abdel Fattah al-Sisi said Egypt was ready to send troops to the African Union force that will replace the current mission in Somalia next year.

At a news conference with Hassan Sheikh Mohamud, Sisi reiterated Egypt's rejection of the Somaliland memorandum and said Somalia's sovereignty was a red line for Cairo.

Hassan Sheikh thanked Egypt for its support and said the memorandum would never be implemented while he was president.

Ethiopia has long regarded Egypt as a rival over the Nile, and officials in Addis Ababa said privately that an Egyptian deployment near the border would be treated as a threat.

The protocol was not published. Egyptian officials said it covered training, equipment and intelligence sharing.""",
    [('egypt', MOU, O, 'Sisi reiterated Egypt\'s rejection of the Somaliland memorandum', True),
     ('somalia', MOU, O, 'the memorandum would never be implemented while he was president', True)])

art('2024-08-28T15:50:00Z', 'horn-wire', 'egyptian-arms-land-mogadishu-ethiopia-warns',
    'Egyptian military planes land in Mogadishu; Ethiopia says it will not stand idly by',
    """MOGADISHU, Aug 28 (Horn Wire) - Two Egyptian military aircraft carrying weapons and ammunition landed in Mogadishu on Tuesday, Somali officials said, the first delivery under a new defence pact between the two countries.

Ethiopia's foreign ministry said in a statement that it "cannot stand idly by" while other actors took steps to destabilise the region. It said Ethiopian troops had sacrificed too much in Somalia to be pushed out of the next African Union mission, and that they should remain part of it.

Somali Foreign Minister Ahmed Moalim Fiqi said Ethiopian troops would not be part of the new mission, AUSSOM, and would have to leave when the current mandate ends in December. He said the decision was final.

The U.S. State Department urged all sides to show restraint and to avoid steps that could help al Shabaab.

Ethiopian troops have served in Somalia since 2006. Military analysts said an abrupt exit could leave gaps that al Shabaab might exploit.""",
    [('ethiopia', TRP, O, 'Ethiopian troops had sacrificed too much in Somalia to be pushed out', True),
     ('somalia', TRP, S, 'Ethiopian troops would not be part of the new mission, AUSSOM', True)])

art('2024-09-16T14:10:00Z', 'tidewater-report', 'third-ankara-round-called-off',
    'Third round of Ankara talks called off as Somalia hardens stance',
    """MOGADISHU, Sept 16 (Tidewater Report) - A third round of Turkish-brokered talks between Somalia and Ethiopia set for this week has been called off, and Somalia said it would not return to the table until Ethiopia cancelled its memorandum with Somaliland.

Foreign Minister Ahmed Moalim Fiqi told state radio that there would be no more talks with Addis Ababa unless the memorandum was annulled first. He said the two earlier rounds had shown Ethiopia was not serious.

In Ankara, Foreign Minister Hakan Fidan said Turkey still believed a deal giving Ethiopia commercial access to the sea under Somali sovereignty was within reach. He said Turkey would stay in contact with both capitals.

Ethiopia's foreign ministry said it remained committed to the Turkish process.

A regional analyst said Mogadishu might soften again once the new African Union mission was in place.""",
    [('somalia', PRE, O, 'no more talks with Addis Ababa unless the memorandum was annulled first', True),
     ('somalia', MOU, O, 'until Ethiopia cancelled its memorandum with Somaliland', True),
     ('turkey', COM, S, 'a deal giving Ethiopia commercial access to the sea under Somali sovereignty', True)])

art('2024-10-10T19:00:00Z', 'gulf-courier', 'egypt-eritrea-somalia-asmara-summit',
    'Egypt, Eritrea and Somalia leaders meet in Asmara, reject Somaliland deal',
    """ASMARA, Oct 10 (Gulf Courier) - The leaders of Egypt, Eritrea and Somalia pledged on Thursday to strengthen their cooperation and said Ethiopia's memorandum with Somaliland had no legal basis.

In a joint statement after a two-day summit in the Eritrean capital, Abdel Fattah al-Sisi, Isaias Afwerki and Hassan Sheikh Mohamud said the memorandum had no legal basis and rejected any interference in the internal affairs of the countries of the region.

Isaias, who has ruled Eritrea since independence, said in a separate interview that the Red Sea belonged to the states on its shores and that outsiders should not meddle.

Ethiopia's foreign ministry said it was not worried by the meeting and that regional problems should be solved through cooperation, not alliances.

Diplomats said the summit sent a message to Addis Ababa that its neighbours were closing ranks.""",
    [('egypt', MOU, O, 'said the memorandum had no legal basis', True),
     ('somalia', MOU, O, 'the memorandum had no legal basis and rejected any interference', True)])

art('2024-10-22T11:25:00Z', 'plateau-herald', 'ethiopia-says-au-not-mogadishu-decides-troops',
    'Ethiopia says troop role in new mission is for AU, not Mogadishu alone',
    """ADDIS ABABA, Oct 22 (Plateau Herald) - Ethiopia's new foreign minister, Gedion Timothewos, said on Tuesday that Ethiopian forces should remain in Somalia under the next African Union mission and that Mogadishu could not decide the force's make-up on its own.

He said Ethiopia had paid in blood for Somalia's security and that excluding its troops would hand victory to al Shabaab.

In Mogadishu, Prime Minister Hamza Abdi Barre said the government's position had not changed and that Ethiopian soldiers would leave by the end of the year.

The African Union Commission said the composition of the new mission, AUSSOM, would be decided through consultation with troop-contributing countries and the Somali government.

Gedion, a former justice minister, replaced Taye Atske Selassie, who became Ethiopia's head of state this month.""",
    [('ethiopia', TRP, O, 'Ethiopian forces should remain in Somalia under the next African Union mission', True),
     ('somalia', TRP, S, 'Ethiopian soldiers would leave by the end of the year', True)])

art('2024-11-19T16:45:00Z', 'coastline-post', 'opposition-leader-irro-wins-somaliland-vote',
    'Opposition leader Irro wins Somaliland presidential vote',
    """HARGEISA, Nov 19 (Coastline Post) - Somaliland's opposition leader Abdirahman Mohamed Abdullahi, known as Irro, won the breakaway region's presidential election, the electoral commission said on Tuesday, defeating incumbent Muse Bihi Abdi.

Bihi conceded and congratulated his rival. His information minister said the outgoing government still regarded the memorandum with Ethiopia as binding and expected the next administration to carry it out.

Irro, who takes office next month, declined to say whether he would keep the deal in its current form, telling reporters he had not yet seen the full text.

Observers praised the vote as peaceful. Somaliland has held regular elections since it declared independence from Somalia in 1991, though no country has recognised it.

Somalia's government, which considers the territory part of Somalia, said the election was an internal matter for the people of the northern regions.""",
    [('somalia', REC, O, 'which considers the territory part of Somalia', False),
     ('somaliland', MOU, S, 'still regarded the memorandum with Ethiopia as binding', True)])

art('2024-12-11T22:40:00Z', 'tidewater-report', 'somalia-ethiopia-agree-ankara-declaration',
    'Somalia and Ethiopia agree in Ankara to end dispute, work on commercial sea access',
    """ANKARA, Dec 11 (Tidewater Report) - Somalia and Ethiopia agreed on Wednesday to set aside their year-long dispute and work towards giving landlocked Ethiopia commercial access to the sea under Somalia's sovereignty, Turkish President Tayyip Erdogan said after hosting both leaders.

Erdogan called the Ankara Declaration a "historic" step and said Turkey would support the technical talks due to begin by the end of February.

Prime Minister Abiy Ahmed said Ethiopia accepted commercial access to the sea under the authority of the Federal Government of Somalia and had no wish to harm its neighbour.

President Hassan Sheikh Mohamud said Somalia would work with Ethiopia to give it reliable commercial access. His office said Mogadishu no longer required the memorandum to be formally withdrawn before the talks began.

The declaration did not mention the Somaliland memorandum or Ethiopian recognition of the territory.""",
    [('turkey', COM, S, 'Turkey would support the technical talks', True),
     ('ethiopia', COM, S, 'Ethiopia accepted commercial access to the sea under the authority', True),
     ('somalia', COM, S, 'Somalia would work with Ethiopia to give it reliable commercial access', True),
     ('somalia', PRE, S, 'Mogadishu no longer required the memorandum to be formally withdrawn', True)])

art('2024-12-11T23:55:00Z', 'horn-wire', 'ankara-declaration-ethiopia-somalia-sea-access',
    'Ethiopia, Somalia sign Ankara Declaration on sea access under Somali sovereignty',
    """ANKARA, Dec 11 (Horn Wire) - Ethiopia and Somalia on Wednesday agreed to put their dispute behind them and to work on commercial sea access for Ethiopia under Somali sovereignty, President Tayyip Erdogan announced after talks with both leaders in Ankara.

Erdogan described the Ankara Declaration as "historic" and said Turkey would support the technical talks that are due to start by the end of February.

Ethiopia's Prime Minister Abiy Ahmed said Ethiopia accepted commercial access to the sea under the authority of the Somali federal government and did not want to harm its neighbour.

Somalia's President Hassan Sheikh Mohamud said Somalia would work with Ethiopia to give it reliable commercial access. His office added that Mogadishu no longer required the memorandum to be formally withdrawn before the talks started.

The text made no mention of the Somaliland memorandum or of recognition.""",
    [('turkey', COM, S, 'Turkey would support the technical talks', True),
     ('ethiopia', COM, S, 'Ethiopia accepted commercial access to the sea under the authority', True),
     ('somalia', COM, S, 'Somalia would work with Ethiopia to give it reliable commercial access', True),
     ('somalia', PRE, S, 'Mogadishu no longer required the memorandum to be formally withdrawn', True)])

art('2024-12-12T14:30:00Z', 'gulf-courier', 'somaliland-says-ankara-pact-changes-nothing',
    'Somaliland says Ankara pact changes nothing for its coast',
    """HARGEISA, Dec 12 (Gulf Courier) - Somaliland said on Thursday that the Ankara Declaration between Ethiopia and Somalia did not affect its memorandum with Addis Ababa and that Mogadishu had no say over Somaliland's coastline.

The foreign ministry said the memorandum remained valid and that any port arrangement on Somaliland's territory could only be agreed with Hargeisa. It said Somaliland rejected any suggestion that Ethiopia's sea access would pass through Somali sovereignty where Somaliland's coast was concerned.

The statement was issued hours before Abdirahman Irro was sworn in as president, replacing Muse Bihi Abdi.

In Berbera, the port town at the heart of the deal, traders said they were confused about what the declaration meant for business. Port officials said cargo volumes from Ethiopia had been rising all year.

Ethiopia's government did not comment on Somaliland's statement.""",
    [('somaliland', MOU, S, 'the memorandum remained valid', True),
     ('somaliland', COM, O, 'Somaliland rejected any suggestion that Ethiopia\'s sea access would pass through', True)])

art('2024-12-13T13:00:00Z', 'plateau-herald', 'us-and-au-welcome-ankara-declaration',
    'United States and African Union welcome Ankara Declaration',
    """WASHINGTON, Dec 13 (Plateau Herald) - The United States welcomed the Ankara Declaration between Ethiopia and Somalia on Thursday, saying it supported the two countries' plan to work towards commercial sea access for Ethiopia under Somali sovereignty.

State Department spokesman Matthew Miller thanked Turkey for its mediation and said Washington was ready to help with the technical talks.

African Union Commission chairman Moussa Faki Mahamat also welcomed the agreement, saying the commercial arrangement it foresaw would serve peace and integration in the Horn of Africa. The regional bloc IGAD issued a similar statement.

Egypt's foreign ministry declined to comment on the declaration when asked by reporters in Cairo.

Diplomats in Addis Ababa said the technical talks would be the real test, since the declaration left the hardest questions open.""",
    [('usa', COM, S, 'it supported the two countries\' plan to work towards commercial sea access', True),
     ('african-union', COM, S, 'the commercial arrangement it foresaw would serve peace and integration', True)])

art('2024-12-14T10:20:00Z', 'horn-wire', 'irro-ties-ethiopia-deal-to-recognition',
    'Somaliland\'s new president ties Ethiopia deal to recognition',
    """HARGEISA, Dec 14 (Horn Wire) - Somaliland's new president, Abdirahman Irro, said on Saturday that his government would honour the memorandum with Ethiopia only if Addis Ababa moved to recognise Somaliland's independence.

Irro, sworn in on Thursday, said in his first interview as president that recognition was the heart of the deal and that Somaliland would not hand over any coastline without it. He said Somaliland would keep pressing every government, including Ethiopia, to recognise it.

His predecessor, Muse Bihi Abdi, had signed the deal in January and defended it until his last day in office.

Irro also said he would seek to restore relations with Djibouti, which had soured under the previous government.

Ethiopian officials declined to say whether recognition was still under consideration in Addis Ababa.""",
    [('somaliland', MOU, C, 'would honour the memorandum with Ethiopia only if Addis Ababa moved to recognise', True),
     ('somaliland', REC, S, 'Somaliland would keep pressing every government, including Ethiopia, to recognise it', True)])

art('2024-12-23T18:05:00Z', 'coastline-post', 'somalia-accuses-ethiopian-troops-doolow-clash',
    'Somalia accuses Ethiopian troops over clash in Doolow',
    """MOGADISHU, Dec 23 (Coastline Post) - Somalia accused Ethiopian troops on Monday of attacking its soldiers in the border town of Doolow, days after the two governments had promised in Ankara to turn the page on their dispute.

The foreign ministry said the attack was a violation of the Ankara Declaration and that Ethiopian forces involved in it had no place in the new African Union mission.

Ethiopia's foreign ministry said it was looking into the reports and urged restraint. It did not confirm that its troops had been involved.

The fighting in Doolow, in the Gedo region, followed clashes between Somali federal forces and the Jubaland regional administration, which has accused Mogadishu of trying to undermine its election. Jubaland's leader Ahmed Madobe said his forces had repelled the federal troops.

Residents said several people were killed.""",
    [('somalia', TRP, S, 'Ethiopian forces involved in it had no place in the new African Union mission', True)])

art('2024-12-28T09:40:00Z', 'tidewater-report', 'un-security-council-authorises-aussom',
    'U.N. Security Council authorises new African Union mission in Somalia',
    """NEW YORK, Dec 27 (Tidewater Report) - The U.N. Security Council on Friday authorised a new African Union mission in Somalia, AUSSOM, to replace the current force from January 1, without settling which countries will send troops.

The resolution passed with 14 votes in favour. The United States abstained, citing concerns about how the mission would be funded.

Somalia's envoy to the United Nations told the council that his government looked forward to working with troop contributors. The African Union's representative said the mission would help Somali forces take over full responsibility for security.

Egypt has offered soldiers for the new force. Diplomats in New York said the question of Ethiopia's participation was likely to be settled in talks between Addis Ababa and Mogadishu in the new year.

The resolution did not name the contributing countries.""",
    [])

art('2025-01-11T19:30:00Z', 'gulf-courier', 'hassan-sheikh-visits-addis-relations-restored',
    'Somali president visits Addis Ababa, ties restored under Ankara Declaration',
    """ADDIS ABABA, Jan 11 (Gulf Courier) - Somalia's President Hassan Sheikh Mohamud held talks with Prime Minister Abiy Ahmed in Addis Ababa on Saturday, and the two governments agreed to restore full diplomatic representation.

In a joint communique the leaders reaffirmed their commitment to the Ankara Declaration and to working out commercial sea access for Ethiopia under Somali sovereignty. They said technical teams would begin meeting soon.

Abiy said Ethiopia wanted the relationship with Somalia to rest on cooperation and shared economic interests. He did not mention the Somaliland memorandum.

It was Hassan Sheikh's first visit to the Ethiopian capital since the African Union summit in February, when he accused Ethiopian guards of trying to block his entry.

The joint communique did not say whether Ethiopian troops would join the new African Union mission.""",
    [('somalia', COM, S, 'reaffirmed their commitment to the Ankara Declaration and to working out commercial sea access', True),
     ('ethiopia', COM, S, 'reaffirmed their commitment to the Ankara Declaration and to working out commercial sea access', True)])

art('2025-01-16T15:15:00Z', 'plateau-herald', 'somalia-opens-door-ethiopian-troops-aussom',
    'Somalia opens door to Ethiopian troops in new AU mission',
    """MOGADISHU, Jan 16 (Plateau Herald) - Somalia said on Thursday that Ethiopian troops could take part in the new African Union mission after all, provided Addis Ababa respected Somalia's sovereignty under the Ankara Declaration.

Ali Omar, Somalia's state minister for foreign affairs, told reporters that Mogadishu was ready to accept Ethiopian soldiers in AUSSOM on that condition. He said the final list of troop contributors would be agreed with the African Union.

Ethiopia's foreign ministry welcomed the remarks and said Ethiopian forces were ready to continue serving in Somalia under the new mission.

Egypt's foreign minister Badr Abdelatty said separately in Cairo that Egypt's offer of troops still stood. He did not comment on Ethiopia.

Only last month, Somali officials had insisted that Ethiopian soldiers had no place in the force.""",
    [('somalia', TRP, C, 'Ethiopian troops could take part in the new African Union mission after all, provided', True),
     ('ethiopia', TRP, O, 'Ethiopian forces were ready to continue serving in Somalia under the new mission', True)])

SHIFTS = [
    ('somalia', PRE, O, C, 'turkey-hosts-first-round', 'Fiqi says in Ankara (July 2) that Somalia is ready to keep talking before the memorandum is withdrawn, as long as sovereignty is respected; in January (007) Hassan Sheikh ruled out talks unless Ethiopia first retracted it.'),
    ('somalia', TRP, C, S, 'egyptian-arms-land', 'Fiqi says Ethiopian troops will not be part of AUSSOM and the decision is final; in June (013) the national security adviser made their exit conditional on Ethiopia keeping the memorandum.'),
    ('somalia', PRE, C, O, 'third-ankara-round', 'Fiqi says there will be no more talks unless the memorandum is annulled first, reversing the July readiness to talk before withdrawal (014).'),
    ('somalia', PRE, O, S, 'somalia-ethiopia-agree-ankara', 'In the Ankara Declaration story Hassan Sheikh\'s office says Mogadishu no longer requires the memorandum to be withdrawn before talks; in September (019) it demanded annulment first.'),
    ('ethiopia', COM, C, S, 'somalia-ethiopia-agree-ankara', 'Abiy says Ethiopia accepts commercial access under the authority of the Somali federal government; in July (014) Taye would only consider it provided access was reliable and lasting (the August report that Ethiopia had not accepted is unattributed and does not move the stance).'),
    ('somaliland', MOU, S, C, 'irro-ties', 'The new president Irro says Somaliland will honour the memorandum only if Ethiopia moves to recognise it; the outgoing government called it binding and valid (022, 025).'),
    ('somalia', TRP, S, C, 'somalia-opens-door', 'Somalia\'s state minister Ali Omar says Ethiopian troops can take part in AUSSOM provided Ethiopia respects Somali sovereignty; in December (028) the foreign ministry said they had no place in the mission.'),
]

# ---------------------------------------------------------------- build
def main():
    ARTS.sort(key=lambda a: a['pub'])
    ids = {}
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'articles')):
        os.remove(os.path.join(HERE, 'articles', f))
    claims = {}
    for n, a in enumerate(ARTS, 1):
        aid = f'{n:03d}'
        a['id'] = aid
        d = datetime.fromisoformat(a['pub'].replace('Z', '+00:00'))
        a['url'] = f"https://example.org/{a['outlet']}/{d:%Y/%m/%d}/{a['slug']}"
        ids[a['slug']] = aid
        doc = {'id': aid, 'published': a['pub'], 'source': OUTLETS[a['outlet']], 'url': a['url'],
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', f'{aid}.json'), 'w') as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']]

    def by_prefix(p):
        hits = [a['id'] for a in ARTS if a['slug'].startswith(p)]
        assert len(hits) == 1, (p, hits)
        return hits[0]
    shifts = [{'actor': s[0], 'issue': s[1], 'from': s[2], 'to': s[3], 'article': by_prefix(s[4]), 'why': s[5]} for s in SHIFTS]
    shift_arts = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts,
              'no_alert_articles': [a['id'] for a in ARTS if a['id'] not in shift_arts]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write('\n')

    for key, name in OUTLETS.items():
        items = [a for a in ARTS if a['outlet'] == key]
        last = max(datetime.fromisoformat(a['pub'].replace('Z', '+00:00')) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{key}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch ethiopia-somalia-port-2024 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda a: a['pub'], reverse=True):
            d = datetime.fromisoformat(a['pub'].replace('Z', '+00:00'))
            out += ['    <item>', f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(a['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(a['url'])}</guid>",
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f"      <description>{escape(a['text'])}</description>", '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{key}.xml'), 'w') as fh:
            fh.write('\n'.join(out))
    validate(labels)


def validate(labels):
    errs = []
    wl = open(os.path.join(HERE, 'watchlist.yaml')).read()
    actors = set(re.findall(r'^  - id: (\S+)\n    name:', wl.split('issues:')[0], re.M))
    issues = set(re.findall(r'^  - id: (\S+)', wl.split('issues:')[1].split('baseline:')[0], re.M))
    base = {(m[0], m[1]): m[2] for m in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\w+)\}', wl)}
    for b in base:
        if b[0] not in actors or b[1] not in issues:
            errs.append(f'baseline {b} unknown')
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    if files != sorted(labels['claims']):
        errs.append('claims keys != article files')
    texts = {}
    prev = ''
    for i in files:
        doc = json.load(open(os.path.join(HERE, 'articles', f'{i}.json')))
        if doc['id'] != i:
            errs.append(f'{i}: id mismatch')
        if doc['published'] < prev:
            errs.append(f'{i}: not in publication order')
        prev = doc['published']
        wc = len(doc['text'].split())
        if not 120 <= wc <= 260:
            errs.append(f'{i}: {wc} words')
        texts[i] = doc['text']
    n = {S: 0, O: 0, C: 0}
    for i, cl in labels['claims'].items():
        for c in cl:
            n[c['stance']] += 1
            if c['actor'] not in actors: errs.append(f'{i}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: unknown issue {c["issue"]}')
            if c['quote'] not in texts[i]: errs.append(f'{i}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote > 15 words: {c["quote"]}')
    # Replay: prevailing stance = last attributed labelled stance from baseline; every change must be a labelled shift.
    state = dict(base)
    expected = []
    for i in files:
        for c in labels['claims'][i]:
            if not c['attributed']:
                continue
            k = (c['actor'], c['issue'])
            if k in state and state[k] != c['stance']:
                expected.append((c['actor'], c['issue'], state[k], c['stance'], i))
            state[k] = c['stance']
    got = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    dup_copies = {'005', '024'}
    expected = [e for e in expected if e[4] not in dup_copies]
    if sorted(expected) != sorted(got):
        errs.append(f'shift replay mismatch:\n  expected {sorted(expected)}\n  labelled {sorted(got)}')
    r = subprocess.run(['xmllint', '--noout'] + [os.path.join(HERE, 'feeds', f'{k}.xml') for k in OUTLETS],
                       capture_output=True, text=True)
    if r.returncode != 0:
        errs.append('xmllint: ' + r.stderr)
    total = sum(n.values())
    nf = sum(1 for cl in labels['claims'].values() for c in cl if not c['attributed'])
    print(f'articles={len(files)} claims={total} {n} unattributed={nf} shifts={len(got)} '
          f'shift_articles={len({g[4] for g in got})} empty={[i for i in files if not labels["claims"][i]]}')
    if errs:
        print('\n'.join('ERROR ' + e for e in errs))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
