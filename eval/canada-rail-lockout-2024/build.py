#!/usr/bin/env python3
"""Build and validate the canada-rail-lockout-2024 blind eval set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json
from the data below, then checks them. Run: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'maple-wire': 'Maple Wire',
    'prairie-ledger': 'Prairie Ledger',
    'harbourfront-post': 'Harbourfront Post',
    'laurentian-dispatch': 'Laurentian Dispatch',
    'northern-bulletin': 'Northern Bulletin',
}
T, F = True, False
S, O, C = 'support', 'oppose', 'conditional'
ARB, SCHED, LOCK, INTV = 'binding-arbitration', 'drop-scheduling-changes', 'call-off-lockout', 'ottawa-intervenes'

# (id, published UTC, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art('001', '2024-08-09T21:10:00Z', 'maple-wire', 'labour-board-clears-way-for-rail-stoppage',
    'Labour board clears way for possible rail shutdown; union rejects CN arbitration bid',
    """MONTREAL, Aug 9 (Maple Wire) - Canada's labour board ruled on Friday that freight rail service does not have to be maintained to protect public health and safety during a work stoppage, clearing the way for a possible shutdown at Canadian National Railway and CPKC as early as Aug. 22.

The Canada Industrial Relations Board had been asked in May by the previous labour minister to decide whether any rail work had to continue during a strike or lockout. The referral froze the bargaining calendar for almost three months.

CN said it had written to the Teamsters Canada Rail Conference proposing that the remaining issues go to binding arbitration, which it described as the quickest way to spare the economy a disruption. The union turned the idea down. Paul Boucher, the union's president, said arbitration would let the company skip the hard work of bargaining over the fatigue and scheduling rules that matter most to train crews.

The union represents about 9,300 engineers, conductors and yard workers at the two railways, whose contracts expired at the end of last year.""",
    [('cn', ARB, S, 'proposing that the remaining issues go to binding arbitration', T),
     ('tcrc', ARB, O, 'arbitration would let the company skip the hard work of bargaining', T)])

art('002', '2024-08-12T15:30:00Z', 'prairie-ledger', 'shippers-reroute-as-cn-curbs-dangerous-goods',
    'Shippers reroute cargo as CN curbs dangerous goods ahead of possible stoppage',
    """WINNIPEG, Aug 12 (Prairie Ledger) - Grain handlers and chemical makers began rerouting cargo on Monday as CN started to wind down shipments of dangerous goods ahead of a possible rail stoppage next week.

CN said it would stop accepting some hazardous materials, such as chlorine, so that no such cargo would be stranded on its network if trains stopped. CPKC said it was preparing similar steps on its own lines.

The Canadian Federation of Agriculture warned that farmers could not afford a shutdown at harvest time and asked both sides to keep talking. A transport economist at a Winnipeg university said Ottawa might ultimately be forced to step in, but that the timing was anyone's guess.

Candace Laing, president of the Canadian Chamber of Commerce, said the federal government should act before the first train stops rather than wait for the damage to mount. Supply chains were still fragile after the pandemic and the 2023 port strike in British Columbia, she said.""",
    [('chamber', INTV, S, 'the federal government should act before the first train stops', T)])

art('003', '2024-08-14T18:05:00Z', 'harbourfront-post', 'cpkc-offers-binding-arbitration-union-says-no',
    'CPKC offers binding arbitration; Teamsters say no',
    """CALGARY, Aug 14 (Harbourfront Post) - CPKC said on Wednesday it had offered to send its contract dispute with the Teamsters Canada Rail Conference to binding arbitration, eight days before a strike or lockout could halt its Canadian network.

The Calgary-based railway said an arbitrator could settle the issues the two sides had failed to resolve in months of talks. It said its plan to move running crews onto a scheduling system with set rest periods was needed to modernize a contract written for another era of railroading.

The union said it would not agree. In a statement, it said the company wanted a third party to hand it the changes it could not win at the table, and that the scheduling plan would erode the rest rules that keep tired crews off the trains.

The Teamsters represent about 3,300 workers at CPKC and said they remained ready to negotiate.""",
    [('cpkc', ARB, S, 'offered to send its contract dispute with the Teamsters Canada Rail Conference to binding arbitration', T),
     ('cpkc', SCHED, O, 'scheduling system with set rest periods was needed to modernize a contract', T),
     ('tcrc', ARB, O, 'The union said it would not agree.', T),
     ('tcrc', SCHED, S, 'the scheduling plan would erode the rest rules that keep tired crews off', T)])

art('004', '2024-08-15T19:40:00Z', 'laurentian-dispatch', 'mackinnon-rejects-railways-call-for-arbitration',
    'Labour minister rejects railways\' call for imposed arbitration',
    """OTTAWA, Aug 15 (Laurentian Dispatch) - Labour Minister Steven MacKinnon on Thursday turned down requests from CN and CPKC that the federal government impose binding arbitration, saying the best agreements are the ones the parties reach themselves.

MacKinnon said he had told both railways and the Teamsters Canada Rail Conference that Ottawa would not do their bargaining for them and that he expected them to stay at the table with federal mediators. He said the government was not going to intervene in talks that still had a week to run.

CN had asked the minister in a letter to send the dispute to an arbitrator. A CN spokesperson said the company was disappointed and would keep pressing for arbitration as the surest way to prevent a shutdown.

The union welcomed the minister's answer, saying arbitration would have rewarded the companies for refusing to bargain in good faith.""",
    [('canada-government', ARB, O, 'turned down requests from CN and CPKC that the federal government impose binding arbitration', T),
     ('canada-government', INTV, O, 'the government was not going to intervene in talks', T),
     ('cn', ARB, S, 'would keep pressing for arbitration as the surest way to prevent a shutdown', T),
     ('cpkc', ARB, S, 'requests from CN and CPKC that the federal government impose binding arbitration', F),
     ('tcrc', ARB, O, 'arbitration would have rewarded the companies for refusing to bargain', T)])

