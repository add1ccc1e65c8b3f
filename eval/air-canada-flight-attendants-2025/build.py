#!/usr/bin/env python3
"""Build and validate the blind evaluation set air-canada-flight-attendants-2025.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates them (quotes, ids, watchlist ids, word counts, datelines,
recomputed shifts, no_alert_articles, xmllint). Exits non-zero on any failure.
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
    "maple-wire": "Maple Wire",
    "harbourfront-courier": "Harbourfront Courier",
    "laurentian-dispatch": "Laurentian Dispatch",
    "prairie-ledger": "Prairie Ledger",
    "ridgeway-bulletin": "Ridgeway Bulletin",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001",
        "published": "2025-05-14T15:00:00Z",
        "outlet": "maple-wire",
        "slug": "air-canada-cabin-crew-union-seeks-conciliation",
        "title": "Air Canada flight attendants' union seeks conciliation, citing impasse",
        "text": (
            "TORONTO, May 14 (Maple Wire) - The union representing about 10,000 flight attendants at Air Canada "
            "and its leisure carrier Air Canada Rouge said on Wednesday it had asked the federal labour minister to "
            "appoint a conciliator, saying contract talks with the airline had stalled.\n\n"
            "The Air Canada component of the Canadian Union of Public Employees (CUPE) said its members' ten-year "
            "contract expired on March 31 and accused the company of dragging its feet. Component president Wesley "
            "Lesosky said in a statement that everything had changed since 2015 except the company's attitude.\n\n"
            "Lesosky said ending unpaid work was the union's top goal, arguing that attendants should be paid for "
            "boarding, deplaning and safety checks rather than only once the aircraft leaves the gate. He said a "
            "junior attendant working full time earns less than C$2,000 a month.\n\n"
            "He said the union would also keep pressing Ottawa to close what it calls a loophole in the Canada "
            "Labour Code that lets airlines leave ground duties unpaid. It says the Liberal government has so far "
            "refused to act on the issue.\n\n"
            "Air Canada said it remained committed to reaching a fair agreement with the help of the federal "
            "conciliation service.\n\n"
            "If conciliation fails, a 21-day cooling-off period would follow before any strike or lockout."
        ),
        "claims": [
            ("cupe-fa", "ground-pay", S, "attendants should be paid for boarding, deplaning and safety checks", True),
            ("cupe-fa", "labour-code-unpaid-work", S,
             "keep pressing Ottawa to close what it calls a loophole in the Canada Labour Code", True),
            ("federal-government", "labour-code-unpaid-work", O,
             "the Liberal government has so far refused to act on the issue", False),
        ],
    },
    {
        "id": "002",
        "published": "2025-05-29T17:30:00Z",
        "outlet": "ridgeway-bulletin",
        "slug": "federal-conciliator-named-air-canada-cabin-crew-talks",
        "title": "Federal conciliator named in Air Canada cabin crew talks",
        "text": (
            "OTTAWA, May 29 (Ridgeway Bulletin) - A federal conciliation officer has been assigned to contract talks "
            "between Air Canada and the union for its flight attendants, starting a 60-day clock that could put the "
            "two sides in a legal strike or lockout position by mid-August, labour experts said on Thursday.\n\n"
            "Sessions will be held in Montreal and Toronto, according to people familiar with the schedule, and the "
            "conciliator will report to the Federal Mediation and Conciliation Service in Ottawa.\n\n"
            "Neither Air Canada nor the Canadian Union of Public Employees would discuss their proposals. A "
            "spokesperson for Jobs Minister Patty Hajdu declined to say whether the government would step in if talks "
            "failed, saying only that the minister was following the file closely.\n\n"
            "Some analysts said the airline would probably press for government intervention if a walkout loomed, as "
            "it did during its dispute with its pilots last year. Others said the new Liberal cabinet, sworn in only "
            "this month, might be reluctant to override bargaining so early in its mandate. One Toronto labour lawyer "
            "said it was far too early to tell.\n\n"
            "The union's previous contract, signed in 2015, expired at the end of March."
        ),
        "claims": [],
    },
    {
        "id": "003",
        "published": "2025-06-18T16:00:00Z",
        "outlet": "prairie-ledger",
        "slug": "air-canada-defends-flight-time-pay-model",
        "title": "Air Canada defends flight-time pay model as talks drag on",
        "text": (
            "MONTREAL, June 18 (Prairie Ledger) - Air Canada on Wednesday defended the way it pays flight attendants, "
            "saying the practice of crediting hours from the moment an aircraft leaves the gate is standard across "
            "North American aviation and is already reflected in its hourly rates.\n\n"
            "In a written statement, the airline said its pay structure was consistent with industry practice and that "
            "it saw no reason to create a separate rate for boarding and other duties on the ground. The company said "
            "it still expected a negotiated deal, as it had reached with its pilots last autumn.\n\n"
            "The comments came in response to a social media campaign by the Canadian Union of Public Employees, whose "
            "members have been posting photos of themselves at departure gates under the slogan \"Unpaid work won't "
            "fly.\"\n\n"
            "The union said the airline's position showed how out of touch management had become. Component president "
            "Wesley Lesosky said flight attendants would not accept any contract that failed to pay them for time spent "
            "on the ground. He said boarding a full aircraft was work like any other.\n\n"
            "Conciliation talks resumed in Toronto this week. Neither side disclosed its wage proposals."
        ),
        "claims": [
            ("air-canada", "ground-pay", O, "no reason to create a separate rate for boarding and other duties", True),
            ("cupe-fa", "ground-pay", S,
             "not accept any contract that failed to pay them for time spent on the ground", True),
        ],
    },
    {
        "id": "004",
        "published": "2025-07-28T14:00:00Z",
        "outlet": "maple-wire",
        "slug": "air-canada-flight-attendants-begin-strike-vote",
        "title": "Air Canada flight attendants begin strike vote after conciliation ends",
        "text": (
            "MONTREAL, July 28 (Maple Wire) - More than 10,000 Air Canada and Air Canada Rouge flight attendants began "
            "voting on Monday on whether to give their union a strike mandate, after a 60-day conciliation period ended "
            "without a deal.\n\n"
            "The Canadian Union of Public Employees said the main sticking points remained wages, unpaid ground duties "
            "and pensions. In a bulletin to members, the union's bargaining committee said the company's wage proposals "
            "so far would leave many junior attendants earning less than the federal minimum wage, and urged a strong "
            "yes vote. It said members should be paid for every hour they work, including time at the gate.\n\n"
            "Air Canada said the vote was a normal part of bargaining and did not mean a strike would happen. It said it "
            "remained committed to a negotiated agreement.\n\n"
            "Under federal labour law, the parties must wait through a 21-day cooling-off period before either side can "
            "strike or lock out, so a stoppage could begin no earlier than mid-August. Voting closes on Aug. 5.\n\n"
            "Attendants are hoping for a settlement comparable to the one Air Canada's pilots won last year, which "
            "raised their pay by about 42 per cent over four years. The pilots' union, the Air Line Pilots Association, "
            "is not involved in the current talks."
        ),
        "claims": [
            ("cupe-fa", "wage-offer", O,
             "would leave many junior attendants earning less than the federal minimum wage", True),
            ("cupe-fa", "ground-pay", S, "members should be paid for every hour they work, including time at the gate",
             True),
        ],
    },
    {
        "id": "005",
        "published": "2025-08-05T21:00:00Z",
        "outlet": "harbourfront-courier",
        "slug": "flight-attendants-give-union-strike-mandate",
        "title": "Air Canada flight attendants give union 99.7% strike mandate",
        "text": (
            "TORONTO, Aug 5 (Harbourfront Courier) - Air Canada's flight attendants have voted 99.7 per cent in favour "
            "of strike action, their union said on Tuesday, raising the prospect of a walkout at the height of the "
            "summer travel season.\n\n"
            "The Canadian Union of Public Employees said the result sent a clear message that its members would no "
            "longer do unpaid work. In a statement, the union said the airline's latest wage offer amounted to a pay cut "
            "once inflation was taken into account.\n\n"
            "Air Canada said in a brief statement that a strike mandate was a routine step and that it would keep "
            "negotiating. It said it was confident an agreement could still be reached before the earliest possible "
            "strike date of Aug. 16.\n\n"
            "The union represents about 10,000 cabin crew at Air Canada's mainline operation and at Air Canada Rouge. "
            "Flights operated for Air Canada Express by Jazz and PAL Airlines, whose crews are covered by separate "
            "contracts, would not be affected by a stoppage.\n\n"
            "Talks are scheduled to resume in Montreal later this week. Analysts said the size of the mandate would "
            "strengthen the union's hand but did not make a strike inevitable."
        ),
        "claims": [
            ("cupe-fa", "ground-pay", S, "its members would no longer do unpaid work", True),
            ("cupe-fa", "wage-offer", O,
             "latest wage offer amounted to a pay cut once inflation was taken into account", True),
        ],
    },
    {
        "id": "006",
        "published": "2025-08-07T19:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "air-canada-says-offer-would-pay-crews-for-ground-time",
        "title": "Air Canada says new offer would pay cabin crew for ground time",
        "text": (
            "MONTREAL, Aug 7 (Laurentian Dispatch) - Air Canada said on Thursday it had made its flight attendants an "
            "offer that would make them the best paid in Canada and, for the first time, compensate them for part of "
            "the work they do before take-off.\n\n"
            "In a statement, the airline said the proposal would introduce ground pay for boarding as part of an overall "
            "package it wants the union to accept, while keeping the existing system that pays crews mainly for flight "
            "time. It said the new formula would be worth several percentage points of extra pay.\n\n"
            "The move marks a change for the carrier, which in June said it saw no need for a separate rate for ground "
            "duties.\n\n"
            "The Canadian Union of Public Employees said it had not yet received the offer. A union spokesperson said "
            "the bargaining committee would not comment on figures it had only read about in the media, and urged the "
            "company to negotiate at the table rather than through reporters.\n\n"
            "Air Canada did not disclose the size of the hourly wage increase but said total compensation would rise by "
            "more than 30 per cent over four years. Talks resume on Friday."
        ),
        "claims": [
            ("air-canada", "ground-pay", C, "ground pay for boarding as part of an overall package", True),
            ("air-canada", "wage-offer", S, "an offer that would make them the best paid in Canada", True),
        ],
    },
    {
        "id": "007",
        "published": "2025-08-12T13:30:00Z",
        "outlet": "prairie-ledger",
        "slug": "air-canada-proposes-binding-arbitration",
        "title": "Air Canada proposes binding arbitration to settle flight attendant dispute",
        "text": (
            "MONTREAL, Aug 12 (Prairie Ledger) - Air Canada said on Tuesday it had proposed that an independent "
            "arbitrator settle its contract dispute with 10,000 flight attendants, a step it said would remove the risk "
            "of a strike or lockout during the busy summer season.\n\n"
            "The airline said it had written to the Canadian Union of Public Employees offering to refer all "
            "outstanding issues to binding interest arbitration. The carrier said its latest offer was generous and "
            "would raise total compensation by 38 per cent over four years, including 25 per cent in the first year.\n\n"
            "Arielle Meloul-Wechsler, the airline's executive vice-president for people, said a neutral third party was "
            "the fairest way to break the stalemate without disrupting travellers.\n\n"
            "The union confirmed it had received the letter and said its bargaining committee was reviewing it. It gave "
            "no indication of its answer.\n\n"
            "Labour lawyers said unions generally resist interest arbitration because it takes the final decision out "
            "of members' hands, and several predicted the union would say no. Employers, by contrast, often favour it "
            "because it rules out a stoppage while the arbitrator deliberates."
        ),
        "claims": [
            ("air-canada", "binding-arbitration", S,
             "offering to refer all outstanding issues to binding interest arbitration", True),
            ("air-canada", "wage-offer", S, "its latest offer was generous", True),
        ],
    },
    {
        "id": "008",
        "published": "2025-08-12T23:15:00Z",
        "outlet": "maple-wire",
        "slug": "union-rejects-arbitration-air-canada-declares-impasse",
        "title": "Flight attendants' union rejects arbitration; Air Canada declares impasse",
        "text": (
            "MONTREAL, Aug 12 (Maple Wire) - The union for Air Canada's flight attendants said late on Tuesday it had "
            "turned down the airline's proposal to send their contract dispute to binding arbitration, and the carrier "
            "responded by declaring the talks at an impasse.\n\n"
            "In a letter to the airline, CUPE Air Canada component president Wesley Lesosky said members wanted a "
            "contract negotiated at the table, not one imposed by a third party. The union said the company's offer, "
            "which it put at about 17 per cent in wage increases over four years, was below inflation and below market "
            "value, and still left attendants unpaid for much of their work on the ground.\n\n"
            "Air Canada said the union had answered with a counteroffer seeking exorbitant increases, beyond anything "
            "in its earlier demands. It said it had asked Jobs Minister Patty Hajdu to refer the dispute to arbitration "
            "under section 107 of the Canada Labour Code.\n\n"
            "Christophe Hennebelle, the airline's vice-president of communications, said the gap between the two sides "
            "remained very large.\n\n"
            "The earliest date for a strike or lockout is Saturday."
        ),
        "claims": [
            ("cupe-fa", "binding-arbitration", O,
             "members wanted a contract negotiated at the table, not one imposed by a third party", True),
            ("cupe-fa", "wage-offer", O, "was below inflation and below market value", True),
            ("air-canada", "ground-pay", O, "still left attendants unpaid for much of their work on the ground", False),
            ("air-canada", "binding-arbitration", S,
             "asked Jobs Minister Patty Hajdu to refer the dispute to arbitration", True),
        ],
    },
    {
        "id": "009",
        "published": "2025-08-13T15:00:00Z",
        "outlet": "harbourfront-courier",
        "slug": "flight-attendants-serve-strike-notice-airline-lockout-notice",
        "title": "Air Canada flight attendants serve strike notice; airline answers with lockout notice",
        "text": (
            "TORONTO, Aug 13 (Harbourfront Courier) - The union representing more than 10,000 Air Canada flight "
            "attendants served a 72-hour strike notice early on Wednesday, and the airline answered within hours with a "
            "notice that it would lock the workers out, setting up a possible shutdown on Saturday.\n\n"
            "Wesley Lesosky, who heads the Air Canada component of the Canadian Union of Public Employees, said the "
            "company had refused to address the union's core demands. He said flight attendants would not go back to a "
            "contract that did not pay them for boarding, and that he still hoped the company would return to the table "
            "and bargain seriously.\n\n"
            "Air Canada rejected the union's claim that its offer contained no ground pay, saying its proposal included "
            "a new formula for boarding time tied to a settlement on the full package.\n\n"
            "The Canadian Federation of Independent Business urged both sides to settle without any disruption, warning "
            "that many small firms depend on summer tourism. Failing that, Ottawa should immediately send the dispute to "
            "an arbitrator, the group said.\n\n"
            "Travellers booked between Aug. 15 and Aug. 18 may change their flights without a fee."
        ),
        "claims": [
            ("cupe-fa", "ground-pay", S, "would not go back to a contract that did not pay them for boarding", True),
            ("air-canada", "ground-pay", C, "a new formula for boarding time tied to a settlement on the full package",
             True),
            ("cfib", "binding-arbitration", C,
             "Failing that, Ottawa should immediately send the dispute to an arbitrator", True),
        ],
    },
    {
        "id": "010",
        "published": "2025-08-14T16:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "hajdu-weighs-air-canada-arbitration-request",
        "title": "Hajdu weighs Air Canada's arbitration request, asks union to respond",
        "text": (
            "OTTAWA, Aug 14 (Laurentian Dispatch) - Jobs Minister Patty Hajdu said on Thursday she was considering Air "
            "Canada's request to send its dispute with flight attendants to binding arbitration, but would first hear "
            "the union's answer and still preferred a deal reached at the bargaining table.\n\n"
            "In a letter posted on social media, Hajdu said she had met both parties throughout the talks and had "
            "strongly urged them to reach an agreement. She said federal mediators were ready to work around the clock. "
            "She did not say when she would decide. A government official said no decision was expected before the "
            "weekend.\n\n"
            "The Canadian Union of Public Employees said it would not agree to arbitration and accused the airline of "
            "trying to get the government to do its bargaining for it. The union said Air Canada had been absent from "
            "the table for nearly a full day after the union tabled its latest proposal.\n\n"
            "Air Canada said it remained open both to negotiations and to arbitration agreed by both sides.\n\n"
            "Opposition parties were largely silent on Thursday. Parliament does not sit again until September."
        ),
        "claims": [
            ("federal-government", "binding-arbitration", C,
             "was considering Air Canada's request to send its dispute with flight attendants to binding arbitration",
             True),
            ("cupe-fa", "binding-arbitration", O, "it would not agree to arbitration", True),
            ("air-canada", "binding-arbitration", S,
             "remained open both to negotiations and to arbitration agreed by both sides", True),
        ],
    },
    {
        "id": "011",
        "published": "2025-08-14T20:30:00Z",
        "outlet": "prairie-ledger",
        "slug": "flight-attendants-interrupt-air-canada-news-conference",
        "title": "Flight attendants crash Air Canada news conference as cancellations begin",
        "text": (
            "MONTREAL, Aug 14 (Prairie Ledger) - Air Canada cut short a news conference in Montreal on Thursday after a "
            "group of uniformed flight attendants filed into the room holding placards and stood silently beside the "
            "stage.\n\n"
            "The airline had called reporters in to explain how it would wind down operations ahead of a possible strike "
            "or lockout on Saturday. Before the event ended, executives said several dozen mostly long-haul flights "
            "would be cancelled by the end of the day and about 500 more on Friday, affecting well over 100,000 "
            "customers.\n\n"
            "Mark Nasr, who oversees operations, urged travellers not to come to the airport without a confirmed "
            "booking, noting that seats on other carriers would be very limited at the peak of the season. Customers "
            "whose flights are cancelled can claim a full refund.\n\n"
            "A communications executive asked whether the protesters intended to stop the briefing, got no reply, and "
            "then closed the session.\n\n"
            "Aviation analysts said lengthening lines at Montreal-Trudeau airport suggested many passengers were trying "
            "to leave early. Air Canada Express flights operated by Jazz and PAL Airlines are not affected."
        ),
        "claims": [],
    },
    {
        "id": "012",
        "published": "2025-08-15T18:00:00Z",
        "outlet": "ridgeway-bulletin",
        "slug": "air-canada-union-trade-blame-as-deadline-nears",
        "title": "Air Canada, union trade blame as strike deadline nears",
        "text": (
            "TORONTO, Aug 15 (Ridgeway Bulletin) - With a strike or lockout hours away, Air Canada and the union for its "
            "flight attendants traded accusations on Friday, each saying the other had walked away from serious "
            "bargaining.\n\n"
            "The Canadian Union of Public Employees said the airline had been missing from the table for much of the "
            "past day. Air Canada said its offer would lift some senior attendants' annual earnings to about C$87,000 by "
            "2027 and insisted it was among the best in the industry. It said that on top of an 8 per cent hourly raise "
            "in the first year, a new ground-pay formula would add another 4 to 8 per cent, provided the union signed on "
            "to the whole proposal.\n\n"
            "The union said the figures were misleading, repeating that the wage offer would not keep up with the cost "
            "of living.\n\n"
            "The Canadian Federation of Independent Business repeated that if the two sides could not close the gap, "
            "Ottawa should be ready to order arbitration the moment a stoppage began.\n\n"
            "Hajdu met both parties on Friday evening, her office said, without giving details."
        ),
        "claims": [
            ("air-canada", "wage-offer", S, "insisted it was among the best in the industry", True),
            ("air-canada", "ground-pay", C, "provided the union signed on to the whole proposal", True),
            ("cupe-fa", "wage-offer", O, "the wage offer would not keep up with the cost of living", True),
            ("cfib", "binding-arbitration", C, "Ottawa should be ready to order arbitration the moment a stoppage began",
             True),
        ],
    },
    {
        "id": "013",
        "published": "2025-08-16T06:30:00Z",
        "outlet": "maple-wire",
        "slug": "air-canada-flight-attendants-walk-off-the-job",
        "title": "Air Canada flight attendants walk off the job",
        "text": (
            "TORONTO, Aug 16 (Maple Wire) - More than 10,000 Air Canada flight attendants went on strike early on "
            "Saturday, grounding the country's largest airline at the peak of the summer travel season after months of "
            "talks failed to produce a contract.\n\n"
            "Picket lines went up at Toronto Pearson, Montreal-Trudeau and Vancouver airports shortly after the 12:58 "
            "a.m. deadline passed. Air Canada, which had already begun winding down its schedule, locked the crews out "
            "about half an hour later and suspended all mainline and Rouge flights.\n\n"
            "The Canadian Union of Public Employees said its members had rejected the company's final wage offer as too "
            "low and would stay out until they were paid for every hour they work, on the ground as well as in the "
            "air.\n\n"
            "Air Canada said the stoppage would disrupt about 130,000 customers a day. It repeated its call for the "
            "federal government to refer the dispute to binding arbitration, saying the union had left it no other "
            "path.\n\n"
            "The strike is the first by the airline's flight attendants since 1985."
        ),
        "claims": [
            ("cupe-fa", "wage-offer", O, "rejected the company's final wage offer as too low", True),
            ("cupe-fa", "ground-pay", S, "until they were paid for every hour they work, on the ground as well", True),
            ("air-canada", "binding-arbitration", S,
             "repeated its call for the federal government to refer the dispute to binding arbitration", True),
        ],
    },
    {
        "id": "014",
        "published": "2025-08-16T17:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "ottawa-ends-air-canada-strike-orders-arbitration",
        "title": "Ottawa ends Air Canada strike, orders binding arbitration",
        "text": (
            "OTTAWA, Aug 16 (Laurentian Dispatch) - The federal government moved on Saturday to end a strike by Air "
            "Canada's flight attendants just hours after it began, with Jobs Minister Patty Hajdu ordering the two sides "
            "into binding arbitration.\n\n"
            "Hajdu said she had used her powers under section 107 of the Canada Labour Code to direct the Canada "
            "Industrial Relations Board to impose final and binding arbitration, and to order the airline and its crews "
            "to resume operations. The existing contract will stay in force until an arbitrator sets new terms.\n\n"
            "She told reporters the parties were at an impasse after eight months of talks and that a prolonged "
            "shutdown would do serious harm to travellers and to shipments of medicine and other critical cargo. The "
            "best deals are made at the table, she said, but this one would not be.\n\n"
            "The Canadian Union of Public Employees condemned the decision, saying it rewarded an employer that had "
            "refused to bargain seriously and stripped workers of their right to strike. It said it was weighing its "
            "options.\n\n"
            "Air Canada said it expected to restart some flights on Sunday evening, though a full schedule could take "
            "a week."
        ),
        "claims": [
            ("federal-government", "binding-arbitration", S,
             "direct the Canada Industrial Relations Board to impose final and binding arbitration", True),
            ("federal-government", "abandon-strike", S, "order the airline and its crews to resume operations", True),
            ("cupe-fa", "binding-arbitration", O, "The Canadian Union of Public Employees condemned the decision", True),
        ],
    },
    {
        "id": "015",
        "published": "2025-08-16T18:40:00Z",
        "outlet": "harbourfront-courier",
        "slug": "hajdu-orders-arbitration-to-end-air-canada-strike",
        "title": "Hajdu orders arbitration to end Air Canada flight attendants' strike",
        "text": (
            "OTTAWA, Aug 16 (Harbourfront Courier) - The federal government stepped in on Saturday to end the strike "
            "by Air Canada's flight attendants only hours after it started, as Jobs Minister Patty Hajdu sent the two "
            "sides to binding arbitration.\n\n"
            "Hajdu said she had invoked section 107 of the Canada Labour Code to direct the Canada Industrial Relations "
            "Board to impose final and binding arbitration, and to order the airline and its crews to resume "
            "operations. The current collective agreement remains in effect until an arbitrator decides on a new one.\n\n"
            "Speaking to reporters, she said the two sides were at an impasse after eight months of negotiations and "
            "that a long shutdown would badly hurt travellers and shipments of medicine and other vital cargo. The best "
            "deals are reached at the table, she said, but this dispute would not be settled there.\n\n"
            "The Canadian Union of Public Employees condemned the decision, saying it rewarded an employer that had "
            "refused to bargain in good faith and took away workers' right to strike. It said it was weighing its "
            "options.\n\n"
            "Air Canada said it hoped to restart some flights on Sunday evening, but a full schedule could take a week."
        ),
        "claims": [
            ("federal-government", "binding-arbitration", S,
             "direct the Canada Industrial Relations Board to impose final and binding arbitration", True),
            ("federal-government", "abandon-strike", S, "order the airline and its crews to resume operations", True),
            ("cupe-fa", "binding-arbitration", O, "The Canadian Union of Public Employees condemned the decision", True),
        ],
    },
    {
        "id": "016",
        "published": "2025-08-17T19:00:00Z",
        "outlet": "prairie-ledger",
        "slug": "union-defies-back-to-work-order",
        "title": "Union defies back-to-work order as Air Canada shelves restart",
        "text": (
            "MISSISSAUGA, Ontario, Aug 17 (Prairie Ledger) - The union representing Air Canada's flight attendants said "
            "on Sunday its members would stay on strike in defiance of a federal order, forcing the airline to drop "
            "plans to resume flying.\n\n"
            "Mark Hancock, national president of the Canadian Union of Public Employees, tore up a copy of the labour "
            "board's order in front of cheering picketers outside Toronto Pearson airport. He said members were not "
            "going back to work and called the order unconstitutional.\n\n"
            "The Canada Industrial Relations Board had late on Saturday directed the crews to return by 2 p.m. Sunday "
            "and imposed binding arbitration, acting on the minister's referral.\n\n"
            "Air Canada said the union had unlawfully told its members to ignore the board and that flights would now "
            "resume on Monday evening at the earliest. It said it had asked the board to declare the strike illegal.\n\n"
            "Interim NDP leader Don Davies said Prime Minister Mark Carney's government had misused the labour code to "
            "impose arbitration, and that it should recall Parliament if it wanted to end the strike."
        ),
        "claims": [
            ("cupe-fa", "abandon-strike", O, "He said members were not going back to work", True),
            ("cirb", "abandon-strike", S, "directed the crews to return by 2 p.m. Sunday", True),
            ("cirb", "binding-arbitration", S, "imposed binding arbitration, acting on the minister's referral", True),
            ("cupe-fa", "binding-arbitration", O, "called the order unconstitutional", True),
            ("air-canada", "abandon-strike", S, "asked the board to declare the strike illegal", True),
            ("ndp", "binding-arbitration", O, "had misused the labour code to impose arbitration", True),
            ("federal-government", "binding-arbitration", S,
             "Carney's government had misused the labour code to impose arbitration", False),
        ],
    },
    {
        "id": "017",
        "published": "2025-08-18T15:30:00Z",
        "outlet": "maple-wire",
        "slug": "labour-board-declares-air-canada-strike-unlawful",
        "title": "Labour board declares Air Canada strike unlawful; union leader says he will risk jail",
        "text": (
            "OTTAWA, Aug 18 (Maple Wire) - The Canada Industrial Relations Board declared on Monday that the strike by "
            "Air Canada's flight attendants was unlawful and ordered their union to tell members to return to work by "
            "noon.\n\n"
            "In a written decision, vice-chair Jennifer Webster ordered the Canadian Union of Public Employees and its "
            "officers to stop authorizing the walkout, and directed the roughly 10,000 crew members to resume their "
            "duties immediately.\n\n"
            "The deadline passed without the union complying. At a news conference in Toronto, CUPE national president "
            "Mark Hancock said the flight attendants would not be returning to the skies that afternoon. He said he was "
            "prepared to go to jail, and to see the union fined, rather than back down.\n\n"
            "Prime Minister Mark Carney told reporters in Ottawa that hundreds of thousands of travellers were being "
            "disrupted and urged both sides to reach a deal quickly. He did not say whether the government would seek "
            "further sanctions against the union.\n\n"
            "Air Canada suspended its financial outlook for the year and said flights would remain grounded until "
            "further notice."
        ),
        "claims": [
            ("cirb", "abandon-strike", S, "directed the roughly 10,000 crew members to resume their duties immediately",
             True),
            ("cupe-fa", "abandon-strike", O, "the flight attendants would not be returning to the skies that afternoon",
             True),
        ],
    },
    {
        "id": "018",
        "published": "2025-08-18T21:00:00Z",
        "outlet": "ridgeway-bulletin",
        "slug": "ottawa-launches-probe-unpaid-airline-work",
        "title": "Ottawa launches probe into unpaid work by flight attendants",
        "text": (
            "GATINEAU, Quebec, Aug 18 (Ridgeway Bulletin) - Jobs Minister Patty Hajdu on Monday launched a federal "
            "probe into unpaid work in the airline industry, saying flight attendants deserve to be paid for all the "
            "work they do.\n\n"
            "Hajdu said the consultations would examine whether cabin crews are paid at least what the Canada Labour "
            "Code requires. She said the review could lead to changes to the code if it found airlines were exploiting a "
            "gap, but that she would not prejudge the outcome. \"Nobody should work for free,\" she said in a "
            "statement.\n\n"
            "The announcement came as the flight attendants defied a back-to-work order for a second day. Wesley "
            "Lesosky, president of the union's Air Canada component, said the Liberals had spent years refusing to fix "
            "the problem through legislation. He said a probe was "
            "no substitute for changing the law.\n\n"
            "Air Canada said it would take part in the consultations. It declined to say whether it would support "
            "changes to the code."
        ),
        "claims": [
            ("federal-government", "ground-pay", S, "flight attendants deserve to be paid for all the work they do", True),
            ("federal-government", "labour-code-unpaid-work", C,
             "could lead to changes to the code if it found airlines were exploiting a gap", True),
            ("cupe-fa", "labour-code-unpaid-work", S, "a probe was no substitute for changing the law", True),
        ],
    },
    {
        "id": "019",
        "published": "2025-08-18T23:40:00Z",
        "outlet": "harbourfront-courier",
        "slug": "canadas-unions-rally-behind-air-canada-flight-attendants",
        "title": "Canada's unions rally behind defiant Air Canada flight attendants",
        "text": (
            "OTTAWA, Aug 18 (Harbourfront Courier) - Leaders of Canada's major unions voted unanimously on Monday "
            "evening to back Air Canada's flight attendants in defying the government's back-to-work order, and demanded "
            "that Ottawa withdraw it.\n\n"
            "After an emergency meeting, Canadian Labour Congress president Bea Bruske said the labour movement stood "
            "united behind the flight attendants and would help cover the legal costs of their decision to stay out. She "
            "said an attack on one union was an attack on all of them.\n\n"
            "The congress called on the government to withdraw the section 107 order immediately, to stop using the "
            "provision to end legal strikes, and to remove it from the labour code when Parliament returns.\n\n"
            "CUPE Nova Scotia, a provincial division of the same national union, also condemned the order and called the "
            "government anti-worker.\n\n"
            "A spokesperson for Hajdu said the minister had acted to protect Canadians and the economy and expected the "
            "board's orders to be respected. The strike, now in its third day, has stranded travellers across the "
            "country and abroad."
        ),
        "claims": [
            ("clc", "abandon-strike", O,
             "back Air Canada's flight attendants in defying the government's back-to-work order", True),
            ("clc", "binding-arbitration", O, "withdraw the section 107 order immediately", True),
            ("federal-government", "abandon-strike", S, "expected the board's orders to be respected", True),
        ],
    },
    {
        "id": "020",
        "published": "2025-08-19T11:00:00Z",
        "outlet": "maple-wire",
        "slug": "air-canada-strike-ends-tentative-deal",
        "title": "Air Canada strike ends with tentative deal; union says unpaid work is over",
        "text": (
            "TORONTO, Aug 19 (Maple Wire) - Air Canada and the union for its 10,000 flight attendants reached a "
            "tentative agreement early on Tuesday, ending a strike that had grounded the airline since Saturday and "
            "defied two orders to return to work.\n\n"
            "The deal was struck after about nine hours of talks led by mediator William Kaplan. The Canadian Union of "
            "Public Employees told members the strike was over and that they must fully cooperate with the resumption "
            "of operations. In a statement, the union said the agreement ended unpaid work, calling it a "
            "transformational change for the industry.\n\n"
            "Mark Nasr, an Air Canada executive vice-president, said in a television interview that ground pay "
            "absolutely belonged in the new contract and that he was glad the airline had reached an industry-leading "
            "deal.\n\n"
            "Chief executive Michael Rousseau apologized to customers and said restoring the full schedule could take "
            "seven to ten days, with the first flights leaving on Tuesday evening.\n\n"
            "Members will vote on the deal in the coming weeks. The union did not release the wage terms."
        ),
        "claims": [
            ("cupe-fa", "abandon-strike", S, "told members the strike was over and that they must fully cooperate",
             True),
            ("cupe-fa", "ground-pay", S, "the agreement ended unpaid work", True),
            ("air-canada", "ground-pay", S, "ground pay absolutely belonged in the new contract", True),
        ],
    },
    {
        "id": "021",
        "published": "2025-08-19T22:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "deal-gives-crews-partial-boarding-pay-members-to-vote-on-wages",
        "title": "Deal gives Air Canada crews partial pay for boarding; members to vote on wages",
        "text": (
            "MONTREAL, Aug 19 (Laurentian Dispatch) - The tentative agreement that ended the Air Canada flight "
            "attendants' strike would pay crews for at least an hour of ground time before each flight, at half their "
            "hourly rate, according to details confirmed by both sides on Tuesday.\n\n"
            "The ground-pay rate would rise in each year of the contract. Attendants with five years of service or less "
            "would get an immediate 12 per cent raise and more senior crews 8 per cent, followed by smaller increases "
            "over the next three years.\n\n"
            "Members will vote only on the wage terms. Air Canada described the package as industry-leading.\n\n"
            "Component president Wesley Lesosky denied that the union had given up on higher wages, but declined to say "
            "whether its leaders would recommend the increases, telling reporters that members would make up their own "
            "minds.\n\n"
            "Some labour analysts predicted a close vote, noting that the raise for senior crews matched the 8 per cent "
            "that the union had turned down before the walkout. Others said the ground-pay gains might carry the deal."
        ),
        "claims": [
            ("air-canada", "ground-pay", S, "would pay crews for at least an hour of ground time before each flight",
             True),
            ("cupe-fa", "ground-pay", S, "would pay crews for at least an hour of ground time before each flight", True),
            ("air-canada", "wage-offer", S, "Air Canada described the package as industry-leading", True),
            ("cupe-fa", "wage-offer", O, "denied that the union had given up on higher wages", True),
        ],
    },
    {
        "id": "022",
        "published": "2025-08-21T16:00:00Z",
        "outlet": "prairie-ledger",
        "slug": "air-canada-restores-most-flights-after-strike",
        "title": "Air Canada restores most flights after strike, but cancellations linger",
        "text": (
            "TORONTO, Aug 21 (Prairie Ledger) - Air Canada said on Thursday it had restored most of its schedule two "
            "days after a tentative deal ended the flight attendants' strike, though some cancellations would continue "
            "into next week as aircraft and crews were moved back into position.\n\n"
            "The shutdown, which began early on Saturday, forced the cancellation of thousands of flights and upended "
            "the travel plans of several hundred thousand people at the busiest time of the year.\n\n"
            "Passengers at Toronto Pearson and Vancouver International said lines had eased by Thursday morning, "
            "although some travellers who had been stranded abroad were still waiting for seats home.\n\n"
            "Analysts at two Toronto brokerages estimated that the stoppage had cost the airline several hundred million "
            "dollars, and said investors would look for an update on the financial hit in the coming weeks.\n\n"
            "A ratification vote is expected to open next week. Neither Air Canada nor the Canadian Union of Public "
            "Employees would comment on how members might vote."
        ),
        "claims": [],
    },
    {
        "id": "023",
        "published": "2025-08-27T15:00:00Z",
        "outlet": "ridgeway-bulletin",
        "slug": "flight-attendants-begin-ratification-vote",
        "title": "Air Canada flight attendants begin voting; wages could go to an arbitrator",
        "text": (
            "VANCOUVER, Aug 27 (Ridgeway Bulletin) - Air Canada's flight attendants began voting on Wednesday on the "
            "wage terms of the tentative agreement that ended their strike, with the union saying a rejection would not "
            "lead to another walkout.\n\n"
            "In a bulletin to members, the Canadian Union of Public Employees said that if the wage increases were voted "
            "down, the question would go to a mediator and, only if mediation failed, to a binding arbitrator. All other "
            "parts of the deal would take effect either way. The union said it had agreed to that route to protect the "
            "gains on ground pay, which it called historic.\n\n"
            "The approach marks a turn for a union that rejected Air Canada's offer of arbitration two weeks ago and "
            "then defied a federal arbitration order.\n\n"
            "Air Canada said it supported arbitration as a way to settle any remaining differences without disruption.\n\n"
            "Voting closes on Sept. 6. The union has held information sessions for members in Vancouver, Toronto and "
            "Montreal."
        ),
        "claims": [
            ("cupe-fa", "binding-arbitration", C, "only if mediation failed, to a binding arbitrator", True),
            ("cupe-fa", "ground-pay", S, "the gains on ground pay, which it called historic", True),
            ("air-canada", "binding-arbitration", S,
             "supported arbitration as a way to settle any remaining differences", True),
        ],
    },
    {
        "id": "024",
        "published": "2025-09-03T17:00:00Z",
        "outlet": "harbourfront-courier",
        "slug": "rank-and-file-campaign-urges-no-vote",
        "title": "Rank-and-file campaign urges Air Canada crews to vote down wage deal",
        "text": (
            "CALGARY, Sept 3 (Harbourfront Courier) - A group of Air Canada flight attendants has launched an online "
            "campaign urging colleagues to reject the wage terms in their tentative agreement, arguing the raises barely "
            "cover a decade of inflation.\n\n"
            "The group, which says it has no formal link to the union's leadership, has circulated pay calculations "
            "suggesting junior attendants would still earn little more than the minimum wage in the first year. Its "
            "organizers, based mainly in Calgary and Vancouver, asked not to be named.\n\n"
            "Leaders of the Canadian Union of Public Employees' Air Canada component have not told members how to vote. "
            "A union spokesperson said the bargaining committee respected members' right to decide, and declined to say "
            "how committee members would cast their own ballots.\n\n"
            "Air Canada said the wage terms were fair and would make its flight attendants among the best compensated "
            "in the country. It urged crews to weigh the full package before voting.\n\n"
            "The result is due on Saturday afternoon."
        ),
        "claims": [
            ("air-canada", "wage-offer", S, "the wage terms were fair", True),
        ],
    },
    {
        "id": "025",
        "published": "2025-09-05T22:00:00Z",
        "outlet": "maple-wire",
        "slug": "union-retracts-statement-posted-in-error",
        "title": "Union retracts statement on Air Canada vote, says it was posted in error",
        "text": (
            "TORONTO, Sept 5 (Maple Wire) - The union representing Air Canada's flight attendants withdrew a statement "
            "on Friday that said its members had rejected their tentative agreement, saying the text was one of several "
            "drafts prepared in advance and had been published by mistake.\n\n"
            "The Canadian Union of Public Employees said voting was still open and that no result would be known until "
            "after 3 p.m. Eastern on Saturday. It apologized for the confusion.\n\n"
            "The draft appeared briefly on the website of the union's Air Canada component before being taken down. "
            "Screenshots circulated widely on social media, and some members complained that it could sway colleagues "
            "who had not yet voted.\n\n"
            "Air Canada declined to comment on the draft, saying it would wait for the official count.\n\n"
            "Labour relations experts said the error was embarrassing but unlikely to change the outcome. Several "
            "predicted that members would reject the wage terms, which would send them to a mediator."
        ),
        "claims": [],
    },
    {
        "id": "026",
        "published": "2025-09-06T20:30:00Z",
        "outlet": "prairie-ledger",
        "slug": "flight-attendants-reject-wage-terms",
        "title": "Air Canada flight attendants overwhelmingly reject wage terms",
        "text": (
            "MONTREAL, Sept 6 (Prairie Ledger) - Air Canada's flight attendants voted 99.1 per cent against the wage "
            "increases in the tentative agreement that ended their August strike, the airline and their union said on "
            "Saturday.\n\n"
            "Under terms the two sides agreed when the deal was reached, the wage question now goes to a mediator. The "
            "Canadian Union of Public Employees said members had sent a clear message and that it would pursue higher "
            "wages through mediation, turning to arbitration only if that failed.\n\n"
            "Wesley Lesosky, president of the union's Air Canada component, said the result showed that members would "
            "not accept wages that keep them in poverty. He said the rest of the agreement would now take effect, "
            "including the new rules on scheduling and pensions.\n\n"
            "Air Canada said it had anticipated the possibility of a rejection and that flights would continue as "
            "scheduled, with no strike or lockout possible. The airline said it still considered its wage offer fair.\n\n"
            "About 10,000 flight attendants at Air Canada and Air Canada Rouge were eligible to vote."
        ),
        "claims": [
            ("cupe-fa", "wage-offer", O, "voted 99.1 per cent against the wage increases in the tentative agreement",
             True),
            ("cupe-fa", "binding-arbitration", C, "turning to arbitration only if that failed", True),
            ("air-canada", "wage-offer", S, "still considered its wage offer fair", True),
        ],
    },
    {
        "id": "027",
        "published": "2025-09-06T22:45:00Z",
        "outlet": "ridgeway-bulletin",
        "slug": "air-canada-crews-vote-down-wage-increases",
        "title": "Air Canada crews vote down wage increases by 99 per cent",
        "text": (
            "TORONTO, Sept 6 (Ridgeway Bulletin) - Air Canada's flight attendants voted 99.1 per cent against the wage "
            "increases in the tentative agreement that ended last month's strike, the airline and the union announced on "
            "Saturday.\n\n"
            "Under the arrangement the two sides made when the deal was reached, wages now go to a mediator. The "
            "Canadian Union of Public Employees said its members had sent a clear message and that it would seek higher "
            "wages through mediation, turning to arbitration only if that failed.\n\n"
            "Wesley Lesosky, who leads the union's Air Canada component, said the vote showed members would not accept "
            "wages that keep them in poverty. He said the remainder of the agreement would now come into "
            "force, including the new rules on scheduling and pensions.\n\n"
            "Air Canada said it had prepared for a possible rejection and that flights would operate as planned, since "
            "neither a strike nor a lockout is possible. The airline said it still considered its wage offer fair.\n\n"
            "Roughly 10,000 flight attendants at Air Canada and Air Canada Rouge could vote."
        ),
        "claims": [
            ("cupe-fa", "wage-offer", O, "voted 99.1 per cent against the wage increases in the tentative agreement",
             True),
            ("cupe-fa", "binding-arbitration", C, "turning to arbitration only if that failed", True),
            ("air-canada", "wage-offer", S, "still considered its wage offer fair", True),
        ],
    },
    {
        "id": "028",
        "published": "2025-09-15T19:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "hajdu-unpaid-work-probe-to-report-by-december",
        "title": "Hajdu says unpaid-work probe to report by December, legislation possible",
        "text": (
            "GATINEAU, Quebec, Sept 15 (Laurentian Dispatch) - Jobs Minister Patty Hajdu said on Monday the federal "
            "probe into unpaid work in the airline industry should produce a public report by early December, and that "
            "new legislation was possible depending on its findings.\n\n"
            "Her department said roundtables with airlines and unions would be held on Sept. 23 and 24 and on Oct. 2 "
            "and 3, with written feedback due by Oct. 17.\n\n"
            "In an interview at her Gatineau office, Hajdu said the government wanted to be careful not to interfere in "
            "terms that unions and employers negotiate, but that Canadians would not tolerate unpaid work. The key "
            "question, she said, is whether a loophole lets airlines avoid paying crews fairly.\n\n"
            "The Canadian Union of Public Employees, which says flight attendants work about 35 hours a month without "
            "pay, has called on Ottawa to amend the code without waiting for the report. It is planning a rally on "
            "Parliament Hill.\n\n"
            "Air Canada did not respond to a request for comment."
        ),
        "claims": [
            ("federal-government", "labour-code-unpaid-work", C,
             "new legislation was possible depending on its findings", True),
            ("federal-government", "ground-pay", S, "Canadians would not tolerate unpaid work", True),
            ("cupe-fa", "labour-code-unpaid-work", S,
             "has called on Ottawa to amend the code without waiting for the report", False),
        ],
    },
    {
        "id": "029",
        "published": "2025-09-23T16:00:00Z",
        "outlet": "maple-wire",
        "slug": "unpaid-work-roundtables-open",
        "title": "Ottawa's unpaid-work roundtables open as union presses for law change",
        "text": (
            "OTTAWA, Sept 23 (Maple Wire) - Federal officials held the first closed-door roundtable of Ottawa's probe "
            "into unpaid work in the airline industry on Tuesday, with participants joining by video link.\n\n"
            "Wesley Lesosky, president of the Air Canada component of the Canadian Union of Public Employees, said in a "
            "statement that the union would press for the Canada Labour Code to guarantee pay for every hour crews are "
            "on duty. He said the ground pay won at Air Canada in August was only partial and should become the floor "
            "for the whole industry.\n\n"
            "Employment and Social Development Canada said airlines, unions and industry groups had been invited to take "
            "part, but did not release a list of participants or say what questions they would be asked.\n\n"
            "Air Canada said it was participating in good faith and declined to say whether it favoured legislation. "
            "WestJet did not comment.\n\n"
            "A second pair of sessions, in French and English, is scheduled for early October. The department has said "
            "it will publish a summary of what it heard."
        ),
        "claims": [
            ("cupe-fa", "labour-code-unpaid-work", S,
             "the Canada Labour Code to guarantee pay for every hour crews are on duty", True),
            ("cupe-fa", "ground-pay", S, "was only partial and should become the floor for the whole industry", True),
        ],
    },
    {
        "id": "030",
        "published": "2025-09-24T21:30:00Z",
        "outlet": "harbourfront-courier",
        "slug": "air-canada-puts-strike-cost-at-375-million",
        "title": "Air Canada puts cost of flight attendants' strike at C$375 million",
        "text": (
            "MONTREAL, Sept 24 (Harbourfront Courier) - Air Canada said on Wednesday the August strike by its flight "
            "attendants cut operating income by about C$375 million, and it lowered its forecast for the year.\n\n"
            "The airline said lost revenue of roughly C$430 million, mostly from refunds, compensation and weaker "
            "bookings, was partly offset by about C$145 million in costs it did not incur while its fleet was grounded. "
            "More than 3,000 flights were cancelled.\n\n"
            "In a statement, the airline said bookings had recovered quickly and that the wage question left open by the "
            "members' vote was now with a mediator. It said it would welcome having an arbitrator settle wages, and that "
            "it was confident its offer would be judged fair.\n\n"
            "The Canadian Union of Public Employees said the cost of the shutdown showed the airline could afford to pay "
            "its crews properly. It did not comment on the progress of mediation.\n\n"
            "Analysts said the hit was broadly in line with their estimates, and that the "
            "airline's bookings for the autumn looked solid."
        ),
        "claims": [
            ("air-canada", "binding-arbitration", S, "would welcome having an arbitrator settle wages", True),
            ("air-canada", "wage-offer", S, "confident its offer would be judged fair", True),
            ("cupe-fa", "wage-offer", O, "the airline could afford to pay its crews properly", True),
        ],
    },
    {
        "id": "031",
        "published": "2025-10-17T18:00:00Z",
        "outlet": "laurentian-dispatch",
        "slug": "ndp-presses-ottawa-to-outlaw-unpaid-airline-work",
        "title": "NDP presses Ottawa to outlaw unpaid airline work as probe closes submissions",
        "text": (
            "OTTAWA, Oct 17 (Laurentian Dispatch) - Interim NDP leader Don Davies urged the federal government on Friday "
            "to amend the Canada Labour Code now to require airlines to pay flight attendants for all time on duty, as "
            "the deadline for written submissions to Ottawa's unpaid-work probe passed.\n\n"
            "Davies said the government did not need a report to know that making crews board passengers for free was "
            "wrong. He said any airline paying for only part of the work on the ground was still short-changing its "
            "staff.\n\n"
            "A spokesperson for Jobs Minister Patty Hajdu said the minister would decide on next steps once the report "
            "was published in December and would not rule legislation in or out before then.\n\n"
            "The Canadian Union of Public Employees welcomed the NDP's call.\n\n"
            "Wage mediation between the union and Air Canada is continuing in Montreal, according to people familiar "
            "with the talks, who said the two sides remained far apart. Neither side would comment on the sessions."
        ),
        "claims": [
            ("ndp", "labour-code-unpaid-work", S,
             "amend the Canada Labour Code now to require airlines to pay flight attendants", True),
            ("ndp", "ground-pay", S, "making crews board passengers for free was wrong", True),
            ("federal-government", "labour-code-unpaid-work", C, "would not rule legislation in or out before then",
             True),
            ("cupe-fa", "labour-code-unpaid-work", S, "welcomed the NDP's call", True),
        ],
    },
    {
        "id": "032",
        "published": "2025-11-05T17:00:00Z",
        "outlet": "prairie-ledger",
        "slug": "rousseau-stands-by-wage-offer-after-quarterly-results",
        "title": "Air Canada CEO stands by flight attendant wage offer after strike-hit quarter",
        "text": (
            "MONTREAL, Nov 5 (Prairie Ledger) - Air Canada chief executive Michael Rousseau stood by the wage offer that "
            "flight attendants rejected in September, telling analysts on Wednesday that the company's wage proposal was "
            "competitive.\n\n"
            "Speaking on a call after third-quarter results, Rousseau said the ground-pay provisions negotiated in August "
            "were now in place and working well. He said bookings had rebounded quickly after the strike.\n\n"
            "The airline reported a quarterly profit of C$264 million, down from C$2.04 billion a year earlier, with the "
            "August stoppage weighing on revenue.\n\n"
            "The Canadian Union of Public Employees said Rousseau had acknowledged in August that the airline made no "
            "contingency plans for a strike because it was counting on Ottawa to intervene. Union officials said they "
            "would argue in mediation, and before an arbitrator if it came to that, that the airline's wage offer still "
            "leaves junior crews in poverty.\n\n"
            "Talks on wages resumed this week, the union said."
        ),
        "claims": [
            ("air-canada", "wage-offer", S, "the company's wage proposal was competitive", True),
            ("air-canada", "ground-pay", S, "ground-pay provisions negotiated in August were now in place and working well",
             True),
            ("air-canada", "binding-arbitration", S, "it was counting on Ottawa to intervene", False),
            ("cupe-fa", "wage-offer", O, "the airline's wage offer still leaves junior crews in poverty", True),
            ("cupe-fa", "binding-arbitration", C, "before an arbitrator if it came to that", True),
        ],
    },
]

SHIFTS = [
    {"actor": "air-canada", "issue": "ground-pay", "from": O, "to": C, "article": "006",
     "why": "Air Canada says its new offer introduces ground pay for boarding as part of an overall package the union "
            "must accept; in 003 it saw no reason for a separate rate for ground duties (baseline oppose)."},
    {"actor": "federal-government", "issue": "binding-arbitration", "from": C, "to": S, "article": "014",
     "why": "Hajdu invokes section 107 and directs the CIRB to impose binding arbitration; in 010 she was only "
            "considering Air Canada's request and still preferred a deal at the table."},
    {"actor": "federal-government", "issue": "labour-code-unpaid-work", "from": O, "to": C, "article": "018",
     "why": "Hajdu launches the unpaid-work probe and says it could lead to changes to the Labour Code if airlines "
            "exploit a gap; the baseline is the government's refusal to act on the union's campaign (001, reported)."},
    {"actor": "cupe-fa", "issue": "abandon-strike", "from": O, "to": S, "article": "020",
     "why": "With the tentative agreement the union tells members the strike is over and to cooperate fully with the "
            "restart; in 016 and 017 Hancock said members were not going back to work."},
    {"actor": "air-canada", "issue": "ground-pay", "from": C, "to": S, "article": "020",
     "why": "Nasr says ground pay absolutely belongs in the new contract (the tentative agreement guarantees it); "
            "before the strike the airline tied its ground-pay formula to acceptance of the whole package (006, 009, 012)."},
    {"actor": "cupe-fa", "issue": "binding-arbitration", "from": O, "to": C, "article": "023",
     "why": "The union tells members that rejected wages would go to a mediator and only then to a binding arbitrator; "
            "it had rejected arbitration in 008, 010 and condemned the section 107 order in 014."},
]

# The second copy of a same-day story (same claims, must not alert again).
DUPLICATES = {"015": "014", "027": "026"}

MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (ids and baseline only)."""
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("actors:"):
                section = "actors"
            elif line.startswith("issues:"):
                section = "issues"
            elif line.startswith("baseline:"):
                section = "baseline"
            m = re.match(r"\s*- id: (\S+)", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"\s*- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def article_json(a):
    return {
        "id": a["id"],
        "published": a["published"],
        "source": OUTLETS[a["outlet"]],
        "url": url_of(a),
        "title": a["title"],
        "text": a["text"],
    }


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_time(s), usegmt=True)


