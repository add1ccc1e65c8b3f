#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set dutch-coalition-asylum-2025.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates them (quotes, ids, watchlist references, word counts, datelines, shifts, no-alert list,
duplicates, xmllint). Exits non-zero on any failure.
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
    "Lowland Wire": "lowland-wire",
    "Polder Post": "polder-post",
    "North Sea Courier": "north-sea-courier",
    "Delta Ledger": "delta-ledger",
    "Canalside Bulletin": "canalside-bulletin",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), source, slug, title, text, claims [(actor, issue, stance, quote, attributed)].
ARTICLES = [
    {
        "id": "001", "published": "2025-04-10T15:20:00Z", "source": "Polder Post",
        "slug": "faber-presses-asylum-bills-opposition-vows-fight",
        "title": "Faber presses ahead with asylum bills as opposition vows to fight them",
        "text": """THE HAGUE, Apr 10 (Polder Post) - Asylum Minister Marjolein Faber urged lawmakers on Thursday to move quickly on her two asylum bills, which would abolish permanent asylum permits and divide refugees into two categories with different rights.

Speaking after a committee hearing in The Hague, Faber said the bills were the heart of what she called the strictest asylum policy the Netherlands had ever had, and that every week of delay put more pressure on reception centres.

The opposition alliance GroenLinks-PvdA said it would vote against both bills. Its leader Frans Timmermans told reporters the plans would leave refugees' children waiting years to join their parents without reducing the number of arrivals. D66, which has also criticised the proposals, said they would clog the courts.

The Council of State, the government's top advisory body, warned last year that parts of the package might not survive legal challenges.

New Social Contract, one of the PVV's three coalition partners, said on Thursday it would propose a handful of amendments but remained behind the package. Its asylum spokesman said the party wanted the bills passed before the summer.

A date for the plenary debate has not been set.""",
        "claims": [
            ("pvv", "strict-asylum-bills", S, "Faber said the bills were the heart of what she called the strictest asylum policy", True),
            ("glpvda", "strict-asylum-bills", O, "GroenLinks-PvdA said it would vote against both bills", True),
            ("d66", "strict-asylum-bills", O, "D66, which has also criticised the proposals, said they would clog the courts", True),
            ("nsc", "strict-asylum-bills", S, "would propose a handful of amendments but remained behind the package", True),
        ],
    },
    {
        "id": "002", "published": "2025-04-18T11:05:00Z", "source": "Lowland Wire",
        "slug": "nsc-founder-omtzigt-quits-politics",
        "title": "NSC founder Omtzigt quits politics, citing exhaustion",
        "text": """THE HAGUE, Apr 18 (Lowland Wire) - Pieter Omtzigt, who founded New Social Contract less than two years ago and led it to 20 seats in the 2023 election, said on Friday he was leaving parliament and stepping down as party leader, citing exhaustion.

In a letter to party members, Omtzigt wrote that he no longer had the energy the job demanded and that he wanted to give the party room to carry on without him. He did not mention asylum, the coalition's most divisive file, and an aide said he would not be giving interviews.

Nicolien van Vroonhoven, a co-founder and one of the party's most experienced lawmakers, is expected to take over as leader of the parliamentary group. The party board will meet next week to settle the arrangements.

Omtzigt stayed out of the cabinet formed last July under Prime Minister Dick Schoof, preferring to lead his group from the floor of the House. His party has slid sharply in opinion polls since the election.

Political commentators said the departure could make NSC a less predictable partner in the four-party coalition with the PVV, VVD and BBB, though the party's ministers were not expected to change course.""",
        "claims": [],
    },
    {
        "id": "003", "published": "2025-04-29T09:40:00Z", "source": "North Sea Courier",
        "slug": "municipalities-urge-keeping-dispersal-act",
        "title": "Municipalities urge government to keep Dispersal Act as Faber readies repeal",
        "text": """UTRECHT, Apr 29 (North Sea Courier) - Dutch municipalities on Tuesday urged the government to keep the Dispersal Act, the 2024 law that obliges every town to take its share of asylum seekers, as Asylum Minister Marjolein Faber prepares to scrap it.

The Association of Netherlands Municipalities said that without the law a handful of cities would again be left to house most new arrivals, and that the registration centre at Ter Apel would be overcrowded within weeks.

Faber told reporters on Tuesday that the bill withdrawing the law was on schedule. She has argued that municipalities, not The Hague, should decide whether to open reception centres.

New Social Contract, a coalition partner, has so far stopped short of endorsing the repeal. Its asylum spokesman said NSC could accept scrapping the law only if a workable alternative for sharing out reception places was in place first.

GroenLinks-PvdA called the plan reckless. Its asylum spokeswoman said abolishing the law would mean tent camps outside Ter Apel by the autumn.

The coalition agreement signed last year commits the governing parties to withdrawing the act, but parliament has not yet voted on a repeal.""",
        "claims": [
            ("pvv", "scrap-dispersal-act", S, "Faber told reporters on Tuesday that the bill withdrawing the law was on schedule", True),
            ("nsc", "scrap-dispersal-act", C, "NSC could accept scrapping the law only if a workable alternative", True),
            ("glpvda", "scrap-dispersal-act", O, "GroenLinks-PvdA called the plan reckless", True),
        ],
    },
    {
        "id": "004", "published": "2025-05-20T13:30:00Z", "source": "Delta Ledger",
        "slug": "wilders-signals-new-asylum-push",
        "title": "Wilders signals new asylum push, says his patience is running out",
        "text": """THE HAGUE, May 20 (Delta Ledger) - Geert Wilders said on Tuesday his patience with the pace of asylum policy was running out and that he would soon present new demands to his coalition partners.

The PVV leader, whose party won the 2023 election on a promise of the strictest asylum policy ever, told reporters in parliament that the number of new applications was still far too high. He said the Netherlands needed a complete halt to new asylum requests and that he would not wait for European rules that take effect next year.

Wilders did not say what he would do if his partners refused, and declined to say whether he was prepared to bring down the government. "Wait and see," he said.

Officials in two coalition parties said they had not been told what the new plan would contain. Analysts said the timing, weeks before a NATO summit in The Hague, suggested Wilders was seeking leverage rather than an exit.

Prime Minister Dick Schoof, who has no party affiliation, told a news conference after the weekly cabinet meeting that the government was already working on the toughest package in decades and that the asylum bills should be passed first.""",
        "claims": [
            ("pvv", "asylum-freeze", S, "the Netherlands needed a complete halt to new asylum requests", True),
            ("cabinet", "strict-asylum-bills", S, "the asylum bills should be passed first", True),
        ],
    },
    {
        "id": "005", "published": "2025-05-26T12:45:00Z", "source": "Lowland Wire",
        "slug": "wilders-gives-coalition-weeks-to-adopt-asylum-plan",
        "title": "Wilders gives coalition weeks to adopt asylum plan or PVV walks",
        "text": """THE HAGUE, May 26 (Lowland Wire) - Geert Wilders on Monday presented a 10-point plan to halt asylum migration and said his Party for Freedom would leave the governing coalition if its partners did not adopt it within weeks.

The plan calls for the army to be deployed at the Dutch borders to turn back asylum seekers, a freeze on all new asylum applications and a stop to family reunification for recognised refugees. It also demands the closure of asylum centres and the rapid repeal of the Dispersal Act.

If the measures were not carried out, the PVV would be out, Wilders told a packed news conference in the parliamentary press centre. He said he had been patient for almost a year and that Dutch voters had run out of patience too.

The PVV leader argued that European treaties left room for national emergency measures, a view many legal scholars reject. He also wants Syrians with temporary permits sent home now that, in his view, parts of Syria are safe.

The three other coalition parties, the VVD, NSC and BBB, did not respond immediately. A spokesman for Prime Minister Dick Schoof said the cabinet would study the plan and had no further comment.""",
        "claims": [
            ("pvv", "army-border-closure", S, "The plan calls for the army to be deployed at the Dutch borders", True),
            ("pvv", "asylum-freeze", S, "a freeze on all new asylum applications", True),
            ("pvv", "family-reunification-halt", S, "a stop to family reunification for recognised refugees", True),
            ("pvv", "scrap-dispersal-act", S, "the rapid repeal of the Dispersal Act", True),
            ("pvv", "pvv-withdraws", C, "would leave the governing coalition if its partners did not adopt it", True),
        ],
    },
    {
        "id": "006", "published": "2025-05-27T16:10:00Z", "source": "Polder Post",
        "slug": "partners-cool-on-wilders-plan",
        "title": "Partners cool on Wilders plan; Yesilgoz says soldiers cannot turn refugees away",
        "text": """THE HAGUE, May 27 (Polder Post) - Geert Wilders' coalition partners gave his 10-point asylum plan a cool reception on Tuesday, saying much of it was already under way and some of it could not be done lawfully.

VVD leader Dilan Yesilgoz said she would not be rushed by an ultimatum. Sending soldiers to the border to turn asylum seekers away was not possible under European law, she said, though checks by the military police could be stepped up.

Nicolien van Vroonhoven, who leads New Social Contract in parliament, said a total stop on family reunification would breach the refugee convention and that her party would not support it. The better course, she said, was to get the two asylum bills through parliament before the summer.

BBB leader Caroline van der Plas was warmer. She said many of the points matched her party's own programme, without saying which ones.

Prime Minister Dick Schoof declined to say whether he thought the plan was workable. The government would assess each point, he said after meeting Asylum Minister Marjolein Faber at his office in the Torentje.

Political analysts said the mild tone suggested the partners were betting that Wilders would not carry out his threat.""",
        "claims": [
            ("vvd", "army-border-closure", O, "Sending soldiers to the border to turn asylum seekers away was not possible", True),
            ("nsc", "family-reunification-halt", O, "a total stop on family reunification would breach the refugee convention", True),
            ("nsc", "strict-asylum-bills", S, "get the two asylum bills through parliament before the summer", True),
        ],
    },
    {
        "id": "007", "published": "2025-05-28T14:00:00Z", "source": "North Sea Courier",
        "slug": "opposition-lawyers-reject-asylum-freeze",
        "title": "Opposition and lawyers say Wilders' asylum freeze would break the law",
        "text": """AMSTERDAM, May 28 (North Sea Courier) - Opposition leaders and legal scholars lined up on Wednesday to reject Geert Wilders' call for a freeze on asylum applications, saying the Netherlands could not simply stop accepting claims without leaving the refugee convention.

Frans Timmermans, who leads the GroenLinks-PvdA alliance, said an asylum stop was unlawful and unworkable and that his party would fight it in parliament and, if necessary, in court. He said sending soldiers to close the borders to refugees was "theatre" that would only drive people into the arms of smugglers.

D66 leader Rob Jetten said his party rejected the freeze as well. The answer to the queues at Ter Apel, he said, was faster decisions and the new European migration pact.

The Dutch Council for Refugees said halting family reunification would keep children apart from their parents for years.

A professor of migration law at Leiden University said soldiers could not legally be used to refuse people at a border inside the Schengen area, although Wilders' plan appeared to assume they could.

Wilders dismissed the criticism on social media as the usual noise from the left. He did not address the legal objections.""",
        "claims": [
            ("glpvda", "asylum-freeze", O, "an asylum stop was unlawful and unworkable", True),
            ("glpvda", "army-border-closure", O, "sending soldiers to close the borders to refugees was \"theatre\"", True),
            ("d66", "asylum-freeze", O, "D66 leader Rob Jetten said his party rejected the freeze as well", True),
            ("pvv", "asylum-freeze", S, "reject Geert Wilders' call for a freeze on asylum applications", False),
        ],
    },
    {
        "id": "008", "published": "2025-06-01T10:15:00Z", "source": "Delta Ledger",
        "slug": "wilders-says-pvv-will-quit-coalition",
        "title": "Wilders says PVV will quit Dutch coalition",
        "text": """THE HAGUE, Jun 1 (Delta Ledger) - Geert Wilders raised the stakes in his asylum dispute on Sunday, writing on social media that his PVV would pull out of the coalition unless most of his 10 proposals were added to the coalition agreement and carried out as soon as possible.

The PVV leader said he wanted to be crystal clear and that there would be no more waiting. He posted the results of an online poll that, according to him, showed most voters of all four coalition parties backed his plan.

The leaders of the four governing parties are due to meet on Monday evening to discuss it.

The VVD and NSC said they would not reopen the coalition agreement under pressure. BBB leader Caroline van der Plas struck a friendlier note, saying she would be happy to see soldiers turn back asylum seekers at the borders as long as that was legal.

The plan also repeats the PVV's long-standing call to scrap the Dispersal Act, which Asylum Minister Marjolein Faber has so far failed to get through parliament.

Legal experts have warned that several of the proposals, including the border plan, would conflict with European law and the 1951 refugee convention.""",
        "claims": [
            ("pvv", "pvv-withdraws", C, "would pull out of the coalition unless most of his 10 proposals were added", True),
            ("bbb", "army-border-closure", C, "soldiers turn back asylum seekers at the borders as long as that was legal", True),
            ("pvv", "scrap-dispersal-act", S, "the PVV's long-standing call to scrap the Dispersal Act", False),
        ],
    },
    {
        "id": "009", "published": "2025-06-02T21:50:00Z", "source": "Canalside Bulletin",
        "slug": "coalition-crisis-talks-end-without-deal",
        "title": "Coalition crisis talks end without deal; Wilders to sleep on it",
        "text": """THE HAGUE, Jun 2 (Canalside Bulletin) - Talks between the leaders of the four Dutch coalition parties ended late on Monday without agreement on Geert Wilders' asylum demands, leaving the future of Prime Minister Dick Schoof's government in doubt.

Wilders told reporters as he left the Catshuis, where the talks were held, that things did not look good. Asked whether the PVV would walk out, he declined to say, telling reporters only that he wanted to sleep on it and would decide on Tuesday.

Two people who attended the meeting said Wilders had insisted that the other three leaders sign his plan on the spot, including the freeze on new asylum applications. The VVD, NSC and BBB wanted civil servants to check the proposals first, the people said.

VVD leader Dilan Yesilgoz said afterwards that the talks had been serious and would continue in the morning. NSC's Nicolien van Vroonhoven said her party still would not sign up to a halt on family reunification. Caroline van der Plas of BBB said she was tired and going home.

Schoof left through a side entrance and made no comment.

A second round of talks is scheduled for Tuesday morning.""",
        "claims": [
            ("pvv", "asylum-freeze", S, "sign his plan on the spot, including the freeze on new asylum applications", False),
            ("nsc", "family-reunification-halt", O, "her party still would not sign up to a halt on family reunification", True),
        ],
    },
    {
        "id": "010", "published": "2025-06-03T09:20:00Z", "source": "Lowland Wire",
        "slug": "wilders-pulls-pvv-out-of-government",
        "title": "Wilders pulls PVV out of Dutch government over asylum",
        "text": """THE HAGUE, Jun 3 (Lowland Wire) - Geert Wilders pulled his Party for Freedom out of the Dutch coalition on Tuesday, bringing down Prime Minister Dick Schoof's government after less than a year because the other three parties would not sign his asylum plan.

Minutes after a meeting of the four party leaders that lasted only a few minutes, Wilders wrote on X that without their signatures under the asylum plans, the PVV was leaving the coalition. He said all PVV ministers would resign.

VVD leader Dilan Yesilgoz said she had brought a draft motion to the meeting asking the cabinet to work out Wilders' measures before the summer, including the deployment of soldiers at the borders, as long as each was checked against the law. Wilders had not wanted to discuss it, she said. She accused him of putting himself before the country by running away at a time of great uncertainty.

Nicolien van Vroonhoven of NSC called the decision incomprehensible, and BBB leader Caroline van der Plas said it was irresponsible to walk away now.

The collapse comes three weeks before world leaders gather in The Hague for a NATO summit.""",
        "claims": [
            ("pvv", "pvv-withdraws", S, "Geert Wilders pulled his Party for Freedom out of the Dutch coalition", True),
            ("vvd", "army-border-closure", C, "including the deployment of soldiers at the borders, as long as each was checked", True),
            ("vvd", "pvv-withdraws", O, "accused him of putting himself before the country by running away", True),
            ("nsc", "pvv-withdraws", O, "called the decision incomprehensible", True),
            ("bbb", "pvv-withdraws", O, "said it was irresponsible to walk away now", True),
        ],
    },
    {
        "id": "011", "published": "2025-06-03T11:05:00Z", "source": "North Sea Courier",
        "slug": "pvv-quits-coalition-toppling-schoof-government",
        "title": "PVV quits Dutch coalition in asylum row, toppling Schoof government",
        "text": """THE HAGUE, Jun 3 (North Sea Courier) - Geert Wilders pulled his Party for Freedom out of the Dutch coalition on Tuesday, toppling Prime Minister Dick Schoof's government after his three partners refused to sign his asylum plan.

Shortly after a brief meeting of the four party leaders, Wilders wrote on X that because the partners would not put their signatures under the asylum plans, the PVV was leaving the coalition. All PVV ministers will step down, he said.

VVD leader Dilan Yesilgoz told reporters she had taken a draft motion to the meeting asking the cabinet to work out Wilders' measures before the summer, including the deployment of soldiers at the borders, as long as each was checked against the law. According to Yesilgoz, Wilders refused to discuss it. She accused him of putting himself before the country by running away when the country needed stability.

NSC's Nicolien van Vroonhoven called the decision incomprehensible. BBB leader Caroline van der Plas said it was irresponsible to walk away now.

World leaders are due in The Hague in three weeks for a NATO summit.""",
        "claims": [
            ("pvv", "pvv-withdraws", S, "Geert Wilders pulled his Party for Freedom out of the Dutch coalition", True),
            ("vvd", "army-border-closure", C, "including the deployment of soldiers at the borders, as long as each was checked", True),
            ("vvd", "pvv-withdraws", O, "accused him of putting himself before the country by running away", True),
            ("nsc", "pvv-withdraws", O, "called the decision incomprehensible", True),
            ("bbb", "pvv-withdraws", O, "said it was irresponsible to walk away now", True),
        ],
    },
    {
        "id": "012", "published": "2025-06-03T19:40:00Z", "source": "Polder Post",
        "slug": "schoof-offers-cabinet-resignation-to-king",
        "title": "Schoof offers cabinet's resignation to King, calls walkout irresponsible",
        "text": """THE HAGUE, Jun 3 (Polder Post) - Prime Minister Dick Schoof offered the resignation of his cabinet to King Willem-Alexander on Tuesday evening, hours after Geert Wilders took the PVV out of the coalition.

Speaking to reporters after an emergency cabinet meeting, Schoof said the PVV's decision was irresponsible and unnecessary at a moment when the country faced major challenges at home and abroad. The remaining ministers from the VVD, NSC and BBB would stay on in a caretaker role, he said.

Schoof said the government would continue to prepare the NATO summit and would not drop the asylum bills already before parliament. Whether a caretaker cabinet could still see them through was for the House to decide, he added.

The King received Schoof at Huis ten Bosch palace. The palace said the King was considering the request.

PVV ministers, including Asylum Minister Marjolein Faber and Health Minister Fleur Agema, will leave their posts, and their portfolios will be shared out among the remaining ministers.

An election is expected in the autumn. The date will be set after advice from the Electoral Council.""",
        "claims": [
            ("cabinet", "pvv-withdraws", O, "Schoof said the PVV's decision was irresponsible and unnecessary", True),
            ("cabinet", "strict-asylum-bills", S, "would not drop the asylum bills already before parliament", True),
            ("pvv", "pvv-withdraws", S, "hours after Geert Wilders took the PVV out of the coalition", False),
        ],
    },
    {
        "id": "013", "published": "2025-06-04T17:30:00Z", "source": "Delta Ledger",
        "slug": "yesilgoz-wont-say-whether-door-to-pvv-is-shut",
        "title": "Yesilgoz won't say whether door to PVV is shut",
        "text": """THE HAGUE, Jun 4 (Delta Ledger) - VVD leader Dilan Yesilgoz refused on Wednesday to say whether her party would rule out governing with the PVV again, during a heated parliamentary debate on the collapse of the Schoof cabinet.

Pressed repeatedly by opposition leaders, Yesilgoz said she would first talk to party members and that voters deserved a considered answer.

Frans Timmermans, leader of GroenLinks-PvdA, said the country needed an election as soon as possible and that the PVV must never again be given a seat at the cabinet table. D66's Rob Jetten said no serious party should invite Wilders back into government.

Wilders, for his part, said he intended to become prime minister after the election and would put asylum at the centre of his campaign. He said his former partners had chosen to keep the doors wide open.

CDA leader Henri Bontenbal said Wilders had shown once again that he could not be relied on, but did not say whether his party would exclude the PVV.""",
        "claims": [
            ("glpvda", "pvv-in-next-cabinet", O, "the PVV must never again be given a seat at the cabinet table", True),
            ("d66", "pvv-in-next-cabinet", O, "no serious party should invite Wilders back into government", True),
            ("pvv", "pvv-in-next-cabinet", S, "he intended to become prime minister after the election", True),
        ],
    },
    {
        "id": "014", "published": "2025-06-06T14:10:00Z", "source": "Canalside Bulletin",
        "slug": "early-election-set-for-october-29",
        "title": "Netherlands to hold early election on October 29",
        "text": """THE HAGUE, Jun 6 (Canalside Bulletin) - The Netherlands will hold an early general election on October 29, the caretaker government announced on Friday after consulting the Electoral Council.

Interior Minister Judith Uitermark said the date gave municipalities enough time to organise the vote and parties enough time to draw up their candidate lists. Parties must register their lists by mid-September.

The government also confirmed how the portfolios of the departed PVV ministers would be shared out. Justice Minister David van Weel will take charge of asylum and migration on top of his own ministry, while other caretaker ministers will cover the remaining posts.

Van Weel, a former NATO official who joined the cabinet last year, did not take questions after the weekly cabinet meeting. A spokesman said he would set out his plans to parliament next week.

The vote will be the second general election in under two years. Opinion polls suggest a close race between the PVV and the GroenLinks-PvdA alliance, with the VVD in third place.

Constitutional experts said a caretaker cabinet would normally avoid controversial decisions, but that parliament itself could decide which bills to keep on its agenda.""",
        "claims": [],
    },
    {
        "id": "015", "published": "2025-06-09T19:45:00Z", "source": "Polder Post",
        "slug": "vvd-rules-out-new-coalition-with-pvv",
        "title": "VVD rules out new coalition with Wilders' PVV",
        "text": """THE HAGUE, Jun 9 (Polder Post) - VVD leader Dilan Yesilgoz on Monday ruled out forming another government with Geert Wilders' PVV, calling him an incredibly unreliable partner.

Yesilgoz told a national newspaper that the VVD would not work with Wilders again and that the Netherlands needed grown-up leadership in difficult times. The party later set out the position on its website. She said she had spent the past week talking to members and had found nobody who wanted to give Wilders another chance.

It was Yesilgoz who, before the 2023 election, reopened the door to the PVV after her predecessor Mark Rutte had refused to govern with Wilders again.

She said the VVD would keep pushing for the two asylum bills in parliament, with or without the PVV's votes.

Wilders hit back within hours. On X he wrote that a vote for the VVD was now a vote for the left, and accused Yesilgoz of running off to GroenLinks-PvdA for more asylum.

Yesilgoz did not rule out talks with GroenLinks-PvdA after the election, although she said the two parties differed sharply.""",
        "claims": [
            ("vvd", "pvv-in-next-cabinet", O, "ruled out forming another government with Geert Wilders' PVV", True),
            ("vvd", "strict-asylum-bills", S, "the VVD would keep pushing for the two asylum bills in parliament", True),
        ],
    },
    {
        "id": "016", "published": "2025-06-09T21:30:00Z", "source": "Lowland Wire",
        "slug": "yesilgoz-shuts-door-on-wilders",
        "title": "Yesilgoz shuts door on governing with Wilders again",
        "text": """THE HAGUE, Jun 9 (Lowland Wire) - The VVD's Dilan Yesilgoz ruled out forming another government with Geert Wilders' PVV on Monday, describing the PVV leader as an incredibly unreliable partner.

In an interview with a national newspaper, Yesilgoz said the VVD would not work with Wilders again and that the country needed grown-up leadership at a difficult time. The position was later posted on the party's website. Over the past week, she said, she had talked to many members and none had wanted to give Wilders another chance.

Before the 2023 election it was Yesilgoz who reopened the door to the PVV, after her predecessor Mark Rutte had refused to govern with Wilders again.

She added that the VVD would keep pushing for the two asylum bills in parliament, with or without the PVV's votes.

Within hours Wilders responded on X, writing that a vote for the VVD was now a vote for the left and accusing Yesilgoz of running off to GroenLinks-PvdA for more asylum.

Yesilgoz did not exclude talks with GroenLinks-PvdA after the election, though she said the parties differed sharply.""",
        "claims": [
            ("vvd", "pvv-in-next-cabinet", O, "ruled out forming another government with Geert Wilders' PVV", True),
            ("vvd", "strict-asylum-bills", S, "the VVD would keep pushing for the two asylum bills in parliament", True),
        ],
    },
    {
        "id": "017", "published": "2025-06-12T16:40:00Z", "source": "North Sea Courier",
        "slug": "house-backs-pressing-on-with-asylum-bills",
        "title": "House backs pressing on with asylum bills despite cabinet collapse",
        "text": """THE HAGUE, Jun 12 (North Sea Courier) - A large majority in the Dutch House of Representatives voted on Thursday to keep working on asylum legislation despite the fall of the cabinet, clearing the way for a debate on the two bills drafted by former minister Marjolein Faber.

The motion, tabled by JA21 leader Joost Eerdmans, was backed by all four former coalition parties as well as the CDA, SGP, ChristenUnie and D66.

D66 said its vote was about letting parliament do its work and did not mean it would back the bills, which it still considered unworkable.

David van Weel, the justice minister who has taken over the asylum portfolio, told lawmakers the caretaker cabinet would defend both bills in the House and hoped for a final vote before the summer recess. He said he would not add major new measures such as an asylum freeze, because a caretaker government should not launch new policy.

The PVV said it would vote for the bills provided they were not watered down.

GroenLinks-PvdA voted against the motion. The House is due to decide next week which other files to declare controversial and leave for the next government.""",
        "claims": [
            ("d66", "strict-asylum-bills", O, "did not mean it would back the bills, which it still considered unworkable", True),
            ("cabinet", "strict-asylum-bills", S, "the caretaker cabinet would defend both bills in the House", True),
            ("cabinet", "asylum-freeze", O, "would not add major new measures such as an asylum freeze", True),
            ("pvv", "strict-asylum-bills", C, "would vote for the bills provided they were not watered down", True),
        ],
    },
    {
        "id": "018", "published": "2025-06-14T14:20:00Z", "source": "Canalside Bulletin",
        "slug": "yesilgoz-no-deal-with-wilders-even-at-50-seats",
        "title": "Yesilgoz: no deal with Wilders even if he wins 50 seats",
        "text": """NIEUWEGEIN, Jun 14 (Canalside Bulletin) - Dilan Yesilgoz told a congress of the People's Party for Freedom and Democracy on Saturday that the liberals would not share power with the PVV after the October election, even if Geert Wilders' party won 50 seats.

Delegates applauded as she said every vote for Wilders was a wasted vote, because he had shown he would walk away from responsibility. Senior party figures had urged her in recent days to restore the old cordon around the Freedom Party.

Yesilgoz said the VVD would fight for the strictest possible asylum policy, starting with the two bills now before parliament, and argued that only a stable centre-right cabinet could deliver it.

She also took aim at GroenLinks-PvdA, saying the alliance had drifted away from the centre, but stopped short of ruling it out.

In a separate development, NSC's Nicolien van Vroonhoven said on Saturday she would not seek to lead her party into the election. She did not comment on asylum policy or on possible coalition partners.""",
        "claims": [
            ("vvd", "pvv-in-next-cabinet", O, "would not share power with the PVV after the October election", True),
            ("vvd", "strict-asylum-bills", S, "fight for the strictest possible asylum policy, starting with the two bills now before parliament", True),
        ],
    },
    {
        "id": "019", "published": "2025-06-24T12:00:00Z", "source": "Lowland Wire",
        "slug": "leaders-arrive-in-the-hague-for-nato-summit",
        "title": "Leaders arrive in The Hague for NATO summit hosted by caretaker Schoof",
        "text": """THE HAGUE, Jun 24 (Lowland Wire) - World leaders arrived in The Hague on Tuesday for a two-day NATO summit hosted by caretaker Prime Minister Dick Schoof, three weeks after his government collapsed.

Schoof greeted leaders at the World Forum conference centre, where security was the tightest the city had seen in decades. Thousands of police officers and soldiers were deployed, and large parts of the city were sealed off.

The summit is expected to approve a new target of 5 percent of national output for defence and related spending. Schoof has said the Netherlands will meet its obligations, although the next government will have to find the money.

Domestic politics were kept off the agenda. Asked whether the cabinet crisis had weakened his hand, Schoof said he was there as the host and would not comment on the election campaign.

King Willem-Alexander and Queen Maxima were to host a dinner for the leaders at Huis ten Bosch palace on Tuesday evening.

NATO Secretary-General Mark Rutte, a former Dutch prime minister, said he was glad to be back in his home town.""",
        "claims": [],
    },
    {
        "id": "020", "published": "2025-06-26T15:00:00Z", "source": "Delta Ledger",
        "slug": "asylum-bills-debate-opens",
        "title": "Asylum bills debate opens with PVV and CDA holding the key",
        "text": """THE HAGUE, Jun 26 (Delta Ledger) - Parliament began its debate on the two strict asylum bills on Thursday, with the outcome depending on the PVV in the lower house and on the CDA in the Senate.

Caretaker Asylum Minister David van Weel urged lawmakers to pass the package before the summer recess. The bills would end permanent asylum permits, shorten temporary ones from five to three years and restrict family reunification for many refugees.

Wilders repeated that his party would not back the bills if they came back weaker than Faber had written them. The PVV has tabled several amendments to make them stricter.

CDA leader Henri Bontenbal said his party was sympathetic to the bills but wanted the two-status system to start only when the European migration pact takes effect next June.

A GroenLinks-PvdA lawmaker said the bills would punish children for their parents' flight and that the alliance would vote against them.

The debate is expected to last into next week, with a final vote planned before the recess.""",
        "claims": [
            ("cabinet", "strict-asylum-bills", S, "urged lawmakers to pass the package before the summer recess", True),
            ("pvv", "strict-asylum-bills", C, "his party would not back the bills if they came back weaker", True),
            ("glpvda", "strict-asylum-bills", O, "the alliance would vote against them", True),
        ],
    },
    {
        "id": "021", "published": "2025-07-01T20:10:00Z", "source": "Canalside Bulletin",
        "slug": "house-votes-to-make-illegal-stay-a-crime",
        "title": "House votes to make illegal stay a crime; NSC threatens to sink asylum bill",
        "text": """THE HAGUE, Jul 1 (Canalside Bulletin) - The Dutch lower house narrowly adopted a PVV amendment on Tuesday that would make staying in the Netherlands without a residence permit a criminal offence, throwing Thursday's final vote on the asylum bills into doubt.

The amendment passed by 72 votes to 69 while several opposition lawmakers were away at the Keti Koti commemoration of the abolition of slavery. As drafted, it could also expose people who help undocumented migrants to prosecution.

NSC said it would not vote for the emergency asylum bill unless Asylum Minister David van Weel guaranteed in writing that offering someone without papers a meal or a bed would never be punishable. An NSC lawmaker said a cup of soup should not land anyone in court.

Asked how the PVV would vote on Thursday, Geert Wilders said reporters would have to wait and see, adding that he still had to look at the whole package with his group.

A PVV amendment to withdraw the Dispersal Act at once was voted down, as was one requiring asylum seekers to sign a declaration rejecting sharia law.

Van Weel said he would write to the House before the final vote.""",
        "claims": [
            ("nsc", "strict-asylum-bills", C, "would not vote for the emergency asylum bill unless Asylum Minister David van Weel guaranteed", True),
            ("pvv", "scrap-dispersal-act", S, "A PVV amendment to withdraw the Dispersal Act at once was voted down", True),
        ],
    },
    {
        "id": "022", "published": "2025-07-03T22:15:00Z", "source": "Polder Post",
        "slug": "lower-house-passes-strictest-asylum-laws",
        "title": "Dutch lower house passes strictest-ever asylum laws",
        "text": """THE HAGUE, Jul 3 (Polder Post) - The Dutch House of Representatives passed two bills late on Thursday that are meant to deliver the strictest asylum policy the country has known, sending them on to the Senate.

The bill introducing a two-status system passed by 95 votes to 55 and the emergency asylum measures bill by 94 to 56 in roll-call votes shortly before midnight.

The PVV voted for both bills, despite earlier warnings that it might not. NSC also backed them after Asylum Minister David van Weel wrote to the House that the new offence of illegal stay would not take effect until the Council of State had advised on it. An NSC spokesman said the letter gave the party the guarantee it had asked for.

The VVD and BBB voted in favour, as did JA21 and the SGP. GroenLinks-PvdA, D66 and the CDA voted against. CDA leader Henri Bontenbal called the process chaotic.

The Senate is not expected to vote before the autumn. Frans Timmermans said his alliance would urge senators to reject the laws.""",
        "claims": [
            ("pvv", "strict-asylum-bills", S, "The PVV voted for both bills", True),
            ("nsc", "strict-asylum-bills", S, "NSC also backed them after Asylum Minister David van Weel wrote to the House", True),
            ("vvd", "strict-asylum-bills", S, "The VVD and BBB voted in favour", True),
            ("bbb", "strict-asylum-bills", S, "The VVD and BBB voted in favour", True),
            ("glpvda", "strict-asylum-bills", O, "GroenLinks-PvdA, D66 and the CDA voted against", True),
            ("d66", "strict-asylum-bills", O, "GroenLinks-PvdA, D66 and the CDA voted against", True),
        ],
    },
    {
        "id": "023", "published": "2025-07-10T13:00:00Z", "source": "North Sea Courier",
        "slug": "caretaker-cabinet-sticks-with-plan-to-scrap-dispersal-act",
        "title": "Caretaker cabinet sticks with plan to scrap Dispersal Act",
        "text": """THE HAGUE, Jul 10 (North Sea Courier) - The Hague has not abandoned its plan to scrap the Dispersal Act, Asylum Minister David van Weel made clear on Thursday in a letter setting out the asylum measures the caretaker cabinet intends to pursue before the election.

The letter lists the withdrawal of the law, which obliges every municipality to provide reception places, among the steps the ministry will keep working on, and promises an update to parliament in the autumn.

Mayors reacted with dismay. The Association of Netherlands Municipalities said towns that had just signed contracts for new reception centres were being left in limbo.

The letter does not mention an asylum freeze or soldiers at the border, two ideas from the PVV's former 10-point plan.

GroenLinks-PvdA said the cabinet should keep the law and concentrate instead on ending the overcrowding at the Ter Apel registration centre.

BBB welcomed the letter, saying the Dispersal Act had forced villages to accept large centres against the wishes of residents.""",
        "claims": [
            ("cabinet", "scrap-dispersal-act", S, "The Hague has not abandoned its plan to scrap the Dispersal Act", True),
            ("glpvda", "scrap-dispersal-act", O, "the cabinet should keep the law", True),
            ("bbb", "scrap-dispersal-act", S, "BBB welcomed the letter, saying the Dispersal Act had forced villages", True),
        ],
    },
    {
        "id": "024", "published": "2025-08-23T07:30:00Z", "source": "Lowland Wire",
        "slug": "nsc-quits-caretaker-cabinet-over-israel",
        "title": "NSC quits caretaker cabinet after foreign minister resigns over Israel",
        "text": """THE HAGUE, Aug 23 (Lowland Wire) - New Social Contract withdrew all its ministers and junior ministers from the Dutch caretaker cabinet late on Friday, after Foreign Minister Caspar Veldkamp resigned over the government's refusal to back further measures against Israel.

Veldkamp said he had not been able to win enough support in the cabinet for new sanctions over the war in Gaza. Deputy Prime Minister Eddy van Hijum, NSC's lead candidate for the October election, then announced that the party's other ministers would follow him out.

It is the first time since the Second World War that a party has left a cabinet that was already serving in a caretaker role. Only the VVD and BBB now remain, with 32 of the 150 seats in the lower house.

Prime Minister Dick Schoof said the remaining ministers would temporarily take over the vacant portfolios. Defence Minister Ruben Brekelmans will act as foreign minister.

Political analysts said the departure might complicate the handling of the asylum bills in the Senate, although NSC has no seats there. NSC did not comment on the asylum laws on Friday.""",
        "claims": [],
    },
    {
        "id": "025", "published": "2025-08-30T12:00:00Z", "source": "Delta Ledger",
        "slug": "wilders-vows-to-shut-dutch-borders",
        "title": "Wilders vows to shut Dutch borders in election programme",
        "text": """THE HAGUE, Aug 30 (Delta Ledger) - Geert Wilders presented the PVV's election programme on Saturday, promising a complete stop to asylum, an end to family reunification for refugees and soldiers at the border to turn back anyone seeking protection.

The programme says the Netherlands should declare an asylum emergency to justify setting aside parts of European law. Goods and tourists would still cross the borders freely, Wilders said, and only asylum seekers would be refused entry.

Wilders said he would not rule out working with the VVD after the election, despite Dilan Yesilgoz's refusal to govern with him. The voters would decide, he said.

Polls put the PVV narrowly ahead of GroenLinks-PvdA, with the CDA rising fast under Henri Bontenbal and NSC close to losing all of its seats.

The VVD declined to comment on the programme. A BBB spokesman said the party would publish its own plans next week.""",
        "claims": [
            ("pvv", "asylum-freeze", S, "promising a complete stop to asylum", True),
            ("pvv", "family-reunification-halt", S, "an end to family reunification for refugees", True),
            ("pvv", "army-border-closure", S, "soldiers at the border to turn back anyone seeking protection", True),
            ("pvv", "pvv-in-next-cabinet", S, "would not rule out working with the VVD after the election", True),
            ("vvd", "pvv-in-next-cabinet", O, "despite Dilan Yesilgoz's refusal to govern with him", False),
        ],
    },
    {
        "id": "026", "published": "2025-09-18T17:00:00Z", "source": "Canalside Bulletin",
        "slug": "bbb-motion-demands-scrapping-dispersal-act",
        "title": "BBB motion demands caretaker cabinet scrap Dispersal Act",
        "text": """THE HAGUE, Sep 18 (Canalside Bulletin) - BBB leader Caroline van der Plas tabled a motion on Thursday calling on the caretaker government to withdraw the Dispersal Act, as promised in last year's coalition agreement, during the annual debate on the government's plans for the coming year.

Van der Plas said the country could not cope with the current number of asylum seekers and that towns should not be forced to open centres against their will.

Prime Minister Dick Schoof told the House the cabinet still intended to withdraw the law, as set out in its July letter, but that parliament would have the last word.

D66 leader Rob Jetten said his party wanted to keep the law, arguing that without it the same few municipalities would again carry the whole load.

Much of the debate was taken up by the budget presented on Tuesday and by the war in Gaza. Geert Wilders used part of his speaking time to repeat his call for an asylum freeze and to attack the VVD.

The House will vote on the motions later on Thursday.""",
        "claims": [
            ("bbb", "scrap-dispersal-act", S, "calling on the caretaker government to withdraw the Dispersal Act", True),
            ("cabinet", "scrap-dispersal-act", S, "the cabinet still intended to withdraw the law", True),
            ("d66", "scrap-dispersal-act", O, "his party wanted to keep the law", True),
            ("pvv", "asylum-freeze", S, "repeat his call for an asylum freeze", True),
        ],
    },
    {
        "id": "027", "published": "2025-09-20T19:30:00Z", "source": "North Sea Courier",
        "slug": "anti-asylum-protest-in-the-hague-turns-violent",
        "title": "Anti-asylum protest in The Hague turns violent; D66 office attacked",
        "text": """THE HAGUE, Sep 20 (North Sea Courier) - A demonstration against asylum policy in The Hague turned violent on Saturday as rioters threw stones at police, set a police car on fire and smashed windows at the nearby offices of D66.

Several thousand people had gathered on the Malieveld for the protest, which organisers said was meant to force politicians to close the borders. Police used water cannon and tear gas to clear a motorway that some protesters had blocked, and dozens of people were detained.

Caretaker Prime Minister Dick Schoof called the violence shocking and unacceptable. D66 leader Rob Jetten said his party would not be intimidated and would carry on campaigning.

Geert Wilders condemned the rioters, calling them idiots, but said the anger behind the protest was real and that only an asylum stop would take it away. Dilan Yesilgoz said those responsible must be prosecuted.

Police said several officers had been injured. The city said it would review how the march had been able to move from the Malieveld towards the city centre.""",
        "claims": [
            ("pvv", "asylum-freeze", S, "only an asylum stop would take it away", True),
        ],
    },
    {
        "id": "028", "published": "2025-10-07T15:30:00Z", "source": "Polder Post",
        "slug": "junior-coalition-parties-rival-asylum-pitches",
        "title": "Junior coalition parties fight for survival with rival asylum pitches",
        "text": """ZWOLLE, Oct 7 (Polder Post) - The two junior parties of the fallen coalition set out different asylum pitches on Tuesday as they try to stay relevant three weeks before the election.

NSC lead candidate Eddy van Hijum said his party stood by the asylum bills it voted for in July, which are now before the Senate, but would not join any call to stop family reunification altogether, which he said would tear families apart and fail in court.

Asked whether NSC would govern with the PVV after the election, Van Hijum declined to say, noting that his party was fighting for its survival.

BBB leader Caroline van der Plas, campaigning in Overijssel, said her party wanted a freeze on new asylum applications. She said BBB would only govern with the PVV again if Wilders showed he could be trusted.

Polls suggest NSC could lose almost all of its 20 seats, while BBB is expected to keep a handful.

The PVV did not respond to requests for comment.""",
        "claims": [
            ("nsc", "strict-asylum-bills", S, "his party stood by the asylum bills it voted for in July", True),
            ("nsc", "family-reunification-halt", O, "would not join any call to stop family reunification altogether", True),
            ("bbb", "asylum-freeze", S, "her party wanted a freeze on new asylum applications", True),
            ("bbb", "pvv-in-next-cabinet", C, "BBB would only govern with the PVV again if Wilders showed he could be trusted", True),
        ],
    },
    {
        "id": "029", "published": "2025-10-14T21:45:00Z", "source": "Lowland Wire",
        "slug": "timmermans-and-wilders-clash-over-asylum-freeze",
        "title": "Timmermans and Wilders clash over asylum freeze in TV debate",
        "text": """ROTTERDAM, Oct 14 (Lowland Wire) - GroenLinks-PvdA leader Frans Timmermans and PVV leader Geert Wilders clashed over asylum on Tuesday night in a televised election debate.

Wilders said that as prime minister he would stop all new asylum applications on his first day and send soldiers to the borders. Timmermans called the asylum stop a fantasy that would collapse at the first court hearing.

Timmermans said he wanted faster procedures and a fairer spread of asylum seekers across the country, which he said meant keeping the Dispersal Act. He did not say how many asylum seekers the Netherlands should take in.

Wilders said Timmermans wanted more refugees and would let the relatives of every status holder follow, an accusation Timmermans rejected as untrue.

D66 leader Rob Jetten, who joined in a later round, said his party wanted to talk about building homes rather than fight about asylum, and declined to say whether D66 would accept a cap on asylum numbers.

Snap polls after the debate were split on who had won.""",
        "claims": [
            ("pvv", "asylum-freeze", S, "he would stop all new asylum applications on his first day", True),
            ("pvv", "army-border-closure", S, "send soldiers to the borders", True),
            ("glpvda", "asylum-freeze", O, "Timmermans called the asylum stop a fantasy that would collapse at the first court hearing", True),
            ("glpvda", "scrap-dispersal-act", O, "which he said meant keeping the Dispersal Act", True),
        ],
    },
    {
        "id": "030", "published": "2025-10-23T21:15:00Z", "source": "Delta Ledger",
        "slug": "yesilgoz-pvv-stays-out-however-big",
        "title": "Yesilgoz: PVV stays out of cabinet however big it gets",
        "text": """HILVERSUM, Oct 23 (Delta Ledger) - VVD leader Dilan Yesilgoz said on Thursday that Geert Wilders would not get into a cabinet however many seats his PVV won, in a televised debate six days before the election.

When the host pointed out that most parties had ruled out working with him, Wilders told him to wait and see how big the PVV would become. It made no difference, Yesilgoz replied.

Wilders said the PVV was ready to lead the next government and that voters, not party leaders, would decide. He accused Yesilgoz of paving the way for a cabinet led by Frans Timmermans.

Yesilgoz said the opposite was true and that every vote for Wilders was a vote taken away from a stable centre-right government.

CDA leader Henri Bontenbal, whose party has climbed in the polls, said politics had been held hostage by Wilders for a year and that it was time to turn the page.

Asked whether the VVD would accept an asylum freeze in coalition talks, Yesilgoz declined to say.""",
        "claims": [
            ("vvd", "pvv-in-next-cabinet", O, "Geert Wilders would not get into a cabinet however many seats his PVV won", True),
            ("pvv", "pvv-in-next-cabinet", S, "the PVV was ready to lead the next government", True),
        ],
    },
    {
        "id": "031", "published": "2025-10-30T08:30:00Z", "source": "Polder Post",
        "slug": "d66-and-pvv-level-as-jetten-claims-lead",
        "title": "D66 and PVV level as Jetten claims lead in Dutch election",
        "text": """AMSTERDAM, Oct 30 (Polder Post) - D66 and the PVV were running level at about 26 seats each on Thursday as the last votes in the Dutch general election were counted, with Rob Jetten's party slightly ahead in the popular vote.

Jetten told supporters that D66 would try to form a broad government from the centre and repeated that there was no place in it for the PVV.

Wilders, whose party lost about 11 of its 37 seats, said the PVV remained ready to govern and that voters had once again made it one of the two largest parties. He complained that other parties were shutting out hundreds of thousands of voters.

GroenLinks-PvdA fell to around 20 seats. Frans Timmermans announced on election night that he would step down as the alliance's leader.

The VVD was on course for 22 seats and the CDA for 18. Dilan Yesilgoz congratulated Jetten but did not say which parties she preferred to govern with. NSC looked set to lose all of its seats.

The Electoral Council will declare the official result next week.""",
        "claims": [
            ("d66", "pvv-in-next-cabinet", O, "repeated that there was no place in it for the PVV", True),
            ("pvv", "pvv-in-next-cabinet", S, "the PVV remained ready to govern", True),
        ],
    },
]