art('005', '2024-08-15T21:15:00Z', 'northern-bulletin', 'ottawa-says-no-to-imposed-rail-arbitration',
    'Ottawa says no to imposed arbitration in rail dispute',
    """OTTAWA, Aug 15 (Northern Bulletin) - Labour Minister Steven MacKinnon on Thursday rejected requests from CN and CPKC that the federal government impose binding arbitration, saying the best agreements are those the parties reach on their own.

MacKinnon said he had told the two railways and the Teamsters Canada Rail Conference that Ottawa would not bargain on their behalf and that he expected them to keep working with federal mediators. He said the government was not going to intervene in talks with a week still left to run.

CN had asked the minister in writing to refer the dispute to an arbitrator. A company spokesperson said CN was disappointed and would keep pressing for arbitration as the surest way to prevent a shutdown.

The union welcomed the decision, saying arbitration would have rewarded the companies for refusing to bargain in good faith.""",
    [('canada-government', ARB, O, 'rejected requests from CN and CPKC that the federal government impose binding arbitration', T),
     ('canada-government', INTV, O, 'the government was not going to intervene in talks', T),
     ('cn', ARB, S, 'would keep pressing for arbitration as the surest way to prevent a shutdown', T),
     ('cpkc', ARB, S, 'requests from CN and CPKC that the federal government impose binding arbitration', F),
     ('tcrc', ARB, O, 'arbitration would have rewarded the companies for refusing to bargain', T)])

art('006', '2024-08-16T22:00:00Z', 'maple-wire', 'cn-teamsters-far-apart-on-scheduling',
    'CN and Teamsters far apart on crew scheduling as deadline nears',
    """MONTREAL, Aug 16 (Maple Wire) - Negotiators for CN and the Teamsters Canada Rail Conference met federal mediators in Montreal on Friday with less than a week left before a possible shutdown, and both sides said they remained far apart on crew scheduling.

CN Chief Executive Tracy Robinson said the railway's offer included raises in each year of the contract and rest provisions that met or went beyond federal fatigue rules. She said CN would not back away from replacing mileage-based pay with an hourly system that gives crews predictable schedules.

Francois Laporte, president of Teamsters Canada, said the scheduling proposal would put exhausted workers at the controls of trains carrying dangerous goods through towns and cities. He said the union would keep bargaining for as long as it took.

The mediators, from the Federal Mediation and Conciliation Service, declined to say whether they had seen any sign of progress.""",
    [('cn', SCHED, O, 'CN would not back away from replacing mileage-based pay with an hourly system', T),
     ('tcrc', SCHED, S, 'the scheduling proposal would put exhausted workers at the controls of trains', T)])

art('007', '2024-08-18T20:20:00Z', 'harbourfront-post', 'railways-serve-lockout-notices',
    'CN and CPKC serve lockout notices; union issues strike notice at CPKC',
    """TORONTO, Aug 18 (Harbourfront Post) - Canada's two main railways served notice on Sunday that they would lock out their unionized train crews at 12:01 a.m. Eastern time on Thursday, setting up the first simultaneous shutdown of both networks.

CN said it had issued the 72-hour notice required by law to the Teamsters Canada Rail Conference and would begin an orderly wind-down of its network. CPKC said it had served its own lockout notice, after the union gave notice of a strike at the railway for the same hour.

The union said the companies should withdraw the lockout threats and come back to the table with offers that respected fatigue rules. It accused the railways of manufacturing a crisis to push the federal government into acting for them.

Commuter services in Toronto, Montreal and Vancouver that run partly on CPKC track warned riders they could be affected.""",
    [('cn', LOCK, O, 'would lock out their unionized train crews at 12:01 a.m. Eastern time', T),
     ('cpkc', LOCK, O, 'CPKC said it had served its own lockout notice', T),
     ('tcrc', LOCK, S, 'the companies should withdraw the lockout threats and come back to the table', T)])

art('008', '2024-08-19T16:45:00Z', 'prairie-ledger', 'manufacturers-urge-ottawa-to-order-arbitration',
    'Manufacturers urge Ottawa to order arbitration before rail lockout',
    """EDMONTON, Aug 19 (Prairie Ledger) - Canadian Manufacturers & Exporters on Monday called on the federal government to impose binding arbitration on the railways and the Teamsters before Thursday's lockout deadline, saying factories were already cutting shifts for lack of parts.

Dennis Darby, the group's chief executive, said Ottawa had the tools to keep trains moving and should use them now. Waiting until the networks were dark would cost the economy hundreds of millions of dollars a day, he said.

Conservative Leader Pierre Poilievre said the Liberals had let the dispute drift for months and should have a plan ready. Alberta Premier Danielle Smith wrote to the prime minister asking him to prevent a stoppage that she said would strand grain, potash and oil.

Farm groups in Saskatchewan said elevators were filling up as grain shipments slowed ahead of the deadline.""",
    [('cme', ARB, S, 'called on the federal government to impose binding arbitration on the railways', T),
     ('cme', INTV, S, 'Ottawa had the tools to keep trains moving and should use them now', T)])

art('009', '2024-08-20T17:30:00Z', 'laurentian-dispatch', 'cpkc-signals-flexibility-on-scheduling',
    'CPKC signals flexibility on crew scheduling; union unmoved',
    """CALGARY, Aug 20 (Laurentian Dispatch) - CPKC Chief Executive Keith Creel said on Tuesday the railway was prepared to set aside its proposed overhaul of crew scheduling for the length of a new contract if the Teamsters agreed to send wages and the other open issues to an arbitrator.

Creel said the company wanted trains running and that the offer showed it had listened to workers' concerns about rest. He said the proposal remained on the table until the lockout deadline.

The Teamsters Canada Rail Conference said the offer still tied any concession to arbitration, which it has rejected. Paul Boucher, the union's president, said workers wanted written fatigue protections in a negotiated contract, not a temporary pause in the company's plans.

A spokesperson for CN declined to say whether the railway would make a similar offer.""",
    [('cpkc', SCHED, C, 'prepared to set aside its proposed overhaul of crew scheduling', T),
     ('cpkc', ARB, S, 'if the Teamsters agreed to send wages and the other open issues to an arbitrator', T),
     ('tcrc', ARB, O, 'the offer still tied any concession to arbitration, which it has rejected', T),
     ('tcrc', SCHED, S, 'workers wanted written fatigue protections in a negotiated contract', T)])

