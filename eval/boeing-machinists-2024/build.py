#!/usr/bin/env python3
"""Build and validate the boeing-machinists-2024 labelled timeline.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json
next to this file from the data below, then validates everything (quotes are
exact substrings, ids match files, actors/issues exist in watchlist.yaml,
JSON parses, feeds pass `xmllint --noout` when xmllint is installed).

Usage: python3 build.py
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
    "cascade-wire": "Cascade Wire",
    "sound-ledger": "Sound Ledger",
    "northline-post": "Northline Post",
    "tarmac-daily": "Tarmac Daily",
}

# (id, published UTC, outlet, slug, title, text, claims)
# claim = (actor, issue, stance, quote, attributed)
ARTICLES = [
    ("001", "2024-09-08T22:30:00Z", "cascade-wire", "boeing-machinists-reach-tentative-deal",
     "Boeing and machinists reach tentative deal with 25% raise",
     """SEATTLE, Sept 8 (Cascade Wire) - Boeing and the union representing about 33,000 machinists in the Seattle area announced a tentative four-year contract on Sunday that would raise wages by 25% and commit the planemaker to build its next commercial jet in the Puget Sound region.

Jon Holden, president of the International Association of Machinists District 751, said the agreement was the best contract the union had negotiated in its history and that the bargaining committee recommended members approve it. A ratification vote is set for Thursday, the same day members will also vote on whether to strike.

Stephanie Pope, chief executive of Boeing Commercial Airplanes, said in a message to employees that the deal reflected months of listening and urged workers to support it.

The proposal does not bring back the defined-benefit pension that machinists lost in a 2014 contract extension, and it falls well short of the 40% raise the union had sought at the start of talks. Some members posted angry comments on social media within hours of the announcement, and several shop stewards said they expected a difficult vote.""",
     [("iam", "accept-contract-offer", "support", "the bargaining committee recommended members approve it", True),
      ("boeing", "accept-contract-offer", "support", "urged workers to support it", True)]),

    ("002", "2024-09-10T17:45:00Z", "tarmac-daily", "machinists-rally-against-deal",
     "Machinists rally against Boeing deal days before vote",
     """EVERETT, Wash., Sept 10 (Tarmac Daily) - Hundreds of Boeing machinists rallied outside the company's widebody factory in Everett on Tuesday, chanting for a strike and waving signs demanding the return of their pension, two days before a vote on a tentative contract their own leaders have endorsed.

Many of the workers said the 25% raise over four years did not make up for a decade of wage restraint and rising housing costs in the Seattle area. Several said they would vote no and strike unless the company restored the defined-benefit plan.

Jon Holden, the local union president, told reporters he understood the frustration but continued to stand behind the deal. He said it was the strongest agreement the union could win without a strike, and that members would have the final say. Asked whether he expected it to pass, he declined to say.

Boeing declined to comment on the rally. The company has said repeatedly over the past decade that the pension is too costly to bring back.

Analysts at several banks said a strike lasting a month could cost Boeing more than $1 billion in cash, though they cautioned that such estimates were rough.""",
     [("iam", "accept-contract-offer", "support", "continued to stand behind the deal", True),
      ("boeing", "restore-pension", "oppose", "the pension is too costly to bring back", True)]),

    ("003", "2024-09-11T09:20:00Z", "northline-post", "oleary-urges-machinists-back-contract",
     "Ryanair's O'Leary urges Boeing machinists to back contract",
     """DUBLIN, Sept 11 (Northline Post) - Ryanair chief executive Michael O'Leary said on Wednesday he hoped Boeing's machinists would approve their tentative contract, warning that a strike would push back deliveries of 737 MAX jets the Irish airline is counting on for next summer.

O'Leary, speaking to reporters in Dublin, said the pay offer looked fair to him and that a walkout was the last thing Boeing or its customers needed after a difficult year. He said Ryanair was already due to receive fewer aircraft than it had ordered because of production problems at the planemaker.

Boeing's output of the 737 MAX remains capped by the Federal Aviation Administration at 38 jets a month, a limit imposed after a door panel blew off an Alaska Airlines jet in January. The FAA has said the cap will stay in place for the foreseeable future.

