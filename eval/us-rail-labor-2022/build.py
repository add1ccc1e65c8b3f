#!/usr/bin/env python3
"""Build the us-rail-labor-2022 labelled evaluation set (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from this folder. Written blind; see README.md.
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'railside-wire': 'Railside Wire',
    'prairie-courier': 'Prairie Courier',
    'beltway-report': 'Beltway Report',
    'freight-ledger': 'Freight Ledger',
    'eastbank-herald': 'Eastbank Herald',
}

S, O, C = 'support', 'oppose', 'conditional'

# Each article: (published, outlet, slug, title, text, claims)
# claim: (actor, issue, stance, quote, attributed)
A = []

def art(published, outlet, slug, title, text, claims):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art('2022-07-15T21:00:00Z', 'railside-wire', 'biden-names-rail-emergency-board',
 'Biden names emergency board as rail contract talks stall',
 """WASHINGTON, July 15 (Railside Wire) - President Joe Biden on Friday created a Presidential Emergency Board to help settle a contract dispute between the largest US freight railroads and a dozen unions representing about 115,000 workers, a step that bars a strike or lockout for at least 60 days.

The three-member board will hear both sides and issue recommendations within 30 days under the Railway Labor Act. Talks have dragged on since 2019, with the unions seeking pay rises to offset inflation and changes to the scheduling and attendance rules that many crews blame for exhausting hours.

The SMART Transportation Division, the biggest rail union, said its members needed paid time off when they fall ill, not just higher wages, and that it would press the point before the board. The National Carriers' Conference Committee, which bargains for the railroads, said it welcomed the board and believed its recommendations would offer a fair basis for a settlement.

The White House said the president wanted the two sides to reach a deal that was fair to workers and kept the supply chain moving.""",
 [('smart-td', 'paid-sick-days', S, 'its members needed paid time off when they fall ill', True)])

art('2022-08-16T23:10:00Z', 'prairie-courier', 'emergency-board-recommends-24-percent-raise',
 'Emergency board recommends 24% raise for rail workers, no sick days',
 """OMAHA, Aug 16 (Prairie Courier) - A Presidential Emergency Board recommended on Tuesday that freight rail workers receive a 24% wage increase over the five years from 2020 through 2024, along with annual $1,000 bonuses, but it did not back the unions' request for paid sick days.

The board said the unions' proposals on sick leave were better settled in local talks or in a later round of bargaining. The railroads' bargaining committee said the recommendations should form the basis of agreements with all twelve unions. It repeated its view that sick time is already covered by short-term disability benefits, so paid sick days are not needed.

Leaders of the Brotherhood of Locomotive Engineers and Trainmen and SMART-TD said in a joint statement that the report did nothing about the attendance policies that punish crews for seeing a doctor. They said their members would keep fighting for paid sick days.

The recommendations are not binding. The parties now have 30 days to reach agreements before a strike or lockout becomes possible.""",
 [('railroads', 'paid-sick-days', O, 'so paid sick days are not needed', True),
  ('blet', 'paid-sick-days', S, 'their members would keep fighting for paid sick days', True),
  ('smart-td', 'paid-sick-days', S, 'their members would keep fighting for paid sick days', True)])

art('2022-08-30T15:00:00Z', 'freight-ledger', 'rail-strike-cost-2-billion-a-day',
 'Rail industry group puts cost of a strike at $2 billion a day',
 """WASHINGTON, Aug 30 (Freight Ledger) - A nationwide rail strike would cost the US economy more than $2 billion a day, the Association of American Railroads said on Tuesday, as the industry urged the unions to accept the emergency board's terms and take the threat of a walkout off the table.

AAR President Ian Jefferies said about 7,000 freight trains a day would stop, cutting off shipments of grain, chemicals and consumer goods. He said the board's recommendations were generous and that there was no reason to put the country through a shutdown.

Some economists said the estimate was on the high side, because shippers would divert some freight to trucks. Others said a long stoppage could also halt commuter services in several cities that run on freight-owned track.

Only a few of the twelve unions have so far reached tentative agreements. The 30-day cooling-off period ends on Sept 16.""",
 [('railroads', 'unions-drop-strike-threat', S, 'take the threat of a walkout off the table', True)])

art('2022-09-08T18:30:00Z', 'beltway-report', 'business-groups-urge-congress-rail-strike',
 'Business groups urge Congress to block a rail strike',
 """WASHINGTON, Sept 8 (Beltway Report) - The US Chamber of Commerce and more than 300 other business groups asked Congress on Thursday to pass legislation putting the emergency board's recommendations into effect, saying a shutdown next week would cripple supply chains already strained by the pandemic.

In a letter to congressional leaders, the groups said lawmakers had the power to keep the trains running and should use it this week. Neil Bradley, the Chamber's chief policy officer, said Congress had done so before and should not hesitate now.

Several railroads have begun halting shipments of hazardous materials so that no dangerous cars are stranded if crews walk out. Amtrak said it might cancel some long-distance trains.

Senate Republicans Roger Wicker and Richard Burr have drafted a bill to impose the board's terms. Democratic leaders have not said whether they would take it up, and a spokesman for House Speaker Nancy Pelosi declined to comment.""",
 [('us-chamber', 'impose-deal-by-law', S, "asked Congress on Thursday to pass legislation putting the emergency board's recommendations into effect", True)])

