#!/usr/bin/env python3
"""Build the tigray-pretoria-2022 blind eval set (articles, feeds, labels) and validate it.
Self-contained: python3 build.py  (writes next to this file; exits non-zero on a validation error)."""
import json, os, sys, re
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'rift-wire': 'Rift Wire', 'highland-courier': 'Highland Courier', 'equator-ledger': 'Equator Ledger',
    'horn-report': 'Horn Report', 'savanna-post': 'Savanna Post',
}
E, T, AU, US, ER, EU = 'ethiopia', 'tplf', 'african-union', 'usa', 'eritrea', 'eu'
TALKS, DIS, ERW, LIST, AID, INT = 'au-led-talks', 'tplf-disarms', 'eritrea-withdraws', 'lift-terror-designation', 'aid-access', 'tplf-leads-interim-admin'
S, O, C = 'support', 'oppose', 'conditional'

# (id, published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art('001', '2022-08-24T09:15:00Z', 'rift-wire', 'fighting-resumes-northern-ethiopia-truce-ends',
    'Fighting resumes in northern Ethiopia, ending five-month truce', '''
ADDIS ABABA, Aug 24 (Rift Wire) - Heavy fighting broke out on Wednesday along the southern edge of Tigray, ending a humanitarian truce that had held since March, and each side blamed the other for firing first.

The Tigray People's Liberation Front said federal troops and allied militias had attacked its positions near Kobo. The government's communication service said the TPLF had launched an offensive and had wrecked the chance of peace.

Redwan Hussien, the national security adviser who heads the government's negotiating team, said the government remained ready to negotiate under the African Union at any time and in any place.

TPLF spokesman Getachew Reda said the group would join talks only if electricity, banking and telephone services were restored to the region and the mediation was credible. The front has repeatedly objected to the AU envoy, former Nigerian president Olusegun Obasanjo, saying he was too close to Prime Minister Abiy Ahmed.

Diplomats in Addis Ababa said the renewed fighting made an early start to negotiations unlikely.''',
    [(E, TALKS, S, 'the government remained ready to negotiate under the African Union at any time', True),
     (T, TALKS, C, 'the group would join talks only if electricity, banking and telephone services were restored', True),
     (T, AID, S, 'if electricity, banking and telephone services were restored to the region', True)])

art('002', '2022-08-31T14:30:00Z', 'highland-courier', 'tigray-forces-accuse-eritrea-joining-offensive',
    'Tigray forces accuse Eritrea of joining renewed offensive', '''
MEKELLE, Aug 31 (Highland Courier) - Tigrayan forces said on Wednesday that Eritrean troops had crossed the border and joined federal forces in attacks in northwestern Tigray, a week after fighting resumed.

Getachew Reda, spokesman for the Tigray People's Liberation Front, said Eritrea's army must leave every part of Tigray and that no peace could last while it stayed. Eritrea's information minister did not respond to requests for comment, and there was no statement from Asmara.

In Washington, the State Department said it was alarmed by reports of Eritrean troop movements and called for all Eritrean forces to leave Ethiopia.

An air strike on Mekelle last week hit a kindergarten, according to the director of the city's main hospital, an account the military denied. Mekelle has been without power, banking or telephone links for more than a year.''',
    [(T, ERW, S, "Eritrea's army must leave every part of Tigray", True),
     (US, ERW, S, 'called for all Eritrean forces to leave Ethiopia', True)])

art('003', '2022-09-06T12:00:00Z', 'equator-ledger', 'us-envoy-hammer-nairobi-tigray-talks',
    'US envoy shuttles through Nairobi as hopes for Tigray talks fade', '''
NAIROBI, Sep 6 (Equator Ledger) - The US special envoy for the Horn of Africa, Mike Hammer, met Kenyan officials and African Union diplomats in Nairobi on Tuesday as he tried to revive plans for talks between Ethiopia's government and Tigrayan forces.

Hammer said the United States fully backed the African Union's lead in bringing the two sides to the table and urged them to agree to an immediate ceasefire. He said Washington would support the AU panel but would not try to replace it.

Mediators still had to hammer out a venue and an agenda, one diplomat said, and neither side had named a delegation.

Analysts said the front's distrust of Obasanjo remained the main obstacle, though some expected the TPLF to soften its line if the fighting went badly for it.''',
    [(US, TALKS, S, "the United States fully backed the African Union's lead", True)])

art('004', '2022-09-11T16:45:00Z', 'horn-report', 'tigray-leaders-accept-au-led-peace-process',
    'Tigray leaders say they accept AU-led peace process', '''
MEKELLE, Sep 11 (Horn Report) - Tigray's regional government said on Sunday it was ready to take part in a peace process led by the African Union and to observe an immediate cessation of hostilities, setting aside its earlier insistence that services be restored first.

The statement, issued by the TPLF-led administration in Mekelle, said Tigray would send a negotiating team to talks under the AU's auspices and would abide by the outcome of a robust peace process. It did not repeat the front's objections to Obasanjo.

The chairperson of the African Union Commission, Moussa Faki Mahamat, welcomed the announcement and said the commission would press ahead with arrangements for direct talks.

There was no immediate response from the federal government. Fighting was reported on Sunday near Sekota and in western Tigray.''',
    [(T, TALKS, S, 'it was ready to take part in a peace process led by the African Union', True),
     (AU, TALKS, S, 'the commission would press ahead with arrangements for direct talks', True)])

