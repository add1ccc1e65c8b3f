#!/usr/bin/env python3
"""Build the dutch-nitrogen-2022 blind evaluation set: articles/*.json, feeds/*.xml, labels.json.

Self-contained (stdlib only). Run: python3 build.py
Validates: quotes are exact substrings (<= 15 words); ids match files; actors/issues exist in
watchlist.yaml; every shift rests on an attributed claim in its article and follows the prevailing
stance; no_alert_articles = all articles minus shift articles; JSON is valid.
"""
import json
import os
import re
import sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "polder-wire": "Polder Wire",
    "lowland-courier": "Lowland Courier",
    "north-sea-ledger": "North Sea Ledger",
    "rhine-bulletin": "Rhine Bulletin",
    "dyke-post": "Dyke Post",
}
S, O, C = "support", "oppose", "conditional"
GOV, BBB, LTO, FDF, CDA, D66, REM = "dutch-government", "bbb", "lto", "fdf", "cda", "d66", "remkes"
D30, BUY, PEAK, AGR = "drop-2030-deadline", "compulsory-buyouts", "peak-polluters-first", "agriculture-agreement"
ARTICLES = []


def art(aid, published, outlet, slug, title, text, claims):
    ARTICLES.append(dict(id=aid, published=published, outlet=outlet, slug=slug,
                         title=title, text=text.strip(), claims=claims))


# ---------------------------------------------------------------- 2022
art("001", "2022-06-10T12:00:00Z", "polder-wire", "van-der-wal-nitrogen-map-cuts-up-to-95-percent",
    "Dutch minister unveils nitrogen map with cuts of up to 95% near nature areas",
    """
THE HAGUE, June 10 (Polder Wire) - The Dutch government on Friday published a map setting out how far nitrogen emissions must fall in each area of the country, with cuts of 70 to 95 percent demanded close to the most vulnerable protected nature sites.

Nitrogen minister Christianne van der Wal told reporters the reductions had to be achieved by 2030 and that the cabinet would not wait any longer for a problem that had been building for decades. Provinces have a year to draw up plans for their areas.

Asked whether farmers could be forced to sell, Van der Wal said the government hoped to work with voluntary buyouts but could not rule out compulsory purchase as a last resort.

LTO Nederland, the largest farmers' organisation, said the map left many livestock farmers with no future. Chairman Sjaak van der Tak said the 2030 deadline was unrealistic and should be replaced by a timetable farmers could actually meet.
""",
    [(GOV, D30, O, "the reductions had to be achieved by 2030", True),
     (GOV, BUY, S, "could not rule out compulsory purchase as a last resort", True),
     (LTO, D30, S, "the 2030 deadline was unrealistic and should be replaced", True)])

art("002", "2022-06-22T16:40:00Z", "lowland-courier", "farmers-rally-stroe-tens-of-thousands",
    "Tens of thousands of farmers rally in Stroe against nitrogen plans",
    """
STROE, June 22 (Lowland Courier) - Tens of thousands of farmers drove tractors to a field in the village of Stroe on Wednesday to protest against the government's nitrogen plans, causing long traffic jams across the centre of the Netherlands.

Mark van den Oever, leader of the Farmers Defence Force, told the crowd that the plans had to go off the table in their entirety, starting with the 2030 deadline. He said no farmer should ever be forced off his land by the state.

BBB leader Caroline van der Plas, whose party has one seat in parliament, also addressed the rally. She said her party would fight any attempt to expropriate family farms.

A few farmers later tried to drive to the home of Van der Wal in the east of the country, and police stopped them. The minister was not in Stroe.
""",
    [(FDF, D30, S, "had to go off the table in their entirety, starting with the 2030 deadline", True),
     (FDF, BUY, O, "no farmer should ever be forced off his land by the state", True),
     (BBB, BUY, O, "her party would fight any attempt to expropriate family farms", True)])

art("003", "2022-06-30T11:20:00Z", "north-sea-ledger", "d66-says-2030-bare-minimum-cda-silent",
    "D66 calls 2030 the bare minimum as parliament debates nitrogen",
    """
THE HAGUE, June 30 (North Sea Ledger) - Coalition party D66 told parliament on Thursday that the 2030 date for halving nitrogen emissions was already a compromise and could not slip any further.

"Nature has waited long enough," D66 agriculture spokesman Tjeerd de Groot said during the debate. He said moving the date would only mean more court rulings halting house building and road projects.

The Christian Democrats, another coalition partner with deep roots in the countryside, kept a low profile. A CDA spokesman declined to say whether the party would back an opposition motion calling for more time.

Several political analysts said they expected the coalition to look for ways to soften the plans over the summer, pointing to the scale of the protests. The motion was rejected by 89 votes to 58.
""",
    [(D66, D30, O, "the 2030 date for halving nitrogen emissions was already a compromise", True)])