art('2022-09-12T20:00:00Z', 'railside-wire', 'engineers-conductors-ready-to-strike',
 'Engineers and conductors say they are ready to strike on Friday',
 """CLEVELAND, Sept 12 (Railside Wire) - The two unions representing train engineers and conductors said on Monday that their members were ready to strike at the end of the week, saying the railroads still refused to ease attendance rules or give crews paid time off when they are sick.

Dennis Pierce, president of the Brotherhood of Locomotive Engineers and Trainmen, said the strike threat stood and that engineers were being disciplined for going to medical appointments. Jeremy Ferguson, president of SMART-TD, said his members were prepared to walk off the job as soon as 12:01 a.m. on Friday.

The National Carriers' Conference Committee said it had offered both unions the board's full wage package and called on them to accept it, as most of the other unions have done. It said the unions' demands on scheduling would require more crews than the industry has.

The two unions represent about half of the workers covered by the talks.""",
 [('blet', 'unions-drop-strike-threat', O, 'said the strike threat stood', True),
  ('smart-td', 'unions-drop-strike-threat', O, 'his members were prepared to walk off the job', True),
  ('blet', 'paid-sick-days', S, 'give crews paid time off when they are sick', True),
  ('smart-td', 'paid-sick-days', S, 'give crews paid time off when they are sick', True),
  ('railroads', 'paid-sick-days', O, 'the railroads still refused to ease attendance rules or give crews paid time off', False)])

art('2022-09-14T22:00:00Z', 'freight-ledger', 'rail-talks-run-late-labor-department',
 'Rail talks run late at Labor Department as strike deadline nears',
 """WASHINGTON, Sept 14 (Freight Ledger) - Negotiators for the freight railroads and the engineers' and conductors' unions were still meeting at the Labor Department late on Wednesday, less than two days before a possible strike, as Labor Secretary Marty Walsh shuttled between the two sides.

President Joe Biden called in to the talks, people familiar with the session said. The White House declined to say whether he would ask Congress to intervene if no agreement was reached by Friday.

Analysts at two investment banks said they expected a last-minute settlement, since both sides had more to lose from a shutdown than from a compromise. One said the railroads might offer a small concession on unpaid days off to let the unions claim a win, and that the unions could then call off the strike.

Union Pacific and BNSF have stopped accepting some grain and intermodal shipments to clear their networks before Friday.""",
 [])

art('2022-09-15T10:30:00Z', 'beltway-report', 'railroads-unions-tentative-deal-averts-strike',
 'Railroads and unions reach tentative deal, averting strike',
 """WASHINGTON, Sept 15 (Beltway Report) - Freight railroads and their two largest unions reached a tentative agreement early on Thursday after 20 hours of talks at the Labor Department, averting a strike that could have shut down much of the US rail network on Friday.

President Joe Biden, who had joined the talks by phone, called the agreement a win for tens of thousands of rail workers and urged them to approve it. The deal gives workers the 24% raise recommended by the emergency board and lets them take unpaid days off for medical appointments without being penalised under attendance rules.

SMART-TD and the Brotherhood of Locomotive Engineers and Trainmen said they had agreed to call off the planned walkout while their members vote on the deal. Ferguson and Pierce said they would recommend it to their members. The railroads' bargaining committee said the agreement was fair and should be ratified.

The agreement does not include paid sick days, a central union demand.""",
 [('biden', 'ratify-deal', S, 'urged them to approve it', True),
  ('smart-td', 'unions-drop-strike-threat', S, 'had agreed to call off the planned walkout', True),
  ('blet', 'unions-drop-strike-threat', S, 'had agreed to call off the planned walkout', True),
  ('smart-td', 'ratify-deal', S, 'they would recommend it to their members', True),
  ('blet', 'ratify-deal', S, 'they would recommend it to their members', True),
  ('railroads', 'ratify-deal', S, 'the agreement was fair and should be ratified', True)])

art('2022-09-16T14:00:00Z', 'prairie-courier', 'rail-deal-angers-workers-sick-days',
 'Rail deal angers some workers over lack of sick days',
 """KANSAS CITY, Sept 16 (Prairie Courier) - Many rail workers reacted angrily on Friday to the tentative contract reached a day earlier, saying that unpaid days off for doctor visits did little for crews who can be called to work at any hour and are punished for missing a shift.

Railroad Workers United, a rank-and-file group, urged members of all the unions to vote the agreement down. An organiser with the group said workers wanted paid sick days and would not get them without a fight.

The carriers, which have argued throughout the talks that paid sick days would require hiring more workers, did not respond to requests for comment on Friday. BNSF said it was restoring normal service after pausing some shipments ahead of the strike deadline.

Voting by the twelve unions' members is expected to run into November. If any union rejects the agreement, a new cooling-off period would begin.""",
 [('railroads', 'paid-sick-days', O, 'paid sick days would require hiring more workers', False)])

art('2022-10-10T19:00:00Z', 'freight-ledger', 'track-maintenance-union-rejects-contract',
 'Track maintenance union rejects rail contract',
 """NOVI, Mich., Oct 10 (Freight Ledger) - Members of the Brotherhood of Maintenance of Way Employes Division, which represents about 11,000 track workers, have voted to reject the tentative contract, the first of the twelve rail unions to turn the deal down.

The union said its members had spoken clearly about the lack of paid sick leave and that it would return to talks. It agreed to keep working and hold off any strike until five days after Congress reconvenes in mid-November.

The National Carriers' Conference Committee said it was disappointed and that the rejected deal followed the emergency board's recommendations closely. It urged the remaining unions to ratify the agreements their leaders had reached.

The Brotherhood of Locomotive Engineers and Trainmen and SMART-TD have not yet begun counting their members' votes.""",
 [('railroads', 'ratify-deal', S, 'urged the remaining unions to ratify the agreements their leaders had reached', True)])

art('2022-10-26T16:00:00Z', 'railside-wire', 'signalmen-reject-rail-contract',
 'Signalmen become second rail union to reject contract',
 """WASHINGTON, Oct 26 (Railside Wire) - Members of the Brotherhood of Railroad Signalmen voted to reject the tentative national agreement, the union said on Wednesday, becoming the second of the twelve rail unions to turn down the deal after the track workers earlier this month.

The signalmen's union said it would go back to the bargaining table and would not strike before mid-November. Analysts said the outcome raised the risk that Congress would have to step in before the holidays, and one said the far larger conductors' vote could go either way.

President Joe Biden has not said what he would do if the deal unravels. The Labor Department declined to comment on the vote.

Several other unions have already ratified their agreements.""",
 [])

