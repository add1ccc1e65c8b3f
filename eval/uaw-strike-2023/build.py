#!/usr/bin/env python3
"""Builds and validates the uaw-strike-2023 shiftwatch evaluation set (articles, feeds, labels, watchlist). Run: python3 build.py"""
# Articles 001-016 for the uaw-strike-2023 set. Each: (id, published, outlet, slug, title, text, claims)
# claims: (actor, issue, stance, quote, attributed)
A = [
("001", "2023-07-13T16:20:00Z", "lakeshore-wire", "uaw-talks-open-no-handshake",
 "UAW opens Detroit talks by skipping the ceremonial handshake",
 "DETROIT, Jul 13 (Lakeshore Wire) - United Auto Workers President Shawn Fain opened contract talks with General Motors on Thursday by shaking hands with rank-and-file members instead of company executives, breaking with a decades-old ritual in Detroit.\n\nFain said the union would go into bargaining with Ford, GM and Stellantis demanding a share of the record profits the three companies had earned since the last contract in 2019. He said members had gone too long without raises that kept up with prices and that the union wanted cost-of-living adjustments restored to the contract.\n\nFain told a gathering of workers outside the union hall that they would not go to the companies begging for crumbs.\n\nThe four-year agreements covering about 146,000 workers expire on September 14. GM said in a statement that it looked forward to constructive talks. Ford and Stellantis open their own sessions on Friday.",
 [("uaw","restore-cola","support","the union wanted cost-of-living adjustments restored to the contract",True)]),

("002", "2023-08-01T19:05:00Z", "plainfield-gazette", "uaw-lays-out-demands",
 "UAW lays out demands: 40% raises, 32-hour week, end to tiers",
 "DETROIT, Aug 1 (Plainfield Gazette) - The United Auto Workers set out its contract demands on Tuesday, asking Ford, General Motors and Stellantis for wage increases of 40 percent over four years, arguing that chief executives' pay had risen by a similar amount.\n\nIn an online address to members, UAW President Shawn Fain also called for a 32-hour work week at 40 hours' pay, defined-benefit pensions for all workers and an end to the wage tiers that leave newer hires on lower pay for years. He said the union would insist that workers at the companies' new electric-vehicle battery plants be covered by the national master agreement.\n\nFain said the demands were fair given the companies' profits.\n\nThe union also wants cost-of-living adjustments reinstated. They were given up in 2009, when GM and Chrysler went through bankruptcy.\n\nLabor analysts said the list was the most ambitious in decades and predicted the companies would reject most of it.",
 [("uaw","forty-percent-raise","support","asking Ford, General Motors and Stellantis for wage increases of 40 percent",True),
  ("uaw","uaw-drops-32-hour-week","oppose","also called for a 32-hour work week at 40 hours' pay",True),
  ("uaw","end-wage-tiers","support","an end to the wage tiers that leave newer hires on lower pay",True),
  ("uaw","battery-plants-in-contract","support","the union would insist that workers at the companies' new electric-vehicle battery plants",True),
  ("uaw","restore-cola","support","The union also wants cost-of-living adjustments reinstated.",True)]),

("003", "2023-08-24T21:40:00Z", "signal-daily", "ford-counteroffer-nine-percent",
 "Ford counters UAW with 9% raise and lump sums",
 "DEARBORN, Mich., Aug 24 (Signal Daily) - Ford Motor Co presented its first economic offer to the United Auto Workers on Thursday, proposing a 9 percent wage increase over four years along with lump-sum payments.\n\nFord said in a statement that the union's demands would more than double its labor costs and leave it unable to fund the investments it needs to compete with non-union rivals such as Tesla and Toyota. The company said a 40 percent raise was simply not affordable.\n\nFord's offer did not restore cost-of-living adjustments, according to a summary the company sent to employees, which said fixed raises gave workers more predictability.\n\nThe UAW did not immediately comment. Union officials have said they will present a formal counter-proposal next week. The contract expires at 11:59 p.m. on September 14.",
 [("ford","forty-percent-raise","oppose","The company said a 40 percent raise was simply not affordable.",True),
  ("ford","restore-cola","oppose","fixed raises gave workers more predictability",True)]),

("004", "2023-08-31T23:10:00Z", "crossroads-ledger", "fain-bins-company-offers",
 "Fain throws automakers' offers in the bin on livestream",
 "DETROIT, Aug 31 (Crossroads Ledger) - UAW President Shawn Fain dropped printed copies of contract offers from General Motors and Stellantis into a wastebasket during an online address to members on Thursday, saying the proposals were insulting.\n\nGM offered raises of 10 percent over four years and Stellantis 14.5 percent, Fain said. Ford's earlier offer of 9 percent had already been rejected. He said the union would not settle for anything close to those figures and repeated that members deserved 40 percent.\n\nGM said its offer was competitive and that it had put forward strong wage increases and job security. In a later statement, GM said the union's wage demands, together with the 32-hour week, would put the company's future at risk.\n\nStellantis said it was surprised by the union's reaction and remained ready to negotiate. The UAW has filed unfair labor practice charges against GM and Stellantis, accusing them of failing to bargain in good faith, which both companies deny.",
 [("uaw","forty-percent-raise","support","repeated that members deserved 40 percent",True),
  ("gm","forty-percent-raise","oppose","the union's wage demands, together with the 32-hour week, would put",True),
  ("gm","uaw-drops-32-hour-week","support","together with the 32-hour week, would put the company's future at risk",True)]),

("005", "2023-09-07T13:00:00Z", "ironbridge-review", "farley-says-demands-threaten-ford",
 "Farley says UAW demands would have put Ford out of business",
 "DEARBORN, Mich., Sep 7 (Ironbridge Review) - Ford Chief Executive Jim Farley said on Thursday that if the United Auto Workers' demands had been in place during the last four years, Ford would have gone bankrupt instead of earning billions of dollars.\n\nFarley told reporters that a 32-hour week at full pay was not something any carmaker could sustain, and that Ford would not agree to it. He said the company wanted a deal that rewarded workers and also let it invest in electric vehicles.\n\nHe declined to say whether Ford would improve its wage offer before the deadline.\n\nFord's history with its workforce often comes up in these talks. Henry Ford doubled wages to five dollars a day in 1914, a move the union cites as proof that higher pay can be good business.\n\nThe UAW called Farley's arithmetic misleading and said Ford had earned $74 billion in North American profits over the past decade.",
 [("ford","forty-percent-raise","oppose","Ford would have gone bankrupt instead of earning billions of dollars",True),
  ("ford","uaw-drops-32-hour-week","support","a 32-hour week at full pay was not something any carmaker could sustain",True)]),

("006", "2023-09-12T10:15:00Z", "lakeshore-wire", "analysts-weigh-strike-costs",
 "Analysts weigh the cost of a Detroit strike as deadline nears",
 "DETROIT, Sep 12 (Lakeshore Wire) - A ten-day strike against all three Detroit automakers could cost the US economy more than $5 billion, Anderson Economic Group estimated on Tuesday, as the two sides remained far apart two days before the contract expires.\n\nSeveral analysts said they expected Ford, which has the largest UAW workforce, to be the first to move on cost-of-living adjustments, and that GM might eventually give ground on the battery plants. None of the companies confirmed that.\n\nA Ford spokesperson declined to say whether a new offer was being prepared. Stellantis did not respond to a request for comment.\n\nMichigan Governor Gretchen Whitmer urged both sides to reach a fair agreement quickly, saying the state's economy depended on it.\n\nDealers in Detroit said inventories were healthy enough to absorb a short stoppage.",
 []),

("007", "2023-09-15T05:30:00Z", "plainfield-gazette", "uaw-strikes-three-plants",
 "UAW strikes one plant at each Detroit automaker",
 "WAYNE, Mich., Sep 15 (Plainfield Gazette) - About 12,700 United Auto Workers members walked off the job at midnight at GM's Wentzville assembly plant in Missouri, Stellantis's Jeep complex in Toledo, Ohio, and Ford's Michigan Assembly Plant here, launching the union's first simultaneous strike against all three companies.\n\nUAW President Shawn Fain called it a stand-up strike, with more plants to be added if talks stall. Speaking at a rally in downtown Detroit, he said the union still wanted its full 40 percent and would not give up on ending wage tiers.\n\nGM Chief Executive Mary Barra said the company had put a historic offer of a 20 percent raise on the table and was disappointed. Stellantis said it had offered 17.5 percent and had been in contingency mode.\n\nFord said it had offered a 20 percent raise and that the union's counterproposal would double its current labor costs.",
 [("uaw","forty-percent-raise","support","he said the union still wanted its full 40 percent",True),
  ("uaw","end-wage-tiers","support","would not give up on ending wage tiers",True),
  ("gm","forty-percent-raise","oppose","the company had put a historic offer of a 20 percent raise on the table",True),
  ("ford","forty-percent-raise","oppose","the union's counterproposal would double its current labor costs",True)]),

("008", "2023-09-15T18:45:00Z", "signal-daily", "biden-urges-record-contracts",
 "Biden says record profits should mean record contracts",
 "WASHINGTON, Sep 15 (Signal Daily) - President Joe Biden said on Friday that the Detroit automakers had made significant offers but should go further to share their record profits with workers.\n\nSpeaking in the Roosevelt Room of the White House, Biden said he was sending acting Labor Secretary Julie Su and adviser Gene Sperling to Detroit to support the talks. He did not endorse any of the union's specific numbers.\n\n\"Record profits should be shared by record contracts,\" Biden said.\n\nRepublicans criticised the administration's electric-vehicle policies, which some said had pushed the companies to cut costs. Former President Donald Trump said on social media that auto workers were being sold out by the move to electric cars.\n\nA White House official said the administration would not act as a mediator.",
 []),

("009", "2023-09-20T14:30:00Z", "crossroads-ledger", "tavares-strike-has-no-winners",
 "Stellantis chief Tavares says strike has no winners",
 "AMSTERDAM, Sep 20 (Crossroads Ledger) - Stellantis Chief Executive Carlos Tavares said on Wednesday that the UAW's strike had no winners and that the company's offer was already generous given the cost of shifting to electric vehicles.\n\nTavares told an investor conference that the union's wage demand would make Stellantis uncompetitive in the United States and that the company could not agree to it. He said the idled plant in Belvidere, Illinois, had no vehicle to build and would stay closed under the company's proposal, though a parts hub might be located there.\n\nStellantis, formed from the merger of Fiat Chrysler and PSA in 2021, has said it would be willing to keep bargaining around the clock.\n\nThe UAW said Belvidere's reopening remained one of its priorities, and that the plant's 1,350 former workers had been scattered across the country.",
 [("stellantis","forty-percent-raise","oppose","the union's wage demand would make Stellantis uncompetitive",True),
  ("stellantis","reopen-belvidere","oppose","would stay closed under the company's proposal",True),
  ("uaw","reopen-belvidere","support","Belvidere's reopening remained one of its priorities",True)]),

("010", "2023-09-22T17:50:00Z", "lakeshore-wire", "strike-expands-parts-centers-ford-spared",
 "UAW expands strike to 38 GM and Stellantis parts centers, spares Ford",
 "DETROIT, Sep 22 (Lakeshore Wire) - The United Auto Workers widened its strike on Friday to 38 parts distribution centers run by General Motors and Stellantis in 20 states, but spared Ford, which Fain said had made real progress.\n\nIn a video address, Fain said Ford had agreed to reinstate cost-of-living adjustments and to shorten the time it takes new hires to reach top pay. GM and Stellantis had refused to move on cost-of-living adjustments, he said.\n\nFain said Ford was showing it was serious about reaching a deal, adding that the union would still push for more.\n\nFord had not commented on the details by late Friday. GM said it was disappointed that the union had escalated the strike. Stellantis said the union seemed intent on causing damage.",
 [("ford","restore-cola","support","Ford had agreed to reinstate cost-of-living adjustments",False),
  ("gm","restore-cola","oppose","GM and Stellantis had refused to move on cost-of-living adjustments",False),
  ("stellantis","restore-cola","oppose","GM and Stellantis had refused to move on cost-of-living adjustments",False)]),

("011", "2023-09-23T12:20:00Z", "ironbridge-review", "ford-confirms-cola-offer",
 "Ford confirms it has offered to restore cost-of-living pay",
 "DEARBORN, Mich., Sep 23 (Ironbridge Review) - Ford said on Saturday that its latest offer to the United Auto Workers would bring back cost-of-living adjustments for the first time since 2009, confirming details the union had disclosed a day earlier.\n\nIn a letter to employees, the company said the restored adjustments would protect workers' pay against inflation over the life of the contract. The offer also includes a 20 percent wage increase.\n\nFord said it had reached the limit of what it could pay without hurting its investment plans and again rejected the union's 40 percent demand. It said it did not want to be penalised for bargaining in good faith.\n\nStellantis and GM did not say whether they would match the cost-of-living offer. Analysts said pressure on them to do so would grow.",
 [("ford","restore-cola","support","its latest offer to the United Auto Workers would bring back cost-of-living adjustments",True),
  ("ford","forty-percent-raise","oppose","again rejected the union's 40 percent demand",True)]),

("012", "2023-09-26T20:10:00Z", "lakeshore-wire", "biden-joins-picket-line",
 "Biden joins UAW picket line, says workers deserve a big raise",
 "BELLEVILLE, Mich., Sep 26 (Lakeshore Wire) - President Joe Biden joined striking auto workers on a picket line outside a General Motors parts warehouse near Detroit on Tuesday, the first time a sitting president has done so.\n\nSpeaking through a bullhorn with UAW President Shawn Fain beside him, Biden said the workers had made sacrifices when the industry was in crisis and deserved a significant raise. Asked by a reporter whether the union should get a 40 percent raise, Biden said yes, that they should be able to bargain for that.\n\nFain thanked the president for standing with workers. Neither GM nor the other companies commented on the visit.\n\nThe White House said Biden was not taking sides in the negotiations themselves. Republicans accused him of playing politics with the strike.",
 [("white-house","forty-percent-raise","support","Biden said yes, that they should be able to bargain for that",True)]),

("013", "2023-09-26T21:35:00Z", "crossroads-ledger", "president-on-picket-line",
 "President Biden walks picket line with striking UAW members",
 "BELLEVILLE, Mich., Sep 26 (Crossroads Ledger) - Joe Biden became the first sitting US president to join a picket line on Tuesday, standing with striking United Auto Workers members outside a GM parts distribution center near Detroit.\n\nWith UAW President Shawn Fain next to him, Biden told the strikers through a bullhorn that they had sacrificed when the carmakers were struggling and now deserved a significant raise. When a reporter asked whether workers should get a 40 percent raise, Biden answered yes, that they should be able to bargain for that.\n\nFain thanked Biden for standing with the workers. GM and the other automakers made no comment on the visit.\n\nThe White House said the president was not taking sides in the talks. Republicans said he was playing politics.",
 [("white-house","forty-percent-raise","support","Biden answered yes, that they should be able to bargain for that",True)]),

("014", "2023-09-27T23:55:00Z", "plainfield-gazette", "trump-speaks-nonunion-plant",
 "Trump courts auto workers at non-union plant, attacks EV push",
 "CLINTON TOWNSHIP, Mich., Sep 27 (Plainfield Gazette) - Former President Donald Trump told workers at a non-union auto parts maker near Detroit on Wednesday that the shift to electric vehicles would wipe out their jobs no matter what the union won at the bargaining table.\n\nTrump said it did not much matter what the workers got in the current talks, because in a couple of years the jobs would be gone to China. He urged the UAW's leaders to endorse him.\n\nUAW President Shawn Fain, who has refused to meet Trump, said the former president served a billionaire class and had no interest in workers. The Biden campaign said Trump had stood with the companies while in office.\n\nThe event at Drake Enterprises was held instead of attending the second Republican primary debate in California.",
 []),

("015", "2023-09-29T18:30:00Z", "signal-daily", "strike-expands-ford-chicago-gm-lansing",
 "UAW adds Ford Chicago and GM Lansing plants to strike",
 "DETROIT, Sep 29 (Signal Daily) - The United Auto Workers extended its strike on Friday to Ford's Chicago Assembly Plant and GM's Lansing Delta Township plant, saying progress had stalled. Stellantis was spared after making late concessions.\n\nFord Chief Executive Jim Farley said the union was holding the deal hostage over battery plants that had not yet been built. He said Ford's battery plants were joint ventures with a partner and could not simply be folded into the master agreement. He called the plants an issue for the future.\n\nFain said the union would not sign any agreement that did not protect workers at the battery plants, since those jobs would replace engine and transmission work.\n\nStellantis said talks had made significant progress and that its latest offer included restoring cost-of-living adjustments.",
 [("ford","battery-plants-in-contract","oppose","could not simply be folded into the master agreement",True),
  ("uaw","battery-plants-in-contract","support","would not sign any agreement that did not protect workers at the battery plants",True),
  ("stellantis","restore-cola","support","its latest offer included restoring cost-of-living adjustments",True)]),

("016", "2023-10-03T09:45:00Z", "ironbridge-review", "battery-plants-sticking-point",
 "Battery plants emerge as the main sticking point in Detroit talks",
 "DETROIT, Oct 3 (Ironbridge Review) - The future of electric-vehicle battery plants has become the hardest issue in the United Auto Workers' talks, analysts and people close to the negotiations said, as the strike entered its third week.\n\nSome analysts said GM could be the first to give ground, because its Ultium Cells joint venture plant in Ohio already has UAW representation at lower wages. Others said the companies feared locking in costs for plants years before they open.\n\nTalks were held at GM's Renaissance Center headquarters on Monday. GM declined to say whether it would change its stance on the battery plants. A Ford spokesperson also declined to comment.\n\nThe strike has so far cost the three companies about $1.6 billion, according to Anderson Economic Group.",
 []),
]
# Articles 017-032 for the uaw-strike-2023 set. Same tuple layout as articles_a.py.
B = [
("017", "2023-10-06T17:20:00Z", "lakeshore-wire", "gm-agrees-battery-plants-master-agreement",
 "GM agrees to bring battery plants under UAW master agreement",
 "DETROIT, Oct 6 (Lakeshore Wire) - General Motors has agreed to bring workers at its electric-vehicle battery joint ventures under the United Auto Workers' national master agreement, the union said on Friday, and it held off on widening the strike.\n\nUAW President Shawn Fain held up a copy of the company's written proposal during a video address, calling it a transformative win. He said GM had moved only after the union threatened to strike its profitable Arlington, Texas, truck plant.\n\nGM confirmed the move in a statement, saying its latest offer would place its battery plant workers under the national agreement and that it hoped this would help end the strike. GM said it had now offered a 20 percent raise and had moved further than the union acknowledged.\n\nFord and Stellantis were not expected to face new walkouts this week.",
 [("gm","battery-plants-in-contract","support","its latest offer would place its battery plant workers under the national agreement",True),
  ("uaw","battery-plants-in-contract","support","calling it a transformative win",True)]),

("018", "2023-10-06T19:05:00Z", "plainfield-gazette", "gm-battery-plants-union-deal",
 "GM offers to put battery plant workers under UAW national contract",
 "DETROIT, Oct 6 (Plainfield Gazette) - General Motors agreed on Friday to place workers at its electric-vehicle battery joint ventures under the United Auto Workers' national master agreement, according to the union, which held back from expanding its strike.\n\nUAW President Shawn Fain showed the company's written proposal during an online address and called it a transformative win. He said GM moved only after the union threatened to walk out at its lucrative truck plant in Arlington, Texas.\n\nIn a statement, GM confirmed that its latest offer would place its battery plant workers under the national agreement and said it hoped the step would help end the strike. The company said it had now offered a 20 percent raise and had moved further than the union acknowledged.\n\nNo new walkouts at Ford or Stellantis were expected this week.",
 [("gm","battery-plants-in-contract","support","its latest offer would place its battery plant workers under the national agreement",True),
  ("uaw","battery-plants-in-contract","support","called it a transformative win",True)]),

("019", "2023-10-06T22:40:00Z", "signal-daily", "farley-battery-plants-competitive",
 "Ford open to union battery plants if pay stays competitive, Farley says",
 "DEARBORN, Mich., Oct 6 (Signal Daily) - Ford Chief Executive Jim Farley said on Friday the company was prepared to bring its future battery plants into the UAW contract, but only if wages there stayed competitive with non-union rivals such as Tesla and the Asian battery makers.\n\nHe said Ford could not afford to pay assembly-plant wages for battery work that others did for much less. If the union accepted that, he said, there was a deal to be made on the plants.\n\nFarley said GM's move did not put pressure on Ford, which had been the first to offer cost-of-living adjustments. He said Ford's offer of a 23 percent raise, up from 20 percent, was its best.\n\nThe UAW said it would study Ford's position. Analysts said Ford's statement was the clearest sign yet that the battery dispute could be settled.",
 [("ford","battery-plants-in-contract","conditional","prepared to bring its future battery plants into the UAW contract, but only if",True),
  ("ford","restore-cola","support","had been the first to offer cost-of-living adjustments",True),
  ("ford","forty-percent-raise","oppose","Ford's offer of a 23 percent raise, up from 20 percent, was its best",True)]),

("020", "2023-10-11T22:15:00Z", "crossroads-ledger", "uaw-strikes-kentucky-truck",
 "UAW shuts Ford's Kentucky Truck Plant in surprise walkout",
 "LOUISVILLE, Ky., Oct 11 (Crossroads Ledger) - About 8,700 United Auto Workers members walked out of Ford's Kentucky Truck Plant on Wednesday evening, shutting Ford's largest and most profitable factory after the company declined to improve its offer.\n\nDearborn called the move grossly irresponsible and said it had already put forward an offer that would make its UAW workers among the best paid in the industry. The company said it had reached its limit on wages.\n\nUAW President Shawn Fain said Ford had been told the plant would be struck if the company came back with the same offer. He said members deserved more than 23 percent.\n\nThe plant builds the Super Duty pickup and the Expedition and Lincoln Navigator sport utility vehicles.",
 [("ford","forty-percent-raise","oppose","The company said it had reached its limit on wages.",True),
]),

("021", "2023-10-16T15:50:00Z", "ironbridge-review", "bill-ford-urges-end-to-strike",
 "Bill Ford urges end to strike in speech at Rouge plant",
 "DEARBORN, Mich., Oct 16 (Ironbridge Review) - Ford Executive Chair Bill Ford appealed to striking workers on Monday to end the walkout, saying the fight between Ford and the union was helping only Toyota, Tesla and Chinese carmakers.\n\nSpeaking at the company's Rouge complex, the great-grandson of founder Henry Ford said the company had made the best offer in its history and could not go further on wages without putting jobs at risk. He said Ford was the most American of the carmakers, building more vehicles in the United States with union labour than anyone else.\n\nHe said the company wanted a deal that let it invest in the future, including battery plants, but did not say how those plants should be covered.\n\nThe UAW said Bill Ford should instead tell his negotiators to return to the table with a fair offer.",
 [("ford","forty-percent-raise","oppose","could not go further on wages without putting jobs at risk",True)]),

("022", "2023-10-24T20:30:00Z", "lakeshore-wire", "uaw-strikes-sterling-heights-arlington",
 "UAW strikes Stellantis Sterling Heights and GM Arlington plants",
 "STERLING HEIGHTS, Mich., Oct 24 (Lakeshore Wire) - The United Auto Workers struck Stellantis's Ram pickup plant here on Monday and GM's Arlington, Texas, plant on Tuesday, hitting the two companies' most profitable factories.\n\nStellantis North America Chief Operating Officer Mark Stewart said the company had offered a 23 percent raise and the union's new demands would hurt its ability to compete. He said Stellantis had no new product for the idled Belvidere plant and could not promise to reopen it.\n\nUAW President Shawn Fain said Belvidere must reopen and that the union would not back off until it did. GM said the Arlington walkout was disappointing and said its offer matched Ford's on wages.\n\nMore than 45,000 UAW members are now on strike.",
 [("stellantis","forty-percent-raise","oppose","the union's new demands would hurt its ability to compete",True),
  ("stellantis","reopen-belvidere","oppose","could not promise to reopen it",True),
  ("uaw","reopen-belvidere","support","Belvidere must reopen",True),
  ("gm","forty-percent-raise","oppose","its offer matched Ford's on wages",True)]),

("023", "2023-10-25T23:15:00Z", "signal-daily", "ford-uaw-tentative-agreement",
 "Ford and UAW reach tentative deal with 25% raises",
 "DETROIT, Oct 25 (Signal Daily) - Ford and the United Auto Workers reached a tentative agreement on Wednesday that would raise base wages by 25 percent over the life of the contract, restore cost-of-living adjustments and end the strike at Ford plants after six weeks.\n\nThe deal, which still needs ratification by about 57,000 Ford workers, would end the wage tiers for newer hires, cutting the time to reach top pay to three years, and convert temporary workers to full-time status.\n\nFord Chief Executive Jim Farley said the company was pleased to have reached an agreement that reflected its workers' contributions. Ford said the deal would add $8.8 billion to its costs over four years.\n\nPresident Joe Biden called the agreement historic. GM and Stellantis workers remain on strike.",
 [("ford","restore-cola","support","restore cost-of-living adjustments",True),
  ("ford","end-wage-tiers","support","would end the wage tiers for newer hires",True),
  ("uaw","restore-cola","support","restore cost-of-living adjustments",True),
  ("uaw","end-wage-tiers","support","would end the wage tiers for newer hires",True)]),

("024", "2023-10-26T19:40:00Z", "crossroads-ledger", "fain-explains-ford-deal",
 "Fain says union set aside 32-hour week to win Ford deal",
 "DETROIT, Oct 26 (Crossroads Ledger) - UAW President Shawn Fain told members on Thursday that the tentative agreement with Ford delivered more than the last 22 years of contracts combined, but acknowledged it did not include everything the union had sought.\n\nFain said the union had dropped the 32-hour week from this contract to secure the raises and the return of cost-of-living adjustments, and that pensions for all workers had not been won either. He said those fights would continue in 2028.\n\nHe said the deal ended the wage tier system at Ford and gave the union the right to strike over plant closures. The agreement also gives a route to represent workers at Ford's battery plants, he said.\n\nLocal union leaders will review the deal in Detroit on Sunday before members vote.",
 [("uaw","uaw-drops-32-hour-week","support","the union had dropped the 32-hour week from this contract",True),
  ("uaw","end-wage-tiers","support","the deal ended the wage tier system at Ford",True),
  ("ford","end-wage-tiers","support","the deal ended the wage tier system at Ford",False)]),

("025", "2023-10-28T21:00:00Z", "plainfield-gazette", "stellantis-tentative-deal-belvidere",
 "Stellantis deal with UAW would reopen Belvidere plant",
 "DETROIT, Oct 28 (Plainfield Gazette) - Stellantis reached a tentative agreement with the United Auto Workers on Saturday that includes reopening its idled assembly plant in Belvidere, Illinois, one of the union's central demands.\n\nStellantis said in a statement that it would invest in Belvidere to build a new midsize truck starting in 2027 and would add a battery plant there, bringing back about 1,300 jobs. Mark Stewart said the agreement would let the company move forward.\n\nUAW President Shawn Fain called the reopening a victory for workers who had been told the plant was dead. He said the deal also brings Stellantis battery plant workers under the master agreement, which the company did not address in its statement.\n\nThe terms largely follow the Ford deal, with a 25 percent raise and the return of cost-of-living adjustments.",
 [("stellantis","reopen-belvidere","support","it would invest in Belvidere to build a new midsize truck starting in 2027",True),
  ("uaw","reopen-belvidere","support","called the reopening a victory for workers",True),
  ("stellantis","battery-plants-in-contract","support","the deal also brings Stellantis battery plant workers under the master agreement",False),
  ("stellantis","restore-cola","support","the return of cost-of-living adjustments",True)]),

("026", "2023-10-30T16:25:00Z", "ironbridge-review", "gm-tentative-agreement-ends-strike",
 "GM reaches tentative deal, ending UAW strike against Detroit three",
 "DETROIT, Oct 30 (Ironbridge Review) - General Motors reached a tentative agreement with the United Auto Workers on Monday, ending a 46-day strike that had spread to plants at all three Detroit automakers.\n\nGM Chief Executive Mary Barra said the deal would end the wage tiers at GM, moving temporary workers and those at its components plants onto the same pay scale as other hourly workers. She said the company was pleased that its employees could return to work.\n\nGM said the agreement restores cost-of-living adjustments and keeps its battery plants under the national agreement, as it had offered in early October. The deal follows the Ford and Stellantis pattern of a 25 percent raise.\n\nPresident Joe Biden praised the agreements and said they showed that collective bargaining works. Votes by GM members are expected in November.",
 [("gm","end-wage-tiers","support","the deal would end the wage tiers at GM",True),
  ("gm","restore-cola","support","GM said the agreement restores cost-of-living adjustments",True),
  ("gm","battery-plants-in-contract","support","keeps its battery plants under the national agreement",True)]),

("027", "2023-11-06T18:10:00Z", "lakeshore-wire", "gm-locals-vote-against-deal",
 "Some GM locals vote down tentative deal as ratification tightens",
 "FLINT, Mich., Nov 6 (Lakeshore Wire) - Workers at several large General Motors plants, including Flint Assembly and Spring Hill in Tennessee, have voted against the union's tentative agreement, making the company-wide ratification vote closer than expected.\n\nSome local officers said the deal did not go far enough, noting that pensions for all were missing and that the 25 percent raise fell short of the original demand. Their votes are not binding on the national result.\n\nUAW President Shawn Fain urged members to approve it. He said the agreement ends the wage tier system and brings back cost-of-living adjustments, gains he said no one had expected a year ago.\n\nSome analysts said a rejection at GM was possible but unlikely. GM did not comment on the vote.",
 [("uaw","end-wage-tiers","support","the agreement ends the wage tier system",True),
  ("uaw","restore-cola","support","brings back cost-of-living adjustments",True)]),

("028", "2023-11-09T20:00:00Z", "signal-daily", "biden-visits-belvidere",
 "Biden visits Belvidere plant that UAW deal will reopen",
 "BELVIDERE, Ill., Nov 9 (Signal Daily) - President Joe Biden visited Belvidere on Thursday, celebrating the planned reopening of the Stellantis assembly plant alongside UAW President Shawn Fain.\n\nBiden said the reopening of the plant was a promise kept to a town that had been written off, and that it showed workers could win when they stood together. He said he wanted the plant running again as soon as possible.\n\nFain said the union would hold Stellantis to its commitment. Stellantis declined to say whether it would attend any events with the president.\n\nThe plant, which built the Jeep Cherokee, was idled in February. Trump's campaign criticised the visit, saying Biden's electric-vehicle policies would ultimately cost Illinois jobs.",
 [("white-house","reopen-belvidere","support","he wanted the plant running again as soon as possible",True),
  ("uaw","reopen-belvidere","support","the union would hold Stellantis to its commitment",True)]),

("029", "2023-11-17T22:30:00Z", "crossroads-ledger", "uaw-members-ratify-deals",
 "UAW members ratify contracts at Ford, GM and Stellantis",
 "DETROIT, Nov 17 (Crossroads Ledger) - United Auto Workers members ratified new four-year contracts with Ford, General Motors and Stellantis, the union said on Friday, closing the most contentious bargaining round in decades.\n\nAbout 69 percent of Ford workers and 68 percent of Stellantis workers voted in favour. At GM, the margin was narrower at about 55 percent.\n\nThe contracts run until April 2028, a date Fain has urged other unions to align with for a possible general strike.\n\nThe companies have said the deals will raise their costs by several billion dollars over four years. Wall Street analysts said the automakers would likely respond with cost cuts elsewhere.\n\nToyota, Honda and Hyundai, whose US plants are not unionised, announced wage increases after the deals.",
 []),

("030", "2024-06-14T15:00:00Z", "plainfield-gazette", "uaw-presses-stellantis-belvidere",
 "UAW warns Stellantis over Belvidere as sales slow",
 "DETROIT, Jun 14 (Plainfield Gazette) - The United Auto Workers warned Stellantis on Friday that any delay to the Belvidere reopening would breach the contract, amid reports that the company was reviewing investment plans as its US sales fell.\n\nUAW President Shawn Fain said the union would not allow Stellantis to walk away from a commitment that members ratified. Several analysts said Stellantis might push back the timeline to save cash.\n\nStellantis said it would not comment on speculation. Tavares has said the company must cut costs to protect margins.\n\nIllinois officials said state incentives for the project were still in place. Belvidere's mayor said the town had already begun planning for the return of hundreds of workers and their families.\n\nThe plant has been idle since February 2023.",
 [("uaw","reopen-belvidere","support","would not allow Stellantis to walk away from a commitment that members ratified",True)]),

("031", "2024-08-08T18:45:00Z", "signal-daily", "stellantis-delays-belvidere",
 "Stellantis says Belvidere timing depends on market conditions",
 "AUBURN HILLS, Mich., Aug 8 (Signal Daily) - Stellantis said on Thursday it was delaying its investment in Belvidere, Illinois, saying it would reopen the plant only when market conditions allowed and the business case supported it.\n\nThe company said it remained committed to the project in principle but that the timing of the truck plant and the battery plant depended on demand and cost.\n\nUAW President Shawn Fain called the decision a betrayal and said the union would file grievances that could lead to strikes. He said the contract guarantees the reopening.\n\nThe White House said it expected Stellantis to keep its word to Belvidere's workers.\n\nStellantis has reported falling US sales and swelling dealer inventories this year, and Tavares has promised investors deeper cost cuts in North America.",
 [("stellantis","reopen-belvidere","conditional","it would reopen the plant only when market conditions allowed",True),
  ("uaw","reopen-belvidere","support","He said the contract guarantees the reopening.",True),
  ("white-house","reopen-belvidere","support","it expected Stellantis to keep its word to Belvidere's workers",True)]),

("032", "2024-08-12T11:20:00Z", "ironbridge-review", "belvidere-delay-analysis",
 "Belvidere delay sets up new fight between Stellantis and UAW",
 "DETROIT, Aug 12 (Ironbridge Review) - The delay to Stellantis's Belvidere plans has opened a new front between the carmaker and the United Auto Workers, with grievances filed at several plants.\n\nLabour lawyers said the contract allowed strikes over broken investment promises, and some analysts predicted a strike authorisation vote within weeks. Others said a compromise on timing was likely.\n\nIn the 2023 contract talks, the union had made reopening the plant one of its central demands. Stellantis had first said the plant would stay closed before agreeing in October to revive it.\n\nDonald Trump, campaigning in Michigan, blamed the Biden administration's electric-vehicle policies for the auto industry's troubles. Stellantis did not comment.",
 []),
]

