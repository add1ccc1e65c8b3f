#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set canada-post-strike-2024.

Standard library only. Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates them against watchlist.yaml. Exits non-zero on any failure.

Usage: python3 build.py
"""
import datetime
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_URL = "https://example.org"

OUTLETS = {
    "lakehead-wire": "Lakehead Wire",
    "prairie-ledger": "Prairie Ledger",
    "harbourline-news": "Harbourline News",
    "laurentian-bulletin": "Laurentian Bulletin",
    "tidewater-review": "Tidewater Review",
}


def P(*paras):
    return "\n\n".join(paras)


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


S, O, K = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims.
ARTICLES = [
    dict(
        id="001", published="2024-11-12T15:40:00Z", outlet="lakehead-wire", slug="cupw-serves-strike-notice",
        title="Postal union serves strike notice as Canada Post pushes weekend parcel plan",
        text=P(
            "OTTAWA, Nov 12 (Lakehead Wire) - The Canadian Union of Postal Workers served 72-hour strike notice on Canada Post on Tuesday, putting about 55,000 letter carriers, mail handlers and rural couriers in a legal position to walk out as early as Friday.",
            "Union president Jan Simpson said in a statement that the notice did not mean a strike was certain, and that what happened next would depend on what the corporation brought to the bargaining table this week.",
            "The two sides have been negotiating for a year. Canada Post's latest offer, tabled in late October, includes raises of 11.5 per cent over four years and a plan to deliver parcels seven days a week. The company said on Tuesday that weekend service would rely on a new group of part-time employees, which it called essential to winning back parcel customers.",
            "The union rejects that model. Simpson said weekend parcels should be carried by full-time employees on regular schedules, not by what she called a cheaper second tier of workers.",
            "Canada Post said its October package had also proposed sending several unresolved items to binding arbitration, and that the offer still stood. Hours after the union's move, the corporation sent notices of its own warning that the terms of the expired contracts could change.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "weekend service would rely on a new group of part-time employees"),
            C("cupw", "weekend-part-time", O, "weekend parcels should be carried by full-time employees on regular schedules"),
            C("canada-post", "binding-arbitration", K, "proposed sending several unresolved items to binding arbitration"),
        ],
    ),
    dict(
        id="002", published="2024-11-15T14:00:00Z", outlet="prairie-ledger", slug="postal-workers-strike-ndp-stay-out",
        title="Mail halts as postal workers strike; NDP tells Ottawa to stay out",
        text=P(
            "TORONTO, Nov 15 (Prairie Ledger) - Canada Post workers walked off the job across the country shortly after midnight on Friday, halting mail and parcel delivery six weeks before Christmas.",
            "Picket lines went up outside the Gateway sorting plant near Toronto's airport and at depots from Halifax to Victoria. Canada Post said it would accept no new items and that some post offices would close.",
            "The Canadian Union of Postal Workers said the company had left it no choice. Union president Jan Simpson told reporters outside a Toronto depot that the union would fight any attempt to legislate its members back to work.",
            "New Democrat leader Jagmeet Singh said in a statement that the federal government should keep out of the dispute and let the workers bargain their own contract.",
            "Labour Minister Steven MacKinnon said he was not looking at any option other than negotiation for now. Asked whether cabinet might eventually order the workers back, he would only say that every day brought something new.",
            "He later named Peter Simpson, head of the Federal Mediation and Conciliation Service, as special mediator. Simpson, who is not related to the union leader, is expected to meet both sides on Monday.",
        ),
        claims=[
            C("cupw", "back-to-work", O, "the union would fight any attempt to legislate its members back to work"),
            C("ndp", "back-to-work", O, "the federal government should keep out of the dispute"),
            C("federal-government", "back-to-work", O, "he was not looking at any option other than negotiation for now"),
        ],
    ),
    dict(
        id="003", published="2024-11-18T20:00:00Z", outlet="harbourline-news", slug="cfib-urges-ottawa-order-postal-workers-back",
        title="Small business group urges Ottawa to order postal workers back",
        text=P(
            "TORONTO, Nov 18 (Harbourline News) - The Canadian Federation of Independent Business urged the federal government on Monday to order striking postal workers back to work, saying small firms were losing holiday sales and waiting on cheques stuck in the mail.",
            "CFIB president Dan Kelly said Ottawa should act within days rather than wait for a negotiated deal. He predicted that the government would step in before Black Friday, although he said he had heard nothing from ministers about their plans.",
            "The Retail Council of Canada also called for the stoppage to end quickly, saying retailers who depend on Canada Post for online orders were scrambling to find other couriers.",
            "Talks resumed on Monday with the special mediator at a downtown Ottawa hotel. Canada Post spokesperson Lisa Liu said the company remained committed to reaching a deal but that the two sides were still far apart. She repeated that a part-time weekend workforce was key to the corporation's parcel strategy.",
            "The union said in a bulletin to members that its negotiators had returned to the table in good faith and were waiting for Canada Post to move.",
        ),
        claims=[
            C("cfib", "back-to-work", S, "urged the federal government on Monday to order striking postal workers back to work"),
            C("canada-post", "weekend-part-time", S, "a part-time weekend workforce was key to the corporation's parcel strategy"),
        ],
    ),
    dict(
        id="004", published="2024-11-22T21:00:00Z", outlet="laurentian-bulletin", slug="mediator-shuttles-postal-talks",
        title="Mediator shuttles between postal negotiators as strike enters second week",
        text=P(
            "OTTAWA, Nov 22 (Laurentian Bulletin) - Negotiators for Canada Post and its largest union spent a fifth straight day in separate rooms at an Ottawa hotel on Friday, with special mediator Peter Simpson carrying proposals between them.",
            "Simpson, who heads the federal mediation service and has worked on earlier postal disputes, has not spoken publicly since his appointment. Neither side would describe what was on the table. A union spokesperson said only that talks were continuing, and Canada Post declined to comment on their substance.",
            "The strike, now in its eighth day, has idled sorting plants in Montreal, Toronto, Winnipeg and Vancouver, and the corporation said millions of parcels were stuck or had been diverted to rival couriers.",
            "Labour relations specialists said the holiday calendar gave both sides reasons to settle and reasons to hold out. One said the government could come under heavy pressure to act if there was no deal by early December, but stressed that such a step was far from certain.",
            "Charities that rely on mailed donations at this time of year said the timing could hardly be worse.",
        ),
        claims=[],
    ),
    dict(
        id="005", published="2024-11-24T18:00:00Z", outlet="tidewater-review", slug="canada-post-says-strike-cost-eight-million-parcels",
        title="Canada Post says strike has cost it eight million parcels",
        text=P(
            "OTTAWA, Nov 24 (Tidewater Review) - Canada Post said on Sunday that the nine-day strike had cost it more than eight million parcels compared with the same period last year, as customers moved their shipping to private couriers.",
            "In a statement, the Crown corporation restated the terms it says the union has turned down: raises totalling 11.5 per cent over four years, more paid leave and protection of the defined-benefit pension for current employees. It said it wanted to hire more part-time staff so that it could deliver parcels on weekends.",
            "According to the company, the union is asking for a cumulative 24 per cent over four years and insists that full-time employees handle any weekend parcel work.",
            "The union did not respond to a request for comment on Sunday, and talks continued through the weekend with the mediator in Ottawa.",
            "Retailers said the timing was especially painful with Black Friday less than a week away.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "wanted to hire more part-time staff so that it could deliver parcels on weekends"),
            C("cupw", "weekend-part-time", O, "insists that full-time employees handle any weekend parcel work", False),
        ],
    ),
    dict(
        id="006", published="2024-11-27T17:30:00Z", outlet="lakehead-wire", slug="mackinnon-rules-out-arbitration-mediation-suspended",
        title="MacKinnon rules out arbitration as postal mediation is suspended",
        text=P(
            "OTTAWA, Nov 27 (Lakehead Wire) - Labour Minister Steven MacKinnon said on Wednesday that sending the Canada Post strike to binding arbitration was off the table, hours after the special mediator suspended talks because the two sides were too far apart.",
            "MacKinnon, who used his powers this year to end rail and port stoppages, said the postal dispute was different because it turned on the corporation's whole business model. He said it would be hard to find an arbitrator able to bridge what he called differences of vision about the future of the mail.",
            "The government was not planning to intervene, he told reporters on Parliament Hill, though he added that he would never rule anything out for the future. Unless the parties reached a deal at the table, he said, the conflict would simply go on.",
            "Earlier in the day he had called negotiators from both sides to his office and told them they alone were responsible for the consequences of the stoppage.",
            "The union said it was disappointed that mediation had stalled. Canada Post said it remained ready to return to talks at any time.",
        ),
        claims=[
            C("federal-government", "binding-arbitration", O, "sending the Canada Post strike to binding arbitration was off the table"),
            C("federal-government", "back-to-work", O, "The government was not planning to intervene, he told reporters"),
        ],
    ),
    dict(
        id="007", published="2024-12-02T19:00:00Z", outlet="harbourline-news", slug="union-says-canada-post-framework-far-from-deal",
        title="Union says Canada Post framework still far from a deal",
        text=P(
            "OTTAWA, Dec 2 (Harbourline News) - The Canadian Union of Postal Workers said on Monday that a framework Canada Post presented over the weekend moved toward the union on some points but remained far from anything its members could ratify.",
            "The framework kept the corporation's proposal for a part-time workforce to handle weekend parcels, which Canada Post said was needed to compete with private couriers. The company said its earlier proposal to send a few disputed items to arbitration was still open, provided the union settled the rest at the table.",
            "The union's negotiators said they could not accept a weekend model built on part-time jobs, arguing it would erode full-time positions over time.",
            "The strike entered its 18th day as the Black Friday and Cyber Monday weekend ended with parcels piling up at depots. The federal government, which has said intervention is not in the cards, faces growing pressure from business groups to act.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "kept the corporation's proposal for a part-time workforce to handle weekend parcels"),
            C("canada-post", "binding-arbitration", K, "send a few disputed items to arbitration was still open, provided the union settled"),
            C("cupw", "weekend-part-time", O, "could not accept a weekend model built on part-time jobs"),
            C("federal-government", "back-to-work", O, "which has said intervention is not in the cards", False),
        ],
    ),
    dict(
        id="008", published="2024-12-05T16:00:00Z", outlet="tidewater-review", slug="ottawa-poised-to-order-postal-workers-back",
        title="Ottawa poised to order postal workers back to work",
        text=P(
            "OTTAWA, Dec 5 (Tidewater Review) - With the postal strike in its third week and no talks scheduled, labour lawyers and former officials say the federal government is running out of reasons to wait.",
            "Several pointed to section 107 of the Canada Labour Code, which the labour minister used this year to send rail and port disputes to the board that oversees federal labour relations. A former federal mediator said an order could come within days if December passed without progress, though she stressed that she had no inside knowledge.",
            "MacKinnon's office declined to say whether any such order was being prepared. A spokesperson said only that the minister was following the situation closely.",
            "Neither Canada Post nor the union commented on the speculation. Canada Post's board of directors met in Ottawa on Wednesday for what the corporation described as a scheduled session and released no decisions.",
            "Small-business owners interviewed in Ottawa's ByWard Market said they had stopped promising customers delivery before the holidays.",
        ),
        claims=[],
    ),
    dict(
        id="009", published="2024-12-10T18:00:00Z", outlet="laurentian-bulletin", slug="postal-union-trims-wage-demand",
        title="Postal union trims wage demand; Canada Post says gap still wide",
        text=P(
            "MONTREAL, Dec 10 (Laurentian Bulletin) - The postal workers' union has cut its wage demand to 19 per cent over four years from 24 per cent, and has dropped a demand to merge its urban and rural bargaining units, negotiator Jim Gallant said on Tuesday.",
            "Gallant said the latest proposals were meant to narrow the gap with Canada Post, but he insisted that weekend parcel work go to the existing workforce rather than to a new tier of part-timers. The union will not sign any deal that does not keep weekend delivery in regular jobs, he said.",
            "Canada Post said on Monday that the union's latest package widened the gap between the parties and that in some areas its demands had gone up. On Tuesday the corporation acknowledged the lower wage figure but noted that its own offer stood at 11.5 per cent. It repeated that new part-time jobs were the only affordable way to expand into weekend delivery.",
            "The strike, now in its 26th day, has shut sorting plants across Quebec. Federal mediation has been paused since Nov. 27.",
        ),
        claims=[
            C("cupw", "weekend-part-time", O, "will not sign any deal that does not keep weekend delivery in regular jobs"),
            C("canada-post", "weekend-part-time", S, "new part-time jobs were the only affordable way to expand into weekend delivery"),
        ],
    ),
    dict(
        id="010", published="2024-12-13T15:30:00Z", outlet="prairie-ledger", slug="ottawa-moves-to-end-postal-strike",
        title="Ottawa moves to end postal strike, orders inquiry into Canada Post",
        text=P(
            "OTTAWA, Dec 13 (Prairie Ledger) - The federal government moved on Friday to end the four-week Canada Post strike, with Labour Minister Steven MacKinnon directing the Canada Industrial Relations Board to order postal workers back on the job if it finds a deal is unlikely by the end of the year.",
            "MacKinnon said he was using section 107 of the Canada Labour Code because the talks had reached an impasse and Canadians, small businesses and charities could not wait any longer. The existing contracts will be extended to May 22, he said, and an industrial inquiry commission will study the dispute and report by mid-May.",
            "The union's president, Jan Simpson, called the order an attack on the right to strike and said the union would contest it.",
            "The NDP's Jagmeet Singh said the Liberals had again sided with employers by taking away workers' bargaining power.",
            "Canada Post declined to say whether it had asked for the intervention. In a brief statement, it said it would follow whatever the board decided.",
            "Two weeks ago, MacKinnon had said intervention was not in the cards.",
        ),
        claims=[
            C("federal-government", "back-to-work", S, "directing the Canada Industrial Relations Board to order postal workers back on the job"),
            C("cupw", "back-to-work", O, "called the order an attack on the right to strike"),
            C("ndp", "back-to-work", O, "the Liberals had again sided with employers by taking away workers' bargaining power"),
        ],
    ),
    dict(
        id="011", published="2024-12-13T19:45:00Z", outlet="harbourline-news", slug="mackinnon-asks-labour-board-to-end-postal-strike",
        title="MacKinnon asks labour board to end Canada Post strike",
        text=P(
            "OTTAWA, Dec 13 (Harbourline News) - The federal government moved on Friday to end the month-long Canada Post strike, with Labour Minister Steven MacKinnon directing the Canada Industrial Relations Board to order postal workers back on the job if it concludes a deal is unlikely before the new year.",
            "MacKinnon said he was invoking section 107 of the Canada Labour Code because talks were at an impasse and Canadians, small businesses and charities could not wait any longer. He said the current contracts would be extended to May 22 and that an industrial inquiry commission would examine the dispute and report by mid-May.",
            "Union president Jan Simpson called the order an attack on the right to strike and said the union would challenge it.",
            "NDP leader Jagmeet Singh said the Liberals had again sided with employers by taking away workers' bargaining power.",
            "Canada Post declined to say whether it had sought the intervention, saying in a short statement that it would follow whatever the board decided.",
            "Only two weeks ago, MacKinnon had said intervention was not in the cards.",
        ),
        claims=[
            C("federal-government", "back-to-work", S, "directing the Canada Industrial Relations Board to order postal workers back on the job"),
            C("cupw", "back-to-work", O, "called the order an attack on the right to strike"),
            C("ndp", "back-to-work", O, "the Liberals had again sided with employers by taking away workers' bargaining power"),
        ],
    ),
    dict(
        id="012", published="2024-12-15T23:30:00Z", outlet="lakehead-wire", slug="labour-board-orders-postal-workers-back",
        title="Labour board orders Canada Post workers back on Tuesday",
        text=P(
            "OTTAWA, Dec 15 (Lakehead Wire) - The Canada Industrial Relations Board ordered striking Canada Post employees back to work on Sunday, ruling after weekend hearings that the corporation and its union were unlikely to reach agreements before the new year.",
            "The board directed employees in both the urban and the rural bargaining units to resume their duties at 8 a.m. local time on Tuesday. Under the order they will receive a 5 per cent raise retroactive to the expiry of their contracts, and the old terms will stay in force until May 22.",
            "The union said its members would obey the order but would return under protest. Simpson said the ruling had stripped postal workers of their right to strike and that the union was weighing a court challenge.",
            "Canada Post said it would begin restarting its network on Monday and warned that delivery times would stay slow into January.",
            "Business groups said the ruling came too late to rescue the holiday shopping season for many small retailers.",
        ),
        claims=[
            C("cirb", "back-to-work", S, "ordered striking Canada Post employees back to work on Sunday"),
            C("cupw", "back-to-work", O, "the ruling had stripped postal workers of their right to strike"),
        ],
    ),
    dict(
        id="013", published="2024-12-17T14:00:00Z", outlet="tidewater-review", slug="mail-moves-again-backlog-january",
        title="Mail moves again as carriers return, but backlog stretches into January",
        text=P(
            "MISSISSAUGA, Dec 17 (Tidewater Review) - Letter carriers and plant workers reported for their first shifts in more than a month on Tuesday morning, as trucks began pulling out of Canada Post's Gateway processing plant loaded with parcels that had sat through the strike.",
            "The corporation said it would take weeks to clear the backlog and that it could not promise delivery before Christmas for items mailed after Wednesday. Its on-time guarantees are suspended for the holiday period.",
            "At the Gateway plant, some workers wore union buttons as they crossed the parking lot. Several said they were glad to be paid again but angry about the way the strike had ended. None wanted to give their names.",
            "Canada Post said it would pay part of the retroactive raise before Christmas, with the rest due by the end of January. In Hamilton and Burlington, small retailers said they were relieved to see trucks moving again but that much of the holiday season was already lost.",
        ),
        claims=[],
    ),
    dict(
        id="014", published="2025-01-27T22:00:00Z", outlet="laurentian-bulletin", slug="postal-inquiry-opens",
        title="Canada Post and union square off as postal inquiry opens",
        text=P(
            "OTTAWA, Jan 27 (Laurentian Bulletin) - Canada Post told the industrial inquiry commission on Monday that it could not survive without a part-time weekend workforce and the freedom to redraw carriers' routes every day to match parcel volumes.",
            "On the first day of public hearings, held in a downtown Ottawa hotel, the corporation's executives said its losses were mounting and that its contracts with the Canadian Union of Postal Workers left it too rigid to compete with private couriers.",
            "The union's lawyers countered that daily route changes would make carriers' days unpredictable and unsafe, and they urged the commission to reject the idea. They also argued that the inquiry itself was no substitute for collective bargaining.",
            "Commissioner William Kaplan, a veteran arbitrator appointed by MacKinnon in December, said he had reached no conclusions and would hear from both sides again in February. He declined to say whether he would address weekend delivery in his report, which is due by May 15.",
            "His mandate asks him to examine Canada Post's finances, its delivery model and the union's job security commitments.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "it could not survive without a part-time weekend workforce"),
            C("canada-post", "dynamic-routing", S, "the freedom to redraw carriers' routes every day to match parcel volumes"),
            C("cupw", "dynamic-routing", O, "daily route changes would make carriers' days unpredictable and unsafe"),
        ],
    ),
    dict(
        id="015", published="2025-02-19T21:30:00Z", outlet="tidewater-review", slug="ettinger-asks-inquiry-to-end-mailbox-freeze",
        title="Canada Post chief asks inquiry to end freeze on community mailboxes",
        text=P(
            "OTTAWA, Feb 19 (Tidewater Review) - Canada Post chief executive Doug Ettinger asked the industrial inquiry commission on Wednesday to clear the way for the corporation to resume converting door-to-door addresses to community mailboxes.",
            "Ettinger told the second round of hearings that the status quo no longer worked and that the corporation needed policy changes, including an end to the freeze on closing rural post offices and a faster process for raising stamp prices. Restarting the conversions, halted since 2015, would help stem its losses, he said.",
            "The freeze is kept in place by Ottawa, which stopped the conversions after the 2015 election and has shown no sign of lifting it.",
            "The postal union said it would fight any move to take home delivery away from the roughly four million addresses that still have it. Its representatives told the commission that seniors and people with disabilities relied on carriers coming to their door.",
            "Kaplan, who must report by May 15, asked both sides detailed questions about the corporation's finances but gave no hint of his thinking.",
        ),
        claims=[
            C("canada-post", "end-door-to-door", S, "resume converting door-to-door addresses to community mailboxes"),
            C("federal-government", "end-door-to-door", O, "The freeze is kept in place by Ottawa, which stopped the conversions", False),
            C("cupw", "end-door-to-door", O, "would fight any move to take home delivery away"),
        ],
    ),
    dict(
        id="016", published="2025-05-16T15:00:00Z", outlet="lakehead-wire", slug="kaplan-report-home-delivery-weekend-part-timers",
        title="Inquiry urges end to daily home delivery, weekend part-timers at Canada Post",
        text=P(
            "OTTAWA, May 16 (Lakehead Wire) - Canada Post should phase out daily door-to-door letter delivery to homes and be allowed to hire part-time workers to deliver parcels on weekends, industrial inquiry commissioner William Kaplan recommended in a report released on Friday.",
            "Kaplan wrote that the Crown corporation was effectively insolvent and that only staged but immediate changes could stop its losses from deepening. He said the freeze on converting homes to community mailboxes should be lifted, while daily delivery to businesses should continue.",
            "The report also says Canada Post must be able to adjust carriers' routes from day to day as volumes change. Part-time weekend staff should be paid on the same scale as full-time employees and come under the union contract, Kaplan wrote.",
            "The Canadian Union of Postal Workers said it fundamentally disagreed with most of the recommendations. Simpson said ending home delivery would hurt seniors and people with disabilities, and that a part-time weekend tier was still unacceptable to the union.",
            "The office of Jobs Minister Patty Hajdu said the government had received the report and would review it carefully. It declined to say whether Ottawa would act on any of the recommendations.",
        ),
        claims=[
            C("kaplan-commission", "end-door-to-door", S, "should phase out daily door-to-door letter delivery to homes"),
            C("kaplan-commission", "weekend-part-time", S, "be allowed to hire part-time workers to deliver parcels on weekends"),
            C("kaplan-commission", "dynamic-routing", S, "must be able to adjust carriers' routes from day to day"),
            C("cupw", "end-door-to-door", O, "ending home delivery would hurt seniors and people with disabilities"),
            C("cupw", "weekend-part-time", O, "a part-time weekend tier was still unacceptable to the union"),
        ],
    ),
    dict(
        id="017", published="2025-05-21T20:00:00Z", outlet="prairie-ledger", slug="canada-post-raises-wage-offer-weekend-part-timers",
        title="Canada Post raises wage offer, keeps weekend part-timers ahead of strike deadline",
        text=P(
            "OTTAWA, May 21 (Prairie Ledger) - Canada Post tabled new contract offers on Wednesday, raising its wage proposal to about 13.6 per cent compounded over four years, two days before the union's members could legally strike again.",
            "The corporation said the offers would let current employees keep their defined-benefit pension and job security. They also include a cost-of-living allowance and up to seven weeks of vacation.",
            "Canada Post said the package would create stable part-time jobs with guaranteed hours to deliver parcels on weekends, so that full-time letter carriers would not have to work weekend shifts. It also proposes what it calls dynamic routing, under which carriers' routes would be adjusted to match daily volumes.",
            "The Canadian Union of Postal Workers, which opposes daily route changes, said it had received the offers and would study them before responding.",
            "The contract terms extended in December expire at the end of Thursday.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "would create stable part-time jobs with guaranteed hours to deliver parcels on weekends"),
            C("canada-post", "dynamic-routing", S, "It also proposes what it calls dynamic routing"),
            C("cupw", "dynamic-routing", O, "which opposes daily route changes", False),
        ],
    ),
    dict(
        id="018", published="2025-05-23T12:00:00Z", outlet="laurentian-bulletin", slug="postal-union-bans-overtime",
        title="Postal union bans overtime instead of striking",
        text=P(
            "MONTREAL, May 23 (Laurentian Bulletin) - The Canadian Union of Postal Workers began a national overtime ban on Friday rather than resuming a full strike, telling its 55,000 members to refuse work beyond eight hours a day or 40 hours a week.",
            "The union said the ban was legal strike action meant to limit disruption for the public while its negotiators went through the lengthy offers Canada Post tabled on Wednesday. It had asked for a two-week truce to study them, which the corporation turned down.",
            "In a bulletin, the union said the offers fell short. It criticized Canada Post's plan for dynamic routing, saying carriers would lose any say over their own routes, and said it still rejected the creation of a separate part-time weekend workforce.",
            "Canada Post spokesperson Lisa Liu said a late meeting with mediators on Thursday had produced no meaningful progress, and she warned customers to expect delays.",
            "In Quebec City, local union officials said mail was moving normally, if more slowly than usual.",
        ),
        claims=[
            C("cupw", "dynamic-routing", O, "It criticized Canada Post's plan for dynamic routing"),
            C("cupw", "weekend-part-time", O, "still rejected the creation of a separate part-time weekend workforce"),
        ],
    ),
    dict(
        id="019", published="2025-05-28T19:00:00Z", outlet="harbourline-news", slug="canada-post-tables-final-offers",
        title="Canada Post tables 'final offers' with signing bonus",
        text=P(
            "OTTAWA, May 28 (Harbourline News) - Canada Post presented what it called its final offers to the postal workers' union on Wednesday, adding a signing bonus of up to $1,000 and an end to compulsory overtime but keeping part-time weekend shifts.",
            "The wage proposal was unchanged at roughly 13.6 per cent compounded over four years. Canada Post said the offers were the best it could afford and urged the union to accept them so that employees could get their raises.",
            "The Crown corporation said weekend parcel service staffed by part-time workers remained essential to winning back business it had lost during last year's strike.",
            "The union, which has kept its overtime ban in place, said the offers still fell short of what its members needed and did not address its core concerns. It said it would respond at the bargaining table.",
            "Canada Post said it was losing millions of dollars a week to the uncertainty created by the dispute.",
        ),
        claims=[
            C("canada-post", "final-offers", S, "urged the union to accept them so that employees could get their raises"),
            C("canada-post", "weekend-part-time", S, "weekend parcel service staffed by part-time workers remained essential"),
            C("cupw", "final-offers", O, "the offers still fell short of what its members needed"),
        ],
    ),
    dict(
        id="020", published="2025-06-01T22:00:00Z", outlet="lakehead-wire", slug="canada-post-rejects-binding-arbitration",
        title="Canada Post rejects union call for binding arbitration",
        text=P(
            "OTTAWA, June 1 (Lakehead Wire) - Canada Post on Sunday rejected a proposal from the Canadian Union of Postal Workers to settle their 18-month contract dispute through binding arbitration, saying the process would be long and complicated and could take more than a year.",
            "The union had asked on Saturday for what it called a fair, final and binding arbitration process, arguing that only an arbitrator could end the dispute quickly and fairly.",
            "The corporation said arbitration would do the opposite of restoring stability to the postal system. Last autumn, Canada Post had itself offered to send some disputed items to an arbitrator.",
            "Instead, Canada Post has asked Jobs Minister Patty Hajdu to have the labour board hold a vote of union members on its final offers, which it says give employees a fair deal. Hajdu said on Friday that her office was reviewing the request.",
            "The union said in a statement on Sunday evening that a forced vote would not bring lasting labour peace, whatever the result, and that the corporation's refusal showed it was not interested in a reasonable outcome.",
        ),
        claims=[
            C("cupw", "binding-arbitration", S, "asked on Saturday for what it called a fair, final and binding arbitration process"),
            C("canada-post", "binding-arbitration", O, "arbitration would do the opposite of restoring stability to the postal system"),
            C("canada-post", "final-offers", S, "its final offers, which it says give employees a fair deal"),
        ],
    ),
    dict(
        id="021", published="2025-06-03T21:00:00Z", outlet="prairie-ledger", slug="hajdu-arbitration-terms-fallback",
        title="Hajdu tells postal sides to negotiate arbitration terms as a fallback",
        text=P(
            "OTTAWA, June 3 (Prairie Ledger) - Jobs Minister Patty Hajdu on Tuesday told Canada Post and its union to return to the table with federal mediators and pursue two paths at once: negotiating the terms of an arbitration process, and getting the union's answer to the corporation's latest offers.",
            "Hajdu said in a statement that a negotiated settlement remained the better outcome, but that arbitration could be used to conclude this round of bargaining if the parties could not get there themselves. She said neither side preferred arbitration and that talks had to continue.",
            "Canada Post said it was ready to meet but repeated that arbitration would take too long given its finances. The corporation said all options had to be considered after 18 months at an impasse, including a directed vote of employees.",
            "The union welcomed the return of the mediators. It has been in a legal strike position since May 23 but has limited its action to the overtime ban.",
        ),
        claims=[
            C("federal-government", "binding-arbitration", K, "a negotiated settlement remained the better outcome, but that arbitration could be used"),
            C("canada-post", "binding-arbitration", O, "repeated that arbitration would take too long given its finances"),
        ],
    ),
    dict(
        id="022", published="2025-06-12T17:00:00Z", outlet="tidewater-review", slug="ottawa-orders-vote-on-final-offers",
        title="Ottawa orders vote on Canada Post's final offers",
        text=P(
            "OTTAWA, June 12 (Tidewater Review) - Jobs Minister Patty Hajdu said on Thursday that she would direct the Canada Industrial Relations Board to hold a vote of postal workers on the final offers Canada Post tabled on May 28, saying it was in the public interest to let members decide.",
            "Hajdu pointed to 18 months of talks, more than 200 meetings and last fall's month-long strike. She said a deal reached by the parties themselves was still her preference, and that arbitration remained possible if the two sides could agree on how it would work.",
            "Canada Post spokesperson Jon Hamilton said the corporation welcomed the decision because the offers gave employees a good contract and a say on their future.",
            "The Canadian Union of Postal Workers called the order an attack on workers' rights and said it would urge members to vote against the offers.",
            "The board is expected to set the voting dates within weeks.",
        ),
        claims=[
            C("federal-government", "binding-arbitration", K, "arbitration remained possible if the two sides could agree on how it would work"),
            C("canada-post", "final-offers", S, "the offers gave employees a good contract and a say on their future"),
            C("cupw", "final-offers", O, "it would urge members to vote against the offers"),
        ],
    ),
    dict(
        id="023", published="2025-07-21T16:00:00Z", outlet="laurentian-bulletin", slug="postal-workers-begin-voting-union-urges-no",
        title="Postal workers begin voting on Canada Post offers; union urges no",
        text=P(
            "OTTAWA, July 21 (Laurentian Bulletin) - Voting opened on Monday for about 55,000 Canada Post employees on the offers the corporation calls final, with the Canadian Union of Postal Workers urging members to turn them down.",
            "In a letter to members, union president Jan Simpson said a yes vote would tell employers and governments that it was acceptable to bypass collective bargaining. She said the offers did not meet members' basic needs.",
            "Canada Post vice-president Jon Hamilton said the package, which includes raises of about 13.6 per cent over four years and a signing bonus, was a fair deal that members should accept. He said Canada Post needed part-time staff to move to seven-day parcel delivery while keeping most jobs full-time.",
            "The vote, run by the Canada Industrial Relations Board, closes on Aug. 1. The board has not said when results will be released.",
            "Canada Post says its losses reached about $10 million a day in June.",
        ),
        claims=[
            C("cupw", "final-offers", O, "the offers did not meet members' basic needs"),
            C("canada-post", "final-offers", S, "was a fair deal that members should accept"),
            C("canada-post", "weekend-part-time", S, "Canada Post needed part-time staff to move to seven-day parcel delivery"),
        ],
    ),
    dict(
        id="024", published="2025-08-01T23:00:00Z", outlet="harbourline-news", slug="postal-workers-reject-final-offers",
        title="Postal workers reject Canada Post's 'final' offers",
        text=P(
            "OTTAWA, Aug 1 (Harbourline News) - Canada Post employees have voted to reject the corporation's final offers, the Canada Industrial Relations Board said on Friday, leaving the 20-month-old contract dispute unresolved.",
            "About 69 per cent of ballots cast in the urban and rural units were against the offers, which included raises of about 13 per cent over four years and new part-time weekend jobs.",
            "Union president Jan Simpson said members had stood together against what she called months of scare tactics. The union said it would invite Canada Post back to the bargaining table right away.",
            "Canada Post said it was disappointed and still believed its offers reflected the changes the postal service needs. It said it was evaluating its next steps.",
            "Dan Kelly of the Canadian Federation of Independent Business said the result meant more uncertainty for small firms. He urged Ottawa to be ready to order workers back quickly if they walked out again.",
        ),
        claims=[
            C("cupw", "final-offers", O, "Canada Post employees have voted to reject the corporation's final offers"),
            C("canada-post", "final-offers", S, "still believed its offers reflected the changes the postal service needs"),
            C("cfib", "back-to-work", S, "urged Ottawa to be ready to order workers back quickly if they walked out again"),
        ],
    ),
    dict(
        id="025", published="2025-08-01T23:40:00Z", outlet="prairie-ledger", slug="canada-post-workers-vote-down-final-offers",
        title="Canada Post workers vote down final contract offers",
        text=P(
            "OTTAWA, Aug 1 (Prairie Ledger) - Canada Post employees have voted to reject the corporation's final offers, the Canada Industrial Relations Board announced on Friday, leaving a contract dispute that began 20 months ago unresolved.",
            "Roughly 69 per cent of the ballots cast in the urban and rural units opposed the offers, which included raises of about 13 per cent over four years and new part-time weekend positions.",
            "Union president Jan Simpson said members had stuck together in the face of what she described as months of scare tactics. The union said it would immediately invite Canada Post back to the table.",
            "Canada Post said it was disappointed and still believed its offers reflected the changes the postal service needs, adding that it was weighing its next steps.",
            "Dan Kelly of the Canadian Federation of Independent Business said the outcome meant more uncertainty for small businesses. He urged Ottawa to be ready to order workers back quickly if they walked out again.",
        ),
        claims=[
            C("cupw", "final-offers", O, "Canada Post employees have voted to reject the corporation's final offers"),
            C("canada-post", "final-offers", S, "still believed its offers reflected the changes the postal service needs"),
            C("cfib", "back-to-work", S, "urged Ottawa to be ready to order workers back quickly if they walked out again"),
        ],
    ),
    dict(
        id="026", published="2025-08-20T21:00:00Z", outlet="lakehead-wire", slug="postal-union-opens-door-to-weekend-part-timers",
        title="Postal union opens door to weekend part-timers in new offer",
        text=P(
            "OTTAWA, Aug 20 (Lakehead Wire) - The Canadian Union of Postal Workers tabled new offers on Wednesday that would, for the first time, let Canada Post add weekend parcel delivery staffed partly by part-time workers, as long as their hours and numbers were capped.",
            "Under the union's proposal for the urban unit, part-time employees hired for weekend parcel delivery, pickup and sorting would work no more than 20 hours a week, and they could never outnumber full-time workers on the same shift. The union is also seeking raises of about 19 per cent over four years, well above the roughly 13 per cent its members rejected this month.",
            "Union president Jan Simpson said the offers gave the corporation practical ways to grow its business while keeping good jobs. She said postal workers had made clear that the best and final offers did not meet their needs.",
            "Canada Post said it was reviewing the proposals and remained committed to bargaining. It declined to say whether the caps on part-time staff would be acceptable.",
            "Talks are set to continue on Friday and Monday with federal mediators.",
        ),
        claims=[
            C("cupw", "weekend-part-time", K, "let Canada Post add weekend parcel delivery staffed partly by part-time workers, as long as"),
            C("cupw", "final-offers", O, "the best and final offers did not meet their needs"),
        ],
    ),
    dict(
        id="027", published="2025-09-12T18:00:00Z", outlet="tidewater-review", slug="postal-union-swaps-overtime-ban-for-flyer-boycott",
        title="Postal union swaps overtime ban for flyer boycott",
        text=P(
            "OTTAWA, Sept 12 (Tidewater Review) - The Canadian Union of Postal Workers said on Friday it would lift its national overtime ban at 12:01 a.m. on Monday and instead stop delivering commercial flyers.",
            "The overtime ban, in place since late May, had slowed mail in several regions over the summer. The union said the flyer ban would put pressure on one of Canada Post's revenue streams while keeping letters and parcels moving.",
            "Union president Jan Simpson called on the corporation to return to the bargaining table with a serious response so that the dispute could be settled before the holidays.",
            "Canada Post has yet to give a formal answer to the proposals the union tabled in August. The corporation has asked the union to bring its expectations in line with what it calls its dire finances, and says it is losing millions of dollars a day.",
            "Flyer distributors said they were looking at other ways to reach households in the meantime.",
        ),
        claims=[],
    ),
    dict(
        id="028", published="2025-09-25T20:00:00Z", outlet="laurentian-bulletin", slug="ottawa-ends-community-mailbox-freeze-union-strikes",
        title="Ottawa ends freeze on community mailboxes; postal union strikes",
        text=P(
            "OTTAWA, Sept 25 (Laurentian Bulletin) - The federal government said on Thursday it would lift the decade-old moratorium on converting homes to community mailboxes, a change that will end door-to-door letter delivery for most of the roughly four million addresses that still receive it.",
            "Joel Lightbound, the minister responsible for Canada Post, said the corporation was effectively insolvent and that repeated bailouts were not a long-term answer. He said the government accepted the recommendations of William Kaplan's inquiry, and that Canada Post would be allowed to hire part-time staff for weekend parcel delivery. Rural post offices will no longer be protected from closure, and non-urgent letters will move by ground.",
            "Canada Post welcomed the changes, saying they would help put the postal service on a sustainable footing.",
            "Within hours, the Canadian Union of Postal Workers declared a nationwide strike, saying it had been caught off guard. Simpson said the government was attacking the public post office and that the union would not stand by while home delivery was dismantled.",
            "The office of Jobs Minister Patty Hajdu did not immediately respond to questions about the strike.",
        ),
        claims=[
            C("federal-government", "end-door-to-door", S, "it would lift the decade-old moratorium on converting homes to community mailboxes"),
            C("federal-government", "weekend-part-time", S, "Canada Post would be allowed to hire part-time staff for weekend parcel delivery"),
            C("canada-post", "end-door-to-door", S, "Canada Post welcomed the changes"),
            C("canada-post", "weekend-part-time", S, "Canada Post welcomed the changes"),
            C("cupw", "end-door-to-door", O, "the union would not stand by while home delivery was dismantled"),
        ],
    ),
    dict(
        id="029", published="2025-09-26T17:00:00Z", outlet="prairie-ledger", slug="business-group-backs-postal-overhaul",
        title="Business group backs postal overhaul as mail grinds to a halt",
        text=P(
            "WINNIPEG, Sept 26 (Prairie Ledger) - Mail and parcel delivery stopped across Canada on Friday as postal workers began the second day of a national strike called in response to Ottawa's overhaul of Canada Post.",
            "The Canadian Federation of Independent Business said the reforms were long overdue and urged the government to push ahead with ending door-to-door delivery despite the walkout. CFIB president Dan Kelly said the government should order the workers back rather than let the strike drag into the holiday season.",
            "Canada Post spokesperson Lisa Liu said no new mail would be accepted during the disruption.",
            "The union has not said how long the strike will last. One of its negotiators said picket lines were being organized locally. In a statement, the union said Canada Post and the government were driving customers away and then pointing to falling volumes to justify cuts to home delivery, which it said it would resist.",
            "Analysts said the government's next move was hard to predict, with a minority Parliament and no sign that ministers wanted another confrontation with organized labour.",
        ),
        claims=[
            C("cfib", "end-door-to-door", S, "urged the government to push ahead with ending door-to-door delivery despite the walkout"),
            C("cfib", "back-to-work", S, "the government should order the workers back rather than let the strike drag"),
            C("cupw", "end-door-to-door", O, "cuts to home delivery, which it said it would resist"),
        ],
    ),
    dict(
        id="030", published="2025-10-08T20:00:00Z", outlet="harbourline-news", slug="hajdu-tells-postal-union-answer-new-offers",
        title="Hajdu tells striking postal union to answer Canada Post's new offers",
        text=P(
            "OTTAWA, Oct 8 (Harbourline News) - Jobs Minister Patty Hajdu urged the striking postal workers' union on Wednesday to respond to Canada Post's latest offers, saying both sides had a duty to end a dispute that has dragged on for nearly two years.",
            "Speaking to reporters as she arrived for a Liberal caucus meeting, Hajdu said both sides understood how bargaining worked and had to keep at it until they found terms they could all accept. Asked whether the government would again use its powers to end the strike, as it did last December, she did not give a direct answer.",
            "Canada Post's new proposals, tabled last week, keep raises at about 13.6 per cent over four years but drop the signing bonus. A corporation spokesperson denied that Canada Post had backed away from part-time weekend staffing, saying it remained central to the offers.",
            "The union called the proposals a step backward. It has said it is prepared to accept part-time weekend workers only if their hours are capped and they never outnumber full-time staff on a shift.",
        ),
        claims=[
            C("canada-post", "weekend-part-time", S, "denied that Canada Post had backed away from part-time weekend staffing"),
            C("cupw", "weekend-part-time", K, "prepared to accept part-time weekend workers only if their hours are capped"),
        ],
    ),
    dict(
        id="031", published="2025-10-10T15:00:00Z", outlet="lakehead-wire", slug="postal-union-switches-to-rotating-strikes",
        title="Postal union switches to rotating strikes to get mail moving",
        text=P(
            "OTTAWA, Oct 10 (Lakehead Wire) - The Canadian Union of Postal Workers said it would end its nationwide strike and move to rotating walkouts from Saturday morning, allowing mail and parcels to start moving again after more than two weeks.",
            "In a notice to members late on Thursday, union president Jan Simpson said the change would let deliveries resume while the union kept up its fight for fair contracts and a strong public post office. She said union leaders had met Government Transformation Minister Joel Lightbound for an hour on Wednesday and asked him to put the delivery changes on hold.",
            "Lightbound has said the reforms, including the end of the freeze on community mailboxes, are needed to keep the Crown corporation alive.",
            "Canada Post said it would welcome employees back on Saturday but that rotating strikes would keep service unreliable, and it suspended all delivery guarantees. It urged the union to return to the bargaining table.",
            "On a picket line in Hamilton on Friday morning, carriers said they expected their depot to be among the first targets of the rotating walkouts.",
        ),
        claims=[
            C("cupw", "end-door-to-door", O, "asked him to put the delivery changes on hold"),
            C("federal-government", "end-door-to-door", S, "including the end of the freeze on community mailboxes, are needed"),
        ],
    ),
]

SHIFTS = [
    dict(actor="federal-government", issue="back-to-work", **{"from": "oppose", "to": "support"}, article="010",
         why="MacKinnon uses section 107 to have the labour board order postal workers back; on Nov 15 (002) he was looking at nothing but negotiation and on Nov 27 (006) said the government was not planning to intervene."),
    dict(actor="canada-post", issue="binding-arbitration", **{"from": "conditional", "to": "oppose"}, article="020",
         why="Canada Post rejects the union's request for binding arbitration as too slow; in 001 and 007 it had offered to send some disputed items to an arbitrator."),
    dict(actor="federal-government", issue="binding-arbitration", **{"from": "oppose", "to": "conditional"}, article="021",
         why="Hajdu tells the parties to negotiate the terms of an arbitration process as a fallback if no settlement is reached; in 006 MacKinnon said arbitration was off the table."),
    dict(actor="cupw", issue="weekend-part-time", **{"from": "oppose", "to": "conditional"}, article="026",
         why="The union's August offers would accept part-time weekend parcel staff if their hours and numbers are capped; until 018 it rejected any part-time weekend workforce."),
    dict(actor="federal-government", issue="end-door-to-door", **{"from": "oppose", "to": "support"}, article="028",
         why="Lightbound lifts the 2015 freeze on community-mailbox conversions, ending door-to-door delivery for most households; baseline and 015 (background) have Ottawa keeping the freeze."),
]


# ---------------------------------------------------------------- watchlist
def read_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n")
            if re.match(r"^actors:\s*$", s):
                section = "actors"; continue
            if re.match(r"^issues:\s*$", s):
                section = "issues"; continue
            if re.match(r"^baseline:\s*$", s):
                section = "baseline"; continue
            m = re.match(r"^  - id: (\S+)\s*$", s)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", s)
            if m and section == "baseline":
                baseline.append(dict(actor=m.group(1), issue=m.group(2), stance=m.group(3)))
    return actors, issues, baseline


# ---------------------------------------------------------------- writers
def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"{BASE_URL}/{a['outlet']}/{d}/{a['slug']}"


def parse_ts(ts):
    return datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)


def rfc822(ts):
    return email.utils.format_datetime(parse_ts(ts), usegmt=True)


def write_outputs():
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>{BASE_URL}/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set canada-post-strike-2024</description>",
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
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: a["claims"] for a in ARTICLES},
        "shifts": [{k: s[k] for k in ("actor", "issue", "from", "to", "article", "why")} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


# ---------------------------------------------------------------- validation
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
DUPLICATES = [("010", "011"), ("024", "025")]


def recompute_shifts(baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for a in ARTICLES:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    return shifts


def validate(labels):
    errors = []
    err = errors.append
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist: {len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist: {len(issues)} issues, want 5-7")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in (S, O, K):
            err(f"baseline entry invalid: {b}")

    # ids and order
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ARTICLES) + 1)]:
        err(f"ids not 001.. consecutive: {ids}")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        err("articles not in strict publication order")
    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles, want 30-34")
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    for a in ARTICLES:
        aid, text = a["id"], a["text"]
        n = len(text.split())
        if not 120 <= n <= 260:
            err(f"{aid}: {n} words, want 120-260")
        dt = parse_ts(a["published"])
        dl = f", {MONTHS[dt.month]} {dt.day} ({OUTLETS[a['outlet']]}) - "
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z])(, \S+ \d{1,2} \([^)]+\) - )", text)
        if not m:
            err(f"{aid}: text does not start with a dateline")
        elif m.group(2) != dl:
            err(f"{aid}: dateline {m.group(2)!r} does not match {dl!r}")
        pairs = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                err(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                err(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, K):
                err(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in text:
                err(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                err(f"{aid}: quote over 15 words: {c['quote']!r}")
            if not isinstance(c["attributed"], bool):
                err(f"{aid}: attributed not bool")
            if (c["actor"], c["issue"]) in pairs:
                err(f"{aid}: two claims for {c['actor']}/{c['issue']}")
            pairs.add((c["actor"], c["issue"]))

    # duplicates carry identical claims and share the day
    for x, y in DUPLICATES:
        ax, ay = ARTICLES[int(x) - 1], ARTICLES[int(y) - 1]
        tx = sorted((c["actor"], c["issue"], c["stance"]) for c in ax["claims"])
        ty = sorted((c["actor"], c["issue"], c["stance"]) for c in ay["claims"])
        if tx != ty:
            err(f"duplicates {x}/{y} have different claims")
        if ax["published"][:10] != ay["published"][:10] or ax["outlet"] == ay["outlet"]:
            err(f"duplicates {x}/{y} not same day from different outlets")

    # shifts
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    got = recompute_shifts(baseline)
    if sorted(got) != sorted(want):
        err(f"recomputed shifts differ:\n  got  {got}\n  want {want}")
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            err(f"shift with unknown actor/issue: {s}")
    shift_ids = {s["article"] for s in SHIFTS}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_ids]:
        err("no_alert_articles is not every article except the shift articles")
    if set(labels["claims"]) != set(ids):
        err("labels.claims does not list every article")

    # feeds
    xmllint = shutil.which("xmllint")
    if not xmllint:
        err("xmllint not found")
    else:
        for slug in OUTLETS:
            p = os.path.join(HERE, "feeds", slug + ".xml")
            r = subprocess.run([xmllint, "--noout", p], capture_output=True, text=True)
            if r.returncode != 0:
                err(f"xmllint failed on {p}: {r.stderr.strip()}")
    return errors, actors, issues, baseline


def summary(labels):
    claims = [c for a in ARTICLES for c in a["claims"]]
    by = {st: sum(1 for c in claims if c["stance"] == st) for st in (S, O, K)}
    words = [len(a["text"].split()) for a in ARTICLES]
    print(f"articles: {len(ARTICLES)} ({min(words)}-{max(words)} words)")
    for slug, name in OUTLETS.items():
        print(f"  {name}: {sum(1 for a in ARTICLES if a['outlet'] == slug)}")
    print(f"claims: {len(claims)} (support {by[S]}, oppose {by[O]}, conditional {by[K]}); "
          f"attributed false: {sum(1 for c in claims if not c['attributed'])}")
    print(f"shifts: {len(SHIFTS)} in articles {sorted({s['article'] for s in SHIFTS})}")
    print(f"no-claim articles: {[a['id'] for a in ARTICLES if not a['claims']]}")
    print(f"no_alert_articles: {len(labels['no_alert_articles'])}")


def main():
    labels = write_outputs()
    errors, *_ = validate(labels)
    summary(labels)
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