art("004", "2022-07-05T14:00:00Z", "rhine-bulletin", "rutte-appoints-remkes-mediator-goals-stand",
    "Rutte appoints Johan Remkes as nitrogen mediator, says goals stand",
    """
THE HAGUE, July 5 (Rhine Bulletin) - Prime Minister Mark Rutte asked former minister Johan Remkes on Tuesday to lead talks between the government and angry farmers, after weeks of blockades and protests over nitrogen.

Rutte said the talks would be about how the targets were reached, not whether. The goals and the year 2030 were not up for negotiation, he told a news conference.

Remkes said he would listen to everyone and declined to say what his advice might contain.

LTO chairman Sjaak van der Tak said his organisation would take part, but added that LTO would keep pressing for the deadline to be moved. The Farmers Defence Force said it would decide later whether to join.

The appointment follows weeks of protests in which farmers blocked motorways and dumped manure outside provincial offices. Remkes, 71, has led several official inquiries.
""",
    [(GOV, D30, O, "The goals and the year 2030 were not up for negotiation", True),
     (LTO, D30, S, "LTO would keep pressing for the deadline to be moved", True)])

art("006", "2022-07-27T09:10:00Z", "polder-wire", "farmers-block-distribution-centres-supermarkets",
    "Farmers block supermarket distribution centres as protests spread",
    """
ZWOLLE, July 27 (Polder Wire) - Farmers blocked at least a dozen supermarket distribution centres on Wednesday, leaving some shelves empty, as protests against the government's nitrogen policy entered a sixth week.

Police in several regions used tow trucks to clear tractors, and prosecutors in Zwolle said a number of people had been detained. Upside-down Dutch flags, the symbol of the protests, hung from farm gates along the motorways to The Hague.

Mark van den Oever of the Farmers Defence Force declined to say whether his group had organised the blockades. Supermarket chains said they would seek damages.

Johan Remkes is due to hold his first meetings with farmers' groups next week in a conference centre near Utrecht.

In Brussels, the European Commission said it was following the situation in the Netherlands closely.
""",
    [])

art("0xx", "2022-08-24T15:20:00Z", "dyke-post", "remkes-talks-begin-fdf-joins",
    "Remkes opens nitrogen talks as FDF joins after all",
    """
UTRECHT, Aug 24 (Dyke Post) - Nitrogen mediator Johan Remkes held his first round of talks with farmers' organisations on Wednesday, after the Farmers Defence Force dropped its earlier refusal to take part.

FDF leader Mark van den Oever said he had come to be heard, not to negotiate away anyone's farm. He said his group would walk out the moment compulsory buyouts were put on the table.

LTO chairman Sjaak van der Tak said the deadline had to be part of the conversation. "If 2030 is a given, we can all go home," he said.

Remkes did not speak to reporters. Nitrogen minister Christianne van der Wal, who did not attend, has said she will wait for his advice.
""",
    [(FDF, BUY, O, "his group would walk out the moment compulsory buyouts were put on the table", True),
     (LTO, D30, S, "the deadline had to be part of the conversation", True)])

art("007", "2022-09-10T08:00:00Z", "lowland-courier", "hoekstra-says-2030-not-sacred",
    "CDA leader Hoekstra says 2030 nitrogen date is 'not sacred'",
    """
AMSTERDAM, Sept 10 (Lowland Courier) - Deputy Prime Minister Wopke Hoekstra, leader of the Christian Democrats, said in a newspaper interview published on Saturday that the 2030 deadline for the nitrogen cuts was "not sacred".

Hoekstra said his party could accept a later date as long as nature was demonstrably getting better and farmers were given a real perspective. He said the CDA wanted to stick to the goal itself.

The remarks caused unease in the coalition. D66 leader Sigrid Kaag said the agreements in the coalition deal, including 2030, still stood. Rutte's office said the prime minister would discuss the interview with Hoekstra on Monday.

Farmers' groups welcomed what one called the first crack in the cabinet's position.

The CDA has lost support in rural areas to the farmers' party BBB.
""",
    [(CDA, D30, C, "his party could accept a later date as long as nature was demonstrably getting better", True),
     (D66, D30, O, "the agreements in the coalition deal, including 2030, still stood", True)])

art("008", "2022-09-13T13:25:00Z", "north-sea-ledger", "rutte-coalition-row-nitrogen-2030",
    "Rutte tries to contain coalition row over nitrogen date",
    """
THE HAGUE, Sept 13 (North Sea Ledger) - Prime Minister Mark Rutte said on Tuesday the coalition agreement remained the basis for the cabinet's nitrogen policy, trying to calm a row set off by his deputy's comments about the 2030 deadline.

He said he saw no reason to change the year, and that the four parties had signed up to it together.

Hoekstra's Christian Democrats, who want more room on the deadline, have fallen to historic lows in opinion polls, largely to the benefit of the farmers' party BBB. Some coalition lawmakers privately expect further concessions to farmers once Remkes reports next month.

Caroline van der Plas of BBB said Hoekstra should now vote with her party instead of giving interviews.

Nitrogen minister Christianne van der Wal, who was travelling, did not comment.
""",
    [(GOV, D30, O, "He said he saw no reason to change the year", True),
     (CDA, D30, C, "who want more room on the deadline", False)])