art('2022-11-04T18:00:00Z', 'eastbank-herald', 'smart-td-chief-urges-ratification',
 "Conductors' union chief urges members to back rail deal",
 """CLEVELAND, Nov 4 (Eastbank Herald) - SMART-TD president Jeremy Ferguson urged the union's conductors on Friday to ratify the tentative agreement, saying it was the best contract that could be won without a strike that Congress would almost certainly end.

In a video message to members, Ferguson acknowledged anger over the lack of paid sick days. He said the union had fought for them to the last hour of the talks and would keep raising them. He said rejecting the contract would put its pay rises at risk and hand the decision to lawmakers.

Voting closes on Nov 20. Some locals in the West have campaigned for a no vote, and several members told the Eastbank Herald they expected the result to be close.""",
 [('smart-td', 'ratify-deal', S, "urged the union's conductors on Friday to ratify the tentative agreement", True),
  ('smart-td', 'paid-sick-days', S, 'He said the union had fought for them to the last hour', True)])

art('2022-11-15T21:00:00Z', 'prairie-courier', 'union-pacific-no-reopening-sick-days',
 'Union Pacific says it will not reopen rail deal to add sick days',
 """OMAHA, Nov 15 (Prairie Courier) - Union Pacific will not reopen the national agreement to add paid sick days, the railroad said on Tuesday, as members of several unions finished voting on the contract.

In a statement, the company said the deal already offered the biggest pay rise in more than four decades and that crews could use vacation and personal days when they were ill. It said it hoped the remaining unions would ratify and that a strike would be a disaster for customers across the West.

Several unions, including those representing track workers and signal maintainers, have voted the deal down and returned to talks. Results for the conductors and engineers are due next week.

Omaha-based Union Pacific operates the largest rail network in the western United States.""",
 [('railroads', 'paid-sick-days', O, 'will not reopen the national agreement to add paid sick days', True),
  ('railroads', 'ratify-deal', S, 'it hoped the remaining unions would ratify', True)])

art('2022-11-21T20:00:00Z', 'beltway-report', 'conductors-reject-engineers-approve-rail-deal',
 'Conductors reject rail deal, engineers narrowly approve',
 """WASHINGTON, Nov 21 (Beltway Report) - Members of SMART-TD, the largest rail union, have voted to reject the tentative contract, the union said on Monday, while members of the Brotherhood of Locomotive Engineers and Trainmen narrowly approved theirs.

About 51% of SMART-TD's conductors and other members who voted opposed the agreement. BLET said 53.5% of its engineers voted in favour. Four of the twelve unions have now turned the deal down, raising the chance of a strike as early as Dec 9.

The White House said a rail shutdown was unacceptable and that the best outcome remained a deal reached by the two sides, with Congress stepping in only if they fail. Press secretary Karine Jean-Pierre said the president was in touch with both sides.

The railroads' bargaining committee said it was disappointed, noting that the deal rejected by SMART-TD members was the same one their leaders had signed.""",
 [('smart-td', 'ratify-deal', O, 'Members of SMART-TD, the largest rail union, have voted to reject the tentative contract', True),
  ('blet', 'ratify-deal', S, 'BLET said 53.5% of its engineers voted in favour', True),
  ('biden', 'impose-deal-by-law', C, 'with Congress stepping in only if they fail', True),
  ('railroads', 'ratify-deal', S, "The railroads' bargaining committee said it was disappointed", True)])

art('2022-11-22T17:00:00Z', 'railside-wire', 'smart-td-strike-possible-dec-9',
 'SMART-TD says strike possible from Dec 9 after members reject deal',
 """CLEVELAND, Nov 22 (Railside Wire) - SMART-TD said on Tuesday it would return to the bargaining table with the railroads and that its members could walk out from Dec 9, when the current status quo period ends.

Jeremy Ferguson, the union's president, said members had made clear that the contract fell short on sick time and scheduling. He said the union was ready to strike alongside the other unions that had rejected the deal, and would not extend the deadline again.

The railroads' bargaining committee said it was willing to meet but would not go beyond the emergency board's recommendations, which did not include paid sick days. It urged Congress to pass legislation enacting the agreements before the deadline.

The Brotherhood of Locomotive Engineers and Trainmen, whose members approved the agreement, declined to say whether engineers would cross picket lines.""",
 [('smart-td', 'unions-drop-strike-threat', O, 'He said the union was ready to strike', True),
  ('railroads', 'paid-sick-days', O, "would not go beyond the emergency board's recommendations, which did not include paid sick days", True),
  ('railroads', 'impose-deal-by-law', S, 'It urged Congress to pass legislation enacting the agreements before the deadline', True)])

art('2022-11-23T15:00:00Z', 'freight-ledger', 'industry-groups-press-congress-rail',
 'Industry groups press Congress to head off rail strike',
 """WASHINGTON, Nov 23 (Freight Ledger) - More than 400 business groups led by the US Chamber of Commerce urged Congress on Wednesday to pass legislation enacting the rail agreements before the Dec 9 deadline, warning that a strike would disrupt holiday deliveries and shipments of fuel and water-treatment chemicals.

The Association of American Railroads said the tentative agreements were the right basis for a law, since most unions had already ratified them. Ian Jefferies, the group's president, said the industry had offered the largest raises in nearly fifty years and that workers deserved that money now.

Some Democrats in Congress are uneasy about overriding a union vote, and Republican leaders have said it is up to the president to ask for legislation. Senate Majority Leader Chuck Schumer did not respond to a request for comment.

Farm groups said fertilizer deliveries for the spring planting season were already being delayed.""",
 [('us-chamber', 'impose-deal-by-law', S, 'urged Congress on Wednesday to pass legislation enacting the rail agreements', True),
  ('railroads', 'impose-deal-by-law', S, 'the tentative agreements were the right basis for a law', True)])

