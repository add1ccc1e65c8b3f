#!/usr/bin/env python3
"""Build the shiftwatch evaluation set build-back-better-2021.

Self-contained (standard library only). Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then validates the set
against watchlist.yaml. Run: python3 build.py  (exit status 0 = all checks passed).
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "potomac-wire": "Potomac Wire",
    "lakeshore-courier": "Lakeshore Courier",
    "ridgeline-post": "Ridgeline Post",
    "tidewater-bulletin": "Tidewater Bulletin",
    "prairie-ledger": "Prairie Ledger",
}

S, O, C = "support", "oppose", "conditional"
WH, MAN, SIN, PRO, PEL, GOP, SCH = (
    "white-house", "manchin", "sinema", "progressives", "pelosi", "senate-republicans", "schumer")
BBB, SIZE, INFRA, CEPP, LEAVE, TAX = (
    "bbb-passage", "full-size-3-5-trillion", "infrastructure-bill", "drop-clean-electricity",
    "paid-leave", "tax-rate-increases")

# Each article: (published UTC, outlet slug, url slug, title, text, claims)
# Each claim: (actor, issue, stance, quote, attributed)
ARTICLES = [
    # 001
    ("2021-06-24T20:45:00Z", "potomac-wire", "biden-backs-infrastructure-deal-in-tandem",
     "Biden embraces bipartisan infrastructure deal but says it must move in tandem",
     """WASHINGTON, June 24 (Potomac Wire) - President Joe Biden said on Thursday that he had reached agreement with a group of ten Republican and Democratic senators on a roughly $1.2 trillion plan to repair roads and bridges, replace lead water pipes and expand broadband.

Speaking to reporters after the meeting, Biden called the compromise a sign that the two parties could still deliver. But he also made clear that the deal was only half of his agenda. He said he would not sign the infrastructure bill if it reached his desk alone, without his larger package on child care, health and climate moving in tandem. He said he would keep pressing Congress to pass that second bill.

House Speaker Nancy Pelosi said separately that the House would not take up the bipartisan bill until the Senate had also passed the larger package through reconciliation, a budget process that needs no Republican votes.

Republican negotiators said they had not expected the president to tie the two together. Senator Rob Portman of Ohio, one of the ten, said he had understood the bills to be on separate tracks.""",
     [(WH, INFRA, C, "He said he would not sign the infrastructure bill if it reached his desk alone", True),
      (WH, BBB, S, "He said he would keep pressing Congress to pass that second bill", True),
      (PEL, INFRA, C, "the House would not take up the bipartisan bill until the Senate had also passed", True)]),

    # 002
    ("2021-06-26T19:10:00Z", "lakeshore-courier", "biden-says-no-veto-threat-on-infrastructure",
     "Biden says he did not mean to threaten veto of infrastructure deal",
     """WASHINGTON, June 26 (Lakeshore Courier) - President Joe Biden said on Saturday that he had not intended to threaten a veto of the bipartisan infrastructure agreement, after Republican senators warned that his remarks two days earlier had put the deal in jeopardy.

In a lengthy written statement released by the White House, Biden said his comments had left the impression that he was issuing a veto threat, which he said was not his intent. He said he fully supported the bipartisan plan, without reservation, and would promote it around the country in the coming weeks.

Biden said he would also continue to push for his families plan, which he wants to pass through the budget process, and that voters could judge both proposals on their merits.

Senate Minority Leader Mitch McConnell had accused Democrats of holding the bipartisan plan hostage. He said on Friday that Republicans would fight the separate tax-and-spend package with everything they had.

Senator Mitt Romney of Utah, one of the Republicans in the talks, said the clarification was enough for him to stay on board.""",
     [(WH, INFRA, S, "He said he fully supported the bipartisan plan, without reservation", True),
      (WH, BBB, S, "would also continue to push for his families plan", True),
      (GOP, BBB, O, "Republicans would fight the separate tax-and-spend package with everything they had", True)]),

    # 003
    ("2021-07-14T18:20:00Z", "ridgeline-post", "senate-democrats-strike-3-5-trillion-deal",
     "Senate Democrats strike $3.5 trillion deal on Biden agenda",
     """WASHINGTON, July 14 (Ridgeline Post) - Senate Democrats have agreed on a $3.5 trillion budget blueprint for President Joe Biden's child care, health and climate agenda, setting up an attempt to pass it without a single Republican vote.

Majority Leader Chuck Schumer, who announced the agreement late on Tuesday, said Democrats intended to pass the full $3.5 trillion plan this year. He said it would include paid family and medical leave and would be fully paid for.

Biden joined Democratic senators for lunch at the Capitol on Wednesday. He did not take questions about the price tag.

Senate Budget Committee Chairman Bernie Sanders, who had pushed for $6 trillion, called the blueprint the most consequential legislation in decades.

Every Democrat will be needed in the 50-50 Senate. Senator Joe Manchin of West Virginia said he had not committed to the $3.5 trillion figure and wanted to see how it would be spent and paid for before deciding. Some analysts said Manchin and Senator Kyrsten Sinema of Arizona could try to shrink the package.""",
     [(SCH, SIZE, S, "Democrats intended to pass the full $3.5 trillion plan this year", True),
      (SCH, LEAVE, S, "it would include paid family and medical leave", True),
      (MAN, SIZE, C, "he had not committed to the $3.5 trillion figure and wanted to see", True)]),

    # 004
    ("2021-07-28T22:15:00Z", "tidewater-bulletin", "sinema-will-not-support-3-5-trillion",
     "Sinema says she will not support $3.5 trillion price tag",
     """PHOENIX, July 28 (Tidewater Bulletin) - Senator Kyrsten Sinema of Arizona said on Wednesday that she does not support a social-spending bill costing $3.5 trillion, complicating Democratic plans hours after the bipartisan infrastructure deal she helped write cleared its first hurdle in the Senate.

Sinema told a home-state newspaper that she would vote to begin the budget process but would not back a final bill at that size. She said she looked forward to working with colleagues to develop a package that could pass.

In Washington, senators voted 67-32 to start debate on the infrastructure bill, which includes about $550 billion in new spending. Sinema led the talks with Republican Rob Portman of Ohio.

