#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set us-canada-tariffs-2025.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, reads watchlist.yaml (hand-written, same folder) and validates the whole set. Run:

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
    "lakeshore-wire": "Lakeshore Wire",
    "fraser-gazette": "Fraser Gazette",
    "tidewater-news": "Tidewater News",
    "summit-chronicle": "Summit Chronicle",
    "keystone-report": "Keystone Report",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: id, published (UTC), outlet slug, url slug, title, paragraphs, claims.
ARTICLES = [
    dict(
        id="001", published="2025-01-07T22:30:00Z", outlet="lakeshore-wire",
        slug="trump-economic-force-canada",
        title="Trump says he would use economic force, not troops, to bring Canada in",
        paras=[
            "PALM BEACH, Jan 7 (Lakeshore Wire) - President-elect Donald Trump said on Tuesday he would use economic force rather than the military to push Canada toward becoming part of the United States, reviving an idea he has floated since November.",
            "Speaking to reporters at his Mar-a-Lago club, Trump called the border between the two countries an artificially drawn line and said a combined country would be far better for national security. He repeated that he would put a 25% tariff on Canadian and Mexican goods once he takes office, saying both neighbours had let drugs and migrants pour across.",
            "Justin Trudeau, who announced on Monday that he would step down as Liberal leader once a successor is chosen, answered within hours. There was not a snowball's chance in hell of Canada joining the United States, he wrote on social media.",
            "Foreign Minister Melanie Joly said the comments showed a complete misunderstanding of what makes Canada a strong country, and that Canadians would not be intimidated.",
            "Analysts in Ottawa said the remarks were probably meant to soften up Canada before trade talks begin.",
        ],
        claims=[
            C("usa", "canada-51st-state", "support", "would use economic force rather than the military to push Canada toward"),
            C("usa", "fentanyl-tariffs", "support", "He repeated that he would put a 25% tariff on Canadian and Mexican goods"),
            C("canada", "canada-51st-state", "oppose", "not a snowball's chance in hell of Canada joining the United States"),
        ],
    ),
    dict(
        id="002", published="2025-01-15T23:00:00Z", outlet="fraser-gazette",
        slug="premiers-united-front-alberta-stays-out",
        title="Premiers and Trudeau promise united front on tariffs, but Alberta stays out",
        paras=[
            "OTTAWA, Jan 15 (Fraser Gazette) - Canada's premiers and Prime Minister Justin Trudeau agreed on Wednesday to present a united front against any US tariffs, though Alberta refused to sign the joint statement that followed their meeting.",
            "Finance Minister Dominic LeBlanc told reporters that Ottawa would not sit idle without answering any American tariffs, and that officials had drawn up lists of US goods that could be hit in return. Nothing had been ruled out, he said.",
            "Ontario Premier Doug Ford, who chairs the Council of the Federation, said the country had to be ready to hit back hard and fast. He argued that the 25% duty would cost Canadian jobs and hurt American consumers just as much.",
            "Alberta Premier Danielle Smith said she could not back a statement that left open the option of taxing or restricting oil exports, which she said would damage her province.",
            "Trudeau said Canada would make its case in Washington before and after the Jan 20 inauguration. Several premiers plan to travel to the US capital next month.",
        ],
        claims=[
            C("canada", "canada-drops-counter-tariffs", "oppose", "Ottawa would not sit idle without answering any American tariffs"),
            C("ontario", "canada-drops-counter-tariffs", "oppose", "the country had to be ready to hit back hard and fast"),
            C("ontario", "fentanyl-tariffs", "oppose", "the 25% duty would cost Canadian jobs and hurt American consumers just as much"),
            C("canada", "fentanyl-tariffs", "oppose", "agreed on Wednesday to present a united front against any US tariffs"),
        ],
    ),
    dict(
        id="003", published="2025-02-01T23:45:00Z", outlet="tidewater-news",
        slug="trump-orders-tariffs-canada-mexico",
        title="Trump orders 25% tariffs on Canada and Mexico, warns against retaliation",
        paras=[
            "WASHINGTON, Feb 1 (Tidewater News) - President Donald Trump signed orders on Saturday imposing a 25% tariff on imports from Canada and Mexico from Tuesday, with a lower 10% rate on Canadian energy, saying the two neighbours had failed to stop fentanyl and migrants crossing into the United States.",
            "The orders, issued under an emergency powers law, state that the rates may be raised further if either country hits back with duties on American goods. White House press secretary Karoline Leavitt said the president was keeping promises he made during the campaign.",
            "In Mexico City, President Claudia Sheinbaum rejected the White House's claim that her government had an alliance with drug cartels. She said imposing tariffs was not the way to solve problems between partners, and that she had told her economy minister to put in place a \"Plan B\" of tariff and non-tariff measures.",
            "Canadian officials said Prime Minister Justin Trudeau would address the country later in the evening.",
            "Economists said the duties, if they stay in force for months, could push both economies toward recession.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "support", "signed orders on Saturday imposing a 25% tariff on imports from Canada and Mexico"),
            C("usa", "canada-drops-counter-tariffs", "support", "the rates may be raised further if either country hits back with duties"),
            C("mexico", "fentanyl-tariffs", "oppose", "imposing tariffs was not the way to solve problems between partners"),
        ],
    ),
    dict(
        id="004", published="2025-02-02T02:30:00Z", outlet="lakeshore-wire",
        slug="canada-counter-tariffs-155-billion",
        title="Canada strikes back with tariffs on C$155 billion of US goods",
        paras=[
            "OTTAWA, Feb 1 (Lakeshore Wire) - Canada will impose 25% tariffs on C$155 billion worth of American goods in response to President Donald Trump's duties, Prime Minister Justin Trudeau said on Saturday night, with the first C$30 billion taking effect on Tuesday.",
            "The remaining C$125 billion would follow in three weeks to give Canadian companies time to find other suppliers, Trudeau told a news conference. The list includes American beer, wine, bourbon, household appliances and sporting goods.",
            "He said Canada had not sought this fight but would not back away from it. He urged people to choose Canadian products and to spend their holidays at home.",
            "Ontario Premier Doug Ford said the province's liquor board would pull American products from its shelves from Tuesday. He said he stood fully behind the federal response and that every province should do its part.",
            "The federal government will publish the full list of affected products on Sunday, officials said.",
        ],
        claims=[
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada will impose 25% tariffs on C$155 billion worth of American goods"),
            C("ontario", "canada-drops-counter-tariffs", "oppose", "he stood fully behind the federal response"),
        ],
    ),
    dict(
        id="005", published="2025-02-03T17:30:00Z", outlet="summit-chronicle",
        slug="trump-pauses-mexico-tariffs-sheinbaum-troops",
        title="Trump pauses Mexico tariffs for a month after Sheinbaum pledges troops",
        paras=[
            "MEXICO CITY, Feb 3 (Summit Chronicle) - President Donald Trump agreed on Monday to hold off for one month on the 25% tariffs he had ordered on Mexican goods, in exchange for a promise from President Claudia Sheinbaum to send 10,000 National Guard members to the border.",
            "Sheinbaum announced the arrangement at her morning news conference at the National Palace after what she called a good conversation with Trump. The troops would be deployed at once to stop drug trafficking, especially fentanyl, she said, and the United States had committed to work to stop high-powered weapons from being smuggled south.",
            "Trump said on social media that the tariffs would be paused while negotiations led by his secretaries of state, treasury and commerce took place, and that he looked forward to taking part.",
            "Sheinbaum said Mexico still considered the duties unjustified and that her government would use the month to show results. Her \"Plan B\" retaliation is on hold for now, officials said.",
            "No decision had been announced by midday on the tariffs on Canadian goods, and Trump was due to speak to Prime Minister Justin Trudeau again in the afternoon.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "conditional", "hold off for one month on the 25% tariffs"),
            C("mexico", "fentanyl-tariffs", "oppose", "Mexico still considered the duties unjustified"),
        ],
    ),
    dict(
        id="006", published="2025-02-03T23:10:00Z", outlet="fraser-gazette",
        slug="trump-pauses-canada-tariffs-ottawa-holds-back",
        title="Trump pauses Canada tariffs for 30 days; Ottawa holds back its counter-tariffs",
        paras=[
            "OTTAWA, Feb 3 (Fraser Gazette) - Canada and the United States stepped back from a trade war on Monday, with President Donald Trump pausing his 25% tariffs on Canadian goods for at least 30 days after Prime Minister Justin Trudeau promised new measures at the border.",
            "Trudeau said after his second call of the day with Trump that Canada would name a fentanyl czar, list drug cartels as terrorist organisations and put nearly 10,000 front-line personnel on the border, backed by a C$1.3 billion plan announced in December.",
            "Canada's own retaliatory tariffs, which were to hit C$30 billion of American goods on Tuesday, will be paused for the same 30 days, Finance Minister Dominic LeBlanc said. He said Ottawa was ready to bring them in if Washington went ahead.",
            "Trump wrote on social media that he was pleased with the initial outcome and that the tariffs would be paused to see whether a final economic deal with Canada could be structured.",
            "The prime minister's office did not say whether the pause could be extended beyond 30 days.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "conditional", "the tariffs would be paused to see whether a final economic deal with Canada"),
            C("canada", "canada-drops-counter-tariffs", "conditional", "will be paused for the same 30 days"),
        ],
    ),
    dict(
        id="007", published="2025-02-03T23:50:00Z", outlet="keystone-report",
        slug="canada-us-step-back-from-trade-war",
        title="Canada and US pull back from trade war as both sides pause tariffs",
        paras=[
            "OTTAWA, Feb 3 (Keystone Report) - Canada and the United States pulled back from a trade war on Monday when President Donald Trump paused his 25% tariffs on Canadian goods for at least 30 days, after Prime Minister Justin Trudeau pledged new border measures.",
            "After his second call of the day with Trump, Trudeau said Canada would appoint a fentanyl czar, list drug cartels as terrorist groups and place nearly 10,000 front-line personnel at the border, backed by a C$1.3 billion plan announced in December.",
            "Canada's retaliatory tariffs, which were due to hit C$30 billion of American goods on Tuesday, will be paused for the same 30 days, Finance Minister Dominic LeBlanc said. He added that Ottawa stood ready to impose them if Washington went ahead.",
            "In a social media post, Trump said he was pleased with the initial outcome and that the tariffs would be paused to see whether a final economic deal with Canada could be structured.",
            "The prime minister's office would not say whether the pause could run beyond 30 days.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "conditional", "the tariffs would be paused to see whether a final economic deal with Canada"),
            C("canada", "canada-drops-counter-tariffs", "conditional", "will be paused for the same 30 days"),
        ],
    ),
    dict(
        id="008", published="2025-02-11T16:00:00Z", outlet="tidewater-news",
        slug="trump-steel-aluminium-tariffs-no-exemptions",
        title="Trump sets 25% tariffs on all steel and aluminium, with no exemptions",
        paras=[
            "WASHINGTON, Feb 11 (Tidewater News) - President Donald Trump has ordered 25% tariffs on all steel and aluminium imports from March 12, removing the exemptions and quotas that had shielded Canada, Mexico and other suppliers since his first term.",
            "Trump signed the proclamations at the White House on Monday evening and told reporters there would be no exceptions. The rate on aluminium rises from 10%. Canada is the largest foreign supplier of both metals to the United States.",
            "Prime Minister Justin Trudeau, speaking in Paris at an artificial intelligence summit, called the tariffs totally unjustified. Canadian steel and aluminium are part of American defence and car supply chains, he said.",
            "Ontario Premier Doug Ford, campaigning for a provincial election on Feb 27, said the measure was an attack on steelworkers in Hamilton and Sault Ste. Marie.",
            "Industry analysts said buyers in the US Midwest were likely to face higher prices within weeks.",
        ],
        claims=[
            C("usa", "steel-aluminium-auto-tariffs", "support", "ordered 25% tariffs on all steel and aluminium imports from March 12"),
            C("canada", "steel-aluminium-auto-tariffs", "oppose", "called the tariffs totally unjustified"),
            C("ontario", "steel-aluminium-auto-tariffs", "oppose", "the measure was an attack on steelworkers in Hamilton and Sault Ste. Marie"),
        ],
    ),
    dict(
        id="009", published="2025-02-11T22:00:00Z", outlet="summit-chronicle",
        slug="ottawa-names-fentanyl-czar",
        title="Ottawa names former RCMP deputy as fentanyl czar",
        paras=[
            "OTTAWA, Feb 11 (Summit Chronicle) - The federal government on Tuesday named Kevin Brosseau, a former deputy commissioner of the Royal Canadian Mounted Police, as Canada's first fentanyl czar, one of the commitments made to Washington during last week's talks on the border.",
            "Brosseau, who most recently served as a deputy national security adviser to the prime minister, will coordinate work among police, border and health agencies, officials said at a briefing on Parliament Hill. He is expected to travel to the US capital in the coming weeks to meet his counterparts.",
            "Public Safety Minister David McGuinty said the appointment was part of a broader plan that includes new helicopters, drones and sniffer dogs along the border and a joint strike force with American agencies to target organised crime.",
            "Officials would not say how the government would measure progress, or what figures it would share with American agencies before the deadline in early March.",
            "Border data show that only a small fraction of the fentanyl seized at US borders is intercepted at the Canadian frontier.",
        ],
        claims=[],
    ),
    dict(
        id="010", published="2025-02-14T20:00:00Z", outlet="keystone-report",
        slug="ford-retaliation-ready-leblanc-progress",
        title="Ford says Canada must keep retaliation ready as LeBlanc reports progress in Washington",
        paras=[
            "TORONTO, Feb 14 (Keystone Report) - Ontario Premier Doug Ford said on Friday that Canada must keep its list of counter-tariffs loaded and ready, as federal ministers returned from Washington saying they had made progress on the border but had no promise that the tariffs would be called off.",
            "Speaking at a campaign stop in Mississauga, Ford said Canadians should not be fooled by the pause. He called the threatened 25% levy a gun to the head of the economy.",
            "Finance Minister Dominic LeBlanc, who met Commerce Secretary nominee Howard Lutnick in Washington this week, told reporters the American side had acknowledged Canada's work at the border. He said Canada had kept every promise it made on the border.",
            "Lutnick declined to say after the meeting whether Trump would let the pause lapse in March.",
            "Ford called the Feb 27 election early, saying he needed a fresh mandate to take on Trump. Polls give his Progressive Conservatives a wide lead.",
        ],
        claims=[
            C("ontario", "canada-drops-counter-tariffs", "oppose", "Canada must keep its list of counter-tariffs loaded and ready"),
            C("ontario", "fentanyl-tariffs", "oppose", "called the threatened 25% levy a gun to the head of the economy"),
        ],
    ),
    dict(
        id="011", published="2025-03-04T16:00:00Z", outlet="lakeshore-wire",
        slug="us-tariffs-take-effect-canada-answers",
        title="US tariffs take effect; Canada answers with counter-tariffs, Ontario targets power exports",
        paras=[
            "OTTAWA, March 4 (Lakeshore Wire) - President Donald Trump's 25% tariffs on Canadian and Mexican goods took effect at midnight, and Canada immediately put its own 25% duties on C$30 billion of American products, opening the trade war the two sides had avoided a month ago.",
            "Trump said on Monday there was no room left for either neighbour to avoid the levies. On Tuesday he wrote that if Canada hit back, the US rate would rise by the same amount.",
            "Prime Minister Justin Trudeau called the tariffs a very dumb thing to do and said Canada would not let the attack go unanswered. Duties on a further C$125 billion of US goods will follow in 21 days, he said.",
            "Ontario Premier Doug Ford said his province would add a 25% surcharge to electricity it sells to Michigan, New York and Minnesota from next week.",
            "In Mexico City, President Claudia Sheinbaum said there was no reason for the tariffs and that she would announce her government's response on Sunday.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "support", "there was no room left for either neighbour to avoid the levies"),
            C("usa", "canada-drops-counter-tariffs", "support", "if Canada hit back, the US rate would rise by the same amount"),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada immediately put its own 25% duties on C$30 billion of American products"),
            C("canada", "fentanyl-tariffs", "oppose", "called the tariffs a very dumb thing to do"),
            C("ontario", "ontario-electricity-surcharge", "support", "would add a 25% surcharge to electricity it sells to Michigan, New York and Minnesota"),
            C("mexico", "fentanyl-tariffs", "oppose", "there was no reason for the tariffs"),
        ],
    ),
    dict(
        id="012", published="2025-03-06T22:00:00Z", outlet="fraser-gazette",
        slug="trump-exempts-usmca-goods-until-april-2",
        title="Trump exempts USMCA goods from Canada, Mexico tariffs until April 2",
        paras=[
            "WASHINGTON, March 6 (Fraser Gazette) - President Donald Trump on Thursday exempted goods that comply with the North American trade pact from his tariffs on Canada and Mexico until April 2, a day after granting the same relief to carmakers.",
            "Trump said on social media that the move for Mexico was an accommodation made out of respect for President Claudia Sheinbaum, after a call with her. He said the 25% tariffs would remain on everything that does not qualify, and Commerce Secretary Howard Lutnick told reporters the reprieve was not a retreat.",
            "Sheinbaum thanked Trump but said Mexico would keep working to have the rest of the duties lifted.",
            "In Ottawa, Finance Minister Dominic LeBlanc said Canada's counter-tariffs on C$30 billion of American goods would not be lifted. The second, larger list, due later this month, has been put off until at least April 2 while officials study the exemption, his office said.",
            "Only about 38% of Canadian exports to the United States were declared as compliant with the pact last year, though customs brokers expect the share to climb quickly.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "support", "the 25% tariffs would remain on everything that does not qualify"),
            C("mexico", "fentanyl-tariffs", "oppose", "would keep working to have the rest of the duties lifted"),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada's counter-tariffs on C$30 billion of American goods would not be lifted"),
        ],
    ),
    dict(
        id="013", published="2025-03-11T16:30:00Z", outlet="tidewater-news",
        slug="trump-doubles-canada-steel-tariff-ontario-power",
        title="Trump doubles tariffs on Canadian steel to 50% over Ontario power levy",
        paras=[
            "WASHINGTON, March 11 (Tidewater News) - President Donald Trump said on Tuesday he had told his commerce secretary to add another 25% tariff on steel and aluminium from Canada, bringing the rate to 50% from Wednesday, in retaliation for Ontario's new charge on electricity.",
            "Ontario's 25% surcharge on power exported to about 1.5 million homes and businesses in Michigan, New York and Minnesota took effect on Monday.",
            "In a social media post, Trump called the surcharge an insult and a threat to the American grid, and said he would declare a national emergency on electricity in the affected states. He also warned that he would sharply raise tariffs on cars coming from Canada in April.",
            "He again said the only sensible answer was for Canada to become the 51st state, which in his view would make all tariffs disappear.",
            "The White House did not say how the higher metals rate would be applied to goods already in transit. Steel futures rose on the news.",
        ],
        claims=[
            C("usa", "steel-aluminium-auto-tariffs", "support", "add another 25% tariff on steel and aluminium from Canada"),
            C("usa", "ontario-electricity-surcharge", "oppose", "called the surcharge an insult and a threat to the American grid"),
            C("usa", "canada-51st-state", "support", "the only sensible answer was for Canada to become the 51st state"),
            C("ontario", "ontario-electricity-surcharge", "support", "Ontario's 25% surcharge on power exported to about 1.5 million homes", False),
        ],
    ),
    dict(
        id="014", published="2025-03-11T21:30:00Z", outlet="summit-chronicle",
        slug="ford-suspends-electricity-surcharge",
        title="Ford suspends electricity surcharge after call with Lutnick",
        paras=[
            "TORONTO, March 11 (Summit Chronicle) - Ontario Premier Doug Ford on Tuesday suspended the 25% surcharge on electricity exports to three US states, hours after President Donald Trump threatened to double tariffs on Canadian steel and aluminium in response.",
            "Ford said he had a productive call with Commerce Secretary Howard Lutnick, and that the two had agreed to meet in Washington on Thursday, together with federal Finance Minister Dominic LeBlanc, to discuss the trade relationship before the April 2 deadline.",
            "He said the surcharge was off for now, but that he would not hesitate to bring it back if the US escalated again.",
            "Lutnick said in a statement that Ontario had done the right thing by lifting a charge that never should have been imposed.",
            "Steel futures, which had jumped in the morning, gave up most of their gains after the announcement.",
        ],
        claims=[
            C("ontario", "ontario-electricity-surcharge", "conditional", "would not hesitate to bring it back if the US escalated again"),
            C("usa", "ontario-electricity-surcharge", "oppose", "a charge that never should have been imposed"),
        ],
    ),
    dict(
        id="015", published="2025-03-13T21:00:00Z", outlet="keystone-report",
        slug="ford-leblanc-meet-lutnick-commerce",
        title="Ford and LeBlanc meet Lutnick; Ontario keeps power surcharge on hold",
        paras=[
            "WASHINGTON, March 13 (Keystone Report) - Ontario Premier Doug Ford and federal Finance Minister Dominic LeBlanc met Commerce Secretary Howard Lutnick and US Trade Representative Jamieson Greer at the Commerce Department on Thursday, in the first face-to-face talks since the tariff fight escalated.",
            "Ford described the meeting as very productive and said the two sides would meet again next week. He said Ontario's electricity surcharge would stay suspended only if Washington held off on new measures against the province.",
            "LeBlanc said Canada still wanted the 25% tariffs removed in full, and that the meeting had not changed Ottawa's position. He declined to say whether Canada would drop any of its counter-tariffs in the meantime.",
            "Lutnick's office did not comment after the meeting.",
            "The talks came a day after Canada answered the new US metals tariffs with duties on C$29.8 billion more of American goods, including steel, computers and sports equipment.",
        ],
        claims=[
            C("ontario", "ontario-electricity-surcharge", "conditional", "would stay suspended only if Washington held off on new measures"),
            C("canada", "fentanyl-tariffs", "oppose", "Canada still wanted the 25% tariffs removed in full"),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada answered the new US metals tariffs with duties on C$29.8 billion more", False),
        ],
    ),
    dict(
        id="016", published="2025-03-14T18:00:00Z", outlet="lakeshore-wire",
        slug="carney-sworn-in-smaller-cabinet",
        title="Carney sworn in as prime minister with a smaller cabinet",
        paras=[
            "OTTAWA, March 14 (Lakeshore Wire) - Mark Carney was sworn in as Canada's 24th prime minister on Friday at Rideau Hall, five days after winning the Liberal leadership, and named a cabinet much smaller than the one he inherited from Justin Trudeau.",
            "Francois-Philippe Champagne moves to finance, while Dominic LeBlanc takes on intergovernmental affairs and internal trade, a role that keeps him at the centre of dealings with Washington. Melanie Joly stays at foreign affairs.",
            "Carney, a former governor of the Bank of Canada and the Bank of England, has never held a seat in the House of Commons. He is widely expected to call an early election within days.",
            "Officials said the new prime minister would travel to Paris and London next week on his first trip abroad, and that he had yet to speak with President Donald Trump.",
            "Reporters asked several ministers on their way into the ceremony whether the new government would change course on tariffs. None would say.",
        ],
        claims=[],
    ),
    dict(
        id="017", published="2025-03-27T19:00:00Z", outlet="fraser-gazette",
        slug="carney-auto-tariffs-direct-attack",
        title="Carney calls auto tariffs a direct attack, says old US relationship is over",
        paras=[
            "OTTAWA, March 27 (Fraser Gazette) - Prime Minister Mark Carney said on Thursday that Canada's old relationship with the United States, built on ever-closer economic and security ties, was over, a day after President Donald Trump announced 25% tariffs on imported cars and light trucks.",
            "Trump signed the order on Wednesday, saying the duties on vehicles would start on April 3 and that parts would follow within weeks. He said the measure was permanent.",
            "Carney called the tariffs a direct attack on Canadian workers and said Canada would fight them with trade actions of its own, designed to have maximum impact in the United States and minimal impact at home. He cut short a campaign trip to chair a cabinet meeting on the issue.",
            "Shares of Ford Motor and General Motors fell in New York, while Canadian auto parts makers warned of layoffs within weeks.",
            "Carney said he expected to speak with Trump in the coming days.",
        ],
        claims=[
            C("usa", "steel-aluminium-auto-tariffs", "support", "He said the measure was permanent"),
            C("canada", "steel-aluminium-auto-tariffs", "oppose", "called the tariffs a direct attack on Canadian workers"),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada would fight them with trade actions of its own"),
        ],
    ),
    dict(
        id="018", published="2025-03-28T22:00:00Z", outlet="tidewater-news",
        slug="carney-trump-call-talks-after-election",
        title="Carney and Trump agree to open talks on new relationship after election",
        paras=[
            "OTTAWA, March 28 (Tidewater News) - Prime Minister Mark Carney and President Donald Trump spoke by phone on Friday for the first time since Carney took office, and agreed to begin negotiations on a new economic and security relationship right after Canada's April 28 election, according to a readout from Carney's office.",
            "The readout described the call as constructive. Carney told reporters in Ottawa that he wanted a comprehensive deal, but that Canada would still answer the auto tariffs with measures of its own.",
            "The call came after weeks in which Trump had refused to speak with Trudeau, whom he mocked in online posts as a governor.",
            "Trump did not raise the 51st state idea during the call, Carney's office said.",
            "Business groups on both sides of the border welcomed the call, saying any negotiation was better than a spiral of tariffs.",
        ],
        claims=[
            C("canada", "us-canada-trade-deal", "support", "he wanted a comprehensive deal"),
            C("usa", "us-canada-trade-deal", "support", "agreed to begin negotiations on a new economic and security relationship right after", False),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada would still answer the auto tariffs with measures of its own"),
        ],
    ),
    dict(
        id="019", published="2025-04-03T14:00:00Z", outlet="summit-chronicle",
        slug="senate-votes-end-canada-tariff-emergency",
        title="Senate votes to end Trump's Canada tariff emergency; Canada spared in new round",
        paras=[
            "WASHINGTON, April 3 (Summit Chronicle) - The US Senate voted 51-48 late on Wednesday for a resolution that would end the national emergency President Donald Trump used to put 25% tariffs on Canadian goods, hours after he unveiled sweeping new tariffs on dozens of other countries.",
            "Four Republicans joined Democrats to pass the measure, sponsored by Senator Tim Kaine of Virginia. It is unlikely to become law: the House of Representatives has blocked a vote on it, and Trump would be expected to veto it.",
            "Canada and Mexico were left off the list of countries facing the new reciprocal tariffs announced in the White House Rose Garden. White House officials said the existing fentanyl tariffs would stay in place for goods that do not meet the rules of the North American trade pact, while compliant goods stay exempt.",
            "Kaine said the tariffs amounted to a tax on American families. Senate Majority Leader John Thune voted against.",
            "Prime Minister Mark Carney is due to set out Canada's response to the new US auto tariffs later on Thursday.",
        ],
        claims=[
            C("us-senate", "fentanyl-tariffs", "oppose", "voted 51-48 late on Wednesday for a resolution that would end the national emergency"),
            C("usa", "fentanyl-tariffs", "support", "the existing fentanyl tariffs would stay in place for goods that do not meet"),
        ],
    ),
    dict(
        id="020", published="2025-04-15T20:00:00Z", outlet="keystone-report",
        slug="canada-six-month-relief-keeps-counter-tariffs",
        title="Canada offers six months of relief on some US goods, keeps counter-tariffs",
        paras=[
            "OTTAWA, April 15 (Keystone Report) - Canada will waive its counter-tariffs for six months on American goods that Canadian manufacturers, food processors and packagers rely on, Finance Minister Francois-Philippe Champagne said on Tuesday, while keeping the duties themselves in force.",
            "The government also set up a remission framework for carmakers that keep building vehicles in Canada, letting them bring in a set number of US-made vehicles free of the new auto counter-tariffs.",
            "Champagne said the relief was about protecting Canadian jobs and was not a step back from Canada's counter-tariffs.",
            "Officials said the six-month window would also cover some goods used for health care, public safety and national security.",
            "Business groups welcomed the measures. A spokesperson for the US Embassy in Ottawa declined to comment.",
            "Critics noted that the waiver arrived two weeks before the April 28 federal election, in which polls show the Liberals ahead.",
        ],
        claims=[
            C("canada", "canada-drops-counter-tariffs", "oppose", "was not a step back from Canada's counter-tariffs"),
        ],
    ),
    dict(
        id="021", published="2025-04-29T06:30:00Z", outlet="lakeshore-wire",
        slug="carney-wins-election-trump-will-never-own-canada",
        title="Carney wins election, says Trump will never own Canada",
        paras=[
            "OTTAWA, April 29 (Lakeshore Wire) - Mark Carney's Liberals won Canada's federal election on Monday, and the prime minister told supporters that President Donald Trump was trying to break the country so that America could own it, something he said would never happen.",
            "Speaking in Ottawa after midnight, Carney said the old relationship with the United States was over, and that his government would negotiate a new economic and security relationship with Washington.",
            "On election day Trump had again urged Canadians to back the candidate who would make their country the cherished 51st state, promising lower taxes and no tariffs.",
            "The Liberals were projected to fall just short of a majority in the House of Commons. Conservative leader Pierre Poilievre lost his own seat on the edge of the capital.",
            "Carney said he would speak to Trump in the coming days.",
        ],
        claims=[
            C("canada", "canada-51st-state", "oppose", "so that America could own it, something he said would never happen"),
            C("canada", "us-canada-trade-deal", "support", "would negotiate a new economic and security relationship with Washington"),
            C("usa", "canada-51st-state", "support", "urged Canadians to back the candidate who would make their country the cherished 51st state"),
        ],
    ),
    dict(
        id="022", published="2025-05-06T20:30:00Z", outlet="fraser-gazette",
        slug="carney-tells-trump-canada-not-for-sale",
        title="\"Not for sale\": Carney rebuffs Trump in Oval Office as tariffs stay",
        paras=[
            "WASHINGTON, May 6 (Fraser Gazette) - Prime Minister Mark Carney told President Donald Trump in the Oval Office on Tuesday that Canada was not for sale and never would be, as the two leaders held their first face-to-face meeting.",
            "Trump answered that one should never say never. He said a union of the two countries would be a wonderful marriage, though he added that it takes two to tango.",
            "Asked whether Carney could say anything to have the tariffs on Canada lifted that day, Trump said no, that was just the way it was. He said he was happy to keep talking with Canada about a broader agreement but was in no hurry to sign one.",
            "Carney said the talks had been constructive and that Canada wanted a comprehensive new arrangement covering trade and security, which he said would take more than one meeting.",
            "Dominic LeBlanc, the minister responsible for Canada-US trade, joined the meeting along with Ambassador Kirsten Hillman.",
        ],
        claims=[
            C("canada", "canada-51st-state", "oppose", "Canada was not for sale and never would be"),
            C("usa", "canada-51st-state", "support", "a union of the two countries would be a wonderful marriage"),
            C("usa", "fentanyl-tariffs", "support", "Trump said no, that was just the way it was"),
            C("usa", "us-canada-trade-deal", "conditional", "happy to keep talking with Canada about a broader agreement but was in no hurry"),
            C("canada", "us-canada-trade-deal", "support", "Canada wanted a comprehensive new arrangement covering trade and security"),
        ],
    ),
    dict(
        id="023", published="2025-06-04T15:00:00Z", outlet="tidewater-news",
        slug="us-doubles-steel-aluminium-tariffs-50",
        title="US doubles steel and aluminium tariffs to 50%; Canada weighs response",
        paras=[
            "WASHINGTON, June 4 (Tidewater News) - Tariffs on imported steel and aluminium doubled to 50% at midnight under an order signed by President Donald Trump, with Canada, the largest supplier of both metals to the United States, given no relief. Britain, which reached a trade arrangement with Washington last month, stays at 25%.",
            "The White House said the higher rate was needed to protect American mills and smelters from cheap foreign metal.",
            "Prime Minister Mark Carney said Canada would take the time needed before deciding how to respond. Dominic LeBlanc, his minister for Canada-US trade, said the tariffs were unjustified and illegal.",
            "Ontario Premier Doug Ford, whose province makes most of Canada's steel, said Ottawa should match the Americans dollar for dollar. He said the industry could not wait for a deal while its orders dried up.",
            "The United Steelworkers union said tens of thousands of jobs were at risk in Hamilton, Sault Ste. Marie and the aluminium towns of Quebec.",
        ],
        claims=[
            C("usa", "steel-aluminium-auto-tariffs", "support", "the higher rate was needed to protect American mills and smelters"),
            C("canada", "steel-aluminium-auto-tariffs", "oppose", "the tariffs were unjustified and illegal"),
            C("ontario", "canada-drops-counter-tariffs", "oppose", "Ottawa should match the Americans dollar for dollar"),
        ],
    ),
    dict(
        id="024", published="2025-06-17T01:30:00Z", outlet="summit-chronicle",
        slug="carney-presses-30-day-deal-trump-leaves-g7",
        title="Carney presses for deal within 30 days as Trump leaves G7 early",
        paras=[
            "KANANASKIS, June 16 (Summit Chronicle) - Prime Minister Mark Carney said on Monday that Canada would push to reach a trade and security agreement with the United States within 30 days, after meeting President Donald Trump on the first day of the Group of Seven summit in the Rocky Mountains.",
            "Trump, sitting beside Carney before their talks, said he was a tariff person who liked a simple approach, while Carney had a more complex idea. He said both might work and that they would see whether they could get there.",
            "The US president later left the summit a day early, citing the conflict between Israel and Iran, and cancelled a planned meeting with Mexico's President Claudia Sheinbaum.",
            "Carney's office said Canadian negotiators had been told to intensify their work. Officials said steel, aluminium and autos were at the centre of the talks.",
            "The summit at the resort west of Calgary continued on Tuesday without Trump.",
        ],
        claims=[
            C("canada", "us-canada-trade-deal", "support", "Canada would push to reach a trade and security agreement with the United States"),
            C("usa", "us-canada-trade-deal", "conditional", "He said both might work and that they would see whether they could get there"),
        ],
    ),
    dict(
        id="025", published="2025-06-17T02:10:00Z", outlet="keystone-report",
        slug="carney-seeks-deal-in-30-days-g7",
        title="Carney seeks US deal in 30 days; Trump quits G7 summit a day early",
        paras=[
            "KANANASKIS, June 16 (Keystone Report) - Prime Minister Mark Carney said on Monday that Canada would push to reach a trade and security agreement with the United States within 30 days, after he met President Donald Trump on the opening day of the Group of Seven summit in the Rockies.",
            "Sitting next to Carney ahead of their talks, Trump said he was a tariff person who liked a simple approach, while Carney had a more complex idea. He said both might work and that they would see whether they could get there.",
            "Trump later left the summit a day early, citing the conflict between Israel and Iran, and called off a planned meeting with Mexican President Claudia Sheinbaum.",
            "Carney's office said Canadian negotiators had been told to intensify their work. Officials said steel, aluminium and autos were at the heart of the talks.",
            "The gathering at the mountain resort west of Calgary went on without Trump on Tuesday.",
        ],
        claims=[
            C("canada", "us-canada-trade-deal", "support", "Canada would push to reach a trade and security agreement with the United States"),
            C("usa", "us-canada-trade-deal", "conditional", "He said both might work and that they would see whether they could get there"),
        ],
    ),
    dict(
        id="026", published="2025-06-30T12:00:00Z", outlet="lakeshore-wire",
        slug="canada-rescinds-digital-services-tax",
        title="Canada scraps digital services tax to restart trade talks with US",
        paras=[
            "OTTAWA, June 30 (Lakeshore Wire) - Canada has rescinded its digital services tax on large technology companies, the finance department said late on Sunday, hours before the first payments were due, in a move aimed at reviving trade negotiations with the United States.",
            "Finance Minister Francois-Philippe Champagne said the government would introduce legislation to cancel the 3% tax and would stop collecting it, so no payments would be taken on Monday.",
            "The decision came two days after President Donald Trump said he was ending all trade talks with Canada because of the tax and threatened new tariffs within a week.",
            "Prime Minister Mark Carney's office said negotiations would resume with a view to reaching a deal by July 21, and that Trump had agreed to pick up where the two sides had left off.",
            "In Washington on Monday, White House press secretary Karoline Leavitt said Canada had caved to the president and that the tax should never have been introduced.",
        ],
        claims=[
            C("canada", "canada-digital-services-tax", "oppose", "Canada has rescinded its digital services tax on large technology companies"),
            C("canada", "us-canada-trade-deal", "support", "negotiations would resume with a view to reaching a deal by July 21"),
            C("usa", "us-canada-trade-deal", "support", "Trump had agreed to pick up where the two sides had left off", False),
            C("usa", "canada-digital-services-tax", "oppose", "the tax should never have been introduced"),
        ],
    ),
    dict(
        id="027", published="2025-07-11T14:00:00Z", outlet="fraser-gazette",
        slug="trump-letter-35-percent-canada",
        title="Trump letter sets 35% tariff on Canada from Aug 1; Carney vows to keep negotiating",
        paras=[
            "OTTAWA, July 11 (Fraser Gazette) - President Donald Trump told Prime Minister Mark Carney in a letter posted online on Thursday night that the United States would charge a 35% tariff on Canadian goods from Aug 1, up from 25%, blaming Canada's failure to stop fentanyl and its retaliation against American products.",
            "A White House official said goods that comply with the North American trade pact would likely stay exempt.",
            "Carney said on social media that Canada had steadfastly defended its workers and businesses throughout the talks and would keep negotiating as it worked towards the new deadline. He said Canada had made vital progress on fentanyl.",
            "LeBlanc travelled to Washington this week for another round of meetings. He declined to say whether Canada would put new counter-tariffs on US steel if the talks failed.",
            "Canadian stocks dipped in early trading on Friday.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "support", "the United States would charge a 35% tariff on Canadian goods from Aug 1"),
            C("usa", "canada-drops-counter-tariffs", "support", "blaming Canada's failure to stop fentanyl and its retaliation against American products"),
            C("canada", "us-canada-trade-deal", "support", "would keep negotiating as it worked towards the new deadline"),
        ],
    ),
    dict(
        id="028", published="2025-08-01T13:00:00Z", outlet="tidewater-news",
        slug="trump-raises-canada-tariff-35-mexico-90-days",
        title="Trump raises Canada tariff to 35%, gives Mexico 90 more days",
        paras=[
            "WASHINGTON, Aug 1 (Tidewater News) - President Donald Trump raised the tariff on Canadian goods not covered by the North American trade pact to 35% from Friday, saying Canada had failed to cooperate on curbing the flow of fentanyl.",
            "Mexico avoided a similar increase. After a call with President Claudia Sheinbaum on Thursday, Trump said the 25% rate on Mexican goods would stay for another 90 days while the two countries worked on a broader agreement.",
            "Sheinbaum said the call had gone well and that Mexico had avoided the increase, but that her government still wanted the remaining tariffs removed.",
            "Prime Minister Mark Carney said Canada would keep working towards an agreement with Washington and would continue to diversify its trade.",
            "Canada, which still has counter-tariffs on tens of billions of dollars of American goods, is the only country besides China to face a higher rate after retaliating, analysts said. Most Canadian exports now cross the border duty-free under the trade pact's rules.",
        ],
        claims=[
            C("usa", "fentanyl-tariffs", "support", "raised the tariff on Canadian goods not covered by the North American trade pact"),
            C("mexico", "fentanyl-tariffs", "oppose", "her government still wanted the remaining tariffs removed"),
            C("canada", "us-canada-trade-deal", "support", "Canada would keep working towards an agreement with Washington"),
            C("canada", "canada-drops-counter-tariffs", "oppose", "Canada, which still has counter-tariffs on tens of billions of dollars of American goods", False),
        ],
    ),
    dict(
        id="029", published="2025-08-22T21:00:00Z", outlet="summit-chronicle",
        slug="canada-scraps-retaliatory-tariffs",
        title="Canada scraps retaliatory tariffs on US goods",
        paras=[
            "OTTAWA, Aug 22 (Summit Chronicle) - Canada will remove its counter-tariffs on American goods that comply with the North American trade pact from Sept 1, Prime Minister Mark Carney said on Friday, in a bid to restart stalled negotiations with the United States.",
            "Carney said the duties on US steel, aluminium and autos would stay in place while Canada negotiates on those sectors. He said the step would allow the talks to intensify, and that Canada now had the best trade arrangement with the United States of any country, since most of its exports enter duty-free.",
            "The announcement followed a call between Carney and President Donald Trump on Thursday. A White House spokesman said the move was long overdue.",
            "Ontario Premier Doug Ford declined to criticise the decision, saying the prime minister was the one at the negotiating table. Some union leaders said Canada had given up leverage for nothing in return.",
            "Canada's original counter-tariffs, imposed in March, covered about C$60 billion of American products.",
        ],
        claims=[
            C("canada", "canada-drops-counter-tariffs", "support", "Canada will remove its counter-tariffs on American goods"),
            C("canada", "us-canada-trade-deal", "support", "the step would allow the talks to intensify"),
            C("usa", "canada-drops-counter-tariffs", "support", "the move was long overdue"),
        ],
    ),
    dict(
        id="030", published="2025-09-18T15:00:00Z", outlet="keystone-report",
        slug="canadian-negotiators-back-in-washington",
        title="Canadian negotiators back in Washington as talk of steel relief swirls",
        paras=[
            "WASHINGTON, Sept 18 (Keystone Report) - Canadian trade officials were back in Washington this week for meetings at the Office of the US Trade Representative, the latest in a series of technical sessions since early September.",
            "Neither government released an agenda. A Canadian official, speaking on condition of anonymity, said the sessions were focused on data and on how quotas for steel and aluminium might work, not on headline rates.",
            "Trade lawyers and economists said a sector-by-sector arrangement covering metals and energy was the most likely outcome, though several said nothing might be settled before the review of the North American trade pact next year.",
            "\"Nobody in this town is in a rush,\" said one lobbyist for American auto parts makers.",
            "The Canadian embassy, a few blocks from the Capitol, hosted a reception for members of Congress on Tuesday evening. Ambassador Kirsten Hillman did not speak to reporters.",
        ],
        claims=[],
    ),
    dict(
        id="031", published="2025-10-07T20:00:00Z", outlet="lakeshore-wire",
        slug="trump-praises-carney-jokes-merger",
        title="Trump praises Carney and jokes about merger at White House talks",
        paras=[
            "WASHINGTON, Oct 7 (Lakeshore Wire) - President Donald Trump welcomed Prime Minister Mark Carney back to the White House on Tuesday, calling him a world-class leader and joking once more about merging the two countries.",
            "Trump said there was natural conflict between the two neighbours as well as mutual love. He told reporters a deal was possible, but only if it worked for American industry, and that Canada would leave the meeting very happy.",
            "Carney, who was joined by LeBlanc and Industry Minister Melanie Joly, said Canada wanted an agreement that covered steel, aluminium and energy. He praised Trump as a transformative president.",
            "LeBlanc said ministers would meet again in the coming weeks.",
            "The two leaders also talked about energy, pipelines and continental defence, according to officials who briefed reporters afterwards. Carney was due back in Ottawa on Wednesday.",
        ],
        claims=[
            C("usa", "canada-51st-state", "support", "joking once more about merging the two countries"),
            C("usa", "us-canada-trade-deal", "conditional", "a deal was possible, but only if it worked for American industry"),
            C("canada", "us-canada-trade-deal", "support", "Canada wanted an agreement that covered steel, aluminium and energy"),
        ],
    ),
    dict(
        id="032", published="2025-10-24T03:30:00Z", outlet="fraser-gazette",
        slug="trump-ends-trade-talks-ontario-reagan-ad",
        title="Trump ends trade talks with Canada over Ontario's Reagan advertisement",
        paras=[
            "WASHINGTON, Oct 23 (Fraser Gazette) - President Donald Trump said on Thursday night that he was terminating all trade negotiations with Canada, after Ontario's government aired a television advertisement in the United States that used a 1987 radio address by former President Ronald Reagan to warn against tariffs.",
            "In a social media post, Trump called the advertisement fake and said it was meant to sway the Supreme Court, which is weighing the legality of his emergency tariffs. Given what he called egregious conduct, the talks were finished, he wrote.",
            "Earlier on Thursday, the Ronald Reagan Presidential Foundation said the ad misrepresented the address and that permission had not been sought to use it. The foundation said it was reviewing its legal options.",
            "Ontario Premier Doug Ford had said the ad, broadcast on US networks, was meant to remind Americans that tariffs raise prices and cost jobs.",
            "A spokesperson for Prime Minister Mark Carney, who is preparing to travel to Asia, had no immediate comment.",
        ],
        claims=[
            C("usa", "us-canada-trade-deal", "oppose", "he was terminating all trade negotiations with Canada"),
            C("ontario", "fentanyl-tariffs", "oppose", "meant to remind Americans that tariffs raise prices and cost jobs"),
        ],
    ),
    dict(
        id="033", published="2025-10-24T19:00:00Z", outlet="tidewater-news",
        slug="ford-to-pull-reagan-ad-ottawa-ready",
        title="Ford to pull Reagan ad after Carney call; Ottawa ready to resume talks",
        paras=[
            "TORONTO, Oct 24 (Tidewater News) - Ontario Premier Doug Ford said on Friday he would pause his government's US advertising campaign from Monday, after speaking with Prime Minister Mark Carney.",
            "The ad will still run during the first two World Series games this weekend, Ford told reporters at Queen's Park. He said the campaign had achieved its goal of starting a conversation in the United States about the damage tariffs do to workers on both sides of the border.",
            "Carney, speaking before leaving for Asia, said Canada was ready to pick up the negotiations whenever the Americans were, and that Ottawa could not control US trade policy. He said progress had been made on steel, aluminium and energy.",
            "Asked whether he had asked Ford to drop the advertisement, Carney declined to say.",
            "US officials did not respond to requests for comment on Friday.",
        ],
        claims=[
            C("canada", "us-canada-trade-deal", "support", "Canada was ready to pick up the negotiations whenever the Americans were"),
            C("ontario", "fentanyl-tariffs", "oppose", "the damage tariffs do to workers on both sides of the border"),
        ],
    ),
    dict(
        id="034", published="2025-10-29T12:00:00Z", outlet="summit-chronicle",
        slug="senate-votes-again-end-canada-tariffs",
        title="Senate votes again to end Canada tariffs as Trump rules out quick return to talks",
        paras=[
            "WASHINGTON, Oct 29 (Summit Chronicle) - The Senate voted 50-46 on Tuesday to end the emergency behind President Donald Trump's tariffs on Canada, the second time this year it has backed such a resolution, though the measure is all but certain to die in the House.",
            "Four Republicans again joined Democrats. The vote came days after Trump said he would add a further 10% to the duties on Canadian goods over Ontario's advertisement.",
            "Speaking to reporters on Air Force One on his way to South Korea, Trump said he would not be meeting Prime Minister Mark Carney for a while and that the talks would stay off. He said the tariffs on Canada were bringing in a fortune.",
            "Both leaders are attending the Asia-Pacific Economic Cooperation summit in Gyeongju this week.",
            "Canadian officials did not comment on the vote.",
        ],
        claims=[
            C("us-senate", "fentanyl-tariffs", "oppose", "voted 50-46 on Tuesday to end the emergency behind President Donald Trump's tariffs"),
            C("usa", "us-canada-trade-deal", "oppose", "the talks would stay off"),
            C("usa", "fentanyl-tariffs", "support", "the tariffs on Canada were bringing in a fortune"),
        ],
    ),
]

