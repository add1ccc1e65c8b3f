#!/usr/bin/env python3
"""Build and validate the blind shiftwatch evaluation set greenland-us-2025.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
reads watchlist.yaml (hand-written, same folder) and validates everything.
The events are real and public; all article wording is original paraphrase.
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
    "northwind-wire": "Northwind Wire",
    "harbourline-post": "Harbourline Post",
    "meltwater-times": "Meltwater Times",
    "cobalt-courier": "Cobalt Courier",
    "skerry-review": "Skerry Review",
}

T, F = True, False

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# Claims: (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2024-12-23T15:10:00Z", outlet="northwind-wire",
        slug="greenland-not-for-sale-after-trump-ownership-post",
        title="Greenland says it is not for sale after Trump calls ownership a necessity",
        text=(
            "NUUK, Dec 23 (Northwind Wire) - Greenland's Prime Minister Mute Egede said on Monday that the island was "
            "not for sale and never would be, a day after US President-elect Donald Trump described American ownership "
            "of the Arctic territory as an absolute necessity.\n\n"
            "Trump made the remark in a social media post on Sunday announcing Ken Howery, a co-founder of PayPal, as "
            "his pick for ambassador to Denmark. He wrote that the United States needed ownership and control of "
            "Greenland for national security and freedom around the world.\n\n"
            "In a brief written statement, Egede said Greenland belonged to the people of Greenland.\n\n"
            "Trump first floated buying the island in 2019, during his first term. Danish Prime Minister Mette "
            "Frederiksen called the idea absurd at the time, and Trump cancelled a state visit to Copenhagen in "
            "response.\n\n"
            "The Danish government had not commented on the new post by Monday afternoon. Greenland, home to about "
            "57,000 people, is a self-governing part of the Kingdom of Denmark and hosts the US Pituffik Space Base in "
            "its far northwest."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "the United States needed ownership and control of Greenland", T),
            ("greenland", "us-acquires-greenland", "oppose", "the island was not for sale and never would be", T),
        ],
    ),
    dict(
        id="002", published="2024-12-24T11:30:00Z", outlet="harbourline-post",
        slug="denmark-answers-trump-with-greenland-defence-billions",
        title="Denmark answers Trump with Greenland defence billions",
        text=(
            "COPENHAGEN, Dec 24 (Harbourline Post) - Denmark will spend an amount in the double-digit billions of "
            "crowns on defending Greenland, Defence Minister Troels Lund Poulsen said on Tuesday, a day after US "
            "President-elect Donald Trump renewed his interest in owning the island.\n\n"
            "Lund Poulsen told a Danish newspaper that the money would buy two new inspection ships, two long-range "
            "drones and two additional dog sled patrol teams, and would pay for more staff at the Arctic Command in "
            "Nuuk. He called the timing an irony of fate and said the package had been planned for months.\n\n"
            "The minister declined to give an exact figure, saying the details would be negotiated with parliament and "
            "with the governments of Greenland and the Faroe Islands.\n\n"
            "Some analysts in Copenhagen said the announcement could nonetheless be read in Washington as a reply to "
            "Trump. Officials insisted there was no link.\n\n"
            "Allies have long complained that Denmark underinvests in the surveillance of its vast Arctic territory, "
            "where Russia and China are showing growing interest."
        ),
        claims=[
            ("denmark", "danish-arctic-spending", "support",
             "Denmark will spend an amount in the double-digit billions of crowns on defending Greenland", T),
        ],
    ),
    dict(
        id="003", published="2025-01-03T13:00:00Z", outlet="meltwater-times",
        slug="egede-new-year-speech-independence",
        title="Greenland leader urges break from colonial past in New Year speech",
        text=(
            "NUUK, Jan 3 (Meltwater Times) - Greenland's Prime Minister Mute Egede used his New Year address to call "
            "for the island to take further steps towards independence from Denmark, saying Greenlanders had to free "
            "themselves from the shackles of the colonial era.\n\n"
            "Egede said work on a Greenlandic constitution was under way and that cooperation with Copenhagen had not "
            "brought full equality. The time had come, he said, to build the institutions a sovereign state would "
            "need. He did not set a date for a referendum.\n\n"
            "Under the 2009 Self-Government Act, Greenland can become independent after a referendum and negotiations "
            "with Denmark, which says the choice belongs to the people of Greenland.\n\n"
            "Danish media quickly speculated that Egede could call a vote soon. A spokesperson for his office declined "
            "to say whether a referendum could be held alongside the parliamentary election due by April.\n\n"
            "The speech did not mention Donald Trump. Relations with Copenhagen have been strained by revelations about "
            "past Danish policies on the island. A statue in Nuuk of Hans Egede, the 18th-century Danish-Norwegian "
            "missionary, has repeatedly been daubed with paint by protesters."
        ),
        claims=[
            ("greenland", "greenland-independence", "support", "take further steps towards independence from Denmark", T),
            ("denmark", "greenland-independence", "conditional", "which says the choice belongs to the people of Greenland", F),
        ],
    ),
    dict(
        id="004", published="2025-01-07T21:40:00Z", outlet="cobalt-courier",
        slug="trump-wont-rule-out-force-greenland",
        title="Trump won't rule out force to get Greenland",
        text=(
            "PALM BEACH, Jan 7 (Cobalt Courier) - President-elect Donald Trump on Tuesday refused to rule out using "
            "military or economic coercion to gain control of Greenland, saying the United States needed the island "
            "for its economic security.\n\n"
            "Asked at a news conference at his Mar-a-Lago resort whether he could assure the world that he would not "
            "use the military to seize Greenland or the Panama Canal, Trump said he could not give that assurance on "
            "either. He also threatened Denmark with very high tariffs if it stood in the way.\n\n"
            "Trump questioned whether Denmark had any legal right to the island and said that, if it did, it should "
            "give it up.\n\n"
            "Hours earlier his son, Donald Trump Jr., landed in Nuuk for what was described as a private visit. Trump "
            "Jr. spent a few hours in the capital, posing for photographs and recording a video, and met no government "
            "officials.\n\n"
            "Denmark's government did not immediately respond to the remarks."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "oppose", "to rule out using military or economic coercion", T),
            ("usa", "us-acquires-greenland", "support", "the United States needed the island for its economic security", T),
        ],
    ),
    dict(
        id="005", published="2025-01-07T23:05:00Z", outlet="skerry-review",
        slug="trump-declines-to-exclude-military-action-greenland-panama",
        title="Trump declines to exclude military action over Greenland, Panama Canal",
        text=(
            "PALM BEACH, Jan 7 (Skerry Review) - Donald Trump refused on Tuesday to rule out using military or "
            "economic coercion to gain control of Greenland, arguing that the United States needed the island for its "
            "economic security.\n\n"
            "At a news conference at his Mar-a-Lago resort, the president-elect was asked whether he could assure the "
            "world he would not use the military to take Greenland or the Panama Canal. He said he could not give that "
            "assurance about either, and threatened Denmark with very high tariffs if it stood in the way.\n\n"
            "Trump said it was unclear whether Denmark had any legal right to the island, and that it should give it "
            "up if it did.\n\n"
            "Earlier in the day his son Donald Trump Jr. arrived in Nuuk on what was billed as a private trip. He "
            "stayed a few hours, posed for pictures and filmed a video, and did not meet government officials.\n\n"
            "There was no immediate response from the Danish government."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "oppose", "to rule out using military or economic coercion", T),
            ("usa", "us-acquires-greenland", "support", "the United States needed the island for its economic security", T),
        ],
    ),
    dict(
        id="006", published="2025-01-08T07:30:00Z", outlet="harbourline-post",
        slug="frederiksen-greenland-not-for-sale-us-closest-ally",
        title="Danish PM: Greenland not for sale, but US is our closest ally",
        text=(
            "COPENHAGEN, Jan 8 (Harbourline Post) - Danish Prime Minister Mette Frederiksen said Greenland was not for "
            "sale and that only the people of Greenland could decide its future, after Donald Trump refused to rule "
            "out force to take the island.\n\n"
            "In an interview with Danish broadcaster TV 2 on Tuesday evening, Frederiksen said the United States was "
            "Denmark's closest ally. She said she welcomed a larger American role in Arctic security, provided it "
            "respected the people who live on the island, and added that she did not believe Washington would use "
            "military force, though she would not speculate further.\n\n"
            "Frederiksen also said it was up to Greenland if it wanted independence one day, a position successive "
            "Danish governments have held since the island won self-rule.\n\n"
            "Leaders of several opposition parties in the Danish parliament asked for an urgent briefing from the "
            "government. The Conservative People's Party said ministers had been too slow to answer the "
            "president-elect."
        ),
        claims=[
            ("denmark", "us-acquires-greenland", "oppose", "Greenland was not for sale", T),
            ("denmark", "us-military-expansion", "conditional",
             "welcomed a larger American role in Arctic security, provided it respected the people", T),
            ("denmark", "greenland-independence", "conditional", "it was up to Greenland if it wanted independence one day", T),
        ],
    ),
    dict(
        id="007", published="2025-01-08T14:20:00Z", outlet="northwind-wire",
        slug="denmark-open-to-us-arctic-talks-independence-legitimate",
        title="Denmark open to US talks on Arctic security, calls Greenland independence wish legitimate",
        text=(
            "COPENHAGEN, Jan 8 (Northwind Wire) - Danish Foreign Minister Lars Lokke Rasmussen said on Wednesday that "
            "Greenland's wish to become independent was legitimate and would be respected if its people chose it, but "
            "that becoming a US state was not part of that ambition.\n\n"
            "Lokke Rasmussen told reporters he did not regard the situation as a foreign policy crisis. Denmark was "
            "open to a dialogue with the Americans about how to meet their security concerns in the Arctic, he said, "
            "recognising that the region was growing in importance.\n\n"
            "In Paris, French Foreign Minister Jean-Noel Barrot said the European Union would not let other nations "
            "attack its sovereign borders, though he did not think the United States would invade. A European "
            "Commission spokesperson declined to comment on what she called very hypothetical scenarios.\n\n"
            "Greenland left the European Community, the EU's forerunner, in 1985, but as part of the Danish realm it "
            "is covered by NATO's collective defence clause."
        ),
        claims=[
            ("denmark", "greenland-independence", "conditional", "would be respected if its people chose it", T),
            ("denmark", "us-military-expansion", "conditional",
             "open to a dialogue with the Americans about how to meet their security concerns", T),
            ("greenland", "greenland-independence", "support", "Greenland's wish to become independent was legitimate", F),
            ("greenland", "us-acquires-greenland", "oppose", "becoming a US state was not part of that ambition", F),
        ],
    ),
    dict(
        id="008", published="2025-01-10T15:00:00Z", outlet="meltwater-times",
        slug="egede-we-want-to-be-greenlandic",
        title="'We want to be Greenlandic': Egede rejects both US and Danish rule",
        text=(
            "COPENHAGEN, Jan 10 (Meltwater Times) - Greenlanders do not want to be Danish and do not want to be "
            "American, Prime Minister Mute Egede said on Friday, standing next to Danish Prime Minister Mette "
            "Frederiksen at a news conference in Copenhagen.\n\n"
            "Egede repeated that Greenland was not for sale and that its future was for its own people to decide. He "
            "said he had not yet spoken to Donald Trump but was ready to talk, and that Greenland was open to closer "
            "cooperation with Washington on defence and mining, as long as it happened on Greenland's terms.\n\n"
            "Frederiksen said Denmark did not want a war of words with its closest ally and stood firmly with "
            "Greenland. The island's status was not something Denmark would negotiate with Washington, she said.\n\n"
            "It was the pair's first joint appearance since Trump's news conference on Tuesday, at which he declined to "
            "rule out force. Greenland's government has said it is preparing for an election due by early April."
        ),
        claims=[
            ("greenland", "greenland-independence", "support", "Greenlanders do not want to be Danish", T),
            ("greenland", "us-acquires-greenland", "oppose", "repeated that Greenland was not for sale", T),
            ("greenland", "us-military-expansion", "conditional",
             "open to closer cooperation with Washington on defence and mining, as long as", T),
            ("denmark", "us-acquires-greenland", "oppose",
             "The island's status was not something Denmark would negotiate with Washington", T),
        ],
    ),
    dict(
        id="009", published="2025-01-16T16:00:00Z", outlet="cobalt-courier",
        slug="danish-pm-meets-business-chiefs-after-trump-call",
        title="Danish PM meets business chiefs after call with Trump",
        text=(
            "COPENHAGEN, Jan 16 (Cobalt Courier) - Prime Minister Mette Frederiksen met the heads of some of Denmark's "
            "largest companies at her official residence on Thursday, a day after a 45-minute telephone call with "
            "Donald Trump about Greenland.\n\n"
            "Her office confirmed that the call had taken place but declined to say what was discussed, beyond "
            "describing it as a conversation between allies. Trump's transition team did not respond to questions.\n\n"
            "Executives from shipping, pharmaceutical and wind energy groups attended the meeting at Marienborg, north "
            "of the capital. Participants said afterwards that the situation had been discussed in general terms, and "
            "declined to comment on the risk of tariffs.\n\n"
            "Some Danish economists have warned that US duties on goods such as insulin and hearing aids could hurt a "
            "small, export-driven economy. Others say the threat is unlikely to be carried out. Danish shares were "
            "little changed on the day.\n\n"
            "The Danish parliament's foreign policy committee is due to meet behind closed doors next week."
        ),
        claims=[],
    ),
    dict(
        id="010", published="2025-01-25T23:30:00Z", outlet="skerry-review",
        slug="trump-says-us-will-get-greenland-after-tense-call-report",
        title="Trump says US will get Greenland after reports of tense call with Danish PM",
        text=(
            "ABOARD AIR FORCE ONE, Jan 25 (Skerry Review) - President Donald Trump said on Saturday he believed the "
            "United States would get Greenland and that the island's 57,000 residents wanted to be with America.\n\n"
            "Trump told reporters travelling with him that he did not know what claim Denmark had to the territory, and "
            "that it would be a very unfriendly act if Copenhagen did not allow it.\n\n"
            "The remarks followed a newspaper report that his Jan. 15 call with Danish Prime Minister Mette Frederiksen "
            "had been heated. According to European officials briefed on the conversation, Frederiksen told Trump the "
            "island was not for sale but offered deeper cooperation on military bases and mineral extraction. The "
            "officials said Trump had been aggressive and confrontational.\n\n"
            "Frederiksen's office said it did not recognise the interpretation of the call given by anonymous sources. "
            "The White House did not comment on the report."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support",
             "it would be a very unfriendly act if Copenhagen did not allow it", T),
            ("denmark", "us-acquires-greenland", "oppose", "Frederiksen told Trump the island was not for sale", F),
            ("denmark", "us-military-expansion", "support",
             "offered deeper cooperation on military bases and mineral extraction", F),
        ],
    ),
    dict(
        id="011", published="2025-01-27T12:00:00Z", outlet="northwind-wire",
        slug="denmark-unveils-arctic-defence-package",
        title="Denmark unveils $2 billion Arctic defence package",
        text=(
            "COPENHAGEN, Jan 27 (Northwind Wire) - Denmark will spend 14.6 billion crowns ($2.05 billion) on security "
            "in the Arctic and North Atlantic, the government said on Monday, under an agreement reached with the "
            "governments of Greenland and the Faroe Islands.\n\n"
            "The package includes three new Arctic naval vessels, two more long-range surveillance drones and improved "
            "satellite coverage, Defence Minister Troels Lund Poulsen told a news conference. He said it was only the "
            "first of several agreements and that Denmark had to recognise there were serious security challenges in "
            "the region.\n\n"
            "Greenland's foreign minister, Vivian Motzfeldt, said the deal showed that Greenland was taking "
            "responsibility for security in its own neighbourhood, and that Nuuk expected a greater say in how future "
            "money was spent.\n\n"
            "Asked whether the plan was a response to Donald Trump's interest in the island, Lund Poulsen said it was "
            "not, adding that the work had begun long before. He declined to say when the next agreement would be "
            "presented.\n\n"
            "Parties across the Danish parliament have backed the plan."
        ),
        claims=[
            ("denmark", "danish-arctic-spending", "support",
             "Denmark will spend 14.6 billion crowns ($2.05 billion) on security in the Arctic", T),
            ("greenland", "danish-arctic-spending", "support",
             "the deal showed that Greenland was taking responsibility for security", T),
        ],
    ),
    dict(
        id="012", published="2025-01-28T21:00:00Z", outlet="harbourline-post",
        slug="frederiksen-tours-europe-seeking-support-greenland",
        title="Frederiksen tours Europe seeking support over Greenland",
        text=(
            "BRUSSELS, Jan 28 (Harbourline Post) - Danish Prime Minister Mette Frederiksen ended a one-day tour of "
            "Berlin, Paris and Brussels on Tuesday, seeking support from European allies as Donald Trump presses his "
            "claim to Greenland.\n\n"
            "In Brussels she had dinner with NATO Secretary-General Mark Rutte at the alliance's headquarters. Rutte "
            "said afterwards that NATO welcomed Denmark's decision to invest more in Arctic security, but declined to "
            "comment on Trump's remarks about the island.\n\n"
            "Earlier, German Chancellor Olaf Scholz said after meeting her in Berlin that borders must not be moved by "
            "force, without naming the United States. French President Emmanuel Macron's office said he had assured "
            "her of France's solidarity.\n\n"
            "Frederiksen told reporters that Europe had to stand together in an uncertain time and that Greenland's "
            "status was not open to negotiation. She added that Denmark still wanted a close relationship with the "
            "United States.\n\n"
            "Her office said she had no meetings with EU institutions during the trip. Danish officials said the visits "
            "had been arranged at short notice."
        ),
        claims=[
            ("nato", "danish-arctic-spending", "support", "NATO welcomed Denmark's decision to invest more in Arctic security", T),
            ("denmark", "us-acquires-greenland", "oppose", "Greenland's status was not open to negotiation", T),
        ],
    ),
    dict(
        id="013", published="2025-02-04T18:00:00Z", outlet="meltwater-times",
        slug="greenland-calls-march-election-bans-foreign-donations",
        title="Greenland calls March election, bans foreign political donations",
        text=(
            "NUUK, Feb 4 (Meltwater Times) - Greenland's parliament on Tuesday passed a law banning political parties "
            "from accepting donations from foreign or anonymous donors, hours after Prime Minister Mute Egede called a "
            "general election for March 11.\n\n"
            "The law takes effect immediately. Lawmakers said it was meant to protect the island's political integrity "
            "at a time of intense international attention, and did not name any country.\n\n"
            "Egede said he had chosen the date because the island needed calm in a serious time, and that parties "
            "should use the campaign to present their plans. The vote had been due by April 6.\n\n"
            "Six parties are expected to field candidates. Opinion polls are rare in Greenland, and analysts said it "
            "was difficult to predict whether voters would favour parties that want a quick break with Denmark or "
            "those that prefer a slower route.\n\n"
            "The 31-seat parliament, the Inatsisartut, sits in Nuuk. Results are expected in the early hours of "
            "March 12."
        ),
        claims=[],
    ),
    dict(
        id="014", published="2025-03-05T16:00:00Z", outlet="cobalt-courier",
        slug="trump-tells-congress-us-will-get-greenland",
        title="Trump tells Congress US will get Greenland 'one way or the other'",
        text=(
            "WASHINGTON, March 5 (Cobalt Courier) - President Donald Trump has told Congress the United States will "
            "get Greenland \"one way or the other\", drawing a sharp reply on Wednesday from the island's prime "
            "minister.\n\n"
            "In his address to a joint session on Tuesday night, Trump said the country needed the island for "
            "national and international security and was working with everyone involved to get it. Speaking directly "
            "to Greenlanders, he said Washington strongly supported their right to determine their own future and "
            "would welcome them if they chose to join the United States.\n\n"
            "Greenland's Prime Minister Mute Egede wrote on Facebook that Greenlanders were neither Americans nor "
            "Danes, and that the island could not be bought or simply taken.\n\n"
            "The speech did not spell out what \"one way or the other\" would involve. Asked whether the phrase "
            "included force, a White House official declined to say and pointed to the president's earlier "
            "statements.\n\n"
            "Greenland holds a general election next Tuesday. Danish ministers had not responded by Wednesday "
            "afternoon."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "the country needed the island for national and international security", T),
            ("greenland", "us-acquires-greenland", "oppose", "the island could not be bought or simply taken", T),
        ],
    ),
    dict(
        id="015", published="2025-03-12T09:30:00Z", outlet="northwind-wire",
        slug="demokraatit-wins-greenland-election",
        title="Demokraatit wins Greenland election dominated by Trump",
        text=(
            "NUUK, March 12 (Northwind Wire) - Greenland's centre-right Demokraatit party won the island's general "
            "election, more than tripling its share of the vote to almost 30% in a campaign dominated by Donald "
            "Trump's push to take control of the territory.\n\n"
            "The party, led by 33-year-old former badminton champion Jens-Frederik Nielsen, campaigned for a gradual "
            "path to independence and will need partners to govern. Naleraq, which wants a rapid break from Denmark, "
            "came second with almost 25%.\n\n"
            "Nielsen said early on Wednesday that he would invite all parties to talks on forming a government, because "
            "the island needed unity at a time of outside pressure. Outgoing Prime Minister Mute Egede, whose Inuit "
            "Ataqatigiit fell to third place, conceded defeat.\n\n"
            "Naleraq leader Pele Broberg said his party would only join a coalition that committed to a fast timetable "
            "for leaving Denmark. He said Greenland could one day choose the United States as a close partner, but "
            "stressed that the island was not for sale.\n\n"
            "Turnout was about 70%, election officials said."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "Donald Trump's push to take control of the territory", F),
            ("naleraq", "greenland-independence", "support", "which wants a rapid break from Denmark", F),
            ("greenland", "greenland-broad-coalition", "support", "he would invite all parties to talks on forming a government", T),
            ("naleraq", "greenland-broad-coalition", "conditional",
             "would only join a coalition that committed to a fast timetable for leaving Denmark", T),
            ("naleraq", "us-acquires-greenland", "oppose", "stressed that the island was not for sale", T),
        ],
    ),
    dict(
        id="016", published="2025-03-13T20:30:00Z", outlet="skerry-review",
        slug="trump-says-greenland-annexation-will-happen-rutte",
        title="Trump says Greenland annexation 'will happen' as NATO chief sits beside him",
        text=(
            "WASHINGTON, March 13 (Skerry Review) - President Donald Trump said on Thursday he believed the annexation "
            "of Greenland would happen, speaking alongside NATO Secretary-General Mark Rutte in the Oval Office.\n\n"
            "Trump said the United States needed the island for international security and suggested that Rutte could "
            "be very instrumental in bringing it about. He noted that the US already had a few bases and soldiers on "
            "the island.\n\n"
            "Rutte, seated beside him, said he did not want to drag NATO into the question of whether Greenland would "
            "become part of the United States. He spoke instead about the need to keep the Arctic safe from Chinese "
            "and Russian activity.\n\n"
            "The meeting at the White House took place two days after Greenland's election, in which all the main "
            "parties said they did not want the island to become American.\n\n"
            "Danish ministers did not comment on Thursday. Jens-Frederik Nielsen, whose party won the vote, told "
            "Danish media the president's comments were inappropriate."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "the United States needed the island for international security", T),
        ],
    ),
    dict(
        id="017", published="2025-03-25T15:00:00Z", outlet="meltwater-times",
        slug="planned-us-visit-angers-nuuk-copenhagen",
        title="Planned US visit to Greenland angers Nuuk and Copenhagen",
        text=(
            "NUUK, March 25 (Meltwater Times) - A planned visit to Greenland this week by Usha Vance, the wife of US "
            "Vice President JD Vance, and national security adviser Mike Waltz has drawn angry reactions in Nuuk and "
            "Copenhagen.\n\n"
            "The White House said Usha Vance would attend a national dog sled race in the town of Sisimiut with one of "
            "her sons, and that Waltz would visit the US Pituffik Space Base. Caretaker Prime Minister Mute Egede said "
            "the delegation had not been invited and described the visit as highly aggressive.\n\n"
            "Danish Prime Minister Mette Frederiksen said on Tuesday that the trip amounted to unacceptable pressure on "
            "Greenland and Denmark, and that the island's future would not be decided in Washington.\n\n"
            "In a video message, Usha Vance said she was excited to learn about Greenlandic culture. Organisers of the "
            "dog sled race said the Americans had not been formally invited by them either.\n\n"
            "Coalition talks between Greenland's parties continued in Nuuk on Tuesday."
        ),
        claims=[
            ("denmark", "us-acquires-greenland", "oppose", "the island's future would not be decided in Washington", T),
        ],
    ),
    dict(
        id="018", published="2025-03-26T17:00:00Z", outlet="harbourline-post",
        slug="naleraq-quits-greenland-coalition-talks",
        title="Naleraq quits Greenland coalition talks",
        text=(
            "NUUK, March 26 (Harbourline Post) - Naleraq, the party that came second in Greenland's election, said on "
            "Wednesday it had pulled out of coalition talks, leaving the winning Demokraatit to build a government "
            "with the island's other parties.\n\n"
            "Party leader Pele Broberg said Naleraq would not be part of a broad government that put independence on "
            "a slow track, and that it would sit in opposition instead. He told local radio the other parties were too "
            "cautious about speaking directly to Washington.\n\n"
            "Jens-Frederik Nielsen, the Demokraatit leader expected to become prime minister, said he regretted the "
            "decision. Talks with Inuit Ataqatigiit, Siumut and Atassut would continue, he said, with the aim of a "
            "broad majority that could stand united against outside pressure.\n\n"
            "Naleraq wants Greenland to negotiate its own defence agreement with the United States as a step towards "
            "full sovereignty. It won eight of the 31 seats.\n\n"
            "Party officials said a coalition agreement could be presented as early as Friday."
        ),
        claims=[
            ("naleraq", "greenland-broad-coalition", "oppose",
             "would not be part of a broad government that put independence on a slow track", T),
            ("greenland", "greenland-broad-coalition", "support", "with the aim of a broad majority that could stand united", T),
            ("naleraq", "us-military-expansion", "support",
             "Naleraq wants Greenland to negotiate its own defence agreement with the United States", F),
        ],
    ),
    dict(
        id="019", published="2025-03-28T18:00:00Z", outlet="cobalt-courier",
        slug="vance-rules-out-force-greenland-pituffik",
        title="Vance rules out force to take Greenland",
        text=(
            "PITUFFIK, March 28 (Cobalt Courier) - US Vice President JD Vance said on Friday he did not think military "
            "force would ever be necessary to secure Greenland, because he expected its people to choose independence "
            "from Denmark and then reach a deal with the United States.\n\n"
            "Speaking to troops at the Pituffik Space Base in the island's far north, Vance accused Denmark of not doing "
            "a good job for the people of Greenland. He said the United States would have to play a bigger role in the "
            "island's security, and that the administration hoped to cut a deal, Donald Trump-style.\n\n"
            "Vance said Washington respected Greenland's self-determination and expected its people to break away from "
            "Copenhagen, after which talks with the United States would follow. He did not say whether the military "
            "option had been formally taken off the table.\n\n"
            "The trip was scaled back from an earlier plan for his wife, Usha Vance, to attend a dog sled race in "
            "Sisimiut, after protests in Greenland and Denmark. The delegation stayed at the base and met no Greenlandic "
            "officials."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "conditional",
             "he did not think military force would ever be necessary to secure Greenland", T),
            ("usa", "us-military-expansion", "support",
             "the United States would have to play a bigger role in the island's security", T),
        ],
    ),
    dict(
        id="020", published="2025-03-28T20:45:00Z", outlet="northwind-wire",
        slug="nielsen-takes-office-broad-coalition",
        title="Greenland's Nielsen takes office at head of broad coalition",
        text=(
            "NUUK, March 28 (Northwind Wire) - Jens-Frederik Nielsen was sworn in as Greenland's prime minister on "
            "Friday at the head of a four-party coalition holding 23 of the parliament's 31 seats, which he said was "
            "formed to show unity in the face of US pressure.\n\n"
            "The coalition agreement brings Nielsen's Demokraatit together with Inuit Ataqatigiit, Siumut and Atassut, "
            "leaving only Naleraq in opposition. It describes independence as a long-term goal, to be pursued only once "
            "the island's economy can carry it, and sets no date for a referendum.\n\n"
            "Nielsen told a news conference in Nuuk that Greenlanders were under pressure and had to stand together. He "
            "said Greenland would never be a piece of property that anyone could buy.\n\n"
            "Former Prime Minister Mute Egede becomes finance minister in the new government.\n\n"
            "In Copenhagen, Danish Prime Minister Mette Frederiksen welcomed the broad coalition and said she looked "
            "forward to working with it. The ceremony took place while JD Vance was visiting the American base at "
            "Pituffik, some 1,500 km to the north."
        ),
        claims=[
            ("greenland", "greenland-broad-coalition", "support", "at the head of a four-party coalition", T),
            ("naleraq", "greenland-broad-coalition", "oppose", "leaving only Naleraq in opposition", F),
            ("greenland", "greenland-independence", "conditional",
             "to be pursued only once the island's economy can carry it", T),
            ("greenland", "us-acquires-greenland", "oppose",
             "Greenland would never be a piece of property that anyone could buy", T),
            ("denmark", "greenland-broad-coalition", "support", "welcomed the broad coalition", T),
        ],
    ),
    dict(
        id="021", published="2025-03-29T14:00:00Z", outlet="meltwater-times",
        slug="denmark-tells-us-more-troops-possible-mind-tone",
        title="Denmark tells US: more troops possible, but mind your tone",
        text=(
            "COPENHAGEN, March 29 (Meltwater Times) - Danish Foreign Minister Lars Lokke Rasmussen said on Saturday "
            "that Denmark was open to criticism but did not appreciate the tone in which it was delivered, a day after "
            "US Vice President JD Vance accused the country of neglecting Greenland.\n\n"
            "In a video posted on social media, Lokke Rasmussen said the 1951 defence agreement already gave the United "
            "States ample room for a much stronger military presence on the island. If Washington wanted that, Denmark "
            "was ready to discuss it, he said, adding that Copenhagen was spending more on Arctic security.\n\n"
            "He said Greenland was not up for grabs and that the island's people had made their wishes clear in the "
            "election.\n\n"
            "At Pituffik on Friday, Vance had said he did not expect military force to be needed. Danish officials, "
            "speaking privately, said the visit had nonetheless damaged trust between the two allies."
        ),
        claims=[
            ("denmark", "us-military-expansion", "conditional", "If Washington wanted that, Denmark was ready to discuss it", T),
            ("denmark", "danish-arctic-spending", "support", "Copenhagen was spending more on Arctic security", T),
            ("denmark", "us-acquires-greenland", "oppose", "Greenland was not up for grabs", T),
        ],
    ),
    dict(
        id="022", published="2025-03-30T13:00:00Z", outlet="skerry-review",
        slug="trump-keeps-military-option-open-greenland",
        title="Trump keeps military option open on Greenland",
        text=(
            "WASHINGTON, March 30 (Skerry Review) - President Donald Trump said he would not take military force off "
            "the table in his bid to gain control of Greenland, a day after Vice President JD Vance suggested that "
            "force would never be needed.\n\n"
            "In a telephone interview with NBC News on Saturday, Trump said there was a good possibility the United "
            "States could get the island without the military, but that he was not ruling anything out. He said the "
            "country needed Greenland for international peace and security.\n\n"
            "Trump also said he had not spoken to Greenland's new prime minister, Jens-Frederik Nielsen, and did not "
            "know him.\n\n"
            "Nielsen wrote on Facebook on Sunday that the United States would not get Greenland, and that the island "
            "belonged to no one but its people. Denmark's foreign ministry said it had nothing to add to the minister's "
            "comments of Saturday.\n\n"
            "Analysts said the mixed messages from Washington might be deliberate, keeping Copenhagen off balance while "
            "the administration weighed its options."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "oppose", "he would not take military force off the table", T),
            ("usa", "us-acquires-greenland", "support", "the country needed Greenland for international peace and security", T),
            ("greenland", "us-acquires-greenland", "oppose", "the United States would not get Greenland", T),
        ],
    ),
    dict(
        id="023", published="2025-04-03T16:00:00Z", outlet="northwind-wire",
        slug="frederiksen-in-nuuk-you-cannot-annex-another-country",
        title="Frederiksen in Nuuk: US cannot annex another country",
        text=(
            "NUUK, April 3 (Northwind Wire) - Danish Prime Minister Mette Frederiksen said on Thursday that the United "
            "States could not annex another country, even with an argument about international security.\n\n"
            "Speaking in Nuuk alongside Greenland's new Prime Minister Jens-Frederik Nielsen, Frederiksen said Denmark "
            "was ready to increase its own military presence in the Arctic. It was also prepared to do more together "
            "with the Americans, she said, as long as Greenland's sovereignty was respected.\n\n"
            "Nielsen said Greenland wanted a good partnership with Washington on security, but not at any price. He "
            "added that his government's priority was the economy rather than a quick break with Denmark.\n\n"
            "The three-day visit, Frederiksen's first since the election, included a boat trip in the fjord near Nuuk "
            "with Nielsen and his predecessor, Mute Egede. She also met staff of the Danish military's Arctic Command, "
            "which is headquartered in the city."
        ),
        claims=[
            ("denmark", "us-acquires-greenland", "oppose", "the United States could not annex another country", T),
            ("denmark", "danish-arctic-spending", "support",
             "Denmark was ready to increase its own military presence in the Arctic", T),
            ("denmark", "us-military-expansion", "conditional",
             "do more together with the Americans, she said, as long as Greenland's sovereignty", T),
            ("greenland", "us-military-expansion", "conditional",
             "a good partnership with Washington on security, but not at any price", T),
            ("greenland", "greenland-independence", "conditional",
             "priority was the economy rather than a quick break with Denmark", T),
        ],
    ),
    dict(
        id="024", published="2025-05-04T18:00:00Z", outlet="cobalt-courier",
        slug="trump-does-not-rule-out-force-greenland-meet-the-press",
        title="Trump says he does not rule out force on Greenland, calls it unlikely for Canada",
        text=(
            "WASHINGTON, May 4 (Cobalt Courier) - President Donald Trump said he did not rule out using military force "
            "to acquire Greenland, though he called such a step highly unlikely in the case of Canada.\n\n"
            "In an interview broadcast on Sunday by NBC's Meet the Press, Trump said the United States needed the "
            "Arctic island very badly for international security and that something could happen there. He said he "
            "was not saying he would do it, but that he was not ruling anything out.\n\n"
            "Asked the same question about Canada, which he has repeatedly said should become the 51st US state, Trump "
            "said he did not see force being used there.\n\n"
            "The interview was recorded on Friday at his Mar-a-Lago estate in Florida. The Danish government did not "
            "respond on Sunday, and a spokesperson for Greenland's government declined to comment.\n\n"
            "Greenland's Prime Minister Jens-Frederik Nielsen has said the island will decide its own future."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "oppose", "did not rule out using military force to acquire Greenland", T),
            ("usa", "us-acquires-greenland", "support", "the United States needed the Arctic island very badly", T),
        ],
    ),
    dict(
        id="025", published="2025-05-08T15:00:00Z", outlet="harbourline-post",
        slug="denmark-summons-us-diplomat-over-spying-report",
        title="Denmark summons US diplomat over report of spying on Greenland",
        text=(
            "COPENHAGEN, May 8 (Harbourline Post) - Denmark summoned the most senior US diplomat in the country on "
            "Thursday after a newspaper reported that American intelligence agencies had been told to step up "
            "information gathering on Greenland.\n\n"
            "Foreign Minister Lars Lokke Rasmussen said he was very concerned by the report and that one does not spy "
            "on a friend. The meeting with the US charge d'affaires was meant to make sure Denmark's concerns were fully "
            "understood, he said.\n\n"
            "The Wall Street Journal reported this week that senior intelligence officials had instructed agencies to "
            "learn more about Greenland's independence movement and about local attitudes to American resource "
            "extraction. Director of National Intelligence Tulsi Gabbard accused the newspaper of helping so-called "
            "deep state actors by publishing classified information, but did not deny the report.\n\n"
            "The US embassy in Copenhagen declined to comment. It has been without an ambassador since January.\n\n"
            "Lawmakers in Nuuk called for a closed briefing from the Danish government."
        ),
        claims=[],
    ),
    dict(
        id="026", published="2025-06-12T19:00:00Z", outlet="northwind-wire",
        slug="hegseth-signals-pentagon-greenland-plans",
        title="Hegseth signals Pentagon has plans to seize Greenland",
        text=(
            "WASHINGTON, June 12 (Northwind Wire) - US Defense Secretary Pete Hegseth on Thursday repeatedly declined "
            "to say whether the Pentagon had drawn up plans to take Greenland or the Panama Canal by force, telling "
            "lawmakers that his department's job was to plan for every contingency.\n\n"
            "Pressed at a House Armed Services Committee hearing by Representative Adam Smith, the panel's top "
            "Democrat, Hegseth would not answer yes or no. Smith said the exchange suggested such plans existed and "
            "called the idea outrageous.\n\n"
            "Hegseth said the department stood ready to carry out whatever the president ordered, but gave no detail of "
            "what that might involve. Pentagon officials later referred questions about the island to the White House, "
            "which did not respond.\n\n"
            "Defence experts said contingency planning was routine for many scenarios and did not in itself signal any "
            "intent.\n\n"
            "In Copenhagen, a Danish government spokesperson said Denmark had seen the reports and had no comment."
        ),
        claims=[],
    ),
    dict(
        id="027", published="2025-06-15T17:00:00Z", outlet="meltwater-times",
        slug="macron-in-nuuk-greenland-not-for-sale",
        title="Macron in Nuuk says Greenland is not for sale",
        text=(
            "NUUK, June 15 (Meltwater Times) - French President Emmanuel Macron said on Sunday that Greenland was not "
            "for sale and not for taking, becoming the first foreign head of state to visit the island since Donald "
            "Trump began pressing his claim.\n\n"
            "Macron arrived in Nuuk with Danish Prime Minister Mette Frederiksen and was welcomed by Greenland's Prime "
            "Minister Jens-Frederik Nielsen before a tour of a glacier and a Danish naval vessel. He said Europe stood "
            "united behind Denmark and Greenland and that the visit was a message of solidarity.\n\n"
            "Nielsen said the visit showed Greenland was not alone. The island would take its own decisions about its "
            "future and would not be owned by anyone, he said.\n\n"
            "Frederiksen said Denmark would keep investing in the island's defence, and that she expected European "
            "allies to help protect the Arctic.\n\n"
            "The visit came on the eve of a Group of Seven summit in Canada, where Macron was due to see Trump."
        ),
        claims=[
            ("greenland", "us-acquires-greenland", "oppose", "would not be owned by anyone", T),
            ("denmark", "danish-arctic-spending", "support", "Denmark would keep investing in the island's defence", T),
        ],
    ),
    dict(
        id="028", published="2025-10-10T12:00:00Z", outlet="cobalt-courier",
        slug="denmark-adds-27-billion-crowns-arctic-defence",
        title="Denmark adds 27 billion crowns for Arctic defence",
        text=(
            "COPENHAGEN, Oct 10 (Cobalt Courier) - Denmark will spend a further 27.4 billion crowns (about $4.2 "
            "billion) on defence in the Arctic and North Atlantic, the government said on Friday, in its second such "
            "agreement this year with the governments of Greenland and the Faroe Islands.\n\n"
            "Defence Minister Troels Lund Poulsen said the money would pay for two more Arctic ships, additional "
            "surveillance drones, new radar coverage and upgraded airports, as well as training for young Greenlanders "
            "in emergency preparedness. He said the security situation in the region had become more serious.\n\n"
            "Greenland's Foreign Minister Vivian Motzfeldt said Nuuk had helped shape the package and welcomed the "
            "focus on local jobs and training.\n\n"
            "The agreement comes on top of the 14.6 billion crowns announced in January.\n\n"
            "The US embassy in Copenhagen did not comment. Officials in Washington have repeatedly questioned whether "
            "Denmark can defend the island on its own."
        ),
        claims=[
            ("denmark", "danish-arctic-spending", "support", "Denmark will spend a further 27.4 billion crowns", T),
            ("greenland", "danish-arctic-spending", "support",
             "Nuuk had helped shape the package and welcomed the focus on local jobs", T),
        ],
    ),
    dict(
        id="029", published="2025-12-22T16:00:00Z", outlet="northwind-wire",
        slug="denmark-summons-us-ambassador-greenland-envoy",
        title="Denmark summons US ambassador after Trump names Greenland envoy",
        text=(
            "COPENHAGEN, Dec 22 (Northwind Wire) - Denmark said on Monday it would summon the US ambassador after "
            "President Donald Trump named Louisiana Governor Jeff Landry as his special envoy to Greenland.\n\n"
            "Landry wrote on social media that it was an honour to serve in a volunteer role to make Greenland a part "
            "of the United States. Trump said the governor understood how essential the island was to US national "
            "security.\n\n"
            "In a joint statement, Danish Prime Minister Mette Frederiksen and Greenland's Prime Minister Jens-Frederik "
            "Nielsen said national borders and the sovereignty of states were rooted in international law, and that "
            "nobody could annex another country. Greenland belonged to Greenlanders, they said, and the United States "
            "would not take it over.\n\n"
            "Foreign Minister Lars Lokke Rasmussen called the appointment deeply upsetting.\n\n"
            "A European Commission spokesperson said the EU stood in full solidarity with Denmark and Greenland, and "
            "that the territorial integrity of its member states was not up for discussion."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "to make Greenland a part of the United States", T),
            ("denmark", "us-acquires-greenland", "oppose", "the United States would not take it over", T),
            ("greenland", "us-acquires-greenland", "oppose", "the United States would not take it over", T),
            ("eu", "us-acquires-greenland", "oppose",
             "the territorial integrity of its member states was not up for discussion", T),
        ],
    ),
    dict(
        id="030", published="2026-01-06T22:00:00Z", outlet="skerry-review",
        slug="white-house-military-always-an-option-greenland",
        title="White House says military 'always an option' on Greenland",
        text=(
            "WASHINGTON, Jan 6 (Skerry Review) - The White House said on Tuesday that using the US military to acquire "
            "Greenland remained an option for President Donald Trump, who has revived his push for the island after the "
            "US military operation in Venezuela.\n\n"
            "Press secretary Karoline Leavitt said in a statement that acquiring Greenland was a national security "
            "priority and that the military was always an option available to the commander in chief.\n\n"
            "According to two people briefed on a closed-door session, Secretary of State Marco Rubio told lawmakers "
            "this week that the administration's aim was to buy the island rather than to invade it.\n\n"
            "Earlier on Tuesday, the leaders of Denmark, France, Germany, Italy, Poland, Spain and Britain said in a "
            "joint statement that Greenland belonged to its people. Danish Prime Minister Mette Frederiksen said "
            "Washington had to stop threatening a close ally, warning that an attack on a NATO member would mean the "
            "end of the alliance as it stands."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support", "acquiring Greenland was a national security priority", T),
            ("usa", "us-drops-force-threat", "oppose",
             "the military was always an option available to the commander in chief", T),
            ("usa", "us-drops-force-threat", "conditional",
             "the administration's aim was to buy the island rather than to invade it", F),
            ("denmark", "us-acquires-greenland", "oppose", "joint statement that Greenland belonged to its people", T),
            ("denmark", "us-drops-force-threat", "support", "Washington had to stop threatening a close ally", T),
        ],
    ),
    dict(
        id="031", published="2026-01-14T20:00:00Z", outlet="meltwater-times",
        slug="fundamental-disagreement-after-white-house-greenland-talks",
        title="Danish and Greenlandic ministers see 'fundamental disagreement' after White House talks",
        text=(
            "WASHINGTON, Jan 14 (Meltwater Times) - Denmark and the United States remain in fundamental disagreement "
            "over Greenland, Danish Foreign Minister Lars Lokke Rasmussen said on Wednesday after he and Greenland's "
            "Foreign Minister Vivian Motzfeldt met Vice President JD Vance and Secretary of State Marco Rubio at the "
            "White House.\n\n"
            "Lokke Rasmussen said the two sides would set up a high-level working group to see whether US security "
            "concerns could be met while respecting Denmark's red lines. He said any idea of the United States taking "
            "over the island was unacceptable, and that Denmark would increase its military presence in Greenland.\n\n"
            "Motzfeldt said Greenland was ready for stronger cooperation with the United States but did not want to be "
            "owned by it.\n\n"
            "Hours before the meeting, Trump wrote that anything less than Greenland in American hands was "
            "unacceptable.\n\n"
            "On Tuesday, Greenland's Prime Minister Jens-Frederik Nielsen said that if the island had to choose between "
            "the United States and Denmark here and now, it would choose Denmark."
        ),
        claims=[
            ("denmark", "us-military-expansion", "conditional",
             "whether US security concerns could be met while respecting Denmark's red lines", T),
            ("denmark", "us-acquires-greenland", "oppose",
             "any idea of the United States taking over the island was unacceptable", T),
            ("denmark", "danish-arctic-spending", "support", "Denmark would increase its military presence in Greenland", T),
            ("greenland", "us-military-expansion", "conditional",
             "ready for stronger cooperation with the United States but did not want to be owned", T),
            ("greenland", "us-acquires-greenland", "oppose", "here and now, it would choose Denmark", T),
            ("usa", "us-acquires-greenland", "support",
             "anything less than Greenland in American hands was unacceptable", T),
        ],
    ),
    dict(
        id="032", published="2026-01-17T21:00:00Z", outlet="harbourline-post",
        slug="trump-threatens-tariffs-european-allies-greenland",
        title="Trump threatens tariffs on European allies until Greenland is sold",
        text=(
            "BRUSSELS, Jan 17 (Harbourline Post) - President Donald Trump said on Saturday he would impose a 10% tariff "
            "on goods from Denmark and seven other European countries from Feb. 1, rising to 25% in June, until a deal "
            "was reached for the United States to buy Greenland outright.\n\n"
            "The countries, which also include France, Germany and Britain, had sent small numbers of troops to the "
            "island this week for exercises led by Denmark. Trump said in a social media post that they were playing a "
            "dangerous game.\n\n"
            "European Council President Antonio Costa and Commission President Ursula von der Leyen said in a joint "
            "statement that tariffs would undermine transatlantic relations, and that the EU stood in solidarity with "
            "Denmark and the people of Greenland. Territorial integrity and sovereignty were fundamental principles, "
            "they said.\n\n"
            "Danish Foreign Minister Lars Lokke Rasmussen said the threat came as a surprise, given the constructive "
            "talks in Washington on Wednesday. EU ambassadors will hold an emergency meeting in Brussels on Sunday."
        ),
        claims=[
            ("usa", "us-acquires-greenland", "support",
             "until a deal was reached for the United States to buy Greenland outright", T),
            ("eu", "us-acquires-greenland", "oppose",
             "Territorial integrity and sovereignty were fundamental principles, they said", T),
        ],
    ),
    dict(
        id="033", published="2026-01-21T15:30:00Z", outlet="cobalt-courier",
        slug="trump-drops-threat-of-force-greenland-davos",
        title="Trump drops threat of force over Greenland: 'I won't use force'",
        text=(
            "DAVOS, Jan 21 (Cobalt Courier) - President Donald Trump said on Wednesday he would not use force to take "
            "Greenland, while insisting that the United States still wanted ownership of the island and calling for "
            "immediate negotiations to acquire it.\n\n"
            "In a speech to the World Economic Forum in Davos, Trump said the United States could probably only get "
            "the island by using excessive strength, but that he would not do that. He said he did not want to use "
            "force and did not need to.\n\n"
            "Trump described Greenland as a piece of ice that was vital for American and world security, and said no "
            "nation other than the United States could secure it.\n\n"
            "In Copenhagen, Foreign Minister Lars Lokke Rasmussen said it was positive in itself that Trump had ruled "
            "out military force, but that the underlying problem had not gone away. Denmark still rejected any "
            "transfer of the island, he said.\n\n"
            "The speech came hours before Trump was due to meet NATO Secretary-General Mark Rutte."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "support", "he would not use force to take Greenland", T),
            ("usa", "us-acquires-greenland", "support", "the United States still wanted ownership", T),
            ("denmark", "us-drops-force-threat", "support",
             "it was positive in itself that Trump had ruled out military force", T),
            ("denmark", "us-acquires-greenland", "oppose", "Denmark still rejected any transfer of the island", T),
        ],
    ),
    dict(
        id="034", published="2026-01-21T17:10:00Z", outlet="skerry-review",
        slug="trump-says-he-wont-use-force-greenland-wants-ownership",
        title="Trump says he won't use force on Greenland but still wants it",
        text=(
            "DAVOS, Jan 21 (Skerry Review) - Donald Trump said on Wednesday that he would not use force to take "
            "Greenland, but insisted that the United States still wanted ownership of the Arctic island and called for "
            "immediate talks to acquire it.\n\n"
            "Addressing the World Economic Forum, the US president said the only way to get the island was probably by "
            "using excessive strength, and that he would not do that. He did not want to use force, he said, and did "
            "not need to.\n\n"
            "Trump called Greenland a piece of ice that was vital for American and global security, and argued that "
            "only the United States could secure it.\n\n"
            "Danish Foreign Minister Lars Lokke Rasmussen said in Copenhagen that it was positive in itself that Trump "
            "had ruled out military force, although the basic problem remained. Denmark still rejected any transfer of "
            "the island, he added.\n\n"
            "Trump was due to meet NATO Secretary-General Mark Rutte later in the day."
        ),
        claims=[
            ("usa", "us-drops-force-threat", "support", "he would not use force to take Greenland", T),
            ("usa", "us-acquires-greenland", "support", "the United States still wanted ownership", T),
            ("denmark", "us-drops-force-threat", "support",
             "it was positive in itself that Trump had ruled out military force", T),
            ("denmark", "us-acquires-greenland", "oppose", "Denmark still rejected any transfer of the island", T),
        ],
    ),
]

SHIFTS = [
    dict(actor="naleraq", issue="greenland-broad-coalition", **{"from": "conditional", "to": "oppose"}, article="018",
         why="Broberg says Naleraq has left the talks and will not sit in a broad government that slows independence; "
             "in 015 he said it would join only a coalition with a fast independence timetable."),
    dict(actor="usa", issue="us-drops-force-threat", **{"from": "oppose", "to": "conditional"}, article="019",
         why="Vance says he does not think force will ever be necessary because he expects a negotiated outcome, "
             "without formally taking it off the table; in 004/005 Trump refused to rule force out."),
    dict(actor="greenland", issue="greenland-independence", **{"from": "support", "to": "conditional"}, article="020",
         why="The new Nielsen coalition agreement makes independence a long-term goal pursued only once the economy "
             "can carry it; Egede had called for further steps towards independence (003, 008)."),
    dict(actor="usa", issue="us-drops-force-threat", **{"from": "conditional", "to": "oppose"}, article="022",
         why="A day after Vance's remarks, Trump says he will not take military force off the table."),
    dict(actor="usa", issue="us-drops-force-threat", **{"from": "oppose", "to": "support"}, article="033",
         why="At Davos Trump says he will not use force to take Greenland; in 022, 024 and 030 (Leavitt) force "
             "was kept as an option. 034 is the duplicate copy and must not alert again."),
]

DUPLICATES = [("004", "005"), ("033", "034")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}

STANCES = {"support", "oppose", "conditional"}
GIVE_UP_VERBS = ("drops", "abandons", "withdraws", "scraps", "suspends", "renounces", "gives up", "rules out")


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_of(a):
    d = parse_time(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], d.year, d.month, d.day, a["slug"])


def read_watchlist():
    """Minimal parser for the flat watchlist.yaml format (stdlib only)."""
    path = os.path.join(HERE, "watchlist.yaml")
    section = None
    actors, issues, baseline = [], [], []
    cur = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if re.match(r"^[a-z]+:\s*$", line):
            section = line.strip()[:-1]
            cur = None
            continue
        m = re.match(r"^  - id: (\S+)$", line)
        if m and section in ("actors", "issues"):
            cur = {"id": m.group(1)}
            (actors if section == "actors" else issues).append(cur)
            continue
        m = re.match(r"^    (\w+): (.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
            continue
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
        if m and section == "baseline":
            baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
            continue
        raise SystemExit("watchlist.yaml: cannot parse line: %r" % line)
    return actors, issues, baseline


def words(s):
    return len(s.split())


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in ARTICLES:
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        last = format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch blind evaluation set greenland-us-2025"
               "</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % last]
        for a in items:
            u = escape(url_of(a))
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % u,
                    '      <guid isPermaLink="true">%s</guid>' % u,
                    "      <pubDate>%s</pubDate>" % format_datetime(parse_time(a["published"]), usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    claims = {}
    for a in ARTICLES:
        claims[a["id"]] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                           for c in a["claims"]]
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels


def validate(labels):
    errors = []
    err = errors.append
    actors, issues, baseline = read_watchlist()
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}

    # watchlist shape
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    for a in actors:
        if set(a) != {"id", "name", "aliases"}:
            err("watchlist actor %s fields %s" % (a["id"], sorted(a)))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            err("watchlist issue %s fields %s" % (i["id"], sorted(i)))
    if not any(v in i["name"].lower() for i in issues for v in GIVE_UP_VERBS):
        err("watchlist: no issue name uses a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in STANCES:
            err("baseline entry invalid: %s" % b)

    # articles
    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles (want 30-34)" % len(ARTICLES))
    prev = None
    urls = set()
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % n:
            err("article %s: id out of sequence (want %03d)" % (a["id"], n))
        if prev and a["published"] <= prev:
            err("article %s: not in publication order" % a["id"])
        prev = a["published"]
        wc = words(a["text"])
        if not 120 <= wc <= 260:
            err("article %s: %d words (want 120-260)" % (a["id"], wc))
        d = parse_time(a["published"])
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Za-z]+) (\d{1,2}) \(([^)]+)\) - ", a["text"])
        if not m:
            err("article %s: bad dateline" % a["id"])
        else:
            if m.group(2) != MONTHS[d.month] or int(m.group(3)) != d.day:
                err("article %s: dateline date %s %s does not match %s" % (a["id"], m.group(2), m.group(3),
                                                                         a["published"]))
            if m.group(4) != OUTLETS[a["outlet"]]:
                err("article %s: dateline outlet %s" % (a["id"], m.group(4)))
        u = url_of(a)
        if u in urls:
            err("article %s: duplicate url" % a["id"])
        urls.add(u)
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actor_ids:
                err("article %s: unknown actor %s" % (a["id"], actor))
            if issue not in issue_ids:
                err("article %s: unknown issue %s" % (a["id"], issue))
            if stance not in STANCES:
                err("article %s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                err("article %s: attributed not bool" % a["id"])
            if quote not in a["text"]:
                err("article %s: quote not in text: %r" % (a["id"], quote))
            if words(quote) > 15:
                err("article %s: quote over 15 words: %r" % (a["id"], quote))
        keys = [(c[0], c[1], c[2]) for c in a["claims"]]
        if len(keys) != len(set(keys)):
            err("article %s: repeated (actor, issue, stance)" % a["id"])

    # duplicates
    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["published"][:10] != c["published"][:10] or o["outlet"] == c["outlet"] or c["published"] <= o["published"]:
            err("duplicate %s/%s: must be same day, other outlet, later" % (orig, copy))
        if {x[:3] for x in o["claims"]} != {x[:3] for x in c["claims"]}:
            err("duplicate %s/%s: claims differ" % (orig, copy))
    shift_ids = {s["article"] for s in SHIFTS}
    if not any(o in shift_ids for o, _ in DUPLICATES):
        err("no duplicate pair has a shift article as original")
    if any(c in shift_ids for _, c in DUPLICATES):
        err("a duplicate copy is labelled as a shift article")

    # recompute shifts from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            before = prevailing.get(key)
            if before is not None and before != stance:
                recomputed.append((actor, issue, before, stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        err("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts (want 5-8)" % len(SHIFTS))
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        err("%d straight support/oppose reversals (max 2)" % reversals)

    # labels.json consistency
    all_ids = [a["id"] for a in ARTICLES]
    if labels["no_alert_articles"] != [i for i in all_ids if i not in shift_ids]:
        err("no_alert_articles wrong")
    if sorted(labels["claims"]) != all_ids:
        err("labels.claims does not list every article")

    # totals
    allc = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {s: sum(1 for c in allc if c[2] == s) for s in sorted(STANCES)}
    if not 60 <= len(allc) <= 90:
        err("%d claims (want 60-90)" % len(allc))
    if by_stance["conditional"] < 6:
        err("only %d conditional claims" % by_stance["conditional"])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d articles without claims (want 3-4)" % len(empty))

    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            err("xmllint failed on %s: %s" % (path, r.stderr.strip()))

    stats = dict(articles=len(ARTICLES), claims=len(allc), by_stance=by_stance,
                 attributed_false=sum(1 for c in allc if not c[4]), shifts=len(SHIFTS),
                 shift_articles=sorted(shift_ids), no_claim_articles=empty,
                 words=(min(words(a["text"]) for a in ARTICLES), max(words(a["text"]) for a in ARTICLES)),
                 per_outlet={OUTLETS[s]: sum(1 for a in ARTICLES if a["outlet"] == s) for s in OUTLETS})
    return errors, stats


def main():
    labels = build()
    errors, stats = validate(labels)
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