BIDEN_CLAIMS = [('biden', 'impose-deal-by-law', S, 'Congress should adopt the deal without any changes or delay', True)]
art('2022-11-28T22:00:00Z', 'beltway-report', 'biden-asks-congress-impose-rail-deal',
 'Biden asks Congress to impose rail deal to prevent strike',
 """WASHINGTON, Nov 28 (Beltway Report) - President Joe Biden called on Congress on Monday to pass legislation immediately that would impose the tentative rail agreement reached in September, saying a strike would devastate the economy.

In a statement, Biden said Congress should adopt the deal without any changes or delay, so that it could not be reopened in a way that risked a shutdown. He said that as a proud pro-labor president he was reluctant to override the votes of workers who rejected it, but that a shutdown would hurt millions of other working people.

Labor Secretary Marty Walsh and Transportation Secretary Pete Buttigieg are due to meet Senate Democrats this week. House Speaker Nancy Pelosi said the House would take up a bill in the coming days.

The unions that rejected the agreement had set a strike deadline of Dec 9.""",
 BIDEN_CLAIMS)

art('2022-11-28T23:30:00Z', 'eastbank-herald', 'biden-urges-congress-rail-legislation',
 'Biden urges Congress to pass rail deal into law',
 """WASHINGTON, Nov 28 (Eastbank Herald) - President Joe Biden on Monday asked Congress to immediately pass a law imposing the tentative rail agreement struck in September, warning that a strike would devastate the economy.

Biden said in a statement that Congress should adopt the deal without any changes or delay, so that it could not be reopened in a way that risked a shutdown. As a proud pro-labor president, he said, he was reluctant to override the votes of workers who rejected it, but a shutdown would hurt millions of other working people.

Labor Secretary Marty Walsh and Transportation Secretary Pete Buttigieg are expected to meet Senate Democrats this week. House Speaker Nancy Pelosi said the House would take up a bill in the coming days.

Unions that voted the agreement down had set Dec 9 as their strike deadline.""",
 BIDEN_CLAIMS)

art('2022-11-29T01:00:00Z', 'railside-wire', 'rail-unions-congress-add-sick-days',
 'Rail unions say Congress should add sick days if it acts',
 """CLEVELAND, Nov 28 (Railside Wire) - The leaders of the engineers' and conductors' unions said on Monday that they would not oppose legislation imposing the rail contract as long as Congress also gave rail workers paid sick days, after President Joe Biden urged lawmakers to adopt the deal unchanged.

In a joint statement, Dennis Pierce of the Brotherhood of Locomotive Engineers and Trainmen and Jeremy Ferguson of SMART-TD said it was disappointing that workers' votes could be set aside. They said Congress had the power to fix the deal's biggest flaw and should use it.

The Brotherhood of Maintenance of Way Employes Division was more blunt. Its president, Tony Cardwell, said Congress would be siding with the railroads if it imposed a deal rejected by members.

The strike deadline remains Dec 9.""",
 [('smart-td', 'impose-deal-by-law', C, 'would not oppose legislation imposing the rail contract as long as Congress also gave', True),
  ('blet', 'impose-deal-by-law', C, 'would not oppose legislation imposing the rail contract as long as Congress also gave', True),
  ('smart-td', 'paid-sick-days', S, 'Congress also gave rail workers paid sick days', True),
  ('blet', 'paid-sick-days', S, 'Congress also gave rail workers paid sick days', True)])

art('2022-11-29T20:00:00Z', 'freight-ledger', 'pelosi-house-vote-rail-deal-sick-leave',
 'Pelosi says House will vote on rail deal and separate sick-leave bill',
 """WASHINGTON, Nov 29 (Freight Ledger) - House Speaker Nancy Pelosi said on Tuesday that the House would vote on Wednesday on a bill imposing the tentative rail agreement, and on a separate measure adding seven days of paid sick leave for rail workers.

Pelosi spoke after she and other congressional leaders met President Joe Biden at the White House. She said she was reluctant to go around the unions' ratification process but that a strike had to be prevented, and that she supported giving rail workers the sick days they had asked for. Senate Majority Leader Chuck Schumer said the Senate would try to act quickly.

House Republican leader Kevin McCarthy, who also attended, said Republicans would largely back the contract but not the sick-leave measure.

Asked whether Biden would sign a bill that included sick days, a White House spokeswoman said the president wanted the agreement passed without changes, and did not rule it out.""",
 [('congress-democrats', 'impose-deal-by-law', S, 'but that a strike had to be prevented', True),
  ('congress-democrats', 'paid-sick-days', S, 'she supported giving rail workers the sick days they had asked for', True),
  ('biden', 'impose-deal-by-law', S, 'the president wanted the agreement passed without changes', True)])

art('2022-11-29T23:00:00Z', 'eastbank-herald', 'sanders-vows-hold-up-rail-bill',
 'Sanders vows to hold up rail bill without vote on sick days',
 """WASHINGTON, Nov 29 (Eastbank Herald) - Senator Bernie Sanders said on Tuesday he would hold up quick passage of legislation imposing the rail contract unless the Senate also voted on guaranteeing workers seven paid sick days a year.

The Vermont independent said it was outrageous that railroads making record profits would not give workers a single paid sick day. He said he would object to any request to fast-track the bill until he got that vote.

Senate leaders need the agreement of all 100 senators to move quickly. Aides to several senators said they expected a deal on amendments that would let Sanders have his vote while allowing the chamber to finish before the Dec 9 deadline.

Senator Marco Rubio, a Florida Republican, said he would also oppose the contract because it lacked the workers' support.""",
 [('sanders', 'impose-deal-by-law', C, 'would hold up quick passage of legislation imposing the rail contract unless the Senate', True),
  ('sanders', 'paid-sick-days', S, 'guaranteeing workers seven paid sick days a year', True),
  ('railroads', 'paid-sick-days', O, 'would not give workers a single paid sick day', False)])