art('010', '2024-08-20T23:10:00Z', 'northern-bulletin', 'business-groups-singh-split-over-rail-intervention',
    'Business groups press for intervention as Singh warns Ottawa off',
    """OTTAWA, Aug 20 (Northern Bulletin) - Business groups stepped up pressure on the federal government on Tuesday to head off a rail shutdown, while New Democratic Party Leader Jagmeet Singh urged the Liberals to stay out of the dispute.

The Canadian Chamber of Commerce said in a letter to Prime Minister Justin Trudeau that binding arbitration was the only responsible way to keep goods moving if talks failed. The U.S. Chamber of Commerce and several American farm groups also wrote to Washington and Ottawa warning of damage to cross-border trade.

Singh said workers had the right to bargain without the government tipping the scales toward the companies. He said imposing arbitration would reward railways that had refused to negotiate seriously.

The NDP props up Trudeau's minority government in Parliament under a supply-and-confidence agreement.""",
    [('chamber', ARB, S, 'binding arbitration was the only responsible way to keep goods moving', T),
     ('ndp', INTV, O, 'urged the Liberals to stay out of the dispute', T),
     ('ndp', ARB, O, 'imposing arbitration would reward railways that had refused to negotiate seriously', T)])

art('011', '2024-08-21T20:50:00Z', 'maple-wire', 'mackinnon-does-not-rule-out-acting',
    'MacKinnon leaves door open to federal action as rail talks stall',
    """MONTREAL, Aug 21 (Maple Wire) - Labour Minister Steven MacKinnon met negotiators for both railways and the Teamsters Canada Rail Conference in Montreal on Wednesday and said he would not rule out federal action if the two sides could not reach agreements on their own.

MacKinnon said a negotiated deal was still by far the best outcome and that he had urged the parties to use every remaining hour. But he said the government was aware of the stakes for farmers, ports and commuters and was prepared to use the tools it has if talks broke down.

He declined to say which tools he had in mind, or whether cabinet had discussed legislation. Parliament is not scheduled to sit until mid-September.

Talks continued late into the evening at a Montreal hotel, with the lockout deadline just hours away.""",
    [('canada-government', INTV, C, 'prepared to use the tools it has if talks broke down', T)])

art('012', '2024-08-21T23:40:00Z', 'harbourfront-post', 'what-a-rail-shutdown-means',
    'Explainer: what a double rail shutdown would mean',
    """TORONTO, Aug 21 (Harbourfront Post) - A simultaneous stoppage at CN and CPKC would halt freight across almost all of Canada's rail network for the first time, affecting everything from grain and potash to car parts and containers from the ports of Vancouver and Montreal.

The railways together move more than C$1 billion of goods a day, according to industry estimates. Economists at one large bank estimated that a week-long stoppage could shave a few tenths of a percentage point off third-quarter growth, though they said the figure depended on how quickly shippers could switch to trucks.

Both companies have asked for the dispute to go to binding arbitration, which the union has refused. CPKC, which has said it could shelve its scheduling plan if the union accepts arbitration, has not moved further. Labour experts said the government could refer the dispute to the labour board or recall Parliament, but that either step would take days.

Commuter trains west of Vancouver and around Toronto and Montreal would also be disrupted.""",
    [('cn', ARB, S, 'Both companies have asked for the dispute to go to binding arbitration', F),
     ('cpkc', ARB, S, 'Both companies have asked for the dispute to go to binding arbitration', F),
     ('tcrc', ARB, O, 'which the union has refused', F),
     ('cpkc', SCHED, C, 'could shelve its scheduling plan if the union accepts arbitration', F)])

art('013', '2024-08-22T06:30:00Z', 'prairie-ledger', 'cn-cpkc-lock-out-teamsters',
    'CN and CPKC lock out 9,300 workers, halting freight across Canada',
    """WINNIPEG, Aug 22 (Prairie Ledger) - Canadian National Railway and CPKC locked out about 9,300 train crew members early on Thursday after talks with the Teamsters Canada Rail Conference failed, halting most freight rail traffic across the country.

CN said it had no choice but to lock out its workers after the union refused both its latest offer and binding arbitration. The company said the lockout would remain in place and blamed the union for the shutdown.

CPKC said the union's refusal of arbitration left it no option, and that its trains would stay parked.

Paul Boucher, the union's president, said the companies had chosen to shut down the economy rather than bargain. He called on both railways to end the lockout immediately and return to the table, and said his members would not be pressured into arbitration.""",
    [('cn', LOCK, O, 'the lockout would remain in place', T),
     ('cn', ARB, S, 'after the union refused both its latest offer and binding arbitration', T),
     ('cpkc', LOCK, O, 'its trains would stay parked', T),
     ('tcrc', LOCK, S, 'called on both railways to end the lockout immediately', T),
     ('tcrc', ARB, O, 'his members would not be pressured into arbitration', T)])