art("009", "2022-10-05T15:00:00Z", "rhine-bulletin", "remkes-report-what-is-possible",
    "Remkes urges government to tackle biggest polluters first, allow leeway on 2030",
    """
THE HAGUE, Oct 5 (Rhine Bulletin) - Mediator Johan Remkes on Wednesday told the Dutch government to buy out or move the 500 to 600 biggest nitrogen emitters near nature areas first, and to allow some flexibility on its 2030 deadline.

In a report titled "What is possible", Remkes said the 2030 target should stand for now, but that the government should check progress in 2025 and 2028. Where halving emissions proved unfeasible in a particular area, postponement had to be possible there, he said.

He said the largest emitters should be dealt with within a year. If voluntary offers did not work, he said, the government should not shy away from compulsory purchase.

Rutte called it a solid report with clear conclusions. He declined to say which recommendations the cabinet would adopt and said a first response would follow on Oct 14.
""",
    [(REM, PEAK, S, "buy out or move the 500 to 600 biggest nitrogen emitters near nature areas first", True),
     (REM, D30, C, "Where halving emissions proved unfeasible in a particular area, postponement had to be possible", True),
     (REM, BUY, S, "the government should not shy away from compulsory purchase", True)])

art("010", "2022-10-06T10:05:00Z", "polder-wire", "farm-groups-split-over-remkes-report",
    "Farm groups split over Remkes report",
    """
AMERSFOORT, Oct 6 (Polder Wire) - Dutch farmers' organisations gave a mixed response on Thursday to the nitrogen report of mediator Johan Remkes.

LTO Nederland said the report offered footholds. Chairman Sjaak van der Tak said LTO could live with tackling the biggest emitters first, provided those farmers got a fair voluntary offer. He said LTO would never accept farmers being pushed out by force.

BBB leader Caroline van der Plas said the report did not go far enough. "2030 has to go," she told broadcaster RTL, saying a deadline several years later would save thousands of farms.

The Farmers Defence Force said it was still studying the report. Environmental group Greenpeace said the government should reject any delay.

Some farmers at a meeting in Amersfoort said they would wait to see what the cabinet did with the advice before deciding whether to return to the roads.
""",
    [(LTO, PEAK, C, "LTO could live with tackling the biggest emitters first, provided those farmers got", True),
     (LTO, BUY, O, "LTO would never accept farmers being pushed out by force", True),
     (BBB, D30, S, "2030 has to go", True)])

art("011", "2022-10-14T17:00:00Z", "lowland-courier", "cabinet-adopts-remkes-advice-2030-checkpoints",
    "Dutch cabinet adopts Remkes advice, opens door to adjusting 2030 date",
    """
THE HAGUE, Oct 14 (Lowland Courier) - The Dutch cabinet said on Friday it would adopt the main recommendations of mediator Johan Remkes, including tackling the biggest nitrogen emitters near nature areas first.

In a letter to parliament, nitrogen minister Christianne van der Wal and agriculture minister Piet Adema said the 2030 target would remain but could be adjusted at checkpoints in 2025 and 2028 if progress showed that was necessary. Only weeks earlier the government had refused to discuss the year at all.

The ministers said they would start by approaching some 500 to 600 so-called peak polluters, though they called Remkes' one-year timeframe ambitious. They did not rule out compulsory buyouts if voluntary ones fell short.

The cabinet also wants to conclude an agriculture agreement with farmers and other parties early next year.
""",
    [(GOV, D30, C, "could be adjusted at checkpoints in 2025 and 2028 if progress showed", True),
     (GOV, PEAK, S, "they would start by approaching some 500 to 600 so-called peak polluters", True),
     (GOV, BUY, S, "They did not rule out compulsory buyouts if voluntary ones fell short", True),
     (GOV, AGR, S, "The cabinet also wants to conclude an agriculture agreement with farmers", True)])

art("012", "2022-10-14T19:45:00Z", "dyke-post", "cabinet-embraces-remkes-2030-may-be-adjusted",
    "Cabinet embraces Remkes report; 2030 goal may be adjusted later",
    """
THE HAGUE, Oct 14 (Dyke Post) - The Dutch government will follow most of the advice of nitrogen mediator Johan Remkes and deal first with the largest emitters close to protected nature, ministers said on Friday.

The 2030 target remains, but it could be adjusted at checkpoints in 2025 and 2028 if progress showed that was needed, nitrogen minister Christianne van der Wal and agriculture minister Piet Adema wrote to parliament. Until now the government had refused to discuss the year.

They would start by approaching some 500 to 600 so-called peak polluters, the ministers wrote. They did not rule out compulsory buyouts if voluntary ones fell short.

The cabinet also wants to conclude an agriculture agreement with farmers early next year.
""",
    [(GOV, D30, C, "it could be adjusted at checkpoints in 2025 and 2028 if progress showed", True),
     (GOV, PEAK, S, "They would start by approaching some 500 to 600 so-called peak polluters", True),
     (GOV, BUY, S, "They did not rule out compulsory buyouts if voluntary ones fell short", True),
     (GOV, AGR, S, "The cabinet also wants to conclude an agriculture agreement with farmers", True)])

