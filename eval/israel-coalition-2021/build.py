#!/usr/bin/env python3
"""Build the shiftwatch evaluation set israel-coalition-2021.

Self-contained (standard library only). Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then validates the set:
quotes are exact substrings of at most 15 words, ids follow publication order, actors and issues
exist in watchlist.yaml, articles are 120-260 words with a dateline, the shifts recomputed from the
baseline and the attributed claims equal the labelled shifts, no_alert_articles is every article
except the shift articles, and every feed passes `xmllint --noout`.

Run:  python3 build.py
"""

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "israel-coalition-2021"

OUTLETS = {
    "cedar-wire": "Cedar Wire",
    "tidewater-post": "Tidewater Post",
    "orchard-gazette": "Orchard Gazette",
    "lantern-daily": "Lantern Daily",
    "quayside-report": "Quayside Report",
}

# Duplicate pairs: (original, later copy from another outlet on the same day).
DUPLICATES = [("008", "009"), ("018", "019")]


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: id, published (UTC), outlet, slug, title, paragraphs, claims.
ARTICLES = [
    {
        "id": "001", "published": "2021-03-25T09:30:00Z", "outlet": "cedar-wire",
        "slug": "israel-election-deadlock-raam-swing-vote",
        "title": "Israel's fourth election in two years ends in deadlock, small Islamist party holds swing votes",
        "paragraphs": [
            "JERUSALEM, March 25 (Cedar Wire) - Israel's fourth election in two years has left neither Prime Minister Benjamin Netanyahu's allies nor his opponents with a clear path to a 61-seat majority, near-final results showed on Thursday, handing unusual weight to a four-seat Islamist party.",
            "Netanyahu's Likud finished first with 30 seats, but the parties that openly back him fall several seats short. The camp seeking his removal, which stretches from Yair Lapid's centrist Yesh Atid to right-wing former allies of the prime minister, is also short.",
            "Mansour Abbas, whose United Arab List, known by its Hebrew acronym Ra'am, crossed the threshold on its own, said his party was in no one's pocket. He told a radio interviewer he would talk to both camps and would lend his votes to whichever side offered the most to Arab citizens, citing violent crime and housing.",
            "Gideon Saar, who left Likud to found New Hope, said on Wednesday night that the result had not changed his commitment: his party would not serve in a government headed by Netanyahu.",
            "Naftali Bennett, whose Yamina party won seven seats, did not say which camp he would join. He told supporters he would act only in the national interest.",
            "Official results are due next week, after which President Reuven Rivlin will consult the parties.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "conditional", "would lend his votes to whichever side offered the most to Arab citizens"),
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "his party would not serve in a government headed by Netanyahu"),
        ],
    },
    {
        "id": "002", "published": "2021-03-28T16:00:00Z", "outlet": "tidewater-post",
        "slug": "likud-floats-outside-backing-from-raam",
        "title": "Likud floats outside backing from Ra'am as far-right ally objects",
        "paragraphs": [
            "JERUSALEM, March 28 (Tidewater Post) - Senior members of Prime Minister Benjamin Netanyahu's Likud began on Sunday to test the idea of a government that would survive with outside support from Ra'am, the Islamist party that holds the balance in the new parliament.",
            "Likud lawmaker Miki Zohar, a close Netanyahu ally, said in a television interview that the party could accept Ra'am's votes from outside the coalition if that was the only way to spare the country a fifth election, as long as Abbas's party received no cabinet posts.",
            "Bezalel Smotrich, whose far-right Religious Zionism list is part of Netanyahu's camp, rejected the idea within hours, saying he would not sit in a government that depended on Ra'am in any form.",
            "Netanyahu himself did not comment. During the campaign he had told interviewers he would not rely on the Islamist party.",
            "On the other side of the divide, Meretz leader Nitzan Horowitz said any government that replaced Netanyahu should treat Arab parties as full partners, and that his party would welcome Ra'am's support.",
            "Official results are expected on Wednesday.",
        ],
        "claims": [
            C("likud", "arab-party-backs-coalition", "conditional", "could accept Ra'am's votes from outside the coalition if that was the only way"),
            C("meretz", "arab-party-backs-coalition", "support", "his party would welcome Ra'am's support"),
        ],
    },
    {
        "id": "003", "published": "2021-04-01T19:45:00Z", "outlet": "orchard-gazette",
        "slug": "abbas-signals-raam-ready-to-prop-up-netanyahu",
        "title": "Abbas signals Ra'am is ready to prop up Netanyahu",
        "paragraphs": [
            "NAZARETH, April 1 (Orchard Gazette) - Mansour Abbas, the leader of the Islamist Ra'am party, used a rare prime-time address delivered in Hebrew on Thursday to appeal to Jewish Israelis for a new era of partnership, while keeping both political camps guessing.",
            "Speaking from Nazareth, Abbas said Arab citizens wanted to be part of Israeli society and to share in its decisions. He said Ra'am was ready to cooperate with any prime minister who would address the needs of Arab towns, from the wave of gun crime to planning and housing, and he did not mention Netanyahu or Lapid by name.",
            "He did not endorse a candidate. Asked afterwards which camp he preferred, a Ra'am spokesman said that would depend on the offers on the table.",
            "The Likud said in a short statement that it welcomed the tone of the speech but declined to say whether it would accept Ra'am's votes. Commentators on Israeli television called the address a historic moment, though several said it was unclear whether any Jewish-majority government could survive on Ra'am's votes.",
            "Rivlin is due to begin consultations with the parties on Monday.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "conditional", "Ra'am was ready to cooperate with any prime minister who would address the needs"),
        ],
    },
    {
        "id": "004", "published": "2021-04-05T17:00:00Z", "outlet": "lantern-daily",
        "slug": "rivlin-opens-consultations-as-trial-resumes",
        "title": "Rivlin opens coalition consultations as Netanyahu's trial enters evidence stage",
        "paragraphs": [
            "JERUSALEM, April 5 (Lantern Daily) - President Reuven Rivlin began two days of consultations with the 13 parties elected to the Knesset on Monday, hearing their recommendations for who should be asked to form the next government.",
            "The meetings, held at the President's Residence in Jerusalem and broadcast live, went on while Prime Minister Benjamin Netanyahu's corruption trial resumed a few kilometres away at the Jerusalem District Court, where the prosecution opened its case. Netanyahu, who denies the charges, sat in the courtroom for the first part of the hearing and then left.",
            "Likud and its religious allies named Netanyahu, while several centre-left parties named Yair Lapid. Mansour Abbas told reporters after his meeting with Rivlin that Ra'am was not recommending any candidate at this stage. Naftali Bennett was expected to put forward his own name.",
            "Rivlin is expected to announce his choice within days. Officials at the President's Residence said he was weighing whether anyone could command a majority, and legal analysts said the law did not bar him from choosing a prime minister under indictment.",
        ],
        "claims": [],
    },
    {
        "id": "005", "published": "2021-04-06T14:00:00Z", "outlet": "cedar-wire",
        "slug": "rivlin-hands-netanyahu-first-chance",
        "title": "Rivlin hands Netanyahu first chance to form government, with doubts",
        "paragraphs": [
            "JERUSALEM, April 6 (Cedar Wire) - President Reuven Rivlin on Tuesday asked Prime Minister Benjamin Netanyahu to try to form a government, saying he had the best chance of any candidate but adding that he did not believe anyone could yet assemble a majority.",
            "Netanyahu was recommended by 52 lawmakers, more than any rival but well short of the 61 needed. Rivlin said the decision had not been easy for him on a moral level, given the criminal charges against the prime minister.",
            "Netanyahu, in a statement, called on New Hope's Gideon Saar and Yamina's Naftali Bennett to return to the right and join the government he was now building.",
            "Saar answered within the hour. New Hope would not enter a Netanyahu government now any more than it would before the vote, he said, and it would go on working to replace him.",
            "Saar, who has vowed never to serve under his former party leader, quit Likud in December after losing a leadership challenge to him in 2019.",
            "Netanyahu has 28 days to reach a deal, with a possible two-week extension.",
        ],
        "claims": [
            C("likud", "new-hope-joins-netanyahu", "support", "called on New Hope's Gideon Saar and Yamina's Naftali Bennett to return to the right"),
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "New Hope would not enter a Netanyahu government"),
        ],
    },
    {
        "id": "006", "published": "2021-04-13T11:00:00Z", "outlet": "quayside-report",
        "slug": "new-hope-denies-weighing-netanyahu-offer",
        "title": "New Hope denies report that Saar is weighing Netanyahu offer",
        "paragraphs": [
            "TEL AVIV, April 13 (Quayside Report) - Gideon Saar's New Hope party on Tuesday denied a television report that it was quietly considering an offer to join a government led by Prime Minister Benjamin Netanyahu, calling the story a fabrication planted by Likud.",
            "There were no talks and there would be none, the party said in a statement, adding that its lawmakers remained bound by the pledge they had made to voters.",
            "The Likud confirmed that its envoys had approached New Hope figures in recent days and said its door remained open to Saar and his colleagues, whom it described as natural partners in a right-wing government.",
            "Netanyahu's camp is also working on a second track. According to two people briefed on the contacts, his aides have pressed Bezalel Smotrich of Religious Zionism to drop his objection to a government backed from outside by Ra'am. Smotrich has publicly refused.",
            "Political commentators said neither track appeared close to producing the 61 votes Netanyahu needs, and several predicted that the mandate would pass to Yair Lapid next month.",
        ],
        "claims": [
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "denied a television report that it was quietly considering an offer to join"),
            C("likud", "new-hope-joins-netanyahu", "support", "its door remained open to Saar and his colleagues"),
            C("likud", "arab-party-backs-coalition", "support", "his aides have pressed Bezalel Smotrich of Religious Zionism to drop his objection", False),
        ],
    },
    {
        "id": "007", "published": "2021-04-18T19:30:00Z", "outlet": "orchard-gazette",
        "slug": "lapid-offered-bennett-first-turn",
        "title": "Lapid says he offered Bennett first turn as prime minister",
        "paragraphs": [
            "TEL AVIV, April 18 (Orchard Gazette) - Opposition leader Yair Lapid said on Sunday that he had offered Naftali Bennett the first turn as prime minister in a power-sharing government, in his first news conference since last month's election.",
            "Lapid, whose Yesh Atid is the second-largest party with 17 seats, said he was prepared to serve second under a rotation in which Bennett would lead first, and that he had told Bennett so directly. He called it a price worth paying to end Israel's run of elections, and said the country needed a unity government of left, right and centre.",
            "Asked about Ra'am, he said he saw nothing wrong with a government that relied on the votes of Abbas's party, whose voters were citizens like any others.",
            "Meretz leader Nitzan Horowitz, speaking separately, said there could be no government of change without Arab partners.",
            "Bennett's office declined to say whether he had accepted the offer. Yamina officials have said their leader still prefers a right-wing government.",
            "Netanyahu's mandate expires on May 4.",
        ],
        "claims": [
            C("yesh-atid", "bennett-first-rotation", "support", "prepared to serve second under a rotation in which Bennett would lead first"),
            C("yesh-atid", "arab-party-backs-coalition", "support", "he saw nothing wrong with a government that relied on the votes of Abbas's party"),
            C("meretz", "arab-party-backs-coalition", "support", "there could be no government of change without Arab partners"),
        ],
    },
    {
        "id": "008", "published": "2021-04-19T15:00:00Z", "outlet": "tidewater-post",
        "slug": "netanyahu-backs-direct-vote-for-prime-minister",
        "title": "Netanyahu backs direct vote for prime minister as rivals cry foul",
        "paragraphs": [
            "JERUSALEM, April 19 (Tidewater Post) - Prime Minister Benjamin Netanyahu threw his support on Monday behind a bill for a one-off direct election for prime minister, presenting it as the way out of a deadlock that has produced four inconclusive votes in two years.",
            "The bill, submitted by lawmakers from the ultra-Orthodox Shas party, would let voters choose the premier separately while leaving the newly elected Knesset in place. Netanyahu told a meeting of his Likud faction that most of the public backed the idea. He also mocked the notion of Bennett becoming prime minister in a rotation with Lapid, calling it absurd for the head of a seven-seat party.",
            "Yair Lapid rejected the plan, saying Israel did not need another election of any kind but a functioning government. Gideon Saar reminded Netanyahu that he had once argued that an electoral system should not be changed to suit the moment, and said New Hope would vote against.",
            "Mansour Abbas, meanwhile, said Ra'am would be as willing to back a government led by Bennett as one led by Netanyahu, provided its demands for Arab communities were met.",
            "Changing the Basic Law requires 61 votes, which the bill does not appear to have.",
        ],
        "claims": [
            C("likud", "direct-pm-election", "support", "threw his support on Monday behind a bill for a one-off direct election"),
            C("likud", "bennett-first-rotation", "oppose", "mocked the notion of Bennett becoming prime minister in a rotation with Lapid"),
            C("yesh-atid", "direct-pm-election", "oppose", "Yair Lapid rejected the plan"),
            C("new-hope", "direct-pm-election", "oppose", "said New Hope would vote against"),
            C("raam", "arab-party-backs-coalition", "conditional", "provided its demands for Arab communities were met"),
        ],
    },
    {
        "id": "009", "published": "2021-04-19T17:30:00Z", "outlet": "quayside-report",
        "slug": "netanyahu-endorses-one-time-direct-election",
        "title": "Netanyahu endorses one-time direct election for premier; Lapid, Saar object",
        "paragraphs": [
            "JERUSALEM, April 19 (Quayside Report) - Benjamin Netanyahu on Monday put his weight behind legislation for a one-time direct election for prime minister, describing it as the solution to a political stalemate that has forced four inconclusive elections in two years.",
            "Under the bill, tabled by members of the ultra-Orthodox Shas party, Israelis would vote for the premier alone while the Knesset chosen last month stayed in place. Netanyahu told Likud lawmakers the idea had broad public support. He also ridiculed the idea of Bennett becoming prime minister in a rotation with Lapid, saying a seven-seat party had no business leading the country.",
            "Opposition leader Yair Lapid rejected the plan, saying the country needed a working government rather than yet another vote. Gideon Saar recalled that Netanyahu had himself once warned against changing the electoral system for short-term needs, and said New Hope would vote against.",
            "Ra'am leader Mansour Abbas said his party would be equally willing to support a Bennett-led government or a Netanyahu-led one, provided its demands for Arab communities were met.",
            "Because it amends a Basic Law, the bill needs 61 votes, and it does not appear to have them.",
        ],
        "claims": [
            C("likud", "direct-pm-election", "support", "put his weight behind legislation for a one-time direct election for prime minister"),
            C("likud", "bennett-first-rotation", "oppose", "ridiculed the idea of Bennett becoming prime minister in a rotation with Lapid"),
            C("yesh-atid", "direct-pm-election", "oppose", "Opposition leader Yair Lapid rejected the plan"),
            C("new-hope", "direct-pm-election", "oppose", "said New Hope would vote against"),
            C("raam", "arab-party-backs-coalition", "conditional", "provided its demands for Arab communities were met"),
        ],
    },
    {
        "id": "010", "published": "2021-04-20T18:00:00Z", "outlet": "lantern-daily",
        "slug": "raam-sides-with-netanyahu-rivals-in-knesset-test",
        "title": "Ra'am sides with Netanyahu's rivals in first Knesset test",
        "paragraphs": [
            "JERUSALEM, April 20 (Lantern Daily) - The Islamist Ra'am party voted with the bloc opposed to Prime Minister Benjamin Netanyahu in a late-night Knesset vote on Monday, handing his rivals a majority on the committee that manages parliament's business until a government is formed.",
            "The result was a setback for Netanyahu, whose Likud had hoped to control the powerful Arrangements Committee. Ra'am said on Tuesday that the vote was a procedural matter and did not mean it had chosen a camp. The party would support whichever government committed to its demands on crime, planning and budgets for Arab towns, it said.",
            "Channel 12 television reported that Ra'am had also soured on Netanyahu's proposal for a direct election for prime minister and would not vote for it. The party did not confirm the report.",
            "Netanyahu, speaking at a news conference, urged Bennett to back the direct-election bill and said it was the only way to avoid a fifth national election.",
            "Analysts said the committee vote suggested Ra'am was keeping its options open and raising its price.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "conditional", "would support whichever government committed to its demands on crime, planning and budgets"),
            C("raam", "direct-pm-election", "oppose", "had also soured on Netanyahu's proposal for a direct election for prime minister", False),
            C("likud", "direct-pm-election", "support", "said it was the only way to avoid a fifth national election"),
        ],
    },
    {
        "id": "011", "published": "2021-04-21T20:00:00Z", "outlet": "cedar-wire",
        "slug": "netanyahu-pleads-with-bennett-on-direct-vote",
        "title": "Netanyahu pleads with Bennett on direct vote; centre-left leaders say no",
        "paragraphs": [
            "JERUSALEM, April 21 (Cedar Wire) - Prime Minister Benjamin Netanyahu devoted a prime-time address on Wednesday to pressing Naftali Bennett to back a direct election for prime minister, and his office confirmed that he had also telephoned centre-left leaders to seek their support.",
            "The Prime Minister's Office said a direct vote was the fairest way to let the public decide and spare Israel another costly general election.",
            "Netanyahu's calls went to Benny Gantz of Blue and White, Labor's Merav Michaeli, Meretz's Nitzan Horowitz and Ra'am's Mansour Abbas. Gantz's party said afterwards that it would not lend its votes to a manoeuvre designed to keep an indicted prime minister in office. Michaeli said Labor would vote against the bill, and Horowitz told reporters Meretz would do the same.",
            "Abbas confirmed that he had spoken to Netanyahu but declined to say what he had told him.",
            "Bennett did not respond on Wednesday night. He had backed the idea of a direct vote in 2019 as a way out of a previous deadlock, a point Likud officials have been quick to recall.",
            "Netanyahu has less than two weeks left to form a government.",
        ],
        "claims": [
            C("likud", "direct-pm-election", "support", "a direct vote was the fairest way to let the public decide"),
            C("blue-white", "direct-pm-election", "oppose", "would not lend its votes to a manoeuvre"),
            C("labor", "direct-pm-election", "oppose", "Michaeli said Labor would vote against the bill"),
            C("meretz", "direct-pm-election", "oppose", "Horowitz told reporters Meretz would do the same"),
        ],
    },
    {
        "id": "012", "published": "2021-04-23T13:00:00Z", "outlet": "orchard-gazette",
        "slug": "bennett-keeps-both-doors-open",
        "title": "Bennett keeps both doors open as Gantz welcomes Ra'am support",
        "paragraphs": [
            "JERUSALEM, April 23 (Orchard Gazette) - Yamina leader Naftali Bennett said on Friday that his first choice remained a right-wing government, but that he would not drag Israel into a fifth election if Netanyahu failed to build one.",
            "In a post on social media, Bennett wrote that if the prime minister could not put together a majority, Yamina would work to form a broad unity government with Yair Lapid and other parties instead. Until then, he said, he would give Netanyahu every chance.",
            "Likud officials accused Bennett of using the threat to raise his price. One senior Likud figure, who asked not to be named, said he expected Bennett to return to the right in the end.",
            "Benny Gantz, the defence minister and leader of Blue and White, said on Friday that his party was ready to sit in a government supported from outside by Ra'am, and that Arab citizens deserved a voice in national decisions.",
            "Commentators said Bennett's message appeared aimed as much at his own voters as at Netanyahu. Whether Yamina's seven lawmakers would all follow him into a government with the centre-left remained an open question.",
        ],
        "claims": [
            C("yamina", "bennett-drops-lapid-government", "conditional", "if the prime minister could not put together a majority, Yamina would work to form"),
            C("blue-white", "arab-party-backs-coalition", "support", "his party was ready to sit in a government supported from outside by Ra'am"),
        ],
    },
    {
        "id": "013", "published": "2021-05-03T15:00:00Z", "outlet": "tidewater-post",
        "slug": "netanyahu-offers-bennett-first-year",
        "title": "Netanyahu offers Bennett first year as premier; Bennett calls offer hollow",
        "paragraphs": [
            "JERUSALEM, May 3 (Tidewater Post) - Prime Minister Benjamin Netanyahu said on Monday he was willing to let Naftali Bennett serve first as prime minister for a year in a rotation between the two men, a day before his own mandate to form a government runs out.",
            "In a video statement, Netanyahu urged the Yamina leader to sign a deal that day and to commit that he would not join any other government, meaning one with Yair Lapid.",
            "Bennett replied that he had never asked Netanyahu for the premiership, only for a government, and that the prime minister did not have one because Religious Zionism refused to rely on Ra'am. His first priority was still a right-wing government, he said. Yamina would not form a unity government with Lapid unless Netanyahu failed to assemble a majority.",
            "Lapid, for his part, repeated that he would let Bennett go first in their own rotation, and said he expected to receive the mandate within days.",
            "Netanyahu's mandate expires at midnight on Tuesday.",
        ],
        "claims": [
            C("likud", "bennett-drops-lapid-government", "support", "to commit that he would not join any other government, meaning one with Yair Lapid"),
            C("yamina", "bennett-drops-lapid-government", "conditional", "would not form a unity government with Lapid unless Netanyahu failed to assemble a majority"),
            C("yesh-atid", "bennett-first-rotation", "support", "he would let Bennett go first in their own rotation"),
        ],
    },
    {
        "id": "014", "published": "2021-05-04T18:30:00Z", "outlet": "quayside-report",
        "slug": "likud-pushes-direct-vote-bill-as-mandate-runs-out",
        "title": "Likud pushes direct-vote bill to the end as Netanyahu's mandate runs out",
        "paragraphs": [
            "JERUSALEM, May 4 (Quayside Report) - Likud made a last attempt on Tuesday to revive its plan for a direct election for prime minister, hours before Benjamin Netanyahu's mandate to form a government was due to expire at midnight.",
            "Likud lawmaker Miki Zohar said he would bring the bill for a fast-track vote, arguing that it was still the only alternative to a fifth election.",
            "Yamina said it would vote to let the bill skip the usual waiting period, but a party official stressed that this did not commit it to backing the bill in later readings. Yamina would decide at each stage according to the situation, the official said.",
            "Ra'am said it would vote against a separate bill to legalise West Bank outposts and that it had not yet decided on the direct election.",
            "With Lapid expected to receive the mandate, his would-be partners began to state their terms. Labor leader Merav Michaeli said her party would back a government with Bennett at its head only if it protected the independence of the courts and the police.",
            "Netanyahu was expected to return the mandate to President Reuven Rivlin on Wednesday.",
        ],
        "claims": [
            C("likud", "direct-pm-election", "support", "arguing that it was still the only alternative to a fifth election"),
            C("yamina", "direct-pm-election", "conditional", "this did not commit it to backing the bill in later readings"),
            C("labor", "bennett-first-rotation", "conditional", "would back a government with Bennett at its head only if it protected"),
        ],
    },
    {
        "id": "015", "published": "2021-05-05T16:00:00Z", "outlet": "lantern-daily",
        "slug": "rivlin-turns-to-lapid",
        "title": "Rivlin turns to Lapid after Netanyahu fails to form government",
        "paragraphs": [
            "JERUSALEM, May 5 (Lantern Daily) - President Reuven Rivlin on Wednesday gave opposition leader Yair Lapid 28 days to form a government, after Prime Minister Benjamin Netanyahu's mandate expired at midnight without a coalition.",
            "Lapid said he would build a unity government that served all Israelis, and his negotiators met Yamina's team that evening. Lapid told reporters that he and Bennett had already agreed that Bennett would serve first as prime minister, calling it a partnership of equals. Bennett did not comment on the remark.",
            "Benny Gantz said Blue and White would back the arrangement and that he would not seek the premiership himself in this round.",
            "Likud said the mandate should have gone directly to the Knesset rather than to Lapid.",
            "Negotiators expect weeks of bargaining over ministries and policy guidelines. Any government in the making still needs votes from Ra'am or from the Joint List, an alliance of other Arab-led parties, to reach a majority, analysts said.",
        ],
        "claims": [
            C("yesh-atid", "bennett-first-rotation", "support", "he and Bennett had already agreed that Bennett would serve first as prime minister"),
            C("yamina", "bennett-first-rotation", "support", "he and Bennett had already agreed that Bennett would serve first as prime minister", False),
            C("blue-white", "bennett-first-rotation", "support", "Blue and White would back the arrangement"),
        ],
    },
    {
        "id": "016", "published": "2021-05-10T19:00:00Z", "outlet": "cedar-wire",
        "slug": "raam-freezes-coalition-talks",
        "title": "Ra'am freezes coalition talks as Jerusalem violence spreads to Gaza",
        "paragraphs": [
            "JERUSALEM, May 10 (Cedar Wire) - Ra'am suspended its coalition negotiations with Yair Lapid and Naftali Bennett on Monday, after police clashed with worshippers at Jerusalem's Al-Aqsa mosque compound and Hamas fired rockets toward the city.",
            "Mansour Abbas said it was impossible to talk about ministries and budgets while people were being hurt at the holy site. He said the freeze was temporary and that Ra'am still wanted to help form a government that would deliver for Arab citizens once calm returned.",
            "The Israeli military said it had begun striking targets in Gaza in response to the rocket fire. Bennett, speaking at the Knesset, said Israel must respond with force and that politics must wait.",
            "Negotiators from Yesh Atid and Yamina had been expected to meet again this week. Officials from both parties said they did not know when talks would resume.",
            "Analysts said the escalation could push Bennett back toward Netanyahu, since a government depending on an Arab party would be harder to sell to his voters during a military operation. Other commentators said the crisis might instead make a functioning government more urgent.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "conditional", "the freeze was temporary and that Ra'am still wanted to help form a government"),
        ],
    },
    {
        "id": "017", "published": "2021-05-12T17:00:00Z", "outlet": "orchard-gazette",
        "slug": "lapid-urges-bennett-not-to-walk-away",
        "title": "Lapid urges Bennett not to walk away as riots shake mixed cities",
        "paragraphs": [
            "LOD, May 12 (Orchard Gazette) - Yair Lapid urged Naftali Bennett on Wednesday not to abandon their talks on a new government, as a state of emergency was declared in this mixed Arab-Jewish city after a night of arson and street battles.",
            "Lapid said the violence showed Israel needed a functioning government more than ever, and that walking away now would only hand Netanyahu a fifth election.",
            "Bennett called for Hamas to pay a heavy price and for the government to restore order in Lod and other mixed cities. Asked whether he was still committed to a government with Lapid, he said only that this was not the time for politics. A Yamina spokesman declined to say whether the negotiating teams would meet this week.",
            "Likud officials told reporters that Bennett had privately told Netanyahu's envoys the change government was finished. Yamina did not respond to the claim.",
            "Synagogues, shops and dozens of cars were torched in Lod overnight, police said, and Jewish groups attacked Arab residents in several towns. Will the talks survive? Several commentators said the answer now depended on the streets.",
        ],
        "claims": [
            C("yesh-atid", "bennett-drops-lapid-government", "oppose", "urged Naftali Bennett on Wednesday not to abandon their talks on a new government"),
            C("yamina", "bennett-drops-lapid-government", "support", "Bennett had privately told Netanyahu's envoys the change government was finished", False),
        ],
    },
    {
        "id": "018", "published": "2021-05-13T17:30:00Z", "outlet": "tidewater-post",
        "slug": "bennett-pulls-out-of-bid-with-lapid",
        "title": "Bennett pulls out of bid to form government with Lapid",
        "paragraphs": [
            "JERUSALEM, May 13 (Tidewater Post) - Naftali Bennett ruled out on Thursday forming a government with Yair Lapid, dealing a heavy blow to the effort to unseat Prime Minister Benjamin Netanyahu, and his Yamina party reopened talks with Likud.",
            "Bennett told his party's lawmakers that the option of a change government was off the table. With troops and police needed to restore order in mixed Arab-Jewish cities, he said, a government that depended on Ra'am could not deal with the emergency. He said he now favoured a broad national unity government.",
            "Lapid said in a televised statement that Bennett was wrong and that he would keep working to form a government before his mandate ran out. He called the violence in the streets an existential threat that only a new government could end.",
            "Likud welcomed the move and said its negotiators had met Yamina's team on Thursday afternoon.",
            "Mansour Abbas told an Israeli television channel that Bennett had called him personally with the news, and that Ra'am had no deal with either side.",
            "Lapid's mandate expires on June 2.",
        ],
        "claims": [
            C("yamina", "bennett-drops-lapid-government", "support", "Naftali Bennett ruled out on Thursday forming a government with Yair Lapid"),
            C("yamina", "arab-party-backs-coalition", "oppose", "a government that depended on Ra'am could not deal with the emergency"),
            C("yesh-atid", "bennett-drops-lapid-government", "oppose", "Bennett was wrong and that he would keep working to form a government"),
            C("likud", "bennett-drops-lapid-government", "support", "Likud welcomed the move"),
        ],
    },
    {
        "id": "019", "published": "2021-05-13T19:45:00Z", "outlet": "cedar-wire",
        "slug": "bennett-drops-change-government-plan",
        "title": "Bennett drops plan for 'change government' with Lapid, restarts Likud talks",
        "paragraphs": [
            "JERUSALEM, May 13 (Cedar Wire) - Yamina leader Naftali Bennett on Thursday ruled out forming a government with Yair Lapid, a major setback for the campaign to remove Prime Minister Benjamin Netanyahu, and his party resumed negotiations with Likud.",
            "Bennett told Yamina lawmakers that a change government was no longer on the table. Because soldiers and police had to be sent into mixed Arab-Jewish towns to restore order, he said, a government that depended on Ra'am could not handle the emergency. He said he now preferred a broad national unity government.",
            "In a televised statement, Lapid said Bennett was wrong and that he would keep working to form a government before his mandate expired. He described the street violence as an existential threat that only a new government could stop.",
            "Likud welcomed the move and said its negotiators had met Yamina's team on Thursday afternoon.",
            "Ra'am leader Mansour Abbas told Israeli television that Bennett had phoned him personally to tell him, and that his party had no deal with either camp.",
            "Lapid has until June 2 to present a government.",
        ],
        "claims": [
            C("yamina", "bennett-drops-lapid-government", "support", "ruled out forming a government with Yair Lapid"),
            C("yamina", "arab-party-backs-coalition", "oppose", "a government that depended on Ra'am could not handle the emergency"),
            C("yesh-atid", "bennett-drops-lapid-government", "oppose", "Lapid said Bennett was wrong and that he would keep working to form a government"),
            C("likud", "bennett-drops-lapid-government", "support", "Likud welcomed the move"),
        ],
    },
    {
        "id": "020", "published": "2021-05-16T15:00:00Z", "outlet": "quayside-report",
        "slug": "abbas-condemns-synagogue-attacks",
        "title": "Abbas condemns attacks on synagogues, says Ra'am's goal unchanged",
        "paragraphs": [
            "LOD, May 16 (Quayside Report) - Ra'am leader Mansour Abbas on Sunday condemned the torching of synagogues and mosques during a week of communal violence and offered his party's help in restoring the damaged buildings, days after visiting a burned synagogue in this city.",
            "Holy places must be kept out of the conflict, Abbas said. He urged Arab and Jewish citizens alike to stop the attacks and let the police restore order.",
            "Asked about the stalled coalition talks, Abbas said Ra'am's aim of influencing decisions from inside the political system had not changed, but that any agreement would have to wait until the fighting ended and would depend on concrete commitments to Arab towns.",
            "Yair Lapid, speaking in Tel Aviv, accused far-right activists of stoking the unrest in Jerusalem and said a functioning government would have contained it.",
            "Fighting between Israel and Hamas entered its seventh day, with rocket fire on southern and central Israel and Israeli airstrikes in Gaza. Egypt and Qatar were trying to broker a truce, diplomats said.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "conditional", "would depend on concrete commitments to Arab towns"),
        ],
    },
    {
        "id": "021", "published": "2021-05-21T05:30:00Z", "outlet": "lantern-daily",
        "slug": "ceasefire-between-israel-and-hamas-takes-hold",
        "title": "Ceasefire between Israel and Hamas takes hold after 11 days",
        "paragraphs": [
            "JERUSALEM, May 21 (Lantern Daily) - A ceasefire between Israel and Hamas took effect early on Friday, ending 11 days of fighting in which more than 230 people were killed in Gaza and at least a dozen in Israel, according to health officials on both sides.",
            "Israel's security cabinet approved the Egyptian-brokered truce late on Thursday. Defence Minister Benny Gantz said the military had achieved its goals and that Israel would respond forcefully to any renewed fire. Hamas officials in Gaza claimed victory.",
            "Palestinian President Mahmoud Abbas welcomed the ceasefire and called for international efforts toward a political settlement. US President Joe Biden said the United States would work with the Palestinian Authority on reconstruction in Gaza.",
            "Crowds celebrated in the streets of Gaza after the truce began at 2 a.m. local time. In Israel, residents of the south were told they could leave shelters but should remain alert.",
            "Political commentators said the end of the fighting could revive the talks on a government to replace Netanyahu, with less than two weeks left on Lapid's mandate. Others said Bennett might now find it harder to return to the table.",
        ],
        "claims": [],
    },
    {
        "id": "022", "published": "2021-05-24T17:00:00Z", "outlet": "orchard-gazette",
        "slug": "bennett-back-at-table-with-lapid",
        "title": "Bennett back at the table with Lapid as truce holds",
        "paragraphs": [
            "TEL AVIV, May 24 (Orchard Gazette) - Negotiators for Yamina and Yesh Atid met on Monday for the first time since the Gaza fighting began, two people involved in the talks said, reviving the effort to replace Prime Minister Benjamin Netanyahu nine days before Yair Lapid's mandate expires.",
            "The two people said Bennett's team had asked for the talks and had raised again the idea of Bennett serving first. Bennett himself declined to say whether he had changed his mind, and Yamina said only that it was examining every option to avoid another election.",
            "Gideon Saar said on Monday that New Hope would not join any government that did not replace Netanyahu, rejecting renewed overtures from Likud.",
            "Ra'am signalled that it was ready to return to talks. A party official said Abbas would back a new government in exchange for state recognition of unrecognised Bedouin villages in the Negev and a large plan to fight crime in Arab towns.",
            "Likud accused Bennett of preparing to betray right-wing voters. Analysts said a deal remained possible but fragile, with at least one Yamina lawmaker openly opposed.",
        ],
        "claims": [
            C("yamina", "bennett-drops-lapid-government", "oppose", "Bennett's team had asked for the talks", False),
            C("yamina", "bennett-first-rotation", "support", "had raised again the idea of Bennett serving first", False),
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "New Hope would not join any government that did not replace Netanyahu"),
            C("raam", "arab-party-backs-coalition", "conditional", "Abbas would back a new government in exchange for state recognition"),
        ],
    },
    {
        "id": "023", "published": "2021-05-30T19:30:00Z", "outlet": "tidewater-post",
        "slug": "bennett-to-form-government-with-lapid",
        "title": "Bennett says he will form government with Lapid to end Netanyahu era",
        "paragraphs": [
            "JERUSALEM, May 30 (Tidewater Post) - Naftali Bennett announced on Sunday that he would work with all his strength to form a national unity government with Yair Lapid, a move that could end Benjamin Netanyahu's 12 years in power.",
            "In a televised address, Bennett said a right-wing government was not possible and that a fifth election would be a disaster for the country. He called Lapid his friend and said the two men disagreed on many things but shared a love of the country.",
            "Netanyahu answered within the hour, calling the plan the fraud of the century and warning that a rotation between Bennett and Lapid would endanger Israel's security. He repeated an offer, made earlier in the day, of a three-way rotation in which Gideon Saar would serve first.",
            "Saar turned the offer down. His party's position had not changed, he said, and New Hope remained committed to replacing Netanyahu.",
            "Ayelet Shaked, Bennett's deputy, declined to say whether she would support the move.",
            "Lapid has until Wednesday night to tell President Reuven Rivlin he can form a government.",
        ],
        "claims": [
            C("yamina", "bennett-drops-lapid-government", "oppose", "work with all his strength to form a national unity government with Yair Lapid"),
            C("likud", "bennett-first-rotation", "oppose", "warning that a rotation between Bennett and Lapid would endanger Israel's security"),
            C("likud", "new-hope-joins-netanyahu", "support", "a three-way rotation in which Gideon Saar would serve first"),
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "Saar turned the offer down"),
        ],
    },
    {
        "id": "024", "published": "2021-06-01T12:00:00Z", "outlet": "lantern-daily",
        "slug": "labor-meretz-line-up-behind-bennett-first-government",
        "title": "Labor and Meretz line up behind Bennett-first government, with conditions",
        "paragraphs": [
            "TEL AVIV, June 1 (Lantern Daily) - The left-wing parties in the emerging coalition said on Tuesday that they were ready to serve under a right-wing prime minister, as negotiators worked through the night to meet Yair Lapid's Wednesday deadline.",
            "Meretz leader Nitzan Horowitz said his party would join a government headed first by Naftali Bennett, because ending Netanyahu's rule and a chain of elections outweighed the discomfort.",
            "Labor's Merav Michaeli was more guarded. She said Labor had closed its own deal with Yesh Atid, but that Labor would serve under Bennett as the first prime minister only if the promises on protecting the justice system were kept, amid a dispute over seats on the panel that appoints judges.",
            "Gideon Saar, who is expected to become justice minister, said New Hope would be part of a government in which Bennett served first and Lapid second.",
            "Right-wing activists protested outside the homes of several Yamina lawmakers, and police assigned extra security to Bennett and Shaked.",
            "Commentators said the judicial panel, not ideology, had become the last real obstacle.",
        ],
        "claims": [
            C("meretz", "bennett-first-rotation", "support", "his party would join a government headed first by Naftali Bennett"),
            C("labor", "bennett-first-rotation", "conditional", "would serve under Bennett as the first prime minister only if the promises"),
            C("new-hope", "bennett-first-rotation", "support", "a government in which Bennett served first and Lapid second"),
        ],
    },
    {
        "id": "025", "published": "2021-06-02T20:55:00Z", "outlet": "cedar-wire",
        "slug": "lapid-tells-president-he-can-form-government",
        "title": "Lapid tells president he can form government; Ra'am signs on in historic first",
        "paragraphs": [
            "RAMAT GAN, June 2 (Cedar Wire) - Yair Lapid informed President Reuven Rivlin on Wednesday night that he had succeeded in forming a government, about half an hour before his mandate expired, after Ra'am became the first Arab party to sign on to an Israeli coalition.",
            "Mansour Abbas signed the agreement with Lapid at a hotel in Ramat Gan where negotiators had been holed up for days. In a statement, Abbas said the decision had been difficult but that Ra'am had secured agreements on issues central to Arab society, and that his party would support the new government.",
            "Yesh Atid said in a statement that the deal with Ra'am included budgets for Arab towns and steps to tackle crime.",
            "Under the coalition agreement that Lapid sent to Rivlin, Bennett will be prime minister until August 2023, when Lapid will take over. Bennett signed the rotation agreement with Lapid late in the evening, the last party leader to sign. Earlier on Wednesday his party had refused Abbas's demand to freeze a law on illegal construction.",
            "The Knesset must now hold a confidence vote within a week of being notified, and Netanyahu's allies are expected to use every day of it.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "support", "his party would support the new government"),
            C("yesh-atid", "arab-party-backs-coalition", "support", "Yesh Atid said in a statement that the deal with Ra'am included budgets"),
            C("yesh-atid", "bennett-first-rotation", "support", "Bennett will be prime minister until August 2023, when Lapid will take over"),
            C("yamina", "bennett-first-rotation", "support", "Bennett signed the rotation agreement with Lapid late in the evening"),
        ],
    },
    {
        "id": "026", "published": "2021-06-03T08:00:00Z", "outlet": "quayside-report",
        "slug": "labor-signs-after-judges-panel-compromise",
        "title": "Labor signs after judges' panel compromise, completing coalition",
        "paragraphs": [
            "JERUSALEM, June 3 (Quayside Report) - Labor leader Merav Michaeli signed her party's coalition agreement late on Wednesday after a compromise over seats on the committee that selects judges, clearing the last obstacle before Yair Lapid's deadline.",
            "Michaeli said Labor would now serve in the government under Bennett and then Lapid, and that she was satisfied the independence of the courts would be protected. She had held out for most of Wednesday over the judges' panel, a seat that Yamina's Ayelet Shaked had also demanded.",
            "Benny Gantz, who will stay on as defence minister, signed Blue and White's agreement to the rotation earlier in the day. He said it was time to put the country before personal ambition.",
            "The coalition spans parties from Yamina on the right to Meretz on the left, plus Ra'am, which will back it without taking cabinet posts, and controls 61 of the Knesset's 120 seats.",
            "Netanyahu loyalists were already trying to persuade at least one coalition lawmaker to defect before the confidence vote, several Israeli media outlets reported. Likud did not comment.",
        ],
        "claims": [
            C("labor", "bennett-first-rotation", "support", "Labor would now serve in the government under Bennett and then Lapid"),
            C("blue-white", "bennett-first-rotation", "support", "signed Blue and White's agreement to the rotation earlier in the day"),
            C("raam", "arab-party-backs-coalition", "support", "plus Ra'am, which will back it without taking cabinet posts", False),
        ],
    },
    {
        "id": "027", "published": "2021-06-03T17:00:00Z", "outlet": "orchard-gazette",
        "slug": "netanyahu-urges-right-wing-lawmakers-to-sink-coalition",
        "title": "Netanyahu urges right-wing lawmakers to sink 'dangerous' coalition",
        "paragraphs": [
            "JERUSALEM, June 3 (Orchard Gazette) - Prime Minister Benjamin Netanyahu on Thursday called on every lawmaker elected with right-wing votes to oppose the coalition agreed the night before, calling it a dangerous left-wing government that would lean on an Islamist party.",
            "Netanyahu said handing Ra'am influence over the state budget and over policy in the Negev was a danger to Israel, and that no government should stand on the votes of Mansour Abbas. The Likud leader also repeated that the rotation between Bennett and Lapid was a fraud on right-wing voters.",
            "Ra'am rejected the criticism, noting that Netanyahu had himself sought its support only weeks earlier. Abbas said his party would keep its commitment to the new coalition.",
            "Yamina lawmaker Amichai Chikli said he would vote against the government in the confidence vote, which would leave the coalition with a majority of a single seat. Other members of Bennett's party said they would stand by him.",
            "Knesset Speaker Yariv Levin, a Likud member, has not yet said when the vote will be held.",
        ],
        "claims": [
            C("likud", "arab-party-backs-coalition", "oppose", "no government should stand on the votes of Mansour Abbas"),
            C("likud", "bennett-first-rotation", "oppose", "the rotation between Bennett and Lapid was a fraud on right-wing voters"),
            C("raam", "arab-party-backs-coalition", "support", "Abbas said his party would keep its commitment to the new coalition"),
        ],
    },
    {
        "id": "028", "published": "2021-06-06T19:00:00Z", "outlet": "tidewater-post",
        "slug": "bennett-defends-coalition-with-raam",
        "title": "Bennett defends coalition with Ra'am, tells Netanyahu to let go",
        "paragraphs": [
            "JERUSALEM, June 6 (Tidewater Post) - Naftali Bennett on Sunday defended his decision to lead a government that includes left-wing parties and relies on Ra'am, and urged Benjamin Netanyahu to step aside gracefully and stop the incitement against the coalition.",
            "In a televised speech, Bennett said Ra'am's backing for the coalition was legitimate and that Arab citizens were entitled to a stake in the government. The alternative, he said, was a fifth election that the country could not afford.",
            "He said he had no intention of turning back now, whatever the pressure on him and his family, and that the new government would be sworn in.",
            "The head of the Shin Bet security service had warned a day earlier that online incitement could lead to violence. Police have increased protection for several coalition lawmakers.",
            "Bennett's party won seven seats in March, but one of its lawmakers has already said he will vote against the government, and commentators were watching a second.",
        ],
        "claims": [
            C("yamina", "bennett-first-rotation", "support", "defended his decision to lead a government that includes left-wing parties"),
            C("yamina", "arab-party-backs-coalition", "support", "Ra'am's backing for the coalition was legitimate"),
            C("yamina", "bennett-drops-lapid-government", "oppose", "he had no intention of turning back now"),
        ],
    },
    {
        "id": "029", "published": "2021-06-08T15:00:00Z", "outlet": "lantern-daily",
        "slug": "knesset-sets-sunday-vote-on-new-government",
        "title": "Knesset sets Sunday vote on new government",
        "paragraphs": [
            "JERUSALEM, June 8 (Lantern Daily) - Knesset Speaker Yariv Levin said on Tuesday that parliament would hold its confidence vote on the new government on Sunday, June 13, ending days of speculation that he would delay the session for as long as the law allowed.",
            "The session will open in the afternoon with a speech by Naftali Bennett, who is in line to become prime minister, followed by the vote and the swearing-in of ministers.",
            "Police stepped up protection for several coalition lawmakers after protests outside their homes, and demonstrators from both camps gathered on Balfour Street, outside the prime minister's official residence, on Tuesday evening.",
            "Likud declined to say whether it would try to peel away a last-minute defector before Sunday. Analysts said one or two votes could still decide the outcome, and that the coalition's narrow majority would make every absence on the day matter.",
            "Parliamentary officials said the outgoing cabinet would continue to serve until the new ministers are sworn in.",
        ],
        "claims": [],
    },
    {
        "id": "030", "published": "2021-06-11T14:00:00Z", "outlet": "quayside-report",
        "slug": "coalition-files-agreements-new-hope-dismisses-likud",
        "title": "Coalition files agreements; New Hope dismisses Likud overtures",
        "paragraphs": [
            "JERUSALEM, June 11 (Quayside Report) - The parties of the incoming coalition filed their final agreements with the Knesset on Friday, two days before the confidence vote, setting out the division of ministries and the government's basic guidelines.",
            "The agreements include several billion shekels for Arab towns, a plan against violent crime and steps toward recognising some Bedouin villages in the Negev, a package that Ra'am negotiated. Ra'am lawmaker Walid Taha said the party would support the government in Sunday's vote.",
            "New Hope dismissed reports that Likud had offered senior posts to some of its lawmakers in return for voting against the coalition. Zeev Elkin said none of the party's members would cross over to Netanyahu.",
            "Likud said its offer to New Hope's lawmakers stood, and that they still had a place in a right-wing government.",
            "The Knesset will convene at 4 p.m. on Sunday.",
        ],
        "claims": [
            C("raam", "arab-party-backs-coalition", "support", "the party would support the government in Sunday's vote"),
            C("new-hope", "new-hope-joins-netanyahu", "oppose", "none of the party's members would cross over to Netanyahu"),
            C("likud", "new-hope-joins-netanyahu", "support", "they still had a place in a right-wing government"),
        ],
    },
    {
        "id": "031", "published": "2021-06-13T19:30:00Z", "outlet": "cedar-wire",
        "slug": "knesset-approves-bennett-lapid-government",
        "title": "Knesset approves Bennett-Lapid government by one vote, ending Netanyahu's 12-year rule",
        "paragraphs": [
            "JERUSALEM, June 13 (Cedar Wire) - Israel's parliament approved a new government by 60 votes to 59 on Sunday, making Naftali Bennett prime minister and sending Benjamin Netanyahu into opposition after 12 consecutive years in power.",
            "Bennett was sworn in as the first prime minister of the rotation shortly after the vote. Yair Lapid was sworn in as foreign minister and alternate prime minister, and is due to take over from Bennett in August 2023.",
            "Ra'am's lawmakers voted for the government, with the exception of Saeed al-Harumi, who abstained. The Joint List, an alliance of other Arab-led parties, voted against. So did Yamina's Amichai Chikli.",
            "Bennett's opening speech was repeatedly interrupted by heckling from Likud and its allies. Netanyahu, speaking after him, called the rotation deal a fraud and said he would bring the government down. He told his supporters they would be back soon.",
            "The new ministers were sworn in one by one in the Knesset chamber late into the evening.",
        ],
        "claims": [
            C("yamina", "bennett-first-rotation", "support", "Bennett was sworn in as the first prime minister of the rotation"),
            C("yesh-atid", "bennett-first-rotation", "support", "is due to take over from Bennett in August 2023"),
            C("raam", "arab-party-backs-coalition", "support", "Ra'am's lawmakers voted for the government"),
            C("likud", "bennett-first-rotation", "oppose", "called the rotation deal a fraud and said he would bring the government down"),
        ],
    },
    {
        "id": "032", "published": "2021-06-14T13:00:00Z", "outlet": "orchard-gazette",
        "slug": "netanyahu-hands-over-to-bennett-skips-ceremony",
        "title": "Netanyahu hands over to Bennett in brief meeting, skips ceremony",
        "paragraphs": [
            "JERUSALEM, June 14 (Orchard Gazette) - Benjamin Netanyahu met his successor Naftali Bennett for about half an hour at the Prime Minister's Office on Monday to hand over the job, but did not attend the customary public ceremony.",
            "Bennett then chaired his first meetings with security chiefs at the Prime Minister's Office and was briefed on Iran and Gaza. Officials said he would keep the office's senior staff in place for a transition period.",
            "Across town, Yair Lapid took over the Foreign Ministry at a ceremony where he said Israel's relations with Democrats in Washington and with European governments needed repair.",
            "Netanyahu, now opposition leader, held a meeting of right-wing party heads at the Knesset. He did not speak to reporters afterwards.",
            "Congratulations came from US President Joe Biden, who called Bennett on Sunday night, and from several European and Arab governments, including the United Arab Emirates. Analysts said the first real test of the coalition would be passing a state budget, something Israel had not done since 2018.",
        ],
        "claims": [],
    },
]