art('014', '2024-08-22T19:30:00Z', 'laurentian-dispatch', 'ottawa-orders-binding-arbitration-rail',
    'Ottawa moves to end rail shutdown, orders binding arbitration',
    """OTTAWA, Aug 22 (Laurentian Dispatch) - The federal government on Thursday moved to end the shutdown of Canada's two main railways, with Labour Minister Steven MacKinnon directing the Canada Industrial Relations Board to impose binding arbitration and order the resumption of operations.

MacKinnon said he was using section 107 of the Canada Labour Code because the parties had reached an impasse and the stoppage was hurting farmers, businesses and workers across the country. He said he had asked the board to have trains running again as quickly as possible.

The Teamsters Canada Rail Conference condemned the decision. Paul Boucher, the union's president, said it set a dangerous precedent that would let employers count on Ottawa to break strikes and lockouts, and that arbitration had been forced on workers who had rejected it.

The Canadian Chamber of Commerce welcomed the move, saying it was the right decision for the economy.""",
    [('canada-government', INTV, S, 'The federal government on Thursday moved to end the shutdown', T),
     ('canada-government', ARB, S, 'directing the Canada Industrial Relations Board to impose binding arbitration', T),
     ('tcrc', INTV, O, 'let employers count on Ottawa to break strikes and lockouts', T),
     ('tcrc', ARB, O, 'arbitration had been forced on workers who had rejected it', T),
     ('chamber', INTV, S, 'The Canadian Chamber of Commerce welcomed the move', T)])

art('015', '2024-08-22T21:05:00Z', 'maple-wire', 'government-steps-in-to-end-rail-lockout',
    'Government steps in to end rail lockout, orders arbitration',
    """OTTAWA, Aug 22 (Maple Wire) - The federal government on Thursday stepped in to end the shutdown of the country's two main railways, as Labour Minister Steven MacKinnon directed the Canada Industrial Relations Board to impose binding arbitration and order operations to resume.

MacKinnon said he had turned to section 107 of the Canada Labour Code because the two sides were at an impasse and the stoppage was hurting farmers, businesses and workers nationwide. He said he had asked the board to get trains moving again as soon as possible.

The Teamsters Canada Rail Conference condemned the move. Its president, Paul Boucher, said it set a dangerous precedent that would let employers count on Ottawa to break strikes and lockouts, and that arbitration had been forced on workers who had rejected it.

The Canadian Chamber of Commerce welcomed the move as the right decision for the economy.""",
    [('canada-government', INTV, S, 'The federal government on Thursday stepped in to end the shutdown', T),
     ('canada-government', ARB, S, 'directed the Canada Industrial Relations Board to impose binding arbitration', T),
     ('tcrc', INTV, O, 'let employers count on Ottawa to break strikes and lockouts', T),
     ('tcrc', ARB, O, 'arbitration had been forced on workers who had rejected it', T),
     ('chamber', INTV, S, 'The Canadian Chamber of Commerce welcomed the move', T)])

art('016', '2024-08-22T23:45:00Z', 'northern-bulletin', 'singh-accuses-liberals-of-siding-with-railways',
    'Singh accuses Liberals of siding with railways; Trudeau defends move',
    """OTTAWA, Aug 22 (Northern Bulletin) - NDP Leader Jagmeet Singh accused the Liberal government on Thursday of siding with the railways, saying the order to send the dispute to arbitration had taken away workers' right to bargain.

Singh said the companies had locked out their employees precisely because they expected Ottawa to rescue them, and that the government had done exactly what the railways wanted. He said the NDP would stand with rail workers.

Conservative Leader Pierre Poilievre said the government had acted too late and that its delay had already cost the economy dearly.

Prime Minister Justin Trudeau, speaking in Montreal, defended the decision. He said the government respected collective bargaining but could not let a shutdown harm millions of Canadians, and that the intervention was the responsible thing to do.""",
    [('ndp', ARB, O, 'the order to send the dispute to arbitration had taken away workers\' right to bargain', T),
     ('ndp', INTV, O, 'the government had done exactly what the railways wanted', T),
     ('canada-government', INTV, S, 'the intervention was the responsible thing to do', T)])

art('017', '2024-08-23T14:20:00Z', 'harbourfront-post', 'cn-ends-lockout-union-serves-strike-notice',
    'CN ends lockout as union serves strike notice; CPKC waits for board',
    """MONTREAL, Aug 23 (Harbourfront Post) - CN said on Friday it had ended its lockout and was calling crews back to work, beginning to restart its network in line with the minister's direction while the labour board considered the case.

The railway said it would take days, possibly weeks, to clear the backlog and return to normal service. CN said it welcomed the move to binding arbitration.

Hours later the Teamsters Canada Rail Conference served 72-hour notice of a strike at CN, to take effect on Monday morning. The union said it was exercising a right that no order had yet taken away.

CPKC's trains remained idle. A CPKC spokesperson declined to say when the railway would end its lockout, saying it would wait for the labour board's decision. Commuter trains in Montreal that run on CPKC track were still cancelled.""",
    [('cn', LOCK, S, 'CN said on Friday it had ended its lockout', T),
     ('cn', ARB, S, 'CN said it welcomed the move to binding arbitration.', T)])

art('018', '2024-08-23T22:30:00Z', 'laurentian-dispatch', 'labour-board-hears-arguments-on-rail-order',
    'Labour board hears arguments on minister\'s rail order',
    """OTTAWA, Aug 23 (Laurentian Dispatch) - The Canada Industrial Relations Board heard arguments on Friday from the railways and the Teamsters Canada Rail Conference on how it should carry out the labour minister's direction to end the rail stoppage.

Lawyers for CN and CPKC urged the board to impose arbitration without delay and to order crews back to work. Lawyers for the union argued that the minister had overstepped his powers and that the board should decline to impose arbitration on workers who had not agreed to it.

The board did not say when it would rule. A spokesperson said it would issue a decision as quickly as it could.

Shippers reported that grain cars were starting to move again on parts of the CN network, while the CPKC network in Western Canada remained largely idle.""",
    [('cn', ARB, S, 'urged the board to impose arbitration without delay', T),
     ('cpkc', ARB, S, 'urged the board to impose arbitration without delay', T),
     ('tcrc', ARB, O, 'the board should decline to impose arbitration on workers who had not agreed', T)])

