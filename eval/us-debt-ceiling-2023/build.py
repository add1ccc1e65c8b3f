#!/usr/bin/env python3
"""Build the us-debt-ceiling-2023 labelled timeline (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from this folder. Written blind (no reader code consulted).
"""
import json, os, re
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "potomac-wire": "Potomac Wire",
    "lakeshore-courier": "Lakeshore Courier",
    "granite-post": "Granite Post",
    "tidewater-tribune": "Tidewater Tribune",
    "summit-report": "Summit Report",
}

WH, HR, FC, SD, SR, HP = "white-house", "house-republicans", "freedom-caucus", "senate-democrats", "senate-republicans", "house-progressives"
CLEAN, CAPS, WORK, COVID, PERMIT = "wh-drops-clean-demand", "spending-caps", "work-requirements", "covid-clawback", "permitting-reform"
S, O, C = "support", "oppose", "conditional"

# (id, published UTC, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("001", "2023-01-13T21:30:00Z", "potomac-wire", "yellen-warns-borrowing-limit-next-week",
    "Yellen says US will hit borrowing limit next week; White House rules out conditions",
    """WASHINGTON, Jan 13 (Potomac Wire) - The United States will reach its $31.4 trillion statutory borrowing limit on Jan. 19, Treasury Secretary Janet Yellen told congressional leaders in a letter on Friday, after which the department will start using accounting steps known as extraordinary measures to keep paying the government's bills.

Yellen wrote that the measures were unlikely to last beyond early June and asked lawmakers to act promptly to protect the full faith and credit of the United States.

At the daily briefing, White House press secretary Karine Jean-Pierre said lifting the ceiling was a basic duty of Congress that should be done without conditions, as it had been three times under the previous administration. There would be no negotiation over it, she said.

House Speaker Kevin McCarthy, who won the gavel this month after a marathon of votes and a string of promises to conservatives, told reporters on Thursday that he would not agree to lift the limit unless it came with curbs on federal spending. Raising the ceiling without any change in how Washington spends would be irresponsible, he said.

The last time a debt-limit fight went to the brink, in 2011, the United States lost its top AAA rating from S&P.""",
    [(WH, CLEAN, O, "a basic duty of Congress that should be done without conditions", True),
     (HR, CAPS, S, "would not agree to lift the limit unless it came with curbs on federal spending", True)])

art("002", "2023-01-19T20:00:00Z", "granite-post", "us-hits-debt-ceiling-extraordinary-measures",
    "US hits debt ceiling as Treasury starts extraordinary measures",
    """WASHINGTON, Jan 19 (Granite Post) - The US government reached its borrowing limit on Thursday, and the Treasury Department said it had begun suspending some investments in federal employee retirement funds to create room to keep paying its obligations.

The steps buy time, but not much. Strategists at several Wall Street banks said the money could run out by early summer, and some predicted that the White House would eventually be drawn into talks over spending whatever it says now. Yields on Treasury bills maturing in July edged higher as investors priced in a small risk of a missed payment.

A spokesman for House Speaker Kevin McCarthy declined to say whether the Speaker would insist on particular spending cuts, saying only that talks with the president should begin soon. On Capitol Hill, lawmakers from both parties spent the day trading blame for a deadline that has been raised or suspended dozens of times since the 1960s.

Credit rating agencies said they still expected the limit to be lifted in time.""",
    [])

art("003", "2023-02-01T22:30:00Z", "lakeshore-courier", "biden-mccarthy-first-debt-talks",
    "Biden and McCarthy hold first debt talks, agree to keep talking",
    """WASHINGTON, Feb 1 (Lakeshore Courier) - President Joe Biden and House Speaker Kevin McCarthy met for just over an hour at the White House on Wednesday in their first talks on the debt limit, and both men said afterwards that they would meet again.

McCarthy told reporters outside the West Wing that the meeting had been good and that he had told the president Republicans wanted to find savings before raising the limit. He said he could see a path to an agreement but that no deal had been reached.

In a statement released after the meeting, the White House said Biden had made clear that lifting the debt limit was not up for negotiation, and that he would welcome a separate discussion about the budget once Republicans published a plan of their own. The president was happy to talk about reducing deficits, the statement said, but not as a price for avoiding default.

Neither side gave a date for the next meeting.""",
    [(HR, CAPS, S, "Republicans wanted to find savings before raising the limit", True),
     (WH, CLEAN, O, "lifting the debt limit was not up for negotiation", True),
     (WH, CAPS, O, "but not as a price for avoiding default", True)])

art("004", "2023-02-01T23:50:00Z", "summit-report", "mccarthy-biden-meet-on-debt-ceiling",
    "McCarthy and Biden meet on debt ceiling, no deal but more talks planned",
    """WASHINGTON, Feb 1 (Summit Report) - House Speaker Kevin McCarthy and President Joe Biden held their first meeting on the debt ceiling at the White House on Wednesday, talking for a little more than an hour and agreeing to meet again.

Speaking outside the West Wing, McCarthy called the meeting good and said he had told the president that Republicans wanted to find savings before raising the limit. He added that he saw a path to an agreement, although no deal had been struck.

The White House said in a statement that Biden had made clear that lifting the debt limit was not up for negotiation and that he would welcome a separate conversation on the budget once Republicans put out their own plan. The president would gladly discuss cutting deficits, it said, but not as a price for avoiding default.

No date was set for a second meeting.""",
    [(HR, CAPS, S, "Republicans wanted to find savings before raising the limit", True),
     (WH, CLEAN, O, "lifting the debt limit was not up for negotiation", True),
     (WH, CAPS, O, "but not as a price for avoiding default", True)])

art("005", "2023-03-01T18:00:00Z", "tidewater-tribune", "mcconnell-says-biden-must-deal-with-speaker",
    "McConnell says only Biden and McCarthy can settle debt fight",
    """LOUISVILLE, Mar 1 (Tidewater Tribune) - Senate Republican leader Mitch McConnell said on Wednesday that the debt-limit standoff could only be resolved by President Joe Biden and House Speaker Kevin McCarthy, and that Senate Republicans would not take up a bill the Speaker did not support.

Speaking to reporters in Kentucky, McConnell said the president should stop refusing to talk and sit down with the Speaker to agree on spending. He said he was confident the country would not default, since it never had.

In Washington, Senate Majority Leader Chuck Schumer told reporters that Republicans had still not shown a plan. He said Democrats would not accept spending cuts as a ransom for paying bills the country had already run up.

Some Republican senators, among them Lindsey Graham, have warned that they will not accept cuts to the military as part of any bargain.""",
    [(SR, CLEAN, S, "the president should stop refusing to talk and sit down with the Speaker", True),
     (SD, CAPS, O, "would not accept spending cuts as a ransom for paying bills", True)])

