#!/usr/bin/env python3
"""Build the cyprus-talks-2017 evaluation set (articles, feeds, labels) and validate it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json next to this file,
then checks quotes, ids, watchlist references, word counts and XML well-formedness).
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "alpine-post": "Alpine Post",
    "levant-wire": "Levant Wire",
    "eastmed-monitor": "EastMed Monitor",
    "kingsbridge-herald": "Kingsbridge Herald",
    "island-courier": "Island Courier",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)]
ARTICLES = []


def art(id_, published, outlet, slug, title, text, claims):
    ARTICLES.append(dict(id=id_, published=published, outlet=outlet, slug=slug, title=title,
                         text=text.strip(), claims=claims))


# ---------------------------------------------------------------- articles
art("001", "2016-11-07T16:30:00Z", "alpine-post", "cyprus-leaders-open-swiss-talks-on-territory",
    "Cyprus leaders open week of Swiss talks with territory on the table",
    """MONT PELERIN, Nov 7 (Alpine Post) - Greek Cypriot leader Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci began five days of talks at a hotel above Lake Geneva on Monday, the first time in decades of negotiations that the two sides have set aside a full week for the question of territory.

The United Nations special adviser on Cyprus, Espen Barth Eide, told reporters outside the venue that the leaders would work on territory, property and governance, and that a good week could open the way to a wider conference with Greece, Turkey and Britain, the island's three guarantor powers.

Asked whether the Greek Cypriot side would insist on getting back the town of Morphou, known to Turkish Cypriots as Guzelyurt, Eide declined to say, adding that he would not negotiate through the media.

Government spokesman Nikos Christodoulides said in Nicosia that Anastasiades had travelled to Switzerland seeking a map that would let a large number of refugees go back to their homes under Greek Cypriot administration, including in the Morphou area.

Cyprus has been split since 1974, when Turkey invaded after a brief coup inspired by the military junta then ruling Greece. About 30,000 Turkish soldiers are stationed in the north.""",
    [("greek-cypriots", "morphou-return", S, "homes under Greek Cypriot administration, including in the Morphou area", True)])

art("002", "2016-11-11T19:00:00Z", "levant-wire", "cyprus-talks-pause-leaders-to-meet-again",
    "Cyprus talks pause in Switzerland, leaders to meet again in ten days",
    """MONT PELERIN, Nov 11 (Levant Wire) - The leaders of Cyprus's two communities ended a first round of talks in Switzerland on Friday without a deal on territory but agreed to come back on Nov. 20 to try to close the remaining gaps, the United Nations said.

UN adviser Espen Barth Eide said the week had produced "significant progress" on several chapters, including the thorny question of homes and land lost by both communities since the 1974 division.

Greek Cypriot leader Nicos Anastasiades told reporters that property remained one of the hardest issues for refugees. He said dispossessed owners must have the first say over what happens to their former homes, with compensation or exchange offered only where they chose it.

Turkish Cypriot leader Mustafa Akinci took a different view in an interview with Turkish Cypriot television, saying most claims should be settled through compensation and exchange so that families now living in the properties were not thrown out a second time.

Diplomats in Nicosia said the property gap looked narrower than the dispute over the map, which neither side has yet shown to the other.""",
    [("greek-cypriots", "property-original-owner", S, "dispossessed owners must have the first say over what happens to their former homes", True),
     ("turkish-cypriots", "property-original-owner", O, "most claims should be settled through compensation and exchange", True)])

art("003", "2016-11-22T08:15:00Z", "eastmed-monitor", "cyprus-talks-collapse-over-territory",
    "Cyprus reunification talks collapse in Switzerland over territory",
    """MONT PELERIN, Nov 22 (EastMed Monitor) - Talks to reunify Cyprus broke down in Switzerland late on Monday after the island's Greek Cypriot and Turkish Cypriot leaders failed to agree on how much land each side would run under a federal deal.

The United Nations said in a short statement that the two leaders had decided to return to Cyprus to reflect on the way forward. No date was set for further talks.

Greek Cypriot officials said the breakdown came when Turkish Cypriot leader Mustafa Akinci refused the criteria they had put forward, which would have handed back the town of Morphou and allowed around 90,000 refugees to return. Akinci told reporters the demand to return Morphou was unacceptable because it would uproot thousands of Turkish Cypriots for a second time.

Greek Cypriot leader Nicos Anastasiades said he had shown flexibility throughout but could not accept a settlement that left most refugees unable to go home.

Diplomats said the failure could also delay a planned conference on security and guarantees with Greece, Turkey and Britain, which had been pencilled in for December.""",
    [("greek-cypriots", "morphou-return", S, "criteria they had put forward, which would have handed back the town of Morphou", True),
     ("turkish-cypriots", "morphou-return", O, "Akinci told reporters the demand to return Morphou was unacceptable", True)])

art("004", "2016-11-22T10:40:00Z", "kingsbridge-herald", "swiss-round-on-cyprus-ends-without-deal",
    "Swiss round on Cyprus ends without deal as sides split over Morphou",
    """MONT PELERIN, Nov 22 (Kingsbridge Herald) - United Nations-backed talks on reuniting Cyprus collapsed late on Monday when the leaders of the Greek Cypriot and Turkish Cypriot communities could not agree on the territory each would control in a future federation.

A brief UN statement said the leaders would go back to the island to reflect. No new date was announced.

According to Greek Cypriot officials, Turkish Cypriot leader Mustafa Akinci rejected criteria put forward by their side, which would have handed back the town of Morphou and let some 90,000 refugees go back. Akinci told journalists the demand to return Morphou was unacceptable, saying it would displace thousands of Turkish Cypriots all over again.

Greek Cypriot leader Nicos Anastasiades said he had been flexible but could not sign up to a settlement that kept most refugees from going home.

Diplomats said the breakdown could push back a conference on security and guarantees with Greece, Turkey and Britain that had been expected in December.""",
    [("greek-cypriots", "morphou-return", S, "criteria put forward by their side, which would have handed back the town of Morphou", True),
     ("turkish-cypriots", "morphou-return", O, "Akinci told journalists the demand to return Morphou was unacceptable", True)])

art("005", "2016-11-24T14:00:00Z", "levant-wire", "turkey-says-guarantor-role-will-continue",
    "Turkey says its guarantor role in Cyprus will continue under any deal",
    """ANKARA, Nov 24 (Levant Wire) - Turkish Foreign Minister Mevlut Cavusoglu said on Thursday that Turkey's role as a guarantor of Cyprus would continue under any settlement, dismissing the Greek Cypriot call for "zero troops, zero guarantees" as unrealistic.

