#!/usr/bin/env python3
"""Build the blind shiftwatch evaluation set scotland-gender-recognition-2023.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json next to this script, and validates the result
(quotes, ids, watchlist references, word counts, datelines, recomputed shifts,
no_alert_articles, duplicate copies, xmllint). Exits non-zero on any failure.
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
    "kestrel-wire": "Kestrel Wire",
    "northlight-courier": "Northlight Courier",
    "pennant-post": "Pennant Post",
    "tollgate-dispatch": "Tollgate Dispatch",
    "causeway-herald": "Causeway Herald",
}

SG, UKG, GRN, CON, LAB, SLAB = (
    "scottish-government", "uk-government", "scottish-greens",
    "scottish-conservatives", "uk-labour", "scottish-labour")
SELF, AGE, S35, DROP, AMEND = (
    "self-declaration", "age-sixteen", "section-35-block",
    "drop-legal-challenge", "amended-bill")
SUP, OPP, CON_ = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
# 001
dict(published="2022-12-20T18:30:00Z", outlet="kestrel-wire",
     slug="holyrood-opens-final-gender-reform-debate",
     title="Holyrood opens final debate on gender reform as London weighs its options",
     text="""EDINBURGH, Dec 20 (Kestrel Wire) - Members of the Scottish Parliament began the final amending stage of the Gender Recognition Reform Bill on Tuesday, with well over 100 amendments tabled and a vote expected before the Christmas recess.

The bill would allow people to obtain a gender recognition certificate by making a statutory declaration, removing the current requirement for a medical diagnosis of gender dysphoria, and would lower the minimum age for applicants from 18 to 16.

Opening the session, Social Justice Secretary Shona Robison said the reform would make a demeaning and intrusive process simpler for a small and marginalised group, and she urged MSPs to see it through.

In London, Scottish Secretary Alister Jack said the UK government was studying the bill closely. He told a newspaper that ministers could use their power under Section 35 of the Scotland Act to stop it if they concluded it would harm equality law across Great Britain, but that no decision had been taken.

The Scottish Conservatives have tabled dozens of amendments. Their leader, Douglas Ross, said on Tuesday that removing the medical safeguards was the wrong approach and that his party would vote against the bill.

Officials at Holyrood said the sitting could run late into the evening.""",
     claims=[
        (SG, SELF, SUP, "the reform would make a demeaning and intrusive process simpler", True),
        (UKG, S35, CON_, "could use their power under Section 35 of the Scotland Act to stop it if", True),
        (CON, SELF, OPP, "removing the medical safeguards was the wrong approach", True),
     ]),
# 002
dict(published="2022-12-21T23:10:00Z", outlet="northlight-courier",
     slug="gender-bill-debate-runs-late",
     title="Gender bill debate runs late into the night as MSPs work through amendments",
     text="""EDINBURGH, Dec 21 (Northlight Courier) - The Scottish Parliament sat late into Wednesday night as members worked through the remaining amendments to the Gender Recognition Reform Bill, in one of the longest sittings since devolution began in 1999.

Presiding Officer Alison Johnstone suspended proceedings during the afternoon after protesters in the public gallery interrupted the debate. Business managers agreed to carry the final stage over to Thursday so that the closing debate and the vote would not take place after midnight.

Among the amendments voted on were proposals on the waiting period before a certificate is issued and on how applications from people with criminal convictions would be handled. Most were rejected, and a handful were accepted after changes were negotiated between members.

Parliament staff said the chamber would reopen on Thursday afternoon for the remaining groups of amendments, followed by the final debate.

Campaign groups on both sides of the issue gathered outside the building on the Canongate throughout the day. Police said the protests were peaceful.

Parliamentary observers said the final vote was expected to be comfortable, though several members had yet to say how they would vote.""",
     claims=[]),
# 003
dict(published="2022-12-22T16:45:00Z", outlet="pennant-post",
     slug="scottish-parliament-passes-gender-recognition-reform",
     title="Scottish Parliament passes gender recognition reform by 86 votes to 39",
     text="""EDINBURGH, Dec 22 (Pennant Post) - The Scottish Parliament on Thursday approved a bill that lets people change their legal gender by self-declaration, making Scotland the first part of the United Kingdom to drop the need for a medical diagnosis.

The Gender Recognition Reform Bill passed by 86 votes to 39 after a debate that had run over three days. The Scottish Conservatives voted against as a group, and a handful of SNP and Labour backbenchers broke ranks to oppose it.

Social Justice Secretary Shona Robison told the chamber that the vote was a historic day for equality. Lowering the minimum age to 16, she said, recognised that young people could make serious decisions about their own lives.

Douglas Ross, the Scottish Conservative leader, said the law would put women and girls at risk and should never have been passed.

Scottish Secretary Alister Jack said the UK government shared the concerns of many people about the bill's impact on the safety of women and children, and would consider whether to take further action, up to and including a Section 35 order.

The bill now enters a four-week period in which it can be referred to the Supreme Court or blocked before it is sent for royal assent.""",
     claims=[
        (SG, SELF, SUP, "the vote was a historic day for equality", True),
        (SG, AGE, SUP, "Lowering the minimum age to 16, she said, recognised that young people", True),
        (CON, SELF, OPP, "the law would put women and girls at risk and should never have been passed", True),
        (UKG, S35, CON_, "would consider whether to take further action, up to and including a Section 35 order", True),
     ]),
# 004
dict(published="2022-12-23T11:20:00Z", outlet="tollgate-dispatch",
     slug="sunak-signals-uk-may-block-scottish-gender-law",
     title="Sunak signals UK will block Scottish gender law",
     text="""LONDON, Dec 23 (Tollgate Dispatch) - Prime Minister Rishi Sunak said on Friday his government would look very carefully at Scotland's new gender recognition law and was prepared to act if it undermined protections that apply across the United Kingdom.

Speaking to broadcasters during a hospital visit in the north of England, Sunak said many people had legitimate worries about the safety of women and children, and that ministers were examining the bill's effect on the Equality Act 2010. Any decision would be based on legal advice, he said. He declined to say whether he expected an order to be made.

Equalities Minister Kemi Badenoch has told colleagues she remains opposed to introducing self-declaration for gender in England and Wales, where the UK government set aside plans for a similar reform in 2020.

The Scottish Government said in a statement that the bill was within the powers of the Scottish Parliament and had been passed by a clear majority. A spokesperson added that any attempt by Westminster to stop it would be fiercely resisted.