art("006", "2023-03-09T19:00:00Z", "granite-post", "biden-budget-challenges-republicans",
    "Biden unveils budget, dares Republicans to name their cuts",
    """PHILADELPHIA, Mar 9 (Granite Post) - President Joe Biden unveiled a $6.8 trillion budget on Thursday that he said would cut deficits by nearly $3 trillion over a decade, mostly by raising taxes on the wealthy and on large corporations, and he challenged Republicans to put their own numbers on the table.

Speaking at a union training centre in Philadelphia, Biden said Republicans who were demanding cuts as the price for raising the debt limit had yet to say what they would cut. He repeated that he would not let the full faith and credit of the country be used as a bargaining chip.

The plan has no chance of passing the Republican-led House. A spokesman for McCarthy called it reckless, and budget analysts described it as an opening position for the negotiations to come rather than a realistic blueprint.""",
    [(WH, CLEAN, O, "would not let the full faith and credit of the country be used", True)])

art("007", "2023-03-10T17:00:00Z", "potomac-wire", "freedom-caucus-sets-debt-price",
    "Freedom Caucus sets out its price for raising the debt limit",
    """WASHINGTON, Mar 10 (Potomac Wire) - The House Freedom Caucus on Friday set out its terms for raising the debt limit, demanding that federal spending be capped at 2022 levels for a decade.

The group of roughly three dozen hardline Republicans said it would back a higher borrowing limit only if it came with those caps, with tougher work requirements for welfare and food aid recipients, and with the return of unspent Covid-19 relief money and of the new funding Democrats gave the Internal Revenue Service last year.

Caucus chairman Scott Perry told a news conference that the list was a floor, not an opening bid. He said members would not vote to raise the limit on any other terms.

Ralph Norman, a South Carolina member of the caucus, said on television that he would have liked deeper cuts still.

Asked about the list, Jean-Pierre said the president would not negotiate over the debt ceiling and that Republicans should explain which programmes they wanted to cut.""",
    [(FC, CAPS, S, "demanding that federal spending be capped at 2022 levels for a decade", True),
     (FC, WORK, S, "with tougher work requirements for welfare and food aid recipients", True),
     (FC, COVID, S, "the return of unspent Covid-19 relief money", True),
     (WH, CLEAN, O, "the president would not negotiate over the debt ceiling", True)])

art("008", "2023-03-28T21:00:00Z", "lakeshore-courier", "mccarthy-letter-lists-republican-demands",
    "McCarthy sends Biden letter listing Republican debt-limit ideas",
    """WASHINGTON, Mar 28 (Lakeshore Courier) - House Speaker Kevin McCarthy sent President Joe Biden a letter on Tuesday listing the measures Republicans want attached to a debt-limit increase and asking for another meeting.

The ideas include holding federal spending below current levels and limiting its growth, clawing back unspent Covid relief funds, strengthening work requirements for people receiving federal aid, and cutting red tape so that energy projects can be permitted faster. McCarthy wrote that the president's refusal to negotiate was pushing the country closer to default.

Jean-Pierre said a letter was no substitute for a budget. The president was happy to meet the Speaker, she said, but the debt limit had to be raised with no conditions attached.

She added that the administration would welcome permitting reform as long as it also sped up the building of electricity transmission lines, and that it had been pressing Congress on the matter for a year.""",
    [(HR, CAPS, S, "holding federal spending below current levels and limiting its growth", True),
     (HR, COVID, S, "clawing back unspent Covid relief funds", True),
     (HR, WORK, S, "strengthening work requirements for people receiving federal aid", True),
     (HR, PERMIT, S, "cutting red tape so that energy projects can be permitted faster", True),
     (HR, CLEAN, S, "the president's refusal to negotiate was pushing the country closer to default", True),
     (WH, CLEAN, O, "the debt limit had to be raised with no conditions attached", True),
     (WH, PERMIT, C, "would welcome permitting reform as long as it also sped up", True)])

art("009", "2023-04-17T16:00:00Z", "granite-post", "mccarthy-wall-street-speech",
    "McCarthy takes debt-limit pitch to Wall Street",
    """NEW YORK, Apr 17 (Granite Post) - House Speaker Kevin McCarthy used a speech at the New York Stock Exchange on Monday to say the House would soon vote on a plan to raise the debt limit into next year in exchange for returning federal spending to 2022 levels and capping its growth.

McCarthy accused President Joe Biden of being missing in action for more than two months. He said he would not put a clean increase on the House floor, and that the president would have to negotiate.

Traders on the floor paid modest attention. Stocks were little changed, and several investors said they expected a last-minute deal, as in past standoffs.

The White House did not immediately respond to the speech. Biden was in Washington, where aides said he had no public events scheduled.""",
    [(HR, CAPS, S, "in exchange for returning federal spending to 2022 levels and capping its growth", True),
     (HR, CLEAN, S, "would not put a clean increase on the House floor", True)])

art("010", "2023-04-19T22:00:00Z", "summit-report", "house-republicans-unveil-limit-save-grow",
    "House Republicans unveil Limit, Save, Grow Act",
    """WASHINGTON, Apr 19 (Summit Report) - House Republicans on Wednesday unveiled the Limit, Save, Grow Act, a bill that would raise the debt ceiling by $1.5 trillion or through March 31, 2024, whichever comes first, while cutting and capping federal spending.

The 320-page bill would return discretionary spending to 2022 levels and let it grow by 1% a year for a decade. It would rescind unspent Covid-19 relief funds and most of the extra money approved last year for the Internal Revenue Service, impose work requirements on able-bodied adults receiving Medicaid and food stamps, repeal clean-energy tax credits and block the president's student loan relief. It also folds in a Republican energy bill that would speed up permits for pipelines, mines and power plants.

Jean-Pierre called the bill a plan to hold the economy hostage. The president would not accept conditions on the debt limit, she said, and the work requirements would strip health care and food from working families and older Americans.""",
    [(HR, CAPS, S, "return discretionary spending to 2022 levels and let it grow by 1% a year", True),
     (HR, COVID, S, "It would rescind unspent Covid-19 relief funds", True),
     (HR, WORK, S, "impose work requirements on able-bodied adults receiving Medicaid and food stamps", True),
     (HR, PERMIT, S, "would speed up permits for pipelines, mines and power plants", True),
     (WH, CLEAN, O, "The president would not accept conditions on the debt limit", True),
     (WH, WORK, O, "the work requirements would strip health care and food from working families", True)])