art('2022-11-30T22:30:00Z', 'beltway-report', 'house-passes-rail-deal-sick-days-separate',
 'House passes bill to impose rail deal, adds sick days in separate vote',
 """WASHINGTON, Nov 30 (Beltway Report) - The House of Representatives voted 290-137 on Wednesday to impose the tentative rail agreement and head off a strike, then voted 221-207 on a separate measure that would add seven paid sick days to the contract.

Nancy Pelosi, who brought both bills to the floor, said workers deserved both the raises in the deal and the ability to take a day off when they or their children are sick. Nearly all Democrats backed both measures, while most Republicans voted for the contract and against the sick days.

The Association of American Railroads said Congress should not add sick days, arguing that mandating benefits the unions could not win at the table would undermine collective bargaining. The US Chamber of Commerce urged senators to pass the agreement and reject the sick-leave measure.

Both measures now go to the Senate.""",
 [('congress-democrats', 'impose-deal-by-law', S, 'workers deserved both the raises in the deal', True),
  ('congress-democrats', 'paid-sick-days', S, 'the ability to take a day off when they or their children are sick', True),
  ('railroads', 'paid-sick-days', O, 'Congress should not add sick days', True),
  ('us-chamber', 'impose-deal-by-law', S, 'urged senators to pass the agreement', True),
  ('us-chamber', 'paid-sick-days', O, 'reject the sick-leave measure', True)])

art('2022-12-01T19:30:00Z', 'eastbank-herald', 'biden-still-wants-paid-leave-rail',
 'Biden says he still wants paid leave for rail workers, but deal must pass',
 """WASHINGTON, Dec 1 (Eastbank Herald) - President Joe Biden said on Thursday that he still wanted rail workers and all other Americans to have paid sick leave, but that Congress had to pass the rail agreement as negotiated to prevent a strike that could cost hundreds of thousands of jobs.

Speaking at a news conference with French President Emmanuel Macron, Biden said adding to the deal now would send it back to the bargaining table and risk a shutdown before Christmas. He said he would keep fighting for paid leave for everyone.

Macron, who is on a state visit, was not asked about the dispute.

The Senate was expected to vote on the deal and on a separate sick-leave measure later on Thursday.""",
 [('biden', 'paid-sick-days', S, 'he still wanted rail workers and all other Americans to have paid sick leave', True),
  ('biden', 'impose-deal-by-law', S, 'Congress had to pass the rail agreement as negotiated', True)])

SENATE_CLAIMS = [
  ('sanders', 'paid-sick-days', S, 'it was a disgrace that the Senate would not guarantee sick days to workers', True),
  ('congress-democrats', 'impose-deal-by-law', S, 'the Senate had avoided a catastrophic shutdown', True),
  ('congress-democrats', 'paid-sick-days', S, 'Democrats would keep pushing for paid leave for rail workers', True),
  ('biden', 'impose-deal-by-law', S, 'Biden would sign the bill as soon as it reached his desk', True)]
art('2022-12-01T22:00:00Z', 'freight-ledger', 'senate-imposes-rail-deal-sick-leave-falls-short',
 'Senate imposes rail deal; sick-leave measure falls short',
 """WASHINGTON, Dec 1 (Freight Ledger) - The Senate voted 80-15 on Thursday to impose the tentative rail agreement on the four unions that rejected it, sending the bill to President Joe Biden and all but removing the threat of a strike next week.

A separate measure to give rail workers seven paid sick days won 52 votes, short of the 60 it needed. Senator Bernie Sanders, who forced the vote, said it was a disgrace that the Senate would not guarantee sick days to workers who keep the economy running.

Majority Leader Chuck Schumer voted for both measures. He said the Senate had avoided a catastrophic shutdown and that Democrats would keep pushing for paid leave for rail workers.

The White House said Biden would sign the bill as soon as it reached his desk.""",
 SENATE_CLAIMS)

art('2022-12-01T23:45:00Z', 'prairie-courier', 'senate-votes-impose-rail-contract',
 'Senate votes to impose rail contract as sick-day measure fails',
 """WASHINGTON, Dec 1 (Prairie Courier) - The Senate voted 80-15 on Thursday to impose the tentative rail agreement on the four unions whose members rejected it, sending the legislation to President Joe Biden and all but ending the threat of a strike next week.

A separate proposal to give rail workers seven paid sick days got 52 votes, short of the 60 required. Senator Bernie Sanders, who forced the vote, said it was a disgrace that the Senate would not guarantee sick days to workers who keep the economy moving.

Majority Leader Chuck Schumer backed both measures. He said the Senate had avoided a catastrophic shutdown and that Democrats would keep pushing for paid leave for rail workers.

According to the White House, Biden would sign the bill as soon as it reached his desk.""",
 SENATE_CLAIMS)

art('2022-12-02T20:00:00Z', 'beltway-report', 'biden-signs-law-blocking-rail-strike',
 "Biden signs law blocking rail strike; conductors' union says it will comply",
 """WASHINGTON, Dec 2 (Beltway Report) - President Joe Biden signed legislation on Friday imposing the tentative rail agreement on all twelve unions, ending the threat of the first national rail strike in three decades.

At a signing ceremony at the White House, Biden said the law protected millions of jobs and families, and that he would keep working to win paid sick days for rail workers.

SMART-TD said it would abide by the law and that its members would not strike, but that it would take the fight for sick days to the railroads one property at a time. Jeremy Ferguson said Congress had failed workers by rejecting the sick-leave measure.

The Brotherhood of Locomotive Engineers and Trainmen said its members would also use the coming months to press the railroads directly for paid sick days.""",
 [('biden', 'impose-deal-by-law', S, 'Biden signed legislation on Friday imposing the tentative rail agreement', True),
  ('biden', 'paid-sick-days', S, 'he would keep working to win paid sick days for rail workers', True),
  ('smart-td', 'unions-drop-strike-threat', S, 'its members would not strike', True),
  ('smart-td', 'paid-sick-days', S, 'take the fight for sick days to the railroads', True),
  ('blet', 'paid-sick-days', S, 'press the railroads directly for paid sick days', True)])