Ryanair, Boeing's largest European customer for the MAX, has repeatedly criticised the planemaker's management this year. O'Leary declined to say whether Ryanair would seek compensation for any further delays.""",
     [("ryanair", "accept-contract-offer", "support", "he hoped Boeing's machinists would approve their tentative contract", True),
      ("faa", "lift-737-cap", "oppose", "the cap will stay in place for the foreseeable future", True)]),

    ("004", "2024-09-13T04:10:00Z", "cascade-wire", "machinists-reject-contract-vote-to-strike",
     "Boeing machinists reject contract, vote to strike",
     """SEATTLE, Sept 12 (Cascade Wire) - Boeing's Seattle-area machinists overwhelmingly rejected a tentative contract on Thursday and voted to go on strike from midnight, halting production of the company's best-selling 737 MAX jet.

The International Association of Machinists said 94.6% of members who voted turned down the deal, and 96% backed a strike, well above the two-thirds needed. "We strike at midnight," District 751 President Jon Holden told members at a union hall in Seattle after the results were read out.

Holden said members had spoken and that the union would now go back to the company with their priorities, which he said included higher pay and the return of the pension.

Boeing said in a statement that the message from its employees was clear and that it remained committed to resetting its relationship with workers and the union. It said it was ready to get back to the table to reach a new agreement.

The walkout is the first at Boeing since 2008, when machinists stayed out for 57 days.""",
     [("iam", "accept-contract-offer", "oppose", "94.6% of members who voted turned down the deal", True),
      ("iam", "restore-pension", "support", "which he said included higher pay and the return of the pension", True),
      ("boeing", "resume-talks", "support", "It said it was ready to get back to the table", True)]),

    ("005", "2024-09-13T06:25:00Z", "sound-ledger", "machinists-walk-out-after-rejecting-deal",
     "Machinists walk out at Boeing after rejecting 25% deal",
     """SEATTLE, Sept 13 (Sound Ledger) - About 33,000 Boeing machinists in Washington state and Oregon walked off the job early on Friday after 94.6% of voting members rejected a tentative contract, the International Association of Machinists said.

Members also voted 96% in favour of a strike. "We strike at midnight," Jon Holden, president of IAM District 751, told cheering members after the tally, adding that the union would return to Boeing with the members' priorities, among them better pay and the pension's return.

Boeing said the message from employees was clear and that it was ready to get back to the table to reach a new deal. The company called resetting its relationship with workers and the union a priority.

The strike stops work at the 737 MAX plant in Renton and the widebody factory in Everett. It is the machinists' first walkout since a 57-day strike in 2008, and it comes as the company's new chief executive, Kelly Ortberg, is trying to restore confidence after a year of safety and quality problems.""",
     [("iam", "accept-contract-offer", "oppose", "94.6% of voting members rejected a tentative contract", True),
      ("iam", "restore-pension", "support", "among them better pay and the pension's return", True),
      ("boeing", "resume-talks", "support", "it was ready to get back to the table to reach a new deal", True)]),

    ("006", "2024-09-14T15:00:00Z", "northline-post", "ortberg-wants-return-to-talks",
     "Ortberg says Boeing wants to return to talks as strike enters second day",
     """SEATTLE, Sept 14 (Northline Post) - Boeing Chief Executive Kelly Ortberg said on Saturday the company was committed to reaching a new agreement with striking machinists as quickly as possible and wanted to resume negotiations.

In a message to staff, Ortberg, who took over the planemaker in August, said the walkout put the company's recovery at risk and that management would soon announce steps to preserve cash. He did not say what those steps would be.

Washington Governor Jay Inslee said in a statement that he had spoken with both sides and urged them to get back to the bargaining table, saying a fair deal was in the interest of workers, the company and the state's economy.

Union officials said they were waiting to hear from federal mediators about a date for new talks. Picket lines went up at gates in Renton, Everett and Auburn, where strikers kept fires burning in barrels overnight.

Credit rating agencies said a long strike could push Boeing's debt closer to junk status, though none has yet taken action.""",
     [("boeing", "resume-talks", "support", "wanted to resume negotiations", True),
      ("washington-state", "resume-talks", "support", "urged them to get back to the bargaining table", True),
      ("iam", "resume-talks", "support", "waiting to hear from federal mediators about a date for new talks", True)]),

    ("007", "2024-09-17T20:00:00Z", "sound-ledger", "boeing-machinists-meet-federal-mediators",
     "Boeing, machinists meet with federal mediators",
     """SEATTLE, Sept 17 (Sound Ledger) - Boeing and the machinists' union held their first talks since the strike began on Tuesday, meeting with the Federal Mediation and Conciliation Service in Seattle.

Both sides agreed to the session, which the union described as a first step. Jon Holden said negotiators would press for a larger raise and the restoration of the pension, and that any new offer would have to reflect what members had told the union. He said he would not bring back an offer that members had already rejected.

Boeing said it was participating in the talks in good faith and looked forward to reaching a deal. The company did not comment on the pension.

Federal mediators do not publicly discuss the substance of talks. A spokesperson said only that the parties had agreed to meet again on Wednesday.

Separately, the company said it was considering temporary furloughs for thousands of non-union employees, including executives, to conserve cash during the stoppage.""",
     [("iam", "resume-talks", "support", "Both sides agreed to the session", True),
      ("boeing", "resume-talks", "support", "it was participating in the talks in good faith", True),
      ("iam", "restore-pension", "support", "press for a larger raise and the restoration of the pension", True),
      ("iam", "accept-contract-offer", "oppose", "would not bring back an offer that members had already rejected", True)]),

    ("008", "2024-09-18T23:30:00Z", "tarmac-daily", "boeing-to-furlough-tens-of-thousands",
     "Boeing to furlough tens of thousands as strike drags on",
     """SEATTLE, Sept 18 (Tarmac Daily) - Boeing said on Wednesday it would begin temporary furloughs for tens of thousands of employees and managers, including executives, freezing hiring and cutting supplier spending to preserve cash during the machinists' strike.

Stephanie Pope, head of the commercial airplanes unit, said in a memo to staff that the company would place many U.S.-based executives, managers and employees on leave for one week in every four for as long as the strike lasted. Chief Executive Kelly Ortberg and his leadership team will take a pay cut for the same period.

Pope wrote that the company was in a difficult business environment, adding that it remained committed to reaching an agreement that addressed employee concerns.

The machinists' union said the furloughs were an attempt to pressure strikers and would not work. A union spokesperson said members were determined to win back the pension they gave up in 2014.

Talks with federal mediators ended on Wednesday without an agreement, and no new session has been scheduled.""",
     [("iam", "restore-pension", "support", "members were determined to win back the pension they gave up in 2014", True)]),

    ("009", "2024-09-23T16:00:00Z", "cascade-wire", "boeing-best-and-final-offer",
     "Boeing makes 'best and final' 30% offer to striking machinists",
     """SEATTLE, Sept 23 (Cascade Wire) - Boeing on Monday offered striking machinists a 30% raise over four years and the return of an annual incentive bonus, calling the package its best and final offer and asking the union to put it to a vote by Friday.

The offer would also double a ratification bonus to $6,000 and raise the company's contributions to workers' 401(k) savings plans, but it would not reinstate the defined-benefit pension. Boeing said restoring the pension was not on the table because of its cost and the company's financial condition.

Stephanie Pope said in a video message that the proposal delivered meaningful gains and that she hoped employees would accept it and return to work. The company said the union's demand for a 40% raise was more than Boeing could afford while remaining competitive.

The International Association of Machinists said Boeing had made the offer directly to members and to the media without negotiating it with the union's bargaining committee. It did not immediately say whether it would schedule a vote.""",
     [("boeing", "accept-contract-offer", "support", "she hoped employees would accept it and return to work", True),
      ("boeing", "restore-pension", "oppose", "restoring the pension was not on the table", True),
      ("boeing", "iam-drops-40pct-raise", "support", "the union's demand for a 40% raise was more than Boeing could afford", True)]),

    ("010", "2024-09-25T01:30:00Z", "sound-ledger", "union-will-not-put-offer-to-vote",
     "Machinists' union will not put Boeing's offer to a vote",
     """SEATTLE, Sept 24 (Sound Ledger) - The machinists' union said on Tuesday it would not hold a vote on Boeing's latest contract offer, after a survey of members showed the 30% raise was not enough to end a strike now in its twelfth day.

IAM District 751 told members in a message that the company's offer did not meet their priorities and that the bargaining committee would not ask them to vote on it before Friday's deadline. Union leaders said they wanted Boeing to return to negotiations instead of making offers through the press.

Jon Holden said the union had not dropped its call for a 40% raise and that the pension remained at the centre of what members wanted. He accused the company of trying to go around the union and said members had seen through it.

Boeing said it was disappointed and that the offer had been a significant improvement. The company did not say whether it would improve it further.""",
     [("iam", "accept-contract-offer", "oppose", "it would not hold a vote on Boeing's latest contract offer", True),
      ("iam", "resume-talks", "support", "they wanted Boeing to return to negotiations", True),
      ("iam", "iam-drops-40pct-raise", "oppose", "the union had not dropped its call for a 40% raise", True),
      ("iam", "restore-pension", "support", "the pension remained at the centre of what members wanted", True)]),

    ("011", "2024-09-30T18:00:00Z", "northline-post", "alaska-airlines-trims-growth-plans",
     "Alaska Airlines trims plans for new jets as Boeing strike drags on",
     """SEATTLE, Sept 30 (Northline Post) - Alaska Airlines said on Monday it was adjusting its growth plans for next year because the strike at Boeing's Renton factory will delay deliveries of 737 MAX jets, the only mainline aircraft type it flies.

Chief Executive Ben Minicucci told an investor event that the carrier could absorb a delay of a few months but hoped the dispute would be settled soon. Asked whether Boeing should improve its offer to the union, he declined to say, adding that it was not the airline's place to take sides in a labour dispute.

The airline, which is based in Seattle, recently completed its takeover of Hawaiian Airlines. Its cargo and passenger flights to small communities across the state of Alaska are not affected by the stoppage.

Analysts at one brokerage said Alaska might have to keep older aircraft flying longer next summer if the strike lasts into November, a scenario the airline did not comment on.""",
     []),

    ("012", "2024-10-02T00:30:00Z", "tarmac-daily", "boeing-accuses-union-bad-faith",
     "Boeing accuses union of bargaining in bad faith",
     """SEATTLE, Oct 1 (Tarmac Daily) - Boeing filed an unfair labour practice charge with the National Labor Relations Board on Tuesday, accusing the machinists' union of failing to bargain in good faith and of misrepresenting the company's offer to its members.

In the filing, the company said union negotiators had refused to respond to its proposals with counteroffers and had not put its 30% offer to a vote. Boeing said it still believed the offer was fair and that members should have had the chance to decide on it.

The International Association of Machinists called the charge a stunt. Jon Holden said the union had been ready to meet all along and was willing to sit down with the company at any time. He said the union would not be bullied into a deal.

The NLRB said it would review the filing, which could take weeks. Talks are due to resume next week with federal mediators, the two sides said late on Tuesday.""",
     [("boeing", "accept-contract-offer", "support", "Boeing said it still believed the offer was fair", True),
      ("iam", "resume-talks", "support", "was willing to sit down with the company at any time", True),
      ("boeing", "resume-talks", "support", "Talks are due to resume next week with federal mediators", True)]),

    ("013", "2024-10-08T03:00:00Z", "cascade-wire", "boeing-machinists-return-to-table",
     "Boeing and machinists return to table with federal mediators",
     """SEATTLE, Oct 7 (Cascade Wire) - Negotiators for Boeing and its striking machinists resumed talks on Monday for the first time in nearly three weeks, meeting with federal mediators at a hotel near Seattle-Tacoma International Airport.

Both sides said before the session that they hoped to make progress, but neither signalled a change in position. The union has asked for a 40% raise over four years and the pension, while Boeing's last offer stood at 30% with no pension.

A union spokesperson said the bargaining committee came prepared to negotiate. Boeing said in a short statement that it wanted an agreement that would end the strike.

The talks are scheduled to continue on Tuesday. The strike has halted production of the 737 MAX, 767 and 777 jets and is costing the company tens of millions of dollars a day, according to analysts, who warned that credit rating agencies could soon act.

In Washington, officials at the Labor Department said they were following the talks closely but would not comment on them.""",
     [("iam", "resume-talks", "support", "the bargaining committee came prepared to negotiate", True),
      ("boeing", "resume-talks", "support", "Both sides said before the session that they hoped to make progress", True),
      ("iam", "iam-drops-40pct-raise", "oppose", "The union has asked for a 40% raise over four years and the pension", False),
      ("iam", "restore-pension", "support", "The union has asked for a 40% raise over four years and the pension", False)]),

    ("014", "2024-10-09T06:00:00Z", "sound-ledger", "boeing-withdraws-offer-talks-collapse",
     "Boeing withdraws offer as talks with striking machinists collapse",
     """SEATTLE, Oct 8 (Sound Ledger) - Boeing withdrew its contract offer to striking machinists on Tuesday after two days of talks with federal mediators ended without a deal, and said there was no point in negotiating further for now.

Stephanie Pope said in a statement that the union had made non-negotiable demands far in excess of what the company could accept if it was to remain competitive. "Given this position, further negotiations do not make sense at this point," she said, adding that the 30% offer was off the table.

The International Association of Machinists said Boeing had refused to move on the pension or on pay and had walked away. Jon Holden said the union had come to the talks ready to compromise and that the company had not been willing to do the same.

Neither side said when talks might restart. The strike, now in its fourth week, has shut the factories that build most of Boeing's commercial jets.

The union did not say which of its demands it had been prepared to scale back.""",
     [("boeing", "resume-talks", "oppose", "further negotiations do not make sense at this point", True),
      ("boeing", "iam-drops-40pct-raise", "support", "non-negotiable demands far in excess of what the company could accept", True),
      ("boeing", "restore-pension", "oppose", "Boeing had refused to move on the pension", False)]),

    ("015", "2024-10-10T19:00:00Z", "northline-post", "su-urges-return-to-talks",
     "Labor secretary urges Boeing and union to return to talks",
     """WASHINGTON, Oct 10 (Northline Post) - Acting Labor Secretary Julie Su said on Thursday she had been in contact with Boeing and the machinists' union and urged both to get back to the negotiating table after talks broke down this week.

Su told reporters the administration was not taking sides but that a negotiated settlement was the only way to end a strike that was hurting workers, their families and the supply chain. She said the Labor Department was ready to help in any way the parties wanted.

Washington Governor Jay Inslee also called on the company to resume bargaining, saying in Olympia that walking away from talks would not bring the planes back into production.

Boeing did not respond to requests for comment on whether it would return to the table. The union said it was ready to meet at any time.

Some labour experts said the administration was unlikely to intervene more directly, for example by seeking a court order, because the strike did not threaten national security.""",
     [("labor-dept", "resume-talks", "support", "urged both to get back to the negotiating table", True),
      ("washington-state", "resume-talks", "support", "called on the company to resume bargaining", True),
      ("iam", "resume-talks", "support", "The union said it was ready to meet at any time.", True)]),

    ("016", "2024-10-12T00:40:00Z", "tarmac-daily", "boeing-to-cut-10-percent-of-workforce",
     "Boeing to cut 10% of workforce, delays 777X as strike bites",
     """SEATTLE, Oct 11 (Tarmac Daily) - Boeing will cut about 17,000 jobs, or 10% of its global workforce, over the coming months and has pushed the first delivery of its 777X jet back to 2026, Chief Executive Kelly Ortberg told employees on Friday.

Ortberg said in a memo that the company had to reset its workforce to match its financial reality. He said the cuts would include executives, managers and employees, and that Boeing would also stop building the commercial 767 freighter in 2027 after filling its current orders.

The planemaker expects to book pre-tax charges of about $5 billion in its commercial and defence units for the third quarter, partly because of the strike, which Ortberg said had put the company's recovery in jeopardy.

The memo did not mention the negotiations. Some analysts said the timing looked intended to put pressure on the union, while others said the cuts had been planned for months and were driven by years of losses.

The machinists' union did not comment on Friday evening.""",
     []),

    ("017", "2024-10-12T02:15:00Z", "cascade-wire", "boeing-plans-17000-job-cuts",
     "Boeing plans 17,000 job cuts, pushes 777X to 2026",
     """SEATTLE, Oct 11 (Cascade Wire) - Boeing plans to lay off about 10% of its workforce, roughly 17,000 people, and now expects to deliver its first 777X in 2026, a year later than planned, Chief Executive Kelly Ortberg said in a message to staff on Friday.

The company must reset its workforce levels to align with its financial reality, Ortberg wrote. Executives, managers and employees will all be affected, he said, and Boeing will end production of the commercial 767 freighter in 2027.

Boeing said it expects pre-tax charges of roughly $5 billion across its commercial and defence businesses in the third quarter, in part because of the month-old strike.

Ortberg did not refer to the talks with the union. Some analysts read the announcement as a pressure tactic on strikers, but others said the job cuts had been in the works for months.

The union did not respond to a request for comment.""",
     []),

    ("018", "2024-10-15T01:30:00Z", "sound-ledger", "boeing-agrees-to-resume-talks-su-in-seattle",
     "Boeing agrees to resume talks as Labor secretary flies to Seattle",
     """SEATTLE, Oct 14 (Sound Ledger) - Boeing and the machinists' union agreed on Monday to resume negotiations with the help of acting Labor Secretary Julie Su, who flew to Seattle to meet both sides less than a week after talks collapsed.

The company said it would take part in the talks in the hope of reaching an agreement that would allow employees to return to work. It was the first time Boeing had agreed to meet since it withdrew its offer on Oct. 8.

Su met separately with Kelly Ortberg and with union leaders, according to people familiar with the meetings. She said in a statement that she would stay as long as she was useful and that both parties owed it to workers to find a deal.

Jon Holden told members the union was going back in with the same priorities it had on the day the strike began. He did not say whether the union had softened any of its demands, and the union declined to say whether it would accept less than 40%.""",
     [("boeing", "resume-talks", "support", "The company said it would take part in the talks", True),
      ("iam", "resume-talks", "support", "agreed on Monday to resume negotiations", True),
      ("labor-dept", "resume-talks", "support", "both parties owed it to workers to find a deal", True)]),

    ("019", "2024-10-17T18:00:00Z", "northline-post", "faa-chief-says-737-cap-stays",
     "FAA chief says 737 MAX cap stays as strike halts output",
     """WASHINGTON, Oct 17 (Northline Post) - Federal Aviation Administration chief Mike Whitaker said on Thursday the agency would keep its 38-a-month cap on Boeing 737 MAX production in place, and would watch closely when the planemaker restarts its factories after the machinists' strike.

Whitaker told reporters that restarting a production line after weeks of idleness carried risks and that FAA inspectors would be on the factory floors in Renton. He said the agency had no plans to approve a higher production rate soon and that any request would be judged on safety data, not on the company's schedule.

Boeing had been producing well below the cap even before the strike. Kelly Ortberg has said the company will only seek to go above 38 a month once its quality and supply chain are stable.

Alaska Airlines, whose jet lost a door plug in January and prompted the cap, has said it supports the FAA's tougher oversight. A spokesperson declined to comment on the strike.""",
     [("faa", "lift-737-cap", "oppose", "the agency had no plans to approve a higher production rate soon", True),
      ("boeing", "lift-737-cap", "conditional", "go above 38 a month once its quality and supply chain are stable", True)]),

    ("020", "2024-10-20T03:00:00Z", "cascade-wire", "boeing-union-reach-35-percent-proposal",
     "Boeing, union reach proposal with 35% raise; members to vote Wednesday",
     """SEATTLE, Oct 19 (Cascade Wire) - Boeing and the machinists' union reached a negotiated proposal on Saturday that would raise wages by 35% over four years, and union members will vote on it on Wednesday, the International Association of Machinists said.

The offer, worked out with the help of acting Labor Secretary Julie Su, includes a $7,000 ratification bonus, restores an annual incentive payment and increases the company's 401(k) contributions. It does not bring back the defined-benefit pension, which Boeing has said it cannot afford.

IAM District 751 said in a message to members that the proposal was worthy of their consideration and should be put to a vote, but the union stopped short of recommending it. Jon Holden said members would decide and that the bargaining committee had pushed the company as far as it could.

Boeing said it looked forward to members voting on the proposal and hoped they would approve it.

Su said the proposal reflected hard work on both sides. She declined to say whether members should approve it.""",
     [("iam", "accept-contract-offer", "conditional", "the proposal was worthy of their consideration", True),
      ("boeing", "accept-contract-offer", "support", "hoped they would approve it", True),
      ("boeing", "restore-pension", "oppose", "which Boeing has said it cannot afford", True)]),

    ("021", "2024-10-21T22:00:00Z", "tarmac-daily", "striking-machinists-split-over-offer",
     "Striking machinists split over Boeing's 35% offer",
     """RENTON, Wash., Oct 21 (Tarmac Daily) - On picket lines outside Boeing's 737 factory on Monday, striking machinists were divided over whether to accept the company's latest offer, with some saying it was time to go back and others vowing to hold out for their pension.

Several workers with more than 20 years at Boeing said the 35% raise was not enough after a decade of small increases, while younger members said they could not afford more weeks without pay. The union's strike pay of $250 a week began in the strike's third week.

A group of members calling itself the Rank and File Committee urged a no vote, saying the union should demand the full 40% and the pension. Union leaders have said the offer deserves a vote but have not told members how to vote, and have kept their distance from the group.

Analysts said the outcome was hard to call and that a rejection could keep the factories idle into December. Boeing declined to comment on the vote.""",
     [("iam", "accept-contract-offer", "conditional", "Union leaders have said the offer deserves a vote", True)]),

    ("022", "2024-10-23T19:30:00Z", "sound-ledger", "ortberg-culture-change-vote-looms",
     "Ortberg tells investors Boeing needs culture change as strike vote looms",
     """SEATTLE, Oct 23 (Sound Ledger) - Boeing Chief Executive Kelly Ortberg told investors on Wednesday the company needed a fundamental change in its culture, as it reported a quarterly loss of more than $6 billion hours before striking machinists were due to finish voting on a new contract.

Ortberg said he hoped the members would approve the proposal so the company could restart its factories, which have been idle for six weeks. He said the offer was a good one that gave employees a significant raise.

On production, Ortberg said Boeing would not rush the restart and would ask the Federal Aviation Administration to lift its cap on 737 MAX output only when the factory was running smoothly at 38 jets a month.

He said the company was also looking at selling parts of the business and had started a process to raise capital. Boeing shares rose slightly in early trading.

Analysts asked repeatedly about a possible rejection. Ortberg declined to say what the company would do if members voted no.""",
     [("boeing", "accept-contract-offer", "support", "he hoped the members would approve the proposal", True),
      ("boeing", "lift-737-cap", "conditional", "only when the factory was running smoothly at 38 jets a month", True)]),

    ("023", "2024-10-24T04:30:00Z", "cascade-wire", "machinists-reject-35-percent-offer",
     "Boeing machinists reject 35% offer, extend strike",
     """SEATTLE, Oct 23 (Cascade Wire) - Boeing's striking machinists voted on Wednesday to reject the company's latest contract proposal, extending a six-week walkout that has halted most of the planemaker's jet production.

The International Association of Machinists said 64% of members who voted turned down the offer, which included a 35% pay rise over four years but did not restore the pension. Jon Holden told members at the union hall that they had sent a clear message.

Holden said the union would look for a way to get back to the table quickly. He said members had voted against a contract that did too little to make up for what they had lost in the past decade, above all the pension.

Boeing did not immediately comment. Kelly Ortberg had said earlier in the day that he hoped members would approve the deal.

The vote came hours after Boeing reported a quarterly loss of more than $6 billion, and it leaves the company facing weeks more without income from most of its jet deliveries.""",
     [("iam", "accept-contract-offer", "oppose", "64% of members who voted turned down the offer", True),
      ("iam", "resume-talks", "support", "the union would look for a way to get back to the table quickly", True),
      ("iam", "restore-pension", "support", "what they had lost in the past decade, above all the pension", True)]),

    ("024", "2024-10-25T17:00:00Z", "northline-post", "su-returns-to-seattle",
     "Su returns to Boeing talks after machinists' second rejection",
     """SEATTLE, Oct 25 (Northline Post) - Acting Labor Secretary Julie Su was back in Seattle on Friday to meet Boeing and the machinists' union, two days after members rejected a second contract offer, according to a Labor Department official.

The official said Su wanted the two sides to resume talks quickly and believed a deal could still be reached. Su has not commented publicly since the vote.

The union said it was ready to talk. Jon Holden told a local radio station that members were not asking for anything unreasonable and that the pension was still a goal. He said the union was willing to look at other ways of improving retirement security if Boeing would not budge on the defined-benefit plan, such as bigger 401(k) contributions.

Boeing said it was assessing the outcome of the vote. Several analysts said the company might sweeten the signing bonus rather than raise wages further, though the company has not said so.

Governor Jay Inslee, in his final months in office, said he hoped for a quick resolution and declined to take sides.""",
     [("labor-dept", "resume-talks", "support", "Su wanted the two sides to resume talks quickly", True),
      ("iam", "resume-talks", "support", "The union said it was ready to talk.", True),
      ("iam", "restore-pension", "conditional", "willing to look at other ways of improving retirement security", True)]),

    ("025", "2024-10-28T10:00:00Z", "tarmac-daily", "oleary-says-strike-will-cut-growth",
     "Ryanair's O'Leary says Boeing strike will cut into next summer's growth",
     """DUBLIN, Oct 28 (Tarmac Daily) - Ryanair Chief Executive Michael O'Leary said on Monday the strike at Boeing would probably delay some of the 737 MAX jets still due before next summer, and he urged the machinists to take the company's offer and return to work.

O'Leary said the 35% raise that members rejected last week was a very good offer by any standard and that he struggled to understand why they had turned it down. He said Ryanair would trim its growth target for the year to March 2026 if the aircraft did not arrive.

He added that he had spoken with Boeing's new management and believed Kelly Ortberg was making the right changes, but that the planemaker had to get its factories going again.

The Irish carrier, which flies only Boeing jets, has had to trim schedules this year because of earlier delivery delays. O'Leary declined to say whether Ryanair had considered ordering from Airbus.""",
     [("ryanair", "accept-contract-offer", "support", "urged the machinists to take the company's offer and return to work", True)]),

    ("026", "2024-11-01T03:30:00Z", "sound-ledger", "machinists-leaders-endorse-38-percent-offer",
     "Machinists' leaders endorse Boeing's 38% offer, set Monday vote",
     """SEATTLE, Oct 31 (Sound Ledger) - Leaders of Boeing's striking machinists on Thursday endorsed a new contract offer that would raise wages by 38% over four years and pay a $12,000 ratification bonus, and recommended that members approve it in a vote on Monday.

IAM District 751 said in a message to members that it was time to secure the gains won during the strike. The union said it had pushed Boeing as far as it could at the table, and that continuing to strike would not bring a better result.

Jon Holden said the offer did not reach the 40% members had asked for, but that the union was no longer holding out for that figure. He said the deal was one members could be proud of.

The offer, reached with the help of acting Labor Secretary Julie Su, does not restore the defined-benefit pension but raises the company's 401(k) contributions. Boeing said it was pleased to have reached a proposal with the union and hoped members would ratify it.

If approved, the contract would end a strike that began on Sept. 13.""",
     [("iam", "accept-contract-offer", "support", "recommended that members approve it in a vote on Monday", True),
      ("iam", "iam-drops-40pct-raise", "support", "the union was no longer holding out for that figure", True),
      ("boeing", "accept-contract-offer", "support", "hoped members would ratify it", True)]),

    ("027", "2024-11-02T16:00:00Z", "northline-post", "bryant-urges-ratification",
     "IAM's international president urges machinists to ratify Boeing deal",
     """SEATTLE, Nov 2 (Northline Post) - The international president of the International Association of Machinists, Brian Bryant, urged Boeing workers on Saturday to approve the company's latest offer, saying they had already won more than any strike in the union's recent history.

In a video message, Bryant said the 38% raise and the other gains would change members' lives and that a third rejection would risk losing ground. He said he understood members' anger over the pension, which the union had fought for a decade to restore, but that it could not be won this time.

Some members said on social media that they would still vote no. One longtime machinist at the Everett plant said he wanted the pension or nothing.

A Boeing spokesperson said the company had nothing to add to its statement on Thursday. The vote will be held on Monday at union halls across the Puget Sound region and in Portland, Oregon, with results expected that evening.""",
     [("iam", "accept-contract-offer", "support", "urged Boeing workers on Saturday to approve the company's latest offer", True),
      ("iam", "restore-pension", "conditional", "but that it could not be won this time", True)]),

    ("028", "2024-11-05T04:20:00Z", "cascade-wire", "machinists-ratify-contract-ending-strike",
     "Boeing machinists ratify contract, ending 53-day strike",
     """SEATTLE, Nov 4 (Cascade Wire) - Boeing's machinists voted on Monday to accept a new four-year contract with a 38% raise, ending a 53-day strike that halted production of most of the company's commercial jets.

The International Association of Machinists said 59% of members who voted approved the deal. Jon Holden said members could hold their heads high, and that they had won gains no one had thought possible when the strike began.

Kelly Ortberg said he was pleased to have reached an agreement and that the company would now focus on rebuilding its relationship with employees and restarting production safely.

Acting Labor Secretary Julie Su, who helped broker the final offer, called the agreement a good deal for workers and said it showed the value of collective bargaining. President Joe Biden also congratulated both sides.

Workers can return as early as Wednesday, though Boeing has said it could take weeks to get the factories fully running again.""",
     [("iam", "accept-contract-offer", "support", "59% of members who voted approved the deal", True),
      ("boeing", "accept-contract-offer", "support", "pleased to have reached an agreement", True),
      ("labor-dept", "accept-contract-offer", "support", "called the agreement a good deal for workers", True)]),

    ("029", "2024-11-06T21:00:00Z", "tarmac-daily", "faa-to-keep-close-watch-on-restart",
     "FAA to keep close watch as Boeing restarts factories",
     """WASHINGTON, Nov 6 (Tarmac Daily) - The Federal Aviation Administration said on Wednesday it would increase oversight of Boeing's factories as the company restarts production after the machinists' strike, and that its cap on 737 MAX output would remain in place.

FAA Administrator Mike Whitaker said in a statement that the agency would be watching closely for quality problems as thousands of workers returned to the production lines, some after nearly two months away. He said the 38-jet monthly limit would stay for now and that he had no timetable for raising it.

Stephanie Pope told employees the restart would be methodical and that the company would not push for a higher rate until the factories were stable. Boeing has said the return to full production could take several weeks, with machinists first going through retraining.

Alaska Airlines said the ratified contract was good news for the industry and that it looked forward to receiving its delayed jets.""",
     [("faa", "lift-737-cap", "oppose", "its cap on 737 MAX output would remain in place", True),
      ("boeing", "lift-737-cap", "conditional", "would not push for a higher rate until the factories were stable", True),
      ("alaska-airlines", "accept-contract-offer", "support", "the ratified contract was good news for the industry", True)]),

    ("030", "2024-11-13T22:00:00Z", "sound-ledger", "boeing-begins-layoff-notices",
     "Boeing begins sending layoff notices in Washington state",
     """SEATTLE, Nov 13 (Sound Ledger) - Boeing began issuing layoff notices on Wednesday as part of its plan to cut about 10% of its workforce, filing notices with Washington state that cover nearly 2,200 workers in the Puget Sound region.

The notices, required under state and federal law, went to the Washington Employment Security Department, which said it would offer help to affected workers. Staff will remain on the payroll for 60 days.

The engineers' union SPEEA said hundreds of its members were among those affected and called the cuts shortsighted at a time when Boeing needed experienced people to fix its quality problems. The machinists' union said it was still assessing how many of its members would be hit.

Boeing said it regretted the impact on employees and their families but that the cuts were needed to restore the company's finances. Further notices are expected in other states in the coming weeks.""",
     []),

    ("031", "2024-11-20T15:00:00Z", "northline-post", "737-line-restarts-strike-costs",
     "Boeing's 737 line restarts as strike's costs come into focus",
     """RENTON, Wash., Nov 20 (Northline Post) - Boeing's 737 MAX factory in Renton was moving again this week as machinists returned from the strike, with the company saying the first planes built after the restart were working their way down the line.

Analysts estimate the 53-day walkout cost Boeing several billion dollars in lost deliveries and cost its workers well over $100 million in wages. The union, which had demanded a 40% raise and the return of the pension, settled for 38% and higher 401(k) contributions.

Boeing, which has refused for a decade to restore the pension, said the new contract would help it recruit and keep skilled workers. Production will remain below the FAA's limit of 38 jets a month for some time, analysts said.

Ryanair's Michael O'Leary said this week that he expected deliveries to resume before Christmas and that he was glad the dispute was over.""",
     [("iam", "iam-drops-40pct-raise", "support", "settled for 38% and higher 401(k) contributions", False),
      ("boeing", "restore-pension", "oppose", "Boeing, which has refused for a decade to restore the pension", False),
      ("boeing", "accept-contract-offer", "support", "the new contract would help it recruit and keep skilled workers", True)]),
]