art("011", "2023-04-20T15:00:00Z", "tidewater-tribune", "schumer-jayapal-reject-house-debt-bill",
    "Schumer calls House debt bill dead on arrival; progressives assail work rules",
    """WASHINGTON, Apr 20 (Tidewater Tribune) - Senate Majority Leader Chuck Schumer said on Thursday that the House Republican debt-limit bill was dead on arrival in the Senate, calling its spending cuts a ransom note.

Schumer said Senate Democrats would not trade cuts to veterans' care, schools and food safety for a debt-limit increase, and urged McCarthy to stop what he called brinkmanship.

Representative Pramila Jayapal, who chairs the Congressional Progressive Caucus, said the bill's work requirements were cruel and would throw vulnerable people off aid without moving anyone into a job. Progressives would fight them in any form, she said.

Senator Joe Manchin, a West Virginia Democrat who often breaks with his party, said some of the Republican ideas on energy permits deserved a hearing. Senator Susan Collins, a Maine Republican, said she had concerns about the depth of the cuts.""",
    [(SD, CAPS, O, "would not trade cuts to veterans' care, schools and food safety", True),
     (HP, WORK, O, "the bill's work requirements were cruel", True)])

art("012", "2023-04-25T23:00:00Z", "potomac-wire", "republicans-change-debt-bill-to-win-holdouts",
    "Republican leaders tweak debt bill to win over holdouts",
    """WASHINGTON, Apr 25 (Potomac Wire) - House Republican leaders changed their debt-limit bill late on Tuesday to win over holdouts, moving up the start of new work requirements to 2024 and preserving ethanol tax credits prized by Midwestern members.

Freedom Caucus chairman Scott Perry said the caucus would back the bill now that the work requirements would begin sooner. He said conservatives had already accepted less than they wanted.

Matt Gaetz, Andy Biggs and Tim Burchett said they were still likely to vote no, leaving Speaker Kevin McCarthy, who wants spending capped at 2022 levels, with almost no room for error in a chamber his party controls 222-213.

Some strategists said even a narrow win would put pressure on the White House to negotiate, though others doubted that Biden would budge before the Treasury's cash ran short.""",
    [(HR, WORK, S, "moving up the start of new work requirements to 2024", True),
     (FC, WORK, S, "would back the bill now that the work requirements would begin sooner", True),
     (HR, CAPS, S, "who wants spending capped at 2022 levels", False)])

art("013", "2023-04-26T23:30:00Z", "lakeshore-courier", "house-passes-limit-save-grow-217-215",
    "House passes Republican debt bill 217-215; White House vows veto",
    """WASHINGTON, Apr 26 (Lakeshore Courier) - The House of Representatives passed the Republican debt-limit bill by 217 votes to 215 on Wednesday, approving a $1.5 trillion increase in the borrowing limit paired with caps on federal spending. Four Republicans voted against it along with every Democrat.

McCarthy told reporters that the House had now done its job. He said the president could no longer ignore the Republican plan and had to come to the table.

The bill has no chance in the Democratic-led Senate. Jean-Pierre said Biden would veto it if it ever reached him, and that the president would not negotiate over whether the United States pays its bills.

The vote came after a day of last-minute lobbying in the Speaker's office on the Capitol's second floor.""",
    [(HR, CAPS, S, "approving a $1.5 trillion increase in the borrowing limit paired with caps", True),
     (HR, CLEAN, S, "could no longer ignore the Republican plan and had to come to the table", True),
     (WH, CAPS, O, "Biden would veto it if it ever reached him", True),
     (WH, CLEAN, O, "would not negotiate over whether the United States pays its bills", True)])

art("014", "2023-05-01T22:00:00Z", "granite-post", "yellen-x-date-june-1",
    "Yellen warns Treasury could run short as soon as June 1",
    """WASHINGTON, May 1 (Granite Post) - The Treasury could run out of ways to pay the government's bills as early as June 1, Treasury Secretary Janet Yellen told Congress on Monday, weeks sooner than many analysts had expected after weaker-than-expected tax receipts in April.

In her letter, Yellen asked lawmakers to act as soon as possible. She declined to say how the Treasury would prioritise payments if the ceiling was not raised in time.

Shortly afterwards President Joe Biden invited McCarthy, Schumer, Senate Republican leader Mitch McConnell and House Democratic leader Hakeem Jeffries to a meeting at the White House on May 9.

Yields on Treasury bills due in early June jumped by more than half a percentage point. Analysts at two banks said the earlier date would raise pressure on both sides, and that the White House might have to entertain some spending curbs sooner than it had planned.""",
    [])

art("015", "2023-05-09T22:00:00Z", "tidewater-tribune", "oval-office-debt-meeting-no-breakthrough",
    "Oval Office debt meeting ends with no breakthrough, staff talks to start",
    """WASHINGTON, May 9 (Tidewater Tribune) - President Joe Biden and the four top congressional leaders ended an hour-long meeting on the debt limit without progress on Tuesday, with the Treasury's cash expected to run low in about three weeks.

Biden told reporters afterwards that he had told the leaders default was not an option and that he would not accept spending cuts as the condition for lifting the limit. Aides from both sides would meet daily to discuss the budget, he said.

McCarthy said he had seen no new movement. The Speaker said the president had to accept that a clean increase could not pass the House, where Republicans had already passed their plan.

McConnell said the only way out was for the president and the Speaker to strike a deal. Schumer said the leaders had agreed on little beyond meeting again, and that the staff talks should start at once.""",
    [(WH, CAPS, O, "would not accept spending cuts as the condition for lifting the limit", True),
     (HR, CLEAN, S, "the president had to accept that a clean increase could not pass the House", True),
     (SR, CLEAN, S, "the only way out was for the president and the Speaker to strike a deal", True)])

art("016", "2023-05-11T19:00:00Z", "potomac-wire", "white-house-denies-dropping-clean-demand",
    "White House denies softening on clean debt-limit increase",
    """WASHINGTON, May 11 (Potomac Wire) - The White House denied on Thursday that President Joe Biden had dropped his demand for a clean increase in the debt limit, even as aides from both parties held a second day of talks on federal spending.

Jean-Pierre said the staff talks concerned the budget, which she described as a separate matter, and that the ceiling still had to be lifted with no strings attached.

Progressive lawmakers, led by Representative Pramila Jayapal, urged Biden to invoke the 14th Amendment and keep paying the bills rather than give ground to Republicans. Jayapal said the president should not let the House majority extract any concessions in exchange for avoiding default.

Treasury Secretary Janet Yellen has said that relying on the 14th Amendment would risk a constitutional crisis. Legal scholars are divided on whether the clause would let the government disregard the limit.""",
    [(WH, CLEAN, O, "denied on Thursday that President Joe Biden had dropped his demand for a clean increase", True),
     (HP, CLEAN, O, "should not let the House majority extract any concessions", True)])