art('005', '2022-09-12T10:20:00Z', 'savanna-post', 'addis-never-against-au-talks-no-date',
    'Addis Ababa says it was never against AU talks, gives no date', '''
ADDIS ABABA, Sep 12 (Savanna Post) - Ethiopia's government said on Monday it had never been opposed to talks under the African Union, a day after Tigrayan leaders said they would accept an AU-led process.

Billene Seyoum, the prime minister's spokeswoman, said the government's peace committee was ready and that the AU was the only forum it would accept. She declined to say when talks could start or whether Addis Ababa would agree to a ceasefire before they began.

A senior government official said the federal side would insist that Tigrayan forces be disarmed as part of any settlement. In Mekelle, Getachew Reda rejected the demand, saying Tigray's forces would not give up their arms in return for a ceasefire.

Diplomats said the Tigrayan statement had come after pressure from Washington and Brussels and was probably aimed at halting the offensive.''',
    [(E, TALKS, S, 'it had never been opposed to talks under the African Union', True),
     (E, DIS, S, 'would insist that Tigrayan forces be disarmed as part of any settlement', True),
     (T, DIS, O, "Tigray's forces would not give up their arms in return for a ceasefire", True)])

art('006', '2022-09-20T08:40:00Z', 'rift-wire', 'government-tigray-services-return-federal-authority',
    'Government says Tigray services will return once federal authority is restored', '''
ADDIS ABABA, Sep 20 (Rift Wire) - Electricity, banking and telecoms will return to Tigray once federal institutions are able to operate in the region again, Ethiopia's government said on Tuesday.

Redwan Hussien told foreign diplomats that engineers and bank staff could not be sent into an area held by armed forces hostile to the state. He said the services would be switched back on as soon as federal authority was in place.

The Tigrayan authorities called the shutdown collective punishment and said aid and basic services should reach the region's six million people without any conditions.

The World Food Programme said its convoys had been unable to enter Tigray since fighting resumed and that fuel stocks in Mekelle had run out.''',
    [(E, AID, C, 'will return to Tigray once federal institutions are able to operate in the region again', True),
     (T, AID, S, "basic services should reach the region's six million people without any conditions", True)])

art('007', '2022-10-05T13:10:00Z', 'highland-courier', 'au-invites-ethiopia-tigray-talks-south-africa',
    'AU invites Ethiopia and Tigray leaders to talks in South Africa', '''
ADDIS ABABA, Oct 5 (Highland Courier) - The African Union has invited Ethiopia's government and the Tigrayan leadership to peace talks in South Africa this weekend, according to letters seen by the Highland Courier.

The invitations, signed by AU Commission chairperson Moussa Faki Mahamat, said the talks would be facilitated by Obasanjo, former Kenyan president Uhuru Kenyatta and former South African deputy president Phumzile Mlambo-Ngcuka.

The government accepted the invitation on Wednesday. Redwan said the delegation was ready to travel and that the government had always backed a solution brokered by the AU.

Debretsion Gebremichael, the TPLF chairman, wrote to Faki that Tigray was ready to send a delegation, but asked who else had been invited, what the agenda was and who would guarantee the delegates' safe travel. A Tigrayan official described the questions as practical ones.''',
    [(AU, TALKS, S, "The African Union has invited Ethiopia's government and the Tigrayan leadership to peace talks", True),
     (E, TALKS, S, 'The government accepted the invitation on Wednesday.', True),
     (T, TALKS, S, 'Tigray was ready to send a delegation', True)])

art('008', '2022-10-08T15:00:00Z', 'equator-ledger', 'south-africa-ethiopia-talks-postponed',
    'South Africa talks on Ethiopia postponed, no new date set', '''
JOHANNESBURG, Oct 8 (Equator Ledger) - Peace talks between Ethiopia's government and Tigrayan forces that were due to open in South Africa this weekend have been postponed, diplomats and officials said on Saturday.

An African Union official said the delay was for logistical reasons and declined to say when the talks would now take place. A spokesman for the South African presidency said Pretoria was still willing to host them.

Neither the government in Addis Ababa nor the Tigrayan authorities commented on the delay. Aid workers said heavy fighting continued around Adigrat and in the northwest, where Eritrean troops were reported to be taking part.

Analysts said both sides might be waiting to see whether the battlefield would strengthen their hand before sitting down.''',
    [])

art('009', '2022-10-17T11:30:00Z', 'horn-report', 'ethiopian-forces-take-shire-us-eu-eritrea',
    'Ethiopian forces take Shire as US and EU demand Eritrean withdrawal', '''
ADDIS ABABA, Oct 17 (Horn Report) - Ethiopia's military and its allies captured the town of Shire in northwestern Tigray, the government said on Monday, as the United States and the European Union called for Eritrean troops to leave the country.

Secretary of State Antony Blinken said Eritrean forces had to withdraw from northern Ethiopia immediately and urged both sides to commit to AU-led talks without delay. He said the fighting was taking an unacceptable toll on civilians.

Josep Borrell, the EU's foreign policy chief, said in a statement that the involvement of Eritrean troops was fuelling the war and that they must pull out.

The government said it would take control of airports and federal facilities in Tigray and that its operations were meant to protect the country's sovereignty. It did not refer to Eritrea. Aid agencies said thousands of people had fled Shire.''',
    [(US, ERW, S, 'Eritrean forces had to withdraw from northern Ethiopia immediately', True),
     (US, TALKS, S, 'urged both sides to commit to AU-led talks without delay', True),
     (EU, ERW, S, 'Eritrean troops was fuelling the war and that they must pull out', True)])