art('2022-12-14T16:00:00Z', 'prairie-courier', 'railroads-rule-out-sick-day-talks',
 'Railroads rule out new talks on sick days after law ends dispute',
 """FORT WORTH, Texas, Dec 14 (Prairie Courier) - BNSF and other large freight railroads said on Wednesday they had no plans to negotiate paid sick days before the next national bargaining round, after Congress imposed a contract without them.

A BNSF spokesman said the railroad's existing leave and attendance policies were competitive and that the issue had been settled by the law. The railroads' bargaining committee said separately that it considered the national dispute closed.

Senator Bernie Sanders has asked President Joe Biden to use an executive order to require federal contractors, including railroads, to offer paid sick leave. The White House has not said whether it will. Analysts said the railroads might yet offer sick days in local deals to repair relations with workers, but none had signalled such a move.""",
 [('railroads', 'paid-sick-days', O, 'they had no plans to negotiate paid sick days before the next national bargaining round', True),
  ('sanders', 'paid-sick-days', S, 'to require federal contractors, including railroads, to offer paid sick leave', True)])

art('2023-01-18T17:00:00Z', 'freight-ledger', 'railroads-open-to-sick-leave-deals',
 'Railroads signal openness to sick-leave deals with individual unions',
 """WASHINGTON, Jan 18 (Freight Ledger) - The largest US freight railroads are willing to discuss paid sick days with individual unions, provided the unions agree to changes in scheduling or other work rules in exchange, the Association of American Railroads said on Wednesday.

Ian Jefferies, the group's president, said each railroad would negotiate on its own property and that any deal would have to keep trains running when workers call in sick. He said the carriers wanted to move past the bitterness of last year's dispute.

Union officials reacted cautiously. A SMART-TD spokesman said the union would wait to see concrete offers. The Brotherhood of Locomotive Engineers and Trainmen said workers should not have to give up anything to get basic sick leave.

Shippers and the Transportation Department are watching the talks closely after December's near-strike.""",
 [('railroads', 'paid-sick-days', C, 'willing to discuss paid sick days with individual unions, provided the unions agree', True),
  ('blet', 'paid-sick-days', S, 'workers should not have to give up anything to get basic sick leave', True)])

art('2023-02-08T19:00:00Z', 'railside-wire', 'csx-paid-sick-days-two-unions',
 'CSX agrees paid sick days with two unions',
 """JACKSONVILLE, Fla., Feb 8 (Railside Wire) - CSX said on Wednesday it had reached agreements giving paid sick days to members of two of its unions, the first large freight railroad to do so since Congress imposed a contract without them in December.

The agreements with the International Brotherhood of Electrical Workers and the Transportation Communications Union give workers four paid sick days a year and let them convert up to three personal days into sick days. Chief Executive Joe Hinrichs said CSX wanted its employees to be able to look after themselves and their families, and that the railroad was ready to offer similar terms to its other unions.

The two unions said the deals showed that sick leave could be won through bargaining. SMART-TD and the engineers' union said they were in talks with CSX.

CSX, based in Jacksonville, operates about 20,000 miles of track in the eastern United States.""",
 [('railroads', 'paid-sick-days', S, 'it had reached agreements giving paid sick days to members of two of its unions', True)])

art('2023-02-09T15:00:00Z', 'eastbank-herald', 'white-house-welcomes-csx-sick-leave',
 'White House welcomes CSX sick-leave deal, urges other railroads to follow',
 """WASHINGTON, Feb 9 (Eastbank Herald) - The White House welcomed CSX's agreement to give paid sick days to some of its workers and urged the other big railroads to follow, saying the Biden administration had been pressing the carriers on the issue since December.

Labor Secretary Marty Walsh said he had spoken with several railroad chief executives and that sick leave was a matter of basic dignity for people who keep the country supplied. He said the administration would keep up the pressure.

Union Pacific and Norfolk Southern said they were talking with their unions but declined to say whether paid sick days were on the table. BNSF did not respond.

Senator Bernie Sanders, who led December's failed attempt to add sick days to the contract, called the CSX deal a good start.""",
 [('biden', 'paid-sick-days', S, 'sick leave was a matter of basic dignity', True),
  ('sanders', 'paid-sick-days', S, 'called the CSX deal a good start', True)])

art('2023-03-20T16:00:00Z', 'beltway-report', 'rail-sick-day-fight-moves-to-railroads',
 "Months after near-strike, rail workers' sick-day fight moves railroad by railroad",
 """WASHINGTON, March 20 (Beltway Report) - Three months after Congress imposed a contract on freight rail workers, the fight over paid sick days has moved from Capitol Hill to individual railroads, with mixed results so far.

CSX has signed sick-leave agreements with several of its unions. Other carriers, which refused paid sick days throughout the 2022 talks, have said only that discussions are under way. Norfolk Southern, under scrutiny since its February derailment in East Palestine, Ohio, has not announced any agreement.

Dennis Pierce, president of the Brotherhood of Locomotive Engineers and Trainmen, said most engineers still had no paid sick days and that the union would keep pressing every railroad until they did. Labor experts said the outcome would likely depend on how badly the carriers needed to hire new crews.""",
 [('blet', 'paid-sick-days', S, 'the union would keep pressing every railroad until they did', True)])

art('2023-04-27T17:00:00Z', 'prairie-courier', 'union-pacific-sick-day-agreements',
 'Union Pacific agrees paid sick days with several unions',
 """OMAHA, April 27 (Prairie Courier) - Union Pacific said on Thursday it had reached agreements giving paid sick days to workers represented by several of its unions, joining CSX in offering the benefit that the railroads had refused to include in last year's national contract.

The railroad said the agreements provide up to four paid sick days a year and that it was offering similar terms to its remaining crafts. It said it wanted to be an employer of choice as it tried to hire more train crews.

Jeremy Ferguson, president of SMART-TD, said the deals proved that paid sick leave had always been affordable for the railroads. He said the union would keep pushing until every conductor in the country had it.""",
 [('railroads', 'paid-sick-days', S, 'it had reached agreements giving paid sick days to workers', True),
  ('smart-td', 'paid-sick-days', S, 'the union would keep pushing until every conductor in the country had it', True)])

