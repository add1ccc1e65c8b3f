#!/usr/bin/env python3
"""Build the shiftwatch evaluation set nz-treaty-principles-bill-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
and validates the result (see validate()). Exits non-zero on any problem.

The events are real and public (New Zealand's Treaty Principles Bill,
November 2023 to April 2025). The outlets are fictional and all wording is
original paraphrase. This set is not a source of facts.
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
SET_NAME = "nz-treaty-principles-bill-2024"

OUTLETS = {
    "southern-wire": "Southern Wire",
    "tasman-ledger": "Tasman Ledger",
    "harbourline-post": "Harbourline Post",
    "kowhai-courier": "Kowhai Courier",
    "fernleaf-dispatch": "Fernleaf Dispatch",
}

# Actor and issue ids (must match watchlist.yaml).
ACT, NAT, NZF, TPM, LAB, GRN, WT = (
    "act", "national", "nz-first", "te-pati-maori", "labour", "greens", "waitangi-tribunal")
LAW, REF, WDR, CLR, TRR = (
    "treaty-principles-law", "treaty-referendum", "withdraw-bill", "treaty-clause-review", "tribunal-review")
S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC, ISO 8601), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2023-11-06T01:30:00Z", outlet="southern-wire",
        slug="luxon-calls-act-treaty-referendum-divisive",
        title="Luxon calls ACT's Treaty referendum divisive as coalition talks drag on",
        text="""WELLINGTON, Nov 6 (Southern Wire) - National Party leader Christopher Luxon said on Monday that a national referendum on the principles of the Treaty of Waitangi would be divisive and unhelpful, signalling that he would resist one of ACT's signature demands as coalition talks entered their fourth week.

Luxon told a morning radio programme that National's opposition to a referendum had been well understood throughout the campaign. He said the country needed to become more united, not less, and that the talks would take as long as they needed.

ACT, which campaigned on holding such a vote, is one of the two parties National needs to govern. New Zealand First leader Winston Peters declined to say on Monday whether his party could live with a referendum as part of a deal.

Labour's Willie Jackson said over the weekend that Labour would fight any Treaty referendum, warning that a campaign over the Treaty risked stirring unrest. Luxon called those remarks intemperate.

Final results released on Friday confirmed that National will need both smaller parties to command a majority in Parliament.""",
        claims=[
            (NAT, REF, O, "National's opposition to a referendum had been well understood", True),
            (ACT, REF, S, "ACT, which campaigned on holding such a vote", False),
            (LAB, REF, O, "Labour would fight any Treaty referendum", True),
        ]),
    # 002
    dict(
        published="2023-11-24T03:00:00Z", outlet="tasman-ledger",
        slug="national-signs-up-to-act-treaty-referendum-plan",
        title="National signs up to ACT's Treaty referendum plan in coalition deal",
        text="""WELLINGTON, Nov 24 (Tasman Ledger) - National, ACT and New Zealand First signed their coalition agreements at Parliament on Friday, with National agreeing to introduce a Treaty Principles Bill based on ACT policy and to support it as far as a select committee.

Prime Minister-elect Christopher Luxon said the three parties held different views on the Treaty and had settled on supporting the bill to select committee, with no commitment beyond that. National would decide how to vote after the committee had reported, he said. He added that National still did not favour a referendum.

ACT leader David Seymour called the deal a win. He said his party wanted the bill passed and then put to voters in a binding referendum, as it had promised during the campaign, and that the onus was now on ACT to persuade the public.

Asked whether voters would ever get that referendum, New Zealand First leader Winston Peters said Seymour had got what he asked for, and that whether it happened would depend on the wisdom of the submissions. He said his party would back the bill to select committee and weigh the evidence before going further.

The agreements also create a shared deputy prime ministership, with Peters holding the post for the first half of the term and Seymour for the second.""",
        claims=[
            (NAT, LAW, C, "National would decide how to vote after the committee had reported", True),
            (NAT, REF, O, "National still did not favour a referendum", True),
            (ACT, LAW, S, "his party wanted the bill passed", True),
            (ACT, REF, S, "put to voters in a binding referendum", True),
            (NZF, REF, C, "whether it happened would depend on the wisdom of the submissions", True),
            (NZF, LAW, C, "weigh the evidence before going further", True),
        ]),
    # 003
    dict(
        published="2023-11-28T04:00:00Z", outlet="kowhai-courier",
        slug="te-pati-maori-calls-day-of-action",
        title="Te Pati Maori calls day of action against coalition's Treaty plans",
        text="""AUCKLAND, Nov 28 (Kowhai Courier) - Te Pati Maori on Tuesday called for a national day of action on Dec 5, when the new Parliament opens, in protest at the coalition's plans for the Treaty of Waitangi.

Co-leader Rawiri Waititi said the Treaty Principles Bill was an attack on the rights guaranteed to Maori in 1840 and should be scrapped before it ever reached Parliament. Co-leader Debbie Ngarewa-Packer said the party would oppose it at every stage and urged supporters to down tools for the day.

Labour leader Chris Hipkins called on the incoming prime minister to drop the bill rather than hand ACT a platform for what he called a divisive campaign. He said he would not join the protest himself but understood the anger behind it.

A spokesman for Seymour said the ACT leader respected the right to protest but that the bill would be introduced as agreed.

The coalition agreements also restore the right of local voters to demand polls on Maori wards on councils, a change Te Pati Maori has promised to fight.""",
        claims=[
            (TPM, WDR, S, "should be scrapped before it ever reached Parliament", True),
            (TPM, LAW, O, "the party would oppose it at every stage", True),
            (LAB, WDR, S, "called on the incoming prime minister to drop the bill", True),
            (ACT, WDR, O, "the bill would be introduced as agreed", True),
        ]),
    # 004
    dict(
        published="2023-12-05T02:00:00Z", outlet="fernleaf-dispatch",
        slug="thousands-march-as-new-parliament-opens",
        title="Thousands march as new Parliament opens",
        text="""WELLINGTON, Dec 5 (Fernleaf Dispatch) - Thousands of people marched to Parliament on Tuesday as the new Parliament was formally opened, part of a national day of action over the incoming government's policies on Maori.

Police said gatherings in Wellington and more than 20 other towns and cities had been peaceful. Traffic in the central city was halted for more than an hour as marchers filed past the Beehive and packed the lawn in front of Parliament House, where speakers addressed the crowd from the back of a truck.

Inside, the formal opening ceremonies went ahead on schedule. Several MPs added references to the Treaty when swearing their oaths of allegiance.

A political scientist at Victoria University of Wellington said a turnout of this size might lead some government MPs to rethink parts of the coalition programme, though she added that there was no sign of that yet.

