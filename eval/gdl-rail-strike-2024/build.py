#!/usr/bin/env python3
"""Build the shiftwatch evaluation set gdl-rail-strike-2024.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the set. Run from anywhere:
    python3 build.py
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
    "rhine-wire": "Rhine Wire",
    "spree-bulletin": "Spree Bulletin",
    "hanse-courier": "Hanse Courier",
    "mainline-post": "Mainline Post",
    "elbe-dispatch": "Elbe Dispatch",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet key, slug, title, text, claims.
ARTICLES = [
    # 001
    dict(
        published="2023-11-09T17:30:00Z", outlet="rhine-wire",
        slug="bahn-offers-pay-rise-rules-out-35-hour-week",
        title="Deutsche Bahn offers 11% pay rise but rules out 35-hour week as GDL talks open",
        text="""BERLIN, Nov 9 (Rhine Wire) - Deutsche Bahn opened pay talks with the train drivers' union GDL on Thursday with an offer of an 11 percent pay increase over 32 months and a tax-free inflation bonus of up to 2,850 euros, but said a shorter working week was not on the table.

Personnel chief Martin Seiler told reporters after the first round in Berlin that cutting the week for shift workers from 38 to 35 hours at full pay could not be done while the railway was already short of staff. The company would not negotiate on working time, he said.

GDL leader Claus Weselsky called the offer an insult to his members and said the 35-hour week without loss of pay remained the union's central demand. He also insisted that the GDL must be able to negotiate contracts for dispatchers and other staff in the rail network, which Seiler rejected.

Weselsky said the union saw no reason to hand its demands to an arbitrator, a step Deutsche Bahn has been urging since before the talks began. The GDL is also asking for 555 euros more a month and a contract term of 12 months.

The two sides agreed to meet again later this month.""",
        claims=[
            C("gdl", "35-hour-week", "support", "the 35-hour week without loss of pay remained the union's central demand"),
            C("deutsche-bahn", "35-hour-week", "oppose", "The company would not negotiate on working time, he said."),
            C("gdl", "gdl-drops-infrastructure-demand", "oppose", "insisted that the GDL must be able to negotiate contracts for dispatchers"),
            C("deutsche-bahn", "gdl-drops-infrastructure-demand", "support", "contracts for dispatchers and other staff in the rail network, which Seiler rejected"),
            C("gdl", "mediation", "oppose", "the union saw no reason to hand its demands to an arbitrator"),
            C("deutsche-bahn", "mediation", "support", "a step Deutsche Bahn has been urging since before the talks began", False),
        ],
    ),
    # 002
    dict(
        published="2023-11-14T12:00:00Z", outlet="spree-bulletin",
        slug="gdl-calls-first-warning-strike",
        title="GDL calls first warning strike at Deutsche Bahn",
        text="""FRANKFURT, Nov 14 (Spree Bulletin) - The GDL train drivers' union called on its members on Tuesday to walk out at Deutsche Bahn for 20 hours from Wednesday evening, less than a week after the first round of pay talks.

Speaking at the union's headquarters in Frankfurt, GDL chairman Claus Weselsky said the warning strike was meant to show the company that the union was serious about its demands. Passenger services would be halted from 10 p.m. on Wednesday until 6 p.m. on Thursday, he said.

Deutsche Bahn said the walkout was unnecessary while talks were still under way, and called on the union to return to the table instead of leaving travellers stranded. A spokeswoman said the company would run an emergency timetable.

The passenger association Pro Bahn said travellers were once again paying for a dispute they had no part in, and urged the GDL to call off the stoppage.