Under the Scotland Act, UK ministers have four weeks from the passage of a bill to make an order under Section 35. That period ends in mid-January.""",
     claims=[
        (UKG, S35, CON_, "was prepared to act if it undermined protections that apply across the United Kingdom", True),
        (UKG, SELF, OPP, "remains opposed to introducing self-declaration for gender in England and Wales", True),
        (SG, S35, OPP, "any attempt by Westminster to stop it would be fiercely resisted", True),
     ]),
# 005
dict(published="2023-01-09T10:00:00Z", outlet="causeway-herald",
     slug="clock-ticks-on-section-35-decision",
     title="Clock ticks on Westminster's decision over Holyrood gender bill",
     text="""GLASGOW, Jan 9 (Causeway Herald) - The UK government has until the middle of next week to decide whether to use a power never invoked since devolution to stop the Scottish Parliament's gender recognition bill from becoming law.

Section 35 of the Scotland Act allows the Scottish Secretary to prevent a bill being sent for royal assent if he has reasonable grounds to believe it would modify the law on reserved matters and have an adverse effect on how that law operates.

Constitutional lawyers who spoke to the Causeway Herald were divided. One professor said an order would probably survive a challenge because the test was framed around the minister's own belief; another said the courts might demand detailed reasons for any finding of adverse effects.

Several commentators predicted that an order, if made, would set off months of litigation, and some suggested both sides might see political advantage in a confrontation. Others expected a compromise in which Edinburgh agreed to amend parts of the bill.

Downing Street officials said over the weekend that no final decision had been taken. The Scotland Office did not respond to a request for comment.

The bill was passed by 86 votes to 39 on Dec 22.""",
     claims=[]),
# 006
dict(published="2023-01-16T18:05:00Z", outlet="pennant-post",
     slug="uk-government-blocks-scottish-gender-law-section-35",
     title="UK government blocks Scottish gender law in first use of Section 35",
     text="""LONDON, Jan 16 (Pennant Post) - The UK government will stop Scotland's gender recognition reform from becoming law, Scottish Secretary Alister Jack said on Monday, making the first ever use of the power in Section 35 of the Scotland Act.

In a statement, Jack said he had concluded after careful consideration of the advice that the bill would have an adverse impact on the operation of Great Britain-wide equality legislation. He said he would lay an order preventing the Presiding Officer from submitting the bill for royal assent.

Jack said the decision had not been taken lightly. He added that he would welcome the Scottish Government bringing forward an amended bill that dealt with the UK's concerns.

First Minister Nicola Sturgeon called the move a "full-frontal attack" on the Scottish Parliament and said it overrode the democratic will of MSPs, who had passed the bill by a large cross-party majority.

Scottish Conservative leader Douglas Ross welcomed the decision, saying the UK government was right to step in to protect equality rights across the country.

The order is expected to be laid before Parliament at Westminster on Tuesday.""",
     claims=[
        (UKG, S35, SUP, "The UK government will stop Scotland's gender recognition reform from becoming law", True),
        (UKG, AMEND, SUP, "he would welcome the Scottish Government bringing forward an amended bill", True),
        (SG, S35, OPP, "\"full-frontal attack\" on the Scottish Parliament", True),
        (CON, S35, SUP, "the UK government was right to step in to protect equality rights", True),
     ]),
# 007 (duplicate of 006)
dict(published="2023-01-16T20:30:00Z", outlet="causeway-herald",
     slug="westminster-to-veto-holyrood-gender-bill",
     title="Westminster to veto Holyrood gender bill, Jack announces",
     text="""LONDON, Jan 16 (Causeway Herald) - The UK government will stop Scotland's gender recognition reform from becoming law, Scottish Secretary Alister Jack announced on Monday, the first time the power in Section 35 of the Scotland Act has ever been used.

Jack said in a statement that, having considered the advice carefully, he had concluded the bill would have an adverse impact on the operation of Great Britain-wide equality legislation. He will lay an order preventing the Presiding Officer from sending the bill for royal assent.

The decision had not been taken lightly, Jack said. He added that he would welcome the Scottish Government bringing forward an amended bill that dealt with the UK's concerns.

First Minister Nicola Sturgeon described the step as a "full-frontal attack" on the Scottish Parliament and said it overrode the democratic will of MSPs, who had backed the bill by a large cross-party majority.

Douglas Ross, leader of the Scottish Conservatives, welcomed the move and said the UK government was right to step in to protect equality rights across the country.

The order is due to be laid before Parliament at Westminster on Tuesday.""",
     claims=[
        (UKG, S35, SUP, "The UK government will stop Scotland's gender recognition reform from becoming law", True),
        (UKG, AMEND, SUP, "he would welcome the Scottish Government bringing forward an amended bill", True),
        (SG, S35, OPP, "\"full-frontal attack\" on the Scottish Parliament", True),
        (CON, S35, SUP, "the UK government was right to step in to protect equality rights", True),
     ]),
# 008
dict(published="2023-01-17T17:40:00Z", outlet="kestrel-wire",
     slug="sturgeon-opens-door-to-rewriting-gender-bill",
     title="Sturgeon opens door to rewriting gender bill",
     text="""EDINBURGH, Jan 17 (Kestrel Wire) - Nicola Sturgeon said on Tuesday her government would take the UK government to court over its block on Scotland's gender recognition law if its legal advice showed a challenge could succeed, as the order was laid at Westminster.

Speaking at a news conference at St Andrew's House, the first minister said she would consider changes to the bill only if London identified specific amendments that would meet its concerns. The UK government's statement of reasons, she said, did not do so.

In the House of Commons, Alister Jack defended the order, telling MPs the bill would create two different regimes for legal gender within Great Britain and cause significant complications. Prime Minister Rishi Sunak told reporters he fully supported the Scottish Secretary's decision.

Labour's shadow Scottish secretary, Ian Murray, said Labour would back the use of such an order only as a last resort, after every effort to settle the dispute through talks had failed, and accused both governments of rushing into a fight.

Scottish ministers are expected to publish a summary of their legal options in the coming weeks, according to officials.""",
     claims=[
        (SG, DROP, CON_, "if its legal advice showed a challenge could succeed", True),
        (SG, AMEND, CON_, "would consider changes to the bill only if London identified specific amendments", True),
        (UKG, S35, SUP, "Alister Jack defended the order", True),
        (LAB, S35, CON_, "Labour would back the use of such an order only as a last resort", True),
     ]),
# 009
dict(published="2023-01-18T19:15:00Z", outlet="northlight-courier",
     slug="starmer-breaks-with-scottish-labour-over-gender-bill",
     title="Starmer breaks with Scottish Labour over gender bill",
     text="""LONDON, Jan 18 (Northlight Courier) - Labour leader Keir Starmer said on Wednesday he had concerns about Scotland's gender recognition bill, in particular the plan to let 16-year-olds change their legal gender.

Starmer told a radio interviewer he did not think the age should be lowered to 16, but he declined to say whether he supported the UK government's decision to block the bill, saying he wanted to see its legal advice first.

