#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set nyc-congestion-pricing-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (quotes, ids, watchlist ids, word counts, datelines,
shifts recomputed from the baseline, no_alert_articles, duplicates, xmllint).

Run:  python3 build.py
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
    "lantern-wire": "Lantern Wire",
    "crosstown-bulletin": "Crosstown Bulletin",
    "palisade-courier": "Palisade Courier",
    "borough-desk": "Borough Desk",
    "slate-river-times": "Slate River Times",
}

# ---------------------------------------------------------------------------
# Articles, in publication order. Each: outlet slug, published (UTC), url slug,
# title, paragraphs, claims [(actor, issue, stance, quote, attributed)].
# ---------------------------------------------------------------------------
S, O, C = "support", "oppose", "conditional"

ARTICLES = [
    # 001
    dict(
        outlet="lantern-wire", published="2024-06-03T15:00:00Z",
        slug="mta-says-toll-on-track-for-june-30",
        title="MTA says Manhattan congestion toll is on track for June 30 start",
        paras=[
            "NEW YORK, June 3 (Lantern Wire) - The Metropolitan Transportation Authority said on Monday that the cameras and readers for its Manhattan congestion toll had been installed and tested, and that charging would begin as scheduled on June 30.",
            "MTA Chairman and Chief Executive Janno Lieber told reporters at a subway station in lower Manhattan that the program had to go ahead on time, because the authority was counting on it to back $15 billion in borrowing for signals, elevators and new subway cars.",
            "Under the plan approved by the MTA board in March, most passenger cars entering Manhattan below 60th Street at peak hours would pay $15 a day, with discounts at night.",
            "Governor Kathy Hochul, who has championed the toll as a way to clear streets and fund transit, has not spoken about the program publicly in recent days.",
            "New Jersey, which is suing in federal court in Newark to block the charge, is still waiting for a ruling after hearings in April. Its lawyers argued then that the federal review had ignored the effect on towns across the Hudson.",
            "A spokesperson for Mayor Eric Adams referred questions to the MTA.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the program had to go ahead on time", True),
            ("new-york-state", "congestion-toll", S, "who has championed the toll as a way to clear streets and fund transit", False),
            ("new-jersey", "congestion-toll", O, "which is suing in federal court in Newark to block the charge", False),
        ],
    ),
    # 002
    dict(
        outlet="crosstown-bulletin", published="2024-06-05T17:30:00Z",
        slug="hochul-kills-congestion-toll",
        title="Hochul kills Manhattan congestion toll weeks before launch",
        paras=[
            "NEW YORK, June 5 (Crosstown Bulletin) - Governor Kathy Hochul said on Wednesday that she was putting New York City's congestion pricing program on hold indefinitely, less than four weeks before drivers entering lower Manhattan were due to start paying.",
            "In a recorded address, Hochul said a $15 daily charge would land too hard on working- and middle-class families and risked \"too many unintended consequences\" for a city still recovering from the pandemic. She said she had directed the MTA not to start tolling on June 30.",
            "The governor stopped short of scrapping the program. She said she remained committed to its goals and would be open to tolling again only once it no longer put an unfair burden on commuters, though she did not say what that would take.",
            "A spokesperson for New Jersey Governor Phil Murphy said the state welcomed the pause but would keep its lawsuit alive, because a postponed toll was still a toll.",
            "Transit advocates called the decision a betrayal of subway riders. The MTA said in a short statement that it was reviewing the governor's direction and what it meant for the capital program.",
            "Hochul's office declined to say whether she had consulted the MTA board before the announcement.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", C, "would be open to tolling again only once it no longer put an unfair burden", True),
            ("new-jersey", "congestion-toll", O, "a postponed toll was still a toll", True),
        ],
    ),
    # 003
    dict(
        outlet="borough-desk", published="2024-06-06T19:00:00Z",
        slug="adams-says-toll-must-spare-working-families",
        title="Adams says any toll must spare working families, backs governor's review",
        paras=[
            "NEW YORK, June 6 (Borough Desk) - Mayor Eric Adams said on Thursday that Governor Kathy Hochul's concerns about the cost of congestion pricing were legitimate, and that the city would back a Manhattan toll only in exchange for relief for outer-borough workers who have no choice but to drive.",
            "Speaking at his weekly briefing at City Hall, Adams said he had not been told about the pause in advance but did not fault the governor for it. He said the city still needed fewer cars on its streets, but not at the expense of nurses, home health aides and tradespeople commuting from Queens and Staten Island.",
            "The mayor had long described himself as a supporter of the plan, and city officials helped draw the zone's northern boundary at 60th Street.",
            "Across lower Manhattan, MTA Chairman Janno Lieber struck a different note. He said congestion pricing remained the right policy for the city and that the state law requiring it was still on the books.",
            "Lieber declined to say which capital projects could be delayed if the toll did not start, saying the board would take up the question later this month.",
        ],
        claims=[
            ("nyc-mayor", "congestion-toll", C, "the city would back a Manhattan toll only in exchange for relief", True),
            ("mta", "congestion-toll", S, "congestion pricing remained the right policy for the city", True),
        ],
    ),
    # 004
    dict(
        outlet="palisade-courier", published="2024-06-07T16:00:00Z",
        slug="albany-balks-at-payroll-tax",
        title="Albany balks at payroll tax to replace congestion toll money",
        paras=[
            "ALBANY, June 7 (Palisade Courier) - Governor Kathy Hochul urged state lawmakers on Friday to raise the payroll mobility tax paid by New York City employers, to make up for the money the MTA will lose while congestion pricing is on hold.",
            "Hochul told reporters at the Capitol that the increase was a fair and predictable way to keep subway repairs on schedule, and that businesses would pay far less than drivers would have paid in tolls.",
            "Legislative leaders were cool to the idea. Assembly Speaker Carl Heastie said his members were unlikely to approve a new tax in the final hours of the session, and several Democratic senators said they had learned of the proposal from news reports.",
            "The MTA has counted on the toll to back $15 billion in bonds. Its chairman, Janno Lieber, said on a radio program that the authority would welcome a substitute only if it was as dependable as the toll, so that lenders would accept it.",
            "Business groups said a higher payroll levy would fall on the same employers the city is trying to coax back to Manhattan offices.",
        ],
        claims=[
            ("new-york-state", "payroll-tax", S, "the increase was a fair and predictable way to keep subway repairs on schedule", True),
            ("mta", "payroll-tax", C, "would welcome a substitute only if it was as dependable as the toll", True),
        ],
    ),
    # 005
    dict(
        outlet="slate-river-times", published="2024-06-08T12:00:00Z",
        slug="legislature-adjourns-without-toll-fix",
        title="New York legislature adjourns without filling congestion toll gap",
        paras=[
            "ALBANY, June 8 (Slate River Times) - New York's legislative session ended early on Saturday without any measure to replace the roughly $1 billion a year that congestion pricing was expected to raise for the MTA.",
            "Lawmakers left Albany after an all-night sitting in which they passed hundreds of bills, but neither chamber took up a proposal to raise the payroll mobility tax. Some legislators said privately that the idea had arrived too late to win votes in an election year.",
            "Aides to Governor Kathy Hochul declined to say whether she would call lawmakers back for a special session over the summer. An MTA spokesperson said the authority had no immediate comment.",
            "Analysts at two Wall Street firms said the gap could force the MTA to postpone work on signals and station accessibility, and one suggested the governor might revisit the toll after the November elections, when political pressure eases. Others said the pause could last for years.",
            "Several good-government groups said they were studying whether the governor had the legal authority to halt a program created by state law.",
        ],
        claims=[],
    ),
    # 006
    dict(
        outlet="lantern-wire", published="2024-06-13T18:00:00Z",
        slug="murphy-new-jersey-will-keep-fighting-toll",
        title="Murphy says New Jersey will keep fighting paused Manhattan toll",
        paras=[
            "TRENTON, N.J., June 13 (Lantern Wire) - New Jersey Governor Phil Murphy said on Thursday that his state would not drop its federal lawsuit against New York's congestion pricing program, arguing that a pause could be reversed at any moment.",
            "Murphy told reporters in Trenton that New Jersey commuters should never be charged to enter Manhattan on top of the Hudson River tolls they already pay. He said any version of the program must also send mitigation money to New Jersey towns such as Fort Lee, where officials fear trucks will reroute to avoid the charge.",
            "The lawsuit, filed last year, argues that the Federal Highway Administration approved the plan without a full environmental impact statement. A federal judge in Newark heard arguments in April and has not ruled.",
            "The MTA, which is a defendant alongside the federal agency, did not respond to a request for comment on Thursday.",
            "Hochul's office said the governor had spoken with Murphy after her announcement but declined to describe the conversation.",
        ],
        claims=[
            ("new-jersey", "congestion-toll", O, "New Jersey commuters should never be charged to enter Manhattan", True),
            ("new-jersey", "nj-mitigation", S, "any version of the program must also send mitigation money to New Jersey towns", True),
        ],
    ),
    # 007
    dict(
        outlet="crosstown-bulletin", published="2024-06-26T21:00:00Z",
        slug="mta-shelves-projects-after-toll-pause",
        title="MTA shelves $16.5 billion in projects after toll pause",
        paras=[
            "NEW YORK, June 26 (Crosstown Bulletin) - The MTA said on Wednesday it would put $16.5 billion of planned work on hold, including new signals and accessible stations, because the pause in congestion pricing had left it unable to sign contracts.",
            "Chairman Janno Lieber told the authority's board that the MTA still regarded the toll as the law of the state and could switch it on within weeks if the governor allowed. He said no replacement funding had been identified.",
            "The board did not vote on the pause itself. During the public session one board member called the decision a betrayal of riders, while another said the governor deserved time to find an alternative.",
            "Governor Kathy Hochul, who says the program can go forward only when it no longer burdens working families, did not attend the meeting. Her office said she was committed to the capital program and would work with the MTA to protect critical projects.",
            "Riders who spoke at the meeting, held at the authority's offices at 2 Broadway, urged the board to take the governor to court.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the MTA still regarded the toll as the law of the state", True),
            ("new-york-state", "congestion-toll", C, "who says the program can go forward only when it no longer burdens working families", False),
        ],
    ),
    # 008
    dict(
        outlet="borough-desk", published="2024-07-25T17:00:00Z",
        slug="advocates-sue-hochul-over-toll-pause",
        title="Advocates sue Hochul to force start of congestion toll",
        paras=[
            "NEW YORK, July 25 (Borough Desk) - A coalition of transit riders and environmental groups sued Governor Kathy Hochul and the MTA in state court on Thursday, arguing that the governor had no power to halt a toll that lawmakers ordered in 2019.",
            "The groups asked a judge in Manhattan to order the MTA to begin charging drivers. They said the pause had already cost the transit system weeks of revenue and delayed projects in every borough.",
            "A spokesperson for Hochul said the governor had acted within her authority and remained open to a congestion program that does not hit working families hardest. The spokesperson said the state would defend the decision in court.",
            "The MTA declined to say whether it would join the governor's defence or side with the plaintiffs, saying only that it was reviewing the complaint.",
            "Mayor Eric Adams, who wants carve-outs for working commuters before any toll is switched on, was not named in the suit. City Hall said it had not been served and would not comment on pending litigation.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", C, "remained open to a congestion program that does not hit working families hardest", True),
            ("nyc-mayor", "congestion-toll", C, "who wants carve-outs for working commuters before any toll is switched on", False),
        ],
    ),
    # 009
    dict(
        outlet="palisade-courier", published="2024-08-14T16:00:00Z",
        slug="hochul-denies-abandoning-congestion-pricing",
        title="Hochul denies she has abandoned congestion pricing",
        paras=[
            "MINEOLA, N.Y., Aug 14 (Palisade Courier) - Governor Kathy Hochul denied on Wednesday that she had given up on congestion pricing, saying the program was paused rather than cancelled and could return in a form New Yorkers could afford.",
            "Asked at an unrelated event on Long Island whether the toll was dead, Hochul said it was not true that she would never let it start. She said she was still looking for a version that would not fall on working families, and would not put a date on a decision.",
            "Her comments came as the MTA warned that elevator and signal work in the Bronx and Queens had been pushed back. In a letter to state lawmakers, MTA Chairman Janno Lieber wrote that the authority stood ready to begin tolling as soon as it was permitted to do so.",
            "Political analysts said the governor appeared to be keeping her options open ahead of the November elections, in which several suburban House seats are seen as competitive.",
            "Officials in New Jersey did not respond to requests for comment.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", C, "could return in a form New Yorkers could afford", True),
            ("mta", "congestion-toll", S, "the authority stood ready to begin tolling as soon as it was permitted", True),
        ],
    ),
    # 010
    dict(
        outlet="lantern-wire", published="2024-10-24T15:00:00Z",
        slug="post-election-window-could-decide-toll",
        title="Post-election window could decide fate of paused toll, analysts say",
        paras=[
            "NEW YORK, Oct 24 (Lantern Wire) - The fate of New York's paused congestion toll may be settled in the weeks after the Nov. 5 election, transportation analysts said on Thursday, as the Biden administration enters its final months.",
            "Because the federal sign-off for the program dates from 2023, some lawyers believe a cheaper toll might need a fresh federal review, which would be far easier to secure before a new administration takes office on Jan. 20. Others said no new review would be needed if the changes were modest.",
            "Several analysts said a smaller charge, perhaps well below the $15 approved in March, was the most likely route if the governor chose to revive the plan. One former MTA official guessed that an announcement could come within days of the vote.",
            "Analysts also said a victory for former President Donald Trump would raise the stakes, since a new administration could try to unwind any federal approval.",
            "Asked about the timing, a spokesperson for Governor Kathy Hochul declined to say whether a decision was near. The MTA also declined to comment, and the White House referred questions to the Transportation Department, which did not respond.",
        ],
        claims=[],
    ),
    # 011
    dict(
        outlet="slate-river-times", published="2024-11-07T17:00:00Z",
        slug="hochul-signals-openness-to-cheaper-toll",
        title="Hochul signals openness to cheaper congestion toll",
        paras=[
            "NEW YORK, Nov 7 (Slate River Times) - Governor Kathy Hochul said on Thursday she would consider reviving congestion pricing at a lower price, as long as a smaller toll still raised enough to keep the MTA's repair program on track.",
            "Hochul told reporters at an event in Manhattan that $15 had always struck her as too steep, and that she was weighing options with the MTA. She said she would not sign off on any new figure that left the subway's capital plan short.",
            "People familiar with the talks said a base charge of about $9 was under discussion. Analysts noted that any change would probably need federal sign-off, which would be simpler to obtain before President Joe Biden leaves office in January.",
            "MTA Chairman Janno Lieber said the authority could live with a cheaper charge provided the numbers still supported its planned borrowing. He said the MTA's job was to make the math work.",
            "Two Democratic state lawmakers said Donald Trump's election on Tuesday had added urgency to the talks.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", C, "she would consider reviving congestion pricing at a lower price", True),
            ("new-york-state", "reduced-toll", C, "as long as a smaller toll still raised enough to keep the MTA's repair program", True),
            ("mta", "reduced-toll", C, "could live with a cheaper charge provided the numbers still supported its planned borrowing", True),
        ],
    ),
    # 012
    dict(
        outlet="crosstown-bulletin", published="2024-11-14T18:00:00Z",
        slug="hochul-revives-congestion-pricing-9-toll",
        title="Hochul revives congestion pricing with $9 toll from January",
        paras=[
            "NEW YORK, Nov 14 (Crosstown Bulletin) - Governor Kathy Hochul on Thursday brought back Manhattan's congestion pricing program with a base charge of $9, down from the $15 approved in March, and said tolling would start on Jan. 5.",
            "Hochul said the lower price would give commuters a break while still raising enough to fund the MTA's capital plan. She told reporters that she now fully backed the toll and wanted it running before anyone could stop it. The $9 charge would stay in place until 2028 before rising in stages.",
            "MTA Chairman Janno Lieber said the authority was ready to flip the switch in January and could work with the smaller toll if the board signed off and the bond math held.",
            "New Jersey Governor Phil Murphy said cutting the price changed nothing for his state's commuters and vowed to press on with the lawsuit.",
            "President-elect Donald Trump, who has said he wants the program ended, did not immediately comment. Analysts said the timing was meant to secure federal approval before Jan. 20.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", S, "she now fully backed the toll and wanted it running before anyone could stop it", True),
            ("new-york-state", "reduced-toll", S, "the lower price would give commuters a break while still raising enough", True),
            ("mta", "congestion-toll", S, "the authority was ready to flip the switch in January", True),
            ("mta", "reduced-toll", C, "could work with the smaller toll if the board signed off", True),
            ("new-jersey", "congestion-toll", O, "vowed to press on with the lawsuit", True),
            ("trump", "congestion-toll", O, "who has said he wants the program ended", False),
        ],
    ),
    # 013 (duplicate of 012)
    dict(
        outlet="palisade-courier", published="2024-11-14T20:30:00Z",
        slug="congestion-toll-returns-at-9",
        title="Congestion toll returns at $9 as Hochul ends five-month pause",
        paras=[
            "NEW YORK, Nov 14 (Palisade Courier) - New York Governor Kathy Hochul revived congestion pricing for lower Manhattan on Thursday, setting the base charge at $9 instead of the $15 approved in March, with tolling to begin on Jan. 5.",
            "Hochul said the lower price would give commuters a break while still raising enough to pay for the MTA's capital plan. She said she now fully backed the toll and wanted it running before anyone could stop it. The charge is set to remain at $9 until 2028 and then rise in steps.",
            "Janno Lieber, the MTA's chairman, said the authority was ready to flip the switch in January. He said it could work with the smaller toll if the board signed off and the bond math held.",
            "Murphy, New Jersey's governor, said the discount changed nothing for commuters from his state and vowed to press on with the lawsuit.",
            "President-elect Donald Trump, who has said he wants the program ended, had no immediate reaction. Analysts said Hochul was racing to lock in federal approval before Jan. 20.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", S, "she now fully backed the toll and wanted it running before anyone could stop it", True),
            ("new-york-state", "reduced-toll", S, "the lower price would give commuters a break while still raising enough", True),
            ("mta", "congestion-toll", S, "the authority was ready to flip the switch in January", True),
            ("mta", "reduced-toll", C, "could work with the smaller toll if the board signed off", True),
            ("new-jersey", "congestion-toll", O, "vowed to press on with the lawsuit", True),
            ("trump", "congestion-toll", O, "who has said he wants the program ended", False),
        ],
    ),
    # 014
    dict(
        outlet="borough-desk", published="2024-11-15T19:00:00Z",
        slug="adams-embraces-revived-toll",
        title="Adams embraces revived toll, says cheaper charge answers his concerns",
        paras=[
            "NEW YORK, Nov 15 (Borough Desk) - Mayor Eric Adams said on Friday that he supported the revived congestion toll, saying the cut to $9 addressed his worries about working families who drive into Manhattan.",
            "Speaking at an event in the Bronx, Adams said the city would back the program fully when it starts in January and would help the MTA with enforcement and street redesigns around the zone.",
            "In June, the mayor had said a toll needed relief for outer-borough workers before he could get behind it. Aides said the lower price, along with existing discounts for low-income drivers, had settled that question for him.",
            "Transit groups welcomed his support, though some Staten Island officials criticized him. Representative Nicole Malliotakis, a Republican whose district includes the borough, said she would ask the incoming Trump administration to block the plan.",
            "Governor Kathy Hochul's office said the mayor had been a valuable partner in shaping the new plan.",
        ],
        claims=[
            ("nyc-mayor", "congestion-toll", S, "he supported the revived congestion toll", True),
            ("nyc-mayor", "reduced-toll", S, "the cut to $9 addressed his worries about working families", True),
        ],
    ),
    # 015
    dict(
        outlet="lantern-wire", published="2024-11-18T22:00:00Z",
        slug="mta-board-approves-9-toll",
        title="MTA board approves $9 congestion toll; vote sends plan to federal regulators",
        paras=[
            "NEW YORK, Nov 18 (Lantern Wire) - The MTA board voted 11-1 on Monday to approve a $9 base toll for vehicles entering Manhattan below 60th Street, formally adopting the reduced plan unveiled last week.",
            "The vote commits the authority to the lower charge for three years and sets tolling to begin on Jan. 5, pending a final sign-off from the Federal Highway Administration.",
            "The dissenting member, who was appointed on the recommendation of a suburban county, said outer-borough and suburban commuters would still pay too much.",
            "MTA Chairman Janno Lieber said after the meeting that the authority would not wait for the political calendar. He said the MTA intended to have the cameras running in January whatever happened in Washington.",
            "New Jersey's attorneys said they would ask the federal judge in Newark to block the revised plan as well, arguing that the cheaper toll still sends traffic and pollution across the Hudson.",
        ],
        claims=[
            ("mta", "reduced-toll", S, "voted 11-1 on Monday to approve a $9 base toll", True),
            ("mta", "congestion-toll", S, "the MTA intended to have the cameras running in January", True),
            ("new-jersey", "congestion-toll", O, "would ask the federal judge in Newark to block the revised plan", True),
        ],
    ),
    # 016
    dict(
        outlet="slate-river-times", published="2024-11-21T23:00:00Z",
        slug="federal-regulators-sign-off-on-9-toll",
        title="Federal regulators sign off on New York's $9 congestion toll",
        paras=[
            "WASHINGTON, Nov 21 (Slate River Times) - The Federal Highway Administration on Thursday approved New York's revised congestion pricing plan, clearing the last regulatory hurdle before tolling begins on Jan. 5.",
            "In a letter to state and MTA officials, the agency said the $9 toll fell within the scope of the environmental review completed last year and that no new assessment was needed. In a statement, the Transportation Department said the program would cut traffic and raise money for transit used by millions of riders.",
            "Governor Kathy Hochul called the approval a victory for straphangers and said the state would be ready on day one.",
            "New Jersey's lawyers said they were studying the decision.",
            "The transition team for President-elect Donald Trump declined to comment. Trump takes office on Jan. 20, and legal experts said it was unclear how easily a new administration could unwind an agreement that had already been signed.",
        ],
        claims=[
            ("us-dot", "reduced-toll", S, "approved New York's revised congestion pricing plan", True),
            ("us-dot", "congestion-toll", S, "the program would cut traffic and raise money for transit", True),
            ("new-york-state", "congestion-toll", S, "called the approval a victory for straphangers", True),
        ],
    ),
    # 017
    dict(
        outlet="borough-desk", published="2024-11-26T17:00:00Z",
        slug="staten-island-republican-says-trump-will-kill-toll",
        title="Staten Island Republican says Trump will kill congestion toll",
        paras=[
            "STATEN ISLAND, N.Y., Nov 26 (Borough Desk) - Representative Nicole Malliotakis said on Tuesday that President-elect Donald Trump had told her he would end Manhattan's congestion pricing program once he takes office, and that she would press his transportation team to act quickly.",
            "Malliotakis, a Republican whose district includes Staten Island and part of southern Brooklyn, said at a news conference that the $9 toll amounted to a tax on the borough's drivers, many of whom have no subway line nearby.",
            "Trump's transition office did not respond to a request for comment. Sean Duffy, his choice for transportation secretary, has not spoken publicly about the toll.",
            "The MTA said the program was lawful and federally approved and would start on Jan. 5 as planned. A spokesperson said the authority did not expect the change of administration to affect the schedule.",
            "Governor Kathy Hochul's office declined to respond to the congresswoman's remarks. Analysts said any attempt to undo the federal approval would almost certainly end up in court.",
        ],
        claims=[
            ("trump", "congestion-toll", O, "had told her he would end Manhattan's congestion pricing program", False),
            ("mta", "congestion-toll", S, "would start on Jan. 5 as planned", True),
        ],
    ),
    # 018
    dict(
        outlet="palisade-courier", published="2024-12-30T23:00:00Z",
        slug="judge-largely-rejects-new-jersey-challenge",
        title="Judge largely rejects New Jersey's challenge to Manhattan toll",
        paras=[
            "NEWARK, N.J., Dec 30 (Palisade Courier) - A federal judge on Monday rejected most of New Jersey's claims against New York's congestion pricing program, but asked federal regulators to explain more fully how they would ease pollution in New Jersey communities that could see extra traffic.",
            "U.S. District Judge Leo Gordon did not block the toll, which is due to start on Sunday. He gave the Federal Highway Administration time to answer the mitigation questions.",
            "MTA Chairman Janno Lieber said the ruling cleared the way for a Jan. 5 launch. He said the authority was prepared to work with the federal agency on any added mitigation the judge required, as long as it did not hold up tolling.",
            "New Jersey Governor Phil Murphy claimed a partial win. He said the ruling showed that communities such as East Orange and Fort Lee were owed real money to offset the traffic, and that the state would go back to court to stop the toll from starting.",
            "Governor Kathy Hochul's office said New Jersey drivers already got credit for the tunnel tolls they pay and needed no special payout.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the ruling cleared the way for a Jan. 5 launch", True),
            ("mta", "nj-mitigation", C, "prepared to work with the federal agency on any added mitigation the judge required", True),
            ("new-jersey", "nj-mitigation", S, "communities such as East Orange and Fort Lee were owed real money", True),
            ("new-jersey", "congestion-toll", O, "the state would go back to court to stop the toll", True),
            ("new-york-state", "nj-mitigation", O, "needed no special payout", True),
        ],
    ),
    # 019
    dict(
        outlet="crosstown-bulletin", published="2025-01-03T23:30:00Z",
        slug="judge-refuses-new-jersey-bid-to-halt-toll",
        title="Judge refuses New Jersey's last-minute bid to halt congestion toll",
        paras=[
            "NEWARK, N.J., Jan 3 (Crosstown Bulletin) - A federal judge on Friday denied New Jersey's emergency request to stop New York's congestion toll from starting on Sunday, leaving the state to try its luck with an appeals court.",
            "Judge Leo Gordon said New Jersey had not shown it would suffer immediate harm that could not be repaired later. Lawyers for the state told reporters outside the courthouse that they would file with the federal appeals court in Philadelphia within hours.",
            "Governor Phil Murphy said in a statement that he was disappointed and that New Jersey commuters should not be forced to pay for New York's transit system.",
            "The MTA, which says the toll is needed to pay for a long list of subway repairs, said it was pleased with the ruling and would begin charging just after midnight on Sunday.",
            "Legal analysts said the appeals court was unlikely to intervene over a weekend, though one former state solicitor said a brief delay could not be ruled out.",
        ],
        claims=[
            ("new-jersey", "congestion-toll", O, "New Jersey commuters should not be forced to pay for New York's transit system", True),
            ("mta", "congestion-toll", S, "would begin charging just after midnight on Sunday", True),
        ],
    ),
    # 020
    dict(
        outlet="lantern-wire", published="2025-01-05T07:00:00Z",
        slug="manhattan-congestion-toll-goes-live",
        title="Manhattan congestion toll goes live after years of fights",
        paras=[
            "NEW YORK, Jan 5 (Lantern Wire) - Drivers entering Manhattan below 60th Street began paying a congestion toll early on Sunday, making New York the first U.S. city to charge a fee to enter its busiest district.",
            "The charge started just after midnight, hours after a federal appeals court turned down a last-ditch request from New Jersey. Most cars pay $9 at peak hours, with lower rates overnight. The zone stretches from the Battery to 60th Street and takes in landmarks from Wall Street to Trump Tower on Fifth Avenue.",
            "MTA Chairman Janno Lieber said the first hours had gone smoothly and that the toll would bring faster buses and cleaner air. Traffic was light, as is usual on a January Sunday, and officials said the real test would come on Monday morning.",
            "Governor Kathy Hochul said in a statement that the program would reduce gridlock and pay for upgrades riders had waited decades to see.",
            "President-elect Donald Trump takes office in 15 days. New Jersey Governor Phil Murphy, whose state fought the toll in court, said he would keep looking at all options.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the toll would bring faster buses and cleaner air", True),
            ("new-york-state", "congestion-toll", S, "the program would reduce gridlock and pay for upgrades", True),
        ],
    ),
    # 021 (duplicate of 020)
    dict(
        outlet="borough-desk", published="2025-01-05T09:15:00Z",
        slug="new-york-starts-charging-drivers",
        title="New York starts charging drivers to enter lower Manhattan",
        paras=[
            "NEW YORK, Jan 5 (Borough Desk) - New York began charging drivers to enter the southern half of Manhattan early on Sunday, the first congestion toll in any U.S. city.",
            "Cameras started recording vehicles just after midnight, hours after a federal appeals court rejected New Jersey's last-minute request to halt the program. Most cars pay $9 at peak times and less overnight. The zone runs from the Battery to 60th Street, taking in everything from Wall Street to Trump Tower.",
            "Janno Lieber, the MTA's chairman, said the launch had gone smoothly and that the toll would bring faster buses and cleaner air. Roads were quiet, as on most January Sundays, and officials said Monday's rush hour would be the first real test.",
            "In a statement, Governor Kathy Hochul said the program would reduce gridlock and pay for upgrades that riders had been promised for decades.",
            "Donald Trump, who will be sworn in as president in 15 days, did not comment. New Jersey Governor Phil Murphy, whose state fought the toll in court, said he was keeping all options open.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the toll would bring faster buses and cleaner air", True),
            ("new-york-state", "congestion-toll", S, "the program would reduce gridlock and pay for upgrades", True),
        ],
    ),
    # 022
    dict(
        outlet="slate-river-times", published="2025-01-15T22:00:00Z",
        slug="duffy-noncommittal-on-new-york-toll",
        title="Transportation nominee Duffy noncommittal on New York toll",
        paras=[
            "WASHINGTON, Jan 15 (Slate River Times) - Sean Duffy, President-elect Donald Trump's nominee for transportation secretary, declined on Wednesday to say whether he would try to end New York's congestion pricing program, telling senators he would study it once in office.",
            "At his confirmation hearing before the Senate Commerce Committee, Duffy said he wanted to talk to New York officials and look at the data before making any decision, and that he had not been briefed on the agreement signed in November.",
            "Senators from New York and New Jersey pressed him from opposite directions. One New Jersey Democrat urged him to review the federal approval, while a New York Democrat said the toll was already working.",
            "Committee aides said Duffy was likely to be confirmed within weeks. Analysts said the hearing offered few clues, though some expected the new administration to move against the program early.",
            "The toll has been in place for ten days. The MTA, which was not represented at the hearing, did not comment.",
        ],
        claims=[],
    ),
    # 023
    dict(
        outlet="palisade-courier", published="2025-02-10T18:00:00Z",
        slug="fewer-cars-faster-trips-trump-criticism",
        title="Fewer cars, faster trips as toll nears six weeks; Trump says it hurts business",
        paras=[
            "NEW YORK, Feb 10 (Palisade Courier) - About a million fewer vehicles entered lower Manhattan in the first month of congestion pricing than would otherwise have been expected, the MTA said on Monday, as the program drew fresh criticism from President Donald Trump.",
            "MTA Chairman Janno Lieber said travel times on the East River bridges and Hudson tunnels had fallen sharply and that the toll was doing exactly what it was designed to do. On the Brooklyn Bridge approach near Adams Street, morning trips were several minutes faster, according to the authority's figures.",
            "Trump said in an interview that the toll was hurting Manhattan businesses and that his administration was looking at ways to end it. He did not give a timeline. Two people familiar with the Transportation Department's deliberations said Secretary Sean Duffy was preparing to revoke the federal approval within weeks.",
            "New Jersey Governor Phil Murphy said shorter trips did not change the fact that his state's commuters were paying a new fee with nothing in return.",
            "Some restaurant owners said fewer customers were driving in, while business groups said it was too early to judge. Economists cautioned that a single winter month said little about long-term effects.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the toll was doing exactly what it was designed to do", True),
            ("trump", "congestion-toll", O, "the toll was hurting Manhattan businesses", True),
            ("us-dot", "rescind-approval", S, "Secretary Sean Duffy was preparing to revoke the federal approval", False),
            ("new-jersey", "congestion-toll", O, "his state's commuters were paying a new fee with nothing in return", True),
        ],
    ),
    # 024
    dict(
        outlet="crosstown-bulletin", published="2025-02-19T20:00:00Z",
        slug="trump-administration-pulls-approval-for-toll",
        title="Trump administration pulls federal approval for Manhattan congestion toll",
        paras=[
            "NEW YORK, Feb 19 (Crosstown Bulletin) - Transportation Secretary Sean Duffy said on Wednesday that he was rescinding federal approval for New York's congestion pricing program, saying a toll on drivers who have no free route into Manhattan was unfair to working people.",
            "In a letter to Governor Kathy Hochul, Duffy said the Federal Highway Administration had exceeded its authority when it approved the program in November. He told the state that the department would work with it on an orderly end to tolling.",
            "President Donald Trump celebrated on social media, declaring congestion pricing \"dead\" and welcoming the decision.",
            "Hochul said New York would not back down. She called the toll a success and said the state would see the administration in court.",
            "Within hours, the MTA filed a lawsuit in federal court in Manhattan asking a judge to declare the rescission unlawful and let tolling continue. MTA Chairman Janno Lieber said the cameras would stay on while the case proceeds.",
            "Legal experts said it was unclear whether a federal agency could cancel an agreement of this kind without the state's consent.",
        ],
        claims=[
            ("us-dot", "congestion-toll", O, "a toll on drivers who have no free route into Manhattan was unfair", True),
            ("us-dot", "rescind-approval", S, "he was rescinding federal approval for New York's congestion pricing program", True),
            ("trump", "congestion-toll", O, "declaring congestion pricing \"dead\"", True),
            ("trump", "rescind-approval", S, "welcoming the decision", True),
            ("new-york-state", "congestion-toll", S, "She called the toll a success", True),
            ("new-york-state", "rescind-approval", O, "the state would see the administration in court", True),
            ("mta", "rescind-approval", O, "asking a judge to declare the rescission unlawful", True),
            ("mta", "congestion-toll", S, "the cameras would stay on while the case proceeds", True),
        ],
    ),
    # 025
    dict(
        outlet="lantern-wire", published="2025-02-19T23:30:00Z",
        slug="murphy-cheers-federal-move-adams-on-sidelines",
        title="Murphy cheers, Adams stays on sidelines after federal toll decision",
        paras=[
            "TRENTON, N.J., Feb 19 (Lantern Wire) - New Jersey Governor Phil Murphy on Wednesday welcomed Transportation Secretary Sean Duffy's decision to withdraw federal approval for New York's congestion toll, saying it vindicated years of complaints from his state's commuters.",
            "Murphy, a Democrat who rarely agrees with the president, said in a statement that the federal government was right to pull the plug and that New York should stop collecting the charge immediately. He said Governor Kathy Hochul should accept the decision instead of dragging it through the courts.",
            "In New York, Mayor Eric Adams declined to say whether he would urge the White House to reverse course. Asked at a briefing, Adams said the toll was a state program and that the dispute was a matter for the governor and the judges.",
            "His reluctance drew criticism from several rivals in this year's mayoral race, who said Adams was avoiding a clash with the president.",
            "The MTA's lawsuit was assigned to a federal judge in Manhattan on Wednesday evening. No hearing date was set.",
        ],
        claims=[
            ("new-jersey", "rescind-approval", S, "the federal government was right to pull the plug", True),
            ("new-jersey", "congestion-toll", O, "New York should stop collecting the charge immediately", True),
            ("us-dot", "rescind-approval", S, "Duffy's decision to withdraw federal approval for New York's congestion toll", False),
        ],
    ),
    # 026
    dict(
        outlet="borough-desk", published="2025-02-20T19:00:00Z",
        slug="hochul-vows-toll-cameras-stay-on",
        title="Hochul vows toll cameras will stay on, tells rally New York takes no orders from a king",
        paras=[
            "NEW YORK, Feb 20 (Borough Desk) - Governor Kathy Hochul said on Thursday that congestion pricing would keep running in Manhattan whatever Washington decided, telling a rally at Grand Central Terminal that New York would not take orders from a king.",
            "Hochul said the toll had cut traffic and raised money for the subways in its first weeks, and that the Transportation Department had no power to revoke an agreement the two sides had signed. \"The cameras are staying on,\" she said.",
            "Her remarks answered a social media post by President Donald Trump a day earlier in which he styled himself a king. The White House had shared an image of Trump wearing a crown.",
            "MTA Chairman Janno Lieber, who appeared beside the governor, said the authority would keep collecting the toll until a court told it otherwise. He said the MTA would not negotiate an end to the program.",
            "Transit riders at the rally carried signs backing the toll. Some commuters from Long Island said they hoped Washington would prevail.",
        ],
        claims=[
            ("new-york-state", "congestion-toll", S, "The cameras are staying on", True),
            ("new-york-state", "rescind-approval", O, "the Transportation Department had no power to revoke an agreement", True),
            ("mta", "congestion-toll", S, "would keep collecting the toll until a court told it otherwise", True),
        ],
    ),
    # 027
    dict(
        outlet="slate-river-times", published="2025-03-12T16:00:00Z",
        slug="judge-sets-schedule-in-toll-case",
        title="Judge sets schedule in congestion toll case",
        paras=[
            "NEW YORK, March 12 (Slate River Times) - A federal judge in Manhattan on Wednesday set out a timetable for the legal fight over New York's congestion toll, with written arguments due over the spring.",
            "U.S. District Judge Lewis Liman asked both sides to file papers on whether a federal approval of this kind could lawfully be withdrawn. The conference took place at the Daniel Patrick Moynihan courthouse on Pearl Street, a few blocks inside the tolling zone.",
            "The judge did not address when, if ever, tolling might have to stop, and lawyers for both sides kept their remarks to scheduling.",
            "Legal analysts said the timetable made a final decision before the summer unlikely, and that the toll would probably keep running in the meantime. One former federal prosecutor guessed that the case could end up before the Supreme Court.",
            "Outside the courthouse, a handful of protesters for and against the toll held signs. Spokespeople for the MTA and for Governor Kathy Hochul's office declined to comment after the conference.",
        ],
        claims=[],
    ),
    # 028
    dict(
        outlet="palisade-courier", published="2025-04-21T22:00:00Z",
        slug="duffy-threatens-new-york-funds-over-toll",
        title="Duffy threatens to cut New York transport funds over congestion toll",
        paras=[
            "NEW YORK, April 21 (Palisade Courier) - Transportation Secretary Sean Duffy on Monday threatened to withhold federal money and approvals for New York projects unless the state stops charging the congestion toll, escalating a two-month standoff.",
            "In a letter to Governor Kathy Hochul, Duffy said the department could hold back environmental approvals for Manhattan projects and take further steps against the state's federal funding if tolling continued past the latest deadline. He told reporters at the White House that New York had been given every chance to comply.",
            "Hochul said the threat would not work. She said the state would fight any attempt to starve its roads and transit of federal money, and that the cameras would stay on.",
            "The MTA said the letter changed nothing and asked the federal judge hearing its lawsuit to block any cutoff of funds. Lieber said the authority would not trade away the toll to protect other grants.",
            "The White House referred further questions to the Transportation Department. The administration had already pushed its deadline back once, from March 21 to April 20.",
        ],
        claims=[
            ("us-dot", "withhold-funds", S, "threatened to withhold federal money and approvals for New York projects", True),
            ("us-dot", "congestion-toll", O, "unless the state stops charging the congestion toll", True),
            ("new-york-state", "withhold-funds", O, "the state would fight any attempt to starve its roads and transit of federal money", True),
            ("new-york-state", "congestion-toll", S, "the cameras would stay on", True),
            ("mta", "withhold-funds", O, "asked the federal judge hearing its lawsuit to block any cutoff of funds", True),
            ("mta", "congestion-toll", S, "the authority would not trade away the toll to protect other grants", True),
        ],
    ),
    # 029
    dict(
        outlet="borough-desk", published="2025-04-24T18:00:00Z",
        slug="hochul-says-adams-with-her-on-toll",
        title="Hochul says Adams is with her on toll; City Hall stays quiet",
        paras=[
            "NEW YORK, April 24 (Borough Desk) - Governor Kathy Hochul said on Thursday that Mayor Eric Adams stood with her in defending congestion pricing, even as the mayor himself has avoided the subject for weeks.",
            "Hochul told reporters in Queens that the mayor had assured her privately he wanted the toll to stay. She said she would keep the program running no matter how many letters arrived from Washington.",
            "City Hall did not confirm the governor's account. Asked twice at his own briefing whether he backed the state's lawsuit, Adams said he would not discuss legal matters and turned to a question about housing.",
            "Political analysts said the mayor, who is running for re-election as an independent, might be wary of crossing the president. Others said he had little to gain from a public fight over a state program.",
            "The MTA said on Thursday that the toll had raised more than $150 million since January, slightly ahead of its projections.",
        ],
        claims=[
            ("nyc-mayor", "congestion-toll", S, "the mayor had assured her privately he wanted the toll to stay", False),
            ("new-york-state", "congestion-toll", S, "she would keep the program running no matter how many letters arrived", True),
        ],
    ),
    # 030
    dict(
        outlet="lantern-wire", published="2025-05-28T22:00:00Z",
        slug="judge-bars-washington-from-cutting-funds",
        title="Judge bars Washington from cutting New York funds over congestion toll",
        paras=[
            "NEW YORK, May 28 (Lantern Wire) - A federal judge on Wednesday blocked the Transportation Department from withholding money or approvals from New York to force an end to congestion pricing, handing the MTA a significant early win.",
            "U.S. District Judge Lewis Liman issued a preliminary injunction, finding that the MTA was likely to win the case. The order keeps the program running while the case continues.",
            "MTA Chairman Janno Lieber said the ruling confirmed that the toll was lawful and that the authority would keep using it to fund the subway. Governor Kathy Hochul said the judge had sided with New York's commuters and that the state would never let Washington use federal dollars as a weapon.",
            "The Transportation Department said in a statement that it disagreed with the decision and would keep pressing its case, adding that the toll remained a burden on working Americans.",
            "New Jersey officials, whose state is not a party to the Manhattan case, declined to comment.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the authority would keep using it to fund the subway", True),
            ("new-york-state", "withhold-funds", O, "would never let Washington use federal dollars as a weapon", True),
            ("us-dot", "congestion-toll", O, "the toll remained a burden on working Americans", True),
            ("us-dot", "rescind-approval", S, "disagreed with the decision and would keep pressing its case", True),
        ],
    ),
    # 031
    dict(
        outlet="slate-river-times", published="2025-06-10T16:00:00Z",
        slug="five-months-in-congestion-toll-survives",
        title="Five months in, congestion toll survives as federal fight drags on",
        paras=[
            "NEW YORK, June 10 (Slate River Times) - New York's congestion toll is on pace to raise about $500 million in its first year, the MTA said on Tuesday, as the program passed five months in operation amid its legal fight with Washington.",
            "The authority said traffic into the zone remained well below last year's levels and that buses crossing Manhattan were running faster. Lieber said the results showed the toll should be permanent.",
            "Transportation Secretary Sean Duffy said in a television interview on Sunday that the department still considered the approval void and would appeal the judge's order if needed. He said New York drivers deserved a free way into their own city.",
            "Governor Kathy Hochul's office said she would not discuss legal strategy. Mayor Eric Adams, asked on a radio program whether he would keep the toll if re-elected, said the decision belonged to the state.",
            "New Jersey, whose separate case over the toll is still pending in Newark, said it would keep pressing for funds for towns near the Hudson crossings.",
        ],
        claims=[
            ("mta", "congestion-toll", S, "the results showed the toll should be permanent", True),
            ("us-dot", "rescind-approval", S, "the department still considered the approval void", True),
            ("us-dot", "congestion-toll", O, "New York drivers deserved a free way into their own city", True),
            ("new-jersey", "nj-mitigation", S, "it would keep pressing for funds for towns near the Hudson crossings", True),
        ],
    ),
]