art("013", "2022-10-15T11:30:00Z", "north-sea-ledger", "fdf-van-den-oever-completely-wrong",
    "Farmers Defence Force vows new actions after cabinet response",
    """
SINT HUBERT, Oct 15 (North Sea Ledger) - The Farmers Defence Force said on Saturday the cabinet's response to the Remkes report was completely wrong and announced new protests.

In a video posted online, FDF leader Mark van den Oever said singling out a few hundred farms to go first was no solution, because every farmer would be next. He said the only acceptable outcome was a government that let go of 2030 altogether.

He did not say when or where the protests would take place.

Van den Oever's group is smaller than LTO but has organised many of the blockades. Some analysts said the cabinet's decision to keep compulsory buyouts available could push moderate farmers towards FDF.

Police said they were preparing for renewed blockades of motorways and distribution centres.
""",
    [(FDF, PEAK, O, "singling out a few hundred farms to go first was no solution", True),
     (FDF, D30, S, "the only acceptable outcome was a government that let go of 2030", True),
     (GOV, BUY, S, "the cabinet's decision to keep compulsory buyouts available", False)])

art("014", "2022-11-02T09:40:00Z", "rhine-bulletin", "adema-not-dogmatic-on-2030-d66-angry",
    "Adema says 2030 need not be dogma; D66 demands he take it back",
    """
DRACHTEN, Nov 2 (Rhine Bulletin) - Agriculture minister Piet Adema told farmers at a meeting in the northern town of Drachten that the government should not be dogmatic about halving nitrogen emissions by 2030.

Adema said the Remkes advice left room for nuance, and that if the checkpoints showed it was needed the target could be met in 2032, 2033 or 2034 instead. He said the direction mattered more than the exact year.

Coalition partner D66 reacted angrily. Tjeerd de Groot said the minister should take back his words and get on with the job he had been appointed to do. D66 leader Jan Paternotte said scientists and Remkes had been clear that halving by 2030 was necessary.

Adema, a Christian Union politician, took over the agriculture ministry in September after Henk Staghouwer resigned, saying he was not the right person for the job.
""",
    [(GOV, D30, C, "if the checkpoints showed it was needed the target could be met in 2032", True),
     (D66, D30, O, "the minister should take back his words", True),
     ])

art("015", "2022-11-04T16:15:00Z", "polder-wire", "rutte-2030-stays-whole-cabinet",
    "Rutte: 2030 stays, for the whole cabinet",
    """
THE HAGUE, Nov 4 (Polder Wire) - Prime Minister Mark Rutte said on Friday the 2030 deadline for the nitrogen cuts would stay, after his agriculture minister had suggested it could slip by several years.

The checkpoints in 2025 and 2028 were there to measure progress and not to move the date, Rutte told his weekly news conference. "The year is not going to change. That goes for the whole cabinet," he said.

Adema, standing beside him, said he fully backed that line and regretted that his words had been misunderstood.

BBB leader Caroline van der Plas said the episode showed the cabinet was divided. Greenpeace welcomed Rutte's remarks.

D66's Tjeerd de Groot said he was relieved that the date was safe. Opposition parties on the right said they would table new motions calling for a later date.
""",
    [(GOV, D30, O, "The year is not going to change", True),
     (D66, D30, O, "he was relieved that the date was safe", True)])

art("016", "2022-11-25T15:30:00Z", "lowland-courier", "cabinet-buyout-schemes-compulsion-from-2023",
    "Cabinet sets out buyout schemes, keeps compulsion as fallback",
    """
THE HAGUE, Nov 25 (Lowland Courier) - The Dutch cabinet on Friday set out its plans for the future of farming and nature, including voluntary buyout schemes aimed first at the largest emitters near protected areas.

If voluntary buyouts did not deliver enough, the state would be able to use compulsory purchase from next year, nitrogen minister Christianne van der Wal said. She said the government would rather not take that step.

Agriculture minister Piet Adema said he wanted an agriculture agreement with the sector in the first months of 2023.

LTO said it was ready to negotiate such an agreement, but only if it brought farmers a sound income and legal certainty. Chairman Sjaak van der Tak said he would not put his name to a deal that only listed obligations.
""",
    [(GOV, BUY, S, "the state would be able to use compulsory purchase from next year", True),
     (GOV, PEAK, S, "voluntary buyout schemes aimed first at the largest emitters near protected areas", True),
     (GOV, AGR, S, "he wanted an agriculture agreement with the sector in the first months of 2023", True),
     (LTO, AGR, C, "LTO said it was ready to negotiate such an agreement, but only if", True)])

art("017", "2022-11-30T12:00:00Z", "north-sea-ledger", "brussels-approves-dutch-farm-buyout-aid",
    "Brussels approves Dutch state aid for voluntary farm closures",
    """
BRUSSELS, Nov 30 (North Sea Ledger) - The European Commission has approved a Dutch state aid scheme of about 1.5 billion euros to compensate livestock farmers who voluntarily close their farms near protected nature areas.

The scheme meets EU rules because it pays farmers for lost income and assets while reducing pollution, the Commission said in a statement in Brussels.

Dutch officials in The Hague said the first applications could be made next year. An official at the agriculture ministry declined to say how many farms were expected to take part.

Economists at a university in Wageningen said take-up would depend on how generous the payments turned out to be compared with land prices.

The scheme is one of several the Dutch government plans to pay for from a transition fund for rural areas.
""",
    [])