His comments put him at odds with Scottish Labour, which backs the Holyrood bill. Party officials in Glasgow played down any split, saying the two leaders agreed that trans people deserved a better process.

Anas Sarwar, the Scottish Labour leader, said on Wednesday the order should not have been used and risked setting a damaging precedent for devolution. He urged the two governments to sit down together and agree amendments so that a revised bill could return to Holyrood.

Prime Minister's Questions was dominated by the cost of living, and the gender bill was raised only briefly, by a Scottish National Party MP who accused ministers of holding the Scottish Parliament in contempt.""",
     claims=[
        (LAB, AGE, OPP, "he did not think the age should be lowered to 16", True),
        (SLAB, SELF, SUP, "Scottish Labour, which backs the Holyrood bill", False),
        (SLAB, S35, OPP, "the order should not have been used", True),
        (SLAB, AMEND, SUP, "urged the two governments to sit down together and agree amendments", True),
     ]),
# 010
dict(published="2023-01-19T15:30:00Z", outlet="tollgate-dispatch",
     slug="greens-vow-court-fight-over-westminster-block",
     title="Greens vow court fight as Holyrood debates Westminster block",
     text="""EDINBURGH, Jan 19 (Tollgate Dispatch) - The Scottish Greens said on Thursday there was no question of the party not backing a court fight against the UK government's block on gender recognition reform.

Patrick Harvie, the Green co-leader and a minister in the Scottish Government, told a rally outside Holyrood that the order was an attack on a small and vulnerable minority. His co-leader Lorna Slater also addressed the crowd.

Inside the chamber, the Scottish Conservatives tabled a motion urging ministers to accept the block and drop any plan for a legal battle, which Douglas Ross said would waste public money on a political stunt. The motion was defeated.

Shona Robison, the social justice secretary, told MSPs the government was still examining its legal advice and would set out its next steps in due course. She said no decision had been made.

A poll published this week suggested public opinion in Scotland was divided on the reform, with older voters more likely to oppose it.

Harvie's role as a minister has led opposition parties to ask whether the Greens speak for the government on the issue. Ministers said they did not comment on internal discussions.""",
     claims=[
        (GRN, DROP, OPP, "no question of the party not backing a court fight", True),
        (GRN, S35, OPP, "the order was an attack on a small and vulnerable minority", True),
        (CON, DROP, SUP, "urging ministers to accept the block and drop any plan for a legal battle", True),
     ]),
# 011
dict(published="2023-01-26T16:00:00Z", outlet="causeway-herald",
     slug="sturgeon-trans-prisoner-not-held-in-womens-jail",
     title="Sturgeon says trans prisoner will not be held in women's jail",
     text="""EDINBURGH, Jan 26 (Causeway Herald) - Nicola Sturgeon said on Thursday that a transgender woman convicted of rape would not be held in a women's prison, after a case that has intensified the row over gender recognition reform.

The first minister told MSPs at First Minister's Questions that the prisoner would be moved to the male estate and that the Scottish Prison Service would review how it handled such cases.

Opposition parties linked the case to the gender bill. Douglas Ross said it showed the dangers of allowing anyone to change their legal gender simply by declaring it, and called on Sturgeon to think again.

Sturgeon rejected that link. She said prison placement decisions were based on risk and did not depend on whether a person held a gender recognition certificate, and she insisted the reform passed last month remained the right thing to do.

Scottish Labour's justice spokesperson said the government had been too slow to act on the prisoner's case. She did not comment on the bill.

The prisoner, who began transitioning after being charged, is due to be sentenced next month at the High Court in Edinburgh.""",
     claims=[
        (CON, SELF, OPP, "the dangers of allowing anyone to change their legal gender simply by declaring it", True),
        (SG, SELF, SUP, "she insisted the reform passed last month remained the right thing to do", True),
     ]),
# 012
dict(published="2023-02-01T16:10:00Z", outlet="kestrel-wire",
     slug="jack-tells-mps-block-stays-over-age-concerns",
     title="Jack tells MPs gender bill block will stay, cites age concerns",
     text="""LONDON, Feb 1 (Kestrel Wire) - Scottish Secretary Alister Jack told MPs on Wednesday that the block on Scotland's gender recognition bill would stay in place, and singled out the plan to let 16- and 17-year-olds apply for a certificate as one of his main concerns.

Answering questions in the House of Commons, Jack said the UK government did not believe children should be able to change their legal gender, and that a lower age limit in Scotland would cause confusion for schools, sports bodies and employers operating across Great Britain.

He said the decision had been based on legal advice rather than politics, and that he had no regrets about it.

An SNP member accused him of treating Holyrood with contempt and of ignoring a democratic vote. Jack rejected the charge and said the Scotland Act had always contained the power he had used.

Labour's front bench did not take part in the exchange, which lasted about 20 minutes.

In Edinburgh, ministers were preparing for the final debate on the Scottish budget, which has pushed the gender dispute down the agenda at Holyrood this week.""",
     claims=[
        (UKG, AGE, OPP, "the UK government did not believe children should be able to change their legal gender", True),
        (UKG, S35, SUP, "the block on Scotland's gender recognition bill would stay in place", True),
     ]),
# 013
dict(published="2023-02-08T14:20:00Z", outlet="northlight-courier",
     slug="robison-asks-jack-to-spell-out-changes",
     title="Robison asks Jack to spell out changes UK wants to gender bill",
     text="""EDINBURGH, Feb 8 (Northlight Courier) - Scotland's social justice secretary has written to Alister Jack asking him to set out exactly what changes to the gender recognition bill would lead the UK government to lift its block, according to a letter published on Wednesday.

Shona Robison said in the letter that ministers were prepared to look at amendments if the UK government identified them clearly, but that the statement of reasons published with the order did not say what would make the bill acceptable.

A Scotland Office spokesperson said Jack had already made clear that the onus was on the Scottish Government to bring forward a revised bill, and that the Scottish Secretary's door remained open.

The exchange follows weeks of mutual accusations. Some officials on both sides privately doubt that any compromise is possible; one Whitehall official said a deal looked unlikely before the summer.

Legal advice to Scottish ministers on a possible court challenge has not been published. A government spokesperson declined to say when a decision would be taken.

The letter was sent from St Andrew's House, the government's headquarters in Edinburgh, on Tuesday.""",
     claims=[
        (SG, AMEND, CON_, "prepared to look at amendments if the UK government identified them clearly", True),
        (UKG, AMEND, SUP, "the onus was on the Scottish Government to bring forward a revised bill", True),
     ]),