SHIFTS = [
    dict(actor="usa", issue="fentanyl-tariffs", **{"from": "support", "to": "conditional"}, article="005",
         why="Trump holds off on the tariffs for a month in exchange for Sheinbaum's troop pledge, pending negotiations; in 001 and 003 he was imposing them outright."),
    dict(actor="canada", issue="canada-drops-counter-tariffs", **{"from": "oppose", "to": "conditional"}, article="006",
         why="LeBlanc pauses Canada's counter-tariffs for the same 30 days as the US pause and says they come in if Washington goes ahead; in 002 and 004 Ottawa was imposing them."),
    dict(actor="usa", issue="fentanyl-tariffs", **{"from": "conditional", "to": "support"}, article="011",
         why="The pause ends: Trump says there is no room left to avoid the levies and the tariffs take effect (conditional since 005-007)."),
    dict(actor="canada", issue="canada-drops-counter-tariffs", **{"from": "conditional", "to": "oppose"}, article="011",
         why="Canada puts its 25% duties on C$30 billion of US goods into force immediately; in 006/007 they were paused pending the US decision."),
    dict(actor="ontario", issue="ontario-electricity-surcharge", **{"from": "support", "to": "conditional"}, article="014",
         why="Ford suspends the surcharge after his call with Lutnick and says he would bring it back if the US escalates; in 011 he announced it."),
    dict(actor="canada", issue="canada-digital-services-tax", **{"from": "support", "to": "oppose"}, article="026",
         why="Canada rescinds the digital services tax hours before the first payments (baseline: Canada was keeping the tax)."),
    dict(actor="canada", issue="canada-drops-counter-tariffs", **{"from": "oppose", "to": "support"}, article="029",
         why="Carney announces Canada will remove its counter-tariffs on USMCA-compliant US goods from Sept 1; through 012, 017, 018 and 020 Ottawa kept them."),
    dict(actor="usa", issue="us-canada-trade-deal", **{"from": "conditional", "to": "oppose"}, article="032",
         why="Trump terminates all trade negotiations with Canada over the Ontario ad; in 022, 024/025 and 031 he said a deal was possible on his terms."),
]