art('2023-05-31T15:00:00Z', 'railside-wire', 'most-rail-workers-now-have-sick-days',
 'Most unionised rail workers now have paid sick days, industry says',
 """WASHINGTON, May 31 (Railside Wire) - The large freight railroads now offer paid sick days to most of their unionised workers under agreements signed since December, the Association of American Railroads said on Wednesday.

Ian Jefferies, the group's president, said the carriers had made sick leave part of their offer to every union and expected the remaining agreements to be signed within months. He said the industry was committed to improving quality of life for its workforce.

SMART-TD said it welcomed the progress but that some of its members at smaller carriers still had no sick days. The union said it would raise the issue in the next national round of bargaining.

The national contract imposed by Congress runs until the end of 2024.""",
 [('railroads', 'paid-sick-days', S, 'the carriers had made sick leave part of their offer to every union', True),
  ('smart-td', 'paid-sick-days', S, 'it would raise the issue in the next national round of bargaining', True)])

SHIFTS = [
 ('smart-td', 'unions-drop-strike-threat', O, S, 7, 'SMART-TD says it agreed to call off the planned Sept 16 walkout while members vote; in 005 Ferguson said members were prepared to walk off the job.'),
 ('blet', 'unions-drop-strike-threat', O, S, 7, 'BLET agrees to call off the planned walkout pending the member vote; in 005 Pierce said the strike threat stood.'),
 ('smart-td', 'ratify-deal', S, O, 13, "SMART-TD announces its members voted to reject the tentative contract; its leaders had recommended it (007) and Ferguson urged ratification (011)."),
 ('smart-td', 'unions-drop-strike-threat', S, O, 14, 'After the rejection Ferguson says the union is ready to strike from Dec 9; in 007 it had called off the walkout.'),
 ('biden', 'impose-deal-by-law', C, S, 16, 'Biden asks Congress to adopt the deal without changes or delay; on Nov 21 (013) the White House wanted Congress to step in only if the parties failed.'),
 ('smart-td', 'unions-drop-strike-threat', O, S, 25, 'After the law is signed SMART-TD says its members will not strike; in 014 it said it was ready to strike.'),
 ('railroads', 'paid-sick-days', O, C, 27, 'AAR says carriers will discuss paid sick days with individual unions provided unions give work-rule changes; previously refused outright (002, 012, 014, 021, 026).'),
 ('railroads', 'paid-sick-days', C, S, 28, 'CSX (a carrier in the railroads actor) signs agreements granting paid sick days; in 027 the carriers only offered to discuss them with conditions.'),
]

WATCHLIST = """# shiftwatch blind evaluation set: the 2022 US freight rail labor dispute (and the 2023 sick-leave follow-up).
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people and institutions used as metonyms.
# The White House and the Labor Department also appear as plain venues ("talks at the Labor Department"),
# which carry no stance.

actors:
  - id: railroads
    name: The US freight railroads (the carriers, their bargaining committee and trade association)
    aliases: [railroads, freight railroads, the carriers, National Carriers' Conference Committee, NCCC, Association of American Railroads, AAR, Ian Jefferies, Jefferies, Union Pacific, BNSF, CSX, Norfolk Southern, Joe Hinrichs, Hinrichs]
  - id: smart-td
    name: SMART Transportation Division (conductors' union)
    aliases: [SMART-TD, SMART Transportation Division, SMART, conductors' union, Jeremy Ferguson, Ferguson]
  - id: blet
    name: Brotherhood of Locomotive Engineers and Trainmen (engineers' union)
    aliases: [BLET, Brotherhood of Locomotive Engineers and Trainmen, engineers' union, Dennis Pierce, Pierce]
  - id: biden
    name: President Joe Biden and his administration
    aliases: [Joe Biden, Biden, President Biden, White House, Biden administration, Marty Walsh, Walsh, Labor Secretary, Karine Jean-Pierre, Jean-Pierre, Pete Buttigieg, Buttigieg]
  - id: congress-democrats
    name: Democratic congressional leaders (Speaker Nancy Pelosi, Senate Majority Leader Chuck Schumer)
    aliases: [Nancy Pelosi, Pelosi, House Speaker, Speaker Pelosi, Chuck Schumer, Schumer, Majority Leader, Democratic leaders]
  - id: sanders
    name: Senator Bernie Sanders
    aliases: [Bernie Sanders, Sanders, Senator Sanders]
  - id: us-chamber
    name: US Chamber of Commerce
    aliases: [US Chamber of Commerce, U.S. Chamber of Commerce, Chamber of Commerce, the Chamber, Suzanne Clark, Neil Bradley]

issues:
  - id: impose-deal-by-law
    name: Congress imposes the rail contract terms by law to avert a strike
    description: Congress passes legislation under the Railway Labor Act that binds the unions to the tentative agreement (or the emergency board's terms), in place of ratification.
    terms: [Congress, legislation, impose, intervene, Railway Labor Act, bill]
  - id: paid-sick-days
    name: Rail workers get paid sick days
    description: Freight rail workers receive paid sick leave, through the contract, a law or agreements with individual railroads.
    terms: [paid sick days, sick leave, paid leave, sick time, seven days]
  - id: ratify-deal
    name: Union members ratify the September 2022 tentative agreement
    description: The members of each rail union approve the tentative national agreement reached on Sept 15, 2022.
    terms: [ratify, ratification, tentative agreement, member vote, approve the deal]
  - id: unions-drop-strike-threat
    name: The rail unions drop their threat of a national strike
    description: The unions call off or give up a walkout over the contract and keep trains running.
    terms: [strike, walkout, walk off the job, work stoppage, shutdown, strike deadline]

# Known starting positions before the first article (consistent with the articles; none implies a shift).
baseline:
  - {actor: railroads, issue: paid-sick-days, stance: oppose}
  - {actor: smart-td, issue: paid-sick-days, stance: support}
  - {actor: blet, issue: paid-sick-days, stance: support}
  - {actor: smart-td, issue: unions-drop-strike-threat, stance: oppose}
  - {actor: blet, issue: unions-drop-strike-threat, stance: oppose}
  - {actor: railroads, issue: unions-drop-strike-threat, stance: support}
"""