# 014
dict(published="2023-02-15T13:30:00Z", outlet="pennant-post",
     slug="sturgeon-resigns-as-first-minister",
     title="Sturgeon resigns as first minister after eight years",
     text="""EDINBURGH, Feb 15 (Pennant Post) - Nicola Sturgeon announced on Wednesday that she would step down as first minister and leader of the Scottish National Party once a successor had been chosen, ending more than eight years in office.

Speaking at a hastily arranged news conference at Bute House, her official residence, Sturgeon said she had concluded that the job required more than she could give and that the party needed fresh leadership before the next election.

She said the decision was not a reaction to short-term pressures, and rejected suggestions that the dispute over gender recognition had forced her out. Asked whether her successor should continue to contest the UK block on the bill, she declined to say, adding that it would be for the new leader to decide.

Political analysts said the departure could leave the reform's future uncertain. Several expected the leadership contest to expose divisions within the SNP over the bill, and one suggested a new leader might quietly let the legal option lapse.

The SNP's ruling body will set out a timetable for the contest in the coming days. Sturgeon will remain in post until the new leader is elected by the party's members.""",
     claims=[]),
# 015
dict(published="2023-03-07T20:00:00Z", outlet="tollgate-dispatch",
     slug="snp-leadership-hopefuls-split-over-gender-reform",
     title="SNP leadership hopefuls split over gender reform at hustings",
     text="""INVERNESS, March 7 (Tollgate Dispatch) - Candidates to succeed Nicola Sturgeon clashed over gender recognition reform at a hustings in Inverness on Tuesday, exposing a rift that party managers had hoped to keep out of the contest.

Kate Forbes, the finance secretary, who was on maternity leave when the bill was passed, repeated that she would not have voted for it and said she would not take the UK block to court. Ash Regan, who resigned from the government last year in protest at the reform, said she would drop the bill altogether.

Humza Yousaf, the health secretary, has presented himself as the candidate of continuity. Party members in the audience applauded loudly on both sides of the debate.

Opinion among SNP members is hard to measure. Some MSPs who back Forbes said privately that the gender row had cost the party support among older voters, while others argued the reform was popular with younger members.

The result of the members' ballot will be announced on March 27 at Murrayfield stadium in Edinburgh. Around 72,000 members are eligible to vote, according to the party, though that figure has itself become a subject of dispute.""",
     claims=[]),
# 016
dict(published="2023-03-29T15:00:00Z", outlet="kestrel-wire",
     slug="yousaf-sworn-in-legal-advice-gender-bill",
     title="Yousaf sworn in, says legal advice will decide gender bill challenge",
     text="""EDINBURGH, March 29 (Kestrel Wire) - Humza Yousaf was sworn in as Scotland's first minister on Wednesday and said his government would challenge the UK block on gender recognition reform in court if the legal advice showed a reasonable prospect of success.

Yousaf, 37, who took the oath at the Court of Session, told reporters afterwards that he remained committed to the reform passed in December, including the move to self-declaration. He said he expected updated advice within weeks and would not take the decision lightly.

Alister Jack congratulated the new first minister and said he hoped Yousaf would use the change of leadership to drop the idea of a court case, which he said would only prolong uncertainty.

The ceremony was attended by Yousaf's family and by senior judges. Yousaf is the first Muslim to lead a devolved government in the United Kingdom and, at 37, the youngest person to hold the post.

Yousaf named Shirley-Anne Somerville as his social justice secretary on Wednesday, giving her responsibility for the gender bill.""",
     claims=[
        (SG, DROP, CON_, "challenge the UK block on gender recognition reform in court if the legal advice", True),
        (SG, SELF, SUP, "remained committed to the reform passed in December, including the move to self-declaration", True),
        (UKG, DROP, SUP, "drop the idea of a court case", True),
     ]),
# 017
dict(published="2023-04-12T13:00:00Z", outlet="northlight-courier",
     slug="scottish-government-launches-legal-challenge",
     title="Scottish Government launches legal challenge to gender bill block",
     text="""EDINBURGH, April 12 (Northlight Courier) - The Scottish Government will seek a judicial review of the UK government's decision to block its gender recognition reform, Social Justice Secretary Shirley-Anne Somerville announced on Wednesday.

In a statement to parliament, Somerville said the order was an unprecedented challenge to the Scottish Parliament's ability to legislate on clearly devolved matters and that it was right to ask the courts to rule on it. Ministers would lodge a petition at the Court of Session within days.

She said the government had looked at whether the bill could be amended and brought back, and had concluded that this was not a viable route, because the UK government had never identified changes that would satisfy it. Reintroducing a watered-down bill, she said, would let Westminster dictate to Holyrood.

A UK government spokesperson said ministers would robustly defend the decision to use Section 35.

Douglas Ross said the case was a waste of taxpayers' money and urged Yousaf to abandon it.

Legal experts said a hearing was unlikely before the autumn.""",
     claims=[
        (SG, DROP, OPP, "The Scottish Government will seek a judicial review", True),
        (SG, AMEND, OPP, "had concluded that this was not a viable route", True),
        (SG, S35, OPP, "the order was an unprecedented challenge to the Scottish Parliament's ability to legislate", True),
        (UKG, S35, SUP, "ministers would robustly defend the decision to use Section 35", True),
        (CON, DROP, SUP, "the case was a waste of taxpayers' money and urged Yousaf to abandon it", True),
     ]),
# 018
dict(published="2023-04-13T09:45:00Z", outlet="causeway-herald",
     slug="labour-keeps-distance-as-edinburgh-heads-to-court",
     title="Labour keeps its distance as Edinburgh heads to court over gender bill",
     text="""GLASGOW, April 13 (Causeway Herald) - Scottish Labour declined on Thursday to say whether it supported the Scottish Government's decision to go to court over the UK block on its gender recognition reform, a day after ministers announced a judicial review.

Jackie Baillie, the party's deputy leader, said Labour had voted for the bill because it still believed the process for trans people needed to be simpler and kinder, but accused both governments of wanting a constitutional fight more than a solution.

Anas Sarwar is expected to be pressed on the issue at First Minister's Questions next week. Some Labour MSPs are said privately to be uneasy about the cost of a long court case.

The UK government said it would welcome an amended bill. In a letter to Somerville released by the Scotland Office, Alister Jack wrote that the Scottish Government could still withdraw from litigation and work with him on changes, which he said would be a better use of time and money.

Shirley-Anne Somerville said the petition would be lodged next week.""",
     claims=[
        (SLAB, SELF, SUP, "still believed the process for trans people needed to be simpler and kinder", True),
        (UKG, AMEND, SUP, "it would welcome an amended bill", True),
        (UKG, DROP, SUP, "the Scottish Government could still withdraw from litigation", True),
     ]),