Speaking at a news conference in Ankara two days after talks in Switzerland collapsed, Cavusoglu said Turkish Cypriots had suffered in the 1960s when they had no protection and would not be left in that position again. He said a full withdrawal of Turkish soldiers from the island was not on the table.

Cavusoglu urged the two leaders to return to the negotiating table quickly and said Turkey still backed a federal solution.

In the north of the island, Huseyin Ozgurgun, prime minister of the Turkish Cypriot administration and a critic of the talks, went further, saying Turkish Cypriots would never give up Turkey's guarantee whatever the negotiators agreed.

Greek Cypriot government spokesman Nikos Christodoulides said Nicosia would not respond to statements made for domestic consumption and remained committed to the UN process.""",
    [("turkey", "abolish-guarantees", O, "Turkey's role as a guarantor of Cyprus would continue under any settlement", True),
     ("turkey", "troop-withdrawal", O, "a full withdrawal of Turkish soldiers from the island was not on the table", True),
     ("greek-cypriots", "abolish-guarantees", S, "the Greek Cypriot call for \"zero troops, zero guarantees\"", False),
     ("greek-cypriots", "troop-withdrawal", S, "the Greek Cypriot call for \"zero troops, zero guarantees\"", False)])

art("006", "2016-12-02T03:00:00Z", "island-courier", "cyprus-leaders-agree-geneva-conference",
    "Cyprus leaders agree to resume talks, Geneva conference set for January",
    """NEW YORK, Dec 1 (Island Courier) - The Greek Cypriot and Turkish Cypriot leaders agreed over dinner with United Nations Secretary-General Ban Ki-moon on Thursday to resume reunification talks and to hold a conference in Geneva in January that will bring in Greece, Turkey and Britain.

Under the plan announced by the UN, Nicos Anastasiades and Mustafa Akinci will meet in Geneva on Jan. 9, present maps of their proposed internal boundary on Jan. 11 and open a wider conference on Jan. 12, with the guarantor powers invited.

Ban, who leaves office at the end of the month, said both leaders had reaffirmed their commitment to a settlement. His successor, Antonio Guterres, is expected to attend the Geneva conference.

Neither leader spoke to reporters after the dinner. Officials in Athens, Ankara and London said they had received the invitation and were studying it.

The talks in Switzerland last month broke down over territory, and the question of security guarantees, on which the sides are furthest apart, has not yet been negotiated at the level of foreign ministers.""",
    [])

art("007", "2016-12-14T12:00:00Z", "eastmed-monitor", "greece-says-guarantee-system-must-end",
    "Greece says Cyprus guarantee system is an anachronism that must end",
    """ATHENS, Dec 14 (EastMed Monitor) - Greek Foreign Minister Nikos Kotzias said on Wednesday that the system of guarantees set up when Cyprus became independent in 1960 was an anachronism and must be abolished in any reunification deal.

Kotzias told lawmakers in Athens that Greece was ready to give up its own guarantor rights and would not sign any agreement that did not end the right of unilateral intervention. An independent member state of the European Union, he said, did not need foreign powers to guarantee it.

He also rejected Ankara's demand that Turkish troops stay on the island after a settlement, saying Greece wanted all foreign troops to leave, Greek and Turkish alike.

Greece keeps a small contingent in Cyprus under the 1960 treaties, while Turkey has tens of thousands of soldiers in the north.

Opposition leader Kyriakos Mitsotakis said the government should avoid public disputes with Turkey before the Geneva conference, which is due to begin on Jan. 12.""",
    [("greece", "abolish-guarantees", S, "would not sign any agreement that did not end the right of unilateral intervention", True),
     ("greece", "troop-withdrawal", S, "rejected Ankara's demand that Turkish troops stay on the island after a settlement", True)])

art("008", "2017-01-08T18:00:00Z", "kingsbridge-herald", "akinci-says-turkish-guarantee-must-stay",
    "Akinci heads to Geneva saying Turkish guarantee must stay",
    """NICOSIA, Jan 8 (Kingsbridge Herald) - Turkish Cypriot leader Mustafa Akinci said on Sunday that his community would not feel safe in a reunited Cyprus without Turkey's guarantee, setting out his red lines before a week of talks in Geneva that could decide the island's future.

Akinci told reporters in the northern part of the divided capital that Turkish soldiers were indispensable for Turkish Cypriots' security and that the guarantee system could not simply be scrapped.

Greek Cypriot leader Nicos Anastasiades left for Switzerland later in the day. He said a settlement that kept foreign troops on the soil of an EU member state would not be a solution, and that Greek Cypriots expected the Turkish army to leave.

Some analysts said Ankara might be prepared to accept a smaller force on the island if the two leaders made progress on territory. Others doubted Turkey would move before a constitutional referendum planned for the spring.

The leaders meet on Monday at the UN's Palais des Nations. Maps are due on Wednesday and the conference with the guarantor powers opens on Thursday.""",
    [("turkish-cypriots", "abolish-guarantees", O, "the guarantee system could not simply be scrapped", True),
     ("turkish-cypriots", "troop-withdrawal", O, "Turkish soldiers were indispensable for Turkish Cypriots' security", True),
     ("greek-cypriots", "troop-withdrawal", S, "Greek Cypriots expected the Turkish army to leave", True)])

art("009", "2017-01-11T20:00:00Z", "alpine-post", "cyprus-leaders-swap-maps-in-geneva",
    "Cyprus leaders swap maps in Geneva; Akinci opens door on Morphou",
    """GENEVA, Jan 11 (Alpine Post) - The leaders of Cyprus's two communities submitted rival maps of a future federation to the United Nations on Wednesday, the first time in more than four decades that such maps have been exchanged.

The documents were placed in a UN safe and not published. People familiar with them said the Greek Cypriot proposal would leave the Turkish Cypriot constituent state with 28 percent of the island and the Turkish Cypriot proposal with 29.2 percent.

Turkish Cypriot leader Mustafa Akinci, whose rejection of the Greek Cypriot criteria ended the Swiss talks in November, struck a softer tone. He told reporters that Turkish Cypriots could hand back part of the Morphou area if the families living there were rehoused and compensated first, calling his map "a serious proposal".

Greek Cypriot leader Nicos Anastasiades did not comment on the maps. His spokesman said Nicosia still expected Morphou to be handed back, a position that had not changed.

The conference with Greece, Turkey and Britain opens on Thursday, with UN Secretary-General Antonio Guterres due to attend.""",
    [("turkish-cypriots", "morphou-return", C, "could hand back part of the Morphou area if the families living there were rehoused", True),
     ("greek-cypriots", "morphou-return", S, "Nicosia still expected Morphou to be handed back", True)])