A second round of negotiations is scheduled for next week. Weselsky said he did not expect much from it.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "called on its members on Tuesday to walk out at Deutsche Bahn for 20 hours"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "called on the union to return to the table instead of leaving travellers stranded"),
            C("pro-bahn", "gdl-suspends-strikes", "support", "urged the GDL to call off the stoppage"),
        ],
    ),
    # 003
    dict(
        published="2023-11-16T08:00:00Z", outlet="hanse-courier",
        slug="empty-platforms-hamburg-walkout-morning-commute",
        title="Empty platforms in Hamburg as train drivers' walkout hits morning commute",
        text="""HAMBURG, Nov 16 (Hanse Courier) - Commuters at Hamburg's central station faced departure boards full of cancellations on Thursday morning as a 20-hour walkout by train drivers disrupted long-distance and regional services across northern Germany.

Deutsche Bahn ran an emergency timetable with about one in five long-distance trains, according to figures posted at the station. Several regional lines to Luebeck and Kiel were not served at all until midday. Private operators whose drivers were not called out ran most of their trains as normal, though their carriages were crowded.

Travellers queued at information desks to ask whether their tickets would remain valid. Staff said tickets for Thursday could be used on later days and that seat reservations would be refunded.

A student heading to Berlin said she had booked a long-distance coach instead. A logistics manager said his company had moved some deliveries to Friday.

The stoppage is due to end at 6 p.m. Services are expected to return to normal on Friday morning.""",
        claims=[],
    ),
    # 004
    dict(
        published="2023-11-24T14:10:00Z", outlet="rhine-wire",
        slug="gdl-declares-talks-failed-plans-strike-ballot",
        title="GDL declares talks with Deutsche Bahn failed, plans strike ballot",
        text="""FRANKFURT, Nov 24 (Rhine Wire) - The GDL train drivers' union declared its pay talks with Deutsche Bahn failed on Friday and said it would ask its members to vote on open-ended strikes.

Union leader Claus Weselsky told a news conference that the company had refused to discuss shorter working hours in two rounds of talks. Without a 35-hour week for shift workers at full pay there would be no agreement, he said. The ballot will run into December, and the union could strike again in the meantime.

Weselsky again dismissed arbitration. He said he saw no room for it in a dispute over the working conditions of his members.

Deutsche Bahn personnel chief Martin Seiler said the union was walking away from the table without having discussed the company's offer seriously. He renewed the company's proposal that an arbitration panel help settle the dispute, saying that was the quickest way to spare passengers further disruption.

The GDL represents about 40,000 members, most of them train drivers and conductors.""",
        claims=[
            C("gdl", "35-hour-week", "support", "Without a 35-hour week for shift workers at full pay there would be no agreement"),
            C("deutsche-bahn", "35-hour-week", "oppose", "the company had refused to discuss shorter working hours", False),
            C("gdl", "mediation", "oppose", "Weselsky again dismissed arbitration"),
            C("gdl", "gdl-suspends-strikes", "oppose", "ask its members to vote on open-ended strikes"),
            C("deutsche-bahn", "mediation", "support", "renewed the company's proposal that an arbitration panel help settle the dispute"),
        ],
    ),
    # 005 (duplicate of 004)
    dict(
        published="2023-11-24T16:40:00Z", outlet="mainline-post",
        slug="train-drivers-break-off-bahn-talks-strike-vote",
        title="Train drivers' union breaks off Bahn talks and prepares strike vote",
        text="""FRANKFURT, Nov 24 (Mainline Post) - Germany's GDL train drivers' union said on Friday that its pay negotiations with Deutsche Bahn had failed and that members would be asked to vote on open-ended strikes.

GDL chairman Claus Weselsky told reporters the company had refused to discuss shorter working hours in two rounds of talks. Without a 35-hour week for shift workers at full pay there would be no agreement, he said. The ballot is expected to run into December, and further warning strikes remain possible until then.

Weselsky again dismissed arbitration, saying he saw no room for it in a dispute about his members' working conditions.

For Deutsche Bahn, personnel chief Martin Seiler accused the union of leaving the table without seriously discussing the company's offer. He renewed the company's proposal that an arbitration panel help settle the dispute, calling it the fastest way to spare passengers more disruption.

The GDL has about 40,000 members, most of them drivers and conductors.""",
        claims=[
            C("gdl", "35-hour-week", "support", "Without a 35-hour week for shift workers at full pay there would be no agreement"),
            C("deutsche-bahn", "35-hour-week", "oppose", "the company had refused to discuss shorter working hours", False),
            C("gdl", "mediation", "oppose", "Weselsky again dismissed arbitration"),
            C("gdl", "gdl-suspends-strikes", "oppose", "members would be asked to vote on open-ended strikes"),
            C("deutsche-bahn", "mediation", "support", "renewed the company's proposal that an arbitration panel help settle the dispute"),
        ],
    ),
    # 006
    dict(
        published="2023-12-07T21:00:00Z", outlet="elbe-dispatch",
        slug="second-gdl-walkout-starts-ballot-continues",
        title="Second GDL walkout starts as ballot on indefinite strikes continues",
        text="""LEIPZIG, Dec 7 (Elbe Dispatch) - Train drivers at Deutsche Bahn began a second walkout on Thursday evening, a 24-hour stoppage that the GDL union said would halt most passenger services until late on Friday.

The union called the strike while its members were still voting on open-ended action. Claus Weselsky, the GDL leader, said in a statement that the company had left the union no choice by refusing to negotiate on working hours.

The walkout follows heavy snow in southern Germany, which had already disrupted services in Bavaria at the weekend. Deutsche Bahn said it regretted that the union was striking in such conditions and called on it to come back to the table rather than add to the chaos.

Freight services, which the GDL began striking on Thursday afternoon, were also affected. The company did not say how many freight trains were held up.

Results of the strike ballot are expected before Christmas.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "a 24-hour stoppage that the GDL union said would halt most passenger services"),
            C("deutsche-bahn", "35-hour-week", "oppose", "by refusing to negotiate on working hours", False),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "called on it to come back to the table rather than add to the chaos"),
        ],
    ),
    # 007
    dict(
        published="2023-12-19T13:00:00Z", outlet="spree-bulletin",
        slug="gdl-members-back-open-ended-strikes",
        title="GDL members back open-ended strikes; no walkouts before January 7",
        text="""FRANKFURT, Dec 19 (Spree Bulletin) - Members of the GDL train drivers' union have voted by 97 percent in favour of open-ended strikes at Deutsche Bahn, the union said on Tuesday, clearing the way for longer stoppages in the new year.

Union chairman Claus Weselsky said there would be no walkouts over Christmas and New Year, and none before January 7. After that, he warned, strikes would be longer and harder than the two warning strikes so far. He did not say how long they would last.

Weselsky repeated that the union would settle only for a 35-hour week for shift workers with no cut in pay. Deutsche Bahn had had weeks to come forward with an offer worth negotiating and had not done so, he said.

Deutsche Bahn said the result was no surprise. A spokeswoman said the company's offer of an 11 percent pay rise remained on the table and that it was ready to resume talks at any time.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "strikes would be longer and harder than the two warning strikes so far"),
            C("gdl", "35-hour-week", "support", "the union would settle only for a 35-hour week for shift workers"),
        ],
    ),
    # 008
    dict(
        published="2024-01-04T11:00:00Z", outlet="hanse-courier",
        slug="gdl-signs-35-hour-deals-rival-operators",
        title="GDL signs 35-hour deals with rival operators, piles pressure on Deutsche Bahn",
        text="""BERLIN, Jan 4 (Hanse Courier) - The GDL train drivers' union has signed agreements with two smaller rail operators that phase in a 35-hour week for shift workers, the union said on Thursday, and demanded that Deutsche Bahn follow suit.

The deals with Netinera and Go-Ahead reduce weekly hours step by step to 35 by 2028 without any cut in pay. GDL chairman Claus Weselsky said they proved that the union's demand was affordable and that the state railway had run out of excuses.

Deutsche Bahn dismissed the agreements. Personnel chief Martin Seiler said the company still saw no room for a shorter week at full pay, and that deals with small private companies, which together employ only a fraction of its drivers, said nothing about what was possible at a group with more than 200,000 staff in Germany. He called them a publicity exercise.

The GDL has said it will announce its next steps once the holidays are over. Commuter groups expect a strike in the second week of January.""",
        claims=[
            C("gdl", "35-hour-week", "support", "demanded that Deutsche Bahn follow suit"),
            C("deutsche-bahn", "35-hour-week", "oppose", "the company still saw no room for a shorter week at full pay"),
        ],
    ),
    # 009
    dict(
        published="2024-01-08T21:30:00Z", outlet="rhine-wire",
        slug="frankfurt-court-rejects-bahn-bid-stop-gdl-strike",
        title="Frankfurt court rejects Deutsche Bahn bid to stop three-day GDL strike",
        text="""FRANKFURT, Jan 8 (Rhine Wire) - A Frankfurt labour court on Monday evening turned down Deutsche Bahn's urgent application to stop a three-day strike by the GDL train drivers' union, clearing the way for the longest walkout of the dispute so far.

The presiding judge said the union was not obviously unable to conclude collective agreements, rejecting the company's argument that a staffing cooperative founded by GDL members had cost the union its right to bargain. Nor was the strike disproportionate, the court found.

Deutsche Bahn said it would appeal to the Hessian state labour court immediately. The company had asked the judges to ban the walkout, calling it unnecessary and unlawful. The operator Transdev, which filed a parallel request, also lost.

The GDL plans to halt freight trains from Tuesday evening and passenger services from 2 a.m. on Wednesday until Friday evening. Claus Weselsky said in Frankfurt that the ruling confirmed what the union had said all along: that its strike was lawful.""",
        claims=[
            C("labour-courts", "strike-injunction", "oppose", "turned down Deutsche Bahn's urgent application to stop a three-day strike"),
            C("deutsche-bahn", "strike-injunction", "support", "The company had asked the judges to ban the walkout"),
            C("gdl", "gdl-suspends-strikes", "oppose", "plans to halt freight trains from Tuesday evening and passenger services"),
            C("gdl", "strike-injunction", "oppose", "confirmed what the union had said all along: that its strike was lawful"),
        ],
    ),
    # 010
    dict(
        published="2024-01-09T15:45:00Z", outlet="mainline-post",
        slug="appeals-court-clears-gdl-strike",
        title="Appeals court clears GDL strike; freight walkout begins tonight",
        text="""FRANKFURT, Jan 9 (Mainline Post) - The Hessian state labour court rejected Deutsche Bahn's appeal against the GDL strike on Tuesday, meaning freight trains will stop from this evening and passenger services from early Wednesday.

The judges upheld Monday's decision by the lower court in Frankfurt, finding no grounds for a ban. Deutsche Bahn had argued that the union could no longer bargain because of its links to Fair Train, a cooperative that hires out train drivers. That question could not be decided in an urgent procedure, the state labour court said.

Deutsche Bahn said it would respect the ruling but regretted that millions of passengers would now have to change their plans. It said it would run an emergency timetable with about one in five long-distance trains.

A separate lawsuit in which the company disputes the GDL's right to bargain has yet to be heard. Legal experts said a decision in that case could take months.""",
        claims=[
            C("labour-courts", "strike-injunction", "oppose", "The Hessian state labour court rejected Deutsche Bahn's appeal against the GDL strike"),
            C("deutsche-bahn", "strike-injunction", "support", "Deutsche Bahn's appeal against the GDL strike"),
        ],
    ),
    # 011
    dict(
        published="2024-01-10T10:30:00Z", outlet="elbe-dispatch",
        slug="wissing-urges-arbitration-gdl-strike",
        title="Wissing urges arbitration as GDL strike paralyses rail network",
        text="""BERLIN, Jan 10 (Elbe Dispatch) - Transport Minister Volker Wissing called on Wednesday for the rail pay dispute to be put before a mediator or an arbitration panel as quickly as possible, as a three-day strike by train drivers brought much of Germany's passenger traffic to a halt.

The constant burden on the public was unacceptable, Wissing said in a radio interview. He accused the GDL of refusing to talk and said the union had to return to the negotiating table without delay.

GDL leader Claus Weselsky put the blame on Deutsche Bahn, which he accused of staging a show for the public. He has so far rejected arbitration, and said on Wednesday that questions protected by the constitution could not be arbitrated.

The passenger association Pro Bahn also called for arbitration. Its chairman Detlef Neuss said both sides finally had to come together, and named Matthias Platzeck, a former state premier who has mediated in earlier rail disputes, as a suitable candidate.

Deutsche Bahn said about 80 percent of long-distance trains had been cancelled.""",
        claims=[
            C("federal-government", "mediation", "support", "called on Wednesday for the rail pay dispute to be put before a mediator"),
            C("federal-government", "gdl-suspends-strikes", "support", "said the union had to return to the negotiating table without delay"),
            C("gdl", "mediation", "oppose", "questions protected by the constitution could not be arbitrated"),
            C("pro-bahn", "mediation", "support", "The passenger association Pro Bahn also called for arbitration"),
        ],
    ),
    # 012
    dict(
        published="2024-01-12T16:00:00Z", outlet="spree-bulletin",
        slug="berlin-moves-to-curb-rail-strikes",
        title="Berlin moves to curb rail strikes after three-day walkout",
        text="""BERLIN, Jan 12 (Spree Bulletin) - Calls to restrict strikes on the railways grew louder on Friday as the third GDL walkout drew to a close, with lawmakers from the Free Democrats, a member of the governing coalition, and from the opposition Christian Democrats proposing compulsory arbitration before strikes in critical infrastructure.

Berlin, however, has no plans to change the right to strike, a government spokesman said at a regular news conference. Labour Minister Hubertus Heil said the right to strike was protected by the constitution and that he saw no reason to tamper with it.

The GDL called the proposals an attack on workers' basic rights. Its rival, the EVG rail and transport union, which is not involved in the current strikes, also rejected any curbs, saying a union that could not strike could not bargain either.

Employers' associations welcomed the debate. Legal experts said any change would take months to pass and could not affect the current dispute.

Passenger services are due to resume on Saturday morning.""",
        claims=[
            C("federal-government", "strike-law-curbs", "oppose", "Berlin, however, has no plans to change the right to strike"),
            C("gdl", "strike-law-curbs", "oppose", "The GDL called the proposals an attack on workers' basic rights"),
            C("evg", "strike-law-curbs", "oppose", "also rejected any curbs, saying a union that could not strike could not bargain"),
        ],
    ),
    # 013
    dict(
        published="2024-01-15T12:20:00Z", outlet="hanse-courier",
        slug="weselsky-warns-longer-strikes-no-arbitration",
        title="Weselsky warns of longer strikes, refuses to put dispatcher contracts to arbitration",
        text="""BERLIN, Jan 15 (Hanse Courier) - GDL chief Claus Weselsky warned on Monday that the next strikes at Deutsche Bahn would be longer and harder, and said the union would not hand its core demands to an arbitrator.

In a newspaper interview, Weselsky said there would be no open-ended strike for now, but that a walkout of three or five days was possible depending on what the company did. Whether the union could sign contracts for dispatchers was a question he would not leave to any arbitrator, he said.

The union's central demand, a cut in the working week for shift staff from 38 to 35 hours with full pay, was not up for negotiation, he added.

Deutsche Bahn declined to comment on the interview. A spokesman said the company still believed that arbitration was the best way out of the dispute and that it was working on a new offer.

The GDL ended its third strike on Friday evening.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "the next strikes at Deutsche Bahn would be longer and harder"),
            C("gdl", "gdl-drops-infrastructure-demand", "oppose", "Whether the union could sign contracts for dispatchers was a question he would not leave"),
            C("gdl", "mediation", "oppose", "the union would not hand its core demands to an arbitrator"),
            C("gdl", "35-hour-week", "support", "from 38 to 35 hours with full pay, was not up for negotiation"),
            C("deutsche-bahn", "mediation", "support", "the company still believed that arbitration was the best way out of the dispute"),
        ],
    ),
    # 014
    dict(
        published="2024-01-19T15:00:00Z", outlet="rhine-wire",
        slug="bahn-offers-shorter-week-first-time",
        title="Deutsche Bahn offers shorter week for the first time in bid to avert strikes",
        text="""BERLIN, Jan 19 (Rhine Wire) - Deutsche Bahn offered on Friday for the first time to cut working hours for shift staff, proposing that employees be able to choose a 37-hour week from 2026 with no loss of pay.

Under the offer, presented in a letter to the GDL train drivers' union, staff who prefer to keep working 38 hours would receive 2.7 percent more pay instead. The company also offered pay rises of 4.8 percent in August and 5 percent next year, plus an inflation bonus, over a term of 32 months.

Personnel chief Martin Seiler said the company was ready to move on working time as long as reductions came through a choice model rather than a blanket cut for everyone. He said the offer showed the company was serious and urged the union to return to talks instead of calling new strikes.

The GDL said it would study the offer over the weekend. The union has demanded a 35-hour week for shift workers at full pay.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "conditional", "ready to move on working time as long as reductions came through a choice model"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "urged the union to return to talks instead of calling new strikes"),
            C("gdl", "35-hour-week", "support", "The union has demanded a 35-hour week for shift workers at full pay.", False),
        ],
    ),
    # 015 (duplicate of 014)
    dict(
        published="2024-01-19T17:25:00Z", outlet="mainline-post",
        slug="bahn-puts-37-hour-option-on-table",
        title="Bahn puts 37-hour option on the table to head off new GDL strikes",
        text="""BERLIN, Jan 19 (Mainline Post) - Deutsche Bahn on Friday offered for the first time to shorten working hours for shift staff, proposing that employees could opt for a 37-hour week from 2026 without any loss of pay.

Staff who would rather keep working 38 hours would get 2.7 percent more money instead, according to the offer, which the company sent in a letter to the GDL train drivers' union. It also proposed pay rises of 4.8 percent in August and 5 percent next year and an inflation bonus, with a term of 32 months.

Personnel chief Martin Seiler said the company was ready to move on working time as long as reductions came through a choice model and not a blanket cut for all. He said the offer proved the company was serious and urged the union to return to talks instead of calling new strikes.

The GDL said it would look at the offer over the weekend. The union has demanded a 35-hour week for shift workers at full pay.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "conditional", "ready to move on working time as long as reductions came through a choice model"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "urged the union to return to talks instead of calling new strikes"),
            C("gdl", "35-hour-week", "support", "The union has demanded a 35-hour week for shift workers at full pay.", False),
        ],
    ),
    # 016
    dict(
        published="2024-01-22T10:00:00Z", outlet="spree-bulletin",
        slug="gdl-rejects-37-hour-offer-six-day-strike",
        title="GDL rejects Bahn's 37-hour offer, calls six-day strike",
        text="""BERLIN, Jan 22 (Spree Bulletin) - The GDL train drivers' union rejected Deutsche Bahn's latest offer on Monday and called its members out on a six-day strike, the longest of the dispute.

Passenger services will be halted from 2 a.m. on Wednesday until 6 p.m. next Monday, with freight trains stopping from Tuesday evening, the union said. Claus Weselsky told a news conference that the offer was without substance because the shorter week would come only at the employees' own choosing, and that the company had used the Christmas break to play for time.

He said the union was sticking to its demand of a 35-hour week at full pay.

Deutsche Bahn said the strike was completely unnecessary and a burden on millions of passengers, and that it had made a fair offer on working hours that could have been negotiated. It gave no sign that it would go to court again.

Transport Minister Volker Wissing did not comment on Monday.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "called its members out on a six-day strike"),
            C("gdl", "35-hour-week", "support", "the union was sticking to its demand of a 35-hour week at full pay"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "Deutsche Bahn said the strike was completely unnecessary"),
            C("deutsche-bahn", "35-hour-week", "conditional", "had made a fair offer on working hours that could have been negotiated"),
        ],
    ),
    # 017
    dict(
        published="2024-01-24T09:00:00Z", outlet="elbe-dispatch",
        slug="six-day-rail-strike-begins-economists-cost",
        title="Six-day rail strike begins; economists put cost at up to 1 billion euros",
        text="""LEIPZIG, Jan 24 (Elbe Dispatch) - The longest train drivers' strike in Deutsche Bahn's history began on Wednesday, leaving platforms in Leipzig and Dresden largely empty and sending commuters onto crowded motorways.

Economists at a Cologne business research institute estimated that a six-day stoppage could cost the economy up to 1 billion euros, mainly through disrupted freight. Chemical and steel producers warned that supply chains relying on rail could be interrupted by the weekend.

An economist at a Leipzig research institute said he expected the dispute to drag on into February, and suggested that any settlement would probably turn on the timing of a cut in hours rather than on the principle. Another analyst said the pressure on both sides would rise with every day of the strike.

Bus companies reported a surge in bookings. Car-sharing firms said demand in Leipzig had roughly doubled since Tuesday.

The emergency timetable provides about one in five long-distance trains. Regional services vary widely from state to state.""",
        claims=[],
    ),
    # 018
    dict(
        published="2024-01-24T16:30:00Z", outlet="hanse-courier",
        slug="gdl-sends-bahn-own-draft-deal",
        title="GDL sends Bahn its own draft deal as strike rolls on",
        text="""BERLIN, Jan 24 (Hanse Courier) - The GDL train drivers' union sent Deutsche Bahn its own proposal for a settlement on Wednesday, the first day of its six-day strike on passenger services.

The draft, which the union published, sets out a step-by-step reduction of the working week for shift workers from 38 to 35 hours by 2028, without any loss of pay. It is modelled on agreements the GDL has signed with other operators in recent weeks, the union said.

Deutsche Bahn said it had received the letter and would examine it.

The EVG, the larger union at Deutsche Bahn, declined to say what it thought of its rival's strike. The EVG settled its own pay round with the company last summer after an arbitration procedure, and its contract does not expire until next year.

Under a law on union plurality, a GDL agreement applies only in those parts of Deutsche Bahn where the GDL has more members than the EVG. Which union is larger in which unit remains disputed.""",
        claims=[
            C("gdl", "35-hour-week", "support", "a step-by-step reduction of the working week for shift workers from 38 to 35 hours"),
        ],
    ),
    # 019
    dict(
        published="2024-01-27T14:00:00Z", outlet="rhine-wire",
        slug="gdl-to-end-strike-early-talks-resume",
        title="GDL to end strike early as union and Bahn agree to resume talks",
        text="""BERLIN, Jan 27 (Rhine Wire) - The GDL train drivers' union will end its six-day strike at Deutsche Bahn early and has agreed not to call any further walkouts until March 3 while the two sides negotiate, the company and the union said on Saturday.

Passenger services will resume from 2 a.m. on Monday, 16 hours earlier than planned. The talks will take place behind closed doors, according to a joint statement, and both sides have agreed not to comment publicly on them until they are concluded.

Claus Weselsky declined to say what had persuaded the union to end the strike, beyond saying that there was now a basis for talks. Deutsche Bahn said it was relieved that the strike was ending and that it wanted a quick agreement.

Pro Bahn said the truce was overdue and called on both sides to use the coming five weeks well.

Weselsky's union had walked out four times since November.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "support", "agreed not to call any further walkouts until March 3"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "Deutsche Bahn said it was relieved that the strike was ending"),
            C("pro-bahn", "gdl-suspends-strikes", "support", "Pro Bahn said the truce was overdue"),
        ],
    ),
    # 020
    dict(
        published="2024-01-29T09:30:00Z", outlet="elbe-dispatch",
        slug="trains-roll-again-wissing-hopes-deal",
        title="Trains roll again as GDL ends strike; Wissing hopes for deal without further walkouts",
        text="""DRESDEN, Jan 29 (Elbe Dispatch) - Deutsche Bahn trains began running again on Monday morning after the GDL train drivers' union ended its six-day strike 16 hours early, though the company warned that it would take most of the day to get long-distance services back to normal.

Transport Minister Volker Wissing welcomed the return to talks. He said he expected the two sides to reach an agreement without any further strikes, and that passengers and businesses had carried enough of the burden.

Asked whether the government would press for an arbitrator if the talks stalled again, Wissing said it was too early to say.

In Dresden, the home city of GDL leader Claus Weselsky, the first regional trains left the main station shortly after 4 a.m. Long-distance services to Berlin and Prague followed later in the morning.

The two sides are due to negotiate until early March. Deutsche Bahn said about 80 percent of long-distance trains would run by the afternoon.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "support", "the GDL train drivers' union ended its six-day strike 16 hours early", False),
            C("federal-government", "gdl-suspends-strikes", "support", "expected the two sides to reach an agreement without any further strikes"),
        ],
    ),
    # 021
    dict(
        published="2024-02-12T12:00:00Z", outlet="mainline-post",
        slug="bahn-gdl-keep-silent-closed-door-talks",
        title="Bahn and GDL keep silent as closed-door talks go on",
        text="""BERLIN, Feb 12 (Mainline Post) - Negotiators for Deutsche Bahn and the GDL train drivers' union met again in Berlin on Monday, continuing talks that both sides have agreed to keep out of public view.

Neither the company nor the union would say where exactly the meetings were being held or how many sessions had taken place. A Deutsche Bahn spokesman declined to say whether any progress had been made. The GDL did not respond to a request for comment.

The silence is unusual for a dispute that has been fought largely through news conferences and television interviews since November. Observers in Berlin said the discretion could be a sign that a compromise was taking shape, though others cautioned that earlier confidential contacts between the two had also come to nothing.

Trains are running normally. Ticket sales for the spring holidays have picked up, according to travel agents, after weeks in which many customers held back.

The negotiators are expected to meet again later this week.""",
        claims=[],
    ),
    # 022
    dict(
        published="2024-02-29T17:00:00Z", outlet="rhine-wire",
        slug="bahn-says-gdl-broke-off-moderated-talks",
        title="Bahn says GDL has walked out of moderated talks; strikes possible from Monday",
        text="""BERLIN, Feb 29 (Rhine Wire) - Deutsche Bahn said on Thursday that the GDL train drivers' union had broken off four weeks of moderated negotiations, raising the prospect of new strikes once a truce expires on Sunday.

The talks had been moderated by former interior minister Thomas de Maiziere and Daniel Guenther, premier of the northern state of Schleswig-Holstein, the company said. Deutsche Bahn said it had been ready to sign up to the moderators' proposal, which would cut working hours for shift staff in two steps to 36 hours by 2028 at full pay, and that the union had turned it down.

GDL chairman Claus Weselsky confirmed that the talks had failed. He said the union would hold off on new walkouts only if Deutsche Bahn put a better offer in writing before the truce ran out.

The two moderators declined to comment. Deutsche Bahn said it still regarded the moderated process as the right way to reach a deal.""",
        claims=[
            C("gdl", "mediation", "oppose", "the GDL train drivers' union had broken off four weeks of moderated negotiations", False),
            C("deutsche-bahn", "35-hour-week", "conditional", "it had been ready to sign up to the moderators' proposal"),
            C("gdl", "gdl-suspends-strikes", "conditional", "hold off on new walkouts only if Deutsche Bahn put a better offer in writing"),
            C("deutsche-bahn", "mediation", "support", "it still regarded the moderated process as the right way to reach a deal"),
        ],
    ),
    # 023
    dict(
        published="2024-03-04T11:30:00Z", outlet="spree-bulletin",
        slug="gdl-calls-35-hour-strike-wave-strikes",
        title="GDL calls 35-hour strike and threatens wave strikes at short notice",
        text="""BERLIN, March 4 (Spree Bulletin) - The GDL train drivers' union called a 35-hour strike at Deutsche Bahn on Monday, starting early on Thursday, and said future walkouts would be announced at much shorter notice than the 48 hours it has given so far.

The length of the strike was chosen as a symbol of the union's central demand, Claus Weselsky told reporters in Berlin. He said the moderators' proposal had been unacceptable not only on working hours but also because it would have kept the union from negotiating for staff in the rail infrastructure. The GDL would not sign any contract that did not cover dispatchers and other network staff, he said.

Weselsky said the union remained ready to compromise on the timing of shorter hours, but would not give up the 35-hour week itself.

Deutsche Bahn called the strike announcement a slap in the face for passengers. A spokeswoman said so-called wave strikes with little warning were an imposition and urged the union to drop them.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "called a 35-hour strike at Deutsche Bahn on Monday"),
            C("gdl", "gdl-drops-infrastructure-demand", "oppose", "would not sign any contract that did not cover dispatchers and other network staff"),
            C("gdl", "35-hour-week", "support", "would not give up the 35-hour week itself"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "were an imposition and urged the union to drop them"),
        ],
    ),
    # 024
    dict(
        published="2024-03-07T08:30:00Z", outlet="elbe-dispatch",
        slug="rail-strike-halts-trains-passenger-group-notice-period",
        title="Rail strike halts trains again; passenger group wants legal notice period",
        text="""BERLIN, March 7 (Elbe Dispatch) - Long-distance and regional trains across Germany were largely at a standstill on Thursday as a 35-hour strike by train drivers got under way, the fifth walkout of the dispute.

Several hundred GDL members rallied outside the Bahn tower at Potsdamer Platz, Deutsche Bahn's headquarters, waving flags and placards. The company ran an emergency timetable with about one in five long-distance trains.

The passenger association Pro Bahn called for a minimum notice period for rail strikes to be written into law, saying travellers could not plan their lives around walkouts announced a few hours in advance.

Labour Minister Hubertus Heil rejected any move to restrict strikes. He said the right to strike was a fundamental right and that the government would not tamper with it, even if the dispute was testing the patience of many people.

Lawmakers from the Christian Democrats renewed their call for compulsory arbitration in critical infrastructure. The strike ends at 1 p.m. on Friday.""",
        claims=[
            C("pro-bahn", "strike-law-curbs", "support", "called for a minimum notice period for rail strikes to be written into law"),
            C("federal-government", "strike-law-curbs", "oppose", "Labour Minister Hubertus Heil rejected any move to restrict strikes"),
        ],
    ),
    # 025
    dict(
        published="2024-03-08T15:00:00Z", outlet="hanse-courier",
        slug="bahn-invites-gdl-back-to-talks-moderators-terms",
        title="Bahn invites GDL back to talks on moderators' terms; union says letter is no offer",
        text="""BERLIN, March 8 (Hanse Courier) - Deutsche Bahn invited the GDL train drivers' union on Friday to resume negotiations on Monday in Berlin, on the basis of the compromise put forward by the two moderators last month.

In an email to GDL chairman Claus Weselsky, personnel chief Martin Seiler wrote that the company had agreed to go beyond its pain threshold and accept the moderators' plan to cut the working week to 36 hours by 2028 at full pay. Deutsche Bahn remained ready to talk about working time on that basis, he wrote.

Weselsky replied that the invitation was not an offer and accused the company of trying to present itself as willing to compromise for the benefit of the media. In its reply, the union listed the points of the moderators' plan it found unacceptable, including a contract term of 30 months and the loss of holiday-choice models.

The GDL's 35-hour strike ended at 1 p.m. on Friday. The union has not said when it will strike next.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "conditional", "Deutsche Bahn remained ready to talk about working time on that basis"),
            C("deutsche-bahn", "mediation", "support", "had agreed to go beyond its pain threshold and accept the moderators' plan"),
        ],
    ),
    # 026
    dict(
        published="2024-03-10T20:30:00Z", outlet="rhine-wire",
        slug="gdl-calls-strike-less-than-a-day-notice",
        title="GDL calls next strike with less than a day's notice; Bahn heads to court",
        text="""BERLIN, March 10 (Rhine Wire) - The GDL train drivers' union on Sunday evening called a new 24-hour strike at Deutsche Bahn starting at 2 a.m. on Tuesday, giving passengers barely a day to change their plans.

Freight trains will be hit from Monday evening, the union said in a statement. It is the first of the wave strikes announced by chairman Claus Weselsky last week.

Deutsche Bahn said it would ask the labour court in Frankfurt on Monday to stop the strike, arguing that such short notice made a reliable emergency timetable impossible and was disproportionate. The company said it had done everything to get talks going again, including its offer to negotiate on a 36-hour week.

A spokeswoman for the transport ministry said Minister Volker Wissing had no comment on the union's plans.

The strike would be the sixth in the dispute and the second within a week. Deutsche Bahn said it would publish an emergency timetable on Monday.""",
        claims=[
            C("gdl", "gdl-suspends-strikes", "oppose", "called a new 24-hour strike at Deutsche Bahn starting at 2 a.m. on Tuesday"),
            C("deutsche-bahn", "strike-injunction", "support", "would ask the labour court in Frankfurt on Monday to stop the strike"),
            C("deutsche-bahn", "35-hour-week", "conditional", "its offer to negotiate on a 36-hour week"),
        ],
    ),
    # 027
    dict(
        published="2024-03-11T20:00:00Z", outlet="mainline-post",
        slug="labour-court-declines-to-halt-short-notice-strike",
        title="Labour court declines to halt GDL's short-notice strike",
        text="""FRANKFURT, March 11 (Mainline Post) - The Frankfurt labour court on Monday rejected Deutsche Bahn's request for an injunction against the GDL's 24-hour strike, ruling that the union's short notice did not in itself make the walkout unlawful.

The court said there was no legal requirement for a union to announce strikes a set number of hours in advance. Deutsche Bahn had argued that passengers and freight customers needed at least 48 hours to adjust.

The company said it would appeal to the Hessian state labour court straight away, so that the strike could still be stopped before it reaches passenger services.

GDL lawyers asked the court to throw out the application and said the union's notice had been sufficient to plan an emergency timetable. Weselsky was not present at the hearing.

Freight trains were due to stop from 6 p.m. and passenger services from 2 a.m. on Tuesday.""",
        claims=[
            C("labour-courts", "strike-injunction", "oppose", "rejected Deutsche Bahn's request for an injunction against the GDL's 24-hour strike"),
            C("deutsche-bahn", "strike-injunction", "support", "so that the strike could still be stopped before it reaches passenger services"),
            C("gdl", "strike-injunction", "oppose", "GDL lawyers asked the court to throw out the application"),
        ],
    ),
    # 028
    dict(
        published="2024-03-12T07:00:00Z", outlet="spree-bulletin",
        slug="appeals-court-lets-gdl-strike-go-ahead",
        title="Appeals court lets GDL strike go ahead; Bahn calls on union to return to talks",
        text="""FRANKFURT, March 12 (Spree Bulletin) - The Hessian state labour court rejected Deutsche Bahn's appeal against the GDL strike in the early hours of Tuesday, shortly before the walkout spread to passenger trains.

The judges found that the strike was neither unlawful nor disproportionate, and that the short notice given by the union was within its rights. It was the second time in the dispute that Deutsche Bahn had failed in two instances to get a strike stopped.

The GDL said the ruling showed that the company's attempts to fight the union through the courts had failed once again. Deutsche Bahn said it regretted the decision and called on the union to end the strike and come back to the negotiating table.

The walkout runs until 2 a.m. on Wednesday. Only a fraction of long-distance trains were running on Tuesday morning, and many commuters in the Rhine-Main region worked from home.""",
        claims=[
            C("labour-courts", "strike-injunction", "oppose", "The judges found that the strike was neither unlawful nor disproportionate"),
            C("deutsche-bahn", "strike-injunction", "support", "Deutsche Bahn's appeal against the GDL strike"),
            C("gdl", "strike-injunction", "oppose", "the company's attempts to fight the union through the courts had failed once again"),
            C("deutsche-bahn", "gdl-suspends-strikes", "support", "called on the union to end the strike and come back to the negotiating table"),
        ],
    ),
    # 029
    dict(
        published="2024-03-13T10:00:00Z", outlet="hanse-courier",
        slug="how-will-rail-dispute-end-analysts",
        title="How will it end? Analysts see pressure mounting on both sides of rail dispute",
        text="""HAMBURG, March 13 (Hanse Courier) - After six strikes in four months, analysts and industry representatives are increasingly asking how the dispute at Deutsche Bahn can be brought to an end.

Some labour market researchers believe a deal could come within weeks, because the gap between the two sides has narrowed to a question of timing. Others point out that a union's strike fund is not unlimited and that each walkout costs money, which may push it towards a compromise. A transport economist in Hamburg suggested that the railway's owner could come under pressure to step in, although he acknowledged there was no sign of that yet.

The GDL declined to say whether it was planning further walkouts this week. Claus Weselsky is due to step down as union chairman in the autumn, and Mario Reiss, a member of the union's leadership, is widely seen as his likely successor.

In Berlin, Deutsche Bahn declined to say how much the strikes had cost the company so far. Freight customers said some shipments had been moved to road for the rest of the month.""",
        claims=[],
    ),
    # 030
    dict(
        published="2024-03-19T12:00:00Z", outlet="rhine-wire",
        slug="bahn-denies-conceding-35-hour-week",
        title="Bahn denies it has conceded 35-hour week as quiet talks resume",
        text="""BERLIN, March 19 (Rhine Wire) - Deutsche Bahn denied on Tuesday that it had already agreed to the GDL train drivers' union's demand for a 35-hour week, after a newspaper reported that a deal was within reach.

Negotiators for the two sides have been talking again in recent days, according to people familiar with the matter. A company spokesman confirmed that talks were taking place but would not discuss their content.

The spokesman said there was no agreement on working time. The company remained willing to discuss further cuts in hours, he said, provided staff could choose whether to work fewer hours or earn more.

Claus Weselsky declined to say whether the union had ruled out strikes while the talks continued. He said only that the GDL would inform its members and the public in due course.

Economists said a deal before Easter would spare the economy further losses. Travel agents reported strong demand for rail tickets over the holiday weekend.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "conditional", "remained willing to discuss further cuts in hours, he said, provided staff could choose"),
            C("gdl", "35-hour-week", "support", "the GDL train drivers' union's demand for a 35-hour week", False),
        ],
    ),
    # 031
    dict(
        published="2024-03-26T09:30:00Z", outlet="spree-bulletin",
        slug="bahn-gdl-deal-35-hour-week-by-2029",
        title="Bahn and GDL strike deal: 35-hour week to be phased in by 2029",
        text="""BERLIN, March 26 (Spree Bulletin) - Deutsche Bahn and the GDL train drivers' union have agreed a new contract that phases in a 35-hour week for shift workers by 2029 with no loss of pay, ending a dispute that brought six strikes since November.

Under the deal, the reference working week falls from 38 to 37 hours in 2026 and reaches 35 hours in 2029. Employees can instead choose to work up to 40 hours a week and receive 2.7 percent more pay for each extra hour. Pay rises by 420 euros a month in two steps, and staff receive an inflation bonus of 2,850 euros. The contract runs for 26 months.

Personnel chief Martin Seiler called it a smart compromise and said Deutsche Bahn had accepted the 35-hour week because nobody would be forced to work less.

Claus Weselsky called the agreement a success almost across the board. He conceded that the union had not won the right to negotiate for infrastructure staff, saying too few of them had joined the strikes to justify it, and said the GDL would not pursue that demand under the new contract.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "support", "Deutsche Bahn had accepted the 35-hour week because nobody would be forced to work less"),
            C("gdl", "35-hour-week", "support", "have agreed a new contract that phases in a 35-hour week for shift workers"),
            C("gdl", "gdl-drops-infrastructure-demand", "support", "said the GDL would not pursue that demand under the new contract"),
        ],
    ),
    # 032
    dict(
        published="2024-03-26T18:00:00Z", outlet="hanse-courier",
        slug="relief-over-rail-deal-evg-unimpressed",
        title="Relief over rail deal, but rival union EVG is unimpressed",
        text="""BERLIN, March 26 (Hanse Courier) - Politicians, passengers and business groups welcomed the end of the rail pay dispute on Tuesday, while the GDL's rival union struck a more critical note.

Transport Minister Volker Wissing said the agreement was good news for travellers and the economy, and that he hoped it would restore confidence in rail. The passenger association Pro Bahn said the deal was a great relief for passengers.

The EVG, the larger union at Deutsche Bahn, pointed to what it called the downsides of the agreement, saying GDL members would lose the option of taking extra days of holiday instead of pay. Its own contract with the company runs until the end of March next year.

Deutsche Bahn personnel chief Martin Seiler said there would be no renegotiation of the EVG's contract. He repeated that the company had been able to agree to 35 hours only because the model was voluntary.

GDL chairman Claus Weselsky, who is due to retire in the autumn, said the 35-hour week would now be written into the union's contracts step by step.""",
        claims=[
            C("deutsche-bahn", "35-hour-week", "support", "had been able to agree to 35 hours only because the model was voluntary"),
            C("gdl", "35-hour-week", "support", "the 35-hour week would now be written into the union's contracts step by step"),
        ],
    ),
]