art('010', '2022-10-25T09:05:00Z', 'savanna-post', 'ethiopia-tigray-open-peace-talks-pretoria',
    'Ethiopia and Tigray open first formal peace talks in Pretoria', '''
PRETORIA, Oct 25 (Savanna Post) - Delegations from Ethiopia's federal government and the Tigray People's Liberation Front opened formal peace talks in Pretoria on Tuesday, the first since the war broke out nearly two years ago.

The government team is led by Redwan Hussien and the Tigrayan team by Getachew Reda. The talks are mediated by the AU panel of Olusegun Obasanjo, Uhuru Kenyatta and Phumzile Mlambo-Ngcuka, with the United States, the United Nations and the regional bloc IGAD attending as observers.

Obasanjo told the opening session that the AU was committed to helping the two sides reach a lasting settlement through dialogue. He said the talks would be held away from the media.

Earlier this month Getachew had said Tigrayan fighters would never lay down their arms while the region was under siege. A government spokesman said before the delegations left that the TPLF's terrorist designation was not up for discussion. Analysts expect the government to demand disarmament as the price of a truce, and the TPLF to ask for an Eritrean withdrawal in return.''',
    [(E, TALKS, S, "Delegations from Ethiopia's federal government and the Tigray People's Liberation Front opened formal peace talks", True),
     (T, TALKS, S, "Delegations from Ethiopia's federal government and the Tigray People's Liberation Front opened formal peace talks", True),
     (AU, TALKS, S, 'the AU was committed to helping the two sides reach a lasting settlement', True),
     (E, LIST, O, "the TPLF's terrorist designation was not up for discussion", True)])

art('011', '2022-10-30T18:20:00Z', 'rift-wire', 'tigray-talks-extended-disarmament-divides',
    'Tigray talks run past deadline as disarmament divides the sides', '''
PRETORIA, Oct 30 (Rift Wire) - Peace talks in South Africa between Ethiopia's government and Tigrayan forces were extended beyond Sunday, their scheduled end, with the disarmament of Tigrayan fighters the main sticking point, two diplomats briefed on the talks said.

The diplomats said the government was demanding that the TPLF hand over all its weapons within weeks, and had refused a Tigrayan request to lift the terrorist designation as part of the deal. A TPLF spokesman denied reports that the delegation had already agreed to disarm. He said disarmament was not on the table and that Tigray's forces were the only guarantee of its people's safety.

The government's communication service said it would not comment while the talks were under way. Obasanjo's office said only that discussions were continuing in a constructive spirit. The talks had originally been scheduled to last five days.''',
    [(E, DIS, S, 'the government was demanding that the TPLF hand over all its weapons within weeks', False),
     (T, DIS, O, 'He said disarmament was not on the table', True),
     (E, LIST, O, 'had refused a Tigrayan request to lift the terrorist designation', False),
     (T, LIST, S, 'a Tigrayan request to lift the terrorist designation as part of the deal', False)])

art('012', '2022-11-02T17:40:00Z', 'horn-report', 'ethiopia-tplf-sign-deal-end-war',
    'Ethiopia and Tigrayan forces sign deal to end two-year war', '''
PRETORIA, Nov 2 (Horn Report) - Ethiopia's government and the Tigray People's Liberation Front signed an agreement on Wednesday to permanently end hostilities, after ten days of AU-led talks in South Africa.

Under the deal, signed by Redwan Hussien and Getachew Reda, Tigrayan forces will be disarmed within 30 days, federal authority will be restored across the region, including in the regional capital Mekelle, and services and humanitarian access will resume.

Getachew said the TPLF had made painful concessions to build trust, including on disarmament, and that its fighters would hand over their weapons under the terms agreed. Redwan said the government would reconnect electricity, banks and telecoms and open the roads for aid as quickly as possible.

Obasanjo called the deal the beginning of a new dawn for Ethiopia. The text did not mention Eritrea, whose troops fought alongside federal forces, and referred only to the withdrawal of foreign forces.

Prime Minister Abiy Ahmed said the government had accepted the deal to give peace a chance.''',
    [(T, DIS, S, 'its fighters would hand over their weapons under the terms agreed', True),
     (E, DIS, S, 'Tigrayan forces will be disarmed within 30 days', True),
     (E, AID, S, 'the government would reconnect electricity, banks and telecoms and open the roads for aid', True)])

art('013', '2022-11-02T20:10:00Z', 'savanna-post', 'government-tplf-agree-permanent-cessation-hostilities',
    'Ethiopian government and TPLF agree permanent cessation of hostilities', '''
PRETORIA, Nov 2 (Savanna Post) - The Ethiopian government and the Tigray People's Liberation Front on Wednesday signed a deal to end hostilities permanently, following ten days of African Union-led negotiations in South Africa.

The agreement, signed by Redwan Hussien for the government and Getachew Reda for the TPLF, says Tigrayan forces will be disarmed within 30 days, federal authority will return to the whole region, including the regional capital Mekelle, and services and humanitarian access will resume.

Getachew said his side had made painful concessions to build trust, disarmament among them, and that its fighters would hand over their weapons under the terms agreed. Redwan said the government would reconnect electricity, banks and telecoms and open the roads for aid without delay.

Obasanjo described the deal as the beginning of a new dawn for Ethiopia. The text made no mention of Eritrea, whose soldiers fought alongside federal troops, and referred only to the withdrawal of foreign forces.

Prime Minister Abiy Ahmed said the government had accepted the agreement to give peace a chance.''',
    [(T, DIS, S, 'its fighters would hand over their weapons under the terms agreed', True),
     (E, DIS, S, 'Tigrayan forces will be disarmed within 30 days', True),
     (E, AID, S, 'the government would reconnect electricity, banks and telecoms and open the roads for aid', True)])