art("017", "2023-05-14T21:00:00Z", "lakeshore-courier", "biden-open-to-some-work-requirements",
    "Biden signals openness to some work requirements, but not for Medicaid",
    """REHOBOTH BEACH, May 14 (Lakeshore Courier) - President Joe Biden said on Sunday he was open to some new work requirements for recipients of federal aid, provided they did not apply to Medicaid health coverage, the first sign of flexibility from the White House on one of the Republicans' central demands.

Asked by reporters whether he would consider the idea, Biden noted that as a senator he had voted for tougher rules for aid programmes. He said rules for food and cash assistance could be discussed, but that taking people's medical care away was a different story and he would not accept it.

Progressives reacted with alarm. Jayapal said work requirements did nothing to get people into jobs and had to stay out of any deal.

McCarthy welcomed the remarks and said Republicans would not agree to a deal that lacked work requirements.""",
    [(WH, WORK, C, "open to some new work requirements for recipients of federal aid, provided", True),
     (HP, WORK, O, "work requirements did nothing to get people into jobs", True),
     (HR, WORK, S, "would not agree to a deal that lacked work requirements", True)])

art("018", "2023-05-16T22:30:00Z", "summit-report", "second-meeting-productive-negotiators-named",
    "Leaders call second debt meeting productive; negotiators named",
    """WASHINGTON, May 16 (Summit Report) - Biden and congressional leaders described their second debt-limit meeting on Tuesday as productive, and the president and the Speaker each named a small team to negotiate directly.

Biden picked budget director Shalanda Young and senior adviser Steve Ricchetti. McCarthy chose Representative Garret Graves of Louisiana, a close ally. McCarthy said it was possible to reach a deal by the end of the week.

Graves told reporters that Republicans would not give up on work requirements, which he said had helped people back into work in the 1990s.

Biden cut short an upcoming trip to Asia to return to Washington after the Group of Seven summit in Japan. Some analysts said the White House would probably accept clawing back unspent Covid money, which both sides regard as easy savings. Biden declined to say whether he would accept a cap on spending.""",
    [(HR, WORK, S, "Republicans would not give up on work requirements", True)])

art("019", "2023-05-17T20:00:00Z", "granite-post", "biden-confident-mcconnell-backs-speaker",
    "Biden confident of deal as McConnell backs Speaker on cuts",
    """WASHINGTON, May 17 (Granite Post) - President Joe Biden said on Wednesday, before leaving for the Group of Seven summit in Hiroshima, that he was confident an agreement would be reached and that the United States would not default.

On the Senate floor, McConnell backed the Speaker. Any agreement, he said, had to reduce federal spending, and Senate Republicans would stand with McCarthy in insisting on it.

Schumer said the Republican cuts were extreme and that Senate Democrats would not be part of a deal that gutted domestic programmes. He urged the House to pass a bipartisan bill.

The Freedom Caucus, which wants the House bill's caps kept intact, said in a letter that McCarthy should not negotiate against himself.""",
    [(SR, CAPS, S, "Any agreement, he said, had to reduce federal spending", True),
     (SD, CAPS, O, "would not be part of a deal that gutted domestic programmes", True),
     (FC, CAPS, S, "which wants the House bill's caps kept intact", False)])

art("020", "2023-05-19T21:00:00Z", "tidewater-tribune", "debt-talks-paused",
    "Debt talks paused as Republicans say White House moved backwards",
    """WASHINGTON, May 19 (Tidewater Tribune) - Republican negotiators walked out of debt-limit talks on Friday, with Garret Graves telling reporters: "We've decided to press pause because it's just not productive."

McCarthy said the White House had moved backwards. He said Republicans would not agree to spend more next year than this year, and that the problem was the president's team, not the deadline.

A White House official said there were real differences between the two sides and that the president's team was working hard toward a reasonable bipartisan solution.

Biden, in Hiroshima for the G7 meeting, was briefed by his aides by phone. The two teams met again briefly in the evening without announcing any progress.

Stock markets slipped on news of the pause, and the price of insuring US government debt against default rose to its highest level in more than a decade.""",
    [(HR, CAPS, S, "Republicans would not agree to spend more next year than this year", True)])

art("021", "2023-05-21T09:30:00Z", "potomac-wire", "biden-hiroshima-extreme-positions",
    "Biden tells Republicans to drop extreme positions, rules out food-aid cuts",
    """HIROSHIMA, May 21 (Potomac Wire) - President Joe Biden said on Sunday that Republicans had to move off their extreme positions, adding: "It's time for Republicans to accept that there is no bipartisan deal to be made solely, solely on their partisan terms."

At a news conference at the end of the Group of Seven summit, Biden said he would not agree to a deal that protected wealthy tax cheats while putting food assistance at risk for nearly one million Americans, a reference to the Republican plan for stricter work rules in the food stamp programme.

He said he was willing to hold spending flat as part of an agreement with the Speaker, but only if Republicans also accepted measures to raise revenue. He said he had already offered more than $1 trillion in cuts.

Biden said he expected to speak to McCarthy by phone on the flight home. He declined to say whether he would invoke the 14th Amendment if talks failed.""",
    [(WH, WORK, O, "would not agree to a deal that protected wealthy tax cheats", True),
     (WH, CAPS, C, "hold spending flat as part of an agreement with the Speaker, but only if", True),
     (WH, CLEAN, C, "hold spending flat as part of an agreement with the Speaker, but only if", True)])

art("022", "2023-05-21T11:00:00Z", "lakeshore-courier", "biden-g7-no-deal-on-partisan-terms",
    "Biden says no deal on Republicans' partisan terms, shields food aid",
    """HIROSHIMA, May 21 (Lakeshore Courier) - Republicans must abandon their extreme positions, President Joe Biden said on Sunday. "It's time for Republicans to accept that there is no bipartisan deal to be made solely, solely on their partisan terms," he told reporters.

Speaking at a news conference as the Group of Seven summit closed, Biden said he would not agree to a deal that protected wealthy tax cheats while putting food assistance at risk for nearly one million Americans, referring to Republican proposals to tighten work rules for food stamps.

Biden said he was willing to hold spending flat as part of an agreement with the Speaker, but only if Republicans accepted revenue-raising measures as well, and that he had already put more than $1 trillion in cuts on the table.

He said he would call McCarthy from Air Force One and declined to say whether he might turn to the 14th Amendment.""",
    [(WH, WORK, O, "would not agree to a deal that protected wealthy tax cheats", True),
     (WH, CAPS, C, "hold spending flat as part of an agreement with the Speaker, but only if", True),
     (WH, CLEAN, C, "hold spending flat as part of an agreement with the Speaker, but only if", True)])