art("010", "2017-01-12T19:30:00Z", "levant-wire", "geneva-cyprus-conference-no-breakthrough",
    "Geneva conference on Cyprus ends day one without breakthrough on guarantees",
    """GENEVA, Jan 12 (Levant Wire) - A conference on reuniting Cyprus brought together the island's two leaders and the foreign ministers of its three guarantor powers in Geneva on Thursday, but ended without agreement on the security question that divides them most.

Turkish Foreign Minister Mevlut Cavusoglu told reporters that a full withdrawal of Turkish troops was out of the question and that Turkey's guarantees must continue. Turkish Cypriots, he said, wanted them.

Greek Foreign Minister Nikos Kotzias countered that the 1960 system of guarantees and intervention rights belonged to the past and had to go.

British Foreign Secretary Boris Johnson said Britain was prepared to give up its own status as a guarantor if that was what the two communities agreed. London had no interest in standing in the way of a deal, he said.

European Commission President Jean-Claude Juncker said EU law would apply across a reunited island and that Brussels stood ready to help. UN Secretary-General Antonio Guterres said he was not looking for a quick fix but for a solid and sustainable solution.

Officials will continue at a technical level next week.""",
    [("turkey", "troop-withdrawal", O, "a full withdrawal of Turkish troops was out of the question", True),
     ("turkey", "abolish-guarantees", O, "Turkey's guarantees must continue", True),
     ("greece", "abolish-guarantees", S, "guarantees and intervention rights belonged to the past and had to go", True),
     ("uk", "abolish-guarantees", C, "prepared to give up its own status as a guarantor if that was what", True)])

art("011", "2017-01-13T11:00:00Z", "island-courier", "yildirim-rules-out-full-troop-pullout",
    "Turkish PM rules out full troop pullout from Cyprus",
    """ANKARA, Jan 13 (Island Courier) - Turkish Prime Minister Binali Yildirim said on Friday that a complete withdrawal of Turkish troops from Cyprus was out of the question, a day after a conference in Geneva ended without agreement on the island's security.

Speaking to reporters in Ankara, Yildirim said Turkey would remain a guarantor of the Turkish Cypriots under any settlement. "Nobody should expect us to leave," he said.

President Tayyip Erdogan, addressing a provincial rally, did not mention Cyprus.

In Nicosia, government spokesman Nikos Christodoulides said the Greek Cypriot side rejected any arrangement that left Ankara a right to intervene on the island, calling it incompatible with a modern European state. He said the security chapter would be decided at the negotiating table, not in statements.

Technical talks between officials of the two communities, Greece, Turkey and Britain are due in Geneva next week. Diplomats said a second meeting of foreign ministers was unlikely before February.""",
    [("turkey", "troop-withdrawal", O, "a complete withdrawal of Turkish troops from Cyprus was out of the question", True),
     ("turkey", "abolish-guarantees", O, "Turkey would remain a guarantor of the Turkish Cypriots under any settlement", True),
     ("greek-cypriots", "abolish-guarantees", S, "rejected any arrangement that left Ankara a right to intervene on the island", True)])

art("012", "2017-01-19T17:00:00Z", "kingsbridge-herald", "cyprus-security-experts-end-geneva-round",
    "Cyprus security experts end Geneva round with list of concerns",
    """GENEVA, Jan 19 (Kingsbridge Herald) - Officials from Greece, Turkey, Britain and Cyprus's two communities wrapped up two days of technical talks on security in Geneva on Thursday, agreeing only on a list of the concerns each side wants addressed.

The deputies, who flew in from London, Athens, Ankara and Nicosia, met behind closed doors at the United Nations. A UN spokeswoman said the talks had been held in a constructive atmosphere and that the list would be passed to the foreign ministers.

A British diplomat declined to say whether London had put forward any ideas on a new security system. Greek and Turkish officials left without speaking to reporters.

One Western diplomat said privately that Ankara might eventually accept a smaller force on the island, possibly under a multinational umbrella, but that such a move would take months.

The European Union attended as an observer. A spokeswoman for the European Commission said in Brussels that the talks were an internal matter for the participants.

No date has been set for the foreign ministers to meet again.""",
    [])

art("013", "2017-02-16T18:30:00Z", "eastmed-monitor", "akinci-walks-out-over-enosis-vote",
    "Akinci walks out of Cyprus talks over school commemoration vote",
    """NICOSIA, Feb 16 (EastMed Monitor) - Turkish Cypriot leader Mustafa Akinci walked out of a meeting with his Greek Cypriot counterpart on Thursday, in a row over a vote in the Greek Cypriot parliament to mark a 1950 referendum on union with Greece in state schools.

The measure, proposed by the far-right ELAM party, passed last week with little debate. Akinci said it sent the wrong message to Turkish Cypriots at a sensitive moment and asked for it to be reversed before the talks continued.

Greek Cypriot leader Nicos Anastasiades said the vote did not reflect government policy and that Akinci was using it as a pretext to avoid difficult decisions. The two men had been due to discuss property and governance.

ELAM, which rejects a federal settlement and wants every Turkish soldier off the island, welcomed the row.

UN adviser Espen Barth Eide said he regretted the interruption and hoped the leaders would meet again soon. Diplomats said the dispute was unlikely to be resolved quickly.""",
    [])