SHIFTS = [
    {"actor": "deutsche-bahn", "issue": "35-hour-week", "from": "oppose", "to": "conditional", "article": "014",
     "why": "Seiler offers for the first time to cut hours (a 37-hour option at full pay) as long as reductions come through a choice model; in 001 and 008 DB ruled out any shorter week at full pay."},
    {"actor": "gdl", "issue": "gdl-suspends-strikes", "from": "oppose", "to": "support", "article": "019",
     "why": "GDL ends its six-day strike early and agrees, in a joint statement, to call no further walkouts until March 3 while talks run; it had called strikes in 002, 009 and 016."},
    {"actor": "gdl", "issue": "gdl-suspends-strikes", "from": "support", "to": "conditional", "article": "022",
     "why": "After the moderated talks fail, Weselsky says the union will hold off on new walkouts only if DB puts a better offer in writing before the truce ends; in 019 it had agreed an unconditional truce."},
    {"actor": "gdl", "issue": "gdl-suspends-strikes", "from": "conditional", "to": "oppose", "article": "023",
     "why": "GDL calls a 35-hour strike and announces wave strikes at short notice; the condition set in 022 has given way to strike action."},
    {"actor": "deutsche-bahn", "issue": "35-hour-week", "from": "conditional", "to": "support", "article": "031",
     "why": "DB signs a contract phasing in the 35-hour week at full pay by 2029; Seiler says DB accepted it; before, DB offered only 37 hours (014) and then the moderators' 36 hours (022, 025, 026)."},
    {"actor": "gdl", "issue": "gdl-drops-infrastructure-demand", "from": "oppose", "to": "support", "article": "031",
     "why": "Weselsky concedes the union has not won contracts for infrastructure staff and will not pursue the demand under the new contract; in 001, 013 and 023 the GDL insisted on it."},
]