SHIFTS = [
    {"actor": "pvv", "issue": "pvv-withdraws", "from": "oppose", "to": "conditional", "article": "005",
     "why": "Wilders presents the 10-point plan and says the PVV will leave the coalition if the partners do not adopt it; until then the PVV was a committed coalition member (baseline)."},
    {"actor": "vvd", "issue": "army-border-closure", "from": "oppose", "to": "conditional", "article": "010",
     "why": "Yesilgoz says she brought a motion asking the cabinet to work out Wilders' measures, including soldiers at the borders, subject to a legal check; in 006 she said turning asylum seekers away with soldiers was not possible."},
    {"actor": "pvv", "issue": "pvv-withdraws", "from": "conditional", "to": "support", "article": "010",
     "why": "Wilders pulls the PVV out of the coalition; in 005 and 008 leaving was a threat tied to the plan being adopted. 011 is the duplicate copy and must not alert again."},
    {"actor": "pvv", "issue": "strict-asylum-bills", "from": "support", "to": "conditional", "article": "017",
     "why": "After the collapse the PVV says it will vote for Faber's bills only provided they are not watered down; before, it backed them outright (baseline, 001)."},
    {"actor": "nsc", "issue": "strict-asylum-bills", "from": "support", "to": "conditional", "article": "021",
     "why": "NSC says it will not vote for the emergency bill unless Van Weel guarantees in writing that humanitarian help stays legal; in 001 and 006 it backed the package."},
    {"actor": "pvv", "issue": "strict-asylum-bills", "from": "conditional", "to": "support", "article": "022",
     "why": "The PVV votes for both bills in the final roll call; in 017 and 020 its vote depended on the bills not being weakened, and in 021 Wilders would not say."},
    {"actor": "nsc", "issue": "strict-asylum-bills", "from": "conditional", "to": "support", "article": "022",
     "why": "NSC votes for both bills after Van Weel's letter gives it the guarantee it set as its condition in 021."},
]