art("023", "2023-05-22T23:30:00Z", "granite-post", "mccarthy-oval-office-spend-less",
    "McCarthy leaves Oval Office without deal, conservatives urge him to hold firm",
    """WASHINGTON, May 22 (Granite Post) - House Speaker Kevin McCarthy said his meeting with President Joe Biden in the Oval Office on Monday evening was productive but produced no agreement, with ten days to go before the earliest date the Treasury could run out of cash.

McCarthy told reporters that the two sides still disagreed on the basic question of spending. "We have to spend less than we spent last year," he said, and he would not sign off on anything that did not.

Members of the House Freedom Caucus urged him to stand firm. Representative Chip Roy said conservatives would accept nothing weaker than the House-passed bill, including its caps and its work requirements.

Negotiators from both sides returned to the Capitol late in the evening and were expected to work through the night.""",
    [(HR, CAPS, S, "We have to spend less than we spent last year", True),
     (FC, CAPS, S, "would accept nothing weaker than the House-passed bill, including its caps", True),
     (FC, WORK, S, "nothing weaker than the House-passed bill, including its caps and its work requirements", True)])

art("024", "2023-05-25T22:00:00Z", "summit-report", "fitch-watch-negotiators-close-on-caps",
    "Fitch puts US rating on watch as negotiators narrow gaps",
    """WASHINGTON, May 25 (Summit Report) - Fitch Ratings placed the United States' AAA credit rating on watch for a possible downgrade late on Wednesday, and on Thursday negotiators for the White House and House Republicans narrowed their differences on spending but remained apart on aid programmes.

According to two people familiar with the talks, the White House had offered to accept two years of spending limits if Republicans dropped some of their other demands.

At the daily briefing, Jean-Pierre said the president would not accept work requirements that pushed people into poverty or took away their health care.

McCarthy told reporters that work requirements remained essential and that he would not walk away from them. He said the House would have 72 hours to read any agreement before a vote.""",
    [(WH, CAPS, C, "the White House had offered to accept two years of spending limits if", False),
     (WH, WORK, O, "would not accept work requirements that pushed people into poverty", True),
     (HR, WORK, S, "work requirements remained essential", True)])

art("025", "2023-05-28T02:30:00Z", "tidewater-tribune", "biden-mccarthy-reach-debt-deal",
    "Biden and McCarthy reach deal to suspend debt limit and limit spending",
    """WASHINGTON, May 28 (Tidewater Tribune) - President Joe Biden and House Speaker Kevin McCarthy reached an agreement on Saturday evening to suspend the debt limit until January 2025 and to limit federal spending for two years.

Non-defence discretionary spending would be held roughly flat in the coming fiscal year and could rise by 1% the year after. Biden said in a statement that the deal was a compromise in which no side got everything it wanted, and that he had agreed to pair the suspension with spending limits because the alternative was a catastrophic default. He called on both chambers to pass it without delay.

McCarthy said the agreement delivered historic reductions in spending, clawed back unspent Covid money and raised no taxes. He said he expected most Republicans to vote for it.

The House is expected to vote on Wednesday.""",
    [(WH, CAPS, S, "he had agreed to pair the suspension with spending limits", True),
     (WH, CLEAN, S, "he had agreed to pair the suspension with spending limits", True),
     (HR, CAPS, S, "the agreement delivered historic reductions in spending", True),
     (HR, COVID, S, "clawed back unspent Covid money", True)])

art("026", "2023-05-29T20:00:00Z", "potomac-wire", "young-graves-sell-debt-deal-snap",
    "White House defends food-aid changes in debt deal as progressives balk",
    """WASHINGTON, May 29 (Potomac Wire) - White House budget director Shalanda Young said on Monday that the debt deal's changes to food stamp work rules were acceptable because they came with new exemptions for veterans, homeless people and young adults leaving foster care, and would expire in 2030.

Young said the administration had kept Medicaid out of the agreement entirely. She said the White House had also agreed to take back unspent Covid relief money that was no longer needed.

Garret Graves, the Republicans' lead negotiator, said the work rules would help move people from welfare into work.

Pramila Jayapal said the food aid changes were deeply concerning and that she could not support a bill that made it harder for hungry people to eat.

The agreement raises the age at which adults without dependants must work to keep their benefits from 49 to 54.""",
    [(WH, WORK, C, "acceptable because they came with new exemptions", True),
     (WH, COVID, S, "agreed to take back unspent Covid relief money that was no longer needed", True),
     (HR, WORK, S, "the work rules would help move people from welfare into work", True),
     (HP, WORK, O, "could not support a bill that made it harder for hungry people to eat", True)])

art("027", "2023-05-30T23:00:00Z", "granite-post", "freedom-caucus-revolts-rules-committee",
    "Freedom Caucus turns on debt deal, but it clears Rules Committee",
    """WASHINGTON, May 30 (Granite Post) - Leaders of the House Freedom Caucus said on Tuesday they would vote against the debt deal, complaining that its spending limits were far weaker than those in the bill the House passed in April.

Caucus chairman Scott Perry said conservatives still wanted the ten-year caps in the House-passed bill and that the agreement gave the president almost everything he asked for. Chip Roy, who sits on the Rules Committee, voted against sending the bill to the floor, as did Ralph Norman, but the committee approved it 7-6.

McCarthy said the deal cut spending more than any bill in years and predicted that a majority of Republicans would support it.

Some conservatives have floated a bid to oust the Speaker, though none had filed a motion by Tuesday evening.""",
    [(FC, CAPS, S, "still wanted the ten-year caps in the House-passed bill", True),
     (HR, CAPS, S, "the deal cut spending more than any bill in years", True)])

art("028", "2023-05-31T23:45:00Z", "summit-report", "house-passes-debt-deal-314-117",
    "House passes debt-limit deal 314-117",
    """WASHINGTON, May 31 (Summit Report) - The House of Representatives approved the debt-limit agreement by 314 votes to 117 on Wednesday, with 71 Republicans and 46 Democrats voting no, sending the bill to the Senate days before the Treasury expects to run out of cash.

McCarthy said the vote proved Washington could cut spending. He also praised changes that shorten environmental reviews, saying they would get energy projects built faster.

House Democratic leader Hakeem Jeffries supplied most of the votes needed for passage. Jayapal voted against the bill, saying she could not vote for new work requirements on food aid.

The Congressional Progressive Caucus said in a statement that approving the Mountain Valley Pipeline and weakening environmental reviews had no place in a debt-limit bill.""",
    [(HR, CAPS, S, "the vote proved Washington could cut spending", True),
     (HR, PERMIT, S, "saying they would get energy projects built faster", True),
     (HP, WORK, O, "she could not vote for new work requirements on food aid", True),
     (HP, PERMIT, O, "weakening environmental reviews had no place in a debt-limit bill", True)])