art("0yy", "2022-12-13T18:20:00Z", "polder-wire", "parliament-rejects-bbb-motion-2035",
    "Parliament rejects BBB motion to move nitrogen deadline to 2035",
    """
THE HAGUE, Dec 13 (Polder Wire) - The Dutch lower house on Tuesday rejected a motion by the farmers' party BBB that called on the government to replace the 2030 nitrogen deadline with 2035.

Van der Wal had advised lawmakers to vote it down. She said moving the date would leave nature waiting even longer and would not bring back a single permit. "We are not going to change the year," she said.

Caroline van der Plas, who tabled the motion, said she would keep bringing it back until the cabinet listened.

The coalition majority voted against. A number of opposition parties on the right supported the motion.

BBB holds one seat in the 150-seat house, but opinion polls suggest it could win many more in March's provincial elections. Farmers' leaders watched the debate from the public gallery.
""",
    [(BBB, D30, S, "BBB that called on the government to replace the 2030 nitrogen deadline with 2035", True),
     (GOV, D30, O, "We are not going to change the year", True)])

# ---------------------------------------------------------------- 2023
art("018", "2023-02-08T14:10:00Z", "rhine-bulletin", "agriculture-agreement-talks-open",
    "Talks on Dutch agriculture agreement open without farmers' action groups",
    """
THE HAGUE, Feb 8 (Rhine Bulletin) - Negotiations on a national agriculture agreement opened in The Hague on Wednesday, bringing together the government, LTO Nederland, banks, supermarkets, food companies and nature groups.

Agriculture minister Piet Adema said he hoped for a deal before the summer that would give farmers certainty for years to come.

LTO chairman Sjaak van der Tak said LTO had come to the table to make the agreement work, not to sign a blank cheque. He said LTO would only sign if farmers received a guaranteed fair price for the extra demands on them.

The Farmers Defence Force stayed away. Mark van den Oever said FDF would not take part in what he called a trap, and that no farmer should sign such an agreement.
""",
    [(GOV, AGR, S, "he hoped for a deal before the summer", True),
     (LTO, AGR, C, "LTO would only sign if farmers received a guaranteed fair price", True),
     (FDF, AGR, O, "no farmer should sign such an agreement", True)])

art("019", "2023-03-01T18:00:00Z", "polder-wire", "bbb-campaign-provincial-elections",
    "Farmers' party BBB surges ahead of Dutch provincial elections",
    """
DEVENTER, March 1 (Polder Wire) - The farmers' party BBB has surged in opinion polls two weeks before provincial elections that will also determine the make-up of the Senate.

At a packed campaign rally, Caroline van der Plas repeated that her party wanted the 2030 date scrapped and replaced by 2035 at the earliest. She said BBB would not support provincial plans that relied on forcing farmers to sell.

Several pollsters said BBB could become the largest party in some provinces, but cautioned that many voters were still undecided.

The Senate matters because the cabinet's bill fixing the 2030 target in law still has to pass there.

BBB was founded in 2019 by Van der Plas, a former agricultural journalist. Campaigning in Brabant, Wopke Hoekstra declined to say whether the CDA would back a later date.
""",
    [(BBB, D30, S, "her party wanted the 2030 date scrapped and replaced by 2035", True),
     (BBB, BUY, O, "BBB would not support provincial plans that relied on forcing farmers to sell", True)])

art("020", "2023-03-16T07:30:00Z", "north-sea-ledger", "bbb-wins-provincial-elections",
    "BBB wins Dutch provincial elections in landslide",
    """
AMSTERDAM, March 16 (North Sea Ledger) - The farmers' protest party BBB won the Dutch provincial elections on Wednesday, becoming the largest party in all twelve provinces only four years after it was founded.

Caroline van der Plas told cheering supporters that the voters had sent the cabinet an unmistakable message. She said the government must now drop the 2030 target and talk to farmers instead of about them.

Prime Minister Mark Rutte said the result was a clear signal that he would take seriously. He said the nitrogen problem would not go away and declined to say whether the 2030 date would be revisited.

All four coalition parties lost ground. The CDA recorded one of its worst results ever.
""",
    [(BBB, D30, S, "the government must now drop the 2030 target", True)])

art("021", "2023-03-21T12:45:00Z", "rhine-bulletin", "d66-rejects-bbb-demand-2030",
    "D66 rejects BBB demand to drop nitrogen deadline",
    """
THE HAGUE, March 21 (Rhine Bulletin) - Coalition party D66 on Tuesday rejected a demand from the election winner BBB that the government drop its 2030 nitrogen deadline.

D66 leader Jan Paternotte said an election win did not change the law of nature, and that his party would not agree to any delay. He said courts would keep blocking new permits as long as emissions stayed high.

CDA leader Wopke Hoekstra struck a different tone. He said his party would look again at the timetable if that was what it took to give farmers a future, as long as nature still improved.

BBB's Caroline van der Plas said she would wait for the coalition parties to sort out their differences.
""",
    [(D66, D30, O, "his party would not agree to any delay", True),
     (CDA, D30, C, "his party would look again at the timetable if that was what it took", True)])