BASELINE = re.findall(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", WATCHLIST)


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc), usegmt=True)


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    with open(os.path.join(HERE, 'watchlist.yaml'), 'w') as f:
        f.write(WATCHLIST)
    labels = {'claims': {}, 'shifts': [], 'no_alert_articles': []}
    by_outlet = {k: [] for k in OUTLETS}
    for i, a in enumerate(A, 1):
        aid = '%03d' % i
        y, m, d = a['published'][:4], a['published'][5:7], a['published'][8:10]
        url = 'https://example.org/%s/%s/%s/%s/%s' % (a['outlet'], y, m, d, a['slug'])
        doc = {'id': aid, 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': url,
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', aid + '.json'), 'w') as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write('\n')
        by_outlet[a['outlet']].append(doc)
        labels['claims'][aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']]
    shift_ids = set()
    for actor, issue, frm, to, n, why in SHIFTS:
        aid = '%03d' % n
        shift_ids.add(aid)
        labels['shifts'].append(dict(actor=actor, issue=issue, **{'from': frm}, to=to, article=aid, why=why))
    labels['no_alert_articles'] = [k for k in sorted(labels['claims']) if k not in shift_ids]
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write('\n')
    for key, name in OUTLETS.items():
        docs = by_outlet[key]
        items = []
        for d in docs:
            items.append(
                '    <item>\n'
                '      <title>%s</title>\n      <link>%s</link>\n'
                '      <guid isPermaLink="true">%s</guid>\n      <pubDate>%s</pubDate>\n'
                '      <description>%s</description>\n    </item>\n' % (
                    escape(d['title']), escape(d['url']), escape(d['url']), rfc822(d['published']), escape(d['text'])))
        last = rfc822(max(d['published'] for d in docs))
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n'
               '    <title>%s</title>\n    <link>https://example.org/%s/</link>\n'
               '    <description>%s: fictional outlet for the shiftwatch us-rail-labor-2022 evaluation set</description>\n'
               '    <language>en</language>\n    <lastBuildDate>%s</lastBuildDate>\n%s  </channel>\n</rss>\n') % (
                   name, key, name, last, ''.join(items))
        with open(os.path.join(HERE, 'feeds', key + '.xml'), 'w') as f:
            f.write(xml)
    return labels


def validate(labels):
    errs = []
    actors = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    aliases", WATCHLIST, re.M))
    issues = set(re.findall(r"^  - id: ([\w-]+)\n    name: .*\n    description", WATCHLIST, re.M))
    files = sorted(os.listdir(os.path.join(HERE, 'articles')))
    ids = [f[:-5] for f in files]
    if ids != sorted(labels['claims']):
        errs.append('article files and label ids differ')
    prev = ''
    for aid in ids:
        doc = json.load(open(os.path.join(HERE, 'articles', aid + '.json')))
        if doc['id'] != aid:
            errs.append('%s: id field mismatch' % aid)
        if doc['published'] < prev:
            errs.append('%s: not in publication order' % aid)
        prev = doc['published']
        words = len(doc['text'].split())
        if not 110 <= words <= 270:
            errs.append('%s: %d words' % (aid, words))
        if not re.match(r'^[A-Z][A-Z .,]+(, [A-Z][a-z]+\.?)?, [A-Z][a-z]+ \d{1,2} \(%s\) - ' % re.escape(doc['source']), doc['text']):
            errs.append('%s: dateline' % aid)
        for c in labels['claims'][aid]:
            if c['quote'] not in doc['text']:
                errs.append('%s: quote not in text: %r' % (aid, c['quote']))
            if len(c['quote'].split()) > 15:
                errs.append('%s: quote over 15 words: %r' % (aid, c['quote']))
            if c['actor'] not in actors or c['issue'] not in issues or c['stance'] not in (S, O, C):
                errs.append('%s: unknown actor/issue/stance %r' % (aid, c))
    for b in BASELINE:
        if b[0] not in actors or b[1] not in issues:
            errs.append('baseline unknown %r' % (b,))
    # Replay prevailing stances: every shift must be the first attributed change, and every attributed change a shift.
    prevailing = {(a, i): s for a, i, s in BASELINE}
    expected = []
    for aid in ids:
        for c in labels['claims'][aid]:
            k = (c['actor'], c['issue'])
            if not c['attributed']:
                continue
            if k in prevailing and prevailing[k] != c['stance']:
                t = (c['actor'], c['issue'], prevailing[k], c['stance'], aid)
                if t not in expected:
                    expected.append(t)
            prevailing[k] = c['stance']
    got = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(got) != sorted(expected):
        errs.append('shifts differ from replay:\n  labelled %s\n  replayed %s' % (sorted(set(got) - set(expected)), sorted(set(expected) - set(got))))
    for s in labels['shifts']:
        if not any(c['actor'] == s['actor'] and c['issue'] == s['issue'] and c['stance'] == s['to'] and c['attributed']
                   for c in labels['claims'][s['article']]):
            errs.append('shift without attributed claim: %r' % s)
    for key in OUTLETS:
        p = os.path.join(HERE, 'feeds', key + '.xml')
        r = subprocess.run(['xmllint', '--noout', p], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append('xmllint %s: %s' % (key, r.stderr.strip()))
    return errs


if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    n = sum(len(v) for v in labels['claims'].values())
    by = {}
    for v in labels['claims'].values():
        for c in v:
            by[c['stance']] = by.get(c['stance'], 0) + 1
    print('articles %d, claims %d %s, unattributed %d, shifts %d, empty %s' % (
        len(labels['claims']), n, by, sum(1 for v in labels['claims'].values() for c in v if not c['attributed']),
        len(labels['shifts']), [k for k, v in labels['claims'].items() if not v]))
    if errs:
        print('INVALID:\n' + '\n'.join(errs))
        sys.exit(1)
    print('valid')