art('014', '2022-11-03T15:30:00Z', 'equator-ledger', 'washington-brussels-welcome-ethiopia-deal-eritrea',
    'Washington and Brussels welcome Ethiopia deal, press for Eritrean exit', '''
WASHINGTON, Nov 3 (Equator Ledger) - The United States and the European Union welcomed the Ethiopian peace deal on Thursday and said attention must now turn to getting food and medicine into Tigray and getting foreign troops out.

Blinken said Washington would support the African Union as it monitored the agreement. He said humanitarian aid had to reach everyone in need without obstruction and that Eritrean forces must leave Ethiopian territory, a point the agreement itself made only in general terms.

The EU's Borrell said the bloc stood ready to help and urged the rapid restoration of electricity, banking and communications in Tigray.

Officials in the Amhara region, whose forces hold western Tigray, said they had not been consulted and would not give up land they consider theirs. Eritrea's government made no comment.''',
    [(US, AID, S, 'humanitarian aid had to reach everyone in need without obstruction', True),
     (EU, ERW, S, 'getting foreign troops out', True),
     (US, ERW, S, 'Eritrean forces must leave Ethiopian territory', True),
     (EU, AID, S, 'urged the rapid restoration of electricity, banking and communications in Tigray', True)])

art('015', '2022-11-08T12:15:00Z', 'rift-wire', 'government-tplf-terror-listing-lifted-if-deal-honoured',
    'Government says TPLF terror listing can go once deal is honoured', '''
ADDIS ABABA, Nov 8 (Rift Wire) - Ethiopia's government will ask parliament to remove the TPLF from its list of terrorist organisations once the group has met its commitments under the Pretoria agreement, Redwan Hussien said on Tuesday.

Parliament designated the TPLF a terrorist organisation in May 2021, six months after the war began. Federal officials have long argued that the interim administration should not simply be handed to the TPLF. Redwan told reporters the designation would not be lifted while the group's fighters still held heavy weapons, but that the government was ready to start the process as soon as the terms were met.

He declined to say whether Eritrean troops would leave Tigray, saying the agreement covered the federal government and the TPLF only.

In Mekelle, Getachew Reda said the designation should have been dropped the day the deal was signed and accused the government of moving the goalposts.''',
    [(E, LIST, C, 'once the group has met its commitments under the Pretoria agreement', True),
     (T, LIST, S, 'the designation should have been dropped the day the deal was signed', True),
     (E, INT, O, 'the interim administration should not simply be handed to the TPLF', False)])

art('016', '2022-11-12T16:50:00Z', 'highland-courier', 'commanders-nairobi-aid-access-weapons-handover',
    'Commanders agree in Nairobi on aid access and weapons handover timetable', '''
NAIROBI, Nov 12 (Highland Courier) - Military commanders from Ethiopia's federal army and Tigrayan forces signed a declaration in Nairobi on Saturday setting out how the Pretoria truce will be carried out, including aid access to all parts of Tigray.

The document, hammered out over five days by Field Marshal Birhanu Jula and Tigrayan commander Tadesse Werede with AU mediators, sets a timetable for the handover of heavy weapons and for aid deliveries.

Getachew Reda said Tigray would hand over its heavy weapons only as Eritrean and other outside forces left. He said its fighters would not be left defenceless against armies that had not signed the Pretoria deal.

Redwan Hussien said the government had agreed to let aid into every part of Tigray immediately and without restrictions.

Kenyatta, who chaired the Nairobi sessions, said both sides had shown goodwill.''',
    [(T, DIS, C, 'Tigray would hand over its heavy weapons only as Eritrean and other outside forces left', True),
     (T, ERW, S, 'only as Eritrean and other outside forces left', True),
     (E, AID, S, 'the government had agreed to let aid into every part of Tigray immediately', True)])

art('017', '2022-11-15T10:00:00Z', 'equator-ledger', 'first-aid-convoy-reaches-shire',
    'First aid convoy since August reaches Shire', '''
SHIRE, Ethiopia, Nov 15 (Equator Ledger) - A convoy of trucks carrying food and medicine reached the northwestern Tigray town of Shire on Tuesday, the first aid to enter the region since fighting resumed in August, the World Food Programme said.

The UN agency said it had not yet been able to reach Mekelle or areas in the east of the region, and that fuel and cash were urgently needed.

Residents said Eritrean soldiers were still present in several towns north of Shire. Eritrea's government did not respond to questions. Analysts said Asmara, which was not a party to the Pretoria deal, was unlikely to pull its troops out until it was satisfied the TPLF had been disarmed. The WFP said it hoped more convoys would follow within days.''',
    [])

art('018', '2022-11-22T13:45:00Z', 'horn-report', 'us-envoy-hammer-eritrean-exit-addis',
    'US envoy Hammer presses for Eritrean exit on Addis Ababa visit', '''
ADDIS ABABA, Nov 22 (Horn Report) - US envoy Mike Hammer met Prime Minister Abiy Ahmed in Addis Ababa on Tuesday and said the withdrawal of Eritrean troops from Tigray was essential for the peace deal to hold.

Hammer said the United States would keep pressing for unhindered aid deliveries and for the restoration of services, and that monitoring by the African Union had to start quickly.

Tigrayan officials accused Eritrean soldiers of killing civilians and looting in the days since the agreement was signed and said the troops must leave at once.

Abiy's office said the two men discussed the implementation of the agreement. It did not mention Eritrea. Western diplomats said the coming weeks would show whether the truce could survive disputes over troop movements.''',
    [(US, ERW, S, 'the withdrawal of Eritrean troops from Tigray was essential for the peace deal to hold', True),
     (US, AID, S, 'would keep pressing for unhindered aid deliveries', True),
     (T, ERW, S, 'said the troops must leave at once', True)])

