#!/usr/bin/env python3
"""Build the shiftwatch evaluation set india-farm-laws-2020.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and validates
the set against watchlist.yaml. Run: python3 build.py
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "india-farm-laws-2020"

OUTLETS = {
    "ridgeline-wire": "Ridgeline Wire",
    "monsoon-courier": "Monsoon Courier",
    "plains-dispatch": "Plains Dispatch",
    "lantern-post": "Lantern Post",
    "crossroads-bulletin": "Crossroads Bulletin",
}

S, O, C = "support", "oppose", "conditional"
GOV, SKM, INC, SAD, PUN, SC = (
    "union-government", "skm", "congress", "akali-dal", "punjab-government", "supreme-court")
REPEAL, MSP, SUSPEND, AMEND, PANEL, STUBBLE = (
    "repeal-farm-laws", "msp-legal-guarantee", "suspend-farm-laws", "amend-farm-laws",
    "sc-expert-committee", "stubble-penalty-exemption")

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2020-09-17T16:40:00Z", outlet="ridgeline-wire",
        slug="akali-minister-quits-cabinet-over-farm-bills",
        title="Akali minister quits Modi cabinet as Lok Sabha passes farm bills",
        text="""NEW DELHI, Sept 17 (Ridgeline Wire) - Harsimrat Kaur Badal, the only Shiromani Akali Dal member of Prime Minister Narendra Modi's cabinet, resigned as food processing minister on Thursday in protest against three farm bills, hours before the lower house of parliament approved the last two of them.

Speaking in the Lok Sabha, her husband and party president Sukhbir Singh Badal said the Akali Dal would vote against the bills and urged the government to withdraw them. He said farmers in Punjab saw the legislation as a threat to their livelihoods and to the state-run markets where they sell their grain.

The Akali Dal had defended the measures when they were first issued as ordinances in June, and its turnaround leaves the ruling coalition without the backing of its oldest partner on the issue.

Modi said late on Thursday that the bills would free farmers from middlemen and that the reforms were here to stay. He said the purchase of crops at minimum support prices would continue, and accused opponents of misleading farmers.

Farm unions in Punjab and Haryana have called a shutdown for Sept 25. The upper house is expected to take up the bills this weekend.""",
        claims=[
            (SAD, REPEAL, S, "the Akali Dal would vote against the bills and urged the government to withdraw them", True),
            (GOV, REPEAL, O, "the reforms were here to stay", True),
        ],
    ),
    dict(
        id="002", published="2020-09-20T12:30:00Z", outlet="monsoon-courier",
        slug="upper-house-passes-farm-bills-by-voice-vote",
        title="Upper house passes farm bills by voice vote amid opposition uproar",
        text="""NEW DELHI, Sept 20 (Monsoon Courier) - India's upper house of parliament approved two of the government's three farm bills by a voice vote on Sunday, after opposition members tore up papers, crowded around the chair and demanded a recorded division.

The Congress party said the bills had been rammed through without scrutiny. Its members called the legislation a death warrant for farmers and said the party would keep pressing for the bills to be withdrawn.

Agriculture Minister Narendra Singh Tomar told the house that the purchase of crops at minimum support prices would go on as before. He said the support price had always been an administrative decision rather than a legal entitlement, and that there was no need to put it in the bills now.

Deputy Chairman Harivansh, who was presiding, turned down the opposition's demands for a vote count. Several opposition parties said they would ask the president not to sign the bills.