# ---------------------------------------------------------------------------
# Everything below generates the set from the article table above and validates it.
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "lakeshore-wire": "Lakeshore Wire",
    "plainfield-gazette": "Plainfield Gazette",
    "crossroads-ledger": "Crossroads Ledger",
    "signal-daily": "Signal Daily",
    "ironbridge-review": "Ironbridge Review",
}
ARTICLES = A + B

WATCHLIST = """# shiftwatch eval set uaw-strike-2023: tracked actors and issues.
# The 2023 United Auto Workers 'stand-up strike' against Ford, General Motors and Stellantis,
# the tentative agreements of October 2023, ratification in November, and the 2024 Belvidere delay.
# Company headquarters towns (Dearborn, Auburn Hills) and buildings (Renaissance Center, White House)
# also appear as plain locations; such mentions carry no stance.

actors:
  - id: uaw
    name: United Auto Workers (national union leadership)
    aliases: [United Auto Workers, UAW, the union, Shawn Fain, Fain]
  - id: ford
    name: Ford Motor Company
    aliases: [Ford, Ford Motor, Ford Motor Co, Ford Motor Company, Dearborn, Jim Farley, Farley, Bill Ford]
  - id: gm
    name: General Motors
    aliases: [General Motors, GM, Mary Barra, Barra, Renaissance Center]
  - id: stellantis
    name: Stellantis (Chrysler, Jeep, Ram)
    aliases: [Stellantis, Carlos Tavares, Tavares, Mark Stewart, Stewart, Auburn Hills]
  - id: white-house
    name: President Joe Biden and the White House
    aliases: [Joe Biden, Biden, President Biden, White House, Biden administration, Julie Su, Gene Sperling, Karine Jean-Pierre]
  - id: trump
    name: Donald Trump (former president, 2024 candidate)
    aliases: [Donald Trump, Trump, Trump campaign]

issues:
  - id: forty-percent-raise
    name: The automakers grant a 40% pay rise over four years
    description: UAW members at Ford, GM and Stellantis receive base-wage increases of about 40 percent over the life of the contract.
    terms: [40% raise, 40 percent, pay rise, wage increase, raises, wages]
  - id: restore-cola
    name: Cost-of-living adjustments are restored in the UAW contracts
    description: The automakers bring back the cost-of-living allowance (COLA) given up in 2009.
    terms: [COLA, cost-of-living adjustment, cost of living allowance, inflation protection]
  - id: end-wage-tiers
    name: The automakers end wage tiers for newer and temporary workers
    description: The tiered pay system is abolished, so newer hires and temporary workers reach the same top rate.
    terms: [wage tiers, tier system, two-tier, temporary workers, wage progression, top pay]
  - id: uaw-drops-32-hour-week
    name: The UAW drops its demand for a 32-hour work week
    description: The union abandons, for this contract, its demand for 32 hours of work at 40 hours' pay.
    terms: [32-hour week, four-day week, 32 hours, shorter work week]
  - id: battery-plants-in-contract
    name: Electric-vehicle battery plants are brought under the UAW master agreement
    description: Workers at the automakers' battery plants and battery joint ventures are covered by the national master agreement.
    terms: [battery plants, battery joint venture, EV battery, master agreement, Ultium Cells, BlueOval SK]
  - id: reopen-belvidere
    name: Stellantis reopens the idled Belvidere, Illinois assembly plant
    description: The Belvidere plant, idled in February 2023, gets new production and its jobs back.
    terms: [Belvidere, Belvidere plant, reopen, idled plant, Illinois]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: uaw, issue: forty-percent-raise, stance: support}
  - {actor: uaw, issue: restore-cola, stance: support}
  - {actor: uaw, issue: end-wage-tiers, stance: support}
  - {actor: uaw, issue: uaw-drops-32-hour-week, stance: oppose}
  - {actor: uaw, issue: battery-plants-in-contract, stance: support}
  - {actor: uaw, issue: reopen-belvidere, stance: support}
  - {actor: ford, issue: forty-percent-raise, stance: oppose}
  - {actor: ford, issue: restore-cola, stance: oppose}
  - {actor: ford, issue: battery-plants-in-contract, stance: oppose}
  - {actor: gm, issue: forty-percent-raise, stance: oppose}
  - {actor: gm, issue: end-wage-tiers, stance: oppose}
  - {actor: gm, issue: battery-plants-in-contract, stance: oppose}
  - {actor: stellantis, issue: forty-percent-raise, stance: oppose}
  - {actor: stellantis, issue: reopen-belvidere, stance: oppose}
"""

