#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set south-sudan-peace-2018.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates the set (quotes, ids, datelines, word counts, watchlist ids, shifts recomputed
from the baseline, no_alert_articles, duplicate pairs, xmllint on every feed). Exits non-zero on any
failure.

All article wording is original paraphrase written for this set. The events are real and public,
the outlets are fictional, and the set is not a source of facts.
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

OUTLETS = {
    "Rift Courier": "rift-courier",
    "Savanna Ledger": "savanna-ledger",
    "Crossline Wire": "crossline-wire",
    "Baobab Bulletin": "baobab-bulletin",
    "Highland Dispatch": "highland-dispatch",
}

GOV = "south-sudan-government"
IO = "splm-io"
SSOA = "ssoa"
IGAD = "igad"
SDN = "sudan"
UGA = "uganda"
USA = "usa"

VP = "machar-first-vp"
CF = "permanent-ceasefire"
TERM = "kiir-term-extension"
SIGN = "sign-revitalised-agreement"
STATES = "scrap-32-states"
DELAY = "delay-unity-government"

S, O, C = "support", "oppose", "conditional"


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), source, slug, title, text (paragraphs joined by blank lines), claims.
ARTICLES = [
    # 001: no claims. Venue, host, analysts' guesses.
    dict(
        published="2018-06-20T16:40:00Z", source="Rift Courier",
        slug="kiir-machar-meet-addis-first-time-two-years",
        title="Kiir and Machar meet for first time in two years at Addis talks",
        text=[
            "ADDIS ABABA, June 20 (Rift Courier) - South Sudan's President Salva Kiir and Riek Machar, his former deputy who now leads the armed opposition, shook hands in the Ethiopian capital on Wednesday, their first meeting since fighting drove Machar out of Juba in July 2016.",
            "Ethiopian Prime Minister Abiy Ahmed hosted the two men at his office for a closed session. Photographs released by his staff showed the three standing side by side, none of them smiling.",
            "Neither delegation briefed reporters afterwards, and an Ethiopian foreign ministry spokesman said only that the meeting had taken place in a frank atmosphere.",
            "The encounter follows months of stalled talks in the regional bloc's revitalisation forum, which the mediators opened in December in an attempt to rescue a 2015 peace agreement that collapsed a year later.",
            "Diplomats in Addis Ababa said expectations were low. One Western envoy said a handshake was the best anyone could hope for this week, and an analyst at a Nairobi research group guessed that the real bargaining would happen elsewhere.",
        ],
        claims=[],
    ),
    # 002
    dict(
        published="2018-06-21T18:05:00Z", source="Savanna Ledger",
        slug="juba-rules-out-machar-return-addis-talks-end",
        title="Juba rules out Machar's return as Addis talks end without deal",
        text=[
            "ADDIS ABABA, June 21 (Savanna Ledger) - South Sudan's government said on Thursday it would not accept rebel leader Riek Machar as part of any new government, as face-to-face talks in the Ethiopian capital ended without an agreement.",
            "Information Minister Michael Makuei told reporters that South Sudanese had had enough of Machar and that Juba would not take him back as vice-president. Machar could come home as an opposition politician, he said, but not to the presidency.",
            "The SPLM-IO said the rejection showed the government was not serious about peace. Mabior Garang, the movement's information chief, said the movement still insisted that Machar be restored to the post he held under the 2015 deal, and that no settlement without him would hold.",
            "IGAD mediators said the talks would move to Khartoum next week, where Sudanese President Omar al-Bashir has offered to host the next round.",
            "The two sides also remain divided over security arrangements and over the 32 states created by President Salva Kiir, which Machar's movement wants reduced to the original 10.",
        ],
        claims=[
            c(GOV, VP, O, "Juba would not take him back as vice-president"),
            c(IO, VP, S, "the movement still insisted that Machar be restored to the post he held"),
            c(IO, STATES, S, "which Machar's movement wants reduced to the original 10", False),
        ],
    ),
    # 003 (duplicate pair with 004). Overstated headline.
    dict(
        published="2018-06-27T12:30:00Z", source="Crossline Wire",
        slug="south-sudan-rivals-declare-end-to-war-khartoum",
        title="South Sudan rivals declare end to war in Khartoum",
        text=[
            "KHARTOUM, June 27 (Crossline Wire) - South Sudan's President Salva Kiir and rebel leader Riek Machar signed a declaration in Khartoum on Wednesday that commits their forces to a permanent ceasefire, to take effect within 72 hours.",
            "The document, signed at the presidential palace in the presence of Sudanese President Omar al-Bashir, also commits the parties to agree security arrangements and a power-sharing formula in the coming weeks. It does not settle who will hold which post.",
            "Kiir told the ceremony that his government would respect the ceasefire, and Machar said his forces would observe it too.",
            "Bashir said Sudan wanted the guns to fall silent for good and offered to help repair oil fields damaged in the fighting, whose crude is exported through Sudanese pipelines.",
            "The South Sudan Opposition Alliance, a coalition of smaller armed and political groups, also signed the declaration.",
            "Earlier truces, including one agreed in Addis Ababa in December, collapsed within hours.",
        ],
        claims=[
            c(GOV, CF, S, "Kiir told the ceremony that his government would respect the ceasefire"),
            c(IO, CF, S, "Machar said his forces would observe it too"),
            c(SDN, CF, S, "Bashir said Sudan wanted the guns to fall silent for good"),
            c(SSOA, CF, S, "The South Sudan Opposition Alliance, a coalition of smaller armed and political groups, also signed"),
        ],
    ),
    # 004: duplicate of 003, second outlet, same day, identical claims.
    dict(
        published="2018-06-27T14:10:00Z", source="Baobab Bulletin",
        slug="kiir-machar-sign-permanent-ceasefire-sudanese-capital",
        title="Kiir, Machar sign permanent ceasefire deal in Sudanese capital",
        text=[
            "KHARTOUM, June 27 (Baobab Bulletin) - President Salva Kiir of South Sudan and rebel leader Riek Machar on Wednesday signed a declaration in Khartoum committing their forces to a permanent ceasefire, which is to take effect within 72 hours.",
            "The text was signed at the presidential palace with Sudanese President Omar al-Bashir looking on. It also binds the parties to agree security arrangements and a formula for sharing power in the coming weeks, but leaves open who will hold which post.",
            "Kiir told the ceremony that his government would respect the ceasefire, while Machar said his forces would observe it too.",
            "Bashir said Sudan wanted the guns to fall silent for good, and offered help in repairing war-damaged oil fields whose crude flows out through Sudanese pipelines.",
            "The South Sudan Opposition Alliance, a coalition of smaller armed and political groups, also signed the text.",
            "Previous truces, among them one reached in Addis Ababa in December, broke down within hours.",
        ],
        claims=[
            c(GOV, CF, S, "Kiir told the ceremony that his government would respect the ceasefire"),
            c(IO, CF, S, "Machar said his forces would observe it too"),
            c(SDN, CF, S, "Bashir said Sudan wanted the guns to fall silent for good"),
            c(SSOA, CF, S, "The South Sudan Opposition Alliance, a coalition of smaller armed and political groups, also signed"),
        ],
    ),
    # 005
    dict(
        published="2018-07-01T09:20:00Z", source="Highland Dispatch",
        slug="ceasefire-frays-sides-trade-blame",
        title="South Sudan ceasefire frays within hours as sides trade blame",
        text=[
            "JUBA, July 1 (Highland Dispatch) - South Sudan's army and the SPLM-IO accused each other on Sunday of breaking the permanent ceasefire that took effect at the weekend under the declaration signed in Khartoum.",
            "Army spokesman Lul Ruai Koang said rebel fighters had attacked a government position in Unity state on Saturday morning. He said the army remained bound by the ceasefire and had fired only in self-defence.",
            "Lam Paul Gabriel, the SPLM-IO's military spokesman, denied that his forces had started the fighting and said government troops had moved first. The movement remained committed to the truce, he said.",
            "Neither account could be independently verified. Monitors from the regional ceasefire verification body said they were sending a team to the area.",
            "In Washington, the State Department said the United States expected both sides to honour the ceasefire in full and to hold commanders accountable for any violations.",
        ],
        claims=[
            c(GOV, CF, S, "He said the army remained bound by the ceasefire"),
            c(IO, CF, S, "The movement remained committed to the truce, he said."),
            c(USA, CF, S, "the United States expected both sides to honour the ceasefire in full"),
        ],
    ),
    # 006: SHIFT government machar-first-vp oppose -> conditional.
    dict(
        published="2018-07-07T17:45:00Z", source="Rift Courier",
        slug="juba-softens-on-machar-after-entebbe-talks",
        title="Juba softens on Machar after Museveni-hosted talks",
        text=[
            "ENTEBBE, July 7 (Rift Courier) - South Sudan's government said on Saturday it was prepared to see Riek Machar return as first vice-president, but only as part of a final peace agreement that also settles security and governance, a shift from its refusal in Addis Ababa two weeks ago.",
            "Information Minister Michael Makuei made the announcement after President Salva Kiir and Machar held talks at State House in Entebbe with Ugandan President Yoweri Museveni. Under the proposal discussed there, Kiir would keep the presidency and there would be four vice-presidents, with Machar first among them.",
            "Museveni said the rebel leader's return was the price of peace and urged both men to accept the arrangement.",
            "The SPLM-IO welcomed the offer of Machar's old post but said it rejected the rest of the package, arguing that it left Kiir in control of every lever of power. Mabior Garang, the movement's information chief, said it would present counter-proposals in Khartoum.",
            "The talks are expected to resume in the Sudanese capital next week.",
        ],
        claims=[
            c(GOV, VP, C, "it was prepared to see Riek Machar return as first vice-president, but only"),
            c(UGA, VP, S, "Museveni said the rebel leader's return was the price of peace"),
            c(IO, VP, S, "The SPLM-IO welcomed the offer of Machar's old post"),
        ],
    ),
    # 007
    dict(
        published="2018-07-12T15:00:00Z", source="Savanna Ledger",
        slug="lawmakers-extend-kiir-term-2021",
        title="South Sudan lawmakers extend Kiir's term to 2021",
        text=[
            "JUBA, July 12 (Savanna Ledger) - South Sudan's parliament voted on Thursday to extend President Salva Kiir's term and that of the transitional government by three years, to 2021, a move the armed opposition said could wreck the peace talks.",
            "Lawmakers approved a constitutional amendment tabled by the justice ministry without a single vote against. The mandate of the current government had been due to expire next month.",
            "Presidential spokesman Ateny Wek Ateny said the extension was necessary to avoid a vacuum while the peace process runs its course, and that Kiir had no intention of leaving the country leaderless.",
            "The SPLM-IO rejected the vote. Mabior Garang, its information chief, said Kiir's mandate had lost its legitimacy long ago and that no decision taken in Juba alone could be recognised.",
            "A spokesman for the South Sudan Opposition Alliance said the amendment was a provocation and called on mediators to reverse it.",
            "An analyst in Juba said she doubted the vote would derail the Khartoum talks, since both sides had already accepted that a new transitional period would follow any deal.",
        ],
        claims=[
            c(GOV, TERM, S, "the extension was necessary to avoid a vacuum"),
            c(IO, TERM, O, "The SPLM-IO rejected the vote."),
            c(SSOA, TERM, O, "said the amendment was a provocation and called on mediators to reverse it"),
        ],
    ),
    # 008
    dict(
        published="2018-07-13T20:15:00Z", source="Crossline Wire",
        slug="us-troika-criticise-kiir-term-extension",
        title="US and Troika partners criticise Kiir term extension",
        text=[
            "WASHINGTON, July 13 (Crossline Wire) - The United States and its partners in the Troika, Britain and Norway, on Friday criticised the South Sudanese parliament's decision to extend President Salva Kiir's term to 2021, saying it undermined the peace talks under way in Khartoum.",
            "In a joint statement, the three governments said leaders who had presided over the war should not use legislative manoeuvres to prolong their hold on power. They said they opposed the extension.",
            "The Troika also sounded a note of caution about the Khartoum process. It would back a final agreement, the statement said, only if it was inclusive, realistic about security and matched by visible commitment from the leaders themselves.",
            "A State Department official, speaking on condition of anonymity, said Washington was reviewing its assistance to the transitional government but declined to say whether any programmes would be cut.",
            "Juba did not immediately respond. Government officials have in the past accused Western countries of meddling in South Sudan's internal affairs.",
        ],
        claims=[
            c(USA, TERM, O, "They said they opposed the extension."),
            c(USA, SIGN, C, "It would back a final agreement, the statement said, only if it was inclusive"),
        ],
    ),
    # 009
    dict(
        published="2018-07-19T19:30:00Z", source="Baobab Bulletin",
        slug="opposition-rejects-boundaries-commission-proposal-states",
        title="Opposition balks in Khartoum over South Sudan's 32 states",
        text=[
            "KHARTOUM, July 19 (Baobab Bulletin) - The SPLM-IO and the South Sudan Opposition Alliance on Thursday rejected a mediators' proposal to leave the number of South Sudan's states to a boundaries commission, deepening a dispute that has held up a power-sharing deal.",
            "The government accepted the proposal. Michael Makuei, who leads Juba's delegation, said the 32 states created by President Salva Kiir were a settled matter that no negotiation could undo.",
            "Riek Machar's movement says the states were drawn to favour Kiir's allies. Its negotiators said the 32 states had to go.",
            "Gabriel Changson Chang, who chairs the opposition alliance, told reporters the alliance also wanted the 10 states restored.",
            "Sudanese Foreign Minister Al-Dirdiry Mohamed Ahmed said the mediators would give the parties more time and were confident of a breakthrough before the end of the month.",
        ],
        claims=[
            c(GOV, STATES, O, "the 32 states created by President Salva Kiir were a settled matter"),
            c(IO, STATES, S, "Its negotiators said the 32 states had to go."),
            c(SSOA, STATES, S, "the alliance also wanted the 10 states restored"),
        ],
    ),
    # 010: SHIFT government machar-first-vp conditional -> support.
    dict(
        published="2018-08-05T18:20:00Z", source="Rift Courier",
        slug="kiir-machar-sign-power-sharing-deal-khartoum",
        title="Kiir and Machar sign power-sharing deal, Machar to be first vice-president",
        text=[
            "KHARTOUM, Aug 5 (Rift Courier) - President Salva Kiir and rebel leader Riek Machar signed a power-sharing agreement in Khartoum on Sunday under which Machar will return to government as first vice-president, one of five vice-presidents in an expanded transitional administration.",
            "Kiir told the signing ceremony that he welcomed his rival's return and that the two men would work together to end the suffering of their people. It was the first time he had publicly endorsed Machar's reinstatement without attaching conditions.",
            "The deal gives Kiir's side 20 of 35 cabinet posts and the SPLM-IO nine, with the rest shared among other groups, and enlarges parliament to 550 seats.",
            "Machar said he had signed in good faith but had not given up his demand for a return to 10 states, which the agreement leaves to a boundaries commission.",
            "Sudanese President Omar al-Bashir, who hosted the talks, called the agreement a turning point and urged the parties to go on to sign a comprehensive peace deal. Ugandan President Yoweri Museveni attended the ceremony.",
        ],
        claims=[
            c(GOV, VP, S, "Kiir told the signing ceremony that he welcomed his rival's return"),
            c(IO, VP, S, "Machar will return to government as first vice-president"),
            c(IO, STATES, S, "had not given up his demand for a return to 10 states"),
            c(SDN, SIGN, S, "urged the parties to go on to sign a comprehensive peace deal"),
        ],
    ),
    # 011: overstated headline.
    dict(
        published="2018-08-06T11:00:00Z", source="Highland Dispatch",
        slug="juba-rolls-out-red-carpet-for-machar",
        title="Juba rolls out the red carpet for Machar",
        text=[
            "JUBA, Aug 6 (Highland Dispatch) - Government officials in Juba said on Monday they were preparing to welcome Riek Machar back to the capital, a day after he and President Salva Kiir signed a power-sharing deal in Khartoum.",
            "Presidential spokesman Ateny Wek Ateny said Kiir had no objection to Machar taking up the post of first vice-president and that his security would be guaranteed. He declined to say when the former rebel leader might arrive.",
            "In the markets of the capital, residents reacted with caution, and several said they had heard promises of peace before.",
            "A diplomat in Juba suggested that Machar might prefer to stay in Khartoum until the security chapter is carried out, recalling the fighting that forced him to flee in 2016. Another said the government could yet harden its line in the final round of talks.",
            "The government has insisted that the 32 states must stay, and the question has been handed to a boundaries commission under the Khartoum deal.",
        ],
        claims=[
            c(GOV, VP, S, "Kiir had no objection to Machar taking up the post of first vice-president"),
            c(GOV, STATES, O, "The government has insisted that the 32 states must stay", False),
        ],
    ),
    # 012
    dict(
        published="2018-08-28T21:00:00Z", source="Crossline Wire",
        slug="splm-io-refuses-to-initial-final-peace-text",
        title="Machar's SPLM-IO refuses to initial final peace text",
        text=[
            "KHARTOUM, Aug 28 (Crossline Wire) - Riek Machar's SPLM-IO refused on Tuesday to initial the final text of the revitalised peace agreement in Khartoum, saying its concerns over the number of states and the drafting of a new constitution had been ignored.",
            "The government delegation initialled the document at Friendship Hall. Sudanese mediators said the text would remain open for initialling for another 48 hours.",
            "Henry Odwar, the movement's deputy leader, told reporters that the SPLM-IO rejected the document and had informed the mediators in writing.",
            "The South Sudan Opposition Alliance did not initial either. Its chairman, Gabriel Changson Chang, said the alliance had not yet made up its mind and needed time to consult its member groups.",
            "Information Minister Michael Makuei accused the opposition of trying to reopen issues that had already been agreed. Juba was ready to sign the agreement as it stood, he said.",
        ],
        claims=[
            c(IO, SIGN, O, "refused on Tuesday to initial the final text of the revitalised peace agreement"),
            c(GOV, SIGN, S, "Juba was ready to sign the agreement as it stood, he said."),
        ],
    ),
    # 013: SHIFT splm-io sign oppose -> conditional.
    dict(
        published="2018-08-30T16:10:00Z", source="Baobab Bulletin",
        slug="machar-initials-peace-deal-with-reservations",
        title="Machar initials peace deal after reservations are attached",
        text=[
            "KHARTOUM, Aug 30 (Baobab Bulletin) - The SPLM-IO initialled the final revitalised peace agreement in Khartoum on Thursday after mediators allowed it to attach a list of reservations, two days after it had refused to do so.",
            "Riek Machar's movement said it would go ahead with the full signing next month provided that its objections on the number of states and on the constitution-making process were taken up at the summit of regional leaders.",
            "The South Sudan Opposition Alliance also initialled the text, with reservations of its own. Its chairman Gabriel Changson Chang said the alliance would sign only if the summit addressed the states question.",
            "Sudan's Foreign Minister Al-Dirdiry Mohamed Ahmed said Khartoum had done its part and that the regional bloc IGAD would now take the text to the heads of state. Sudan, he said, wanted every party to sign without delay.",
            "Information Minister Michael Makuei said the government had no reservations and was ready to sign.",
        ],
        claims=[
            c(IO, SIGN, C, "it would go ahead with the full signing next month provided that its objections"),
            c(SSOA, SIGN, C, "the alliance would sign only if the summit addressed the states question"),
            c(SDN, SIGN, S, "Sudan, he said, wanted every party to sign without delay."),
            c(GOV, SIGN, S, "the government had no reservations and was ready to sign"),
        ],
    ),
    # 014: SHIFT splm-io sign conditional -> support. Duplicate pair with 015.
    dict(
        published="2018-09-12T15:30:00Z", source="Savanna Ledger",
        slug="kiir-machar-sign-revitalised-peace-deal-addis",
        title="South Sudan's Kiir and Machar sign revitalised peace deal in Addis Ababa",
        text=[
            "ADDIS ABABA, Sept 12 (Savanna Ledger) - South Sudan's President Salva Kiir and opposition leader Riek Machar signed the revitalised peace agreement at a summit of IGAD leaders in Addis Ababa on Wednesday, nearly five years after the civil war broke out.",
            "Machar signed without attaching further conditions and told the summit that his movement was now fully committed to the deal. Kiir said the agreement must be the last one and that his government would implement it.",
            "The South Sudan Opposition Alliance also signed, although its chairman Gabriel Changson Chang said the alliance still expected its reservations on the states to be addressed.",
            "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors. IGAD's chair, Ethiopian Prime Minister Abiy Ahmed, hailed the deal as a new beginning for the region.",
            "The Troika of the United States, Britain and Norway did not sign. A US diplomat in Addis Ababa said Washington would support the agreement only once the leaders showed real commitment to it.",
            "Several armed groups outside the process, including Thomas Cirillo's National Salvation Front, rejected the agreement.",
        ],
        claims=[
            c(IO, SIGN, S, "his movement was now fully committed to the deal"),
            c(GOV, SIGN, S, "his government would implement it"),
            c(SSOA, SIGN, C, "the alliance still expected its reservations on the states to be addressed"),
            c(UGA, SIGN, S, "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors"),
            c(SDN, SIGN, S, "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors"),
            c(IGAD, SIGN, S, "IGAD's chair, Ethiopian Prime Minister Abiy Ahmed, hailed the deal as a new beginning"),
            c(USA, SIGN, C, "Washington would support the agreement only once the leaders showed real commitment to it"),
        ],
    ),
    # 015: duplicate of 014 (a shift article): must not alert again.
    dict(
        published="2018-09-12T17:05:00Z", source="Highland Dispatch",
        slug="rivals-sign-deal-to-end-south-sudan-civil-war",
        title="Rivals sign deal to end South Sudan's civil war",
        text=[
            "ADDIS ABABA, Sept 12 (Highland Dispatch) - President Salva Kiir of South Sudan and opposition leader Riek Machar on Wednesday signed the revitalised peace agreement at a summit of IGAD leaders in the Ethiopian capital, nearly five years into the civil war.",
            "Machar signed without attaching further conditions, telling the summit that his movement was now fully committed to the deal. Kiir said the agreement must be the last one and that his government would implement it.",
            "The South Sudan Opposition Alliance signed as well, but its chairman Gabriel Changson Chang said the alliance still expected its reservations on the states to be addressed.",
            "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors, while IGAD's chair, Ethiopian Prime Minister Abiy Ahmed, hailed the deal as a new beginning for the region.",
            "The United States, Britain and Norway, known as the Troika, did not sign. A US diplomat in Addis Ababa said Washington would support the agreement only once the leaders showed real commitment to it.",
            "Thomas Cirillo's National Salvation Front and several other armed groups outside the process rejected the agreement.",
        ],
        claims=[
            c(IO, SIGN, S, "his movement was now fully committed to the deal"),
            c(GOV, SIGN, S, "his government would implement it"),
            c(SSOA, SIGN, C, "the alliance still expected its reservations on the states to be addressed"),
            c(UGA, SIGN, S, "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors"),
            c(SDN, SIGN, S, "Ugandan President Yoweri Museveni and Sudanese President Omar al-Bashir signed as guarantors"),
            c(IGAD, SIGN, S, "IGAD's chair, Ethiopian Prime Minister Abiy Ahmed, hailed the deal as a new beginning"),
            c(USA, SIGN, C, "Washington would support the agreement only once the leaders showed real commitment to it"),
        ],
    ),
    # 016
    dict(
        published="2018-09-14T19:40:00Z", source="Crossline Wire",
        slug="washington-stays-sceptical-south-sudan-deal",
        title="Washington stays sceptical of South Sudan peace deal",
        text=[
            "WASHINGTON, Sept 14 (Crossline Wire) - The United States said on Friday it remained sceptical that South Sudan's leaders would carry out the peace agreement they signed in Addis Ababa this week, and that it would not pay for the new institutions until it saw progress.",
            "A State Department spokeswoman said the deal could end the war if the parties kept their word, but that earlier agreements had collapsed because the same leaders had not honoured them. US support would depend on the release of political prisoners and free access for aid workers, she said.",
            "She added that Washington would keep delivering humanitarian aid directly to South Sudanese in need.",
            "Presidential spokesman Ateny Wek Ateny said South Sudan did not need Washington's permission to make peace. He said the government would implement the agreement with or without Western money.",
            "An analyst in Nairobi speculated that the Troika's caution might soften if the fighting stayed quiet through the end of the rainy season.",
        ],
        claims=[
            c(USA, SIGN, C, "US support would depend on the release of political prisoners"),
            c(GOV, SIGN, S, "the government would implement the agreement with or without Western money"),
        ],
    ),
    # 017
    dict(
        published="2018-10-31T17:00:00Z", source="Rift Courier",
        slug="machar-back-in-juba-for-peace-celebration",
        title="Machar back in Juba for peace celebration, first time since 2016",
        text=[
            "JUBA, Oct 31 (Rift Courier) - Riek Machar returned to Juba on Wednesday for the first time since he fled the city during fighting in 2016, joining President Salva Kiir at a ceremony to celebrate the revitalised peace agreement.",
            "Thousands of people gathered at the John Garang Mausoleum, where Kiir asked South Sudanese to forgive one another and said his government would not turn back from the peace deal. He said he looked forward to working with Machar as his first deputy.",
            "Machar told the crowd the agreement belonged to the people and that the SPLM-IO would carry it out to the letter. He did not say how long he would stay in the capital, and aides said he would fly back to Khartoum within days.",
            "Sudan's Omar al-Bashir and Uganda's Yoweri Museveni were among the guests. Bashir told the gathering that Sudan would stand by South Sudan until the agreement was fully in place.",
            "The security chapter of the deal, including the cantonment of forces, has barely started.",
        ],
        claims=[
            c(GOV, SIGN, S, "his government would not turn back from the peace deal"),
            c(GOV, VP, S, "He said he looked forward to working with Machar as his first deputy."),
            c(IO, SIGN, S, "the SPLM-IO would carry it out to the letter"),
            c(SDN, SIGN, S, "Sudan would stand by South Sudan until the agreement was fully in place"),
        ],
    ),
    # 018: no claims. Procedural.
    dict(
        published="2019-01-22T10:15:00Z", source="Savanna Ledger",
        slug="joint-defence-board-meets-cantonment",
        title="Joint defence board meets in Juba to plan cantonment",
        text=[
            "JUBA, Jan 22 (Savanna Ledger) - Military chiefs from South Sudan's army and the armed opposition met in Juba this week under the Joint Defence Board, the body set up by the revitalised peace agreement to oversee the gathering of fighters into cantonment sites.",
            "The meeting, held at the army's general headquarters in Bilpam, reviewed a list of proposed sites and the logistics of feeding and registering tens of thousands of troops. Participants said the board would meet again next month.",
            "A team from the regional ceasefire monitoring body attended as observers. Its head told reporters that supplies for the sites had not yet been secured and that he could not say when registration would begin.",
            "Neither the government delegation nor the SPLM-IO delegation spoke to reporters after the session.",
            "The agreement foresees a unified national army of about 83,000 troops, to be trained before a unity government takes office in May. Aid agencies say many of the proposed sites lack clean water.",
        ],
        claims=[],
    ),
    # 019: no claims. Bashir's fall, speculation.
    dict(
        published="2019-04-11T14:00:00Z", source="Crossline Wire",
        slug="sudan-military-removes-bashir",
        title="Sudan's military removes Bashir, clouding South Sudan peace",
        text=[
            "KHARTOUM, April 11 (Crossline Wire) - Sudan's military removed President Omar al-Bashir from power on Thursday after months of street protests, ending three decades of rule by the man who hosted South Sudan's peace talks last year.",
            "The defence minister announced on state television that Bashir had been detained and that a military council would run the country during a transition of two years.",
            "In Juba, the South Sudanese government said it was following events closely and called for calm in its northern neighbour. Officials declined to say whether Bashir's fall would affect the timetable of the peace agreement.",
            "Analysts said the loss of a powerful host might weaken pressure on both Kiir and Machar, who still spends much of his time in the Sudanese capital. Others guessed that the new military rulers would want to keep oil flowing through Sudanese pipelines and would therefore stay engaged.",
            "A spokesman for Machar said the movement had no comment on Sudan's internal affairs.",
        ],
        claims=[],
    ),
    # 020: no claims. Venue, gesture, declined to say, speculation.
    dict(
        published="2019-04-12T13:30:00Z", source="Baobab Bulletin",
        slug="pope-kisses-feet-of-south-sudan-leaders",
        title="Pope kneels to kiss feet of South Sudan's rival leaders",
        text=[
            "VATICAN CITY, April 12 (Baobab Bulletin) - Pope Francis knelt and kissed the feet of South Sudan's President Salva Kiir and opposition leader Riek Machar on Thursday at the end of a two-day spiritual retreat at the Vatican, a gesture that startled those present.",
            "The pontiff asked the leaders to stay in peace and to overcome their differences, according to a text released by the Holy See. The retreat, organised with the Archbishop of Canterbury, also brought together the vice-presidents designate under the peace agreement.",
            "Neither Kiir nor Machar made a statement afterwards. A member of Machar's delegation declined to say whether the opposition leader would travel to Juba before the May deadline for forming a unity government.",
            "Church leaders in Juba said the gesture had moved many South Sudanese. An analyst in Kampala speculated that pressure from religious figures could make any further postponement harder to justify.",
        ],
        claims=[],
    ),
    # 021
    dict(
        published="2019-05-02T18:00:00Z", source="Highland Dispatch",
        slug="splm-io-seeks-six-month-delay-unity-government",
        title="SPLM-IO seeks six-month delay to South Sudan unity government",
        text=[
            "ADDIS ABABA, May 2 (Highland Dispatch) - Riek Machar's SPLM-IO asked on Thursday for the formation of South Sudan's unity government to be pushed back by six months, saying the security arrangements needed for a safe transition were far from complete.",
            "Speaking at talks in the Ethiopian capital, the movement's delegation said forces had not been cantoned or trained and that a unity government formed now would sit on top of rival armies. It proposed extending the pre-transitional period, due to end on May 12, by six months.",
            "IGAD's special envoy Ismail Wais said the bloc would weigh the request with the parties over the coming days, and declined to say whether he favoured it.",
            "President Salva Kiir's government had said as recently as last month that it was ready to form the unity government on time. Its delegation in Addis Ababa did not comment on Thursday.",
            "Western diplomats said a delay now looked all but certain.",
        ],
        claims=[
            c(IO, DELAY, S, "asked on Thursday for the formation of South Sudan's unity government to be pushed back"),
        ],
    ),
    # 022
    dict(
        published="2019-05-14T09:40:00Z", source="Rift Courier",
        slug="kiir-pledges-100-million-peace-deal",
        title="Kiir pays for peace with $100 million pledge",
        text=[
            "JUBA, May 14 (Rift Courier) - President Salva Kiir's government said on Tuesday it would release 100 million dollars to pay for carrying out the peace agreement, after the deadline for forming a unity government was pushed back by six months.",
            "Finance officials said the money would go to the cantonment of forces and to the committees preparing the transition. Presidential spokesman Ateny Wek Ateny said the payment showed that the government remained committed to the revitalised agreement.",
            "Ateny said the question of the states would be settled through the process set out in the deal and not by pressure from the opposition. He denied that the government was preparing to abandon the 32 states.",
            "The SPLM-IO said the pledge was welcome but that money alone would not train a unified army. Its spokesman Puok Both Baluang said the movement wanted to see the funds reach the cantonment sites.",
            "Aid groups said the sum was small compared with the needs of the sites, where thousands of fighters are waiting for food and medicine.",
        ],
        claims=[
            c(GOV, SIGN, S, "the government remained committed to the revitalised agreement"),
            c(GOV, STATES, O, "denied that the government was preparing to abandon the 32 states"),
        ],
    ),
    # 023
    dict(
        published="2019-09-11T16:30:00Z", source="Savanna Ledger",
        slug="machar-in-juba-for-talks-with-kiir",
        title="Machar in Juba for talks with Kiir ahead of November deadline",
        text=[
            "JUBA, Sept 11 (Savanna Ledger) - Opposition leader Riek Machar ended three days of talks with President Salva Kiir in Juba on Wednesday, his first visit to the capital since the peace celebration last October.",
            "Machar told reporters at State House, known as J1, that the unified army had to be trained and deployed first. The government should not be formed before the security arrangements were in place, he said.",
            "Kiir said his government was committed to implementing the agreement and would provide the money needed for the cantonment sites. He did not address the number of states, which the two men agreed to discuss again next month.",
            "Henry Odwar, the SPLM-IO's deputy leader, said a joint committee would meet in Juba next week to work through the details.",
            "A Western diplomat in Juba described the atmosphere as friendly but said neither side had moved on substance, and that a further delay to the unity government looked likely.",
        ],
        claims=[
            c(IO, DELAY, S, "The government should not be formed before the security arrangements were in place"),
            c(GOV, SIGN, S, "Kiir said his government was committed to implementing the agreement"),
        ],
    ),
    # 024
    dict(
        published="2019-10-20T15:20:00Z", source="Crossline Wire",
        slug="security-council-urges-unity-government-on-time",
        title="Security Council envoys press South Sudan to meet November deadline",
        text=[
            "JUBA, Oct 20 (Crossline Wire) - Members of the U.N. Security Council visiting Juba on Sunday urged South Sudan's leaders to form a unity government by the Nov. 12 deadline, as Riek Machar repeated that he would not join one before the security arrangements were complete.",
            "Kelly Craft, the U.S. ambassador to the United Nations, said Washington wanted the government formed on time and saw no justification for another delay. Craft said Kiir had assured the council that he was ready to form the government on time.",
            "The council delegation met President Salva Kiir and then Machar, who travelled from Khartoum for the meeting. Machar told them a unity government formed without a unified army would collapse, and asked for more time.",
            "South Africa's ambassador, who co-led the visit, said the parties themselves would have to decide on the timetable.",
            "Kiir's office said after the meeting that the president had briefed the delegation on progress. It did not say whether he would go ahead without Machar.",
        ],
        claims=[
            c(USA, DELAY, O, "Washington wanted the government formed on time and saw no justification for another delay"),
            c(IO, DELAY, S, "Machar repeated that he would not join one before the security arrangements were complete"),
            c(GOV, DELAY, O, "Kiir had assured the council that he was ready to form the government on time", False),
        ],
    ),
    # 025
    dict(
        published="2019-11-04T12:00:00Z", source="Baobab Bulletin",
        slug="juba-to-form-government-with-or-without-machar",
        title="Juba says it will form unity government with or without Machar",
        text=[
            "JUBA, Nov 4 (Baobab Bulletin) - South Sudan's government will form the unity government on Nov. 12 as scheduled, with or without Riek Machar, Information Minister Michael Makuei said on Monday.",
            "Makuei told a news conference that the government would not accept any further postponement and that the SPLM-IO's demand for more time was an attempt to hold the process hostage. Posts reserved for the opposition would be kept open for them, he said.",
            "The SPLM-IO said it would not take part in a government formed before its fighters had been cantoned, trained and unified with the army. Machar's press secretary Puok Both Baluang said going ahead on Nov. 12 would violate the agreement.",
            "Makuei also said there would be no return to 10 states.",
            "Analysts said a government without Machar would be unlikely to bring peace. Regional leaders were expected to summon the two men to a meeting in Uganda later this week.",
        ],
        claims=[
            c(GOV, DELAY, O, "the government would not accept any further postponement"),
            c(IO, DELAY, S, "it would not take part in a government formed before its fighters had been cantoned"),
            c(GOV, STATES, O, "Makuei also said there would be no return to 10 states."),
        ],
    ),
    # 026: SHIFT government delay oppose -> conditional.
    dict(
        published="2019-11-07T19:00:00Z", source="Highland Dispatch",
        slug="entebbe-summit-delays-unity-government-100-days",
        title="South Sudan leaders agree 100-day delay at Entebbe summit",
        text=[
            "ENTEBBE, Nov 7 (Highland Dispatch) - South Sudan's rival leaders agreed on Thursday to delay the formation of a unity government by 100 days, stepping back from a Nov. 12 deadline that the government had insisted it would meet with or without the opposition.",
            "The extension was announced after President Salva Kiir and Riek Machar met at State House in Entebbe with Uganda's President Yoweri Museveni and the head of Sudan's sovereign council, General Abdel Fattah al-Burhan.",
            "Kiir accepted the delay on condition that it would be the last one and that the outstanding issues be resolved within the 100 days, his spokesman Ateny Wek Ateny said.",
            "Machar said the extra time was needed to train the unified forces and to settle the question of the states.",
            "Museveni told reporters that postponing the government was better than risking a new war, and Burhan said Sudan supported the extension.",
            "The leaders said in a joint communique that progress would be reviewed after 50 days.",
        ],
        claims=[
            c(GOV, DELAY, C, "Kiir accepted the delay on condition that it would be the last one"),
            c(IO, DELAY, S, "Machar said the extra time was needed to train the unified forces"),
            c(UGA, DELAY, S, "postponing the government was better than risking a new war"),
            c(SDN, DELAY, S, "Burhan said Sudan supported the extension"),
        ],
    ),
    # 027
    dict(
        published="2019-11-08T21:30:00Z", source="Rift Courier",
        slug="us-gravely-disappointed-south-sudan-delay",
        title="US 'gravely disappointed' by South Sudan delay, to review ties",
        text=[
            "WASHINGTON, Nov 8 (Rift Courier) - The United States said on Friday it was gravely disappointed that South Sudan's leaders had again failed to form a unity government, and that it would reevaluate its relationship with the government in Juba.",
            "A State Department spokeswoman said the 100-day postponement agreed in Entebbe called into question the leaders' ability to guide the peace process. Washington had wanted the government formed on Nov. 12 and did not accept that a further postponement was needed, she said.",
            "The United States would consider all the tools at its disposal to put pressure on those who stood in the way of peace, she added, without naming anyone.",
            "South Sudan's government did not respond on Friday. Earlier this week Makuei told a local radio station that the country would not be dictated to by foreigners.",
            "A diplomat in Washington said the administration might call its ambassador home for consultations, but that no decision had been taken.",
        ],
        claims=[
            c(USA, DELAY, O, "did not accept that a further postponement was needed"),
        ],
    ),
    # 028
    dict(
        published="2020-01-12T17:00:00Z", source="Savanna Ledger",
        slug="rome-declaration-holdout-groups-ceasefire",
        title="Juba and holdout rebels commit to ceasefire in Rome",
        text=[
            "ROME, Jan 12 (Savanna Ledger) - South Sudan's government and an alliance of armed groups that stayed out of the 2018 peace agreement committed on Sunday to a ceasefire, in a declaration signed in Rome under the mediation of the Community of Sant'Egidio.",
            "The South Sudan Opposition Movements Alliance, which includes Thomas Cirillo's National Salvation Front, agreed to stop fighting from Jan. 15 and to return for political talks next month. It is a separate coalition from the South Sudan Opposition Alliance, which is part of the 2018 process.",
            "The head of Juba's delegation told the signing ceremony that the government was committed to a permanent ceasefire throughout the country and would order its troops to respect it.",
            "Cirillo said the movements would judge the government by its conduct on the ground.",
            "IGAD and the Troika, which had sent observers, welcomed the declaration. Fighting between the army and Cirillo's forces in Central Equatoria has displaced tens of thousands of people in the past two years.",
        ],
        claims=[
            c(GOV, CF, S, "the government was committed to a permanent ceasefire throughout the country"),
            c(IGAD, CF, S, "IGAD and the Troika, which had sent observers, welcomed the declaration."),
            c(USA, CF, S, "IGAD and the Troika, which had sent observers, welcomed the declaration."),
        ],
    ),
    # 029
    dict(
        published="2020-02-09T18:30:00Z", source="Crossline Wire",
        slug="igad-leaders-press-kiir-on-states",
        title="East African leaders press Kiir to settle states row before deadline",
        text=[
            "ADDIS ABABA, Feb 9 (Crossline Wire) - East African leaders meeting on the sidelines of the African Union summit in Addis Ababa on Sunday urged President Salva Kiir to settle the dispute over the number of states, with less than two weeks left before the deadline for a unity government.",
            "IGAD said in a communique that the unity government must be formed by Feb. 22 as agreed and that no further extension would be granted. The bloc's leaders asked Kiir to take a decision on the states in the interest of peace.",
            "Kiir told the closed-door session he would consult his people on the issue, according to a participant. His spokesman declined to say whether the president was prepared to reduce the number of states.",
            "Riek Machar, who also attended, repeated that the SPLM-IO wanted the country returned to 10 states.",
            "Diplomats said Kiir was under heavy pressure from Ethiopia, Kenya and Uganda, and some guessed that he might announce a compromise within days.",
        ],
        claims=[
            c(IGAD, DELAY, O, "the unity government must be formed by Feb. 22 as agreed"),
            c(IO, STATES, S, "repeated that the SPLM-IO wanted the country returned to 10 states"),
        ],
    ),
    # 030: SHIFT government scrap-32-states oppose -> support (give-up framing).
    dict(
        published="2020-02-15T19:10:00Z", source="Baobab Bulletin",
        slug="kiir-returns-south-sudan-to-10-states",
        title="Kiir bows to pressure, returns South Sudan to 10 states",
        text=[
            "JUBA, Feb 15 (Baobab Bulletin) - President Salva Kiir said on Saturday that South Sudan would return to 10 states, abandoning the 32-state system his government had defended for years, in a concession aimed at unlocking the formation of a unity government.",
            "In a statement read on state television after a meeting of his ruling party's leadership, Kiir said he had taken the painful decision for the sake of peace. The country will also have three administrative areas, Ruweng, Pibor and Abyei.",
            "The SPLM-IO welcomed the return to 10 states but said it rejected the creation of the Ruweng administrative area, which it said belonged to Unity state. Machar's spokesman declined to say whether the movement would now join the government on Feb. 22.",
            "The U.S. embassy in Juba welcomed Kiir's decision as an important step and urged Machar to respond in the same spirit.",
            "The government had for years refused to reduce the number of states, saying they brought services closer to the people.",
        ],
        claims=[
            c(GOV, STATES, S, "South Sudan would return to 10 states, abandoning the 32-state system"),
            c(IO, STATES, S, "The SPLM-IO welcomed the return to 10 states"),
            c(USA, STATES, S, "welcomed Kiir's decision as an important step"),
        ],
    ),
    # 031: SHIFTS splm-io delay support -> oppose; government delay conditional -> oppose.
    dict(
        published="2020-02-20T16:45:00Z", source="Highland Dispatch",
        slug="machar-drops-demand-agrees-to-join-unity-government",
        title="Machar drops demand, agrees to join unity government on time",
        text=[
            "JUBA, Feb 20 (Highland Dispatch) - Riek Machar said on Thursday he would join a unity government by Saturday's deadline even though the unified army has not been fully trained, dropping his long-standing demand that the security arrangements be completed first.",
            "Speaking after a meeting with President Salva Kiir at J1, Machar said the remaining security issues and the dispute over Ruweng would be resolved from inside the government. \"We have agreed,\" he told reporters.",
            "Kiir said he would dissolve the current government and appoint Machar as first vice-president on Saturday, and that there would be no more postponements.",
            "The SSOA said it was ready to take up its posts in the new government on schedule.",
            "Some SPLM-IO commanders in the field said privately that they were uneasy about going to Juba before their forces had been unified.",
            "The Troika has pressed for the government to be formed without a further delay.",
        ],
        claims=[
            c(IO, DELAY, O, "he would join a unity government by Saturday's deadline"),
            c(GOV, VP, S, "appoint Machar as first vice-president on Saturday"),
            c(GOV, DELAY, O, "there would be no more postponements"),
            c(SSOA, DELAY, O, "it was ready to take up its posts in the new government on schedule"),
            c(USA, DELAY, O, "The Troika has pressed for the government to be formed without a further delay.", False),
        ],
    ),
    # 032
    dict(
        published="2020-02-22T14:00:00Z", source="Rift Courier",
        slug="machar-sworn-in-first-vice-president",
        title="Machar sworn in as first vice-president as unity government forms",
        text=[
            "JUBA, Feb 22 (Rift Courier) - Riek Machar was sworn in as South Sudan's first vice-president on Saturday, returning to the post he fled in 2016 and completing the formation of a unity government that had been postponed twice.",
            "At the ceremony at State House, President Salva Kiir declared the war over and asked the people to forgive one another. He said his government would not let the peace agreement fail.",
            "Machar said he would work with Kiir to end the suffering of the people. He added that the SPLM-IO would not seek further delays while the unified army was being completed.",
            "Three more vice-presidents were sworn in, including Rebecca Nyandeng de Mabior, the widow of John Garang, and Taban Deng Gai, Machar's former deputy who sided with Kiir in 2016.",
            "IGAD envoy Ismail Wais called the day historic. A State Department spokesperson said the real test would be whether the new government delivered for its people.",
        ],
        claims=[
            c(IO, VP, S, "Riek Machar was sworn in as South Sudan's first vice-president"),
            c(GOV, SIGN, S, "He said his government would not let the peace agreement fail."),
            c(IO, DELAY, O, "the SPLM-IO would not seek further delays"),
        ],
    ),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("003", "004"), ("014", "015")]