DUPLICATES = [("010", "011"), ("015", "016")]

STANCES = {S, O, C}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    section = None
    actors, issues, baseline = set(), set(), {}
    for line in text.splitlines():
        if re.match(r"^\w+:\s*$", line):
            section = line.strip().rstrip(":")
            continue
        m = re.match(r"^\s+- id: ([\w-]+)\s*$", line)
        if m:
            (actors if section == "actors" else issues).add(m.group(1))
            continue
        m = re.match(r"^\s+- \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}\s*$", line)
        if m and section == "baseline":
            baseline[(m.group(1), m.group(2))] = m.group(3)
    if not actors or not issues:
        fail("could not parse watchlist.yaml")
    for (a, i), st in baseline.items():
        if a not in actors or i not in issues or st not in STANCES:
            fail(f"bad baseline entry {a} {i} {st}")
    return actors, issues, baseline


def url_of(art):
    d = art["published"][:10].replace("-", "/")
    return f"https://example.org/{OUTLETS[art['source']]}/{d}/{art['slug']}"


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def recompute_shifts(baseline):
    prevailing = dict(baseline)
    out = []
    for art in ARTICLES:
        for (a, i, st, _q, attributed) in art["claims"]:
            if not attributed:
                continue
            prev = prevailing.get((a, i))
            if prev is not None and prev != st:
                out.append((a, i, prev, st, art["id"]))
            prevailing[(a, i)] = st
    return out