SHIFTS = [
    {"actor": "ford", "issue": "restore-cola", "from": "oppose", "to": "support", "article": "011",
     "why": "Ford's letter to employees says its latest offer brings back cost-of-living adjustments; in 003 its summary defended fixed raises instead. Fain's report in 010 is third-party and does not move the stance."},
    {"actor": "gm", "issue": "battery-plants-in-contract", "from": "oppose", "to": "support", "article": "017",
     "why": "GM's statement confirms its offer places battery plant workers under the national agreement (baseline: GM resisted covering its battery joint ventures)."},
    {"actor": "ford", "issue": "battery-plants-in-contract", "from": "oppose", "to": "conditional", "article": "019",
     "why": "Farley says Ford is prepared to bring battery plants into the contract, but only if pay stays competitive; in 015 he said they could not be folded into the master agreement."},
    {"actor": "uaw", "issue": "uaw-drops-32-hour-week", "from": "oppose", "to": "support", "article": "024",
     "why": "Fain says the union dropped the 32-hour week from this contract to secure raises; in 002 it demanded a 32-hour week."},
    {"actor": "stellantis", "issue": "reopen-belvidere", "from": "oppose", "to": "support", "article": "025",
     "why": "Stellantis says it will invest in Belvidere to build a truck from 2027; in 009 and 022 it said the plant would stay closed or could not promise a reopening."},
    {"actor": "gm", "issue": "end-wage-tiers", "from": "oppose", "to": "support", "article": "026",
     "why": "Barra says the tentative deal ends the wage tiers at GM (baseline: GM kept the tiered system in its offers)."},
    {"actor": "stellantis", "issue": "reopen-belvidere", "from": "support", "to": "conditional", "article": "031",
     "why": "Stellantis now says it will reopen Belvidere only when market conditions allow, reversing the unconditional commitment of 025."},
]
DUPLICATES = [("012", "013"), ("017", "018")]