ACT's office declined to comment on the protests. A spokeswoman for the prime minister said he had been in meetings all afternoon and had not seen the march.""",
        claims=[]),
    # 005
    dict(
        published="2023-12-07T03:30:00Z", outlet="southern-wire",
        slug="luxon-rules-out-backing-treaty-bill-beyond-select-committee",
        title="Luxon rules out backing Treaty bill beyond select committee",
        text="""WELLINGTON, Dec 7 (Southern Wire) - Prime Minister Christopher Luxon said on Thursday that National would not support ACT's Treaty Principles Bill beyond the select committee stage, hardening a position he had left open when the coalition was formed two weeks ago.

Asked at the government's first question time how far the bill would go, Luxon told the House "that's as far as it will go". He said National would honour its agreement to send the bill to a committee but would not vote for it after that.

ACT leader David Seymour said he was disappointed but not deterred. He said he still wanted the bill to become law and would use the committee process to win over the public and, in time, his coalition partners.

Labour leader Chris Hipkins said the prime minister should go further and withdraw the bill entirely, rather than put Maori through months of hearings on legislation he had already declared doomed.

Political commentators said the statement was likely to ease tensions within National's own caucus, several of whose members had been uneasy about the deal.""",
        claims=[
            (NAT, LAW, O, "National would not support ACT's Treaty Principles Bill beyond the select committee stage", True),
            (NAT, WDR, O, "National would honour its agreement to send the bill to a committee", True),
            (ACT, LAW, S, "he still wanted the bill to become law", True),
            (LAB, WDR, S, "the prime minister should go further and withdraw the bill entirely", True),
        ]),
    # 006 (duplicate of 005)
    dict(
        published="2023-12-07T05:10:00Z", outlet="harbourline-post",
        slug="pm-says-treaty-bill-will-stop-at-select-committee",
        title="PM says Treaty bill will stop at select committee",
        text="""WELLINGTON, Dec 7 (Harbourline Post) - National will not support ACT's Treaty Principles Bill beyond the select committee stage, Prime Minister Christopher Luxon said on Thursday, firming up a position he had left open when the coalition was formed a fortnight ago.

Luxon was asked during the government's first question time how far the bill would progress and told the House "that's as far as it will go". National would honour its agreement to send the bill to a committee but would not vote for it after that, he said.

ACT leader David Seymour said he was disappointed but not deterred. He still wanted the bill to become law, he said, and would use the committee process to win over the public and, eventually, his coalition partners.

Labour leader Chris Hipkins said the prime minister should go further and withdraw the bill entirely instead of putting Maori through months of hearings on a bill he had already declared doomed.

Commentators said the statement could calm nerves in National's caucus, where some members had been uneasy about the deal.""",
        claims=[
            (NAT, LAW, O, "National will not support ACT's Treaty Principles Bill beyond the select committee stage", True),
            (NAT, WDR, O, "National would honour its agreement to send the bill to a committee", True),
            (ACT, LAW, S, "He still wanted the bill to become law", True),
            (LAB, WDR, S, "the prime minister should go further and withdraw the bill entirely", True),
        ]),
    # 007
    dict(
        published="2024-01-20T04:00:00Z", outlet="kowhai-courier",
        slug="seymour-stands-by-treaty-bill-at-kiingitanga-hui",
        title="Seymour stands by Treaty bill at Kiingitanga hui",
        text="""NGARUAWAHIA, Jan 20 (Kowhai Courier) - ACT leader David Seymour defended his Treaty Principles Bill on Saturday in front of thousands gathered at Turangawaewae marae for a national hui called by the Maori King to discuss the new government's policies.

Seymour told the gathering that all New Zealanders should have a say on what the Treaty means, and that he would not abandon the bill just because it was unpopular in the room. Some in the crowd turned their backs while he spoke.

Minister for Maori Crown Relations Tama Potaka, a National MP, said the government would keep its commitment to introduce the bill. He did not say how National would vote on it later.

Te Pati Maori co-leader Rawiri Waititi said the hui had made it plain that the bill must be dropped, and that his party would mobilise if the government pressed ahead.

Organisers said the views expressed during the day would be gathered and sent to the government. Representatives of the Kiingitanga declined to say whether they would attend Waitangi Day commemorations next month.""",
        claims=[
            (ACT, WDR, O, "he would not abandon the bill", True),
            (NAT, WDR, O, "the government would keep its commitment to introduce the bill", True),
            (TPM, WDR, S, "the bill must be dropped", True),
        ]),
    # 008
    dict(
        published="2024-01-24T02:30:00Z", outlet="tasman-ledger",
        slug="luxon-repeats-treaty-bill-line-at-ratana",
        title="Luxon repeats Treaty bill line at Ratana as Peters keeps options open",
        text="""RATANA, Jan 24 (Tasman Ledger) - Prime Minister Christopher Luxon told the annual Ratana celebrations on Wednesday that his government would govern for all New Zealanders, and afterwards repeated that National would not vote for the Treaty Principles Bill beyond its first stage.

Luxon was given a cool reception at the settlement near Whanganui, where several speakers criticised the coalition's Maori policies. He told reporters there was no confusion about where National stood.

Labour leader Chris Hipkins, who spoke earlier at the same event, concentrated on the cost of living and on his party's long ties to the Ratana movement.

Deputy Prime Minister Winston Peters said New Zealand First would wait to see what the select committee heard before deciding whether the bill, or the referendum attached to it, should go further. He said people should not prejudge the process.

The Ratana movement has been closely tied to Labour since the 1930s, and the celebrations traditionally mark the start of the political year.""",
        claims=[
            (NAT, LAW, O, "National would not vote for the Treaty Principles Bill beyond its first stage", True),
            (NZF, LAW, C, "wait to see what the select committee heard before deciding", True),
            (NZF, REF, C, "whether the bill, or the referendum attached to it, should go further", True),
        ]),
    # 009
    dict(
        published="2024-02-05T05:00:00Z", outlet="harbourline-post",
        slug="seymour-heckled-at-waitangi-presses-referendum",
        title="Seymour heckled at Waitangi as he presses case for referendum",
        text="""WAITANGI, Feb 5 (Harbourline Post) - ACT leader David Seymour was heckled on Monday as he spoke at the Treaty Grounds at Waitangi, where politicians are welcomed each year on the eve of Waitangi Day.

Seymour told the crowd that the meaning of the Treaty should be settled by Parliament and by voters rather than by judges and officials. He said a referendum remained the right way to decide the question, whatever his coalition partners thought of it.

Prime Minister Christopher Luxon also spoke. His office said afterwards that his views on the bill were well known and that he had nothing to add.

Te Pati Maori co-leader Debbie Ngarewa-Packer said the bill had to be withdrawn before it did lasting harm to relations between Maori and the Crown.

Police estimated that several thousand people visited the grounds during the day, which passed without major incident. Commemorations continue on Tuesday with a dawn service.""",
        claims=[
            (ACT, REF, S, "a referendum remained the right way to decide the question", True),
            (TPM, WDR, S, "the bill had to be withdrawn before it did lasting harm", True),
        ]),
    # 010
    dict(
        published="2024-05-09T01:00:00Z", outlet="fernleaf-dispatch",
        slug="waitangi-tribunal-opens-urgent-hearing",
        title="Waitangi Tribunal opens urgent hearing on Treaty bill policy",
        text="""WELLINGTON, May 9 (Fernleaf Dispatch) - The Waitangi Tribunal began a two-day urgent hearing on Thursday into claims that the government's plans for a Treaty Principles Bill, and a separate review of Treaty clauses in legislation, breach the Crown's obligations to Maori.

The Tribunal agreed last month to hear the claims under urgency after claimants argued that the policies could cause serious harm before a normal inquiry could report.

Lawyers for the claimants told the panel that the Crown had not consulted iwi on either policy. Crown counsel replied that the bill had not yet been drafted and that Cabinet had made no final decisions, leaving little for the panel to assess.

The panel is expected to report later in the year. Its findings are recommendations only and do not bind the government.

No minister was called to give evidence. A spokesman for the associate justice minister, who is responsible for the bill, declined to say whether he would read the Tribunal's report when it arrives.""",
        claims=[]),
    # 011
    dict(
        published="2024-06-12T03:00:00Z", outlet="kowhai-courier",
        slug="jones-says-tribunal-overhaul-must-go-ahead",
        title="Jones says Waitangi Tribunal overhaul must go ahead this term",
        text="""WELLINGTON, June 12 (Kowhai Courier) - New Zealand First minister Shane Jones said on Wednesday the government should push ahead with its promised overhaul of the Waitangi Tribunal, accusing the body of straying into political territory that belonged to elected MPs.

Jones said the Tribunal had been set up to investigate historical grievances and should go back to that job. He said his party had negotiated the change in its coalition agreement and expected legislation before the next election.

Labour MP Willie Jackson said any move to weaken the Tribunal would be resisted by his party, describing the plan as an attempt to silence findings that ministers did not like.

Te Pati Maori said in a statement that it was opposed to any narrowing of the Tribunal's role.

A spokeswoman for the Tribunal declined to comment on political statements. Officials have not yet advised ministers on what law changes would be needed, and no bill has been drafted.""",
        claims=[
            (NZF, TRR, S, "the government should push ahead with its promised overhaul of the Waitangi Tribunal", True),
            (LAB, TRR, O, "any move to weaken the Tribunal would be resisted by his party", True),
            (TPM, TRR, O, "it was opposed to any narrowing of the Tribunal's role", True),
        ]),
    # 012
    dict(
        published="2024-08-16T04:00:00Z", outlet="tasman-ledger",
        slug="waitangi-tribunal-urges-government-to-abandon-treaty-bill",
        title="Waitangi Tribunal urges government to abandon Treaty bill",
        text="""WELLINGTON, Aug 16 (Tasman Ledger) - The Waitangi Tribunal recommended on Friday that the government abandon its Treaty Principles Bill, finding in an interim report that the policy breached the Treaty and would, if enacted, weaken the Treaty's place in the country's constitution.

In a covering letter, the Tribunal's chairperson, Chief Judge Caren Fox, described the bill as an answer to a problem that did not exist. The report said the policy rested on a distorted account of history, had been developed without any engagement with Maori, and should not be passed by Parliament.

On the separate review of Treaty clauses in legislation, the Tribunal stopped short of calling for it to be scrapped. It said the review should be paused and could proceed only if it were redesigned together with Maori.

Associate Justice Minister David Seymour said the report was what he had expected and that he had no intention of withdrawing the bill. He said the Tribunal was entitled to its opinion but did not make the law.

Justice Minister Paul Goldsmith, who oversees the clause review, said ministers would study the report. The government is not bound by the Tribunal's recommendations.""",
        claims=[
            (WT, WDR, S, "recommended on Friday that the government abandon its Treaty Principles Bill", True),
            (WT, LAW, O, "should not be passed by Parliament", True),
            (WT, CLR, C, "could proceed only if it were redesigned together with Maori", True),
            (ACT, WDR, O, "he had no intention of withdrawing the bill", True),
        ]),
    # 013
    dict(
        published="2024-08-19T03:00:00Z", outlet="kowhai-courier",
        slug="national-and-nz-first-rule-out-treaty-bill-at-koroneihana",
        title="National and NZ First rule out Treaty bill before Kiingitanga",
        text="""NGARUAWAHIA, Aug 19 (Kowhai Courier) - Prime Minister Christopher Luxon told guests at the Maori King's coronation anniversary celebrations on Monday that National would not support the Treaty Principles Bill beyond its first reading.

Speaking at Turangawaewae marae, Luxon said he wanted to be clear with his hosts. He has made the point before in Wellington, but this was the first time he had done so in front of the Kiingitanga.

New Zealand First minister Shane Jones, who spoke soon afterwards, went further than his party had gone before. He said New Zealand First would not vote for the bill past its introduction into Parliament, a promise that drew loud applause from the marae.

Until now New Zealand First had said only that it would wait for the select committee before deciding, and Jones's commitment leaves ACT with no partner for the bill's later stages.

The celebrations at Turangawaewae continue through the week, with further political delegations expected on Tuesday.""",
        claims=[
            (NAT, LAW, O, "National would not support the Treaty Principles Bill beyond its first reading", True),
            (NZF, LAW, O, "New Zealand First would not vote for the bill past its introduction", True),
        ]),
    # 014
    dict(
        published="2024-08-20T02:00:00Z", outlet="southern-wire",
        slug="luxon-says-national-will-vote-treaty-bill-down",
        title="Luxon says National will vote Treaty bill down; Seymour cries foul",
        text="""WELLINGTON, Aug 20 (Southern Wire) - Prime Minister Christopher Luxon said on Tuesday that National would vote the Treaty Principles Bill down at its second reading rather than leave it languishing on Parliament's order paper.

Luxon told reporters it would be unfair to leave the bill in limbo for months or years when his party's view was settled.

ACT leader David Seymour accused his coalition partners of being disrespectful and undemocratic by writing off a bill the public had not yet seen. He said he still believed the bill deserved to pass. He also said he did not believe the prime minister would refuse to change his mind if New Zealanders showed they wanted the principles in law.

Political commentators said Seymour appeared to be hoping that a wave of supportive submissions would put pressure on National, though most doubted it would work.

The bill is due to go to Cabinet next month before it can be introduced.""",
        claims=[
            (NAT, LAW, O, "National would vote the Treaty Principles Bill down at its second reading", True),
            (ACT, LAW, S, "he still believed the bill deserved to pass", True),
        ]),
    # 015
    dict(
        published="2024-08-21T05:30:00Z", outlet="harbourline-post",
        slug="peters-leaves-door-ajar-on-treaty-bill",
        title="Peters leaves door ajar on Treaty bill",
        text="""WELLINGTON, Aug 21 (Harbourline Post) - Deputy Prime Minister Winston Peters appeared to reopen the question of the Treaty Principles Bill's future on Wednesday, two days after a senior New Zealand First colleague said the party would not back it beyond its introduction.

Standing in for the prime minister at question time while Luxon hosted a visiting leader, Peters said the coalition agreements set out the parties' commitments. But when Labour leader Chris Hipkins pressed him on whether New Zealand First could still be persuaded, Peters said a party was entitled to change its mind if compelling new evidence emerged at the select committee. He added that he did not expect that to happen in this case.

Hipkins said the exchange showed the government could not give Maori a straight answer, and repeated that Labour would vote against the bill at every stage.

Luxon's office said later that the prime minister still intended to vote the bill down.""",
        claims=[
            (NZF, LAW, C, "a party was entitled to change its mind if compelling new evidence emerged", True),
            (LAB, LAW, O, "Labour would vote against the bill at every stage", True),
            (NAT, LAW, O, "the prime minister still intended to vote the bill down", True),
        ]),
    # 016
    dict(
        published="2024-09-13T03:00:00Z", outlet="fernleaf-dispatch",
        slug="cabinet-clears-treaty-bill-for-november",
        title="Cabinet clears Treaty bill for introduction in November",
        text="""WELLINGTON, Sept 13 (Fernleaf Dispatch) - Cabinet has agreed that the Treaty Principles Bill will be introduced to Parliament in November, Associate Justice Minister David Seymour said on Friday as he released the three principles the bill would put into law.

The bill would take effect only if a majority of voters approved it at a referendum, a provision Seymour said was essential because the Treaty belonged to every New Zealander. Papers released alongside the announcement showed that Ministry of Justice officials had advised against the policy.

Prime Minister Christopher Luxon said National would keep its word and vote for the bill at first reading, but that National would still vote it down at the next stage.

Deputy Prime Minister Winston Peters denied that he had reopened the door last month. He said New Zealand First would look at what the committee heard before taking a final view, as it had always said it would.

Opposition parties said they would vote against the bill at every opportunity.""",
        claims=[
            (ACT, REF, S, "a provision Seymour said was essential", True),
            (NAT, LAW, O, "National would still vote it down at the next stage", True),
            (NZF, LAW, C, "would look at what the committee heard before taking a final view", True),
        ]),
    # 017
    dict(
        published="2024-10-25T02:00:00Z", outlet="southern-wire",
        slug="opposition-leaders-pledge-to-fight-treaty-bill-and-clause-review",
        title="Opposition leaders pledge to fight Treaty bill and clause review",
        text="""WELLINGTON, Oct 25 (Southern Wire) - Opposition leaders said on Friday they would back a hikoi, or march, from the far north to Wellington next month against the Treaty Principles Bill, and stepped up their attacks on a separate government review of Treaty clauses in legislation.

Green Party co-leader Chloe Swarbrick called on the government to withdraw the bill before it did further damage, saying there was still time to avoid a bruising summer.

Labour leader Chris Hipkins said a future Labour government would scrap the clause review, which he described as the same policy by other means. He said Labour MPs would join the march.

Te Pati Maori co-leader Debbie Ngarewa-Packer said organisers expected tens of thousands of people to take part.

A spokesman for Justice Minister Paul Goldsmith said the clause review was on track and that the first decisions on affected laws would come next year. ACT said it would not comment on the march.""",
        claims=[
            (GRN, WDR, S, "called on the government to withdraw the bill", True),
            (LAB, CLR, O, "a future Labour government would scrap the clause review", True),
            (NAT, CLR, S, "the clause review was on track", True),
        ]),
    # 018
    dict(
        published="2024-11-05T03:00:00Z", outlet="tasman-ledger",
        slug="tribunal-stands-by-call-to-abandon-treaty-bill",
        title="Tribunal stands by call to abandon Treaty bill in updated report",
        text="""WELLINGTON, Nov 5 (Tasman Ledger) - The Waitangi Tribunal said on Tuesday that nothing in the government's latest papers changed its view that the Treaty Principles Bill should be abandoned, releasing an extra chapter of its interim report two days before the bill is due to be introduced.

The new chapter examines the Cabinet paper and officials' advice published in September. It found that Maori had been deliberately left out of the policy process and that the bill did not reflect either the English or the Maori text of the Treaty.

The Tribunal said its earlier recommendations stood, including that the review of Treaty clauses should not go ahead unless it was reworked with Maori.

Seymour said the Tribunal advised the Crown but did not decide anything, and that Parliament would have the final say. He said the bill would be introduced on Thursday as planned.

The report comes as organisers finalise the route of a hikoi due to leave Cape Reinga on Sunday.""",
        claims=[
            (WT, WDR, S, "the Treaty Principles Bill should be abandoned", True),
            (WT, CLR, C, "should not go ahead unless it was reworked with Maori", True),
            (ACT, WDR, O, "the bill would be introduced on Thursday as planned", True),
        ]),
    # 019
    dict(
        published="2024-11-07T04:30:00Z", outlet="kowhai-courier",
        slug="treaty-principles-bill-introduced-first-reading-brought-forward",
        title="Treaty Principles Bill introduced as first reading is brought forward",
        text="""WELLINGTON, Nov 7 (Kowhai Courier) - The Treaty Principles Bill was formally introduced to Parliament on Thursday, and the government said its first reading would be held next week, earlier than many had expected.

The bill sets out three principles that ACT says reflect the three articles of the Treaty, and would replace the interpretations developed over five decades by the courts and the Waitangi Tribunal under the Treaty of Waitangi Act 1975. It would come into force only after a referendum.

Leader of the House Chris Bishop said the timing reflected routine scheduling of government business. Opposition parties accused the government of trying to get the vote out of the way before the hikoi reached Wellington.

Seymour said he looked forward to a six-month select committee process in which every New Zealander could have a say. He said he would argue for the bill all the way to the statute book.

The bill is expected to pass its first reading next week with the votes of all three coalition parties.""",
        claims=[
            (ACT, LAW, S, "he would argue for the bill all the way to the statute book", True),
        ]),
    # 020
    dict(
        published="2024-11-10T00:30:00Z", outlet="fernleaf-dispatch",
        slug="hikoi-sets-off-from-cape-reinga",
        title="Hikoi against Treaty bill sets off from Cape Reinga",
        text="""CAPE REINGA, Nov 10 (Fernleaf Dispatch) - Several thousand people set off from the northern tip of the North Island on Sunday at the start of a nine-day hikoi to Wellington in protest at the Treaty Principles Bill.

Organisers said the march, which will pass through Auckland, Hamilton and other centres, would reach Parliament on Nov 19. Convoys of cars and buses were expected to join it along the way.

Te Pati Maori co-leader Rawiri Waititi, who walked the first leg, said the hikoi's message to the government was simple: withdraw the bill. He said his party would stand with the marchers all the way to Parliament.

The march was organised by a network of iwi, hapu and community groups, several of which have also taken claims to the Waitangi Tribunal.

Police said they would manage traffic on State Highway 1 and warned motorists to expect delays. Marchers opposed to a bill that Te Pati Maori has vowed to defeat said they hoped to draw the biggest crowd Parliament had seen in a generation.""",
        claims=[
            (TPM, WDR, S, "the hikoi's message to the government was simple: withdraw the bill", True),
            (TPM, LAW, O, "a bill that Te Pati Maori has vowed to defeat", False),
        ]),
    # 021
    dict(
        published="2024-11-13T04:00:00Z", outlet="harbourline-post",
        slug="luxon-holds-to-first-reading-pledge-nz-first-vows-to-vote-bill-down",
        title="Luxon holds to first-reading pledge as NZ First vows to vote bill down",
        text="""WELLINGTON, Nov 13 (Harbourline Post) - Prime Minister Christopher Luxon said on Wednesday he would honour National's agreement with ACT and vote for the Treaty Principles Bill at its first reading on Thursday, brushing aside calls from senior lawyers and church leaders, among them several bishops, to pull it.

"We support the bill to first reading," Luxon told reporters, adding that National would vote it down after that.

New Zealand First said in a statement that it would also vote against the bill when it returned from select committee, settling the doubts raised by Peters's remarks in August. The party said it had kept its coalition commitment and would go no further.

ACT leader David Seymour said protesters chanting "kill the bill" should read it first, and that the principles deserved a place in law.

The hikoi, now in Auckland, is due in Wellington next Tuesday.""",
        claims=[
            (NAT, WDR, O, "he would honour National's agreement with ACT", True),
            (NAT, LAW, O, "National would vote it down after that", True),
            (NZF, LAW, O, "it would also vote against the bill when it returned from select committee", True),
            (ACT, LAW, S, "the principles deserved a place in law", True),
        ]),
    # 022
    dict(
        published="2024-11-14T07:30:00Z", outlet="fernleaf-dispatch",
        slug="haka-halts-parliament-as-treaty-bill-passes-first-reading",
        title="Haka halts Parliament as Treaty bill passes first reading",
        text="""WELLINGTON, Nov 14 (Fernleaf Dispatch) - The Treaty Principles Bill passed its first reading on Thursday by 68 votes to 53 after Te Pati Maori MP Hana-Rawhiti Maipi-Clarke tore up a copy of the bill and led a haka that brought proceedings to a halt.

People in the public gallery and several opposition MPs joined the haka. Speaker Gerry Brownlee suspended the sitting and ordered the gallery cleared, and later named Maipi-Clarke for grossly disorderly conduct, suspending her from the House for a day.

National and New Zealand First voted for the bill in line with their coalition agreements, while repeating that they would vote it down at the next stage.

ACT leader David Seymour said the vote meant every New Zealander could now have their say during six months of select committee hearings, and that he would make the case for the bill becoming law.

The bill now goes to Parliament's justice committee, which is expected to call for public submissions within days.""",
        claims=[
            (NAT, LAW, O, "while repeating that they would vote it down at the next stage", True),
            (NZF, LAW, O, "while repeating that they would vote it down at the next stage", True),
            (TPM, LAW, O, "tore up a copy of the bill", True),
            (ACT, LAW, S, "he would make the case for the bill becoming law", True),
        ]),
    # 023 (duplicate of 022)
    dict(
        published="2024-11-14T08:45:00Z", outlet="southern-wire",
        slug="treaty-bill-clears-first-reading-after-haka",
        title="Treaty bill clears first reading after haka stops the House",
        text="""WELLINGTON, Nov 14 (Southern Wire) - Parliament passed the Treaty Principles Bill at its first reading on Thursday by 68 votes to 53, after Te Pati Maori MP Hana-Rawhiti Maipi-Clarke tore up a copy of the bill and began a haka that stopped proceedings.

Several opposition MPs and people in the public gallery joined in. Speaker Gerry Brownlee suspended the House, had the gallery cleared and later named Maipi-Clarke for grossly disorderly behaviour, which suspends her for a day.

National and New Zealand First voted for the bill under their coalition agreements, while repeating that they would vote it down at the next stage.

ACT leader David Seymour said the result meant every New Zealander could now have a say during six months of select committee hearings, and that he would make the case for the bill becoming law.

The bill has been referred to the justice committee, which is expected to open submissions shortly.""",
        claims=[
            (NAT, LAW, O, "while repeating that they would vote it down at the next stage", True),
            (NZF, LAW, O, "while repeating that they would vote it down at the next stage", True),
            (TPM, LAW, O, "tore up a copy of the bill", True),
            (ACT, LAW, S, "he would make the case for the bill becoming law", True),
        ]),
    # 024
    dict(
        published="2024-11-19T03:00:00Z", outlet="tasman-ledger",
        slug="tens-of-thousands-march-on-parliament-as-hikoi-arrives",
        title="Tens of thousands march on Parliament as hikoi arrives",
        text="""WELLINGTON, Nov 19 (Tasman Ledger) - Tens of thousands of people filled the streets of Wellington on Tuesday as the hikoi against the Treaty Principles Bill reached Parliament after nine days on the road. Police put the crowd at about 42,000, one of the largest protests the capital has seen.

Te Pati Maori co-leader Debbie Ngarewa-Packer told the crowd from the forecourt that the government must withdraw the bill, and that the march had shown what Maori would not accept.

Labour leader Chris Hipkins, whose party has pledged to vote against the bill, also addressed the crowd and urged the government to stop it at once. Green co-leader Marama Davidson said the Greens stood with the marchers.

Prime Minister Christopher Luxon was overseas at the G20 summit in Brazil. No minister addressed the crowd.

ACT leader David Seymour was not at Parliament. His office said he respected the right to protest and encouraged people to make submissions to the select committee.""",
        claims=[
            (TPM, WDR, S, "the government must withdraw the bill", True),
            (LAB, LAW, O, "whose party has pledged to vote against the bill", False),
            (LAB, WDR, S, "urged the government to stop it at once", True),
        ]),
    # 025
    dict(
        published="2024-11-20T02:00:00Z", outlet="kowhai-courier",
        slug="analysis-after-the-hikoi-what-next-for-treaty-bill",
        title="Analysis: after the hikoi, what next for the Treaty bill?",
        text="""WELLINGTON, Nov 20 (Kowhai Courier) - With the hikoi over and the Treaty Principles Bill now before Parliament's justice committee, attention is turning to how long the fight over it will last and which parties stand to gain.

Several political scientists said the bill was all but certain to fail at its second reading next year, given the numbers in the House. Some suggested ACT might try to turn the 2026 election into a proxy vote on the principles, while others thought the party could quietly move on once the bill was defeated.

Pollsters said support for the governing parties had been broadly steady through the year, and that it was not yet clear whether the controversy would help or hurt any of them.

The committee has opened written submissions until early January. Hearings could run into the autumn, and some members have suggested extra sittings may be needed.

ACT's office declined to say whether Seymour would campaign on the issue at the next election. A spokeswoman for the prime minister said he would have more to say on his return from Brazil.""",
        claims=[]),
    # 026
    dict(
        published="2024-12-10T03:00:00Z", outlet="harbourline-post",
        slug="speaker-refers-four-mps-to-privileges-committee-over-haka",
        title="Speaker refers four MPs to privileges committee over haka",
        text="""WELLINGTON, Dec 10 (Harbourline Post) - Speaker Gerry Brownlee on Tuesday referred three Te Pati Maori MPs and a Labour MP to Parliament's privileges committee over their part in the haka that interrupted the vote on the Treaty Principles Bill last month.

Brownlee told the House that co-leaders Rawiri Waititi and Debbie Ngarewa-Packer, MP Hana-Rawhiti Maipi-Clarke and Labour's Peeni Henare had left their seats during the vote, which he said was disorderly. He said he had received letters of complaint from MPs in all three governing parties, including New Zealand First's Shane Jones.

Speaking outside the chamber, Ngarewa-Packer said the haka had been a challenge to the Crown over a bill her party would never accept, and accused the Speaker of stifling the opposition.

The committee, which can recommend that members be suspended, is expected to consider the matter in the new year. Labour said it would wait for the committee's process before commenting.""",
        claims=[
            (TPM, LAW, O, "a bill her party would never accept", True),
        ]),
    # 027
    dict(
        published="2025-01-09T02:00:00Z", outlet="fernleaf-dispatch",
        slug="committee-reopens-treaty-bill-submissions",
        title="Committee reopens Treaty bill submissions after website failure",
        text="""WELLINGTON, Jan 9 (Fernleaf Dispatch) - Parliament's justice committee on Thursday reopened public submissions on the Treaty Principles Bill until next Tuesday, after technical problems on Parliament's website stopped some people lodging them before the original Jan 7 deadline.

The committee said it had agreed unanimously to the extension so that everyone who had tried and failed to make a submission could do so. It said it had received more than 300,000 so far, about three times the previous record for a bill.

More than 150,000 submissions were lodged on the final day alone. Committee staff are checking them for duplicates, and each submitter will be counted only once.

Labour and Te Pati Maori had both pressed for the deadline to be extended, and ACT leader David Seymour had encouraged anyone who had trouble to email the committee.

Oral hearings are due to begin later this month. The committee plans to split into two groups to hear as many submitters as possible.""",
        claims=[]),
    # 028
    dict(
        published="2025-01-27T02:00:00Z", outlet="southern-wire",
        slug="treaty-bill-hearings-open-seymour-downplays-submissions",
        title="Treaty bill hearings open as Seymour downplays record submissions",
        text="""WELLINGTON, Jan 27 (Southern Wire) - The justice committee began hearing oral submissions on the Treaty Principles Bill on Monday, with dozens of submitters booked for the first day of a process expected to run for about a month.

ACT leader David Seymour said on Monday that many of the record number of written submissions had been generated by online campaigns and said little about wider public opinion. He said he did not accept that the sheer volume of opposition meant the bill should not proceed.

Labour's justice spokesman Duncan Webb said the hearings were a waste of time and money on a bill the coalition had already promised to defeat, and that ministers should pull it now rather than wait until April.

Most of the submitters heard on the first day opposed the bill, among them several iwi leaders and a retired judge.

The committee must report back to Parliament by May.""",
        claims=[
            (ACT, LAW, S, "did not accept that the sheer volume of opposition meant the bill should not proceed", True),
            (LAB, WDR, S, "ministers should pull it now rather than wait until April", True),
        ]),
    # 029
    dict(
        published="2025-02-05T04:00:00Z", outlet="tasman-ledger",
        slug="seymour-takes-treaty-fight-to-waitangi",
        title="Seymour takes Treaty fight to Waitangi, eyes 2026 vote",
        text="""WAITANGI, Feb 5 (Tasman Ledger) - ACT leader David Seymour told a sometimes hostile audience at Waitangi on Wednesday that he would keep arguing for the Treaty principles to be put to the public in a referendum, even though his bill looks certain to be defeated in Parliament.

Seymour said the principles should be decided by all voters, not by a handful of MPs, and that ACT would take the question to the 2026 election if Parliament blocked it.

Labour leader Chris Hipkins said the argument was already over because the prime minister had promised to kill the bill, and accused Seymour of stirring division for votes.

Te Pati Maori co-leader Rawiri Waititi said the bill should be scrapped before the second reading so that the country could move on.

The annual welcome for politicians at the Treaty Grounds was tense but passed without serious incident. Waitangi Day commemorations take place on Thursday.""",
        claims=[
            (ACT, REF, S, "put to the public in a referendum", True),
            (NAT, LAW, O, "the prime minister had promised to kill the bill", False),
            (TPM, WDR, S, "the bill should be scrapped before the second reading", True),
        ]),
    # 030
    dict(
        published="2025-04-04T01:00:00Z", outlet="harbourline-post",
        slug="committee-recommends-treaty-bill-not-proceed",
        title="Committee recommends Treaty bill not proceed after record 300,000 submissions",
        text="""WELLINGTON, April 4 (Harbourline Post) - Parliament's justice committee recommended on Friday that the Treaty Principles Bill not proceed, after considering more than 300,000 written submissions, by far the most ever received on a piece of legislation.

The committee said about 90 percent of the submissions it analysed opposed the bill. Its National members joined the majority recommendation, while ACT dissented.

ACT leader David Seymour said the submitters had only shown why Parliament should pass the bill, and called again for the principles to be settled by a referendum. He said he would not withdraw the bill before the vote and expected every MP to state a position in the House.

The report runs to several hundred pages and includes separate sections in which parties set out their own views.

The bill's second reading is expected next week, when it is all but certain to be defeated.""",
        claims=[
            (NAT, LAW, O, "Its National members joined the majority recommendation", True),
            (ACT, LAW, S, "the submitters had only shown why Parliament should pass the bill", True),
            (ACT, REF, S, "called again for the principles to be settled by a referendum", True),
            (ACT, WDR, O, "he would not withdraw the bill before the vote", True),
        ]),
    # 031
    dict(
        published="2025-04-10T07:00:00Z", outlet="kowhai-courier",
        slug="treaty-principles-bill-defeated-at-second-reading",
        title="Treaty Principles Bill defeated 112 to 11 at second reading",
        text="""WELLINGTON, April 10 (Kowhai Courier) - The Treaty Principles Bill was defeated at its second reading on Thursday by 112 votes to 11, with only ACT's MPs voting in favour, ending the legislation 17 months after it was agreed in coalition talks.

Opening the debate, ACT leader David Seymour urged MPs to change their minds and send the bill on to a referendum so that voters could decide. He said the principles it contained amounted to nothing more than equal rights.

National and New Zealand First voted against the bill as they had promised. Deputy Prime Minister Winston Peters said afterwards that New Zealand First would not agree to putting the Treaty to a public vote and that the matter should now be left to rest.

Opposition MPs stood and applauded as the result was read out.

Members of the public gallery sang a waiata after the result was announced, with the Speaker's permission.""",
        claims=[
            (ACT, LAW, S, "with only ACT's MPs voting in favour", True),
            (ACT, REF, S, "send the bill on to a referendum", True),
            (NAT, LAW, O, "National and New Zealand First voted against the bill", True),
            (NZF, LAW, O, "National and New Zealand First voted against the bill", True),
            (NZF, REF, O, "New Zealand First would not agree to putting the Treaty to a public vote", True),
        ]),
    # 032
    dict(
        published="2025-04-11T00:30:00Z", outlet="tasman-ledger",
        slug="seymour-vows-to-keep-treaty-principles-alive",
        title="Seymour vows to keep Treaty principles alive as Luxon calls matter closed",
        text="""WELLINGTON, April 11 (Tasman Ledger) - ACT leader David Seymour said on Friday that the defeat of his Treaty Principles Bill was not the end of the debate, and that ACT would campaign at next year's election for the principles to be put to a referendum.

Prime Minister Christopher Luxon said the issue was now closed as far as the government was concerned. He said National had been clear from the start that it would not support the bill into law and did not intend to revisit it.

Te Pati Maori co-leader Debbie Ngarewa-Packer said the hikoi and the record number of submissions had stopped the bill, but warned that the separate review of Treaty clauses remained a threat. Her party would fight that review too, she said.

Analysts said ACT could gain from keeping the issue alive with voters who backed the bill, though others expected the party to shift its focus to the economy.

The government is expected to announce the first results of the clause review later this year.""",
        claims=[
            (ACT, REF, S, "campaign at next year's election for the principles to be put to a referendum", True),
            (NAT, LAW, O, "it would not support the bill into law", True),
            (TPM, CLR, O, "Her party would fight that review too", True),
        ]),
]