art('019', '2024-08-24T23:15:00Z', 'prairie-ledger', 'cirb-orders-rail-workers-back-imposes-arbitration',
    'Labour board orders railways and crews back to work, imposes arbitration',
    """WINNIPEG, Aug 24 (Prairie Ledger) - The Canada Industrial Relations Board on Saturday ordered CN, CPKC and their unionized train crews to resume operations and sent the two contract disputes to final and binding arbitration, as the labour minister had asked.

In its ruling the board directed the railways to end the work stoppage and the Teamsters Canada Rail Conference to have its members return to their duties. It said the existing contracts would stay in force until the arbitrator issued new ones.

The ruling also puts an end to the union's planned strike at CN, which had been due to start on Monday.

CPKC said it was reviewing the decision and would share details of its restart plan later. The union said it was studying the ruling and would respond on Sunday.""",
    [('cirb', ARB, S, 'sent the two contract disputes to final and binding arbitration', T),
     ('cirb', LOCK, S, 'directed the railways to end the work stoppage', T)])

art('020', '2024-08-25T15:00:00Z', 'laurentian-dispatch', 'cpkc-trains-roll-again',
    'CPKC trains roll again after labour board ruling',
    """CALGARY, Aug 25 (Laurentian Dispatch) - CPKC ended its lockout on Sunday and began recalling crews across Canada after the labour board ordered the railway and its workers back to work.

Keith Creel, the railway's chief executive, said CPKC welcomed the board's decision and was glad to have its people back on the job. He said the company would work to restore full service within days and would take its case on scheduling to the arbitrator.

The railway said commuter trains in Montreal, Toronto and Vancouver that use its tracks would resume on Monday.

Shippers' groups said it could take several weeks to clear the containers and grain cars stranded at ports and elevators during the four-day stoppage. Some customers said they would keep part of their freight on trucks until service was reliable again.""",
    [('cpkc', LOCK, S, 'CPKC ended its lockout on Sunday', T),
     ('cpkc', ARB, S, "CPKC welcomed the board's decision", T)])

art('021', '2024-08-25T19:40:00Z', 'prairie-ledger', 'teamsters-to-comply-but-challenge-order',
    'Teamsters say they will comply with back-to-work order but challenge it in court',
    """MONTREAL, Aug 25 (Prairie Ledger) - The Teamsters Canada Rail Conference said on Sunday its members would comply with the labour board's order to return to work, but that it would challenge the ruling in court.

Paul Boucher, the union's president, said the union disagreed profoundly with the decision and with the minister's use of his powers to end the dispute. He said workers would report for their shifts because the law required it, not because they accepted that Ottawa had the right to take away their ability to strike.

The union also withdrew its strike notice at CN.

Boucher said the union would take part in the arbitration because it had no choice, and would keep pressing there for rest rules that protect crews from fatigue.""",
    [('tcrc', INTV, O, 'disagreed profoundly with the decision and with the minister\'s use of his powers', T),
     ('tcrc', ARB, O, 'would take part in the arbitration because it had no choice', T),
     ('tcrc', SCHED, S, 'keep pressing there for rest rules that protect crews from fatigue', T)])

art('022', '2024-08-26T16:30:00Z', 'harbourfront-post', 'teamsters-rally-in-toronto',
    'Rail workers rally in Toronto against back-to-work order',
    """TORONTO, Aug 26 (Harbourfront Post) - Several hundred rail workers and supporters rallied on Monday in a park near the CN Tower to protest the federal order that ended last week's rail stoppage.

Francois Laporte, president of Teamsters Canada, told the crowd that the order was an attack on every worker's right to strike and that the union would fight it in the courts. He said Ottawa had shown employers that they only needed to shut down long enough to get the government's attention.

Sean O'Brien, president of the International Brotherhood of Teamsters in the United States, sent a message of support, saying the U.S. union stood with Canadian rail workers against government interference.

Organizers said similar rallies were planned in Winnipeg and Calgary later in the week.""",
    [('tcrc', INTV, O, 'the order was an attack on every worker\'s right to strike', T)])

art('023', '2024-08-27T20:00:00Z', 'northern-bulletin', 'backlog-business-groups-say-intervention-came-late',
    'Rail backlog persists; business groups say intervention came late but was right',
    """OTTAWA, Aug 27 (Northern Bulletin) - Freight was moving again across Canada on Tuesday, but shippers said the backlog from last week's stoppage would take weeks to clear, and business groups said the federal government should have acted sooner.

The Canadian Chamber of Commerce said the decision to end the shutdown was the correct one and that its only fault was timing. Canadian Manufacturers & Exporters said Ottawa had been right to step in, and called for a standing mechanism to keep rail and ports running during future disputes.

The Railway Association of Canada said both networks were operating near normal levels on main lines.

An economist at a Toronto bank said the stoppage was too short to show up clearly in national output figures, though some exporters had lost sales that would not come back.""",
    [('chamber', INTV, S, 'the decision to end the shutdown was the correct one', T),
     ('cme', INTV, S, 'Ottawa had been right to step in', T)])

art('024', '2024-08-29T18:10:00Z', 'laurentian-dispatch', 'teamsters-file-court-challenge',
    'Teamsters file court challenge to rail arbitration order; minister stands firm',
    """OTTAWA, Aug 29 (Laurentian Dispatch) - The Teamsters Canada Rail Conference has asked the Federal Court of Appeal to overturn the labour board's order that ended the rail stoppage and sent its contracts to arbitration, the union said on Thursday.

The union argued that the labour minister had used a general power in the Canada Labour Code to impose an outcome that Parliament never authorized, and asked the court to set aside both the back-to-work order and the arbitration.

Labour Minister Steven MacKinnon said he respected the union's right to go to court. He said he would make the same decision again, because the stoppage was doing serious harm to Canadians and both sides had stopped moving at the table.

The court has not said when it will hear the case.""",
    [('tcrc', INTV, O, 'asked the Federal Court of Appeal to overturn the labour board\'s order', T),
     ('tcrc', ARB, O, 'asked the court to set aside both the back-to-work order and the arbitration', T),
     ('canada-government', INTV, S, 'He said he would make the same decision again', T)])

