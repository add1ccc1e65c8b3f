#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set armenia-turkey-normalisation-2022.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json next to this script, then validates the whole set
(quotes, ids, watchlist references, lengths, datelines, shifts, no-alert list, xmllint).

All article wording is original paraphrase written for this set. The events are real
and public; the set is not a source of facts.
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
SET_NAME = "armenia-turkey-normalisation-2022"

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "highland-courier": "Highland Courier",
    "crossroads-report": "Crossroads Report",
    "tidewater-journal": "Tidewater Journal",
    "bellwether-news": "Bellwether News",
}

T, F = True, False

# Each article: published (UTC), outlet, slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2021-12-13T14:20:00Z", outlet="lantern-wire",
        slug="armenia-names-rubinyan-envoy-turkey",
        title="Armenia names deputy speaker Rubinyan as envoy for talks with Turkey",
        paras=[
            "YEREVAN, Dec 13 (Lantern Wire) - Armenia has appointed Ruben Rubinyan, a deputy speaker of parliament, as its special envoy for talks on normalising relations with Turkey, the Foreign Ministry said on Monday.",
            "Foreign Ministry spokesman Vahan Hunanyan said Yerevan was ready to establish diplomatic relations with its western neighbour and to reopen the shared border, which has been closed for almost three decades.",
            "Prime Minister Nikol Pashinyan had signalled the move earlier this month, telling reporters that positive messages were coming from Ankara and that Armenia would answer them.",
            "Turkey has had no diplomatic ties with Armenia since the country's independence in 1991 and closed the land border in 1993 in solidarity with Azerbaijan during the first war over Nagorno-Karabakh. A 2009 attempt at reconciliation, the Zurich protocols, collapsed after Ankara tied ratification to progress on Karabakh.",
            "Ankara has said it will name its own envoy in the coming days. Several analysts in Yerevan said the appointments could lead to the first direct flights in two years, though none would predict how quickly a border crossing might follow.",
            "Separately, the government confirmed that its ban on imports of Turkish goods, imposed during the 2020 war, will lapse at the start of January. Traders said they expected the price of Turkish textiles and building materials to fall.",
        ],
        claims=[
            ("armenia", "diplomatic-relations", "support", "Yerevan was ready to establish diplomatic relations with its western neighbour", T),
            ("armenia", "open-land-border", "support", "to reopen the shared border", T),
        ],
    ),
    # 002
    dict(
        published="2021-12-15T16:05:00Z", outlet="highland-courier",
        slug="turkey-picks-kilic-armenia-envoy",
        title="Turkey picks former Washington ambassador Kilic as Armenia envoy",
        paras=[
            "ANKARA, Dec 15 (Highland Courier) - Turkey has named Serdar Kilic, a veteran diplomat who served as ambassador to the United States, as its special representative for talks with Armenia, Foreign Minister Mevlut Cavusoglu said on Wednesday.",
            "Cavusoglu told lawmakers that charter flights between Istanbul and Yerevan would begin soon. But he made clear that Ankara would not move on its own. Every step with Armenia would be taken in consultation and coordination with Azerbaijan, he said, and there could be no full normalisation unless Yerevan reached a lasting peace with Baku.",
            "President Recep Tayyip Erdogan has often described Turkey and Azerbaijan as one nation with two states, and Turkish officials have said Baku was consulted before the envoy was chosen.",
            "Armenian officials welcomed the appointment. Western diplomats in Ankara said the choice of a senior career ambassador rather than a political figure suggested Turkey wanted a quiet, technical channel, though they cautioned that the link to Azerbaijan could slow any progress.",
            "Kilic, who has also served as ambassador to Japan and Lebanon, has not commented publicly on his new task.",
        ],
        claims=[
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Every step with Armenia would be taken in consultation and coordination with Azerbaijan", T),
            ("turkey", "diplomatic-relations", "conditional", "there could be no full normalisation unless Yerevan reached a lasting peace with Baku", T),
        ],
    ),
    # 003
    dict(
        published="2021-12-20T11:30:00Z", outlet="crossroads-report",
        slug="baku-welcomes-turkey-armenia-contacts",
        title="Baku welcomes Turkey-Armenia contacts",
        paras=[
            "BAKU, Dec 20 (Crossroads Report) - Azerbaijan supports the normalisation of relations between Turkey and Armenia, Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said on Monday, describing the appointment of envoys by Ankara and Yerevan as a step toward lasting peace in the South Caucasus.",
            "Hajiyev told reporters that Baku saw the new contacts as part of a broader opening of the region after the 2020 war, and that Azerbaijan had no objection to its closest ally talking to Armenia. He said Turkish and Azerbaijani officials remained in constant contact on the matter.",
            "Asked whether Azerbaijan expected Turkey to keep the border closed until a peace treaty with Armenia was signed, Hajiyev declined to say.",
            "The tone contrasts with 2009, when Baku lobbied hard against the Zurich protocols and warned Ankara that opening the border would betray Azerbaijan. Aliyev has since said the war settled the Karabakh question, and regional commentators have speculated that Baku now sees normalisation as a way to press Armenia into opening a transport route through its southern Syunik province.",
            "Turkish Foreign Minister Mevlut Cavusoglu is due in Baku later this week.",
        ],
        claims=[
            ("azerbaijan", "diplomatic-relations", "support", "Azerbaijan supports the normalisation of relations between Turkey and Armenia", T),
        ],
    ),
    # 004
    dict(
        published="2021-12-29T19:45:00Z", outlet="tidewater-journal",
        slug="washington-welcomes-envoys-moscow-offers-venue",
        title="Washington welcomes Armenia-Turkey envoys, Moscow offers venue",
        paras=[
            "WASHINGTON, Dec 29 (Tidewater Journal) - The United States welcomed the appointment of special envoys by Armenia and Turkey and encouraged both governments to move toward full normalisation, State Department spokesman Ned Price said on Wednesday.",
            "Price said Washington had long supported reconciliation between the two neighbours and believed the process should go forward without preconditions. He said a settlement would bring economic benefits to both countries and to the wider South Caucasus.",
            "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia backed the normalisation effort and was ready to host the envoys' first meeting. Russia, which has a military base in Armenia and whose border guards patrol Armenia's frontier with Turkey, brokered the 2020 ceasefire between Armenia and Azerbaijan.",
            "Turkish and Armenian officials have not yet announced a date or a venue for the first round. A Turkish diplomat said privately that Ankara had no objection to a Russian venue but that nothing had been decided.",
            "Secretary of State Antony Blinken discussed the region with his Turkish counterpart Mevlut Cavusoglu by phone last week, according to a readout that did not mention Armenia.",
        ],
        claims=[
            ("usa", "diplomatic-relations", "support", "encouraged both governments to move toward full normalisation", T),
            ("usa", "turkey-drops-azerbaijan-linkage", "support", "the process should go forward without preconditions", T),
            ("russia", "diplomatic-relations", "support", "Russia backed the normalisation effort", T),
        ],
    ),
    # 005 (no claims)
    dict(
        published="2022-01-10T13:00:00Z", outlet="bellwether-news",
        slug="envoys-first-meeting-moscow-friday",
        title="Armenian and Turkish envoys to hold first meeting in Moscow on Friday",
        paras=[
            "YEREVAN, Jan 10 (Bellwether News) - The special envoys of Armenia and Turkey will hold their first meeting in Moscow on Friday, the Armenian Foreign Ministry said on Monday, confirming a date that had been reported by Russian media over the weekend.",
            "Ruben Rubinyan and Serdar Kilic will meet at a venue provided by the Russian Foreign Ministry, a spokesman said, adding that no agenda had been published. Asked whether the two sides would issue a joint statement, he declined to say.",
            "Turkish officials confirmed the date but would not comment on the substance of the talks. Ankara's Foreign Ministry said only that the meeting would be held in Moscow and that Kilic would travel there on Thursday.",
            "Analysts in Yerevan said the choice of Moscow reflected Russia's role as guarantor of the 2020 ceasefire, and some speculated that later rounds could move to a European capital. Others suggested the first meeting would be largely an exchange of views rather than a negotiation.",
            "The envoys spoke by phone for the first time last week, Armenian officials said. The call lasted around 20 minutes.",
        ],
        claims=[],
    ),
    # 006 (shift: turkey diplomatic-relations conditional->support, turkey linkage oppose->support)
    dict(
        published="2022-01-14T15:10:00Z", outlet="lantern-wire",
        slug="armenia-turkey-agree-normalisation-without-preconditions",
        title="Armenia and Turkey agree to pursue full normalisation without preconditions",
        paras=[
            "MOSCOW, Jan 14 (Lantern Wire) - Armenia and Turkey agreed on Friday to keep negotiating toward full normalisation of their relations without preconditions, the two foreign ministries said after their envoys met for the first time in Moscow.",
            "In near-identical statements, the ministries said Ruben Rubinyan and Serdar Kilic had held a positive and constructive first round and had agreed to continue negotiations without preconditions aimed at full normalisation. The Turkish Foreign Ministry's statement did not mention Azerbaijan.",
            "The wording was a departure for Ankara. A month ago Foreign Minister Mevlut Cavusoglu said every step would be coordinated with Baku and that full normalisation would wait on peace between Armenia and Azerbaijan.",
            "The meeting, at a guest house of the Russian Foreign Ministry, lasted about 90 minutes. Russian officials did not take part, and the hosts issued no statement of their own.",
            "No date was set for the next round. Diplomats in Moscow said it was unclear whether Turkey's Azerbaijani ally had been consulted on the text, and some predicted that Ankara would face questions from Baku.",
        ],
        claims=[
            ("turkey", "diplomatic-relations", "support", "had agreed to continue negotiations without preconditions aimed at full normalisation", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "support", "to keep negotiating toward full normalisation of their relations without preconditions", T),
            ("armenia", "diplomatic-relations", "support", "had agreed to continue negotiations without preconditions aimed at full normalisation", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "to keep negotiating toward full normalisation of their relations without preconditions", T),
        ],
    ),
    # 007
    dict(
        published="2022-01-20T12:40:00Z", outlet="highland-courier",
        slug="armenian-opposition-calls-turkey-talks-betrayal",
        title="Armenian opposition calls Turkey talks a betrayal, demands genocide recognition first",
        paras=[
            "YEREVAN, Jan 20 (Highland Courier) - Armenia's main opposition bloc urged the government on Thursday to halt its talks with Turkey, saying any normalisation with Ankara before it acknowledges the 1915 genocide would betray the victims' memory.",
            "Ishkhan Saghatelyan, a leader of the Armenia Alliance, told a news conference that Turkish recognition of the genocide must come before any diplomatic ties. The Armenian Revolutionary Federation, a member of the bloc, said in a statement that the negotiations must stop.",
            "Prime Minister Nikol Pashinyan's government rejects that approach. Foreign Minister Ararat Mirzoyan told parliament on Wednesday that international recognition of the genocide remained a priority of Armenian foreign policy, but that Yerevan would not make it a condition for establishing relations with Turkey.",
            "Turkey rejects the term genocide, accepting that many Armenians died but arguing that the deaths occurred amid wartime fighting in which Muslims also perished.",
            "The opposition holds about a third of the seats in parliament. Its protest on Thursday drew a few hundred people outside the government building.",
        ],
        claims=[
            ("armenian-opposition", "diplomatic-relations", "oppose", "urged the government on Thursday to halt its talks with Turkey", T),
            ("armenian-opposition", "genocide-precondition", "support", "Turkish recognition of the genocide must come before any diplomatic ties", T),
            ("armenia", "genocide-recognition", "support", "international recognition of the genocide remained a priority of Armenian foreign policy", T),
            ("armenia", "genocide-precondition", "oppose", "Yerevan would not make it a condition for establishing relations with Turkey", T),
            ("turkey", "genocide-recognition", "oppose", "Turkey rejects the term genocide", F),
        ],
    ),
    # 008 (no claims)
    dict(
        published="2022-02-02T17:25:00Z", outlet="crossroads-report",
        slug="first-istanbul-yerevan-flight-two-years",
        title="First Istanbul-Yerevan flight in two years lands as airlines test demand",
        paras=[
            "YEREVAN, Feb 2 (Crossroads Report) - A Pegasus Airlines jet from Istanbul landed at Yerevan's Zvartnots airport on Wednesday, the first scheduled passenger flight between the two cities since early 2020, when services were halted by the pandemic and then by the war over Nagorno-Karabakh.",
            "Armenian carrier FlyOne Armenia said it would begin its own service to Istanbul later in the month. Both airlines plan several weekly rotations and said bookings had been strong among Armenian families with relatives in Istanbul and among Turkish business travellers.",
            "Airport officials said the flight carried around 150 passengers. A spokeswoman for the airport operator declined to say whether freight would be carried on the route, noting that such services would need separate permits from both governments.",
            "Travel agents in Yerevan said fares were still high and speculated that prices would fall once more carriers entered the market. Some analysts suggested that the flights, agreed before the envoys' first meeting, could be followed by cargo links if the talks produced results, but officials on both sides have given no timetable.",
            "The land border between the two countries remains closed.",
        ],
        claims=[],
    ),
    # 009
    dict(
        published="2022-02-24T18:50:00Z", outlet="tidewater-journal",
        slug="envoys-meet-vienna-reaffirm-no-preconditions",
        title="Armenian and Turkish envoys meet in Vienna, reaffirm no-preconditions approach",
        paras=[
            "VIENNA, Feb 24 (Tidewater Journal) - The special envoys of Armenia and Turkey held a second round of talks in Vienna on Thursday and reiterated their agreement to continue the process without preconditions, both foreign ministries said.",
            "Ruben Rubinyan and Serdar Kilic held what the Turkish statement described as a useful and constructive meeting. The Armenian Foreign Ministry said the envoys had also discussed practical arrangements, without giving details.",
            "The meeting was overshadowed by Russia's invasion of Ukraine, which began hours before the envoys sat down at a hotel in the Austrian capital. Diplomats said the switch of venue from Moscow had been agreed weeks earlier and had nothing to do with the war.",
            "Kilic did not speak to reporters after the meeting. Asked whether a date had been set for a third round, an Armenian official declined to say.",
            "Analysts said the real test would be whether Turkey opened its border to Armenian trade, a decision they expected President Recep Tayyip Erdogan to take himself.",
        ],
        claims=[
            ("turkey", "turkey-drops-azerbaijan-linkage", "support", "reiterated their agreement to continue the process without preconditions", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "reiterated their agreement to continue the process without preconditions", T),
        ],
    ),
    # 010 (shift: turkey diplomatic-relations support->conditional, turkey linkage support->oppose)
    dict(
        published="2022-03-12T16:15:00Z", outlet="bellwether-news",
        slug="cavusoglu-turkey-armenia-in-step-with-azerbaijan",
        title="Cavusoglu says Turkey will move on Armenia only in step with Azerbaijan",
        paras=[
            "ANTALYA, Mar 12 (Bellwether News) - Turkish Foreign Minister Mevlut Cavusoglu said on Saturday that Ankara would normalise relations with Armenia only in step with progress between Armenia and Azerbaijan, appearing to walk back the no-preconditions language agreed by the two countries' envoys.",
            "Speaking to reporters after meeting Armenian Foreign Minister Ararat Mirzoyan on the sidelines of the Antalya Diplomacy Forum, the first talks between the two countries' foreign ministers in years, Cavusoglu said Turkey would keep coordinating every move with Baku. Full diplomatic relations would follow a peace treaty between Armenia and Azerbaijan, he said.",
            "Mirzoyan, speaking separately, called the meeting productive. He said Armenia remained ready to establish diplomatic relations and open the border without preconditions, and that it did not see the talks with Turkey as tied to any third country.",
            "Azerbaijani officials did not comment. A Turkish official said the minister's remarks reflected a long-standing position, not a change.",
            "The forum, held at a resort hotel on the Mediterranean coast, also hosted talks between the foreign ministers of Russia and Ukraine on Thursday.",
        ],
        claims=[
            ("turkey", "diplomatic-relations", "conditional", "Ankara would normalise relations with Armenia only in step with progress", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Turkey would keep coordinating every move with Baku", T),
            ("armenia", "diplomatic-relations", "support", "Armenia remained ready to establish diplomatic relations and open the border without preconditions", T),
            ("armenia", "open-land-border", "support", "Armenia remained ready to establish diplomatic relations and open the border without preconditions", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "it did not see the talks with Turkey as tied to any third country", T),
        ],
    ),
    # 011
    dict(
        published="2022-03-29T14:35:00Z", outlet="crossroads-report",
        slug="moscow-still-backs-armenia-turkey-opening",
        title="Moscow says it still backs Armenia-Turkey opening after talks move to Vienna",
        paras=[
            "MOSCOW, Mar 29 (Crossroads Report) - Russia continues to support the normalisation of relations between Armenia and Turkey and the reopening of their common border, Foreign Ministry spokeswoman Maria Zakharova said on Tuesday, after the envoys held their second round in Vienna rather than in the Russian capital.",
            "Zakharova told a weekly briefing that the Moscow round in January had laid the foundation for the process and that Russia was ready to host further meetings. She said Russian border guards, who patrol Armenia's frontier with Turkey under a 1992 agreement, would have to be involved in any arrangements for crossings.",
            "She declined to say whether Moscow had been consulted about the move to Vienna.",
            "Kremlin spokesman Dmitry Peskov said separately that President Vladimir Putin had discussed the South Caucasus with Pashinyan by phone, without giving details.",
            "Some Western diplomats have speculated that Armenia and Turkey chose Vienna to keep the process clear of the war in Ukraine. Armenian officials say the choice of venue was purely practical and was agreed with both the Russian and Austrian sides.",
        ],
        claims=[
            ("russia", "diplomatic-relations", "support", "Russia continues to support the normalisation of relations between Armenia and Turkey", T),
            ("russia", "open-land-border", "support", "the reopening of their common border", T),
        ],
    ),
    # 012 (shift: azerbaijan diplomatic-relations support->conditional)
    dict(
        published="2022-04-14T10:20:00Z", outlet="lantern-wire",
        slug="aliyev-turkey-armenia-opening-peace-treaty",
        title="Aliyev says Turkey-Armenia opening should move in step with peace treaty",
        paras=[
            "BAKU, Apr 14 (Lantern Wire) - President Ilham Aliyev said on Thursday that Azerbaijan would back a normalisation between Turkey and Armenia only if Yerevan signed a peace treaty recognising Azerbaijan's borders, a harder line than Baku took when the envoys were first appointed in December.",
            "Speaking at a meeting with foreign journalists, Aliyev said the two tracks had to advance together. He said President Recep Tayyip Erdogan had assured him personally that Turkey would not open its border with Armenia before a settlement between Baku and Yerevan.",
            "Aliyev said Turkey was free to pursue its own diplomacy but that the two countries had agreed to act as one in the region. Azerbaijan, he said, had no intention of dictating to its ally.",
            "Armenia's Foreign Ministry did not comment. Turkish officials, asked about the assurance Aliyev described, declined to say whether it had been given.",
            "Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels last week and agreed to start work on a peace treaty, with a commission on border delimitation to be set up.",
        ],
        claims=[
            ("azerbaijan", "diplomatic-relations", "conditional", "would back a normalisation between Turkey and Armenia only if Yerevan signed a peace treaty", T),
            ("azerbaijan", "turkey-drops-azerbaijan-linkage", "oppose", "the two tracks had to advance together", T),
            ("turkey", "open-land-border", "conditional", "Turkey would not open its border with Armenia before a settlement", F),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Turkey would not open its border with Armenia before a settlement between Baku and Yerevan", F),
        ],
    ),
    # 013 (duplicate pair with 014)
    dict(
        published="2022-04-24T15:00:00Z", outlet="tidewater-journal",
        slug="biden-again-calls-1915-killings-genocide",
        title="Biden again calls 1915 killings genocide; Ankara rejects statement",
        paras=[
            "WASHINGTON, Apr 24 (Tidewater Journal) - President Joe Biden on Sunday again described the mass killings of Armenians in the Ottoman Empire as genocide, in a statement marking the 107th anniversary of the start of the deportations in 1915.",
            "Biden said the United States honoured the memory of the victims and reaffirmed its commitment to preventing future atrocities. He did not mention Turkey by name.",
            "Turkey's Foreign Ministry said it rejected the statement, calling it a distortion of history driven by domestic politics. Foreign Minister Mevlut Cavusoglu said historians, not politicians, should judge the events of 1915.",
            "In Yerevan, Prime Minister Nikol Pashinyan led tens of thousands of people to the hilltop memorial at Tsitsernakaberd. In a message, he said Armenia would keep working for universal recognition of the genocide.",
            "Last year Biden became the first US president to use the word genocide in the annual statement, a step his predecessors had avoided for fear of damaging ties with a NATO ally.",
        ],
        claims=[
            ("usa", "genocide-recognition", "support", "again described the mass killings of Armenians in the Ottoman Empire as genocide", T),
            ("turkey", "genocide-recognition", "oppose", "Turkey's Foreign Ministry said it rejected the statement", T),
            ("armenia", "genocide-recognition", "support", "Armenia would keep working for universal recognition of the genocide", T),
        ],
    ),
    # 014 (duplicate copy of 013)
    dict(
        published="2022-04-24T17:35:00Z", outlet="lantern-wire",
        slug="biden-genocide-statement-turkey-rejects",
        title="Biden repeats genocide description of 1915 killings, Turkey objects",
        paras=[
            "WASHINGTON, Apr 24 (Lantern Wire) - US President Joe Biden on Sunday again described the mass killings of Armenians in the Ottoman Empire as genocide, in a statement marking 107 years since the deportations began in 1915.",
            "Biden said the United States honoured the memory of those who died and renewed its commitment to preventing future atrocities. He did not name Turkey.",
            "Turkey's Foreign Ministry said it rejected the statement, describing it as a distortion of history shaped by domestic politics. Foreign Minister Mevlut Cavusoglu said the events of 1915 should be judged by historians rather than politicians.",
            "In Yerevan, Prime Minister Nikol Pashinyan led tens of thousands of people up the hill to the Tsitsernakaberd memorial. In a message he said Armenia would keep working for universal recognition of the genocide.",
            "Biden last year became the first US president to use the word genocide in the annual statement, a step earlier presidents had avoided for fear of upsetting a NATO ally.",
        ],
        claims=[
            ("usa", "genocide-recognition", "support", "again described the mass killings of Armenians in the Ottoman Empire as genocide", T),
            ("turkey", "genocide-recognition", "oppose", "Turkey's Foreign Ministry said it rejected the statement", T),
            ("armenia", "genocide-recognition", "support", "Armenia would keep working for universal recognition of the genocide", T),
        ],
    ),
    # 015 (no claims)
    dict(
        published="2022-05-02T09:40:00Z", outlet="highland-courier",
        slug="envoys-vienna-third-round-border-question",
        title="Envoys to meet in Vienna for third round as border question looms",
        paras=[
            "VIENNA, May 2 (Highland Courier) - The special envoys of Armenia and Turkey will meet in Vienna on Tuesday for a third round of talks, diplomats said on Monday, as attention turns to whether the two sides can agree on any practical step before the summer.",
            "Neither foreign ministry has published an agenda. An Austrian official said the government had again offered a venue at the request of both delegations and would not take part in the discussions.",
            "Several analysts said Ankara might be willing to let foreigners cross the land border as a first gesture, while keeping it closed to Armenian and Turkish citizens. Others doubted that Turkey would move before Armenia and Azerbaijan made progress on their own peace treaty.",
            "Asked on Monday whether Turkey was ready to discuss the border, a Turkish Foreign Ministry spokesman declined to say, noting only that the envoys would continue their exchanges. An Armenian official said it was too early to talk about results.",
            "The first two rounds were held in Moscow in January and in Vienna in February. Both produced short statements but no concrete agreements.",
        ],
        claims=[],
    ),
    # 016
    dict(
        published="2022-05-17T19:10:00Z", outlet="crossroads-report",
        slug="opposition-rally-yerevan-denounces-talks",
        title="Opposition rally in Yerevan denounces talks with Baku and Ankara",
        paras=[
            "YEREVAN, May 17 (Crossroads Report) - Thousands of opposition supporters marched through central Yerevan on Tuesday, accusing Prime Minister Nikol Pashinyan of preparing concessions to Azerbaijan and Turkey and demanding his resignation.",
            "Speakers from the Armenia Alliance and the I Have Honor alliance said the government's contacts with Ankara were a trap and called on it to break them off. Turkey, they said, had to recognise the genocide before Armenia sat down with it as a partner.",
            "In Washington, the Armenian National Committee of America issued a statement backing the protesters and urging members of Congress to speak out against the talks.",
            "The opposition also accused the government of having quietly given up the demand for genocide recognition in its talks with Turkey, a charge officials denied. Government spokespeople said Pashinyan had never made recognition a condition of the talks and that the charge misrepresented a consistent policy.",
            "Police said the rally passed peacefully. Opposition leaders said they would hold street protests daily.",
        ],
        claims=[
            ("armenian-opposition", "diplomatic-relations", "oppose", "said the government's contacts with Ankara were a trap", T),
            ("armenian-opposition", "genocide-precondition", "support", "had to recognise the genocide before Armenia sat down with it as a partner", T),
            ("armenia", "genocide-precondition", "oppose", "Pashinyan had never made recognition a condition of the talks", T),
        ],
    ),
    # 017 (shift: turkey open-land-border conditional->support)
    dict(
        published="2022-07-01T17:30:00Z", outlet="bellwether-news",
        slug="armenia-turkey-agree-border-third-country-air-cargo",
        title="Armenia and Turkey agree to open border to third-country nationals, start air cargo",
        paras=[
            "VIENNA, Jul 1 (Bellwether News) - Armenia and Turkey agreed on Friday to allow citizens of third countries to cross their land border and to begin direct air cargo trade, the first concrete results of talks launched six months ago.",
            "In a joint statement after the fourth round in Vienna, envoys Ruben Rubinyan and Serdar Kilic said the two sides would enable third-country nationals to cross the border at the earliest possible date. They also agreed to start direct air cargo trade between the two countries, and said they would take the necessary steps to carry out the decisions.",
            "The statement said the envoys would continue their talks but gave no date for the border opening. It did not mention Azerbaijan.",
            "Armenian officials said preparations at the Margara crossing, on the Armenian side, could be finished within weeks. Turkish officials said work would be needed at the Alican post on their side.",
            "Analysts said the deal was modest but symbolically important, and some predicted the crossing would open before the end of the year.",
        ],
        claims=[
            ("turkey", "open-land-border", "support", "would enable third-country nationals to cross the border at the earliest possible date", T),
            ("armenia", "open-land-border", "support", "would enable third-country nationals to cross the border at the earliest possible date", T),
            ("turkey", "cargo-flights", "support", "agreed to start direct air cargo trade between the two countries", T),
            ("armenia", "cargo-flights", "support", "agreed to start direct air cargo trade between the two countries", T),
        ],
    ),
    # 018
    dict(
        published="2022-07-06T13:55:00Z", outlet="tidewater-journal",
        slug="us-russia-welcome-armenia-turkey-border-deal",
        title="US and Russia welcome Armenia-Turkey border deal",
        paras=[
            "WASHINGTON, Jul 6 (Tidewater Journal) - The United States welcomed the agreement between Armenia and Turkey to open their land border to third-country nationals and urged both sides to carry it out quickly, the State Department said.",
            "Spokesman Ned Price told reporters on Tuesday that Washington saw the decision as an important step and would continue to support the process toward full normalisation. Secretary of State Antony Blinken had raised the talks in recent calls with Armenian and Turkish leaders, he said. The July 1 agreement also covers direct air cargo flights.",
            "Russia also welcomed the border agreement. Foreign Ministry spokeswoman Maria Zakharova said in Moscow that Russian border guards on the Armenian side were ready to work with both parties on the practical arrangements.",
            "Azerbaijan did not comment publicly. An Azerbaijani analyst close to the government said Baku regarded the deal as a limited step that would not affect the broader sequencing agreed with Ankara.",
            "In Yerevan, opposition leaders, who have called the talks a betrayal, did not comment on the deal.",
        ],
        claims=[
            ("usa", "open-land-border", "support", "The United States welcomed the agreement between Armenia and Turkey to open their land border", T),
            ("usa", "diplomatic-relations", "support", "would continue to support the process toward full normalisation", T),
            ("russia", "open-land-border", "support", "Russia also welcomed the border agreement", T),
            ("armenian-opposition", "diplomatic-relations", "oppose", "who have called the talks a betrayal", F),
        ],
    ),
    # 019
    dict(
        published="2022-09-22T11:45:00Z", outlet="crossroads-report",
        slug="armenia-says-turkey-yet-to-act-border-deal",
        title="Armenia says Turkey has yet to act on border deal",
        paras=[
            "YEREVAN, Sep 22 (Crossroads Report) - Armenia is ready to open its side of the border with Turkey to third-country nationals tomorrow, but Ankara has not yet taken the steps agreed in July, envoy Ruben Rubinyan said on Thursday.",
            "Rubinyan told reporters that the Margara crossing had been prepared and that Yerevan was waiting for the Turkish side. He said Armenia expected Turkey to honour the agreement without linking it to events elsewhere.",
            "The comments followed a week of fighting on Armenia's border with Azerbaijan that killed nearly 300 soldiers on both sides. Turkish Foreign Minister Mevlut Cavusoglu, in New York for the United Nations General Assembly, blamed Armenia for the clashes, as Ankara has done in past flare-ups.",
            "Armenian officials said privately that Ankara was waiting for a signal from Baku before moving on the border. A Turkish diplomat, asked about the delay, declined to say when the crossing would open.",
            "The envoys have not met since July. No date has been set for a fifth round, and analysts in both capitals said the fighting had made a quick opening less likely.",
        ],
        claims=[
            ("armenia", "open-land-border", "support", "Armenia is ready to open its side of the border with Turkey to third-country nationals", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "Armenia expected Turkey to honour the agreement without linking it to events elsewhere", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Ankara was waiting for a signal from Baku before moving on the border", F),
        ],
    ),
    # 020
    dict(
        published="2022-10-06T20:15:00Z", outlet="lantern-wire",
        slug="pashinyan-erdogan-first-talks-prague",
        title="Pashinyan and Erdogan hold first talks, pledge to push ahead with July steps",
        paras=[
            "PRAGUE, Oct 6 (Lantern Wire) - Armenian Prime Minister Nikol Pashinyan and Turkish President Recep Tayyip Erdogan met for the first time on Thursday on the sidelines of the European Political Community summit in Prague, and discussed how to carry out the steps their envoys agreed in July.",
            "Erdogan's office said the two leaders had talked about opening the border to third-country citizens and starting direct cargo flights, and that Turkey wanted the arrangements put in place as soon as possible. It said Turkey would keep backing the peace process between Armenia and Azerbaijan, and that normalisation with Yerevan would advance alongside it.",
            "Pashinyan said on social media that the conversation had been frank and that Armenia remained committed to normalising relations with Turkey without preconditions.",
            "The meeting, held in a side room at Prague Castle, lasted about half an hour. Pashinyan also met Azerbaijani President Ilham Aliyev at the summit, in talks hosted by French President Emmanuel Macron and European Council President Charles Michel.",
            "Analysts cautioned that similar pledges had been made before and said the real sign of progress would be a date for the crossing.",
        ],
        claims=[
            ("turkey", "open-land-border", "support", "Turkey wanted the arrangements put in place as soon as possible", T),
            ("turkey", "cargo-flights", "support", "Turkey wanted the arrangements put in place as soon as possible", T),
            ("turkey", "diplomatic-relations", "conditional", "normalisation with Yerevan would advance alongside it", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "normalisation with Yerevan would advance alongside it", T),
            ("armenia", "diplomatic-relations", "support", "Armenia remained committed to normalising relations with Turkey without preconditions", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "Armenia remained committed to normalising relations with Turkey without preconditions", T),
        ],
    ),
    # 021 (shift: turkey open-land-border support->conditional)
    dict(
        published="2022-12-20T18:05:00Z", outlet="highland-courier",
        slug="turkey-ties-border-opening-armenia-azerbaijan-talks",
        title="Turkey ties border opening to progress in Armenia-Azerbaijan peace talks",
        paras=[
            "ANKARA, Dec 20 (Highland Courier) - Turkey will open its border with Armenia to third-country nationals only once Armenia and Azerbaijan make tangible progress toward a peace agreement, Foreign Minister Mevlut Cavusoglu said on Tuesday, five months after the two countries agreed to allow such crossings.",
            "In an interview with a Turkish broadcaster, Cavusoglu said the technical work on the Turkish side was largely done but that the timing of the opening was a political decision that could not be separated from the situation between Baku and Yerevan. He added that Ankara remained ready to launch the cargo flights agreed in July, and said that part of the deal did not depend on the peace talks.",
            "Cavusoglu also accused Armenia of slowing the peace process with Azerbaijan, a charge Yerevan rejects.",
            "Armenian officials did not immediately respond. In July the two envoys said the border would open to foreigners at the earliest possible date, and Rubinyan said as recently as September that Armenia was ready.",
            "Analysts in Istanbul said the minister's remarks confirmed what diplomats had long suspected: that Ankara would not move on the border without Baku's consent.",
        ],
        claims=[
            ("turkey", "open-land-border", "conditional", "only once Armenia and Azerbaijan make tangible progress toward a peace agreement", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "could not be separated from the situation between Baku and Yerevan", T),
            ("turkey", "cargo-flights", "support", "Ankara remained ready to launch the cargo flights agreed in July", T),
        ],
    ),
    # 022
    dict(
        published="2023-01-12T15:20:00Z", outlet="bellwether-news",
        slug="armenian-envoy-urges-ankara-not-let-baku-decide",
        title="Armenian envoy urges Ankara not to let Baku decide on border",
        paras=[
            "YEREVAN, Jan 12 (Bellwether News) - Armenia's envoy for talks with Turkey, Ruben Rubinyan, said on Thursday that Ankara should carry out the border agreement reached in July without waiting for permission from Azerbaijan.",
            "In an interview with public television, Rubinyan said Turkey's normalisation with Armenia was a bilateral matter and should not be made conditional on any third country. He said the Turkish side had told Armenian negotiators that the crossing could open once the peace talks with Baku moved forward, a position he called unacceptable.",
            "Rubinyan said Yerevan was still ready to open the Margara crossing to foreign travellers and diplomats at any moment. Asked whether the next round of talks would be held in Vienna, he declined to say.",
            "Azerbaijan's Foreign Ministry did not respond to a request for comment. Foreign Minister Jeyhun Bayramov has previously said Baku supports the normalisation process but regards it as part of a broader regional settlement.",
            "The two envoys last met in Vienna in July. Armenian officials said contacts had continued by phone and through embassies in third countries.",
        ],
        claims=[
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "should not be made conditional on any third country", T),
            ("armenia", "open-land-border", "support", "Yerevan was still ready to open the Margara crossing to foreign travellers and diplomats", T),
            ("turkey", "open-land-border", "conditional", "the crossing could open once the peace talks with Baku moved forward", F),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "the crossing could open once the peace talks with Baku moved forward", F),
        ],
    ),
    # 023 (no claims)
    dict(
        published="2023-02-08T10:10:00Z", outlet="crossroads-report",
        slug="armenian-rescuers-head-to-quake-hit-turkey",
        title="Armenian rescuers head to quake-hit Turkey",
        paras=[
            "YEREVAN, Feb 8 (Crossroads Report) - A team of Armenian rescuers flew to southern Turkey on Wednesday to help search for survivors of Monday's earthquakes, which have killed more than 11,000 people in Turkey and Syria.",
            "The team from the Emergency Situations Ministry left Zvartnots airport for Adiyaman province aboard a government plane, the ministry said. Prime Minister Nikol Pashinyan had called President Recep Tayyip Erdogan on Tuesday to offer condolences and assistance, according to his office.",
            "Turkish envoy Serdar Kilic thanked Armenia on social media, writing that the help would be remembered. Turkey's disaster agency said teams from dozens of countries were now on the ground.",
            "Several commentators in Yerevan and Istanbul said the disaster might create a new opening for the stalled normalisation talks, recalling how earthquake diplomacy had helped thaw relations between Turkey and Greece in 1999. Officials on both sides declined to say whether the talks would be affected.",
            "A second Armenian shipment of food, water and medicine is being prepared, the ministry said, and could be sent by road if Turkey allows it.",
        ],
        claims=[],
    ),
    # 024 (headline overstates)
    dict(
        published="2023-02-11T14:25:00Z", outlet="lantern-wire",
        slug="turkey-armenia-border-opens-first-time-35-years",
        title="Turkey-Armenia border opens for first time in 35 years",
        paras=[
            "MARGARA, Feb 11 (Lantern Wire) - Five Armenian trucks carrying food, medicine and water crossed into Turkey on Saturday through the Margara crossing to deliver aid to victims of last week's earthquakes, the first time the frontier has been opened since 1988.",
            "The crossing was opened for the convoy only, officials on both sides said, and it closed again once the trucks had passed. Turkish envoy Serdar Kilic thanked Armenia on social media for the aid, and Ruben Rubinyan, his Armenian counterpart, said he had been at the crossing to see the trucks off.",
            "Rubinyan said Armenia remained ready for the full opening of the border, and that he hoped the humanitarian gesture would help the two countries move forward. Turkish officials gave no indication that the crossing would stay open, and one said a permanent opening was a separate question for the negotiators.",
            "The border was last opened in 1988, when Turkey sent aid through the same crossing after the earthquake in northern Armenia that killed about 25,000 people.",
            "Analysts said the symbolism was powerful but cautioned against reading too much into a one-off humanitarian arrangement.",
        ],
        claims=[
            ("armenia", "open-land-border", "support", "Armenia remained ready for the full opening of the border", T),
        ],
    ),
    # 025 (shift: turkey open-land-border conditional->support; duplicate pair with 026)
    dict(
        published="2023-02-15T13:40:00Z", outlet="tidewater-journal",
        slug="turkey-armenia-open-border-third-country-before-summer",
        title="Turkey and Armenia to open border to third-country citizens before summer, Cavusoglu says",
        paras=[
            "ANKARA, Feb 15 (Tidewater Journal) - Turkey and Armenia will work to open their land border to citizens of third countries and holders of diplomatic passports before the summer tourist season, Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday after talks with his Armenian counterpart in Ankara.",
            "Cavusoglu, speaking at a joint news conference with Ararat Mirzoyan, thanked Armenia for sending rescuers and aid after the earthquakes and said the two neighbours should build on that solidarity. He said Turkey would also keep supporting the peace talks between Armenia and Azerbaijan, but he did not present a peace treaty as a condition for the border.",
            "Mirzoyan, on a rare visit to Turkey by an Armenian foreign minister, said Armenia was ready for the complete opening of the border and the establishment of diplomatic relations. He arrived in Ankara after touring the earthquake zone in Adiyaman with Cavusoglu.",
            "In December Cavusoglu had said the border would open only once Armenia and Azerbaijan made progress toward peace.",
            "Diplomats in Ankara said the visit had been arranged quickly after the earthquake. Neither minister took questions on the events of 1915.",
        ],
        claims=[
            ("turkey", "open-land-border", "support", "will work to open their land border to citizens of third countries", T),
            ("armenia", "open-land-border", "support", "Armenia was ready for the complete opening of the border", T),
            ("armenia", "diplomatic-relations", "support", "ready for the complete opening of the border and the establishment of diplomatic relations", T),
        ],
    ),
    # 026 (duplicate copy of 025)
    dict(
        published="2023-02-15T16:20:00Z", outlet="highland-courier",
        slug="cavusoglu-border-third-country-nationals-summer",
        title="Turkey to open Armenian border to foreigners by summer, says Cavusoglu",
        paras=[
            "ANKARA, Feb 15 (Highland Courier) - Turkey and Armenia will work to open their land border to citizens of third countries and diplomatic passport holders before the summer tourist season, Foreign Minister Mevlut Cavusoglu said on Wednesday following talks with Armenia's top diplomat in Ankara.",
            "At a joint news conference with Ararat Mirzoyan, Cavusoglu thanked Armenia for the rescuers and aid it sent after the earthquakes and said the neighbours should build on that solidarity. Turkey would also continue to support the Armenia-Azerbaijan peace talks, he said, though he did not present a peace treaty as a condition for the border.",
            "Mirzoyan, making a rare visit to Turkey for an Armenian foreign minister, said Armenia was ready for the complete opening of the border and the establishment of diplomatic relations. He had toured the quake zone in Adiyaman with Cavusoglu before arriving in the capital.",
            "In December Cavusoglu had said the border would open only once Armenia and Azerbaijan made progress toward peace.",
            "Diplomats said the visit was arranged at short notice after the disaster. Neither minister took questions on 1915.",
        ],
        claims=[
            ("turkey", "open-land-border", "support", "will work to open their land border to citizens of third countries", T),
            ("armenia", "open-land-border", "support", "Armenia was ready for the complete opening of the border", T),
            ("armenia", "diplomatic-relations", "support", "ready for the complete opening of the border and the establishment of diplomatic relations", T),
        ],
    ),
    # 027
    dict(
        published="2023-03-14T12:50:00Z", outlet="crossroads-report",
        slug="aliyev-ankara-armenia-opening-peace-deal",
        title="Aliyev says Ankara will not rush Armenia opening ahead of peace deal",
        paras=[
            "BAKU, Mar 14 (Crossroads Report) - Azerbaijan is in favour of Turkey normalising relations with Armenia provided it goes hand in hand with a peace treaty between Baku and Yerevan, President Ilham Aliyev said on Tuesday.",
            "Aliyev told a conference in Baku that Azerbaijan and Turkey coordinated all their steps in the region and that Ankara's contacts with Yerevan were no exception. He said the opening of transport links, including a road across Armenia's Syunik province to the Nakhchivan exclave, belonged to the same package.",
            "He said he had no objection to the aid Armenia sent to Turkey after last month's earthquakes.",
            "Asked whether Turkey had consulted Baku before promising to open the border to third-country citizens before the summer, Aliyev declined to say.",
            "Foreign Minister Jeyhun Bayramov said separately that the Turkish-Armenian process should not run ahead of the Armenian-Azerbaijani one.",
            "The Armenian Foreign Ministry had no immediate comment on Aliyev's remarks.",
        ],
        claims=[
            ("azerbaijan", "diplomatic-relations", "conditional", "in favour of Turkey normalising relations with Armenia provided it goes hand in hand", T),
            ("azerbaijan", "turkey-drops-azerbaijan-linkage", "oppose", "the Turkish-Armenian process should not run ahead of the Armenian-Azerbaijani one", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Ankara's contacts with Yerevan were no exception", F),
        ],
    ),
    # 028
    dict(
        published="2023-04-24T16:30:00Z", outlet="bellwether-news",
        slug="biden-marks-genocide-anniversary-turkey-rejects",
        title="Biden marks genocide anniversary as Turkey renews rejection",
        paras=[
            "YEREVAN, Apr 24 (Bellwether News) - Hundreds of thousands of Armenians walked to the Tsitsernakaberd memorial in Yerevan on Monday to mark the 108th anniversary of the start of the 1915 killings, as US President Joe Biden issued his third statement calling them genocide.",
            "Biden said in his statement that the United States recognised the genocide and honoured the memory of those who died.",
            "Turkey's Foreign Ministry said it rejected Biden's use of the term, which it said had no legal or historical basis.",
            "Prime Minister Nikol Pashinyan laid flowers at the memorial. In a written message he said recognition of the genocide remained important for Armenia.",
            "Supporters of the Armenian Revolutionary Federation staged a torchlit march through the capital on the eve of the anniversary and burned Turkish flags outside the government building. Police reported no arrests.",
            "Biden's statement was released in Washington shortly after the ceremonies in Yerevan had ended. Turkish officials did not say whether they would raise it with the US ambassador in Ankara.",
        ],
        claims=[
            ("usa", "genocide-recognition", "support", "the United States recognised the genocide", T),
            ("turkey", "genocide-recognition", "oppose", "Turkey's Foreign Ministry said it rejected Biden's use of the term", T),
            ("armenia", "genocide-recognition", "support", "recognition of the genocide remained important for Armenia", T),
        ],
    ),
    # 029
    dict(
        published="2023-04-28T09:15:00Z", outlet="highland-courier",
        slug="turkey-shuts-airspace-armenian-airline-monument",
        title="Turkey shuts airspace to Armenian airline over Yerevan monument",
        paras=[
            "ISTANBUL, Apr 28 (Highland Courier) - Turkey has closed its airspace to flights by an Armenian airline in retaliation for the unveiling in Yerevan of a monument to the Armenian militants who assassinated former Ottoman officials in the 1920s, Foreign Minister Mevlut Cavusoglu said on Thursday.",
            "Cavusoglu said the monument was a disgrace and that Ankara had decided to deny FlyOne Armenia permission to use Turkish airspace for its flights to Europe. Further measures could follow, he said, without elaborating.",
            "The minister did not say whether the step affected the border arrangement announced in February or the cargo flights agreed last year, and a ministry spokesman declined to say.",
            "Armenian Foreign Ministry spokeswoman Ani Badalyan said Yerevan regretted the decision and that Armenia remained committed to the normalisation process with Turkey without preconditions. She said the monument was a matter for the city authorities.",
            "FlyOne said it would reroute flights to Europe over Georgia and the Black Sea, adding time and cost. The ban does not cover Turkish Airlines or Pegasus, which continue to fly between Istanbul and Yerevan.",
            "Analysts said the dispute showed how fragile the process remained.",
        ],
        claims=[
            ("armenia", "diplomatic-relations", "support", "Armenia remained committed to the normalisation process with Turkey without preconditions", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "Armenia remained committed to the normalisation process with Turkey without preconditions", T),
        ],
    ),
    # 030
    dict(
        published="2023-06-03T17:00:00Z", outlet="lantern-wire",
        slug="pashinyan-attends-erdogan-inauguration",
        title="Pashinyan attends Erdogan inauguration, drawing fire at home",
        paras=[
            "ANKARA, Jun 3 (Lantern Wire) - Armenian Prime Minister Nikol Pashinyan attended Recep Tayyip Erdogan's swearing-in for a new term as Turkish president in Ankara on Saturday, becoming the first Armenian leader to attend such a ceremony.",
            "Pashinyan, one of dozens of foreign leaders at the ceremony, watched the oath at the presidential complex and spoke briefly with Erdogan at a reception afterwards. His office said they exchanged greetings; it declined to say whether the border or the envoys' talks came up.",
            "In Yerevan, the opposition Armenia Alliance called the trip a humiliation and said the government should end its talks with Ankara. Ishkhan Saghatelyan said an Armenian leader had no business applauding the president of a state that still denied the genocide, and that recognition must be the starting point of any relationship.",
            "Erdogan is expected to name a new cabinet later on Saturday, with intelligence chief Hakan Fidan tipped as foreign minister. Analysts speculated that Fidan, who has handled sensitive files with Baku, would keep Ankara's close coordination with Azerbaijan.",
            "Pashinyan returned to Yerevan in the evening.",
        ],
        claims=[
            ("armenian-opposition", "diplomatic-relations", "oppose", "the government should end its talks with Ankara", T),
            ("armenian-opposition", "genocide-precondition", "support", "recognition must be the starting point of any relationship", T),
        ],
    ),
    # 031
    dict(
        published="2023-07-18T15:45:00Z", outlet="tidewater-journal",
        slug="fidan-armenia-track-tied-to-baku-talks",
        title="New Turkish foreign minister says Armenia track stays tied to Baku talks",
        paras=[
            "ANKARA, Jul 18 (Tidewater Journal) - Turkey's new foreign minister, Hakan Fidan, said on Tuesday that Ankara would pursue normalisation with Armenia in close coordination with Azerbaijan, signalling no change in policy after last month's cabinet reshuffle.",
            "Fidan told a news conference that Turkey wanted a comprehensive peace in the South Caucasus and that a treaty between Armenia and Azerbaijan would open the way for full normalisation with Yerevan. He said Turkey had not gone back on its commitment to open the border to third-country nationals and diplomats, and that technical preparations at the Alican crossing were complete.",
            "Russian Foreign Minister Sergei Lavrov, speaking in Moscow the same day, said Russia supported the Armenian-Turkish dialogue and welcomed any step that unblocked transport links in the region. He said Moscow was ready to offer its good offices again.",
            "Armenian officials said they were studying Fidan's remarks. An Armenian diplomat said Yerevan had not been given a date for the border opening.",
            "Analysts in Ankara said the minister's comments suggested the border could open for foreigners within months, but that diplomatic relations would wait on Baku.",
        ],
        claims=[
            ("turkey", "turkey-drops-azerbaijan-linkage", "oppose", "Ankara would pursue normalisation with Armenia in close coordination with Azerbaijan", T),
            ("turkey", "diplomatic-relations", "conditional", "a treaty between Armenia and Azerbaijan would open the way for full normalisation", T),
            ("turkey", "open-land-border", "support", "Turkey had not gone back on its commitment to open the border", T),
            ("russia", "diplomatic-relations", "support", "Russia supported the Armenian-Turkish dialogue", T),
        ],
    ),
    # 032
    dict(
        published="2023-07-30T14:10:00Z", outlet="bellwether-news",
        slug="envoys-meet-at-armenia-turkey-border",
        title="Envoys meet at Armenia-Turkey border, discuss opening",
        paras=[
            "MARGARA, Jul 30 (Bellwether News) - The special envoys of Armenia and Turkey met on Sunday at the Margara crossing on the closed border between their countries, the first time the two have held talks on the frontier itself.",
            "Ruben Rubinyan and Serdar Kilic discussed the implementation of the agreement to open the border to third-country nationals and diplomats, according to statements from both sides. Kilic said Turkey's commitment to the agreement was firm and that the two sides would keep working on the details. Rubinyan said Armenia was ready to open the crossing immediately.",
            "The Armenian statement said the sides had reaffirmed their commitment to full normalisation without preconditions. The Turkish statement did not use that phrase.",
            "The envoys inspected the facilities on the Armenian side before lunch at a nearby village. Asked when the first travellers would cross, neither envoy gave a date.",
            "Analysts said the venue was meant to signal that the process was alive despite months of delay, but warned that Ankara's decision would still be shaped by its ties with Baku.",
        ],
        claims=[
            ("turkey", "open-land-border", "support", "Turkey's commitment to the agreement was firm", T),
            ("armenia", "open-land-border", "support", "Armenia was ready to open the crossing immediately", T),
            ("armenia", "diplomatic-relations", "support", "reaffirmed their commitment to full normalisation without preconditions", T),
            ("armenia", "turkey-drops-azerbaijan-linkage", "support", "reaffirmed their commitment to full normalisation without preconditions", T),
            ("turkey", "turkey-drops-azerbaijan-linkage", "support", "the sides had reaffirmed their commitment to full normalisation without preconditions", F),
        ],
    ),
]