# 019
dict(published="2023-04-19T15:30:00Z", outlet="kestrel-wire",
     slug="gender-bill-petition-lodged-court-of-session",
     title="Gender bill petition lodged at Court of Session",
     text="""EDINBURGH, April 19 (Kestrel Wire) - Lawyers for the Scottish Government lodged a petition for judicial review at the Court of Session on Wednesday, formally opening the legal fight over the UK block on gender recognition reform.

The petition asks the court to reduce, or set aside, the Section 35 order made by Alister Jack in January. It argues that the Scottish Secretary misunderstood the bill's effects, failed to give adequate reasons and acted irrationally.

The Advocate General for Scotland, the UK government's law officer in Scotland, will answer for the UK side. A court official said it would normally take several weeks for the answers to be lodged and for a judge to be assigned.

The Scottish Government has not said how much it expects to spend on the case, prompting criticism from opposition parties.

Rachael Hamilton, the Scottish Conservative equalities spokesperson, said ministers were pouring money into a doomed case when they should drop it and accept the result.

In Hamilton, South Lanarkshire, a small group of campaigners for the reform held a vigil outside the sheriff court on Wednesday evening.""",
     claims=[
        (SG, DROP, OPP, "Lawyers for the Scottish Government lodged a petition for judicial review", True),
        (SG, S35, OPP, "The petition asks the court to reduce, or set aside, the Section 35 order", True),
        (CON, DROP, SUP, "they should drop it and accept the result", True),
     ]),
# 020
dict(published="2023-06-06T11:00:00Z", outlet="pennant-post",
     slug="uk-tells-court-gender-bill-block-lawful",
     title="UK government tells court gender bill block was lawful",
     text="""EDINBURGH, June 6 (Pennant Post) - The UK government has told the Court of Session that its decision to block Scotland's gender recognition reform was lawful and properly reasoned, according to its written answers to the Scottish Government's petition, published on Tuesday.

The answers, lodged by the Advocate General for Scotland, say Alister Jack was entitled to conclude that the bill would have adverse effects on the operation of the Equality Act, including on single-sex spaces and equal pay protections, and ask the court to refuse the petition.

Lady Haldane, the judge assigned to the case, has set aside two days in September for a hearing. Both sides are expected to rely mainly on written submissions.

Douglas Ross, who also sits as an MP at Westminster, said the UK government had made clear it wanted ministers to drop the case, and that ministers in Edinburgh should let the case go before more money was spent.

A Scottish Government spokesperson declined to say how much had been spent so far.""",
     claims=[
        (UKG, S35, SUP, "its decision to block Scotland's gender recognition reform was lawful and properly reasoned", True),
        (UKG, DROP, SUP, "the UK government had made clear it wanted ministers to drop the case", False),
        (CON, DROP, SUP, "ministers in Edinburgh should let the case go before more money was spent", True),
     ]),
# 021
dict(published="2023-07-11T16:00:00Z", outlet="tollgate-dispatch",
     slug="greens-accuse-starmer-of-backing-away-from-self-id",
     title="Greens accuse Starmer of backing away from self-ID",
     text="""EDINBURGH, July 11 (Tollgate Dispatch) - The Scottish Greens accused Labour leader Keir Starmer on Tuesday of quietly abandoning support for self-declaration of gender, ahead of the publication of Labour's policy plans for a general election.

Lorna Slater, the Green co-leader, said Starmer's Labour had already walked away from self-declaration in all but name. She said the Greens would keep making the case for the Holyrood reform, which she described as modest and overdue.

A Labour spokesperson said the party's policy on gender recognition was being finalised and would be set out in due course. He declined to say whether it would include self-declaration.

Political analysts said Starmer was keen to avoid a fight on cultural issues before the election, and some predicted a shift towards a process that kept a medical element.

Scottish Labour, which still supports the Holyrood bill, has not commented on the UK party's review.

The Greens have been part of the Scottish Government since 2021 under a cooperation agreement with the SNP, which gave the party two junior ministers.""",
     claims=[
        (LAB, SELF, OPP, "Starmer's Labour had already walked away from self-declaration in all but name", False),
        (GRN, SELF, SUP, "the Greens would keep making the case for the Holyrood reform", True),
        (SLAB, SELF, SUP, "Scottish Labour, which still supports the Holyrood bill", False),
     ]),
# 022
dict(published="2023-07-27T07:00:00Z", outlet="kestrel-wire",
     slug="labour-drops-plan-for-gender-self-declaration",
     title="Labour drops plan for gender self-declaration",
     text="""LONDON, July 27 (Kestrel Wire) - Labour would keep the requirement for a medical diagnosis before people can legally change their gender, the party's equalities spokesperson Anneliese Dodds said on Thursday, moving away from its earlier support for self-declaration.

Writing in a newspaper, Dodds said a Labour government would modernise and simplify the process, replacing the panel of doctors and lawyers with a diagnosis from a single doctor, but would not introduce self-identification. She said Labour would also keep the minimum age for a certificate at 18.

The change brings Labour closer to the UK government. Kemi Badenoch, the equalities minister, said Labour had finally caught up with the government's view that self-declaration was wrong.

Labour's 2019 manifesto had promised to reform the Gender Recognition Act to introduce self-declaration. Starmer has said in recent months that he would not be bound by every position taken under his predecessor.

Scottish Labour did not respond to requests for comment. Trans rights groups said the plan kept a process that many applicants found humiliating, while some women's groups said it did not go far enough.""",
     claims=[
        (LAB, SELF, OPP, "Labour would keep the requirement for a medical diagnosis", True),
        (LAB, AGE, OPP, "Labour would also keep the minimum age for a certificate at 18", True),
        (UKG, SELF, OPP, "the government's view that self-declaration was wrong", True),
     ]),
# 023
dict(published="2023-08-21T10:00:00Z", outlet="causeway-herald",
     slug="ministers-deny-shelving-gender-bill-court-case",
     title="Ministers deny shelving gender bill court case",
     text="""EDINBURGH, Aug 21 (Causeway Herald) - The Scottish Government denied on Monday that it was looking for a way to drop its court challenge to the UK block on gender recognition reform, after a newspaper reported that some ministers wanted to settle the case quietly.

A spokesperson for St Andrew's House said the report was untrue and that the government would be in court in September as planned.

Humza Yousaf, asked about the report during a visit to a school in Dundee, said he had not changed his mind and would not walk away from a case about the powers of the Scottish Parliament.

The newspaper, citing two unnamed sources, said some senior SNP figures believed the case had become a political liability. Party officials declined to comment on internal discussions.

Douglas Ross said the report showed that even Yousaf's colleagues had doubts about the case, and repeated his call for it to be abandoned.

Hearings in the judicial review are due to begin at the Court of Session on Sept 19.""",
     claims=[
        (SG, DROP, OPP, "denied on Monday that it was looking for a way to drop its court challenge", True),
        (CON, DROP, SUP, "repeated his call for it to be abandoned", True),
     ]),