art('019', '2022-12-06T18:00:00Z', 'savanna-post', 'power-returns-mekelle',
    'Power returns to Mekelle for first time in more than a year', '''
MEKELLE, Dec 6 (Savanna Post) - Electricity was restored to Mekelle on Tuesday for the first time in more than a year, after the state power company reconnected the Tigrayan capital to the national grid.

Ethiopian Electric Power said engineers had repaired lines damaged in the fighting. The government said it would keep its promise to restore all services, with banks and telephone lines next.

Residents said lights came on in parts of the city in the evening. Aid agencies said supplies of fuel and cash were still far too low and that some areas in the northeast had not received food since the deal. The director of the city's main hospital said the power would allow surgeries to resume.''',
    [(E, AID, S, 'it would keep its promise to restore all services', True)])

art('020', '2022-12-21T11:25:00Z', 'rift-wire', 'tigray-links-weapons-handover-eritrea-addis-rejects',
    'Tigray links weapons handover to Eritrean pullout; Addis Ababa rejects condition', '''
ADDIS ABABA, Dec 21 (Rift Wire) - Ethiopia's government on Wednesday rejected a demand by Tigrayan leaders that the handover of heavy weapons wait until Eritrean troops have left, saying the TPLF had to disarm as agreed in Pretoria.

Getachew Reda said in an interview that there could be no complete handover while Eritrean forces were still occupying parts of Tigray. He said Tigray had already begun moving heavy weapons and fighters away from the front lines.

Redwan Hussien said Addis Ababa would not accept any new preconditions and that the disarmament timetable had to be met. He did not say whether the government had asked Eritrea to withdraw.

The AU monitoring team, which set up in Mekelle this month, declined to comment.''',
    [(E, DIS, S, 'the TPLF had to disarm as agreed in Pretoria', True),
     (T, DIS, C, 'there could be no complete handover while Eritrean forces were still occupying parts of Tigray', True)])

art('021', '2022-12-26T09:30:00Z', 'highland-courier', 'federal-delegation-visits-mekelle',
    'Federal delegation visits Mekelle in first such trip since the war', '''
MEKELLE, Dec 26 (Highland Courier) - A federal delegation led by the speaker of parliament, Tagesse Chafo, flew into Mekelle on Monday, the first visit by senior federal officials to the Tigrayan capital since the war began in November 2020.

The group, which included ministers and the heads of state companies, was met at the airport by TPLF chairman Debretsion Gebremichael and other regional leaders. Both sides described the visit as a sign of growing trust.

Debretsion said Tigray wanted the peace to last and thanked the delegation for coming. The speaker said the visit was about the people, not politics.

Ethiopian Airlines said it was preparing to resume commercial flights between Addis Ababa and Mekelle. Residents lined the road from the airport to watch the convoy pass.''',
    [])

art('022', '2022-12-29T16:10:00Z', 'equator-ledger', 'federal-police-enter-mekelle-flights-banks',
    'Federal police enter Mekelle as flights and banks resume', '''
MEKELLE, Dec 29 (Equator Ledger) - Federal police entered Mekelle on Thursday for the first time in 18 months, a day after Ethiopian Airlines flew its first passenger flight into the city since the war.

The Commercial Bank of Ethiopia said it had reopened some branches. The government communication service said the return of federal institutions showed the agreement was being carried out and that all remaining services would be restored in the coming weeks.

Getachew Reda welcomed the police deployment as part of the deal. Analysts said the next test would be whether the TPLF handed over its heavy weapons soon, and whether Eritrea pulled out of the border towns. Queues formed outside the reopened branches as residents tried to withdraw savings frozen since mid-2021.''',
    [(E, AID, S, 'all remaining services would be restored in the coming weeks', True)])

art('023', '2023-01-11T14:00:00Z', 'horn-report', 'tigrayan-forces-hand-over-heavy-weapons',
    'Tigrayan forces hand over heavy weapons to federal army', '''
MEKELLE, Jan 11 (Horn Report) - Tigrayan forces began handing over heavy weapons to the federal army on Wednesday at a site east of Mekelle, in the presence of African Union monitors, the TPLF said.

Getachew Reda said the handover of tanks, artillery and rockets showed that Tigray was fully committed to carrying out the Pretoria agreement. He said the TPLF was disarming now without waiting for every foreign soldier to leave, because it trusted the guarantors of the deal.

The AU monitoring team said the handover was an important step and called on both parties to keep up the momentum.

Residents of Axum and Shire said some Eritrean units had been seen leaving the towns in recent days. Eritrea's information ministry made no comment.''',
    [(T, DIS, S, 'the TPLF was disarming now without waiting for every foreign soldier to leave', True),
     (AU, DIS, S, 'the handover was an important step', True)])

