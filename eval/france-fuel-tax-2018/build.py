#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set france-fuel-tax-2018.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything against watchlist.yaml. Exits non-zero on failure.

Usage: python3 build.py
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "tidewater-post": "Tidewater Post",
    "coastline-report": "Coastline Report",
    "brightfield-herald": "Brightfield Herald",
    "crossroads-daily": "Crossroads Daily",
}

# Duplicate pairs: (original, copy). The copy carries identical claims.
DUPLICATES = [("005", "006"), ("018", "019")]


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet slug, url slug, title, paragraphs, claims.
ARTICLES = [
    # 001
    dict(
        published="2018-11-06T15:30:00Z", outlet="lantern-wire", slug="macron-defends-fuel-tax-rises",
        title="Macron defends fuel tax rises as calls for Nov 17 blockades spread",
        paras=[
            "CHARLEVILLE-MEZIERES, Nov 6 (Lantern Wire) - President Emmanuel Macron on Tuesday defended the increases in fuel taxes that have angered motorists across France, saying he would rather tax fuel than tax work.",
            "Speaking during a week-long tour of former First World War battlefields, Macron said the rise planned for January was needed to pay for the shift away from fossil fuels and that the government would keep it. Most of the recent jump in pump prices, he added, came from the price of crude oil rather than from taxes.",
            "The carbon tax trajectory adopted last year would add about 6.5 euro cents a litre to diesel and 2.9 cents to petrol on Jan. 1.",
            "An online call by Eric Drouet, a lorry driver from the Paris region, for motorists to block roads on Saturday, Nov. 17, has drawn tens of thousands of pledges. Its supporters, who have started calling themselves the yellow vests after the high-visibility jackets every driver must carry, say the tax rise must be scrapped because people in rural areas have no alternative to the car.",
            "A video by Jacline Mouraud, a hypnotherapist from Brittany, railing against the cost of driving has been viewed millions of times. Mouraud says she belongs to no party.",
            "Government officials said they expected the mobilisation to be limited.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "oppose", "the government would keep it"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "say the tax rise must be scrapped"),
        ],
    ),
    # 002
    dict(
        published="2018-11-08T11:00:00Z", outlet="tidewater-post", slug="opposition-rallies-behind-fuel-protest",
        title="Opposition parties rally behind fuel protest, demand tax rise be dropped",
        paras=[
            "PARIS, Nov 8 (Tidewater Post) - France's main opposition parties have lined up behind the motorists' protest planned for Nov. 17, each urging the government to give up its January increase in fuel taxes.",
            "Laurent Wauquiez, leader of the conservative Republicans, said on Wednesday that the rise should be cancelled outright, arguing that the middle classes of small towns were being treated as a cash machine.",
            "Marine Le Pen, whose Rassemblement National has backed the protest since the first calls went out, said the increase had to be withdrawn and that she supported every citizen who took part.",
            "On the left, La France Insoumise lawmaker Francois Ruffin said the rise should be dropped and that the money for the energy transition should come from restoring the wealth tax that Macron abolished this year, not from workers who drive to their jobs.",
            "Government spokesman Benjamin Griveaux said the executive would not back down. He accused the opposition of hypocrisy, noting that several of its leaders had voted for carbon tax increases in the past.",
            "Polls published this week suggest that a large majority of French people sympathise with the protest.",
        ],
        claims=[
            C("republicans", "scrap-fuel-tax-rise", "support", "the rise should be cancelled outright"),
            C("rn", "scrap-fuel-tax-rise", "support", "said the increase had to be withdrawn"),
            C("lfi", "scrap-fuel-tax-rise", "support", "Francois Ruffin said the rise should be dropped"),
            C("lfi", "restore-wealth-tax", "support", "should come from restoring the wealth tax that Macron abolished this year"),
            C("government", "scrap-fuel-tax-rise", "oppose", "the executive would not back down"),
        ],
    ),
    # 003
    dict(
        published="2018-11-14T19:00:00Z", outlet="coastline-report", slug="philippe-offers-aid-keeps-fuel-tax-rise",
        title="Philippe offers motorists aid but keeps fuel tax rise",
        paras=[
            "PARIS, Nov 14 (Coastline Report) - Prime Minister Edouard Philippe on Wednesday announced about 500 million euros in aid for low-income motorists, but said the increase in fuel taxes due in January would go ahead.",
            "The package doubles the car scrappage bonus for the poorest households, widens the energy cheque used to pay heating bills and raises the tax allowance for people who drive long distances to work.",
            "Philippe said in a radio interview that the government had heard the anger but would not change its course on carbon taxation. He said it would be a mistake to keep France dependent on oil at a time when prices were so volatile.",
            "Ecology Minister Francois de Rugy, who spoke at a later briefing, said the aid was aimed at the people most exposed to the cost of driving.",
            "Priscillia Ludosky, whose online petition against high fuel prices has gathered more than 800,000 signatures, said the measures missed the point. The protesters want the tax rise cancelled, not a bonus to buy a new car that most of them cannot afford, she said.",
            "Organisers said the Saturday blockades would go ahead.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "oppose", "would not change its course on carbon taxation"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "The protesters want the tax rise cancelled"),
        ],
    ),
    # 004
    dict(
        published="2018-11-17T18:30:00Z", outlet="lantern-wire", slug="one-dead-as-yellow-vests-block-roads",
        title="One dead as yellow vests block roads across France",
        paras=[
            "PARIS, Nov 17 (Lantern Wire) - Nearly 300,000 people blocked roads, roundabouts and motorway toll booths across France on Saturday in protest at rising fuel taxes, and a woman was killed when a driver panicked at a blockade in the Savoie region.",
            "Interior Minister Christophe Castaner said 282,000 people had taken part at more than 2,000 sites and that several hundred had been injured, most of them lightly. He said the right to protest would be respected but that blocking roads was not a right.",
            "In Paris, several hundred protesters marched up the Champs-Elysees and tried to reach the Elysee Palace before police turned them back with tear gas.",
            "The movement, which has no leader and was organised on social media, wants the January rise in diesel and petrol taxes scrapped.",
            "At a roundabout near Bourges, a care worker who did not want to give her name said she was not against the planet but could no longer afford to fill her tank at the end of the month.",
            "The protests were largely peaceful, but there were tense scenes at several sites where drivers tried to force their way through.",
        ],
        claims=[
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "wants the January rise in diesel and petrol taxes scrapped", attributed=False),
        ],
    ),
    # 005
    dict(
        published="2018-11-18T20:45:00Z", outlet="tidewater-post", slug="philippe-says-fuel-tax-course-is-right",
        title="French PM says fuel tax course is right and will be held",
        paras=[
            "PARIS, Nov 18 (Tidewater Post) - Prime Minister Edouard Philippe said on Sunday that the government would hold its course on fuel taxes, a day after nearly 300,000 people took part in road blockades across the country.",
            "In a television interview, Philippe said he had heard the anger and the suffering of people who felt abandoned, but that the course was the right one and the government would keep to it. The January increase will not be cancelled, he said.",
            "He announced no new measures and said the aid package presented on Wednesday would be carried out in full.",
            "Protest organisers said the blockades would continue into the week. Eric Drouet, one of the first to call for the Nov. 17 action, said in a video posted online that the movement would not stop until the increase was scrapped.",
            "Several fuel depots in the west of the country were blocked on Sunday. Police reported 409 injuries on Saturday, including 14 serious ones.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "oppose", "The January increase will not be cancelled"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "the movement would not stop until the increase was scrapped"),
        ],
    ),
    # 006 (copy of 005)
    dict(
        published="2018-11-18T22:10:00Z", outlet="brightfield-herald", slug="philippe-holds-firm-on-fuel-tax",
        title="Philippe holds firm on fuel tax after day of blockades",
        paras=[
            "PARIS, Nov 18 (Brightfield Herald) - French Prime Minister Edouard Philippe said on Sunday that the government would stick to its course on fuel taxes, a day after almost 300,000 people joined road blockades around the country.",
            "Speaking in a television interview, Philippe said he had heard the anger and distress of people who felt left behind, but the course was right and the government would hold to it. The increase planned for January will not be cancelled, he said.",
            "He did not announce any new measures and said Wednesday's aid package would be implemented in full.",
            "Organisers said the blockades would carry on during the week. Eric Drouet, who was among the first to call for the Nov. 17 protest, said in an online video that the movement would not stop until the increase was scrapped.",
            "Several fuel depots in western France were blocked on Sunday. Police said 409 people were injured on Saturday, 14 of them seriously.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "oppose", "The increase planned for January will not be cancelled"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "the movement would not stop until the increase was scrapped"),
        ],
    ),
    # 007
    dict(
        published="2018-11-20T13:00:00Z", outlet="crossroads-daily", slug="berger-proposes-national-conference",
        title="CFDT's Berger proposes national conference on the cost of the energy transition",
        paras=[
            "PARIS, Nov 20 (Crossroads Daily) - Laurent Berger, leader of the CFDT, France's largest trade union, on Tuesday proposed that unions, employers, environmental groups and local officials meet the government for a national conference on the cost of the energy transition.",
            "Berger said such a meeting should produce a social pact to protect workers who depend on their cars, from help with commuting costs to support for replacing old heating systems.",
            "The CFDT does not want the carbon tax abandoned, Berger said, because the climate cannot wait, but the people least able to pay should not carry the burden alone.",
            "Philippe Martinez, head of the more radical CGT union, said his members would not join the yellow vest blockades, which he said had been encouraged by the far right, and called instead for strikes over wages.",
            "An Elysee official said the president would look at all proposals, but gave no sign of what he thought of this one.",
            "Fuel depots near Rennes, Brest and Le Mans remained blocked on Tuesday.",
        ],
        claims=[
            C("cfdt", "national-consultation", "support", "meet the government for a national conference on the cost of the energy transition"),
            C("cfdt", "scrap-fuel-tax-rise", "oppose", "The CFDT does not want the carbon tax abandoned"),
        ],
    ),
    # 008 (no claims)
    dict(
        published="2018-11-21T17:00:00Z", outlet="coastline-report", slug="blockades-thin-out-paris-protest-planned",
        title="Blockades thin out but organisers plan Paris protest on Saturday",
        paras=[
            "PARIS, Nov 21 (Coastline Report) - Road blockades thinned out across mainland France on Wednesday, but organisers called for a national rally in Paris on Saturday, and the authorities prepared for a second weekend of protests.",
            "The Paris police prefecture said it would allow a gathering on the Champ de Mars, near the Eiffel Tower, but would not let protesters onto the Place de la Concorde, close to the presidential palace. Several groups on social media said they would head to the Champs-Elysees regardless.",
            "A second person died on Tuesday when a motorcyclist hit a van at a blockade in the Drome region. On the Indian Ocean island of Reunion, where the protests turned into rioting, the authorities imposed a night-time curfew in several towns.",
            "Interior Minister Christophe Castaner said 3,000 police would be deployed in the capital. He said those who wanted to protest peacefully would be able to do so.",
            "Analysts said the government might be tempted to offer further aid to rural drivers if the mobilisation held up, though none expected a change to the tax itself before the budget vote.",
            "Fuel supplies were normal at most filling stations, the oil industry's trade body said.",
        ],
        claims=[],
    ),
    # 009
    dict(
        published="2018-11-23T16:00:00Z", outlet="lantern-wire", slug="senate-votes-to-strip-fuel-tax-rise",
        title="French Senate votes to strip fuel tax rise from budget",
        paras=[
            "PARIS, Nov 23 (Lantern Wire) - France's Senate voted late on Thursday to remove next year's increase in the carbon tax from the 2019 budget bill, a largely symbolic move since the National Assembly has the final say.",
            "The amendment was carried in the upper house, where the conservative Republicans and their centrist allies hold a majority. Bruno Retailleau, who leads the Republicans in the Senate, said the rise was unjust for people who had no choice but to drive and had to be abandoned.",
            "Budget Minister Gerald Darmanin told senators that the government disagreed and would restore the increase when the bill returned to the lower house. He said cancelling it would cost the state billions of euros and would send the wrong signal on climate.",
            "Talks between the two chambers on the budget are expected to fail, and the Assembly, where Macron's party has a large majority, is likely to have the last word next month.",
            "The vote came as yellow vest protesters prepared for a second Saturday of action, with many planning to converge on Paris.",
        ],
        claims=[
            C("republicans", "scrap-fuel-tax-rise", "support", "had no choice but to drive and had to be abandoned"),
            C("government", "scrap-fuel-tax-rise", "oppose", "would restore the increase when the bill returned to the lower house"),
        ],
    ),
    # 010
    dict(
        published="2018-11-24T19:30:00Z", outlet="brightfield-herald", slug="tear-gas-on-champs-elysees",
        title="Tear gas on the Champs-Elysees as yellow vests return to Paris",
        paras=[
            "PARIS, Nov 24 (Brightfield Herald) - Police fired tear gas and water cannon on the Champs-Elysees on Saturday as thousands of yellow vest protesters built barricades and set fires on the Paris avenue during a second weekend of protests.",
            "Interior Minister Christophe Castaner said about 106,000 people had demonstrated nationwide. He blamed the violence in Paris on far-right agitators and said Marine Le Pen had encouraged people to go to the Champs-Elysees.",
            "Le Pen rejected the accusation, saying she had never called for violence and that the government was trying to discredit a popular movement. There was no way out of the crisis, she said, that did not begin with withdrawing the fuel tax increase.",
            "Macron wrote on Twitter that those who had attacked police officers should be ashamed and that there was no place for such violence in the Republic.",
            "Several protesters who have acted as informal spokespeople for the movement condemned the rioting and said their demand was unchanged: the fuel tax rise had to go.",
            "Two dozen people were injured in Paris, according to the police, including several officers.",
        ],
        claims=[
            C("rn", "scrap-fuel-tax-rise", "support", "that did not begin with withdrawing the fuel tax increase"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "their demand was unchanged: the fuel tax rise had to go"),
        ],
    ),
    # 011
    dict(
        published="2018-11-26T17:45:00Z", outlet="crossroads-daily", slug="yellow-vests-name-eight-spokespeople",
        title="Yellow vests name eight spokespeople, ask to meet Macron",
        paras=[
            "PARIS, Nov 26 (Crossroads Daily) - The yellow vest movement on Monday named eight spokespeople, among them Eric Drouet and Priscillia Ludosky, in an attempt to give a face to a protest that has so far had no leaders.",
            "In a statement posted online, the group said its first demand remained the cancellation of the fuel tax increases and that it wanted to be received by the president himself. It also called for lower taxes on basic goods.",
            "Ecology Minister Francois de Rugy said he was ready to meet the spokespeople as early as Tuesday. He said he would listen to them, but the government's tax trajectory was not up for negotiation.",
            "Some protesters on social media disputed the right of the eight to speak for a movement that has grown out of scattered Facebook groups.",
            "Macron is due to present the government's long-term energy plan at the Elysee on Tuesday. Aides said he would address the protesters' concerns, without giving details.",
        ],
        claims=[
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "its first demand remained the cancellation of the fuel tax increases"),
            C("government", "scrap-fuel-tax-rise", "oppose", "the government's tax trajectory was not up for negotiation"),
        ],
    ),
    # 012
    dict(
        published="2018-11-27T16:30:00Z", outlet="lantern-wire", slug="macron-offers-consultation-keeps-tax",
        title="Macron offers three months of consultation but keeps fuel tax rise",
        paras=[
            "PARIS, Nov 27 (Lantern Wire) - President Emmanuel Macron on Tuesday proposed a three-month national consultation on the energy transition and its cost, but refused to give up the January increase in fuel taxes.",
            "In a speech at the Elysee presenting France's energy plan for the next decade, Macron said mayors, unions, associations and the protesters themselves should take part in a broad consultation held across the country. He said the government would also look at a mechanism to adjust the carbon tax every quarter if oil prices rose sharply.",
            "But he said he would not change course because of those who wanted only disorder, and that the increase would go ahead as planned.",
            "Marine Le Pen called the consultation a delaying tactic meant to wear the protesters down. Jean-Luc Melenchon, leader of La France Insoumise, said the French did not need another round of talks but a change of policy.",
            "The president also set out plans to close 14 of the country's 58 nuclear reactors by 2035 and to shut the last coal-fired power stations by 2022.",
        ],
        claims=[
            C("government", "national-consultation", "support", "proposed a three-month national consultation on the energy transition and its cost"),
            C("government", "scrap-fuel-tax-rise", "oppose", "the increase would go ahead as planned"),
            C("rn", "national-consultation", "oppose", "called the consultation a delaying tactic meant to wear the protesters down"),
            C("lfi", "national-consultation", "oppose", "the French did not need another round of talks but a change of policy"),
        ],
    ),
    # 013
    dict(
        published="2018-11-28T10:30:00Z", outlet="tidewater-post", slug="yellow-vests-leave-talks-unconvinced",
        title="Yellow vests leave talks with minister unconvinced",
        paras=[
            "PARIS, Nov 28 (Tidewater Post) - Two spokespeople for the yellow vest movement left a meeting with Ecology Minister Francois de Rugy late on Tuesday saying they had heard nothing that would end the protests.",
            "Eric Drouet and Priscillia Ludosky met the minister for about an hour at his ministry on the Boulevard Saint-Germain, a few hours after President Emmanuel Macron's speech on energy policy.",
            "Ludosky told reporters outside that Macron's three-month consultation was a way of burying the protesters' demands and that they had no intention of taking part in it. What people wanted, she said, was the fuel tax rise scrapped now, not in three months.",
            "Drouet said de Rugy had told them that raising the minimum wage was not on the table.",
            "De Rugy said afterwards that the conversation had been frank and useful and that he would pass the protesters' concerns on to the prime minister. He repeated that the January increase was part of a long-term trajectory the government would not abandon.",
            "The spokespeople called for a third Saturday of protests in Paris on Dec. 1.",
        ],
        claims=[
            C("yellow-vests", "national-consultation", "oppose", "they had no intention of taking part in it"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "the fuel tax rise scrapped now, not in three months"),
            C("government", "minimum-wage-rise", "oppose", "de Rugy had told them that raising the minimum wage was not on the table", attributed=False),
            C("government", "scrap-fuel-tax-rise", "oppose", "a long-term trajectory the government would not abandon"),
        ],
    ),
    # 014 (shift: yellow-vests national-consultation oppose -> conditional)
    dict(
        published="2018-11-30T18:00:00Z", outlet="coastline-report", slug="yellow-vests-walk-out-of-matignon-meeting",
        title="Yellow vests walk out of Matignon meeting, set terms for talks",
        paras=[
            "PARIS, Nov 30 (Coastline Report) - A meeting between Prime Minister Edouard Philippe and representatives of the yellow vest movement at Matignon on Friday collapsed almost before it began, after only two of the invited spokespeople turned up and one of them walked out.",
            "Jason Herbert, one of the two, left after the prime minister's office declined to broadcast the meeting live, as the protesters had asked.",
            "In a statement issued afterwards, the movement's spokespeople said they would join the government's consultation only if every session was filmed and broadcast live to the public.",
            "Philippe said he regretted that more of them had not come. He told reporters the consultation was open to everyone who wanted to take part and that his door would stay open.",
            "Several of the eight spokespeople had said earlier in the week that they had received threats from protesters who accused them of betraying the movement.",
            "The prime minister's office said regional meetings with local officials would begin next week.",
        ],
        claims=[
            C("yellow-vests", "national-consultation", "conditional", "would join the government's consultation only if every session was filmed and broadcast live"),
            C("government", "national-consultation", "support", "the consultation was open to everyone who wanted to take part"),
        ],
    ),
    # 015 (no claims)
    dict(
        published="2018-12-01T20:00:00Z", outlet="brightfield-herald", slug="rioters-deface-arc-de-triomphe",
        title="Rioters deface Arc de Triomphe as Paris sees worst unrest in decades",
        paras=[
            "PARIS, Dec 1 (Brightfield Herald) - Rioters set cars and buildings on fire in some of the wealthiest districts of Paris on Saturday and daubed graffiti on the Arc de Triomphe, in the worst street violence the capital has seen in decades.",
            "Police fired tear gas, stun grenades and water cannon for hours around the Place de l'Etoile. Inside the monument, a plaster copy of a statue was smashed. More than 400 people were arrested in Paris and more than 130 were injured, the authorities said.",
            "Interior Minister Christophe Castaner said about 136,000 people had protested across France, most of them peacefully, and that a few thousand troublemakers had come to the capital to fight. He vowed that republican order would be restored.",
            "Speaking at the G20 summit in Buenos Aires, President Emmanuel Macron said no cause justified attacks on the police or the looting of shops, and that those responsible would be brought to justice. He said he would chair a meeting of ministers on his return.",
            "Some analysts said the government might now have to consider a pause in the tax rise, though officials gave no indication of that on Saturday.",
            "A protester was left in a critical condition after an iron gate toppled onto him in the Tuileries garden.",
        ],
        claims=[],
    ),
    # 016
    dict(
        published="2018-12-02T17:30:00Z", outlet="lantern-wire", slug="macron-surveys-damage-asks-pm-to-meet-parties",
        title="Macron surveys damage, asks PM to meet party leaders",
        paras=[
            "PARIS, Dec 2 (Lantern Wire) - President Emmanuel Macron inspected the vandalised Arc de Triomphe on Sunday on his return from Argentina, then held an emergency meeting with ministers at the Elysee.",
            "After the meeting, his office said Macron had asked Prime Minister Edouard Philippe to receive the leaders of the political parties and representatives of the protesters in the coming days. It gave no details of what the government might offer.",
            "Government spokesman Benjamin Griveaux declined to say whether a suspension of the fuel tax rise was being considered. He did, however, rule out dissolving the National Assembly, saying the country needed calm, not an election campaign.",
            "Jean-Luc Melenchon said on Sunday that only a dissolution of the Assembly and new elections could give the country a way out of the crisis.",
            "A group of protesters calling themselves the free yellow vests published an open letter in a Sunday newspaper asking for a pause in the tax rise and saying they were ready to meet the prime minister. Other figures in the movement rejected the letter.",
            "Analysts said a moratorium on the increase was the most likely concession.",
        ],
        claims=[
            C("government", "dissolve-assembly", "oppose", "rule out dissolving the National Assembly"),
            C("lfi", "dissolve-assembly", "support", "only a dissolution of the Assembly and new elections"),
        ],
    ),
    # 017
    dict(
        published="2018-12-03T19:00:00Z", outlet="tidewater-post", slug="party-leaders-press-philippe-at-matignon",
        title="Party leaders press Philippe for tax climbdown at Matignon",
        paras=[
            "PARIS, Dec 3 (Tidewater Post) - Opposition leaders took turns at Matignon on Monday to press Prime Minister Edouard Philippe to give ground to the yellow vests, each with a different price for calm.",
            "Marine Le Pen said after her meeting that the fuel tax rise had to be cancelled, not merely delayed, and that Macron should dissolve the National Assembly and call elections under proportional representation.",
            "Laurent Wauquiez of the Republicans rejected a dissolution as a distraction. He called instead for a referendum on environmental taxes, and said his party would not take part in any national consultation unless it ended in such a vote. He also urged the government to bring back tax-free overtime for workers.",
            "For La France Insoumise, Adrien Quatennens said the government should restore the wealth tax and raise the minimum wage immediately.",
            "Philippe made no statement after the talks. A meeting with yellow vest representatives is planned for Tuesday.",
        ],
        claims=[
            C("rn", "scrap-fuel-tax-rise", "support", "the fuel tax rise had to be cancelled, not merely delayed"),
            C("rn", "dissolve-assembly", "support", "Macron should dissolve the National Assembly and call elections"),
            C("republicans", "dissolve-assembly", "oppose", "rejected a dissolution as a distraction"),
            C("republicans", "national-consultation", "conditional", "would not take part in any national consultation unless it ended in such a vote"),
            C("republicans", "tax-free-overtime", "support", "urged the government to bring back tax-free overtime for workers"),
            C("lfi", "restore-wealth-tax", "support", "the government should restore the wealth tax"),
            C("lfi", "minimum-wage-rise", "support", "raise the minimum wage immediately"),
        ],
    ),
    # 018 (shift: government scrap-fuel-tax-rise oppose -> conditional)
    dict(
        published="2018-12-04T12:30:00Z", outlet="coastline-report", slug="france-scraps-fuel-tax-hike",
        title="France scraps fuel tax hike after weeks of protests",
        paras=[
            "PARIS, Dec 4 (Coastline Report) - Prime Minister Edouard Philippe on Tuesday announced a six-month suspension of the fuel tax increases that were due in January, the first major concession to the yellow vest protesters after three weekends of unrest.",
            "In a televised statement, Philippe said the rise in the carbon tax, the alignment of diesel and petrol taxes and a tightening of vehicle inspection rules would all be put on hold until the summer. Gas and electricity prices will be frozen over the winter. \"No tax deserves to endanger the unity of the nation,\" he said.",
            "The suspension would be used for a national debate on taxes and public spending running from Dec. 15 to March 1, Philippe said. If no suitable measures emerged from it, the government would draw the consequences, he added.",
            "A protester from Toulouse who signed Sunday's open letter called the suspension a first step. But the movement's spokespeople said a delay was not enough, that they still wanted the increase cancelled outright, and they maintained their call for protests on Saturday.",
            "A meeting between Philippe and yellow vest representatives planned for Tuesday was called off after several of them said they had received threats.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "conditional", "announced a six-month suspension of the fuel tax increases that were due in January"),
            C("government", "national-consultation", "support", "The suspension would be used for a national debate on taxes and public spending"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "they still wanted the increase cancelled outright"),
        ],
    ),
    # 019 (copy of 018)
    dict(
        published="2018-12-04T14:10:00Z", outlet="crossroads-daily", slug="france-suspends-fuel-tax-rise-six-months",
        title="France suspends fuel tax rise for six months",
        paras=[
            "PARIS, Dec 4 (Crossroads Daily) - French Prime Minister Edouard Philippe on Tuesday announced that the fuel tax increases planned for January would be suspended for six months, the government's first big concession to the yellow vest protesters after three weekends of unrest.",
            "In a statement broadcast on television, Philippe said the carbon tax rise, the alignment of diesel and petrol taxes and tougher vehicle inspection rules would all be put on hold until the summer. Gas and electricity prices will be frozen through the winter. \"No tax deserves to endanger the unity of the nation,\" he said.",
            "Philippe said the suspension would be used for a national debate on taxes and public spending from Dec. 15 to March 1. If no suitable measures came out of it, the government would draw the consequences, he said.",
            "A protester from Toulouse who signed Sunday's open letter called the suspension a first step. But the movement's spokespeople said a delay was not enough, that they still wanted the increase cancelled outright, and that Saturday's protests would go ahead.",
            "A meeting planned for Tuesday between Philippe and yellow vest representatives was cancelled after several of them reported receiving threats.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "conditional", "the fuel tax increases planned for January would be suspended for six months"),
            C("government", "national-consultation", "support", "the suspension would be used for a national debate on taxes and public spending"),
            C("yellow-vests", "scrap-fuel-tax-rise", "support", "they still wanted the increase cancelled outright"),
        ],
    ),
    # 020 (shift: government restore-wealth-tax oppose -> conditional)
    dict(
        published="2018-12-05T09:30:00Z", outlet="lantern-wire", slug="griveaux-wealth-tax-reform-could-be-revisited",
        title="Government spokesman says wealth tax reform could be revisited",
        paras=[
            "PARIS, Dec 5 (Lantern Wire) - Government spokesman Benjamin Griveaux said on Wednesday that the overhaul of the wealth tax could be revisited if it turned out not to work, the first time a minister has suggested that one of the president's flagship reforms might be reopened.",
            "Speaking on a morning radio programme, Griveaux said the government was not stubborn and that any measure that failed to deliver the promised investment could be changed. He said an evaluation of the reform, which replaced the wealth tax with a levy on property, was already planned.",
            "The remarks were seized on by the opposition. Jean-Luc Melenchon said that the suspension announced on Tuesday was a trick to get through Christmas and that the increase must be scrapped for good. His party has long demanded the return of the wealth tax.",
            "When the reform was passed last year, Macron argued that taxing wealth had driven investors and entrepreneurs out of France.",
            "Griveaux declined to say when the evaluation would take place.",
        ],
        claims=[
            C("government", "restore-wealth-tax", "conditional", "could be revisited if it turned out not to work"),
            C("lfi", "scrap-fuel-tax-rise", "support", "the increase must be scrapped for good"),
            C("lfi", "restore-wealth-tax", "support", "His party has long demanded the return of the wealth tax", attributed=False),
        ],
    ),
    # 021
    dict(
        published="2018-12-05T17:30:00Z", outlet="tidewater-post", slug="philippe-tells-assembly-ready-to-go-further",
        title="Philippe tells lawmakers government is ready to go further on fuel taxes",
        paras=[
            "PARIS, Dec 5 (Tidewater Post) - Prime Minister Edouard Philippe told the National Assembly on Wednesday that the government was ready to go further on fuel taxes if the national debate called for it, as lawmakers debated the crisis set off by the yellow vest protests.",
            "Philippe said the suspension was not a trick. If the debate did not produce an answer that was both fair and effective, he said, the increase would not be applied. He did not say whether that could mean cancelling it for good.",
            "Rassemblement National lawmakers interrupted him repeatedly. Marine Le Pen said from the floor that the rise had to be abandoned, not parked for six months.",
            "Outside parliament, spokeswoman Priscillia Ludosky said the movement would take part in the national debate in exchange for a firm commitment that the rise would never come back.",
            "Several newspapers reported that Macron had told ministers at the weekly cabinet meeting there would be no going back on the wealth tax reform. The Elysee did not comment.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "conditional", "ready to go further on fuel taxes if the national debate called for it"),
            C("rn", "scrap-fuel-tax-rise", "support", "the rise had to be abandoned, not parked for six months"),
            C("yellow-vests", "national-consultation", "conditional", "would take part in the national debate in exchange for a firm commitment"),
            C("government", "restore-wealth-tax", "oppose", "there would be no going back on the wealth tax reform", attributed=False),
        ],
    ),
    # 022 (shift: government scrap-fuel-tax-rise conditional -> support)
    dict(
        published="2018-12-05T21:30:00Z", outlet="brightfield-herald", slug="elysee-drops-fuel-tax-rise-from-2019-budget",
        title="Elysee drops fuel tax rise from 2019 budget altogether",
        paras=[
            "PARIS, Dec 5 (Brightfield Herald) - The French government has dropped the fuel tax increase from its 2019 budget altogether, the Elysee said on Wednesday evening, going beyond the six-month suspension announced only a day earlier.",
            "The president's office said the increase was cancelled for the whole of next year and would not reappear in the budget, which parliament is due to adopt this month. Ecology Minister Francois de Rugy confirmed on television that there would be no rise in fuel taxes in 2019.",
            "The about-turn followed a day of confusion, with ministers giving differing accounts of whether the measure had merely been postponed.",
            "Eric Drouet said the announcement came too late and would not stop Saturday's protest in Paris. The movement now wanted higher pensions and the return of the wealth tax, he said.",
            "Police unions have warned that officers are exhausted after three weekends of clashes, and the authorities are considering deploying armoured vehicles in the capital.",
        ],
        claims=[
            C("government", "scrap-fuel-tax-rise", "support", "the increase was cancelled for the whole of next year"),
            C("yellow-vests", "restore-wealth-tax", "support", "The movement now wanted higher pensions and the return of the wealth tax"),
        ],
    ),
    # 023 (shift: government restore-wealth-tax conditional -> oppose)
    dict(
        published="2018-12-06T15:00:00Z", outlet="coastline-report", slug="ministers-close-door-on-wealth-tax",
        title="French ministers close the door on wealth tax return",
        paras=[
            "PARIS, Dec 6 (Coastline Report) - French ministers on Thursday closed the door to any return of the wealth tax, a day after the government spokesman suggested that the reform could be revisited.",
            "Budget Minister Gerald Darmanin denied that the government was preparing to bring back the wealth tax, arguing that it had driven entrepreneurs abroad for decades. Finance Minister Bruno Le Maire said the country needed investment and that reopening the question would send the worst possible signal.",
            "Labour Minister Muriel Penicaud ruled out an extra increase in the minimum wage, saying it would destroy jobs for the least qualified just as unemployment was starting to fall.",
            "The government tabled an amendment in the Senate formally removing next year's rise in fuel taxes from the budget bill, confirming the announcement made by the Elysee on Wednesday evening.",
            "Opposition lawmakers accused the government of cacophony. Benjamin Griveaux, the spokesman, said on Thursday that his remarks had been misunderstood.",
            "The yellow vests have called for a fourth day of protests on Saturday. The authorities said the Eiffel Tower and several museums would be closed.",
        ],
        claims=[
            C("government", "restore-wealth-tax", "oppose", "denied that the government was preparing to bring back the wealth tax"),
            C("government", "minimum-wage-rise", "oppose", "ruled out an extra increase in the minimum wage"),
            C("government", "scrap-fuel-tax-rise", "support", "tabled an amendment in the Senate formally removing next year's rise in fuel taxes"),
        ],
    ),
    # 024
    dict(
        published="2018-12-07T13:00:00Z", outlet="lantern-wire", slug="yellow-vests-publish-demands-unions-call-for-dialogue",
        title="Yellow vests widen their demands as unions call for negotiations",
        paras=[
            "PARIS, Dec 7 (Lantern Wire) - Spokespeople for the yellow vests on Friday published a list of demands that goes well beyond fuel, including a higher minimum wage, the return of the wealth tax and a right for citizens to call referendums.",
            "Maxime Nicolle, one of the most followed figures of the movement online, said the scrapping of the fuel tax rise had only shown that the government gave in when pushed. He said the protests would continue on Saturday.",
            "Separately, most of France's main trade unions, including the CFDT, signed a joint statement condemning all forms of violence and calling on the government to open real negotiations on wages, public services and the energy transition. Laurent Berger said the unions were ready to play their part in a national discussion.",
            "The CGT's Philippe Martinez signed the text but said his union would also hold a day of action on Dec. 14.",
            "The Solidaires union group refused to sign, saying the statement read like a call for calm dictated by the government.",
            "The government said 89,000 police officers would be deployed across the country on Saturday.",
        ],
        claims=[
            C("yellow-vests", "minimum-wage-rise", "support", "including a higher minimum wage"),
            C("yellow-vests", "restore-wealth-tax", "support", "the return of the wealth tax and a right for citizens to call referendums"),
            C("cfdt", "national-consultation", "support", "the unions were ready to play their part in a national discussion"),
        ],
    ),
    # 025 (no claims)
    dict(
        published="2018-12-08T19:00:00Z", outlet="tidewater-post", slug="police-detain-1700-fourth-weekend",
        title="Police detain more than 1,700 on fourth weekend of protests",
        paras=[
            "PARIS, Dec 8 (Tidewater Post) - French police detained more than 1,700 people across the country on Saturday during a fourth weekend of yellow vest protests, as tens of thousands of officers backed by armoured vehicles were deployed to prevent a repeat of last week's rioting.",
            "In Paris, where shops, museums and the Eiffel Tower were closed, groups of protesters clashed with police near the Champs-Elysees and set fire to cars in several districts, but the damage was less severe than a week earlier.",
            "Interior Minister Christophe Castaner said about 136,000 people had protested nationwide. Prime Minister Edouard Philippe thanked the security forces during a visit to a police command centre.",
            "Marches against climate change were also held in Paris and several other cities, with organisers saying the fight for the climate and the struggle to reach the end of the month could go together.",
            "Macron is expected to address the nation early next week. His office said he would speak after meeting unions, employers and local officials at the Elysee on Monday.",
        ],
        claims=[],
    ),
    # 026 (shift: government minimum-wage-rise oppose -> support)
    dict(
        published="2018-12-10T20:30:00Z", outlet="coastline-report", slug="macron-promises-100-euros-minimum-wage",
        title="Macron promises minimum-wage workers 100 euros more a month",
        paras=[
            "PARIS, Dec 10 (Coastline Report) - President Emmanuel Macron on Monday promised that workers on the minimum wage would earn 100 euros more a month from January, in a televised address meant to end four weeks of protests.",
            "Speaking from the Elysee, Macron declared a state of economic and social emergency. He said the increase would come at no extra cost to employers, that overtime would be paid free of income tax and social charges from next year, and that employers who could afford it should pay a tax-free bonus at the end of the year. A rise in a social levy will be cancelled for pensioners on less than 2,000 euros a month.",
            "He admitted that he had sometimes given the impression of not caring, and said the anger was deep and in many ways legitimate.",
            "But Macron refused to restore the wealth tax, saying that going back on the reform would weaken the country at a time when it needed to create jobs.",
            "The measures are expected to cost between 8 and 10 billion euros. Earlier in the day the president met union leaders, including the CFDT's Laurent Berger, and employers at the Elysee.",
        ],
        claims=[
            C("government", "minimum-wage-rise", "support", "workers on the minimum wage would earn 100 euros more a month from January"),
            C("government", "tax-free-overtime", "support", "overtime would be paid free of income tax and social charges from next year"),
            C("government", "restore-wealth-tax", "oppose", "Macron refused to restore the wealth tax"),
        ],
    ),
    # 027
    dict(
        published="2018-12-11T11:00:00Z", outlet="lantern-wire", slug="opposition-protesters-reject-macron-offer",
        title="Opposition and protesters unanimously reject Macron's offer",
        paras=[
            "PARIS, Dec 11 (Lantern Wire) - Yellow vest spokespeople and much of the opposition said on Tuesday that President Emmanuel Macron's concessions did not go far enough, and the movement called for a fifth Saturday of protests.",
            "Priscillia Ludosky said the measures were crumbs and that the president had still not answered the central demand for fairer taxation. Without the return of the wealth tax, she said, nothing would change.",
            "Jean-Luc Melenchon said the exemption of overtime from tax and social charges was a gift to employers that would drain the social security system and discourage hiring. He predicted that Saturday would be a great day of mobilisation.",
            "Marine Le Pen said Macron had retreated under pressure but was still refusing to change the economic model that had caused the anger.",
            "Not all reactions were hostile. Several Republican lawmakers said the measures went in the right direction, and a poll for a television channel found that about half of respondents thought the protests should now stop.",
        ],
        claims=[
            C("yellow-vests", "restore-wealth-tax", "support", "Without the return of the wealth tax, she said, nothing would change"),
            C("lfi", "tax-free-overtime", "oppose", "a gift to employers that would drain the social security system"),
        ],
    ),
    # 028
    dict(
        published="2018-12-11T16:00:00Z", outlet="crossroads-daily", slug="wauquiez-claims-overtime-berger-wary",
        title="Wauquiez claims credit for overtime measure as Berger urges caution",
        paras=[
            "PARIS, Dec 11 (Crossroads Daily) - Laurent Wauquiez, leader of the Republicans, said on Tuesday that the return of tax-free overtime was a victory for his party, which had demanded it for months, but criticised President Emmanuel Macron for waiting until the country was in flames.",
            "The measure, first introduced under Nicolas Sarkozy and scrapped in 2012, was the right answer for workers who wanted to earn more by working more, Wauquiez said.",
            "Laurent Berger of the CFDT welcomed the 100-euro increase for low-paid workers as a real gain for millions of households. He was more cautious about overtime. Exempting it from charges could be acceptable, he said, but only if it did not come at the expense of hiring and of the social security budget.",
            "Berger also said the president had finally recognised that unions had a role to play, and called for the national debate to start quickly.",
            "The employers' federation Medef said companies would pay the end-of-year bonus where they could.",
        ],
        claims=[
            C("republicans", "tax-free-overtime", "support", "the return of tax-free overtime was a victory for his party"),
            C("cfdt", "minimum-wage-rise", "support", "welcomed the 100-euro increase for low-paid workers as a real gain"),
            C("cfdt", "tax-free-overtime", "conditional", "only if it did not come at the expense of hiring"),
            C("cfdt", "national-consultation", "support", "called for the national debate to start quickly"),
        ],
    ),
    # 029
    dict(
        published="2018-12-12T14:00:00Z", outlet="brightfield-herald", slug="government-urges-yellow-vests-stay-home",
        title="Government urges yellow vests to stay home after Strasbourg attack",
        paras=[
            "PARIS, Dec 12 (Brightfield Herald) - The French government on Wednesday urged the yellow vests not to demonstrate this weekend, a day after a gunman killed at least two people at the Christmas market in Strasbourg and the country raised its security alert to the highest level.",
            "Government spokesman Benjamin Griveaux said the police were stretched and that it would be reasonable for protesters to stay at home on Saturday. Several spokespeople for the movement said the protests would go ahead.",
            "In the National Assembly, Prime Minister Edouard Philippe set out how the 100 euros promised to minimum-wage workers would be paid. Most of it will come through a top-up to the activity bonus, a benefit paid by the state, while the minimum wage itself will rise only by the legal indexation of about 1.5 percent. He said the government would keep its word and the full sum would reach workers in February.",
            "Opposition lawmakers accused the government of dressing up a benefit as a pay rise. Parliament will examine the emergency bill next week.",
        ],
        claims=[
            C("government", "minimum-wage-rise", "support", "the government would keep its word and the full sum would reach workers"),
        ],
    ),
    # 030 (no claims)
    dict(
        published="2018-12-13T18:00:00Z", outlet="tidewater-post", slug="government-survives-censure-motion",
        title="French government easily survives censure motion",
        paras=[
            "PARIS, Dec 13 (Tidewater Post) - The French government easily survived a motion of censure in the National Assembly on Thursday, the first test of its majority since the start of the yellow vest protests.",
            "The motion, tabled by left-wing groups in the lower house, received 70 votes, far short of the 289 needed to bring down Prime Minister Edouard Philippe's government. The conservative opposition did not back it.",
            "Speaking in the debate, Philippe said his government had made mistakes but had a duty to govern, and accused the motion's authors of trying to exploit the crisis.",
            "Lawmakers from the ruling party said after the vote that they would spend the holiday period meeting voters in their constituencies.",
            "The Assembly is due to begin examining the emergency measures announced by President Emmanuel Macron next week, with a final vote expected before Christmas. The Senate will then have a few days to approve the text.",
        ],
        claims=[],
    ),
    # 031 (shift: yellow-vests national-consultation conditional -> oppose)
    dict(
        published="2018-12-14T12:00:00Z", outlet="coastline-report", slug="drouet-yellow-vests-will-boycott-national-debate",
        title="Yellow vests will boycott national debate, Drouet says",
        paras=[
            "PARIS, Dec 14 (Coastline Report) - Eric Drouet, one of the best-known figures of the yellow vest movement, said on Friday that the protesters would not take part in the national debate the government is preparing, calling it a trap designed to buy time.",
            "In a video posted overnight, Drouet said the movement had tried to talk and had been answered with crumbs, and that the only discussion worth having was about a right for citizens to call referendums. Several other spokespeople backed his call for a boycott.",
            "The government said the debate would go ahead as planned. Emmanuelle Wargon, a junior ecology minister who will help run it, said every citizen would be able to speak, including those who wore yellow vests.",
            "Mayors in rural areas have begun opening complaint books in their town halls, which are meant to feed into the discussions.",
            "The protesters have called for a fifth round of demonstrations on Saturday despite the attack in Strasbourg.",
        ],
        claims=[
            C("yellow-vests", "national-consultation", "oppose", "the protesters would not take part in the national debate"),
            C("government", "national-consultation", "support", "The government said the debate would go ahead as planned"),
        ],
    ),
    # 032
    dict(
        published="2018-12-15T19:30:00Z", outlet="lantern-wire", slug="turnout-falls-fifth-weekend",
        title="Turnout falls sharply on fifth weekend of yellow vest protests",
        paras=[
            "PARIS, Dec 15 (Lantern Wire) - Turnout at the fifth weekend of yellow vest protests fell sharply on Saturday, with about 66,000 people demonstrating across France according to the interior ministry, less than half the number of a week earlier.",
            "In Paris, a few thousand protesters gathered on the Champs-Elysees and near the Opera, where police briefly used tear gas. Interior Minister Christophe Castaner thanked the police and said the day had passed off largely calmly.",
            "Priscillia Ludosky told reporters near the Opera that the protests would go on until the government gave in on the wealth tax, and said the falling numbers were a result of the Strasbourg attack and the cold.",
            "Marine Le Pen said on a visit to the north that the government should listen to the protesters rather than count them.",
            "Police said 168 people had been detained in the capital.",
        ],
        claims=[
            C("yellow-vests", "restore-wealth-tax", "support", "the protests would go on until the government gave in on the wealth tax"),
        ],
    ),
    # 033
    dict(
        published="2018-12-21T18:00:00Z", outlet="crossroads-daily", slug="parliament-approves-emergency-measures",
        title="French parliament approves Macron's emergency measures",
        paras=[
            "PARIS, Dec 21 (Crossroads Daily) - The French parliament on Friday gave final approval to the emergency measures President Emmanuel Macron promised to end the yellow vest protests, less than two weeks after he announced them.",
            "The law pays minimum-wage workers up to 100 euros more a month through the activity bonus, exempts overtime from income tax and social charges from January and lets employers pay a tax-free bonus of up to 1,000 euros. Budget Minister Gerald Darmanin told senators the package would cost about 10 billion euros and that the government stood by every measure in it.",
            "The Republicans voted for the text, saying the overtime exemption was their idea. La France Insoumise voted against, arguing again that the exemption would starve the social security system.",
            "The 2019 budget, adopted on Thursday, contains no increase in fuel taxes.",
            "The yellow vests have called for a sixth day of protests on Saturday.",
        ],
        claims=[
            C("government", "minimum-wage-rise", "support", "the government stood by every measure in it"),
            C("government", "tax-free-overtime", "support", "the government stood by every measure in it"),
            C("republicans", "tax-free-overtime", "support", "saying the overtime exemption was their idea"),
            C("lfi", "tax-free-overtime", "oppose", "the exemption would starve the social security system"),
        ],
    ),
]