DUPLICATES = [("006", "007"), ("024", "025")]

STANCES = {"support", "oppose", "conditional"}
MONTHS = r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)"


def parse_watchlist(path):
    """Minimal reader for watchlist.yaml (the fixed layout used here; no PyYAML)."""
    actors, issues, baseline = [], [], []
    section = None
    issue_keys = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                current = m.group(1)
                if section == "issues":
                    issue_keys[current] = ["id"]
                continue
            m = re.match(r"^    (\w+):", line)
            if m and section == "issues":
                issue_keys[current].append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
    return actors, issues, baseline, issue_keys


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_for(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def recompute_shifts(baseline, articles):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in articles:
        for c in art["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                shifts.append((c["actor"], c["issue"], old, c["stance"], art["id"]))
            prevailing[key] = c["stance"]
    return shifts


def main():
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    actors, issues, baseline, issue_keys = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    check(5 <= len(actors) <= 8, "need 5-8 actors, have %d" % len(actors))
    check(5 <= len(issues) <= 7, "need 5-7 issues, have %d" % len(issues))
    for iid, keys in issue_keys.items():
        check(keys == ["id", "name", "description", "terms"], "issue %s has fields %s" % (iid, keys))
    for a, i, s in baseline:
        check(a in actors and i in issues and s in STANCES, "bad baseline entry %s/%s/%s" % (a, i, s))

    # ids, order, outlets
    for n, art in enumerate(ARTICLES, 1):
        check(art["id"] == "%03d" % n, "article %s out of sequence" % art["id"])
        check(art["outlet"] in OUTLETS, "unknown outlet %s" % art["outlet"])
    pubs = [a["published"] for a in ARTICLES]
    check(pubs == sorted(pubs) and len(set(pubs)) == len(pubs), "articles not in strict publication order")
    check(30 <= len(ARTICLES) <= 34, "need 30-34 articles, have %d" % len(ARTICLES))
    urls = [url_for(a) for a in ARTICLES]
    check(len(set(urls)) == len(urls), "duplicate urls")

    for art in ARTICLES:
        text = "\n\n".join(art["paras"])
        art["text"] = text
        name = OUTLETS[art["outlet"]]
        words = len(text.split())
        check(120 <= words <= 260, "%s has %d words" % (art["id"], words))
        check(re.match(r"^[A-Z][A-Z .'-]+, %s \d{1,2} \(%s\) - " % (MONTHS, re.escape(name)), text),
              "%s dateline malformed" % art["id"])
        seen = {}
        for c in art["claims"]:
            check(c["actor"] in actors, "%s unknown actor %s" % (art["id"], c["actor"]))
            check(c["issue"] in issues, "%s unknown issue %s" % (art["id"], c["issue"]))
            check(c["stance"] in STANCES, "%s bad stance %s" % (art["id"], c["stance"]))
            check(c["quote"] in text, "%s quote not in text: %r" % (art["id"], c["quote"]))
            check(len(c["quote"].split()) <= 15, "%s quote over 15 words: %r" % (art["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            check(key not in seen, "%s has two claims for %s" % (art["id"], key))
            seen[key] = c["stance"]

    # duplicates carry identical claims (quotes included)
    byid = {a["id"]: a for a in ARTICLES}
    for x, y in DUPLICATES:
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["quote"], c["attributed"]) for c in cl)
        check(strip(byid[x]["claims"]) == strip(byid[y]["claims"]), "duplicates %s/%s differ" % (x, y))
        check(byid[x]["outlet"] != byid[y]["outlet"], "duplicates %s/%s share an outlet" % (x, y))
        check(byid[x]["published"][:10] == byid[y]["published"][:10], "duplicates %s/%s not same day" % (x, y))

    # shifts
    recomputed = recompute_shifts(baseline, ARTICLES)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    check(recomputed == labelled, "shifts differ:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    check(5 <= len(SHIFTS) <= 8, "need 5-8 shifts")
    straight = [s for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"}]
    check(len(straight) <= 2, "more than two straight reversals")
    check(any("conditional" in (s["from"], s["to"]) for s in SHIFTS), "no shift to/from conditional")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    check(any(x in shift_articles for x, _ in DUPLICATES), "no duplicate pair contains a shift article")
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]

    # claim statistics
    allc = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {s: sum(1 for c in allc if c["stance"] == s) for s in sorted(STANCES)}
    unattributed = sum(1 for c in allc if not c["attributed"])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    check(60 <= len(allc) <= 90, "need 60-90 claims, have %d" % len(allc))
    check(by_stance["conditional"] >= 6, "need at least 6 conditional claims")
    check(all(by_stance.values()), "all three stances must be present")
    check(unattributed >= 2, "need a few attributed:false claims")
    check(3 <= len(empty) <= 4, "need 3-4 no-claim articles, have %s" % empty)

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # write articles
    adir, fdir = os.path.join(HERE, "articles"), os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in ARTICLES:
        out = {"id": art["id"], "published": art["published"], "source": OUTLETS[art["outlet"]],
               "url": url_for(art), "title": art["title"], "text": art["text"]}
        with open(os.path.join(adir, art["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")

    # write feeds (newest first, like the dev set)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set us-canada-tariffs-2025</description>" % escape(name),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            u = url_for(a)
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(u),
                      '      <guid isPermaLink="true">%s</guid>' % escape(u),
                      "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                      "      <description>%s</description>" % escape(a["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    labels = {
        "claims": {a["id"]: [dict(c) for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # feed well-formedness
    feed_files = sorted(os.path.join(fdir, s + ".xml") for s in OUTLETS)
    r = subprocess.run(["xmllint", "--noout"] + feed_files, capture_output=True, text=True)
    if r.returncode != 0:
        print("xmllint failed:\n" + r.stderr)
        sys.exit(1)
    # round-trip: written files match the data
    for art in ARTICLES:
        with open(os.path.join(adir, art["id"] + ".json"), encoding="utf-8") as f:
            assert json.load(f)["text"] == art["text"]

    print("OK: %d articles, %d claims %s, %d attributed:false, %d shifts in articles %s, "
          "no-claim articles %s, %d no_alert_articles, feeds pass xmllint"
          % (len(ARTICLES), len(allc), by_stance, unattributed, len(SHIFTS), shift_articles, empty, len(no_alert)))
    wc = [len(a["text"].split()) for a in ARTICLES]
    print("words per article: min %d, max %d" % (min(wc), max(wc)))


if __name__ == "__main__":
    main()