art('024', '2023-02-03T19:00:00Z', 'savanna-post', 'abiy-meets-tplf-leaders-first-time',
    'Abiy meets TPLF leaders for first time since the war', '''
ADDIS ABABA, Feb 3 (Savanna Post) - Prime Minister Abiy Ahmed met a delegation of TPLF leaders on Friday for the first time since the war, at a resort south of the capital, and agreed to speed up flights, banking and fuel deliveries to Tigray, his office said.

The statement said the two sides also discussed setting up an interim regional administration. Abiy said the TPLF could lead the administration provided it was inclusive and brought in other Tigrayan parties.

Getachew Reda, who took part, said the TPLF would put forward its own nominee to head the administration and expected the federal government to respect Tigray's choice.

A spokesman for Salsay Weyane Tigray, an opposition party, said the front should not be allowed to dominate the interim body.''',
    [(E, AID, S, 'agreed to speed up flights, banking and fuel deliveries to Tigray', True),
     (E, INT, C, 'the TPLF could lead the administration provided it was inclusive', True),
     (T, INT, S, 'the TPLF would put forward its own nominee to head the administration', True)])

art('025', '2023-02-10T12:40:00Z', 'rift-wire', 'isaias-sidesteps-questions-eritrean-troops-tigray',
    "Eritrea's Isaias sidesteps questions on troops in Tigray", '''
NAIROBI, Feb 10 (Rift Wire) - Eritrean President Isaias Afwerki, on a rare visit to Kenya, brushed aside questions about his country's troops in Tigray on Thursday, saying reports of abuses by his soldiers were fabricated.

Asked at a news conference with Kenyan President William Ruto whether Eritrean forces would withdraw from Ethiopia, Isaias did not give a direct answer and spoke instead about the region's history of outside interference.

A State Department spokesman said on Friday that Eritrean troops had to leave Ethiopia completely and that their continued presence threatened the peace. Tigrayan leaders said Eritrean forces still held several areas along the border.

Ruto said Kenya supported the Pretoria deal and would keep hosting follow-up talks. Eritrea was not a party to the Pretoria agreement.''',
    [(US, ERW, S, 'Eritrean troops had to leave Ethiopia completely', True)])

art('026', '2023-03-15T11:20:00Z', 'horn-report', 'blinken-meets-abiy-tigray-leaders-addis',
    'Blinken meets Abiy and Tigray leaders in Addis Ababa', '''
ADDIS ABABA, Mar 15 (Horn Report) - Secretary of State Antony Blinken met Prime Minister Abiy Ahmed in Addis Ababa on Wednesday on his first visit to Ethiopia since the war in Tigray ended, and later met TPLF leaders including Getachew Reda.

Blinken said the Pretoria agreement had silenced the guns but that more work was needed, including the full withdrawal of Eritrean forces and unimpeded humanitarian access. He said fully restoring relations with Ethiopia would depend on progress on accountability for atrocities.

Getachew told reporters that Eritrean troops were still in parts of Tigray and had to leave for the peace to take root.

Ethiopia's foreign ministry described the talks as constructive. Blinken travels on to Niger. Washington suspended Ethiopia from a duty-free trade programme at the start of 2022 over the conflict.''',
    [(US, ERW, S, 'more work was needed, including the full withdrawal of Eritrean forces', True),
     (US, AID, S, 'and unimpeded humanitarian access', True),
     (T, ERW, S, 'had to leave for the peace to take root', True)])

art('027', '2023-03-15T14:05:00Z', 'highland-courier', 'blinken-addis-abiy-tplf-eritrea',
    'Blinken holds talks with Abiy, TPLF leaders on Ethiopia visit', '''
ADDIS ABABA, Mar 15 (Highland Courier) - US Secretary of State Antony Blinken held talks with Prime Minister Abiy Ahmed in Addis Ababa on Wednesday, his first trip to Ethiopia since the Tigray war ended, and afterwards met TPLF leaders, among them Getachew Reda.

Blinken said the Pretoria deal had silenced the guns but more work was needed, including the full withdrawal of Eritrean forces and unimpeded humanitarian access. Full normalisation of relations with Ethiopia, he said, would depend on progress on accountability for atrocities.

Getachew told journalists Eritrean soldiers remained in parts of Tigray and had to leave for the peace to take root.

Ethiopia's foreign ministry called the talks constructive. Blinken goes on to Niger. At the start of 2022 Washington had suspended Ethiopia from a duty-free trade programme because of the war.''',
    [(US, ERW, S, 'more work was needed, including the full withdrawal of Eritrean forces', True),
     (US, AID, S, 'and unimpeded humanitarian access', True),
     (T, ERW, S, 'had to leave for the peace to take root', True)])

art('028', '2023-03-22T15:30:00Z', 'rift-wire', 'ethiopian-parliament-removes-tplf-terrorist-list',
    'Ethiopian parliament removes TPLF from terrorist list', '''
ADDIS ABABA, Mar 22 (Rift Wire) - Ethiopia's parliament voted on Wednesday to remove the Tigray People's Liberation Front from its list of terrorist organisations, acting on a motion submitted by the Council of Ministers.

Lawmakers debated the motion for about two hours and approved it by a large majority. The government said in a statement that lifting the designation would help consolidate the peace and support the rebuilding of Tigray.

Some opposition members from the Amhara region voted against, arguing that the TPLF had not fully disarmed and should not be rewarded.

TPLF officials welcomed the decision, which they said they had sought since the Pretoria agreement was signed, and said they now wanted the interim administration set up quickly.''',
    [(E, LIST, S, 'lifting the designation would help consolidate the peace', True),
     (T, LIST, S, 'TPLF officials welcomed the decision', True)])