art('025', '2024-09-04T17:00:00Z', 'prairie-ledger', 'ndp-ends-supply-deal-with-liberals',
    'NDP ends its support agreement with Trudeau\'s Liberals',
    """OTTAWA, Sept 4 (Prairie Ledger) - NDP Leader Jagmeet Singh said on Wednesday that his party was ending the supply-and-confidence agreement that has kept Prime Minister Justin Trudeau's minority government in power since 2022.

In a video posted online, Singh said the Liberals had let down working people and could not be trusted to stand up to corporate interests. Singh, who had condemned the government's intervention in the rail dispute last month, did not say whether the NDP would vote to bring down the government.

The deal had delivered a national dental care program and the first steps toward pharmacare. Its end means the Liberals will need support from at least one opposition party on each confidence vote.

A Liberal spokesperson said the government would keep working for Canadians. Parliament returns on Sept. 16.""",
    [])

art('026', '2024-09-10T15:45:00Z', 'maple-wire', 'cpkc-asks-arbitrator-to-adopt-scheduling-model',
    'CPKC asks arbitrator to adopt its crew scheduling model',
    """MONTREAL, Sept 10 (Maple Wire) - CPKC has asked the arbitrator appointed to settle its contract with the Teamsters Canada Rail Conference to adopt the new crew scheduling model the union rejected during bargaining, according to the company's written submission.

Keith Creel, the chief executive, said the offer to shelve the scheduling changes had lapsed when the union turned it down before the lockout. He said the railway would now ask the arbitrator to put the new system in place, arguing that it would give crews more predictable time off.

The union said it would ask the arbitrator to keep the current rest provisions and to reject the company's model.

CN said it would also put its own scheduling proposals to arbitration. Hearings are expected to begin later this autumn.""",
    [('cpkc', SCHED, O, 'would now ask the arbitrator to put the new system in place', T),
     ('tcrc', SCHED, S, "ask the arbitrator to keep the current rest provisions and to reject the company's model", T),
     ('cn', SCHED, O, 'would also put its own scheduling proposals to arbitration', T)])

art('027', '2024-09-12T19:20:00Z', 'harbourfront-post', 'cn-robinson-confident-in-arbitration',
    'CN chief says arbitration will produce a fair contract',
    """NEW YORK, Sept 12 (Harbourfront Post) - CN Chief Executive Tracy Robinson told an investor conference on Thursday that she was confident arbitration would produce a fair and lasting contract with the railway's train crews.

Robinson said the August stoppage had cut CN's volumes for several weeks and that the railway was working to win back customers who had moved cargo to trucks or to U.S. lines. She declined to say how much the lockout had cost the company.

Asked whether she regretted locking out the crews, Robinson said the railway had been left with no good options and would not second-guess its decision.

CN shares have recovered most of the ground they lost in the week of the stoppage.""",
    [('cn', ARB, S, 'confident arbitration would produce a fair and lasting contract', T)])

art('028', '2024-09-18T21:30:00Z', 'northern-bulletin', 'teamsters-vow-no-contract-without-rest-rules',
    'Teamsters vow no contract without rest rules as arbitration nears',
    """WINNIPEG, Sept 18 (Northern Bulletin) - The Teamsters Canada Rail Conference said on Wednesday it would never accept a contract that did not keep the current rest protections, as it prepared its case for arbitration at CN and CPKC.

Paul Boucher, the union's president, said the arbitration had been imposed on workers against their will and that the union was taking part under protest while its court challenge went ahead. It was not true, he said, that the union had dropped its objection to the process.

He said the union had not ruled out further legal steps if the board's order was upheld.

Neither railway commented on the union's statement. The Federal Court of Appeal has yet to schedule a hearing, and the arbitrator has asked both sides to file their proposals by the end of October.""",
    [('tcrc', SCHED, S, 'would never accept a contract that did not keep the current rest protections', T),
     ('tcrc', ARB, O, 'It was not true, he said, that the union had dropped its objection', T)])

art('029', '2024-11-13T18:00:00Z', 'laurentian-dispatch', 'ottawa-uses-section-107-again-at-ports',
    'Ottawa uses labour code power again, this time to end port lockouts',
    """OTTAWA, Nov 13 (Laurentian Dispatch) - Labour Minister Steven MacKinnon has directed the Canada Industrial Relations Board to end lockouts at the ports of Montreal and British Columbia and impose binding arbitration, using the same section of the labour code he invoked to end the rail stoppage in August.

MacKinnon said the port disputes had reached a deadlock and that Canada could not afford to have its main gateways shut.

The Canadian Labour Congress said the government was making a habit of overriding collective bargaining. Teamsters Canada said the ports decision repeated what it called the government's mistake on the railways, and that the order against rail workers should never have been issued.

The rail union's challenge of the August order is still before the Federal Court of Appeal. Arbitration hearings for CN and CPKC crews have been scheduled for the coming months.""",
    [('tcrc', INTV, O, 'the order against rail workers should never have been issued', T)])

art('010a', '2024-08-21T13:15:00Z', 'prairie-ledger', 'farmers-count-cost-of-rail-standoff',
    'Farmers count the cost as rail deadline nears',
    """REGINA, Aug 21 (Prairie Ledger) - Prairie farmers and grain companies said on Wednesday they were bracing for a shutdown of both railways at the height of harvest, with elevators already full and canola and wheat sales at risk.

The Canadian Federation of Agriculture and several provincial grain groups held a news conference in Ottawa to call for a quick end to the dispute. They said every day without trains would cost producers millions of dollars in lost sales and storage.

Analysts said the federal government could be tempted to refer the dispute to the labour board within days of a stoppage, though one labour lawyer said such a move might face a challenge in court. None of them expected a deal before the deadline.

A spokesperson for the labour minister declined to comment on what options the government was weighing. Talks between the railways and the union continued in Montreal.""",
    [])