SHIFTS = [
    dict(actor=NZF, issue=REF, frm=O, to=C, article="002",
         why="Peters says whether ACT's referendum ever happens will depend on the select committee submissions; "
             "New Zealand First had not supported a Treaty referendum during the campaign (baseline oppose)."),
    dict(actor=NAT, issue=LAW, frm=C, to=O, article="005",
         why="Luxon tells the House the bill will go no further than select committee and National will not vote for "
             "it after that; in 002 he said National would decide how to vote after the committee reported."),
    dict(actor=NZF, issue=LAW, frm=C, to=O, article="013",
         why="Shane Jones says New Zealand First will not vote for the bill past its introduction; in 002 and 008 the "
             "party said it would weigh the select committee evidence before deciding."),
    dict(actor=NZF, issue=LAW, frm=O, to=C, article="015",
         why="Peters says a party is entitled to change its mind if compelling new evidence emerges at select "
             "committee, two days after Jones ruled support out (013)."),
    dict(actor=NZF, issue=LAW, frm=C, to=O, article="021",
         why="New Zealand First says in a statement it will vote against the bill when it returns from select "
             "committee, settling the doubt left by Peters in 015 and 016."),
    dict(actor=NZF, issue=REF, frm=C, to=O, article="031",
         why="After voting the bill down, Peters says New Zealand First will not agree to putting the Treaty to a "
             "public vote; since 002 and 008 the party had left the referendum to the select committee's findings."),
]

