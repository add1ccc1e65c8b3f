#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set mlb-lockout-2022.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (see README.md). Exits non-zero on any failure.
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
    "pennant-wire": "Pennant Wire",
    "lakeshore-courier": "Lakeshore Courier",
    "summit-sports-desk": "Summit Sports Desk",
    "riverbend-post": "Riverbend Post",
    "eastbay-dispatch": "Eastbay Dispatch",
}

# Each article: (published UTC, outlet slug, url slug, title, text, claims)
# Each claim: (actor, issue, stance, quote, attributed)
ARTICLES = [
    # 001
    ("2021-12-02T06:15:00Z", "pennant-wire", "owners-lock-out-players",
     "MLB owners lock out players as labor contract expires",
     """IRVING, Dec 2 (Pennant Wire) - Major League Baseball's owners locked out the players early on Thursday, starting the sport's first work stoppage in more than a quarter of a century minutes after the collective bargaining agreement expired at midnight Eastern time.

Commissioner Rob Manfred called the move a "defensive lockout" in a letter to fans and said it would end once the two sides reached a new agreement. He wrote that he hoped the step would speed up negotiations that had produced little over the past year.

The final session at a hotel in Irving, Texas, lasted only a few minutes on Wednesday before both delegations left.

Players Association executive director Tony Clark said the owners had chosen to shut the sport down and urged them to lift the lockout and keep bargaining. The union, which wants the luxury tax threshold raised to $245 million, said players remained ready to meet at any time.

Until the lockout ends, clubs cannot sign, trade or even talk to the players on their 40-man rosters.""",
     [("mlb", "lift-lockout", "conditional", "said it would end once the two sides reached a new agreement", True),
      ("mlbpa", "lift-lockout", "support", "urged them to lift the lockout and keep bargaining", True),
      ("mlbpa", "cbt-threshold-230", "support", "The union, which wants the luxury tax threshold raised to $245 million", False)]),

    # 002
    ("2021-12-02T22:30:00Z", "lakeshore-courier", "manfred-defends-lockout",
     "Manfred defends lockout, says league's offer was fair to young players",
     """IRVING, Dec 2 (Lakeshore Courier) - Rob Manfred said on Thursday that the owners had locked out the players to force the pace of talks, and that the lockout would be lifted as soon as a new labor deal was signed.

Speaking at a news conference hours after the stoppage began, the commissioner defended the league's proposal to make players eligible for free agency at about age 29 1/2 and to set arbitration salaries with a formula, saying the plan would get young stars paid sooner.

He also said that raising the luxury tax threshold as far as the union wants would hurt smaller-market clubs, and argued that the tax was doing what it was designed to do.

Clark rejected that account. Tying free agency to a player's age was a nonstarter, he said in a statement, and the union would not bargain over a formula that held down arbitration salaries.

Manfred declined to say when the next bargaining session would take place. Spring training is scheduled to open in mid-February.""",
     [("mlb", "lift-lockout", "conditional", "the lockout would be lifted as soon as a new labor deal was signed", True),
      ("mlb", "mlb-drops-age-arb-plan", "oppose", "defended the league's proposal to make players eligible for free agency at about age", True),
      ("mlb", "cbt-threshold-230", "oppose", "raising the luxury tax threshold as far as the union wants would hurt smaller-market clubs", True),
      ("mlbpa", "mlb-drops-age-arb-plan", "support", "Tying free agency to a player's age was a nonstarter, he said", True)]),

    # 003
    ("2021-12-03T15:00:00Z", "summit-sports-desk", "player-photos-vanish",
     "Player photos vanish from MLB websites as lockout freezes transactions",
     """NEW YORK, Dec 3 (Summit Sports Desk) - Images of current players disappeared from Major League Baseball's websites on Friday, replaced by blank silhouettes, as the first full day of the lockout froze trades and free-agent signings across the sport.

Clubs are barred from contacting players on their 40-man rosters, and those players cannot use team facilities or work with team trainers. Minor leaguers who are not on a 40-man roster are unaffected and may keep training at club complexes in Florida and Arizona.

Teams spent the final days before the deadline on a signing spree worth well over $1 billion in guaranteed contracts, including Max Scherzer's three-year deal with the New York Mets.

A league spokesman declined to say when bargaining would resume. Some agents predicted there would be no serious talks before January, and one sports economist said a late start to spring training now looked more likely than not.""",
     []),

    # 004
    ("2021-12-21T17:00:00Z", "riverbend-post", "no-talks-before-holidays",
     "No talks scheduled as baseball's lockout heads into the holidays",
     """NEW YORK, Dec 21 (Riverbend Post) - Nearly three weeks into the lockout, Major League Baseball and the players' union have not held a single negotiating session on the core economic issues that divide them, and none is on the calendar before the new year.

Neither side has made a new proposal since the stoppage began, according to people familiar with the matter.

The gaps are wide. The league, which wants to introduce a draft for amateur players from Latin America and other countries outside the US, Canada and Puerto Rico, regards the current signing system as chaotic. The union, which has long resisted an international draft, argues that it would cut the bonuses that teenage prospects depend on.

The owners also want to expand the postseason to 14 teams, while the players have proposed 12.

A union spokesman declined to say whether players would accept a meeting before Christmas. Several agents said they expected camps to open late.""",
     [("mlb", "international-draft", "support", "The league, which wants to introduce a draft for amateur players from Latin America", False),
      ("mlbpa", "international-draft", "oppose", "The union, which has long resisted an international draft", False)]),

    # 005
    ("2022-01-13T23:30:00Z", "pennant-wire", "mlb-drops-age-based-free-agency",
     "MLB drops age-based free agency plan in first offer since lockout",
     """NEW YORK, Jan 13 (Pennant Wire) - Major League Baseball withdrew its proposals to tie free agency to a player's age and to set arbitration salaries by formula on Thursday, as the two sides held their first bargaining session on core economics since the lockout began six weeks ago.

The league's offer also proposed a draft lottery for the top three picks and a system of extra draft picks for clubs that promote top prospects early, a measure aimed at the manipulation of service time.

League negotiators told the players they still want an international draft, according to a person briefed on the session.

The union's response was cool. Players had expected real movement on pay for young players, and the offer did little on that front, one person familiar with the players' view said.

Deputy commissioner Dan Halem led the league's delegation, and Bruce Meyer, the union's chief negotiator, led the players' side. The meeting lasted about an hour, and no date was set for the next one.""",
     [("mlb", "mlb-drops-age-arb-plan", "support", "withdrew its proposals to tie free agency to a player's age", True),
      ("mlb", "international-draft", "support", "League negotiators told the players they still want an international draft", False)]),

    # 006
    ("2022-01-24T22:00:00Z", "summit-sports-desk", "players-counter-bonus-pool",
     "Players counter with $105 million bonus pool, hold firm on tax",
     """NEW YORK, Jan 24 (Summit Sports Desk) - The players' union answered the league's offer on Monday with a proposal that asks for a $105 million bonus pool for top players not yet eligible for arbitration and a major league minimum salary of $775,000.

The union dropped its plan to shorten the six years of service players need before reaching free agency, and it scaled back its demand to cut revenue sharing between clubs, according to people familiar with the proposal.

It did not give ground on the luxury tax. Clark said the players would not sign a deal that left the tax threshold near the league's figure, arguing that a low threshold works like a salary cap. The union has asked for $245 million.

The union also proposed a draft lottery covering the first eight picks.

A league spokesman said the owners would respond in the coming days. The session lasted about an hour.""",
     [("mlbpa", "cbt-threshold-230", "support", "would not sign a deal that left the tax threshold near the league's figure", True)]),

    # 007
    ("2022-01-25T21:00:00Z", "riverbend-post", "league-rejects-union-plan",
     "League rejects union plan as gap on luxury tax persists",
     """NEW YORK, Jan 25 (Riverbend Post) - Major League Baseball told the players' union on Tuesday that its latest proposal moved in the wrong direction, and the league's negotiators again refused to raise the luxury tax threshold beyond its current offer of $214 million.

Dan Halem, the deputy commissioner, said in a statement that the union's bonus pool and salary demands would cost clubs hundreds of millions of dollars a year. He said the league was willing to keep meeting as often as needed.

The two sides met for about 90 minutes. The union also described a way to reward teams that promote young players, in answer to the league's draft-pick plan, people familiar with the talks said.

Analysts said the league might eventually move on the tax if players accepted a smaller bonus pool, but no such trade was discussed on Tuesday, the people said.

Spring training is scheduled to start on Feb 16.""",
     [("mlb", "cbt-threshold-230", "oppose", "refused to raise the luxury tax threshold beyond its current offer", True)]),

    # 008
    ("2022-02-01T21:30:00Z", "lakeshore-courier", "league-improves-pay-offer",
     "League improves pay offer for young players, insists on international draft",
     """NEW YORK, Feb 1 (Lakeshore Courier) - Major League Baseball raised its offer on minimum salaries and on a bonus pool for young players on Tuesday, but left its luxury tax proposal unchanged and told the union it would not agree to a deal without an international draft.

The league offered a minimum of $630,000, rising with service time, and a $15 million pool, according to a person familiar with the proposal. The union wants $775,000 and $105 million.

The commissioner's office said in a statement that it had moved significantly in the players' direction and called on the union to respond quickly.

Tony Clark, the union's executive director, said the proposal did not reflect how far the players had already moved. He said they would not accept a system that lets clubs keep payrolls low and still collect revenue-sharing money.

No new session has been scheduled.""",
     [("mlb", "cbt-threshold-230", "oppose", "left its luxury tax proposal unchanged", True),
      ("mlb", "international-draft", "support", "it would not agree to a deal without an international draft", True)]),

    # 009
    ("2022-02-03T23:00:00Z", "pennant-wire", "mlb-asks-federal-mediators",
     "MLB asks federal mediators to help end lockout",
     """NEW YORK, Feb 3 (Pennant Wire) - Major League Baseball asked the Federal Mediation and Conciliation Service on Thursday to help resolve the lockout, saying an outside mediator could bridge the gap with the players' union.

In a statement, the league said its owners had unanimously backed the request and that mediation was the best way to reach a deal in time for a full season.

The federal agency said it was ready to assist but would take part only if both parties agreed to mediation.

The union said it had received the request and would discuss it with players. It declined to say whether it would accept.

Federal mediators helped end the National Hockey League's lockout in 2013, but during baseball's 1994 strike a mediator was unable to prevent the cancellation of the World Series. Labor lawyers said the request also served the league's interest in being seen as the side trying to save the season.""",
     [("mlb", "federal-mediation", "support", "Major League Baseball asked the Federal Mediation and Conciliation Service on Thursday to help", True),
      ("fmcs", "federal-mediation", "conditional", "would take part only if both parties agreed to mediation", True)]),

    # 010
    ("2022-02-04T22:00:00Z", "summit-sports-desk", "union-turns-down-mediation",
     "Union turns down mediation, tells league to return to the table",
     """NEW YORK, Feb 4 (Summit Sports Desk) - The players' union on Friday rejected Major League Baseball's request for a federal mediator, saying the quickest way to a deal was for the league to resume direct bargaining.

In a letter to Commissioner Rob Manfred, Tony Clark said the players were ready to resume talks at any time and saw no need for a third party. He urged the league to lift the lockout and get back to the table.

Mediation is voluntary, and the Federal Mediation and Conciliation Service said it could not step in unless both sides agreed, leaving the request effectively dead.

The league said it was disappointed and still believed a mediator could help. It said the union's refusal put the start of spring training, due in less than two weeks, further at risk.

Pitchers and catchers had been scheduled to report on Feb 16.""",
     [("mlbpa", "federal-mediation", "oppose", "rejected Major League Baseball's request for a federal mediator", True),
      ("mlbpa", "lift-lockout", "support", "He urged the league to lift the lockout and get back to the table", True),
      ("fmcs", "federal-mediation", "conditional", "could not step in unless both sides agreed", True),
      ("mlb", "federal-mediation", "support", "still believed a mediator could help", True)]),

    # 011 (duplicate of 010)
    ("2022-02-04T23:15:00Z", "eastbay-dispatch", "players-reject-federal-mediator",
     "Players reject MLB's call for a federal mediator",
     """NEW YORK, Feb 4 (Eastbay Dispatch) - The players' union on Friday rejected Major League Baseball's request for a federal mediator, saying the fastest route to an agreement was for the league to return to direct bargaining.

Tony Clark wrote to Commissioner Rob Manfred that players were ready to resume talks at any time and saw no need for a third party. He urged the league to lift the lockout and get back to the table.

Because mediation is voluntary, the Federal Mediation and Conciliation Service said it could not step in unless both sides agreed, so the request goes no further.

The league said it was disappointed and still believed a mediator could help, adding that the refusal put the start of spring training at further risk.

Pitchers and catchers had been scheduled to report on Feb 16, less than two weeks away.""",
     [("mlbpa", "federal-mediation", "oppose", "rejected Major League Baseball's request for a federal mediator", True),
      ("mlbpa", "lift-lockout", "support", "He urged the league to lift the lockout and get back to the table", True),
      ("fmcs", "federal-mediation", "conditional", "could not step in unless both sides agreed", True),
      ("mlb", "federal-mediation", "support", "still believed a mediator could help", True)]),

    # 012
    ("2022-02-10T22:00:00Z", "riverbend-post", "manfred-missing-games-disastrous",
     "Manfred says missing games would be disastrous as owners meet in Orlando",
     """ORLANDO, Feb 10 (Riverbend Post) - Commissioner Rob Manfred said on Thursday that losing regular-season games would be a disastrous outcome for baseball, and that the owners would end the lockout as soon as players agreed to a new contract.

Speaking after the owners' quarterly meeting in Orlando, Manfred said the league had already taken proposals off the table that players disliked, including its plans to tie free agency to age and to set arbitration pay by formula. He said the players had not made comparable moves.

Asked whether the luxury tax threshold could go higher, he declined to say, adding only that the league's economic proposals were serious.

Manfred also said he was an optimist and expected a deal in time for the season to start on schedule.

The union did not respond to his remarks on Thursday. Several players criticized him on social media, and one agent dismissed the news conference as public relations.""",
     [("mlb", "lift-lockout", "conditional", "the owners would end the lockout as soon as players agreed to a new contract", True),
      ("mlb", "mlb-drops-age-arb-plan", "support", "had already taken proposals off the table that players disliked", True)]),

    # 013
    ("2022-02-12T21:00:00Z", "lakeshore-courier", "owners-tax-offer-step-backward",
     "Owners' luxury tax offer is a step backward, union says",
     """NEW YORK, Feb 12 (Lakeshore Courier) - Major League Baseball proposed on Saturday to keep the luxury tax threshold at $214 million for the next three seasons, with small increases after that, and to raise the penalties for clubs that exceed it, in a session the union's negotiators described as a step backward.

The union said tougher penalties would discourage spending and that a low threshold combined with higher tax rates would act as a soft salary cap. Clark said the players would keep pressing for a threshold that rises well above the old $210 million level.

The league also offered to raise the minimum salary slightly and to enlarge its bonus pool for young players, people familiar with the offer said.

The session lasted less than half an hour. The union said it would present its own proposal next week, and both sides said they were prepared to meet more often as the start of spring training slips away.""",
     [("mlb", "cbt-threshold-230", "oppose", "proposed on Saturday to keep the luxury tax threshold at $214 million", True),
      ("mlbpa", "cbt-threshold-230", "support", "would keep pressing for a threshold that rises well above the old $210 million level", True)]),

    # 014
    ("2022-02-17T16:00:00Z", "pennant-wire", "talks-move-to-jupiter",
     "Baseball talks move to Jupiter spring training complex",
     """JUPITER, Feb 17 (Pennant Wire) - Bargaining between Major League Baseball and the players' union will move to Roger Dean Chevrolet Stadium in Jupiter, Florida, next week, with the two sides planning to meet daily in an effort to save the start of the regular season.

The complex, which the St. Louis Cardinals and the Miami Marlins share for spring training, sits empty because of the lockout. Both delegations will work from the ballpark's offices and meeting rooms, and several players are expected to attend.

Jupiter was chosen partly because many players spend the offseason in South Florida, a league official said.

Neither side would discuss the proposals it planned to bring. Asked whether a deal was possible by the end of the month, a union spokesman declined to say.

Spring training games had been due to start on Feb 26. Local businesses near the ballpark said they had already seen fewer visitors than in a normal February.""",
     []),

    # 015
    ("2022-02-18T20:00:00Z", "eastbay-dispatch", "spring-games-postponed-arizona",
     "Spring training games postponed; Arizona hosts urge a deal",
     """PHOENIX, Feb 18 (Eastbay Dispatch) - Major League Baseball postponed all spring training games through at least March 4 on Friday, saying camps would stay closed until the lockout ends with a new labor agreement.

In a statement, the league said fans who bought tickets to the cancelled games would receive full refunds.

The Cactus League, whose 10 ballparks in the Phoenix area host 15 clubs each spring, said the lockout was costing Arizona businesses and urged both sides to end the lockout quickly so camps could open. Its executive director, Bridget Binsbacher, said hotels and restaurants had already lost bookings.

Florida's Grapefruit League, which hosts the other 15 teams, said it was monitoring the situation.

Arizona Diamondbacks officials referred questions to the league. The team's spring home, Salt River Fields, was closed to the public on Friday, and its parking lots were empty.""",
     [("mlb", "lift-lockout", "conditional", "camps would stay closed until the lockout ends with a new labor agreement", True),
      ("cactus-league", "lift-lockout", "support", "urged both sides to end the lockout quickly so camps could open", True)]),

    # 016
    ("2022-02-22T23:00:00Z", "summit-sports-desk", "league-seeks-rule-change-power",
     "League seeks power to speed rule changes as Jupiter talks begin",
     """JUPITER, Feb 22 (Summit Sports Desk) - Major League Baseball asked the players' union on Tuesday for the right to bring in a pitch clock, limits on defensive shifts and larger bases with 45 days' notice rather than a full year, as the two sides settled into daily talks at a spring training complex in Jupiter, Florida.

Morgan Sword, the league's executive vice president for baseball operations, told the players the changes were needed to shorten games and add action.

Players on the union's bargaining team objected, people familiar with the session said. Union negotiators said the players would not hand the league unilateral power over the playing rules.

The league also raised its proposed bonus pool for young players by a few million dollars, an offer union officials privately called trivial.

The sides met for about two hours and are to meet again on Wednesday.""",
     [("mlb", "rule-changes", "support", "asked the players' union on Tuesday for the right to bring in a pitch clock", True),
      ("mlbpa", "rule-changes", "oppose", "would not hand the league unilateral power over the playing rules", True)]),

    # 017
    ("2022-02-23T22:30:00Z", "riverbend-post", "mlb-sets-feb-28-deadline",
     "MLB sets Feb 28 deadline, warns games will be lost without a deal",
     """JUPITER, Feb 23 (Riverbend Post) - Major League Baseball told the players' union on Wednesday that regular-season games would start to be cancelled if no agreement is reached by Feb 28, the last date it says allows a full 162-game schedule.

The union said it did not accept the deadline as real. Players believed a full season could still fit if a deal came in early March, Meyer told reporters outside the stadium.

Dan Halem said the owners would keep the lockout in place until a new deal was ratified, but that the league was ready to meet every day, including the weekend.

The sides made little progress on the biggest economic items. The league did not move on the luxury tax, and the union did not lower its demand for the bonus pool, people familiar with the talks said.

Scherzer, who sits on the union's executive subcommittee, attended the session with several other players.""",
     [("mlb", "lift-lockout", "conditional", "would keep the lockout in place until a new deal was ratified", True),
      ("mlb", "cbt-threshold-230", "oppose", "The league did not move on the luxury tax", False)]),

    # 018
    ("2022-02-25T23:00:00Z", "lakeshore-courier", "players-open-door-pitch-clock",
     "Players open door to pitch clock and shift limits through joint committee",
     """JUPITER, Feb 25 (Lakeshore Courier) - The players' union told Major League Baseball on Friday that it was prepared to accept a pitch clock, limits on defensive shifts and larger bases from 2023 only if players had seats on a joint committee that would review the changes.

The offer, which Clark described in a brief statement, was the union's first move on the playing rules since talks began. The league has sought the power to adopt such changes quickly.

The union also trimmed its demand for a bonus pool for young players, people familiar with the proposal said, but did not change its luxury tax figures. Clark said players would not accept any agreement that did not raise the tax threshold substantially.

League officials said they would study the proposal. A person close to the owners said the league might answer over the weekend.

The two sides have met every day this week.""",
     [("mlbpa", "rule-changes", "conditional", "only if players had seats on a joint committee that would review the changes", True),
      ("mlb", "rule-changes", "support", "The league has sought the power to adopt such changes quickly", False),
      ("mlbpa", "cbt-threshold-230", "support", "players would not accept any agreement that did not raise the tax threshold substantially", True)]),

    # 019
    ("2022-02-28T12:00:00Z", "eastbay-dispatch", "marathon-session-no-deal",
     "Marathon session in Jupiter ends with no deal as deadline nears",
     """JUPITER, Feb 28 (Eastbay Dispatch) - Negotiators for Major League Baseball and the players' union bargained for more than 16 hours at Roger Dean Chevrolet Stadium before breaking off early on Monday, hours before the league's deadline for a deal that would preserve a full season.

People familiar with the talks said the two sides had drawn closer on a draft lottery and on the size of the postseason, while the biggest money issues remained unresolved.

Whether the league will extend its deadline was unclear. A league spokesman declined to comment on the overnight session, and union officials left the ballpark without speaking to reporters.

Several players' agents said they expected the league to push the deadline back by a day. One labor economist said a short delay to opening day now looked likely, though he added that both sides had reasons to avoid a long one.

The talks were set to resume later on Monday.""",
     []),

    # 020
    ("2022-03-01T23:00:00Z", "pennant-wire", "manfred-cancels-opening-week",
     "Manfred cancels opening week as players reject league's final offer",
     """JUPITER, Mar 1 (Pennant Wire) - Commissioner Rob Manfred cancelled the first two series of the regular season on Tuesday after the players' union unanimously rejected what the league called its best and final offer, the first time since 1995 that games have been lost to a labor dispute.

The offer set the luxury tax threshold at $220 million for the next three seasons, rising to $230 million by 2026, with a $30 million bonus pool and a $700,000 minimum salary. Manfred said the league would go no higher on the tax threshold.

He said the lockout would remain until a new agreement was reached, and that the owners had been flexible throughout the talks.

In a statement, the union said the owners had chosen to cancel games and that their offer failed to address the players' core concerns. Clark said the tax figures were far too low for players to accept.

Opening day, scheduled for March 31, is now off. No new talks have been scheduled.""",
     [("mlb", "cbt-threshold-230", "oppose", "Manfred said the league would go no higher on the tax threshold", True),
      ("mlb", "lift-lockout", "conditional", "the lockout would remain until a new agreement was reached", True),
      ("mlbpa", "cbt-threshold-230", "support", "Clark said the tax figures were far too low for players to accept", True)]),

    # 021
    ("2022-03-02T19:00:00Z", "riverbend-post", "white-house-stays-out",
     "White House stays out of baseball lockout",
     """WASHINGTON, Mar 2 (Riverbend Post) - The White House said on Wednesday that it was following the baseball lockout but had no plans to get involved, a day after the first regular-season games were cancelled.

Press secretary Jen Psaki told reporters that President Joe Biden, a longtime fan, hoped the league and the players would reach a fair agreement soon. Asked whether the president had spoken to Commissioner Rob Manfred or to union leaders, she declined to say.

Fans of the Washington Nationals, like those of the other 29 clubs, now face a delayed start to the season, and local businesses near the ballpark said they were bracing for lost revenue.

Some commentators have called on Congress to revisit baseball's long-standing exemption from antitrust law, though no bill has advanced.

Analysts said political pressure was unlikely to move either side before the next round of talks, which had not been scheduled on Wednesday.""",
     []),

    # 022
    ("2022-03-06T22:00:00Z", "lakeshore-courier", "talks-resume-new-york",
     "Talks resume in New York; players hold firm against international draft",
     """NEW YORK, Mar 6 (Lakeshore Courier) - Major League Baseball and the players' union resumed formal bargaining on Sunday at the union's Manhattan offices, their first session since the league cancelled opening week.

The union presented a revised proposal that lowered its demand for a bonus pool for young players to $85 million and again left out an international draft, people familiar with the session said. Clark told reporters afterward that a draft would hurt teenagers in the Dominican Republic and Venezuela who rely on signing bonuses.

The league, according to two people familiar with its thinking, told the union it would not go above $220 million on the luxury tax threshold for 2022.

Scherzer and Andrew Miller, two members of the union's executive subcommittee, joined the meeting in person.

Both sides said they expected to meet again on Monday.""",
     [("mlbpa", "international-draft", "oppose", "Clark told reporters afterward that a draft would hurt teenagers in the Dominican Republic", True),
      ("mlb", "cbt-threshold-230", "oppose", "told the union it would not go above $220 million on the luxury tax threshold", False)]),

    # 023
    ("2022-03-07T23:30:00Z", "pennant-wire", "mlb-offers-to-scrap-qualifying-offer",
     "MLB offers to scrap qualifying offer in exchange for international draft",
     """NEW YORK, Mar 7 (Pennant Wire) - Major League Baseball offered on Monday to eliminate the qualifying offer, which requires clubs that sign certain free agents to give up draft picks, but only if the players' union agrees to an international draft.

The proposal, which the league presented at the union's offices, would tie together two issues the sides have fought over for years. The union has long sought to end the draft-pick compensation, arguing that it depresses the market for veteran free agents.

Dan Halem said the league wanted an answer by Tuesday and that another week of games would be cancelled if no deal were reached by then. He said an international draft would give amateur players from Latin America more transparency and better protection.

The union did not comment on the proposal. Its executive board was expected to discuss it overnight.

Separately, the sides narrowed their differences on the bonus pool for young players, people familiar with the talks said.""",
     [("mlb", "scrap-qualifying-offer", "conditional", "but only if the players' union agrees to an international draft", True),
      ("mlb", "international-draft", "support", "He said an international draft would give amateur players from Latin America more transparency", True),
      ("mlbpa", "scrap-qualifying-offer", "support", "The union has long sought to end the draft-pick compensation", False)]),

    # 024
    ("2022-03-08T22:00:00Z", "summit-sports-desk", "players-reject-draft-swap",
     "Players reject league's draft-for-compensation swap",
     """NEW YORK, Mar 8 (Summit Sports Desk) - The players' union on Tuesday rejected Major League Baseball's proposal to trade an international draft for the end of the qualifying offer, telling the league that players would not agree to a draft for amateurs abroad.

Clark said the union would rather keep the qualifying offer than sacrifice the next generation of Latin American players. He said the players still wanted the compensation system gone, just not at that price.

The league pushed back its deadline for cancelling more games to Wednesday, saying the talks had made progress in other areas, including the luxury tax.

A league official, speaking on condition of anonymity, said the owners were prepared to keep the draft and the qualifying offer linked in any final deal. Union officials did not respond to that remark.

The two sides met twice on Tuesday at the union's offices in Manhattan and were expected to keep talking late into the night.""",
     [("mlbpa", "international-draft", "oppose", "players would not agree to a draft for amateurs abroad", True),
      ("mlbpa", "scrap-qualifying-offer", "support", "the players still wanted the compensation system gone, just not at that price", True),
      ("mlb", "scrap-qualifying-offer", "conditional", "prepared to keep the draft and the qualifying offer linked in any final deal", True)]),

    # 025
    ("2022-03-09T23:00:00Z", "riverbend-post", "mlb-cancels-another-week",
     "MLB cancels another week of games after impasse over international draft",
     """NEW YORK, Mar 9 (Riverbend Post) - Major League Baseball cancelled two more series on Wednesday, pushing opening day back to April 14 at the earliest, after the players' union turned down the league's final options on an international draft.

In a statement, the league said it had offered the union three ways to settle the draft dispute, including scrapping the qualifying offer if players accepted the draft, and that all three had been refused. The commissioner's office said it still believed an international draft was the right system for young players.

The union said the league had tried to use the draft to extract concessions late in the process. Players remained opposed to an international draft, Clark said, but were ready to keep negotiating on everything else.

Opening day had originally been set for March 31. Clubs have begun telling season-ticket holders how refunds for the lost games will work.""",
     [("mlb", "scrap-qualifying-offer", "conditional", "including scrapping the qualifying offer if players accepted the draft", True),
      ("mlb", "international-draft", "support", "still believed an international draft was the right system for young players", True),
      ("mlbpa", "international-draft", "oppose", "Players remained opposed to an international draft, Clark said", True)]),

    # 026
    ("2022-03-09T23:50:00Z", "lakeshore-courier", "union-ready-to-accept-draft-manfred-says",
     "Union ready to accept international draft, Manfred says",
     """NEW YORK, Mar 9 (Lakeshore Courier) - Commissioner Rob Manfred said on Wednesday that the players' union had signalled it could live with an international draft if the qualifying offer was abolished, a characterization the union disputed within the hour.

Speaking after the league announced a second round of cancellations, Manfred said he believed the two sides were close on the draft and that the remaining gap was over the bonus pools for international amateurs. He said the league's offer to scrap the qualifying offer in exchange for a draft remained on the table, and he added that the league still wanted an international draft.

A union spokesman said the commissioner had misstated the players' position and declined to say whether the union would make a counterproposal.

Analysts said both sides appeared to be preparing the ground for a compromise that would put off the draft decision until later in the year.""",
     [("mlbpa", "international-draft", "conditional", "the players' union had signalled it could live with an international draft", False),
      ("mlb", "scrap-qualifying-offer", "conditional", "offer to scrap the qualifying offer in exchange for a draft remained on the table", True),
      ("mlb", "international-draft", "support", "the league still wanted an international draft", True)]),

    # 027
    ("2022-03-10T15:30:00Z", "pennant-wire", "league-raises-tax-threshold-230",
     "League raises tax threshold to $230 million in new offer; union board to vote",
     """NEW YORK, Mar 10 (Pennant Wire) - Major League Baseball made a new proposal to the players' union on Thursday morning that would start the luxury tax threshold at $230 million this season and raise it to $244 million by 2026, moving toward the union on the issue that has divided the sides most.

The offer also includes a $50 million bonus pool for young players and a 12-team postseason, people familiar with it said.

On the international draft, the league proposed a July 25 deadline: if the players agree to a draft by then, the qualifying offer would be scrapped, and if not, it would stay. The league said it still intends to pursue the draft.

The union's executive board, made up of 30 team representatives and the eight members of the executive subcommittee, was to vote on the proposal later in the day.

A deal would end a lockout that began on Dec 2 and has already cost two weeks of games.""",
     [("mlb", "cbt-threshold-230", "support", "would start the luxury tax threshold at $230 million this season", True),
      ("mlb", "scrap-qualifying-offer", "conditional", "if the players agree to a draft by then, the qualifying offer would be scrapped", True),
      ("mlb", "international-draft", "support", "The league said it still intends to pursue the draft", True)]),

    # 028
    ("2022-03-10T20:30:00Z", "summit-sports-desk", "union-board-accepts-26-12",
     "Union board accepts league's proposal, 26-12",
     """NEW YORK, Mar 10 (Summit Sports Desk) - The players' union's executive board voted 26-12 on Thursday to accept Major League Baseball's latest proposal, clearing the way for the end of the 99-day lockout.

All eight members of the executive subcommittee, including Max Scherzer and Gerrit Cole, voted against the deal, according to people familiar with the vote, while most team representatives voted for it.

The union will keep talking about an international draft until July 25 and would accept one only if the qualifying offer is abolished, Clark said.

Players also agreed to let the league introduce a pitch clock, limits on shifts and larger bases from 2023 with 45 days' notice, through a competition committee on which the owners hold a majority.

Clark said the higher luxury tax thresholds and a larger bonus pool were real gains for players, and that the deal would do more for young players and the middle class than any in decades.""",
     [("mlbpa", "international-draft", "conditional", "would accept one only if the qualifying offer is abolished, Clark said", True),
      ("mlbpa", "rule-changes", "support", "Players also agreed to let the league introduce a pitch clock", True),
      ("mlbpa", "cbt-threshold-230", "support", "the higher luxury tax thresholds and a larger bonus pool were real gains", True)]),

    # 029
    ("2022-03-10T23:10:00Z", "riverbend-post", "owners-ratify-lift-lockout",
     "Owners ratify deal and lift lockout; full 162-game season restored",
     """NEW YORK, Mar 10 (Riverbend Post) - Major League Baseball's owners ratified the new labor agreement unanimously on Thursday and lifted the lockout, ending the sport's 99-day work stoppage and clearing the way for spring training camps to open this weekend.

Commissioner Rob Manfred announced that the regular season would start on April 7 and that all 162 games would be played, with postponed games made up through doubleheaders and added dates.

He apologized to fans for the delay and said he hoped the five-year deal would lead to a better relationship with the players.

League officials denied that the owners had abandoned their push for an international draft, saying they would keep pressing for one before the July 25 deadline.

Clubs may resume signing and trading players immediately. Dozens of free agents remain unsigned, including Freddie Freeman and Carlos Correa.""",
     [("mlb", "lift-lockout", "support", "ratified the new labor agreement unanimously on Thursday and lifted the lockout", True),
      ("mlb", "international-draft", "support", "League officials denied that the owners had abandoned their push for an international draft", True)]),

    # 030 (duplicate of 029)
    ("2022-03-10T23:55:00Z", "eastbay-dispatch", "lockout-over-owners-ratify",
     "Lockout over: owners ratify deal, 162 games to be played",
     """NEW YORK, Mar 10 (Eastbay Dispatch) - Major League Baseball's owners ratified the new labor agreement unanimously on Thursday and lifted the lockout, ending a 99-day work stoppage and allowing spring training camps to open this weekend.

Commissioner Rob Manfred said the season would begin on April 7 and that all 162 games would be played, with the postponed games fitted in through doubleheaders and extra dates.

He apologized to fans for the delay and said he hoped the five-year agreement would improve relations with the players.

League officials denied that the owners had abandoned their push for an international draft, saying they would keep pressing for one before the July 25 deadline.

Teams may sign and trade players again immediately. Dozens of free agents remain unsigned, among them Freddie Freeman and Carlos Correa.""",
     [("mlb", "lift-lockout", "support", "ratified the new labor agreement unanimously on Thursday and lifted the lockout", True),
      ("mlb", "international-draft", "support", "League officials denied that the owners had abandoned their push for an international draft", True)]),

    # 031
    ("2022-03-11T18:00:00Z", "lakeshore-courier", "what-the-new-deal-changes",
     "What the new baseball deal changes: higher tax, bonus pool and a draft decision in July",
     """NEW YORK, Mar 11 (Lakeshore Courier) - The five-year labor agreement that ended baseball's lockout raises the luxury tax threshold to $230 million this season, climbing to $244 million in 2026, and creates a $50 million annual bonus pool for the best players not yet eligible for arbitration.

The minimum salary rises to $700,000, and the postseason expands to 12 teams. A draft lottery will decide the first six picks, and clubs may option a player to the minors no more than five times a season.

The deal also hands the playing rules to a new competition committee. The league, which pushed for the power to change the rules quickly, holds six of its 11 seats.

Manfred said on Friday that the higher tax thresholds were a fair price for labor peace, although some clubs will now pay more.

On the international draft, the union has until July 25 to agree. If it does not, the qualifying offer stays.""",
     [("mlb", "rule-changes", "support", "The league, which pushed for the power to change the rules quickly", False),
      ("mlb", "cbt-threshold-230", "support", "the higher tax thresholds were a fair price for labor peace", True)]),

    # 032
    ("2022-03-13T20:00:00Z", "summit-sports-desk", "camps-open-arizona-welcomes",
     "Camps open as Arizona hosts welcome end of lockout",
     """SCOTTSDALE, Mar 13 (Summit Sports Desk) - Players reported to spring training camps across Arizona and Florida on Sunday, three days after the lockout ended, as clubs rushed to sign free agents before a shortened spring schedule begins on March 17.

The Cactus League said in a statement that it was relieved the lockout had been lifted and that its ballparks were ready for a compressed spring. Tickets for the first games went on sale on Saturday.

In a message to players, Clark said the union would enter the July talks on an international draft prepared to accept one only if the qualifying offer disappears, as the new agreement provides. He urged players to talk with younger teammates from Latin America about the choice before then.

At the New York Mets' complex in Port St. Lucie, Florida, pitchers began throwing as soon as the gates opened. Several clubs said workouts would be limited for the first week.""",
     [("cactus-league", "lift-lockout", "support", "it was relieved the lockout had been lifted", True),
      ("mlbpa", "international-draft", "conditional", "prepared to accept one only if the qualifying offer disappears", True)]),
]