# Labelled shifts, in article order. Validated against a recomputation from baseline + attributed claims.
SHIFTS = [
    dict(actor=GOV, issue=VP, **{"from": O, "to": C}, article="006",
         why="After the Entebbe talks Makuei says the government is prepared to see Machar return as first vice-president, but only within a final agreement; in 002 Juba would not take him back."),
    dict(actor=GOV, issue=VP, **{"from": C, "to": S}, article="010",
         why="Kiir signs the Khartoum power-sharing deal and says he welcomes Machar's return, with no condition attached; in 006 acceptance was tied to a final agreement."),
    dict(actor=IO, issue=SIGN, **{"from": O, "to": C}, article="013",
         why="The SPLM-IO initials the final text with reservations and says it will sign provided its objections are taken up; in 012 it refused to initial."),
    dict(actor=IO, issue=SIGN, **{"from": C, "to": S}, article="014",
         why="Machar signs in Addis Ababa without further conditions and says the movement is fully committed; in 013 signing was made to depend on the summit taking up its objections."),
    dict(actor=GOV, issue=DELAY, **{"from": O, "to": C}, article="026",
         why="At Entebbe Kiir accepts the 100-day postponement on condition that it is the last; in 025 Makuei said the government would not accept any further postponement."),
    dict(actor=GOV, issue=STATES, **{"from": O, "to": S}, article="030",
         why="Kiir announces the return to 10 states, abandoning the 32; the government had called the 32 states settled (009) and denied it would abandon them (022, 025)."),
    dict(actor=IO, issue=DELAY, **{"from": S, "to": O}, article="031",
         why="Machar agrees to join the unity government by the deadline before the unified army is trained, dropping the demand for delay he made from 021 to 026."),
    dict(actor=GOV, issue=DELAY, **{"from": C, "to": O}, article="031",
         why="Kiir says there will be no more postponements and the government will be formed on Saturday; at Entebbe (026) he had accepted a conditional delay."),
]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def load_watchlist(path):
    """Minimal reader for the flat watchlist format used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            s = line.strip()
            if section in ("actors", "issues"):
                m = re.match(r"^-?\s*(\w+):\s*(.*)$", s)
                if not m:
                    raise SystemExit("cannot parse watchlist line: %r" % line)
                key, val = m.group(1), m.group(2)
                target = actors if section == "actors" else issues
                if s.startswith("- "):
                    target.append({})
                if val.startswith("[") and val.endswith("]"):
                    val = [v.strip() for v in val[1:-1].split(",")]
                target[-1][key] = val
            elif section == "baseline":
                m = re.match(r"^- \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}$", s)
                if not m:
                    raise SystemExit("cannot parse baseline line: %r" % line)
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def build():
    articles = []
    claims = {}
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        slug_outlet = OUTLETS[a["source"]]
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (slug_outlet, dt.year, dt.month, dt.day, a["slug"])
        text = "\n\n".join(a["text"])
        articles.append({"id": aid, "published": a["published"], "source": a["source"], "url": url,
                         "title": a["title"], "text": text, "_dt": dt})
        claims[aid] = [dict(x) for x in a["claims"]]
    shift_ids = []
    for s in SHIFTS:
        if s["article"] not in shift_ids:
            shift_ids.append(s["article"])
    labels = {
        "claims": claims,
        "shifts": [dict(s) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_ids],
    }
    return articles, labels


def write(articles, labels):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for name, slug in OUTLETS.items():
        items = sorted([a for a in articles if a["source"] == name], key=lambda a: a["_dt"], reverse=True)
        last = format_datetime(items[0]["_dt"], usegmt=True)
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set south-sudan-peace-2018</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % last,
        ]
        for a in items:
            parts += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(a["_dt"], usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        parts += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def recompute_shifts(articles, labels, baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for a in articles:
        seen = set()
        for cl in labels["claims"][a["id"]]:
            if not cl["attributed"]:
                continue
            key = (cl["actor"], cl["issue"])
            if key in seen:
                continue
            seen.add(key)
            old = prevailing.get(key)
            if old is not None and old != cl["stance"]:
                shifts.append((cl["actor"], cl["issue"], old, cl["stance"], a["id"]))
            prevailing[key] = cl["stance"]
    return shifts


def validate(articles, labels):
    errors = []
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {x["id"] for x in actors}
    issue_ids = {x["id"] for x in issues}
    if not 5 <= len(actor_ids) <= 8:
        errors.append("watchlist must have 5-8 actors, has %d" % len(actor_ids))
    if not 5 <= len(issue_ids) <= 7:
        errors.append("watchlist must have 5-7 issues, has %d" % len(issue_ids))
    for x in issues:
        if set(x) != {"id", "name", "description", "terms"}:
            errors.append("issue %s has fields %s" % (x.get("id"), sorted(x)))
    if not any(re.search(r"\b(drops|abandons|withdraws|scraps|suspends|gives up)\b", x["name"]) for x in issues):
        errors.append("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in (S, O, C):
            errors.append("bad baseline entry %s" % b)

    if not 30 <= len(articles) <= 34:
        errors.append("need 30-34 articles, have %d" % len(articles))
    prev = None
    dateline = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]+) (\d{1,2}) \(([^)]+)\) - ")
    for n, a in enumerate(articles, start=1):
        if a["id"] != "%03d" % n:
            errors.append("id %s out of sequence" % a["id"])
        if prev is not None and a["_dt"] <= prev:
            errors.append("%s is not in publication order" % a["id"])
        prev = a["_dt"]
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s has %d words" % (a["id"], words))
        m = dateline.match(a["text"])
        if not m:
            errors.append("%s lacks a dateline" % a["id"])
        else:
            if m.group(4) != a["source"]:
                errors.append("%s dateline outlet %r != source %r" % (a["id"], m.group(4), a["source"]))
            if m.group(2) != MONTHS[a["_dt"].month] or int(m.group(3)) != a["_dt"].day:
                errors.append("%s dateline date %s %s != published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
        if a["source"] not in OUTLETS:
            errors.append("%s unknown outlet" % a["id"])

    ids = [a["id"] for a in articles]
    by_id = {a["id"]: a for a in articles}
    if sorted(labels["claims"]) != ids:
        errors.append("claims keys do not match article ids")
    total = 0
    stance_count = {S: 0, O: 0, C: 0}
    unattributed = 0
    for aid, cls in labels["claims"].items():
        keys = set()
        for cl in cls:
            total += 1
            stance_count[cl["stance"]] = stance_count.get(cl["stance"], 0) + 1
            if not cl["attributed"]:
                unattributed += 1
            if cl["actor"] not in actor_ids:
                errors.append("%s: unknown actor %s" % (aid, cl["actor"]))
            if cl["issue"] not in issue_ids:
                errors.append("%s: unknown issue %s" % (aid, cl["issue"]))
            if cl["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (aid, cl["stance"]))
            if cl["quote"] not in by_id[aid]["text"]:
                errors.append("%s: quote not in text: %r" % (aid, cl["quote"]))
            if len(cl["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, cl["quote"]))
            key = (cl["actor"], cl["issue"])
            if key in keys:
                errors.append("%s: two claims for %s" % (aid, key))
            keys.add(key)
    if not 60 <= total <= 90:
        errors.append("need 60-90 claims, have %d" % total)
    if stance_count[C] < 6:
        errors.append("need at least 6 conditional claims, have %d" % stance_count[C])
    if not all(stance_count[s] for s in (S, O, C)):
        errors.append("all three stances must be present")
    if unattributed == 0:
        errors.append("need some attributed: false claims")
    empty = [aid for aid, cls in labels["claims"].items() if not cls]
    if not 3 <= len(empty) <= 4:
        errors.append("need 3-4 articles with no claims, have %s" % empty)

    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["_dt"].date() != b["_dt"].date() or a["source"] == b["source"] or b["_dt"] <= a["_dt"]:
            errors.append("duplicate pair %s/%s not same day, later, other outlet" % (orig, copy))
        ta = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in labels["claims"][orig])
        tb = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in labels["claims"][copy])
        if ta != tb:
            errors.append("duplicate pair %s/%s claims differ" % (orig, copy))

    recomputed = recompute_shifts(articles, labels, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if recomputed != labelled:
        errors.append("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append("need 5-8 shifts, have %d" % len(labelled))
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("need a shift to or from conditional")
    reversals = [s for s in labelled if {s[2], s[3]} == {S, O}]
    if len(reversals) > 2:
        errors.append("more than two support/oppose reversals: %s" % reversals)
    shift_articles = {s[4] for s in labelled}
    if sorted(labels["no_alert_articles"]) != sorted(set(ids) - shift_articles):
        errors.append("no_alert_articles must be every article except the shift articles")
    if not any(orig in shift_articles and copy not in shift_articles for orig, copy in DUPLICATES):
        errors.append("one duplicate pair must have a shift article as original")

    for slug in OUTLETS.values():
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))

    stats = dict(articles=len(articles), claims=total, stances=stance_count, unattributed=unattributed,
                 shifts=len(labelled), shift_articles=sorted(shift_articles), empty=empty,
                 per_outlet={o: sum(1 for a in articles if a["source"] == o) for o in OUTLETS},
                 words=(min(len(a["text"].split()) for a in articles), max(len(a["text"].split()) for a in articles)))
    return errors, stats


def main():
    articles, labels = build()
    write(articles, labels)
    errors, stats = validate(articles, labels)
    for k, v in stats.items():
        print("%s: %s" % (k, v))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
