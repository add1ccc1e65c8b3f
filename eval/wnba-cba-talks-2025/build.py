#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set wnba-cba-talks-2025.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates the set against watchlist.yaml. Exits non-zero on any validation error.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_URL = "https://example.org"
SET_NAME = "wnba-cba-talks-2025"

OUTLETS = {
    "courtside-wire": "Courtside Wire",
    "hardwood-dispatch": "Hardwood Dispatch",
    "lakeshore-courier": "Lakeshore Courier",
    "eastbridge-post": "Eastbridge Post",
    "summit-sports-daily": "Summit Sports Daily",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet slug, url slug, title, text, claims.
ARTICLES = [
    # 001
    dict(published="2024-10-10T21:30:00Z", outlet="courtside-wire",
         slug="engelbert-expects-opt-out-raises-track-finances",
         title="Engelbert expects players to opt out, says raises must track league finances",
         text="""NEW YORK, Oct 10 (Courtside Wire) - WNBA Commissioner Cathy Engelbert said on Thursday she fully expected the players' union to end the current labor agreement early, and that the league was ready to begin bargaining as soon as it did.

Speaking before Game 1 of the WNBA Finals between the New York Liberty and the Minnesota Lynx, Engelbert said salaries would go up in the next deal, but only as fast as the league's finances allowed. She said the new media contracts that begin in 2026 would help, but that teams were still losing money and a path to profitability had to be part of any agreement.

Asked about revenue sharing, she said the league was willing to discuss a bigger payout to players as long as revenue targets were met first, much like the clause in the 2020 agreement, which has never been triggered.

The union has until the end of the month to give notice. Its president, Nneka Ogwumike, declined to say on Thursday whether the players had made a decision.""",
         claims=[
             C("wnba", "raise-salary-cap", "conditional", "but only as fast as the league's finances allowed"),
             C("wnba", "revenue-sharing", "conditional", "a bigger payout to players as long as revenue targets were met first"),
         ]),
    # 002
    dict(published="2024-10-21T16:00:00Z", outlet="hardwood-dispatch",
         slug="wnba-players-opt-out-demand-share-of-growth",
         title="WNBA players opt out of labor deal, demand a share of the league's growth",
         text="""NEW YORK, Oct 21 (Hardwood Dispatch) - The WNBA players' union said on Monday it had exercised its right to end the collective bargaining agreement after the 2025 season, setting up negotiations over how the league's rising revenue is divided.

In a statement, the Women's National Basketball Players Association said players wanted a new deal in which salaries and the salary cap rise substantially and pay is tied to a fixed share of what the league earns. Union president Nneka Ogwumike said the players had helped build the league's momentum and intended to share in it.

The current agreement, signed in January 2020, lifted the maximum salary but grows the cap by a fixed 3% a year. Its revenue-sharing clause pays players only if the league hits targets that have not been reached.

The league said in a statement that it respected the decision and was prepared to negotiate higher pay for players provided the league's business kept growing. Commissioner Cathy Engelbert has said the league's new media package, worth about $2.2 billion over 11 years from 2026, will change the economics of the sport.

The old agreement remains in force until Oct. 31, 2025.""",
         claims=[
             C("wnbpa", "raise-salary-cap", "support", "salaries and the salary cap rise substantially"),
             C("wnbpa", "revenue-sharing", "support", "pay is tied to a fixed share of what the league earns"),
             C("wnba", "raise-salary-cap", "conditional", "higher pay for players provided the league's business kept growing"),
         ]),
    # 003 (duplicate of 002)
    dict(published="2024-10-21T19:20:00Z", outlet="lakeshore-courier",
         slug="players-union-ends-labor-agreement-early",
         title="Players' union ends WNBA labor agreement early, wants pay tied to revenue",
         text="""NEW YORK, Oct 21 (Lakeshore Courier) - The union representing WNBA players announced on Monday that it was opting out of its collective bargaining agreement, which will now end after the 2025 season instead of running through 2027.

The Women's National Basketball Players Association said in a statement that players wanted a new deal in which salaries and the salary cap rise substantially and pay is tied to a fixed share of what the league earns. Nneka Ogwumike, the union's president, said players had built the league's momentum and meant to share in it.

Under the 2020 agreement the cap grows by a fixed 3% a year, and a revenue-sharing clause pays out only if the league reaches targets it has so far missed.

In its own statement, the league said it respected the players' decision and was prepared to negotiate higher pay for players provided the league's business kept growing. Commissioner Cathy Engelbert has pointed to a media package worth about $2.2 billion over 11 years, beginning in 2026.

The current deal stays in effect until Oct. 31, 2025.""",
         claims=[
             C("wnbpa", "raise-salary-cap", "support", "salaries and the salary cap rise substantially"),
             C("wnbpa", "revenue-sharing", "support", "pay is tied to a fixed share of what the league earns"),
             C("wnba", "raise-salary-cap", "conditional", "higher pay for players provided the league's business kept growing"),
         ]),
    # 004 (no claims)
    dict(published="2024-12-11T22:00:00Z", outlet="eastbridge-post",
         slug="wnba-players-first-formal-bargaining-session",
         title="WNBA and players hold first formal bargaining session",
         text="""NEW YORK, Dec 11 (Eastbridge Post) - Negotiators for the WNBA and its players' union met on Wednesday at the league office in Manhattan for their first formal bargaining session since the players ended the current agreement in October.

Union president Nneka Ogwumike and several members of the executive committee attended in person, while other players joined by video. League officials led by Commissioner Cathy Engelbert were joined by lawyers for both sides.

Neither side discussed the substance of the talks afterwards. A union spokesperson declined to say whether the players had tabled a formal proposal, and the league would only confirm that the meeting had taken place.

Labor lawyers who follow the league said they expected the opening months to be slow, with serious bargaining unlikely before the 2025 season. One agent said the union would probably wait to see how the new Unrivaled league, which starts play in January, affected the market for players.

The current agreement expires on Oct. 31, 2025.""",
         claims=[]),
    # 005
    dict(published="2025-01-17T23:30:00Z", outlet="summit-sports-daily",
         slug="unrivaled-tips-off-collier-share-growth",
         title="Unrivaled tips off as Collier says WNBA must share its growth",
         text="""MIAMI, Jan 17 (Summit Sports Daily) - Unrivaled, the three-on-three league founded by Napheesa Collier and Breanna Stewart, played its first games on Friday, paying an average salary several times what most of its players earn in the WNBA.

Collier, a union vice-president who plays for the Minnesota Lynx in the summer, said the new league was meant to show what women's basketball players are worth. She said players would not sign a WNBA deal that failed to give them a real share of the league's revenue, and that the union's bargaining team had made that clear.

Stewart said players wanted more money in their pockets and bigger salary caps across the WNBA, not just top contracts for a handful of stars.

The WNBA has said it welcomes more opportunities for players in the offseason. Analysts said Unrivaled could give players leverage in the talks, though some doubted whether it could last without a large television contract.

Games are being played at a soundstage in Medley, west of Miami. The WNBA's labor deal expires at the end of October.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "would not sign a WNBA deal that failed to give them a real share"),
             C("wnbpa", "raise-salary-cap", "support", "wanted more money in their pockets and bigger salary caps across the WNBA"),
         ]),
    # 006
    dict(published="2025-02-20T17:00:00Z", outlet="courtside-wire",
         slug="players-union-sends-first-proposals",
         title="Players' union sends WNBA its first contract proposals",
         text="""NEW YORK, Feb 20 (Courtside Wire) - The WNBA players' union has sent the league its first proposals for a new collective bargaining agreement, the union said in a statement on Thursday.

The Women's National Basketball Players Association said its package asks for a salary structure that grows with the business, a revenue-sharing system under which players receive a fixed percentage of league income, larger rosters and better retirement and family-planning benefits. The union did not publish figures.

Terri Carmichael Jackson, the union's executive director, said the players had done their homework and expected the league to answer with the same seriousness. She said the union would not accept a cap that rose by a set amount each year regardless of how much money came in.

The league confirmed it had received the proposals and said it would review them. A spokesperson declined to say when it would reply.

People familiar with the talks said the union also wants charter flights, which the league began using full-time last season, written into the new agreement.""",
         claims=[
             C("wnbpa", "raise-salary-cap", "support", "a salary structure that grows with the business"),
             C("wnbpa", "revenue-sharing", "support", "a revenue-sharing system under which players receive a fixed percentage of league income"),
             C("wnbpa", "expand-rosters", "support", "larger rosters and better retirement and family-planning benefits"),
         ]),
    # 007 (no claims)
    dict(published="2025-04-14T23:00:00Z", outlet="lakeshore-courier",
         slug="bueckers-first-pick-draft-shadowed-by-talks",
         title="Bueckers goes first in a draft shadowed by labor talks",
         text="""NEW YORK, April 14 (Lakeshore Courier) - Paige Bueckers was selected first overall by the Dallas Wings on Monday at a WNBA draft held at The Shed in Manhattan, the first of a class whose pay will be set by whatever labor agreement is in force next year.

Under the rookie scale in the current deal, a top pick earns less than $80,000 in her first season, a figure that has drawn criticism as attendance and television ratings have climbed.

Commissioner Cathy Engelbert read out the selections but did not address the negotiations from the stage. League officials said the event was not the place to discuss bargaining.

Several agents in attendance predicted that the talks would drag into the autumn. One said a deal before the season ended looked unlikely, and another said that players drafted on Monday could be among the biggest winners if salaries rise. Neither the union nor the league has said when the two sides will next meet in person.

The regular season begins on May 16.""",
         claims=[]),
    # 008
    dict(published="2025-05-15T20:00:00Z", outlet="eastbridge-post",
         slug="engelbert-league-will-answer-union-soon",
         title="Engelbert says league will answer union soon, ties raises to profitability",
         text="""NEW YORK, May 15 (Eastbridge Post) - WNBA Commissioner Cathy Engelbert said on Thursday the league would soon respond to the players' proposals and predicted a deal that would be transformational for players and teams alike.

On a call with reporters on the eve of the season, Engelbert said the league wanted to raise salaries significantly, but only in a way that gave owners a path to profitability. She noted that teams had poured money into charter flights and practice facilities and said the economics had to work for the people investing in the league.

She was more guarded on roster size. Asked whether teams could carry more than 12 players, she said the league was open to adding spots if the costs could be shared in the new agreement.

Engelbert declined to say when the league's counterproposal would be delivered. The union has complained that it is still waiting for a reply three months after sending its package.

Owners, according to people briefed on their discussions, are wary of any system that commits them to a fixed percentage of revenue while most teams still lose money.""",
         claims=[
             C("wnba", "raise-salary-cap", "conditional", "raise salaries significantly, but only in a way that gave owners a path to profitability"),
             C("wnba", "expand-rosters", "conditional", "open to adding spots if the costs could be shared"),
             C("owners", "revenue-sharing", "oppose", "wary of any system that commits them to a fixed percentage of revenue", False),
         ]),
    # 009
    dict(published="2025-06-02T18:00:00Z", outlet="hardwood-dispatch",
         slug="wnba-adds-three-teams-union-fees-show-worth",
         title="WNBA adds three teams; union says record fees show players' worth",
         text="""NEW YORK, June 2 (Hardwood Dispatch) - The WNBA announced on Monday that it would add teams in Cleveland, Detroit and Philadelphia by 2030, with each ownership group paying a record fee of $250 million.

The league's board of governors approved the expansion unanimously, Commissioner Cathy Engelbert said. She described the fees as proof of how much franchise values had grown, and said the money would help fund the league's investment in players and facilities. She declined to say whether the fees would count as revenue in any sharing formula.

The players' union said the price tags made its point for it. In a statement, the WNBPA said owners who pay a quarter of a billion dollars to join could afford to give players a guaranteed share of the league's revenue, and that it would keep pressing for one.

Cleveland will begin play in 2028, Detroit in 2029 and Philadelphia in 2030. Toronto and Portland join next season, as the Golden State Valkyries did this year.

The league has still not answered the union's February proposals.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "could afford to give players a guaranteed share of the league's revenue"),
         ]),
    # 010
    dict(published="2025-07-15T16:00:00Z", outlet="summit-sports-daily",
         slug="players-league-far-apart-before-face-to-face-talks",
         title="WNBA players and league far apart before first face-to-face talks",
         text="""NEW YORK, July 15 (Summit Sports Daily) - The WNBA players' union and league officials go into their first in-person bargaining session since December this week with the two sides still far apart, players said on Tuesday.

The league delivered its counterproposal only recently, about five months after the union sent its own. Phoenix Mercury forward Satou Sabally, a player representative, called the offer a slap in the face.

Union president Nneka Ogwumike was more measured. She said talks on paper had gone as far as they could, and that sitting across the table in Indianapolis on Thursday could move things faster. She added that players still expected big raises, a share of revenue and bigger rosters before they would sign anything.

The league's offer, as players described it, keeps the salary cap growing on a fixed schedule rather than linking it to revenue. League officials did not comment on its terms.

Roughly 40 players, including the full executive committee, are expected at the meeting, which comes ahead of All-Star weekend in Indianapolis.""",
         claims=[
             C("wnbpa", "raise-salary-cap", "support", "still expected big raises, a share of revenue and bigger rosters"),
             C("wnbpa", "revenue-sharing", "support", "still expected big raises, a share of revenue and bigger rosters"),
             C("wnbpa", "expand-rosters", "support", "still expected big raises, a share of revenue and bigger rosters"),
             C("wnba", "revenue-sharing", "oppose", "keeps the salary cap growing on a fixed schedule rather than linking it to revenue", False),
         ]),
    # 011
    dict(published="2025-07-18T21:00:00Z", outlet="courtside-wire",
         slug="players-call-indianapolis-session-wasted-opportunity",
         title="Players call Indianapolis session with league a wasted opportunity",
         text="""INDIANAPOLIS, July 18 (Courtside Wire) - WNBA players left their first face-to-face bargaining session with the league in months disappointed, union leaders said on Friday, a day after more than 40 players met league officials and team owners at a downtown hotel.

Breanna Stewart, a union vice-president, said it was useful to be in the same room as the board of governors but called the meeting a "wasted opportunity". Napheesa Collier, another vice-president, said what the league brought back was not even in the same conversation as what players had asked for.

Collier said the union would not budge on revenue sharing, because that was where the money was, and that pay had to rise across the board, from rookies to veterans. Asked whether players were prepared to miss games next year, she said she would not get into hypotheticals.

Las Vegas forward A'ja Wilson said the players would keep demanding what they were owed for as long as it took.

League officials described the session as candid. The owners who attended did not speak to reporters.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "the union would not budge on revenue sharing"),
             C("wnbpa", "raise-salary-cap", "support", "pay had to rise across the board, from rookies to veterans"),
         ]),
    # 012
    dict(published="2025-07-19T20:30:00Z", outlet="eastbridge-post",
         slug="engelbert-promises-raise-all-stars-demand-pay",
         title="Engelbert promises players a huge raise as All-Stars demand pay",
         text="""INDIANAPOLIS, July 19 (Eastbridge Post) - WNBA Commissioner Cathy Engelbert said on Saturday that the league wanted to significantly increase player salaries and benefits, while balancing that with the owners' need for a path to profitability, hours before the All-Stars warmed up in black T-shirts reading "Pay Us What You Owe Us".

Engelbert called Thursday's session with players productive and said she remained confident of a new agreement. She rejected union president Nneka Ogwumike's account that the league had offered only fixed salary-cap numbers, calling it inaccurate. The league had put forward different ways of doing revenue sharing, she said, and players would get a more generous share once the league's finances improved.

Ogwumike had told reporters on Friday that the league's offer tied the cap to set annual increases rather than to revenue.

Indiana Fever guard Caitlin Clark, a captain for Saturday's game, said players were in the room fighting to be paid more and hoped that would happen as the league kept growing.

Fans at Gainbridge Fieldhouse chanted for the players to be paid as Engelbert presented the game's MVP award to Napheesa Collier.""",
         claims=[
             C("wnba", "raise-salary-cap", "conditional", "balancing that with the owners' need for a path to profitability"),
             C("wnba", "revenue-sharing", "conditional", "players would get a more generous share once the league's finances improved"),
             C("wnba", "revenue-sharing", "oppose", "the league's offer tied the cap to set annual increases rather than to revenue", False),
             C("caitlin-clark", "raise-salary-cap", "support", "fighting to be paid more"),
         ]),
    # 013
    dict(published="2025-08-12T15:00:00Z", outlet="lakeshore-courier",
         slug="owners-balk-at-fixed-revenue-split",
         title="Owners balk at fixed revenue split as league's losses mount",
         text="""NEW YORK, Aug 12 (Lakeshore Courier) - Several WNBA team owners have told the league they will not commit to paying players a fixed percentage of league revenue, according to three people briefed on the discussions, a sign of how hard the economic talks with players may become.

The owners argue that most teams still lose money once arena costs, charter travel and marketing are counted, the people said. They spoke on condition of anonymity because the discussions were private.

Phoenix Mercury owner Mat Ishbia, who has spent heavily on his team's facilities, has said publicly that he wants players to be paid more. He has not said how any new pay system should be built.

The league has reported losses of tens of millions of dollars a year, though the union disputes how those figures are calculated. A league spokesperson declined to comment on the owners' position.

Some analysts expect the two sides to settle on a split of net revenue, after expenses, as a compromise. Others warned that the gap could push the talks past the Oct. 31 deadline.""",
         claims=[
             C("owners", "revenue-sharing", "oppose", "will not commit to paying players a fixed percentage of league revenue", False),
         ]),
    # 014
    dict(published="2025-08-28T19:00:00Z", outlet="hardwood-dispatch",
         slug="union-leaders-warn-players-could-sit-out-2026",
         title="Union leaders warn players could sit out 2026",
         text="""NEW YORK, Aug 28 (Hardwood Dispatch) - Leaders of the WNBA players' union said on Thursday that players were prepared to miss games next season rather than accept a deal that did not reflect their value, their clearest warning yet of a possible work stoppage.

Nneka Ogwumike, the union president, said players did not want a strike but would not rule one out, and that members had been briefed on what a stoppage would mean for their pay and health insurance.

Executive director Terri Carmichael Jackson said the players were united and that the union's demand for a share of revenue had not changed since it opted out last October.

Veteran forward Alysha Clark said on a podcast this week that she would back whatever the union decided.

The league said it remained focused on reaching an agreement at the table and declined to comment on the union's remarks. Asked whether the league might lock players out if no deal was reached, a spokesperson said the league would not speculate.""",
         claims=[
             C("wnbpa", "drop-strike-threat", "oppose", "did not want a strike but would not rule one out"),
             C("wnbpa", "revenue-sharing", "support", "the union's demand for a share of revenue had not changed"),
         ]),
    # 015 (no claims)
    dict(published="2025-09-16T22:00:00Z", outlet="summit-sports-daily",
         slug="bargaining-resumes-as-playoffs-continue",
         title="WNBA bargaining resumes in New York as playoffs continue",
         text="""NEW YORK, Sept 16 (Summit Sports Daily) - Negotiators for the WNBA and its players' union met again on Tuesday in Manhattan, their first session since the regular season ended, people familiar with the schedule said.

Neither side commented afterwards. A league spokesperson said only that talks were continuing, and the union declined to say whether any new proposal had changed hands.

The meeting came days after the playoffs opened. Most of the union's executive committee is still playing, which has limited the number of players able to attend sessions in person.

Sports lawyers said the timing left little room before the Oct. 31 expiry. Several predicted the two sides would need an extension, and one said a lockout could not be excluded if the talks broke down completely, though no one on either side has raised that publicly.

Free agency is also at stake: nearly every veteran not on a rookie contract will be a free agent this winter, and teams cannot sign players until a new deal is in place.""",
         claims=[]),
    # 016
    dict(published="2025-09-30T20:00:00Z", outlet="courtside-wire",
         slug="collier-accuses-league-leadership",
         title="Collier accuses WNBA leadership of failing players",
         text="""MINNEAPOLIS, Sept 30 (Courtside Wire) - Minnesota Lynx forward Napheesa Collier delivered a sharp attack on WNBA leadership on Tuesday, saying the league had the "worst leadership in the world" and that players' concerns were being ignored.

Collier, a vice-president of the players' union, read a prepared statement at her end-of-season news conference, days after a leg injury ended her season in the semifinals. She said she had raised officiating, player safety and pay with Commissioner Cathy Engelbert in private and got nowhere.

She recounted a conversation in which, she said, Engelbert had told her that players should be grateful for the media deal the league had negotiated. Collier said that attitude explained why the league's offer fell so far short, and that players would accept nothing less than a system in which their pay grew with the league's revenue.

The league did not immediately respond. Union president Nneka Ogwumike said later on social media that she stood with Collier.

The collective bargaining agreement expires on Oct. 31.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "a system in which their pay grew with the league's revenue"),
         ]),
    # 017
    dict(published="2025-10-01T14:00:00Z", outlet="lakeshore-courier",
         slug="engelbert-disputes-collier-account",
         title="Engelbert disputes Collier's account of their talks",
         text="""NEW YORK, Oct 1 (Lakeshore Courier) - WNBA Commissioner Cathy Engelbert said on Wednesday she was disheartened that Napheesa Collier felt the league had failed players, and disputed Collier's account of their private conversations.

In a statement, Engelbert said she had not made the remarks Collier attributed to her in the form they were described. She said the league remained committed to a collective bargaining agreement that significantly raised player pay, provided it also kept the league on a sound financial footing as it expanded.

The statement did not address revenue sharing directly. A league spokesperson declined to say whether Engelbert would meet Collier before the Finals.

Players rallied behind Collier on social media. Las Vegas Aces star A'ja Wilson and Chicago's Angel Reese both posted messages of support, and Indiana's Sophie Cunningham said on her podcast that a work stoppage was a real possibility.

The union has not responded formally. Its president, Nneka Ogwumike, wrote on Tuesday that Collier spoke for many players.""",
         claims=[
             C("wnba", "raise-salary-cap", "conditional", "significantly raised player pay, provided it also kept the league on a sound financial footing"),
         ]),
    # 018
    dict(published="2025-10-03T23:00:00Z", outlet="eastbridge-post",
         slug="engelbert-no-plans-to-step-down-open-to-talks-past-deadline",
         title="Engelbert says she will not step down, open to talks past deadline",
         text="""LAS VEGAS, Oct 3 (Eastbridge Post) - WNBA Commissioner Cathy Engelbert said on Friday she had no plans to step down and acknowledged that the league had to do better by its players, speaking before Game 1 of the Finals between the Las Vegas Aces and the Phoenix Mercury.

Engelbert said she had exchanged texts with Napheesa Collier and hoped to speak with her the following week. She again denied making the comment about Caitlin Clark that Collier had described.

On the talks, Engelbert said a deal would get done, though not necessarily by Oct. 31. She said the league would be willing to keep bargaining past the deadline if the two sides were close to an agreement, but would not commit to an extension now.

Asked whether owners might lock out players if there was no deal, she declined to say.

Clark, who has been recovering from a groin injury, has backed Collier's broader criticism of the league's leadership without commenting on the specific remark.""",
         claims=[
             C("wnba", "extend-cba", "conditional", "willing to keep bargaining past the deadline if the two sides were close"),
         ]),
    # 019
    dict(published="2025-10-06T21:00:00Z", outlet="hardwood-dispatch",
         slug="silver-says-wnba-deal-will-get-done",
         title="Silver says WNBA deal will get done but relationship needs repair",
         text="""STAMFORD, Oct 6 (Hardwood Dispatch) - NBA Commissioner Adam Silver said on Monday that the WNBA and its players would reach a new labor agreement, but that the dispute between players and league leadership had become too personal.

Speaking at NBC Sports headquarters, Silver said Cathy Engelbert had presided over strong growth and that he was not planning to step into the negotiations for now, though he was available to help.

He said players deserved credit for the league's rise and that their pay would go up substantially in the next deal, but that any new system had to be built on numbers the teams could sustain. The NBA owns roughly 42% of the WNBA, and many WNBA teams share owners with NBA franchises.

Silver declined to say whether he thought the Oct. 31 deadline would need to be extended.

Derek Fisher, a former president of the NBA players' union, said it was rare to hear a player speak as bluntly as Collier during talks, but that he understood why she had.

Game 3 of the WNBA Finals is on Wednesday in Phoenix.""",
         claims=[
             C("nba", "raise-salary-cap", "conditional", "had to be built on numbers the teams could sustain"),
         ]),
    # 020
    dict(published="2025-10-09T15:00:00Z", outlet="summit-sports-daily",
         slug="stewart-union-will-not-take-strike-off-table",
         title="Stewart says players will not be rushed into a bad deal",
         text="""NEW YORK, Oct 9 (Summit Sports Daily) - New York Liberty forward Breanna Stewart said on Wednesday that players would not be rushed into a bad deal by the Oct. 31 deadline and that the union was not going to take a strike off the table just because the calendar was running out.

Stewart, a vice-president of the players' union, told a technology conference in Manhattan that she stood fully behind Napheesa Collier's statement last week and disagreed with NBA Commissioner Adam Silver's view that the dispute had become too personal.

She said tying the salary cap to revenue was the core of the players' demands, and that players wanted bigger rosters and higher salaries across the board, not a few headline contracts.

The league did not respond to Stewart's remarks. The Finals between Las Vegas and Phoenix continue on Friday.""",
         claims=[
             C("wnbpa", "drop-strike-threat", "oppose", "was not going to take a strike off the table"),
             C("wnbpa", "revenue-sharing", "support", "tying the salary cap to revenue was the core of the players' demands"),
             C("wnbpa", "expand-rosters", "support", "players wanted bigger rosters and higher salaries across the board"),
             C("wnbpa", "raise-salary-cap", "support", "players wanted bigger rosters and higher salaries across the board"),
         ]),
    # 021 (shift: wnba raise-salary-cap conditional -> support)
    dict(published="2025-10-24T18:00:00Z", outlet="courtside-wire",
         slug="league-accuses-union-of-misinformation",
         title="League accuses union of spreading misinformation as deadline nears",
         text="""NEW YORK, Oct 24 (Courtside Wire) - The WNBA accused the players' union on Friday of spreading misinformation about the state of the talks, as the two sides traded blame a week before the collective bargaining agreement expires.

In a statement, the league office said the union had yet to make a counterproposal it considered workable and urged it to spend less time in the media and more at the bargaining table. The league has offered what it described as significant guaranteed raises, and it is prepared to include revenue sharing as long as it is calculated after the league's expenses, the statement said.

The union rejected that account. It said the league was undervaluing players and dragging its feet, and denied that it had softened its demand for a share of gross revenue.

Neither side said whether it would agree to extend the deadline. Analysts said the public sniping suggested that an extension was now more likely than a deal by Oct. 31.""",
         claims=[
             C("wnba", "raise-salary-cap", "support", "offered what it described as significant guaranteed raises"),
             C("wnba", "revenue-sharing", "conditional", "include revenue sharing as long as it is calculated after the league's expenses"),
             C("wnbpa", "revenue-sharing", "support", "denied that it had softened its demand for a share of gross revenue"),
         ]),
    # 022 (shift: wnba extend-cba conditional -> support)
    dict(published="2025-10-28T22:00:00Z", outlet="lakeshore-courier",
         slug="wnba-offers-30-day-extension",
         title="WNBA offers 30-day extension; union says conditions not yet right",
         text="""NEW YORK, Oct 28 (Lakeshore Courier) - The WNBA has formally offered the players' union a 30-day extension of the collective bargaining agreement, the league confirmed on Tuesday, three days before the deal is due to expire.

The extension would keep the current terms in place through Nov. 30 and let bargaining continue without interruption. The two sides agreed to a 60-day extension during the last round of talks in 2019 before signing a new deal in January 2020.

The union said in a statement that it would consider more time under the right circumstances, but that those circumstances did not yet exist. It said it had worked hard to be able to announce a deal by Friday and regretted that this would not happen.

League officials said they hoped the union would accept quickly so that players and teams had certainty heading into the offseason. Analysts said the union's hesitation could be a tactic to extract movement on salaries before it agreed.

If there is no agreement or extension by midnight on Friday, the old terms lapse, opening the door to a strike or a lockout.""",
         claims=[
             C("wnba", "extend-cba", "support", "has formally offered the players' union a 30-day extension"),
             C("wnbpa", "extend-cba", "conditional", "would consider more time under the right circumstances"),
         ]),
    # 023 (shift: wnbpa extend-cba conditional -> support)
    dict(published="2025-10-30T21:00:00Z", outlet="summit-sports-daily",
         slug="wnba-players-agree-30-day-extension",
         title="WNBA and players agree to extend labor deal by 30 days",
         text="""NEW YORK, Oct 30 (Summit Sports Daily) - The WNBA and its players' union agreed on Thursday to extend their collective bargaining agreement by 30 days, moving the deadline for a new deal to Nov. 30 and removing the immediate risk of a work stoppage.

The union accepted the league's offer after two days of talks, saying in a statement that it had agreed to the extension so bargaining could continue, while stressing that it still expected the league to make meaningful moves on pay. Either side can end the extension with 48 hours' notice.

The league said it was pleased the players had accepted and looked forward to continuing negotiations.

Napheesa Collier, a union vice-president, said players had agreed to more time, not to the league's terms, and that their demand for a share of revenue was unchanged.

The two sides remain far apart on how salaries should be set. Free agency, the expansion draft for Toronto and Portland and next season's schedule all depend on a new agreement.""",
         claims=[
             C("wnbpa", "extend-cba", "support", "it had agreed to the extension so bargaining could continue"),
             C("wnbpa", "raise-salary-cap", "support", "expected the league to make meaningful moves on pay"),
             C("wnba", "extend-cba", "support", "pleased the players had accepted"),
             C("wnbpa", "revenue-sharing", "support", "their demand for a share of revenue was unchanged"),
         ]),
    # 024 (duplicate of 023)
    dict(published="2025-10-30T23:15:00Z", outlet="courtside-wire",
         slug="players-accept-30-day-extension",
         title="Players accept 30-day extension, pushing WNBA labor deadline to Nov. 30",
         text="""NEW YORK, Oct 30 (Courtside Wire) - WNBA players and the league agreed on Thursday to a 30-day extension of their labor agreement, pushing the deadline for a new contract to Nov. 30 and easing fears of an immediate work stoppage.

The players' union took up the league's offer after two days of discussions. In a statement, it said it had agreed to the extension so bargaining could continue, and that it still expected the league to make meaningful moves on pay. Either party may end the extension with 48 hours' notice.

The league said it was pleased the players had accepted and looked forward to more talks.

Union vice-president Napheesa Collier said players had accepted more time, not the league's terms, and that their demand for a share of revenue was unchanged.

The sides remain well apart on the salary system. Free agency, an expansion draft for the Toronto and Portland teams and the 2026 schedule are on hold until a deal is signed.""",
         claims=[
             C("wnbpa", "extend-cba", "support", "it had agreed to the extension so bargaining could continue"),
             C("wnbpa", "raise-salary-cap", "support", "expected the league to make meaningful moves on pay"),
             C("wnba", "extend-cba", "support", "pleased the players had accepted"),
             C("wnbpa", "revenue-sharing", "support", "their demand for a share of revenue was unchanged"),
         ]),
    # 025 (shift: wnbpa drop-strike-threat oppose -> conditional)
    dict(published="2025-11-06T19:00:00Z", outlet="hardwood-dispatch",
         slug="union-takes-strike-off-table-as-talks-resume",
         title="Union takes strike off the table as WNBA talks resume",
         text="""NEW YORK, Nov 6 (Hardwood Dispatch) - The WNBA players' union will not call a strike while the extended labor agreement is in force, as long as the league keeps bargaining in good faith, union president Nneka Ogwumike said on Thursday.

Ogwumike said players wanted to play in 2026 and saw a stoppage only as a last resort. She said the union would set the threat aside for the length of the extension provided the league came back with a revised offer before the Nov. 30 deadline.

In August and again in October, union leaders had said they would not rule out a stoppage.

The league welcomed the comments. A spokesperson said it hoped the union would go further and rule out a strike for next season altogether, so that free agency and the expansion draft could go ahead on time.

Negotiators met on Wednesday and are due to meet again next week. Ogwumike declined to say what the union would do if the league's next offer fell short.""",
         claims=[
             C("wnbpa", "drop-strike-threat", "conditional", "set the threat aside for the length of the extension provided the league"),
             C("wnba", "drop-strike-threat", "support", "hoped the union would go further and rule out a strike for next season"),
         ]),
    # 026 (no claims)
    dict(published="2025-11-12T17:00:00Z", outlet="eastbridge-post",
         slug="expansion-draft-on-hold-toronto-portland",
         title="Expansion draft on hold as Toronto and Portland wait on labor deal",
         text="""TORONTO, Nov 12 (Eastbridge Post) - The Toronto Tempo and the Portland Fire still do not know when they will pick their first players, with the WNBA's expansion draft on hold until a new collective bargaining agreement is signed.

The league has not set a date. Executives with both teams said on Wednesday they were preparing draft boards for several scenarios, including one in which nearly every veteran becomes a free agent at the same time.

Toronto's front office held a planning session this week at its downtown offices, a team spokesperson said, and Portland's staff have been doing the same.

Analysts said the uncertainty was unusual for a league about to add two teams. One agent predicted the draft would not happen before January, and another suggested the league and union might agree on draft rules separately from the wider deal, though neither side has proposed that publicly.

Neither the league nor the union commented on the timing. A league spokesperson declined to say whether the draft could take place under the extended agreement.""",
         claims=[]),
    # 027 (shift: wnba revenue-sharing conditional -> support)
    dict(published="2025-11-18T17:30:00Z", outlet="lakeshore-courier",
         slug="league-offer-max-salary-above-1-1-million",
         title="League offer would lift WNBA max salary above $1.1 million",
         text="""NEW YORK, Nov 18 (Lakeshore Courier) - The WNBA's latest proposal to the players' union would raise the maximum salary to more than $1.1 million and the minimum to more than $220,000, according to details the league confirmed on Tuesday.

In a statement, the league said its offer includes significant guaranteed increases in the salary cap and substantial revenue sharing with no cap on it, so that player pay grows as the league's business grows. The average salary would top $460,000 in the first year, it said.

Under the current agreement the supermax is about $249,000, the minimum is about $66,000 and the cap rises by a fixed 3% a year. A separate revenue-sharing clause pays players only if revenue targets are met, which has never happened.

The union did not comment immediately. It has argued for months that the cap itself should be set by revenue, as it is in the NBA, rather than fixed with bonuses paid on top.

The current extension runs until Nov. 30.""",
         claims=[
             C("wnba", "raise-salary-cap", "support", "significant guaranteed increases in the salary cap"),
             C("wnba", "revenue-sharing", "support", "substantial revenue sharing with no cap on it"),
             C("wnbpa", "revenue-sharing", "support", "the cap itself should be set by revenue", False),
         ]),
    # 028
    dict(published="2025-11-20T16:00:00Z", outlet="summit-sports-daily",
         slug="union-dismisses-league-offer",
         title="Union dismisses league offer as old system in new clothes",
         text="""NEW YORK, Nov 20 (Summit Sports Daily) - The WNBA players' union on Thursday dismissed the league's latest proposal, saying it dressed up the old salary system rather than replacing it.

In a statement, the union said the offer put a fresh coat of paint on a structure that was not tied to any part of the business and undervalued players. It said players would not agree to any deal in which the cap was not set by league revenue, as in the NBA's system.

According to the union, the league's revenue sharing would still only pay out if the league hit revenue targets. League officials disputed that, saying the sharing was uncapped and began in the first year of the deal.

People close to the union said players were especially angry that details of the offer had leaked, which they believe was meant to turn public opinion against them.

The extension expires in 10 days. Neither side has said whether it would agree to another.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "any deal in which the cap was not set by league revenue"),
             C("wnba", "revenue-sharing", "conditional", "would still only pay out if the league hit revenue targets", False),
             C("wnba", "revenue-sharing", "support", "saying the sharing was uncapped and began in the first year"),
         ]),
    # 029 (shift: owners revenue-sharing oppose -> conditional)
    dict(published="2025-11-24T20:00:00Z", outlet="hardwood-dispatch",
         slug="owners-back-revenue-sharing-after-expenses",
         title="Owners back revenue sharing, but only after expenses",
         text="""NEW YORK, Nov 24 (Hardwood Dispatch) - WNBA team owners are prepared to share revenue with players on a guaranteed basis, but only if the split is calculated after expenses, the league's board of governors said in a statement on Monday.

The statement, issued after a call among the governors, said owners were committed to a system in which salaries grow with the business, in exchange for a formula that accounts for the cost of running teams, including charter travel and arenas. It rejected the union's call for a share of gross revenue.

It was the first time the owners had spoken collectively during the talks. Until now their views had been relayed by Commissioner Cathy Engelbert or by people briefed on their discussions.

The union said the statement changed nothing. Executive director Terri Carmichael Jackson said players would keep insisting that their pay track the league's gross revenue.

Analysts said the gap between gross and net revenue could be bridged if the two sides agreed on which expenses count.""",
         claims=[
             C("owners", "revenue-sharing", "conditional", "but only if the split is calculated after expenses"),
             C("wnbpa", "revenue-sharing", "support", "players would keep insisting that their pay track the league's gross revenue"),
         ]),
    # 030
    dict(published="2025-11-28T18:00:00Z", outlet="courtside-wire",
         slug="sides-haggle-over-second-extension",
         title="WNBA and union haggle over length of second extension",
         text="""NEW YORK, Nov 28 (Courtside Wire) - With two days left before the extended labor agreement runs out, the WNBA and its players' union were arguing on Friday over how much more time to give themselves, people familiar with the talks said.

The union has proposed a six-week extension and said in a statement that it expected substantive movement from the league within that window. The league has countered with 21 days, saying a shorter deadline would keep pressure on both sides to close a deal.

The union's statement also said players remained ready to play next season if the league moved, but that they would not give up their right to strike if the talks stalled.

Negotiators met over the Thanksgiving holiday in New York. A league spokesperson declined to say whether a deal was close.

Analysts said either length would leave free agency, normally held in the winter, in doubt.""",
         claims=[
             C("wnbpa", "extend-cba", "support", "has proposed a six-week extension"),
             C("wnba", "extend-cba", "support", "has countered with 21 days"),
             C("wnbpa", "drop-strike-threat", "conditional", "remained ready to play next season if the league moved"),
         ]),
    # 031
    dict(published="2025-12-01T04:45:00Z", outlet="eastbridge-post",
         slug="wnba-union-extend-labor-deal-to-jan-9",
         title="WNBA and union extend labor deal again, to Jan. 9",
         text="""NEW YORK, Nov 30 (Eastbridge Post) - The WNBA and its players' union agreed late on Sunday to extend their collective bargaining agreement through Jan. 9, buying 40 more days to reach a new deal shortly before the old one lapsed at midnight.

In a brief statement, the league said the two sides had agreed to the extension, with either party able to end it on 48 hours' notice, and were continuing to work toward a new agreement.

The union, which had asked for six weeks, accepted a compromise after the league moved off its offer of 21 days. It said it expected real movement from the league on a revenue-sharing system before the new deadline.

The league's most recent offer would lift the top salary above $1.1 million and includes what the league calls uncapped revenue sharing. Players have dismissed it as a fixed system in disguise.

Analysts said the 48-hour clause meant a strike or a lockout remained possible at short notice.""",
         claims=[
             C("wnba", "extend-cba", "support", "the two sides had agreed to the extension"),
             C("wnbpa", "extend-cba", "support", "The union, which had asked for six weeks, accepted a compromise"),
             C("wnbpa", "revenue-sharing", "support", "expected real movement from the league on a revenue-sharing system"),
             C("wnba", "revenue-sharing", "support", "includes what the league calls uncapped revenue sharing", False),
         ]),
    # 032
    dict(published="2025-12-01T16:00:00Z", outlet="lakeshore-courier",
         slug="analysis-second-extension-revenue-gap-remains",
         title="Analysis: second extension buys time, but WNBA's revenue gap remains",
         text="""NEW YORK, Dec 1 (Lakeshore Courier) - The WNBA's second labor extension gives the league and its players 40 more days, but it has done nothing to close the gap at the center of the dispute: how much of the league's money the players should get, and how that money is counted.

The union, which wants player pay tied to a share of gross revenue, argues that the media deal and record expansion fees prove the business can afford it. The owners, who will share revenue only once expenses are deducted, point to years of losses. Commissioner Cathy Engelbert, caught between them, declined on Monday to say whether she expected a deal by Jan. 9.

NBA Commissioner Adam Silver, who wants the next deal to raise pay on a footing teams can sustain, has so far stayed out of the room.

Labor experts said the 48-hour termination clause gives both sides a weapon. Some expect the union to seek a strike authorization vote before the new deadline; others think the threat alone will force movement.

Free agency cannot begin until a deal is signed.""",
         claims=[
             C("wnbpa", "revenue-sharing", "support", "wants player pay tied to a share of gross revenue", False),
             C("owners", "revenue-sharing", "conditional", "will share revenue only once expenses are deducted", False),
             C("nba", "raise-salary-cap", "conditional", "wants the next deal to raise pay on a footing teams can sustain", False),
         ]),
]

# Duplicate pairs: (original, copy). The copy is published later the same day by another outlet.
DUPLICATES = [("002", "003"), ("023", "024")]

SHIFTS = [
    dict(actor="wnba", issue="raise-salary-cap", **{"from": "conditional"}, to="support", article="021",
         why="The league office says it has offered significant guaranteed raises; through 001, 002/003, 008, 012 and 017 "
             "Engelbert tied any raise to the owners' path to profitability or to the business growing."),
    dict(actor="wnba", issue="extend-cba", **{"from": "conditional"}, to="support", article="022",
         why="The league formally offers a 30-day extension; in 018 Engelbert would only keep bargaining past Oct. 31 "
             "if the sides were close and would not commit to an extension."),
    dict(actor="wnbpa", issue="extend-cba", **{"from": "conditional"}, to="support", article="023",
         why="The union accepts the 30-day extension so bargaining can continue; in 022 it would consider more time only "
             "under circumstances it said did not yet exist. 024 is the same story and must not alert again."),
    dict(actor="wnbpa", issue="drop-strike-threat", **{"from": "oppose"}, to="conditional", article="025",
         why="Ogwumike says the union will set the strike threat aside for the extension provided the league returns with "
             "a revised offer; in 014 and 020 union leaders would not rule out or take a strike off the table."),
    dict(actor="wnba", issue="revenue-sharing", **{"from": "conditional"}, to="support", article="027",
         why="The league's statement describes substantial, uncapped revenue sharing in its offer; before (001, 012, 021) "
             "it would share only above revenue targets, once finances improved, or after expenses."),
    dict(actor="owners", issue="revenue-sharing", **{"from": "oppose"}, to="conditional", article="029",
         why="The board of governors says owners will share revenue on a guaranteed basis only if the split is calculated "
             "after expenses; the baseline and the reported positions in 008 and 013 were a refusal of any fixed share."),
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = {1: ["Jan"], 2: ["Feb"], 3: ["March"], 4: ["April"], 5: ["May"], 6: ["June"], 7: ["July"],
          8: ["Aug"], 9: ["Sept"], 10: ["Oct"], 11: ["Nov"], 12: ["Dec"]}


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def read_watchlist(path):
    """Minimal reader for the watchlist layout used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^actors:\s*$", line):
                section = "actors"
                continue
            if re.match(r"^issues:\s*$", line):
                section = "issues"
                continue
            if re.match(r"^baseline:\s*$", line):
                section = "baseline"
                continue
            m = re.match(r"^\s+- id:\s*(\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^\s+- \{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def build():
    articles = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        pub = parse_time(a["published"])
        url = "%s/%s/%04d/%02d/%02d/%s" % (BASE_URL, a["outlet"], pub.year, pub.month, pub.day, a["slug"])
        articles.append({
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url,
            "title": a["title"],
            "text": a["text"],
            "_outlet": a["outlet"],
            "_claims": a["claims"],
        })
    return articles


def write(articles):
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in articles if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        if not items:
            continue
        last = format_datetime(parse_time(items[0]["published"]), usegmt=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>%s/%s/</link>" % (BASE_URL, slug),
            "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % last,
        ]
        for a in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(parse_time(a["published"]), usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["_claims"] for a in articles},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def recompute_shifts(articles, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in articles:
        for c in art["_claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                shifts.append((c["actor"], c["issue"], prevailing[key], c["stance"], art["id"]))
            prevailing[key] = c["stance"]
    return shifts


def validate(articles, labels):
    errors = []
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append("baseline entry not in watchlist: %s %s %s" % (a, i, s))

    if not 30 <= len(articles) <= 34:
        errors.append("%d articles (want 30-34)" % len(articles))
    outlets_used = {a["_outlet"] for a in articles}
    if not 4 <= len(outlets_used) <= 5:
        errors.append("%d outlets used (want 4-5)" % len(outlets_used))

    prev = None
    for n, a in enumerate(articles, start=1):
        if a["id"] != "%03d" % n:
            errors.append("%s: id out of sequence" % a["id"])
        pub = parse_time(a["published"])
        if prev is not None and pub <= prev:
            errors.append("%s: not in publication order" % a["id"])
        prev = pub
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words (want 120-260)" % (a["id"], words))
        m = re.match(r"^([A-Z][A-Z .'-]*), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            errors.append("%s: no dateline" % a["id"])
        else:
            local = pub - timedelta(hours=5)  # US Eastern (standard) is close enough for the dateline day
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (a["id"], m.group(4), a["source"]))
            if m.group(2) not in MONTHS[local.month] or int(m.group(3)) != local.day:
                errors.append("%s: dateline date %s %s does not match published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
        seen = set()
        for c in a["_claims"]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not boolean" % a["id"])
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                errors.append("%s: duplicate claim tuple %s" % (a["id"], key))
            seen.add(key)

    # Duplicates: same day, other outlet, later, identical claim tuples.
    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["_outlet"] == c["_outlet"]:
            errors.append("duplicate %s/%s: same outlet" % (orig, copy))
        if o["published"][:10] != c["published"][:10] or c["published"] <= o["published"]:
            errors.append("duplicate %s/%s: copy must be later the same day" % (orig, copy))
        to = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in o["_claims"])
        tc = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in c["_claims"])
        if to != tc:
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))

    # Shifts recomputed from baseline + attributed claims in article order.
    recomputed = sorted(recompute_shifts(articles, baseline))
    labelled = sorted((s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"])
    if recomputed != labelled:
        errors.append("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labelled))
    if not any("conditional" in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    reversals = [s for s in labelled if {s[2], s[3]} == {"support", "oppose"}]
    if len(reversals) > 2:
        errors.append("%d straight support/oppose reversals (max 2)" % len(reversals))
    if not any(s[4] == copy or s[4] == orig for orig, copy in DUPLICATES for s in labelled):
        errors.append("no duplicate pair contains a shift article")

    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")
    if set(labels["claims"]) != {a["id"] for a in articles}:
        errors.append("labels.claims must list every article")

    claims = [c for a in articles for c in a["_claims"]]
    if not 60 <= len(claims) <= 90:
        errors.append("%d claims (want 60-90)" % len(claims))
    by_stance = {s: sum(1 for c in claims if c["stance"] == s) for s in STANCES}
    if min(by_stance.values()) == 0:
        errors.append("a stance is missing: %s" % by_stance)
    if by_stance["conditional"] < 6:
        errors.append("fewer than 6 conditional claims")
    if not any(not c["attributed"] for c in claims):
        errors.append("no attributed:false claims")
    empty = [a["id"] for a in articles if not a["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims (want 3-4)" % len(empty))

    # Feeds must be well-formed.
    fdir = os.path.join(HERE, "feeds")
    for name in sorted(os.listdir(fdir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(fdir, name)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (name, r.stderr.strip()))

    stats = {
        "articles": len(articles),
        "claims": len(claims),
        "by_stance": by_stance,
        "attributed_false": sum(1 for c in claims if not c["attributed"]),
        "shifts": len(labelled),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": empty,
        "per_outlet": {OUTLETS[s]: sum(1 for a in articles if a["_outlet"] == s) for s in OUTLETS},
        "words": (min(len(a["text"].split()) for a in articles), max(len(a["text"].split()) for a in articles)),
    }
    return errors, stats


def main():
    articles = build()
    labels = write(articles)
    errors, stats = validate(articles, labels)
    print(json.dumps(stats, indent=1))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