art('029', '2023-03-23T10:50:00Z', 'equator-ledger', 'abiy-names-getachew-head-tigray-interim-administration',
    "Abiy names TPLF's Getachew Reda to head Tigray interim administration", '''
ADDIS ABABA, Mar 23 (Equator Ledger) - Prime Minister Abiy Ahmed on Thursday appointed Getachew Reda, the TPLF negotiator who signed the Pretoria agreement, as president of Tigray's interim regional administration, his office said.

The TPLF had nominated Getachew for the post after days of internal discussions in Mekelle. Abiy's office said the administration would also include other Tigrayan parties and civil society groups.

Getachew thanked the prime minister. He said his priorities would be returning displaced people to their homes and securing the departure of Eritrean troops from the areas they still occupied.

Tigrayan opposition parties said they had been shut out and would not recognise the appointment. Debretsion Gebremichael remains TPLF chairman. Getachew, a former federal communications minister, became the front's public face during the war.''',
    [(E, INT, S, 'Prime Minister Abiy Ahmed on Thursday appointed Getachew Reda', True),
     (T, INT, S, 'The TPLF had nominated Getachew for the post', False),
     (T, ERW, S, 'securing the departure of Eritrean troops from the areas they still occupied', True)])

art('030', '2023-04-06T08:15:00Z', 'savanna-post', 'getachew-sworn-in-tigray-interim-administration',
    'Getachew sworn in as head of Tigray interim administration', '''
MEKELLE, Apr 6 (Savanna Post) - Getachew Reda was sworn in on Wednesday as president of Tigray's interim administration, at a ceremony in Mekelle attended by federal officials and African Union monitors.

In his first speech he said the administration's most urgent tasks were the return of displaced people and the removal of all Eritrean and other outside forces from Tigray. He said the TPLF's remaining fighters would be demobilised under a national programme.

A federal minister at the ceremony said the government would back the new administration fully.

Residents said they hoped banking and fuel supplies would now return to normal. Several opposition parties stayed away from the ceremony. The interim administration is expected to run the region until elections can be held.''',
    [(T, ERW, S, 'the removal of all Eritrean and other outside forces from Tigray', True),
     (T, DIS, S, "the TPLF's remaining fighters would be demobilised under a national programme", True),
     (E, INT, S, 'the government would back the new administration fully', True)])

art('031', '2023-04-24T17:00:00Z', 'horn-report', 'eu-normalise-ethiopia-step-by-step-eritrea',
    'EU to normalise ties with Ethiopia step by step, urges Eritrean exit', '''
LUXEMBOURG, Apr 24 (Horn Report) - The European Union said on Monday it would gradually normalise relations with Ethiopia as the peace deal in Tigray takes hold, but that full budget support would depend on progress on accountability.

Josep Borrell, the EU foreign policy chief, said after a meeting of foreign ministers that the bloc welcomed the handover of heavy weapons by Tigrayan forces and the end of the terrorist listing. He said Eritrean troops must leave all of Tigray and that aid agencies must be able to work everywhere in the region without hindrance.

Ethiopia's foreign ministry said it wanted a full and unconditional resumption of EU aid. Diplomats in Brussels said several member states had pushed for tougher conditions.''',
    [(EU, DIS, S, 'welcomed the handover of heavy weapons by Tigrayan forces', True),
     (EU, LIST, S, 'the end of the terrorist listing', True),
     (EU, ERW, S, 'Eritrean troops must leave all of Tigray', True),
     (EU, AID, S, 'aid agencies must be able to work everywhere in the region without hindrance', True)])

art('032', '2023-06-14T12:30:00Z', 'rift-wire', 'tigray-says-eritrean-troops-still-border-districts',
    'Tigray administration says Eritrean troops still hold border districts', '''
MEKELLE, Jun 14 (Rift Wire) - Tigray's interim administration said on Wednesday that Eritrean troops still controlled several districts along the border, seven months after the Pretoria agreement, and called on the African Union to press for their departure.

Getachew Reda said the presence of the Eritreans was the biggest obstacle to bringing home hundreds of thousands of displaced people. He said Tigray would not accept any arrangement that left the troops in place.

The African Union panel, which met both parties in Addis Ababa this month to review the deal, said in a statement that all foreign forces must leave Ethiopian territory, as the agreement requires. The federal government has not commented publicly on the troops' presence, and Asmara has not said whether they remain.

The US aid agency paused food aid to Ethiopia last week over what it called a widespread diversion of supplies, a decision the interim administration said was punishing the hungry.''',
    [(T, ERW, S, 'Tigray would not accept any arrangement that left the troops in place', True),
     (AU, ERW, S, 'all foreign forces must leave Ethiopian territory, as the agreement requires', True)])

DUPLICATES = [('012', '013'), ('026', '027')]

BASELINE = [
    (E, TALKS, S), (AU, TALKS, S), (T, TALKS, C),
    (E, DIS, S), (T, DIS, O),
    (T, ERW, S), (US, ERW, S),
    (E, LIST, O), (T, LIST, S),
    (T, AID, S),
]

SHIFTS = [
    (T, TALKS, C, S, '004', "The Tigray regional government says it is ready to take part in the AU-led process and drops its services-first precondition; in 001 Getachew would join talks only if services were restored."),
    (T, DIS, O, S, '012', "Getachew signs the Pretoria deal and says the fighters will hand over their weapons under its terms; in 011 a TPLF spokesman said disarmament was not on the table."),
    (E, AID, C, S, '012', "Redwan commits to reconnecting electricity, banks and telecoms and opening roads for aid; in 006 he said services would return only once federal authority was in place."),
    (E, LIST, O, C, '015', "Redwan says the government will ask parliament to lift the terrorist designation once the TPLF meets its commitments; the baseline is the 2021 designation."),
    (T, DIS, S, C, '016', "Getachew says Tigray will hand over heavy weapons only as Eritrean and other outside forces leave, after accepting disarmament in 012."),
    (T, DIS, C, S, '023', "The TPLF hands over heavy weapons and Getachew says it is disarming without waiting for every foreign soldier to leave; in 020 he ruled out a complete handover while Eritreans remained."),
    (E, LIST, C, S, '028', "Parliament votes to delist the TPLF on a Council of Ministers motion and the government says lifting it consolidates the peace; in 015 it was conditional on the TPLF's commitments."),
    (E, INT, C, S, '029', "Abiy appoints the TPLF's nominee Getachew as head of the interim administration; in 024 he said the TPLF could lead it only if it was inclusive."),
]

