#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set iran-israel-ceasefire-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the set against watchlist.yaml (see README.md).

All article wording is original paraphrase written for this set; the events
are real and public, but the set is not a source of facts.
"""

import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "orbit-wire": "Orbit Wire",
    "tidewater-post": "Tidewater Post",
    "keystone-dispatch": "Keystone Dispatch",
    "ashgrove-herald": "Ashgrove Herald",
    "lantern-press": "Lantern Press",
}

T, F = True, False

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2025-06-13T04:00:00Z", outlet="orbit-wire",
        slug="israel-strikes-iran-nuclear-military-sites",
        title="Israel strikes Iran's nuclear and military sites, says campaign will go on",
        text=(
            "JERUSALEM, June 13 (Orbit Wire) - Israel attacked dozens of targets across Iran before dawn on Friday, "
            "hitting the uranium enrichment plant at Natanz and killing several of the country's most senior military "
            "commanders and nuclear scientists, according to Israeli and Iranian accounts.\n\n"
            "Prime Minister Benjamin Netanyahu said in a video statement that the operation would continue for as many "
            "days as it took to remove what he called an existential threat to Israel. The Israeli military said about "
            "200 aircraft had taken part in the first wave, and a state of emergency was declared at home in expectation "
            "of missile and drone fire.\n\n"
            "Iranian state media confirmed the deaths of the armed forces chief of staff and of the commander of the "
            "Revolutionary Guards. Supreme Leader Ali Khamenei said Israel should expect a harsh punishment.\n\n"
            "The strikes came two days before a sixth round of indirect US-Iran nuclear talks was due to take place in "
            "Muscat. At those talks Washington has pressed Tehran to give up enrichment entirely, a demand Iran has "
            "rejected as a violation of its rights.\n\n"
            "Secretary of State Marco Rubio said Israel had taken unilateral action and warned Tehran not to target "
            "American interests or personnel."
        ),
        claims=[
            ("israel", "israel-iran-ceasefire", "oppose",
             "the operation would continue for as many days as it took", T),
            ("usa", "zero-enrichment", "support",
             "Washington has pressed Tehran to give up enrichment entirely", F),
            ("iran", "zero-enrichment", "oppose",
             "a demand Iran has rejected as a violation of its rights", F),
        ],
    ),
    # 002
    dict(
        published="2025-06-13T16:30:00Z", outlet="tidewater-post",
        slug="trump-tells-iran-make-deal-before-nothing-left",
        title="Trump tells Iran to make a deal 'before there is nothing left'",
        text=(
            "WASHINGTON, June 13 (Tidewater Post) - President Donald Trump urged Iran on Friday to reach an agreement "
            "on its nuclear programme before Israel's attacks grew worse, saying Tehran had been given a chance and "
            "should take it before there was nothing left.\n\n"
            "In a post on his social media platform and in a string of telephone interviews, Trump said he had given the "
            "Iranians 60 days to strike a deal and that the deadline had passed. He said the United States still wanted "
            "an agreement and that it was not too late for Iran to return to the negotiating table.\n\n"
            "Trump said he had known about the Israeli operation in advance. He called the strikes excellent and "
            "predicted that more would follow, but he did not say whether American forces would take any part.\n\n"
            "A sixth round of talks between special envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi had "
            "been scheduled for Sunday in the Omani capital. The White House would not say whether Witkoff still planned "
            "to travel, and Iranian officials gave no indication that they would attend."
        ),
        claims=[
            ("usa", "resume-nuclear-talks", "support",
             "it was not too late for Iran to return to the negotiating table", T),
        ],
    ),
    # 003
    dict(
        published="2025-06-14T09:30:00Z", outlet="keystone-dispatch",
        slug="iran-says-no-talks-with-us-while-israel-attacks",
        title="Iran says it will not negotiate with US while Israeli attacks continue",
        text=(
            "TEHRAN, June 14 (Keystone Dispatch) - Iran will not take part in nuclear negotiations with the United "
            "States while Israel keeps attacking its territory, foreign ministry spokesman Esmaeil Baghaei said on "
            "Saturday, all but ending hopes for Sunday's planned round in Muscat.\n\n"
            "Baghaei said it was meaningless to sit at the table with Washington while its closest ally was bombing "
            "Iranian cities, and accused the United States of having given the operation a green light. He did not rule "
            "out a return to diplomacy once the strikes stopped, but said Iran's first duty was to defend itself.\n\n"
            "Oman's foreign minister, Badr Albusaidi, later confirmed that the round would not go ahead as scheduled. He "
            "said dialogue remained the only route to lasting security and that Oman would keep working to bring the two "
            "sides back together.\n\n"
            "Overnight, Iran fired waves of ballistic missiles at Israel, some of which struck residential areas in and "
            "around Tel Aviv. Israel carried out fresh strikes on targets in and around Tehran, including energy "
            "facilities.\n\n"
            "Iran had taken part in five rounds of indirect talks with US envoy Steve Witkoff since April."
        ),
        claims=[
            ("iran", "resume-nuclear-talks", "conditional",
             "He did not rule out a return to diplomacy once the strikes stopped", T),
            ("oman", "resume-nuclear-talks", "support",
             "Oman would keep working to bring the two sides back together", T),
        ],
    ),
    # 004
    dict(
        published="2025-06-15T13:00:00Z", outlet="ashgrove-herald",
        slug="araghchi-says-iran-strikes-stop-if-israel-stops",
        title="Araghchi says Iran's strikes will stop if Israel's do",
        text=(
            "TEHRAN, June 15 (Ashgrove Herald) - Iran will halt its missile attacks on Israel if Israel stops striking "
            "Iran, Foreign Minister Abbas Araghchi told foreign ambassadors in Tehran on Sunday, the third day of the "
            "conflict.\n\n"
            "Araghchi said Iran's operations were a legitimate response to aggression and that its responses would "
            "naturally end if the attacks on it ended. Until then, he said, the armed forces would keep hitting back. He "
            "accused Israel of having set out to wreck the nuclear diplomacy with Washington and said the United States "
            "could not credibly claim to have had nothing to do with the attacks.\n\n"
            "Israel hit a processing plant at the South Pars gas field and a fuel depot near the capital on Saturday, "
            "widening the campaign to Iran's energy infrastructure.\n\n"
            "In Doha, Qatar's foreign ministry said the emirate was in contact with both sides and with Washington to push "
            "for an immediate end to the hostilities.\n\n"
            "Diplomats in the Gulf said it could take days before either government was ready to consider a truce, and "
            "that much would depend on how long Israel's air campaign lasted."
        ),
        claims=[
            ("iran", "israel-iran-ceasefire", "conditional",
             "its responses would naturally end if the attacks on it ended", T),
            ("qatar", "israel-iran-ceasefire", "support",
             "to push for an immediate end to the hostilities", T),
        ],
    ),
    # 005 (no claims)
    dict(
        published="2025-06-16T08:00:00Z", outlet="lantern-press",
        slug="tanker-rates-jump-hormuz-risk",
        title="Tanker rates jump as traders weigh risk to Strait of Hormuz",
        text=(
            "DUBAI, June 16 (Lantern Press) - Freight rates for oil tankers leaving the Gulf rose sharply on Monday and "
            "several shipowners said they were reconsidering voyages through the Strait of Hormuz, as the air war "
            "between Israel and Iran entered its fourth day.\n\n"
            "About a fifth of the world's oil passes through the narrow waterway between Iran and Oman, along with much of "
            "the liquefied natural gas shipped from Qatar. Brokers said the cost of chartering a very large crude carrier "
            "from the Gulf to Asia had climbed by more than half since Friday, and war-risk insurance premiums had also "
            "risen.\n\n"
            "An Iranian lawmaker said at the weekend that closing the strait was under serious consideration, but no "
            "decision has been announced, and analysts said a closure would also hurt Iran's own exports and its "
            "relations with China, its biggest oil customer.\n\n"
            "\"The market is pricing a tail risk, not a base case,\" said a Singapore-based energy analyst who asked not "
            "to be named. Others said Tehran might prefer to harass individual ships rather than block the passage "
            "outright.\n\n"
            "Brent crude was slightly lower in Asian trading after its biggest one-day jump in years on Friday."
        ),
        claims=[],
    ),
    # 006
    dict(
        published="2025-06-16T21:00:00Z", outlet="orbit-wire",
        slug="g7-backs-israel-macron-us-ceasefire-offer",
        title="G7 backs Israel's right to defend itself; Macron says US offered a ceasefire",
        text=(
            "KANANASKIS, June 16 (Orbit Wire) - Leaders of the Group of Seven rich democracies said on Monday that Israel "
            "had a right to defend itself and that Iran could never be allowed to have a nuclear weapon, in a joint "
            "statement that called Iran the main source of instability in the region.\n\n"
            "The statement, agreed at a summit in the Canadian Rockies, said the leaders hoped a resolution of the "
            "Iranian crisis would lead to a broader easing of tensions in the Middle East, including a ceasefire in "
            "Gaza. It did not call for an immediate halt to the fighting between Israel and Iran.\n\n"
            "French President Emmanuel Macron told reporters he wanted the guns to fall silent between Israel and Iran as "
            "quickly as possible. He said the United States had made an offer to obtain a ceasefire and to open wider "
            "discussions, and that it would be a good thing if that happened.\n\n"
            "British Prime Minister Keir Starmer said the priority was to stop the fighting from spreading across the "
            "region.\n\n"
            "President Donald Trump left the summit a day early, saying he needed to be back in Washington because of the "
            "situation in the Middle East. The White House did not comment on Macron's account."
        ),
        claims=[
            ("e3", "israel-iran-ceasefire", "support",
             "he wanted the guns to fall silent between Israel and Iran", T),
            ("usa", "israel-iran-ceasefire", "support",
             "the United States had made an offer to obtain a ceasefire", F),
        ],
    ),
    # 007
    dict(
        published="2025-06-17T18:00:00Z", outlet="tidewater-post",
        slug="trump-rules-out-ceasefire-demands-surrender",
        title="Trump rules out ceasefire, demands Iran's 'unconditional surrender'",
        text=(
            "WASHINGTON, June 17 (Tidewater Post) - President Donald Trump said on Tuesday that he was not looking for a "
            "ceasefire between Israel and Iran but for a real end to the conflict, and called on Tehran to offer its "
            "\"unconditional surrender\".\n\n"
            "Speaking to reporters aboard Air Force One on the way back from Canada, Trump said French President Emmanuel "
            "Macron had been wrong to suggest that he was working on a truce. What he wanted, he said, was something much "
            "bigger, with Iran giving up completely.\n\n"
            "Later he wrote online that the United States knew where the Supreme Leader was hiding but would not kill "
            "him, at least for now, and that American patience was wearing thin.\n\n"
            "Trump met his national security team in the White House Situation Room for more than an hour. Officials "
            "said afterwards that he was weighing a range of options, including joining Israel's strikes on the "
            "fortified enrichment site at Fordow, but had made no decision.\n\n"
            "In Israel, Prime Minister Benjamin Netanyahu said his government had no intention of halting the campaign, "
            "which he said was making rapid progress towards its goals."
        ),
        claims=[
            ("usa", "israel-iran-ceasefire", "oppose",
             "he was not looking for a ceasefire between Israel and Iran", T),
            ("israel", "israel-iran-ceasefire", "oppose",
             "his government had no intention of halting the campaign", T),
        ],
    ),
    # 008
    dict(
        published="2025-06-18T13:00:00Z", outlet="keystone-dispatch",
        slug="khamenei-rejects-surrender-warns-us",
        title="Khamenei rejects surrender call, warns US against entering war",
        text=(
            "TEHRAN, June 18 (Keystone Dispatch) - Supreme Leader Ayatollah Ali Khamenei rejected President Donald "
            "Trump's demand for Iran's surrender on Wednesday and warned that any American military intervention would "
            "cause irreparable damage to the United States.\n\n"
            "In a statement read on state television, his first since Israel's initial strikes, Khamenei said the "
            "Iranian nation would not surrender to anyone. He said Americans who understood the region knew that "
            "entering this war would be a mistake for Washington.\n\n"
            "Asked outside the White House whether he had decided to strike Iran, Trump told reporters that he might do "
            "it or might not, and that nobody knew what he was going to do. He said Iran had reached out to ask about "
            "negotiations, without saying how Washington had replied.\n\n"
            "Iran has long insisted on its right to enrich uranium for civilian use, which it says is guaranteed under "
            "the nuclear Non-Proliferation Treaty.\n\n"
            "Israel said on Wednesday that its jets had struck a centrifuge production site and weapons factories in the "
            "Tehran area overnight."
        ),
        claims=[
            ("iran", "us-strikes-iran", "oppose",
             "any American military intervention would cause irreparable damage to the United States", T),
            ("iran", "resume-nuclear-talks", "support",
             "Iran had reached out to ask about negotiations", F),
            ("iran", "zero-enrichment", "oppose",
             "Iran has long insisted on its right to enrich uranium for civilian use", F),
        ],
    ),
    # 009
    dict(
        published="2025-06-19T17:30:00Z", outlet="lantern-press",
        slug="trump-to-decide-within-two-weeks-on-iran-strikes",
        title="Trump to decide within two weeks on strikes, citing chance of talks",
        text=(
            "WASHINGTON, June 19 (Lantern Press) - President Donald Trump will decide within the next two weeks whether "
            "the United States joins Israel's attacks on Iran, because there is a substantial chance of negotiations "
            "with Tehran in the near future, the White House said on Thursday.\n\n"
            "Press secretary Karoline Leavitt read the message from Trump at her daily briefing. She said the president "
            "remained interested in a diplomatic solution and wanted Iran to come back to the table, but that his "
            "priority was making sure Iran could never obtain a nuclear weapon.\n\n"
            "Any deal, Leavitt said, would have to bar Iran from enriching uranium. She declined to say whether US "
            "bombers had been moved into position, and would not discuss contacts between envoy Steve Witkoff and "
            "Iranian Foreign Minister Abbas Araghchi.\n\n"
            "An Iranian missile struck Soroka hospital in the southern Israeli city of Beersheba on Thursday, wounding "
            "dozens of people. Defence Minister Israel Katz said Khamenei could no longer be allowed to exist, and Israel "
            "hit the Arak heavy-water reactor.\n\n"
            "Diplomats said the foreign ministers of Britain, France and Germany would meet Araghchi in Geneva on Friday."
        ),
        claims=[
            ("usa", "us-strikes-iran", "conditional",
             "will decide within the next two weeks whether the United States joins Israel's attacks", T),
            ("usa", "resume-nuclear-talks", "support",
             "wanted Iran to come back to the table", T),
            ("usa", "zero-enrichment", "support",
             "would have to bar Iran from enriching uranium", T),
        ],
    ),
    # 010 (duplicate of 009)
    dict(
        published="2025-06-19T20:00:00Z", outlet="ashgrove-herald",
        slug="white-house-trump-two-weeks-decide-iran-strike",
        title="White House says Trump will take two weeks to decide on Iran strike",
        text=(
            "WASHINGTON, June 19 (Ashgrove Herald) - The White House said on Thursday that President Donald Trump will "
            "decide within the next two weeks whether the United States joins Israel's attacks on Iran, citing a "
            "substantial chance of negotiations with Tehran in the near future.\n\n"
            "Reading out a message from the president at her regular briefing, press secretary Karoline Leavitt said "
            "Trump was still interested in a diplomatic solution and wanted Iran to come back to the table. His priority, "
            "she said, was to make sure Iran could never obtain a nuclear weapon.\n\n"
            "Leavitt said any deal would have to bar Iran from enriching uranium. She declined to say whether American "
            "bombers had been moved into position and would not discuss contacts between envoy Steve Witkoff and Iran's "
            "foreign minister, Abbas Araghchi.\n\n"
            "In Israel, an Iranian missile hit Soroka hospital in Beersheba, wounding dozens. Defence Minister Israel "
            "Katz said Khamenei could no longer be allowed to exist, and Israeli jets struck the heavy-water reactor at "
            "Arak.\n\n"
            "Araghchi is due to meet the British, French and German foreign ministers in Geneva on Friday, diplomats "
            "said."
        ),
        claims=[
            ("usa", "us-strikes-iran", "conditional",
             "will decide within the next two weeks whether the United States joins Israel's attacks", T),
            ("usa", "resume-nuclear-talks", "support",
             "wanted Iran to come back to the table", T),
            ("usa", "zero-enrichment", "support",
             "would have to bar Iran from enriching uranium", T),
        ],
    ),
    # 011
    dict(
        published="2025-06-20T18:30:00Z", outlet="orbit-wire",
        slug="iran-tells-europeans-no-us-talks-under-attack",
        title="Iran tells Europeans it will not talk to US while under attack",
        text=(
            "GENEVA, June 20 (Orbit Wire) - Iranian Foreign Minister Abbas Araghchi told the foreign ministers of "
            "Britain, France and Germany on Friday that Iran was ready to consider diplomacy again once Israel's attacks "
            "stopped and those responsible were held to account.\n\n"
            "After more than three hours of talks in a Geneva hotel, Araghchi said Iran would not negotiate with the "
            "United States while the strikes went on. He said its enrichment programme would continue and was not up for "
            "discussion under fire.\n\n"
            "British Foreign Secretary David Lammy, France's Jean-Noel Barrot and Germany's Johann Wadephul, joined by EU "
            "foreign policy chief Kaja Kallas, urged Araghchi to resume direct talks with Washington without waiting for "
            "the fighting to end. Lammy said the ministers were keen to keep the conversation going. Asked whether Europe "
            "backed the US demand that Iran stop enriching altogether, he declined to say.\n\n"
            "In Washington, President Donald Trump said the Europeans would not be able to help. He said Iran wanted to "
            "speak to the United States, not to Europe."
        ),
        claims=[
            ("iran", "resume-nuclear-talks", "conditional",
             "Iran was ready to consider diplomacy again once Israel's attacks stopped", T),
            ("iran", "zero-enrichment", "oppose",
             "its enrichment programme would continue", T),
            ("e3", "resume-nuclear-talks", "support",
             "urged Araghchi to resume direct talks with Washington", T),
            ("iran", "resume-nuclear-talks", "support",
             "Iran wanted to speak to the United States, not to Europe", F),
        ],
    ),
    # 012
    dict(
        published="2025-06-21T15:00:00Z", outlet="tidewater-post",
        slug="pezeshkian-tells-macron-no-zero-enrichment",
        title="Pezeshkian tells Macron Iran will never accept zero enrichment",
        text=(
            "PARIS, June 21 (Tidewater Post) - Iranian President Masoud Pezeshkian told French President Emmanuel Macron "
            "on Saturday that Iran would not accept cutting its nuclear activities to zero under any circumstances, "
            "according to an Iranian readout of their telephone call.\n\n"
            "Pezeshkian said Tehran was prepared to discuss and cooperate on building confidence about its programme, "
            "but that talks could only resume once the attacks on Iran had ended. He warned that Iran's response would "
            "be even harsher if Israel pressed on.\n\n"
            "Macron wrote afterwards that he had urged Iran to return to the negotiating table with all parties, the "
            "United States included, and to give every guarantee that its intentions were peaceful. He said the "
            "Europeans would speed up their own contacts with Tehran and that Iran must never acquire a nuclear "
            "weapon.\n\n"
            "The call came a day after Iran's foreign minister met his British, French and German counterparts in Geneva, "
            "a meeting both sides described as serious but inconclusive.\n\n"
            "Israel said it had struck missile launchers and a research centre in Isfahan on Saturday."
        ),
        claims=[
            ("iran", "zero-enrichment", "oppose",
             "would not accept cutting its nuclear activities to zero under any circumstances", T),
            ("iran", "resume-nuclear-talks", "conditional",
             "talks could only resume once the attacks on Iran had ended", T),
            ("e3", "resume-nuclear-talks", "support",
             "he had urged Iran to return to the negotiating table with all parties", T),
        ],
    ),
    # 013
    dict(
        published="2025-06-22T04:30:00Z", outlet="keystone-dispatch",
        slug="us-bombs-fordow-natanz-isfahan",
        title="US bombs Fordow, Natanz and Isfahan; Trump says sites 'obliterated'",
        text=(
            "WASHINGTON, June 22 (Keystone Dispatch) - The United States struck three Iranian nuclear sites overnight, "
            "including the deeply buried enrichment plant at Fordow, joining Israel's nine-day air campaign against the "
            "Islamic Republic.\n\n"
            "In a televised address from the White House, President Donald Trump said the enrichment facilities at "
            "Fordow, Natanz and Isfahan had been \"completely and totally obliterated\". B-2 bombers dropped a dozen "
            "massive bunker-busting bombs on Fordow, and a submarine fired Tomahawk missiles at the other two sites, US "
            "officials said.\n\n"
            "Trump warned Tehran against retaliating and said many targets remained. "
            "Defense Secretary Pete Hegseth later said the mission had not been aimed at regime change.\n\n"
            "Israeli Prime Minister Benjamin Netanyahu congratulated Trump, saying his bold decision to target Iran's "
            "nuclear sites would change history.\n\n"
            "Iran's atomic energy organisation confirmed that the three sites had been hit. There was no immediate "
            "report of a radiation leak, and the International Atomic Energy Agency said it would convene an emergency "
            "meeting of its board."
        ),
        claims=[
            ("usa", "us-strikes-iran", "support",
             "The United States struck three Iranian nuclear sites overnight", T),
            ("israel", "us-strikes-iran", "support",
             "his bold decision to target Iran's nuclear sites would change history", T),
        ],
    ),
    # 014
    dict(
        published="2025-06-22T12:00:00Z", outlet="ashgrove-herald",
        slug="iran-slams-door-on-diplomacy-after-us-strikes",
        title="Iran slams door on diplomacy after US strikes",
        text=(
            "ISTANBUL, June 22 (Ashgrove Herald) - Iranian Foreign Minister Abbas Araghchi said on Sunday that the "
            "United States had blown up diplomacy by bombing Iran's nuclear sites, and that there was no point now in "
            "talking about a return to negotiations.\n\n"
            "Speaking in Istanbul, where he was attending a meeting of the Organisation of Islamic Cooperation, Araghchi "
            "called the strikes outrageous and said they would have everlasting consequences. Iran reserved all options "
            "to defend its sovereignty, he said. Asked about diplomacy, he said the door should always be open, but that "
            "this was not the case at present.\n\n"
            "He said he would travel to Moscow on Monday for consultations with President Vladimir Putin.\n\n"
            "Oman, which mediated five rounds of US-Iran talks this spring, strongly condemned the American strikes in a "
            "foreign ministry statement, calling them illegal and warning that they risked widening the war.\n\n"
            "Russia's foreign ministry also condemned the attack, calling it irresponsible, and China said it violated "
            "the United Nations charter."
        ),
        claims=[
            ("iran", "us-strikes-iran", "oppose",
             "called the strikes outrageous and said they would have everlasting consequences", T),
            ("iran", "resume-nuclear-talks", "oppose",
             "there was no point now in talking about a return to negotiations", T),
            ("oman", "us-strikes-iran", "oppose",
             "strongly condemned the American strikes in a foreign ministry statement", T),
        ],
    ),
    # 015
    dict(
        published="2025-06-22T19:00:00Z", outlet="lantern-press",
        slug="european-leaders-urge-iran-return-to-talks",
        title="European leaders urge Iran to return to talks after US strikes",
        text=(
            "LONDON, June 22 (Lantern Press) - The leaders of Britain, France and Germany urged Iran on Sunday to engage "
            "in negotiations that would lead to an agreement addressing all concerns about its nuclear programme, and to "
            "take no action that could further destabilise the region.\n\n"
            "In a joint statement, Prime Minister Keir Starmer, President Emmanuel Macron and Chancellor Friedrich Merz "
            "said they had always been clear that Iran could never have a nuclear weapon, and that they stood ready to "
            "contribute to a negotiated outcome in coordination with all parties.\n\n"
            "The statement did not say whether the three governments backed the American strikes, and Starmer declined "
            "to say whether Britain had been consulted beforehand. He said no British forces had taken part.\n\n"
            "In Washington, Vice President JD Vance told NBC that the United States was not at war with Iran but with its "
            "nuclear programme, and that the administration still hoped the Iranians would come back to the table.\n\n"
            "Iran's parliament backed closing the Strait of Hormuz on Sunday, according to state media, though the final "
            "decision rests with the Supreme National Security Council."
        ),
        claims=[
            ("e3", "resume-nuclear-talks", "support",
             "urged Iran on Sunday to engage in negotiations that would lead to an agreement", T),
            ("usa", "us-strikes-iran", "support",
             "the United States was not at war with Iran but with its nuclear programme", T),
            ("usa", "resume-nuclear-talks", "support",
             "still hoped the Iranians would come back to the table", T),
        ],
    ),
    # 016 (no claims)
    dict(
        published="2025-06-23T11:00:00Z", outlet="orbit-wire",
        slug="iaea-board-emergency-session-iran-damage",
        title="IAEA board meets in emergency session over damage to Iran's nuclear sites",
        text=(
            "VIENNA, June 23 (Orbit Wire) - The International Atomic Energy Agency's board of governors met in emergency "
            "session in Vienna on Monday to hear an assessment of the damage to Iran's nuclear facilities after ten days "
            "of air strikes.\n\n"
            "Director General Rafael Grossi told the 35 member states that very significant damage was expected at the "
            "underground enrichment plant at Fordow, given the size of the explosive payload used and the extreme "
            "sensitivity of centrifuges to vibration. But he said no one, including the agency, was yet in a position to "
            "assess the damage inside the halls.\n\n"
            "Grossi said there had been no increase in off-site radiation levels at any of the three sites hit on "
            "Sunday. At Isfahan, he said, entrances to tunnels used to store enriched material had been struck.\n\n"
            "Asked where Iran's stock of uranium enriched to 60 per cent purity was now kept, Grossi said the agency had "
            "not been able to verify its location since the conflict began. Diplomats said they expected the board to "
            "meet again on Iran in the coming weeks."
        ),
        claims=[],
    ),
    # 017
    dict(
        published="2025-06-23T19:30:00Z", outlet="tidewater-post",
        slug="iran-fires-missiles-at-us-base-in-qatar",
        title="Iran fires missiles at US base in Qatar; Doha condemns attack",
        text=(
            "DOHA, June 23 (Tidewater Post) - Iran fired a salvo of missiles at the Al Udeid air base in Qatar on Monday, "
            "the largest US military installation in the Middle East, in what it said was retaliation for the American "
            "bombing of its nuclear sites. Qatar said its air defences intercepted the missiles and that no one was "
            "killed or hurt.\n\n"
            "Iran's Supreme National Security Council said the number of missiles fired matched the number of bombs the "
            "United States had used, and that the operation posed no threat to friendly and brotherly Qatar.\n\n"
            "Majed al-Ansari, spokesman for the Qatari foreign ministry, condemned the attack as a flagrant violation of "
            "Qatar's sovereignty and said the state reserved the right to respond directly. Doha called for an immediate "
            "halt to all military action and for Washington and Tehran to go back to negotiations.\n\n"
            "In Washington, President Donald Trump dismissed the response as very weak and thanked Iran for giving early "
            "notice, which he said had made it possible to avoid casualties.\n\n"
            "The base had been largely cleared of aircraft in the days before the attack, satellite images showed."
        ),
        claims=[
            ("iran", "us-strikes-iran", "oppose",
             "in what it said was retaliation for the American bombing of its nuclear sites", T),
            ("qatar", "israel-iran-ceasefire", "support",
             "Doha called for an immediate halt to all military action", T),
            ("qatar", "resume-nuclear-talks", "support",
             "for Washington and Tehran to go back to negotiations", T),
        ],
    ),
    # 018
    dict(
        published="2025-06-24T02:30:00Z", outlet="keystone-dispatch",
        slug="trump-announces-israel-iran-ceasefire-tehran-no-deal-yet",
        title="Trump announces Israel-Iran ceasefire; Tehran says no deal yet",
        text=(
            "DUBAI, June 24 (Keystone Dispatch) - President Donald Trump announced late on Monday that Israel and Iran "
            "had agreed to a complete and total ceasefire, to take effect in stages over the following 24 hours, and "
            "said it would mark the official end of what he called the 12-day war.\n\n"
            "Trump wrote on social media that Iran would halt its attacks first, followed by Israel twelve hours later, "
            "and congratulated both countries. He urged them to respect it.\n\n"
            "A person briefed on the diplomacy said Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, "
            "had secured Iran's agreement in a telephone call after Trump asked the emir to help. Iran had accepted the "
            "proposal, the person said.\n\n"
            "Hours later, Iranian Foreign Minister Abbas Araghchi wrote that there was as yet no agreement on any "
            "ceasefire. But if Israel stopped its attacks by 4 a.m. Tehran time, Iran had no intention of continuing its "
            "response afterwards, he said, adding that a final decision would be taken later.\n\n"
            "There was no immediate comment from Israel, and missiles continued to fly in both directions before dawn."
        ),
        claims=[
            ("usa", "israel-iran-ceasefire", "support",
             "He urged them to respect it.", T),
            ("israel", "israel-iran-ceasefire", "support",
             "Israel and Iran had agreed to a complete and total ceasefire", F),
            ("qatar", "israel-iran-ceasefire", "support",
             "had secured Iran's agreement in a telephone call after Trump asked the emir to help", F),
            ("iran", "israel-iran-ceasefire", "support",
             "Iran had accepted the proposal, the person said", F),
            ("iran", "israel-iran-ceasefire", "conditional",
             "if Israel stopped its attacks by 4 a.m. Tehran time", T),
        ],
    ),
    # 019
    dict(
        published="2025-06-24T08:30:00Z", outlet="ashgrove-herald",
        slug="israel-and-iran-accept-truce",
        title="Israel and Iran both accept truce, each claiming victory",
        text=(
            "JERUSALEM, June 24 (Ashgrove Herald) - Israel said on Tuesday it had agreed to President Donald Trump's "
            "proposal for a bilateral ceasefire with Iran, after achieving all the goals of its 12-day campaign and "
            "removing what it called a double existential threat from Iran's nuclear and missile programmes.\n\n"
            "A statement from Prime Minister Benjamin Netanyahu's office thanked Trump and the United States for their "
            "support in defence and for taking part in eliminating the Iranian nuclear threat. It said Israel would "
            "respond forcefully to any violation.\n\n"
            "In Tehran, state television announced that the ceasefire had begun. President Masoud Pezeshkian said in a "
            "message to the nation that Iran had accepted the end of the war imposed on it, which he credited to the "
            "resistance of its people.\n\n"
            "Hours before the truce took hold, an Iranian missile killed four people in a residential building in "
            "Beersheba, and Israel carried out some of its heaviest strikes of the war on Tehran.\n\n"
            "Iran's state media described the truce as a defeat imposed on Israel."
        ),
        claims=[
            ("israel", "israel-iran-ceasefire", "support",
             "it had agreed to President Donald Trump's proposal for a bilateral ceasefire with Iran", T),
            ("israel", "us-strikes-iran", "support",
             "for taking part in eliminating the Iranian nuclear threat", T),
            ("iran", "israel-iran-ceasefire", "support",
             "Iran had accepted the end of the war imposed on it", T),
        ],
    ),
    # 020
    dict(
        published="2025-06-24T16:00:00Z", outlet="lantern-press",
        slug="trump-scolds-israel-iran-over-truce-breaches",
        title="Trump scolds Israel and Iran over truce breaches, orders Israeli jets home",
        text=(
            "WASHINGTON, June 24 (Lantern Press) - President Donald Trump accused both Israel and Iran on Tuesday of "
            "violating the ceasefire he had announced hours earlier, and publicly told Israel to call off a wave of "
            "strikes that was about to begin.\n\n"
            "Speaking to reporters on the White House lawn before leaving for the NATO summit in The Hague, Trump said "
            "he was unhappy with both sides, and particularly with Israel for unloading on Iran right after the deal was "
            "struck. In a post written in capital letters, he told Israel not to drop the bombs and to bring its pilots "
            "home.\n\n"
            "After a call with Trump, Netanyahu's office said Israel had refrained from further attacks, having struck a "
            "single radar site near Tehran in response to a missile launch that Iran denied carrying out. Trump later "
            "wrote that all Israeli planes would turn around and that the ceasefire was in effect.\n\n"
            "Iran's armed forces said they had not fired any missiles after the truce began.\n\n"
            "The episode was the first test of the truce, which took effect in stages overnight."
        ),
        claims=[
            ("usa", "israel-iran-ceasefire", "support",
             "he told Israel not to drop the bombs and to bring its pilots home", T),
            ("israel", "israel-iran-ceasefire", "support",
             "Israel had refrained from further attacks", T),
            ("iran", "israel-iran-ceasefire", "support",
             "Iran's armed forces said they had not fired any missiles after the truce began", T),
        ],
    ),
    # 021
    dict(
        published="2025-06-25T08:00:00Z", outlet="keystone-dispatch",
        slug="iran-parliament-votes-suspend-iaea-cooperation",
        title="Iran's parliament votes to suspend cooperation with UN nuclear watchdog",
        text=(
            "TEHRAN, June 25 (Keystone Dispatch) - Iran's parliament voted on Wednesday to suspend cooperation with the "
            "International Atomic Energy Agency, a day after the ceasefire with Israel took hold, passing a bill that "
            "bars inspectors from the country's nuclear sites without the approval of the Supreme National Security "
            "Council.\n\n"
            "The measure passed with 221 votes in favour, none against and one abstention, state media said. Speaker "
            "Mohammad Bagher Ghalibaf told lawmakers the agency had refused even to condemn the attacks on Iran's nuclear "
            "facilities. Cooperation would stay suspended until the security of those facilities was guaranteed, he "
            "said.\n\n"
            "The bill still needs the approval of the Guardian Council, a body of clerics and jurists, to become law.\n\n"
            "Tehran had warned for months that it could reduce its cooperation with inspectors if Western powers pressed "
            "ahead with censure at the agency's board.\n\n"
            "IAEA Director General Rafael Grossi said on Tuesday that resuming inspections was his top priority and that "
            "he had written to Iran's foreign minister to ask for a meeting."
        ),
        claims=[
            ("iran", "suspend-iaea-cooperation", "support",
             "Iran's parliament voted on Wednesday to suspend cooperation with the International Atomic Energy Agency", T),
            ("iaea", "suspend-iaea-cooperation", "oppose",
             "resuming inspections was his top priority", T),
        ],
    ),
    # 022 (duplicate of 021)
    dict(
        published="2025-06-25T11:30:00Z", outlet="orbit-wire",
        slug="iranian-lawmakers-back-halt-to-iaea-cooperation",
        title="Iranian lawmakers back halt to cooperation with IAEA",
        text=(
            "TEHRAN, June 25 (Orbit Wire) - Iran's parliament voted on Wednesday to suspend cooperation with the "
            "International Atomic Energy Agency, approving a bill that keeps inspectors out of the country's nuclear "
            "sites unless the Supreme National Security Council agrees, a day after the truce with Israel began.\n\n"
            "State media said 221 lawmakers voted in favour, with none against and one abstention. Parliament speaker "
            "Mohammad Bagher Ghalibaf accused the agency of refusing even to condemn the strikes on Iran's nuclear "
            "facilities, and said cooperation would stay suspended until the security of those facilities was "
            "guaranteed.\n\n"
            "To become law, the bill must still be approved by the Guardian Council, a panel of clerics and jurists.\n\n"
            "For months Tehran had warned that it could scale back cooperation with inspectors if Western governments "
            "pushed through a censure motion at the agency's board.\n\n"
            "On Tuesday, IAEA chief Rafael Grossi said resuming inspections was his top priority, adding that he had "
            "written to Iran's foreign minister proposing a meeting."
        ),
        claims=[
            ("iran", "suspend-iaea-cooperation", "support",
             "Iran's parliament voted on Wednesday to suspend cooperation with the International Atomic Energy Agency", T),
            ("iaea", "suspend-iaea-cooperation", "oppose",
             "resuming inspections was his top priority", T),
        ],
    ),
    # 023
    dict(
        published="2025-06-25T14:30:00Z", outlet="tidewater-post",
        slug="trump-says-us-will-talk-to-iran-next-week",
        title="Trump says US will talk to Iran next week, deal may not be needed",
        text=(
            "THE HAGUE, June 25 (Tidewater Post) - President Donald Trump said on Wednesday that the United States would "
            "talk to Iran next week and might sign an agreement with it, though he added that he was not sure one was "
            "necessary now that its nuclear sites had been destroyed.\n\n"
            "Speaking at a news conference at the end of the NATO summit, Trump said the war was over and that Iran was "
            "not going to rebuild its programme any time soon. He compared the US strikes to the atomic bombs that ended "
            "the Second World War.\n\n"
            "He dismissed a leaked preliminary assessment by the Defense Intelligence Agency suggesting the strikes had "
            "set the programme back by only a few months, saying the intelligence was inconclusive.\n\n"
            "His special envoy, Steve Witkoff, told an interviewer that the administration was hopeful of reaching a "
            "comprehensive peace agreement with Iran, and that Washington's position that Iran could not enrich uranium "
            "had not changed.\n\n"
            "There was no immediate reaction from Tehran to Trump's remarks."
        ),
        claims=[
            ("usa", "resume-nuclear-talks", "support",
             "the United States would talk to Iran next week and might sign an agreement", T),
            ("usa", "israel-iran-ceasefire", "support",
             "Trump said the war was over", T),
            ("usa", "us-strikes-iran", "support",
             "He compared the US strikes to the atomic bombs that ended the Second World War", T),
            ("usa", "zero-enrichment", "support",
             "Washington's position that Iran could not enrich uranium had not changed", T),
        ],
    ),
    # 024
    dict(
        published="2025-06-26T17:00:00Z", outlet="ashgrove-herald",
        slug="khamenei-claims-victory-guardian-council-clears-iaea-bill",
        title="Khamenei claims victory; Guardian Council clears IAEA suspension",
        text=(
            "TEHRAN, June 26 (Ashgrove Herald) - Supreme Leader Ayatollah Ali Khamenei claimed victory over both Israel "
            "and the United States on Thursday in his first public message since the ceasefire, saying the American "
            "strikes had achieved nothing significant and that Iran had slapped America in the face with its attack on "
            "the base in Qatar.\n\n"
            "Speaking in a recorded video, Khamenei said Washington's real aim was Iran's surrender and that this would "
            "never happen.\n\n"
            "Iran's Guardian Council, which vets legislation, approved the bill passed by parliament a day earlier "
            "suspending cooperation with the International Atomic Energy Agency, state media reported. The law now goes "
            "to President Masoud Pezeshkian, who is required to implement it.\n\n"
            "Foreign Minister Abbas Araghchi said on state television that nothing had been agreed, or even discussed, "
            "about opening new negotiations with the United States, contradicting Trump's statement that talks would be "
            "held next week. He declined to say whether Iran would accept an invitation if one came."
        ),
        claims=[
            ("iran", "us-strikes-iran", "oppose",
             "Iran had slapped America in the face with its attack on the base in Qatar", T),
            ("iran", "suspend-iaea-cooperation", "support",
             "approved the bill passed by parliament a day earlier suspending cooperation", T),
        ],
    ),
    # 025
    dict(
        published="2025-06-27T12:00:00Z", outlet="lantern-press",
        slug="iran-rejects-grossi-visit-malign-intent",
        title="Iran rejects Grossi request to visit bombed sites, hints at 'malign intent'",
        text=(
            "TEHRAN, June 27 (Lantern Press) - Iran on Friday turned down a request by Rafael Grossi, head of the "
            "International Atomic Energy Agency, to visit nuclear sites bombed by Israel and the United States, with "
            "Foreign Minister Abbas Araghchi suggesting the request might have a malign purpose.\n\n"
            "Araghchi wrote that Grossi's insistence on inspecting the damaged sites in the name of safeguards was "
            "meaningless, and accused him of failing to condemn the strikes. He said the agency and its chief bore full "
            "responsibility for the situation, and that Iran's relationship with the IAEA would stay on its new footing "
            "until the safety of its nuclear activities could be guaranteed.\n\n"
            "The agency said in a short statement that it stood ready to send its inspectors back to Iran as soon as "
            "possible to account for the country's stockpile of highly enriched uranium.\n\n"
            "A hardline newspaper close to the Supreme Leader's office published an article this week accusing Grossi of "
            "spying for Israel. Iran's envoy to the United Nations said there was no threat to him."
        ),
        claims=[
            ("iran", "suspend-iaea-cooperation", "support",
             "Iran's relationship with the IAEA would stay on its new footing", T),
            ("iaea", "suspend-iaea-cooperation", "oppose",
             "it stood ready to send its inspectors back to Iran as soon as possible", T),
        ],
    ),
    # 026
    dict(
        published="2025-06-27T22:00:00Z", outlet="keystone-dispatch",
        slug="trump-drops-work-on-iran-sanctions-relief",
        title="Trump says he dropped work on Iran sanctions relief after Khamenei speech",
        text=(
            "WASHINGTON, June 27 (Keystone Dispatch) - President Donald Trump said on Friday he had been working on the "
            "possible removal of some sanctions on Iran but had dropped the effort after Supreme Leader Ayatollah Ali "
            "Khamenei claimed victory in the war.\n\n"
            "In a long social media post, Trump said he had spared Khamenei a very ugly death and that the Iranian "
            "leader's speech had been full of anger and hatred. Speaking to reporters at the White House, he said Iran "
            "would have to let inspectors from the International Atomic Energy Agency, or from some other body Washington "
            "respected, check its nuclear sites.\n\n"
            "Trump also said Iran wanted to meet, and that the United States would see what happened. He did not say when "
            "or where a meeting might take place.\n\n"
            "Iranian Foreign Minister Abbas Araghchi called Trump's remarks about the Supreme Leader disrespectful and "
            "unacceptable, and said Iranians did not respond to threats and insults."
        ),
        claims=[
            ("usa", "suspend-iaea-cooperation", "oppose",
             "Iran would have to let inspectors from the International Atomic Energy Agency", T),
            ("iran", "resume-nuclear-talks", "support",
             "Iran wanted to meet", F),
        ],
    ),
    # 027 (no claims)
    dict(
        published="2025-06-28T01:00:00Z", outlet="tidewater-post",
        slug="senate-rejects-bid-to-curb-trump-war-powers-iran",
        title="Senate rejects bid to curb Trump's war powers on Iran",
        text=(
            "WASHINGTON, June 27 (Tidewater Post) - The US Senate on Friday rejected a resolution that would have "
            "required President Donald Trump to seek the approval of Congress before taking any further military action "
            "against Iran, in a vote that fell largely along party lines.\n\n"
            "The measure, brought by Democratic Senator Tim Kaine of Virginia, failed by 53 votes to 47. One Democrat, "
            "John Fetterman of Pennsylvania, joined most Republicans in voting against it, while Republican Rand Paul "
            "voted in favour.\n\n"
            "Kaine argued that the Constitution gave Congress alone the power to declare war. Republicans said the "
            "president had acted within his authority as commander in chief and that the resolution would tie his "
            "hands.\n\n"
            "Several Democrats complained after a classified briefing on Thursday that officials had been unable to say "
            "where Iran's stock of highly enriched uranium now was. The White House declined to comment on the vote.\n\n"
            "A similar resolution in the House of Representatives has not yet been brought to the floor."
        ),
        claims=[],
    ),
    # 028
    dict(
        published="2025-06-29T15:30:00Z", outlet="orbit-wire",
        slug="grossi-iran-could-enrich-again-within-months",
        title="Grossi says Iran could enrich again within months; Rubio backs watchdog",
        text=(
            "WASHINGTON, June 29 (Orbit Wire) - Iran could have centrifuges spinning and be producing enriched uranium "
            "again in a matter of months, despite the damage done by Israeli and US strikes, Rafael Grossi, head of the "
            "International Atomic Energy Agency, said in an interview broadcast on Sunday.\n\n"
            "Grossi told CBS News that the attacks had not destroyed everything and that Iran retained the industrial "
            "and technological capacity to rebuild. He said the agency still did not know what had happened to some 400 "
            "kilograms of uranium enriched close to weapons grade, and that the only way to find out was for inspectors "
            "to return to Iran.\n\n"
            "Secretary of State Marco Rubio wrote on Saturday that calls in Iran for Grossi's arrest and execution were "
            "unacceptable, and said the United States supported the agency's verification and monitoring work in Iran. "
            "Tehran must ensure the safety of the agency's staff, he added.\n\n"
            "Grossi did not say whether he had received a reply to his request for a meeting with Iran's foreign "
            "minister."
        ),
        claims=[
            ("iaea", "suspend-iaea-cooperation", "oppose",
             "the only way to find out was for inspectors to return to Iran", T),
            ("usa", "suspend-iaea-cooperation", "oppose",
             "supported the agency's verification and monitoring work in Iran", T),
        ],
    ),
    # 029
    dict(
        published="2025-06-29T19:00:00Z", outlet="ashgrove-herald",
        slug="iran-says-us-must-rule-out-strikes-for-talks",
        title="Iran says US must rule out new strikes if it wants talks",
        text=(
            "LONDON, June 29 (Ashgrove Herald) - Iran will only return to negotiations with the United States if "
            "Washington rules out further attacks on Iran while talks are under way, Deputy Foreign Minister Majid "
            "Takht-Ravanchi said in an interview with the BBC broadcast on Sunday.\n\n"
            "Takht-Ravanchi said the Trump administration had told Iran through intermediaries that it wanted to resume "
            "talks, but had not made clear its position on the question of more strikes. That was a very important "
            "question, he said, and Iran needed an answer before any date or format could be agreed.\n\n"
            "He insisted that Iran must be allowed to keep enriching uranium for peaceful purposes. The level and "
            "quantity could be discussed, he said, but Iran should not be deprived of enrichment, and it would not sign "
            "any agreement that did not respect that right.\n\n"
            "He repeated that Tehran was not seeking a nuclear weapon. The interview was recorded in Tehran."
        ),
        claims=[
            ("iran", "resume-nuclear-talks", "conditional",
             "will only return to negotiations with the United States if Washington rules out further attacks", T),
            ("usa", "resume-nuclear-talks", "support",
             "had told Iran through intermediaries that it wanted to resume talks", F),
            ("iran", "zero-enrichment", "oppose",
             "it would not sign any agreement that did not respect that right", T),
        ],
    ),
    # 030
    dict(
        published="2025-06-30T17:00:00Z", outlet="lantern-press",
        slug="european-powers-condemn-threats-to-grossi",
        title="European powers condemn threats to IAEA chief, urge Iran to keep cooperating",
        text=(
            "PARIS, June 30 (Lantern Press) - France, Germany and Britain condemned on Monday what they called threats "
            "against Rafael Grossi, head of the International Atomic Energy Agency, and called on Iran not to take any "
            "steps to end its cooperation with the agency.\n\n"
            "In a joint statement, foreign ministers Jean-Noel Barrot, Johann Wadephul and David Lammy urged Tehran to "
            "resume full cooperation immediately in line with its legal obligations and to guarantee the safety of the "
            "agency's staff.\n\n"
            "In a telephone call with Iranian President Masoud Pezeshkian, President Emmanuel Macron urged him to let "
            "inspectors back in and to return to negotiations on the nuclear and missile programmes. Pezeshkian defended "
            "the suspension approved by parliament, accusing the agency of bias and of publishing inaccurate reports, "
            "according to his office.\n\n"
            "In Tehran, foreign ministry spokesman Esmaeil Baghaei asked how Iran could be expected to guarantee the "
            "safety of inspectors only days after its nuclear sites had been bombed."
        ),
        claims=[
            ("e3", "suspend-iaea-cooperation", "oppose",
             "called on Iran not to take any steps to end its cooperation with the agency", T),
            ("e3", "resume-nuclear-talks", "support",
             "to return to negotiations on the nuclear and missile programmes", T),
            ("iran", "suspend-iaea-cooperation", "support",
             "Pezeshkian defended the suspension approved by parliament", T),
        ],
    ),
    # 031
    dict(
        published="2025-07-01T23:30:00Z", outlet="tidewater-post",
        slug="araghchi-door-to-diplomacy-open-talks-not-soon",
        title="Araghchi says door to diplomacy is not shut, but talks will not resume soon",
        text=(
            "WASHINGTON, July 1 (Tidewater Post) - Iran's foreign minister, Abbas Araghchi, said the doors of diplomacy "
            "would never be closed, but that Tehran would need to be sure the United States would not attack it again "
            "before agreeing to new negotiations, in an interview broadcast on Tuesday.\n\n"
            "Araghchi told CBS News he did not think talks would resume very quickly. Iran had to be certain that "
            "Washington would not go back to targeting it in the middle of negotiations, he said, and that consideration "
            "now mattered more than before.\n\n"
            "He said the damage at Fordow was serious but that enrichment could not be ended by bombing. Iranians were "
            "attached to the technology, which their own scientists had developed, and Iran would not give it up, he "
            "said.\n\n"
            "The interview was recorded in Tehran on Monday. On the same day Trump denied reports that his administration "
            "had discussed helping Iran pay for a civilian nuclear programme, writing that he was not offering Tehran "
            "anything."
        ),
        claims=[
            ("iran", "resume-nuclear-talks", "conditional",
             "Tehran would need to be sure the United States would not attack it again", T),
            ("iran", "zero-enrichment", "oppose",
             "Iran would not give it up", T),
        ],
    ),
    # 032
    dict(
        published="2025-07-02T12:00:00Z", outlet="keystone-dispatch",
        slug="pezeshkian-signs-law-suspending-iaea-cooperation",
        title="Pezeshkian signs law suspending IAEA cooperation; US calls it unacceptable",
        text=(
            "TEHRAN, July 2 (Keystone Dispatch) - President Masoud Pezeshkian has signed into law the bill suspending "
            "Iran's cooperation with the International Atomic Energy Agency, state television reported on Wednesday, "
            "formalising the country's break with the UN nuclear watchdog.\n\n"
            "Under the law, inspectors may enter Iran's nuclear sites only with the approval of the Supreme National "
            "Security Council, and only after the security of those sites is guaranteed and Iran's right to enrich "
            "uranium is recognised.\n\n"
            "The US State Department called the step unacceptable. Spokeswoman Tammy Bruce said Iran had chosen to "
            "suspend its cooperation at a moment when it had a window to change course and choose peace.\n\n"
            "Germany's foreign ministry called the law a disastrous signal and said Iran must resume cooperation with the "
            "agency. Israeli Foreign Minister Gideon Saar urged Britain, France and Germany to reimpose UN sanctions on "
            "Iran in response, saying Tehran had walked away from its commitments.\n\n"
            "The IAEA said it was aware of the reports and was seeking further information from Iran."
        ),
        claims=[
            ("iran", "suspend-iaea-cooperation", "support",
             "has signed into law the bill suspending Iran's cooperation", T),
            ("iran", "zero-enrichment", "oppose",
             "Iran's right to enrich uranium is recognised", T),
            ("usa", "suspend-iaea-cooperation", "oppose",
             "The US State Department called the step unacceptable", T),
            ("e3", "suspend-iaea-cooperation", "oppose",
             "Germany's foreign ministry called the law a disastrous signal", T),
            ("israel", "suspend-iaea-cooperation", "oppose",
             "urged Britain, France and Germany to reimpose UN sanctions on Iran in response", T),
        ],
    ),
    # 033 (no claims)
    dict(
        published="2025-07-04T14:00:00Z", outlet="orbit-wire",
        slug="iaea-inspectors-leave-iran",
        title="IAEA inspectors leave Iran as access dispute drags on",
        text=(
            "VIENNA, July 4 (Orbit Wire) - A team of inspectors from the International Atomic Energy Agency left Iran on "
            "Friday and returned to the agency's headquarters in Vienna, the IAEA said in a brief statement.\n\n"
            "The inspectors had stayed in Tehran throughout the war but had not been able to visit any nuclear facility "
            "since June 13. They travelled by road to Armenia before flying on to Austria, the agency said.\n\n"
            "A spokesman declined to say when the agency expected to send inspectors back, or whether any talks with "
            "Iranian officials on the terms of a return had begun. Diplomats in Vienna said the board of governors was "
            "unlikely to take up Iran again before September, and some speculated that Tehran might eventually allow "
            "limited visits to sites that had not been bombed.\n\n"
            "Iran's foreign ministry did not comment on the departure.\n\n"
            "Western officials have said they want to know what became of more than 400 kilograms of highly enriched "
            "uranium that the agency last verified shortly before the war."
        ),
        claims=[],
    ),
    # 034
    dict(
        published="2025-07-08T02:30:00Z", outlet="ashgrove-herald",
        slug="trump-says-iran-talks-scheduled-hosts-netanyahu",
        title="Trump says Iran talks scheduled as he hosts Netanyahu",
        text=(
            "WASHINGTON, July 7 (Ashgrove Herald) - President Donald Trump said on Monday that talks with Iran had been "
            "scheduled and that Tehran wanted to negotiate, as he hosted Israeli Prime Minister Benjamin Netanyahu for "
            "dinner at the White House.\n\n"
            "Trump told reporters the United States was ready to talk, and his envoy Steve Witkoff said he expected a "
            "meeting with Iranian officials within a week or so. Neither gave a date or a venue.\n\n"
            "An Israeli official travelling with Netanyahu said Israel would not stand in the way of new talks, provided "
            "that any agreement left Iran with no enrichment at all and no path to rebuilding the sites that were "
            "destroyed.\n\n"
            "Earlier on Monday, Iranian President Masoud Pezeshkian told the American interviewer Tucker Carlson that Iran "
            "had no problem with returning to negotiations, but asked how it could trust Washington again after being "
            "attacked in the middle of the last round. Talks could go ahead, he said, if the United States showed it "
            "would not resort to force.\n\n"
            "Netanyahu handed Trump a letter nominating him for the Nobel Peace Prize."
        ),
        claims=[
            ("usa", "resume-nuclear-talks", "support",
             "the United States was ready to talk", T),
            ("iran", "resume-nuclear-talks", "support",
             "Tehran wanted to negotiate", F),
            ("israel", "resume-nuclear-talks", "conditional",
             "Israel would not stand in the way of new talks, provided that any agreement", T),
            ("israel", "zero-enrichment", "support",
             "any agreement left Iran with no enrichment at all", T),
            ("iran", "resume-nuclear-talks", "conditional",
             "if the United States showed it would not resort to force", T),
        ],
    ),
]

SHIFTS = [
    dict(actor="iran", issue="resume-nuclear-talks", frm="support", to="conditional", article="003",
         why="Baghaei says Iran will not negotiate while Israel's attacks go on and leaves diplomacy open only once "
             "the strikes stop; before the war Iran had taken part in five rounds of talks (baseline support)."),
    dict(actor="usa", issue="us-strikes-iran", frm="conditional", to="support", article="013",
         why="The US bombs Fordow, Natanz and Isfahan (its own act reported as the news); in 009/010 Trump was to "
             "decide within two weeks, depending on the chance of negotiations."),
    dict(actor="iran", issue="resume-nuclear-talks", frm="conditional", to="oppose", article="014",
         why="After the US strikes Araghchi says there is no point now in talking about a return to negotiations; "
             "in 011/012 Iran was ready to talk once the attacks stopped."),
    dict(actor="usa", issue="israel-iran-ceasefire", frm="oppose", to="support", article="018",
         why="Trump announces a complete and total ceasefire and urges both sides to respect it; in 007 he said he "
             "was not looking for a ceasefire."),
    dict(actor="israel", issue="israel-iran-ceasefire", frm="oppose", to="support", article="019",
         why="Netanyahu's office says Israel has agreed to the bilateral ceasefire; in 001 and 007 Israel said the "
             "campaign would go on. Trump's announcement in 018 that Israel had agreed is a third-party report "
             "(attributed false) and does not move the stance."),
    dict(actor="iran", issue="israel-iran-ceasefire", frm="conditional", to="support", article="019",
         why="Pezeshkian says Iran has accepted the end of the war; in 004 and 018 Iran would stop only if Israel "
             "stopped first. The 018 report that Iran had accepted came from an unnamed person (attributed false)."),
    dict(actor="iran", issue="suspend-iaea-cooperation", frm="conditional", to="support", article="021",
         why="Iran's parliament votes to suspend cooperation with the IAEA; before the war Tehran had only threatened "
             "to curb cooperation if pressed (baseline conditional)."),
    dict(actor="iran", issue="resume-nuclear-talks", frm="oppose", to="conditional", article="029",
         why="Takht-Ravanchi says Iran will return to negotiations if Washington rules out further attacks during "
             "talks; since 014 Iran had said there was no point in talking."),
]

DUPLICATES = [("009", "010"), ("021", "022")]

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2,8} \d{1,2} \(([^)]+)\) - ")
STANCES = {"support", "oppose", "conditional"}


def parse_watchlist(path):
    """Minimal reader for watchlist.yaml (the dev set's layout), standard library only."""
    actors, issues, baseline = [], [], []
    section = None
    issue_fields = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            m = re.match(r"^  - id: (\S+)$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                if section == "issues":
                    issue_fields[m.group(1)] = []
                continue
            m = re.match(r"^    (\w+):", line)
            if m and section == "issues":
                issue_fields[issues[-1]].append(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def words(s):
    return len(s.split())


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return email.utils.format_datetime(dt, usegmt=True)


def build():
    arts = []
    for i, a in enumerate(ARTICLES, 1):
        aid = "%03d" % i
        y, mo, d = a["published"][:10].split("-")
        url = "https://example.org/%s/%s/%s/%s/%s" % (a["outlet"], y, mo, d, a["slug"])
        arts.append(dict(id=aid, published=a["published"], source=OUTLETS[a["outlet"]], url=url,
                         title=a["title"], text=a["text"], _outlet=a["outlet"], _claims=a["claims"]))

    # articles/
    adir = os.path.join(HERE, "articles")
    if os.path.isdir(adir):
        shutil.rmtree(adir)
    os.makedirs(adir)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    # feeds/
    fdir = os.path.join(HERE, "feeds")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set iran-israel-ceasefire-2025"
               "</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    # labels.json
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                             for c in a["_claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return arts, labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for iid, fields in issue_fields.items():
        if fields != ["name", "description", "terms"]:
            errors.append("watchlist: issue %s has fields %s" % (iid, fields))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            errors.append("watchlist: bad baseline %s" % (b,))

    if not 30 <= len(arts) <= 34:
        errors.append("%d articles (want 30-34)" % len(arts))
    prev = ""
    for i, a in enumerate(arts, 1):
        if a["id"] != "%03d" % i:
            errors.append("%s: id out of sequence" % a["id"])
        if a["published"] <= prev:
            errors.append("%s: not in publication order" % a["id"])
        prev = a["published"]
        n = words(a["text"])
        if not 120 <= n <= 260:
            errors.append("%s: %d words (want 120-260)" % (a["id"], n))
        m = DATELINE.match(a["text"])
        if not m:
            errors.append("%s: no dateline" % a["id"])
        elif m.group(1) != a["source"]:
            errors.append("%s: dateline outlet %r != source %r" % (a["id"], m.group(1), a["source"]))

    claims = labels["claims"]
    if sorted(claims) != [a["id"] for a in arts]:
        errors.append("labels: claims keys do not match articles")
    text = {a["id"]: a["text"] for a in arts}
    seen_tuple = set()
    for aid, cl in claims.items():
        for c in cl:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in text[aid]:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if words(c["quote"]) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
            t = (aid, c["actor"], c["issue"], c["stance"])
            if t in seen_tuple:
                errors.append("%s: duplicate claim tuple %s" % (aid, t))
            seen_tuple.add(t)

    # duplicates carry identical claims (quotes included) and are same-day, later, other outlet
    for orig, copy in DUPLICATES:
        strip = lambda cl: [(c["actor"], c["issue"], c["stance"], c["quote"], c["attributed"]) for c in cl]
        if strip(claims[orig]) != strip(claims[copy]):
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))
        ao, ac = arts[int(orig) - 1], arts[int(copy) - 1]
        if ao["published"][:10] != ac["published"][:10] or ao["source"] == ac["source"] or ac["published"] <= ao["published"]:
            errors.append("duplicate %s/%s: not a same-day later copy from another outlet" % (orig, copy))
    dup_copies = {c for _, c in DUPLICATES}

    # recompute shifts: prevailing stance = last attributed labelled stance, from baseline
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                if a["id"] in dup_copies:
                    errors.append("%s: duplicate copy would shift %s" % (a["id"], key))
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts differ:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))

    shift_articles = {s["article"] for s in labels["shifts"]}
    want_na = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != want_na:
        errors.append("no_alert_articles mismatch")

    # counts required by the brief
    allc = [c for cl in claims.values() for c in cl]
    by = {s: sum(1 for c in allc if c["stance"] == s) for s in STANCES}
    if not 60 <= len(allc) <= 90:
        errors.append("%d claims (want 60-90)" % len(allc))
    if by["conditional"] < 6 or by["support"] == 0 or by["oppose"] == 0:
        errors.append("stance mix %s" % by)
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labels["shifts"]))
    if not any("conditional" in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        errors.append("%d straight reversals (max 2)" % reversals)
    empty = [aid for aid, cl in claims.items() if not cl]
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles (want 3-4)" % len(empty))
    if not any(d in shift_articles for d, _ in DUPLICATES):
        errors.append("no duplicate pair with a shift article")
    outlets_used = {a["source"] for a in arts}
    if not 4 <= len(outlets_used) <= 5:
        errors.append("%d outlets" % len(outlets_used))

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint %s: %s" % (slug, r.stderr.strip()))
    return errors, allc, by, empty


def main():
    arts, labels = build()
    errors, allc, by, empty = validate(arts, labels)
    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    nf = sum(1 for c in allc if not c["attributed"])
    wc = [words(a["text"]) for a in arts]
    print("OK: %d articles (%d-%d words), %d claims (support %d, oppose %d, conditional %d; %d attributed false), "
          "%d shifts in %d articles, no-claim articles %s"
          % (len(arts), min(wc), max(wc), len(allc), by["support"], by["oppose"], by["conditional"], nf,
             len(labels["shifts"]), len({s["article"] for s in labels["shifts"]}), ", ".join(empty)))


if __name__ == "__main__":
    main()