SHIFTS = [
    {"actor": "yellow-vests", "issue": "national-consultation", "from": "oppose", "to": "conditional", "article": "014",
     "why": "The spokespeople say they would join the government's consultation only if every session is filmed and broadcast live; in 013 Ludosky said they had no intention of taking part in it."},
    {"actor": "government", "issue": "scrap-fuel-tax-rise", "from": "oppose", "to": "conditional", "article": "018",
     "why": "Philippe suspends the January fuel tax rise for six months pending a national debate, with consequences to be drawn from it; until 013 the government said the rise would go ahead (001, 003, 005, 009, 011, 012)."},
    {"actor": "government", "issue": "restore-wealth-tax", "from": "oppose", "to": "conditional", "article": "020",
     "why": "Griveaux says the wealth tax reform could be revisited if it turned out not to work; the baseline is the government's refusal to restore the tax it abolished."},
    {"actor": "government", "issue": "scrap-fuel-tax-rise", "from": "conditional", "to": "support", "article": "022",
     "why": "The Elysee says the rise is cancelled for the whole of 2019 and de Rugy confirms there will be no increase; in 018 and 021 it was only suspended, with its fate tied to the national debate."},
    {"actor": "government", "issue": "restore-wealth-tax", "from": "conditional", "to": "oppose", "article": "023",
     "why": "Darmanin denies any plan to bring back the wealth tax and Le Maire rules out reopening it, a day after Griveaux's opening (020); the newspaper reports of Macron's cabinet remark in 021 are attributed false and do not move the stance."},
    {"actor": "government", "issue": "minimum-wage-rise", "from": "oppose", "to": "support", "article": "026",
     "why": "Macron promises minimum-wage workers 100 euros more a month from January; in 023 Penicaud ruled out an extra increase in the minimum wage."},
    {"actor": "yellow-vests", "issue": "national-consultation", "from": "conditional", "to": "oppose", "article": "031",
     "why": "Drouet says the protesters will not take part in the national debate and calls it a trap; in 014 and 021 the movement said it would join on conditions."},
]