art("029", "2023-06-02T03:30:00Z", "tidewater-tribune", "senate-passes-debt-deal-63-36",
    "Senate passes debt deal 63-36, sending it to Biden",
    """WASHINGTON, June 1 (Tidewater Tribune) - The Senate passed the debt-limit agreement by 63 votes to 36 on Thursday night, sending it to President Joe Biden days before the June 5 deadline set by the Treasury.

Schumer, who for months had demanded an increase with no strings, urged senators to pass the bill unchanged. He said it contained spending limits Democrats had not wanted, but that accepting them was the only responsible path left. McConnell said the bill was a step toward getting spending under control and voted for it.

Senators rejected eleven amendments, including one from Democrat Tim Kaine to strip the approval of the Mountain Valley Pipeline. Senator Lindsey Graham complained that the bill shortchanged the military, and Senator Bernie Sanders voted no.""",
    [(SD, CAPS, S, "accepting them was the only responsible path left", True),
     (SD, CLEAN, S, "accepting them was the only responsible path left", True),
     (SR, CAPS, S, "the bill was a step toward getting spending under control", True)])

art("030", "2023-06-02T23:30:00Z", "potomac-wire", "biden-oval-office-address-crisis-averted",
    "Biden hails debt deal in first Oval Office address",
    """WASHINGTON, June 2 (Potomac Wire) - President Joe Biden said on Friday that the bipartisan debt agreement had averted a crisis, using his first address from the Oval Office to praise McCarthy for dealing in good faith.

Biden said the agreement cut spending while protecting Social Security, Medicare and Medicaid, and that he would sign it on Saturday. "Nobody got everything they wanted," he said, "but the American people got what they needed."

He also promised to keep pressing for higher taxes on the wealthy in next year's budget, and said that the country's credit, earned over more than two centuries, was now safe for another year and a half.

The House and Senate passed the bill with large bipartisan majorities this week.

The White House said the signing would take place at the White House on Saturday without a public ceremony.""",
    [(WH, CAPS, S, "the agreement cut spending while protecting Social Security, Medicare and Medicaid", True)])

art("031", "2023-06-05T15:00:00Z", "granite-post", "treasury-refills-cash-conservatives-eye-appropriations",
    "Treasury rushes to refill cash as conservatives eye next spending fight",
    """WASHINGTON, June 5 (Granite Post) - The Treasury began a wave of bill sales on Monday to rebuild its cash balance after the debt limit was suspended, a process analysts said could drain hundreds of billions of dollars from the banking system over the summer.

The Fiscal Responsibility Act, signed on Saturday, suspends the limit until January 2025. The White House had spent months insisting on an increase with no strings before agreeing to two years of spending limits.

Chip Roy said conservatives would use this autumn's appropriations bills to push for deeper cuts than the deal allows, and warned there would be a reckoning over how the agreement had been reached.

Some analysts expect a fresh fight over funding the government before the fiscal year ends on Sept. 30.""",
    [(FC, CAPS, S, "would use this autumn's appropriations bills to push for deeper cuts", True)])


WATCHLIST = """# us-debt-ceiling-2023: tracked actors and issues (written blind, 2026-11-26).
# An issue is a proposition under negotiation; a stance is an actor's position on it (support | oppose | conditional).
# Buildings and the Treasury also appear as plain places or market names ("met at the White House", "Treasury bills");
# such mentions carry no stance.

actors:
  - id: white-house
    name: President Joe Biden and the White House (incl. Treasury)
    aliases: [White House, Biden administration, the administration, Joe Biden, Biden, President Biden, Karine Jean-Pierre, Jean-Pierre, Janet Yellen, Yellen, Treasury, Treasury Department, Shalanda Young, Steve Ricchetti, Ricchetti]
  - id: house-republicans
    name: House Republicans led by Speaker Kevin McCarthy
    aliases: [House Republicans, House GOP, Republican-led House, Kevin McCarthy, McCarthy, Speaker McCarthy, House Speaker, Speaker, Garret Graves, Graves, Patrick McHenry, McHenry, Steve Scalise, Scalise]
  - id: freedom-caucus
    name: House Freedom Caucus
    aliases: [House Freedom Caucus, Freedom Caucus, Scott Perry, Perry, Chip Roy, Roy]
  - id: senate-democrats
    name: Senate Democrats led by Majority Leader Chuck Schumer
    aliases: [Senate Democrats, Chuck Schumer, Schumer, Senate Majority Leader]
  - id: senate-republicans
    name: Senate Republicans led by Mitch McConnell
    aliases: [Senate Republicans, Senate GOP, Mitch McConnell, McConnell, Senate Minority Leader, Senate Republican leader, John Thune, Thune]
  - id: house-progressives
    name: Congressional Progressive Caucus (House progressives)
    aliases: [Congressional Progressive Caucus, Progressive Caucus, House progressives, progressives, Pramila Jayapal, Jayapal]

issues:
  - id: wh-drops-clean-demand
    name: The White House drops its demand for a clean debt-limit increase
    description: Biden gives up insisting that the debt ceiling be raised with no conditions and accepts a debt-limit bill that carries spending or policy terms negotiated with House Republicans.
    terms: [clean increase, clean debt ceiling, without conditions, no strings attached, negotiate over the debt limit, hostage]
  - id: spending-caps
    name: Caps or cuts on federal spending are attached to the debt-limit increase
    description: Any increase or suspension of the debt limit comes paired with limits or cuts on discretionary spending.
    terms: [spending caps, spending cuts, cap spending, discretionary spending, Limit Save Grow, spending limits]
  - id: work-requirements
    name: Work requirements for federal aid programmes are tightened
    description: The debt-limit bill adds or toughens work requirements for recipients of food stamps (SNAP), cash welfare (TANF) or Medicaid.
    terms: [work requirements, SNAP, food stamps, Medicaid, welfare, able-bodied adults]
  - id: covid-clawback
    name: Unspent Covid-19 relief money is clawed back
    description: Covid relief funds approved by Congress but not yet spent are rescinded to offset spending.
    terms: [unspent Covid funds, Covid relief, claw back, rescind, pandemic money]
  - id: permitting-reform
    name: Congress enacts permitting reform to speed approval of energy projects
    description: Federal environmental reviews and permits for pipelines, power lines and other energy projects are streamlined.
    terms: [permitting reform, permits, energy projects, environmental review, NEPA, pipeline]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: white-house, issue: wh-drops-clean-demand, stance: oppose}
  - {actor: white-house, issue: spending-caps, stance: oppose}
  - {actor: house-republicans, issue: wh-drops-clean-demand, stance: support}
  - {actor: house-republicans, issue: spending-caps, stance: support}
  - {actor: freedom-caucus, issue: spending-caps, stance: support}
  - {actor: senate-democrats, issue: spending-caps, stance: oppose}
  - {actor: senate-republicans, issue: wh-drops-clean-demand, stance: support}
"""