# 024
dict(published="2023-09-19T16:30:00Z", outlet="northlight-courier",
     slug="scottish-government-tells-judge-block-unlawful",
     title="Scottish Government tells judge UK gender bill block was unlawful",
     text="""EDINBURGH, Sept 19 (Northlight Courier) - The Scottish Government's lawyers told the Court of Session on Tuesday that the UK government had used its Section 35 power unlawfully when it blocked Scotland's gender recognition reform in January.

Counsel for Scottish ministers told Lady Haldane that Alister Jack had based his decision on a policy disagreement rather than on any real legal effect on the Equality Act. The Scotland Act, he argued, did not allow a UK minister to veto a bill simply because he disliked it.

The UK government will set out its case on Wednesday. In written submissions, its lawyers say the Scottish Secretary reached a reasonable judgement on the evidence before him.

Protesters from both sides of the gender debate gathered outside Parliament House, the court's home just off the Royal Mile. Cameras are not normally allowed in the courtroom.

Shirley-Anne Somerville, who attended the hearing, spoke briefly to reporters outside the court but did not take questions.

Lady Haldane is expected to reserve her judgement, meaning a ruling could take several weeks or months.""",
     claims=[
        (SG, S35, OPP, "the UK government had used its Section 35 power unlawfully", True),
        (UKG, S35, SUP, "the Scottish Secretary reached a reasonable judgement on the evidence before him", True),
     ]),
# 025
dict(published="2023-09-20T15:50:00Z", outlet="pennant-post",
     slug="uk-lawyers-defend-gender-bill-block-as-hearing-ends",
     title="UK lawyers defend gender bill block as hearing ends",
     text="""EDINBURGH, Sept 20 (Pennant Post) - Lawyers for the UK government told the Court of Session on Wednesday that Alister Jack had acted lawfully when he blocked Scotland's gender recognition reform, as a two-day hearing on the Scottish Government's challenge came to an end.

Counsel for the Advocate General said the bill would have created two parallel systems for legal gender within Great Britain, with serious consequences for how the Equality Act worked in practice, and asked the judge to refuse the petition.

Lady Haldane reserved her decision. She thanked both sides for their submissions but gave no indication of when she would rule.

Outside the court, Alister Jack told reporters he remained confident and that he hoped Scottish ministers would accept whatever the judge decided rather than prolong the dispute.

Scottish Labour and the Scottish Conservatives made no statement on Wednesday.

The case is the first time a Section 35 order has been tested in court. Lawyers said the judgement could shape how future disputes between the two governments are handled.""",
     claims=[
        (UKG, S35, SUP, "Alister Jack had acted lawfully when he blocked Scotland's gender recognition reform", True),
        (UKG, DROP, SUP, "accept whatever the judge decided rather than prolong the dispute", True),
     ]),
# 026
dict(published="2023-10-16T13:00:00Z", outlet="tollgate-dispatch",
     slug="yousaf-tells-snp-conference-he-will-fight-block",
     title="Yousaf tells SNP conference he will keep fighting gender law block",
     text="""ABERDEEN, Oct 16 (Tollgate Dispatch) - Humza Yousaf told the Scottish National Party's conference on Monday that his government would continue to fight the UK block on gender recognition reform, calling the Section 35 order a veto on the decisions of Scotland's parliament.

Speaking in his first conference address as leader, Yousaf said he would not accept that Holyrood's laws could be set aside by ministers in another parliament whenever they disagreed with them.

The remarks drew a long ovation, although a handful of delegates remained seated. Party managers kept a motion critical of the reform off the agenda, according to delegates.

Much of the address focused on independence strategy and on the cost of living. Delegates backed a plan to treat winning a majority of Scottish seats at the next general election as a mandate to begin negotiations on independence.

The conference, held at the P&J Live arena, was the party's first since the leadership contest in the spring.

A ruling in the judicial review is expected before the end of the year, lawyers said.""",
     claims=[
        (SG, DROP, OPP, "his government would continue to fight the UK block on gender recognition reform", True),
        (SG, S35, OPP, "calling the Section 35 order a veto on the decisions of Scotland's parliament", True),
     ]),
# 027
dict(published="2023-12-07T18:00:00Z", outlet="causeway-herald",
     slug="court-to-rule-on-gender-bill-veto",
     title="Court to rule on Westminster's gender bill veto on Friday",
     text="""EDINBURGH, Dec 7 (Causeway Herald) - The Court of Session will on Friday deliver its ruling on the Scottish Government's challenge to the UK block on gender recognition reform, nearly a year after the bill was passed at Holyrood.

Lady Haldane will issue a written opinion rather than read her decision in court, court officials said on Thursday.

The Scottish Government, which argues that the Section 35 order was an unlawful veto, has not said how much the case has cost. The UK government, which insists the order was needed to protect UK-wide equality law, has not disclosed its costs either.

Legal commentators said the judge could uphold the order or strike it down, and most expected the losing side to consider an appeal to the Inner House.

Campaigners on both sides said they would gather outside Parliament House on Friday morning.

Neither government would comment before the ruling. A spokesperson for Humza Yousaf said the first minister would respond once he had read the judgement.""",
     claims=[
        (SG, S35, OPP, "The Scottish Government, which argues that the Section 35 order was an unlawful veto", False),
        (UKG, S35, SUP, "The UK government, which insists the order was needed to protect UK-wide equality law", False),
     ]),
# 028
dict(published="2023-12-08T11:30:00Z", outlet="kestrel-wire",
     slug="scottish-court-upholds-uk-block-on-gender-law",
     title="Scottish court upholds UK block on gender recognition law",
     text="""EDINBURGH, Dec 8 (Kestrel Wire) - Scotland's highest civil court ruled on Friday that the UK government acted lawfully when it blocked the Scottish Parliament's gender recognition reform, rejecting a challenge brought by the Scottish Government.

In a written opinion, Lady Haldane found that the Scottish Secretary's use of Section 35 was within his powers and that his reasons were neither irrational nor based on a misreading of the bill.

Humza Yousaf called the ruling a dark day for devolution, saying it showed that laws passed at Holyrood could be struck down by Westminster at will. He said ministers would study the opinion carefully and declined to say whether they would appeal.

Alister Jack welcomed the judgement and said the Scottish Government should now accept it and not waste more public money on an appeal.

Douglas Ross urged Yousaf to end the legal fight.

The Scottish Greens said the decision was a blow to trans people. Patrick Harvie said the reform had been passed by a democratically elected parliament and should not have been blocked.

The Scottish Government has 21 days to lodge an appeal with the Inner House of the court.""",
     claims=[
        (SG, S35, OPP, "called the ruling a dark day for devolution", True),
        (UKG, S35, SUP, "Alister Jack welcomed the judgement", True),
        (UKG, DROP, SUP, "should now accept it and not waste more public money on an appeal", True),
        (CON, DROP, SUP, "urged Yousaf to end the legal fight", True),
        (GRN, S35, OPP, "should not have been blocked", True),
     ]),