# ----------------------------------------------------------------------------------------------
def load_watchlist(path):
    """Minimal parser for the watchlist.yaml layout used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append((m.group(1).strip(), m.group(2).strip(), m.group(3).strip()))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    records = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        y, mo, d = a["published"][:4], a["published"][5:7], a["published"][8:10]
        rec = {
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": "https://example.org/%s/%s/%s/%s/%s" % (a["outlet"], y, mo, d, a["slug"]),
            "title": a["title"],
            "text": "\n\n".join(a["paras"]),
        }
        records.append((rec, a))
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=True)
            f.write("\n")
    # remove stale article files
    keep = {r["id"] + ".json" for r, _ in records}
    for name in os.listdir(os.path.join(HERE, "articles")):
        if name not in keep:
            os.remove(os.path.join(HERE, "articles", name))

    # feeds, newest first
    for slug, name in OUTLETS.items():
        items = [r for r, a in records if a["outlet"] == slug]
        items.sort(key=lambda r: r["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set france-fuel-tax-2018</description>" % escape(name),
               "    <language>en</language>"]
        if items:
            out.append("    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]))
        for r in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(r["title"]),
                    "      <link>%s</link>" % escape(r["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                    "      <description>%s</description>" % escape(r["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {r["id"]: a["claims"] for r, a in records},
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for r, _ in records if r["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=True)
        f.write("\n")
    return records, labels


def validate(records, labels):
    errors = []
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("actor count %d not in 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("issue count %d not in 5-7" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in ("support", "oppose", "conditional"):
            errors.append("bad baseline entry %r" % (b,))

    if not 30 <= len(records) <= 34:
        errors.append("article count %d not in 30-34" % len(records))
    prev = ""
    dateline = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((.+?)\) - ")
    for idx, (r, a) in enumerate(records, start=1):
        if r["id"] != "%03d" % idx:
            errors.append("id %s out of sequence" % r["id"])
        if r["published"] <= prev:
            errors.append("%s not in strict publication order" % r["id"])
        prev = r["published"]
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s has %d words" % (r["id"], n))
        m = dateline.match(r["text"])
        if not m:
            errors.append("%s lacks a dateline" % r["id"])
        elif m.group(2) != r["source"]:
            errors.append("%s dateline outlet %s != source %s" % (r["id"], m.group(2), r["source"]))
        else:
            mon = {"11": "Nov", "12": "Dec", "10": "Oct"}[r["published"][5:7]]
            day = str(int(r["published"][8:10]))
            if not r["text"].startswith(r["text"].split(",")[0] + ", %s %s (" % (mon, day)):
                errors.append("%s dateline date does not match published" % r["id"])
        try:
            r["text"].encode("ascii")
            r["title"].encode("ascii")
        except UnicodeEncodeError:
            errors.append("%s contains non-ASCII characters" % r["id"])
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s unknown actor %s" % (r["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s unknown issue %s" % (r["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s bad stance %s" % (r["id"], c["stance"]))
            if c["quote"] not in r["text"]:
                errors.append("%s quote not in text: %r" % (r["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s quote over 15 words: %r" % (r["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s has two claims for %s" % (r["id"], key))
            seen.add(key)

    # duplicates: same day, later copy, different outlet, identical claims
    by_id = {r["id"]: (r, a) for r, a in records}
    for o, c in DUPLICATES:
        ro, ao = by_id[o]
        rc, ac = by_id[c]
        if ro["published"][:10] != rc["published"][:10] or rc["published"] <= ro["published"] or ro["source"] == rc["source"]:
            errors.append("duplicate pair %s/%s not same-day later copy from another outlet" % (o, c))
        t = lambda cl: sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in cl)
        if t(ao["claims"]) != t(ac["claims"]):
            errors.append("duplicate pair %s/%s claims differ" % (o, c))

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for r, a in records:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                recomputed.append((c["actor"], c["issue"], prevailing[key], c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue %r" % s)

    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [r["id"] for r, _ in records if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles wrong")
    if set(labels["claims"]) != {r["id"] for r, _ in records}:
        errors.append("claims keys do not cover every article")

    # quotas
    allc = [c for _, a in records for c in a["claims"]]
    stances = {s: sum(1 for c in allc if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    if not 60 <= len(allc) <= 90:
        errors.append("claim count %d not in 60-90" % len(allc))
    if stances["conditional"] < 6 or min(stances.values()) == 0:
        errors.append("stance mix %r" % stances)
    if not any(not c["attributed"] for c in allc):
        errors.append("no attributed:false claims")
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("shift count %d not in 5-8" % len(labels["shifts"]))
    if not any("conditional" in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        errors.append("%d straight reversals" % reversals)
    empty = [r["id"] for r, a in records if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("no-claim articles %r" % empty)
    if not any(o in shift_articles for o, _ in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, res.stderr.strip()))

    summary = {
        "articles": len(records),
        "claims": len(allc),
        "by_stance": stances,
        "attributed_false": sum(1 for c in allc if not c["attributed"]),
        "shifts": len(labels["shifts"]),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": empty,
        "words_min_max": (min(len(r["text"].split()) for r, _ in records), max(len(r["text"].split()) for r, _ in records)),
    }
    return errors, summary


if __name__ == "__main__":
    recs, labs = build()
    errs, summ = validate(recs, labs)
    print(json.dumps(summ, indent=1))
    if errs:
        print("VALIDATION FAILED:")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")