SHIFTS = [
    dict(actor=WH, issue=WORK, **{"from": O}, to=C, article="017",
         why="Biden says he is open to some new work requirements for food and cash aid, provided Medicaid is left alone; in 010 the White House said the requirements would strip food and health care from working families."),
    dict(actor=WH, issue=WORK, **{"from": C}, to=O, article="021",
         why="In Hiroshima Biden says he will not agree to a deal that puts food assistance at risk for nearly a million people (the Republican SNAP work rules), retreating from the openness he showed in 017."),
    dict(actor=WH, issue=CAPS, **{"from": O}, to=C, article="021",
         why="Biden says he is willing to hold spending flat as part of an agreement with the Speaker, but only if Republicans accept revenue measures; until 015 he refused to accept cuts as a condition for lifting the limit."),
    dict(actor=WH, issue=CLEAN, **{"from": O}, to=C, article="021",
         why="The same conditional offer ties spending limits to the debt-limit agreement with the Speaker, a conditional step away from the clean-increase demand the White House restated in 016."),
    dict(actor=WH, issue=CAPS, **{"from": C}, to=S, article="025",
         why="Biden's statement says he agreed to pair the debt-limit suspension with spending limits and urges both chambers to pass the deal."),
    dict(actor=WH, issue=CLEAN, **{"from": C}, to=S, article="025",
         why="By agreeing to pair the suspension with spending limits, Biden accepts a debt-limit bill with conditions, i.e. drops the clean-increase demand."),
    dict(actor=WH, issue=WORK, **{"from": O}, to=C, article="026",
         why="Budget director Shalanda Young calls the deal's SNAP work-rule changes acceptable because of new exemptions and a 2030 sunset; in 021 and 024 the White House rejected the work rules."),
    dict(actor=SD, issue=CAPS, **{"from": O}, to=S, article="029",
         why="Schumer urges senators to pass the bill unchanged and says accepting its spending limits is the only responsible path; in 005, 011 and 019 he rejected cuts as a ransom."),
]

README = """# us-debt-ceiling-2023 (blind labelled timeline)

Topic: the 2023 US debt-ceiling standoff, from Yellen's January warning to the Fiscal Responsibility Act (House
Republicans' Limit, Save, Grow Act, the White House demand for a clean increase, spending caps, work requirements for
aid programmes, clawing back unspent Covid money, permitting reform, the Biden-McCarthy deal and the House/Senate votes).
Real public events; all wording original; quotation marks only for a few widely reported remarks
(Graves's "press pause", McCarthy's "We have to spend less than we spent last year", Biden's Hiroshima "no bipartisan deal ... solely on their partisan terms", Biden's
"Nobody got everything they wanted"), everything else paraphrase. Not a source of facts.

Written blind on 2026-11-26 by a helper who did not read the reader (no code under shared/domain/reading,
scripts or cli was opened, no other eval set's articles or labels were read, and neither eval nor the CLI was run).

## Files
Same layout as `/work/shared/eval/dev`: `watchlist.yaml`, `articles/NNN.json`, `feeds/<outlet>.xml` (RSS 2.0,
one per outlet), `labels.json`. `build.py` generates every file from the data inside it and validates the result
(`python3 build.py`).

## Counts
COUNTS

## Duplicates
Two stories appear twice on the same day from different outlets, lightly reworded, with identical claims:
003/004 (first Biden-McCarthy meeting, no shift) and 021/022 (Biden in Hiroshima; 021 is a shift article, 022 must
not alert again). Both copies carry identical quote strings.

## Hard cases included
- Double negatives meaning `support`: "would not agree to lift the limit unless it came with curbs" (001, support for
  caps: the caps are the condition, not the proposition); "would not agree to a deal that lacked work requirements" (017);
  "would not put a clean increase on the House floor" (009, support for the White House dropping its clean demand).
- Negation of the give-up verb: the White House "denied ... that Biden had dropped his demand for a clean increase" (016) is a restated `oppose`.
- Give-up-verb issue (`wh-drops-clean-demand`): rejecting a clean increase or telling Biden to negotiate = `support`;
  demanding "no conditions" = `oppose`.
- Conditionals: "open to ... provided they did not apply to Medicaid" (017), "but only if Republicans also accepted
  measures to raise revenue" (021/022), "acceptable because they came with new exemptions" (026), permitting reform
  "as long as it also sped up ... transmission lines" (008).
- "Only if it came with those caps" from the Freedom Caucus (007) is `support` for caps, not `conditional`.
- Faction opposing the deal but not the proposition: the Freedom Caucus votes against the deal (027) because its caps
  are too weak; its stance on `spending-caps` stays `support`.
- Reported only (`attributed: false`): people familiar with the talks on the White House offer (024); narration
  "who wants spending capped" (012), "which wants the House bill's caps kept intact" (019).
- Places and name collisions with no stance: the White House / Oval Office / West Wing as venues (003, 004, 014, 015,
  023, 030), the Capitol, Wall Street and the New York Stock Exchange (002, 009), "Treasury bills" yields (002, 014, 031),
  Hiroshima (019, 020), Yellen's X-date letters (001, 014), "the Speaker's office" as a place (013).
- Declined to say: McCarthy's spokesman (002), Yellen on prioritising payments (014), Biden on a spending cap (018), on the 14th Amendment (021/022).
- Analysts' guesses: 002, 012, 014, 018 (White House "would probably accept clawing back unspent Covid money"), 031.
- Untracked people/factions: Ralph Norman, Matt Gaetz, Andy Biggs, Tim Burchett, "Four Republicans", "71 Republicans
  and 46 Democrats", Hakeem Jeffries, Joe Manchin, Susan Collins, Lindsey Graham, Tim Kaine, Bernie Sanders, Fitch.
- Pronouns: "He said ..." / "She added ..." carry McCarthy's, Perry's, Jean-Pierre's and Biden's positions (007, 008, 009, 013, 021).
- Background past positions with no claim: "who for months had demanded an increase with no strings" (029),
  "The White House had spent months insisting on an increase with no strings" (031).

## Known judgement calls
- 021/022: Biden's offer to "hold spending flat as part of an agreement with the Speaker, but only if" Republicans
  accept revenue measures is labelled `conditional` both on `spending-caps` and on `wh-drops-clean-demand` (same
  quote). A reader could keep `wh-drops-clean-demand` at `oppose` (he does not say the limit itself needs conditions)
  or read the caps offer as a "separate budget" offer; the label follows the words "as part of an agreement with the Speaker".
- 021/022: "would not agree to a deal that protected wealthy tax cheats while putting food assistance at risk" is
  labelled `oppose` on `work-requirements` because the article explicitly ties it to the Republican SNAP work rules.
- 026: Young calls the SNAP changes "acceptable because they came with new exemptions" -> `conditional`, not `support`:
  the acceptance is explicitly tied to the exemptions and the sunset. A reader could say `support`.
- 025: Biden urging passage of a bill that pairs the suspension with spending limits is `support` on both caps and
  `wh-drops-clean-demand` (his own statement says he agreed to the pairing).
- 029: Schumer saying accepting the limits "was the only responsible path left" is `support` on caps (shift) and a
  first observation `support` on `wh-drops-clean-demand` (Senate Democrats have no baseline or earlier label on that
  issue, so no shift). A reader could leave the second claim out.
- 015: Schumer's remarks after the May 9 meeting carry no stance on a tracked issue (no claim).
- 014: Yellen asking Congress to "act as soon as possible" says nothing about conditions: no claim on the clean demand.
- 018: Biden "declined to say whether he would accept a cap" gets no claim; the analysts' guess on the Covid
  clawback gets none either.
- 027: Chip Roy's Rules Committee vote against the bill is an act on the deal, not on any tracked issue, so no claim;
  Perry's "still wanted the ten-year caps" is labelled `support` on caps.
- 028: House Republicans' stance on `permitting-reform` comes from McCarthy praising shorter environmental reviews.
  The Progressive Caucus statement is labelled `oppose` on permitting reform; it objects to the pipeline and weaker reviews in the debt bill.
- 024: the White House offer reported by "two people familiar with the talks" is `conditional`, `attributed: false`
  (it does not move the prevailing stance, which is already conditional from 021).
- 030: Biden saying the agreement "cut spending" is a restated `support` on caps (no shift).
- Ralph Norman (007, 027) is a Freedom Caucus member but not its chair or spokesman: no claim for `freedom-caucus`.
  Only Perry (chair), Roy, and the caucus acting as a group are treated as the actor.
- Shalanda Young and Jean-Pierre speak for `white-house`; an unnamed "White House official" (020) says nothing on an issue.
"""


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))
    recs = []
    for a in A:
        d = a["published"][:10].replace("-", "/")
        url = f"https://example.org/{a['outlet']}/{d}/{a['slug']}"
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url,
               "title": a["title"], "text": a["text"]}
        recs.append((a, rec))
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = [r for a, r in recs if a["outlet"] == slug]
        last = max(i["published"] for i in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch us-debt-ceiling-2023 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(last)}</lastBuildDate>']
        for r in sorted(items, key=lambda r: r["published"], reverse=True):
            out += ['    <item>', f'      <title>{escape(r["title"])}</title>', f'      <link>{escape(r["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(r["url"])}</guid>', f'      <pubDate>{rfc822(r["published"])}</pubDate>',
                    f'      <description>{escape(r["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w") as fh:
            fh.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A}
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS, "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as fh:
        fh.write(WATCHLIST)
    return recs, labels