House progressives reacted with alarm. Representative Pramila Jayapal, chair of the Congressional Progressive Caucus, said the caucus would not accept a smaller package. She said its members would not vote for the infrastructure bill unless the larger bill passed as well.""",
     [(SIN, SIZE, O, "she does not support a social-spending bill costing $3.5 trillion", True),
      (SIN, BBB, C, "looked forward to working with colleagues to develop a package that could pass", True),
      (PRO, SIZE, S, "the caucus would not accept a smaller package", True),
      (PRO, INFRA, C, "would not vote for the infrastructure bill unless the larger bill passed as well", True)]),

    # 005
    ("2021-08-10T20:30:00Z", "potomac-wire", "senate-passes-infrastructure-bill",
     "Senate passes $1 trillion infrastructure bill with Republican help",
     """WASHINGTON, Aug 10 (Potomac Wire) - The Senate approved a roughly $1 trillion bill to rebuild the nation's roads, bridges, railways and broadband networks on Tuesday, voting 69-30 after months of negotiation.

Nineteen Republicans, including Senate Minority Leader Mitch McConnell, joined all 50 Democrats in voting for the measure. McConnell said on the floor that he was proud to support a compromise that showed the Senate could still function.

At the White House, President Joe Biden thanked senators of both parties and urged the House to send the bill to his desk quickly.

Majority Leader Chuck Schumer said the chamber would turn straight to a $3.5 trillion budget resolution, the first step toward the party-line package, and that senators should expect a long night of amendment votes.

Former President Donald Trump had urged Republicans to reject the infrastructure bill, but most of the party's senators ignored him.

The infrastructure measure now moves to the House, where its timing remains uncertain.""",
     [(GOP, INFRA, S, "McConnell said on the floor that he was proud to support a compromise", True),
      (WH, INFRA, S, "urged the House to send the bill to his desk quickly", True)]),

    # 006 (duplicate pair with 007)
    ("2021-08-11T09:40:00Z", "prairie-ledger", "senate-adopts-budget-plan",
     "Senate adopts $3.5 trillion budget plan on party-line vote",
     """WASHINGTON, Aug 11 (Prairie Ledger) - The Senate adopted a $3.5 trillion budget resolution early on Wednesday by a vote of 50-49, clearing the way for Democrats to write President Joe Biden's social-spending and climate bill without Republican support.

The vote came after an all-night session in which senators offered dozens of amendments, most of them designed to put the other party on the record.

Senator Joe Manchin of West Virginia voted yes, but said in a statement shortly afterwards that he had serious concerns about spending another $3.5 trillion. He said his vote was only to start the process and that he would decide on the final amount after seeing its effect on inflation and the debt.

Majority Leader Chuck Schumer said the vote put the country on a path to the biggest expansion of the social safety net in decades. He said the Senate would pass the bill this fall.

The House is due to return from its recess later this month to take up the resolution. Analysts said the real fight over the size of the bill had only just begun.""",
     [(MAN, SIZE, C, "he would decide on the final amount after seeing its effect on inflation", True),
      (SCH, BBB, S, "the Senate would pass the bill this fall", True)]),

    # 007 (copy of 006)
    ("2021-08-11T13:05:00Z", "ridgeline-post", "senate-democrats-push-through-budget",
     "Senate Democrats push $3.5 trillion budget through on 50-49 vote",
     """WASHINGTON, Aug 11 (Ridgeline Post) - Senate Democrats pushed a $3.5 trillion budget resolution through the chamber early on Wednesday, 50-49, opening the way to write President Joe Biden's social-spending and climate bill without Republican votes.

The vote followed an overnight session of amendment votes, most of them meant to put the other party on the record.

Senator Joe Manchin of West Virginia voted in favour but said in a statement that he had serious concerns about spending another $3.5 trillion. His vote, he said, was only to start the process, and he would decide on the final amount after seeing its effect on inflation and the nation's debt.

Majority Leader Chuck Schumer called the vote a step toward the largest expansion of the social safety net in decades and said the Senate would pass the bill this fall.

The House returns from recess later this month to consider the resolution. Analysts said the fight over the size of the bill was only beginning.""",
     [(MAN, SIZE, C, "he would decide on the final amount after seeing its effect on inflation", True),
      (SCH, BBB, S, "the Senate would pass the bill this fall", True)]),

    # 008  SHIFT pelosi/infrastructure-bill conditional -> support
    ("2021-08-24T21:50:00Z", "lakeshore-courier", "pelosi-commits-to-infrastructure-vote",
     "Pelosi commits to infrastructure vote by Sept. 27 to end standoff with centrists",
     """WASHINGTON, Aug 24 (Lakeshore Courier) - The House adopted the Democrats' $3.5 trillion budget resolution on Tuesday after Speaker Nancy Pelosi ended a standoff with a group of centrist Democrats by promising a vote on the Senate-passed infrastructure bill next month.

Pelosi, who had said in June that the House would hold the bipartisan bill until the larger package cleared the Senate, said in a statement that she was committed to passing the infrastructure bill by September 27. She said the House would also keep working to pass the reconciliation package as quickly as possible.

The nine centrists, led by Representative Josh Gottheimer of New Jersey, had refused to back the budget resolution until they got a firm date for the infrastructure vote.

Representative Pramila Jayapal, who chairs the Congressional Progressive Caucus, said the deal did not change her members' position: they would still vote against the infrastructure bill unless the Senate had passed the larger package first.

The resolution passed 220-212 along party lines.""",
     [(PEL, INFRA, S, "she was committed to passing the infrastructure bill by September 27", True),
      (PEL, BBB, S, "the House would also keep working to pass the reconciliation package", True),
      (PRO, INFRA, C, "would still vote against the infrastructure bill unless the Senate had passed the larger package", True)]),

    # 009  SHIFT manchin/full-size conditional -> oppose
    ("2021-09-02T16:00:00Z", "tidewater-bulletin", "manchin-calls-for-strategic-pause",
     "Manchin calls for 'strategic pause', says he will not back $3.5 trillion",
     """CHARLESTON, Sept 2 (Tidewater Bulletin) - Senator Joe Manchin of West Virginia said on Thursday that he would not support a $3.5 trillion social-spending bill and urged fellow Democrats to take a strategic pause before going any further.

In an opinion article published in a national newspaper, Manchin wrote that rising inflation and the national debt made it irresponsible to move ahead at that size. He argued that Congress should wait to see how the economy fared. Manchin did not rule out backing a smaller bill later, if it were paid for and targeted.

The piece was his most direct challenge yet to the plan. In July he had said only that he had not committed to the figure.

Asked about the article, White House press secretary Jen Psaki said the president still supported the $3.5 trillion plan and that he would keep working with Manchin. She said the two men had known each other for decades and spoke often.