# Same story, same day, second outlet, lightly reworded, identical claims. (original, copy)
DUPLICATES = [("005", "006"), ("022", "023")]

STANCES = {S, O, C}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def article_id(i):
    return "%03d" % (i + 1)


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def url_for(a):
    t = parse_time(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], t.year, t.month, t.day, a["slug"])


def load_watchlist():
    """Tiny reader for this set's watchlist.yaml (ids under actors/issues, and baseline rows)."""
    path = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline, fields = [], [], [], {}
    section = None
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            raw = line.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", raw)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", raw)
                if m:
                    current = m.group(1)
                    (actors if section == "actors" else issues).append(current)
                    fields[(section, current)] = ["id"]
                    continue
                m = re.match(r"^    (\w+):", raw)
                if m and current:
                    fields[(section, current)].append(m.group(1))
                    continue
                raise SystemExit("watchlist.yaml: unexpected line: %r" % raw)
            if section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", raw)
                if not m:
                    raise SystemExit("watchlist.yaml: bad baseline line: %r" % raw)
                baseline.append(m.groups())
    return actors, issues, baseline, fields


def build_records():
    records = []
    for i, a in enumerate(ARTICLES):
        records.append({
            "id": article_id(i),
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_for(a),
            "title": a["title"],
            "text": a["text"],
        })
    return records


