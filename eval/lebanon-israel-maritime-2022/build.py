#!/usr/bin/env python3
"""Build the blind evaluation set lebanon-israel-maritime-2022 for shiftwatch.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and labels.json,
and validates the result (quotes, ids, watchlist ids, word counts, datelines, shifts, no-alert list, xmllint).
Standard library only. Run from anywhere: python3 build.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "lebanon-israel-maritime-2022"

OUTLETS = {
    "Seaboard Wire": "seaboard-wire",
    "Lantern Report": "lantern-report",
    "Halyard Times": "halyard-times",
    "Portolan Review": "portolan-review",
    "Crossbearing News": "crossbearing-news",
}

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June",
          7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def P(*paragraphs):
    return "\n\n".join(paragraphs)


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Articles in publication order. Ids are assigned from this order (001, 002, ...).
ARTICLES = [
    # 001
    dict(
        published="2020-10-01T13:20:00Z", source="Seaboard Wire", slug="lebanon-israel-agree-framework-sea-border-talks",
        title="Lebanon and Israel agree framework for US-mediated sea border talks",
        text=P(
            "BEIRUT, Oct 1 (Seaboard Wire) - Lebanon and Israel have agreed on a framework for negotiations over their disputed maritime border, Lebanese Parliament Speaker Nabih Berri said on Thursday, ending years of deadlock over a stretch of sea thought to hold gas.",
            "Berri told a news conference that the talks would be indirect, held at a United Nations post in the border town of Naqoura, with the United States acting as mediator and facilitator. He said Lebanon had accepted the arrangement because it kept the process under the UN flag, and stressed that it did not amount to normalisation with Israel.",
            "In Washington, Secretary of State Mike Pompeo welcomed the announcement as historic and said the United States stood ready to help the two sides through the process.",
            "Israel's Energy Minister Yuval Steinitz said Israel would take part in the talks, which he expected to start after the Jewish holidays, and said he hoped they would move quickly.",
            "The disputed zone covers about 860 square kilometres. Lebanon, which is in a deep financial crisis, hopes offshore gas can help its economy. A consortium led by France's Total drilled Lebanon's first exploration well this year without a commercial find.",
            "Hezbollah, the armed group that is the dominant force in Lebanese politics, did not comment immediately.",
        ),
        claims=[
            C("lebanon", "indirect-talks", "support", "Lebanon had accepted the arrangement because it kept the process under the UN flag"),
            C("usa", "indirect-talks", "support", "the United States stood ready to help the two sides through the process"),
            C("israel", "indirect-talks", "support", "Israel would take part in the talks"),
        ],
    ),
    # 002
    dict(
        published="2020-10-14T14:30:00Z", source="Lantern Report", slug="first-session-naqoura-un-post",
        title="Lebanese and Israeli delegations hold first session at UN post in Naqoura",
        text=P(
            "NAQOURA, Lebanon, Oct 14 (Lantern Report) - Lebanese and Israeli delegations sat down on Wednesday at a United Nations base on the border for their first session of talks on the maritime frontier, a meeting that lasted about an hour and ended without any announcement of substance.",
            "The Lebanese team, led by Brigadier General Bassam Yassin, arrived in a convoy of army vehicles, while the Israeli delegation, headed by energy ministry director general Udi Adiri, was flown in by helicopter. The two sides sat in the same tent but did not address each other directly, according to people familiar with the arrangements.",
            "David Schenker, the senior US diplomat for the Middle East, attended the opening, and US ambassador John Desrocher will act as mediator in later rounds. UN peacekeepers sealed off the coastal road around the base for the day.",
            "A short statement issued afterwards gave Oct 28 as the date of the next round. Neither delegation spoke to reporters, and officials in Beirut and Jerusalem declined to say what had been discussed.",
            "Regional analysts cautioned that the talks could drag on for years and might stall over maps long before any question of gas revenue is reached.",
        ),
        claims=[],
    ),
    # 003
    dict(
        published="2020-10-14T17:45:00Z", source="Halyard Times", slug="hezbollah-amal-object-civilians-border-team",
        title="Hezbollah and Amal object to civilians on Lebanon's border team",
        text=P(
            "BEIRUT, Oct 14 (Halyard Times) - Hezbollah and its Shi'ite ally the Amal movement objected on Wednesday to the inclusion of civilian officials in Lebanon's delegation to the maritime border talks with Israel, saying the team should be made up of army officers alone.",
            "In a joint statement released hours before the first session in Naqoura, the two groups said adding civilians risked giving the process a political character that served Israel's aims. Hezbollah, whose fighters fought a war with Israel in 2006, said it backed the talks only as long as they stay indirect and purely technical, confined to drawing the line.",
            "The statement asked that the composition of the delegation be reviewed immediately.",
            "The presidency, which named the four-member team, said in response that the delegation's mandate was limited to the border, that the negotiations would remain indirect, and that they carried no political or normalising dimension. An official at Baabda Palace said the choice of negotiators was a matter for the president.",
            "The dispute laid bare tensions inside Lebanon's ruling alliance. Lebanon has no diplomatic relations with Israel, and the two countries remain formally at war.",
        ),
        claims=[
            C("hezbollah", "indirect-talks", "conditional", "backed the talks only as long as they stay indirect and purely technical"),
            C("lebanon", "indirect-talks", "support", "the negotiations would remain indirect"),
        ],
    ),
    # 004
    dict(
        published="2020-10-29T16:00:00Z", source="Portolan Review", slug="lebanon-stakes-out-larger-sea-claim",
        title="Lebanon stakes out larger sea claim as border talks turn to maps",
        text=P(
            "NAQOURA, Lebanon, Oct 29 (Portolan Review) - Lebanon's negotiators presented a map at the UN post in Naqoura this week that pushes the country's claim far south of the line it registered with the United Nations in 2011, people at the talks said, widening the area in dispute with Israel.",
            "Lebanon's delegation, which is led by the army, said in a statement on Thursday that the country's rights extend to what it calls Line 29, and that the line was drawn according to the law of the sea. The new claim adds roughly 1,430 square kilometres to the 860 square kilometres at stake when the talks began, bringing a total of about 2,290 square kilometres into question, and takes in part of the Karish gas field that Israel is preparing to develop.",
            "Israel's Energy Minister Yuval Steinitz said Lebanon had changed its maritime position several times and that the new demand was a provocation that could wreck the talks before they had properly begun. Israel, he said, would negotiate only over the area between the lines both countries had filed with the UN.",
            "The next session is due in early November.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "oppose", "the country's rights extend to what it calls Line 29"),
            C("israel", "lebanon-drops-line-29", "support", "the new demand was a provocation that could wreck the talks"),
        ],
    ),
    # 005
    dict(
        published="2021-04-13T15:10:00Z", source="Crossbearing News", slug="aoun-holds-off-decree-enlarge-sea-claim",
        title="Aoun holds off on decree that would enlarge Lebanon's sea claim",
        text=P(
            "BEIRUT, April 13 (Crossbearing News) - Lebanese President Michel Aoun declined on Tuesday to sign a decree that would formally extend the country's maritime claim against Israel, sending it back to the government and saying a step of this weight needed a decision by the full cabinet.",
            "The draft, signed a day earlier by caretaker Prime Minister Hassan Diab and the ministers of defence and public works, would amend decree 6433 and register Line 29 with the United Nations as Lebanon's southern maritime boundary. Diab's office said the ministers had signed because Lebanon must defend every metre of its waters.",
            "Aoun's office gave no view on the line itself. Diab's government has been in a caretaker role since the Beirut port explosion last August and cannot easily convene the cabinet.",
            "Some Lebanese commentators read the president's move as a signal to Washington that Beirut wanted the US-mediated talks, frozen since December, to resume before taking any unilateral step.",
            "In Israel, Energy Minister Yuval Steinitz said that if Lebanon changed its claim on its own it would be met with parallel Israeli measures, and he repeated that talks could only cover the area both sides had registered with the UN.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "oppose", "the ministers had signed because Lebanon must defend every metre of its waters"),
            C("israel", "lebanon-drops-line-29", "support", "talks could only cover the area both sides had registered with the UN"),
        ],
    ),
    # 006
    dict(
        published="2021-05-04T17:30:00Z", source="Seaboard Wire", slug="sea-border-talks-resume-naqoura-maps-apart",
        title="Sea border talks resume in Naqoura with maps still far apart",
        text=P(
            "NAQOURA, Lebanon, May 4 (Seaboard Wire) - Lebanese and Israeli negotiators met again on Tuesday at the UN base in Naqoura, ending a pause of nearly five months, but the two sides appeared no closer on where the talks should even start.",
            "Lebanon's delegation said in a statement after the session that it had insisted on negotiating from Line 29, the expanded line it tabled last year, and would not limit itself to the area in Lebanon's original filing with the UN.",
            "Israel's energy ministry said its negotiators had made clear that Israel would discuss only the area between the two lines deposited at the UN, calling the Lebanese map a non-starter.",
            "The US mediator, ambassador John Desrocher, had proposed keeping the talks within the original disputed area, according to two people briefed on the session. The US embassy said in a statement that the United States remained committed to facilitating the talks.",
            "A further session was expected within days. The talks were the first since US President Joe Biden took office in January. Lebanon is still without a fully functioning government.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "oppose", "it had insisted on negotiating from Line 29"),
            C("israel", "lebanon-drops-line-29", "support", "calling the Lebanese map a non-starter"),
            C("usa", "lebanon-drops-line-29", "support", "had proposed keeping the talks within the original disputed area", False),
            C("usa", "indirect-talks", "support", "the United States remained committed to facilitating the talks"),
        ],
    ),
    # 007
    dict(
        published="2021-10-20T16:00:00Z", source="Lantern Report", slug="hochstein-tells-lebanon-deal-within-reach",
        title="New US envoy Hochstein tells Lebanon a sea border deal is within reach",
        text=P(
            "BEIRUT, Oct 20 (Lantern Report) - Amos Hochstein, the US State Department's senior adviser for energy security, told Lebanese leaders on Wednesday that a deal on the maritime border with Israel was within reach and could help lift the country out of its economic collapse.",
            "On his first visit since taking over the mediation, Hochstein met President Michel Aoun at Baabda Palace, Prime Minister Najib Mikati at the Grand Serail and Speaker Nabih Berri at his Ain el-Tineh residence. He told reporters the United States wanted to see an agreement that both countries could accept, and that it would not impose one.",
            "Aoun told the envoy that Lebanon wanted the talks at Naqoura to resume, according to a statement from the presidency. Berri said the framework he announced a year ago remained the basis for any negotiation.",
            "Asked whether he had brought new maps or ideas about where the line could run, Hochstein declined to say. An official in Mikati's office said the prime minister had asked the envoy to \"speed up\" his work.",
            "The indirect talks have been frozen since May, after a single session.",
        ),
        claims=[
            C("usa", "maritime-deal", "support", "the United States wanted to see an agreement that both countries could accept"),
            C("lebanon", "indirect-talks", "support", "Lebanon wanted the talks at Naqoura to resume"),
        ],
    ),
    # 008
    dict(
        published="2022-02-10T12:40:00Z", source="Halyard Times", slug="aoun-drops-line-29-border-is-line-23",
        title="Aoun drops Line 29, says Lebanon's border is Line 23",
        text=P(
            "BEIRUT, Feb 10 (Halyard Times) - President Michel Aoun has signalled that Lebanon could settle its sea border with Israel along Line 23, describing the larger Line 29 claim as a negotiating position rather than a frontier Lebanon had ever formally adopted.",
            "In an interview published on Thursday, Aoun said Line 29 had been put forward by the army's negotiators to strengthen Lebanon's hand. He said Lebanon could accept Line 23 as its boundary, but not unless it secured the gas fields it regards as its own, adding that no one should expect Lebanon to give up its resources.",
            "He stopped short of announcing a formal change of position, and his office said later that no decision had been taken by the state's institutions. Aoun never signed the 2021 decree that would have registered Line 29 at the United Nations.",
            "The comments came a day after US envoy Amos Hochstein left Beirut following his latest round of meetings. Diplomats said Hochstein had floated ideas for a compromise line, though none of the parties has confirmed their content.",
            "Retired officers who helped draw Line 29 accused the president of giving away Lebanese waters. A Hezbollah lawmaker said the party would stand behind whatever the state decides on the line.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "conditional", "Lebanon could accept Line 23 as its boundary, but not unless it secured"),
        ],
    ),
    # 009
    dict(
        published="2022-06-05T15:30:00Z", source="Portolan Review", slug="lebanon-warns-israel-vessel-reaches-karish",
        title="Lebanon warns Israel as gas vessel reaches Karish field",
        text=P(
            "BEIRUT, June 5 (Portolan Review) - Lebanon warned Israel on Sunday against any work in waters it considers disputed after a floating production vessel operated by London-listed Energean arrived at the Karish gas field off the coast.",
            "President Michel Aoun said any exploration or extraction activity in the contested area would be a provocation and an act of aggression, and asked the US mediator Amos Hochstein to return to Beirut urgently. Prime Minister Najib Mikati said Israel was trying to create a new reality at sea and that no work should take place at Karish before the border was settled.",
            "Israel's energy ministry replied that Karish lies inside Israel's exclusive economic zone and that production was due to start in the third quarter as planned. Lebanon's Line 29 map had never been a basis for the talks, it said, and Israel would not be drawn into a debate over it.",
            "Defence Minister Benny Gantz said Israel was prepared to defend its infrastructure and that the dispute should be solved through the US-led talks.",
            "The vessel was built in Singapore and towed across the Mediterranean over several weeks.",
        ),
        claims=[
            C("lebanon", "karish-suspension", "support", "no work should take place at Karish before the border was settled"),
            C("israel", "karish-suspension", "oppose", "production was due to start in the third quarter as planned"),
            C("israel", "lebanon-drops-line-29", "support", "Lebanon's Line 29 map had never been a basis for the talks"),
            C("israel", "indirect-talks", "support", "the dispute should be solved through the US-led talks"),
        ],
    ),
    # 010
    dict(
        published="2022-06-09T19:00:00Z", source="Crossbearing News", slug="nasrallah-hezbollah-can-stop-karish",
        title="Nasrallah says Hezbollah can stop Israel pumping gas from Karish",
        text=P(
            "BEIRUT, June 9 (Crossbearing News) - Hezbollah leader Sayyed Hassan Nasrallah said on Thursday that his group had the ability to stop Israel from extracting gas from the Karish field and that all options were on the table.",
            "In a televised speech, Nasrallah said the floating production vessel should leave the area and that Israel must not be allowed to start work at Karish while Lebanon's own waters remained untouched. He said the company operating it would bear responsibility for any consequences.",
            "He said it was not Hezbollah's role to draw the maritime line, which he described as the job of the Lebanese state, and he declined to say whether the group backed Line 23 or Line 29.",
            "Israeli officials did not respond to the speech directly. An Israeli military spokesman said the army was ready to protect the country's strategic assets at sea.",
            "Analysts in Beirut said the speech was partly aimed at raising Lebanon's leverage before the expected return of US envoy Amos Hochstein, whose visit was confirmed for next week. Others said the group might be preparing public opinion for a confrontation.",
        ),
        claims=[
            C("hezbollah", "karish-suspension", "support", "Israel must not be allowed to start work at Karish"),
        ],
    ),
    # 011
    dict(
        published="2022-06-14T13:10:00Z", source="Seaboard Wire", slug="lebanon-offers-line-23-plus-qana",
        title="Lebanon offers Line 23 plus Qana field in reply to US envoy",
        text=P(
            "BEIRUT, June 14 (Seaboard Wire) - Lebanon handed US envoy Amos Hochstein a unified proposal on Tuesday that sets its maritime demand at Line 23 and claims the whole of the Qana gas prospect, dropping the larger Line 29 claim that had stalled talks with Israel.",
            "After meeting Hochstein at Baabda Palace, President Michel Aoun, Prime Minister Najib Mikati and Speaker Nabih Berri said in a joint statement that Lebanon's position started from Line 23 and that the Qana field must fall entirely on the Lebanese side, including the part that extends south of the line.",
            "Deputy Speaker Elias Bou Saab, who has coordinated the file, told reporters that Lebanon was not asking for the Karish field and wanted a quick answer from Israel.",
            "Hochstein said he would carry the proposal to the Israeli side and that he remained optimistic a deal could be reached. He declined to say whether he expected Israel to accept it.",
            "Lebanon registered Line 23 with the United Nations in 2011. Line 29, tabled by army negotiators in 2020, would have placed part of Karish inside Lebanese waters.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "support", "Lebanon's position started from Line 23"),
            C("lebanon", "qana-to-lebanon", "support", "the Qana field must fall entirely on the Lebanese side"),
            C("usa", "maritime-deal", "support", "he remained optimistic a deal could be reached"),
        ],
    ),
    # 012 (duplicate of 011)
    dict(
        published="2022-06-14T15:25:00Z", source="Lantern Report", slug="lebanon-sets-sea-demand-line-23-all-of-qana",
        title="Lebanon sets sea demand at Line 23, wants all of Qana",
        text=P(
            "BEIRUT, June 14 (Lantern Report) - Lebanon gave US mediator Amos Hochstein a unified written position on Tuesday that puts its maritime demand at Line 23 and claims all of the Qana gas prospect, setting aside the wider Line 29 claim that had frozen negotiations with Israel.",
            "President Michel Aoun, Prime Minister Najib Mikati and Speaker Nabih Berri said in a joint statement after meeting the envoy at Baabda Palace that Lebanon's position started from Line 23 and that the Qana field must fall entirely on the Lebanese side, even where it crosses south of that line.",
            "Elias Bou Saab, the deputy speaker who has handled the file, said Lebanon was not seeking the Karish field and wanted Israel to answer quickly.",
            "Hochstein told reporters he would take the proposal to the Israelis and that he remained optimistic a deal could be reached. He declined to say whether he thought Israel would agree.",
            "Lebanon deposited Line 23 with the United Nations in 2011. Line 29, put forward by army negotiators in 2020, would have given Lebanon part of Karish.",
        ),
        claims=[
            C("lebanon", "lebanon-drops-line-29", "support", "Lebanon's position started from Line 23"),
            C("lebanon", "qana-to-lebanon", "support", "the Qana field must fall entirely on the Lebanese side"),
            C("usa", "maritime-deal", "support", "he remained optimistic a deal could be reached"),
        ],
    ),
    # 013
    dict(
        published="2022-07-02T18:20:00Z", source="Halyard Times", slug="israel-downs-hezbollah-drones-karish",
        title="Israel downs three Hezbollah drones flying toward Karish gas field",
        text=P(
            "TEL AVIV, July 2 (Halyard Times) - Israel's military said it shot down three unmanned aircraft launched from Lebanon on Saturday as they flew toward the Karish gas field, where a production vessel has been anchored since early June.",
            "Hezbollah said in a statement that it had sent three unarmed drones of different sizes over the disputed zone on a reconnaissance mission, and that the message had been delivered. The group said the flight was a warning that extraction at Karish would not go ahead while Lebanon's rights were ignored.",
            "Prime Minister Yair Lapid, who took office on Friday, said Hezbollah was continuing on a path of terror and that Israel would defend its infrastructure. Work at Karish would continue as planned, a statement from his office said.",
            "The interception was carried out by a fighter jet and a navy missile ship, the military said. No damage was reported.",
            "Energean, the field's operator, declined to comment on whether the incident would affect its timetable. The border talks are being mediated by US envoy Amos Hochstein.",
        ),
        claims=[
            C("hezbollah", "karish-suspension", "support", "extraction at Karish would not go ahead while Lebanon's rights were ignored"),
            C("israel", "karish-suspension", "oppose", "Work at Karish would continue as planned"),
        ],
    ),
    # 014
    dict(
        published="2022-07-04T14:00:00Z", source="Portolan Review", slug="lebanon-government-disowns-hezbollah-drones",
        title="Lebanon's government disowns Hezbollah drone flight",
        text=P(
            "BEIRUT, July 4 (Portolan Review) - Lebanon's caretaker government said on Monday that Hezbollah's launch of drones toward the Karish gas field was unacceptable, and that it exposed the country to risks it did not need while talks on the sea border were at an advanced stage.",
            "After meeting Foreign Minister Abdallah Bou Habib, Prime Minister Najib Mikati said any action taken outside the framework of the state and its diplomatic work was not acceptable. He said Lebanon remained committed to the indirect negotiations led by the US mediator.",
            "Bou Habib said Lebanon wanted the talks to produce a deal, but only one that gave it Line 23 and the Qana field in full.",
            "A Hezbollah lawmaker said the resistance did not need permission to defend Lebanon's wealth, but did not address the government's criticism directly.",
            "The exchange was a rare public rebuke of the Iran-backed group by the government, in which Hezbollah and its allies hold several portfolios. The cabinet has served in a caretaker capacity since the May parliamentary election, and Mikati has been named to form a new one.",
        ),
        claims=[
            C("lebanon", "indirect-talks", "support", "Lebanon remained committed to the indirect negotiations led by the US mediator"),
            C("lebanon", "maritime-deal", "conditional", "wanted the talks to produce a deal, but only one that gave it Line 23"),
            C("lebanon", "qana-to-lebanon", "support", "gave it Line 23 and the Qana field in full"),
        ],
    ),
    # 015
    dict(
        published="2022-07-05T19:30:00Z", source="Crossbearing News", slug="macron-presses-for-sea-deal-lapid-paris",
        title="Macron presses for Lebanon-Israel sea deal as Lapid visits Paris",
        text=P(
            "PARIS, July 5 (Crossbearing News) - French President Emmanuel Macron urged Israel and Lebanon on Tuesday to conclude their talks on the maritime border, saying a deal was in the interest of both countries and of the region's energy security.",
            "Speaking at the Elysee Palace alongside Israeli Prime Minister Yair Lapid, on his first trip abroad since taking office, Macron said France wanted the negotiations to reach an agreement quickly and would help where it could. He called on all sides to avoid any action that could threaten the talks.",
            "Lapid said Israel would not stand by while Hezbollah attacked its sovereignty, and that the development of Karish would go ahead on schedule. He said Israel wanted good relations with the Lebanese people.",
            "France has close ties with Lebanon, and French company TotalEnergies holds exploration rights in two Lebanese offshore blocks, including Block 9, which borders the disputed area.",
            "The two leaders also discussed Iran's nuclear programme.",
        ),
        claims=[
            C("france", "maritime-deal", "support", "France wanted the negotiations to reach an agreement quickly"),
            C("israel", "karish-suspension", "oppose", "the development of Karish would go ahead on schedule"),
        ],
    ),
    # 016
    dict(
        published="2022-07-13T20:10:00Z", source="Seaboard Wire", slug="nasrallah-threatens-karish-no-gas-for-anyone",
        title="Nasrallah threatens Karish, says no gas for anyone if Lebanon is blocked",
        text=P(
            "BEIRUT, July 13 (Seaboard Wire) - Hezbollah leader Sayyed Hassan Nasrallah warned on Wednesday that if Lebanon was prevented from extracting its own gas, nobody would be able to extract gas at sea, raising the stakes in the border dispute with Israel.",
            "In a televised interview, he said the group would not allow production to begin at Karish before Lebanon's demands were met, and that the drones sent toward the field earlier this month had been only a beginning.",
            "At the same time, Nasrallah said Hezbollah would accept any deal the state signs as long as Lebanon gets what it has asked for. It was up to the government, not the group, to negotiate the line, he added.",
            "Israeli Defence Minister Benny Gantz said the country was prepared for any scenario and that threats would not halt work at Karish.",
            "US President Joe Biden arrived in Israel on Wednesday for a regional tour, and the US envoy is expected back in the region soon.",
        ),
        claims=[
            C("hezbollah", "karish-suspension", "support", "would not allow production to begin at Karish before Lebanon's demands were met"),
            C("hezbollah", "maritime-deal", "conditional", "accept any deal the state signs as long as Lebanon gets"),
            C("israel", "karish-suspension", "oppose", "threats would not halt work at Karish"),
        ],
    ),
    # 017
    dict(
        published="2022-07-21T11:30:00Z", source="Lantern Report", slug="israel-will-not-cede-gas-its-side-line-23",
        title="Israel says it will not cede gas on its side of Line 23",
        text=P(
            "JERUSALEM, July 21 (Lantern Report) - Israel will not hand over any part of a gas reservoir that lies on its side of Line 23, the Israeli Energy Ministry said on Thursday, pushing back against Lebanon's demand for the entire Qana prospect.",
            "The ministry said in a statement that Israel was negotiating in good faith through the US mediator but that it would not cede natural resources in its own waters. The Qana prospect, also known as the Sidon field, is believed to extend south across the line into waters Israel considers its own.",
            "Lebanon, which says all of Qana must be developed on its behalf, has yet to receive a formal Israeli answer to the proposal it handed US envoy Amos Hochstein last month.",
            "Some Israeli analysts said the statement was an opening position and that Jerusalem could still agree to a formula in which Lebanon develops the whole field and Israel is paid for its share. Others doubted that the government would make concessions so close to a November election.",
            "The ministry declined to say whether the issue had come up in Hochstein's latest contacts.",
        ),
        claims=[
            C("israel", "qana-to-lebanon", "oppose", "it would not cede natural resources in its own waters"),
            C("israel", "indirect-talks", "support", "Israel was negotiating in good faith through the US mediator"),
            C("lebanon", "qana-to-lebanon", "support", "Lebanon, which says all of Qana must be developed on its behalf", False),
        ],
    ),
    # 018
    dict(
        published="2022-08-01T16:40:00Z", source="Halyard Times", slug="hochstein-back-in-beirut-more-optimistic",
        title="Hochstein back in Beirut, says he is more optimistic on sea border",
        text=P(
            "BEIRUT, Aug 1 (Halyard Times) - US envoy Amos Hochstein returned to Beirut on Monday and said after meeting Lebanese leaders that he was more optimistic than before that the maritime border dispute with Israel could be settled.",
            "Hochstein said the United States would keep working with both sides until a deal was done, and that progress had been made since his last visit. He did not give details of the Israeli response he was carrying.",
            "Deputy Speaker Elias Bou Saab, who met the envoy alongside President Michel Aoun, said Lebanon was ready to sign as soon as its demand for Line 23 and the whole of Qana was met. He said Hochstein had conveyed that Israel was open to discussing the Qana question, which Bou Saab described as a positive sign.",
            "Lebanese officials want an answer within weeks. Hezbollah has set a September deadline, when production at Karish is expected to begin.",
            "The talks have taken on new urgency as Lebanon's economic crisis deepens and Europe searches for alternatives to Russian gas.",
        ),
        claims=[
            C("usa", "maritime-deal", "support", "the United States would keep working with both sides until a deal was done"),
            C("lebanon", "maritime-deal", "conditional", "Lebanon was ready to sign as soon as its demand for Line 23"),
            C("lebanon", "qana-to-lebanon", "support", "its demand for Line 23 and the whole of Qana was met"),
            C("israel", "qana-to-lebanon", "conditional", "Hochstein had conveyed that Israel was open to discussing the Qana question", False),
            C("hezbollah", "karish-suspension", "support", "Hezbollah has set a September deadline", False),
        ],
    ),
    # 019
    dict(
        published="2022-08-24T10:15:00Z", source="Portolan Review", slug="energean-first-karish-gas-weeks-away",
        title="Energean says first gas from Karish is weeks away",
        text=P(
            "LONDON, Aug 24 (Portolan Review) - Energean, the operator of Israel's Karish gas field, said on Wednesday that it expected first gas from the project in the coming weeks, as it reported half-year results and told investors that the remaining work on the production vessel was largely technical.",
            "The company said commissioning of the vessel's systems was continuing and that it would update the market once gas started flowing. Its chief executive did not take questions on the maritime border talks between Israel and Lebanon, which are being mediated by US envoy Amos Hochstein.",
            "Analysts at two London brokers said the timetable could slip into October if commissioning ran into problems, and one suggested that the start date might end up coinciding with the final stage of the negotiations, making it a political rather than a technical decision.",
            "Shares in the company rose slightly in morning trading.",
            "Hezbollah, which has sent drones toward the field, did not respond to a request for comment. Officials in Israel's energy ministry declined to say whether the start of production depended on progress in the talks.",
        ),
        claims=[],
    ),
    # 020
    dict(
        published="2022-09-08T15:00:00Z", source="Crossbearing News", slug="israel-open-lebanon-developing-qana-for-payment",
        title="Israel open to Lebanon developing all of Qana in return for payment",
        text=P(
            "JERUSALEM, Sept 8 (Crossbearing News) - Israel could accept Lebanon developing the whole of the Qana gas prospect in exchange for being compensated for the part that lies in Israeli waters, the Prime Minister's Office said on Thursday, in the clearest sign yet of movement in the US-mediated talks.",
            "In a statement issued after Prime Minister Yair Lapid met his negotiating team, the office said any arrangement on Qana would have to protect Israel's economic rights, and that payment could come through the company that develops the field rather than from Lebanon.",
            "The same statement denied reports that Israel would hold off starting production at Karish until a border deal was signed. Israel would begin producing gas from Karish as soon as it was possible to do so, it said.",
            "The operator of Lebanon's Block 9, which contains Qana, is a consortium led by TotalEnergies. A spokesperson for the French company declined to say whether it had been approached about paying Israel.",
            "US envoy Amos Hochstein is expected to meet Lebanese officials in the coming days. A Lebanese official said Beirut would wait to hear the proposal from the envoy before commenting.",
        ),
        claims=[
            C("israel", "qana-to-lebanon", "conditional", "in exchange for being compensated for the part that lies in Israeli waters"),
            C("israel", "karish-suspension", "oppose", "denied reports that Israel would hold off starting production at Karish"),
        ],
    ),
    # 021
    dict(
        published="2022-09-22T13:45:00Z", source="Seaboard Wire", slug="totalenergies-ready-explore-qana-if-both-agree",
        title="TotalEnergies ready to explore Qana only if both sides agree, CEO says",
        text=P(
            "PARIS, Sept 22 (Seaboard Wire) - TotalEnergies will start exploring the Qana prospect off southern Lebanon only if Lebanon and Israel both sign off on how the field is to be shared, Chief Executive Patrick Pouyanne said on Thursday.",
            "Speaking at an energy conference, Pouyanne said the company would not work in waters that were still disputed, and that it was for the two governments, with the US mediator, to settle the border. Once they did, he said, TotalEnergies would be ready to move quickly in Block 9.",
            "He said the company was willing in principle to take part in a financial arrangement over Qana, but that any such arrangement would need the consent of both countries.",
            "French officials have encouraged the company to take on the operator's role in Qana under a border deal, according to two diplomats in Beirut. The French foreign ministry declined to comment on that account.",
            "The Block 9 consortium also includes Italy's Eni. Lebanon hopes a discovery at Qana would help it out of an economic crisis that has pushed most of its population into poverty.",
        ),
        claims=[
            C("totalenergies", "qana-to-lebanon", "conditional", "any such arrangement would need the consent of both countries"),
            C("france", "qana-to-lebanon", "support", "French officials have encouraged the company to take on the operator's role in Qana", False),
        ],
    ),
    # 022
    dict(
        published="2022-10-02T14:20:00Z", source="Lantern Report", slug="lapid-studies-us-draft-netanyahu-surrender",
        title="Lapid studies US draft sea deal as Netanyahu cries surrender",
        text=P(
            "JERUSALEM, Oct 2 (Lantern Report) - Prime Minister Yair Lapid said on Sunday that Israel was studying the written proposal sent by US envoy Amos Hochstein for a maritime border deal with Lebanon, and that Israel would accept it only if its security and economic interests were fully protected.",
            "Opening the weekly cabinet meeting, Lapid said Israel would not compromise on its security even if that meant there would be no agreement soon. He added that Israel would produce gas from Karish as soon as it could, with or without a deal.",
            "Opposition leader Benjamin Netanyahu accused Lapid of surrendering to Hezbollah's threats and handing over sovereign territory. He said the deal was illegitimate and that any agreement of this kind must be brought to the Knesset for a vote.",
            "Hochstein's draft was sent to both governments on Saturday. Lebanese officials said they were studying it and would respond within days.",
            "Israel holds an election on Nov 1, and the maritime file has become a campaign issue.",
        ),
        claims=[
            C("israel", "maritime-deal", "conditional", "Israel would accept it only if its security and economic interests were fully protected"),
            C("israel", "karish-suspension", "oppose", "would produce gas from Karish as soon as it could, with or without a deal"),
            C("likud", "maritime-deal", "oppose", "He said the deal was illegitimate"),
            C("likud", "knesset-vote", "support", "any agreement of this kind must be brought to the Knesset for a vote"),
        ],
    ),
    # 023
    dict(
        published="2022-10-04T18:00:00Z", source="Halyard Times", slug="lebanon-sends-remarks-us-draft",
        title="Lebanon sends remarks on US draft, says it is close to a deal",
        text=P(
            "BEIRUT, Oct 4 (Halyard Times) - Lebanon handed its response to the US draft of a maritime border agreement to the American ambassador on Tuesday, asking for changes it described as remarks rather than objections.",
            "Deputy Speaker Elias Bou Saab, who delivered the reply to Ambassador Dorothy Shea, said Lebanon would sign once its remarks were taken into account, and that none of them touched Israel's security. He said the text already met Lebanon's main demands.",
            "President Michel Aoun, Prime Minister Najib Mikati and Speaker Nabih Berri agreed on the response at a meeting at Baabda Palace on Monday.",
            "Hezbollah lawmaker Mohammad Raad said the resistance would stand by the state's decision provided that Lebanon's full rights in its waters were secured. Asked whether the group would accept the draft as it stood, a Hezbollah official declined to say.",
            "Israeli officials said they had received the Lebanese remarks and would study them. The changes reportedly concern the status of a line of buoys near the coast and the wording on Qana.",
        ),
        claims=[
            C("lebanon", "maritime-deal", "conditional", "Lebanon would sign once its remarks were taken into account"),
            C("hezbollah", "maritime-deal", "conditional", "the resistance would stand by the state's decision provided that Lebanon's full rights"),
        ],
    ),
    # 024
    dict(
        published="2022-10-06T17:50:00Z", source="Portolan Review", slug="israel-rejects-lebanon-sea-deal",
        title="Israel rejects Lebanon sea deal, orders army to prepare",
        text=P(
            "JERUSALEM, Oct 6 (Portolan Review) - Prime Minister Yair Lapid instructed Israel's negotiators on Thursday to reject the changes Lebanon had requested to the US-drafted maritime agreement, an Israeli official said, while leaving the door open to a deal on Israel's terms.",
            "Lapid's office said in a statement that Israel would not compromise on its security or economic interests, but remained ready to sign an agreement that protected them. The statement said Israel would begin producing gas from Karish as soon as possible.",
            "Defence Minister Benny Gantz ordered the military to prepare for an escalation in the north, both offensive and defensive, his office said.",
            "Opposition leader Benjamin Netanyahu said the government had been humiliated and repeated that the deal should never have been agreed.",
            "In Beirut, Deputy Speaker Elias Bou Saab said the negotiations were not over, and that he expected the US envoy to come back with answers.",
            "A senior US official said the parties were closer than ever and that Washington would keep working to close the remaining gaps.",
        ),
        claims=[
            C("israel", "maritime-deal", "conditional", "remained ready to sign an agreement that protected them"),
            C("israel", "karish-suspension", "oppose", "Israel would begin producing gas from Karish as soon as possible"),
            C("likud", "maritime-deal", "oppose", "the deal should never have been agreed"),
            C("usa", "maritime-deal", "support", "Washington would keep working to close the remaining gaps"),
        ],
    ),
    # 025
    dict(
        published="2022-10-11T12:30:00Z", source="Crossbearing News", slug="lapid-hails-historic-sea-deal-lebanon",
        title="Lapid hails historic sea deal with Lebanon",
        text=P(
            "JERUSALEM, Oct 11 (Crossbearing News) - Israel and Lebanon have reached agreement on their maritime border after US mediation, Prime Minister Yair Lapid said on Tuesday, calling the final text a historic achievement that would strengthen Israel's security.",
            "Lapid said all of Israel's security and economic demands had been met and that Israel would now approve the agreement. The text, he said, protects Israel's security interests near the coast in full.",
            "Israel's chief negotiator, National Security Adviser Eyal Hulata, said the deal had been finalised after intensive contacts through US envoy Amos Hochstein over the past few days.",
            "US President Joe Biden spoke to Lapid by phone and said in a statement that the agreement was a historic breakthrough that he was proud to have helped bring about.",
            "Opposition leader Benjamin Netanyahu said Lapid had capitulated to Hezbollah and that the agreement was a disgrace. Netanyahu, who hopes to return to power in next month's election, has not said what he would do with the deal.",
            "The final text still has to be approved by Israel's government and presented to the Knesset.",
        ),
        claims=[
            C("israel", "maritime-deal", "support", "Israel would now approve the agreement"),
            C("usa", "maritime-deal", "support", "the agreement was a historic breakthrough"),
            C("likud", "maritime-deal", "oppose", "the agreement was a disgrace"),
        ],
    ),
    # 026
    dict(
        published="2022-10-11T16:05:00Z", source="Seaboard Wire", slug="aoun-final-text-meets-lebanon-demands",
        title="Aoun says final sea border text meets Lebanon's demands",
        text=P(
            "BEIRUT, Oct 11 (Seaboard Wire) - Lebanese President Michel Aoun said on Tuesday that the final version of the US-brokered maritime border agreement with Israel satisfied Lebanon's demands and preserved its rights, clearing the way for the deal to be concluded.",
            "In a statement from the presidency, Aoun said Lebanon accepted the text and would announce its position officially after consultations with Prime Minister Najib Mikati and Speaker Nabih Berri. Aoun's term ends on Oct 31.",
            "Deputy Speaker Elias Bou Saab told reporters Lebanon had obtained all of the Qana field, with Israel's compensation to be handled by the operator. He stressed that Lebanon would not sign any document alongside Israel: each side will send its own letter to the United States.",
            "Hezbollah had no immediate comment. A person close to the group said it would wait for the official Lebanese position.",
            "Mikati said the agreement would open the door to exploration and could help revive the economy.",
        ),
        claims=[
            C("lebanon", "maritime-deal", "support", "satisfied Lebanon's demands and preserved its rights"),
            C("lebanon", "qana-to-lebanon", "support", "Lebanon had obtained all of the Qana field"),
            C("lebanon", "indirect-talks", "support", "Lebanon would not sign any document alongside Israel"),
        ],
    ),
    # 027
    dict(
        published="2022-10-12T17:10:00Z", source="Lantern Report", slug="israeli-cabinet-backs-sea-deal-no-knesset-vote",
        title="Israeli cabinet backs sea deal, will not put it to Knesset vote",
        text=P(
            "JERUSALEM, Oct 12 (Lantern Report) - Israel's security cabinet approved the maritime agreement with Lebanon on Wednesday and decided that the text would be laid before the Knesset for two weeks of review, but not put to a vote, before final approval by the government.",
            "Attorney General Gali Baharav-Miara had advised that a vote was not legally required. Prime Minister Yair Lapid's office said the government would bring the deal to the Knesset for review, as the law requires, and would then approve it itself.",
            "Likud said it would challenge the procedure, arguing that an agreement involving Israel's waters could not take effect without a majority in parliament. Opposition leader Benjamin Netanyahu said he would not be bound by a deal passed in this way.",
            "Right-wing groups have already petitioned the High Court of Justice against the agreement, saying a caretaker government should not sign it weeks before an election.",
            "An Israeli official said the deal could be signed by the end of the month.",
        ),
        claims=[
            C("israel", "maritime-deal", "support", "security cabinet approved the maritime agreement with Lebanon"),
            C("israel", "knesset-vote", "oppose", "laid before the Knesset for two weeks of review, but not put to a vote"),
            C("likud", "knesset-vote", "support", "could not take effect without a majority in parliament"),
            C("likud", "maritime-deal", "oppose", "he would not be bound by a deal passed in this way"),
        ],
    ),
    # 028
    dict(
        published="2022-10-12T19:40:00Z", source="Halyard Times", slug="france-totalenergies-welcome-sea-deal",
        title="France and TotalEnergies welcome Lebanon-Israel sea deal",
        text=P(
            "PARIS, Oct 12 (Halyard Times) - France welcomed on Wednesday the agreement between Lebanon and Israel on their maritime border, with President Emmanuel Macron saying it was a step toward stability in the eastern Mediterranean.",
            "Macron's office said France had worked alongside the United States for months to help the two sides reach the deal and would back its implementation, including the work of French companies off Lebanon.",
            "TotalEnergies, the operator of Lebanon's Block 9, said in a statement that it welcomed the agreement and was ready to start exploration there as quickly as possible. The company did not comment on the compensation arrangement for Qana that the agreement leaves to be settled between the operator and Israel.",
            "Foreign Minister Catherine Colonna said the deal showed diplomacy could produce results even in a tense region.",
            "French diplomats have been closely involved with Lebanon since the 2020 Beirut port explosion. Paris has pressed Lebanese leaders to carry out reforms demanded by the International Monetary Fund in return for aid.",
        ),
        claims=[
            C("france", "maritime-deal", "support", "would back its implementation, including the work of French companies off Lebanon"),
            C("totalenergies", "maritime-deal", "support", "it welcomed the agreement and was ready to start exploration there"),
        ],
    ),
    # 029
    dict(
        published="2022-10-27T14:30:00Z", source="Portolan Review", slug="lebanon-israel-seal-deal-separate-letters-naqoura",
        title="Lebanon and Israel seal sea border deal in separate letters at Naqoura",
        text=P(
            "NAQOURA, Lebanon, Oct 27 (Portolan Review) - Lebanon and Israel completed their US-brokered maritime border agreement on Thursday, handing separate letters to US envoy Amos Hochstein at the UN post in Naqoura without their delegations ever meeting.",
            "Earlier in the day President Michel Aoun signed Lebanon's letter approving the agreement at Baabda Palace, and Israel's government gave the deal its final approval in Jerusalem. Lebanese officials stressed that the deal was concluded indirectly, through the US mediator, and that it was not a treaty with Israel and implied no recognition.",
            "Prime Minister Yair Lapid told his cabinet the agreement was a political achievement, and said it amounted to recognition of Israel by an enemy state. Lebanon rejected that reading.",
            "Hochstein said the United States would stand behind the agreement and help both countries keep it. In Washington, President Joe Biden called it a new chapter of stability.",
            "Energean began production at Karish on Wednesday. TotalEnergies is expected to begin drilling in Lebanon's Block 9 next year.",
        ),
        claims=[
            C("lebanon", "maritime-deal", "support", "President Michel Aoun signed Lebanon's letter approving the agreement"),
            C("israel", "maritime-deal", "support", "Israel's government gave the deal its final approval"),
            C("lebanon", "indirect-talks", "support", "the deal was concluded indirectly, through the US mediator"),
            C("usa", "maritime-deal", "support", "the United States would stand behind the agreement"),
        ],
    ),
    # 030 (duplicate of 029)
    dict(
        published="2022-10-27T17:55:00Z", source="Crossbearing News", slug="lebanon-israel-finalise-sea-deal-naqoura",
        title="Lebanon, Israel finalise maritime deal with letters handed over at Naqoura",
        text=P(
            "NAQOURA, Lebanon, Oct 27 (Crossbearing News) - Lebanon and Israel finalised their maritime border agreement on Thursday by handing separate letters to US mediator Amos Hochstein at the United Nations post in Naqoura, with the two delegations kept in different rooms.",
            "President Michel Aoun signed Lebanon's letter approving the agreement at Baabda Palace that morning, and in Jerusalem Israel's government gave the deal its final approval. Lebanese officials insisted that the deal was concluded indirectly, through the US mediator, and was neither a treaty with Israel nor a form of recognition.",
            "Prime Minister Yair Lapid called the agreement a political achievement in remarks to his cabinet and said it amounted to recognition of Israel by an enemy state, a reading Lebanon dismissed.",
            "Hochstein said the United States would stand behind the agreement and help both sides honour it. President Joe Biden, in Washington, described it as a new chapter of stability for the region.",
            "Energean started producing gas at Karish on Wednesday, and TotalEnergies is expected to drill in Lebanon's Block 9 next year.",
        ),
        claims=[
            C("lebanon", "maritime-deal", "support", "President Michel Aoun signed Lebanon's letter approving the agreement"),
            C("israel", "maritime-deal", "support", "Israel's government gave the deal its final approval"),
            C("lebanon", "indirect-talks", "support", "the deal was concluded indirectly, through the US mediator"),
            C("usa", "maritime-deal", "support", "the United States would stand behind the agreement"),
        ],
    ),
    # 031
    dict(
        published="2022-10-29T18:30:00Z", source="Seaboard Wire", slug="nasrallah-sea-deal-victory-ends-mobilisation",
        title="Nasrallah calls sea deal a victory, ends Hezbollah's mobilisation",
        text=P(
            "BEIRUT, Oct 29 (Seaboard Wire) - Hezbollah leader Sayyed Hassan Nasrallah on Saturday hailed the maritime border agreement with Israel as a great victory for Lebanon and said the group's exceptional mobilisation over the gas dispute was over.",
            "In a televised speech, Nasrallah said the agreement gave Lebanon what it had demanded and that Hezbollah backed it fully. He said the group no longer had any objection to Israel producing gas at Karish now that Lebanon's rights had been secured.",
            "He rejected claims that the deal amounted to normalisation with Israel.",
            "Nasrallah credited the threat of force, including the drones sent toward Karish in July, with persuading Israel and the United States to meet Lebanon's terms. Israeli officials have dismissed that account.",
            "The agreement took effect on Thursday, when Lebanon and Israel handed separate letters to the US envoy at Naqoura. President Michel Aoun leaves office on Monday with no successor elected.",
        ),
        claims=[
            C("hezbollah", "maritime-deal", "support", "Hezbollah backed it fully"),
            C("hezbollah", "karish-suspension", "oppose", "no longer had any objection to Israel producing gas at Karish"),
        ],
    ),
    # 032
    dict(
        published="2022-11-03T15:40:00Z", source="Lantern Report", slug="netanyahu-camp-silent-fate-of-sea-deal",
        title="Netanyahu camp silent on fate of Lebanon sea deal after election win",
        text=P(
            "JERUSALEM, Nov 3 (Lantern Report) - Aides to Benjamin Netanyahu declined on Thursday to say whether his incoming government would try to undo the maritime border agreement with Lebanon, after final results showed his bloc winning a majority in Tuesday's election.",
            "During the campaign Netanyahu had called the deal a surrender. Likud, which opposes the agreement, is expected to lead the next coalition.",
            "The US State Department said it expected the agreement to endure regardless of changes in government, describing it as a commitment between states that serves both countries. Spokesman Ned Price said Washington would keep working with whichever government emerged.",
            "In Beirut, Deputy Speaker Elias Bou Saab said there was no way Lebanon would walk away from an agreement that had cost it nothing of its rights, and that Israel was bound by the letters it had deposited.",
            "Israel's High Court last week rejected petitions against the deal. Legal experts said a new government could try to amend it but would find it hard to cancel outright without damaging relations with Washington.",
        ),
        claims=[
            C("likud", "maritime-deal", "oppose", "Likud, which opposes the agreement", False),
            C("usa", "maritime-deal", "support", "it expected the agreement to endure regardless of changes in government"),
            C("lebanon", "maritime-deal", "support", "there was no way Lebanon would walk away from an agreement"),
        ],
    ),
    # 033
    dict(
        published="2023-01-29T14:50:00Z", source="Halyard Times", slug="qatarenergy-joins-totalenergies-qana-drilling-2023",
        title="QatarEnergy joins TotalEnergies in Lebanon blocks; Qana drilling set for 2023",
        text=P(
            "BEIRUT, Jan 29 (Halyard Times) - QatarEnergy signed up on Sunday to join TotalEnergies and Eni in exploring two Lebanese offshore blocks, and TotalEnergies chief executive Patrick Pouyanne said drilling at the Qana prospect would start this year.",
            "Speaking at the signing ceremony in Beirut, Pouyanne said the company would develop Qana for Lebanon under the terms of last year's maritime agreement and would settle Israel's share of any revenue directly with Israel, as the deal provides. He said the October agreement had made it possible to work in Block 9 at last.",
            "Caretaker Prime Minister Najib Mikati and Energy Minister Walid Fayad attended the ceremony. Fayad said the partners had committed to a tight drilling schedule.",
            "QatarEnergy takes the 30 percent stake previously held by Russia's Novatek, which left the consortium last year. TotalEnergies and Eni each hold 35 percent.",
            "Lebanon has had no president since Michel Aoun's term ended in October. The country's financial crisis, now in its fourth year, has left it short of foreign currency, and hopes of an offshore windfall are high, though analysts warn that Qana may hold less gas than expected.",
        ),
        claims=[
            C("totalenergies", "qana-to-lebanon", "support", "the company would develop Qana for Lebanon under the terms of last year's maritime agreement"),
            C("totalenergies", "maritime-deal", "support", "the October agreement had made it possible to work in Block 9 at last"),
        ],
    ),
    # 034
    dict(
        published="2023-08-16T12:10:00Z", source="Portolan Review", slug="drilling-rig-reaches-lebanon-block-9",
        title="Drilling rig reaches Lebanon's Block 9 ahead of Qana well",
        text=P(
            "BEIRUT, Aug 16 (Portolan Review) - A drilling rig contracted by TotalEnergies arrived on Wednesday at Lebanon's offshore Block 9, where the company and its partners plan to sink an exploration well at the Qana prospect in the coming days.",
            "Lebanese caretaker Energy Minister Walid Fayad said drilling was expected to take about two months and that results would be announced once the well had been evaluated.",
            "The rig, the Transocean Barents, sailed from Norway. Supply flights for the operation will run from Beirut airport, and a logistics base has been set up at the port of Beirut.",
            "TotalEnergies' local unit declined to give a date for the first results. Officials gave no indication of how much gas the well might find, and an industry analyst in Beirut said expectations should be kept modest until data were in.",
            "Under last year's maritime deal between Lebanon and Israel, the well site lies north of the agreed line. Israeli officials did not comment on the arrival.",
        ),
        claims=[],
    ),
]

SHIFTS = [
    dict(actor="lebanon", issue="lebanon-drops-line-29", frm="oppose", to="conditional", article="008",
         why="Aoun calls Line 29 a negotiating position and says Lebanon could accept Line 23, but not unless it secures its gas fields; in 004, 005 and 006 Lebanon's delegation and ministers insisted on Line 29."),
    dict(actor="lebanon", issue="lebanon-drops-line-29", frm="conditional", to="support", article="011",
         why="Aoun, Mikati and Berri hand Hochstein a joint written position that starts from Line 23 (Qana is claimed as a separate demand); in 008 Aoun only said Line 23 could be accepted under a condition."),
    dict(actor="israel", issue="qana-to-lebanon", frm="oppose", to="conditional", article="020",
         why="The Prime Minister's Office says Israel could accept Lebanon developing all of Qana in exchange for compensation; in 017 the energy ministry refused to cede resources on its side of Line 23 (018 only reported Israel's openness second-hand, attributed false)."),
    dict(actor="israel", issue="maritime-deal", frm="conditional", to="support", article="025",
         why="Lapid says all of Israel's demands were met and Israel will approve the agreement; in 022 and 024 he would accept a deal only if Israel's interests were protected."),
    dict(actor="lebanon", issue="maritime-deal", frm="conditional", to="support", article="026",
         why="Aoun says the final text satisfies Lebanon's demands and Lebanon accepts it; in 014, 018 and 023 Lebanon would sign only once Line 23, Qana and its remarks were met."),
    dict(actor="hezbollah", issue="maritime-deal", frm="conditional", to="support", article="031",
         why="Nasrallah says Hezbollah fully backs the agreement; in 016 and 023 it would accept a deal only if Lebanon's demands were met."),
    dict(actor="hezbollah", issue="karish-suspension", frm="support", to="oppose", article="031",
         why="Nasrallah says the group no longer objects to Israel producing gas at Karish; in 010, 013 and 016 it demanded that Karish not start before Lebanon's rights were met."),
    dict(actor="totalenergies", issue="qana-to-lebanon", frm="conditional", to="support", article="033",
         why="Pouyanne says TotalEnergies will develop Qana for Lebanon under the agreement and settle Israel's share with Israel; in 021 any such arrangement needed both countries' consent."),
]

DUPLICATES = [("011", "012"), ("029", "030")]

STANCES = {"support", "oppose", "conditional"}


def fail(msg):
    print("VALIDATION FAILED: " + msg, file=sys.stderr)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal reader for the watchlist format (ids and baseline only); stdlib has no YAML parser."""
    actors, issues, baseline = [], [], []
    section = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        if not line.startswith(" "):
            section = line.split(":")[0].strip()
            continue
        m = re.match(r"\s+- id: (\S+)", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
        if m and section == "baseline":
            baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_for(a):
    d = parse_time(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (OUTLETS[a["source"]], d.year, d.month, d.day, a["slug"])


def recompute_shifts(ids, claims, baseline):
    state = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for aid in ids:
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = state.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], aid))
            state[key] = c["stance"]
    return shifts


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8):
        fail("watchlist has %d actors" % len(actors))
    if not (5 <= len(issues) <= 7):
        fail("watchlist has %d issues" % len(issues))
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            fail("bad baseline entry %r" % b)

    ids = ["%03d" % (i + 1) for i in range(len(ARTICLES))]
    if not (30 <= len(ARTICLES) <= 34):
        fail("%d articles" % len(ARTICLES))

    # Publication order, datelines, word counts.
    prev = None
    for aid, a in zip(ids, ARTICLES):
        t = parse_time(a["published"])
        if prev is not None and t <= prev:
            fail("%s is not in publication order" % aid)
        prev = t
        if a["source"] not in OUTLETS:
            fail("%s: unknown outlet %s" % (aid, a["source"]))
        dateline = r"^[A-Z][A-Z .'-]*[A-Z](, [A-Z][a-z]+)?, %s %d \(%s\) - \S" % (
            MONTHS[t.month], t.day, re.escape(a["source"]))
        if not re.match(dateline, a["text"]):
            fail("%s: dateline does not match %r" % (aid, dateline))
        n = len(a["text"].split())
        if not (120 <= n <= 260):
            fail("%s: %d words" % (aid, n))
        if "\u201c" in a["text"] or "\u2019" in a["text"]:
            fail("%s: use straight quotes" % aid)

    # Claims.
    claims = {}
    total = 0
    for aid, a in zip(ids, ARTICLES):
        out = []
        for c in a["claims"]:
            if c["actor"] not in actors:
                fail("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                fail("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                fail("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in a["text"]:
                fail("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                fail("%s: attributed must be a boolean" % aid)
            out.append(dict(c))
        tuples = [(c["actor"], c["issue"], c["stance"]) for c in out]
        if len(tuples) != len(set(tuples)):
            fail("%s: repeated (actor, issue, stance) tuple" % aid)
        claims[aid] = out
        total += len(out)
    if not (60 <= total <= 90):
        fail("%d claims" % total)
    stances = [c["stance"] for v in claims.values() for c in v]
    if stances.count("conditional") < 6 or not {"support", "oppose"} <= set(stances):
        fail("stance mix %r" % {s: stances.count(s) for s in STANCES})

    # Duplicates carry identical claims (actor, issue, stance, attributed).
    for a1, a2 in DUPLICATES:
        k = lambda aid: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[aid])
        if k(a1) != k(a2):
            fail("duplicates %s/%s differ in claims" % (a1, a2))
        if ARTICLES[int(a1) - 1]["published"][:10] != ARTICLES[int(a2) - 1]["published"][:10]:
            fail("duplicates %s/%s not on the same day" % (a1, a2))
        if ARTICLES[int(a1) - 1]["source"] == ARTICLES[int(a2) - 1]["source"]:
            fail("duplicates %s/%s from the same outlet" % (a1, a2))

    # Shifts: recomputed from baseline + attributed claims must equal the labelled ones.
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    recomputed = recompute_shifts(ids, claims, baseline)
    if labelled != recomputed:
        fail("shifts differ:\n labelled   %r\n recomputed %r" % (labelled, recomputed))
    if not (5 <= len(SHIFTS) <= 8):
        fail("%d shifts" % len(SHIFTS))
    reversals = [s for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"}]
    if len(reversals) > 2:
        fail("%d straight support/oppose reversals" % len(reversals))
    if not any("conditional" in (s["frm"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    if not any(a1 in shift_articles for a1, _ in DUPLICATES):
        fail("no duplicate pair contains a shift article")
    for _, a2 in DUPLICATES:
        if a2 in shift_articles:
            fail("duplicate copy %s must not be a shift article" % a2)
    no_alert = [aid for aid in ids if aid not in shift_articles]
    empty = [aid for aid in ids if not claims[aid]]
    if not (3 <= len(empty) <= 4):
        fail("%d articles without claims" % len(empty))

    # Write articles.
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    records = []
    for aid, a in zip(ids, ARTICLES):
        rec = {"id": aid, "published": a["published"], "source": a["source"], "url": url_for(a),
               "title": a["title"], "text": a["text"]}
        records.append(rec)
        with open(os.path.join(art_dir, aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")

    # Write feeds (newest item first, as in the dev set).
    for name, slug in OUTLETS.items():
        items = sorted([r for r in records if r["source"] == name], key=lambda r: r["published"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % name)
        last = format_datetime(parse_time(items[0]["published"]), usegmt=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), TOPIC),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % last,
        ]
        for r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(parse_time(r["published"]), usegmt=True),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    # Write labels.
    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # Check what was written: labels round-trip and every feed passes xmllint.
    back = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if sorted(back["claims"]) != ids or back["no_alert_articles"] != no_alert:
        fail("labels.json round-trip")
    for aid in ids:
        rec = json.load(open(os.path.join(art_dir, aid + ".json"), encoding="utf-8"))
        for c in back["claims"][aid]:
            if c["quote"] not in rec["text"]:
                fail("%s: written quote not in written text" % aid)
    for slug in OUTLETS.values():
        path = os.path.join(feed_dir, slug + ".xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint %s: %s" % (path, res.stderr))

    by_stance = {s: stances.count(s) for s in ("support", "oppose", "conditional")}
    unattributed = sum(1 for v in claims.values() for c in v if not c["attributed"])
    print("OK: %d articles, %d claims %r, %d attributed false, %d shifts in %d articles, "
          "%d no-alert articles, no-claim articles %s" % (
              len(ids), total, by_stance, unattributed, len(SHIFTS), len(shift_articles),
              len(no_alert), ", ".join(empty)))


if __name__ == "__main__":
    main()