art("014", "2017-02-24T10:00:00Z", "levant-wire", "negotiators-spell-out-property-positions",
    "Cyprus negotiators spell out property positions as talks stall",
    """NICOSIA, Feb 24 (Levant Wire) - The chief negotiators of Cyprus's two communities set out opposing positions on property on Friday, a week after talks stalled over a parliamentary vote on school commemorations.

Greek Cypriot negotiator Andreas Mavroyiannis told a parliamentary committee that the legal owner must keep the first say over a property lost in 1974, whether to reclaim it, exchange it or accept compensation. Anything less would not be accepted by refugees, he said.

Across the buffer zone, Turkish Cypriot negotiator Ozdil Nami told reporters that a settlement could not be built on evicting families who had lived in homes for more than 40 years. He said current users must be able to keep properties they had improved, with former owners compensated.

About 200,000 Greek Cypriots and tens of thousands of Turkish Cypriots lost homes in the conflict. A commission set up in the north has settled more than a thousand claims, mostly through compensation.

The two leaders have not met since Feb. 16.""",
    [("greek-cypriots", "property-original-owner", S, "the legal owner must keep the first say over a property lost in 1974", True),
     ("turkish-cypriots", "property-original-owner", O, "a settlement could not be built on evicting families", True)])

art("015", "2017-04-11T16:00:00Z", "island-courier", "cyprus-talks-resume-after-two-month-freeze",
    "Cyprus talks resume after two-month freeze",
    """NICOSIA, April 11 (Island Courier) - Greek Cypriot leader Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci met on Tuesday for the first time since February, after the Greek Cypriot parliament shifted responsibility for school commemorations away from lawmakers.

The two leaders met for dinner at the residence of the UN special adviser inside the buffer zone in Nicosia, and agreed to step up their meetings with a view to reconvening the conference on Cyprus.

UN adviser Espen Barth Eide said the leaders had "turned the page" and would now focus on the chapters still open, including governance and power sharing.

Asked afterwards whether he could accept a presidency that rotates between the two communities, which Turkish Cypriots have sought for years, Anastasiades declined to say, telling reporters that nothing was agreed until everything was agreed.

Akinci said he was glad the row was over and that precious time had been lost. Diplomats in the capital said the window for a deal could close later this year, when the Greek Cypriot presidential campaign begins.""",
    [("turkish-cypriots", "rotating-presidency", S, "which Turkish Cypriots have sought for years", False)])

art("016", "2017-05-26T17:40:00Z", "eastmed-monitor", "akinci-rotating-presidency-a-must",
    "Akinci says rotating presidency is a must as leaders clash again",
    """NICOSIA, May 26 (EastMed Monitor) - Turkish Cypriot leader Mustafa Akinci said on Friday that Turkish Cypriots would not accept any settlement that did not include a presidency rotating between the two communities, calling it the clearest test of political equality.

Akinci spoke after a tense meeting with Greek Cypriot leader Nicos Anastasiades at which the two men disagreed over whether to reconvene the conference with the guarantor powers before closing other chapters.

Greek Cypriot government spokesman Nikos Christodoulides said rotation could be discussed, but only as part of a package that included cross-voting, so that each community had a say in electing both leaders, and only once the security chapter had been settled.

A senior official of the main opposition AKEL party said the government should accept rotation without preconditions. Nicolas Papadopoulos, leader of the centrist DIKO party, said rotation would hand Ankara a veto over the island.

UN officials said Secretary-General Antonio Guterres was considering inviting both leaders to New York.""",
    [("turkish-cypriots", "rotating-presidency", S, "would not accept any settlement that did not include a presidency rotating", True),
     ("greek-cypriots", "rotating-presidency", C, "rotation could be discussed, but only as part of a package that included cross-voting", True)])

art("017", "2017-06-05T04:00:00Z", "levant-wire", "cyprus-conference-to-reconvene-in-switzerland",
    "Cyprus conference to reconvene in Switzerland on June 28",
    """NEW YORK, June 4 (Levant Wire) - The conference on reuniting Cyprus will reconvene in Switzerland on June 28, the United Nations said on Sunday after Secretary-General Antonio Guterres hosted the island's two leaders for dinner in New York.

A UN statement said the leaders had agreed that all outstanding issues would be discussed at the conference, with security and guarantees taken up in parallel with the other chapters. The venue will be the Alpine resort of Crans-Montana.

Neither Nicos Anastasiades nor Mustafa Akinci spoke to reporters. A spokesman for the Turkish Foreign Ministry declined to comment on whether Turkey would come with new ideas on troop numbers.

In the north, Huseyin Ozgurgun, prime minister of the Turkish Cypriot administration, said Turkey's guarantee was a red line for his government and could not be traded away for a deal.

Greece and Britain said they would send their foreign ministers. The European Union will attend as an observer.""",
    [])

art("018", "2017-06-20T13:00:00Z", "kingsbridge-herald", "akinci-open-to-troop-drawdown-review",
    "Akinci open to Turkish troop drawdown and review before Swiss talks",
    """NICOSIA, June 20 (Kingsbridge Herald) - Turkish Cypriot leader Mustafa Akinci said on Tuesday that Turkish troops on the island could be cut to the levels set by the 1960 Treaty of Alliance and the remaining force reviewed after 15 years, a process that could see them leave altogether.

Akinci told Kingsbridge Herald in an interview that such a drawdown was possible provided Turkish Cypriots kept an effective guarantee of their security. Any new system must still include Turkey's guarantee in some form, he said.

In January Akinci called Turkish soldiers indispensable, and his remarks drew criticism from nationalist parties in the north, who said the leader had no mandate to bargain over the army's presence.

The 1960 treaty allowed Greece to keep 950 soldiers on the island and Turkey 650. Turkey has kept roughly 30,000 troops in the north since 1974.

Greek Cypriot officials gave a cautious welcome. A government source said the Greek Cypriot side would judge the idea by whether it ended with every Turkish soldier gone.

The conference reconvenes in Crans-Montana on June 28.""",
    [("turkish-cypriots", "troop-withdrawal", C, "a drawdown was possible provided Turkish Cypriots kept an effective guarantee", True),
     ("greek-cypriots", "troop-withdrawal", S, "judge the idea by whether it ended with every Turkish soldier gone", True),
     ("turkish-cypriots", "abolish-guarantees", O, "Any new system must still include Turkey's guarantee in some form", True)])

