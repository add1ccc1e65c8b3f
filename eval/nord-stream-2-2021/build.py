#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set nord-stream-2-2021.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
file, then validates them against watchlist.yaml (see README.md). Exits non-zero on any failure.

The articles are original paraphrase of real, public events (2021-2022); the outlets are fictional.
"""

import datetime as dt
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "amber-wire": "Amber Wire",
    "tidewater-times": "Tidewater Times",
    "keystone-report": "Keystone Report",
    "lindenhall-gazette": "Lindenhall Gazette",
    "crossroads-daily": "Crossroads Daily",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001",
        "published": "2021-01-19T21:30:00Z",
        "outlet": "amber-wire",
        "slug": "outgoing-administration-sanctions-fortuna",
        "title": "Outgoing Trump team blacklists Russian pipe-layer working on Nord Stream 2",
        "text": (
            "WASHINGTON, Jan 19 (Amber Wire) - The United States on Tuesday imposed sanctions on the Russian "
            "pipe-laying vessel Fortuna and its owner, KVT-RUS, in one of the last foreign policy acts of President "
            "Donald Trump's administration before Joe Biden takes office.\n\n"
            "The State Department said the measures were required under a 2019 law aimed at ships that lay pipe for "
            "Nord Stream 2, the Gazprom-led project to double the amount of Russian gas sent under the Baltic Sea to "
            "Germany. Work on the line stopped for a year after a Swiss contractor pulled out in December 2019 under "
            "the threat of similar penalties.\n\n"
            "In Berlin, a government spokeswoman said Germany still rejected sanctions that reach beyond US borders "
            "and hit European companies acting within the law.\n\n"
            "Russia's foreign ministry said the project would be finished regardless of the penalties.\n\n"
            "Biden's aides have described the pipeline as a bad deal for Europe, but the incoming team has not said "
            "whether it will add names to the sanctions list. Analysts said the new administration might hold off to "
            "avoid an early clash with Chancellor Angela Merkel."
        ),
        "claims": [
            ("usa", "us-drops-sanctions", O, "imposed sanctions on the Russian pipe-laying vessel Fortuna and its owner", True),
            ("germany", "us-drops-sanctions", S, "Germany still rejected sanctions that reach beyond US borders", True),
            ("russia", "ns2-operates", S, "the project would be finished regardless of the penalties", True),
            ("usa", "ns2-operates", O, "Biden's aides have described the pipeline as a bad deal for Europe", False),
        ],
    },
    {
        "id": "002",
        "published": "2021-01-21T17:45:00Z",
        "outlet": "tidewater-times",
        "slug": "european-lawmakers-urge-halt-to-nord-stream-2",
        "title": "European lawmakers urge halt to Nord Stream 2 after Navalny's arrest",
        "text": (
            "STRASBOURG, Jan 21 (Tidewater Times) - The European Parliament on Thursday called on the European Union "
            "to stop the completion of Nord Stream 2, voting by a large majority for a non-binding resolution that "
            "ties the Russian gas pipeline to the jailing of opposition politician Alexei Navalny.\n\n"
            "The resolution has no legal force, and the Parliament has no say over a project built by private "
            "companies under permits from Germany, Denmark and other states along the route.\n\n"
            "The European Commission said it was not in a position to block the pipeline. A Commission spokesman said "
            "the line could only run if it complied fully with European energy law, including rules that separate the "
            "owner of a pipeline from the supplier of the gas.\n\n"
            "In Berlin, Chancellor Angela Merkel's spokesman condemned Navalny's arrest but said the government's "
            "position was unchanged and that it still wanted the pipeline finished.\n\n"
            "Poland's government welcomed the vote. Warsaw has fought the project for years, arguing that it would let "
            "Moscow bypass Ukraine and put pressure on its neighbours."
        ),
        "claims": [
            ("eu-commission", "ns2-operates", C, "the line could only run if it complied fully with European energy law", True),
            ("eu-commission", "ns2-eu-rules", S, "including rules that separate the owner of a pipeline from the supplier of the gas", True),
            ("germany", "ns2-operates", S, "it still wanted the pipeline finished", True),
            ("poland", "ns2-operates", O, "Poland's government welcomed the vote", True),
        ],
    },
    {
        "id": "003",
        "published": "2021-02-19T23:00:00Z",
        "outlet": "keystone-report",
        "slug": "first-biden-pipeline-report-names-no-new-targets",
        "title": "Biden's first Nord Stream 2 report names no new targets, angering Republicans",
        "text": (
            "WASHINGTON, Feb 19 (Keystone Report) - The Biden administration on Friday sent Congress its first "
            "required report on Nord Stream 2, naming only the vessel Fortuna and its Russian owner, both sanctioned "
            "last month, and adding no new companies.\n\n"
            "A State Department spokesman said the administration considered the pipeline a bad deal for Germany, "
            "Ukraine and Europe and would keep examining other firms involved in the project for possible "
            "penalties.\n\n"
            "Republican senators said that was not enough. Ted Cruz of Texas, who wrote the sanctions provisions "
            "passed in the last two defense bills, said the report ignored dozens of ships and insurers and accused "
            "the White House of going soft on Moscow. Jim Risch, the top Republican on the Senate Foreign Relations "
            "Committee, said he would ask the State Department for a classified briefing.\n\n"
            "People familiar with the review said officials were wary of hitting German firms while the new "
            "president tries to repair ties with Berlin. The White House declined to say when the next decision "
            "would come."
        ),
        "claims": [
            ("usa", "ns2-operates", O, "considered the pipeline a bad deal for Germany, Ukraine and Europe", True),
            ("usa", "us-drops-sanctions", O, "would keep examining other firms involved in the project for possible penalties", True),
            ("senate-republicans", "us-drops-sanctions", O, "the report ignored dozens of ships and insurers", True),
        ],
    },
    {
        "id": "004",
        "published": "2021-03-18T19:20:00Z",
        "outlet": "amber-wire",
        "slug": "blinken-tells-companies-to-quit-nord-stream-2",
        "title": "US tells companies to quit Nord Stream 2 or face sanctions",
        "text": (
            "WASHINGTON, March 18 (Amber Wire) - Secretary of State Antony Blinken warned on Thursday that any company "
            "involved in Nord Stream 2 risked US sanctions and should abandon work on the pipeline immediately.\n\n"
            "In a written statement, Blinken said the administration was committed to complying with the sanctions "
            "laws passed by Congress and that the State Department was tracking efforts to complete the project. He "
            "called the pipeline a bad deal that divides Europe and exposes Ukraine and Central Europe to Russian "
            "pressure.\n\n"
            "Dozens of insurers and engineering firms have already pulled out, but the Russian-owned vessels laying "
            "the last stretches in Danish waters are beyond the easy reach of US measures.\n\n"
            "Nord Stream 2 AG, the Swiss-registered operator owned by Gazprom, said construction was continuing and "
            "that it expected to finish this year. Kremlin spokesman Dmitry Peskov said the project was a commercial "
            "venture that would be completed.\n\n"
            "Some analysts read the statement as a sign that Washington might yet target the operator itself, though "
            "officials gave no hint of new names."
        ),
        "claims": [
            ("usa", "us-drops-sanctions", O, "any company involved in Nord Stream 2 risked US sanctions", True),
            ("usa", "ns2-operates", O, "called the pipeline a bad deal that divides Europe", True),
            ("russia", "ns2-operates", S, "the project was a commercial venture that would be completed", True),
        ],
    },
    {
        "id": "005",
        "published": "2021-04-08T10:00:00Z",
        "outlet": "crossroads-daily",
        "slug": "pipe-laying-ships-work-through-danish-waters",
        "title": "Pipe-laying ships work through Danish waters as Nord Stream 2 nears the end",
        "text": (
            "COPENHAGEN, April 8 (Crossroads Daily) - Russian pipe-laying vessels are working on the remaining "
            "sections of Nord Stream 2 southeast of the Danish island of Bornholm, according to notices to shipping "
            "published by the Danish Maritime Authority, which asked other ships to keep clear of the work zone.\n\n"
            "The twin pipeline, about 1,230 km long, runs from the Russian coast near Ust-Luga to Lubmin in "
            "northeastern Germany. More than nine tenths of it has been laid, leaving gaps in Danish and German "
            "waters.\n\n"
            "Denmark's energy agency granted the permit for the Danish route in 2019 after a long review, and Danish "
            "officials have repeatedly said their role is limited to safety and environmental checks.\n\n"
            "Shipping data showed pipe-laying and supply vessels moving slowly along the route this week. The Danish "
            "navy has monitored the area as part of routine patrols.\n\n"
            "Industry analysts said the remaining distance could be covered within months if the weather holds, "
            "though they cautioned that insurance and certification work could take longer. The operator did not "
            "respond to questions about the timetable."
        ),
        "claims": [],
    },
    {
        "id": "006",
        "published": "2021-04-14T15:10:00Z",
        "outlet": "tidewater-times",
        "slug": "ukraine-asks-washington-to-go-further",
        "title": "Ukraine asks Washington to go further on Nord Stream 2 as troops mass on its border",
        "text": (
            "KYIV, April 14 (Tidewater Times) - Ukraine urged the United States on Wednesday to use every sanction "
            "available to stop Nord Stream 2, saying the pipeline would leave the country exposed as Russian troops "
            "gather near its borders.\n\n"
            "Foreign Minister Dmytro Kuleba said the project was a weapon aimed at Ukraine and Europe rather than a "
            "business venture, and that Kyiv expected its partners to halt it before the last pipes were laid.\n\n"
            "State energy company Naftogaz said in a statement that Ukraine's transit contract with Gazprom, which runs "
            "to the end of 2024, had to be extended if Europe wanted to stop Russia from cutting Ukraine out. Without a "
            "new deal, it said, the country stood to lose transit fees worth billions of dollars a year.\n\n"
            "The appeal followed a telephone call between President Volodymyr Zelensky and President Joe Biden earlier "
            "this month. Diplomats in Kyiv said Ukrainian officials were frustrated that Washington had not yet named "
            "the operator company in its sanctions.\n\n"
            "Moscow has denied any plan to attack Ukraine and says the troop movements are exercises on its own "
            "territory."
        ),
        "claims": [
            ("ukraine", "us-drops-sanctions", O, "urged the United States on Wednesday to use every sanction available", True),
            ("ukraine", "ns2-operates", O, "Kyiv expected its partners to halt it before the last pipes were laid", True),
            ("ukraine", "ukraine-transit-beyond-2024", S, "had to be extended if Europe wanted to stop Russia from cutting Ukraine out", True),
        ],
    },
    {
        "id": "007",
        "published": "2021-05-19T22:15:00Z",
        "outlet": "keystone-report",
        "slug": "us-waives-sanctions-on-nord-stream-2-operator",
        "title": "US waives sanctions on Nord Stream 2 operator and its chief, sparing Berlin",
        "text": (
            "WASHINGTON, May 19 (Keystone Report) - The Biden administration on Wednesday waived sanctions on Nord "
            "Stream 2 AG, the company building the Russian gas pipeline to Germany, and on its chief executive "
            "Matthias Warnig, saying that penalising them would damage relations with Berlin.\n\n"
            "In a report to Congress, the State Department listed four Russian entities and 13 vessels for sanctions, "
            "but used a national-interest waiver to spare the operator and its top managers. Secretary of State Antony "
            "Blinken said the administration's opposition to the pipeline was unwavering and that the waiver was meant "
            "to rebuild trust with European allies.\n\n"
            "Republicans reacted with fury. Senator Ted Cruz said the decision handed Russian President Vladimir Putin "
            "a victory that would last for a generation, and Jim Risch said the waiver undercut years of bipartisan "
            "work to stop the project.\n\n"
            "Under the law, a waiver can be revoked at any time. Construction of the pipeline is more than 90 percent "
            "complete, according to the operator."
        ),
        "claims": [
            ("usa", "us-drops-sanctions", S, "waived sanctions on Nord Stream 2 AG, the company building the Russian gas pipeline", True),
            ("usa", "ns2-operates", O, "the administration's opposition to the pipeline was unwavering", True),
            ("senate-republicans", "us-drops-sanctions", O, "Risch said the waiver undercut years of bipartisan work to stop the project", True),
        ],
    },
    {
        "id": "008",
        "published": "2021-05-20T13:40:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "berlin-welcomes-us-waiver",
        "title": "Berlin welcomes US waiver as Kremlin takes note",
        "text": (
            "BERLIN, May 20 (Lindenhall Gazette) - Germany welcomed on Thursday the US decision to spare the operator "
            "of Nord Stream 2 from sanctions, with Foreign Minister Heiko Maas calling it a constructive step that "
            "Berlin would answer with closer talks on energy security in eastern Europe.\n\n"
            "Maas said Germany would work with Washington on the consequences of the pipeline for Ukraine. Chancellor "
            "Angela Merkel's spokesman said the government had nothing to add.\n\n"
            "In Moscow, Kremlin spokesman Dmitry Peskov said Russia had noticed the waiver and saw it as a positive "
            "signal, while repeating that it regarded all US sanctions on the project as illegal.\n\n"
            "The decision drew fresh criticism in Warsaw. A Polish government spokesman said the United States was "
            "making a mistake that would reward Moscow, and that Warsaw would raise the waiver with the new US "
            "ambassador.\n\n"
            "The US Congress passed the sanctions laws with support from both parties, and several senators have "
            "threatened to force the issue."
        ),
        "claims": [
            ("germany", "us-drops-sanctions", S, "Foreign Minister Heiko Maas calling it a constructive step", True),
            ("russia", "us-drops-sanctions", S, "Russia had noticed the waiver and saw it as a positive signal", True),
            ("poland", "us-drops-sanctions", O, "the United States was making a mistake that would reward Moscow", True),
        ],
    },
    {
        "id": "009",
        "published": "2021-06-04T16:30:00Z",
        "outlet": "crossroads-daily",
        "slug": "putin-says-first-line-finished",
        "title": "Putin says first Nord Stream 2 line is finished, sets terms for Ukraine transit",
        "text": (
            "ST PETERSBURG, June 4 (Crossroads Daily) - President Vladimir Putin said on Friday that pipe-laying on "
            "the first of Nord Stream 2's two lines had been completed and that work on the second would follow within "
            "weeks.\n\n"
            "Speaking at the St Petersburg International Economic Forum, Putin said the project served Europe's "
            "interests and that US sanctions had only delayed it. Gas could start moving through the first line by the "
            "end of the year, he said.\n\n"
            "He said Russia was prepared to keep sending gas through Ukraine after the current transit contract "
            "expires in 2024, but only if European customers wanted the volumes and Kyiv showed what he called "
            "goodwill. He did not say what that would involve.\n\n"
            "Gazprom chief executive Alexei Miller, speaking on the sidelines, said the company was ready to meet "
            "demand from European buyers through all available routes.\n\n"
            "Western delegations were thinner than usual at the forum, which was held with pandemic restrictions in "
            "place."
        ),
        "claims": [
            ("russia", "ns2-operates", S, "Putin said the project served Europe's interests", True),
            ("russia", "ukraine-transit-beyond-2024", C, "but only if European customers wanted the volumes", True),
        ],
    },
    {
        "id": "010",
        "published": "2021-06-07T12:00:00Z",
        "outlet": "tidewater-times",
        "slug": "zelensky-learned-of-waiver-from-press",
        "title": "Zelensky says he learned of US pipeline waiver from the press",
        "text": (
            "KYIV, June 7 (Tidewater Times) - President Volodymyr Zelensky said he was surprised and disappointed by "
            "Washington's decision to waive sanctions on the company building Nord Stream 2, and that he had learned "
            "of it from news reports rather than from US officials.\n\n"
            "In an interview published on Monday, Zelensky said the pipeline was a dangerous weapon aimed at Ukraine "
            "and that the sanctions on the operator should be restored. He said Biden had told him in earlier "
            "conversations that he opposed the project, and he asked to meet the US president before Biden's summit "
            "with Putin in Geneva on June 16.\n\n"
            "The White House said the two leaders would meet at a later date but gave no timing.\n\n"
            "Ukraine stands to lose transit fees worth billions of dollars a year if Russia stops shipping gas "
            "through its network after 2024.\n\n"
            "Zelensky also renewed his request for a clear timetable for Ukraine's membership of NATO."
        ),
        "claims": [
            ("ukraine", "us-drops-sanctions", O, "the sanctions on the operator should be restored", True),
            ("ukraine", "ns2-operates", O, "the pipeline was a dangerous weapon aimed at Ukraine", True),
            ("usa", "ns2-operates", O, "Biden had told him in earlier conversations that he opposed the project", False),
        ],
    },
    {
        "id": "011",
        "published": "2021-06-08T21:20:00Z",
        "outlet": "amber-wire",
        "slug": "blinken-defends-waiver-cruz-blocks-nominees",
        "title": "Blinken defends pipeline waiver as Cruz vows to block nominees",
        "text": (
            "WASHINGTON, June 8 (Amber Wire) - Secretary of State Antony Blinken defended the decision to spare the "
            "Nord Stream 2 operator from sanctions on Tuesday, telling senators that the pipeline was already more than "
            "90 percent built when the administration took office.\n\n"
            "Blinken told the Senate Foreign Relations Committee that sanctioning the company would not have stopped "
            "the project and would have damaged relations with Germany when Washington needed European partners on "
            "Russia and China. He said the administration still regarded the pipeline as a bad idea.\n\n"
            "Senator Ted Cruz said he would block State Department nominees until the sanctions were imposed. Jeanne "
            "Shaheen, a Democrat who co-wrote the sanctions law with Cruz, said she was disappointed by the waiver but "
            "would not join the blockade.\n\n"
            "The committee's chairman, Democrat Bob Menendez, urged Blinken to keep the threat of sanctions alive. "
            "Blinken did not say whether the waiver would be reviewed."
        ),
        "claims": [
            ("usa", "us-drops-sanctions", S, "sanctioning the company would not have stopped the project", True),
            ("usa", "ns2-operates", O, "the administration still regarded the pipeline as a bad idea", True),
            ("senate-republicans", "us-drops-sanctions", O, "he would block State Department nominees until the sanctions were imposed", True),
        ],
    },
    {
        "id": "012",
        "published": "2021-07-15T21:00:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "biden-merkel-agree-to-disagree",
        "title": "Biden and Merkel agree to disagree on Nord Stream 2",
        "text": (
            "WASHINGTON, July 15 (Lindenhall Gazette) - President Joe Biden and Chancellor Angela Merkel failed to "
            "settle their dispute over Nord Stream 2 on Thursday, with Biden telling a joint news conference at the "
            "White House that good friends can disagree.\n\n"
            "Biden said he had restated his concerns about the pipeline during their talks and still believed it was a "
            "mistake, but added that sanctions against German partners made no sense with the project almost "
            "complete.\n\n"
            "Merkel, on her last official visit to Washington as chancellor, said Germany saw the pipeline as an "
            "additional route for gas and not a replacement for shipments through Ukraine. She said Germany would not "
            "accept Ukraine losing its role as a transit country, and that Berlin would act if Russia did not respect "
            "Ukraine's right to transit.\n\n"
            "Officials from both governments are working on a joint statement expected within days. A German official "
            "said the talks were about guarantees for Kyiv, not about the pipeline's future."
        ),
        "claims": [
            ("usa", "ns2-operates", O, "still believed it was a mistake", True),
            ("usa", "us-drops-sanctions", S, "sanctions against German partners made no sense with the project almost complete", True),
            ("germany", "ns2-operates", S, "Germany saw the pipeline as an additional route for gas", True),
            ("germany", "ukraine-transit-beyond-2024", S, "Germany would not accept Ukraine losing its role as a transit country", True),
        ],
    },
    {
        "id": "013",
        "published": "2021-07-21T18:30:00Z",
        "outlet": "keystone-report",
        "slug": "us-germany-strike-nord-stream-2-deal",
        "title": "US, Germany strike Nord Stream 2 deal with pledges for Ukraine",
        "text": (
            "WASHINGTON, July 21 (Keystone Report) - The United States and Germany announced an agreement on Wednesday "
            "on Nord Stream 2, ending a dispute that had strained relations for years, with Berlin taking on "
            "commitments meant to shield Ukraine and Europe from Russian energy pressure.\n\n"
            "In a joint statement, the two governments said Germany would use all available leverage to help extend "
            "Ukraine's gas transit contract with Russia by up to ten years. If Moscow tries to use energy as a weapon, "
            "Germany will take action on its own and press for effective measures at the European level, including "
            "sanctions, the statement said.\n\n"
            "Germany also pledged at least $175 million to a new fund meant to raise $1 billion for Ukraine's "
            "transition to green energy. Details of the fund are to be worked out with Kyiv in the coming months.\n\n"
            "State Department spokesman Ned Price said the administration still considered the pipeline a bad deal "
            "but had concluded that sanctions could no longer stop it."
        ),
        "claims": [
            ("germany", "ukraine-transit-beyond-2024", S, "Germany would use all available leverage to help extend Ukraine's gas transit contract", True),
            ("usa", "ukraine-transit-beyond-2024", S, "to help extend Ukraine's gas transit contract with Russia by up to ten years", True),
            ("usa", "ns2-operates", O, "the administration still considered the pipeline a bad deal", True),
            ("usa", "us-drops-sanctions", S, "had concluded that sanctions could no longer stop it", True),
        ],
    },
    {
        "id": "014",
        "published": "2021-07-21T21:40:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "ukraine-poland-say-pipeline-deal-deepens-threat",
        "title": "Ukraine and Poland say US-German pipeline deal deepens threat",
        "text": (
            "KYIV, July 21 (Lindenhall Gazette) - Ukraine and Poland said on Wednesday that the US-German understanding "
            "on Nord Stream 2 had created a political, military and energy threat for Ukraine and Central Europe, and "
            "urged both allies to deal with the security crisis around the pipeline.\n\n"
            "In a joint statement, foreign ministers Dmytro Kuleba and Zbigniew Rau said the decision to let the "
            "pipeline be finished would strengthen Russia's ability to destabilise the region. They said the "
            "commitments made by Berlin were not enough to cover the risks.\n\n"
            "The two ministers said they would work with partners to oppose the pipeline until it was stopped, and "
            "called on Washington and Berlin to hold talks with Kyiv and Warsaw.\n\n"
            "The White House said President Joe Biden would host President Volodymyr Zelensky on Aug. 30, the "
            "Ukrainian leader's first visit since Biden took office. German officials said Berlin remained ready to "
            "discuss Ukraine's concerns."
        ),
        "claims": [
            ("ukraine", "ns2-operates", O, "would work with partners to oppose the pipeline until it was stopped", True),
            ("poland", "ns2-operates", O, "had created a political, military and energy threat for Ukraine and Central Europe", True),
        ],
    },
    {
        "id": "015",
        "published": "2021-07-21T22:55:00Z",
        "outlet": "amber-wire",
        "slug": "kyiv-warsaw-condemn-us-german-pipeline-accord",
        "title": "Kyiv and Warsaw condemn US-German pipeline accord",
        "text": (
            "KYIV, July 21 (Amber Wire) - Ukraine and Poland said on Wednesday that the understanding reached by the "
            "United States and Germany on Nord Stream 2 had created a political, military and energy threat for "
            "Ukraine and Central Europe, and called on both allies to address the security crisis around the "
            "pipeline.\n\n"
            "In a joint statement, foreign ministers Dmytro Kuleba and Zbigniew Rau said that allowing the pipeline to "
            "be completed would strengthen Russia's ability to destabilise the region, and that Berlin's commitments "
            "did not cover the risks.\n\n"
            "The ministers said they would work with partners to oppose the pipeline until it was stopped, and asked "
            "Washington and Berlin for talks with Kyiv and Warsaw.\n\n"
            "The White House said President Joe Biden would receive President Volodymyr Zelensky on Aug. 30, his first "
            "visit since Biden took office. German officials said Berlin was ready to discuss Ukraine's concerns."
        ),
        "claims": [
            ("ukraine", "ns2-operates", O, "would work with partners to oppose the pipeline until it was stopped", True),
            ("poland", "ns2-operates", O, "had created a political, military and energy threat for Ukraine and Central Europe", True),
        ],
    },
    {
        "id": "016",
        "published": "2021-08-20T17:00:00Z",
        "outlet": "crossroads-daily",
        "slug": "putin-tells-merkel-transit-could-continue",
        "title": "Putin tells Merkel Ukraine transit could continue as pipeline nears completion",
        "text": (
            "MOSCOW, Aug 20 (Crossroads Daily) - Russian President Vladimir Putin said on Friday that Russia was ready "
            "to keep shipping gas through Ukraine after 2024, provided that European buyers sign up for enough volumes "
            "to make the route worthwhile, as he hosted Chancellor Angela Merkel at the Kremlin on her farewell "
            "visit.\n\n"
            "Putin told a news conference that only about 15 km of Nord Stream 2 remained to be laid. He said Russia "
            "would honour its current transit contract in full.\n\n"
            "Merkel said Germany wanted Ukraine to remain a transit country after the current contract expires, and "
            "that gas must never be used as a weapon. She said she would raise the matter in Kyiv on Sunday.\n\n"
            "Ukraine has called for the transit contract to be extended by ten years or more. Analysts said Moscow "
            "might use the offer to press Berlin for a quick certification of the new line."
        ),
        "claims": [
            ("russia", "ukraine-transit-beyond-2024", C, "provided that European buyers sign up for enough volumes", True),
            ("germany", "ukraine-transit-beyond-2024", S, "Germany wanted Ukraine to remain a transit country", True),
            ("ukraine", "ukraine-transit-beyond-2024", S, "Ukraine has called for the transit contract to be extended", False),
        ],
    },
    {
        "id": "017",
        "published": "2021-08-25T14:00:00Z",
        "outlet": "keystone-report",
        "slug": "german-court-rejects-nord-stream-2-exemption-bid",
        "title": "German court rejects Nord Stream 2 bid to escape EU gas rules",
        "text": (
            "DUSSELDORF, Aug 25 (Keystone Report) - A German court on Wednesday rejected Nord Stream 2's attempt to win "
            "an exemption from European Union gas market rules, a setback that could complicate the pipeline's path "
            "to operation.\n\n"
            "The Higher Regional Court in Dusseldorf upheld a 2020 decision by Germany's Federal Network Agency, which "
            "had refused to exempt the pipeline from rules requiring that ownership of the line be separated from the "
            "supply of gas through it.\n\n"
            "Nord Stream 2 AG said it disagreed with the ruling and would study it before deciding whether to appeal "
            "to the Federal Court of Justice. The company has argued that the rules, amended in 2019, were drawn up to "
            "target its project after the investment had been made.\n\n"
            "The Federal Network Agency said the ruling confirmed its view that the pipeline must be run by an "
            "independent operator under the rules.\n\n"
            "Under the EU rules, Gazprom cannot both own the pipeline and supply the gas that flows through it unless "
            "a separate operator is created."
        ),
        "claims": [
            ("russia", "ns2-eu-rules", O, "Nord Stream 2 AG said it disagreed with the ruling", True),
            ("germany", "ns2-eu-rules", S, "the pipeline must be run by an independent operator under the rules", True),
        ],
    },
    {
        "id": "018",
        "published": "2021-09-10T13:20:00Z",
        "outlet": "amber-wire",
        "slug": "gazprom-declares-nord-stream-2-finished",
        "title": "Nord Stream 2 ready to pump gas as Gazprom declares pipeline finished",
        "text": (
            "MOSCOW, Sept 10 (Amber Wire) - Gazprom said on Friday that construction of Nord Stream 2 had been "
            "completed, ending a project that has divided Europe and strained ties between Berlin and Washington for "
            "years.\n\n"
            "Gazprom chief executive Alexei Miller told a meeting at the company's headquarters that gas shipments "
            "could begin once the remaining approvals were obtained. The line still needs certification from Germany's "
            "energy regulator before it can carry commercial volumes, a process that can take up to four months.\n\n"
            "Kremlin spokesman Dmitry Peskov declined to say when the first gas would flow.\n\n"
            "Ukraine's Naftogaz said it would seek to take part in the certification process and argue that the "
            "pipeline should not be approved. Poland's state gas company PGNiG has applied to join the proceedings, "
            "saying the line threatens the region's security of supply.\n\n"
            "Washington, which waived sanctions on the operator in May, has no plans to impose new ones."
        ),
        "claims": [
            ("russia", "ns2-operates", S, "gas shipments could begin once the remaining approvals were obtained", True),
            ("ukraine", "ns2-operates", O, "argue that the pipeline should not be approved", True),
            ("poland", "ns2-operates", O, "saying the line threatens the region's security of supply", True),
            ("usa", "us-drops-sanctions", S, "has no plans to impose new ones", False),
        ],
    },
    {
        "id": "019",
        "published": "2021-09-22T09:00:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "pipeline-splits-candidates-in-succession-race",
        "title": "Pipeline splits candidates in race to succeed Merkel",
        "text": (
            "BERLIN, Sept 22 (Lindenhall Gazette) - Nord Stream 2 has become one of the few foreign policy questions "
            "dividing the candidates to succeed Angela Merkel, four days before Germans vote in a parliamentary "
            "election whose outcome could decide whether the finished pipeline ever carries gas.\n\n"
            "Annalena Baerbock, the Greens' candidate for chancellor, has said during the campaign that the project "
            "should not be allowed to operate, arguing that it runs against Europe's climate goals and strengthens "
            "Moscow's hand. Her party is expected to join the next government in some form.\n\n"
            "Olaf Scholz, the Social Democrat finance minister who leads the polls, has avoided a clear position in "
            "television debates, and his campaign declined to say how he would handle the certification. Armin Laschet "
            "of Merkel's conservatives has backed the project.\n\n"
            "Analysts said a coalition including the Greens could push for a tougher line, but noted that the "
            "regulator, not the chancellery, would formally decide. Diplomats in Berlin said Washington and Warsaw "
            "were watching the election closely.\n\n"
            "The Federal Network Agency has until early January to issue a draft decision."
        ),
        "claims": [],
    },
    {
        "id": "020",
        "published": "2021-10-13T16:45:00Z",
        "outlet": "crossroads-daily",
        "slug": "putin-denies-gas-squeeze",
        "title": "Putin denies gas squeeze, says quick Nord Stream 2 approval would cool prices",
        "text": (
            "MOSCOW, Oct 13 (Crossroads Daily) - President Vladimir Putin rejected accusations on Wednesday that Russia "
            "was holding back gas to push Europe into approving Nord Stream 2, and said faster certification of the "
            "pipeline would help bring down record prices.\n\n"
            "Price spikes across Europe, where wholesale gas has more than tripled since the summer, have led some "
            "members of the European Parliament to accuse Gazprom of withholding supply. Putin told an energy "
            "conference in Moscow that Russia was meeting all of its contracts and was ready to supply more if "
            "customers asked.\n\n"
            "In Brussels, European Commission energy chief Kadri Simson said there was no evidence that Gazprom had "
            "breached its contracts, but that Nord Stream 2 would get no shortcut. She said the pipeline would be "
            "certified only if it met every requirement of EU law, whatever the level of prices.\n\n"
            "The International Energy Agency has said Russia could send more gas through existing routes."
        ),
        "claims": [
            ("russia", "ns2-operates", S, "faster certification of the pipeline would help bring down record prices", True),
            ("eu-commission", "ns2-operates", C, "the pipeline would be certified only if it met every requirement of EU law", True),
            ("eu-commission", "ns2-eu-rules", S, "Nord Stream 2 would get no shortcut", True),
        ],
    },
    {
        "id": "021",
        "published": "2021-10-26T15:00:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "german-ministry-finds-no-supply-risk",
        "title": "German ministry finds Nord Stream 2 no risk to gas supply",
        "text": (
            "BERLIN, Oct 26 (Lindenhall Gazette) - Germany's economy ministry concluded on Tuesday that certifying "
            "Nord Stream 2's operator would not endanger the security of gas supply to Germany or the European Union, "
            "clearing one step in the approval process.\n\n"
            "The ministry sent its assessment to the Federal Network Agency, which has until early January to reach a "
            "draft decision. The European Commission will then have up to four months to give its opinion.\n\n"
            "The regulator has admitted Ukraine's Naftogaz and Poland's PGNiG as parties to the proceedings. Naftogaz "
            "said it would argue that the operator should not be certified at all. "
            "PGNiG said the pipeline must be subject to the EU unbundling rules in full.\n\n"
            "The certification has become entangled in Europe's energy crunch, with wholesale prices near record "
            "highs. Gas prices eased slightly this week after Moscow signalled extra supplies for November."
        ),
        "claims": [
            ("germany", "ns2-operates", S, "certifying Nord Stream 2's operator would not endanger the security of gas supply", True),
            ("ukraine", "ns2-operates", O, "Naftogaz said it would argue that the operator should not be certified at all", True),
            ("poland", "ns2-eu-rules", S, "the pipeline must be subject to the EU unbundling rules in full", True),
        ],
    },
    {
        "id": "022",
        "published": "2021-11-16T13:30:00Z",
        "outlet": "keystone-report",
        "slug": "german-regulator-suspends-nord-stream-2-approval",
        "title": "German regulator suspends Nord Stream 2 approval, gas prices jump",
        "text": (
            "BONN, Nov 16 (Keystone Report) - Germany's Federal Network Agency suspended its certification of Nord "
            "Stream 2 on Tuesday, saying the Swiss-based operator must first set up a German company to own and run "
            "the section of the pipeline in German waters.\n\n"
            "The regulator said the procedure would stay suspended until the main assets and staff had been "
            "transferred to the new subsidiary, and that certification could only resume once the company had been "
            "organised under German law. European gas prices rose about 17 percent after the announcement.\n\n"
            "Nord Stream 2 AG said it had decided to set up a subsidiary in Germany for that stretch of the line and "
            "was ready to meet the regulator's requirements there, while maintaining that EU unbundling rules should "
            "not apply to the offshore sections. It declined to say how long the delay would last.\n\n"
            "Kremlin spokesman Dmitry Peskov said Russia hoped the pipeline would start operating as soon as possible "
            "and denied that Moscow was using gas supplies to speed up the process.\n\n"
            "Analysts said the suspension would push any first gas into the second half of 2022."
        ),
        "claims": [
            ("germany", "ns2-operates", C, "certification could only resume once the company had been organised under German law", True),
            ("germany", "ns2-eu-rules", S, "must first set up a German company to own and run the section", True),
            ("russia", "ns2-eu-rules", C, "was ready to meet the regulator's requirements there", True),
            ("russia", "ns2-operates", S, "Russia hoped the pipeline would start operating as soon as possible", True),
        ],
    },
    {
        "id": "023",
        "published": "2021-11-22T21:10:00Z",
        "outlet": "amber-wire",
        "slug": "us-adds-russian-ship-leaves-operator-untouched",
        "title": "US adds Russian ship to Nord Stream 2 blacklist, leaves operator untouched",
        "text": (
            "WASHINGTON, Nov 22 (Amber Wire) - The United States on Monday imposed sanctions on a Russia-linked "
            "shipping company and one of its vessels for their work on Nord Stream 2, but left in place the waiver "
            "that shields the pipeline's operator, Nord Stream 2 AG.\n\n"
            "Secretary of State Antony Blinken said in a statement that the administration continued to oppose the "
            "pipeline and would keep working with Germany and Ukraine to reduce the risks it posed. The State "
            "Department denied that it had softened its stance, noting that it had now listed eight people and 17 "
            "vessels under the sanctions law.\n\n"
            "Republicans dismissed the move as a token gesture. Senator Ted Cruz said the administration was shielding "
            "Putin's pet project and renewed his push to attach mandatory sanctions to the annual defense bill. Senate "
            "Democrats have resisted including such a measure.\n\n"
            "Germany's foreign ministry declined to comment on the new listings."
        ),
        "claims": [
            ("usa", "ns2-operates", O, "the administration continued to oppose the pipeline", True),
            ("usa", "us-drops-sanctions", S, "left in place the waiver that shields the pipeline's operator", True),
            ("senate-republicans", "us-drops-sanctions", O, "the administration was shielding Putin's pet project", True),
            ("senate-republicans", "cruz-sanctions-bill", S, "renewed his push to attach mandatory sanctions to the annual defense bill", True),
        ],
    },
    {
        "id": "024",
        "published": "2021-12-12T19:00:00Z",
        "outlet": "tidewater-times",
        "slug": "baerbock-says-pipeline-cannot-be-approved",
        "title": "Baerbock says Nord Stream 2 cannot be approved as things stand",
        "text": (
            "BERLIN, Dec 12 (Tidewater Times) - Germany's new foreign minister, Annalena Baerbock, said on Sunday that "
            "Nord Stream 2 could not be approved at present because it did not meet the requirements of European "
            "energy law.\n\n"
            "In a television interview days after taking office, Baerbock said the pipeline would have to comply with "
            "EU rules before any certification, and that security questions also remained open. She added that the "
            "new coalition had agreed that European law applied to energy projects in Germany.\n\n"
            "Her remarks went further than those of Chancellor Olaf Scholz, who has described the certification as a "
            "matter for the regulator. During the election campaign, as leader of the Greens, she had called for the "
            "project to be stopped outright.\n\n"
            "The regulator's review has been on hold since last month. The Kremlin did not immediately comment."
        ),
        "claims": [
            ("germany", "ns2-operates", C, "could not be approved at present because it did not meet the requirements", True),
            ("germany", "ns2-eu-rules", S, "the pipeline would have to comply with EU rules before any certification", True),
        ],
    },
    {
        "id": "025",
        "published": "2021-12-16T15:00:00Z",
        "outlet": "keystone-report",
        "slug": "regulator-says-no-decision-before-mid-2022",
        "title": "Regulator says no Nord Stream 2 decision before mid-2022",
        "text": (
            "BONN, Dec 16 (Keystone Report) - The head of Germany's Federal Network Agency, Jochen Homann, said on "
            "Thursday that a decision on certifying Nord Stream 2 would not come in the first half of next year, "
            "pushing back the earliest date at which gas could flow through the new pipeline.\n\n"
            "Homann told reporters that once the operator had submitted complete documents for its new German "
            "subsidiary, the law gave the agency four months to prepare a draft, which then goes to the European "
            "Commission for an opinion. He said the timetable reflected the procedure set out in law and gave no "
            "indication of how the agency would rule.\n\n"
            "The review has been on hold since November, when the agency asked the operator to set up the "
            "subsidiary.\n\n"
            "European gas prices hit a new record after the comments, with traders betting on a tight winter. The "
            "subsidiary, based in the northern city of Schwerin, has begun hiring staff, according to job "
            "advertisements seen by Keystone Report."
        ),
        "claims": [],
    },
    {
        "id": "026",
        "published": "2021-12-16T20:00:00Z",
        "outlet": "crossroads-daily",
        "slug": "scholz-calls-pipeline-private-project",
        "title": "Scholz calls Nord Stream 2 a private project as EU leaders warn Moscow",
        "text": (
            "BRUSSELS, Dec 16 (Crossroads Daily) - Chancellor Olaf Scholz described Nord Stream 2 on Thursday as a "
            "private-sector project and said an independent authority would decide on its approval in an entirely "
            "non-political way, and he did not say whether its fate was linked to the crisis over Ukraine.\n\n"
            "Speaking at his first EU summit, Scholz said there would be a high price to pay if Russia violated "
            "Ukraine's borders, but did not say whether the pipeline would be part of any response. EU leaders agreed "
            "that any further Russian military aggression would have massive consequences.\n\n"
            "European Commission President Ursula von der Leyen told reporters that the pipeline would be assessed "
            "strictly under EU law and that the Commission would give its opinion only once the German regulator had "
            "finished its work.\n\n"
            "Diplomats at the summit said Poland and the Baltic states had pressed for a firmer reference to energy in "
            "the final text but had been overruled."
        ),
        "claims": [
            ("eu-commission", "ns2-eu-rules", S, "the pipeline would be assessed strictly under EU law", True),
        ],
    },
    {
        "id": "027",
        "published": "2022-01-13T23:30:00Z",
        "outlet": "amber-wire",
        "slug": "senate-blocks-cruz-bill",
        "title": "Senate blocks Cruz bill to sanction Nord Stream 2 as White House lobbies Democrats",
        "text": (
            "WASHINGTON, Jan 13 (Amber Wire) - The Senate on Thursday rejected Republican Senator Ted Cruz's bill to "
            "impose sanctions on Nord Stream 2 within 15 days, after the White House persuaded most Democrats that it "
            "would divide the United States from its European allies.\n\n"
            "The vote was 55-44, short of the 60 needed. Six Democrats joined Republicans in backing the measure, which "
            "Cruz secured in December in exchange for lifting his holds on dozens of ambassador nominees. Cruz said he "
            "would keep fighting to pass the measure.\n\n"
            "White House spokeswoman Jen Psaki said the bill would undermine unity with Europe at a critical moment. "
            "She said the waiver for the pipeline's operator would stay only as long as Russian forces stayed out of "
            "Ukraine.\n\n"
            "Ukraine's foreign minister, Dmytro Kuleba, said he regretted the result and that Kyiv still wanted the "
            "sanctions to pass. German diplomats had lobbied senators against the bill, according to two congressional "
            "aides.\n\n"
            "Democrats led by Bob Menendez have proposed an alternative that would trigger sanctions only after an "
            "invasion."
        ),
        "claims": [
            ("senate-republicans", "cruz-sanctions-bill", S, "Cruz said he would keep fighting to pass the measure", True),
            ("usa", "cruz-sanctions-bill", O, "the bill would undermine unity with Europe at a critical moment", True),
            ("usa", "us-drops-sanctions", C, "would stay only as long as Russian forces stayed out of Ukraine", True),
            ("ukraine", "cruz-sanctions-bill", S, "Kyiv still wanted the sanctions to pass", True),
            ("germany", "cruz-sanctions-bill", O, "German diplomats had lobbied senators against the bill", False),
        ],
    },
    {
        "id": "028",
        "published": "2022-01-18T17:00:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "scholz-signals-pipeline-could-be-hit",
        "title": "Scholz signals Nord Stream 2 could be hit if Russia attacks Ukraine",
        "text": (
            "BERLIN, Jan 18 (Lindenhall Gazette) - Chancellor Olaf Scholz said on Tuesday that everything would have to "
            "be discussed if Russia launched a military intervention in Ukraine, the clearest sign yet that Berlin "
            "could put Nord Stream 2 on the line.\n\n"
            "Speaking at a news conference with NATO Secretary-General Jens Stoltenberg, Scholz said any attack would "
            "carry high costs and that the pipeline's approval would not be shielded from that discussion. He repeated "
            "that the certification itself was a matter for the regulator under European law.\n\n"
            "Foreign Minister Annalena Baerbock, who met her Russian counterpart Sergei Lavrov in Moscow on Tuesday, "
            "said Germany would have no choice but to act if energy were used as a weapon.\n\n"
            "Lavrov told reporters that linking the pipeline to the situation around Ukraine was an attempt to "
            "politicise a commercial project, and that Russia expected Germany to keep its word on certification.\n\n"
            "Stoltenberg said NATO allies remained united."
        ),
        "claims": [
            ("germany", "ns2-operates", C, "the pipeline's approval would not be shielded from that discussion", True),
            ("russia", "ns2-operates", S, "Russia expected Germany to keep its word on certification", True),
        ],
    },
    {
        "id": "029",
        "published": "2022-02-03T12:00:00Z",
        "outlet": "crossroads-daily",
        "slug": "traders-bet-pipeline-stays-idle",
        "title": "Traders bet Nord Stream 2 will stay idle through winter",
        "text": (
            "LONDON, Feb 3 (Crossroads Daily) - Gas traders are betting that Nord Stream 2 will carry no gas this "
            "winter and possibly not this year, as the standoff over Ukraine deepens and the German approval process "
            "remains on hold.\n\n"
            "Benchmark Dutch gas futures for delivery next winter have climbed in recent days, and several brokers "
            "said the market had stopped pricing in any flows through the new pipeline in 2022.\n\n"
            "\"Nobody is trading on the assumption that it opens,\" said one London-based broker, who asked not to be "
            "named. Analysts at two banks said the project could become a bargaining chip in any sanctions package, "
            "but cautioned that the final decision rested with politicians in Berlin and Brussels.\n\n"
            "A spokesman for the Federal Network Agency declined to say when the review might resume. Gazprom, which "
            "has kept flows through Ukraine near the contractual minimum, did not respond to a request for comment.\n\n"
            "Storage sites in Germany were about 40 percent full, well below the average for the time of year."
        ),
        "claims": [],
    },
    {
        "id": "030",
        "published": "2022-02-07T23:00:00Z",
        "outlet": "tidewater-times",
        "slug": "biden-vows-to-end-nord-stream-2",
        "title": "Biden vows to end Nord Stream 2",
        "text": (
            "WASHINGTON, Feb 7 (Tidewater Times) - President Joe Biden said on Monday that Nord Stream 2 would not go "
            "ahead if Russia invaded Ukraine, telling a joint news conference with Chancellor Olaf Scholz that the "
            "United States would bring an end to it.\n\n"
            "Asked how he could promise that when the pipeline was under German jurisdiction, Biden said he would not "
            "go into details but assured reporters that it would be done.\n\n"
            "Scholz, on his first visit to the White House as chancellor, declined to mention the pipeline by name. He "
            "said Germany and the United States were acting in complete unity and would take the same steps, and that "
            "it would not be wise to spell out every measure in advance.\n\n"
            "The exchange underscored the pressure on Scholz at home and abroad to say more. Germany has been "
            "criticised by some allies for refusing to send weapons to Ukraine.\n\n"
            "Officials said the two leaders also discussed energy supplies to Europe in case Russian gas deliveries "
            "are cut."
        ),
        "claims": [
            ("usa", "ns2-operates", O, "the United States would bring an end to it", True),
        ],
    },
    {
        "id": "031",
        "published": "2022-02-22T13:30:00Z",
        "outlet": "keystone-report",
        "slug": "germany-halts-nord-stream-2",
        "title": "Germany halts Nord Stream 2 after Russia recognises breakaway regions",
        "text": (
            "BERLIN, Feb 22 (Keystone Report) - Chancellor Olaf Scholz halted the certification of the Nord Stream 2 "
            "gas pipeline on Tuesday, a day after Russia recognised two separatist regions in eastern Ukraine as "
            "independent states and ordered troops into them.\n\n"
            "Scholz told reporters he had asked the economy ministry to withdraw its assessment that the pipeline posed "
            "no risk to the security of supply. Without that report, the Federal Network Agency cannot approve the "
            "line. The situation had fundamentally changed, he said.\n\n"
            "European Commission President Ursula von der Leyen welcomed the decision, saying Europe had to end its "
            "dependence on Russian gas.\n\n"
            "Ukraine's foreign minister, Dmytro Kuleba, called the step morally, politically and practically right. "
            "Poland's prime minister, Mateusz Morawiecki, said the project should be abandoned for good.\n\n"
            "European gas prices rose sharply on the news, and Gazprom shares fell in Moscow."
        ),
        "claims": [
            ("germany", "ns2-operates", O, "halted the certification of the Nord Stream 2 gas pipeline", True),
            ("eu-commission", "ns2-operates", O, "Ursula von der Leyen welcomed the decision", True),
            ("ukraine", "ns2-operates", O, "called the step morally, politically and practically right", True),
            ("poland", "ns2-operates", O, "the project should be abandoned for good", True),
        ],
    },
    {
        "id": "032",
        "published": "2022-02-22T15:05:00Z",
        "outlet": "lindenhall-gazette",
        "slug": "scholz-freezes-nord-stream-2-certification",
        "title": "Scholz freezes Nord Stream 2 over Russia's moves in eastern Ukraine",
        "text": (
            "BERLIN, Feb 22 (Lindenhall Gazette) - Chancellor Olaf Scholz on Tuesday halted the certification of the "
            "Nord Stream 2 gas pipeline, one day after Russia recognised two breakaway regions of eastern Ukraine as "
            "independent and sent troops into them.\n\n"
            "Scholz said he had instructed the economy ministry to withdraw its finding that the pipeline posed no risk "
            "to the security of supply, without which the Federal Network Agency cannot approve it. The situation had "
            "fundamentally changed, he told reporters.\n\n"
            "European Commission President Ursula von der Leyen welcomed the decision and said Europe had to end its "
            "dependence on Russian gas.\n\n"
            "Ukraine's foreign minister, Dmytro Kuleba, called the step morally, politically and practically right, "
            "and Polish Prime Minister Mateusz Morawiecki said the project should be abandoned for good.\n\n"
            "European gas prices jumped on the news, while Gazprom shares fell in Moscow."
        ),
        "claims": [
            ("germany", "ns2-operates", O, "halted the certification of the Nord Stream 2 gas pipeline", True),
            ("eu-commission", "ns2-operates", O, "Ursula von der Leyen welcomed the decision", True),
            ("ukraine", "ns2-operates", O, "called the step morally, politically and practically right", True),
            ("poland", "ns2-operates", O, "the project should be abandoned for good", True),
        ],
    },
    {
        "id": "033",
        "published": "2022-02-23T22:30:00Z",
        "outlet": "tidewater-times",
        "slug": "biden-sanctions-nord-stream-2-operator",
        "title": "Biden sanctions Nord Stream 2 operator, ending waiver",
        "text": (
            "WASHINGTON, Feb 23 (Tidewater Times) - President Joe Biden said on Wednesday he had directed his "
            "administration to impose sanctions on Nord Stream 2 AG and its corporate officers, ending the waiver that "
            "had shielded the pipeline's operator since May.\n\n"
            "In a statement, Biden said the step followed Germany's decision to halt certification of the pipeline and "
            "was part of the response to Russia's moves against Ukraine. He thanked Chancellor Olaf Scholz for his "
            "close cooperation and said the United States would keep raising the costs if Russia went further.\n\n"
            "Senator Ted Cruz said the sanctions should have been imposed a year ago and that the administration had "
            "wasted months of leverage. Jim Risch called for penalties on every company tied to the project.\n\n"
            "Nord Stream 2 AG did not respond to requests for comment. Authorities in the Swiss canton of Zug, where "
            "the company is registered, said they were examining the consequences for its staff."
        ),
        "claims": [
            ("usa", "us-drops-sanctions", O, "directed his administration to impose sanctions on Nord Stream 2 AG and its corporate officers", True),
            ("senate-republicans", "us-drops-sanctions", O, "the sanctions should have been imposed a year ago", True),
            ("germany", "ns2-operates", O, "Germany's decision to halt certification of the pipeline", False),
        ],
    },
]

# Duplicate pairs: (original, copy). Copies are published later the same day and carry identical claims.
DUPLICATES = [("014", "015"), ("031", "032")]

SHIFTS = [
    {
        "actor": "usa", "issue": "us-drops-sanctions", "from": O, "to": S, "article": "007",
        "why": "The State Department uses a national-interest waiver to spare Nord Stream 2 AG and its chief executive; "
               "through 001, 003 and 004 Washington sanctioned the builders and warned every company to quit.",
    },
    {
        "actor": "germany", "issue": "ns2-operates", "from": S, "to": C, "article": "022",
        "why": "The Federal Network Agency suspends certification, which can resume only once the operator is organised "
               "under German law; until 021 Berlin backed completion and cleared the supply-security step.",
    },
    {
        "actor": "russia", "issue": "ns2-eu-rules", "from": O, "to": C, "article": "022",
        "why": "Nord Stream 2 AG says it is ready to meet the regulator's requirements for the German section while still "
               "disputing EU unbundling offshore; in 017 it contested the court ruling that denied it an exemption.",
    },
    {
        "actor": "usa", "issue": "us-drops-sanctions", "from": S, "to": C, "article": "027",
        "why": "Psaki says the operator's waiver stays only as long as Russian forces stay out of Ukraine; from 007 to 023 "
               "the waiver was defended without a stated condition.",
    },
    {
        "actor": "germany", "issue": "ns2-operates", "from": C, "to": O, "article": "031",
        "why": "Scholz halts the certification by withdrawing the supply-security assessment; in 022, 024 and 028 approval "
               "was held up by conditions (German-law operator, EU law, no attack on Ukraine).",
    },
    {
        "actor": "eu-commission", "issue": "ns2-operates", "from": C, "to": O, "article": "031",
        "why": "Von der Leyen welcomes the halt; in 002 and 020 the Commission said the line could run only if it met EU law.",
    },
    {
        "actor": "usa", "issue": "us-drops-sanctions", "from": C, "to": O, "article": "033",
        "why": "Biden imposes sanctions on Nord Stream 2 AG and its officers, ending the waiver that in 027 was kept only "
               "while Russia stayed out of Ukraine.",
    },
]

STANCES = {S, O, C}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
          10: "Oct", 11: "Nov", 12: "Dec"}

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def parse_watchlist(path):
    """Minimal reader for this file's own layout (stdlib only, no YAML library)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("- {") else raw.rstrip()
            if not line.strip():
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*- id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*- \{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
            if section == "issues":
                key = line.strip().split(":", 1)[0]
                if key not in ("name", "description", "terms"):
                    fail(f"watchlist: unexpected issue field {key!r}")
    return actors, issues, baseline


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def write_outputs():
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for key, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == key), key=lambda a: a["published"], reverse=True)
        last = email.utils.format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{key}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set nord-stream-2-2021</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{last}</lastBuildDate>",
        ]
        for a in items:
            u = url_of(a)
            out += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(u)}</link>",
                f'      <guid isPermaLink="true">{escape(u)}</guid>',
                f"      <pubDate>{email.utils.format_datetime(parse_time(a['published']), usegmt=True)}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(fdir, key + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                for c in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def validate(labels):
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail(f"watchlist: {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        fail(f"watchlist: {len(issues)} issues (want 5-7)")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            fail(f"watchlist: bad baseline entry {b}")
    if not 30 <= len(ARTICLES) <= 34:
        fail(f"{len(ARTICLES)} articles (want 30-34)")

    prev = None
    for i, a in enumerate(ARTICLES, 1):
        aid = a["id"]
        if aid != f"{i:03d}":
            fail(f"{aid}: id out of sequence (expected {i:03d})")
        t = parse_time(a["published"])
        if prev and t <= prev:
            fail(f"{aid}: not in publication order")
        prev = t
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            fail(f"{aid}: {n} words (want 120-260)")
        m = re.match(r"^([A-Z][A-Z .'-]+), (\w+) (\d{1,2}) \(([^)]+)\) - \S", a["text"])
        if not m:
            fail(f"{aid}: missing dateline")
        else:
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                fail(f"{aid}: dateline date {m.group(2)} {m.group(3)} does not match {a['published']}")
            if m.group(4) != OUTLETS[a["outlet"]]:
                fail(f"{aid}: dateline outlet {m.group(4)!r} != {OUTLETS[a['outlet']]!r}")
        wd = t.strftime("%A")
        for day in re.findall(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", a["text"]):
            if day != wd and not (aid == "016" and day == "Sunday"):
                fail(f"{aid}: says 'on {day}' but is dated a {wd}")
        seen = set()
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                fail(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                fail(f"{aid}: unknown issue {issue}")
            if stance not in STANCES:
                fail(f"{aid}: bad stance {stance}")
            if not isinstance(attributed, bool):
                fail(f"{aid}: attributed must be boolean")
            if quote not in a["text"]:
                fail(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                fail(f"{aid}: quote longer than 15 words: {quote!r}")
            if (actor, issue) in seen:
                fail(f"{aid}: two claims for {actor}/{issue}")
            seen.add((actor, issue))

    for orig, copy in DUPLICATES:
        a1 = next(a for a in ARTICLES if a["id"] == orig)
        a2 = next(a for a in ARTICLES if a["id"] == copy)
        if a1["published"][:10] != a2["published"][:10] or a1["outlet"] == a2["outlet"]:
            fail(f"duplicate {orig}/{copy}: must be same day, different outlets")
        if [c[:3] for c in a1["claims"]] != [c[:3] for c in a2["claims"]]:
            fail(f"duplicate {orig}/{copy}: claims differ")

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from the baseline.
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            old = prevailing.get((actor, issue))
            if old is not None and old != stance:
                recomputed.append((actor, issue, old, stance, a["id"]))
            prevailing[(actor, issue)] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        fail("shifts differ from recomputation:\n  recomputed " + repr(recomputed) + "\n  labelled   " + repr(labelled))
    if not 5 <= len(SHIFTS) <= 8:
        fail(f"{len(SHIFTS)} shifts (want 5-8)")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        fail(f"{reversals} straight support/oppose reversals (max 2)")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    if not any(c in (orig, copy) for orig, copy in DUPLICATES for c in [s["article"] for s in SHIFTS]):
        fail("no duplicate pair contains a shift article")

    shift_articles = {s["article"] for s in SHIFTS}
    expected = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected:
        fail("no_alert_articles mismatch")

    claims = [c for a in ARTICLES for c in a["claims"]]
    counts = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    if not 60 <= len(claims) <= 90:
        fail(f"{len(claims)} claims (want 60-90)")
    if counts[C] < 6:
        fail(f"only {counts[C]} conditional claims (want >= 6)")
    if not all(counts.values()):
        fail("a stance is missing")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        fail(f"{len(empty)} no-claim articles (want 3-4)")

    xmllint = shutil.which("xmllint")
    if not xmllint:
        fail("xmllint not found")
    else:
        for key in OUTLETS:
            p = os.path.join(HERE, "feeds", key + ".xml")
            r = subprocess.run([xmllint, "--noout", p], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"xmllint {key}.xml: {r.stderr.strip()}")

    unattributed = sum(1 for c in claims if not c[4])
    print(f"articles: {len(ARTICLES)}  claims: {len(claims)} "
          f"(support {counts[S]}, oppose {counts[O]}, conditional {counts[C]}; attributed false {unattributed})")
    print(f"shifts: {len(SHIFTS)} in articles {sorted(shift_articles)}; no-claim articles: {empty}")
    print("words per article: " + ", ".join(f"{a['id']}={len(a['text'].split())}" for a in ARTICLES))


def main():
    labels = write_outputs()
    validate(labels)
    if ERRORS:
        print("VALIDATION FAILED:")
        for e in ERRORS:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