# 029 (duplicate of 028)
dict(published="2023-12-08T14:10:00Z", outlet="northlight-courier",
     slug="court-rules-uk-acted-lawfully-on-gender-bill",
     title="Judge rules UK acted lawfully in blocking Holyrood gender bill",
     text="""EDINBURGH, Dec 8 (Northlight Courier) - Scotland's highest civil court has ruled that the UK government acted lawfully in blocking the Scottish Parliament's gender recognition reform, dismissing on Friday a challenge brought by the Scottish Government.

Lady Haldane, in a written opinion, said the Scottish Secretary had acted within his powers under Section 35 and that his reasons were neither irrational nor founded on a misreading of the bill.

First Minister Humza Yousaf called the ruling a dark day for devolution and said it showed Westminster could strike down laws passed at Holyrood at will. Ministers would study the opinion carefully, he said, and he declined to say whether they would appeal.

Scottish Secretary Alister Jack welcomed the judgement. He said the Scottish Government should now accept it and not waste more public money on an appeal.

Scottish Conservative leader Douglas Ross urged Yousaf to end the legal fight.

For the Scottish Greens, the decision was a blow to trans people. Co-leader Patrick Harvie said the reform had been passed by a democratically elected parliament and should not have been blocked.

Ministers have 21 days to appeal to the Inner House of the court.""",
     claims=[
        (SG, S35, OPP, "called the ruling a dark day for devolution", True),
        (UKG, S35, SUP, "Alister Jack welcomed the judgement", True),
        (UKG, DROP, SUP, "should now accept it and not waste more public money on an appeal", True),
        (CON, DROP, SUP, "urged Yousaf to end the legal fight", True),
        (GRN, S35, OPP, "should not have been blocked", True),
     ]),
# 030
dict(published="2023-12-12T17:00:00Z", outlet="tollgate-dispatch",
     slug="sarwar-urges-ministers-not-to-appeal",
     title="Sarwar urges ministers not to appeal gender bill ruling",
     text="""GLASGOW, Dec 12 (Tollgate Dispatch) - Scottish Labour leader Anas Sarwar said on Tuesday that the Scottish Government should not spend any more public money appealing last week's court ruling on gender recognition reform.

Sarwar said the ruling had to be respected and that ministers' time would be better spent on the NHS and on schools. He repeated his view that the two governments should now work together on a fixed version of the bill.

At Westminster, Keir Starmer was asked whether a Labour government would lift the Section 35 order. He declined to say, telling reporters he would not make commitments about hypothetical future decisions.

The Scottish Government has until the end of the month to lodge an appeal. A spokesperson said ministers were still considering the opinion and would update parliament before Christmas.

The Scottish Conservatives tabled a written question asking how much had been spent on the case, including the cost of external counsel.

Campaigners for the reform held a small protest outside the Scottish Parliament on Tuesday evening.""",
     claims=[
        (SLAB, DROP, SUP, "the Scottish Government should not spend any more public money appealing", True),
        (SLAB, AMEND, SUP, "the two governments should now work together on a fixed version of the bill", True),
     ]),
# 031
dict(published="2023-12-20T15:20:00Z", outlet="pennant-post",
     slug="scottish-government-will-not-appeal-gender-ruling",
     title="Scottish Government will not appeal gender bill ruling",
     text="""EDINBURGH, Dec 20 (Pennant Post) - The Scottish Government will not appeal the court ruling that upheld the UK block on its gender recognition reform, Social Justice Secretary Shirley-Anne Somerville told parliament on Wednesday, ending a year-long legal battle.

Somerville said ministers had concluded after taking advice that an appeal was unlikely to succeed and would not be a responsible use of public money. The government still believed the Section 35 order was a profound mistake that undermined devolution, she said.

She said the government would be willing to work on a revised bill with a future UK government, if that government was prepared to engage constructively on the concerns that had been raised.

Alister Jack welcomed the decision and said the Scottish Government should now turn its attention to other priorities.

Douglas Ross said ministers should apologise for the cost of the case.

One Green backbencher said privately that she was disappointed the appeal would not go ahead.""",
     claims=[
        (SG, DROP, SUP, "The Scottish Government will not appeal the court ruling", True),
        (SG, S35, OPP, "the Section 35 order was a profound mistake that undermined devolution", True),
        (SG, AMEND, CON_, "willing to work on a revised bill with a future UK government", True),
        (UKG, DROP, SUP, "Alister Jack welcomed the decision", True),
     ]),
# 032
dict(published="2023-12-21T10:30:00Z", outlet="causeway-herald",
     slug="yousaf-defends-decision-to-end-gender-bill-fight",
     title="Yousaf defends decision to end gender bill fight as critics count the cost",
     text="""GLASGOW, Dec 21 (Causeway Herald) - Humza Yousaf defended his government's decision not to appeal the gender recognition ruling on Thursday, saying there was no point pursuing a case ministers did not expect to win.

Yousaf said the reform had not been abandoned, but the government would not bring the bill back to Holyrood unless a future UK government agreed to work with it on the changes needed to avoid another block.

Anas Sarwar said it was right that ministers had finally accepted the ruling, but that the episode had wasted time and money that should have gone on public services.

The Scottish Greens, whose co-leaders serve as junior ministers in Yousaf's government, did not issue a statement. Trans rights groups said the decision left people in Scotland facing the same process as before.

Keir Starmer's office declined to comment on whether a Labour government would revisit the order.

Opposition parties have asked for a full breakdown of the legal costs, which the government has said it will publish in the new year.""",
     claims=[
        (SG, DROP, SUP, "no point pursuing a case ministers did not expect to win", True),
        (SG, SELF, SUP, "the reform had not been abandoned", True),
        (SG, AMEND, CON_, "would not bring the bill back to Holyrood unless a future UK government agreed", True),
        (SLAB, DROP, SUP, "it was right that ministers had finally accepted the ruling", True),
     ]),
]