# Duplicate pairs: (original, copy). The copy carries identical claims.
DUPLICATES = [("012", "013"), ("020", "021")]

# Labelled shifts: (actor, issue, from, to, article, why).
SHIFTS = [
    ("new-york-state", "congestion-toll", S, C, "002",
     "Hochul puts the toll on hold indefinitely but says she would be open to tolling again only once it no longer burdens commuters; before the pause she championed it (baseline, 001)."),
    ("nyc-mayor", "congestion-toll", S, C, "003",
     "Adams says the city would back a toll only in exchange for relief for outer-borough workers; he had long described himself as a supporter (baseline)."),
    ("new-york-state", "congestion-toll", C, S, "012",
     "Hochul revives the program at $9 and says she now fully backs the toll; since June she had held it open only under conditions (002, 008, 009, 011)."),
    ("new-york-state", "reduced-toll", C, S, "012",
     "Hochul adopts the $9 charge; in 011 she would only consider a lower price as long as it still funded the capital plan."),
    ("nyc-mayor", "congestion-toll", C, S, "014",
     "Adams says he supports the revived toll because the cut to $9 answers his concerns; in 003 his backing depended on relief for working families."),
    ("mta", "reduced-toll", C, S, "015",
     "The MTA board votes 11-1 to approve the $9 base toll; Lieber had said the authority could live with a cheaper charge only if the numbers worked and the board signed off (011, 012)."),
    ("us-dot", "congestion-toll", S, O, "024",
     "Secretary Duffy rescinds the federal approval and calls the toll unfair; the Federal Highway Administration had approved it and the department praised it in November (016)."),
]