SHIFTS = [
    dict(actor="turkey", issue="diplomatic-relations", **{"from": "conditional", "to": "support"}, article="006",
         why="In the joint Moscow statements Turkey agrees to negotiate toward full normalisation without preconditions; in 002 Cavusoglu said there could be no full normalisation unless Yerevan made peace with Baku."),
    dict(actor="turkey", issue="turkey-drops-azerbaijan-linkage", **{"from": "oppose", "to": "support"}, article="006",
         why="Same Moscow statements: 'without preconditions' and no mention of Azerbaijan; in 002 every step was to be coordinated with Baku."),
    dict(actor="turkey", issue="diplomatic-relations", **{"from": "support", "to": "conditional"}, article="010",
         why="Cavusoglu says in Antalya that Ankara will normalise only in step with Armenia-Azerbaijan progress and that full relations follow a peace treaty (006 and 009 had said without preconditions)."),
    dict(actor="turkey", issue="turkey-drops-azerbaijan-linkage", **{"from": "support", "to": "oppose"}, article="010",
         why="Cavusoglu says Turkey will keep coordinating every move with Baku, walking back the no-preconditions wording restated in 009; a Turkish official's denial of a change does not undo the reported reversal."),
    dict(actor="azerbaijan", issue="diplomatic-relations", **{"from": "support", "to": "conditional"}, article="012",
         why="Aliyev says Baku would back Turkey-Armenia normalisation only if Yerevan signs a peace treaty; in 003 Hajiyev gave an unqualified welcome."),
    dict(actor="turkey", issue="open-land-border", **{"from": "conditional", "to": "support"}, article="017",
         why="In the Vienna joint statement Turkey agrees to let third-country nationals cross at the earliest possible date; before, Ankara kept the border closed pending a Karabakh settlement (baseline; reported again, unattributed, in 012)."),
    dict(actor="turkey", issue="open-land-border", **{"from": "support", "to": "conditional"}, article="021",
         why="Cavusoglu says the border will open to third-country nationals only once Armenia and Azerbaijan make tangible progress toward peace; in 017 and 020 Turkey wanted it open as soon as possible."),
    dict(actor="turkey", issue="open-land-border", **{"from": "conditional", "to": "support"}, article="025",
         why="In Ankara Cavusoglu says the two countries will work to open the border to third-country citizens and diplomats before summer, with no peace-treaty condition; in 021 he made it depend on the peace talks. 026 is the duplicate copy and must not alert again."),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("013", "014"), ("025", "026")]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for the watchlist format used here (no PyYAML in the standard library)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            raw = line.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", raw):
                section = raw.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", raw)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                issues.append(m.group(1))
                continue
            if section == "issues":
                key = re.match(r"^\s+([a-z_]+):", raw)
                if key and key.group(1) not in ("name", "description", "terms"):
                    fail("issue has unexpected field %r" % key.group(1))
            if section == "baseline":
                b = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", raw)
                if not b:
                    fail("cannot parse baseline line: %r" % raw)
                baseline.append((b.group(1), b.group(2), b.group(3)))
    return actors, issues, baseline