def build_feed(slug, items):
    name = OUTLETS[slug]
    items = sorted(items, key=lambda a: a["published"], reverse=True)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(name)}</title>",
        f"    <link>https://example.org/{slug}/</link>",
        f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set "
        f"air-canada-flight-attendants-2025</description>",
        "    <language>en</language>",
        f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>",
    ]
    for a in items:
        u = url_of(a)
        out += [
            "    <item>",
            f"      <title>{escape(a['title'])}</title>",
            f"      <link>{escape(u)}</link>",
            f'      <guid isPermaLink="true">{escape(u)}</guid>',
            f"      <pubDate>{rfc822(a['published'])}</pubDate>",
            f"      <description>{escape(a['text'])}</description>",
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def build_labels():
    claims = {}
    for a in ARTICLES:
        claims[a["id"]] = [
            {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": att}
            for (ac, iss, st, q, att) in a["claims"]
        ]
    shift_articles = {s["article"] for s in SHIFTS}
    return {
        "claims": claims,
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }


def validate(labels, actors, issues, baseline, errors):
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ARTICLES) + 1)]:
        errors.append(f"ids are not 001..{len(ARTICLES):03d} in order: {ids}")
    times = [a["published"] for a in ARTICLES]
    if times != sorted(times) or len(set(times)) != len(times):
        errors.append("articles are not in strictly increasing publication order")
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append(f"article count {len(ARTICLES)} outside 30-34")

    for a in ARTICLES:
        t = a["text"]
        n = len(t.split())
        if not 120 <= n <= 260:
            errors.append(f"{a['id']}: {n} words (want 120-260)")
        m = re.match(r"^([A-Z][A-Za-z .,'-]*?), ([A-Za-z]+) (\d{1,2}) \(([^)]+)\) - ", t)
        if not m:
            errors.append(f"{a['id']}: bad dateline: {t[:60]!r}")
        else:
            d = parse_time(a["published"])
            if m.group(2) != MONTHS[d.month - 1] or int(m.group(3)) != d.day:
                errors.append(f"{a['id']}: dateline date {m.group(2)} {m.group(3)} != published {a['published']}")
            if m.group(4) != OUTLETS[a["outlet"]]:
                errors.append(f"{a['id']}: dateline outlet {m.group(4)} != {OUTLETS[a['outlet']]}")
        if "&" in t or "<" in t:
            pass  # escaped in feeds; allowed
        seen = set()
        for (ac, iss, st, q, att) in a["claims"]:
            if ac not in actors:
                errors.append(f"{a['id']}: unknown actor {ac}")
            if iss not in issues:
                errors.append(f"{a['id']}: unknown issue {iss}")
            if st not in (S, O, C):
                errors.append(f"{a['id']}: bad stance {st}")
            if not isinstance(att, bool):
                errors.append(f"{a['id']}: attributed must be bool")
            if q not in t:
                errors.append(f"{a['id']}: quote not in text: {q!r}")
            if len(q.split()) > 15:
                errors.append(f"{a['id']}: quote over 15 words ({len(q.split())}): {q!r}")
            if (ac, iss) in seen:
                errors.append(f"{a['id']}: two claims for {ac}/{iss}")
            seen.add((ac, iss))

    for (ac, iss, st) in baseline:
        if ac not in actors or iss not in issues or st not in (S, O, C):
            errors.append(f"bad baseline entry {ac} {iss} {st}")

    # Duplicates carry identical claims (actor, issue, stance, attributed).
    for copy, orig in DUPLICATES.items():
        c1 = [(x[0], x[1], x[2], x[4]) for x in next(a for a in ARTICLES if a["id"] == orig)["claims"]]
        c2 = [(x[0], x[1], x[2], x[4]) for x in next(a for a in ARTICLES if a["id"] == copy)["claims"]]
        if c1 != c2:
            errors.append(f"duplicate {copy} claims differ from {orig}")
        a1 = next(a for a in ARTICLES if a["id"] == orig)
        a2 = next(a for a in ARTICLES if a["id"] == copy)
        if a1["published"][:10] != a2["published"][:10] or a1["outlet"] == a2["outlet"]:
            errors.append(f"duplicate {copy} must be same day, other outlet than {orig}")

    # Recompute shifts: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(ac, iss): st for (ac, iss, st) in baseline}
    computed = []
    dup_copies = set(DUPLICATES)
    for a in ARTICLES:
        for (ac, iss, st, q, att) in a["claims"]:
            if not att:
                continue
            prev = prevailing.get((ac, iss))
            if prev is not None and prev != st:
                if a["id"] in dup_copies:
                    errors.append(f"{a['id']}: duplicate copy would shift {ac}/{iss}")
                computed.append((ac, iss, prev, st, a["id"]))
            prevailing[(ac, iss)] = st
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append(f"shift mismatch:\n  computed {sorted(computed)}\n  labelled {sorted(labelled)}")

    shift_articles = {s["article"] for s in SHIFTS}
    expected = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected:
        errors.append("no_alert_articles mismatch")
    return computed


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for a in ARTICLES:
        with open(os.path.join(art_dir, f"{a['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(article_json(a), f, indent=2, ensure_ascii=False)
            f.write("\n")

    for slug in OUTLETS:
        items = [a for a in ARTICLES if a["outlet"] == slug]
        with open(os.path.join(feed_dir, f"{slug}.xml"), "w", encoding="utf-8") as f:
            f.write(build_feed(slug, items))

    labels = build_labels()
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    errors = []
    validate(labels, actors, issues, baseline, errors)

    xmllint = shutil.which("xmllint")
    if not xmllint:
        errors.append("xmllint not found")
    else:
        for slug in OUTLETS:
            p = os.path.join(feed_dir, f"{slug}.xml")
            r = subprocess.run([xmllint, "--noout", p], capture_output=True, text=True)
            if r.returncode != 0:
                errors.append(f"xmllint failed on {p}: {r.stderr.strip()}")

    # Summary
    all_claims = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in all_claims if not c[4])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    print(f"articles: {len(ARTICLES)}  claims: {len(all_claims)}  by stance: {by_stance}  "
          f"attributed false: {unattributed}")
    print(f"shifts: {len(SHIFTS)} in articles {sorted({s['article'] for s in SHIFTS})}  no-claim articles: {empty}")
    for slug in OUTLETS:
        print(f"  feed {slug}: {sum(1 for a in ARTICLES if a['outlet'] == slug)} items")
    words = [len(a["text"].split()) for a in ARTICLES]
    print(f"words per article: min {min(words)} max {max(words)}")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