art("019", "2017-06-28T17:00:00Z", "alpine-post", "crans-montana-conference-opens",
    "Crans-Montana conference opens with call for zero troops, zero guarantees",
    """CRANS-MONTANA, June 28 (Alpine Post) - The conference on Cyprus reopened at this Swiss ski resort on Wednesday, with Greek Cypriot leader Nicos Anastasiades saying he had come to seek "zero troops and zero guarantees" in a reunited island.

"We want a normal state, free of foreign armies and of anyone's right to intervene," Anastasiades told reporters as he arrived at the conference hotel.

Greek Foreign Minister Nikos Kotzias said Greece arrived ready to give up its own guarantor rights and expected Turkey to do the same.

Turkish Foreign Minister Mevlut Cavusoglu did not speak to reporters on arrival. British Europe minister Alan Duncan represented London.

EU foreign policy chief Federica Mogherini, attending the opening session, said that membership of the European Union was the best guarantee any citizen of Cyprus could have, and that the EU would help however it could.

UN adviser Espen Barth Eide said the conference would sit for as long as necessary and that he would not predict its outcome.""",
    [("greek-cypriots", "abolish-guarantees", S, "free of foreign armies and of anyone's right to intervene", True),
     ("greek-cypriots", "troop-withdrawal", S, "he had come to seek \"zero troops and zero guarantees\"", True),
     ("greece", "abolish-guarantees", S, "Greece arrived ready to give up its own guarantor rights", True)])

art("020", "2017-06-30T21:00:00Z", "levant-wire", "guterres-sets-out-framework-at-crans-montana",
    "Guterres sets out framework at Crans-Montana, keeps details under wraps",
    """CRANS-MONTANA, June 30 (Levant Wire) - UN Secretary-General Antonio Guterres joined the Cyprus conference on Friday and presented the participants with a framework of ideas for a package deal, but said nothing about its content in public.

Guterres told reporters only that he had come to help the parties find convergences and that the opportunity should not be missed.

Diplomats who have seen the document said it describes the 1960 system of guarantees and the unilateral right of intervention as no longer sustainable and calls for a new security arrangement. They said it leaves the size and timing of any reduction of Turkish troops to be negotiated.

UN adviser Espen Barth Eide declined to say whether the framework foresees the departure of all Turkish soldiers.

Both Cypriot leaders welcomed the secretary-general's involvement. Guterres left the resort in the evening, saying he would return if the parties made enough progress.""",
    [("un", "abolish-guarantees", S, "the unilateral right of intervention as no longer sustainable", False)])

art("021", "2017-07-01T15:00:00Z", "kingsbridge-herald", "britain-will-give-up-cyprus-guarantor-role",
    "Britain says it will give up Cyprus guarantor role when deal is signed",
    """CRANS-MONTANA, July 1 (Kingsbridge Herald) - Britain said on Saturday it would give up its status as a guarantor power of Cyprus on the day a reunification agreement is signed, becoming the first of the three guarantors to drop the role outright.

"We have no wish to keep a right of intervention in a member state of the European Union," British Europe minister Alan Duncan told reporters at the conference. He said the 1960 arrangement had served its time and Britain would not seek any role in a future security system.

In January, Foreign Secretary Boris Johnson had said only that Britain would consider it if both communities agreed.

Duncan also repeated a long-standing British offer to hand about half of the land in its two military bases on the island to a reunited Cyprus.

Greek Cypriot officials welcomed the announcement. A Turkish delegate said each guarantor was free to decide for itself and that Britain's choice did not bind Ankara.""",
    [("uk", "abolish-guarantees", S, "We have no wish to keep a right of intervention in a member state", True)])

art("022", "2017-07-03T16:00:00Z", "eastmed-monitor", "turkey-ready-to-discuss-troop-timetable",
    "Turkey ready to discuss timetable for Cyprus troop withdrawal, keeps guarantee",
    """CRANS-MONTANA, July 3 (EastMed Monitor) - Turkey is prepared to discuss a timetable for withdrawing its troops from Cyprus, with a review after an agreed period, Foreign Minister Mevlut Cavusoglu said on Monday, in what diplomats called the first sign of movement from Ankara at the talks.

Cavusoglu told reporters that the pace of any drawdown would depend on the security of Turkish Cypriots being protected. He insisted, however, that Turkey's guarantee would remain in place, saying it was not up for negotiation.

Greek Cypriot government spokesman Nikos Christodoulides said the offer did not go far enough. The Greek Cypriot side would not accept any arrangement that kept Turkish soldiers on the island indefinitely, he said, and the right of intervention had to end.

UN adviser Espen Barth Eide said the conference had entered a decisive phase.

Some diplomats said Ankara could show more flexibility later in the week if Greek Cypriots moved on governance, including the rotating presidency.""",
    [("turkey", "troop-withdrawal", C, "Turkey is prepared to discuss a timetable for withdrawing its troops from Cyprus", True),
     ("turkey", "abolish-guarantees", O, "Turkey's guarantee would remain in place, saying it was not up for negotiation", True),
     ("greek-cypriots", "troop-withdrawal", S, "would not accept any arrangement that kept Turkish soldiers on the island indefinitely", True),
     ("greek-cypriots", "abolish-guarantees", S, "the right of intervention had to end", True)])

art("023", "2017-07-03T18:20:00Z", "island-courier", "ankara-signals-movement-on-troops",
    "Ankara signals movement on troops at Cyprus talks but holds on to guarantee",
    """CRANS-MONTANA, July 3 (Island Courier) - Turkey is prepared to discuss a timetable for pulling its troops out of Cyprus, with a review after an agreed period, Turkish Foreign Minister Mevlut Cavusoglu said on Monday, the first movement from Ankara at the Swiss talks according to diplomats.

Cavusoglu said the speed of any drawdown would depend on Turkish Cypriots' security being protected. But he insisted that Turkey's guarantee would remain in place, saying it was not open to negotiation.

Greek Cypriot spokesman Nikos Christodoulides said the offer fell short. The Greek Cypriot side would not accept any arrangement that kept Turkish soldiers on the island indefinitely, he said, adding that the right of intervention had to end.

UN adviser Espen Barth Eide said the talks had reached a decisive phase.

Some diplomats suggested Ankara might move further later in the week if the Greek Cypriot side gave ground on governance, including a rotating presidency.""",
    [("turkey", "troop-withdrawal", C, "Turkey is prepared to discuss a timetable for pulling its troops out of Cyprus", True),
     ("turkey", "abolish-guarantees", O, "Turkey's guarantee would remain in place, saying it was not open to negotiation", True),
     ("greek-cypriots", "troop-withdrawal", S, "would not accept any arrangement that kept Turkish soldiers on the island indefinitely", True),
     ("greek-cypriots", "abolish-guarantees", S, "the right of intervention had to end", True)])