def word_count(s):
    return len(s.split())


def build():
    articles = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        text = "\n\n".join(a["paras"])
        articles.append(dict(id=aid, dt=dt, published=a["published"], outlet=a["outlet"],
                             source=OUTLETS[a["outlet"]], url=url, title=a["title"], text=text,
                             claims=a["claims"]))
    return articles


def write(articles):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"], "url": a["url"],
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in articles if a["outlet"] == slug], key=lambda a: a["dt"], reverse=True)
        if not items:
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["dt"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(a["dt"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in articles},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def validate(articles, labels):
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("watchlist must have 5-8 actors, has %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("watchlist must have 5-7 issues, has %d" % len(issues))
    stances = {"support", "oppose", "conditional"}
    for (ac, iss, st) in baseline:
        if ac not in actors or iss not in issues or st not in stances:
            fail("bad baseline entry %s/%s/%s" % (ac, iss, st))
    if len({(ac, iss) for ac, iss, _ in baseline}) != len(baseline):
        fail("duplicate baseline entry")

    if not 30 <= len(articles) <= 34:
        fail("need 30-34 articles, have %d" % len(articles))
    prev = None
    for n, a in enumerate(articles, start=1):
        if a["id"] != "%03d" % n:
            fail("ids not sequential at %s" % a["id"])
        if prev is not None and not a["dt"] > prev:
            fail("article %s not in publication order" % a["id"])
        prev = a["dt"]
        wc = word_count(a["text"])
        if not 120 <= wc <= 260:
            fail("article %s has %d words (need 120-260)" % (a["id"], wc))
        dl = re.match(r"^([A-Z][A-Z .'-]*), (%s) (\d{1,2}) \((.+?)\) - \S" % "|".join(MONTHS), a["text"])
        if not dl:
            fail("article %s lacks a dateline 'CITY, Mon DD (Outlet) - '" % a["id"])
        if dl.group(2) != MONTHS[a["dt"].month - 1] or int(dl.group(3)) != a["dt"].day or dl.group(4) != a["source"]:
            fail("article %s dateline does not match date/outlet" % a["id"])
        seen = {}
        for c in a["claims"]:
            ac, iss, st, q, att = c
            if ac not in actors:
                fail("article %s: unknown actor %s" % (a["id"], ac))
            if iss not in issues:
                fail("article %s: unknown issue %s" % (a["id"], iss))
            if st not in stances:
                fail("article %s: bad stance %s" % (a["id"], st))
            if not isinstance(att, bool):
                fail("article %s: attributed must be boolean" % a["id"])
            if q not in a["text"]:
                fail("article %s: quote not in text: %r" % (a["id"], q))
            if word_count(q) > 15:
                fail("article %s: quote longer than 15 words: %r" % (a["id"], q))
            key = (ac, iss)
            if key in seen and seen[key] != st:
                fail("article %s: conflicting stances for %s/%s" % (a["id"], ac, iss))
            if key in seen:
                fail("article %s: duplicate claim for %s/%s" % (a["id"], ac, iss))
            seen[key] = st

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    prevailing = {(ac, iss): st for ac, iss, st in baseline}
    recomputed = []
    for a in articles:
        for ac, iss, st, q, att in a["claims"]:
            if not att:
                continue
            key = (ac, iss)
            if key in prevailing and prevailing[key] != st:
                recomputed.append((ac, iss, prevailing[key], st, a["id"]))
            prevailing[key] = st
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if recomputed != labelled:
        print("recomputed:", *recomputed, sep="\n  ")
        print("labelled:", *labelled, sep="\n  ")
        fail("labelled shifts differ from shifts recomputed from baseline and attributed claims")
    if not 5 <= len(labelled) <= 8:
        fail("need 5-8 shifts, have %d" % len(labelled))
    if not any("conditional" in (s[2], s[3]) for s in labelled):
        fail("need at least one shift to or from conditional")
    straight = [s for s in labelled if {s[2], s[3]} == {"support", "oppose"}]
    if len(straight) > 2:
        fail("at most two straight support/oppose reversals, have %d" % len(straight))

    shift_articles = {s[4] for s in labelled}
    expected_no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        fail("no_alert_articles is not every article except the shift articles")

    # Duplicates: same day, later copy, different outlet, identical claims, copy never a shift article.
    by_id = {a["id"]: a for a in articles}
    if len(DUPLICATES) != 2:
        fail("need exactly 2 duplicate pairs")
    if not any(o in shift_articles for o, _ in DUPLICATES):
        fail("one duplicate pair must be a shift article")
    for o, c in DUPLICATES:
        ao, ac_ = by_id[o], by_id[c]
        if ao["dt"].date() != ac_["dt"].date() or not ac_["dt"] > ao["dt"] or ao["outlet"] == ac_["outlet"]:
            fail("duplicate pair %s/%s must be same day, later copy, different outlet" % (o, c))
        if [x[:3] + (x[4],) for x in ao["claims"]] != [x[:3] + (x[4],) for x in ac_["claims"]]:
            fail("duplicate pair %s/%s has different claims" % (o, c))
        if c in shift_articles:
            fail("duplicate copy %s must not be a shift article" % c)

    all_claims = [c for a in articles for c in a["claims"]]
    if not 60 <= len(all_claims) <= 90:
        fail("need 60-90 claims, have %d" % len(all_claims))
    counts = {s: sum(1 for c in all_claims if c[2] == s) for s in sorted(stances)}
    if min(counts.values()) == 0 or counts["conditional"] < 6:
        fail("need all stances and at least 6 conditional: %s" % counts)
    no_claim = [a["id"] for a in articles if not a["claims"]]
    if not 3 <= len(no_claim) <= 4:
        fail("need 3-4 articles with no claims, have %s" % no_claim)
    outlets_used = {a["outlet"] for a in articles}
    if not 4 <= len(outlets_used) <= 5:
        fail("need 4-5 outlets")

    # Every feed must pass xmllint --noout.
    for slug in sorted(outlets_used):
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint failed on %s: %s" % (path, r.stderr))

    unattributed = sum(1 for c in all_claims if not c[4])
    print("OK: %d articles, %d claims %s, %d attributed false" % (len(articles), len(all_claims), counts, unattributed))
    print("    %d shifts in %d articles: %s" % (len(labelled), len(shift_articles), sorted(shift_articles)))
    print("    no-claim articles: %s; duplicates: %s" % (no_claim, DUPLICATES))
    print("    word counts: %d-%d" % (min(word_count(a["text"]) for a in articles), max(word_count(a["text"]) for a in articles)))


if __name__ == "__main__":
    arts = build()
    labs = write(arts)
    validate(arts, labs)