art("022", "2023-04-18T10:20:00Z", "lowland-courier", "lto-ultimatum-agriculture-agreement",
    "LTO warns there will be no agriculture agreement without a rethink",
    """
AMERSFOORT, April 18 (Lowland Courier) - LTO Nederland warned on Tuesday that talks on an agriculture agreement would fail unless the government rethought its approach to cutting emissions.

"If that does not happen, there will be no agriculture agreement," chairman Sjaak van der Tak said. He said LTO wanted a deal, but farmers needed a revenue model and room to change their businesses.

Reports in Dutch media said the talks were close to collapse over fertiliser rules and pesticides. The ministry said work on a draft was continuing.

Asked whether LTO had already decided to walk away, a spokeswoman said it was not true that LTO had given up on an agreement.

The talks are led by an independent chairman appointed by the agriculture ministry.
""",
    [(LTO, AGR, C, "If that does not happen, there will be no agriculture agreement", True),
     ])

art("023", "2023-05-16T13:00:00Z", "polder-wire", "van-der-wal-compulsion-remains-last-resort",
    "Van der Wal: compulsory buyouts remain a last resort",
    """
THE HAGUE, May 16 (Polder Wire) - Nitrogen minister Christianne van der Wal said on Tuesday that compulsory buyouts of farms remained available as a last resort, as the government opened two voluntary schemes for the biggest emitters.

Van der Wal said she hoped that enough farmers would come forward, so that the state never had to use force. But she said the government could not take that option off the table without putting nature at risk.

She also said the cabinet was sticking to the 2030 deadline while awaiting the outcome of the agriculture talks.

BBB, which is negotiating to join governing coalitions in several provinces, said the schemes were welcome as long as they stayed voluntary.

Mark van den Oever of the Farmers Defence Force said forcing farmers out would be a declaration of war on the countryside.
""",
    [(GOV, BUY, S, "the government could not take that option off the table", True),
     (GOV, D30, O, "the cabinet was sticking to the 2030 deadline", True),
     (BBB, BUY, O, "the schemes were welcome as long as they stayed voluntary", True),
     (FDF, BUY, O, "forcing farmers out would be a declaration of war on the countryside", True)])

art("024", "2023-06-02T09:00:00Z", "north-sea-ledger", "provinces-bbb-coalition-talks-2035",
    "In the provinces, BBB negotiators look for room on nitrogen",
    """
ZWOLLE, June 2 (North Sea Ledger) - BBB negotiators in several provinces have begun coalition talks with the parties they defeated in March, with the nitrogen timetable the main sticking point.

In Overijssel, local BBB leaders said they were prepared to write a target of 2035 into a provincial agreement. Political scientists said such deals showed the party could compromise at local level while its national leadership kept up the pressure.

Caroline van der Plas said in The Hague that she would not comment on talks in individual provinces. She said her own position was unchanged.

Provincial officials said they were still waiting for clear guidance from the government on how much each area must cut.

In Friesland and Gelderland, talks had barely begun.
""",
    [])

art("025", "2023-06-20T20:30:00Z", "rhine-bulletin", "lto-walks-out-agriculture-agreement",
    "LTO walks out of talks on Dutch agriculture agreement",
    """
THE HAGUE, June 20 (Rhine Bulletin) - LTO Nederland pulled out of talks on a national agriculture agreement on Tuesday evening, dealing a heavy blow to the Dutch government's plans for the future of farming.

"I am cancelling the agriculture agreement," LTO chairman Sjaak van der Tak told ministers at the start of the meeting. In a statement, LTO said it could no longer support the agreement because farmers could not live on good intentions.

Agriculture minister Piet Adema called the decision extremely disappointing. He said the agreement had been almost ready and that the government still wanted a deal.

The talks had run for more than four months. Nitrogen minister Christianne van der Wal and housing minister Hugo de Jonge also attended the meeting.
""",
    [(LTO, AGR, O, "LTO said it could no longer support the agreement", True),
     (GOV, AGR, S, "the government still wanted a deal", True)])

art("026", "2023-06-21T08:15:00Z", "dyke-post", "lto-pulls-plug-landbouwakkoord",
    "LTO pulls the plug on agriculture agreement",
    """
THE HAGUE, June 21 (Dyke Post) - The Dutch farmers' organisation LTO Nederland has walked out of negotiations on an agriculture agreement, saying it could no longer support the deal on the table.

LTO chairman Sjaak van der Tak opened Tuesday evening's meeting by telling ministers: "I am cancelling the agriculture agreement." The organisation said farmers could not live on good intentions.

Agriculture minister Piet Adema said he was extremely disappointed. The agreement had been almost ready and the government still wanted a deal, he said.

Nitrogen minister Christianne van der Wal and housing minister Hugo de Jonge were also at the meeting, which had been meant to settle the last open points.

LTO represents about 35,000 farmers and growers.
""",
    [(LTO, AGR, O, "saying it could no longer support the deal on the table", True),
     (GOV, AGR, S, "the government still wanted a deal", True)])