def build_labels(records):
    claims = {}
    for rec, a in zip(records, ARTICLES):
        claims[rec["id"]] = [
            {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
            for c in a["claims"]
        ]
    shifts = [
        {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
         "article": s["article"], "why": s["why"]}
        for s in SHIFTS
    ]
    shift_articles = {s["article"] for s in shifts}
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    return {"claims": claims, "shifts": shifts, "no_alert_articles": no_alert}


def rss(outlet, records):
    items = sorted([r for r in records if r["source"] == OUTLETS[outlet]],
                   key=lambda r: r["published"], reverse=True)
    last = email.utils.format_datetime(parse_time(items[0]["published"]), usegmt=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0">',
           '  <channel>',
           '    <title>%s</title>' % escape(OUTLETS[outlet]),
           '    <link>https://example.org/%s/</link>' % outlet,
           '    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>'
           % (escape(OUTLETS[outlet]), SET_NAME),
           '    <language>en</language>',
           '    <lastBuildDate>%s</lastBuildDate>' % last]
    for r in items:
        out += ['    <item>',
                '      <title>%s</title>' % escape(r["title"]),
                '      <link>%s</link>' % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                '      <pubDate>%s</pubDate>' % email.utils.format_datetime(parse_time(r["published"]), usegmt=True),
                '      <description>%s</description>' % escape(r["text"]),
                '    </item>']
    out += ['  </channel>', '</rss>', '']
    return "\n".join(out)


def recompute_shifts(labels, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    found = []
    for aid in sorted(labels["claims"]):
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                found.append((c["actor"], c["issue"], prevailing[key], c["stance"], aid))
            prevailing[key] = c["stance"]
    return found


def validate(records, labels, feed_paths):
    errors = []
    err = errors.append
    actors, issues, baseline, fields = load_watchlist()

    # watchlist shape
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    for (section, ident), fl in fields.items():
        want = ["id", "name", "aliases"] if section == "actors" else ["id", "name", "description", "terms"]
        if fl != want:
            err("watchlist: %s %s has fields %s (want %s)" % (section, ident, fl, want))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            err("watchlist: bad baseline row %s/%s/%s" % (a, i, s))
    give_up = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|pulls)\b")
    with open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8") as f:
        names = re.findall(r"^    name: (.*)$", f.read(), re.M)
    if not any(give_up.search(n) for n in names):
        err("watchlist: no issue name uses a give-up verb")

    # articles
    if not 30 <= len(records) <= 34:
        err("%d articles (want 30-34)" % len(records))
    prev_time = None
    for n, r in enumerate(records):
        if r["id"] != article_id(n):
            err("%s: id out of sequence" % r["id"])
        t = parse_time(r["published"])
        if prev_time is not None and t <= prev_time:
            err("%s: not in publication order" % r["id"])
        prev_time = t
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", r["text"])
        if not m:
            err("%s: text does not start with a dateline" % r["id"])
        else:
            if m.group(4) != r["source"]:
                err("%s: dateline outlet %r != source %r" % (r["id"], m.group(4), r["source"]))
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                err("%s: dateline date %s %s != published %s" % (r["id"], m.group(2), m.group(3), r["published"]))
        if t.hour > 10:
            err("%s: publish hour %d UTC would put the NZ local date on the next day" % (r["id"], t.hour))
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            err("%s: %d words (want 120-260)" % (r["id"], words))
        if "&" in r["text"] or "<" in r["text"]:
            err("%s: text contains & or <" % r["id"])
    urls = [r["url"] for r in records]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    # claims
    texts = {r["id"]: r["text"] for r in records}
    if sorted(labels["claims"]) != sorted(texts):
        err("claims keys do not match article ids")
    total = 0
    by_stance = {S: 0, O: 0, C: 0}
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            total += 1
            if c["actor"] not in actors:
                err("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                err("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in STANCES:
                err("%s: bad stance %s" % (aid, c["stance"]))
            else:
                by_stance[c["stance"]] += 1
            if not isinstance(c["attributed"], bool):
                err("%s: attributed is not a bool" % aid)
            if c["quote"] not in texts[aid]:
                err("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                err("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                err("%s: duplicate claim tuple %s" % (aid, key))
            seen.add(key)
    if not 60 <= total <= 90:
        err("%d claims (want 60-90)" % total)
    if by_stance[C] < 6:
        err("%d conditional claims (want >= 6)" % by_stance[C])
    if min(by_stance.values()) == 0:
        err("not all three stances present")
    empty = [a for a, cl in labels["claims"].items() if not cl]
    if not 3 <= len(empty) <= 4:
        err("%d articles with no claims (want 3-4)" % len(empty))

    # duplicates
    by_id = {r["id"]: r for r in records}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["published"][:10] != b["published"][:10] or a["source"] == b["source"] or b["published"] <= a["published"]:
            err("duplicate pair %s/%s: not same day, later, different outlet" % (orig, copy))
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][orig])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][copy])
        if ta != tb:
            err("duplicate pair %s/%s: claims differ" % (orig, copy))

    # shifts
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    recomputed = recompute_shifts(labels, baseline)
    if labelled != recomputed:
        err("shifts differ from recomputation:\n  labelled   %s\n  recomputed %s" % (labelled, recomputed))
    if not 5 <= len(labelled) <= 8:
        err("%d shifts (want 5-8)" % len(labelled))
    if not any(C in (s[2], s[3]) for s in labelled):
        err("no shift to or from conditional")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if reversals > 2:
        err("%d straight support/oppose reversals (want <= 2)" % reversals)
    shift_articles = {s[4] for s in labelled}
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        err("no duplicate pair contains a shift article")
    expected = [r["id"] for r in records if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected:
        err("no_alert_articles is not every article except the shift articles")

    # feeds
    for p in feed_paths:
        try:
            res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        except FileNotFoundError:
            err("xmllint not found")
            break
        if res.returncode != 0:
            err("xmllint failed on %s: %s" % (p, res.stderr.strip()))

    stats = dict(articles=len(records), claims=total, by_stance=by_stance,
                 unattributed=sum(1 for cl in labels["claims"].values() for c in cl if not c["attributed"]),
                 shifts=len(labelled), empty=empty)
    return errors, stats


def main():
    records = build_records()
    labels = build_labels(records)

    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(r, f, indent=2, ensure_ascii=False)
            f.write("\n")
    feed_paths = []
    for outlet in OUTLETS:
        p = os.path.join(feed_dir, outlet + ".xml")
        with open(p, "w", encoding="utf-8") as f:
            f.write(rss(outlet, records))
        feed_paths.append(p)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    errors, stats = validate(records, labels, feed_paths)
    print("articles %(articles)d, claims %(claims)d %(by_stance)s, attributed false %(unattributed)d, "
          "shifts %(shifts)d, no-claim articles %(empty)s" % stats)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
