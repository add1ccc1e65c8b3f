#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set sncf-rail-reform-2018.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the whole set. Exit status 0 means every check passed.

The events are real and public (France's 2018 rail reform and the SNCF rolling
strikes); the outlets are fictional and every sentence is original paraphrase.
This set is not a source of facts.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "quayside-wire": "Quayside Wire",
    "continental-courier": "Continental Courier",
    "lantern-post": "Lantern Post",
    "ridgeway-herald": "Ridgeway Herald",
    "tidewater-report": "Tidewater Report",
}

S, O, C = "support", "oppose", "conditional"
STATUT = "statut-ends-new-hires"
ORD = "govt-drops-ordinances"
DEBT = "state-takes-debt"
COMP = "open-competition"
COMPANY = "sncf-state-company"
STRIKE = "unions-call-off-strike"

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001",
        "published": "2018-02-15T16:30:00Z",
        "outlet": "quayside-wire",
        "slug": "report-urges-end-of-rail-status-for-new-hires",
        "title": "Report urges end of rail status for new SNCF hires; unions bristle",
        "text": (
            "PARIS, Feb 15 (Quayside Wire) - A government-commissioned report on the future of France's state "
            "railway recommended on Thursday that new SNCF employees be hired without the special status that has "
            "protected railway workers for decades, setting the stage for a clash with the unions.\n\n"
            "The report, written by former Air France-KLM chief Jean-Cyril Spinetta and handed to Prime Minister "
            "Edouard Philippe, also proposes turning SNCF into a public limited company and closing some little-used "
            "regional lines.\n\n"
            "Laurent Brun, head of the CGT-Cheminots union, said his federation would fight any attempt to end the "
            "status for new recruits, calling the proposals an attack on the public railway. SUD-Rail said in a "
            "statement that it rejected the opening of passenger lines to rival operators, which it said would break "
            "up the network.\n\n"
            "Transport Minister Elisabeth Borne said passenger services would be opened to competition in any case, "
            "as European rules require, but declined to say which of the report's other recommendations the "
            "government would keep. The prime minister's office said decisions would be announced within weeks.\n\n"
            "Some analysts expect the government to move quickly, while union leaders are still divided over how "
            "hard to respond."
        ),
        "claims": [
            ("cgt", STATUT, O, "would fight any attempt to end the status for new recruits", True),
            ("sud", COMP, O, "it rejected the opening of passenger lines to rival operators", True),
            ("government", COMP, S, "passenger services would be opened to competition in any case", True),
        ],
    },
    {
        "id": "002",
        "published": "2018-02-26T11:45:00Z",
        "outlet": "continental-courier",
        "slug": "philippe-unveils-sncf-overhaul-by-ordinance",
        "title": "Philippe unveils SNCF overhaul, will legislate by ordinance",
        "text": (
            "PARIS, Feb 26 (Continental Courier) - Prime Minister Edouard Philippe said on Monday the government "
            "would end the railway workers' special status for future SNCF recruits and would seek parliament's "
            "permission to push the overhaul through by ordinance, a fast-track procedure that limits debate.\n\n"
            "Speaking at Matignon, Philippe described the state of the railway as alarming and said the French were "
            "paying more and more for a service that worked less and less well. Current employees would keep their "
            "status, he said, but new hires would be taken on under ordinary contracts.\n\n"
            "He said the government would use ordinances so that the main principles were adopted before the summer, "
            "adding that this was the only way to keep the reform from getting bogged down. SNCF would become a "
            "company with public capital, which he insisted was not a step toward privatisation.\n\n"
            "On the group's debt of nearly 47 billion euros, Philippe said the state would take its share of "
            "responsibility before the end of the presidential term, but only once the company had made efforts of "
            "its own.\n\n"
            "He dropped a proposal in the report to close thousands of kilometres of little-used lines."
        ),
        "claims": [
            ("government", STATUT, S, "new hires would be taken on under ordinary contracts", True),
            ("government", ORD, O, "the government would use ordinances so that the main principles were adopted", True),
            ("government", COMPANY, S, "SNCF would become a company with public capital", True),
            ("government", DEBT, C, "but only once the company had made efforts of its own", True),
        ],
    },
    {
        "id": "003",
        "published": "2018-02-27T18:20:00Z",
        "outlet": "lantern-post",
        "slug": "rail-unions-close-ranks-against-ordinances",
        "title": "Rail unions close ranks against ordinances, threaten long strike",
        "text": (
            "PARIS, Feb 27 (Lantern Post) - France's four main rail unions met on Tuesday to plan their response to "
            "the government's SNCF reform, raising the prospect of a long strike from the spring.\n\n"
            "Laurent Brun of the CGT-Cheminots said the government must abandon the ordinance route and open genuine "
            "negotiations. He warned that railway workers were ready for a month of stoppages and said the end of "
            "the status for new hires would never be accepted by his members.\n\n"
            "UNSA-Ferroviaire, the second-largest union at the company, said it rejected the closing of the status "
            "to recruits, which it called a provocation. The CFDT-Cheminots, usually seen as more moderate, also "
            "called on the government to withdraw its plan to legislate by ordinance and to let parliament debate "
            "the reform in full.\n\n"
            "The unions did not set a date for any stoppage. They said they would meet again in mid-March, after "
            "the first round of talks with the transport ministry.\n\n"
            "A day of protest by public sector unions, in which rail workers will take part, is already planned for "
            "March 22."
        ),
        "claims": [
            ("cgt", ORD, S, "the government must abandon the ordinance route", True),
            ("cgt", STATUT, O, "the end of the status for new hires would never be accepted", True),
            ("unsa", STATUT, O, "it rejected the closing of the status to recruits", True),
            ("cfdt", ORD, S, "called on the government to withdraw its plan to legislate by ordinance", True),
        ],
    },
    {
        "id": "004",
        "published": "2018-03-05T14:00:00Z",
        "outlet": "ridgeway-herald",
        "slug": "pepy-backs-reform-says-debt-must-go",
        "title": "SNCF chief Pepy backs reform, says debt must come off the books",
        "text": (
            "PARIS, March 5 (Ridgeway Herald) - SNCF chairman Guillaume Pepy told a parliamentary hearing on Monday "
            "that the railway group supported the government's plan to recruit future staff without the railway "
            "status, saying the company needed more flexibility to face rival operators.\n\n"
            "Pepy, appearing before a committee of the National Assembly, said no rail company could compete on an "
            "equal footing while carrying debts of that size, and that the state would have to lift them. His "
            "comments echoed a long-held complaint of SNCF management, which says it is paying interest on lines "
            "that successive governments decided to build.\n\n"
            "He did not comment on the planned change to the company's legal form.\n\n"
            "Lawmakers from the left accused him of doing the government's bidding. Pepy did not answer directly, "
            "saying only that the group would apply whatever parliament decided.\n\n"
            "An SNCF spokesman declined to say how many employees would be hired each year under the new rules."
        ),
        "claims": [
            ("sncf", STATUT, S, "supported the government's plan to recruit future staff without the railway status", True),
            ("sncf", DEBT, S, "the state would have to lift them", True),
        ],
    },
    {
        "id": "005",
        "published": "2018-03-08T17:10:00Z",
        "outlet": "tidewater-report",
        "slug": "matignon-denies-retreat-on-ordinances",
        "title": "Matignon denies retreat on ordinances as unions step up pressure",
        "text": (
            "PARIS, March 8 (Tidewater Report) - The prime minister's office denied on Thursday that the government "
            "had given up on using ordinances for its rail reform, after a newspaper reported that ministers were "
            "weighing a climbdown to calm the unions.\n\n"
            "An adviser at Matignon said the method announced on Feb. 26 was unchanged and that the enabling bill "
            "would be presented to cabinet next week as planned. The adviser said the government still needed "
            "ordinances to meet its timetable.\n\n"
            "Political analysts said the government could yet trade some ordinances for amendments if talks with "
            "unions went well, but no minister has said so publicly.\n\n"
            "Roger Dillenseger, general secretary of UNSA-Ferroviaire, said the ordinances amounted to a declaration "
            "of war on railway workers and should be scrapped. His union would decide on strike action with the "
            "others next week, he said.\n\n"
            "Talks between union delegations and officials continued on Thursday at the transport ministry, where "
            "the opening of regional lines to competition was on the agenda."
        ),
        "claims": [
            ("government", ORD, O, "denied on Thursday that the government had given up on using ordinances", True),
            ("unsa", ORD, S, "amounted to a declaration of war on railway workers and should be scrapped", True),
        ],
    },
    {
        "id": "006",
        "published": "2018-03-14T15:30:00Z",
        "outlet": "quayside-wire",
        "slug": "cabinet-approves-rail-bill-borne-open-to-amendments",
        "title": "Cabinet approves rail bill; Borne open to swapping ordinances for amendments",
        "text": (
            "PARIS, March 14 (Quayside Wire) - The French cabinet on Wednesday approved the bill that would allow "
            "the government to reform SNCF by ordinance, but Transport Minister Elisabeth Borne said ministers were "
            "prepared to write parts of the reform directly into the law if talks with unions and lawmakers "
            "produced agreement.\n\n"
            "Borne told reporters after the cabinet meeting at the Elysee that ordinances were a tool, not an end "
            "in themselves. Where consultation led to a shared text, she said, the government would replace the "
            "corresponding ordinance with an amendment debated by parliament.\n\n"
            "She did not say which ordinances might be replaced first.\n\n"
            "Laurent Brun of the CGT-Cheminots dismissed the offer as a smokescreen. He said the government should "
            "withdraw the ordinances outright rather than bargain over them piece by piece.\n\n"
            "The bill is due to reach the National Assembly in early April."
        ),
        "claims": [
            ("government", ORD, C, "prepared to write parts of the reform directly into the law if talks", True),
            ("cgt", ORD, S, "the government should withdraw the ordinances outright", True),
        ],
    },
    {
        "id": "007",
        "published": "2018-03-15T19:00:00Z",
        "outlet": "continental-courier",
        "slug": "rail-unions-set-rolling-strike-from-april-3",
        "title": "Rail unions set three-month rolling strike from April 3",
        "text": (
            "PARIS, March 15 (Continental Courier) - Unions at French state railway SNCF announced on Thursday a "
            "rolling strike of two days in every five, starting on April 3 and running until June 28, in protest at "
            "the government's reform of the rail system.\n\n"
            "The CGT-Cheminots, UNSA-Ferroviaire and CFDT-Cheminots said in a joint statement that they would stage "
            "36 days of stoppages over three months, a format designed to maximise disruption while limiting lost "
            "pay for strikers.\n\n"
            "SUD-Rail backed the April 3 start but said it would file an open-ended strike notice of its own, "
            "arguing that an unlimited walkout would put more pressure on the government.\n\n"
            "CGT-Cheminots leader Laurent Brun said the calendar could be extended if the government did not move.\n\n"
            "Transport Minister Elisabeth Borne said she regretted the announcement and urged the unions to drop the "
            "strike and keep talking, noting that consultations were only half way through.\n\n"
            "The strike would be the longest at SNCF in decades if it runs its full course."
        ),
        "claims": [
            ("cgt", STRIKE, O, "the calendar could be extended if the government did not move", True),
            ("unsa", STRIKE, O, "they would stage 36 days of stoppages over three months", True),
            ("cfdt", STRIKE, O, "they would stage 36 days of stoppages over three months", True),
            ("sud", STRIKE, O, "it would file an open-ended strike notice of its own", True),
            ("government", STRIKE, S, "urged the unions to drop the strike and keep talking", True),
        ],
    },
    {
        "id": "008",
        "published": "2018-03-15T21:10:00Z",
        "outlet": "lantern-post",
        "slug": "sncf-unions-announce-36-days-of-strikes",
        "title": "SNCF unions announce 36 days of rolling strikes from April",
        "text": (
            "PARIS, March 15 (Lantern Post) - Unions at France's state railway SNCF on Thursday announced a rolling "
            "strike of two days out of every five, beginning on April 3 and lasting until June 28, to protest "
            "against the government's rail reform.\n\n"
            "In a joint statement, the CGT-Cheminots, UNSA-Ferroviaire and CFDT-Cheminots said they would stage 36 "
            "days of stoppages over three months, a pattern meant to cause maximum disruption while limiting "
            "strikers' lost wages.\n\n"
            "SUD-Rail supported the April 3 start but said it would file an open-ended strike notice of its own, "
            "arguing that an unlimited stoppage would put the government under more pressure.\n\n"
            "Laurent Brun, who leads the CGT-Cheminots, said the calendar could be extended if the government did "
            "not move.\n\n"
            "Transport Minister Elisabeth Borne said she regretted the decision and urged the unions to drop the "
            "strike and keep talking, pointing out that consultations were only half way through.\n\n"
            "If it runs its full course, the strike would be the longest at SNCF in decades."
        ),
        "claims": [
            ("cgt", STRIKE, O, "the calendar could be extended if the government did not move", True),
            ("unsa", STRIKE, O, "they would stage 36 days of stoppages over three months", True),
            ("cfdt", STRIKE, O, "they would stage 36 days of stoppages over three months", True),
            ("sud", STRIKE, O, "it would file an open-ended strike notice of its own", True),
            ("government", STRIKE, S, "urged the unions to drop the strike and keep talking", True),
        ],
    },
    {
        "id": "009",
        "published": "2018-03-22T18:40:00Z",
        "outlet": "ridgeway-herald",
        "slug": "rail-workers-and-civil-servants-march-in-paris",
        "title": "Rail workers and civil servants march in Paris as trains disrupted",
        "text": (
            "PARIS, March 22 (Ridgeway Herald) - Tens of thousands of railway workers and public sector employees "
            "marched through Paris on Thursday, from the Gare de l'Est towards the Place de la Bastille, in the "
            "first big street protest since the government unveiled its SNCF reform.\n\n"
            "Police and organisers gave widely different turnout figures. Marches also took place in Marseille, "
            "Lyon, Bordeaux and dozens of other cities.\n\n"
            "SNCF said traffic was heavily disrupted on high-speed and regional lines and advised passengers to "
            "postpone journeys where they could.\n\n"
            "CGT leader Philippe Martinez marched near the front of the Paris procession alongside the heads of "
            "other union confederations. Organisers had planned speeches at the Bastille, but rain and scuffles on "
            "the edge of the march cut the rally short.\n\n"
            "The day of protest had been called weeks before the rail unions set their strike calendar, and it "
            "also drew teachers, hospital staff and other public employees angry about pay and job cuts. The first "
            "strike day at SNCF is due on April 3."
        ),
        "claims": [],
    },
    {
        "id": "010",
        "published": "2018-03-29T20:15:00Z",
        "outlet": "tidewater-report",
        "slug": "senate-passes-own-rail-competition-bill",
        "title": "Senate passes own rail competition bill to show ordinances are not needed",
        "text": (
            "PARIS, March 29 (Tidewater Report) - The French Senate on Thursday approved a bill setting out how "
            "regional and high-speed passenger services should be opened to rival operators, a move senators said "
            "proved the reform could be written into law without ordinances.\n\n"
            "The bill, drafted last year by senators Herve Maurey and Louis Negre, organises the tendering of "
            "regional lines and the transfer of staff to new operators. Senate President Gerard Larcher put it on "
            "the agenda after the government announced it would legislate by ordinance.\n\n"
            "Maurey said the vote showed that parliament could move as fast as the government wanted while still "
            "holding a proper debate, and urged ministers to abandon the ordinances. He said the upper house had "
            "long backed opening the network to rival operators.\n\n"
            "Transport Minister Elisabeth Borne, who attended part of the debate at the Luxembourg Palace, declined "
            "to say whether the government would use the Senate text.\n\n"
            "The bill now goes to the National Assembly, where the government's own reform is due to be debated "
            "next month."
        ),
        "claims": [
            ("senate", ORD, S, "urged ministers to abandon the ordinances", True),
            ("senate", COMP, S, "the upper house had long backed opening the network to rival operators", True),
        ],
    },
    {
        "id": "011",
        "published": "2018-03-30T16:20:00Z",
        "outlet": "quayside-wire",
        "slug": "france-drops-ordinances-for-rail-competition",
        "title": "France drops ordinances for rail competition, will write rules into law",
        "text": (
            "PARIS, March 30 (Quayside Wire) - The French government will no longer use ordinances to open "
            "passenger rail to competition and will instead write the rules directly into its reform bill, "
            "Transport Minister Elisabeth Borne said on Friday, four days before the start of a rolling strike.\n\n"
            "Borne said after a round-table with unions that the ordinances on competition were being replaced by "
            "articles that lawmakers would be able to debate from next week. The government had been criticised for "
            "its method, she said, and had listened.\n\n"
            "She confirmed that regions would be able to put regional lines out to tender from December 2019 while "
            "keeping the option of awarding contracts directly to SNCF until the end of 2023.\n\n"
            "Laurent Brun of the CGT-Cheminots said the change was cosmetic. He said his union's objection was to "
            "the opening to competition itself, whatever the legal vehicle.\n\n"
            "Borne is due to meet union leaders again next week."
        ),
        "claims": [
            ("government", ORD, S, "the ordinances on competition were being replaced by articles", True),
            ("government", COMP, S, "regions would be able to put regional lines out to tender from December 2019", True),
            ("cgt", COMP, O, "his union's objection was to the opening to competition itself", True),
        ],
    },
    {
        "id": "012",
        "published": "2018-04-03T09:30:00Z",
        "outlet": "continental-courier",
        "slug": "sncf-strike-begins-pepy-urges-talks",
        "title": "SNCF strike begins; Pepy urges unions back to the table",
        "text": (
            "PARIS, April 3 (Continental Courier) - Railway workers began the first of 36 planned strike days on "
            "Tuesday, leaving commuters stranded at stations across France and forcing SNCF to cancel most "
            "high-speed and regional trains.\n\n"
            "Only one in eight TGV high-speed trains and one in five regional trains were running, according to the "
            "company. Crowds built up on platforms at the Gare Saint-Lazare and the Gare de Lyon in Paris during the "
            "morning rush hour.\n\n"
            "SNCF chairman Guillaume Pepy urged the unions to suspend their movement and return to the negotiating "
            "table, saying the strike was penalising millions of passengers without changing the terms of the "
            "debate.\n\n"
            "At a rally outside the Gare du Nord, CGT-Cheminots leader Laurent Brun said strikers were determined to "
            "hold out for the whole calendar and beyond if necessary. He said the government had chosen "
            "confrontation and would have to bear the consequences.\n\n"
            "Borne was due to chair a fresh round of talks with unions on Thursday."
        ),
        "claims": [
            ("sncf", STRIKE, S, "urged the unions to suspend their movement and return to the negotiating table", True),
            ("cgt", STRIKE, O, "strikers were determined to hold out for the whole calendar", True),
        ],
    },
    {
        "id": "013",
        "published": "2018-04-10T17:45:00Z",
        "outlet": "lantern-post",
        "slug": "rail-bill-amended-to-keep-capital-in-state-hands",
        "title": "Rail bill amended to keep SNCF capital wholly in state hands",
        "text": (
            "PARIS, April 10 (Lantern Post) - The government amended its rail reform bill on Tuesday to state that "
            "the new SNCF company's capital would be held entirely by the state, as lawmakers in the National "
            "Assembly began debating the text.\n\n"
            "Transport Minister Elisabeth Borne told deputies the change was meant to end any suspicion that the "
            "government was preparing a privatisation. SNCF would become a public limited company whose shares "
            "belonged wholly to the state, she said.\n\n"
            "Didier Aubert, general secretary of the CFDT-Cheminots, said his union would not oppose the change of "
            "legal form as long as every employee kept the social guarantees of a single group. UNSA-Ferroviaire "
            "said it remained against turning the railway into a company, arguing that a future government could "
            "always change the law.\n\n"
            "The CGT-Cheminots said the government still intended to settle the transfer of staff to rival "
            "operators by ordinance, despite its announcement last month.\n\n"
            "The Assembly is expected to vote on the bill next week."
        ),
        "claims": [
            ("government", COMPANY, S, "SNCF would become a public limited company whose shares belonged wholly to the state", True),
            ("cfdt", COMPANY, C, "would not oppose the change of legal form as long as every employee kept", True),
            ("unsa", COMPANY, O, "it remained against turning the railway into a company", True),
            ("government", ORD, O, "still intended to settle the transfer of staff to rival operators by ordinance", False),
        ],
    },
    {
        "id": "014",
        "published": "2018-04-12T20:30:00Z",
        "outlet": "ridgeway-herald",
        "slug": "macron-pledges-state-will-shoulder-sncf-debt",
        "title": "Macron pledges state will shoulder SNCF debt",
        "text": (
            "PARIS, April 12 (Ridgeway Herald) - President Emmanuel Macron said on Thursday the state would begin "
            "taking over part of SNCF's debt from 2020, but made clear that the relief would come only in exchange "
            "for the reform being carried through.\n\n"
            "Interviewed on television from a primary school in Normandy, Macron said the debt would be taken on "
            "progressively and that the amount would be set after talks with the company. He said the state could "
            "not simply write a cheque while the railway kept working the same way.\n\n"
            "The president said he respected the strikers but would not give way on the main points of the reform. "
            "He said the end of recruitment under the railway status was fair because the status no longer matched "
            "the way people worked today.\n\n"
            "Rail unions did not react immediately to the interview.\n\n"
            "The interview came a day before the third two-day strike episode."
        ),
        "claims": [
            ("government", DEBT, C, "only in exchange for the reform being carried through", True),
            ("government", STATUT, S, "the end of recruitment under the railway status was fair", True),
        ],
    },
    {
        "id": "015",
        "published": "2018-04-17T19:50:00Z",
        "outlet": "tidewater-report",
        "slug": "lower-house-approves-rail-reform",
        "title": "French lower house approves rail reform at first reading",
        "text": (
            "PARIS, April 17 (Tidewater Report) - The National Assembly approved the government's rail reform on "
            "Tuesday by 454 votes to 80, sending the bill to the Senate as strikes at SNCF entered their third "
            "week.\n\n"
            "Transport Minister Elisabeth Borne welcomed the result and said the closing of the railway status to "
            "new recruits would apply from January 2020. Deputies from President Macron's party and much of the "
            "centre-right voted in favour, while the left voted against.\n\n"
            "Unions were unmoved. SUD-Rail said in a statement that the vote changed nothing and that its "
            "open-ended strike would continue. The next strike episode falls on Wednesday and Thursday.\n\n"
            "Analysts said the Senate, where the centre-right holds a majority, was likely to back the main lines "
            "of the reform but could add social guarantees for staff. Debate in the upper house is expected to "
            "begin in late May."
        ),
        "claims": [
            ("government", STATUT, S, "the closing of the railway status to new recruits would apply from January 2020", True),
            ("sud", STRIKE, O, "its open-ended strike would continue", True),
        ],
    },
    {
        "id": "016",
        "published": "2018-04-24T15:00:00Z",
        "outlet": "quayside-wire",
        "slug": "sncf-strike-traffic-improves-as-turnout-dips",
        "title": "SNCF strike traffic improves slightly as turnout dips",
        "text": (
            "PARIS, April 24 (Quayside Wire) - Traffic on France's railways improved slightly on Tuesday, the "
            "second day of the fifth strike episode, as the share of workers walking out continued to edge down, "
            "according to figures published by SNCF.\n\n"
            "The company said about one high-speed train in three and two regional trains in five were running, "
            "compared with one TGV in eight on the first day of the movement on April 3. Participation among train "
            "drivers, however, remained above half.\n\n"
            "SNCF declined to say how much the strike had cost so far, saying only that an estimate would be given "
            "later. Freight customers have begun shifting some loads to road hauliers, according to an industry "
            "federation.\n\n"
            "Some economists said the dwindling overall turnout could encourage the government to wait for the "
            "movement to run out of steam, though others said high participation among drivers was enough to keep "
            "trains off the tracks.\n\n"
            "Borne travelled to Brussels on Tuesday for talks with European officials on an unrelated road "
            "transport file. The next strike days are scheduled for April 28 and 29."
        ),
        "claims": [],
    },
    {
        "id": "017",
        "published": "2018-05-07T18:00:00Z",
        "outlet": "continental-courier",
        "slug": "philippe-holds-firm-in-matignon-talks",
        "title": "Philippe holds firm on rail reform in Matignon talks with unions",
        "text": (
            "PARIS, May 7 (Continental Courier) - Prime Minister Edouard Philippe received rail union leaders one by "
            "one at Matignon on Monday, his first direct talks with them since the strike began, and told them the "
            "core of the reform would not change.\n\n"
            "Philippe said there would be no going back on the end of the railway status for new recruits. The "
            "meetings lasted about an hour each. The state was, however, "
            "ready to take over a substantial part of the debt, with figures to come by the end of the month, "
            "provided SNCF committed to improving its performance, he said.\n\n"
            "Laurent Brun of the CGT-Cheminots said after his meeting that nothing new had been offered and that "
            "the strike would carry on. He said workers had not walked out for five weeks to be handed a "
            "timetable.\n\n"
            "UNSA-Ferroviaire leader Roger Dillenseger said he wanted to see written commitments and declined to say "
            "whether his union would remain in the strike beyond May.\n\n"
            "Talks are due to resume next week at the transport ministry."
        ),
        "claims": [
            ("government", STATUT, S, "no going back on the end of the railway status for new recruits", True),
            ("government", DEBT, C, "provided SNCF committed to improving its performance", True),
            ("cgt", STRIKE, O, "the strike would carry on", True),
        ],
    },
    {
        "id": "018",
        "published": "2018-05-14T12:30:00Z",
        "outlet": "lantern-post",
        "slug": "day-without-railway-workers-staff-ballot",
        "title": "Rail unions stage 'day without railway workers', launch staff ballot",
        "text": (
            "PARIS, May 14 (Lantern Post) - Rail unions staged what they called a day without railway workers on "
            "Monday, the best-supported strike day since early April, and opened a week-long ballot asking SNCF "
            "staff whether they backed the government's reform.\n\n"
            "SNCF said about one high-speed train in three was running. Participation among train drivers was far "
            "higher than on recent strike days, according to the company.\n\n"
            "Erik Meyer, a spokesman for SUD-Rail, said the ballot would show that railway workers refused to be "
            "the last generation hired under the status. SUD-Rail, which has pushed from the start for an "
            "open-ended strike rather than the two-in-five calendar, is taking part in the ballot alongside the "
            "other unions.\n\n"
            "The CGT-Cheminots said the ballot's results would be handed to the prime minister and that the strike "
            "would go on whatever the outcome of the Senate debate.\n\n"
            "Results of the consultation are expected on May 23."
        ),
        "claims": [
            ("sud", STATUT, O, "railway workers refused to be the last generation hired under the status", True),
            ("sud", STRIKE, O, "which has pushed from the start for an open-ended strike", False),
            ("cgt", STRIKE, O, "the strike would go on whatever the outcome of the Senate debate", True),
        ],
    },
    {
        "id": "019",
        "published": "2018-05-23T17:30:00Z",
        "outlet": "ridgeway-herald",
        "slug": "sncf-staff-reject-reform-in-union-ballot",
        "title": "SNCF staff reject rail reform in union-run ballot",
        "text": (
            "PARIS, May 23 (Ridgeway Herald) - Nearly 95 percent of SNCF employees who took part in a "
            "union-organised ballot rejected the government's rail reform, the unions said on Wednesday, with "
            "turnout above 60 percent.\n\n"
            "In a joint statement the unions demanded that Prime Minister Edouard Philippe reopen negotiations, "
            "saying the result showed the depth of anger among staff. Laurent Brun of the CGT-Cheminots said it "
            "proved that workers would not accept being the last to be hired under the railway status.\n\n"
            "Transport Minister Elisabeth Borne said the ballot had no legal standing and that the closing of the "
            "status to future recruits would not be reopened. She said talks on a new collective agreement for the "
            "rail sector would give staff other protections.\n\n"
            "SNCF management, which did not recognise the vote, said it had no comment on the figures.\n\n"
            "Philippe is due to meet union leaders again on Friday, when the government is expected to set out "
            "its plans for the railway's debt."
        ),
        "claims": [
            ("cgt", STATUT, O, "workers would not accept being the last to be hired under the railway status", True),
            ("government", STATUT, S, "the closing of the status to future recruits would not be reopened", True),
        ],
    },
    {
        "id": "020",
        "published": "2018-05-25T13:40:00Z",
        "outlet": "tidewater-report",
        "slug": "france-to-take-on-35-billion-of-sncf-debt",
        "title": "France to take on 35 billion euros of SNCF debt",
        "text": (
            "PARIS, May 25 (Tidewater Report) - The French state will take over 35 billion euros of SNCF's debt, "
            "Prime Minister Edouard Philippe told rail unions on Friday, in the government's biggest gesture since "
            "the strike began.\n\n"
            "Philippe said the state would absorb 25 billion euros of the debt of the network operator, SNCF "
            "Reseau, in 2020 and a further 10 billion in 2022. He said the decision would give the railway a fresh "
            "start and that the state was assuming its responsibilities.\n\n"
            "In return, he said, the group must return to financial balance and hold down its costs.\n\n"
            "CGT-Cheminots leader Laurent Brun said the debt relief was overdue and welcome but insufficient, since "
            "the network would still carry around 12 billion euros. He said the strike would continue because the "
            "core of the reform was unchanged.\n\n"
            "UNSA-Ferroviaire declined to say whether it would stay in the movement, saying it would study the "
            "proposals with its members first.\n\n"
            "The rail debt stood at about 47 billion euros at the end of 2017."
        ),
        "claims": [
            ("government", DEBT, S, "The French state will take over 35 billion euros of SNCF's debt", True),
            ("cgt", DEBT, S, "the debt relief was overdue and welcome but insufficient", True),
            ("cgt", STRIKE, O, "the strike would continue", True),
        ],
    },
    {
        "id": "021",
        "published": "2018-05-25T15:05:00Z",
        "outlet": "quayside-wire",
        "slug": "state-to-absorb-35-billion-of-sncf-debt",
        "title": "State to absorb 35 billion euros of SNCF debt, Philippe tells unions",
        "text": (
            "PARIS, May 25 (Quayside Wire) - The French state will take over 35 billion euros of SNCF's debt, Prime "
            "Minister Edouard Philippe told rail unions on Friday, the government's largest concession since the "
            "strike started.\n\n"
            "The state will absorb 25 billion euros owed by network operator SNCF Reseau in 2020 and another 10 "
            "billion in 2022, Philippe said, adding that the move would give the railway a fresh start and that the "
            "state was shouldering its responsibilities.\n\n"
            "In return, he said, the group must get back to financial balance and keep its costs down.\n\n"
            "Laurent Brun, leader of the CGT-Cheminots, said the debt relief was overdue and welcome but "
            "insufficient, since the network would still owe around 12 billion euros. He said the strike would "
            "continue because the core of the reform was unchanged.\n\n"
            "UNSA-Ferroviaire declined to say whether it would remain in the movement, saying it would first study "
            "the proposals with its members.\n\n"
            "At the end of 2017, the rail debt stood at about 47 billion euros."
        ),
        "claims": [
            ("government", DEBT, S, "The French state will take over 35 billion euros of SNCF's debt", True),
            ("cgt", DEBT, S, "the debt relief was overdue and welcome but insufficient", True),
            ("cgt", STRIKE, O, "the strike would continue", True),
        ],
    },
    {
        "id": "022",
        "published": "2018-05-29T18:30:00Z",
        "outlet": "continental-courier",
        "slug": "reformist-unions-edge-toward-ending-strike",
        "title": "Reformist unions edge toward ending rail strike as Senate debate opens",
        "text": (
            "PARIS, May 29 (Continental Courier) - The Senate began debating the rail reform on Tuesday with a "
            "committee text that bars the sale of shares in the future SNCF company, a change the upper house's "
            "rapporteur said was meant to rule out privatisation for good.\n\n"
            "Gerard Cornu, who steered the bill through committee, said senators would not let the bill through "
            "without a ban on selling the company's shares, which must remain wholly in state hands.\n\n"
            "Roger Dillenseger, head of UNSA-Ferroviaire, said in an interview that his union could suspend its "
            "strike if senators wrote the social guarantees it was seeking into the bill, including the right of "
            "transferred staff to return to SNCF. He said UNSA would judge the text line by line.\n\n"
            "The CFDT-Cheminots has also put amendments to senators. It has not said what it will do if they are "
            "adopted.\n\n"
            "Debate at the Luxembourg Palace is expected to last a week, with a formal vote scheduled for June 5."
        ),
        "claims": [
            ("senate", COMPANY, S, "would not let the bill through without a ban on selling the company's shares", True),
            ("unsa", STRIKE, C, "his union could suspend its strike if senators wrote the social guarantees", True),
        ],
    },
    {
        "id": "023",
        "published": "2018-05-30T11:15:00Z",
        "outlet": "lantern-post",
        "slug": "commission-backs-french-rail-opening-will-vet-debt-relief",
        "title": "EU Commission says French rail opening in line with EU law, will vet debt relief",
        "text": (
            "BRUSSELS, May 30 (Lantern Post) - The European Commission on Wednesday welcomed France's plans to open "
            "domestic passenger rail to competition, saying they were in line with the rail package adopted by EU "
            "governments and lawmakers in 2016.\n\n"
            "A Commission spokeswoman told a regular briefing that Brussels had no objection in principle to the "
            "French state taking over part of SNCF's debt, as long as the operation respected EU rules on state "
            "aid. The Commission would examine the details once Paris formally notified them, she said.\n\n"
            "She added that turning SNCF's public bodies into state-owned companies went in the right direction, "
            "because the current structure gave the group an unlimited implicit state guarantee that Brussels had "
            "long questioned.\n\n"
            "The spokeswoman declined to comment on the strike, saying it was a matter for France.\n\n"
            "EU transport ministers meet in Luxembourg next week to discuss road haulage rules."
        ),
        "claims": [
            ("eu-commission", COMP, S, "welcomed France's plans to open domestic passenger rail to competition", True),
            ("eu-commission", DEBT, C, "as long as the operation respected EU rules on state aid", True),
            ("eu-commission", COMPANY, S, "turning SNCF's public bodies into state-owned companies went in the right direction", True),
        ],
    },
    {
        "id": "024",
        "published": "2018-06-05T17:20:00Z",
        "outlet": "ridgeway-herald",
        "slug": "french-senate-approves-rail-reform",
        "title": "French Senate approves rail reform, adds staff guarantees",
        "text": (
            "PARIS, June 5 (Ridgeway Herald) - The French Senate approved the rail reform on Tuesday by 240 votes "
            "to 85, keeping the core of the government's plan while adding guarantees for staff.\n\n"
            "The text adopted by senators confirms that future hires will no longer enter the status. It also "
            "lengthens to eight years the period during which "
            "staff transferred to a rival operator can return to SNCF under their former status.\n\n"
            "Transport Minister Elisabeth Borne asked what sense there would be in continuing the strike once the "
            "law was passed, and called on unions to end it.\n\n"
            "CFDT-Cheminots leader Didier Aubert said several of the union's amendments had been adopted, but that "
            "the CFDT would keep striking until the end of the calendar on June 28. UNSA-Ferroviaire said it would "
            "keep striking unless the guarantees survived the joint committee of both houses.\n\n"
            "A joint committee of deputies and senators will meet next week to agree a final text."
        ),
        "claims": [
            ("senate", STATUT, S, "future hires will no longer enter the status", True),
            ("government", STRIKE, S, "called on unions to end it", True),
            ("cfdt", STRIKE, O, "the CFDT would keep striking until the end of the calendar on June 28", True),
            ("unsa", STRIKE, C, "keep striking unless the guarantees survived the joint committee", True),
        ],
    },
    {
        "id": "025",
        "published": "2018-06-11T19:00:00Z",
        "outlet": "tidewater-report",
        "slug": "both-houses-agree-final-rail-text",
        "title": "Lawmakers from both houses agree final text of rail reform",
        "text": (
            "PARIS, June 11 (Tidewater Report) - A joint committee of seven deputies and seven senators reached "
            "agreement on Monday on a final version of the rail reform, clearing the way for definitive votes in "
            "both houses this week.\n\n"
            "The committee met behind closed doors at the Palais Bourbon, home of the National Assembly, for a "
            "little over two hours. Twelve of its fourteen members backed the compromise, according to a "
            "parliamentary official.\n\n"
            "The National Assembly is scheduled to vote on Wednesday and the Senate on Thursday. If both approve "
            "the text, the law could be promulgated before the end of the month.\n\n"
            "Unions have scheduled strike days for Tuesday and Wednesday, the second coinciding with the Assembly "
            "vote. SNCF said it would publish its traffic forecast on Monday evening.\n\n"
            "Commuter groups said they hoped the final votes would bring the disruption to an end, while some "
            "analysts predicted that turnout among strikers would fall sharply once the law was adopted."
        ),
        "claims": [],
    },
    {
        "id": "026",
        "published": "2018-06-12T16:10:00Z",
        "outlet": "continental-courier",
        "slug": "cfdt-spares-exam-days-insists-strike-not-suspended",
        "title": "CFDT asks rail staff to spare exam days, insists strike not suspended",
        "text": (
            "PARIS, June 12 (Continental Courier) - The CFDT-Cheminots on Tuesday asked its members who run "
            "commuter and regional trains not to strike on June 18 and June 22, two days of the national "
            "baccalaureate exams, but said this did not amount to suspending the movement.\n\n"
            "Didier Aubert, the union's general secretary, said the CFDT remained angry and mobilised and was still "
            "part of the joint union front. This is not a suspension of the strike, he told reporters, and the "
            "union would stay out on the other scheduled days.\n\n"
            "Minutes earlier, Prime Minister Edouard Philippe had warned in the National Assembly that unions "
            "calling for strikes after the law was adopted should weigh their responsibility toward students "
            "sitting the exams. He urged them to bring the stoppage to an end.\n\n"
            "The CFDT will put its proposal to the CGT-Cheminots and UNSA-Ferroviaire at a meeting on Wednesday, "
            "the day the Assembly holds its final vote on the reform."
        ),
        "claims": [
            ("cfdt", STRIKE, O, "the union would stay out on the other scheduled days", True),
            ("government", STRIKE, S, "He urged them to bring the stoppage to an end", True),
        ],
    },
    {
        "id": "027",
        "published": "2018-06-14T16:30:00Z",
        "outlet": "quayside-wire",
        "slug": "parliament-gives-final-approval-to-sncf-reform",
        "title": "French parliament gives final approval to SNCF reform",
        "text": (
            "PARIS, June 14 (Quayside Wire) - The French Senate on Thursday gave final approval, by 245 votes to 83, "
            "to a rail reform that ends recruitment under the railway status from January 2020, a day after the "
            "National Assembly did the same, completing the bill's passage through parliament after nearly four "
            "months of strikes and debate.\n\n"
            "The government, which gave up most of the ordinances it had "
            "planned in the spring, ended up with a bill of several dozen articles instead of a handful.\n\n"
            "Transport Minister Elisabeth Borne said the takeover of 35 billion euros of debt would be written into "
            "the budget for 2020, as promised. She called the vote a historic step for the railway.\n\n"
            "SUD-Rail said the adoption of the law did not end the fight and that its members would keep striking. "
            "The CGT-Cheminots said it would decide on its next steps with the other unions next week."
        ),
        "claims": [
            ("senate", STATUT, S, "to a rail reform that ends recruitment under the railway status", True),
            ("government", ORD, S, "which gave up most of the ordinances it had planned in the spring", False),
            ("government", DEBT, S, "the takeover of 35 billion euros of debt would be written into the budget", True),
            ("sud", STRIKE, O, "its members would keep striking", True),
        ],
    },
    {
        "id": "028",
        "published": "2018-06-19T12:20:00Z",
        "outlet": "lantern-post",
        "slug": "unsa-to-quit-rail-strike-after-june-28",
        "title": "UNSA to quit rail strike after June 28, splitting union front",
        "text": (
            "PARIS, June 19 (Lantern Post) - UNSA-Ferroviaire, the second-largest union at SNCF, said on Tuesday it "
            "would not strike in July, ending its part in the protest against the rail reform once the current "
            "calendar runs out on June 28.\n\n"
            "General secretary Roger Dillenseger said the union had won guarantees for staff during the "
            "parliamentary debate and would now fight its battles in the negotiations on a collective agreement for "
            "the sector. UNSA would honour its commitment to the joint calendar until the last scheduled day, he "
            "said.\n\n"
            "The CGT-Cheminots proposed new stoppages in early July, saying it wanted to keep striking into the "
            "summer. SUD-Rail said it would push for targeted strike dates to revive the movement.\n\n"
            "CGT-Cheminots leader Laurent Brun said the CFDT was also preparing to leave the movement at the end of "
            "the month. The CFDT-Cheminots said it would announce its own decision on June 26.\n\n"
            "The four unions are due to meet on Tuesday evening."
        ),
        "claims": [
            ("unsa", STRIKE, S, "ending its part in the protest against the rail reform", True),
            ("cgt", STRIKE, O, "it wanted to keep striking into the summer", True),
            ("sud", STRIKE, O, "it would push for targeted strike dates to revive the movement", True),
            ("cfdt", STRIKE, S, "the CFDT was also preparing to leave the movement", False),
        ],
    },
    {
        "id": "029",
        "published": "2018-06-21T10:00:00Z",
        "outlet": "ridgeway-herald",
        "slug": "analysis-what-next-for-french-rail-dispute",
        "title": "Analysis: After three months, what next for France's rail dispute?",
        "text": (
            "PARIS, June 21 (Ridgeway Herald) - With the rail reform adopted and the strike calendar due to end next "
            "week, attention is shifting to the talks that will decide what the new rules mean for railway workers "
            "in practice.\n\n"
            "Negotiations on a collective agreement for the whole rail sector are being led by the employers' "
            "federation UTP, which represents SNCF and its future competitors. Those talks will set pay scales, "
            "working time and career rules for staff hired outside the status from 2020.\n\n"
            "Labour relations specialists said the unions' joint front looked unlikely to survive the summer, and "
            "some predicted that the more militant unions would try to target holiday departures. Others doubted "
            "that strikers who had lost weeks of pay would follow.\n\n"
            "Opinion polls suggest that public support for the strike, which was close to half of respondents in "
            "April, has fallen.\n\n"
            "The cost of the stoppages to the company has yet to be published. Its management has said only that "
            "it will give a figure once the movement is over."
        ),
        "claims": [],
    },
    {
        "id": "030",
        "published": "2018-06-26T17:00:00Z",
        "outlet": "tidewater-report",
        "slug": "cfdt-ends-rail-strike-participation",
        "title": "CFDT ends rail strike participation, leaving CGT and SUD alone",
        "text": (
            "PARIS, June 26 (Tidewater Report) - The CFDT-Cheminots said on Tuesday it would stop striking after "
            "June 28, the last day of the unions' calendar, becoming the second union to pull out of the movement "
            "against the rail reform after UNSA-Ferroviaire.\n\n"
            "Didier Aubert, the union's general secretary, said the strike had secured real improvements to the law "
            "and that continuing into the summer would hurt railway workers more than the government. The CFDT "
            "would now concentrate on the sector-wide negotiations, he said.\n\n"
            "His decision leaves only the CGT-Cheminots and SUD-Rail calling for further action. Laurent Brun of "
            "the CGT said his union would call strikes regularly in July and August, on dates linked to company "
            "negotiating sessions rather than holiday departures.\n\n"
            "SNCF said traffic would be close to normal on Friday."
        ),
        "claims": [
            ("cfdt", STRIKE, S, "it would stop striking after June 28", True),
            ("cgt", STRIKE, O, "his union would call strikes regularly in July and August", True),
        ],
    },
    {
        "id": "031",
        "published": "2018-06-28T18:45:00Z",
        "outlet": "continental-courier",
        "slug": "rail-strike-calendar-ends-cgt-sud-fight-on",
        "title": "Rail strike calendar ends with thin turnout as CGT and SUD fight on",
        "text": (
            "PARIS, June 28 (Continental Courier) - The last scheduled day of the rolling strike at SNCF ended on "
            "Thursday with thin participation, two weeks after parliament gave its final approval to the rail "
            "reform.\n\n"
            "UNSA-Ferroviaire and the CFDT-Cheminots withdrew from the movement as they had announced, leaving the "
            "CGT-Cheminots and SUD-Rail as the only unions with strike notices for July.\n\n"
            "SNCF chairman Guillaume Pepy called on the two remaining unions to end their action, saying passengers "
            "and staff needed the summer to run normally. He said the company would publish the cost of the strike "
            "in July.\n\n"
            "The CGT, which has opposed the end of the railway status since February, said it would keep up its "
            "strikes in July and carry on the fight in the negotiations over the sector's collective agreement.\n\n"
            "Under the new law, recruitment under the status closes on January 1, 2020."
        ),
        "claims": [
            ("unsa", STRIKE, S, "withdrew from the movement as they had announced", True),
            ("cfdt", STRIKE, S, "withdrew from the movement as they had announced", True),
            ("sncf", STRIKE, S, "called on the two remaining unions to end their action", True),
            ("cgt", STATUT, O, "which has opposed the end of the railway status since February", False),
            ("cgt", STRIKE, O, "it would keep up its strikes in July", True),
        ],
    },
    {
        "id": "032",
        "published": "2018-07-03T14:30:00Z",
        "outlet": "lantern-post",
        "slug": "cgt-keeps-up-rail-strikes-into-july",
        "title": "CGT keeps up rail strikes into July as sector talks begin",
        "text": (
            "PARIS, July 3 (Lantern Post) - The CGT-Cheminots called fresh strike days at SNCF for July, keeping up "
            "its protest against the rail reform even as the other main unions returned to work and negotiations "
            "on a collective agreement for the sector got under way.\n\n"
            "Laurent Brun said the dates would be tied to meetings of company management so that workers' demands "
            "weighed on the talks. SUD-Rail said it would join the stoppages and still wanted the law repealed.\n\n"
            "Transport Minister Elisabeth Borne told a radio station that the closing of the status to recruits "
            "from 2020 was now law and would not be revisited.\n\n"
            "Commuters reported little disruption on Tuesday morning, with most trains running normally. SNCF has "
            "yet to say how much the three months of stoppages cost the company."
        ),
        "claims": [
            ("cgt", STRIKE, O, "called fresh strike days at SNCF for July", True),
            ("sud", STRIKE, O, "it would join the stoppages", True),
            ("government", STATUT, S, "the closing of the status to recruits from 2020 was now law", True),
        ],
    },
]