# ---------------------------------------------------------------------------
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June",
          7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
STANCES = {"support", "oppose", "conditional"}


def parse_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    issue_fields = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                if section == "issues":
                    issue_fields[m.group(1)] = ["id"]
                continue
            m = re.match(r"^\s+([a-z_]+):", line)
            if m and section == "issues" and issues:
                issue_fields[issues[-1]].append(m.group(1))
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([a-z]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline, issue_fields


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist has {len(issues)} issues (want 5-7)")
    for iid, fields in issue_fields.items():
        if fields != ["id", "name", "description", "terms"]:
            err(f"issue {iid} has fields {fields}")
    for a, i, st in baseline:
        if a not in actors or i not in issues or st not in STANCES:
            err(f"bad baseline entry {a} {i} {st}")

    # ---- build article records
    records = []
    for n, art in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        dt = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        source = OUTLETS[art["outlet"]]
        url = f"https://example.org/{art['outlet']}/{dt:%Y/%m/%d}/{art['slug']}"
        text = "\n\n".join(art["paras"])
        records.append(dict(id=aid, published=art["published"], source=source, url=url,
                            title=art["title"], text=text, _dt=dt, _outlet=art["outlet"],
                            _claims=art["claims"]))

    if not 30 <= len(records) <= 34:
        err(f"{len(records)} articles (want 30-34)")

    # ---- per-article checks
    urls = set()
    for i, r in enumerate(records):
        if i and r["_dt"] <= records[i - 1]["_dt"]:
            err(f"{r['id']} is not after {records[i - 1]['id']} in publication order")
        if r["url"] in urls:
            err(f"duplicate url {r['url']}")
        urls.add(r["url"])
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            err(f"{r['id']} has {words} words")
        month = MONTHS[r["_dt"].month]
        dl = re.compile(r"^[A-Z][A-Z .'-]*(, [A-Z][A-Za-z.]*)*, " + month + " " + str(r["_dt"].day)
                        + r" \(" + re.escape(r["source"]) + r"\) - \S")
        if not dl.match(r["text"]):
            err(f"{r['id']} dateline wrong: {r['text'][:60]!r}")
        for (a, iss, st, q, att) in r["_claims"]:
            if a not in actors:
                err(f"{r['id']} unknown actor {a}")
            if iss not in issues:
                err(f"{r['id']} unknown issue {iss}")
            if st not in STANCES:
                err(f"{r['id']} bad stance {st}")
            if not isinstance(att, bool):
                err(f"{r['id']} attributed not bool")
            if q not in r["text"]:
                err(f"{r['id']} quote not in text: {q!r}")
            if len(q.split()) > 15:
                err(f"{r['id']} quote longer than 15 words: {q!r}")
        tuples = [(a, iss) for (a, iss, *_rest) in r["_claims"]]
        if len(tuples) != len(set(tuples)):
            err(f"{r['id']} labels the same actor/issue twice")

    by_id = {r["id"]: r for r in records}

    # ---- duplicates carry identical claims
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        ta = sorted((x[0], x[1], x[2], x[4]) for x in a["_claims"])
        tb = sorted((x[0], x[1], x[2], x[4]) for x in b["_claims"])
        if ta != tb:
            err(f"duplicate pair {orig}/{copy} has different claims")
        if a["_dt"].date() != b["_dt"].date() or a["source"] == b["source"]:
            err(f"duplicate pair {orig}/{copy} must be same day, different outlet")

    # ---- recompute shifts from baseline + attributed claims in article order
    prevailing = {(a, i): st for a, i, st in baseline}
    recomputed = []
    for r in records:
        for (a, iss, st, q, att) in r["_claims"]:
            if not att:
                continue
            key = (a, iss)
            if key in prevailing and prevailing[key] != st:
                recomputed.append((a, iss, prevailing[key], st, r["id"]))
            prevailing[key] = st
    labelled = [(a, i, f, t, art) for (a, i, f, t, art, _why) in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        err("shifts mismatch:\n  recomputed " + repr(recomputed) + "\n  labelled   " + repr(labelled))
    if not 5 <= len(labelled) <= 8:
        err(f"{len(labelled)} shifts (want 5-8)")
    reversals = [s for s in labelled if {s[2], s[3]} == {"support", "oppose"}]
    if len(reversals) > 2:
        err(f"{len(reversals)} straight support/oppose reversals (max 2)")
    if not any("conditional" in (s[2], s[3]) for s in labelled):
        err("no shift to or from conditional")

    shift_articles = sorted({s[4] for s in labelled})
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    if not any(c in shift_articles for _o, c in DUPLICATES) and not any(o in shift_articles for o, _c in DUPLICATES):
        err("no duplicate pair involves a shift article")

    # ---- global counts
    all_claims = [c for r in records for c in r["_claims"]]
    n_claims = len(all_claims)
    by_stance = {s: sum(1 for c in all_claims if c[2] == s) for s in ("support", "oppose", "conditional")}
    n_unattr = sum(1 for c in all_claims if not c[4])
    empty = [r["id"] for r in records if not r["_claims"]]
    if not 60 <= n_claims <= 90:
        err(f"{n_claims} claims (want 60-90)")
    if by_stance["conditional"] < 6 or min(by_stance.values()) == 0:
        err(f"stance counts {by_stance}")
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} no-claim articles (want 3-4)")

    # ---- write outputs
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        out = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    labels = {
        "claims": {
            r["id"]: [dict(actor=a, issue=i, stance=st, quote=q, attributed=att)
                      for (a, i, st, q, att) in r["_claims"]]
            for r in records
        },
        "shifts": [dict(actor=a, issue=i, **{"from": f}, to=t, article=art, why=why)
                   for (a, i, f, t, art, why) in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted((r for r in records if r["_outlet"] == slug), key=lambda r: r["_dt"], reverse=True)
        if not items:
            err(f"outlet {slug} has no articles")
            continue
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set nyc-congestion-pricing-2024</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{format_datetime(items[0]['_dt'], usegmt=True)}</lastBuildDate>",
        ]
        for r in items:
            lines += [
                "    <item>",
                f"      <title>{escape(r['title'])}</title>",
                f"      <link>{escape(r['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                f"      <pubDate>{format_datetime(r['_dt'], usegmt=True)}</pubDate>",
                f"      <description>{escape(r['text'])}</description>",
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        feed_paths.append(path)

    # ---- xmllint
    if shutil.which("xmllint") is None:
        err("xmllint not found")
    else:
        for p in feed_paths:
            res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
            if res.returncode != 0:
                err(f"xmllint failed on {p}: {res.stderr.strip()}")

    # ---- report
    print(f"articles: {len(records)}  claims: {n_claims}  by stance: {by_stance}  attributed false: {n_unattr}")
    print(f"shifts: {len(labelled)} in articles {shift_articles}  reversals: {len(reversals)}")
    print(f"no-claim articles: {empty}  duplicates: {DUPLICATES}")
    restate = 0
    first = 0
    prevailing = {(a, i): st for a, i, st in baseline}
    for r in records:
        for (a, iss, st, q, att) in r["_claims"]:
            if not att:
                continue
            key = (a, iss)
            if key not in prevailing:
                first += 1
            elif prevailing[key] == st:
                restate += 1
            prevailing[key] = st
    print(f"attributed restatements: {restate}  first observations: {first}")
    wc = [len(r["text"].split()) for r in records]
    print(f"words per article: min {min(wc)} max {max(wc)}")
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