def validate(recs, labels):
    errs = []
    actors = set(re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .*\n    aliases", WATCHLIST, re.M))
    issues = set(re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .*\n    description", WATCHLIST, re.M))
    assert len(actors) == 6 and len(issues) == 5, (actors, issues)
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", WATCHLIST)}
    texts = {r["id"]: r["text"] for _, r in recs}
    ids = sorted(texts)
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if ids != files or ids != sorted(labels["claims"]):
        errs.append("ids/files/claims mismatch")
    pubs = [r["published"] for _, r in sorted(recs, key=lambda x: x[1]["id"])]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    for _, r in recs:
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{r['id']}: {n} words")
        if not re.match(r"^[A-Z][A-Z .]+, [A-Z][a-z]{2,4} \d{1,2} \(" + re.escape(r["source"]) + r"\) - ", r["text"]):
            errs.append(f"{r['id']}: bad dateline")
    for aid, cl in labels["claims"].items():
        for c in cl:
            if c["quote"] not in texts[aid]:
                errs.append(f"{aid}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{aid}: quote > 15 words")
            if c["actor"] not in actors or c["issue"] not in issues or c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{aid}: bad actor/issue/stance {c}")
    # replay: the shifts must be exactly the changes of the last attributed stance
    prev = dict(baseline)
    derived = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"] and not any(d[4] == aid and d[:2] == k for d in derived):
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    # duplicate copies (022, 004) restate the original, so drop derived shifts there
    derived = [d for d in derived if d[4] not in ("004", "022")]
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(want):
        errs.append(f"shift replay mismatch:\n derived={derived}\n labelled={want}")
    # the duplicate copies carry identical claims
    for a, b in (("003", "004"), ("021", "022")):
        if [(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a]] != [(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b]]:
            errs.append(f"duplicate claims differ {a}/{b}")
    return errs


if __name__ == "__main__":
    recs, labels = build()
    errs = validate(recs, labels)
    allc = [c for cl in labels["claims"].values() for c in cl]
    st = {s: sum(1 for c in allc if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    empty = [k for k, v in labels["claims"].items() if not v]
    counts = (f"- {len(recs)} articles from {len(OUTLETS)} fictional outlets ({', '.join(OUTLETS)}), 2023-01-13 to 2023-06-05.\n"
              f"- 6 actors, 5 issues, {WATCHLIST.count('{actor:')} baseline entries.\n"
              f"- {len(allc)} claims: {st['support']} support, {st['oppose']} oppose, {st['conditional']} conditional; "
              f"{sum(1 for c in allc if not c['attributed'])} attributed: false.\n"
              f"- {len(labels['shifts'])} shifts in {len({s['article'] for s in labels['shifts']})} articles "
              f"({', '.join(sorted({s['article'] for s in labels['shifts']}))}); {len(labels['no_alert_articles'])} no-alert articles.\n"
              f"- Articles with no claims: {', '.join(empty)}.")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(README.replace("COUNTS", counts))
    print(counts)
    if errs:
        print("VALIDATION ERRORS:")
        print("\n".join(errs))
        raise SystemExit(1)
    print("validation OK")