art("024", "2017-07-04T19:00:00Z", "alpine-post", "akinci-open-to-replacing-guarantee-treaty",
    "Akinci open to replacing 1960 guarantee treaty, presses on rotating presidency",
    """CRANS-MONTANA, July 4 (Alpine Post) - Turkish Cypriot leader Mustafa Akinci said on Tuesday that his community could accept replacing the 1960 Treaty of Guarantee with a new security arrangement, as long as Turkish Cypriots kept effective protection and the new system was reviewed after an agreed period.

It was the first time Akinci had said publicly that the treaty itself could go. He told reporters that what mattered to Turkish Cypriots was real security, not the name of a document.

Akinci also pressed the Greek Cypriot side to agree to a presidency rotating between the two communities, saying it was essential to political equality.

Anastasiades's spokesman Nikos Christodoulides said the Greek Cypriot side would accept a rotating presidency only if it came with cross-voting and after agreement on security.

Turkish Foreign Ministry officials did not comment on Akinci's remarks. The talks are expected to continue into the weekend.""",
    [("turkish-cypriots", "abolish-guarantees", C, "could accept replacing the 1960 Treaty of Guarantee with a new security arrangement", True),
     ("turkish-cypriots", "rotating-presidency", S, "pressed the Greek Cypriot side to agree to a presidency rotating", True),
     ("greek-cypriots", "rotating-presidency", C, "would accept a rotating presidency only if it came with cross-voting", True)])

art("025", "2017-07-05T20:00:00Z", "levant-wire", "eide-moment-of-truth-cyprus",
    "UN's Eide says Cyprus talks face moment of truth as guarantee dispute deepens",
    """CRANS-MONTANA, July 5 (Levant Wire) - The United Nations envoy for Cyprus said on Wednesday that the reunification talks had reached "a moment of truth", as Greece and Turkey traded barbs over the future of the island's security guarantees.

A Turkish Foreign Ministry statement rejected the Greek Cypriot demand to scrap the right of intervention, saying the Turkish Cypriot people could not be left without the protection of the motherland.

Greek Foreign Minister Nikos Kotzias said Athens could not accept any text that did not end the right of unilateral intervention, and accused Ankara of treating Cyprus as a protectorate.

Espen Barth Eide declined to say whether Turkey had put its troop proposal in writing. He said only that the parties had a few days left and that Guterres was ready to come back.

Property and territory were also discussed in smaller groups during the day, officials said. Some analysts said the Greek Cypriot side might soften on the presidency in exchange for a firm date for troop withdrawal.""",
    [("turkey", "abolish-guarantees", O, "rejected the Greek Cypriot demand to scrap the right of intervention", True),
     ("greek-cypriots", "abolish-guarantees", S, "the Greek Cypriot demand to scrap the right of intervention", False),
     ("greece", "abolish-guarantees", S, "could not accept any text that did not end the right of unilateral intervention", True)])

art("026", "2017-07-07T04:30:00Z", "kingsbridge-herald", "cyprus-talks-collapse-at-crans-montana",
    "Cyprus reunification talks collapse at Crans-Montana",
    """CRANS-MONTANA, July 7 (Kingsbridge Herald) - Talks to reunify Cyprus collapsed in the early hours of Friday after a stormy dinner, ending the most ambitious attempt in years to end the island's division.

UN Secretary-General Antonio Guterres told reporters that the conference had been closed without an agreement. "I am very sorry," he said, adding that it had not been possible to bridge the remaining gaps.

Greek Cypriot leader Nicos Anastasiades said the talks foundered because Turkey insisted on keeping its troops and its right to intervene. He said Greek Cypriots could not accept a reunified state in which a third country kept the right to intervene.

Turkish Cypriot leader Mustafa Akinci blamed the Greek Cypriot side, saying it had refused to accept a rotating presidency, which he called essential to political equality.

Guterres did not say whether the UN would try again. Diplomats said a new round was unlikely before Greek Cypriot elections in early 2018.""",
    [("greek-cypriots", "abolish-guarantees", S, "could not accept a reunified state in which a third country kept the right", True),
     ("turkey", "abolish-guarantees", O, "Turkey insisted on keeping its troops and its right to intervene", False),
     ("turkey", "troop-withdrawal", O, "Turkey insisted on keeping its troops and its right to intervene", False),
     ("greek-cypriots", "rotating-presidency", O, "it had refused to accept a rotating presidency", False),
     ("turkish-cypriots", "rotating-presidency", S, "a rotating presidency, which he called essential to political equality", True)])

art("027", "2017-07-07T15:00:00Z", "eastmed-monitor", "cavusoglu-troops-will-stay-offer-off-table",
    "Cavusoglu says Turkish troops will stay in Cyprus, offer off the table",
    """CRANS-MONTANA, July 7 (EastMed Monitor) - Turkish Foreign Minister Mevlut Cavusoglu said on Friday that Turkish troops would stay in Cyprus and that the ideas Ankara had put forward in Switzerland were no longer on the table after the talks collapsed.

"Zero troops and zero guarantees is a dream," Cavusoglu told reporters before leaving the resort. He said the Greek Cypriot side had shown it was not ready to share power and that Turkey's soldiers would remain to protect Turkish Cypriots.

Cavusoglu said Turkey would continue to act as a guarantor and that it was time to consider other options for the island, without saying what they were.

Earlier in the week Cavusoglu had said Turkey was ready to discuss a timetable for a troop drawdown. Greek Cypriot officials said his latest remarks showed the offer had never been real.

Huseyin Ozgurgun, prime minister of the Turkish Cypriot administration, said the collapse proved that a federation was impossible.""",
    [("turkey", "troop-withdrawal", O, "Turkey's soldiers would remain to protect Turkish Cypriots", True),
     ("turkey", "abolish-guarantees", O, "Turkey would continue to act as a guarantor", True)])

