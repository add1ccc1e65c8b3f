#!/usr/bin/env python3
"""Build the shiftwatch evaluation set rmt-rail-strikes-2022.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the whole set (quotes, ids, watchlist references, word counts,
datelines, recomputed shifts, no_alert_articles, xmllint on every feed).

Usage: python3 build.py
"""

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "eastgate-courier": "Eastgate Courier",
    "portway-herald": "Portway Herald",
    "tidewater-journal": "Tidewater Journal",
    "kingsway-bulletin": "Kingsway Bulletin",
}

# Each article: (published ISO UTC, outlet slug, url slug, title, text, claims)
# claims: list of (actor, issue, stance, quote, attributed)
ARTICLES = [
    # 001
    ("2022-05-24T16:30:00Z", "lantern-wire", "rmt-members-vote-for-national-rail-strike",
     "RMT members vote for national rail strike over pay and jobs",
     "LONDON, May 24 (Lantern Wire) - Rail workers in the RMT union have voted to strike at Network Rail and "
     "13 train companies, raising the prospect of the biggest stoppage on Britain's railways in more than 30 years.\n\n"
     "The union said 71% of those voting backed a walkout, on a turnout of 89%. No dates have been set yet, and "
     "the union must give two weeks' notice before any action.\n\n"
     "General secretary Mick Lynch said pay had been frozen for many staff while prices soared, and that "
     "thousands of maintenance jobs were under threat. He said ministers, who control the industry's budgets, "
     "could not hide behind the employers and had to join the talks. Lynch also said the union would fight any "
     "plan by the train companies to close ticket offices.\n\n"
     "A Department for Transport spokesperson said a strike would hurt passengers who were only now returning "
     "after the pandemic, and that pay was a matter for the employers to negotiate.\n\n"
     "Network Rail said it wanted to avoid disruption and urged the union to keep talking. It said the railway "
     "had to modernise to put its finances on a sustainable footing.",
     [
         ("rmt", "ministers-join-talks", "support",
          "could not hide behind the employers and had to join the talks", True),
         ("rmt", "drop-ticket-office-closures", "support",
          "the union would fight any plan by the train companies to close ticket offices", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "pay was a matter for the employers to negotiate", True),
     ]),
    # 002
    ("2022-06-07T18:00:00Z", "eastgate-courier", "rmt-sets-three-strike-days-june",
     "RMT sets three national rail strike days for late June",
     "LONDON, June 7 (Eastgate Courier) - The RMT union on Tuesday called three days of national rail strikes "
     "for June 21, 23 and 25, saying talks with Network Rail and the train companies had failed to produce an "
     "acceptable offer.\n\n"
     "More than 40,000 signallers, maintenance staff, guards and station workers are expected to walk out, and "
     "the industry warned that only a fraction of services would run on strike days and on the days in between.\n\n"
     "Mick Lynch, the union's general secretary, said members had been left with no choice after years of pay "
     "restraint. He said the union would also resist any extension of driver-only trains.\n\n"
     "Transport Secretary Grant Shapps told broadcasters it would be wrong for ministers to sit at the "
     "negotiating table, because the dispute was between the employers and their staff.\n\n"
     "Labour's transport spokeswoman Louise Haigh said Shapps had not met the union once and should bring both "
     "sides together before the stoppage began.\n\n"
     "The Rail Delivery Group, which represents the operators, said train companies would try to keep key "
     "routes open.",
     [
         ("rmt", "driver-only-operation", "oppose",
          "the union would also resist any extension of driver-only trains", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "it would be wrong for ministers to sit at the negotiating table", True),
         ("labour", "ministers-join-talks", "support",
          "should bring both sides together before the stoppage began", True),
     ]),
    # 003
    ("2022-06-15T13:00:00Z", "portway-herald", "shapps-vows-law-to-keep-trains-running",
     "Shapps vows law to keep trains running during strikes",
     "LONDON, June 15 (Portway Herald) - The government will bring in legislation to guarantee a minimum level "
     "of rail service during strikes, Transport Secretary Grant Shapps said on Wednesday, as the country braced "
     "for next week's walkouts.\n\n"
     "Shapps told lawmakers the measure, first promised in the Conservatives' 2019 election manifesto, would make "
     "sure passengers were not left stranded whenever unions stopped work. He also said ministers would change "
     "the rules to let agency staff cover for striking workers.\n\n"
     "He again ruled out joining the talks himself, saying ministers were not the employer.\n\n"
     "The RMT said a legal minimum service would amount to an attack on the right to strike, and vowed to "
     "challenge it. Business groups gave the plan a cautious welcome but warned that it would not help "
     "commuters next week.\n\n"
     "Rail industry officials said privately that any legislation would take months to pass and could not "
     "affect the June strikes.",
     [
         ("uk-government", "minimum-service-levels", "support",
          "The government will bring in legislation to guarantee a minimum level of rail service", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "He again ruled out joining the talks himself", True),
         ("rmt", "minimum-service-levels", "oppose",
          "a legal minimum service would amount to an attack on the right to strike", True),
     ]),
    # 004
    ("2022-06-20T21:00:00Z", "tidewater-journal", "last-ditch-rail-talks-collapse",
     "Last-ditch rail talks collapse on eve of national strike",
     "LONDON, June 20 (Tidewater Journal) - Talks aimed at averting this week's national rail strike broke up "
     "without agreement on Monday evening, clearing the way for the first of three walkouts to begin at "
     "midnight.\n\n"
     "Negotiators for the RMT met Network Rail and the train operators at a hotel near Euston station for most "
     "of the day, after earlier rounds at Unity House, the union's headquarters.\n\n"
     "Network Rail said its 3% offer remained on the table, linked to changes in how maintenance work is "
     "organised. Its chief negotiator Tim Shoveller said the company could not pay more without savings.\n\n"
     "Speaking outside the venue, Mick Lynch said the offer was nowhere near enough to match rising prices and "
     "rejected it.\n\n"
     "Downing Street said the government would not be sending a minister to take part, and Prime Minister Boris "
     "Johnson told his cabinet the strikes were wrong and unnecessary.\n\n"
     "Industry sources said a deal before the weekend looked unlikely.",
     [
         ("network-rail", "network-rail-offer", "support",
          "Network Rail said its 3% offer remained on the table", True),
         ("rmt", "network-rail-offer", "oppose",
          "the offer was nowhere near enough to match rising prices and rejected it", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "Downing Street said the government would not be sending a minister to take part", True),
     ]),
    # 005
    ("2022-06-21T11:00:00Z", "kingsway-bulletin", "stations-fall-silent-first-strike",
     "Stations fall silent as first national rail strike begins",
     "LONDON, June 21 (Kingsway Bulletin) - Britain's railways came largely to a standstill on Tuesday as the "
     "first of three national strike days began, with only around a fifth of scheduled trains running and many "
     "lines closed entirely.\n\n"
     "Major stations including London's Euston, King's Cross and Waterloo were almost empty in the morning rush, "
     "while roads in several cities were busier than usual. Many commuters worked from home.\n\n"
     "Pickets gathered outside stations from early morning. Mick Lynch visited a picket line at Euston, where "
     "he told reporters that members were solid and that the strike was well supported.\n\n"
     "A handful of Labour MPs joined picket lines despite an instruction from leader Keir Starmer that members "
     "of his front bench should stay away.\n\n"
     "Asked whether ministers would now step into the dispute, a government spokesman declined to say, "
     "repeating only that the strikes were unnecessary. Network Rail said services on Wednesday would also be "
     "disrupted, because signallers would not be in position to start the morning shift.\n\n"
     "Analysts said the cost to the economy could run into tens of millions of pounds a day.",
     []),
    # 006
    ("2022-07-20T17:00:00Z", "lantern-wire", "rmt-rejects-network-rail-8-percent-offer",
     "RMT rejects Network Rail's 8% offer as July 27 strike looms",
     "LONDON, July 20 (Lantern Wire) - The RMT union on Wednesday rejected an offer from Network Rail worth 8% "
     "over two years, confirming that next week's national strike will go ahead.\n\n"
     "Network Rail's offer was for 4% this year, backdated to January, and a further 4% in 2023. The money was "
     "conditional on staff accepting changes to maintenance work that the company says are needed to modernise "
     "the railway.\n\n"
     "Chief executive Andrew Haines said the deal was the best the company could afford and that members "
     "deserved the chance to vote on it.\n\n"
     "Lynch said the offer was paltry, would leave members worse off as inflation climbed above 9%, and came "
     "with strings that would cost thousands of jobs. The union's executive turned it down without a members' "
     "vote.\n\n"
     "The strike on July 27 will involve signallers and maintenance staff at Network Rail and workers at 14 "
     "train companies. Operators said timetables would be cut sharply on the day and that services would be "
     "slow to recover the following morning.",
     [
         ("network-rail", "network-rail-offer", "support",
          "Haines said the deal was the best the company could afford", True),
         ("rmt", "network-rail-offer", "oppose",
          "The union's executive turned it down without a members' vote", True),
     ]),
    # 007
    ("2022-07-27T19:00:00Z", "eastgate-courier", "starmer-sacks-frontbencher-picket-line",
     "Starmer sacks frontbencher who joined rail picket line",
     "LONDON, July 27 (Eastgate Courier) - Labour leader Keir Starmer sacked shadow transport minister Sam Tarry "
     "on Wednesday after he joined an RMT picket line at Euston station and gave interviews without permission, "
     "as rail workers staged their second national walkout in five weeks.\n\n"
     "A Labour spokesman said Tarry had been dismissed for making up policy on the airwaves, not for standing "
     "with strikers. The party said it wanted the dispute resolved through negotiation and that ministers "
     "should get round the table with the unions.\n\n"
     "Transport Secretary Grant Shapps said Network Rail's offer was a fair one and accused the RMT of refusing "
     "to let members vote on it. He said the union was harming the very passengers its members served.\n\n"
     "Only around one in five trains ran on Wednesday. Network Rail said some lines, including routes in parts "
     "of Scotland and Wales, had no trains at all.\n\n"
     "Tarry said he would always stand with workers fighting for a fair deal.",
     [
         ("labour", "ministers-join-talks", "support",
          "ministers should get round the table with the unions", True),
         ("uk-government", "network-rail-offer", "support",
          "Network Rail's offer was a fair one", True),
         ("rmt", "network-rail-offer", "oppose",
          "accused the RMT of refusing to let members vote on it", False),
     ]),
    # 008
    ("2022-07-30T15:00:00Z", "portway-herald", "train-drivers-strike-aslef-blames-ministers",
     "Train drivers strike at eight operators as Aslef blames ministers",
     "LONDON, July 30 (Portway Herald) - Train drivers at eight operators walked out on Saturday in a dispute "
     "over pay, adding to the disruption from this week's national strike by the RMT.\n\n"
     "Aslef, the drivers' union, said its members at the companies involved had not had a pay rise since 2019. "
     "General secretary Mick Whelan said the companies were unable to make any offer because the Department "
     "for Transport controlled their finances, and that the government was the real employer and belonged at "
     "the table.\n\n"
     "Grant Shapps said the government would not be drawn into negotiations and urged the union to return to "
     "talks with the companies.\n\n"
     "The Rail Delivery Group said train companies wanted to give drivers a pay rise but that it had to be paid "
     "for by changes to working practices.\n\n"
     "Drivers at ScotRail, which is run by the Scottish government, are not involved after accepting a "
     "separate deal earlier this year. Travellers heading to the Commonwealth Games in Birmingham were advised "
     "to check their journeys before setting out.",
     [
         ("aslef", "ministers-join-talks", "support",
          "the government was the real employer and belonged at the table", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "the government would not be drawn into negotiations", True),
     ]),
    # 009
    ("2022-08-18T17:30:00Z", "tidewater-journal", "shapps-threatens-to-impose-rail-reforms",
     "Shapps threatens to impose rail reforms as strikes resume",
     "LONDON, Aug 18 (Tidewater Journal) - Grant Shapps said on Thursday he was prepared to impose changes to "
     "working practices on Network Rail staff unless the RMT reached a deal soon, as a third national walkout "
     "shut much of the network.\n\n"
     "The transport secretary told reporters that legislation to require a minimum service on the railways "
     "during strikes would be introduced within weeks, once parliament returned from its summer break.\n\n"
     "Eddie Dempsey, the RMT's senior assistant general secretary, said the minimum service plan was an attempt "
     "to outlaw effective strikes and would be resisted by every means open to the union.\n\n"
     "Only around one in five trains ran, and some routes had no service at all. Another strike is scheduled "
     "for Saturday, and London Underground workers walk out on Friday in a separate dispute.\n\n"
     "Some commuters said they had given up on the railway altogether for the summer.",
     [
         ("uk-government", "minimum-service-levels", "support",
          "legislation to require a minimum service on the railways during strikes", True),
         ("rmt", "minimum-service-levels", "oppose",
          "the minimum service plan was an attempt to outlaw effective strikes", True),
     ]),
    # 010
    ("2022-09-09T12:00:00Z", "kingsway-bulletin", "rail-unions-postpone-strikes-after-queen-death",
     "Rail unions postpone September strikes after death of the Queen",
     "LONDON, Sept 9 (Kingsway Bulletin) - Rail unions on Friday called off strikes planned for next week "
     "following the death of Queen Elizabeth, saying they wished to pay their respects.\n\n"
     "The RMT had planned national walkouts at Network Rail and 14 train companies on Sept 15 and 17, and the "
     "TSSA had called action on the same days. Aslef also postponed a drivers' strike planned at a dozen "
     "companies.\n\n"
     "In a short statement the RMT said it joined the nation in paying respects and would announce new dates in "
     "due course. The TSSA said it was suspending its action as a mark of respect.\n\n"
     "Network Rail said it would draw up timetables to help mourners travel to London during the period of "
     "national mourning and for the funeral. The Department for Transport said it would not comment on the "
     "disputes during the mourning period.\n\n"
     "No talks between the unions and the employers are scheduled, according to people familiar with the "
     "matter.",
     []),
    # 011
    ("2022-10-05T14:00:00Z", "lantern-wire", "drivers-strike-again-trevelyan-stays-out",
     "Drivers strike again as new transport secretary stays out of talks",
     "LONDON, Oct 5 (Lantern Wire) - Train drivers at 12 companies walked out on Wednesday, days after the "
     "biggest day of combined action by three rail unions, with little sign of movement in the long-running "
     "dispute.\n\n"
     "Anne-Marie Trevelyan, who became transport secretary when Liz Truss took office last month, said it was "
     "not her job to negotiate pay, which remained for the employers and the unions to settle. Her department "
     "said she wanted a resolution as soon as possible.\n\n"
     "Aslef's Mick Whelan said the new government had brought nothing new. The drivers' union says it has not "
     "received a pay offer from the companies at all.\n\n"
     "The TSSA, which represents many ticket office and station staff, joined Saturday's action. Its general "
     "secretary Manuel Cortes said the train companies' plans to shut ticket offices must be abandoned, and "
     "accused ministers of treating passengers with contempt.\n\n"
     "The Conservative party conference in Birmingham was itself hit by the disruption this week, with some "
     "delegates forced to drive.",
     [
         ("uk-government", "ministers-join-talks", "oppose",
          "it was not her job to negotiate pay", True),
         ("tssa", "drop-ticket-office-closures", "support",
          "the train companies' plans to shut ticket offices must be abandoned", True),
     ]),
    # 012
    ("2022-10-20T16:00:00Z", "eastgate-courier", "government-introduces-minimum-service-bill",
     "Government introduces bill to force minimum rail service during strikes",
     "LONDON, Oct 20 (Eastgate Courier) - The government on Thursday introduced a bill to require minimum "
     "service levels on trains and other transport during strikes, fulfilling a long-standing Conservative "
     "pledge.\n\n"
     "The Transport Strikes (Minimum Service Levels) Bill would require operators and unions to agree a basic "
     "level of service for strike days, with an independent body deciding if they could not. The Department "
     "for Transport said the law would give passengers certainty on strike days.\n\n"
     "A statement from Unity House, the RMT's headquarters, called the bill an assault on the basic right to "
     "withdraw labour.\n\n"
     "The Trades Union Congress said the measure was unworkable and probably in breach of international "
     "law.\n\n"
     "It is unclear when the bill will return to the Commons, with the government in turmoil after Liz Truss "
     "announced her resignation as prime minister on Thursday afternoon.",
     [
         ("uk-government", "minimum-service-levels", "support",
          "The government on Thursday introduced a bill to require minimum service levels", True),
         ("rmt", "minimum-service-levels", "oppose",
          "called the bill an assault on the basic right to withdraw labour", True),
     ]),
    # 013
    ("2022-11-04T20:00:00Z", "portway-herald", "rmt-calls-off-november-strikes",
     "RMT calls off next week's rail strikes as new transport secretary settles in",
     "LONDON, Nov 4 (Portway Herald) - The RMT union on Friday suspended national rail strikes planned for "
     "Nov 5, 7 and 9, saying it had secured talks with Network Rail and the train companies without "
     "preconditions.\n\n"
     "The union said the talks would be intensive and would take place over the coming weeks. Its members at "
     "Network Rail and 14 operators remain in dispute, and the suspension does not end the union's mandate for "
     "action, which runs until early next year.\n\n"
     "Mark Harper, who was appointed transport secretary by Prime Minister Rishi Sunak late last month, "
     "welcomed the decision. Asked whether he would meet Mick Lynch, he declined to say, telling reporters only "
     "that he wanted the industry to find a way forward.\n\n"
     "Network Rail and the Rail Delivery Group both said they were ready to start talks promptly. Neither would "
     "say whether an improved pay offer would be tabled.\n\n"
     "Train companies said services would take time to return to normal because timetables had already been "
     "cut.",
     []),
    # 014
    ("2022-12-04T21:30:00Z", "kingsway-bulletin", "rmt-rejects-train-companies-offer-within-hours",
     "RMT rejects train companies' 8% offer within hours",
     "LONDON, Dec 4 (Kingsway Bulletin) - The RMT on Sunday rejected a pay offer from the train operating "
     "companies hours after it was made, making strikes planned for this month almost certain to go ahead.\n\n"
     "The Rail Delivery Group offered 4% for this year and a further 4% next year in exchange for changes "
     "including the extension of driver-only operation and the closure of many ticket offices. Its chair Steve "
     "Montgomery said the offer was fair and that the reforms were essential to keep the railway affordable.\n\n"
     "Lynch said the offer did not meet any of the union's tests on pay, job security or working conditions. "
     "He said the union would not sign any deal that did not keep guards on trains.\n\n"
     "Industry officials said the companies had needed government approval for the offer, which also "
     "guaranteed no compulsory redundancies until April 2024.\n\n"
     "Strikes are planned on Dec 13, 14, 16 and 17 and in early January.",
     [
         ("rdg", "train-company-offer", "support",
          "Its chair Steve Montgomery said the offer was fair", True),
         ("rdg", "driver-only-operation", "support",
          "in exchange for changes including the extension of driver-only operation", True),
         ("rdg", "drop-ticket-office-closures", "oppose",
          "and the closure of many ticket offices", True),
         ("rmt", "train-company-offer", "oppose",
          "The RMT on Sunday rejected a pay offer from the train operating companies", True),
         ("rmt", "driver-only-operation", "oppose",
          "would not sign any deal that did not keep guards on trains", True),
     ]),
    # 015
    ("2022-12-05T18:00:00Z", "tidewater-journal", "rmt-puts-network-rail-offer-to-members",
     "RMT puts Network Rail offer to members, urging rejection",
     "LONDON, Dec 5 (Tidewater Journal) - The RMT said on Monday it would put Network Rail's latest pay offer to "
     "a vote of its members, but with a recommendation that they reject it, and announced a new strike over "
     "Christmas.\n\n"
     "Network Rail has offered 5% for 2022, backdated to January, and 4% for 2023, together with a promise of no "
     "compulsory redundancies until 2025. The company says the deal depends on changes to maintenance work. "
     "Andrew Haines said it was a good offer and the final one, and that it should be put to members.\n\n"
     "The referendum closes on Dec 12. Strikes on Dec 13, 14, 16 and 17 will go ahead, and RMT members at "
     "Network Rail will also walk out from the evening of Christmas Eve until Dec 27.\n\n"
     "Lynch said the union remained available for talks but would not bow to pressure from the employers.",
     [
         ("rmt", "network-rail-offer", "oppose",
          "with a recommendation that they reject it", True),
         ("network-rail", "network-rail-offer", "support",
          "Andrew Haines said it was a good offer and the final one", True),
     ]),
    # 016
    ("2022-12-12T14:00:00Z", "lantern-wire", "rmt-members-reject-network-rail-offer",
     "RMT members reject Network Rail pay offer",
     "LONDON, Dec 12 (Lantern Wire) - RMT members at Network Rail have voted to reject the company's pay offer, "
     "the union said on Monday, meaning a wave of strikes over the coming weeks will go ahead.\n\n"
     "The union said 63.6% of members voted against the offer of 5% this year and 4% next year, on a turnout of "
     "83%. Mick Lynch called the result an emphatic verdict on a poor deal and said members were determined "
     "to keep up the fight.\n\n"
     "He said ministers had told the union they would take no part in the talks.\n\n"
     "Network Rail chief executive Andrew Haines said the union's leaders should reflect carefully on their "
     "next step, adding that the offer remained on the table and was the best available.\n\n"
     "Strikes on Tuesday and Wednesday this week will go ahead across Network Rail and 14 train operators, and "
     "there will be more walkouts over Christmas and in early January.",
     [
         ("rmt", "network-rail-offer", "oppose",
          "RMT members at Network Rail have voted to reject the company's pay offer", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "ministers had told the union they would take no part in the talks", False),
         ("network-rail", "network-rail-offer", "support",
          "the offer remained on the table and was the best available", True),
     ]),
    # 017 (duplicate of 016)
    ("2022-12-12T16:20:00Z", "kingsway-bulletin", "rail-union-members-throw-out-network-rail-offer",
     "Rail union members throw out Network Rail's offer",
     "LONDON, Dec 12 (Kingsway Bulletin) - Members of the RMT at Network Rail have voted to reject the company's "
     "pay offer, the union announced on Monday, so a series of strikes in the coming weeks will go ahead.\n\n"
     "According to the union, 63.6% of members voted against the offer of 5% for this year and 4% for next, on a "
     "turnout of 83%. General secretary Mick Lynch described the vote as an emphatic verdict on a poor deal "
     "and said members were determined to fight on.\n\n"
     "He said ministers had told the union they would take no part in the talks.\n\n"
     "Andrew Haines, Network Rail's chief executive, said union leaders ought to reflect carefully on what "
     "came next, adding that the offer remained on the table and was the best available.\n\n"
     "Walkouts on Tuesday and Wednesday will go ahead across Network Rail and 14 train companies, with further "
     "strikes planned over Christmas and at the start of January.",
     [
         ("rmt", "network-rail-offer", "oppose",
          "have voted to reject the company's pay offer", True),
         ("uk-government", "ministers-join-talks", "oppose",
          "ministers had told the union they would take no part in the talks", False),
         ("network-rail", "network-rail-offer", "support",
          "the offer remained on the table and was the best available", True),
     ]),
    # 018
    ("2022-12-15T15:30:00Z", "portway-herald", "tssa-members-accept-network-rail-offer",
     "TSSA members accept Network Rail offer rejected by RMT",
     "LONDON, Dec 15 (Portway Herald) - Members of the TSSA union at Network Rail have voted by 85% to accept the "
     "company's pay offer, the union said on Thursday, days after members of the larger RMT turned down the "
     "same deal.\n\n"
     "Turnout among the roughly 2,500 TSSA members covered by the vote was 70%. The offer includes rises of at "
     "least 9% over two years and no compulsory redundancies until 2025.\n\n"
     "Luke Chester, the TSSA's organising director, called the result clear-cut and said it showed talks "
     "could deliver once an employer put real money forward. But he said the train operating companies' "
     "proposals fell far short, and that the union's dispute with them would go on.\n\n"
     "The RMT, whose members threw out the deal on Monday, is pressing ahead with a 48-hour strike starting on "
     "Friday. Its members at 14 train companies will also walk out.",
     [
         ("tssa", "network-rail-offer", "support",
          "have voted by 85% to accept the company's pay offer", True),
         ("tssa", "train-company-offer", "oppose",
          "the train operating companies' proposals fell far short", True),
         ("rmt", "network-rail-offer", "oppose",
          "whose members threw out the deal on Monday", False),
     ]),
    # 019 (shift: uk-government ministers-join-talks oppose -> conditional)
    ("2023-01-09T19:00:00Z", "eastgate-courier", "harper-opens-door-to-rail-unions",
     "Harper opens his door to rail unions but stays out of pay talks",
     "LONDON, Jan 9 (Eastgate Courier) - Transport Secretary Mark Harper met leaders of the three main rail "
     "unions at the Department for Transport on Monday, the broadest meeting between a minister and the rail "
     "unions since the dispute began last spring.\n\n"
     "Harper said he was prepared to meet the unions and help broker a settlement, but that he would not take "
     "over the negotiating itself, which remained the job of Network Rail and the train companies. His "
     "department said the talks had covered ways to fund a better offer through reform.\n\n"
     "Mick Lynch said the talks had been useful but that no new money had been put forward. He said it was long "
     "overdue for ministers to be directly involved, given that they set the budgets.\n\n"
     "Aslef's Mick Whelan said he had not come away with anything to put to his members.\n\n"
     "Some analysts read the meeting as a sign that the government was preparing to loosen its purse strings, "
     "though officials gave no such indication.",
     [
         ("uk-government", "ministers-join-talks", "conditional",
          "he was prepared to meet the unions and help broker a settlement", True),
         ("rmt", "ministers-join-talks", "support",
          "it was long overdue for ministers to be directly involved", True),
     ]),
    # 020
    ("2023-01-10T17:00:00Z", "kingsway-bulletin", "ministers-unveil-wider-strike-law",
     "Ministers unveil wider strike law as Labour pledges repeal",
     "LONDON, Jan 10 (Kingsway Bulletin) - The government introduced legislation on Tuesday that would allow "
     "ministers to set minimum service levels during strikes on the railways and in other public services, "
     "replacing a narrower transport bill that stalled last year.\n\n"
     "Business Secretary Grant Shapps told the Commons the bill was about keeping people safe and making sure "
     "they could get to work. Employers would be able to issue notices naming the staff required to work on "
     "strike days.\n\n"
     "Labour leader Keir Starmer said a Labour government would repeal the law. The TSSA's Manuel Cortes called "
     "it a spiteful attack on working people, and the RMT said it would defy a law that threatened members with "
     "the sack for striking.\n\n"
     "The Trades Union Congress said it would consider a legal challenge.\n\n"
     "The bill is expected to pass the Commons, where the government has a large majority, but could face "
     "delays in the House of Lords.",
     [
         ("uk-government", "minimum-service-levels", "support",
          "The government introduced legislation on Tuesday that would allow ministers to set minimum service levels",
          True),
         ("labour", "minimum-service-levels", "oppose",
          "a Labour government would repeal the law", True),
         ("tssa", "minimum-service-levels", "oppose",
          "it a spiteful attack on working people", True),
         ("rmt", "minimum-service-levels", "oppose",
          "it would defy a law that threatened members with the sack for striking", True),
     ]),
    # 021
    ("2023-02-10T18:30:00Z", "tidewater-journal", "rmt-throws-out-best-and-final-offers",
     "RMT throws out 'best and final' offers from Network Rail and operators",
     "LONDON, Feb 10 (Tidewater Journal) - The RMT's executive on Friday rejected offers from both Network Rail "
     "and the train operating companies that the employers had described as their best and final, dashing hopes "
     "of an early end to the dispute.\n\n"
     "Mick Lynch said the union had consulted its 40,000 members and the message was to turn the deals down. He "
     "said members would not see their conditions torn up, or safety work cut back in the name of "
     "modernisation.\n\n"
     "The union will seek further meetings with both employers and will prepare a new strike ballot before its "
     "current mandate expires in May.\n\n"
     "Network Rail denied reports that its offer would be withdrawn, but declined to say whether it would make "
     "any further changes.\n\n"
     "Passenger groups said the news was a blow to commuters who had hoped the dispute was close to an end.",
     [
         ("rmt", "network-rail-offer", "oppose",
          "rejected offers from both Network Rail and the train operating companies", True),
         ("rmt", "train-company-offer", "oppose",
          "the message was to turn the deals down", True),
         ("network-rail", "network-rail-offer", "support",
          "denied reports that its offer would be withdrawn", True),
     ]),
    # 022
    ("2023-03-02T12:00:00Z", "lantern-wire", "signs-of-thaw-in-rail-dispute",
     "Signs of thaw in rail dispute as fresh talks get under way",
     "LONDON, March 2 (Lantern Wire) - Fresh talks between the RMT and Network Rail got under way this week, "
     "raising tentative hopes among passengers and businesses that the nine-month national rail dispute could "
     "be nearing a turning point.\n\n"
     "People familiar with the discussions said the company was looking at whether part of next year's rise "
     "could be paid earlier, which would increase the value of the deal without adding much to its cost. Others "
     "cautioned that no breakthrough was imminent.\n\n"
     "Network Rail declined to comment on the talks, which have been held at its offices in London. A "
     "spokesperson for the RMT said only that discussions were continuing, and the Department for Transport "
     "would not say whether ministers had approved any change to the offer.\n\n"
     "Some analysts predicted the government might tolerate a modest sweetener to end strikes that have cost "
     "the economy billions, while others expected both sides to dig in.\n\n"
     "RMT walkouts at 14 train operators remain scheduled for later this month.",
     []),
    # 023 (shift: rmt network-rail-offer oppose -> conditional)
    ("2023-03-07T21:00:00Z", "tidewater-journal", "rmt-suspends-network-rail-strike-referendum",
     "RMT suspends Network Rail strike to let members vote on new offer",
     "LONDON, March 7 (Tidewater Journal) - The RMT on Tuesday night suspended a strike by its Network Rail "
     "members planned for March 16 after receiving what it described as a better offer, which it will put "
     "to a referendum.\n\n"
     "The union said the offer included extra money, was no longer tied to acceptance of Network Rail's "
     "maintenance reforms and would lift salaries by between 9.2% and 14.4%. It will not recommend either way. "
     "Mick Lynch said the company had improved its terms and that it was now for members to decide.\n\n"
     "Strikes by RMT members at 14 train operators on March 16, 18 and 30 and April 1 will go ahead, the union "
     "said, because the operators' offer remained unacceptable. The Rail Delivery Group said it had made an "
     "equivalent offer and urged the union to let its members vote on that too.\n\n"
     "The referendum closes on March 20.",
     [
         ("rmt", "network-rail-offer", "conditional",
          "the company had improved its terms and that it was now for members to decide", True),
         ("rmt", "train-company-offer", "oppose",
          "because the operators' offer remained unacceptable", True),
         ("rdg", "train-company-offer", "support",
          "urged the union to let its members vote on that too", True),
     ]),
    # 024 (shift: rmt network-rail-offer conditional -> support)
    ("2023-03-20T13:00:00Z", "lantern-wire", "rail-strikes-over-rmt-members-back-deal",
     "Rail strikes over as RMT members back deal",
     "LONDON, March 20 (Lantern Wire) - RMT members at Network Rail have voted to accept the company's improved "
     "pay offer, ending their part of a dispute that has brought repeated national strikes since last June.\n\n"
     "The union said 76% voted in favour on a turnout of nearly 90%. The deal lifts salaries by between 9.2% and "
     "14.4% and extends a guarantee of no compulsory redundancies to January 2025. Mick Lynch said the dispute "
     "with Network Rail was now over.\n\n"
     "But he said the union's fight with the 14 train operating companies was very much still on, and that "
     "strikes on March 30 and April 1 would go ahead.\n\n"
     "Transport Secretary Mark Harper said he was pleased members had voted for a deal that the government had "
     "helped to broker.\n\n"
     "Business groups welcomed the result but said the continuing strikes at the train companies would still "
     "keep many customers away from town centres.",
     [
         ("rmt", "network-rail-offer", "support",
          "RMT members at Network Rail have voted to accept the company's improved pay offer", True),
         ("rmt", "train-company-offer", "oppose",
          "the union's fight with the 14 train operating companies was very much still on", True),
         ("uk-government", "ministers-join-talks", "conditional",
          "a deal that the government had helped to broker", True),
         ("uk-government", "network-rail-offer", "support",
          "he was pleased members had voted for a deal", True),
     ]),
    # 025 (duplicate of 024)
    ("2023-03-20T15:45:00Z", "portway-herald", "rmt-network-rail-members-accept-pay-deal",
     "RMT's Network Rail members vote to accept pay deal",
     "LONDON, March 20 (Portway Herald) - Members of the RMT working for Network Rail have voted to accept an "
     "improved pay offer, ending their side of a dispute that has caused repeated national strikes since June "
     "last year.\n\n"
     "According to the union, 76% backed the deal on a turnout of almost 90%. It raises salaries by between 9.2% "
     "and 14.4% and extends a guarantee of no compulsory redundancies to January 2025. General secretary Mick "
     "Lynch said the Network Rail dispute was now over.\n\n"
     "He added, however, that the union's fight with the 14 train operating companies was very much still on, "
     "and that walkouts on March 30 and April 1 would take place.\n\n"
     "Mark Harper, the transport secretary, said he was pleased members had backed a deal that the government "
     "had helped to broker.\n\n"
     "Business groups welcomed the vote but warned that the continuing strikes at the train companies would "
     "still keep many customers away from town centres.",
     [
         ("rmt", "network-rail-offer", "support",
          "have voted to accept an improved pay offer", True),
         ("rmt", "train-company-offer", "oppose",
          "the union's fight with the 14 train operating companies was very much still on", True),
         ("uk-government", "ministers-join-talks", "conditional",
          "a deal that the government had helped to broker", True),
         ("uk-government", "network-rail-offer", "support",
          "he was pleased members had backed a deal", True),
     ]),
    # 026
    ("2023-07-05T17:00:00Z", "eastgate-courier", "train-companies-plan-to-close-ticket-offices",
     "Train companies plan to close most station ticket offices",
     "LONDON, July 5 (Eastgate Courier) - Train operators in England on Wednesday launched a consultation on "
     "closing most of the roughly 1,000 station ticket offices they run, saying staff should be moved onto "
     "concourses where passengers need help.\n\n"
     "The Rail Delivery Group said only about one in eight tickets is now bought at a ticket office window and "
     "that the change would modernise stations. Jacqueline Starr, its chief executive, said stations that are "
     "staffed today would stay staffed.\n\n"
     "Prime Minister Rishi Sunak backed the plan, saying it was the right thing for passengers and "
     "taxpayers.\n\n"
     "Mick Lynch said the RMT would fight the closures through a public campaign and industrial action. "
     "Labour's Louise Haigh said the proposals should be scrapped.\n\n"
     "London Mayor Sadiq Khan, a Labour politician, said he was deeply concerned about the impact on the "
     "capital's stations, and disability charities said many passengers relied on help at the window. The "
     "consultation runs for 21 days.",
     [
         ("rdg", "drop-ticket-office-closures", "oppose",
          "launched a consultation on closing most of the roughly 1,000 station ticket offices", True),
         ("uk-government", "drop-ticket-office-closures", "oppose",
          "Prime Minister Rishi Sunak backed the plan", True),
         ("rmt", "drop-ticket-office-closures", "support",
          "the RMT would fight the closures", True),
         ("labour", "drop-ticket-office-closures", "support",
          "the proposals should be scrapped", True),
     ]),
    # 027 (shifts: uk-government and rdg drop-ticket-office-closures oppose -> support)
    ("2023-10-31T16:00:00Z", "lantern-wire", "ticket-office-closure-plans-scrapped",
     "Ticket office closure plans scrapped after public outcry",
     "LONDON, Oct 31 (Lantern Wire) - Plans to close most railway ticket offices in England were abandoned on "
     "Tuesday after passenger watchdogs objected to every proposal put forward by the train companies.\n\n"
     "Transport Secretary Mark Harper said the proposals did not meet the high thresholds ministers had set, and "
     "that he had asked the operators to withdraw them.\n\n"
     "The Rail Delivery Group said the train companies would not be taking the plans forward and would look at "
     "other ways to improve stations. Its chief executive Jacqueline Starr said the industry had listened.\n\n"
     "Mick Lynch called the decision a major win for passengers, staff and disabled groups. Labour's "
     "Louise Haigh called it a humiliating climbdown for a government that should never have backed the "
     "plans.\n\n"
     "The watchdogs Transport Focus and London TravelWatch received hundreds of thousands of responses to the "
     "consultation, the great majority of them opposed to closures.",
     [
         ("uk-government", "drop-ticket-office-closures", "support",
          "he had asked the operators to withdraw them", True),
         ("rdg", "drop-ticket-office-closures", "support",
          "the train companies would not be taking the plans forward", True),
         ("rmt", "drop-ticket-office-closures", "support",
          "called the decision a major win for passengers, staff and disabled groups", True),
         ("labour", "drop-ticket-office-closures", "support",
          "a government that should never have backed the plans", True),
     ]),
    # 028 (shift: rmt train-company-offer oppose -> conditional)
    ("2023-11-10T18:00:00Z", "portway-herald", "rmt-to-ballot-train-company-staff-on-deal",
     "RMT to ballot train company staff on deal to end national dispute",
     "LONDON, Nov 10 (Portway Herald) - The RMT will ask its members at 14 train operating companies to vote on "
     "a deal that could end the union's 18-month national dispute, after the train companies dropped demands "
     "for changes to working practices as a condition of the pay rise.\n\n"
     "Under the proposal agreed with the Rail Delivery Group, staff would receive a 5% rise backdated to 2022, "
     "or 1,750 pounds if that is greater, and a guarantee of no compulsory redundancies until the end of 2024. "
     "Talks on reforms would continue separately.\n\n"
     "The union's executive will put the offer to members without recommending either way. Mick Lynch said "
     "the shelving of the ticket office closures had helped to unlock the talks.\n\n"
     "The Rail Delivery Group said the offer was a fair one that would put money in staff pockets before "
     "Christmas. The Department for Transport said it hoped staff would back the offer.\n\n"
     "Some activists have urged members to reject the deal, saying it falls well short of inflation.",
     [
         ("rmt", "train-company-offer", "conditional",
          "will put the offer to members without recommending either way", True),
         ("rdg", "train-company-offer", "support",
          "the offer was a fair one that would put money in staff pockets", True),
         ("uk-government", "train-company-offer", "support",
          "The Department for Transport said it hoped staff would back the offer", True),
     ]),
    # 029 (shift: rmt train-company-offer conditional -> support)
    ("2023-11-30T16:00:00Z", "tidewater-journal", "rmt-members-accept-train-companies-deal",
     "RMT members accept train companies' deal, ending 18 months of strikes",
     "LONDON, Nov 30 (Tidewater Journal) - RMT members at 14 train operating companies have voted "
     "overwhelmingly to accept a pay deal, the union said on Thursday, ending an 18-month dispute that brought "
     "repeated national rail strikes.\n\n"
     "The deal includes a backdated 5% rise and job security guarantees until the end of 2024. Mick Lynch said "
     "members had backed it in large numbers and that months of walkouts had paid off. He "
     "said the union would keep negotiating with the operators over the reforms they wanted, and would defend "
     "its members' conditions.\n\n"
     "Mark Harper welcomed the result but said Aslef was still keeping drivers from voting on the offer made to "
     "them, and urged the drivers' union to do the same as the RMT.\n\n"
     "Aslef drivers are due to stage rolling regional strikes from Saturday, and an overtime ban begins on "
     "Friday.",
     [
         ("rmt", "train-company-offer", "support",
          "have voted overwhelmingly to accept a pay deal", True),
         ("uk-government", "train-company-offer", "support",
          "Mark Harper welcomed the result", True),
         ("aslef", "train-company-offer", "oppose",
          "Aslef was still keeping drivers from voting on the offer made to them", False),
     ]),
    # 030
    ("2023-12-01T12:00:00Z", "eastgate-courier", "aslef-says-drivers-would-vote-on-clean-offer",
     "Aslef says drivers would vote on an offer without strings",
     "LONDON, Dec 1 (Eastgate Courier) - Train drivers' union Aslef will begin a week of rolling regional strikes "
     "on Saturday, but its leader said drivers would be given a vote on any offer that came without demands to "
     "rewrite their terms and conditions.\n\n"
     "Mick Whelan said the companies had spent months trying to rip up agreements won over decades. If the "
     "companies came back with a clean offer, he said, the union would put it to members.\n\n"
     "Regulations allowing minimum service levels on the railways are due to take effect shortly, but the Rail "
     "Delivery Group said operators would not use them for these strikes and would consider them for future "
     "action only if they could be applied safely. Whelan said drivers would not be intimidated by the law.\n\n"
     "The overtime ban that began on Friday is likely to lead to more cancellations, particularly on routes that "
     "rely on drivers working rest days.",
     [
         ("aslef", "train-company-offer", "conditional",
          "If the companies came back with a clean offer", True),
         ("rdg", "minimum-service-levels", "conditional",
          "would consider them for future action only if they could be applied safely", True),
         ("aslef", "minimum-service-levels", "oppose",
          "drivers would not be intimidated by the law", True),
     ]),
    # 031
    ("2024-01-26T14:00:00Z", "kingsway-bulletin", "lner-drops-minimum-service-plan",
     "LNER drops plan to use minimum service law as drivers step up action",
     "LONDON, Jan 26 (Kingsway Bulletin) - LNER has dropped plans to become the first operator to run a "
     "minimum service during a strike, after drivers' union Aslef responded by calling five extra days of "
     "walkouts on the east coast route.\n\n"
     "The government-owned operator said it had decided not to issue work notices for next week's strike in "
     "order to avoid further disruption. The Rail Delivery Group, which speaks for the train companies, declined "
     "to say whether other operators would follow.\n\n"
     "Aslef's Mick Whelan said the law had failed at its first test. He said drivers were not against a "
     "settlement, but would never accept one that tore up their terms and conditions.\n\n"
     "Mark Harper urged Aslef to put the offer to its members, accusing the union of denying drivers a vote. "
     "Rolling strikes at different operators begin on Tuesday and run into the following week.",
     [
         ("aslef", "minimum-service-levels", "oppose",
          "the law had failed at its first test", True),
         ("aslef", "train-company-offer", "conditional",
          "drivers were not against a settlement, but would never accept one that tore up", True),
         ("uk-government", "train-company-offer", "support",
          "Mark Harper urged Aslef to put the offer to its members", True),
         ("aslef", "train-company-offer", "oppose",
          "accusing the union of denying drivers a vote", False),
     ]),
    # 032 (shift: aslef train-company-offer conditional -> support)
    ("2024-08-14T21:00:00Z", "tidewater-journal", "aslef-to-recommend-new-pay-offer",
     "Aslef to recommend new pay offer to train drivers",
     "LONDON, Aug 14 (Tidewater Journal) - Train drivers' union Aslef will recommend that its members accept a "
     "new pay offer, raising the prospect of an end to a two-year dispute that brought 18 days of strikes.\n\n"
     "The three-year offer, worth 5% for 2022-23, 4.75% for 2023-24 and 4.5% for 2024-25, comes with no "
     "conditions attached. Mick Whelan said it was a decent offer that was fair to drivers, and the kind of "
     "offer without strings the union had sought all along.\n\n"
     "Transport Secretary Louise Haigh, appointed after Labour won last month's general election, said she had "
     "promised to move quickly to end the strikes. If accepted, she said, the offer would finally bring the "
     "dispute to a close and allow reform of the railways to begin. The Labour government, which has promised "
     "to repeal the minimum service law, says the deal is affordable.\n\n"
     "Conservatives accused ministers of caving in to the unions. The result of the drivers' vote is expected "
     "next month.",
     [
         ("aslef", "train-company-offer", "support",
          "Aslef will recommend that its members accept a new pay offer", True),
         ("uk-government", "train-company-offer", "support",
          "the offer would finally bring the dispute to a close", True),
         ("uk-government", "minimum-service-levels", "oppose",
          "which has promised to repeal the minimum service law", False),
     ]),
    # 033
    ("2024-09-25T17:00:00Z", "portway-herald", "rmt-members-accept-2024-pay-deals",
     "RMT members accept pay deals, declaring national rail dispute over",
     "LONDON, Sept 25 (Portway Herald) - RMT members have voted to accept this year's pay offers from Network "
     "Rail and the train operating companies, and the union said the national rail dispute that began in 2022 "
     "was now over.\n\n"
     "Nearly 99% of members at the train companies voted in favour of rises of 4.75% for last year and 4.5% for "
     "this year, while 88% of Network Rail members backed a 4.5% increase, the union said. In a statement it "
     "thanked members for their resolve and criticised the previous Conservative government for refusing to "
     "negotiate in good faith.\n\n"
     "Transport Secretary Louise Haigh called the vote an essential move towards repairing the railways that "
     "would protect passengers from national strikes and clear the way for reform.\n\n"
     "The RMT's vote follows last week's acceptance by members of the drivers' union Aslef of a separate deal "
     "worth about 15% over three years.",
     [
         ("rmt", "train-company-offer", "support",
          "Nearly 99% of members at the train companies voted in favour", True),
         ("rmt", "network-rail-offer", "support",
          "88% of Network Rail members backed a 4.5% increase", True),
         ("uk-government", "train-company-offer", "support",
          "called the vote an essential move towards repairing the railways", True),
         ("uk-government", "network-rail-offer", "support",
          "called the vote an essential move towards repairing the railways", True),
         ("aslef", "train-company-offer", "support",
          "last week's acceptance by members of the drivers' union Aslef of a separate deal", False),
     ]),
]