Senate Budget Committee Chairman Bernie Sanders said the bill would not be cut, and that the $3.5 trillion figure was already a compromise.""",
     [(MAN, SIZE, O, "he would not support a $3.5 trillion social-spending bill", True),
      (MAN, BBB, C, "did not rule out backing a smaller bill later, if it were paid for", True),
      (WH, SIZE, S, "the president still supported the $3.5 trillion plan", True)]),

    # 010
    ("2021-09-12T17:30:00Z", "ridgeline-post", "manchin-floats-1-5-trillion",
     "Manchin floats $1.5 trillion as Sanders digs in",
     """WASHINGTON, Sept 12 (Ridgeline Post) - Senator Joe Manchin said on Sunday that he would not vote for a $3.5 trillion package and suggested that a figure between $1 trillion and $1.5 trillion was more appropriate, putting him on a collision course with his party's left.

The West Virginia Democrat said in a television interview that he could support a smaller bill, as long as it was paid for and did not stoke inflation. He said there was no rush to pass it by the end of the month.

Senator Bernie Sanders, appearing on another programme, said he did not believe Manchin would sink his party's signature legislation. Sanders said he would not accept a smaller bill.

Majority Leader Chuck Schumer has told committee chairs to finish drafting their sections of the bill by Wednesday. A spokesman for Schumer said the drafting was on schedule.