art("027", "2023-06-21T15:40:00Z", "polder-wire", "fdf-calls-lto-exit-very-wise",
    "FDF calls LTO exit 'very wise', urges Adema to go",
    """
SINT HUBERT, June 21 (Polder Wire) - The Farmers Defence Force on Wednesday praised LTO Nederland for walking out of the talks on an agriculture agreement.

FDF leader Mark van den Oever called it a very wise decision. He said signing the agreement would have been the downfall of Dutch farming, and that his members had put heavy pressure on LTO to leave. He said Adema should now resign.

Adema, speaking in parliament, said an agreement without LTO made little sense. He declined to say whether the cabinet would try to restart the talks, and said the government would now write its own plan.

BBB leader Caroline van der Plas said she understood LTO's frustration.

Adema's ministry said the cabinet would set out its next steps after the summer.
""",
    [(FDF, AGR, O, "signing the agreement would have been the downfall of Dutch farming", True)])

art("028", "2023-06-23T17:50:00Z", "lowland-courier", "hoekstra-cda-will-not-keep-2030",
    "Hoekstra: CDA will not agree to keep 2030 as a fixed date",
    """
THE HAGUE, June 23 (Lowland Courier) - CDA leader Wopke Hoekstra said on Friday his party would not agree to keep 2030 as a fixed deadline for the nitrogen cuts, putting the Christian Democrats at odds with their coalition partners.

Speaking after the weekly cabinet meeting, Hoekstra said the CDA wanted the nitrogen section of the coalition agreement reopened, and that 2030 had to make way for a later, achievable date. He said the party did not want to negotiate on it before the summer.

D66 said it would not give up the date. Jan Paternotte said the CDA was asking the coalition to break its word to nature.

Rutte said the four parties would talk after the summer and that the cabinet would meanwhile work on its own agriculture plan.
""",
    [(CDA, D30, S, "his party would not agree to keep 2030 as a fixed deadline", True),
     (D66, D30, O, "D66 said it would not give up the date", True)])

art("029", "2023-06-26T11:00:00Z", "north-sea-ledger", "analysis-nitrogen-coalition-strain",
    "Analysis: nitrogen strain leaves Dutch coalition little room",
    """
THE HAGUE, June 26 (North Sea Ledger) - The collapse of the agriculture talks and the CDA's demand for more time on nitrogen have left Mark Rutte's coalition with few options, political analysts said.

Some in The Hague expect the cabinet to give ground on 2030 in exchange for firmer commitments on nature. Others think the coalition cannot survive the summer, with a separate dispute over migration also unresolved.

Only a year ago Rutte was telling farmers that the goals and the year were not negotiable. Several ministers declined to say on Monday whether that still held.

A spokesman for the prime minister said Rutte would not speculate about the future of the coalition.

A caretaker cabinet would have limited room to push through contested plans.
""",
    [(CDA, D30, S, "the CDA's demand for more time on nitrogen", False)])

art("030", "2023-07-08T06:30:00Z", "rhine-bulletin", "rutte-cabinet-collapses-migration",
    "Dutch cabinet collapses over migration, nitrogen row unresolved",
    """
THE HAGUE, July 8 (Rhine Bulletin) - Prime Minister Mark Rutte's coalition collapsed on Friday evening after the four parties failed to agree on limiting the number of asylum seekers, leaving the nitrogen dispute to the next government.

Rutte said he would offer the cabinet's resignation to the King. Elections are expected in November.

The cabinet will stay on in a caretaker role. Nitrogen minister Christianne van der Wal said the voluntary buyout schemes for the biggest emitters would continue, as would the legal obligations to protect nature.

Caroline van der Plas said voters would now have the chance to settle the nitrogen question themselves. The CDA, which wants the 2030 nitrogen date dropped, had not yet announced who would lead it into the campaign.
""",
    [(GOV, PEAK, S, "the voluntary buyout schemes for the biggest emitters would continue", True),
     (CDA, D30, S, "which wants the 2030 nitrogen date dropped", False)])

# Ids follow publication order; the literal ids above are placeholders.
ARTICLES.sort(key=lambda a: a["published"])
for n, a in enumerate(ARTICLES, 1):
    a["id"] = "%03d" % n
BY_SLUG = {a["slug"]: a["id"] for a in ARTICLES}

# Duplicate pairs (same story, second outlet, same day, lightly reworded): original slug -> copy slug.
DUPLICATES = [
    ("cabinet-adopts-remkes-advice-2030-checkpoints", "cabinet-embraces-remkes-2030-may-be-adjusted"),
    ("lto-walks-out-agriculture-agreement", "lto-pulls-plug-landbouwakkoord"),
]

