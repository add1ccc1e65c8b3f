#!/usr/bin/env python3
"""Build the shiftwatch evaluation set kurdistan-referendum-2017.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
and validates the result (see validate()). Exits non-zero on any failure.

All article text is original paraphrase written for this set. The events are
real and public; the set is not a source of facts.
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
    "eastgate-wire": "Eastgate Wire",
    "plateau-post": "Plateau Post",
    "levant-ledger": "Levant Ledger",
    "crescent-dispatch": "Crescent Dispatch",
    "northbank-herald": "Northbank Herald",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2017-06-07T19:30:00Z", outlet="eastgate-wire", slug="iraqi-kurds-set-referendum-date",
        title="Iraqi Kurds set September 25 date for independence referendum",
        text=(
            "ERBIL, Iraq, June 7 (Eastgate Wire) - Iraq's autonomous Kurdistan Region will vote on independence on "
            "Sept. 25, the office of regional President Masoud Barzani announced on Wednesday after a meeting of "
            "Kurdish parties in Erbil.\n\n"
            "The parties at the meeting, including Barzani's Kurdistan Democratic Party and the Patriotic Union of "
            "Kurdistan, endorsed the date, according to a statement from the regional presidency. Voting will also "
            "take place in areas that both Baghdad and Erbil claim, among them the oil-rich province of Kirkuk.\n\n"
            "The Gorran movement and the Kurdistan Islamic Group, two opposition parties, stayed away from the "
            "meeting and said any decision of this kind should be taken by the regional parliament, which has not "
            "met since 2015.\n\n"
            "The Kurdistan Regional Government has run its own affairs since 1991, and its peshmerga forces have "
            "fought alongside Iraqi troops against Islamic State since 2014. Barzani has long argued that the "
            "partnership with Baghdad has failed.\n\n"
            "Iraq's federal government did not immediately respond to the announcement. Kurdish officials said a "
            "vote in favour would not automatically lead to a declaration of independence."
        ),
        claims=[
            ("krg", "call-off-referendum", O, "Kurdistan Region will vote on independence on Sept. 25", True),
            ("puk", "call-off-referendum", O, "the Patriotic Union of Kurdistan, endorsed the date", True),
        ],
    ),
    # 002
    dict(
        published="2017-06-08T15:00:00Z", outlet="plateau-post", slug="baghdad-says-kurdish-vote-has-no-legal-basis",
        title="Baghdad says Kurdish independence vote has no legal basis",
        text=(
            "BAGHDAD, June 8 (Plateau Post) - Iraq's federal government said on Thursday that the Kurdistan Region "
            "had no right to decide the country's future on its own and that a referendum on independence would "
            "have no constitutional basis.\n\n"
            "Saad al-Hadithi, spokesman for Prime Minister Haider al-Abadi, told reporters that Baghdad wanted the "
            "planned vote shelved. No single party could settle the fate of Iraq by itself, he said, and the "
            "constitution did not allow any region to break away.\n\n"
            "In Washington, State Department spokeswoman Heather Nauert said the United States backed a unified, "
            "stable and federal Iraq and appreciated the legitimate aspirations of the Kurdish people. She declined "
            "to say whether Washington would ask Erbil to delay the vote, saying officials were still discussing the "
            "announcement with Kurdish leaders.\n\n"
            "Iraq's constitution, adopted in 2005, describes the country as a single federal state. Kurdish "
            "politicians argue that Baghdad has ignored parts of it, including a promised vote on the status of "
            "Kirkuk.\n\n"
            "Diplomats in Baghdad said the timing, with the battle for Mosul still under way, had caught several "
            "governments by surprise."
        ),
        claims=[
            ("iraq", "call-off-referendum", S, "Baghdad wanted the planned vote shelved", True),
        ],
    ),
    # 003
    dict(
        published="2017-06-09T11:20:00Z", outlet="levant-ledger", slug="turkey-iran-urge-kurds-drop-referendum",
        title="Turkey and Iran urge Iraqi Kurds to drop referendum plan",
        text=(
            "ANKARA, June 9 (Levant Ledger) - Turkey on Friday called the Kurdistan Regional Government's decision "
            "to hold an independence referendum a grave mistake and urged Erbil to abandon it, warning that the vote "
            "could destabilise the whole region.\n\n"
            "In a written statement, the Turkish Foreign Ministry said Iraq's territorial integrity and political "
            "unity were a basic principle of Ankara's policy and that the decision would harm the Kurdish people as "
            "well. Turkey has close economic ties with Erbil, and Kurdish crude reaches world markets through a "
            "pipeline to the Turkish port of Ceyhan.\n\n"
            "Iran, which like Turkey has a large Kurdish minority, also came out against the plan. Foreign Ministry "
            "spokesman Bahram Qasemi said Tehran opposed the vote and regarded the Kurdistan Region as an "
            "inseparable part of Iraq, adding that unilateral steps outside the constitution would only create new "
            "problems.\n\n"
            "Neither government said what it would do if the vote went ahead. A Turkish official, speaking on "
            "condition of anonymity, said Ankara still hoped that quiet diplomacy would persuade Barzani to think "
            "again."
        ),
        claims=[
            ("turkey", "call-off-referendum", S, "a grave mistake and urged Erbil to abandon it", True),
            ("iran", "call-off-referendum", S, "Qasemi said Tehran opposed the vote", True),
        ],
    ),
    # 004
    dict(
        published="2017-07-07T10:00:00Z", outlet="crescent-dispatch", slug="barzani-tells-europeans-vote-will-go-ahead",
        title="Barzani tells Europeans the Kurdish vote will go ahead",
        text=(
            "BRUSSELS, July 7 (Crescent Dispatch) - Kurdish regional President Masoud Barzani told an audience in "
            "Brussels that the independence referendum would go ahead as planned on Sept. 25 and that Iraq's Kurds "
            "would not accept being told to wait any longer.\n\n"
            "Speaking at a conference hosted by members of the European Parliament on Thursday, Barzani said a yes "
            "vote would be followed by negotiations with Baghdad on a peaceful, orderly separation, and that the "
            "Kurds had no intention of redrawing borders by force. He said the region's partnership with the "
            "federal government had failed and could not be restored to what it was before 2014.\n\n"
            "European Union officials have said they would prefer the differences to be resolved within the Iraqi "
            "constitution. Germany's foreign minister said last month that a unilateral move would be a mistake.\n\n"
            "Barzani's visit came as Iraqi forces closed in on the last Islamic State positions in the old city of "
            "Mosul. He said Kurdish fighters had paid a heavy price in the war and had earned the right to decide "
            "their own future."
        ),
        claims=[
            ("krg", "call-off-referendum", O, "the independence referendum would go ahead as planned on Sept. 25", True),
            ("krg", "erbil-baghdad-talks", S, "a yes vote would be followed by negotiations with Baghdad", True),
        ],
    ),
    # 005
    dict(
        published="2017-08-11T21:00:00Z", outlet="eastgate-wire", slug="tillerson-asked-barzani-to-delay-vote",
        title="Tillerson asked Barzani to delay Kurdish vote, Erbil says",
        text=(
            "ERBIL, Iraq, Aug 11 (Eastgate Wire) - U.S. Secretary of State Rex Tillerson asked Kurdish leader "
            "Masoud Barzani in a telephone call on Thursday to postpone next month's independence referendum, "
            "according to a statement from Barzani's office.\n\n"
            "The statement said Barzani told Tillerson that the people of Kurdistan needed to know what would "
            "secure their future, and asked what alternative the international community could offer them if the "
            "vote did not take place. It added that the date of the referendum had not changed.\n\n"
            "The State Department declined to comment on the details of the call. A spokesperson said only that "
            "Tillerson and the Kurdish leader had discussed the fight against Islamic State and regional "
            "stability.\n\n"
            "A Western diplomat in Erbil said the Americans were worried the vote would divide their partners in the "
            "campaign against the militants, and speculated that Barzani might accept a delay if he received "
            "something in writing. Kurdish officials have so far publicly ruled that out."
        ),
        claims=[
            ("usa", "call-off-referendum", S, "to postpone next month's independence referendum", False),
            ("krg", "call-off-referendum", O, "the date of the referendum had not changed", True),
        ],
    ),
    # 006
    dict(
        published="2017-08-23T16:40:00Z", outlet="plateau-post", slug="cavusoglu-tells-erbil-referendum-is-mistake",
        title="Turkish foreign minister tells Erbil referendum is a mistake",
        text=(
            "ERBIL, Iraq, Aug 23 (Plateau Post) - Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that "
            "the Kurdistan Region's planned independence vote was a mistake and urged its leaders to call it off, "
            "after talks with Barzani in Erbil.\n\n"
            "Speaking to reporters after the meeting, Cavusoglu said Turkey had always stood by the Kurds of Iraq "
            "and wanted its good relations with Erbil to continue, but that a referendum would add new crises to a "
            "region already at war. He said Ankara's friendship should not be mistaken for approval.\n\n"
            "Asked whether Turkey would take economic steps against the region if the vote went ahead, Cavusoglu "
            "said he did not want to speak about such scenarios.\n\n"
            "Barzani's office said the two men had discussed trade, the war against Islamic State and the "
            "referendum, and gave no sign that the Kurdish leader had changed his mind. Cavusoglu travelled on to "
            "Baghdad, where he was due to meet Prime Minister Haider al-Abadi on Thursday.\n\n"
            "A day earlier, U.S. Defense Secretary Jim Mattis visited Erbil and Baghdad, where he urged both sides "
            "to keep their focus on defeating Islamic State."
        ),
        claims=[
            ("turkey", "call-off-referendum", S, "urged its leaders to call it off", True),
        ],
    ),
    # 007
    dict(
        published="2017-08-29T18:00:00Z", outlet="crescent-dispatch", slug="kirkuk-council-votes-to-join-referendum",
        title="Kirkuk council votes to take part in Kurdish referendum",
        text=(
            "KIRKUK, Iraq, Aug 29 (Crescent Dispatch) - The provincial council of Kirkuk voted on Tuesday to include "
            "the ethnically mixed province in the Kurdistan Region's independence referendum, a move that drew "
            "sharp condemnation from Baghdad and from Arab and Turkmen leaders.\n\n"
            "Arab and Turkmen members boycotted the session. A majority of the members present voted in favour, "
            "according to the council.\n\n"
            "Governor Najmaldin Karim, a senior member of the Patriotic Union of Kurdistan, welcomed the decision "
            "and said Kirkuk's residents had a right to be heard. He has clashed with his own party's leadership in "
            "Sulaimaniyah in the past, and PUK officials did not comment on Tuesday.\n\n"
            "In Baghdad, Prime Minister Haider al-Abadi's office called the council's vote unconstitutional and said "
            "the federal government would not recognise any referendum held in Kirkuk or anywhere else in Iraq.\n\n"
            "Turkmen politicians said they would ask Turkey for help in resisting what they called an attempt to "
            "change the province's identity.\n\n"
            "Kirkuk, which sits on some of Iraq's largest oil reserves, has been held by Kurdish peshmerga since "
            "Iraqi troops fled an Islamic State advance in 2014."
        ),
        claims=[
            ("iraq", "call-off-referendum", S,
             "would not recognise any referendum held in Kirkuk or anywhere else in Iraq", True),
        ],
    ),
    # 008  SHIFT krg call-off oppose -> conditional
    dict(
        published="2017-09-14T20:30:00Z", outlet="eastgate-wire", slug="us-un-offer-kurds-talks-path-if-vote-delayed",
        title="U.S., U.N. offer Kurds a path to talks if referendum is put off",
        text=(
            "ERBIL, Iraq, Sept 14 (Eastgate Wire) - The United States, Britain and the United Nations presented "
            "Kurdish leaders on Thursday with an alternative to their Sept. 25 independence referendum: postpone the "
            "vote in exchange for internationally sponsored negotiations with Baghdad on all the issues in "
            "dispute.\n\n"
            "The proposal was handed to Barzani in Erbil by U.S. envoy Brett McGurk, the British ambassador and the "
            "U.N. special representative for Iraq, Jan Kubis. Under the plan, the talks would start at once and end "
            "within about two years, according to a summary seen by Eastgate Wire. Kubis said the United Nations "
            "was ready to help both sides reach an agreement.\n\n"
            "Barzani's office said the Kurdish leadership would consider a postponement only if the offer came with "
            "firm written guarantees, including an international commitment to a new date for a vote should the "
            "talks fail. A decision would be made within days, it said.\n\n"
            "Baghdad has not publicly responded to the plan. Kurdish opposition parties, which had asked for a delay, "
            "welcomed it."
        ),
        claims=[
            ("usa", "call-off-referendum", S,
             "postpone the vote in exchange for internationally sponsored negotiations with Baghdad", True),
            ("un", "call-off-referendum", S,
             "postpone the vote in exchange for internationally sponsored negotiations with Baghdad", True),
            ("usa", "erbil-baghdad-talks", S,
             "internationally sponsored negotiations with Baghdad on all the issues in dispute", True),
            ("un", "erbil-baghdad-talks", S,
             "Kubis said the United Nations was ready to help both sides reach an agreement", True),
            ("krg", "call-off-referendum", C,
             "would consider a postponement only if the offer came with firm written guarantees", True),
        ],
    ),
    # 009  duplicate pair A (original)
    dict(
        published="2017-09-15T22:10:00Z", outlet="plateau-post", slug="white-house-urges-kurds-to-call-off-vote",
        title="White House urges Iraqi Kurds to call off referendum, offers to help talks",
        text=(
            "WASHINGTON, Sept 15 (Plateau Post) - The White House on Friday urged the Kurdistan Regional Government "
            "to call off its Sept. 25 independence referendum and to enter serious and sustained talks with Baghdad, "
            "which it said the United States was ready to help facilitate.\n\n"
            "In a written statement, the White House said the United States did not support the vote and argued "
            "that it was distracting from the campaign against Islamic State and from efforts to stabilise areas "
            "retaken from the militants. Holding the vote in disputed areas was particularly provocative and "
            "destabilising, it said.\n\n"
            "The statement came a day after U.S., British and U.N. envoys offered Barzani an alternative path to "
            "negotiations if the vote were postponed. Regional government officials said on Friday that they were "
            "still weighing that offer but would not delay the vote without guarantees.\n\n"
            "The United States has worked closely with the peshmerga against Islamic State and has supplied Kurdish "
            "units with weapons and training. Washington has also repeatedly said it supports a unified, federal and "
            "democratic Iraq."
        ),
        claims=[
            ("usa", "call-off-referendum", S,
             "urged the Kurdistan Regional Government to call off its Sept. 25 independence referendum", True),
            ("usa", "erbil-baghdad-talks", S, "enter serious and sustained talks with Baghdad", True),
            ("krg", "call-off-referendum", C, "would not delay the vote without guarantees", True),
        ],
    ),
    # 010  duplicate pair A (copy)
    dict(
        published="2017-09-15T23:30:00Z", outlet="northbank-herald", slug="white-house-asks-kurdish-government-to-drop-vote",
        title="White House asks Kurdish government to drop independence vote",
        text=(
            "WASHINGTON, Sept 15 (Northbank Herald) - The White House asked the Kurdistan Regional Government on "
            "Friday to call off its Sept. 25 referendum on independence and to begin serious and sustained talks "
            "with Baghdad, saying the United States stood ready to help facilitate them.\n\n"
            "A written statement said the United States did not support the vote, which it said was distracting "
            "from the fight against Islamic State and from work to stabilise areas freed from the group. Holding "
            "the ballot in disputed areas was especially provocative and destabilising, the statement said.\n\n"
            "It followed an offer made on Thursday by U.S., British and U.N. envoys of an alternative path to "
            "negotiations if Kurdish leaders postponed the vote. Regional government officials said on Friday they "
            "were still weighing the offer but would not delay the vote without guarantees.\n\n"
            "The United States has fought alongside the peshmerga against Islamic State and has given Kurdish units "
            "weapons and training. Washington has also said many times that it supports a unified, federal and "
            "democratic Iraq."
        ),
        claims=[
            ("usa", "call-off-referendum", S,
             "asked the Kurdistan Regional Government on Friday to call off its Sept. 25 referendum", True),
            ("usa", "erbil-baghdad-talks", S, "begin serious and sustained talks with Baghdad", True),
            ("krg", "call-off-referendum", C, "would not delay the vote without guarantees", True),
        ],
    ),
    # 011  SHIFT krg call-off conditional -> oppose
    dict(
        published="2017-09-16T19:00:00Z", outlet="levant-ledger", slug="barzani-says-alternative-came-too-late",
        title="Kurdish parliament backs referendum as Barzani says alternative came too late",
        text=(
            "ERBIL, Iraq, Sept 16 (Levant Ledger) - Masoud Barzani said on Saturday that the referendum would take "
            "place on Sept. 25 as planned, telling a rally in Erbil that the alternative offered by Western envoys "
            "had come too late and lacked the guarantees the Kurds had asked for.\n\n"
            "He spoke a day after the region's parliament, meeting for the first time in two years, voted to endorse "
            "the vote. The regional presidency also denied reports that it had privately agreed to a "
            "postponement.\n\n"
            "Lawmakers from Barzani's Kurdistan Democratic Party and from the Patriotic Union of Kurdistan voted in "
            "favour on Friday, while the Gorran movement and two Islamic parties boycotted the session, saying the "
            "timing was wrong.\n\n"
            "Diplomats said U.S. envoy Brett McGurk had hoped to win a delay of at least a few months. A Western "
            "official said contacts with Erbil would continue until the last minute, though he acknowledged that "
            "the chances of a postponement were slim.\n\n"
            "Iraq's parliament voted this week to dismiss Kirkuk's governor, Najmaldin Karim, after the provincial "
            "council he leads decided to take part in the vote."
        ),
        claims=[
            ("krg", "call-off-referendum", O, "the referendum would take place on Sept. 25 as planned", True),
            ("puk", "call-off-referendum", O,
             "from the Patriotic Union of Kurdistan voted in favour on Friday", True),
            ("usa", "call-off-referendum", S, "McGurk had hoped to win a delay of at least a few months", False),
        ],
    ),
    # 012
    dict(
        published="2017-09-18T17:00:00Z", outlet="crescent-dispatch", slug="iraq-top-court-orders-referendum-suspended",
        title="Iraq's top court orders Kurdish referendum suspended",
        text=(
            "BAGHDAD, Sept 18 (Crescent Dispatch) - Iraq's Federal Supreme Court on Monday ordered the suspension of "
            "the Kurdistan Region's Sept. 25 independence referendum until it rules on whether the vote is "
            "constitutional, acting on several lawsuits.\n\n"
            "The order adds legal weight to the position of Prime Minister Haider al-Abadi, who said in a televised "
            "interview on Sunday that the vote must be stopped and that Baghdad would never accept a partition of "
            "Iraq.\n\n"
            "Barzani's aides dismissed the ruling. Hemin Hawrami, a senior adviser, said the court had no authority "
            "over the right of the people to decide their future and that preparations for polling day were "
            "continuing.\n\n"
            "Turkish tanks and armoured vehicles, meanwhile, began exercises near the Habur border crossing with the "
            "Kurdistan Region. The Turkish military described the drills as routine and did not link them to the "
            "vote. Analysts said the timing was hard to read as anything other than a warning.\n\n"
            "Turkey's National Security Council is due to meet on Friday to discuss the referendum."
        ),
        claims=[
            ("iraq", "call-off-referendum", S,
             "ordered the suspension of the Kurdistan Region's Sept. 25 independence referendum", True),
            ("krg", "call-off-referendum", O, "preparations for polling day were continuing", True),
        ],
    ),
    # 013
    dict(
        published="2017-09-21T21:00:00Z", outlet="eastgate-wire", slug="security-council-warns-kurdish-vote-destabilising",
        title="U.N. Security Council warns Kurdish vote could destabilise region",
        text=(
            "UNITED NATIONS, Sept 21 (Eastgate Wire) - The U.N. Security Council on Thursday voiced concern about "
            "the potentially destabilising impact of the Kurdistan Region's plan to hold an independence referendum "
            "next week, and urged Baghdad and Erbil to settle their differences through dialogue.\n\n"
            "In a statement agreed by all 15 members, the council said the vote was planned while the fight against "
            "Islamic State was still under way and could weaken the campaign. It backed the unity, sovereignty and "
            "territorial integrity of Iraq and encouraged the two sides to make use of the United Nations in "
            "negotiations.\n\n"
            "Secretary-General Antonio Guterres, who met Iraqi leaders on the sidelines of the General Assembly this "
            "week, has said that disagreements between the two governments should be resolved within the "
            "constitution.\n\n"
            "Israel is the only government to have openly endorsed Kurdish independence. Prime Minister Benjamin "
            "Netanyahu said last week that he supported the efforts of the Kurds to achieve a state of their own.\n\n"
            "Regional government officials said the council's statement changed nothing and that voting would "
            "begin on Monday morning as scheduled."
        ),
        claims=[
            ("un", "call-off-referendum", S,
             "voiced concern about the potentially destabilising impact of the Kurdistan Region's plan", True),
            ("un", "erbil-baghdad-talks", S, "urged Baghdad and Erbil to settle their differences through dialogue",
             True),
            ("krg", "call-off-referendum", O, "voting would begin on Monday morning as scheduled", True),
        ],
    ),
    # 014
    dict(
        published="2017-09-22T18:30:00Z", outlet="plateau-post", slug="turkey-security-council-warns-kurds",
        title="Turkey calls Kurdish vote a national security issue, weighs sanctions",
        text=(
            "ANKARA, Sept 22 (Plateau Post) - Turkey's National Security Council said on Friday that the Kurdistan "
            "Region's independence referendum was illegitimate and unacceptable, and that Ankara reserved its rights "
            "under bilateral and international agreements if the vote went ahead.\n\n"
            "The council, chaired by President Tayyip Erdogan, said the vote posed a direct threat to Turkey's "
            "national security. It called on the regional government to cancel it before it was too late.\n\n"
            "Prime Minister Binali Yildirim said the government would consider economic and security measures, "
            "including at the border, if the vote was held on Monday. He said the steps Turkey took would depend on "
            "what Erbil did in the coming days.\n\n"
            "The cabinet also sent parliament a motion to extend by a year a mandate that allows the deployment of "
            "troops in Iraq and Syria. Lawmakers are expected to approve it on Saturday.\n\n"
            "Erdogan has a long working relationship with Barzani, and Turkey has been the region's main outlet to "
            "the world. Exporters said trucks were still crossing at Habur on Friday."
        ),
        claims=[
            ("turkey", "call-off-referendum", S,
             "called on the regional government to cancel it before it was too late", True),
            ("turkey", "punitive-measures", C,
             "would consider economic and security measures, including at the border, if the vote was held", True),
        ],
    ),
    # 015
    dict(
        published="2017-09-24T16:00:00Z", outlet="levant-ledger", slug="barzani-no-going-back-iran-halts-flights",
        title="Barzani says there is no going back; Iran halts flights to Kurdish region",
        text=(
            "ERBIL, Iraq, Sept 24 (Levant Ledger) - Kurdish leader Masoud Barzani said on Sunday there was no "
            "chance the independence vote would not take place on Monday, telling a news conference in Erbil that "
            "the partnership with Baghdad had failed and could not be revived.\n\n"
            "He said the vote would not mean the immediate declaration of a state, and that a yes result would open "
            "a process of dialogue with Baghdad that could last a year or two. The Kurds would not go back to a "
            "failed partnership, he said.\n\n"
            "Iran, meanwhile, halted all flights to and from the Kurdistan Region at the request of the Iraqi "
            "government, according to Iranian state media, which cited a decision of the Supreme National Security "
            "Council. Iranian officials said land border crossings would remain open for now.\n\n"
            "Iran has a Kurdish minority of several million in its western provinces. Revolutionary Guards units held military exercises near the border on "
            "Sunday.\n\n"
            "Barzani declined to say how the region would respond if its neighbours shut their borders."
        ),
        claims=[
            ("krg", "call-off-referendum", O,
             "there was no chance the independence vote would not take place on Monday", True),
            ("krg", "erbil-baghdad-talks", S, "a yes result would open a process of dialogue with Baghdad", True),
            ("iran", "punitive-measures", S, "halted all flights to and from the Kurdistan Region", True),
        ],
    ),
    # 016
    dict(
        published="2017-09-24T20:45:00Z", outlet="crescent-dispatch", slug="baghdad-demands-border-posts-shun-kurdish-oil",
        title="Baghdad tells Erbil to hand over border posts, asks neighbours to shun Kurdish oil",
        text=(
            "BAGHDAD, Sept 24 (Crescent Dispatch) - Iraq's government on Sunday demanded that the Kurdistan Regional "
            "Government hand over control of its international border crossings and airports, and asked foreign "
            "countries to stop dealing with Erbil on oil sales and to deal only with Baghdad.\n\n"
            "The steps were announced in a statement after a meeting of the country's national security council "
            "chaired by Prime Minister Haider al-Abadi, on the eve of the Kurdish independence vote.\n\n"
            "In a televised address, Abadi called the referendum unconstitutional and a threat to peaceful "
            "coexistence, and urged Kurdish leaders to reverse course even at this late hour. He said the federal "
            "government would take the necessary steps to protect the country's unity, without giving details.\n\n"
            "Safeen Dizayee, a spokesman for the regional government, said Baghdad had no legal power over "
            "crossings that the region had run for years, and that oil exports through Turkey were continuing "
            "normally.\n\n"
            "The Kurdistan Region earns most of its revenue from crude sold through a pipeline to the Turkish port of "
            "Ceyhan."
        ),
        claims=[
            ("iraq", "hand-over-borders", S,
             "demanded that the Kurdistan Regional Government hand over control of its international border crossings",
             True),
            ("iraq", "punitive-measures", S, "asked foreign countries to stop dealing with Erbil on oil sales", True),
            ("iraq", "call-off-referendum", S, "urged Kurdish leaders to reverse course even at this late hour", True),
            ("krg", "hand-over-borders", O,
             "Baghdad had no legal power over crossings that the region had run for years", True),
        ],
    ),
    # 017  no claims
    dict(
        published="2017-09-25T20:00:00Z", outlet="eastgate-wire", slug="iraqi-kurds-vote-in-independence-referendum",
        title="Iraqi Kurds vote in independence referendum",
        text=(
            "ERBIL, Iraq, Sept 25 (Eastgate Wire) - Voters across Iraq's Kurdistan Region and in disputed areas "
            "including Kirkuk cast ballots on Monday in a referendum on independence, many of them dressed in "
            "traditional clothes and waving red, white and green Kurdish flags.\n\n"
            "The region's electoral commission said turnout was about 72 percent when polls closed at 7 p.m., after "
            "voting was extended by an hour at many stations. Results are expected within three days.\n\n"
            "Masoud Barzani cast his ballot in the Erbil area, where he was greeted by cheering supporters. He did "
            "not speak to reporters.\n\n"
            "In Kirkuk, police imposed an overnight curfew after the polls closed, and local officials said there "
            "had been scuffles between Kurdish and Turkmen residents in two neighbourhoods. Turnout in several "
            "Arab-majority villages was thin.\n\n"
            "Observers from a handful of European countries monitored some polling stations. Analysts said a large "
            "turnout would strengthen Barzani's hand in any future bargaining but could also harden opposition in "
            "Baghdad, Ankara and Tehran, where officials were expected to react on Tuesday."
        ),
        claims=[],
    ),
    # 018  SHIFT turkey punitive conditional -> support
    dict(
        published="2017-09-26T14:00:00Z", outlet="plateau-post", slug="erdogan-says-turkey-will-impose-sanctions",
        title="Erdogan says Turkey will impose sanctions on Iraqi Kurds after vote",
        text=(
            "ANKARA, Sept 26 (Plateau Post) - President Tayyip Erdogan said on Tuesday that Turkey would impose "
            "sanctions on the Kurdistan Region over its independence referendum, and that traffic at the Habur "
            "border gate would be restricted, in his harshest words yet for a long-time partner.\n\n"
            "Speaking in Ankara, Erdogan said the vote was null and void and that Turkey would not recognise it. He "
            "said Erbil must scrap the result, and warned that the region's leaders would be left isolated once "
            "trucks stopped moving and the oil stopped flowing. Military options were also on the table, he "
            "added.\n\n"
            "Kurdish crude was still moving through the pipeline to Ceyhan on Tuesday, according to shipping data, "
            "and traders said they had seen no sign of a halt.\n\n"
            "Turkey has also said it will deal only with the Iraqi central government on energy matters from now "
            "on.\n\n"
            "Officials in Erbil did not respond to requests for comment. Early results from Monday's vote showed "
            "a large majority in favour of independence."
        ),
        claims=[
            ("turkey", "punitive-measures", S,
             "Turkey would impose sanctions on the Kurdistan Region over its independence referendum", True),
            ("turkey", "annul-result", S, "He said Erbil must scrap the result", True),
        ],
    ),
    # 019
    dict(
        published="2017-09-26T19:30:00Z", outlet="northbank-herald", slug="abadi-gives-kurds-three-days-to-hand-over-airports",
        title="Abadi gives Kurds three days to hand over airports, rules out talks on vote",
        text=(
            "BAGHDAD, Sept 26 (Northbank Herald) - Prime Minister Haider al-Abadi on Tuesday gave the Kurdistan "
            "Regional Government until Friday to hand its airports over to federal control, as the Iraqi transport "
            "ministry told foreign airlines that international flights to Erbil and Sulaimaniyah would be suspended "
            "from 6 p.m. on Friday.\n\n"
            "Abadi told parliament that the referendum must be cancelled, and that he would not hold any talks with "
            "Erbil on the referendum or its result. The vote was unconstitutional and there was nothing to "
            "negotiate about it, he said.\n\n"
            "The regional government's transport minister said the airports belonged to the people of Kurdistan "
            "and would not be handed over, and called the threat a form of collective punishment.\n\n"
            "Early results released by the region's electoral commission showed a large majority in favour of "
            "independence. Final figures are expected on Wednesday.\n\n"
            "Erbil International Airport handles flights to Turkey, Lebanon, Jordan, the Gulf and several European "
            "cities."
        ),
        claims=[
            ("iraq", "hand-over-borders", S,
             "gave the Kurdistan Regional Government until Friday to hand its airports over to federal control", True),
            ("iraq", "punitive-measures", S,
             "international flights to Erbil and Sulaimaniyah would be suspended from 6 p.m. on Friday", True),
            ("iraq", "annul-result", S, "the referendum must be cancelled", True),
            ("iraq", "erbil-baghdad-talks", O,
             "he would not hold any talks with Erbil on the referendum or its result", True),
            ("krg", "hand-over-borders", O,
             "the airports belonged to the people of Kurdistan and would not be handed over", True),
            ("krg", "punitive-measures", O, "called the threat a form of collective punishment", True),
        ],
    ),
    # 020
    dict(
        published="2017-09-27T18:00:00Z", outlet="levant-ledger", slug="kurds-vote-93-percent-for-independence",
        title="Kurds vote nearly 93 percent for independence; Iraqi parliament seeks troops in Kirkuk",
        text=(
            "ERBIL, Iraq, Sept 27 (Levant Ledger) - Nearly 93 percent of voters in Iraq's Kurdistan Region and the "
            "disputed areas backed independence in Monday's referendum, the region's electoral commission said on "
            "Wednesday.\n\n"
            "More than 3 million people took part, and turnout was about 72 percent, the commission said. Barzani's "
            "government said the result would not be withdrawn under pressure, whatever steps Baghdad and the "
            "neighbouring states took.\n\n"
            "In Baghdad, Iraq's parliament voted to ask the prime minister to send troops to Kirkuk and the other "
            "disputed areas that came under Kurdish control after 2014, and to take back the oil fields there. Abadi "
            "has not said whether he will do so.\n\n"
            "The U.N. mission in Iraq urged all sides to avoid provocative steps and to show restraint.\n\n"
            "Kurdish officials said they had no plan to declare independence soon. The regional government is "
            "struggling with debts and with oil prices well below the levels of a few years ago."
        ),
        claims=[
            ("krg", "annul-result", O, "the result would not be withdrawn under pressure", True),
            ("iraq", "federal-control-kirkuk", S, "voted to ask the prime minister to send troops to Kirkuk", True),
        ],
    ),
    # 021
    dict(
        published="2017-09-29T19:00:00Z", outlet="crescent-dispatch", slug="last-foreign-flights-leave-erbil-as-ban-starts",
        title="Last foreign flights leave Erbil as Baghdad's ban takes effect",
        text=(
            "ERBIL, Iraq, Sept 29 (Crescent Dispatch) - Foreign airlines operated their last flights out of Erbil "
            "and Sulaimaniyah on Friday before an international flight ban imposed by Baghdad took effect at 6 p.m., "
            "leaving the Kurdistan Region reachable by air only through Baghdad.\n\n"
            "Iraq's transport ministry said the suspension would stay in place until the region's airports came "
            "under federal authority. Domestic flights to Baghdad were allowed to continue.\n\n"
            "Deputy Prime Minister Qubad Talabani said the ban was collective punishment of ordinary people and had "
            "no legal basis, and appealed to airlines to keep flying. The Patriotic Union of Kurdistan, which holds "
            "sway in Sulaimaniyah, also condemned the measure.\n\n"
            "In Washington, Secretary of State Rex Tillerson said the United States did not recognise the "
            "referendum and that the vote and its results lacked legitimacy. He urged Baghdad and Erbil to begin "
            "dialogue and to reject unilateral moves and the use of force.\n\n"
            "Foreign consulates in Erbil said they were arranging for staff to travel overland if necessary."
        ),
        claims=[
            ("iraq", "punitive-measures", S,
             "the suspension would stay in place until the region's airports came under federal authority", True),
            ("krg", "punitive-measures", O, "the ban was collective punishment of ordinary people", True),
            ("puk", "punitive-measures", O,
             "Patriotic Union of Kurdistan, which holds sway in Sulaimaniyah, also condemned the measure", True),
            ("usa", "erbil-baghdad-talks", S, "He urged Baghdad and Erbil to begin dialogue", True),
        ],
    ),
    # 022
    dict(
        published="2017-10-04T17:30:00Z", outlet="plateau-post", slug="erdogan-rouhani-agree-pressure-on-kurds",
        title="Erdogan, Rouhani agree to step up pressure on Iraqi Kurds",
        text=(
            "TEHRAN, Oct 4 (Plateau Post) - Turkey and Iran will take further steps against the Kurdistan Region "
            "over its independence referendum, President Tayyip Erdogan said on Wednesday after talks in Tehran with "
            "Iranian President Hassan Rouhani.\n\n"
            "Erdogan told a joint news conference that the two countries, together with the Iraqi government, would "
            "take measures in the coming days, and that the regional government would pay for its isolation. He "
            "said Turkey would deal only with Baghdad on trade and at the frontier.\n\n"
            "Rouhani said Tehran and Ankara would not accept any change of borders in the region and that the "
            "neighbours had no choice but to take serious steps. Supreme Leader Ayatollah Ali Khamenei told Erdogan "
            "that the vote was a betrayal of the region and that the two countries must cooperate against it, "
            "according to his official website.\n\n"
            "Iran has already closed its airspace to flights to and from the Kurdistan Region. Its land crossings "
            "remain open, though traders said cargo was moving slowly.\n\n"
            "The visit was Erdogan's first to Iran in more than two years and also covered trade and the war in "
            "Syria."
        ),
        claims=[
            ("turkey", "punitive-measures", S,
             "the two countries, together with the Iraqi government, would take measures in the coming days", True),
            ("iran", "punitive-measures", S, "the neighbours had no choice but to take serious steps", True),
            ("turkey", "hand-over-borders", S, "Turkey would deal only with Baghdad on trade and at the frontier",
             True),
        ],
    ),
    # 023  no claims
    dict(
        published="2017-10-06T15:00:00Z", outlet="northbank-herald", slug="jalal-talabani-buried-in-sulaimaniyah",
        title="Jalal Talabani buried in Sulaimaniyah as rivals pay respects",
        text=(
            "SULAIMANIYAH, Iraq, Oct 6 (Northbank Herald) - Tens of thousands of mourners lined the streets of "
            "Sulaimaniyah on Friday for the funeral of Jalal Talabani, the founder of the Patriotic Union of "
            "Kurdistan and Iraq's first Kurdish president, who died in Berlin on Tuesday at the age of 83.\n\n"
            "His coffin, draped in the Kurdish flag, was flown in from Germany. Iraq's transport ministry granted an "
            "exception to its ban on international flights so that the plane could land in the city.\n\n"
            "A delegation from Baghdad led by President Fuad Masum, himself a Kurd, attended the burial on a hill "
            "outside the city. Iranian Foreign Minister Mohammad Javad Zarif was among the foreign dignitaries, and "
            "Masoud Barzani laid a wreath.\n\n"
            "Talabani, known to Kurds as Mam Jalal, or Uncle Jalal, spent decades as a rival and sometime ally of "
            "Barzani and was seen as a bridge between Kurds, Arabs and Iran. He had been largely out of public life "
            "since a stroke in 2012.\n\n"
            "Party officials said the PUK would choose a new leader at a later date. Analysts said his death could "
            "deepen divisions within the party."
        ),
        claims=[],
    ),
    # 024  SHIFT iraq talks oppose -> conditional
    dict(
        published="2017-10-11T16:00:00Z", outlet="crescent-dispatch", slug="court-orders-arrest-of-referendum-organisers",
        title="Iraqi court orders arrest of Kurdish referendum organisers; Abadi sets condition for talks",
        text=(
            "BAGHDAD, Oct 11 (Crescent Dispatch) - A court in Baghdad issued arrest warrants on Wednesday for the "
            "head and members of the Kurdistan Region's electoral commission for organising last month's "
            "independence referendum in defiance of a Supreme Court order.\n\n"
            "Prime Minister Haider al-Abadi, speaking at his weekly news conference, said Baghdad was ready for "
            "dialogue with Erbil within the framework of the constitution, but only if the regional government "
            "first cancelled the outcome of the vote. He ruled out any military attack on Kurdish citizens, saying "
            "the army would not be turned against its own people.\n\n"
            "Kurdish officials called the warrants political and said the commission's members would not be handed "
            "over.\n\n"
            "Abadi's office also said it was investigating Kurdish officials suspected of selling oil without federal "
            "approval.\n\n"
            "The regional government has offered to negotiate without preconditions, an approach Abadi dismissed as "
            "an attempt to have the vote recognised through the back door."
        ),
        claims=[
            ("iraq", "erbil-baghdad-talks", C,
             "but only if the regional government first cancelled the outcome of the vote", True),
            ("iraq", "annul-result", S,
             "but only if the regional government first cancelled the outcome of the vote", True),
            ("krg", "erbil-baghdad-talks", S, "The regional government has offered to negotiate without preconditions",
             False),
        ],
    ),
    # 025
    dict(
        published="2017-10-15T21:00:00Z", outlet="levant-ledger", slug="kurdish-leaders-reject-baghdad-demand-at-dukan",
        title="Kurdish leaders reject Baghdad's demand to cancel vote as troops mass near Kirkuk",
        text=(
            "DUKAN, Iraq, Oct 15 (Levant Ledger) - Kurdish leaders meeting at the lakeside resort of Dukan on Sunday "
            "rejected Baghdad's demand that they cancel the result of last month's independence referendum, and said "
            "peshmerga forces would not withdraw from their positions around Kirkuk.\n\n"
            "The meeting was attended by Masoud Barzani and senior figures of the Patriotic Union of Kurdistan. A "
            "statement issued afterwards by the Kurdistan Region Presidency said the Kurdish side was ready for "
            "dialogue with Baghdad without preconditions. The PUK, whose fighters hold much of the front line south "
            "of Kirkuk, endorsed the statement, a party spokesman said.\n\n"
            "Iraqi forces and Shi'ite paramilitary units have moved into positions south of the city over the past "
            "week. Kurdish officials said Baghdad had given the peshmerga a deadline to return to the lines they held "
            "in 2014, though Iraqi officials denied issuing any ultimatum.\n\n"
            "Media close to the PUK reported that the Iranian commander Qassem Soleimani had visited Sulaimaniyah in "
            "recent days. Iranian officials declined to comment.\n\n"
            "The U.S. military said it was monitoring the situation and urged all sides to avoid escalation."
        ),
        claims=[
            ("krg", "annul-result", O, "rejected Baghdad's demand that they cancel the result", True),
            ("puk", "annul-result", O, "rejected Baghdad's demand that they cancel the result", True),
            ("iraq", "annul-result", S, "Baghdad's demand that they cancel the result", False),
            ("krg", "federal-control-kirkuk", O,
             "peshmerga forces would not withdraw from their positions around Kirkuk", True),
            ("puk", "federal-control-kirkuk", O,
             "peshmerga forces would not withdraw from their positions around Kirkuk", True),
            ("krg", "erbil-baghdad-talks", S, "ready for dialogue with Baghdad without preconditions", True),
            ("puk", "erbil-baghdad-talks", S, "ready for dialogue with Baghdad without preconditions", True),
            ("iraq", "federal-control-kirkuk", S,
             "Baghdad had given the peshmerga a deadline to return to the lines", False),
        ],
    ),
    # 026
    dict(
        published="2017-10-16T18:00:00Z", outlet="eastgate-wire", slug="iraqi-forces-take-kirkuk",
        title="Iraqi forces seize Kirkuk as Kurdish fighters pull back",
        text=(
            "KIRKUK, Iraq, Oct 16 (Eastgate Wire) - Iraqi government forces took control of Kirkuk city, its "
            "provincial headquarters and nearby oil fields on Monday, meeting little resistance as Kurdish peshmerga "
            "fighters withdrew.\n\n"
            "Prime Minister Haider al-Abadi said he had ordered the operation to impose security and federal "
            "authority in the city and in other disputed areas, in line with the constitution. He called on the "
            "peshmerga to serve under federal command and ordered the Iraqi flag raised over the governor's "
            "office.\n\n"
            "The peshmerga general command in Erbil said Baghdad would pay a heavy price for what it called a "
            "declaration of war on the Kurdish people, and accused some PUK officials of treason for helping to "
            "hand over the city. The PUK did not immediately respond to the accusation.\n\n"
            "Thousands of Kurdish residents fled toward Erbil and Sulaimaniyah.\n\n"
            "Asked about the fighting, President Donald Trump told reporters that the United States did not like "
            "the fact that the two sides were clashing and was not taking sides. Washington has armed and trained "
            "both Iraqi troops and the peshmerga."
        ),
        claims=[
            ("iraq", "federal-control-kirkuk", S,
             "ordered the operation to impose security and federal authority in the city", True),
            ("krg", "federal-control-kirkuk", O,
             "Baghdad would pay a heavy price for what it called a declaration of war", True),
        ],
    ),
    # 027  SHIFT puk federal-control oppose -> conditional
    dict(
        published="2017-10-17T17:00:00Z", outlet="plateau-post", slug="puk-says-kirkuk-pullback-spared-lives",
        title="PUK says Kirkuk pullback spared lives, backs joint administration",
        text=(
            "SULAIMANIYAH, Iraq, Oct 17 (Plateau Post) - The Patriotic Union of Kurdistan said on Tuesday its "
            "fighters had withdrawn from Kirkuk to avoid a bloodbath, and that it could accept the presence of "
            "federal forces in the province provided the city was run jointly by Baghdad and Erbil.\n\n"
            "In a statement, the PUK politburo said its units had been left alone to face a far larger force and "
            "that it had betrayed no one. Bafel Talabani, a son of the late party leader Jalal Talabani, told "
            "reporters that the party had tried to prevent a war the Kurds could not win, and that shared "
            "administration of Kirkuk was the only realistic way forward.\n\n"
            "Barzani said in a statement on Tuesday evening that the withdrawal had been the result of unilateral "
            "decisions by certain individuals within one political party, without naming it.\n\n"
            "Iran's foreign ministry denied reports that Soleimani had brokered the withdrawal, saying Tehran did "
            "not interfere in the internal affairs of Iraq.\n\n"
            "The peshmerga also left Sinjar, Khanaqin and other districts they had held since 2014, largely without "
            "fighting."
        ),
        claims=[
            ("puk", "federal-control-kirkuk", C,
             "accept the presence of federal forces in the province provided the city was run jointly", True),
        ],
    ),
    # 028
    dict(
        published="2017-10-20T21:00:00Z", outlet="crescent-dispatch", slug="us-backs-federal-authority-in-disputed-areas",
        title="U.S. backs return of federal authority to disputed areas, urges calm",
        text=(
            "WASHINGTON, Oct 20 (Crescent Dispatch) - The United States supports the peaceful restoration of "
            "federal authority in Kirkuk and the other disputed areas, in line with Iraq's constitution, the State "
            "Department said on Friday, as fighting flared north of the city.\n\n"
            "Spokeswoman Heather Nauert said Washington was concerned by reports of clashes at Altun Kupri and urged "
            "Baghdad and Erbil to stop all military movements and to return to dialogue. She said the United "
            "States had not taken part in the federal operation and did not take sides between its two "
            "partners.\n\n"
            "In Ankara, Foreign Minister Mevlut Cavusoglu welcomed the Iraqi government's operation and said Turkey "
            "was ready to help Baghdad restore its authority across the north.\n\n"
            "Kurdish officials said the peshmerga had been pushed back from Altun Kupri, about 50 km from Erbil, "
            "after hours of fighting. Iraqi commanders said their forces had come under fire first.\n\n"
            "U.S. officials said privately that they had warned Barzani for months that the referendum could set "
            "back Kurdish gains."
        ),
        claims=[
            ("usa", "federal-control-kirkuk", S,
             "supports the peaceful restoration of federal authority in Kirkuk and the other disputed areas", True),
            ("usa", "erbil-baghdad-talks", S,
             "urged Baghdad and Erbil to stop all military movements and to return to dialogue", True),
            ("turkey", "federal-control-kirkuk", S, "welcomed the Iraqi government's operation", True),
        ],
    ),
    # 029  SHIFT krg annul-result oppose -> conditional; duplicate pair B (original)
    dict(
        published="2017-10-25T08:30:00Z", outlet="levant-ledger", slug="kurdish-government-offers-to-freeze-vote-result",
        title="Kurdish government offers to freeze referendum result, seeks ceasefire",
        text=(
            "ERBIL, Iraq, Oct 25 (Levant Ledger) - The Kurdistan Regional Government offered early on Wednesday to "
            "freeze the result of last month's independence referendum, and called for an immediate ceasefire and "
            "the start of an open dialogue with Baghdad based on the constitution.\n\n"
            "In a statement, the regional government said the fighting with federal forces was a danger to all "
            "Iraqis and that it wanted to avoid further bloodshed. It proposed halting all military operations in "
            "the Kurdistan Region at once.\n\n"
            "The offer stops short of Baghdad's demand that the result be annulled. Officials in Erbil said a freeze "
            "would leave the vote on the record but suspend any steps based on it while talks were under way.\n\n"
            "Prime Minister Haider al-Abadi's office did not immediately respond. Iraqi forces have been advancing "
            "toward the Fishkhabur crossing near the Turkish and Syrian borders, the region's last direct outlet "
            "for its oil exports.\n\n"
            "Analysts said the proposal was the biggest concession by Erbil since the Sept. 25 vote and reflected "
            "the collapse of its position in Kirkuk."
        ),
        claims=[
            ("krg", "annul-result", C,
             "freeze the result of last month's independence referendum", True),
            ("krg", "erbil-baghdad-talks", S, "the start of an open dialogue with Baghdad based on the constitution",
             True),
            ("iraq", "annul-result", S, "Baghdad's demand that the result be annulled", False),
        ],
    ),
    # 030  duplicate pair B (copy)
    dict(
        published="2017-10-25T10:15:00Z", outlet="northbank-herald", slug="erbil-proposes-freezing-referendum-outcome",
        title="Erbil proposes freezing referendum outcome and a ceasefire",
        text=(
            "ERBIL, Iraq, Oct 25 (Northbank Herald) - The Kurdistan Regional Government proposed early on Wednesday "
            "to freeze the result of last month's independence referendum, and called for an immediate ceasefire "
            "and the start of an open dialogue with Baghdad based on the constitution.\n\n"
            "The regional government said in a statement that the clashes with federal forces endangered all "
            "Iraqis and that it wanted to prevent more bloodshed. It called for all military operations in the "
            "Kurdistan Region to stop at once.\n\n"
            "The proposal falls short of Baghdad's demand that the result be annulled. Officials in Erbil said a "
            "freeze would keep the vote on the record but suspend any steps based on it while negotiations took "
            "place.\n\n"
            "There was no immediate response from the office of Prime Minister Haider al-Abadi. Iraqi forces have "
            "been moving toward the Fishkhabur crossing near the Turkish and Syrian borders, the region's last "
            "direct route for oil exports.\n\n"
            "Analysts described the offer as the largest concession by Erbil since the Sept. 25 vote and a sign of "
            "how far its position had collapsed after Kirkuk."
        ),
        claims=[
            ("krg", "annul-result", C,
             "to freeze the result of last month's independence referendum", True),
            ("krg", "erbil-baghdad-talks", S, "the start of an open dialogue with Baghdad based on the constitution",
             True),
            ("iraq", "annul-result", S, "Baghdad's demand that the result be annulled", False),
        ],
    ),
    # 031  overstated headline
    dict(
        published="2017-10-26T16:30:00Z", outlet="eastgate-wire", slug="abadi-rejects-kurdish-freeze-offer",
        title="Baghdad slams door on Kurdish talks, rejects freeze offer",
        text=(
            "TEHRAN, Oct 26 (Eastgate Wire) - Iraqi Prime Minister Haider al-Abadi on Thursday rejected the Kurdistan "
            "Regional Government's offer to freeze the result of its independence referendum, saying Baghdad would "
            "accept nothing less than its cancellation.\n\n"
            "Speaking in Tehran during a regional tour, Abadi said a freeze was not enough because the vote itself "
            "had broken the constitution. He did not close the door to talks, however. Baghdad would not refuse a "
            "dialogue with Erbil, he said, once the regional government cancelled the referendum and committed "
            "itself to the constitution.\n\n"
            "Abadi met Iranian President Hassan Rouhani, who praised the restoration of federal control over "
            "Kirkuk and said Iran stood by the unity of Iraq.\n\n"
            "In Washington, a State Department spokeswoman encouraged both governments to begin talks as soon as "
            "possible.\n\n"
            "The Kurdish offer came after ten days in which federal forces retook almost all the territory the "
            "peshmerga had held outside the three provinces of the Kurdistan Region. Fighting has continued near "
            "the Fishkhabur crossing."
        ),
        claims=[
            ("iraq", "annul-result", S, "Baghdad would accept nothing less than its cancellation", True),
            ("iraq", "erbil-baghdad-talks", C,
             "Baghdad would not refuse a dialogue with Erbil, he said, once the regional government cancelled",
             True),
            ("iran", "federal-control-kirkuk", S, "praised the restoration of federal control over Kirkuk", True),
            ("usa", "erbil-baghdad-talks", S, "encouraged both governments to begin talks as soon as possible", True),
        ],
    ),
    # 032  no claims
    dict(
        published="2017-10-29T20:00:00Z", outlet="plateau-post", slug="barzani-to-step-down-as-president",
        title="Barzani to step down as Kurdish president after referendum setback",
        text=(
            "ERBIL, Iraq, Oct 29 (Plateau Post) - Masoud Barzani will step down as president of the Kurdistan Region "
            "on Nov. 1, according to a letter read out to the regional parliament on Sunday, five weeks after the "
            "independence referendum he championed.\n\n"
            "Lawmakers then voted to share out the president's powers among the government, the parliament and the "
            "judiciary until new elections can be held. The vote to extend the term of the parliament by eight "
            "months had been taken earlier in the week.\n\n"
            "During the session, a group of men, some of them armed, forced their way into the parliament building "
            "and harassed opposition lawmakers and journalists before security forces removed them. Gorran and "
            "other opposition parties condemned the attack.\n\n"
            "Barzani's aides declined to say whether he would keep a political role, beyond leading his party. "
            "Nechirvan Barzani, his nephew and the regional prime minister, is expected to take on most of his "
            "executive duties.\n\n"
            "Analysts said Baghdad might find it easier to deal with a new team in Erbil, though they cautioned "
            "that the main disputes were unchanged."
        ),
        claims=[],
    ),
    # 033  SHIFT krg hand-over-borders oppose -> conditional
    dict(
        published="2017-11-01T18:00:00Z", outlet="northbank-herald", slug="erbil-offers-joint-control-of-crossings",
        title="Erbil offers joint control of border crossings as Abadi accuses Kurds of backtracking",
        text=(
            "ERBIL, Iraq, Nov 1 (Northbank Herald) - The Kurdistan Regional Government said on Wednesday it was "
            "prepared to let federal forces deploy at the Fishkhabur border crossing and to accept federal oversight "
            "at Erbil and Sulaimaniyah airports, as long as the posts were run jointly with Kurdish personnel.\n\n"
            "The proposal, sent to a joint military committee, would allow federal customs officers to work at the "
            "crossings alongside Kurdish staff, a regional government spokesman said. He said Erbil would not agree "
            "to withdraw its own forces entirely.\n\n"
            "In Baghdad, Prime Minister Haider al-Abadi accused the Kurdish side of backtracking on a draft "
            "agreement reached by military commanders over the weekend, and insisted that all border crossings "
            "return to exclusive federal control. He warned that operations could resume if the talks failed.\n\n"
            "Turkey said this week that it would deal only with Iraqi federal authorities at the Habur crossing and "
            "was working with Baghdad on the handover.\n\n"
            "Nechirvan Barzani took over most of the executive powers on Wednesday, as Masoud Barzani's resignation "
            "as president took effect."
        ),
        claims=[
            ("krg", "hand-over-borders", C, "as long as the posts were run jointly with Kurdish personnel", True),
            ("iraq", "hand-over-borders", S, "insisted that all border crossings return to exclusive federal control",
             True),
            ("turkey", "hand-over-borders", S,
             "would deal only with Iraqi federal authorities at the Habur crossing", True),
        ],
    ),
    # 034
    dict(
        published="2017-11-20T17:00:00Z", outlet="crescent-dispatch", slug="court-rules-kurdish-referendum-unconstitutional",
        title="Iraq's top court rules Kurdish referendum unconstitutional, voids result",
        text=(
            "BAGHDAD, Nov 20 (Crescent Dispatch) - Iraq's Federal Supreme Court ruled on Monday that the Kurdistan "
            "Region's Sept. 25 independence referendum violated the constitution and declared its results void, "
            "removing what Baghdad has called the main obstacle to talks with Erbil.\n\n"
            "Prime Minister Haider al-Abadi welcomed the decision and called on the regional government to state "
            "clearly that it accepted it, saying dialogue could then begin.\n\n"
            "The Kurdistan Regional Government said the court had decided unilaterally, without hearing the Kurdish "
            "side, but that it remained committed to solving all problems through dialogue. A spokesman declined to "
            "say whether Erbil would now consider the result annulled.\n\n"
            "Last week the regional government said it respected an earlier ruling by the same court that no part "
            "of Iraq could secede. Baghdad dismissed that statement as insufficient.\n\n"
            "Jan Kubis, the U.N. envoy for Iraq, said the ruling should open the way for a serious dialogue between "
            "the two governments and urged both to start without delay."
        ),
        claims=[
            ("iraq", "annul-result", S, "declared its results void", True),
            ("iraq", "erbil-baghdad-talks", C, "state clearly that it accepted it, saying dialogue could then begin",
             True),
            ("krg", "erbil-baghdad-talks", S, "it remained committed to solving all problems through dialogue", True),
            ("un", "erbil-baghdad-talks", S,
             "the ruling should open the way for a serious dialogue between the two governments", True),
        ],
    ),
]

# Labelled shifts: (actor, issue, from, to, article, why)
SHIFTS = [
    ("krg", "call-off-referendum", O, C, "008",
     "Barzani's office says the leadership would consider a postponement only if the US/UK/UN alternative came with "
     "firm written guarantees; until then (001, 004, 005) the date was fixed."),
    ("krg", "call-off-referendum", C, O, "011",
     "Barzani tells a rally the vote will take place on Sept. 25 as planned and that the alternative came too late; "
     "in 008-010 Erbil was still weighing a delay against guarantees."),
    ("turkey", "punitive-measures", C, S, "018",
     "Erdogan says Turkey will impose sanctions and restrict the Habur gate; on Sept. 22 (014) Yildirim only said "
     "measures would be considered if the vote was held."),
    ("iraq", "erbil-baghdad-talks", O, C, "024",
     "Abadi says Baghdad is ready for dialogue within the constitution, but only if Erbil first cancels the "
     "outcome; on Sept. 26 (019) he ruled out any talks on the referendum or its result."),
    ("puk", "federal-control-kirkuk", O, C, "027",
     "After the Kirkuk pullback the PUK says it could accept federal forces in the province provided the city is "
     "run jointly; at Dukan (025) it endorsed the line that the peshmerga would not withdraw."),
    ("krg", "annul-result", O, C, "029",
     "The KRG offers to freeze the referendum result and open dialogue; in 020 and 025 it said the result would "
     "not be withdrawn and rejected Baghdad's demand to cancel it."),
    ("krg", "hand-over-borders", O, C, "033",
     "Erbil offers to let federal forces deploy at Fishkhabur and accept federal oversight at the airports as long "
     "as posts are run jointly; in 016 and 019 it refused to hand over crossings or airports."),
]

# Duplicate pairs: (original, copy)
DUPLICATES = [("009", "010"), ("029", "030")]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(, [A-Z][A-Za-z ]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) "
    r"(\d{1,2}) \(([^)]+)\) - "
)


def article_id(i):
    return "%03d" % (i + 1)


def build_articles():
    out = []
    for i, a in enumerate(ARTICLES):
        aid = article_id(i)
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        out.append(dict(
            id=aid, published=a["published"], source=OUTLETS[a["outlet"]], url=url, title=a["title"],
            text=a["text"], _outlet=a["outlet"], _dt=dt, _claims=a["claims"],
        ))
    return out


def parse_watchlist(path):
    """Minimal parser for the watchlist format used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def rss(outlet, arts):
    name = OUTLETS[outlet]
    items = sorted(arts, key=lambda a: a["_dt"], reverse=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        "    <title>%s</title>" % escape(name),
        "    <link>https://example.org/%s/</link>" % outlet,
        "    <description>%s: fictional outlet for the shiftwatch evaluation set kurdistan-referendum-2017"
        "</description>" % escape(name),
        "    <language>en</language>",
        "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_dt"], usegmt=True),
    ]
    for a in items:
        lines += [
            "    <item>",
            "      <title>%s</title>" % escape(a["title"]),
            "      <link>%s</link>" % escape(a["url"]),
            '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
            "      <pubDate>%s</pubDate>" % format_datetime(a["_dt"], usegmt=True),
            "      <description>%s</description>" % escape(a["text"]),
            "    </item>",
        ]
    lines += ["  </channel>", "</rss>", ""]
    return "\n".join(lines)