The Senate parliamentarian will have to approve each section before the bill can pass with a simple majority. Analysts said Democratic leaders were likely to test whether Manchin's number could be raised.""",
     [(MAN, SIZE, O, "he would not vote for a $3.5 trillion package", True),
      (MAN, BBB, C, "he could support a smaller bill, as long as it was paid for", True)]),

    # 011
    ("2021-09-21T19:00:00Z", "prairie-ledger", "progressives-warn-on-infrastructure-vote",
     "Progressives warn they will sink infrastructure bill without social package",
     """WASHINGTON, Sept 21 (Prairie Ledger) - More than half of the 96 members of the Congressional Progressive Caucus are prepared to vote against the bipartisan infrastructure bill next week if the larger social-spending package has not passed first, the caucus chair said on Tuesday.

Representative Pramila Jayapal told reporters that the caucus had been clear since June that the two bills were a package deal, and that her members would not be rushed.

Speaker Nancy Pelosi has scheduled the infrastructure vote for Monday, keeping the promise she made to centrists in August. In a letter to colleagues she said she intended to pass both bills, and that the House would hold the infrastructure vote as planned.

House Majority Leader Steny Hoyer said he expected the vote to go ahead but did not rule out a delay if the votes were not there.

The White House said on Tuesday that President Joe Biden would meet lawmakers from both wings of the party this week.""",
     [(PRO, INFRA, C, "prepared to vote against the bipartisan infrastructure bill next week if the larger social-spending package", True),
      (PEL, INFRA, S, "she intended to pass both bills", True)]),

    # 012  no claims
    ("2021-09-22T22:30:00Z", "potomac-wire", "biden-hosts-manchin-sinema",
     "Biden hosts Manchin, Sinema and party leaders at White House",
     """WASHINGTON, Sept 22 (Potomac Wire) - President Joe Biden spent much of Wednesday meeting Democratic lawmakers at the White House, including separate sessions with Senators Joe Manchin and Kyrsten Sinema, as party leaders struggled to bridge their differences over the social-spending bill.

The meetings ran for hours and included groups of progressive and centrist House members. Manchin and Sinema left without speaking to reporters waiting on the White House driveway.

Press secretary Jen Psaki described the talks as productive but declined to say whether the president had asked either senator for a specific figure. She said he was listening to all sides.

Some Democratic strategists speculated that Biden could press the two senators to name a number, while others said a deal on the size of the bill might take weeks. One analyst said the White House might soon have to choose between the party's two wings.

House Speaker Nancy Pelosi and Senate Majority Leader Chuck Schumer also met the president in the Oval Office. Neither spoke afterwards about the outcome.""",
     []),

    # 013  no claims
    ("2021-09-27T23:40:00Z", "lakeshore-courier", "house-delays-infrastructure-vote",
     "House delays infrastructure vote to Thursday; Senate Republicans block debt bill",
     """WASHINGTON, Sept 27 (Lakeshore Courier) - House Democratic leaders postponed a planned vote on the bipartisan infrastructure bill on Monday evening, pushing it to Thursday as talks on the larger social-spending package continued behind closed doors at the Capitol.

The House instead debated the infrastructure measure for several hours. The Speaker's office declined to say whether the vote would definitely take place on Thursday, when funding for federal highway programmes is due to lapse.

In the Senate, Republicans blocked a House-passed bill that would have kept the government open and suspended the federal debt limit. Minority Leader Mitch McConnell has said Democrats should raise the borrowing limit on their own.

A government shutdown would begin on Friday without a new funding bill. Majority Leader Chuck Schumer said the Senate would try again with a measure that left out the debt limit.

Analysts said the back-to-back deadlines left Democrats with little time and could push the infrastructure vote back again.""",
     []),

    # 014
    ("2021-09-30T21:00:00Z", "tidewater-bulletin", "manchin-names-1-5-trillion-ceiling",
     "Manchin names $1.5 trillion ceiling as July memo with Schumer surfaces",
     """WASHINGTON, Sept 30 (Tidewater Bulletin) - Senator Joe Manchin said on Thursday that $1.5 trillion was the most he could accept for his party's social-spending bill, and released a memo showing he had given the same figure to Majority Leader Chuck Schumer in July.

The one-page document, dated July 28, set out his terms for the package. Manchin told reporters he was not going to support $3.5 trillion, and that he had been consistent from the start. He said he would accept raising the corporate tax rate only to 25 percent, not the 28 percent the White House wanted, and would set the top individual rate at 39.6 percent.

Schumer's initials appear on the memo. A spokesman for Schumer said the leader had signed it only to acknowledge receiving it and had never agreed to the terms.

Manchin's disclosure came as House leaders searched for votes on the bipartisan infrastructure bill ahead of a vote that was still scheduled for Thursday night.""",
     [(MAN, SIZE, O, "he was not going to support $3.5 trillion", True),
      (MAN, BBB, C, "$1.5 trillion was the most he could accept", True),
      (MAN, TAX, C, "he would accept raising the corporate tax rate only to 25 percent", True),
      (WH, TAX, S, "not the 28 percent the White House wanted", False)]),

    # 015
    ("2021-10-01T22:30:00Z", "prairie-ledger", "biden-tells-house-democrats-bill-will-wait",
     "Biden tells House Democrats infrastructure bill will wait",
     """WASHINGTON, Oct 1 (Prairie Ledger) - President Joe Biden went to the Capitol on Friday to rally House Democrats, as leaders abandoned plans for a vote on the bipartisan infrastructure bill until the party agrees on its larger social-spending package.

According to several lawmakers in the room, Biden told them the infrastructure bill would have to wait until a deal on the bigger package was reached. They said he also told them the package would probably end up between $1.9 trillion and $2.3 trillion, well below the $3.5 trillion he first sought.

Leaving the building, Biden told reporters that he would get both bills done. It did not matter, he said, whether that took six minutes, six days or six weeks.

Representative Pramila Jayapal, chair of the progressive caucus, said the president had confirmed that the two bills were linked, which was exactly what her members had been asking for.

The House later approved a short-term extension of highway programmes that had lapsed at midnight. Speaker Nancy Pelosi told colleagues that more time was needed.""",
     [(WH, INFRA, C, "Biden told them the infrastructure bill would have to wait until a deal", False),
      (WH, SIZE, C, "the package would probably end up between $1.9 trillion and $2.3 trillion", False),
      (WH, INFRA, S, "he would get both bills done", True),
      (PRO, INFRA, C, "the two bills were linked, which was exactly what her members had been asking for", True)]),

    # 016  SHIFT progressives/full-size support -> conditional
    ("2021-10-03T16:45:00Z", "ridgeline-post", "jayapal-signals-flexibility-on-size",
     "Progressive leader signals flexibility on size of social-spending bill",
     """WASHINGTON, Oct 3 (Ridgeline Post) - The leader of the House progressive caucus said on Sunday that her members were willing to accept a social-spending bill smaller than $3.5 trillion, the first sign of movement from the party's left on the size of the package.

Representative Pramila Jayapal said in a television interview that the final number would probably land somewhere between $1.5 trillion and $3.5 trillion. She said progressives would accept a lower figure only if the bill still covered child care, climate action, paid family leave and health care. Shortening how long programmes ran, she said, was better than dropping whole programmes.

On Saturday, Senator Kyrsten Sinema of Arizona issued a statement calling the delay of the infrastructure vote inexcusable and deeply disappointing. She said she was still negotiating in good faith with the White House on the larger bill and had shared her priorities with the president.

Sinema has not said in public what size of package she could support. Analysts said the comments from both sides narrowed the gap but left the final figure unclear.""",
     [(PRO, SIZE, C, "would accept a lower figure only if the bill still covered child care", True),
      (PRO, LEAVE, S, "child care, climate action, paid family leave and health care", True),
      (SIN, INFRA, S, "calling the delay of the infrastructure vote inexcusable", True),
      (SIN, BBB, C, "still negotiating in good faith with the White House on the larger bill", True)]),

    # 017
    ("2021-10-15T20:10:00Z", "potomac-wire", "clean-electricity-program-likely-cut",
     "Clean electricity program likely to be cut from Biden plan, sources say",
     """WASHINGTON, Oct 15 (Potomac Wire) - The White House is preparing to drop the clean electricity program at the heart of President Joe Biden's climate plan because Senator Joe Manchin opposes it, according to three people familiar with the talks.

The $150 billion program would reward power companies that switch to wind, solar and nuclear power and fine those that do not. Manchin, whose state is a major coal producer, has told the White House he cannot accept it, the people said.

Asked about the reports, press secretary Jen Psaki declined to say whether the program would survive, saying only that no final decisions had been made.

Representative Pramila Jayapal said dropping the program would be a serious mistake and that progressives expected strong climate provisions in the final bill. Several Democratic senators said they would look for other ways to cut emissions.

Environmental groups said the program was the most important climate measure in the package. Analysts said the administration might instead expand tax credits for clean energy.""",
     [(WH, CEPP, S, "The White House is preparing to drop the clean electricity program", False),
      (MAN, CEPP, S, "has told the White House he cannot accept it, the people said", False),
      (PRO, CEPP, O, "dropping the program would be a serious mistake", True)]),

    # 018
    ("2021-10-20T19:30:00Z", "tidewater-bulletin", "manchin-confirms-opposition-to-clean-power-program",
     "Manchin confirms opposition to clean power program; Sinema balks at rate increases",
     """WASHINGTON, Oct 20 (Tidewater Bulletin) - Senator Joe Manchin said on Wednesday that he would not support using taxpayer money to pay power companies for a shift to clean energy that was already happening, confirming his opposition to the central climate measure in his party's spending bill.

The West Virginia senator told reporters at the Capitol that the clean electricity program should come out of the package. He said he was still working toward a final bill that addressed climate change through other means.

Meanwhile, Senator Kyrsten Sinema of Arizona has told Democratic leaders she will not vote for a bill that raises the corporate or top individual income tax rates, according to two Democratic aides familiar with the talks. Sinema's office declined to comment on private negotiations.

The objections have sent Democrats looking for other ways to pay for the package, including a minimum tax on large corporations.

President Joe Biden met progressive and centrist lawmakers separately at the White House on Tuesday.""",
     [(MAN, CEPP, S, "the clean electricity program should come out of the package", True),
      (MAN, BBB, C, "he was still working toward a final bill", True),
      (SIN, TAX, O, "not vote for a bill that raises the corporate or top individual income tax", False)]),

    # 019
    ("2021-10-22T03:15:00Z", "lakeshore-courier", "biden-town-hall-paid-leave-likely-to-shrink",
     "Biden says paid leave likely to shrink, points to Sinema's stance on taxes",
     """BALTIMORE, Oct 21 (Lakeshore Courier) - President Joe Biden said on Thursday that his proposal for 12 weeks of paid family and medical leave would probably be cut to four weeks, but insisted that he would keep fighting to include it in the social-spending bill.

Speaking at a televised town hall meeting, Biden acknowledged that he lacked the votes for several of his priorities. He said Senator Kyrsten Sinema had told him she would not accept any increase in tax rates on corporations or wealthy people, which he said made it harder to pay for the package.

Biden said he was confident that Democrats would reach a deal and pass the bill, but declined to give a date. Asked whether free community college would survive, he said it probably would not.

He described Senator Joe Manchin as a decent man and said the two of them had talked for hours. Biden did not say what Manchin had asked for.

The White House said the president would travel to New Jersey next week to promote the plan.""",
     [(WH, LEAVE, S, "insisted that he would keep fighting to include it in the social-spending bill", True),
      (SIN, TAX, O, "she would not accept any increase in tax rates on corporations or wealthy people", False),
      (WH, BBB, S, "Democrats would reach a deal and pass the bill", True)]),

    # 020
    ("2021-10-27T21:00:00Z", "prairie-ledger", "paid-leave-dropped-after-manchin-objects",
     "Paid leave dropped from Democrats' package after Manchin objects",
     """WASHINGTON, Oct 27 (Prairie Ledger) - Paid family and medical leave has been removed from the Democrats' social-spending package after Senator Joe Manchin objected to including it, people familiar with the talks said on Wednesday.

Manchin told reporters he did not think paid leave belonged in a bill passed by one party alone and that it should be negotiated with Republicans instead. He said he supported the goal, but not in this bill.

Speaker Nancy Pelosi said she was not giving up on paid leave and would keep pushing to put it back. Nothing was settled until the whole bill was settled, she told reporters.

Senate Finance Committee Chairman Ron Wyden unveiled a proposed annual tax on the unrealised gains of billionaires, one of several ways Democrats are looking to raise money without raising tax rates. Manchin said he did not like the idea of targeting individuals.

Senator Kyrsten Sinema's office said she backed a minimum tax on large corporations, and repeated that she opposed raising rates. Analysts said the billionaires' tax might not survive the week.""",
     [(MAN, LEAVE, O, "did not think paid leave belonged in a bill passed by one party alone", True),
      (PEL, LEAVE, S, "she was not giving up on paid leave", True),
      (SIN, TAX, O, "repeated that she opposed raising rates", True)]),

    # 021  SHIFTS white-house/full-size support -> oppose, white-house/drop-clean-electricity oppose -> support
    ("2021-10-28T16:30:00Z", "potomac-wire", "biden-unveils-1-75-trillion-framework",
     "Biden unveils $1.75 trillion framework, leaving out clean power program and paid leave",
     """WASHINGTON, Oct 28 (Potomac Wire) - President Joe Biden on Thursday unveiled a $1.75 trillion framework for his social-spending and climate bill, settling on roughly half of the $3.5 trillion he originally sought in an effort to win over two holdout Democratic senators.

In a speech at the White House after meeting House Democrats at the Capitol, Biden said no one had got everything they wanted, including him, but that the framework would change the lives of millions of families. He urged Congress to pass it quickly.

The framework drops the clean electricity program, which the White House had long described as the backbone of its climate plan, and relies instead on $555 billion in tax credits and other spending. Press secretary Jen Psaki said the president had agreed to leave the program out because it could not pass, and that its goals could be met in other ways.

Paid family leave is also missing. Biden said he would continue to fight for paid leave and still believed it should become law.

The framework would be paid for with a minimum tax on large corporations and a surcharge on incomes above $10 million. Biden left for a summit in Rome shortly afterwards.""",
     [(WH, SIZE, O, "settling on roughly half of the $3.5 trillion he originally sought", True),
      (WH, BBB, S, "He urged Congress to pass it quickly", True),
      (WH, CEPP, S, "the president had agreed to leave the program out because it could not pass", True),
      (WH, LEAVE, S, "Biden said he would continue to fight for paid leave", True)]),

    # 022  headline overstates
    ("2021-10-28T23:10:00Z", "ridgeline-post", "manchin-sinema-sign-on-to-framework",
     "Manchin and Sinema sign on to Biden's $1.75 trillion plan",
     """WASHINGTON, Oct 28 (Ridgeline Post) - The two Democratic senators who had stalled President Joe Biden's social-spending bill offered cautious reactions on Thursday to the $1.75 trillion framework he unveiled, stopping short of endorsing it.

Senator Kyrsten Sinema of Arizona said in a statement that after months of work, significant progress had been made and she looked forward to getting the bill done. Her office did not say whether she would vote for it.

Senator Joe Manchin of West Virginia told reporters the framework was now in the hands of the House. Asked repeatedly whether he supported it, he declined to say.

In the House, Speaker Nancy Pelosi had hoped to hold a vote on the bipartisan infrastructure bill before Biden landed in Europe, and told colleagues she needed their votes that day. But Representative Pramila Jayapal said the progressive caucus, while endorsing the framework, would not vote on the infrastructure bill until the text of the larger bill was finished. Pelosi put off the vote.

The House adjourned on Thursday evening without voting on either bill.""",
     [(SIN, BBB, C, "significant progress had been made and she looked forward to getting the bill done", True),
      (PEL, INFRA, S, "told colleagues she needed their votes that day", True),
      (PRO, BBB, S, "the progressive caucus, while endorsing the framework", True),
      (PRO, INFRA, C, "not vote on the infrastructure bill until the text of the larger bill was finished", True)]),

    # 023
    ("2021-11-01T20:00:00Z", "tidewater-bulletin", "manchin-demands-infrastructure-vote",
     "Manchin demands infrastructure vote, withholds support for spending bill",
     """WASHINGTON, Nov 1 (Tidewater Bulletin) - Senator Joe Manchin said on Monday that he would not commit to the $1.75 trillion social-spending bill until he had a clearer picture of its cost and its effect on the economy, and urged House Democrats to stop holding the infrastructure bill hostage.

At a hastily arranged news conference at the Capitol, Manchin said he was open to voting for a final bill that helped the country, and just as open to voting against one that hurt it. He accused colleagues of using budget gimmicks to hide the true cost of the plan.

Manchin called on the House to pass the bipartisan infrastructure bill immediately, saying he was tired of seeing it used as leverage.

Representative Pramila Jayapal said progressives still wanted both bills passed together and would not be pushed into a separate vote.

White House press secretary Jen Psaki said the administration remained confident that the framework would win Manchin's support.""",
     [(MAN, BBB, C, "he was open to voting for a final bill that helped the country", True),
      (MAN, INFRA, S, "Manchin called on the House to pass the bipartisan infrastructure bill immediately", True),
      (PRO, INFRA, C, "still wanted both bills passed together", True),
      (WH, BBB, S, "the administration remained confident that the framework would win Manchin's support", True)]),

    # 024
    ("2021-11-03T22:00:00Z", "prairie-ledger", "pelosi-puts-paid-leave-back",
     "Pelosi puts paid leave back in House bill despite Manchin's objection",
     """WASHINGTON, Nov 3 (Prairie Ledger) - House Democrats restored four weeks of paid family and medical leave to their version of the social-spending bill on Wednesday, a decision announced by Speaker Nancy Pelosi despite Senator Joe Manchin's stated opposition.

Pelosi told colleagues that paid leave was too important to leave out and that the House would send the Senate a bill that included it. She said she wanted the House to vote on the package by the end of the week.

Manchin, speaking to reporters in the Senate, said he had not changed his view that paid leave did not belong in the bill. He said the House was free to send whatever it wanted, but that the Senate would write its own version.

Democrats were also adding a plan to lower prescription drug prices, after a deal with a handful of holdouts in the House.

President Joe Biden returned on Wednesday from climate talks in Glasgow, where he had urged other countries to cut emissions faster.""",
     [(PEL, LEAVE, S, "paid leave was too important to leave out", True),
      (PEL, BBB, S, "she wanted the House to vote on the package by the end of the week", True),
      (MAN, LEAVE, O, "he had not changed his view that paid leave did not belong in the bill", True)]),

    # 025  SHIFT progressives/infrastructure-bill conditional -> support
    ("2021-11-06T03:50:00Z", "lakeshore-courier", "house-passes-infrastructure-bill",
     "House passes infrastructure bill after progressives drop demand for joint vote",
     """WASHINGTON, Nov 5 (Lakeshore Courier) - The House passed the $1 trillion bipartisan infrastructure bill late on Friday, 228-206, sending it to President Joe Biden after progressives agreed to let it go ahead of the larger social-spending package.

Members of the Congressional Progressive Caucus voted for the bill in exchange for a written promise from five centrist Democrats to support the social-spending package later this month, provided a budget office estimate of its cost was in line with the White House's figures. Representative Pramila Jayapal said the caucus had agreed to vote for the infrastructure bill now and trusted its colleagues to keep their word.

Biden had called lawmakers throughout the day. In a statement after the vote he called it a monumental step forward and said he looked forward to signing it.

Thirteen Republicans voted in favour. Six Democrats, members of the group of progressive lawmakers known as the Squad, voted against it, saying the two bills should still have moved together.

Speaker Nancy Pelosi said the House would pass the second bill before Thanksgiving.""",
     [(PRO, INFRA, S, "the caucus had agreed to vote for the infrastructure bill now", True),
      (WH, INFRA, S, "said he looked forward to signing it", True),
      (PEL, BBB, S, "the House would pass the second bill before Thanksgiving", True)]),

    # 026
    ("2021-11-15T21:00:00Z", "ridgeline-post", "biden-signs-infrastructure-law",
     "Biden signs infrastructure bill into law",
     """WASHINGTON, Nov 15 (Ridgeline Post) - President Joe Biden signed the $1 trillion bipartisan infrastructure bill into law on Monday at a ceremony on the White House South Lawn attended by hundreds of lawmakers, governors and mayors.

Biden said the law would create jobs and fix crumbling roads and bridges across the country, and he thanked the Republicans who had voted for it. He said he would now turn to passing his social-spending bill, which he called the second half of his plan.

Senators Kyrsten Sinema and Joe Manchin, two of the bill's chief negotiators, attended, along with Republican Senator Rob Portman, who spoke at the ceremony.

Senate Minority Leader Mitch McConnell did not attend. His office said he had a prior commitment in Kentucky.

House Minority Leader Kevin McCarthy was also absent. Several House Republicans who voted for the bill have faced threats and criticism from within their own party.""",
     [(WH, INFRA, S, "Biden signed the $1 trillion bipartisan infrastructure bill into law", True),
      (WH, BBB, S, "he would now turn to passing his social-spending bill", True)]),

    # 027  no claims
    ("2021-11-19T10:40:00Z", "potomac-wire", "mccarthy-record-speech-delays-vote",
     "McCarthy's record-setting speech delays House vote on spending bill",
     """WASHINGTON, Nov 19 (Potomac Wire) - House Minority Leader Kevin McCarthy spoke on the House floor for more than eight hours overnight, the longest speech in the chamber's modern history, forcing Democrats to push back a final vote on the social-spending bill until Friday morning.

McCarthy, a California Republican, began speaking on Thursday evening and did not yield the floor until after 5 a.m. His remarks ranged from inflation and border security to China and Abraham Lincoln. Under House rules, party leaders can speak for as long as they wish.

Democrats had hoped to pass the bill on Thursday night, shortly after the Congressional Budget Office released its estimate of the bill's cost. The budget office said the package would add about $367 billion to deficits over ten years, not counting extra revenue from stronger tax enforcement.

House Majority Leader Steny Hoyer told members to return at 8 a.m. A spokesman for the Speaker's office said only that the vote would take place in the morning.

Analysts said the delay was unlikely to change the outcome, but that House Republicans wanted to show their opposition before next year's midterm elections.""",
     []),

    # 028
    ("2021-11-19T18:30:00Z", "tidewater-bulletin", "house-passes-build-back-better",
     "House passes Build Back Better Act; Senate fight awaits",
     """WASHINGTON, Nov 19 (Tidewater Bulletin) - The House passed President Joe Biden's Build Back Better Act on Friday by 220 votes to 213, sending the roughly $2 trillion social-spending and climate bill to an uncertain future in the Senate.

Speaker Nancy Pelosi, who brought the bill to the floor after an overnight delay, called it the most important legislation of her career. The House bill includes four weeks of paid family and medical leave, which Pelosi restored this month, and the Speaker said the Senate should keep it.

In the Senate, Joe Manchin repeated that paid leave did not belong in the bill and said he would not be rushed, citing concerns about inflation. Senate Minority Leader Mitch McConnell said every Republican in the chamber would vote against the bill.

All House Republicans and one Democrat, Representative Jared Golden of Maine, voted no.

The bill now goes to the Senate, where the parliamentarian is expected to review each section before any vote.""",
     [(PEL, BBB, S, "called it the most important legislation of her career", True),
      (PEL, LEAVE, S, "the Speaker said the Senate should keep it", True),
      (MAN, LEAVE, O, "repeated that paid leave did not belong in the bill", True),
      (GOP, BBB, O, "every Republican in the chamber would vote against the bill", True)]),

    # 029
    ("2021-12-14T21:00:00Z", "lakeshore-courier", "biden-manchin-talk-as-inflation-jumps",
     "Biden and Manchin talk again as inflation hits four-decade high",
     """WASHINGTON, Dec 14 (Lakeshore Courier) - President Joe Biden and Senator Joe Manchin spoke again on Monday about the social-spending bill, days after new figures showed consumer prices rising at the fastest pace in nearly four decades.

Manchin told reporters on Tuesday that the conversations were continuing and that he was still willing to negotiate, but only on a bill whose true cost was not hidden by temporary programmes. He pointed to the expanded child tax credit, which the House bill extends for only one year, as an example.

The White House said Biden would keep working with Manchin and still wanted the bill passed this year.

Consumer prices rose 6.8 percent in the year to November. House Republicans have argued the bill would make inflation worse. Some economists said the bill's effect on prices would be small, while others said Manchin was likely to use the figures to demand deeper cuts.

Lawmakers are also trying to pass an increase in the debt limit this week.""",
     [(MAN, BBB, C, "he was still willing to negotiate, but only on a bill whose true cost", True),
      (WH, BBB, S, "still wanted the bill passed this year", True)]),

    # 030  no claims
    ("2021-12-16T23:30:00Z", "prairie-ledger", "parliamentarian-rejects-immigration-plan",
     "Senate rules official rejects Democrats' second immigration plan",
     """WASHINGTON, Dec 16 (Prairie Ledger) - The Senate parliamentarian ruled on Thursday that Democrats could not include a plan to give temporary work permits and protection from deportation to millions of immigrants in their social-spending bill, the second time she has rejected such a proposal.

Elizabeth MacDonough, the chamber's nonpartisan rules official, said in a written opinion that the plan's effect on the budget was outweighed by its policy changes, making it unsuitable for the budget process that allows a bill to pass with a simple majority.

Immigration advocates urged Democrats to ignore the ruling, which is advisory. Several Democratic senators said they would look for a third option.

Majority Leader Chuck Schumer's office declined to say whether a Senate vote on the bill would still be held before Christmas. The chamber was expected to spend the coming days on nominations.

Analysts said the ruling, combined with unresolved talks with Senator Joe Manchin, made passage of the bill this year increasingly unlikely.""",
     []),

    # 031  SHIFT manchin/bbb-passage conditional -> oppose (duplicate pair with 032)
    ("2021-12-19T16:30:00Z", "ridgeline-post", "manchin-says-he-will-not-vote-for-build-back-better",
     "Manchin says he will not vote for Build Back Better",
     """WASHINGTON, Dec 19 (Ridgeline Post) - Senator Joe Manchin said on Sunday that he would not vote for President Joe Biden's Build Back Better bill, likely dooming the roughly $2 trillion social-spending and climate package in its current form.

In an interview on Fox News, the West Virginia Democrat said he had tried everything he could but could not get there, and that his answer on the legislation was no. He cited rising inflation, the national debt and the threat of new coronavirus variants.

Manchin's decision came after weeks of private talks with the president. His vote is essential in the evenly divided Senate, where no Republican is expected to back the bill.

White House press secretary Jen Psaki responded in a sharply worded statement, calling Manchin's comments a sudden and inexplicable reversal of his position. She said Manchin had promised Biden a week earlier to back a framework of similar size, and that the White House would keep pressing him to change his mind.

Senate Majority Leader Chuck Schumer did not immediately comment. Progressive lawmakers said Manchin could not be trusted.""",
     [(MAN, BBB, O, "he would not vote for President Joe Biden's Build Back Better bill", True),
      (WH, BBB, S, "the White House would keep pressing him to change his mind", True)]),

    # 032  copy of 031
    ("2021-12-19T20:15:00Z", "tidewater-bulletin", "manchin-rejects-build-back-better",
     "Manchin rejects Biden's Build Back Better bill on Fox News",
     """WASHINGTON, Dec 19 (Tidewater Bulletin) - Senator Joe Manchin said on Sunday he would not vote for President Joe Biden's Build Back Better bill, a blow that likely ends the roughly $2 trillion social-spending and climate package as currently written.

Speaking on Fox News, the West Virginia Democrat said he had tried everything he could but could not get there, and that his answer on the legislation was no. He pointed to inflation, the national debt and new variants of the coronavirus.

The announcement followed weeks of private negotiations with the president. Manchin's vote is needed in the 50-50 Senate, where no Republican is expected to support the bill.

In a strongly worded statement, White House press secretary Jen Psaki called the senator's comments a sudden and inexplicable reversal of his position. She said Manchin had told Biden a week earlier that he would back a framework of similar size, and that the White House would keep pressing him to change his mind.

Senate Majority Leader Chuck Schumer had no immediate comment. Progressive lawmakers said Manchin could not be trusted.""",
     [(MAN, BBB, O, "he would not vote for President Joe Biden's Build Back Better bill", True),
      (WH, BBB, S, "the White House would keep pressing him to change his mind", True)]),

    # 033
    ("2021-12-20T22:00:00Z", "potomac-wire", "schumer-vows-senate-vote-on-build-back-better",
     "Schumer vows Senate vote on Build Back Better as Manchin blames White House staff",
     """WASHINGTON, Dec 20 (Potomac Wire) - Senate Majority Leader Chuck Schumer told Democrats on Monday that the Senate would vote on a revised version of the Build Back Better bill early in the new year, so that every senator would have to state a position on the floor rather than on television.

In a letter to colleagues, Schumer said he would keep working to pass the bill and that Democrats would not give up on it.

Senator Joe Manchin, speaking on a West Virginia radio programme, said White House staff had pushed him too far and that he would not vote for the bill.

Representative Pramila Jayapal, who leads the Congressional Progressive Caucus, called Manchin's stance a betrayal. She said progressives would keep fighting for the bill and urged Biden to act on some priorities through executive orders.

According to people familiar with the talks, Manchin had offered the White House a $1.8 trillion package earlier this month that included universal pre-kindergarten and climate money but left out the expanded child tax credit. White House officials did not comment on the offer.""",
     [(SCH, BBB, S, "he would keep working to pass the bill", True),
      (MAN, BBB, O, "he would not vote for the bill", True),
      (PRO, BBB, S, "progressives would keep fighting for the bill", True)]),

    # 034
    ("2022-02-01T20:30:00Z", "lakeshore-courier", "manchin-declares-build-back-better-dead",
     "Manchin declares Build Back Better 'dead'",
     """WASHINGTON, Feb 1 (Lakeshore Courier) - Senator Joe Manchin said on Tuesday that President Joe Biden's Build Back Better bill was dead, closing the door on the version of the social-spending package that passed the House in November.

Asked by reporters at the Capitol about the bill, the West Virginia Democrat replied by asking which bill they meant, then said: "It's dead." He said he was not negotiating on it with anyone.

White House press secretary Jen Psaki said the president had not given up on the core of the plan, including lower child care costs and climate investments, and would keep talking with senators.

Senate Majority Leader Chuck Schumer declined to say whether the Senate would still hold a vote on the bill. Senate Minority Leader Mitch McConnell said Republicans would oppose any attempt to revive it.

Analysts said a smaller bill focused on climate and drug prices could still emerge later in the year.""",
     [(MAN, BBB, O, "Biden's Build Back Better bill was dead", True),
      (WH, BBB, S, "the president had not given up on the core of the plan", True),
      (GOP, BBB, O, "Republicans would oppose any attempt to revive it", True)]),
]