def url_for(a):
    aid, pub, outlet, slug = a[0], a[1], a[2], a[3]
    d = pub[:10].replace("-", "/")
    return f"https://example.org/{outlet}/{d}/{slug}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    claims = {}
    for a in ARTICLES:
        aid, pub, outlet, slug, title, text, cl = a
        doc = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url_for(a), "title": title, "text": text}
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[aid] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]} for c in cl]
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a[0] for a in ARTICLES if a[0] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [a for a in ARTICLES if a[2] == outlet]
        items.sort(key=lambda a: a[1], reverse=True)
        last = datetime.strptime(items[0][1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch uaw-strike-2023 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in items:
            dt = datetime.strptime(a[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            u = url_for(a)
            out += ['    <item>', f'      <title>{escape(a[4])}</title>', f'      <link>{escape(u)}</link>',
                    f'      <guid isPermaLink="true">{escape(u)}</guid>',
                    f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                    f'      <description>{escape(a[5])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w") as f:
            f.write("\n".join(out))


def validate():
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[1].split("baseline:")[0], re.M))
    base = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)}
    for (ac, iss) in base:
        if ac not in actors or iss not in issues:
            errs.append(f"baseline references unknown {ac}/{iss}")
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    ids = [a[0] for a in ARTICLES]
    if files != ids or sorted(labels["claims"]) != ids:
        errs.append("article ids, files and label keys differ")
    pubs = [a[1] for a in ARTICLES]
    if pubs != sorted(pubs) or len(set(ids)) != len(ids) or ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids are not sequential in publication order")
    docs = {i: json.load(open(os.path.join(HERE, "articles", f"{i}.json"))) for i in ids}
    for i, d in docs.items():
        n = len(d["text"].split())
        if not 110 <= n <= 270:
            errs.append(f"{i}: {n} words")
        if not re.match(r"^[A-Z][A-Z .,']+(, [A-Z][a-z]+\.?)?(, [A-Z][a-z]+\.?)?, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(d["source"]) + r"\) - ", d["text"]):
            errs.append(f"{i}: dateline")
    for i, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors: errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{i}: bad stance")
            if c["quote"] not in docs[i]["text"]: errs.append(f"{i}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{i}: quote too long: {c['quote']}")
            k = (c["actor"], c["issue"], c["stance"])
            if k in seen: errs.append(f"{i}: duplicate tuple {k}")
            seen.add(k)
    for x, y in DUPLICATES:
        kx = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][x]}
        ky = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][y]}
        if kx != ky or docs[x]["source"] == docs[y]["source"] or docs[x]["published"][:10] != docs[y]["published"][:10]:
            errs.append(f"duplicate pair {x}/{y} inconsistent")
    # Replay prevailing stances: attributed claims only, from baseline; must reproduce SHIFTS exactly.
    prev = dict(base)
    derived = []
    dup_copies = {y for _, y in DUPLICATES}
    for i in ids:
        for c in labels["claims"][i]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"] and i not in dup_copies:
                derived.append({"actor": k[0], "issue": k[1], "from": prev[k], "to": c["stance"], "article": i})
            prev[k] = c["stance"]
    want = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if derived != want:
        errs.append(f"shift replay mismatch:\n  derived={derived}\n  labelled={want}")
    sa = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(ids) - sa:
        errs.append("no_alert_articles wrong")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {f}: {r.stderr.strip()}")
    allc = [c for cl in labels["claims"].values() for c in cl]
    stats = {s: sum(c["stance"] == s for c in allc) for s in ("support", "oppose", "conditional")}
    print(f"articles={len(ids)} claims={len(allc)} {stats} unattributed={sum(not c['attributed'] for c in allc)} "
          f"shifts={len(labels['shifts'])} empty={[i for i in ids if not labels['claims'][i]]}")
    for e in errs:
        print("ERROR", e)
    return not errs


if __name__ == "__main__":
    build()
    sys.exit(0 if validate() else 1)