SHIFTS = [
    {"actor": "yamina", "issue": "bennett-drops-lapid-government", "from": "conditional", "to": "support", "article": "018",
     "why": "Bennett rules out a government with Lapid and reopens talks with Likud; in 012 and 013 he would walk away from Lapid only if Netanyahu could assemble a majority (Likud's claim in 017 is third-party and did not move the stance)."},
    {"actor": "yamina", "issue": "bennett-drops-lapid-government", "from": "support", "to": "oppose", "article": "023",
     "why": "Bennett announces he will work with all his strength to form a unity government with Lapid; in 018 he had ruled it out (the report of renewed talks in 022 comes from unnamed negotiators and did not move the stance)."},
    {"actor": "raam", "issue": "arab-party-backs-coalition", "from": "conditional", "to": "support", "article": "025",
     "why": "Abbas signs the coalition agreement and says Ra'am will support the new government; from 001 to 022 its backing depended on its demands for Arab towns being met."},
    {"actor": "labor", "issue": "bennett-first-rotation", "from": "conditional", "to": "support", "article": "026",
     "why": "Michaeli signs and says Labor will serve under Bennett and then Lapid; in 014 and 024 Labor would accept Bennett at the head only if the justice system was protected."},
    {"actor": "likud", "issue": "arab-party-backs-coalition", "from": "conditional", "to": "oppose", "article": "027",
     "why": "Netanyahu says no government should stand on Abbas's votes; in 002 Likud said it could accept Ra'am's outside votes if that was the only way to avoid a fifth election (the 006 report of pressure on Smotrich is third-party)."},
    {"actor": "yamina", "issue": "arab-party-backs-coalition", "from": "oppose", "to": "support", "article": "028",
     "why": "Bennett calls Ra'am's backing for the coalition legitimate; in 018 he said a government that depended on Ra'am could not deal with the emergency."},
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


# ---------------------------------------------------------------- helpers

def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_of(a):
    d = parse_ts(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], d.year, d.month, d.day, a["slug"])