The government's floor managers said the numbers were on their side and that the opposition had chosen disruption over debate.""",
        claims=[
            (INC, REPEAL, S, "the party would keep pressing for the bills to be withdrawn", True),
            (GOV, MSP, O, "there was no need to put it in the bills now", True),
        ],
    ),
    dict(
        id="003", published="2020-09-25T13:00:00Z", outlet="plains-dispatch",
        slug="punjab-haryana-farmers-block-roads-and-rail",
        title="Punjab, Haryana farmers block roads and rail lines in shutdown over farm bills",
        text="""CHANDIGARH, Sept 25 (Plains Dispatch) - Farmers blocked highways and sat on railway tracks across Punjab and Haryana on Friday in a shutdown called by more than thirty farm unions against the government's agricultural bills.

Union leaders said the protest would continue until the bills were withdrawn and the purchase of crops at minimum support prices was made a legal right. Balbir Singh Rajewal, a veteran union leader, said farmers had no faith in verbal promises from the Centre.

Punjab Chief Minister Amarinder Singh said his government would challenge the legislation in court once it became law and would not let it be enforced in the state. He asked the Centre to scrap the bills.

In Chandigarh, the shared capital of Punjab and Haryana, shops and markets stayed shut for most of the day. Police in Haryana said the protests there had been peaceful.

Railway officials said several passenger trains into Punjab had been cancelled until Saturday. Leaders of the Bharatiya Janata Party in the state accused the opposition of misleading farmers.""",
        claims=[
            (SKM, REPEAL, S, "the protest would continue until the bills were withdrawn", True),
            (SKM, MSP, S, "the purchase of crops at minimum support prices was made a legal right", True),
            (PUN, REPEAL, S, "He asked the Centre to scrap the bills.", True),
        ],
    ),
    dict(
        id="004", published="2020-09-27T11:30:00Z", outlet="lantern-post",
        slug="president-signs-farm-bills-after-akali-exit",
        title="President signs farm bills into law a day after Akali Dal quits alliance",
        text="""NEW DELHI, Sept 27 (Lantern Post) - President Ram Nath Kovind gave his assent on Sunday to the three farm bills passed by parliament last week, turning them into law a day after the Shiromani Akali Dal walked out of the ruling National Democratic Alliance.

The Akali Dal, an ally of Prime Minister Narendra Modi's Bharatiya Janata Party for more than two decades, announced late on Saturday that it was leaving the alliance. Party president Sukhbir Singh Badal said the decision followed the government's stubborn refusal to give statutory guarantees that farmers' crops would be bought at minimum support prices.

Badal said his party would stand with farmers until the laws were withdrawn, and that it wanted the support prices protected by law for all time.

Opposition leaders had asked the president to send the bills back to parliament for reconsideration. The president's office did not comment on those requests.

Farm unions in Punjab said their blockade of railway lines, which began on Thursday, would continue until at least Oct 1. Freight trains carrying fertiliser and coal into the state have been halted.""",
        claims=[
            (SAD, REPEAL, S, "his party would stand with farmers until the laws were withdrawn", True),
            (SAD, MSP, S, "it wanted the support prices protected by law", True),
            (GOV, MSP, O, "the government's stubborn refusal to give statutory guarantees", False),
        ],
    ),
    dict(
        id="005", published="2020-10-04T11:00:00Z", outlet="crossroads-bulletin",
        slug="rahul-gandhi-vows-to-scrap-farm-laws",
        title="Rahul Gandhi vows to scrap farm laws if Congress returns to power",
        text="""MOGA, Punjab, Oct 4 (Crossroads Bulletin) - Congress leader Rahul Gandhi on Sunday launched a three-day tractor rally across Punjab against the new farm laws, promising that a Congress government would scrap them the day it came to power.

Gandhi told a crowd in Moga that the laws were designed to hand Indian agriculture to a few large companies and would weaken the state-run markets where farmers sell grain at guaranteed prices. He said the party would keep up the fight in parliament and on the streets.

Punjab Chief Minister Amarinder Singh, who shared the stage, repeated his demand that the Centre withdraw the laws. He said the state assembly would meet in a special session this month to shield Punjab's farmers from the central legislation.

The Bharatiya Janata Party dismissed the rally as a photo opportunity. A party spokesman said the Congress had itself promised to overhaul agricultural markets in its 2019 election manifesto.

The rally is due to end in Haryana on Tuesday, although officials there have said they may not let it cross the state border.""",
        claims=[
            (INC, REPEAL, S, "a Congress government would scrap them the day it came to power", True),
            (PUN, REPEAL, S, "repeated his demand that the Centre withdraw the laws", True),
        ],
    ),
    dict(
        id="006", published="2020-10-20T12:45:00Z", outlet="ridgeline-wire",
        slug="punjab-assembly-rejects-central-farm-laws",
        title="Punjab assembly rejects central farm laws, passes its own bills",
        text="""CHANDIGARH, Oct 20 (Ridgeline Wire) - Punjab's legislature on Tuesday unanimously passed a resolution rejecting the three central farm laws and approved three bills of its own that would make it an offence to buy wheat or paddy from farmers below the minimum support price.

Chief Minister Amarinder Singh, who moved the bills, told the Punjab assembly he was prepared to see his government dismissed rather than accept what he called an injustice to farmers. The resolution asks the Centre to repeal the laws and to make purchases at the support price a statutory right for farmers across the country.

State Finance Minister Manpreet Singh Badal said the bills had been drafted to withstand a legal challenge. The two legislators of the Bharatiya Janata Party stayed away from the session.

The state bills need the governor's assent, and legal experts said they were likely to be challenged because trade in farm produce also falls under the central government's powers.

Farm unions said they would study the state bills before deciding whether to ease their blockades of railway lines and toll plazas.""",
        claims=[
            (PUN, REPEAL, S, "The resolution asks the Centre to repeal the laws", True),
            (PUN, MSP, S, "make purchases at the support price a statutory right for farmers", True),
        ],
    ),
    dict(
        id="007", published="2020-11-27T10:30:00Z", outlet="monsoon-courier",
        slug="police-let-marching-farmers-into-delhi",
        title="Police let marching farmers into Delhi after clashes at city's edge",
        text="""NEW DELHI, Nov 27 (Monsoon Courier) - Delhi police said on Friday they would allow thousands of farmers marching from Punjab and Haryana to enter the capital and gather at the Nirankari ground in Burari, in the city's north, after a second day of clashes at the border.

Police used tear gas and water cannon earlier in the day at the Singhu and Tikri crossings, where columns of tractors and trailers loaded with food, bedding and cooking fuel had been stopped by barricades and trucks filled with sand.

Many of the marchers said they would not move to Burari and would instead camp where they stood on the highways. Leaders of the march were meeting late into the evening at Singhu to decide their next step.

Traffic between Delhi and the neighbouring states was diverted, and commuters reported long queues. The city government turned down a police request to convert nine stadiums into temporary jails.

The march, which its organisers call Delhi Chalo, began on Thursday, the same day as a nationwide strike by trade unions.""",
        claims=[],
    ),
    dict(
        id="008", published="2020-12-01T14:00:00Z", outlet="plains-dispatch",
        slug="first-talks-since-delhi-sit-ins-end-without-breakthrough",
        title="First talks since Delhi sit-ins end without breakthrough",
        text="""NEW DELHI, Dec 1 (Plains Dispatch) - Talks between the government and leaders of protesting farm unions ended without agreement on Tuesday, with the unions turning down an offer to set up a small panel to study the three farm laws.

Agriculture Minister Narendra Singh Tomar, Railways Minister Piyush Goyal and junior minister Som Parkash met representatives of about 35 unions at Vigyan Bhawan, a conference centre in central Delhi. The ministers gave a presentation on the laws and told reporters afterwards that the reforms were in farmers' interest and would not be reversed.

Darshan Pal, a coordinator of the protesting unions, said the farmers had not come to Delhi to sit on committees and would accept nothing less than repeal.

Tomar said he hoped the protesters would consider ending their sit-ins because of the cold and the coronavirus pandemic. He declined to say whether the government would consider amending the laws.

Thousands of farmers have been camped on the highways at Delhi's northern and western edges since Friday. The two sides will meet again on Thursday.""",
        claims=[
            (GOV, REPEAL, O, "the reforms were in farmers' interest and would not be reversed", True),
            (SKM, REPEAL, S, "would accept nothing less than repeal", True),
        ],
    ),
    dict(
        id="009", published="2020-12-03T15:30:00Z", outlet="lantern-post",
        slug="government-open-to-changes-in-farm-laws",
        title="Government open to changes in farm laws as talks run eight hours",
        text="""NEW DELHI, Dec 3 (Lantern Post) - The government told protesting farm unions on Thursday that it was ready to amend parts of the three farm laws, including the rules on private markets and on settling trade disputes, but union leaders said amendments were not what they had come for.

After almost eight hours of talks, Agriculture Minister Narendra Singh Tomar said the government had an open mind and would consider giving private and state-run markets a level playing field. He said the Centre was also willing to look at the unions' objections to a new ordinance on air pollution, under which farmers can be fined heavily for burning crop stubble, provided the wider talks moved forward.

"Repeal, not revision," read placards held up by farmers outside the venue.

In Punjab, former chief minister Parkash Singh Badal, the Akali Dal's patriarch, returned the Padma Vibhushan, India's second-highest civilian award, saying he could not keep it while farmers were being betrayed. The Akali Dal has demanded that the laws be scrapped.

The two sides will meet again on Saturday.""",
        claims=[
            (GOV, AMEND, S, "it was ready to amend parts of the three farm laws", True),
            (SKM, AMEND, O, "union leaders said amendments were not what they had come for", True),
            (GOV, STUBBLE, C, "willing to look at the unions' objections to a new ordinance on air pollution", True),
            (SAD, REPEAL, S, "The Akali Dal has demanded that the laws be scrapped.", False),
        ],
    ),
    dict(
        id="010", published="2020-12-09T13:30:00Z", outlet="crossroads-bulletin",
        slug="centre-offers-to-rewrite-farm-laws",
        title="Centre offers to rewrite farm laws and guarantee support prices",
        text="""NEW DELHI, Dec 9 (Crossroads Bulletin) - Protesting farm unions on Wednesday rejected a written proposal from the government to amend the three farm laws and said they would step up their sit-ins around Delhi by blocking more highways into the capital.

The draft, sent to the unions by the agriculture ministry, offered to let states register private traders, to allow farmers to go to civil courts in disputes, and to give a written assurance that the existing system of crop purchases at minimum support prices would continue. It also promised to find a suitable solution to the unions' concerns about the stubble-burning ordinance.

A senior agriculture ministry official said a statutory guarantee of support prices was not part of the offer, and could not be, because the cost would be unaffordable.

Union leaders said the draft contained nothing new. They also dismissed the written assurance, saying only a law could protect the support price.

Home Minister Amit Shah met a group of union leaders late on Tuesday, but no agreement was reached. The unions said they would announce further protest plans on Thursday.""",
        claims=[
            (GOV, AMEND, S, "a written proposal from the government to amend the three farm laws", True),
            (SKM, AMEND, O, "Protesting farm unions on Wednesday rejected a written proposal", True),
            (GOV, STUBBLE, C, "promised to find a suitable solution to the unions' concerns about the stubble-burning ordinance", True),
            (GOV, MSP, O, "a statutory guarantee of support prices was not part of the offer", True),
            (SKM, MSP, S, "saying only a law could protect the support price", True),
        ],
    ),
    dict(
        id="011", published="2020-12-15T11:00:00Z", outlet="ridgeline-wire",
        slug="analysis-both-sides-dig-in-for-delhi-winter",
        title="Analysis: With talks stalled, both sides dig in for a Delhi winter",
        text="""NEW DELHI, Dec 15 (Ridgeline Wire) - Nearly three weeks after farmers set up camp on the highways into Delhi, there is no date for a sixth round of talks, and people on both sides say the standoff could run well into the new year.

Some political analysts expect the government to look for a face-saving formula, such as pausing the laws while a committee studies them, though no minister has proposed it publicly. Others think a court challenge now pending could take the decision out of politicians' hands.

Asked on Monday whether the government might put the laws on hold, Agriculture Minister Narendra Singh Tomar declined to say, telling reporters only that the door to dialogue was open.

At Singhu, where a tent town now stretches for several kilometres, volunteers run community kitchens, laundry points and a library. Organisers say new groups arrive from Punjab every day, while some older protesters have gone home to sow wheat and been replaced by relatives.

Leaders of the protest held a one-day hunger strike on Monday. Some economists are asking whether the government could afford a wider procurement system, a question neither side has answered in detail.""",
        claims=[],
    ),
    dict(
        id="012", published="2020-12-17T10:30:00Z", outlet="monsoon-courier",
        slug="supreme-court-backs-right-to-protest-floats-pause",
        title="Supreme Court backs farmers' right to protest, floats pause in farm laws",
        text="""NEW DELHI, Dec 17 (Monsoon Courier) - India's Supreme Court said on Thursday that farmers camped on Delhi's borders had a right to protest as long as they stayed peaceful, and suggested that an independent committee of farm experts and union representatives be set up to help end the standoff.

Chief Justice Sharad Arvind Bobde, hearing petitions that seek the removal of the protesters from the highways, said the government could consider holding off on implementing the laws while a negotiated solution was sought. The bench stopped short of issuing any order on the laws themselves.

Attorney General K.K. Venugopal, appearing for the Centre, told the court that pausing the laws was not an option, because the unions would then have no reason to come to the table.

The court said it would hear the case again after its winter break and asked the parties to suggest names for the committee. None of the unions leading the protest was represented at Thursday's hearing, which was held by video link.

Outside the court, traffic on the main highway from Delhi to Punjab remained blocked for a fourth week.""",
        claims=[
            (SC, PANEL, S, "suggested that an independent committee of farm experts and union representatives be set up", True),
            (SC, SUSPEND, C, "the government could consider holding off on implementing the laws", True),
            (GOV, SUSPEND, O, "pausing the laws was not an option", True),
        ],
    ),
    dict(
        id="013", published="2020-12-30T15:00:00Z", outlet="plains-dispatch",
        slug="government-concedes-on-stubble-fines-and-power-bill",
        title="Government concedes on stubble fines and power bill; deadlock on farm laws remains",
        text="""NEW DELHI, Dec 30 (Plains Dispatch) - The government agreed on Wednesday to exempt farmers from the penalties for burning crop stubble under a new air-quality ordinance, and to hold back planned changes to electricity subsidies for irrigation, the first concessions in a month of talks with protesting farm unions.

Agriculture Minister Narendra Singh Tomar said after the sixth round of talks that the two sides had settled two of the four issues on the table. The other two, the repeal of the three farm laws and a legal guarantee for minimum support prices, would be taken up on Jan 4.

He said the government had asked the unions to suggest alternatives to repeal, because parliament had passed the laws for the benefit of farmers.

Union leaders, who shared a meal from the protesters' community kitchen with the ministers during a break, said the exemption from the stubble fines met one of their demands. But they said the protest would go on until the laws were withdrawn.

One union leader described the day as half a step forward.""",
        claims=[
            (GOV, STUBBLE, S, "agreed on Wednesday to exempt farmers from the penalties for burning crop stubble", True),
            (GOV, REPEAL, O, "the government had asked the unions to suggest alternatives to repeal", True),
            (SKM, STUBBLE, S, "the exemption from the stubble fines met one of their demands", True),
            (SKM, REPEAL, S, "the protest would go on until the laws were withdrawn", True),
        ],
    ),
    dict(
        id="014", published="2021-01-08T13:00:00Z", outlet="lantern-post",
        slug="eighth-round-of-farm-talks-ends-in-acrimony",
        title="Eighth round of farm talks ends in acrimony as Centre rules out repeal",
        text="""NEW DELHI, Jan 8 (Lantern Post) - The eighth round of talks between the government and farm unions broke down on Friday after ministers told union leaders that repealing the three farm laws was not an option, and the unions said they would not go home without it.

Agriculture Minister Narendra Singh Tomar said many farmers in other parts of the country supported the laws and the government had to think of the whole nation. He urged the unions to come forward with proposals other than repeal, and said the two sides would meet again on Jan 15.

Union leaders sat in silence through part of the meeting, holding up placards that read "We will either die or win". Rakesh Tikait of the Bharatiya Kisan Union told reporters the farmers were prepared to stay on the borders until May if they had to.

Joginder Singh Ugrahan, another leader, said the government appeared to be waiting for the Supreme Court to settle the matter for it.

The court is due to hear petitions on the laws on Monday.""",
        claims=[
            (GOV, REPEAL, O, "repealing the three farm laws was not an option", True),
            (SKM, REPEAL, S, "the unions said they would not go home without it", True),
        ],
    ),
    dict(
        id="015", published="2021-01-11T12:00:00Z", outlet="crossroads-bulletin",
        slug="supreme-court-says-it-will-put-farm-laws-on-hold",
        title="Supreme Court says it will put farm laws on hold if government does not",
        text="""NEW DELHI, Jan 11 (Crossroads Bulletin) - The Supreme Court on Monday sharply criticised the government's handling of the farm protests and said it would suspend the three farm laws itself if the Centre did not.

Chief Justice Sharad Arvind Bobde said the court was extremely disappointed with the way the negotiations had gone and wanted the laws kept in abeyance while a committee tried to broker a settlement. He told the government's lawyers that if they would not put the laws on hold, the court would.

Attorney General K.K. Venugopal objected, arguing that a court could not stay a law passed by parliament unless it violated fundamental rights or went beyond parliament's powers. He asked for more time, saying talks with the unions were still going on.

The bench said it would issue its order on Tuesday. Lawyers for some of the unions said they would consult the protest leaders before responding to the idea of a committee.

Outside Delhi, the unions went ahead with preparations for a tractor parade on Republic Day, Jan 26.""",
        claims=[
            (SC, SUSPEND, S, "wanted the laws kept in abeyance while a committee tried to broker a settlement", True),
            (SC, PANEL, S, "while a committee tried to broker a settlement", True),
            (GOV, SUSPEND, O, "arguing that a court could not stay a law passed by parliament", True),
        ],
    ),
    dict(
        id="016", published="2021-01-12T09:30:00Z", outlet="ridgeline-wire",
        slug="supreme-court-suspends-farm-laws-names-panel",
        title="Supreme Court suspends farm laws, names four-member panel",
        text="""NEW DELHI, Jan 12 (Ridgeline Wire) - India's Supreme Court on Tuesday suspended the implementation of the three farm laws until further orders and appointed a four-member committee to hear the government and the protesting unions and report back within two months.

The panel is made up of agricultural economists Ashok Gulati and Pramod Kumar Joshi, farm leader Anil Ghanwat, and Bhupinder Singh Mann, who heads a faction of the Bharatiya Kisan Union. The court also said the support price system in place before the laws were passed would continue until further orders.

The unions leading the protest said at Singhu that they would not appear before the panel, saying all four members had spoken in favour of the laws. They said the court's order changed nothing on the ground and that the sit-ins would continue.

The Congress party also questioned the panel's make-up. Spokesman Randeep Surjewala said members who had backed the laws could not be expected to give farmers justice.

The agriculture ministry said the government would put its case before the committee.""",
        claims=[
            (SC, SUSPEND, S, "suspended the implementation of the three farm laws until further orders", True),
            (SC, PANEL, S, "appointed a four-member committee to hear the government and the protesting unions", True),
            (SKM, PANEL, O, "they would not appear before the panel", True),
            (INC, PANEL, O, "members who had backed the laws could not be expected to give farmers justice", True),
            (GOV, PANEL, S, "put its case before the committee", True),
        ],
    ),
    dict(
        id="017", published="2021-01-12T13:10:00Z", outlet="monsoon-courier",
        slug="top-court-halts-farm-laws-appoints-committee",
        title="Top court halts farm laws, appoints committee to hear both sides",
        text="""NEW DELHI, Jan 12 (Monsoon Courier) - The Supreme Court on Tuesday suspended the implementation of the three farm laws until further orders and appointed a four-member committee to hear the government and the protesting unions, asking it to report within two months.

The committee's members are the agricultural economists Ashok Gulati and Pramod Kumar Joshi, the farm leader Anil Ghanwat, and Bhupinder Singh Mann, who heads a faction of the Bharatiya Kisan Union. The court said the support price system that existed before the laws would remain in place until further orders.

Speaking at Singhu, the unions leading the protest said they would not appear before the panel, because all four members had spoken in favour of the laws. The court's order changed nothing on the ground, they said, and the sit-ins would continue.

The Congress party also raised doubts about the panel. Its spokesman, Randeep Surjewala, said members who had backed the laws could not be expected to give farmers justice.

The agriculture ministry said the government would put its case before the committee.""",
        claims=[
            (SC, SUSPEND, S, "suspended the implementation of the three farm laws until further orders", True),
            (SC, PANEL, S, "appointed a four-member committee to hear the government and the protesting unions", True),
            (SKM, PANEL, O, "they would not appear before the panel", True),
            (INC, PANEL, O, "members who had backed the laws could not be expected to give farmers justice", True),
            (GOV, PANEL, S, "put its case before the committee", True),
        ],
    ),
    dict(
        id="018", published="2021-01-14T12:30:00Z", outlet="plains-dispatch",
        slug="farm-leader-quits-supreme-court-panel",
        title="Farm leader quits Supreme Court panel on farm laws",
        text="""NEW DELHI, Jan 14 (Plains Dispatch) - Bhupinder Singh Mann, one of the four members of the Supreme Court's committee on the farm laws, withdrew from the panel on Thursday, saying he would not take any position that went against the interests of Punjab's farmers.

Mann, a former member of parliament who heads his own faction of the Bharatiya Kisan Union, had written in support of the laws last month, with amendments. His faction is not part of the Samyukt Kisan Morcha, the alliance of about 40 unions leading the sit-ins.

The morcha said Mann's exit did not change its decision to stay away from the committee. Its leaders said they had never asked the court for a panel and that their dispute was with the government.

Anil Ghanwat, another committee member, whose Shetkari Sanghatana in Maharashtra supports the reforms, said the panel would go ahead with its work and invited all farm groups to meet it.

The court has not said whether it will name a replacement. The committee is due to hold its first meeting on Tuesday.""",
        claims=[
            (SKM, PANEL, O, "did not change its decision to stay away from the committee", True),
        ],
    ),
    dict(
        id="019", published="2021-01-20T13:30:00Z", outlet="lantern-post",
        slug="centre-offers-to-freeze-farm-laws-for-18-months",
        title="Centre offers to freeze farm laws for 18 months if farmers end sit-ins",
        text="""NEW DELHI, Jan 20 (Lantern Post) - The government offered on Wednesday to put the three farm laws on hold for up to 18 months and to set up a joint committee with the unions to review them, in exchange for farmers ending their sit-ins on the roads around Delhi.

Agriculture Minister Narendra Singh Tomar made the proposal at the tenth round of talks, held at Vigyan Bhawan. He said the government was ready to file an affidavit in the Supreme Court to make the suspension binding, but only if the unions agreed to go home.

Union leaders said they would discuss the offer among themselves and reply on Friday. They repeated that their demand remained the full repeal of the laws.

The government had previously rejected calls to pause the laws, arguing in court last week that judges could not halt legislation passed by parliament. Some union leaders described the offer as a sign that the government was under pressure, though none would say whether they would accept it.

The Supreme Court has already suspended the laws, and the committee it appointed held its first meeting on Tuesday.""",
        claims=[
            (GOV, SUSPEND, C, "but only if the unions agreed to go home", True),
            (SKM, REPEAL, S, "their demand remained the full repeal of the laws", True),
            (SC, SUSPEND, S, "The Supreme Court has already suspended the laws", False),
        ],
    ),
    dict(
        id="020", published="2021-01-21T15:45:00Z", outlet="crossroads-bulletin",
        slug="farm-unions-reject-offer-to-suspend-laws",
        title="Farm unions reject offer to suspend laws, insist on repeal",
        text="""NEW DELHI, Jan 21 (Crossroads Bulletin) - The Samyukt Kisan Morcha, the alliance of farm unions leading the protests outside Delhi, on Thursday rejected the government's offer to suspend the three farm laws for 18 months, saying nothing short of full repeal would end the sit-ins.

After a meeting at Singhu that ran for several hours, the morcha said in a statement that its general body had turned the proposal down unanimously. It repeated its demand for a law guaranteeing that crops are bought at minimum support prices.

Balbir Singh Rajewal denied reports that some Punjab unions had been ready to accept the suspension, saying the decision had been taken by all the groups together.

Separately, the Kisan Mazdoor Sangharsh Committee, a Punjab group that is not part of the morcha, also said it would not accept the offer.

The unions said their tractor parade on Republic Day would go ahead, and that they had asked the Delhi police to allow it on the city's Outer Ring Road. Ministers are due to meet union leaders again on Friday.""",
        claims=[
            (SKM, SUSPEND, O, "rejected the government's offer to suspend the three farm laws for 18 months", True),
            (SKM, REPEAL, S, "nothing short of full repeal would end the sit-ins", True),
            (SKM, MSP, S, "its demand for a law guaranteeing that crops are bought at minimum support prices", True),
        ],
    ),
    dict(
        id="021", published="2021-01-22T14:30:00Z", outlet="ridgeline-wire",
        slug="talks-collapse-as-tomar-calls-suspension-best-offer",
        title="Talks collapse as Tomar calls suspension the government's best offer",
        text="""NEW DELHI, Jan 22 (Ridgeline Wire) - The eleventh round of talks between the government and farm unions ended on Friday without a date for another meeting, after ministers told the unions that the offer to suspend the farm laws was the best the government could make.

Agriculture Minister Narendra Singh Tomar said the proposal to hold the laws for 18 months remained available if the unions agreed to end their protest, and asked them to let him know if they changed their minds. He said some forces were not interested in the welfare of farmers and wanted the agitation to go on.

The ministers spent less than 30 minutes with the union leaders out of the five hours the delegations were at Vigyan Bhawan, according to people who attended.

Union leaders said they had told the ministers they would accept nothing other than repeal, and had turned down the suspension again.

The unions said they would now concentrate on their Republic Day tractor parade. Police said talks on its route were continuing.""",
        claims=[
            (GOV, SUSPEND, C, "remained available if the unions agreed to end their protest", True),
            (SKM, REPEAL, S, "they would accept nothing other than repeal", True),
            (SKM, SUSPEND, O, "had turned down the suspension again", True),
        ],
    ),
    dict(
        id="022", published="2021-01-26T12:15:00Z", outlet="monsoon-courier",
        slug="tractor-parade-turns-violent-red-fort",
        title="Tractor parade turns violent as protesters enter Red Fort",
        text="""NEW DELHI, Jan 26 (Monsoon Courier) - Thousands of farmers on tractors broke through police barricades in Delhi on Tuesday, India's Republic Day, and some of them forced their way into the Red Fort, where a group hoisted religious and union flags from a rampart.

Police fired tear gas and used batons at several points in the city, including the ITO junction in central Delhi, where one protester died after his tractor overturned. Dozens of police officers were injured, officials said.

Most of the parade followed the routes agreed with the police, from Singhu, Tikri and Ghazipur, but some groups set off early and headed for the city centre. Leaders of the protest said they had lost control of parts of the march and blamed outsiders for the violence.

The government ordered internet services suspended in some areas around the capital, and paramilitary units were deployed at the Red Fort.

The official Republic Day parade on Rajpath had ended before the clashes began. It was not immediately clear how many people had been detained.""",
        claims=[],
    ),
    dict(
        id="023", published="2021-01-30T12:00:00Z", outlet="plains-dispatch",
        slug="modi-says-farm-law-offer-still-stands",
        title="Modi says farm law offer still stands, 'a phone call away'",
        text="""NEW DELHI, Jan 30 (Plains Dispatch) - Prime Minister Narendra Modi told leaders of parliamentary parties on Saturday that the government's offer to suspend the three farm laws for 18 months still stood, and that his agriculture minister was only a phone call away if the unions wanted to talk.

The offer, made at talks on Jan 20, would put the laws on hold while a joint committee reviews them, provided the unions end their sit-ins. Modi's remarks at the all-party meeting, held by video ahead of the budget session, were relayed to reporters by a minister who took part.

Protest leaders observed a day-long fast on Saturday to mark the anniversary of Mahatma Gandhi's assassination. At Ghazipur, on Delhi's border with Uttar Pradesh, crowds swelled after Rakesh Tikait of the Bharatiya Kisan Union broke down in front of television cameras on Thursday night and vowed to stay until the laws were withdrawn.

Several opposition parties, including the Congress, used the meeting to repeat their call for the laws to be repealed.

Police have reinforced barricades at the three main protest sites since the violence in the capital on Republic Day.""",
        claims=[
            (GOV, SUSPEND, C, "the government's offer to suspend the three farm laws for 18 months still stood", True),
            (SKM, REPEAL, S, "vowed to stay until the laws were withdrawn", True),
            (INC, REPEAL, S, "repeat their call for the laws to be repealed", True),
        ],
    ),
    dict(
        id="024", published="2021-02-08T09:00:00Z", outlet="lantern-post",
        slug="modi-signals-retreat-invites-farmers-back",
        title="Modi signals retreat, invites farmers back to talks",
        text="""NEW DELHI, Feb 8 (Lantern Post) - Prime Minister Narendra Modi appealed to protesting farmers on Monday to end their sit-ins and return to talks, telling parliament that the system of minimum support prices had existed before, existed now and would go on existing.

Replying to a debate in the upper house, Modi said the farm laws should be given a chance and that the government was ready to improve them wherever farmers pointed to a real flaw. He said the offer to hold the laws for 18 months while talks continued remained open, and asked the unions to send elderly protesters home from the cold.

He did not say whether the government would consider writing the support prices into law.

During the debate, Ghulam Nabi Azad, the Congress leader in the upper house, urged the government to withdraw the laws and to drop cases against protesters detained after the Republic Day violence.

Modi also warned against what he called a new breed of professional agitators, a remark that drew protests from the opposition benches.""",
        claims=[
            (GOV, REPEAL, O, "the farm laws should be given a chance", True),
            (GOV, AMEND, S, "the government was ready to improve them wherever farmers pointed to a real flaw", True),
            (GOV, SUSPEND, C, "the offer to hold the laws for 18 months while talks continued remained open", True),
            (INC, REPEAL, S, "urged the government to withdraw the laws", True),
        ],
    ),
    dict(
        id="025", published="2021-03-19T11:00:00Z", outlet="crossroads-bulletin",
        slug="court-appointed-farm-panel-hands-in-report",
        title="Court-appointed farm panel hands in report in sealed cover",
        text="""NEW DELHI, March 19 (Crossroads Bulletin) - The committee appointed by the Supreme Court to examine the three farm laws has submitted its report to the court in a sealed cover, one of its members said on Friday, two months after it began its work.

Anil Ghanwat, a member of the panel, said the committee had consulted farm groups, traders, state governments and procurement agencies, but declined to say what it had recommended. He said it was up to the court to decide whether to make the report public.

The panel was left with three members after Bhupinder Singh Mann stepped aside in January. The unions leading the protests outside Delhi were not among the groups it listed.

It is not clear when the court will take up the report. Lawyers involved in the case said a hearing was unlikely before the court's summer recess.

Meanwhile, the protests have entered their fourth month, and the tents at Singhu and Tikri are being replaced by sturdier shelters of bamboo and brick as summer approaches.""",
        claims=[],
    ),
    dict(
        id="026", published="2021-09-05T11:30:00Z", outlet="ridgeline-wire",
        slug="huge-farmers-rally-in-muzaffarnagar",
        title="Huge farmers' rally in Uttar Pradesh vows to keep up pressure on Modi",
        text="""MUZAFFARNAGAR, India, Sept 5 (Ridgeline Wire) - Hundreds of thousands of farmers gathered in the western Uttar Pradesh town of Muzaffarnagar on Sunday for one of the largest rallies since the protests against the three farm laws began last year, as the Samyukt Kisan Morcha took its campaign to a state that votes early next year.

Rakesh Tikait told the crowd that the farmers would not leave the Delhi borders, even if it took years, unless the laws were withdrawn and the government gave a legal guarantee on support prices. The morcha announced a nationwide shutdown for Sept 27.

Varun Gandhi, a member of parliament from Modi's own Bharatiya Janata Party, wrote on social media that the government should restart talks with the farmers, whom he called "our own flesh and blood".

The government, which has not held formal talks with the unions since January, did not comment.

Security was tight across the district, and mobile internet was slowed in some areas, residents said.""",
        claims=[
            (SKM, REPEAL, S, "unless the laws were withdrawn", True),
            (SKM, MSP, S, "the government gave a legal guarantee on support prices", True),
        ],
    ),
    dict(
        id="027", published="2021-09-27T12:00:00Z", outlet="monsoon-courier",
        slug="farmers-shutdown-blocks-highways-tomar-says-door-open",
        title="Farmers' shutdown blocks highways; Tomar says door to talks open",
        text="""NEW DELHI, Sept 27 (Monsoon Courier) - Farmers blocked highways and railway lines in several northern states on Monday in a 10-hour nationwide shutdown called by the Samyukt Kisan Morcha to mark ten months since farmers first marched on Delhi.

Agriculture Minister Narendra Singh Tomar appealed to the unions to end their agitation and return to talks. He said the government was still ready to amend any clause of the laws that farmers objected to, but that the laws themselves were good for farmers and would stay.

Punjab's new chief minister, Charanjit Singh Channi, who was sworn in a week ago after Amarinder Singh resigned, said his government backed the shutdown and asked Prime Minister Narendra Modi to repeal the laws without further delay.

The morcha said the shutdown had been peaceful across the country. Traffic on the main highways from Delhi to Punjab and Haryana came to a standstill, and dozens of trains were cancelled or cut short.

In Haryana, police said protesters had blocked the Delhi-Amritsar highway at several points, but that there had been no violence.""",
        claims=[
            (GOV, AMEND, S, "still ready to amend any clause of the laws that farmers objected to", True),
            (GOV, REPEAL, O, "the laws themselves were good for farmers and would stay", True),
            (PUN, REPEAL, S, "asked Prime Minister Narendra Modi to repeal the laws without further delay", True),
        ],
    ),
    dict(
        id="028", published="2021-10-27T11:00:00Z", outlet="plains-dispatch",
        slug="amarinder-to-launch-party-open-to-bjp-tie-up",
        title="Amarinder to launch own party, open to BJP tie-up if farm row is settled",
        text="""CHANDIGARH, Oct 27 (Plains Dispatch) - Amarinder Singh, who stepped down as Punjab's chief minister last month after a feud within the Congress party, said on Wednesday he would launch his own political party and would consider a seat-sharing deal with the Bharatiya Janata Party in next year's state election, but only if the farmers' protest was resolved in their interest.

Singh, 79, said he would go to Delhi in the coming days with a group of agricultural experts to meet Home Minister Amit Shah and press for a settlement. He did not say what terms he would regard as acceptable.

Chief Minister Charanjit Singh Channi's office said the state government stood with the farmers and wanted the three laws withdrawn.

The Congress, which has demanded that the laws be scrapped since they were passed, said Singh's talk of a pact with the BJP showed where his sympathies had always been.

The Samyukt Kisan Morcha said it would not be drawn into electoral politics and would not endorse any party in the Punjab election.""",
        claims=[
            (PUN, REPEAL, S, "wanted the three laws withdrawn", True),
            (INC, REPEAL, S, "which has demanded that the laws be scrapped since they were passed", False),
        ],
    ),
    dict(
        id="029", published="2021-11-19T04:30:00Z", outlet="lantern-post",
        slug="modi-announces-repeal-of-farm-laws",
        title="Modi announces repeal of farm laws after year of protests",
        text="""NEW DELHI, Nov 19 (Lantern Post) - Prime Minister Narendra Modi said on Friday that his government would repeal the three farm laws that set off a year of protests, announcing the surprise climbdown in a televised address to the nation.

Modi said the process of repealing the laws would be completed in the session of parliament that begins at the end of this month, and apologised that the government had been unable to convince a section of farmers of their benefits. He asked the protesters to return to their homes and fields.

He said a committee of central and state officials, farmers and experts would be set up to make the system of minimum support prices more effective and transparent. He did not say whether it would consider the unions' demand for a legal guarantee.

The Samyukt Kisan Morcha welcomed the announcement but said the sit-ins would not end until parliament had actually repealed the laws, and that farmers still wanted a law guaranteeing support prices.

Akali Dal president Sukhbir Singh Badal said the laws should never have been passed. Congress leader Rahul Gandhi hailed the decision as a victory for farmers. Former Punjab chief minister Amarinder Singh, now the leader of a new party, also welcomed it.

The announcement came on the birth anniversary of Guru Nanak, the founder of Sikhism.""",
        claims=[
            (GOV, REPEAL, S, "his government would repeal the three farm laws", True),
            (SKM, REPEAL, S, "the sit-ins would not end until parliament had actually repealed the laws", True),
            (SKM, MSP, S, "farmers still wanted a law guaranteeing support prices", True),
            (SAD, REPEAL, S, "the laws should never have been passed", True),
            (INC, REPEAL, S, "hailed the decision as a victory for farmers", True),
        ],
    ),
    dict(
        id="030", published="2021-11-19T07:15:00Z", outlet="crossroads-bulletin",
        slug="modi-to-scrap-farm-laws-in-televised-address",
        title="Modi to scrap farm laws in surprise televised address",
        text="""NEW DELHI, Nov 19 (Crossroads Bulletin) - Prime Minister Narendra Modi announced on Friday that his government would repeal the three farm laws that had set off a year of protests by farmers, a surprise climbdown delivered in a televised address.

The process of repealing the laws would be completed in the session of parliament beginning later this month, Modi said. He apologised that the government had been unable to convince a section of farmers of the laws' benefits, and asked the protesters to go back to their homes and fields.

A committee of central and state officials, farmers and experts would be formed to make the system of minimum support prices more effective and transparent, he said, without saying whether it would look at the unions' demand for a legal guarantee.

The Samyukt Kisan Morcha welcomed the decision but said the sit-ins would not end until parliament had actually repealed the laws, adding that farmers still wanted a law guaranteeing support prices.

Akali Dal president Sukhbir Singh Badal said the laws should never have been passed, while Congress leader Rahul Gandhi hailed the decision as a victory for farmers. Former Punjab chief minister Amarinder Singh, who now leads his own party, also welcomed it.

Modi made the announcement on the birth anniversary of Guru Nanak, the founder of Sikhism.""",
        claims=[
            (GOV, REPEAL, S, "his government would repeal the three farm laws", True),
            (SKM, REPEAL, S, "the sit-ins would not end until parliament had actually repealed the laws", True),
            (SKM, MSP, S, "farmers still wanted a law guaranteeing support prices", True),
            (SAD, REPEAL, S, "the laws should never have been passed", True),
            (INC, REPEAL, S, "hailed the decision as a victory for farmers", True),
        ],
    ),
    dict(
        id="031", published="2021-11-27T12:30:00Z", outlet="ridgeline-wire",
        slug="tomar-says-msp-panel-can-weigh-legal-guarantee",
        title="Tomar says MSP panel can weigh legal guarantee, urges farmers to go home",
        text="""NEW DELHI, Nov 27 (Ridgeline Wire) - Agriculture Minister Narendra Singh Tomar said on Saturday that the committee on crop prices promised by Prime Minister Narendra Modi would include representatives of the protesting unions and could examine their demand for a legal guarantee of minimum support prices.

Tomar said that after the prime minister's announcement there was no longer any reason for farmers to continue their protest, and he asked them to return home. He said the government had also accepted the unions' demand to decriminalise stubble burning.

The cabinet approved a bill to repeal the three farm laws on Wednesday, and it is listed for introduction in the lower house of parliament on Monday.

The Samyukt Kisan Morcha said it would decide on Dec 4 whether to end the sit-ins. Its leaders said a committee was not the same as a law, and that farmers wanted the legal guarantee in writing before they left.

Analysts said the government was keen to clear the roads before state elections in Punjab and Uttar Pradesh early next year.""",
        claims=[
            (GOV, MSP, C, "could examine their demand for a legal guarantee of minimum support prices", True),
            (GOV, STUBBLE, S, "the government had also accepted the unions' demand to decriminalise stubble burning", True),
            (GOV, REPEAL, S, "The cabinet approved a bill to repeal the three farm laws on Wednesday", False),
            (SKM, MSP, S, "farmers wanted the legal guarantee in writing before they left", True),
        ],
    ),
    dict(
        id="032", published="2021-11-29T10:30:00Z", outlet="monsoon-courier",
        slug="parliament-repeals-farm-laws-without-debate",
        title="Parliament repeals farm laws in minutes, without debate",
        text="""NEW DELHI, Nov 29 (Monsoon Courier) - Both houses of India's parliament passed a bill on Monday repealing the three farm laws, on the first day of the winter session and without a debate, a little over a year after the laws were enacted.

Agriculture Minister Narendra Singh Tomar moved the Farm Laws Repeal Bill in the Lok Sabha shortly after noon, and it was passed by voice vote within minutes amid protests from opposition members. The upper house approved it in the afternoon. The bill now goes to the president for his assent.

The Congress had demanded a discussion on the repeal and on support prices. Its leader in the Lok Sabha, Adhir Ranjan Chowdhury, said the government was running away from a debate, and the party said it would keep pressing for a law on support prices.

The Samyukt Kisan Morcha said the protest would not be called off while the demand for a support price law remained pending. Its leaders declined to say whether the sit-ins would end before the middle of December.

Government officials said the members of the proposed committee on support prices would be named soon.""",
        claims=[
            (GOV, REPEAL, S, "Tomar moved the Farm Laws Repeal Bill in the Lok Sabha", True),
            (INC, MSP, S, "the party said it would keep pressing for a law on support prices", True),
            (SKM, MSP, S, "would not be called off while the demand for a support price law remained pending", True),
        ],
    ),
]