art("028", "2017-07-08T11:00:00Z", "island-courier", "athens-blames-ankara-for-cyprus-collapse",
    "Athens blames Ankara for Cyprus collapse, says guarantees must go",
    """ATHENS, July 8 (Island Courier) - Greece blamed Turkey on Saturday for the collapse of the Cyprus talks, saying Ankara had refused to let go of a system of guarantees that no modern state should accept.

Foreign Minister Nikos Kotzias told reporters in Athens that Greece had been ready to give up its own guarantor role and had asked only that Turkey do the same. The guarantees and the right of intervention must be abolished in any future settlement, he said.

Government spokesman Dimitris Tzanakopoulos said Prime Minister Alexis Tsipras remained committed to a solution and that Greece still wanted all Turkish troops withdrawn from the island.

Greek opposition lawmakers accused the government of mishandling the talks. Kyriakos Mitsotakis, leader of New Democracy, said Greece had been isolated at the conference.

In Ankara, the Foreign Ministry did not respond to the Greek criticism.""",
    [("greece", "abolish-guarantees", S, "The guarantees and the right of intervention must be abolished in any future settlement", True),
     ("greece", "troop-withdrawal", S, "Greece still wanted all Turkish troops withdrawn from the island", True)])

art("029", "2017-07-10T09:00:00Z", "levant-wire", "anastasiades-ready-to-resume-where-left-off",
    "Anastasiades ready to resume where talks left off; Akinci holds line on property",
    """NICOSIA, July 10 (Levant Wire) - Greek Cypriot leader Nicos Anastasiades said on Monday he was ready to return to talks on reunifying Cyprus from where they had stopped in Switzerland, but would not drop his call for Turkish troops and guarantees to end.

Back in Nicosia, Anastasiades told a news conference that any future deal must still give refugees the first say over their properties, and that the return of Morphou to Greek Cypriot administration remained a basic requirement.

Across the divided capital, Turkish Cypriot leader Mustafa Akinci said the property chapter could not be settled by returning homes to former owners at the expense of those now living in them.

Akinci said he remained committed to a federal solution but that Turkish Cypriots would not wait forever.

The UN said its adviser would report to the secretary-general, who will brief the Security Council this month.""",
    [("greek-cypriots", "troop-withdrawal", S, "would not drop his call for Turkish troops and guarantees to end", True),
     ("greek-cypriots", "abolish-guarantees", S, "would not drop his call for Turkish troops and guarantees to end", True),
     ("greek-cypriots", "property-original-owner", S, "any future deal must still give refugees the first say over their properties", True),
     ("greek-cypriots", "morphou-return", S, "the return of Morphou to Greek Cypriot administration remained a basic requirement", True),
     ("turkish-cypriots", "property-original-owner", O, "could not be settled by returning homes to former owners", True)])

art("030", "2017-07-13T18:00:00Z", "alpine-post", "britain-offer-on-guarantees-stands",
    "Britain says offer to drop Cyprus guarantor role still stands",
    """UNITED NATIONS, July 13 (Alpine Post) - Britain's offer to give up its role as a guarantor of Cyprus still stands despite the collapse of reunification talks last week, the British ambassador to the United Nations, Matthew Rycroft, said on Thursday.

Rycroft told reporters after a closed Security Council meeting that Britain would renounce its guarantor status whenever a settlement was reached and hoped the parties would return to the table.

The council heard a briefing from UN officials on the failed conference at Crans-Montana. Council members did not issue a statement.

A spokesman for the secretary-general said Antonio Guterres had no plans to appoint a new envoy for now, and that the framework he presented on June 30 remained a reference point.

EU foreign policy chief Federica Mogherini said in Brussels that the EU regretted the outcome and would keep supporting a solution. Turkish and Greek diplomats at the UN did not comment.""",
    [("uk", "abolish-guarantees", S, "Britain would renounce its guarantor status whenever a settlement was reached", True)])

art("031", "2017-07-20T12:00:00Z", "island-courier", "yildirim-in-north-troops-to-stay",
    "Turkish PM tells north Cyprus anniversary Turkish troops will stay",
    """NICOSIA, July 20 (Island Courier) - Turkish Prime Minister Binali Yildirim told a ceremony in the Turkish Cypriot north on Thursday, the anniversary of Turkey's 1974 military intervention, that Turkish soldiers would remain on the island.

"Turkish troops are here, and they will stay here," Yildirim said to applause at the parade, held in the northern part of the divided capital. He said Turkey would never abandon its guarantee over the Turkish Cypriots.

Greek Cypriots mark July 20 as a day of mourning, and sirens sounded in the south in the early morning.

Akinci, who had signalled at Crans-Montana that the 1960 treaty could be replaced, attended the ceremony but did not speak about the talks.

Yildirim also repeated Ankara's view that the collapse was the fault of the Greek Cypriot side. A Greek Cypriot government spokesman said the speech confirmed why the conference had failed.""",
    [("turkey", "troop-withdrawal", O, "Turkish troops are here, and they will stay here", True),
     ("turkey", "abolish-guarantees", O, "Turkey would never abandon its guarantee over the Turkish Cypriots", True)])

art("032", "2017-08-28T10:00:00Z", "eastmed-monitor", "un-cyprus-envoy-eide-steps-down",
    "UN Cyprus envoy Eide steps down after failed talks",
    """NICOSIA, Aug 28 (EastMed Monitor) - Espen Barth Eide, the United Nations special adviser on Cyprus, said on Monday he would step down, less than two months after the collapse of talks he had steered for three years.

Eide, a former Norwegian foreign minister, said in a statement that he was proud of the progress made and that the two communities had come closer than ever before to a deal. He did not say what he would do next.

The talks broke down in Crans-Montana on July 7 over security. Greek Cypriots want the Treaty of Guarantee scrapped and all Turkish troops withdrawn, while Turkey, which has kept troops in the north since 1974, insists on keeping a guarantor role.

UN officials said Secretary-General Antonio Guterres would consult both sides before deciding on a successor.

Greek Cypriot leader Nicos Anastasiades thanked Eide for his work. Turkish Cypriot leader Mustafa Akinci said Eide had been a fair mediator.""",
    [("greek-cypriots", "abolish-guarantees", S, "Greek Cypriots want the Treaty of Guarantee scrapped", False),
     ("greek-cypriots", "troop-withdrawal", S, "all Turkish troops withdrawn", False),
     ("turkey", "abolish-guarantees", O, "insists on keeping a guarantor role", False)])