art('013a', '2024-08-22T14:10:00Z', 'harbourfront-post', 'trudeau-says-government-ready-to-act',
    'Trudeau says government will not hesitate to act if rail talks fail',
    """OTTAWA, Aug 22 (Harbourfront Post) - Prime Minister Justin Trudeau said on Thursday morning that his government would not hesitate to act if CN, CPKC and the union could not settle their dispute quickly, hours after the two railways locked out their crews.

Trudeau said the parties still had a responsibility to reach agreements at the table, and that the government was meeting throughout the day to look at its options. He declined to say whether cabinet would ask the labour board to intervene or recall Parliament.

The Canadian Chamber of Commerce said every hour of delay was costing the economy and urged the government to end the shutdown at once.

Freight yards in Montreal, Toronto and Winnipeg stood largely idle, and about 32,000 commuters in the Toronto, Montreal and Vancouver areas were told to find other ways to get to work.""",
    [('canada-government', INTV, C, 'would not hesitate to act if CN, CPKC and the union could not settle', T),
     ('chamber', INTV, S, 'urged the government to end the shutdown at once', T)])

# Shifts: every one rests on an attributed claim in `article` (checked below).
SHIFTS = [
    dict(actor='cpkc', issue=SCHED, frm=O, to=C, article='009',
         why='Creel offers to set aside the scheduling overhaul for the contract term if the union accepts arbitration; in 003 CPKC called the new scheduling system necessary.'),
    dict(actor='canada-government', issue=INTV, frm=O, to=C, article='011',
         why='MacKinnon says he would not rule out federal action and is prepared to use the tools it has if talks break down; in 004 he said the government was not going to intervene.'),
    dict(actor='canada-government', issue=INTV, frm=C, to=S, article='014',
         why='The government moves to end the shutdown with a section 107 direction to the labour board.'),
    dict(actor='canada-government', issue=ARB, frm=O, to=S, article='014',
         why='Reversal: MacKinnon directs the board to impose binding arbitration, a week after he turned down the railways\' request for it (004).'),
    dict(actor='cn', issue=LOCK, frm=O, to=S, article='017',
         why='CN ends its lockout and calls crews back; in 007 and 013 it locked out the crews and said the lockout would remain.'),
    dict(actor='cpkc', issue=LOCK, frm=O, to=S, article='020',
         why='CPKC ends its lockout after the board ruling and welcomes the decision; in 013 it said its trains would stay parked, and in 017 it declined to say when it would end the lockout.'),
    dict(actor='cpkc', issue=SCHED, frm=C, to=O, article='026',
         why='Reversal later: Creel says the offer to shelve the scheduling changes lapsed and asks the arbitrator to impose the new system.'),
]
DUPLICATES = [('004', '005'), ('014', '015')]

WATCHLIST = """# canada-rail-lockout-2024 blind eval set: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, cities and institutions used as metonyms.
# Ottawa, Montreal and Calgary also appear as plain places; "CN Tower" is a landmark, not the railway;
# the U.S. Teamsters and the U.S. Chamber of Commerce are not the tracked actors.

actors:
  - id: tcrc
    name: Teamsters Canada Rail Conference (the train crews' union)
    aliases: [Teamsters Canada Rail Conference, TCRC, Teamsters Canada, Teamsters, the union, Paul Boucher, Boucher, Francois Laporte, François Laporte, Laporte]
  - id: cn
    name: Canadian National Railway (CN)
    aliases: [CN, Canadian National, Canadian National Railway, CN Rail, Tracy Robinson, Robinson]
  - id: cpkc
    name: Canadian Pacific Kansas City (CPKC)
    aliases: [CPKC, Canadian Pacific Kansas City, CP Rail, Canadian Pacific, Keith Creel, Creel]
  - id: canada-government
    name: Government of Canada (federal Liberal government)
    aliases: [federal government, Government of Canada, Canadian government, Ottawa, Liberal government, Liberals, Justin Trudeau, Trudeau, Prime Minister, Steven MacKinnon, MacKinnon, Labour Minister, labour minister]
  - id: cirb
    name: Canada Industrial Relations Board
    aliases: [Canada Industrial Relations Board, CIRB, labour board, the board]
  - id: chamber
    name: Canadian Chamber of Commerce
    aliases: [Canadian Chamber of Commerce, Chamber of Commerce, the Chamber, Candace Laing, Laing]
  - id: cme
    name: Canadian Manufacturers & Exporters
    aliases: [Canadian Manufacturers & Exporters, Canadian Manufacturers and Exporters, CME, Dennis Darby, Darby]
  - id: ndp
    name: New Democratic Party (NDP)
    aliases: [NDP, New Democratic Party, New Democrats, Jagmeet Singh, Singh]

issues:
  - id: binding-arbitration
    name: The CN and CPKC contract disputes are settled by binding arbitration
    description: An arbitrator, rather than a negotiated agreement, sets the terms of the new train-crew contracts at CN and CPKC.
    terms: [binding arbitration, arbitration, arbitrator, final offer arbitration, third party]
  - id: drop-scheduling-changes
    name: The railways drop their proposed changes to crew scheduling and rest rules
    description: CN and CPKC abandon their plans to replace mileage-based pay and current rest provisions with new hour-based scheduling systems.
    terms: [scheduling, rest rules, fatigue, crew scheduling, rest provisions, mileage-based pay]
  - id: call-off-lockout
    name: CN and CPKC call off their lockout of Teamsters rail workers
    description: The railways withdraw their lockout notices, or end the lockout and bring crews back to work.
    terms: [lockout, lock out, end the lockout, lockout notice, resume operations]
  - id: ottawa-intervenes
    name: The federal government intervenes to end the rail stoppage
    description: Ottawa uses its powers (a section 107 referral to the labour board, a ministerial order or back-to-work legislation) to stop or end the rail work stoppage.
    terms: [intervene, back-to-work, section 107, step in, government intervention, back-to-work legislation]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: tcrc, issue: binding-arbitration, stance: oppose}
  - {actor: cn, issue: binding-arbitration, stance: support}
  - {actor: cpkc, issue: binding-arbitration, stance: support}
  - {actor: tcrc, issue: drop-scheduling-changes, stance: support}
  - {actor: cn, issue: drop-scheduling-changes, stance: oppose}
  - {actor: cpkc, issue: drop-scheduling-changes, stance: oppose}
"""