# Labelled shifts: (actor, issue, from, to, article, why).
SHIFTS = [
    (SAD, REPEAL, O, S, "001",
     "Sukhbir Singh Badal says the Akali Dal will vote against the bills and urges the government to withdraw them; "
     "the party had defended the same measures as ordinances in June (baseline oppose)."),
    (GOV, STUBBLE, C, S, "013",
     "The government agrees to exempt farmers from the stubble-burning penalties; on Dec 3 and Dec 9 (009, 010) it "
     "had only offered to look at the objections and find a solution."),
    (SC, SUSPEND, C, S, "015",
     "The chief justice says the court wants the laws kept in abeyance and will put them on hold itself if the Centre "
     "does not; on Dec 17 (012) the bench had only suggested the government could consider holding off."),
    (GOV, SUSPEND, O, C, "019",
     "Tomar offers to put the laws on hold for up to 18 months, but only if the unions end their sit-ins; in court "
     "(012, 015) the government had argued that pausing the laws was not an option."),
    (GOV, REPEAL, O, S, "029",
     "Modi announces that the government will repeal the three laws; it had defended them and ruled out repeal "
     "from 001 through 027."),
    (GOV, MSP, O, C, "031",
     "Tomar says the promised crop-price committee could examine the demand for a legal guarantee of MSP; until then "
     "the government had said a statutory guarantee was unnecessary or unaffordable (002, 010)."),
]