SHIFTS = [
    {"actor": "mlb", "issue": "mlb-drops-age-arb-plan", "from": "oppose", "to": "support", "article": "005",
     "why": "In its first offer after the lockout the league withdraws its age-based free agency and arbitration-formula proposals; in 002 Manfred still defended them."},
    {"actor": "mlbpa", "issue": "rule-changes", "from": "oppose", "to": "conditional", "article": "018",
     "why": "The union says it would accept a pitch clock, shift limits and larger bases from 2023 only if players sit on a joint committee; in 016 it refused to hand the league power over the rules."},
    {"actor": "mlb", "issue": "scrap-qualifying-offer", "from": "oppose", "to": "conditional", "article": "023",
     "why": "The league offers to eliminate the qualifying offer, but only if the union accepts an international draft; the league had kept the system in all earlier proposals (baseline)."},
    {"actor": "mlb", "issue": "cbt-threshold-230", "from": "oppose", "to": "support", "article": "027",
     "why": "The league's March 10 offer starts the tax threshold at $230 million; until 020 Manfred said it would go no higher than a $220 million start."},
    {"actor": "mlbpa", "issue": "international-draft", "from": "oppose", "to": "conditional", "article": "028",
     "why": "Clark says the union would accept an international draft only if the qualifying offer is abolished; in 024 and 025 players rejected any draft. Manfred's claim in 026 is unattributed and does not count."},
    {"actor": "mlbpa", "issue": "rule-changes", "from": "conditional", "to": "support", "article": "028",
     "why": "The players agree to let the league introduce the rule changes from 2023 with 45 days' notice through an owner-majority committee; in 018 they only offered this under a condition."},
    {"actor": "mlb", "issue": "lift-lockout", "from": "conditional", "to": "support", "article": "029",
     "why": "The owners ratify the deal and lift the lockout; since 001 the league had said it would end the lockout only once a new agreement was reached."},
]