def url(a):
    d = a['published'][:10].replace('-', '/')
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"

def renumber():
    A.sort(key=lambda a: a['published'])
    m = {a['id']: f'{n:03d}' for n, a in enumerate(A, 1)}
    for a in A: a['id'] = m[a['id']]
    for sh in SHIFTS: sh['article'] = m[sh['article']]
    DUPLICATES[:] = [(m[x], m[y]) for x, y in DUPLICATES]
    return m

def build():
    renumber()
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    with open(os.path.join(HERE, 'watchlist.yaml'), 'w') as f:
        f.write(WATCHLIST)
    for a in A:
        doc = {'id': a['id'], 'published': a['published'], 'source': OUTLETS[a['outlet']],
               'url': url(a), 'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write('\n')
    for key, name in OUTLETS.items():
        items = sorted([a for a in A if a['outlet'] == key], key=lambda a: a['published'], reverse=True)
        dt = lambda a: datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{key}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch canada-rail-lockout-2024 eval set</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{format_datetime(dt(items[0]), usegmt=True)}</lastBuildDate>']
        for a in items:
            u = escape(url(a))
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{u}</link>',
                    f'      <guid isPermaLink="true">{u}</guid>',
                    f'      <pubDate>{format_datetime(dt(a), usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', key + '.xml'), 'w') as f:
            f.write('\n'.join(out))
    shift_articles = {s['article'] for s in SHIFTS}
    labels = {
        'claims': {a['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']] for a in A},
        'shifts': [{'actor': s['actor'], 'issue': s['issue'], 'from': s['frm'], 'to': s['to'], 'article': s['article'], 'why': s['why']} for s in SHIFTS],
        'no_alert_articles': [a['id'] for a in A if a['id'] not in shift_articles],
    }
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write('\n')

def validate():
    errs = []
    wl = open(os.path.join(HERE, 'watchlist.yaml')).read()
    actors = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    aliases:', wl, re.M))
    issues = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    description:', wl, re.M))
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\w+)\}', wl)}
    try:
        import yaml  # optional cross-check when PyYAML is around
        y = yaml.safe_load(wl)
        assert {a['id'] for a in y['actors']} == actors and {i['id'] for i in y['issues']} == issues
    except ImportError:
        pass
    if not (5 <= len(actors) <= 8 and 4 <= len(issues) <= 6):
        errs.append(f'actors/issues count {len(actors)}/{len(issues)}')
    labels = json.load(open(os.path.join(HERE, 'labels.json')))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    arts = {i: json.load(open(os.path.join(HERE, 'articles', i + '.json'))) for i in files}
    if files != [f'{n:03d}' for n in range(1, len(files) + 1)]:
        errs.append('article ids not contiguous')
    if sorted(labels['claims']) != files:
        errs.append('claims keys != article files')
    pubs = [arts[i]['published'] for i in files]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errs.append('ids not in publication order')
    for i, a in arts.items():
        if a['id'] != i: errs.append(f'{i}: id field mismatch')
        n = len(a['text'].split())
        if not 120 <= n <= 260: errs.append(f'{i}: {n} words')
        if not re.match(r'^[A-Z][A-Z .]+, (Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(' + re.escape(a['source']) + r'\) - ', a['text']):
            errs.append(f'{i}: bad dateline')
        for c in labels['claims'][i]:
            if c['actor'] not in actors: errs.append(f'{i}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{i}: bad stance')
            if c['quote'] not in a['text']: errs.append(f'{i}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote too long: {c["quote"]}')
            if not isinstance(c['attributed'], bool): errs.append(f'{i}: attributed not bool')
        tup = [(c['actor'], c['issue']) for c in labels['claims'][i]]
        if len(tup) != len(set(tup)): errs.append(f'{i}: repeated actor/issue pair')
    # duplicates carry identical claim tuples
    for x, y in DUPLICATES:
        tx = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][x])
        ty = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][y])
        if tx != ty: errs.append(f'duplicate {x}/{y} claims differ')
        if arts[x]['source'] == arts[y]['source'] or arts[x]['published'][:10] != arts[y]['published'][:10]:
            errs.append(f'duplicate {x}/{y} must be same day, other outlet')
    # recompute shifts: prevailing = last attributed stance, from baseline
    prev, got = dict(baseline), []
    for i in files:
        for c in labels['claims'][i]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prev and prev[k] != c['stance']:
                got.append((c['actor'], c['issue'], prev[k], c['stance'], i))
            prev[k] = c['stance']
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(got) != sorted(want):
        errs.append(f'shift mismatch\n  computed {sorted(got)}\n  labelled {sorted(want)}')
    sa = {s['article'] for s in labels['shifts']}
    if sorted(labels['no_alert_articles']) != [i for i in files if i not in sa]:
        errs.append('no_alert_articles wrong')
    for f in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {f}: {r.stderr.strip()}')
    n = sum(len(v) for v in labels['claims'].values())
    by = {}
    for v in labels['claims'].values():
        for c in v: by[c['stance']] = by.get(c['stance'], 0) + 1
    unattr = sum(1 for v in labels['claims'].values() for c in v if not c['attributed'])
    empty = [i for i in files if not labels['claims'][i]]
    print(f'articles {len(files)}, claims {n} {by}, unattributed {unattr}, shifts {len(want)} in {len(sa)} articles, empty {empty}')
    print('words', min(len(a["text"].split()) for a in arts.values()), '-', max(len(a["text"].split()) for a in arts.values()))
    return errs

if __name__ == '__main__':
    build()
    e = validate()
    if e:
        print('\n'.join('ERROR ' + x for x in e)); sys.exit(1)
    print('OK')