# Labelled shifts: (actor, issue, from, to, article, why)
SHIFTS = [
    (WH, INFRA, C, S, "002",
     "Biden's written statement says he fully supports the bipartisan plan without reservation; in 001 he said he would not sign it if it reached his desk alone."),
    (PEL, INFRA, C, S, "008",
     "Pelosi commits to passing the infrastructure bill by September 27; in 001 she said the House would not take it up until the Senate passed the larger package."),
    (MAN, SIZE, C, O, "009",
     "Manchin's op-ed says he will not support a $3.5 trillion bill; in 003, 006 and 007 he had only withheld commitment until he saw the effect on inflation and debt."),
    (PRO, SIZE, S, C, "016",
     "Jayapal says progressives would accept less than $3.5 trillion only if the core programmes stay; in 004 the caucus would not accept a smaller package."),
    (WH, SIZE, S, O, "021",
     "Biden settles on a $1.75 trillion framework, about half of the $3.5 trillion the White House still backed in 009 (the 1.9-2.3 range in 015 came only from lawmakers, attributed false)."),
    (WH, CEPP, O, S, "021",
     "Psaki says the president agreed to leave the clean electricity program out; baseline oppose, and the 017 report that the White House would drop it came from unnamed sources (attributed false)."),
    (PRO, INFRA, C, S, "025",
     "Jayapal says the caucus agreed to vote for the infrastructure bill now, in exchange for the centrists' pledge; through 023 progressives insisted both bills pass together."),
    (MAN, BBB, C, O, "031",
     "Manchin says on Fox News he will not vote for Build Back Better; through 029 he was still willing to negotiate on a smaller, fully costed bill."),
]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def us_eastern(dt):
    """UTC -> US Eastern wall-clock time (DST rules for 2021-2022 only)."""
    dst = [(datetime(2021, 3, 14, 7, tzinfo=timezone.utc), datetime(2021, 11, 7, 6, tzinfo=timezone.utc)),
           (datetime(2022, 3, 13, 7, tzinfo=timezone.utc), datetime(2022, 11, 6, 6, tzinfo=timezone.utc))]
    off = 4 if any(a <= dt < b for a, b in dst) else 5
    return dt - timedelta(hours=off)


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).add(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
            if section in ("actors", "issues") and re.match(r"^    (name|aliases|description|terms): ", line):
                key = line.split(":")[0].strip()
                allowed = {"actors": {"name", "aliases"}, "issues": {"name", "description", "terms"}}[section]
                if key not in allowed:
                    raise SystemExit(f"watchlist: unexpected field {key} in {section}")
                continue
            raise SystemExit(f"watchlist: cannot parse line: {line!r}")
    return actors, issues, baseline


def rfc822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def build():
    arts = []
    for i, (pub, outlet, slug, title, text, claims) in enumerate(ARTICLES, 1):
        dt = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        local = us_eastern(dt)
        url = f"https://example.org/{outlet}/{local:%Y/%m/%d}/{slug}"
        arts.append({
            "id": f"{i:03d}", "published": pub, "source": OUTLETS[outlet], "url": url,
            "title": title, "text": text, "_outlet": outlet, "_dt": dt, "_local": local, "_claims": claims,
        })

    # articles/
    adir = os.path.join(HERE, "articles")
    if os.path.isdir(adir):
        shutil.rmtree(adir)
    os.makedirs(adir)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # feeds/
    fdir = os.path.join(HERE, "feeds")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    for outlet, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == outlet], key=lambda a: a["_dt"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{outlet}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set build-back-better-2021</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{rfc822(items[0]['_dt'])}</lastBuildDate>"]
        for a in items:
            lines += ["    <item>",
                      f"      <title>{escape(a['title'])}</title>",
                      f"      <link>{escape(a['url'])}</link>",
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                      f"      <pubDate>{rfc822(a['_dt'])}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(fdir, outlet + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    # labels.json
    shift_ids = sorted({s[4] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["_claims"]] for a in arts},
        "shifts": [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": s[4], "why": s[5]}
                   for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return arts, labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues, want 5-7")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            errors.append(f"bad baseline entry {b}")

    if not 30 <= len(arts) <= 34:
        errors.append(f"{len(arts)} articles, want 30-34")
    prev = None
    for a in arts:
        if prev and a["_dt"] <= prev:
            errors.append(f"{a['id']}: not in publication order")
        prev = a["_dt"]
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append(f"{a['id']}: {n} words, want 120-260")
        m = DATELINE.match(a["text"])
        if not m:
            errors.append(f"{a['id']}: bad dateline")
        else:
            if m.group(3) != a["source"]:
                errors.append(f"{a['id']}: dateline outlet {m.group(3)} != {a['source']}")
            if (MONTHS[m.group(1)], int(m.group(2))) != (a["_local"].month, a["_local"].day):
                errors.append(f"{a['id']}: dateline date does not match published (US Eastern)")
        for c in a["_claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                errors.append(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{a['id']}: bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"{a['id']}: attributed must be bool")
            if quote not in a["text"]:
                errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{a['id']}: quote over 15 words: {quote!r}")

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    computed = []
    for a in arts:
        for actor, issue, stance, _q, attributed in a["_claims"]:
            if not attributed:
                continue
            old = prevailing.get((actor, issue))
            if old is not None and old != stance:
                computed.append((actor, issue, old, stance, a["id"]))
            prevailing[(actor, issue)] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled):
        errors.append("shift mismatch:\n  computed " + repr(computed) + "\n  labelled " + repr(labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append(f"{len(labelled)} shifts, want 5-8")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals, want at most 2")
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")

    shift_articles = {s[4] for s in labelled}
    want_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != want_no_alert:
        errors.append("no_alert_articles mismatch")
    if set(labels["claims"]) != {a["id"] for a in arts}:
        errors.append("claims must list every article")

    allc = [c for a in arts for c in a["_claims"]]
    if not 60 <= len(allc) <= 90:
        errors.append(f"{len(allc)} claims, want 60-90")
    if sum(1 for c in allc if c[2] == C) < 6:
        errors.append("fewer than 6 conditional claims")
    if {c[2] for c in allc} != {S, O, C}:
        errors.append("not all three stances present")
    empty = [a["id"] for a in arts if not a["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles, want 3-4")

    # feeds
    if shutil.which("xmllint"):
        for outlet in OUTLETS:
            p = os.path.join(HERE, "feeds", outlet + ".xml")
            r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
            if r.returncode != 0:
                errors.append(f"xmllint failed on {outlet}.xml: {r.stderr.strip()}")
    else:
        errors.append("xmllint not found")
    return errors, computed, allc, empty


def main():
    arts, labels = build()
    errors, computed, allc, empty = validate(arts, labels)
    by = {st: sum(1 for c in allc if c[2] == st) for st in (S, O, C)}
    print(f"{len(arts)} articles, {len(allc)} claims {by}, "
          f"{sum(1 for c in allc if not c[4])} attributed false, {len(computed)} shifts, no-claim {empty}")
    for s in computed:
        print("  shift", s)
    for a in arts:
        print(f"  {a['id']} {a['published']} {a['source']:<18} {len(a['text'].split()):>3}w {len(a['_claims'])} claims")
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