SHIFTS = [
    {"actor": "uk-government", "issue": "ministers-join-talks", "from": "oppose", "to": "conditional",
     "article": "019",
     "why": "Harper meets the union leaders and offers to help broker a settlement while leaving the bargaining "
            "to the employers; Shapps, Downing Street and Trevelyan had refused any ministerial part in the talks "
            "(001-004, 008, 011)."},
    {"actor": "rmt", "issue": "network-rail-offer", "from": "oppose", "to": "conditional",
     "article": "023",
     "why": "The RMT suspends its Network Rail strike and puts the improved offer to a referendum with no "
            "recommendation; it had rejected every earlier Network Rail offer (004, 006, 015-017, 021)."},
    {"actor": "rmt", "issue": "network-rail-offer", "from": "conditional", "to": "support",
     "article": "024",
     "why": "RMT members at Network Rail vote 76% to accept the improved offer and Lynch declares that dispute "
            "over; 025 is the same story from a second outlet and must not alert again."},
    {"actor": "uk-government", "issue": "drop-ticket-office-closures", "from": "oppose", "to": "support",
     "article": "027",
     "why": "Harper asks the operators to withdraw the ticket office closure proposals; in 026 Sunak backed the "
            "plan."},
    {"actor": "rdg", "issue": "drop-ticket-office-closures", "from": "oppose", "to": "support",
     "article": "027",
     "why": "The Rail Delivery Group says the train companies will not take the closure plans forward; it "
            "offered closures in 014 and launched the closure consultation in 026."},
    {"actor": "rmt", "issue": "train-company-offer", "from": "oppose", "to": "conditional",
     "article": "028",
     "why": "The RMT executive puts the operators' revised offer to members without a recommendation; it had "
            "rejected the operators' offers in 014, 021 and kept striking against them in 023-025."},
    {"actor": "rmt", "issue": "train-company-offer", "from": "conditional", "to": "support",
     "article": "029",
     "why": "RMT members at the 14 train companies vote overwhelmingly to accept the deal."},
    {"actor": "aslef", "issue": "train-company-offer", "from": "conditional", "to": "support",
     "article": "032",
     "why": "Aslef recommends acceptance of the clean three-year offer; in 030 and 031 it would only put an offer "
            "without strings to members (the reports by Harper in 029 and 031 are third-party and do not count)."},
]