def parse_watchlist(path):
    """Minimal parser for the watchlist format (actors/issues ids and baseline rows)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s*id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def url_for(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def main():
    errors = []
    wl_actors, wl_issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(wl_actors) <= 8):
        errors.append(f"watchlist has {len(wl_actors)} actors (want 5-8)")
    if not (5 <= len(wl_issues) <= 7):
        errors.append(f"watchlist has {len(wl_issues)} issues (want 5-7)")
    for a, i, s in baseline:
        if a not in wl_actors or i not in wl_issues or s not in (S, O, C):
            errors.append(f"bad baseline row {a} {i} {s}")

    # ids and order
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != f"{n:03d}":
            errors.append(f"article {a['id']} out of sequence (expected {n:03d})")
        if n > 1 and parse_ts(a["published"]) <= parse_ts(ARTICLES[n - 2]["published"]):
            errors.append(f"article {a['id']} not after {ARTICLES[n - 2]['id']}")
    if not (30 <= len(ARTICLES) <= 34):
        errors.append(f"{len(ARTICLES)} articles (want 30-34)")

    # articles: dateline, length, quotes, actors/issues
    ist = dt.timedelta(hours=5, minutes=30)
    for a in ARTICLES:
        outlet = OUTLETS[a["outlet"]]
        text = a["text"]
        m = re.match(r"^([A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z ]+)?), (" + "|".join(MONTHS) + r") (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append(f"{a['id']}: no dateline")
        else:
            local = parse_ts(a["published"]) + ist
            if m.group(4) != outlet:
                errors.append(f"{a['id']}: dateline outlet {m.group(4)} != {outlet}")
            if MONTHS[local.month - 1] != m.group(2) or int(m.group(3)) != local.day:
                errors.append(f"{a['id']}: dateline date {m.group(2)} {m.group(3)} != local {local:%b %d}")
        wc = len(text.split())
        if not (120 <= wc <= 260):
            errors.append(f"{a['id']}: {wc} words (want 120-260)")
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in wl_actors:
                errors.append(f"{a['id']}: unknown actor {actor}")
            if issue not in wl_issues:
                errors.append(f"{a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{a['id']}: bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"{a['id']}: attributed must be bool")
            if quote not in text:
                errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{a['id']}: quote longer than 15 words: {quote!r}")
            if (actor, issue) in seen:
                errors.append(f"{a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
        if any(ch in text for ch in "\u2018\u2019\u201c\u201d\u2014"):
            errors.append(f"{a['id']}: non-ASCII punctuation")

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for art in ARTICLES:
        for actor, issue, stance, quote, attributed in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                computed.append((actor, issue, prev, stance, art["id"]))
            prevailing[key] = stance
    labelled = [(a, i, f, t, art) for a, i, f, t, art, _ in SHIFTS]
    if computed != labelled:
        errors.append("recomputed shifts differ from labelled shifts:\n  computed " + repr(computed)
                      + "\n  labelled " + repr(labelled))
    shift_articles = sorted({s[4] for s in SHIFTS})
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]

    # counts for the brief
    claims = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    n_unattr = sum(1 for c in claims if not c[4])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not (60 <= len(claims) <= 90):
        errors.append(f"{len(claims)} claims (want 60-90)")
    if by_stance[C] < 6:
        errors.append("fewer than 6 conditional claims")
    if not (5 <= len(SHIFTS) <= 8):
        errors.append(f"{len(SHIFTS)} shifts (want 5-8)")
    reversals = sum(1 for s in SHIFTS if {s[2], s[3]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals (max 2)")
    if not (3 <= len(empty) <= 4):
        errors.append(f"{len(empty)} no-claim articles (want 3-4)")

    # duplicates: same day, different outlet, identical claims
    duplicates = [("016", "017"), ("029", "030")]
    byid = {a["id"]: a for a in ARTICLES}
    for x, y in duplicates:
        ax, ay = byid[x], byid[y]
        if ax["outlet"] == ay["outlet"] or ax["published"][:10] != ay["published"][:10]:
            errors.append(f"duplicate {x}/{y} must be same day, different outlet")
        strip = lambda cs: sorted((c[0], c[1], c[2], c[4]) for c in cs)
        if strip(ax["claims"]) != strip(ay["claims"]):
            errors.append(f"duplicate {x}/{y} claims differ")
        if ax["text"].split(" - ", 1)[1] == ay["text"].split(" - ", 1)[1]:
            errors.append(f"duplicate {x}/{y} is not reworded")
    if not any(x in shift_articles for x, _ in duplicates):
        errors.append("no duplicate pair contains a shift article")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # write outputs
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
            "url": url_for(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        last = format_datetime(parse_ts(items[0]["published"]), usegmt=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set {SET_NAME}</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{last}</lastBuildDate>",
        ]
        for a in items:
            u = url_for(a)
            out += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(u)}</link>",
                f'      <guid isPermaLink="true">{escape(u)}</guid>',
                f"      <pubDate>{format_datetime(parse_ts(a['published']), usegmt=True)}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    labels = {
        "claims": {
            a["id"]: [
                {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                for c in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": [
            {"actor": a, "issue": i, "from": f, "to": t, "article": art, "why": why}
            for a, i, f, t, art, why in SHIFTS
        ],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # xmllint
    xmllint = shutil.which("xmllint")
    if not xmllint:
        print("VALIDATION FAILED: xmllint not found")
        sys.exit(1)
    for slug in OUTLETS:
        r = subprocess.run([xmllint, "--noout", os.path.join(feed_dir, slug + ".xml")], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"VALIDATION FAILED: xmllint {slug}.xml: {r.stderr}")
            sys.exit(1)

    # round-trip check of written labels against the articles on disk
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        lab = json.load(fh)
    for aid, cl in lab["claims"].items():
        with open(os.path.join(art_dir, aid + ".json"), encoding="utf-8") as fh:
            txt = json.load(fh)["text"]
        for c in cl:
            assert c["quote"] in txt, (aid, c["quote"])
    assert sorted(lab["claims"]) == [a["id"] for a in ARTICLES]

    restate = 0
    prev = {(a, i): s for a, i, s in baseline}
    first = 0
    for art in ARTICLES:
        for actor, issue, stance, _, attributed in art["claims"]:
            if not attributed:
                continue
            p = prev.get((actor, issue))
            if p is None:
                first += 1
            elif p == stance:
                restate += 1
            prev[(actor, issue)] = stance
    print(f"OK: {len(ARTICLES)} articles, {len(claims)} claims "
          f"({by_stance[S]} support, {by_stance[O]} oppose, {by_stance[C]} conditional; {n_unattr} attributed false)")
    print(f"    {len(SHIFTS)} shifts in articles {', '.join(shift_articles)}; "
          f"{reversals} straight reversals; no-claim articles {', '.join(empty)}")
    print(f"    attributed restatements {restate}, attributed first observations {first}")
    per_outlet = {}
    for a in ARTICLES:
        per_outlet[OUTLETS[a['outlet']]] = per_outlet.get(OUTLETS[a['outlet']], 0) + 1
    print("    per outlet:", per_outlet)
    print("    words:", min(len(a['text'].split()) for a in ARTICLES), "-", max(len(a['text'].split()) for a in ARTICLES))


if __name__ == "__main__":
    main()