art("033", "2017-09-28T22:00:00Z", "island-courier", "guterres-meets-cyprus-leaders-separately",
    "Guterres meets Cyprus leaders separately in New York, no new talks set",
    """NEW YORK, Sept 28 (Island Courier) - UN Secretary-General Antonio Guterres met Greek Cypriot leader Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci separately on Thursday on the sidelines of the General Assembly, but no date was set for new talks.

A UN spokesman said Guterres had listened to both leaders and would reflect on how the UN could help. He declined to say whether the secretary-general believed a new conference was possible before the Greek Cypriot presidential election in February.

Turkish Foreign Minister Mevlut Cavusoglu, who also met Guterres, told reporters that any new process could not start from where Crans-Montana ended and that other ideas should be explored. Asked whether Turkey's offer on troop numbers could be revived, he declined to comment.

Anastasiades told the General Assembly that he remained ready to negotiate. Akinci, speaking to reporters in a Manhattan hotel, said the Greek Cypriot side would have to show it accepted political equality.

Greek Foreign Minister Nikos Kotzias said Athens would not comment on private meetings.""",
    [])

SHIFTS = [
    dict(actor="turkish-cypriots", issue="morphou-return", frm=O, to=C, article="009",
         why="In Geneva Akinci says Turkish Cypriots could hand back part of the Morphou area if displaced residents are rehoused and compensated first; in 003/004 he called the demand to return Morphou unacceptable."),
    dict(actor="turkish-cypriots", issue="troop-withdrawal", frm=O, to=C, article="018",
         why="Akinci says troops could be cut to Treaty of Alliance levels and reviewed after 15 years, possibly leaving altogether, provided Turkish Cypriots keep an effective guarantee; in 008 he treated Turkish soldiers as indispensable."),
    dict(actor="uk", issue="abolish-guarantees", frm=C, to=S, article="021",
         why="Duncan says Britain has no wish to keep a right of intervention and will give up its guarantor role on the day a deal is signed; in 010 Johnson only offered to do so if the two communities agreed."),
    dict(actor="turkey", issue="troop-withdrawal", frm=O, to=C, article="022",
         why="Cavusoglu says Ankara is prepared to discuss a timetable for withdrawing its troops, with a review, provided Turkish Cypriot security is protected; until then (005, 010, 011) a full withdrawal was out of the question."),
    dict(actor="turkish-cypriots", issue="abolish-guarantees", frm=O, to=C, article="024",
         why="Akinci says Turkish Cypriots could accept replacing the 1960 Treaty of Guarantee with a new arrangement if they keep effective protection and a review; in 008 and 018 he insisted Turkey's guarantee continue."),
    dict(actor="turkey", issue="troop-withdrawal", frm=C, to=O, article="027",
         why="After the collapse Cavusoglu says Turkish troops will stay and the offer made in Switzerland is off the table, reversing the opening of 022. The Greek Cypriot account in 026 is attributed: false and does not move it."),
]

DUPLICATES = [("003", "004"), ("022", "023")]


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_of(a):
    y, m, d = a["published"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in ARTICLES:
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url_of(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", f"{a['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == key], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>',
               f'    <link>https://example.org/{key}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch cyprus-talks-2017 evaluation set</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{rfc822(items[0]["published"])}</lastBuildDate>']
        for a in items:
            u = url_of(a)
            out += ['    <item>',
                    f'      <title>{escape(a["title"])}</title>',
                    f'      <link>{escape(u)}</link>',
                    f'      <guid isPermaLink="true">{escape(u)}</guid>',
                    f'      <pubDate>{rfc822(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>',
                    '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", f"{key}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


def parse_watchlist():
    """Tiny reader for the flat watchlist.yaml layout used here (no PyYAML needed)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors = re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .+\n    aliases: \[", text, re.M)
    issues = re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .+\n    description: .+\n    terms: \[", text, re.M)
    baseline = re.findall(r"^  - \{actor: ([a-z0-9-]+), issue: ([a-z0-9-]+), stance: (support|oppose|conditional)\}", text, re.M)
    return set(actors), set(issues), baseline


def validate(labels):
    errs = []
    actors, issues, baseline = parse_watchlist()
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids not consecutive")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != ids:
        errs.append(f"article files {files} != ids")
    for a in ARTICLES:
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errs.append(f"{a['id']}: {words} words")
        m = re.match(r"^[A-Z][A-Z .,'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((.+?)\) - ", a["text"])
        if not m or m.group(2) != OUTLETS[a["outlet"]]:
            errs.append(f"{a['id']}: bad dateline")
        seen = set()
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                errs.append(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                errs.append(f"{a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                errs.append(f"{a['id']}: bad stance {stance}")
            if quote not in a["text"]:
                errs.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errs.append(f"{a['id']}: quote > 15 words: {quote!r}")
            if not isinstance(attributed, bool):
                errs.append(f"{a['id']}: attributed not bool")
            if (actor, issue) in seen:
                errs.append(f"{a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
    # shifts must follow from the attributed claims, starting at the baseline
    prevailing = {(a_, i_): s_ for a_, i_, s_ in baseline}
    derived = []
    for a in ARTICLES:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            prev = prevailing.get((actor, issue))
            if prev is not None and prev != stance:
                derived.append((actor, issue, prev, stance, a["id"]))
            prevailing[(actor, issue)] = stance
    dup_copies = {b for _, b in DUPLICATES}
    derived = [d for d in derived if d[4] not in dup_copies]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(derived) != sorted(labelled):
        errs.append(f"shifts mismatch: derived {derived} labelled {labelled}")
    for x, y in DUPLICATES:
        cx = sorted((c[0], c[1], c[2]) for c in ARTICLES[int(x) - 1]["claims"])
        cy = sorted((c[0], c[1], c[2]) for c in ARTICLES[int(y) - 1]["claims"])
        if cx != cy:
            errs.append(f"duplicate {x}/{y} claims differ")
    for s in SHIFTS:
        if s["article"] in labels["no_alert_articles"]:
            errs.append(f"shift article {s['article']} in no_alert")
    for key in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f"{key}.xml")], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {key}: {r.stderr.strip()}")
    for f in sorted(os.listdir(os.path.join(HERE, "articles"))):
        json.load(open(os.path.join(HERE, "articles", f), encoding="utf-8"))
    json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    return errs


if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    claims = [c for a in ARTICLES for c in a["claims"]]
    by = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    print(f"articles={len(ARTICLES)} claims={len(claims)} {by} unattributed={sum(1 for c in claims if not c[4])} "
          f"shifts={len(SHIFTS)} empty={[a['id'] for a in ARTICLES if not a['claims']]}")
    print("words:", {a["id"]: len(a["text"].split()) for a in ARTICLES})
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")