def text_of(a):
    return "\n\n".join(a["paragraphs"])


def read_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used here (no external YAML library)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    (actors if section == "actors" else issues).append(m.group(1))
                    continue
                m = re.match(r"^    (\w+): ", line)
                if not m:
                    raise ValueError("unexpected watchlist line: %r" % line)
                allowed = {"actors": {"name", "aliases"}, "issues": {"name", "description", "terms"}}[section]
                if m.group(1) not in allowed:
                    raise ValueError("field %r not allowed in %s" % (m.group(1), section))
            elif section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
                if not m:
                    raise ValueError("unexpected baseline line: %r" % line)
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
            else:
                raise ValueError("line outside a section: %r" % line)
    return actors, issues, baseline


def recompute_shifts(articles, baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for a in articles:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                shifts.append((c["actor"], c["issue"], prevailing[key], c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    return shifts


# ---------------------------------------------------------------- writers

def write_outputs(articles):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    os.makedirs(art_dir, exist_ok=True)
    os.makedirs(feed_dir, exist_ok=True)
    for name in os.listdir(art_dir):
        if name.endswith(".json"):
            os.remove(os.path.join(art_dir, name))
    for name in os.listdir(feed_dir):
        if name.endswith(".xml"):
            os.remove(os.path.join(feed_dir, name))

    for a in articles:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url_of(a), "title": a["title"], "text": text_of(a)}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in articles if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        last = format_datetime(parse_ts(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % last]
        for a in items:
            url = url_of(a)
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(url),
                    '      <guid isPermaLink="true">%s</guid>' % escape(url),
                    "      <pubDate>%s</pubDate>" % format_datetime(parse_ts(a["published"]), usegmt=True),
                    "      <description>%s</description>" % escape(text_of(a)),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(c) for c in a["claims"]] for a in articles},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


# ---------------------------------------------------------------- validation

def validate(articles, labels):
    errors = []
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues (want 5-7)" % len(issues))
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            errors.append("bad baseline entry %r" % b)

    if not 30 <= len(articles) <= 34:
        errors.append("%d articles (want 30-34)" % len(articles))
    prev = None
    urls = set()
    for n, a in enumerate(articles, 1):
        aid = a["id"]
        if aid != "%03d" % n:
            errors.append("id %s out of sequence (expected %03d)" % (aid, n))
        ts = parse_ts(a["published"])
        if prev is not None and ts <= prev:
            errors.append("%s not in publication order" % aid)
        prev = ts
        url = url_of(a)
        if url in urls:
            errors.append("%s duplicate url" % aid)
        urls.add(url)
        text = text_of(a)
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append("%s has %d words" % (aid, words))
        outlet = OUTLETS[a["outlet"]]
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Za-z]+) (\d{1,2}) \((.+?)\) - \S", text)
        if not m:
            errors.append("%s has no dateline" % aid)
        else:
            local = ts + timedelta(hours=3)
            if m.group(4) != outlet:
                errors.append("%s dateline outlet %r != %r" % (aid, m.group(4), outlet))
            if m.group(2) != MONTHS[ts.month] or int(m.group(3)) != ts.day or local.date() != ts.date():
                errors.append("%s dateline date %s %s does not match %s" % (aid, m.group(2), m.group(3), a["published"]))
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s bad stance %s" % (aid, c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s attributed not boolean" % aid)
            if c["quote"] not in text:
                errors.append("%s quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s quote longer than 15 words: %r" % (aid, c["quote"]))
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                errors.append("%s repeats claim %r" % (aid, key))
            seen.add(key)

    # duplicates carry identical claims
    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        ka = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in a["claims"])
        kb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in b["claims"])
        if ka != kb:
            errors.append("duplicate pair %s/%s has different claims" % (orig, copy))
        if a["outlet"] == b["outlet"] or a["published"][:10] != b["published"][:10] or b["published"] <= a["published"]:
            errors.append("duplicate pair %s/%s must be same day, later copy, other outlet" % (orig, copy))

    # shifts
    recomputed = recompute_shifts(articles, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %r\n  labelled   %r" % (sorted(recomputed), sorted(labelled)))
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labelled))
    if not any("conditional" in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    reversals = [s for s in labelled if {s[2], s[3]} == {"support", "oppose"}]
    if len(reversals) > 2:
        errors.append("%d straight support/oppose reversals (max 2)" % len(reversals))
    shift_ids = {s[4] for s in labelled}
    if not any(orig in shift_ids for orig, _copy in DUPLICATES):
        errors.append("no duplicate pair has a shift article as original")
    expected_no_alert = [a["id"] for a in articles if a["id"] not in shift_ids]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")
    for orig, copy in DUPLICATES:
        if copy in shift_ids:
            errors.append("duplicate copy %s must not be a shift article" % copy)

    # totals
    claims = [c for a in articles for c in a["claims"]]
    if not 60 <= len(claims) <= 90:
        errors.append("%d claims (want 60-90)" % len(claims))
    counts = {s: sum(1 for c in claims if c["stance"] == s) for s in STANCES}
    if min(counts.values()) == 0:
        errors.append("not all stances present: %r" % counts)
    if counts["conditional"] < 6:
        errors.append("only %d conditional claims" % counts["conditional"])
    if not any(not c["attributed"] for c in claims):
        errors.append("no attributed:false claims")
    empty = [a["id"] for a in articles if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims (want 3-4)" % len(empty))

    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))

    return errors, {"claims": len(claims), "counts": counts,
                    "unattributed": sum(1 for c in claims if not c["attributed"]),
                    "empty": empty, "shifts": labelled}


def main():
    labels = write_outputs(ARTICLES)
    errors, stats = validate(ARTICLES, labels)
    print("articles: %d" % len(ARTICLES))
    print("claims: %d %r, attributed false: %d" % (stats["claims"], stats["counts"], stats["unattributed"]))
    print("articles without claims: %s" % ", ".join(stats["empty"]))
    print("shifts (%d):" % len(stats["shifts"]))
    for s in stats["shifts"]:
        print("  %s %s %s -> %s in %s" % s)
    wc = [len(text_of(a).split()) for a in ARTICLES]
    print("words per article: min %d, max %d" % (min(wc), max(wc)))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