SHIFTS = [
    {"actor": "iam", "issue": "accept-contract-offer", "from": "support", "to": "oppose", "article": "004",
     "why": "94.6% of members reject the tentative agreement and vote to strike; in 001-002 the union leadership recommended and stood behind it."},
    {"actor": "boeing", "issue": "resume-talks", "from": "support", "to": "oppose", "article": "014",
     "why": "Pope withdraws the 30% offer and says further negotiations do not make sense at this point; Boeing had backed and attended talks in 004-013."},
    {"actor": "boeing", "issue": "resume-talks", "from": "oppose", "to": "support", "article": "018",
     "why": "Boeing says it will take part in new talks with Julie Su, six days after declaring further negotiations pointless (014)."},
    {"actor": "iam", "issue": "accept-contract-offer", "from": "oppose", "to": "conditional", "article": "020",
     "why": "IAM District 751 calls the 35% proposal worthy of consideration and puts it to a vote without recommending it; it had refused even to vote on the 30% offer (010)."},
    {"actor": "iam", "issue": "accept-contract-offer", "from": "conditional", "to": "oppose", "article": "023",
     "why": "64% of members reject the 35% proposal the union had put to them as worthy of consideration (020-021)."},
    {"actor": "iam", "issue": "restore-pension", "from": "support", "to": "conditional", "article": "024",
     "why": "Holden says the pension is still a goal but the union is willing to look at other retirement improvements if Boeing will not budge; before, the pension was a firm demand (004-023)."},
    {"actor": "iam", "issue": "accept-contract-offer", "from": "oppose", "to": "support", "article": "026",
     "why": "Union leaders endorse the 38% offer and recommend that members approve it, a week after members rejected the 35% one (023)."},
    {"actor": "iam", "issue": "iam-drops-40pct-raise", "from": "oppose", "to": "support", "article": "026",
     "why": "Holden says the union is no longer holding out for the 40% figure; in 010 it had not dropped its call for 40%."},
]