DUPLICATES = [("010", "011"), ("029", "030")]

STANCES = {"support", "oppose", "conditional"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for the watchlist layout used here (no PyYAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s+- id: (\S+)$", line)
            if m:
                (actors if section == "actors" else issues).append({"id": m.group(1)})
                continue
            m = re.match(r"^\s+(name|description): (.+)$", line)
            if m:
                (actors if section == "actors" else issues)[-1][m.group(1)] = m.group(2)
                continue
            m = re.match(r"^\s+(aliases|terms): \[(.*)\]$", line)
            if m:
                (actors if section == "actors" else issues)[-1][m.group(1)] = [x.strip() for x in m.group(2).split(",")]
                continue
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            fail("watchlist line not understood: %r" % line)
    return actors, issues, baseline


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))
    for a in actors:
        if set(a) != {"id", "name", "aliases"}:
            fail("actor fields %s" % sorted(a))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            fail("issue fields %s" % sorted(i))
    giveup = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces)\b")
    if not any(giveup.search(i["name"]) for i in issues):
        fail("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in STANCES:
            fail("bad baseline %s" % b)

    # ---- build articles ----
    n = len(ARTICLES)
    if not 30 <= n <= 34:
        fail("need 30-34 articles, have %d" % n)
    arts = []
    prev = None
    for k, (pub, outlet, slug, title, text, claims) in enumerate(ARTICLES, 1):
        aid = "%03d" % k
        dt = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev and dt <= prev:
            fail("%s not in publication order" % aid)
        prev = dt
        name = OUTLETS[outlet]
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (outlet, dt.year, dt.month, dt.day, slug)
        arts.append({"id": aid, "published": pub, "source": name, "url": url, "title": title,
                     "text": text, "_dt": dt, "_outlet": outlet, "_claims": claims})

    urls = [a["url"] for a in arts]
    if len(set(urls)) != len(urls):
        fail("duplicate urls")

    dateline = re.compile(r"^[A-Z][A-Z .'-]*[A-Z], (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for a in arts:
        m = dateline.match(a["text"])
        if not m:
            fail("%s: no dateline" % a["id"])
        if m.group(3) != a["source"]:
            fail("%s: dateline outlet %r != %r" % (a["id"], m.group(3), a["source"]))
        if months.index(m.group(1)) + 1 != a["_dt"].month or int(m.group(2)) != a["_dt"].day:
            fail("%s: dateline date does not match published" % a["id"])
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            fail("%s: %d words" % (a["id"], words))
        if re.search(r"[^\x00-\x7f]", a["text"] + a["title"]):
            fail("%s: non-ASCII character" % a["id"])

    # ---- claims ----
    claims_out = {}
    for a in arts:
        lst = []
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["_claims"]:
            if actor not in actor_ids:
                fail("%s: unknown actor %s" % (a["id"], actor))
            if issue not in issue_ids:
                fail("%s: unknown issue %s" % (a["id"], issue))
            if stance not in STANCES:
                fail("%s: bad stance %s" % (a["id"], stance))
            if quote not in a["text"]:
                fail("%s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                fail("%s: quote over 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                fail("%s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))
            lst.append({"actor": actor, "issue": issue, "stance": stance, "quote": quote,
                        "attributed": attributed})
        claims_out[a["id"]] = lst

    # ---- duplicates carry identical claims ----
    for x, y in DUPLICATES:
        cx = [(c["actor"], c["issue"], c["stance"]) for c in claims_out[x]]
        cy = [(c["actor"], c["issue"], c["stance"]) for c in claims_out[y]]
        if cx != cy:
            fail("duplicate %s/%s claims differ" % (x, y))
        ax = next(a for a in arts if a["id"] == x)
        ay = next(a for a in arts if a["id"] == y)
        if ax["_dt"].date() != ay["_dt"].date() or ax["source"] == ay["source"] or ay["_dt"] <= ax["_dt"]:
            fail("duplicate %s/%s must be same day, other outlet, later" % (x, y))

    # ---- recompute shifts ----
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in arts:
        for c in claims_out[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append({"actor": c["actor"], "issue": c["issue"], "from": old,
                                   "to": c["stance"], "article": a["id"]})
            prevailing[key] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if recomputed != labelled:
        print("recomputed:")
        for s in recomputed:
            print("  ", s)
        fail("recomputed shifts differ from labelled shifts")
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    shift_articles = {s["article"] for s in SHIFTS}
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if not any(x in shift_articles for x, _ in DUPLICATES):
        fail("one duplicate pair must be a shift article")

    # ---- counts ----
    allc = [c for v in claims_out.values() for c in v]
    by = {s: sum(1 for c in allc if c["stance"] == s) for s in STANCES}
    nofalse = sum(1 for c in allc if not c["attributed"])
    empty = [k for k, v in claims_out.items() if not v]
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if not 60 <= len(allc) <= 90:
        fail("need 60-90 claims, have %d" % len(allc))
    if by["conditional"] < 6 or by["support"] == 0 or by["oppose"] == 0:
        fail("stance mix %s" % by)
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 no-claim articles, have %s" % empty)
    if reversals > 2:
        fail("too many straight reversals")
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        fail("need a shift to or from conditional")

    # ---- write ----
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in arts:
        obj = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"claims": claims_out, "shifts": SHIFTS, "no_alert_articles": no_alert}, f,
                  indent=2, ensure_ascii=False)
        f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == slug], key=lambda a: a["_dt"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % slug)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set mlb-lockout-2022</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_dt"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(a["_dt"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        path = os.path.join(fdir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint %s: %s" % (path, r.stderr))

    # ---- re-read what was written ----
    for a in arts:
        with open(os.path.join(adir, a["id"] + ".json"), encoding="utf-8") as f:
            back = json.load(f)
        for c in claims_out[a["id"]]:
            if c["quote"] not in back["text"]:
                fail("written %s lost a quote" % a["id"])

    print("OK: %d articles, %d claims (support %d, oppose %d, conditional %d; attributed false %d), "
          "%d shifts in %d articles, %d no-claim articles %s, no_alert %d"
          % (n, len(allc), by["support"], by["oppose"], by["conditional"], nofalse, len(SHIFTS),
             len(shift_articles), len(empty), ",".join(empty), len(no_alert)))
    for a in arts:
        print("  %s %s %-18s %3d words %d claims" % (a["id"], a["published"], a["_outlet"],
                                                     len(a["text"].split()), len(claims_out[a["id"]])))


if __name__ == "__main__":
    main()