# Same-day duplicates: (original, lightly reworded copy from another outlet, published later).
DUPLICATES = [("007", "008"), ("020", "021")]

SHIFTS = [
    {
        "actor": "government", "issue": ORD, "from": O, "to": C, "article": "006",
        "why": "Borne says after cabinet that ministers will replace ordinances with amendments where talks produce "
               "agreement; on Feb 26 (002) Philippe insisted on ordinances and on March 8 (005) Matignon denied any retreat.",
    },
    {
        "actor": "government", "issue": ORD, "from": C, "to": S, "article": "011",
        "why": "Borne announces the competition ordinances are being replaced by articles of the bill; in 006 this was "
               "only offered if talks produced agreement.",
    },
    {
        "actor": "government", "issue": DEBT, "from": C, "to": S, "article": "020",
        "why": "Philippe announces the state will take over 35 billion euros of debt in 2020 and 2022; until then "
               "(002, 014, 017) relief was promised only in exchange for the reform or performance commitments.",
    },
    {
        "actor": "unsa", "issue": STRIKE, "from": O, "to": C, "article": "022",
        "why": "Dillenseger says UNSA could suspend its strike if senators write its social guarantees into the bill; "
               "UNSA had co-signed the 36-day strike calendar (007) and declined to commit on May 25 (020).",
    },
    {
        "actor": "unsa", "issue": STRIKE, "from": C, "to": S, "article": "028",
        "why": "UNSA announces it will not strike in July and ends its part in the protest after June 28; in 022 and "
               "024 it would only stop if guarantees were written in and survived the joint committee.",
    },
    {
        "actor": "cfdt", "issue": STRIKE, "from": O, "to": S, "article": "030",
        "why": "The CFDT says it will stop striking after June 28; on June 5 (024) and June 12 (026) it insisted it "
               "would keep striking. Brun's report in 028 that the CFDT was preparing to leave is attributed false "
               "and does not move its stance.",
    },
]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - "
)
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal reader for the watchlist layout used here (no yaml module in the stdlib)."""
    actors, issues, baseline = [], [], []
    section = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        if not line.startswith(" "):
            section = line.split(":")[0].strip()
            continue
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def dt_of(a):
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


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
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=dt_of, reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % xml_escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set sncf-rail-reform-2018</description>"
            % xml_escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(dt_of(items[0])),
        ]
        for a in items:
            u = url_of(a)
            out += [
                "    <item>",
                "      <title>%s</title>" % xml_escape(a["title"]),
                "      <link>%s</link>" % u,
                '      <guid isPermaLink="true">%s</guid>' % u,
                "      <pubDate>%s</pubDate>" % rfc822(dt_of(a)),
                "      <description>%s</description>" % xml_escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                for c in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def validate(labels):
    errors = []
    err = errors.append
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors, want 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues, want 5-7" % len(issues))
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in (S, O, C):
            err("baseline entry not in watchlist: %r" % b)

    # ids, order, counts
    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles, want 30-34" % len(ARTICLES))
    prev = None
    for i, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % i:
            err("%s: id out of sequence (expected %03d)" % (a["id"], i))
        if prev is not None and dt_of(a) <= dt_of(prev):
            err("%s: not after %s in publication order" % (a["id"], prev["id"]))
        prev = a
        if a["outlet"] not in OUTLETS:
            err("%s: unknown outlet %s" % (a["id"], a["outlet"]))
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            err("%s: %d words, want 120-260" % (a["id"], words))
        m = DATELINE.match(a["text"])
        if not m:
            err("%s: no dateline" % a["id"])
        else:
            if m.group(2) != OUTLETS[a["outlet"]]:
                err("%s: dateline outlet %s != %s" % (a["id"], m.group(2), OUTLETS[a["outlet"]]))
            d = dt_of(a)
            want = "%s %d" % (MONTHS[d.month], d.day)
            if (" " + want + " (") not in a["text"][: m.end()]:
                err("%s: dateline date does not match published %s" % (a["id"], a["published"]))
        seen = set()
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                err("%s: actor %s not in watchlist" % (a["id"], actor))
            if issue not in issues:
                err("%s: issue %s not in watchlist" % (a["id"], issue))
            if stance not in (S, O, C):
                err("%s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                err("%s: attributed must be bool" % a["id"])
            if quote not in a["text"]:
                err("%s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                err("%s: quote longer than 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                err("%s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))

    # duplicates
    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["published"][:10] != b["published"][:10] or dt_of(b) <= dt_of(a) or a["outlet"] == b["outlet"]:
            err("duplicate %s/%s: must be same day, later copy, different outlet" % (orig, copy))
        ta = sorted((c[0], c[1], c[2]) for c in a["claims"])
        tb = sorted((c[0], c[1], c[2]) for c in b["claims"])
        if ta != tb:
            err("duplicate %s/%s: claims differ" % (orig, copy))
    shift_articles = {s["article"] for s in SHIFTS}
    if not any(o in shift_articles for o, _ in DUPLICATES):
        err("no duplicate pair has a shift article as original")

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            old = prevailing.get(key)
            if old is not None and old != stance:
                recomputed.append({"actor": actor, "issue": issue, "from": old, "to": stance, "article": a["id"]})
            prevailing[key] = stance
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if recomputed != labelled:
        err("shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts, want 5-8" % len(SHIFTS))
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    reversals = [s for s in SHIFTS if {s["from"], s["to"]} == {S, O}]
    if len(reversals) > 2:
        err("%d straight support/oppose reversals, want at most 2" % len(reversals))

    # no_alert
    want = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != want:
        err("no_alert_articles mismatch")
    for _o, copy in DUPLICATES:
        if copy not in labels["no_alert_articles"]:
            err("duplicate copy %s missing from no_alert_articles" % copy)

    # claim totals
    claims = [c for a in ARTICLES for c in a["claims"]]
    n = len(claims)
    by_stance = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    if not 60 <= n <= 90:
        err("%d claims, want 60-90" % n)
    if by_stance[C] < 6 or by_stance[S] == 0 or by_stance[O] == 0:
        err("stance mix %r" % by_stance)
    if not any(not c[4] for c in claims):
        err("no attributed:false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d no-claim articles, want 3-4" % len(empty))

    # feeds
    if shutil.which("xmllint") is None:
        err("xmllint not found")
    else:
        for slug in OUTLETS:
            p = os.path.join(HERE, "feeds", slug + ".xml")
            r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
            if r.returncode != 0:
                err("xmllint %s: %s" % (slug, r.stderr.strip()))

    stats = {
        "articles": len(ARTICLES),
        "claims": n,
        "by_stance": by_stance,
        "attributed_false": sum(1 for c in claims if not c[4]),
        "shifts": len(SHIFTS),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": empty,
        "words": {a["id"]: len(a["text"].split()) for a in ARTICLES},
    }
    return errors, stats


def main():
    labels = write_outputs()
    errors, stats = validate(labels)
    for e in errors:
        print("ERROR:", e)
    print(json.dumps({k: v for k, v in stats.items() if k != "words"}, indent=1))
    print("words min/max:", min(stats["words"].values()), max(stats["words"].values()))
    if errors:
        print("FAILED with %d error(s)" % len(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