def parse_watchlist_ids(path):
    """Tiny reader for our own watchlist.yaml (no PyYAML needed)."""
    actors, issues, section = set(), set(), None
    baseline = []
    for line in open(path, encoding="utf-8"):
        s = line.rstrip("\n")
        if re.match(r"^actors:", s):
            section = "actors"
        elif re.match(r"^issues:", s):
            section = "issues"
        elif re.match(r"^baseline:", s):
            section = "baseline"
        m = re.match(r"^\s+- id: (\S+)", s)
        if m and section in ("actors", "issues"):
            (actors if section == "actors" else issues).add(m.group(1))
        m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", s)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def iso(ts):
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build():
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    claims = {}
    for aid, pub, outlet, slug, title, text, cl in ARTICLES:
        d = iso(pub)
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        doc = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        with open(os.path.join(art_dir, f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[aid] = [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at} for a, i, s, q, at in cl]
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a[0] for a in ARTICLES if a[0] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [a for a in ARTICLES if a[2] == outlet]
        items.sort(key=lambda a: a[1], reverse=True)
        last = format_datetime(iso(items[0][1]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>',
               f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch boeing-machinists-2024 evaluation set</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{last}</lastBuildDate>']
        for aid, pub, _o, slug, title, text, _c in items:
            d = iso(pub)
            url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
            out += ['    <item>',
                    f'      <title>{escape(title)}</title>',
                    f'      <link>{escape(url)}</link>',
                    f'      <guid isPermaLink="true">{escape(url)}</guid>',
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f'      <description>{escape(text)}</description>',
                    '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(feed_dir, f"{outlet}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))


def validate():
    errs = []
    actors, issues, baseline = parse_watchlist_ids(os.path.join(HERE, "watchlist.yaml"))
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    arts = {f: json.load(open(os.path.join(HERE, "articles", f + ".json"), encoding="utf-8")) for f in files}
    if sorted(labels["claims"]) != files:
        errs.append("claims keys != article files")
    prev = None
    for i, f in enumerate(files, 1):
        a = arts[f]
        if a["id"] != f or f != f"{i:03d}":
            errs.append(f"{f}: id/sequence mismatch")
        if prev and a["published"] <= prev:
            errs.append(f"{f}: not in publication order")
        prev = a["published"]
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{f}: {n} words")
        if not re.match(r"^[A-Z][A-Za-z .,]+, (Sept|Oct|Nov) \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{f}: bad dateline")
    for f, cl in labels["claims"].items():
        for c in cl:
            if c["actor"] not in actors:
                errs.append(f"{f}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errs.append(f"{f}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{f}: bad stance")
            if c["quote"] not in arts[f]["text"]:
                errs.append(f"{f}: quote not found: {c['quote']}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{f}: quote > 15 words: {c['quote']}")
        pairs = [(c["actor"], c["issue"]) for c in cl]
        if len(pairs) != len(set(pairs)):
            errs.append(f"{f}: duplicate actor/issue claim")
    for a, i, s in baseline:
        if a not in actors or i not in issues:
            errs.append(f"baseline: unknown {a}/{i}")
    # Replay prevailing stances from baseline over attributed claims; must reproduce SHIFTS exactly.
    prevailing = {(a, i): s for a, i, s in baseline}
    derived = []
    for f in files:
        for c in labels["claims"][f]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], f))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    # The duplicate copy of a shift article restates the new stance, so it derives nothing new.
    if sorted(derived) != sorted(labelled):
        errs.append(f"shift replay mismatch:\n derived={sorted(derived)}\n labelled={sorted(labelled)}")
    for s in labels["shifts"]:
        if not s.get("why"):
            errs.append("shift without why")
    expected_na = [f for f in files if f not in {s['article'] for s in labels['shifts']}]
    if labels["no_alert_articles"] != expected_na:
        errs.append("no_alert_articles mismatch")
    if shutil.which("xmllint"):
        for x in sorted(os.listdir(os.path.join(HERE, "feeds"))):
            r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", x)], capture_output=True, text=True)
            if r.returncode != 0:
                errs.append(f"feed {x}: {r.stderr.strip()}")
    else:
        errs.append("xmllint not installed; feeds not checked")
    # Summary.
    allc = [c for cl in labels["claims"].values() for c in cl]
    by = {}
    for c in allc:
        by[c["stance"]] = by.get(c["stance"], 0) + 1
    print(f"articles={len(files)} claims={len(allc)} {by} unattributed={sum(not c['attributed'] for c in allc)} "
          f"shifts={len(labels['shifts'])} in {len({s['article'] for s in labels['shifts']})} articles "
          f"empty={[f for f in files if not labels['claims'][f]]} actors={len(actors)} issues={len(issues)}")
    words = [len(arts[f]['text'].split()) for f in files]
    print(f"words min={min(words)} max={max(words)}")
    return errs


if __name__ == "__main__":
    build()
    errors = validate()
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)