DUPLICATES = [("016", "017"), ("024", "025")]

STANCES = {"support", "oppose", "conditional"}
MONTHS_AP = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def rfc822(iso):
    dt = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def article_records():
    recs = []
    for i, (published, outlet, slug, title, text, claims) in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        y, m, d = published[:10].split("-")
        url = "https://example.org/%s/%s/%s/%s/%s" % (outlet, y, m, d, slug)
        recs.append({
            "id": aid,
            "published": published,
            "source": OUTLETS[outlet],
            "outlet": outlet,
            "url": url,
            "title": title,
            "text": text,
            "claims": claims,
        })
    return recs


def write_outputs(recs):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in recs:
        obj = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [r for r in recs if r["outlet"] == outlet]
        items.sort(key=lambda r: r["published"], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % outlet,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set rmt-rail-strikes-2022"
            "</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, outlet + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {
            r["id"]: [
                {"actor": a, "issue": i, "stance": s, "quote": q, "attributed": att}
                for (a, i, s, q, att) in r["claims"]
            ]
            for r in recs
        },
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for r in recs if r["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    section = None
    actors, issues, baseline = [], [], []
    for line in text.splitlines():
        if re.match(r"^actors:\s*$", line):
            section = "actors"
            continue
        if re.match(r"^issues:\s*$", line):
            section = "issues"
            continue
        if re.match(r"^baseline:\s*$", line):
            section = "baseline"
            continue
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def recompute_shifts(recs, baseline):
    prevailing = {(a, i): s for (a, i, s) in baseline}
    out = []
    for r in recs:
        for (a, i, s, q, att) in r["claims"]:
            if not att:
                continue
            prev = prevailing.get((a, i))
            if prev is not None and prev != s:
                out.append({"actor": a, "issue": i, "from": prev, "to": s, "article": r["id"]})
            prevailing[(a, i)] = s
    return out


def validate(recs, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues" % len(issues))
    for (a, i, s) in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append("bad baseline entry %s %s %s" % (a, i, s))

    if not 30 <= len(recs) <= 34:
        errors.append("%d articles" % len(recs))
    prev_pub = ""
    for n, r in enumerate(recs, start=1):
        aid = r["id"]
        if aid != "%03d" % n:
            errors.append("id %s out of sequence" % aid)
        if r["published"] <= prev_pub:
            errors.append("%s not in publication order" % aid)
        prev_pub = r["published"]
        text = r["text"]
        try:
            text.encode("ascii")
            r["title"].encode("ascii")
        except UnicodeEncodeError:
            errors.append("%s has non-ASCII characters" % aid)
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append("%s has %d words" % (aid, words))
        dt = datetime.datetime.strptime(r["published"], "%Y-%m-%dT%H:%M:%SZ")
        m = re.match(r"^([A-Z][A-Z .'-]+)(, [A-Za-z .]+)?, ([A-Za-z]+) (\d{1,2}) \((.+?)\) - \S", text)
        if not m:
            errors.append("%s lacks a dateline" % aid)
        else:
            if m.group(3) != MONTHS_AP[dt.month - 1] or int(m.group(4)) != dt.day:
                errors.append("%s dateline date does not match published" % aid)
            if m.group(5) != r["source"]:
                errors.append("%s dateline outlet does not match source" % aid)
        seen = set()
        for (a, i, s, q, att) in r["claims"]:
            if a not in actors:
                errors.append("%s unknown actor %s" % (aid, a))
            if i not in issues:
                errors.append("%s unknown issue %s" % (aid, i))
            if s not in STANCES:
                errors.append("%s bad stance %s" % (aid, s))
            if not isinstance(att, bool):
                errors.append("%s attributed not bool" % aid)
            if q not in text:
                errors.append("%s quote not in text: %r" % (aid, q))
            if len(q.split()) > 15:
                errors.append("%s quote longer than 15 words: %r" % (aid, q))
            if (a, i, s) in seen:
                errors.append("%s duplicate claim tuple %s %s %s" % (aid, a, i, s))
            seen.add((a, i, s))

    # duplicates: same day, different outlet, identical claim tuples, second copy later
    by_id = {r["id"]: r for r in recs}
    for (x, y) in DUPLICATES:
        rx, ry = by_id[x], by_id[y]
        if rx["published"][:10] != ry["published"][:10] or rx["outlet"] == ry["outlet"]:
            errors.append("duplicate pair %s/%s not same day from different outlets" % (x, y))
        tx = sorted((a, i, s, att) for (a, i, s, q, att) in rx["claims"])
        ty = sorted((a, i, s, att) for (a, i, s, q, att) in ry["claims"])
        if tx != ty:
            errors.append("duplicate pair %s/%s claims differ" % (x, y))
    shift_articles = {s["article"] for s in SHIFTS}
    if not any(x in shift_articles for (x, y) in DUPLICATES):
        errors.append("no duplicate pair has a shift article")

    # shifts
    recomputed = recompute_shifts(recs, baseline)
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if recomputed != labelled:
        errors.append("recomputed shifts differ from labels:\n  recomputed=%s\n  labelled=%s"
                      % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("%d shifts" % len(SHIFTS))
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    reversals = [s for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"}]
    if len(reversals) > 2:
        errors.append("%d straight support/oppose reversals" % len(reversals))

    expected_no_alert = [r["id"] for r in recs if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")

    # claim totals
    all_claims = [c for r in recs for c in r["claims"]]
    counts = {s: sum(1 for c in all_claims if c[2] == s) for s in STANCES}
    if not 60 <= len(all_claims) <= 90:
        errors.append("%d claims" % len(all_claims))
    if counts["conditional"] < 6 or counts["support"] == 0 or counts["oppose"] == 0:
        errors.append("stance mix %s" % counts)
    empty = [r["id"] for r in recs if not r["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims" % len(empty))

    # feeds
    feed_dir = os.path.join(HERE, "feeds")
    for outlet in OUTLETS:
        p = os.path.join(feed_dir, outlet + ".xml")
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, res.stderr.strip()))

    summary = {
        "articles": len(recs),
        "claims": len(all_claims),
        "by_stance": counts,
        "attributed_false": sum(1 for c in all_claims if not c[4]),
        "shifts": len(SHIFTS),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": empty,
        "restatements_and_first_observations": len(all_claims) - sum(1 for c in all_claims if not c[4])
        - len(SHIFTS),
        "words_min_max": (min(len(r["text"].split()) for r in recs), max(len(r["text"].split()) for r in recs)),
    }
    return errors, summary


def main():
    recs = article_records()
    labels = write_outputs(recs)
    errors, summary = validate(recs, labels)
    print(json.dumps(summary, indent=2))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