def validate(arts, labels, feed_paths):
    errors = []
    err = errors.append
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors, want 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues, want 5-7" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            err("baseline entry invalid: %r" % (b,))

    if not 30 <= len(arts) <= 34:
        err("%d articles, want 30-34" % len(arts))
    ids = [a["id"] for a in arts]
    if ids != [article_id(i) for i in range(len(arts))]:
        err("ids are not 001.. consecutive")
    for prev, cur in zip(arts, arts[1:]):
        if not prev["_dt"] < cur["_dt"]:
            err("%s is not published after %s" % (cur["id"], prev["id"]))
    urls = [a["url"] for a in arts]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            err("%s: %d words, want 120-260" % (a["id"], n))
        m = DATELINE.match(a["text"])
        if not m:
            err("%s: bad dateline: %r" % (a["id"], a["text"][:60]))
        else:
            if m.group(4) != a["source"]:
                err("%s: dateline outlet %r != source %r" % (a["id"], m.group(4), a["source"]))
            if int(m.group(3)) != a["_dt"].day:
                err("%s: dateline day %s != published day %d" % (a["id"], m.group(3), a["_dt"].day))

    claims = labels["claims"]
    if sorted(claims) != ids:
        err("labels.claims must have every article id")
    n_claims = 0
    stance_counts = {S: 0, O: 0, C: 0}
    for aid, cl in claims.items():
        text = arts[int(aid) - 1]["text"]
        seen = set()
        for c in cl:
            n_claims += 1
            if c["actor"] not in actors:
                err("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                err("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in stance_counts:
                err("%s: bad stance %s" % (aid, c["stance"]))
            else:
                stance_counts[c["stance"]] += 1
            if c["quote"] not in text:
                err("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                err("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                err("%s: attributed must be bool" % aid)
            key = (c["actor"], c["issue"])
            if key in seen:
                err("%s: two claims for %r" % (aid, key))
            seen.add(key)
    if not 60 <= n_claims <= 90:
        err("%d claims, want 60-90" % n_claims)
    if min(stance_counts.values()) == 0 or stance_counts[C] < 6:
        err("stance mix %r: want all three and >= 6 conditional" % stance_counts)

    # Recompute shifts: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for aid in ids:
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append(dict(actor=key[0], issue=key[1], **{"from": old, "to": c["stance"]}, article=aid))
            prevailing[key] = c["stance"]
    strip = lambda s: {k: s[k] for k in ("actor", "issue", "from", "to", "article")}
    if [strip(s) for s in labels["shifts"]] != recomputed:
        err("labelled shifts != recomputed shifts:\n  labelled   %r\n  recomputed %r"
            % ([strip(s) for s in labels["shifts"]], recomputed))
    if not 5 <= len(labels["shifts"]) <= 8:
        err("%d shifts, want 5-8" % len(labels["shifts"]))
    straight = [s for s in labels["shifts"] if {s["from"], s["to"]} == {S, O}]
    if len(straight) > 2:
        err("more than two straight support/oppose reversals")
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        err("no shift to or from conditional")

    shift_articles = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        err("no_alert_articles must be every article except the shift articles")

    # Duplicates: same day, later, different outlet, identical claim tuples.
    tup = lambda aid: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[aid])
    if len(DUPLICATES) != 2:
        err("want 2 duplicate pairs")
    if not any(o in shift_articles for o, _ in DUPLICATES):
        err("one duplicate pair must be a shift article")
    for o, d in DUPLICATES:
        ao, ad = arts[int(o) - 1], arts[int(d) - 1]
        if ao["_dt"].date() != ad["_dt"].date() or ao["_dt"] >= ad["_dt"] or ao["source"] == ad["source"]:
            err("duplicate %s/%s: must be same day, later copy, other outlet" % (o, d))
        if tup(o) != tup(d):
            err("duplicate %s/%s: claims differ" % (o, d))
        if d in shift_articles:
            err("duplicate copy %s must not be a shift article" % d)
    empty = [aid for aid in ids if not claims[aid]]
    if not 3 <= len(empty) <= 4:
        err("%d no-claim articles, want 3-4" % len(empty))
    if not any(not c["attributed"] for cl in claims.values() for c in cl):
        err("want some attributed: false claims")

    for p in feed_paths:
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            err("xmllint failed on %s: %s" % (p, r.stderr.strip()))
    return errors, n_claims, stance_counts, empty


def main():
    arts = build_articles()
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    feed_paths = []
    for outlet in OUTLETS:
        mine = [a for a in arts if a["_outlet"] == outlet]
        if not mine:
            continue
        p = os.path.join(HERE, "feeds", outlet + ".xml")
        with open(p, "w", encoding="utf-8") as f:
            f.write(rss(outlet, mine))
        feed_paths.append(p)

    claims = {
        a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["_claims"]]
        for a in arts
    }
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2], "to": s[3]}, article=s[4], why=s[5]) for s in SHIFTS]
    shift_articles = {s["article"] for s in shifts}
    labels = dict(
        claims=claims,
        shifts=shifts,
        no_alert_articles=[a["id"] for a in arts if a["id"] not in shift_articles],
    )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")

    errors, n_claims, stance_counts, empty = validate(arts, labels, feed_paths)
    n_false = sum(1 for cl in claims.values() for c in cl if not c["attributed"])
    print("%d articles, %d claims %r, %d attributed false, %d shifts in %d articles, no-claim articles %s"
          % (len(arts), n_claims, stance_counts, n_false, len(shifts), len(shift_articles), ", ".join(empty)))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