def main():
    actors, issues, baseline = read_watchlist()

    # ---- validate articles ----
    prev_dt = None
    for n, art in enumerate(ARTICLES, start=1):
        if art["id"] != f"{n:03d}":
            fail(f"id {art['id']} out of sequence (expected {n:03d})")
        if art["source"] not in OUTLETS:
            fail(f"{art['id']}: unknown outlet {art['source']}")
        dt = parse_dt(art["published"])
        if prev_dt is not None and dt <= prev_dt:
            fail(f"{art['id']}: not in publication order")
        prev_dt = dt
        text = art["text"]
        words = len(text.split())
        if not 120 <= words <= 260:
            fail(f"{art['id']}: {words} words")
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]{2}) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            fail(f"{art['id']}: bad dateline")
        if m.group(4) != art["source"]:
            fail(f"{art['id']}: dateline outlet {m.group(4)} != {art['source']}")
        if m.group(2) != MONTHS[dt.month - 1] or int(m.group(3)) != dt.day:
            fail(f"{art['id']}: dateline date {m.group(2)} {m.group(3)} != {art['published']}")
        seen = set()
        for (a, i, st, q, attributed) in art["claims"]:
            if a not in actors:
                fail(f"{art['id']}: unknown actor {a}")
            if i not in issues:
                fail(f"{art['id']}: unknown issue {i}")
            if st not in STANCES:
                fail(f"{art['id']}: bad stance {st}")
            if not isinstance(attributed, bool):
                fail(f"{art['id']}: attributed must be bool")
            if q not in text:
                fail(f"{art['id']}: quote not in text: {q!r}")
            if len(q.split()) > 15:
                fail(f"{art['id']}: quote over 15 words: {q!r}")
            if (a, i) in seen:
                fail(f"{art['id']}: two claims for {a}/{i}")
            seen.add((a, i))
    ids = [a["id"] for a in ARTICLES]
    by_id = {a["id"]: a for a in ARTICLES}

    # ---- duplicates ----
    for x, y in DUPLICATES:
        ax, ay = by_id[x], by_id[y]
        if ax["published"][:10] != ay["published"][:10] or ax["source"] == ay["source"]:
            fail(f"duplicate pair {x}/{y} must be same day, different outlets")
        cx = sorted((a, i, s, t) for a, i, s, _q, t in ax["claims"])
        cy = sorted((a, i, s, t) for a, i, s, _q, t in ay["claims"])
        if cx != cy:
            fail(f"duplicate pair {x}/{y} claims differ")

    # ---- shifts ----
    for sh in SHIFTS:
        if sh["actor"] not in actors or sh["issue"] not in issues:
            fail(f"shift references unknown actor/issue {sh}")
    labelled = sorted((s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS)
    recomputed = sorted(recompute_shifts(baseline))
    if labelled != recomputed:
        print("labelled:  ", labelled)
        print("recomputed:", recomputed)
        fail("labelled shifts differ from shifts recomputed from baseline + attributed claims")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [i for i in ids if i not in shift_articles]

    # ---- write articles ----
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    for f in os.listdir(adir):
        if f.endswith(".json"):
            os.remove(os.path.join(adir, f))
    for art in ARTICLES:
        rec = {"id": art["id"], "published": art["published"], "source": art["source"],
               "url": url_of(art), "title": art["title"], "text": art["text"]}
        with open(os.path.join(adir, art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # ---- write labels ----
    labels = {
        "claims": {art["id"]: [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": t}
                               for (a, i, s, q, t) in art["claims"]] for art in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---- write feeds ----
    fdir = os.path.join(HERE, "feeds")
    os.makedirs(fdir, exist_ok=True)
    for f in os.listdir(fdir):
        if f.endswith(".xml"):
            os.remove(os.path.join(fdir, f))
    for outlet, slug in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["source"] == outlet), key=lambda a: a["published"], reverse=True)
        if not items:
            fail(f"outlet {outlet} has no articles")
        last = format_datetime(parse_dt(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(outlet)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(outlet)}: fictional outlet for the shiftwatch evaluation set dutch-coalition-asylum-2025</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{last}</lastBuildDate>"]
        for a in items:
            u = escape(url_of(a))
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{u}</link>",
                    f'      <guid isPermaLink="true">{u}</guid>',
                    f"      <pubDate>{format_datetime(parse_dt(a['published']), usegmt=True)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(fdir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"xmllint failed on {path}: {r.stderr}")

    # ---- re-read and cross-check written files ----
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        lab = json.load(fh)
    if sorted(lab["claims"]) != ids:
        fail("labels.json claims keys do not cover every article")
    for i in ids:
        with open(os.path.join(adir, i + ".json"), encoding="utf-8") as fh:
            rec = json.load(fh)
        for c in lab["claims"][i]:
            if c["quote"] not in rec["text"]:
                fail(f"{i}: written quote mismatch")

    # ---- summary ----
    claims = [c for art in ARTICLES for c in art["claims"]]
    by_stance = {s: sum(1 for c in claims if c[2] == s) for s in (S, O, C)}
    unattributed = sum(1 for c in claims if not c[4])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    per_outlet = ", ".join("%s: %d" % (o, sum(1 for a in ARTICLES if a["source"] == o)) for o in OUTLETS)
    print(f"articles: {len(ARTICLES)} ({per_outlet})")
    print(f"claims: {len(claims)} (support {by_stance[S]}, oppose {by_stance[O]}, conditional {by_stance[C]}; attributed false {unattributed})")
    print(f"shifts: {len(SHIFTS)} in articles {', '.join(shift_articles)}")
    print(f"no-claim articles: {', '.join(empty)}")
    print(f"no_alert_articles: {len(no_alert)}")
    words = [len(a["text"].split()) for a in ARTICLES]
    print(f"words per article: min {min(words)}, max {max(words)}")
    if not 30 <= len(ARTICLES) <= 34:
        fail("article count out of range")
    if not 60 <= len(claims) <= 90:
        fail("claim count out of range")
    if by_stance[C] < 6:
        fail("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        fail("shift count out of range")
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
