#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set syria-sdf-integration-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the set (see validate()). Run: python3 build.py
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
SET_NAME = "syria-sdf-integration-2025"

OUTLETS = {
    "Lantern Wire": "lantern-wire",
    "Eastbridge Herald": "eastbridge-herald",
    "Pinecrest Dispatch": "pinecrest-dispatch",
    "Atlas Courier": "atlas-courier",
    "Tidewater Journal": "tidewater-journal",
}

# Each article: published (UTC), source, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2025-01-09T11:20:00Z",
        source="Lantern Wire",
        slug="sdf-chief-says-fighters-join-army-only-as-bloc",
        title="SDF chief says fighters will join Syrian army only as a bloc",
        text=(
            "HASAKAH, Syria, Jan 9 (Lantern Wire) - The commander of the Kurdish-led Syrian Democratic Forces said on "
            "Thursday his group was ready to become part of a future national army, but only as a single military bloc "
            "with its own structure intact.\n\n"
            "Mazloum Abdi told a small group of reporters at a base outside the city that the SDF would not let its tens "
            "of thousands of fighters be dispersed one by one into the ranks of the new Defence Ministry. He also said any "
            "settlement must give the northeast a decentralised administration that runs its own local affairs.\n\n"
            "On the region's oil and gas, Abdi struck a softer note. The fields belonged to all Syrians, he said, and the "
            "SDF could hand them to the state if their revenues were shared fairly among the provinces.\n\n"
            "Asked about the non-Syrian militants that Turkey says are embedded in his ranks, Abdi said such fighters "
            "would leave the country if a lasting ceasefire with Turkey was reached.\n\n"
            "Turkey, which regards the SDF's main component as an offshoot of the Kurdistan Workers' Party, has "
            "threatened a new offensive. Clashes between the SDF and Turkish-backed factions near the Tishreen Dam have "
            "continued for weeks.\n\n"
            "The new authorities in Damascus have yet to set out a timetable for talks."
        ),
        claims=[
            ("sdf", "sdf-joins-army", "conditional",
             "become part of a future national army, but only as a single military bloc", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose",
             "would not let its tens of thousands of fighters be dispersed one by one", True),
            ("sdf", "decentralisation", "support",
             "must give the northeast a decentralised administration that runs its own local affairs", True),
            ("sdf", "resources-handover", "conditional",
             "could hand them to the state if their revenues were shared fairly", True),
            ("sdf", "pkk-cadres-leave", "conditional",
             "would leave the country if a lasting ceasefire with Turkey was reached", True),
        ],
    ),
    # 002
    dict(
        published="2025-01-13T16:40:00Z",
        source="Eastbridge Herald",
        slug="turkey-tells-syrian-kurdish-militia-disband",
        title="Turkey tells Syrian Kurdish militia to disband or face force",
        text=(
            "ANKARA, Jan 13 (Eastbridge Herald) - Turkey's foreign minister said on Monday that the Kurdish YPG militia, "
            "the backbone of the Syrian Democratic Forces, must dissolve itself, and warned that Ankara was ready to act "
            "if Syria's new rulers could not deal with it.\n\n"
            "Hakan Fidan told a news conference that the militia's foreign commanders and fighters, many of them veterans "
            "of the Kurdistan Workers' Party (PKK), had to leave Syria without delay. Syrian members of the group could be "
            "taken into the new army only once its command structure had been dismantled, he said, adding that Turkey "
            "would not accept the militia surviving as a separate unit inside it.\n\n"
            "Fidan also said there was no longer any reason for American troops to remain in northeast Syria, where about "
            "2,000 US soldiers work alongside the SDF against Islamic State.\n\n"
            "Nationalist leader Devlet Bahceli, an ally of President Tayyip Erdogan, went further in a speech to his "
            "party's lawmakers, calling for the group to be crushed if it did not lay down its weapons.\n\n"
            "Some analysts in Ankara said the government might hold off on a ground operation while it tests whether the "
            "new authorities in Damascus can bring the group to heel. Officials gave no date for any decision."
        ),
        claims=[
            ("turkey", "pkk-cadres-leave", "support", "had to leave Syria without delay", True),
            ("turkey", "sdf-joins-army", "conditional",
             "could be taken into the new army only once its command structure had been dismantled", True),
            ("turkey", "sdf-drops-bloc-demand", "support",
             "Turkey would not accept the militia surviving as a separate unit inside it", True),
            ("turkey", "us-troop-withdrawal", "support",
             "no longer any reason for American troops to remain in northeast Syria", True),
        ],
    ),
    # 003
    dict(
        published="2025-01-19T13:00:00Z",
        source="Pinecrest Dispatch",
        slug="syria-defence-minister-rejects-sdf-bloc",
        title="Syria's defence minister rejects Kurdish-led force keeping its own bloc in army",
        text=(
            "DAMASCUS, Jan 19 (Pinecrest Dispatch) - Syria's new defence minister said on Sunday that the Kurdish-led "
            "Syrian Democratic Forces would have to enter the national army like every other armed faction, and "
            "rejected the group's idea of keeping its units together.\n\n"
            "Murhaf Abu Qasra, a former rebel commander appointed last month, said in an interview that the SDF should "
            "be folded into the army's structure under the Defence Ministry's chain of command. Allowing one group to "
            "remain a bloc within the army was not right, he said, because it would preserve the divisions of the war "
            "years.\n\n"
            "He said talks with SDF representatives were going on and that he hoped a deal could be reached without "
            "fighting. He did not give a deadline.\n\n"
            "The SDF, which wants its fighters to join as one body and keep their positions in the northeast, controls "
            "most of Syria's oil and much of its wheat. Its commander, Mazloum Abdi, met the country's de facto leader, "
            "Ahmed al-Sharaa, in the capital late last year, according to people familiar with the meeting.\n\n"
            "Abu Qasra also said the ministry planned to absorb dozens of rebel factions that fought against Bashar "
            "al-Assad, a process officials say could take months."
        ),
        claims=[
            ("damascus", "sdf-joins-army", "support",
             "would have to enter the national army like every other armed faction", True),
            ("damascus", "sdf-drops-bloc-demand", "support",
             "Allowing one group to remain a bloc within the army was not right", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose", "which wants its fighters to join as one body", False),
        ],
    ),
    # 004
    dict(
        published="2025-01-29T20:10:00Z",
        source="Atlas Courier",
        slug="sharaa-named-interim-president-factions-dissolve",
        title="Sharaa named Syria's interim president as rebel factions announce dissolution",
        text=(
            "DAMASCUS, Jan 29 (Atlas Courier) - Ahmed al-Sharaa was named Syria's president for a transitional period on "
            "Wednesday at a gathering of the armed factions that toppled Bashar al-Assad, a military spokesman "
            "announced.\n\n"
            "The meeting, held at the People's Palace in the capital, also declared the dissolution of the former ruling "
            "Baath Party, the suspension of the 2012 constitution and the break-up of the old army and security "
            "services. Commanders of the rebel groups present said their own factions would be dissolved and merged into "
            "new state bodies.\n\n"
            "The Kurdish-led Syrian Democratic Forces, which control much of the northeast, were not represented at the "
            "gathering. Officials did not say whether the group had been invited, and an SDF spokesman declined to "
            "comment when contacted by telephone.\n\n"
            "Sharaa is expected to name a legislative council to serve until a new constitution is drafted, a process "
            "that diplomats say could take several years. He has also promised a national dialogue conference, but no "
            "date has been announced.\n\n"
            "Analysts said the announcement could increase pressure on the SDF to define its relationship with the new "
            "government, but added that much would depend on talks that have so far taken place out of public view."
        ),
        claims=[],
    ),
    # 005
    dict(
        published="2025-02-04T22:30:00Z",
        source="Tidewater Journal",
        slug="trump-noncommittal-us-troops-syria-abdi-warns",
        title="Trump noncommittal on US troops in Syria as Kurdish commander warns of IS revival",
        text=(
            "WASHINGTON, Feb 4 (Tidewater Journal) - President Donald Trump gave no clear answer on Tuesday about the "
            "future of the roughly 2,000 American troops in northeast Syria, telling reporters that Syria was a mess of "
            "its own and that his administration would make a decision on the deployment.\n\n"
            "Asked directly whether the soldiers would stay, Trump said the United States was not involved in Syria's "
            "affairs and moved on to another question. The Pentagon declined to say whether options for a pullout had "
            "been prepared, and denied reports that a decision had already been taken.\n\n"
            "In northeast Syria, Syrian Democratic Forces commander Mazloum Abdi warned that any American withdrawal "
            "would be a gift to Islamic State, whose fighters and their families are held in camps and prisons run by "
            "his forces. He said the group still needed US troops on the ground to help guard tens of thousands of "
            "detainees.\n\n"
            "The US-led coalition has carried out several strikes on Islamic State hideouts in the Syrian desert since "
            "December, according to Central Command.\n\n"
            "Some former US officials said they expected a reduction rather than a full exit, but cautioned that the "
            "president's thinking was hard to predict."
        ),
        claims=[
            ("sdf", "us-troop-withdrawal", "oppose",
             "any American withdrawal would be a gift to Islamic State", True),
        ],
    ),
    # 006
    dict(
        published="2025-02-25T18:45:00Z",
        source="Lantern Wire",
        slug="national-dialogue-state-monopoly-arms-kurds-left-out",
        title="Syria's national dialogue backs state monopoly on arms; Kurdish-led administration left out",
        text=(
            "DAMASCUS, Feb 25 (Lantern Wire) - A two-day national dialogue conference ended in the Syrian capital on "
            "Tuesday with a call for the state to hold a monopoly on weapons and for a constitutional declaration to "
            "guide the transition.\n\n"
            "Opening the meeting, interim President Ahmed al-Sharaa told about 600 delegates that Syria was indivisible "
            "and that its unity could not be traded away. He said the country would not be carved into self-governing "
            "cantons, a remark widely read as aimed at the Kurdish-led authorities in the northeast.\n\n"
            "The final statement, read out by the organising committee, stressed territorial integrity and called for "
            "economic reform and transitional justice.\n\n"
            "The Syrian Democratic Forces and the civilian Autonomous Administration that runs the northeast were not "
            "invited. In a written response, the Autonomous Administration said the conference did not represent all "
            "Syrians and that its outcome would not bind the northeast. It said any future constitution must enshrine a "
            "decentralised system that lets each region manage its own affairs.\n\n"
            "Organisers said individual Kurds were among the delegates and that the dialogue would continue in the "
            "provinces."
        ),
        claims=[
            ("damascus", "decentralisation", "oppose", "would not be carved into self-governing cantons", True),
            ("sdf", "decentralisation", "support",
             "must enshrine a decentralised system that lets each region manage its own affairs", True),
        ],
    ),
    # 007
    dict(
        published="2025-02-28T15:00:00Z",
        source="Eastbridge Herald",
        slug="sdf-says-ocalan-call-is-for-pkk-not-syria",
        title="SDF says Ocalan's disarmament call is for the PKK, not for Syria",
        text=(
            "QAMISHLI, Syria, Feb 28 (Eastbridge Herald) - The commander of the Syrian Democratic Forces welcomed on "
            "Friday a call by jailed Kurdish leader Abdullah Ocalan for the Kurdistan Workers' Party (PKK) to lay down "
            "its arms, but said the appeal concerned the PKK alone and not his forces.\n\n"
            "Mazloum Abdi called Ocalan's message historic and said it could open the way to peace in Turkey. He "
            "repeated that non-Syrian fighters who had come to help the SDF against Islamic State would go home once a "
            "ceasefire with Turkey and its allies was in place.\n\n"
            "In Ankara, President Tayyip Erdogan said the call created a new opportunity and that Turkey would watch "
            "closely to see whether it was carried out. He said the appeal had to cover every branch of the "
            "organisation, including its Syrian wing, which he said should hand over its weapons and dissolve itself as "
            "an organisation.\n\n"
            "Ocalan's statement, read out by pro-Kurdish lawmakers in Istanbul on Thursday, urged all PKK groups to "
            "disarm and the organisation to dissolve itself. The PKK has fought the Turkish state since 1984.\n\n"
            "Some Kurdish politicians in the northeast said privately they feared the call would be used to increase "
            "pressure on the SDF."
        ),
        claims=[
            ("sdf", "pkk-cadres-leave", "conditional",
             "would go home once a ceasefire with Turkey and its allies was in place", True),
            ("turkey", "sdf-drops-bloc-demand", "support",
             "should hand over its weapons and dissolve itself as an organisation", True),
        ],
    ),
    # 008
    dict(
        published="2025-03-10T19:30:00Z",
        source="Lantern Wire",
        slug="sharaa-and-sdf-chief-sign-deal-to-merge-northeast",
        title="Syria's Sharaa and SDF chief sign deal to merge northeast into state",
        text=(
            "DAMASCUS, March 10 (Lantern Wire) - Syria's interim President Ahmed al-Sharaa and Mazloum Abdi, commander "
            "of the Kurdish-led Syrian Democratic Forces, signed an agreement on Monday to integrate all civilian and "
            "military institutions in the northeast into the Syrian state, the presidency said.\n\n"
            "Under the eight-point accord, the SDF agreed to merge into the state's army and institutions, and to hand "
            "over the border crossings, the airport and the oil and gas fields it controls to the government in "
            "Damascus. Joint committees are to carry out the terms by the end of the year.\n\n"
            "The text, published by the presidency along with a photograph of the two men shaking hands, also recognises "
            "the Kurdish community as an integral part of Syria with full citizenship rights, declares a nationwide "
            "ceasefire and rejects calls for division.\n\n"
            "The agreement does not say whether SDF fighters will join the army as one formation or individually, nor "
            "does it mention decentralisation, the two questions that had stalled talks for weeks.\n\n"
            "Abdi said on social media that the deal was a real opportunity to build a new Syria. People in Qamishli and "
            "Hasakah took to the streets to celebrate, while crowds also gathered in Damascus."
        ),
        claims=[
            ("sdf", "sdf-joins-army", "support", "the SDF agreed to merge into the state's army and institutions", True),
            ("damascus", "sdf-joins-army", "support",
             "to integrate all civilian and military institutions in the northeast into the Syrian state", True),
            ("sdf", "resources-handover", "support",
             "to hand over the border crossings, the airport and the oil and gas fields", True),
            ("damascus", "resources-handover", "support",
             "the oil and gas fields it controls to the government in Damascus", True),
        ],
    ),
    # 009 (duplicate of 008)
    dict(
        published="2025-03-10T21:05:00Z",
        source="Atlas Courier",
        slug="kurdish-led-sdf-agrees-to-join-state-institutions",
        title="Kurdish-led SDF agrees to join Syrian state institutions in deal with Sharaa",
        text=(
            "DAMASCUS, March 10 (Atlas Courier) - Interim President Ahmed al-Sharaa and Syrian Democratic Forces "
            "commander Mazloum Abdi on Monday signed an agreement to integrate all civilian and military institutions in "
            "the northeast into the Syrian state, according to the presidency.\n\n"
            "In the eight-point deal, the SDF agreed to merge into the state's army and institutions, and to hand over "
            "the border crossings, the airport and the oil and gas fields it controls to the government in Damascus. "
            "Joint committees are due to complete the process before the end of the year.\n\n"
            "The accord, released by the presidency together with a picture of the two men shaking hands, also "
            "recognises Kurds as an integral part of Syria with full citizenship rights, announces a ceasefire across the "
            "country and rejects any division.\n\n"
            "It is silent on whether SDF fighters will enter the army as one formation or one by one, and does not "
            "mention decentralisation, the two issues that held up talks for weeks.\n\n"
            "Abdi wrote on social media that the deal was a genuine chance to build a new Syria. Residents of Qamishli "
            "and Hasakah celebrated in the streets, and crowds also gathered in Damascus."
        ),
        claims=[
            ("sdf", "sdf-joins-army", "support", "the SDF agreed to merge into the state's army and institutions", True),
            ("damascus", "sdf-joins-army", "support",
             "to integrate all civilian and military institutions in the northeast into the Syrian state", True),
            ("sdf", "resources-handover", "support",
             "to hand over the border crossings, the airport and the oil and gas fields", True),
            ("damascus", "resources-handover", "support",
             "the oil and gas fields it controls to the government in Damascus", True),
        ],
    ),
    # 010
    dict(
        published="2025-03-11T14:15:00Z",
        source="Tidewater Journal",
        slug="turkey-embraces-damascus-deal-with-sdf",
        title="Turkey embraces Damascus deal with Kurdish-led SDF",
        text=(
            "ANKARA, March 11 (Tidewater Journal) - Turkey gave a guarded response on Tuesday to the agreement between "
            "Syria's government and the Kurdish-led Syrian Democratic Forces, saying it would judge the deal by what "
            "happens on the ground.\n\n"
            "A senior Turkish official, speaking on condition of anonymity, said Ankara would welcome the integration of "
            "the SDF into the Syrian army provided it led to the group genuinely laying down its arms. It was too early "
            "to call the accord a success, the official said.\n\n"
            "In Washington, Secretary of State Marco Rubio said the United States welcomed the deal and backed the "
            "integration of the northeast into a unified Syria. France's foreign ministry also welcomed the agreement and "
            "said it stood ready to help the two sides implement it.\n\n"
            "The accord was signed in Damascus on Monday by interim President Ahmed al-Sharaa and SDF commander Mazloum "
            "Abdi, and sets the end of the year as the deadline for its committees to finish their work.\n\n"
            "Turkish stocks rose on the news. Some analysts in Istanbul said the deal could reduce the risk of a new "
            "Turkish incursion, though they noted that Ankara had made similar threats many times."
        ),
        claims=[
            ("turkey", "sdf-joins-army", "conditional",
             "would welcome the integration of the SDF into the Syrian army provided it led", True),
            ("usa", "sdf-joins-army", "support",
             "backed the integration of the northeast into a unified Syria", True),
            ("france", "sdf-joins-army", "support", "France's foreign ministry also welcomed the agreement", True),
        ],
    ),
    # 011
    dict(
        published="2025-03-14T12:30:00Z",
        source="Pinecrest Dispatch",
        slug="kurdish-led-council-rejects-interim-constitution",
        title="Kurdish-led council rejects Syria's interim constitution",
        text=(
            "QAMISHLI, Syria, March 14 (Pinecrest Dispatch) - The political umbrella of the Kurdish-led Syrian "
            "Democratic Forces rejected on Friday the constitutional declaration signed by interim President Ahmed "
            "al-Sharaa, saying it concentrated power in Damascus and ignored the country's diversity.\n\n"
            "The Syrian Democratic Council said in a statement that the text reproduced the authoritarian model of the "
            "past. It said Syria needed a decentralised state in which the regions could govern themselves, and called "
            "for the declaration to be redrafted through a genuine national dialogue.\n\n"
            "The council said it remained committed to the agreement signed with Damascus on Monday to merge the "
            "northeast's military and civilian bodies into the state, and that it did not see the two questions as "
            "linked.\n\n"
            "The declaration, signed on Thursday, sets a five-year transition, keeps Islamic jurisprudence as a main "
            "source of legislation and gives the president broad powers. Presenting the text, the presidency said it "
            "kept Syria a unitary state and left no room for federal or regional arrangements.\n\n"
            "Kurdish parties outside the council, including the Kurdish National Council, also criticised the "
            "declaration, saying it did not recognise Kurdish as an official language."
        ),
        claims=[
            ("sdf", "decentralisation", "support",
             "Syria needed a decentralised state in which the regions could govern themselves", True),
            ("sdf", "sdf-joins-army", "support",
             "remained committed to the agreement signed with Damascus on Monday to merge", True),
            ("damascus", "decentralisation", "oppose", "left no room for federal or regional arrangements", True),
        ],
    ),
    # 012
    dict(
        published="2025-04-03T17:00:00Z",
        source="Eastbridge Herald",
        slug="government-and-sdf-swap-prisoners-aleppo",
        title="Government and SDF swap prisoners under Aleppo neighbourhood deal",
        text=(
            "ALEPPO, Syria, April 3 (Eastbridge Herald) - Syria's government and the Kurdish-led Syrian Democratic "
            "Forces exchanged about 250 prisoners on Thursday, the first step under a local deal covering two mainly "
            "Kurdish districts of Aleppo.\n\n"
            "Buses carrying the released detainees crossed a checkpoint on the edge of the Sheikh Maqsoud neighbourhood "
            "in the morning, watched by relatives who had waited since dawn. Officials on both sides said a second "
            "exchange was planned in the coming days.\n\n"
            "Under the arrangement reached on Tuesday, SDF fighters are to withdraw from Sheikh Maqsoud and Ashrafieh to "
            "areas east of the Euphrates, while the neighbourhoods keep their own local councils and police.\n\n"
            "The Aleppo governor's office described the swap as a humanitarian gesture. An SDF spokesman said the "
            "exchange had gone smoothly and that the fighters' withdrawal would begin after it was completed.\n\n"
            "Residents said shops had reopened and that the road to the city centre was passable for the first time in "
            "weeks. Neither side linked the step publicly to the broader talks on the northeast.\n\n"
            "Aid workers said many families were still searching for relatives missing since the war."
        ),
        claims=[],
    ),
    # 013
    dict(
        published="2025-04-18T21:00:00Z",
        source="Tidewater Journal",
        slug="pentagon-to-cut-us-troops-in-syria",
        title="Pentagon to cut US troops in Syria below 1,000",
        text=(
            "WASHINGTON, April 18 (Tidewater Journal) - The Pentagon said on Friday it would consolidate American forces "
            "in Syria at fewer locations, a move that officials said would bring troop numbers below 1,000 in the coming "
            "months.\n\n"
            "Chief Pentagon spokesman Sean Parnell said the reduction would be a deliberate and conditions-based process "
            "and that the remaining forces would keep carrying out strikes on Islamic State. The United States would "
            "reassess further cuts depending on the threat, he said, while keeping the ability to strike from the "
            "region.\n\n"
            "There are currently about 2,000 US troops in the country, most of them in the northeast alongside the "
            "Kurdish-led Syrian Democratic Forces.\n\n"
            "An SDF official said the group had been informed of the plans in advance. Farhad Shami, the group's "
            "spokesman, said a rapid withdrawal of US forces would be a mistake while thousands of Islamic State "
            "detainees remained in SDF-run prisons, and urged Washington to keep its soldiers in place.\n\n"
            "Some Republicans in Congress criticised the plan, saying it risked repeating the mistakes made in Iraq in "
            "2011."
        ),
        claims=[
            ("usa", "us-troop-withdrawal", "conditional",
             "the reduction would be a deliberate and conditions-based process", True),
            ("sdf", "us-troop-withdrawal", "oppose", "urged Washington to keep its soldiers in place", True),
        ],
    ),
    # 014
    dict(
        published="2025-04-26T18:20:00Z",
        source="Atlas Courier",
        slug="syrian-kurdish-parties-unite-decentralised-state",
        title="Syrian Kurdish parties unite behind call for decentralised state",
        text=(
            "QAMISHLI, Syria, April 26 (Atlas Courier) - Rival Syrian Kurdish parties agreed on Saturday on a joint "
            "vision for the country's future, calling for Syria to become a decentralised democratic state and for "
            "Kurdish rights to be written into a new constitution.\n\n"
            "The conference in Qamishli brought together the Democratic Union Party (PYD), which dominates the "
            "administration in the northeast, and its long-time rival the Kurdish National Council, with mediation from "
            "Iraqi Kurdish leaders and US and French diplomats attending as observers. About 400 delegates approved the "
            "final statement.\n\n"
            "Speaking to the gathering, Syrian Democratic Forces commander Mazloum Abdi said the northeast wanted its "
            "rights within a united Syria, not separation, and that a decentralised system was the best guarantee that "
            "the country would never again be ruled by one man. He said the SDF still intended to join the new army "
            "under the March agreement.\n\n"
            "The final document also calls for the northeast to be treated as a single political and administrative "
            "unit and for the return of displaced Kurds to Afrin.\n\n"
            "There was no immediate reaction from Damascus. A US diplomat who attended declined to comment on the "
            "statement."
        ),
        claims=[
            ("sdf", "decentralisation", "support", "a decentralised system was the best guarantee", True),
            ("sdf", "sdf-joins-army", "support",
             "the SDF still intended to join the new army under the March agreement", True),
        ],
    ),
    # 015
    dict(
        published="2025-04-27T16:00:00Z",
        source="Lantern Wire",
        slug="syrian-presidency-rejects-kurdish-call-decentralised-state",
        title="Syrian presidency rejects Kurdish call for decentralised state",
        text=(
            "DAMASCUS, April 27 (Lantern Wire) - Syria's presidency on Sunday rejected the call by Kurdish parties for a "
            "decentralised state, saying any attempt to impose federalism or self-rule would be a threat to the "
            "country's unity.\n\n"
            "In a statement, the presidency said recent remarks by leaders of the Syrian Democratic Forces in favour of "
            "a federal system ran against the agreement signed on March 10. It said the unity of Syria's land and people "
            "was a red line and that no region could set up its own separate institutions.\n\n"
            "The statement called on the SDF to honour its commitment to merge its forces and institutions into those of "
            "the state, and said the government remained committed to the March accord.\n\n"
            "It did not mention Saturday's conference in Qamishli by name, but its timing left little doubt about its "
            "target.\n\n"
            "Officials of the Kurdish-led administration in the northeast said they were studying the statement. A "
            "member of its executive council, who asked not to be named, said the Kurdish parties had not asked for "
            "separation and that the presidency had misread their demands.\n\n"
            "The presidency's statement was the sharpest public exchange between the two sides since the March deal."
        ),
        claims=[
            ("damascus", "decentralisation", "oppose",
             "rejected the call by Kurdish parties for a decentralised state", True),
            ("damascus", "sdf-joins-army", "support",
             "called on the SDF to honour its commitment to merge its forces and institutions", True),
            ("sdf", "decentralisation", "support",
             "recent remarks by leaders of the Syrian Democratic Forces in favour of a federal system", False),
        ],
    ),
    # 016
    dict(
        published="2025-05-13T15:30:00Z",
        source="Eastbridge Herald",
        slug="turkey-says-pkk-syrian-offshoot-must-dissolve",
        title="Turkey says PKK's Syrian offshoot must follow it into dissolution",
        text=(
            "ANKARA, May 13 (Eastbridge Herald) - Turkey said on Tuesday that the Kurdistan Workers' Party's decision to "
            "disband must also apply to its affiliates in Syria, and pressed the Kurdish-led Syrian Democratic Forces to "
            "give up its separate structure.\n\n"
            "Foreign Minister Hakan Fidan told reporters that the group's militia should dissolve and could not survive "
            "as an armed body with its own commanders. He said the PKK's foreign cadres in Syria, including those from "
            "Turkey, Iran and Iraq, must leave the country.\n\n"
            "The PKK announced on Monday that it would dissolve and end its four-decade armed campaign against the "
            "Turkish state, following a call by its jailed founder Abdullah Ocalan in February.\n\n"
            "In northeast Syria, SDF commander Mazloum Abdi welcomed the PKK's decision but said it had no bearing on "
            "his forces, which he said were Syrian. He said the SDF's units would not be broken up and would keep their "
            "own command under any arrangement with Damascus.\n\n"
            "Officials in Damascus did not comment on Fidan's remarks. President Tayyip Erdogan's office said he would "
            "discuss the issue with Syria's interim president at a future meeting but gave no date."
        ),
        claims=[
            ("turkey", "sdf-drops-bloc-demand", "support",
             "could not survive as an armed body with its own commanders", True),
            ("turkey", "pkk-cadres-leave", "support", "must leave the country", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose", "the SDF's units would not be broken up", True),
        ],
    ),
    # 017
    dict(
        published="2025-05-14T19:45:00Z",
        source="Pinecrest Dispatch",
        slug="trump-meets-sharaa-in-riyadh",
        title="Trump meets Syria's Sharaa in Riyadh after pledging to lift sanctions",
        text=(
            "RIYADH, May 14 (Pinecrest Dispatch) - President Donald Trump met Syria's interim President Ahmed al-Sharaa "
            "in the Saudi capital on Wednesday, the first meeting between the leaders of the two countries in a quarter "
            "of a century, a day after announcing that he would lift US sanctions on Syria.\n\n"
            "The meeting, hosted by Saudi Crown Prince Mohammed bin Salman with Turkish President Tayyip Erdogan joining "
            "by telephone, lasted about half an hour, officials said.\n\n"
            "According to a White House readout, Trump urged Sharaa to normalise relations with Israel, to tell all "
            "foreign terrorists to leave Syria and to help the United States prevent a resurgence of Islamic State. It "
            "said he also asked Syria to take responsibility for the detention centres holding Islamic State fighters "
            "in the northeast.\n\n"
            "Syria's foreign ministry said the two leaders had discussed the lifting of sanctions and cooperation "
            "against terrorism.\n\n"
            "The readout did not mention the Kurdish-led Syrian Democratic Forces, which run those detention centres "
            "with US support, or the talks on integrating the group into the Syrian state. SDF officials did not respond "
            "to requests for comment.\n\n"
            "Trump later told reporters travelling with him that he had been impressed by the Syrian leader."
        ),
        claims=[],
    ),
    # 018
    dict(
        published="2025-06-02T13:10:00Z",
        source="Tidewater Journal",
        slug="us-envoy-says-syria-presence-will-shrink-to-one-base",
        title="US envoy says American military presence in Syria will shrink to one base",
        text=(
            "ISTANBUL, June 2 (Tidewater Journal) - The new US envoy for Syria, Tom Barrack, said on Monday that "
            "Washington would gradually reduce its military footprint in Syria from eight bases to one, as the threat "
            "from Islamic State eases and Syria's new government takes on more responsibility.\n\n"
            "Barrack, who is also ambassador to Turkey, told a Turkish broadcaster that Western policy in the region over "
            "the past century had failed and that the United States would not keep troops in the country indefinitely. "
            "He declined to say how many soldiers would remain or how quickly the bases would close, saying that "
            "depended on conditions on the ground.\n\n"
            "He said the Kurdish-led Syrian Democratic Forces had been a valued partner, but that their future lay inside "
            "a unified Syrian state and that they must become part of the new army. Their fighters, he said, would "
            "eventually move from their own bases into the barracks of the national army.\n\n"
            "Turkey has long objected to Washington's arming of the SDF, which it regards as an extension of the "
            "Kurdistan Workers' Party.\n\n"
            "The SDF did not comment on the remarks. About 1,500 US troops are now believed to be in the country after a "
            "first round of reductions."
        ),
        claims=[
            ("usa", "us-troop-withdrawal", "conditional",
             "gradually reduce its military footprint in Syria from eight bases to one", True),
            ("usa", "sdf-joins-army", "support", "they must become part of the new army", True),
        ],
    ),
    # 019
    dict(
        published="2025-07-09T18:00:00Z",
        source="Lantern Wire",
        slug="no-breakthrough-as-us-envoy-hosts-sharaa-abdi-talks",
        title="No breakthrough as US envoy joins Sharaa-Abdi talks in Damascus",
        text=(
            "DAMASCUS, July 9 (Lantern Wire) - Talks between Syria's government and the Kurdish-led Syrian Democratic "
            "Forces ended without a breakthrough on Wednesday, after a meeting at the People's Palace attended by US "
            "envoy Tom Barrack.\n\n"
            "Interim President Ahmed al-Sharaa received SDF commander Mazloum Abdi alongside Barrack and a French "
            "diplomat. A Syrian government official said afterwards that Damascus had again turned down the SDF's "
            "request to enter the army as a bloc and would accept only the integration of individual fighters.\n\n"
            "In a statement, the SDF said it remained committed to the March 10 agreement, but insisted that its units "
            "would join the army as one body and keep their role in protecting the northeast.\n\n"
            "Speaking to reporters after the meeting, Barrack said federalism did not work in the region and that Syria "
            "had to remain one nation under one government. He said the SDF had been slow to move, urged it to speed "
            "up, and said the only road for the group led to Damascus.\n\n"
            "Barrack said Washington would keep working with both sides, and that trust would be built in small steps."
        ),
        claims=[
            ("damascus", "sdf-drops-bloc-demand", "support",
             "had again turned down the SDF's request to enter the army as a bloc", True),
            ("damascus", "sdf-joins-army", "support", "would accept only the integration of individual fighters", True),
            ("sdf", "sdf-joins-army", "support", "it remained committed to the March 10 agreement", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose", "insisted that its units would join the army as one body", True),
            ("usa", "decentralisation", "oppose", "federalism did not work in the region", True),
        ],
    ),
    # 020 (duplicate of 019)
    dict(
        published="2025-07-09T21:30:00Z",
        source="Atlas Courier",
        slug="us-envoy-tells-sdf-only-road-leads-to-damascus",
        title="US envoy tells SDF the only road leads to Damascus as talks stall",
        text=(
            "DAMASCUS, July 9 (Atlas Courier) - Negotiations between the Syrian government and the Kurdish-led Syrian "
            "Democratic Forces produced no breakthrough on Wednesday after a meeting at the People's Palace attended by "
            "US envoy Tom Barrack.\n\n"
            "Interim President Ahmed al-Sharaa hosted SDF commander Mazloum Abdi together with Barrack and a French "
            "diplomat. Afterwards a Syrian government official said Damascus had again turned down the SDF's request to "
            "enter the army as a bloc, adding that only individual fighters would be integrated.\n\n"
            "The SDF said in a statement that it remained committed to the March 10 agreement, but insisted that its "
            "units would join the army as one body and continue protecting the northeast.\n\n"
            "Barrack told reporters after the talks that federalism did not work in the region and that Syria had to "
            "stay one nation under one government. The SDF had been slow to move and should speed up, he said, adding "
            "that the group's only road led to Damascus.\n\n"
            "He said Washington would go on working with both sides, and that trust would have to be built step by step."
        ),
        claims=[
            ("damascus", "sdf-drops-bloc-demand", "support",
             "had again turned down the SDF's request to enter the army as a bloc", True),
            ("damascus", "sdf-joins-army", "support", "only individual fighters would be integrated", True),
            ("sdf", "sdf-joins-army", "support", "it remained committed to the March 10 agreement", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose", "insisted that its units would join the army as one body", True),
            ("usa", "decentralisation", "oppose", "federalism did not work in the region", True),
        ],
    ),
    # 021
    dict(
        published="2025-07-23T10:00:00Z",
        source="Eastbridge Herald",
        slug="us-envoy-says-syria-may-need-system-short-of-federalism",
        title="US envoy says Syria may need system short of federalism after Sweida bloodshed",
        text=(
            "BEIRUT, July 23 (Eastbridge Herald) - US envoy Tom Barrack said Syria might have to consider a looser system "
            "of government than a highly centralised state, after a week of sectarian bloodshed in the southern province "
            "of Sweida.\n\n"
            "Speaking to reporters in Beirut on Tuesday, Barrack said a federation was not the answer, but that something "
            "short of one could let Syria's communities keep their identity, culture and language inside a single state, "
            "as long as the country stayed united. Everybody may now need to adapt, he said.\n\n"
            "The remarks marked a change of tone from earlier this month, when he told reporters in Damascus that "
            "federalism did not work in the region.\n\n"
            "Barrack also urged interim President Ahmed al-Sharaa to move quickly to make his government more inclusive, "
            "warning that Syria could otherwise fragment. He gave no details of what a new arrangement might look "
            "like.\n\n"
            "Hundreds of people were killed in clashes between Druze fighters and Bedouin tribes in Sweida, where "
            "government forces were accused of abuses against civilians.\n\n"
            "Syrian Democratic Forces officials said the remarks vindicated their call for a decentralised Syria. The "
            "Syrian government did not respond publicly."
        ),
        claims=[
            ("usa", "decentralisation", "conditional",
             "something short of one could let Syria's communities keep their identity", True),
            ("sdf", "decentralisation", "support", "vindicated their call for a decentralised Syria", True),
        ],
    ),
    # 022
    dict(
        published="2025-07-25T19:00:00Z",
        source="Pinecrest Dispatch",
        slug="syria-france-us-agree-sdf-talks-in-paris",
        title="Syria, France and US agree to hold SDF talks in Paris",
        text=(
            "PARIS, July 25 (Pinecrest Dispatch) - Syria, France and the United States agreed on Friday to convene talks "
            "in Paris as soon as possible between the Syrian government and the Kurdish-led Syrian Democratic Forces on "
            "carrying out their March 10 agreement.\n\n"
            "In a joint statement after a meeting between Syrian Foreign Minister Asaad al-Shaibani, French Foreign "
            "Minister Jean-Noel Barrot and US envoy Tom Barrack, the three governments said they supported the "
            "successful integration of the northeast's institutions into the Syrian state and would help the two sides "
            "complete it.\n\n"
            "The statement also stressed Syria's unity and sovereignty and said the three countries would cooperate "
            "against Islamic State.\n\n"
            "Barrot said France would stand by the Kurds who fought alongside Western forces against the militants, and "
            "that Paris was ready to host the negotiations. Shaibani, on his first official visit to France since the "
            "fall of Bashar al-Assad, also met President Emmanuel Macron at the Elysee.\n\n"
            "No date was set for the talks, and it was not clear who would lead the SDF delegation. The group has not "
            "commented."
        ),
        claims=[
            ("france", "sdf-joins-army", "support",
             "supported the successful integration of the northeast's institutions into the Syrian state", True),
            ("usa", "sdf-joins-army", "support",
             "supported the successful integration of the northeast's institutions into the Syrian state", True),
            ("damascus", "sdf-joins-army", "support",
             "supported the successful integration of the northeast's institutions into the Syrian state", True),
        ],
    ),
    # 023
    dict(
        published="2025-08-08T20:00:00Z",
        source="Tidewater Journal",
        slug="hasakah-conference-decentralised-constitution-sdf-guarantees",
        title="Kurdish-led conference calls for decentralised constitution as SDF ties arms to guarantees",
        text=(
            "HASAKAH, Syria, Aug 8 (Tidewater Journal) - A conference hosted by the Kurdish-led administration in "
            "northeast Syria called on Friday for a new constitution that would make Syria a decentralised state, and "
            "the commander of the Syrian Democratic Forces said his fighters would not merge into the army until such "
            "guarantees existed.\n\n"
            "Mazloum Abdi told the gathering that the SDF still wanted to be part of a national army, but would take "
            "that step only once a constitution protected the rights of the northeast and its communities. After the "
            "killings on the coast and in Sweida, he said, no one could ask his forces to hand over their weapons "
            "without guarantees.\n\n"
            "The final statement called for a decentralised, democratic and pluralist Syria and for a new national "
            "dialogue. It also said the SDF's units should remain intact as the protection force of the region within "
            "any future army.\n\n"
            "Druze spiritual leader Sheikh Hikmat al-Hijri and an Alawite cleric addressed the meeting by video link, "
            "calling for international protection for their communities.\n\n"
            "Officials in Damascus did not immediately comment. Abdi said the conference was not directed against "
            "anyone."
        ),
        claims=[
            ("sdf", "sdf-joins-army", "conditional",
             "would take that step only once a constitution protected the rights of the northeast", True),
            ("sdf", "decentralisation", "support", "called for a decentralised, democratic and pluralist Syria", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose",
             "the SDF's units should remain intact as the protection force of the region", True),
        ],
    ),
    # 024
    dict(
        published="2025-08-09T16:30:00Z",
        source="Lantern Wire",
        slug="damascus-pulls-out-of-paris-talks-with-sdf",
        title="Damascus pulls out of Paris talks with SDF after Hasakah conference",
        text=(
            "DAMASCUS, Aug 9 (Lantern Wire) - Syria's government said on Saturday it would not take part in planned "
            "meetings with the Kurdish-led Syrian Democratic Forces in Paris, accusing the group of breaching the March "
            "10 agreement by hosting a conference that called for a decentralised state.\n\n"
            "A government official quoted by the state news agency said the Hasakah gathering was a blow to the "
            "negotiations and an attempt to internationalise Syria's internal affairs. The official said Damascus "
            "rejected any federal or decentralised arrangement that would divide the country, and that the only "
            "acceptable outcome remained the full integration of the SDF into state institutions.\n\n"
            "The official also said the government would not negotiate with anyone trying to revive the old regime under "
            "any banner, a reference to Alawite figures who addressed the conference.\n\n"
            "Ilham Ahmed, a senior official of the Autonomous Administration, said the SDF had not walked away from the "
            "March deal, but that its fighters could only join the army under a constitution that guaranteed their "
            "communities' rights.\n\n"
            "French officials declined to comment on whether the talks in Paris would go ahead. US envoy Tom Barrack "
            "urged both sides to return to the table."
        ),
        claims=[
            ("damascus", "decentralisation", "oppose",
             "rejected any federal or decentralised arrangement that would divide the country", True),
            ("damascus", "sdf-joins-army", "support",
             "the only acceptable outcome remained the full integration of the SDF into state institutions", True),
            ("sdf", "sdf-joins-army", "conditional",
             "its fighters could only join the army under a constitution that guaranteed", True),
        ],
    ),
    # 025
    dict(
        published="2025-08-13T15:00:00Z",
        source="Atlas Courier",
        slug="turkey-and-syria-warn-sdf-over-decentralisation",
        title="Turkey and Syria warn SDF over decentralisation demands",
        text=(
            "ANKARA, Aug 13 (Atlas Courier) - Turkey and Syria jointly warned the Kurdish-led Syrian Democratic Forces on "
            "Wednesday against seeking self-rule, after talks in the Turkish capital between their foreign ministers, "
            "defence ministers and intelligence chiefs.\n\n"
            "Turkish Foreign Minister Hakan Fidan told a joint news conference that calls for a decentralised Syria were "
            "an attempt to partition the country. He said the SDF must stop stalling, and that Turkey could accept the "
            "group's integration only if it truly disbanded, not if it joined the army as a single armed structure.\n\n"
            "Syrian Foreign Minister Asaad al-Shaibani, standing beside him, said demands for decentralisation served "
            "foreign agendas and threatened national unity. He said the door to the Kurds remained open within the "
            "framework of one state.\n\n"
            "The two governments also agreed to deepen military cooperation, with Turkey to provide training and advice "
            "to the Syrian army.\n\n"
            "Fidan said Turkey's patience was not unlimited, but he did not say what Ankara might do if the process "
            "stalled. Analysts said military action appeared unlikely while Washington remained engaged with the SDF."
        ),
        claims=[
            ("turkey", "decentralisation", "oppose",
             "calls for a decentralised Syria were an attempt to partition the country", True),
            ("turkey", "sdf-joins-army", "conditional",
             "could accept the group's integration only if it truly disbanded", True),
            ("turkey", "sdf-drops-bloc-demand", "support", "not if it joined the army as a single armed structure", True),
            ("damascus", "decentralisation", "oppose",
             "demands for decentralisation served foreign agendas and threatened national unity", True),
        ],
    ),
    # 026
    dict(
        published="2025-09-16T12:00:00Z",
        source="Eastbridge Herald",
        slug="military-committees-meet-as-integration-deadline-looms",
        title="Military committees meet in Damascus as SDF integration deadline looms",
        text=(
            "DAMASCUS, Sept 16 (Eastbridge Herald) - Military delegations from the Syrian government and the Kurdish-led "
            "Syrian Democratic Forces met in Damascus on Tuesday for the first time in several weeks, according to two "
            "people briefed on the talks.\n\n"
            "The meeting, held in a ministry building in the Mezzeh district, dealt with technical questions such as the "
            "registration of fighters, salaries and the future of checkpoints, the people said. Neither side issued a "
            "statement afterwards.\n\n"
            "A government spokesman declined to say whether any progress had been made, and an SDF spokesman said only "
            "that contacts were continuing.\n\n"
            "With less than four months left before the end-of-year deadline set in the March 10 agreement, diplomats "
            "and analysts said they expected the timetable to slip. One Western diplomat said the most likely outcome "
            "was a partial deal on civil institutions, with the military questions left for 2026.\n\n"
            "Others speculated that Washington and Ankara might press both sides harder after the UN General Assembly "
            "later this month, where Syria's interim president is expected to speak.\n\n"
            "Front lines east of Aleppo have been largely quiet since the summer, although both sides have reported "
            "sporadic exchanges of fire near Deir Hafer."
        ),
        claims=[],
    ),
    # 027
    dict(
        published="2025-09-25T23:30:00Z",
        source="Pinecrest Dispatch",
        slug="erdogan-visits-white-house-us-envoy-rules-out-federal-syria",
        title="Erdogan visits White House; US envoy rules out a federal Syria",
        text=(
            "WASHINGTON, Sept 25 (Pinecrest Dispatch) - President Donald Trump hosted Turkish President Tayyip Erdogan at "
            "the White House on Thursday for the first time since 2019, in talks that covered Syria, arms purchases and "
            "the war in Gaza.\n\n"
            "Speaking to reporters outside the White House afterwards, US envoy Tom Barrack said he expected Syria to "
            "have a central government by the end of the year that would not become a federation, but which would meet "
            "the demands of its communities on language, education and religious rights. The United States would "
            "encourage the parties but would not dictate the outcome, he said.\n\n"
            "Erdogan told reporters before leaving Washington that the Syrian Democratic Forces were stalling, and that "
            "Turkey would back the group's entry into the Syrian army only if it came with full disarmament.\n\n"
            "Neither leader mentioned the SDF in their public remarks in the Oval Office, where Trump praised Erdogan "
            "and said Turkey could soon be able to buy new fighter jets.\n\n"
            "SDF officials had no immediate comment."
        ),
        claims=[
            ("usa", "decentralisation", "conditional",
             "would not become a federation, but which would meet the demands of its communities", True),
            ("turkey", "sdf-joins-army", "conditional",
             "back the group's entry into the Syrian army only if it came with full disarmament", True),
        ],
    ),
    # 028
    dict(
        published="2025-10-04T11:00:00Z",
        source="Tidewater Journal",
        slug="damascus-opens-door-to-kurdish-self-rule",
        title="Damascus opens door to Kurdish self-rule",
        text=(
            "DAMASCUS, Oct 4 (Tidewater Journal) - Syria's government is open to discussing a degree of decentralisation "
            "with the Kurdish-led Syrian Democratic Forces, an adviser to Foreign Minister Asaad al-Shaibani said, in "
            "the clearest sign yet that Damascus may soften its resistance to devolving power.\n\n"
            "The adviser said in an interview that there was openness in Damascus to decentralisation, provided it was "
            "administrative in nature, stayed within the framework of one state and did not lead to a division of "
            "the country. He said the details should be settled in the talks on the March 10 "
            "agreement and in a future constitution.\n\n"
            "Officials had until now rejected the demand outright. In April the presidency said any attempt to impose "
            "federalism or self-rule threatened Syria's unity, and in August the government pulled out of planned talks "
            "in Paris after a conference in Hasakah called for a decentralised state.\n\n"
            "An SDF spokesman said the group welcomed any step towards a decentralised system, but wanted to see it "
            "written down.\n\n"
            "Some Syrian commentators said the remarks were aimed at Washington, which has urged Damascus to make its "
            "government more inclusive."
        ),
        claims=[
            ("damascus", "decentralisation", "conditional",
             "openness in Damascus to decentralisation, provided it was administrative in nature", True),
            ("sdf", "decentralisation", "support", "welcomed any step towards a decentralised system", True),
        ],
    ),
    # 029
    dict(
        published="2025-10-07T21:00:00Z",
        source="Lantern Wire",
        slug="sharaa-and-abdi-agree-ceasefire-after-aleppo-clashes",
        title="Sharaa and Abdi agree ceasefire after Aleppo clashes, with US envoy present",
        text=(
            "DAMASCUS, Oct 7 (Lantern Wire) - Syria's government and the Kurdish-led Syrian Democratic Forces agreed on "
            "Tuesday to an immediate nationwide ceasefire after two days of deadly clashes in Kurdish-majority districts "
            "of Aleppo, Defence Minister Murhaf Abu Qasra said.\n\n"
            "Abu Qasra announced the truce after meeting SDF commander Mazloum Abdi in the capital. Earlier, interim "
            "President Ahmed al-Sharaa had received Abdi together with US envoy Tom Barrack and Admiral Brad Cooper, head "
            "of US Central Command.\n\n"
            "The defence minister said the two sides had agreed to speed up the integration of the SDF into the army and "
            "state institutions under the March 10 agreement.\n\n"
            "Barrack said on social media that the United States backed a swift and full merger of the SDF into a "
            "unified Syrian army, and thanked both leaders for their restraint.\n\n"
            "The fighting in the Sheikh Maqsoud and Ashrafieh neighbourhoods killed at least two people and wounded "
            "several others, according to local officials. Government units pulled back from positions around the "
            "districts, and residents said SDF-linked security forces returned to their barracks overnight.\n\n"
            "The end-of-year deadline for completing the integration is less than three months away."
        ),
        claims=[
            ("damascus", "sdf-joins-army", "support",
             "had agreed to speed up the integration of the SDF into the army", True),
            ("usa", "sdf-joins-army", "support",
             "backed a swift and full merger of the SDF into a unified Syrian army", True),
            ("sdf", "sdf-joins-army", "support",
             "the two sides had agreed to speed up the integration of the SDF", False),
        ],
    ),
    # 030
    dict(
        published="2025-10-13T10:30:00Z",
        source="Atlas Courier",
        slug="sdf-chief-says-preliminary-deal-on-merging-forces",
        title="SDF chief says preliminary deal reached on merging forces into Syrian army",
        text=(
            "HASAKAH, Syria, Oct 13 (Atlas Courier) - The commander of the Kurdish-led Syrian Democratic Forces said he "
            "had reached a preliminary agreement with Damascus on how his forces will be merged into Syria's army and "
            "security services, and that the SDF was now ready to go ahead.\n\n"
            "Mazloum Abdi said in an interview at a base in Hasakah that it was not true that the SDF did not want to be "
            "part of the national army. The group would join it, he said, and its internal security forces would be "
            "folded into the Interior Ministry.\n\n"
            "A force the size of the SDF could not be absorbed fighter by fighter like the smaller factions, Abdi said, "
            "and would instead enter as large formations organised under Defence Ministry rules. He said Damascus had "
            "accepted that principle during his meetings in the capital last week, and that military and security "
            "delegations were now working on the details.\n\n"
            "Abdi said the SDF would keep pressing for decentralised governance, which the two sides still interpreted "
            "differently.\n\n"
            "The Syrian Defence Ministry did not comment on his account. The SDF and its security forces number around "
            "100,000 men and women, according to the group."
        ),
        claims=[
            ("sdf", "sdf-joins-army", "support",
             "not true that the SDF did not want to be part of the national army", True),
            ("sdf", "sdf-drops-bloc-demand", "oppose",
             "could not be absorbed fighter by fighter like the smaller factions", True),
            ("damascus", "sdf-drops-bloc-demand", "conditional",
             "Damascus had accepted that principle during his meetings in the capital", False),
            ("sdf", "decentralisation", "support", "would keep pressing for decentralised governance", True),
        ],
    ),
    # 031
    dict(
        published="2025-10-16T14:00:00Z",
        source="Pinecrest Dispatch",
        slug="turkey-warns-sdf-integration-must-not-be-cosmetic",
        title="Turkey warns SDF integration must not be cosmetic",
        text=(
            "ANKARA, Oct 16 (Pinecrest Dispatch) - Turkey said on Thursday that the Kurdish-led Syrian Democratic Forces "
            "must cease to exist as a separate force, and warned that it would not accept an arrangement that left the "
            "group intact under a new name.\n\n"
            "At its weekly briefing, the Turkish Defence Ministry said integration had to mean the end of the SDF as a "
            "separate armed structure. Ankara would not accept any deal that did not dismantle the group's chain of "
            "command, a ministry official told reporters.\n\n"
            "Foreign Minister Hakan Fidan, speaking separately, said Turkey was following the talks closely and would "
            "support the integration of the group's Syrian members into the army as long as it gave up its heavy "
            "weapons first. He said Washington had assured Ankara that the US military presence in Syria would keep "
            "shrinking as the Syrian state took over.\n\n"
            "The comments came days after SDF commander Mazloum Abdi said his fighters would stay together in large "
            "formations rather than be split up as individuals, a formula Turkish officials regard as a way of preserving the "
            "group.\n\n"
            "Fidan is due to travel to Damascus later this month, according to diplomatic sources."
        ),
        claims=[
            ("turkey", "sdf-drops-bloc-demand", "support",
             "would not accept any deal that did not dismantle the group's chain of command", True),
            ("turkey", "sdf-joins-army", "conditional",
             "support the integration of the group's Syrian members into the army as long as", True),
            ("usa", "us-troop-withdrawal", "conditional",
             "Washington had assured Ankara that the US military presence in Syria would keep shrinking", False),
            ("sdf", "sdf-drops-bloc-demand", "oppose",
             "would stay together in large formations rather than be split up as individuals", False),
        ],
    ),
    # 032
    dict(
        published="2025-11-10T22:00:00Z",
        source="Eastbridge Herald",
        slug="sharaa-makes-historic-white-house-visit",
        title="Sharaa makes historic White House visit as Syria joins anti-IS coalition",
        text=(
            "WASHINGTON, Nov 10 (Eastbridge Herald) - Ahmed al-Sharaa on Monday became the first Syrian head of state to "
            "visit the White House, where President Donald Trump received him for talks on security, sanctions and the "
            "fight against Islamic State.\n\n"
            "Syria agreed during the visit to join the US-led coalition against the militant group, officials said. "
            "Trump said afterwards that he got on well with the Syrian leader and wanted Syria to succeed.\n\n"
            "Separately, Secretary of State Marco Rubio met Syrian Foreign Minister Asaad al-Shaibani and Turkish Foreign "
            "Minister Hakan Fidan. A State Department spokesperson said the three discussed the next steps in carrying "
            "out the March 10 agreement, and that Washington wanted the SDF folded into Syria's army and state as "
            "quickly as possible.\n\n"
            "Shaibani said on social media that Damascus was committed to integrating the northeast's institutions and "
            "that the SDF's fighters would be welcome in the army. Fidan said Turkey would back that process only if it "
            "led to the group's real disbandment.\n\n"
            "The Kurdish-led Syrian Democratic Forces were not represented in Washington. SDF commander Mazloum Abdi "
            "said in a statement that he hoped the visit would help the talks."
        ),
        claims=[
            ("usa", "sdf-joins-army", "support",
             "wanted the SDF folded into Syria's army and state as quickly as possible", True),
            ("damascus", "sdf-joins-army", "support",
             "Damascus was committed to integrating the northeast's institutions", True),
            ("turkey", "sdf-joins-army", "conditional",
             "would back that process only if it led to the group's real disbandment", True),
        ],
    ),
    # 033
    dict(
        published="2025-11-20T15:00:00Z",
        source="Lantern Wire",
        slug="syria-says-sdf-oil-and-border-handover-on-track",
        title="Syria says SDF oil and border handover on track despite year-end doubts",
        text=(
            "DAMASCUS, Nov 20 (Lantern Wire) - Syria's foreign minister said on Thursday that the handover of oil fields "
            "and border crossings in the northeast to the state remained on course, and denied that Damascus had agreed "
            "to push the process into next year.\n\n"
            "Asaad al-Shaibani told reporters that the government still expected the Syrian Democratic Forces to hand "
            "over the fields and crossings under the March 10 agreement. He said SDF commander Mazloum Abdi had assured "
            "him in recent contacts that the transfer would be completed before the end of the year.\n\n"
            "Shaibani said the government was ready to give local councils in the northeast wider powers under Syria's "
            "local administration law, but that there would be no federal arrangement.\n\n"
            "Asked whether the deadline would be extended if the military talks were not finished, he declined to "
            "say.\n\n"
            "Analysts said the oil question was likely to be the easiest to settle, since the fields need state "
            "investment, while the shape of the army remained the main obstacle. Some diplomats expect a short extension "
            "to be announced quietly in December.\n\n"
            "SDF officials could not be reached for comment."
        ),
        claims=[
            ("damascus", "resources-handover", "support",
             "still expected the Syrian Democratic Forces to hand over the fields and crossings", True),
            ("sdf", "resources-handover", "support",
             "Abdi had assured him in recent contacts that the transfer would be completed", False),
            ("damascus", "decentralisation", "conditional",
             "ready to give local councils in the northeast wider powers under Syria's local administration law",
             True),
        ],
    ),
]

# Same story, same day, second outlet: (original, copy).
DUPLICATES = [("008", "009"), ("019", "020")]

SHIFTS = [
    dict(actor="sdf", issue="sdf-joins-army", frm="conditional", to="support", article="008",
         why="Abdi signs the March 10 accord committing the SDF to merge into the army and state; in 001 he would "
             "join only as a bloc."),
    dict(actor="sdf", issue="resources-handover", frm="conditional", to="support", article="008",
         why="The signed accord hands the border crossings, airport and oil and gas fields to Damascus; in 001 Abdi "
             "tied any handover to fair revenue sharing."),
    dict(actor="usa", issue="us-troop-withdrawal", frm="oppose", to="conditional", article="013",
         why="The Pentagon announces a conditions-based consolidation below 1,000 troops and will reassess further "
             "cuts; the baseline is the standing US deployment."),
    dict(actor="usa", issue="decentralisation", frm="oppose", to="conditional", article="021",
         why="Barrack says something short of a federation could let communities keep their identity as long as Syria "
             "stays united; in 019/020 he said federalism did not work."),
    dict(actor="sdf", issue="sdf-joins-army", frm="support", to="conditional", article="023",
         why="Abdi says the SDF will join the army only once a constitution protects the northeast; since 008 it had "
             "committed to the merger without conditions (restated in 011, 014, 019)."),
    dict(actor="damascus", issue="decentralisation", frm="oppose", to="conditional", article="028",
         why="An adviser to Shaibani says Damascus is open to administrative decentralisation within one state; through "
             "025 the government rejected it outright."),
    dict(actor="sdf", issue="sdf-joins-army", frm="conditional", to="support", article="030",
         why="Abdi announces a preliminary deal and says the SDF will join the army; in 023 and 024 it tied joining to "
             "constitutional guarantees."),
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def art_id(i):
    return "%03d" % (i + 1)


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_of(a):
    d = parse_time(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (OUTLETS[a["source"]], d.year, d.month, d.day, a["slug"])


def rfc822(s):
    return format_datetime(parse_time(s), usegmt=True)


def read_watchlist():
    """Minimal reader for watchlist.yaml (ids and baseline only); no third-party YAML library."""
    path = os.path.join(HERE, "watchlist.yaml")
    section = None
    actors, issues, baseline = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def compute_shifts(ids, claims, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for aid in ids:
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], aid))
            prevailing[key] = c["stance"]
    return shifts


def build():
    ids = [art_id(i) for i in range(len(ARTICLES))]
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for aid, a in zip(ids, ARTICLES):
        doc = {"id": aid, "published": a["published"], "source": a["source"], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")

    for outlet, slug in OUTLETS.items():
        items = [(aid, a) for aid, a in zip(ids, ARTICLES) if a["source"] == outlet]
        items.sort(key=lambda x: x[1]["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(outlet),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
               % (escape(outlet), SET_NAME),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0][1]["published"])]
        for aid, a in items:
            u = url_of(a)
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(u),
                    '      <guid isPermaLink="true">%s</guid>' % escape(u),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    claims = {}
    for aid, a in zip(ids, ARTICLES):
        claims[aid] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                       for c in a["claims"]]
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [aid for aid in ids if aid not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return ids, labels


def validate(ids, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append("baseline entry %s/%s/%s unknown" % (a, i, s))

    if not 30 <= len(ARTICLES) <= 34:
        errors.append("%d articles" % len(ARTICLES))
    prev = None
    urls = set()
    for aid, a in zip(ids, ARTICLES):
        if a["source"] not in OUTLETS:
            errors.append("%s: unknown outlet" % aid)
        if prev and a["published"] <= prev:
            errors.append("%s: not in publication order" % aid)
        prev = a["published"]
        u = url_of(a)
        if u in urls:
            errors.append("%s: duplicate url" % aid)
        urls.add(u)
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (aid, n))
        d = parse_time(a["published"])
        m = re.match(r"^([A-Z][A-Z' .-]*(?:, [A-Z][A-Za-z ]+)?), (%s) (\d{1,2}) \((.+?)\) - \S"
                     % "|".join(MONTHS), a["text"])
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %r != source" % (aid, m.group(4)))
            if MONTHS.index(m.group(2)) + 1 != d.month or int(m.group(3)) != d.day:
                errors.append("%s: dateline date does not match published" % aid)
        seen = set()
        for c in labels["claims"][aid]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %s/%s" % (aid, key[0], key[1]))
            seen.add(key)

    # Duplicates: same day, later copy, different outlet, identical claims.
    for orig, copy in DUPLICATES:
        a, b = ARTICLES[int(orig) - 1], ARTICLES[int(copy) - 1]
        if a["published"][:10] != b["published"][:10] or a["source"] == b["source"] or b["published"] <= a["published"]:
            errors.append("duplicate %s/%s: not same day / different outlet / later" % (orig, copy))
        ca = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][orig])
        cb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][copy])
        if ca != cb:
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))

    # Shifts recomputed from baseline + attributed claims in article order.
    recomputed = compute_shifts(ids, labels["claims"], baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    shift_ids = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [aid for aid in ids if aid not in shift_ids]:
        errors.append("no_alert_articles wrong")

    all_claims = [c for aid in ids for c in labels["claims"][aid]]
    if not 60 <= len(all_claims) <= 90:
        errors.append("%d claims" % len(all_claims))
    if sum(c["stance"] == "conditional" for c in all_claims) < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("%d shifts" % len(labels["shifts"]))
    reversals = sum({s["from"], s["to"]} == {"support", "oppose"} for s in labels["shifts"])
    if reversals > 2:
        errors.append("%d straight reversals" % reversals)
    if not any("conditional" in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to/from conditional")
    empty = [aid for aid in ids if not labels["claims"][aid]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles" % len(empty))

    for slug in OUTLETS.values():
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (slug, r.stderr.strip()))

    return errors, all_claims, empty


def main():
    ids, labels = build()
    errors, all_claims, empty = validate(ids, labels)
    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    by = {s: sum(c["stance"] == s for c in all_claims) for s in ("support", "oppose", "conditional")}
    print("OK: %d articles, %d claims (%s), %d attributed false, %d shifts in %d articles, no-claim articles %s"
          % (len(ids), len(all_claims), ", ".join("%d %s" % (v, k) for k, v in by.items()),
             sum(not c["attributed"] for c in all_claims), len(labels["shifts"]),
             len({s["article"] for s in labels["shifts"]}), ", ".join(empty)))


if __name__ == "__main__":
    main()