SHIFTS = [
    dict(actor=UKG, issue=S35, frm=CON_, to=SUP, article="006",
         why="Jack announces he will make the Section 35 order; in 001, 003 and 004 the UK government only said it might act if the bill harmed UK-wide equality law."),
    dict(actor=SG, issue=DROP, frm=CON_, to=OPP, article="017",
         why="Somerville announces a judicial review; in 008 and 016 ministers would go to court only if legal advice showed a challenge could succeed."),
    dict(actor=SG, issue=AMEND, frm=CON_, to=OPP, article="017",
         why="Somerville says amending and bringing back the bill is not a viable route; in 008 and 013 ministers would consider amendments if London identified them."),
    dict(actor=LAB, issue=SELF, frm=SUP, to=OPP, article="022",
         why="Dodds says Labour would keep the medical diagnosis and not introduce self-identification; the baseline is Labour's earlier support (2019 manifesto). The Greens' claim in 021 is attributed: false and does not move it."),
    dict(actor=SG, issue=DROP, frm=OPP, to=SUP, article="031",
         why="Somerville announces the government will not appeal the Court of Session ruling; since 017 ministers had pursued the judicial review (019, 023, 026)."),
    dict(actor=SG, issue=AMEND, frm=OPP, to=CON_, article="031",
         why="Somerville says the government would work on a revised bill with a future UK government if it engaged constructively; in 017 an amended bill was ruled out."),
]

# Duplicate copies: (original, copy). 006 is a shift article.
DUPLICATES = [("006", "007"), ("028", "029")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def fail(errors):
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)


def load_watchlist(path):
    text = open(path, encoding="utf-8").read()
    sections = re.split(r"^(actors|issues|baseline):\s*$", text, flags=re.M)
    parts = {}
    for i in range(1, len(sections), 2):
        parts[sections[i]] = sections[i + 1]
    actors = re.findall(r"^  - id: (\S+)", parts["actors"], flags=re.M)
    issues = re.findall(r"^  - id: (\S+)", parts["issues"], flags=re.M)
    baseline = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", parts["baseline"])
    # issue fields: only id, name, description, terms
    for block in re.split(r"^  - ", parts["issues"], flags=re.M)[1:]:
        keys = re.findall(r"^(?:    )?(\w+):", block, flags=re.M)
        if keys != ["id", "name", "description", "terms"]:
            raise ValueError("issue fields must be id, name, description, terms: %r" % keys)
    for block in re.split(r"^  - ", parts["actors"], flags=re.M)[1:]:
        keys = re.findall(r"^(?:    )?(\w+):", block, flags=re.M)
        if keys != ["id", "name", "aliases"]:
            raise ValueError("actor fields must be id, name, aliases: %r" % keys)
    return actors, issues, baseline


def main():
    errors = []
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (SUP, OPP, CON_):
            errors.append("bad baseline entry %s %s %s" % (a, i, s))

    # ids, order, articles
    articles = []
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        aid = "%03d" % n
        pub = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev and pub <= prev:
            errors.append("%s not in publication order" % aid)
        prev = pub
        outlet = a["outlet"]
        source = OUTLETS[outlet]
        url = "https://example.org/%s/%s/%s" % (outlet, pub.strftime("%Y/%m/%d"), a["slug"])
        text = a["text"].strip()
        if "\n\n\n" in text or text != a["text"]:
            errors.append("%s: stray whitespace" % aid)
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words" % (aid, words))
        m = re.match(r"^([A-Z][A-Z .'-]+(?:, [A-Z][a-z]+)?), (\w+) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(2) != MONTHS[pub.month] or int(m.group(3)) != pub.day or m.group(4) != source:
                errors.append("%s: dateline %r does not match date/outlet" % (aid, m.group(0)))
        articles.append(dict(id=aid, published=a["published"], source=source, url=url,
                             title=a["title"], text=text, _outlet=outlet, _pub=pub))

    # claims
    claims = {}
    for art, a in zip(articles, ARTICLES):
        lst = []
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (art["id"], actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (art["id"], issue))
            if stance not in (SUP, OPP, CON_):
                errors.append("%s: bad stance %s" % (art["id"], stance))
            if quote not in art["text"]:
                errors.append("%s: quote not in text: %r" % (art["id"], quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (art["id"], quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (art["id"], actor, issue))
            seen.add((actor, issue))
            lst.append(dict(actor=actor, issue=issue, stance=stance, quote=quote,
                            attributed=attributed))
        claims[art["id"]] = lst

    # duplicates carry identical claims, same day, later, different outlet
    byid = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        if claims[orig] != claims[copy]:
            errors.append("duplicate %s/%s claims differ" % (orig, copy))
        o, c = byid[orig], byid[copy]
        if o["_pub"].date() != c["_pub"].date() or c["_pub"] <= o["_pub"] or o["source"] == c["source"]:
            errors.append("duplicate %s/%s not same day/later/different outlet" % (orig, copy))

    # recompute shifts
    state = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for art in articles:
        for c in claims[art["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in state and state[key] != c["stance"]:
                recomputed.append((c["actor"], c["issue"], state[key], c["stance"], art["id"]))
            state[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        errors.append("no duplicate pair has a shift article")

    # totals
    allc = [c for l in claims.values() for c in l]
    counts = {s: sum(1 for c in allc if c["stance"] == s) for s in (SUP, OPP, CON_)}
    nofalse = sum(1 for c in allc if not c["attributed"])
    empty = [k for k, v in claims.items() if not v]
    if not 30 <= len(articles) <= 34:
        errors.append("need 30-34 articles")
    if not 60 <= len(allc) <= 90:
        errors.append("need 60-90 claims, have %d" % len(allc))
    if counts[CON_] < 6:
        errors.append("need at least 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("need 5-8 shifts")
    straight = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {SUP, OPP})
    if straight > 2:
        errors.append("more than two straight reversals")
    if not any(CON_ in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        errors.append("need 3-4 no-claim articles, have %s" % empty)
    if errors:
        fail(errors)

    # write files
    for sub in ("articles", "feeds"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    labels = dict(
        claims=claims,
        shifts=[{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                 "article": s["article"], "why": s["why"]} for s in SHIFTS],
        no_alert_articles=no_alert,
    )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    for outlet, name in OUTLETS.items():
        items = sorted([a for a in articles if a["_outlet"] == outlet], key=lambda a: a["_pub"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % outlet,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set scotland-gender-recognition-2023</description>" % escape(name),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_pub"], usegmt=True)]
        for a in items:
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(a["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                      "      <pubDate>%s</pubDate>" % format_datetime(a["_pub"], usegmt=True),
                      "      <description>%s</description>" % escape(a["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", outlet + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr))
    if errors:
        fail(errors)

    per_outlet = {name: sum(1 for a in articles if a["source"] == name) for name in OUTLETS.values()}
    print("OK: %d articles %s" % (len(articles), per_outlet))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)"
          % (len(allc), counts[SUP], counts[OPP], counts[CON_], nofalse))
    print("shifts: %d in articles %s; straight reversals %d" % (len(SHIFTS), shift_articles, straight))
    print("no-claim articles:", empty)
    print("word counts:", {a["id"]: len(a["text"].split()) for a in articles})


if __name__ == "__main__":
    main()