DUPLICATES = [("004", "005"), ("014", "015")]


# ---------------------------------------------------------------- helpers

def parse_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used here (no external yaml module)."""
    actors, issues, baseline = {}, {}, []
    section = None
    issue_fields = {}
    cur_issue = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            if section == "actors":
                m = re.match(r"^\s+- id: (\S+)$", line)
                if m:
                    cur = m.group(1)
                    actors[cur] = {}
                    continue
                m = re.match(r"^\s+(name|aliases): (.*)$", line)
                if m:
                    actors[cur][m.group(1)] = m.group(2)
                    continue
                raise ValueError("unexpected actors line: " + line)
            if section == "issues":
                m = re.match(r"^\s+- id: (\S+)$", line)
                if m:
                    cur_issue = m.group(1)
                    issues[cur_issue] = {}
                    continue
                m = re.match(r"^\s+([a-z]+): (.*)$", line)
                if m:
                    issues[cur_issue][m.group(1)] = m.group(2)
                    issue_fields.setdefault(cur_issue, []).append(m.group(1))
                    continue
                raise ValueError("unexpected issues line: " + line)
            if section == "baseline":
                m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
                if not m:
                    raise ValueError("unexpected baseline line: " + line)
                baseline.append((m.group(1), m.group(2), m.group(3)))
                continue
            raise ValueError("line outside a section: " + line)
    return actors, issues, issue_fields, baseline


def words(s):
    return len(s.split())


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def to_dt(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


# ---------------------------------------------------------------- build

def build():
    errors = []
    ids = ["%03d" % (i + 1) for i in range(len(ARTICLES))]
    arts = []
    for nid, a in zip(ids, ARTICLES):
        dt = to_dt(a["published"])
        url = "https://example.org/%s/%s/%s" % (a["outlet"], dt.strftime("%Y/%m/%d"), a["slug"])
        arts.append({
            "id": nid, "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url,
            "title": a["title"], "text": a["text"], "_outlet": a["outlet"], "_claims": a["claims"], "_dt": dt,
        })

    # articles/
    adir = os.path.join(HERE, "articles")
    if os.path.isdir(adir):
        shutil.rmtree(adir)
    os.makedirs(adir)
    for a in arts:
        write_json(os.path.join(adir, a["id"] + ".json"),
                   {k: a[k] for k in ("id", "published", "source", "url", "title", "text")})

    # feeds/
    fdir = os.path.join(HERE, "feeds")
    if os.path.isdir(fdir):
        shutil.rmtree(fdir)
    os.makedirs(fdir)
    for key, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == key], key=lambda a: a["_dt"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % key,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set gdl-rail-strike-2024</description>" % escape(name),
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
        with open(os.path.join(fdir, key + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    # labels.json
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["_claims"] for a in arts},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    write_json(os.path.join(HERE, "labels.json"), labels)

    # ------------------------------------------------------------ validate
    actors, issues, issue_fields, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("actor count %d not in 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("issue count %d not in 5-7" % len(issues))
    for iid, fields in issue_fields.items():
        if fields != ["name", "description", "terms"]:
            errors.append("issue %s has fields %s" % (iid, fields))
    if not any(re.search(r"\b(drops|abandons|withdraws|scraps|suspends|gives up)\b", issues[i]["name"]) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for (ac, iss, st) in baseline:
        if ac not in actors or iss not in issues or st not in ("support", "oppose", "conditional"):
            errors.append("bad baseline entry %s" % ((ac, iss, st),))

    if not 30 <= len(arts) <= 34:
        errors.append("article count %d not in 30-34" % len(arts))
    month = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
             9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
    prev = None
    for a in arts:
        if prev and a["_dt"] <= prev:
            errors.append("%s not after previous article" % a["id"])
        prev = a["_dt"]
        n = words(a["text"])
        if not 120 <= n <= 260:
            errors.append("%s has %d words" % (a["id"], n))
        dl = r"^[A-Z][A-Z .'-]*(, [A-Z][a-z]+)?, %s %d \(%s\) - " % (month[a["_dt"].month], a["_dt"].day, re.escape(a["source"]))
        if not re.match(dl, a["text"]):
            errors.append("%s dateline does not match %r" % (a["id"], a["text"][:50]))
        if '"' in a["text"]:
            errors.append("%s contains a double quotation mark; keep wording paraphrased" % a["id"])
        for c in a["_claims"]:
            if set(c) != {"actor", "issue", "stance", "quote", "attributed"}:
                errors.append("%s claim keys %s" % (a["id"], sorted(c)))
            if c["actor"] not in actors:
                errors.append("%s unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s attributed not bool" % a["id"])
            if c["quote"] not in a["text"]:
                errors.append("%s quote not in text: %r" % (a["id"], c["quote"]))
            if words(c["quote"]) > 15:
                errors.append("%s quote has %d words: %r" % (a["id"], words(c["quote"]), c["quote"]))
        tuples = [(c["actor"], c["issue"]) for c in a["_claims"]]
        if len(tuples) != len(set(tuples)):
            errors.append("%s has two claims for one actor/issue pair" % a["id"])

    # duplicates carry identical claims
    by_id = {a["id"]: a for a in arts}
    for x, y in DUPLICATES:
        tx = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in by_id[x]["_claims"])
        ty = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in by_id[y]["_claims"])
        if tx != ty:
            errors.append("duplicates %s/%s differ in claims" % (x, y))
        if by_id[x]["_dt"].date() != by_id[y]["_dt"].date() or by_id[x]["source"] == by_id[y]["source"]:
            errors.append("duplicates %s/%s must be same day, different outlets" % (x, y))

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(ac, iss): st for ac, iss, st in baseline}
    recomputed = []
    for a in arts:
        for c in a["_claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue %s" % s)
    straight = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if straight > 2:
        errors.append("%d straight support/oppose reversals" % straight)
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("shift count %d not in 5-8" % len(SHIFTS))

    # no_alert_articles
    expect = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expect:
        errors.append("no_alert_articles mismatch")

    # counts
    allc = [c for a in arts for c in a["_claims"]]
    stances = {s: sum(1 for c in allc if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    if not 60 <= len(allc) <= 90:
        errors.append("claim count %d not in 60-90" % len(allc))
    if stances["conditional"] < 6:
        errors.append("only %d conditional claims" % stances["conditional"])
    empty = [a["id"] for a in arts if not a["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles" % len(empty))

    # xmllint
    for key in OUTLETS:
        p = os.path.join(fdir, key + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, r.stderr.strip()))

    # report
    print("articles: %d (%s)" % (len(arts), ", ".join("%s %d" % (OUTLETS[k], sum(1 for a in arts if a["_outlet"] == k)) for k in OUTLETS)))
    print("words per article: %d-%d" % (min(words(a["text"]) for a in arts), max(words(a["text"]) for a in arts)))
    print("claims: %d (support %d, oppose %d, conditional %d); attributed false %d"
          % (len(allc), stances["support"], stances["oppose"], stances["conditional"], sum(1 for c in allc if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(SHIFTS), ", ".join(shift_articles)))
    print("no-claim articles: %s" % ", ".join(empty))
    print("duplicates: %s" % ", ".join("%s/%s" % d for d in DUPLICATES))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        return 1
    print("\nvalidation passed")
    return 0


if __name__ == "__main__":
    sys.exit(build())