# -- build ------------------------------------------------------------------
def url(a):
    d = a['published'][:10].replace('-', '/')
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"

def main():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    errs = []
    for a in A:
        doc = {'id': a['id'], 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': url(a),
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write('\n')
    for slug, name in OUTLETS.items():
        items = [a for a in A if a['outlet'] == slug]
        last = max(datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch tigray-pretoria-2022 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda x: x['published'], reverse=True):
            dt = datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
            u = url(a)
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(u)}</link>',
                    f'      <guid isPermaLink="true">{escape(u)}</guid>', f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', slug + '.xml'), 'w') as f:
            f.write('\n'.join(out))
    shift_articles = sorted({s[4] for s in SHIFTS})
    labels = {
        'claims': {a['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']] for a in A},
        'shifts': [dict(actor=s[0], issue=s[1], **{'from': s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
        'no_alert_articles': [a['id'] for a in A if a['id'] not in shift_articles],
    }
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write('\n')
    errs += validate(labels)
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    print('ok', stats(labels))

def watchlist_ids():
    """Actor and issue ids from watchlist.yaml (PyYAML if present, else a line scan)."""
    text = open(os.path.join(HERE, 'watchlist.yaml')).read()
    try:
        import yaml
        w = yaml.safe_load(text)
        return ({a['id'] for a in w['actors']}, {i['id'] for i in w['issues']},
                [(b['actor'], b['issue'], b['stance']) for b in w['baseline']])
    except ImportError:
        sec, actors, issues = None, set(), set()
        for line in text.splitlines():
            if re.match(r'^(actors|issues|baseline):', line): sec = line.split(':')[0]
            m = re.match(r'^  - id: (\S+)', line)
            if m: (actors if sec == 'actors' else issues).add(m.group(1))
        base = re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\w+)\}', text)
        return actors, issues, base

def validate(labels):
    errs = []
    actors, issues, base = watchlist_ids()
    if sorted(base) != sorted(BASELINE): errs.append('watchlist baseline != BASELINE in build.py')
    ids = [a['id'] for a in A]
    if ids != [f'{n:03d}' for n in range(1, len(A) + 1)]: errs.append('ids not consecutive')
    if [a['published'] for a in A] != sorted(a['published'] for a in A): errs.append('ids not in publication order')
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != ids: errs.append(f'article files {files} != ids')
    for a in A:
        doc = json.load(open(os.path.join(HERE, 'articles', a['id'] + '.json')))
        n = len(doc['text'].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        m = re.match(r'^[A-Z ,.a-z]+, ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ', doc['text'])
        if not m or m.group(3) != doc['source']: errs.append(f"{a['id']}: bad dateline")
        for c in labels['claims'][a['id']]:
            if c['quote'] not in doc['text']: errs.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c['quote'].split()) > 15: errs.append(f"{a['id']}: quote > 15 words: {c['quote']!r}")
            if c['actor'] not in actors: errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c['issue'] not in issues: errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f"{a['id']}: bad stance")
        tuples = [(c['actor'], c['issue']) for c in labels['claims'][a['id']]]
        if len(tuples) != len(set(tuples)): errs.append(f"{a['id']}: duplicate actor/issue claim")
    # duplicate pairs carry identical claim tuples
    for x, y in DUPLICATES:
        tx = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][x])
        ty = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][y])
        if tx != ty: errs.append(f'duplicate pair {x}/{y} claims differ')
    # replay: prevailing stance = last attributed claim, starting from baseline
    prev = {(a, i): s for a, i, s in BASELINE}
    derived = []
    for a in A:
        if a['id'] in {y for _, y in DUPLICATES}: continue
        for c in labels['claims'][a['id']]:
            k = (c['actor'], c['issue'])
            if not c['attributed']: continue
            if k in prev and prev[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[k], c['stance'], a['id']))
            prev[k] = c['stance']
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(want): errs.append(f'shift replay mismatch:\n derived {derived}\n labelled {want}')
    sa = {s['article'] for s in labels['shifts']}
    if sorted(set(labels['no_alert_articles']) | sa) != ids or sa & set(labels['no_alert_articles']):
        errs.append('no_alert_articles is not all ids minus shift articles')
    import subprocess
    for slug in OUTLETS:
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', slug + '.xml')], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {slug}: {r.stderr.strip()}')
    json.load(open(os.path.join(HERE, 'labels.json')))
    return errs

def stats(labels):
    from collections import Counter
    cl = [c for v in labels['claims'].values() for c in v]
    return dict(articles=len(A), claims=len(cl), stances=dict(Counter(c['stance'] for c in cl)),
                unattributed=sum(1 for c in cl if not c['attributed']), shifts=len(labels['shifts']),
                empty=[k for k, v in labels['claims'].items() if not v],
                words=[len(a['text'].split()) for a in A])

if __name__ == '__main__':
    main()