SHIFTS = [
    (CDA, D30, O, C, "hoekstra-says-2030-not-sacred",
     "Hoekstra says the CDA could accept a later date if nature demonstrably improves; the CDA had signed the coalition deal with 2030 (baseline oppose)."),
    (GOV, D30, O, C, "cabinet-adopts-remkes-advice-2030-checkpoints",
     "The cabinet's letter says 2030 stays but can be adjusted at the 2025 and 2028 checkpoints; Rutte had called the year non-negotiable (004) and saw no reason to change it (008)."),
    (GOV, D30, C, O, "rutte-2030-stays-whole-cabinet",
     "Rutte says the year is not going to change and the checkpoints do not move the date, reversing the opening of 011/012 and Adema's 2032-2034 remark (014); Adema backs the line."),
    (LTO, AGR, C, O, "lto-walks-out-agriculture-agreement",
     "LTO walks out and says it can no longer support the agreement; until then it negotiated only on conditions (016, 019, 023)."),
    (CDA, D30, C, S, "hoekstra-cda-will-not-keep-2030",
     "Hoekstra says the CDA will not agree to keep 2030 as a fixed deadline and wants a later date; before, the CDA only offered to look again at the timetable on conditions (022)."),
]


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)


def url(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def load_watchlist():
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors = set(re.findall(r"^  - id: ([\w-]+)", text.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: ([\w-]+)", text.split("issues:")[1].split("baseline:")[0], re.M))
    base = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", text)}
    return actors, issues, base


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))
    for a in ARTICLES:
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["outlet"] == slug]
        last = max(a["published"] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch dutch-nitrogen-2022 blind set</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(last)]
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            u = url(a)
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(u),
                    '      <guid isPermaLink="true">%s</guid>' % escape(u),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                        for c in a["claims"]] for a in ARTICLES}
    shifts = [dict(actor=x[0], issue=x[1], **{"from": x[2]}, to=x[3], article=BY_SLUG[x[4]], why=x[5])
              for x in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels


def validate(labels):
    errs = []
    actors, issues, base = load_watchlist()
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    ids = [a["id"] for a in ARTICLES]
    if files != ids or sorted(labels["claims"]) != ids:
        errs.append("ids/files/claims keys mismatch")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs):
        errs.append("not in publication order")
    texts = {}
    for i in ids:
        doc = json.load(open(os.path.join(HERE, "articles", i + ".json"), encoding="utf-8"))
        texts[i] = doc["text"]
        n = len(doc["text"].split())
        if not 120 <= n <= 260:
            errs.append("%s: %d words" % (i, n))
        if not re.match(r"^[A-Z .]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d+ \(%s\) - " % re.escape(doc["source"]), doc["text"]):
            errs.append("%s: dateline" % i)
    for i, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors: errs.append("%s: unknown actor %s" % (i, c["actor"]))
            if c["issue"] not in issues: errs.append("%s: unknown issue %s" % (i, c["issue"]))
            if c["stance"] not in (S, O, C): errs.append("%s: bad stance" % i)
            if c["quote"] not in texts[i]: errs.append("%s: quote not in text: %r" % (i, c["quote"]))
            if len(c["quote"].split()) > 15: errs.append("%s: quote > 15 words: %r" % (i, c["quote"]))
            k = (c["actor"], c["issue"])
            if k in seen: errs.append("%s: duplicate tuple %s" % (i, k))
            seen.add(k)
    for a, b in DUPLICATES:
        ca = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][BY_SLUG[a]]}
        cb = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][BY_SLUG[b]]}
        if ca != cb: errs.append("duplicate pair %s/%s claims differ" % (BY_SLUG[a], BY_SLUG[b]))
    # Replay prevailing stance: only attributed claims move it; every change must be a labelled shift.
    prev = dict(base)
    expected = []
    for i in ids:
        for c in labels["claims"][i]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                expected.append((c["actor"], c["issue"], prev[k], c["stance"], i))
            prev[k] = c["stance"]
    dup_copies = {BY_SLUG[b] for _, b in DUPLICATES}
    expected = [e for e in expected if e[4] not in dup_copies]
    got = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if expected != got:
        errs.append("shift replay mismatch:\n expected %s\n labelled %s" % (expected, got))
    for s in labels["shifts"]:
        for key in ("actor", "issue"):
            if s[key] not in (actors if key == "actor" else issues): errs.append("shift unknown %s" % s[key])
    return errs


if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    st = {}
    for cl in labels["claims"].values():
        for c in cl:
            st[c["stance"]] = st.get(c["stance"], 0) + 1
    n = sum(st.values())
    print("OK: %d articles, %d claims %s, %d unattributed, %d shifts, %d empty articles %s" % (
        len(ARTICLES), n, st, sum(1 for cl in labels["claims"].values() for c in cl if not c["attributed"]),
        len(labels["shifts"]), sum(1 for cl in labels["claims"].values() if not cl),
        [i for i, cl in labels["claims"].items() if not cl]))
    for a, b in DUPLICATES:
        print("duplicate pair:", BY_SLUG[a], BY_SLUG[b])
    print("shift articles:", [s["article"] for s in labels["shifts"]])
