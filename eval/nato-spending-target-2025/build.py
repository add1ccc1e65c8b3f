#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set nato-spending-target-2025.

Standard library only. Holds the articles and labels as data and writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, then validates everything
(quotes, word counts, datelines, ids, watchlist ids, recomputed shifts,
no_alert_articles, duplicate pairs, xmllint on every feed).

Run from anywhere:  python3 build.py
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
    "lowland-wire": "Lowland Wire",
    "atlantic-courier": "Atlantic Courier",
    "continental-post": "Continental Post",
    "eastgate-monitor": "Eastgate Monitor",
    "ridgeline-report": "Ridgeline Report",
}

S, O, C = "support", "oppose", "conditional"
T, F = True, False

# Each article: published (UTC), outlet slug, url slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2025-03-07T09:20:00Z", outlet="atlantic-courier",
        slug="trump-questions-defending-allies-that-underspend",
        title="Trump questions defending allies that do not pay more for defence",
        paras=[
            "WASHINGTON, March 7 (Atlantic Courier) - President Donald Trump said on Thursday he was not sure the United States would come to the defence of NATO allies that spend too little on their own armed forces, reviving a complaint that has unsettled European governments since his first term.",
            "Speaking to reporters in the Oval Office, Trump said it was \"common sense\" that countries which do not pay should not count on being protected. He repeated that allies ought to be spending 5% of their economic output on defence, a level that no member of the alliance, the United States included, currently reaches.",
            "The remarks raised fresh questions about Article 5 of the Washington Treaty, under which members treat an attack on one as an attack on all. Trump did not say which countries he had in mind.",
            "NATO's current guideline asks members to spend 2% of gross domestic product. About two thirds of the 32 allies reached it last year, according to alliance estimates, while Poland and the Baltic states are already well above it.",
            "Officials at NATO headquarters in Brussels did not respond to a request for comment.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "He repeated that allies ought to be spending 5% of their economic output", T),
        ],
    ),
    # 002
    dict(
        published="2025-03-18T17:45:00Z", outlet="continental-post",
        slug="german-lawmakers-loosen-debt-brake-for-defence",
        title="German lawmakers loosen debt brake for defence as Pistorius softens on NATO goal",
        paras=[
            "BERLIN, March 18 (Continental Post) - Germany's outgoing parliament voted on Tuesday to exempt defence spending above 1% of economic output from the country's constitutional limit on borrowing, clearing the way for the rearmament drive planned by conservative leader Friedrich Merz.",
            "Merz, who is expected to become chancellor once coalition talks with the Social Democrats are concluded, told lawmakers before the vote that the country's security could no longer depend on budget rules. He did not put a number on future NATO spending.",
            "Defence Minister Boris Pistorius, who is expected to keep his post in the next government, said afterwards that Germany could accept a 5% NATO target only if it came with a realistic timetable and let spending on infrastructure and civil protection count. Such a goal, sought by Washington since January, would be hard to reach quickly, he said.",
            "That was a softer line than in January, when Chancellor Olaf Scholz said a 5% target would cost well over 200 billion euros a year and could not be paid for without huge tax rises or cuts.",
            "The reform still needs the approval of the Bundesrat, the upper house representing Germany's 16 states, which is due to vote on Friday.",
        ],
        claims=[
            ("germany", "five-percent-target", C, "Germany could accept a 5% NATO target only if it came with a realistic timetable", T),
            ("usa", "five-percent-target", S, "Such a goal, sought by Washington since January", F),
        ],
    ),
    # 003
    dict(
        published="2025-03-26T14:10:00Z", outlet="eastgate-monitor",
        slug="rutte-praises-poland-holds-back-on-new-target",
        title="Rutte praises Poland's spending in Warsaw but holds back on new target",
        paras=[
            "WARSAW, March 26 (Eastgate Monitor) - NATO Secretary General Mark Rutte held up Poland as an example to the rest of the alliance on Wednesday, as Prime Minister Donald Tusk said every ally should now be moving towards spending 5% of its economy on defence.",
            "Poland expects to spend about 4.7% of gross domestic product on its military this year, the highest share in NATO. Tusk told a joint news conference that countries further from Russia's borders had no excuse to lag behind, and that Warsaw would keep making the case for the higher figure before the summit in The Hague in June.",
            "Rutte said allies would have to spend considerably more than the current 2% guideline to pay for the plans drawn up by NATO's military commanders. Asked whether the new figure would be 5%, he declined to say, telling reporters that the number would be settled among allies in the coming weeks.",
            "Rutte, speaking in Warsaw, was also due to meet President Andrzej Duda later in the day.",
        ],
        claims=[
            ("poland", "five-percent-target", S, "every ally should now be moving towards spending 5% of its economy on defence", T),
        ],
    ),
    # 004
    dict(
        published="2025-04-04T15:30:00Z", outlet="lowland-wire",
        slug="rubio-tells-allies-to-chart-path-to-five-percent",
        title="Rubio tells NATO allies to chart a path to 5%",
        paras=[
            "BRUSSELS, April 4 (Lowland Wire) - US Secretary of State Marco Rubio told NATO foreign ministers on Friday that Washington wanted every ally, the United States included, on a realistic path to spending 5% of economic output on defence.",
            "At his first meeting with alliance counterparts at NATO headquarters, Rubio said the United States remained committed to NATO but that its partners had to become able to defend themselves. He said the goal did not have to be reached overnight.",
            "Estonia's foreign minister, Margus Tsahkna, said his country was already on its way to 5% and urged larger allies to follow, arguing that the cost of deterring Russia was far smaller than the cost of a war.",
            "Canada's foreign minister, Melanie Joly, whose country is still below the current 2% guideline, declined to say whether Ottawa could back a 5% figure. Canada would set out its plans after the federal election on April 28, she said.",
            "Secretary General Mark Rutte said he expected allies to agree a new and considerably higher spending goal at the summit in The Hague in June, but that the details were still being worked out.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "Washington wanted every ally, the United States included, on a realistic path to spending 5%", T),
            ("baltic-states", "five-percent-target", S, "his country was already on its way to 5% and urged larger allies to follow", T),
        ],
    ),
    # 005
    dict(
        published="2025-04-16T13:00:00Z", outlet="atlantic-courier",
        slug="us-envoy-open-to-broader-counting-with-limits",
        title="US envoy open to broader counting of NATO spending, within limits",
        paras=[
            "WASHINGTON, April 16 (Atlantic Courier) - The United States could live with a NATO spending target that counts some non-military outlays, but only if the bulk of the money goes on hard military capabilities, Washington's ambassador to the alliance said on Wednesday.",
            "Matthew Whitaker told a think-tank audience that roads, bridges and cyber defences that would serve the armed forces in a crisis might count towards part of the goal. A formula in which the core military share was small would not be acceptable to the administration, he said.",
            "Whitaker restated President Donald Trump's demand that allies spend 5% of gross domestic product, calling it the price of a credible alliance. He said he expected leaders to agree a date for reaching it at The Hague, but declined to say which year Washington would favour.",
            "Several European governments have argued that investment in infrastructure, cyber security and civil preparedness should count, because it would be essential in any war. Diplomats say the fight over definitions could prove harder than agreeing the headline number.",
        ],
        claims=[
            ("usa", "core-plus-related-split", C, "could live with a NATO spending target that counts some non-military outlays", T),
            ("usa", "five-percent-target", S, "restated President Donald Trump's demand that allies spend 5% of gross domestic product", T),
        ],
    ),
    # 006
    dict(
        published="2025-04-22T12:30:00Z", outlet="continental-post",
        slug="spain-to-reach-two-percent-this-year",
        title="Spain to reach NATO's 2% goal this year with 10.5 billion euro plan",
        paras=[
            "MADRID, April 22 (Continental Post) - Prime Minister Pedro Sanchez announced on Tuesday an extra 10.47 billion euros for defence and security this year, enough to bring Spain up to NATO's 2% guideline four years earlier than it had promised.",
            "Spain spent about 1.3% of its economy on defence last year, the lowest share in the alliance. Sanchez said the money would go on pay, equipment, telecommunications and cyber security, and that no taxes would rise and no social spending would be cut to pay for it.",
            "Government officials said Spain regarded 2% as its commitment and considered a 5% target, as demanded by US President Donald Trump, neither realistic nor necessary.",
            "Sumar, the left-wing junior partner in Sanchez's coalition, said it had not been consulted and rejected any rise in military spending. The conservative opposition leader, Alberto Nunez Feijoo, said the plan should have been put to a vote in parliament.",
            "Sanchez unveiled the plan at a news conference at the Moncloa palace, his official residence. The government says it can be financed by moving money within existing budget lines, without a new budget law.",
        ],
        claims=[
            ("spain", "five-percent-target", O, "considered a 5% target, as demanded by US President Donald Trump, neither realistic nor necessary", T),
            ("usa", "five-percent-target", S, "a 5% target, as demanded by US President Donald Trump", F),
        ],
    ),
    # 007
    dict(
        published="2025-04-29T10:15:00Z", outlet="ridgeline-report",
        slug="italy-wants-a-decade-before-bigger-nato-target",
        title="Italy wants a decade and flexible rules before any big NATO rise",
        paras=[
            "ROME, April 29 (Ridgeline Report) - Italy will count spending on its coast guard and some military pensions to reach NATO's 2% guideline this year, Economy Minister Giancarlo Giorgetti said on Tuesday, and will press allies for a long runway before any bigger target applies.",
            "Giorgetti told a parliamentary committee that a sudden jump in military spending was beyond what Italy's public finances could bear. Defence Minister Guido Crosetto said Italy could sign up to the 5% goal only if allies got at least a decade to reach it and the definition of defence spending was widened.",
            "Crosetto said a ten-year horizon, running to 2035, was the least Italy would need.",
            "Italy has the euro zone's second-largest public debt and is subject to an EU procedure for excessive deficits. The European Commission has offered governments room to exceed EU deficit limits to pay for defence, but Giorgetti said Rome had not yet decided whether to use it.",
            "Prime Minister Giorgia Meloni is expected to discuss the target with other leaders before the summit in The Hague in June.",
        ],
        claims=[
            ("italy", "five-percent-target", C, "could sign up to the 5% goal only if allies got at least a decade", T),
            ("italy", "deadline-2035", S, "a ten-year horizon, running to 2035, was the least Italy would need", T),
        ],
    ),
    # 008
    dict(
        published="2025-05-06T18:40:00Z", outlet="lowland-wire",
        slug="rutte-proposes-core-plus-related-split-by-2032",
        title="Rutte proposes 3.5% core plus 1.5% wider spending by 2032, diplomats say",
        paras=[
            "BRUSSELS, May 6 (Lowland Wire) - NATO Secretary General Mark Rutte has proposed that allies commit to spending 3.5% of economic output on core defence and a further 1.5% on wider security-related needs by 2032, according to diplomats who have seen his plan.",
            "The combined 5% would match the figure demanded by US President Donald Trump while letting European governments count roads, ports, cyber security and other investment that supports the military. Core defence would cover troops, weapons and the capability targets set by NATO commanders.",
            "The diplomats said Rutte had chosen 2032 because he wanted the target met within seven years, sooner than the decade some allies have asked for. A NATO spokesperson declined to comment on what she called internal consultations.",
            "In Berlin, Friedrich Merz was sworn in as chancellor on Tuesday after failing to win a majority in a first vote in parliament. His government has yet to say what figure it would support.",
            "Analysts said Spain and Belgium, both well below 2% until this year, were likely to find the proposal hard to swallow.",
        ],
        claims=[
            ("nato", "core-plus-related-split", S, "has proposed that allies commit to spending 3.5% of economic output on core defence", F),
            ("nato", "five-percent-target", S, "The combined 5% would match the figure demanded", F),
            ("nato", "deadline-2035", O, "wanted the target met within seven years, sooner than the decade", F),
            ("usa", "five-percent-target", S, "the figure demanded by US President Donald Trump", F),
        ],
    ),
    # 009
    dict(
        published="2025-05-15T09:30:00Z", outlet="eastgate-monitor",
        slug="germany-backs-five-percent-says-wadephul",
        title="Germany backs 5% defence target, says Wadephul",
        paras=[
            "ANTALYA, May 15 (Eastgate Monitor) - Germany supports a NATO target of spending 5% of economic output on defence, Foreign Minister Johann Wadephul said on Thursday, putting the weight of Europe's largest economy behind the goal weeks before the alliance's summit.",
            "Speaking on arrival at a meeting of NATO foreign ministers in the Turkish resort, Wadephul said the new government of Chancellor Friedrich Merz believed the threat from Russia required a step change. He said Germany backed a formula under which 3.5% went on core military spending and 1.5% on related infrastructure.",
            "The statement goes further than the previous government and than Defence Minister Boris Pistorius, who in March tied German backing for a 5% goal to a long timetable.",
            "Some lawmakers in the Social Democrats, Merz's junior coalition partner, said they had not been consulted and questioned whether the figure was affordable.",
            "Ministers are meeting in Antalya to prepare the leaders' summit in The Hague on June 24 and 25.",
        ],
        claims=[
            ("germany", "five-percent-target", S, "Germany supports a NATO target of spending 5% of economic output on defence", T),
            ("germany", "core-plus-related-split", S, "Germany backed a formula under which 3.5% went on core military spending", T),
        ],
    ),
    # 010
    dict(
        published="2025-05-15T15:20:00Z", outlet="atlantic-courier",
        slug="rubio-backs-rutte-formula-as-allies-argue-over-date",
        title="Rubio backs Rutte's 3.5-plus-1.5 formula as allies argue over the date",
        paras=[
            "ANTALYA, May 15 (Atlantic Courier) - The United States wants NATO allies to commit to spending 5% of gross domestic product within a decade, with 3.5% going to hard military needs, Secretary of State Marco Rubio said on Thursday, endorsing the formula put forward by the alliance's secretary general.",
            "Rubio told reporters at the close of the foreign ministers' meeting that Washington fully endorsed the split, with the remaining 1.5% covering related investment such as infrastructure. He said a decade would take allies to roughly 2035, a timeframe he called realistic.",
            "Secretary General Mark Rutte confirmed publicly for the first time that he wanted allies to sign up to 5%, split between 3.5% for core defence and 1.5% for broader security spending. But he said he preferred a deadline of 2032 rather than a later date, arguing that NATO's military plans could not wait until the middle of the next decade.",
            "Diplomats said several southern European allies were pushing for more time.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "The United States wants NATO allies to commit to spending 5% of gross domestic product", T),
            ("usa", "core-plus-related-split", S, "Washington fully endorsed the split", T),
            ("usa", "deadline-2035", S, "a decade would take allies to roughly 2035, a timeframe he called realistic", T),
            ("nato", "five-percent-target", S, "he wanted allies to sign up to 5%", T),
            ("nato", "core-plus-related-split", S, "split between 3.5% for core defence and 1.5% for broader security spending", T),
            ("nato", "deadline-2035", O, "he preferred a deadline of 2032 rather than a later date", T),
        ],
    ),
    # 011
    dict(
        published="2025-05-27T19:00:00Z", outlet="ridgeline-report",
        slug="king-opens-canadian-parliament-military-pledge",
        title="King opens Canadian parliament with pledge to rebuild the military",
        paras=[
            "OTTAWA, May 27 (Ridgeline Report) - King Charles opened Canada's new parliament on Tuesday with a speech promising to rebuild and re-equip the armed forces, but the government of Prime Minister Mark Carney again gave no figure for how far defence spending would rise.",
            "Reading the speech from the throne in the Senate chamber in Ottawa, the King said the country would invest in its military and in new security partnerships, including with Europe. It was the first time a reigning monarch had delivered the speech since 1977.",
            "Canada spent about 1.4% of its gross domestic product on defence last year, below NATO's 2% guideline and far from the 5% being discussed before next month's alliance summit. Asked afterwards whether Canada would sign up to the new figure, Defence Minister David McGuinty said it was too early to say.",
            "Carney, a former central banker who won the April 28 election, has said he will set out spending plans before the summit. Opposition Conservatives accused him of dodging the question.",
        ],
        claims=[],
    ),
    # 012
    dict(
        published="2025-06-02T15:45:00Z", outlet="eastgate-monitor",
        slug="eastern-flank-backs-five-percent-and-wants-it-sooner",
        title="NATO's eastern flank backs 5% and wants it sooner",
        paras=[
            "VILNIUS, June 2 (Eastgate Monitor) - Leaders of NATO's eastern and Nordic members endorsed a 5% defence spending target at a meeting in Vilnius on Monday, and several urged the rest of the alliance to reach it well before the middle of the next decade.",
            "Lithuania's president, Gitanas Nauseda, who hosted the gathering, said the Baltic states backed the 5% target and would each spend at least that much. He said 2035 would be far too late given the threat from Russia, and that Estonia and Latvia shared that view.",
            "Polish President Andrzej Duda said Poland, already close to 5%, supported the new target and also wanted a 2030 deadline.",
            "NATO Secretary General Mark Rutte, who attended the meeting, said he was confident the 32 allies would agree to a 5% goal at The Hague. He did not comment on the date.",
            "Separately, Kaja Kallas, the EU's foreign policy chief and a former Estonian prime minister, said in Brussels that Europe's rearmament should be coordinated with NATO. She did not address the spending target.",
        ],
        claims=[
            ("baltic-states", "five-percent-target", S, "the Baltic states backed the 5% target", T),
            ("baltic-states", "deadline-2035", O, "2035 would be far too late given the threat from Russia", T),
            ("poland", "five-percent-target", S, "Poland, already close to 5%, supported the new target", T),
            ("poland", "deadline-2035", O, "also wanted a 2030 deadline", T),
            ("nato", "five-percent-target", S, "he was confident the 32 allies would agree to a 5% goal", T),
        ],
    ),
    # 013
    dict(
        published="2025-06-05T17:10:00Z", outlet="lowland-wire",
        slug="hegseth-every-ally-must-sign-up-spain-says-beyond-reach",
        title="Hegseth says every ally must sign up to 5%; Spain calls figure beyond reach",
        paras=[
            "BRUSSELS, June 5 (Lowland Wire) - US Defense Secretary Pete Hegseth told NATO counterparts on Thursday that every ally, including the handful still hesitating, would have to commit to spending 5% of economic output on defence at the summit in The Hague this month.",
            "Hegseth, speaking at NATO headquarters after defence ministers approved new targets for the forces and weapons each country must provide, said the alliance was close to agreement but there could be no free riders.",
            "Spain's defence minister, Margarita Robles, said Spain would deliver every capability asked of it but would not sign up to a figure it could not reach. Madrid regards 5% as out of range, she said.",
            "Germany's Boris Pistorius said his country would put 3.5% into core defence and count further spending on infrastructure towards the remaining 1.5%.",
            "Secretary General Mark Rutte told a news conference that the new capability targets confirmed the need for 3.5% on core defence, as he had proposed.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "every ally, including the handful still hesitating, would have to commit to spending 5%", T),
            ("spain", "five-percent-target", O, "would not sign up to a figure it could not reach", T),
            ("germany", "core-plus-related-split", S, "would put 3.5% into core defence and count further spending on infrastructure", T),
            ("nato", "core-plus-related-split", S, "the new capability targets confirmed the need for 3.5% on core defence", T),
        ],
    ),
    # 014
    dict(
        published="2025-06-09T14:00:00Z", outlet="continental-post",
        slug="rutte-calls-for-air-defence-jump-and-five-percent",
        title="Rutte calls for 400% jump in air defences, says 5% is needed",
        paras=[
            "LONDON, June 9 (Continental Post) - NATO allies must increase their air and missile defences by 400% and agree to spend 5% of their economic output on defence and security, Secretary General Mark Rutte said on Monday.",
            "In a speech at the Chatham House think tank, Rutte said Russia could be ready to use military force against the alliance within five years and that NATO needed thousands more armoured vehicles and tanks and millions of artillery shells.",
            "He said the 5% should be made up of 3.5% for core military spending and 1.5% for investment in infrastructure, industry and resilience, the formula he first put to allies in May.",
            "Rutte said allies needed \"a quantum leap\" in their collective defence, and that he expected leaders to endorse the target at The Hague later this month.",
            "British Prime Minister Keir Starmer has promised to raise UK defence spending to 2.5% of economic output by 2027 but has not said when Britain would reach any higher goal.",
        ],
        claims=[
            ("nato", "five-percent-target", S, "agree to spend 5% of their economic output on defence and security", T),
            ("nato", "core-plus-related-split", S, "the 5% should be made up of 3.5% for core military spending", T),
        ],
    ),
    # 015
    dict(
        published="2025-06-09T18:30:00Z", outlet="atlantic-courier",
        slug="carney-balks-at-nato-five-percent",
        title="Carney balks at NATO's 5% target",
        paras=[
            "TORONTO, June 9 (Atlantic Courier) - Canada will meet NATO's 2% defence spending guideline in the current fiscal year, years ahead of schedule, Prime Minister Mark Carney said on Monday, adding about 9 billion Canadian dollars to the military budget.",
            "In a speech at the University of Toronto, Carney said Canada had relied too heavily on the United States for its security and would buy more of its equipment from other partners.",
            "He was more cautious about the 5% target due to be agreed at the NATO summit later this month. Canada would not sign up unless it could count investments such as Arctic ports, runways and satellite links that serve both soldiers and civilians, he said.",
            "He declined to say when Canada might reach 3.5% on core defence, saying that would depend on the final text.",
            "US President Donald Trump has repeatedly called Canada a laggard on defence. Conservative leader Pierre Poilievre said the announcement came a decade too late.",
        ],
        claims=[
            ("canada", "five-percent-target", C, "Canada would not sign up unless it could count investments such as Arctic ports", T),
        ],
    ),
    # 016
    dict(
        published="2025-06-13T11:00:00Z", outlet="lowland-wire",
        slug="nato-draft-gives-allies-until-2035",
        title="NATO caves to southern allies on spending deadline",
        paras=[
            "BRUSSELS, June 13 (Lowland Wire) - A draft of the declaration to be adopted at this month's NATO summit gives allies until 2035 to reach the new 5% spending target, three years later than Secretary General Mark Rutte proposed in May.",
            "Rutte told reporters on Friday that he fully supported the 2035 date, which he said struck the right balance between urgency and what national budgets could bear. The draft also provides for a review of progress in 2029.",
            "Italian officials welcomed the change, saying the longer horizon matched what Rome had asked for since the spring.",
            "The Baltic states were less pleased. Lithuania's defence minister, Dovile Sakaliene, said 2035 was still too late and that her country would keep arguing for 2030 until the text was final.",
            "The draft must still be approved by all 32 allies, and diplomats said talks on the wording about Ukraine and Russia were continuing.",
        ],
        claims=[
            ("nato", "deadline-2035", S, "he fully supported the 2035 date", T),
            ("italy", "deadline-2035", S, "the longer horizon matched what Rome had asked for since the spring", T),
            ("baltic-states", "deadline-2035", O, "2035 was still too late", T),
        ],
    ),
    # 017
    dict(
        published="2025-06-16T09:00:00Z", outlet="ridgeline-report",
        slug="the-hague-braces-for-security-operation",
        title="The Hague braces for NATO's largest-ever security operation",
        paras=[
            "THE HAGUE, June 16 (Ridgeline Report) - Dutch police are preparing for the largest security operation in the country's history as The Hague gets ready to host NATO leaders on June 24 and 25, with roads closed, airspace restricted and some 27,000 officers on duty.",
            "The summit will take place at the World Forum conference centre, not far from the North Sea beach at Scheveningen. Residents near the venue have been told to expect checkpoints and detours for several days.",
            "King Willem-Alexander and Queen Maxima will host leaders at a dinner at Huis ten Bosch palace on the evening of June 24. The formal session the next day has been cut to a few hours, which diplomats say is meant to keep the meeting short and avoid open disagreement.",
            "Officials at NATO headquarters in Brussels said the programme had been kept deliberately lean. They declined to say whether all 32 heads of state and government had confirmed attendance.",
            "It is the first NATO summit hosted by the Netherlands, the home country of Secretary General Mark Rutte.",
        ],
        claims=[],
    ),
    # 018
    dict(
        published="2025-06-19T21:10:00Z", outlet="continental-post",
        slug="sanchez-tells-rutte-spain-cannot-accept-five-percent",
        title="Sanchez tells Rutte Spain cannot accept 5% target, seeks exemption",
        paras=[
            "MADRID, June 19 (Continental Post) - Spanish Prime Minister Pedro Sanchez has written to NATO Secretary General Mark Rutte to say that committing to spend 5% of gross domestic product on defence would be \"unreasonable\" and \"counterproductive\" for Spain.",
            "In the letter, dated Thursday, Sanchez asked that the summit declaration use a more flexible wording that would either make the target optional or leave Spain out of it. Spain could not accept the target, he wrote, without cutting the welfare state or slowing its green transition.",
            "Spain is set to spend about 2% this year after a sharp increase announced in April. Sanchez argued that Spain could meet the capability targets agreed by NATO ministers this month without reaching the headline figure.",
            "The letter was sent less than a week before leaders gather in The Hague. Diplomats said it threatened to upset Rutte's plan for a short, harmonious summit.",
        ],
        claims=[
            ("spain", "five-percent-target", O, "committing to spend 5% of gross domestic product on defence would be \"unreasonable\"", T),
            ("spain", "spain-drops-exemption", O, "a more flexible wording that would either make the target optional or leave Spain out", T),
        ],
    ),
    # 019 (duplicate of 018)
    dict(
        published="2025-06-19T22:30:00Z", outlet="eastgate-monitor",
        slug="spain-asks-nato-for-opt-out",
        title="Spain asks NATO for opt-out from 5% spending goal",
        paras=[
            "MADRID, June 19 (Eastgate Monitor) - Pedro Sanchez, Spain's prime minister, has told NATO Secretary General Mark Rutte in a letter that a commitment to spend 5% of gross domestic product on defence would be \"unreasonable\" and \"counterproductive\" for his country.",
            "In the letter, dated Thursday, Sanchez asked for the summit declaration to use more flexible wording that would either make the target optional or leave Spain out of it. Spain could not accept the target, he wrote, without cutting the welfare state or slowing its green transition.",
            "After a large increase announced in April, Spain is on track to spend about 2% this year. Sanchez argued that it could meet the capability targets approved by NATO defence ministers this month without reaching the headline figure.",
            "The letter arrived less than a week before leaders meet in The Hague. Diplomats said it risked upsetting Rutte's plan for a brief, harmonious summit.",
        ],
        claims=[
            ("spain", "five-percent-target", O, "a commitment to spend 5% of gross domestic product on defence would be \"unreasonable\"", T),
            ("spain", "spain-drops-exemption", O, "more flexible wording that would either make the target optional or leave Spain out", T),
        ],
    ),
    # 020
    dict(
        published="2025-06-20T12:40:00Z", outlet="lowland-wire",
        slug="nato-and-washington-say-no-ally-can-opt-out",
        title="NATO and Washington say no ally can opt out of 5% target",
        paras=[
            "BRUSSELS, June 20 (Lowland Wire) - NATO said on Friday that the new 5% spending target must apply to all allies, rejecting Spain's request to be left out of the commitment days before the summit in The Hague.",
            "A NATO spokesperson, Allison Hart, said no exemptions were foreseen and that Secretary General Mark Rutte was in contact with Madrid and expected all 32 allies to sign the declaration.",
            "The US ambassador to NATO, Matthew Whitaker, said Spain would have to find a way to meet the target like everyone else. He said the United States would not accept a special arrangement for a single country.",
            "Spanish officials said they were waiting for Rutte's formal reply to the letter Prime Minister Pedro Sanchez sent on Thursday. Several diplomats said privately that wording allowing more flexibility for Spain was being discussed.",
        ],
        claims=[
            ("nato", "five-percent-target", S, "the new 5% spending target must apply to all allies", T),
            ("nato", "spain-drops-exemption", S, "rejecting Spain's request to be left out of the commitment", T),
            ("usa", "five-percent-target", S, "Spain would have to find a way to meet the target like everyone else", T),
            ("usa", "spain-drops-exemption", S, "He said the United States would not accept a special arrangement for a single country", T),
        ],
    ),
    # 021
    dict(
        published="2025-06-20T20:15:00Z", outlet="atlantic-courier",
        slug="trump-says-allies-must-reach-five-percent-us-need-not",
        title="Trump says allies must reach 5% but the US need not",
        paras=[
            "MORRISTOWN, June 20 (Atlantic Courier) - President Donald Trump said on Friday that NATO allies should spend 5% of their economic output on defence but that the United States did not have to meet the new target itself.",
            "Speaking to reporters at the airport before heading to his golf club in Bedminster, New Jersey, Trump said the United States had carried the alliance for many years and that it was now the turn of Europe and Canada. He said he did not think America should have to reach 5%, but that the other members should.",
            "Trump also claimed that Germany had agreed to the higher figure because of his pressure, and he named Canada among the countries that paid too little.",
            "The United States spends about 3.4% of GDP on defence, according to NATO estimates. White House press secretary Karoline Leavitt said later that the president would attend the summit in The Hague next week.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "NATO allies should spend 5% of their economic output on defence", T),
            ("germany", "five-percent-target", S, "Germany had agreed to the higher figure because of his pressure", F),
        ],
    ),
    # 022
    dict(
        published="2025-06-22T18:30:00Z", outlet="continental-post",
        slug="spain-wins-exemption-from-five-percent",
        title="Spain wins exemption from NATO's 5% target",
        paras=[
            "MADRID, June 22 (Continental Post) - Spain has reached an agreement with NATO that frees it from the new target of spending 5% of economic output on defence, Prime Minister Pedro Sanchez said on Sunday, removing the last obstacle to a deal at this week's summit in The Hague.",
            "In a televised statement from the Moncloa palace, Sanchez said Spain would not block the other allies from adopting the target, in exchange for the flexibility to set its own path. Spain would not be bound by the 3.5% for core defence, he said, and would spend about 2.1%, which it considers enough to meet its capability targets.",
            "Sanchez released a letter from Secretary General Mark Rutte in which Rutte wrote that the summit text would give Spain flexibility to determine its own sovereign path, provided it still delivered the forces and equipment it had agreed to supply.",
            "Sanchez said he respected the legitimate wish of other countries to spend more, but that Spain would not be asked to do the same.",
        ],
        claims=[
            ("spain", "five-percent-target", C, "Spain would not block the other allies from adopting the target, in exchange for", T),
            ("spain", "spain-drops-exemption", O, "an agreement with NATO that frees it from the new target", T),
            ("spain", "core-plus-related-split", O, "Spain would not be bound by the 3.5% for core defence", T),
            ("nato", "spain-drops-exemption", C, "give Spain flexibility to determine its own sovereign path, provided it still delivered the forces", T),
        ],
    ),
    # 023 (duplicate of 022)
    dict(
        published="2025-06-22T20:05:00Z", outlet="lowland-wire",
        slug="sanchez-says-nato-deal-spares-spain",
        title="Sanchez says NATO deal spares Spain from 5% spending goal",
        paras=[
            "MADRID, June 22 (Lowland Wire) - Prime Minister Pedro Sanchez said on Sunday that Spain had struck an agreement with NATO that frees it from the new target of spending 5% of economic output on defence, clearing the last hurdle before this week's summit in The Hague.",
            "Speaking on television from the Moncloa palace, Sanchez said Spain would not block the other allies from adopting the target, in exchange for the flexibility to chart its own course. Spain would not be bound by the 3.5% for core defence, he said, and would spend around 2.1%, a level it considers sufficient for its capability targets.",
            "He made public a letter from Secretary General Mark Rutte, who wrote that the summit text would give Spain flexibility to determine its own sovereign path, provided it still delivered the forces and equipment it had agreed to supply.",
            "Sanchez said he respected the legitimate wish of other allies to spend more, but Spain would not be asked to do the same.",
        ],
        claims=[
            ("spain", "five-percent-target", C, "Spain would not block the other allies from adopting the target, in exchange for", T),
            ("spain", "spain-drops-exemption", O, "an agreement with NATO that frees it from the new target", T),
            ("spain", "core-plus-related-split", O, "Spain would not be bound by the 3.5% for core defence", T),
            ("nato", "spain-drops-exemption", C, "give Spain flexibility to determine its own sovereign path, provided it still delivered the forces", T),
        ],
    ),
    # 024
    dict(
        published="2025-06-23T10:30:00Z", outlet="ridgeline-report",
        slug="analysts-see-risk-of-more-carve-outs",
        title="Analysts see risk that Spain's deal invites more carve-outs",
        paras=[
            "THE HAGUE, June 23 (Ridgeline Report) - The arrangement announced in Madrid on Sunday could tempt other lower-spending allies to seek similar treatment, analysts said on Monday, as officials gathered in The Hague for the last round of talks before the NATO summit.",
            "Belgian Prime Minister Bart De Wever has said his country faces a hard task and will need room to manage its budget, while Slovakia's Robert Fico has said his government reserves the right to decide its own pace of spending.",
            "Neither Belgium nor Slovakia is expected to block the declaration, diplomats said. Analysts at several think tanks said the real test would come in 2029, when allies are due to review progress, and that governments facing elections could quietly slow down.",
            "Whether Washington would tolerate such slippage was unclear. Officials from several delegations declined to say how they would react if another ally asked for the same terms.",
            "Leaders are due to arrive on Tuesday for a dinner hosted by the Dutch king and queen at Huis ten Bosch palace.",
        ],
        claims=[],
    ),
    # 025
    dict(
        published="2025-06-24T08:30:00Z", outlet="continental-post",
        slug="germany-plans-core-defence-3-5-by-2029",
        title="Germany plans to hit 3.5% core defence spending by 2029",
        paras=[
            "BERLIN, June 24 (Continental Post) - Germany's cabinet approved draft budgets on Tuesday that would lift core defence spending to 3.5% of economic output by 2029, six years before the deadline NATO leaders are expected to set at their summit this week.",
            "Finance Minister Lars Klingbeil said Germany would not be among the allies that fall short of the new 5% goal, and that the rest would come from investment in rail, bridges and civil defence counted as security-related spending.",
            "Chancellor Friedrich Merz, who leaves for The Hague later on Tuesday, has said he wants Germany to build the strongest conventional army in Europe. The plans rely on the looser debt rules passed by parliament in March and on a 500 billion euro fund for infrastructure.",
            "Asked about Spain's arrangement with NATO, a government spokesman declined to comment, saying Berlin would not judge the budget decisions of other allies.",
            "Defence spending would rise from about 62 billion euros this year to more than 150 billion euros in 2029, according to the plans.",
        ],
        claims=[
            ("germany", "five-percent-target", S, "Germany would not be among the allies that fall short of the new 5% goal", T),
            ("germany", "core-plus-related-split", S, "the rest would come from investment in rail, bridges and civil defence", T),
        ],
    ),
    # 026
    dict(
        published="2025-06-24T16:45:00Z", outlet="eastgate-monitor",
        slug="trump-heads-to-the-hague-after-publishing-rutte-message",
        title="Trump heads to The Hague after publishing Rutte's praise",
        paras=[
            "THE HAGUE, June 24 (Eastgate Monitor) - President Donald Trump arrived in the Netherlands on Tuesday for the NATO summit after publishing a private message from Secretary General Mark Rutte congratulating him on getting allies to agree to spend 5% of their output on defence.",
            "In the message, which Trump posted on social media, Rutte wrote that Europe was going to pay \"in a BIG way\" and that the target would be Trump's win. NATO officials did not dispute that the text was genuine.",
            "Aboard Air Force One, Trump told reporters that the 5% commitment would be a great achievement for the alliance and for the United States. Asked whether he remained committed to the alliance's mutual defence clause, he said that depended on how it was defined.",
            "Trump was due to attend a dinner hosted by King Willem-Alexander at Huis ten Bosch palace before the leaders' formal session on Wednesday, which is scheduled to last less than three hours.",
        ],
        claims=[
            ("nato", "five-percent-target", S, "Rutte wrote that Europe was going to pay \"in a BIG way\"", T),
            ("usa", "five-percent-target", S, "the 5% commitment would be a great achievement for the alliance", T),
        ],
    ),
    # 027
    dict(
        published="2025-06-25T10:20:00Z", outlet="atlantic-courier",
        slug="canada-signs-on-to-five-percent-by-2035",
        title="Canada signs on to NATO's 5% target by 2035",
        paras=[
            "THE HAGUE, June 25 (Atlantic Courier) - Canada will commit to spending 5% of its economic output on defence and security by 2035, Prime Minister Mark Carney said on Wednesday, joining allies at the NATO summit in backing a goal he had treated with caution only two weeks ago.",
            "Carney told reporters that it would be irresponsible not to sign, given the threats facing the alliance. He said the split of 3.5% for core defence and 1.5% for related investment suited Canada, because Arctic infrastructure, ports and secure communications could count towards the second part.",
            "He said 2035 was a realistic deadline for a country starting from a low base, and that his government would set out a year-by-year path in its next budget.",
            "Carney declined to say how the additional spending, which economists estimate at tens of billions of Canadian dollars a year, would be financed. He said Canada would also try to buy less of its military equipment from the United States.",
        ],
        claims=[
            ("canada", "five-percent-target", S, "Canada will commit to spending 5% of its economic output on defence", T),
            ("canada", "core-plus-related-split", S, "the split of 3.5% for core defence and 1.5% for related investment suited Canada", T),
            ("canada", "deadline-2035", S, "2035 was a realistic deadline for a country starting from a low base", T),
        ],
    ),
    # 028
    dict(
        published="2025-06-25T13:40:00Z", outlet="lowland-wire",
        slug="nato-leaders-agree-five-percent-by-2035",
        title="NATO leaders agree 5% spending goal by 2035; Spain keeps its own path",
        paras=[
            "THE HAGUE, June 25 (Lowland Wire) - NATO leaders agreed on Wednesday to raise defence and security spending to 5% of economic output by 2035, the biggest increase in the alliance's spending goals since the Cold War.",
            "In a five-paragraph declaration, allies committed to spending at least 3.5% on core defence and up to 1.5% on protecting critical infrastructure and networks, civil preparedness and the defence industry. Progress will be reviewed in 2029. The text says that \"Allies\" rather than \"we\" commit to the target, wording that diplomats said was chosen to accommodate Spain.",
            "Secretary General Mark Rutte called the agreement a quantum leap for the alliance.",
            "Spanish Prime Minister Pedro Sanchez said Spain would not stand in the way of a target the other allies wanted, since his country had secured the right to meet its capability goals with about 2.1%. He said Spain would not spend 3.5% on core defence.",
            "The previous 2% pledge, made at a summit in Wales in 2014, took a decade for most allies to meet. Leaders also reaffirmed their commitment to collective defence under the Washington Treaty.",
        ],
        claims=[
            ("nato", "five-percent-target", S, "agreed on Wednesday to raise defence and security spending to 5% of economic output", T),
            ("nato", "core-plus-related-split", S, "committed to spending at least 3.5% on core defence and up to 1.5%", T),
            ("nato", "deadline-2035", S, "5% of economic output by 2035", T),
            ("spain", "five-percent-target", C, "Spain would not stand in the way of a target the other allies wanted", T),
            ("spain", "core-plus-related-split", O, "Spain would not spend 3.5% on core defence", T),
        ],
    ),
    # 029
    dict(
        published="2025-06-25T16:30:00Z", outlet="ridgeline-report",
        slug="trump-threatens-to-make-spain-pay-through-trade",
        title="Trump threatens to make Spain pay through trade",
        paras=[
            "THE HAGUE, June 25 (Ridgeline Report) - President Donald Trump threatened on Wednesday to make Spain pay for spending less than NATO's new target, saying Washington would use trade talks to extract the money.",
            "At his closing news conference, Trump called Spain's position very unfair to the other allies and said Spain should meet the target like everyone else. He said the United States was negotiating a trade deal with Spain and would \"make them pay twice as much.\"",
            "Secretary General Mark Rutte told reporters that Spain believed it could meet its capability targets with spending of 2.1% of its economy. He said NATO accepted Spain's arrangement for now, but was convinced that Spain would need 3.5% and that the 2029 review would show who was right.",
            "Asked whether Spain should be pushed out of the alliance, Rutte said that was not on the table. Spain's government did not immediately respond to Trump's remarks.",
            "Spain trades with the United States as a member of the European Union, which negotiates tariffs on behalf of all its members.",
        ],
        claims=[
            ("usa", "spain-drops-exemption", S, "said Spain should meet the target like everyone else", T),
            ("usa", "five-percent-target", S, "said Spain should meet the target like everyone else", T),
            ("usa", "us-trade-penalty-spain", S, "Washington would use trade talks to extract the money", T),
            ("spain", "spain-drops-exemption", O, "Spain believed it could meet its capability targets with spending of 2.1%", F),
            ("nato", "spain-drops-exemption", C, "NATO accepted Spain's arrangement for now, but was convinced that Spain would need 3.5%", T),
        ],
    ),
    # 030
    dict(
        published="2025-06-25T18:10:00Z", outlet="eastgate-monitor",
        slug="baltic-states-accept-2035-citing-review",
        title="Baltic states accept 2035 deadline, citing 2029 review",
        paras=[
            "THE HAGUE, June 25 (Eastgate Monitor) - The Baltic states, which had pressed for NATO's new spending target to be reached by 2030, said on Wednesday they could accept the 2035 deadline, but only because the 2029 review would let allies speed up if the threat from Russia grew.",
            "Estonian Prime Minister Kristen Michal said his country would have preferred an earlier date but would not stand in the way of a compromise that kept all 32 allies on board. Latvia and Lithuania took the same line, officials said.",
            "All three countries already plan to spend 5% or more within the next two years, and their leaders said the summit had vindicated their push for the higher target.",
            "Poland was less conciliatory. Defence Minister Wladyslaw Kosiniak-Kamysz said 2035 was too distant and that Poland would keep urging allies to move faster. Poland, he added, would spend close to 5% next year and fully backed the 5% goal.",
            "Leaders also discussed air defence along the Baltic Sea coast, where drone flights and signal jamming have become more frequent.",
        ],
        claims=[
            ("baltic-states", "deadline-2035", C, "they could accept the 2035 deadline, but only because the 2029 review", T),
            ("baltic-states", "five-percent-target", S, "their leaders said the summit had vindicated their push for the higher target", T),
            ("poland", "deadline-2035", O, "2035 was too distant", T),
            ("poland", "five-percent-target", S, "fully backed the 5% goal", T),
        ],
    ),
    # 031
    dict(
        published="2025-06-25T20:00:00Z", outlet="ridgeline-report",
        slug="meloni-embraces-five-percent",
        title="Meloni embraces NATO's 5% target",
        paras=[
            "THE HAGUE, June 25 (Ridgeline Report) - Prime Minister Giorgia Meloni said on Wednesday that Italy could honour the NATO spending target agreed at the summit without taking money away from health care or other priorities, because allies had been given ten years and a broad definition of security investment.",
            "Meloni told reporters that Italy had accepted the 5% goal on the understanding that it would be reached gradually and with flexibility over what counts. Italy would not have signed a text that demanded a sudden jump, she said.",
            "Defence Minister Guido Crosetto said the 2035 deadline was exactly what Rome had sought, and that the split between 3.5% and 1.5% suited Italy.",
            "Asked whether Spain had been treated too leniently, Meloni declined to comment, saying every government answered to its own parliament. Opposition leader Elly Schlein of the Democratic Party said the government had signed up to spending the country could not afford.",
        ],
        claims=[
            ("italy", "five-percent-target", C, "Italy had accepted the 5% goal on the understanding that it would be reached gradually", T),
            ("italy", "deadline-2035", S, "the 2035 deadline was exactly what Rome had sought", T),
            ("italy", "core-plus-related-split", S, "the split between 3.5% and 1.5% suited Italy", T),
        ],
    ),
    # 032
    dict(
        published="2025-06-26T12:00:00Z", outlet="continental-post",
        slug="spain-rejects-trump-trade-threat",
        title="Spain rejects Trump trade threat, says it will keep its NATO arrangement",
        paras=[
            "MADRID, June 26 (Continental Post) - Spain's government on Thursday rejected President Donald Trump's threat to punish the country through trade, saying commercial policy was a matter for the European Union and that Spain would defend its companies against any measure aimed at them.",
            "Economy Minister Carlos Cuerpo told a radio station that trade could not be used as a tool to settle a defence spending dispute, and that Spain would respond together with its EU partners to any tariffs.",
            "Officials at the Moncloa also denied reports that Madrid was considering giving up the flexibility it won before the summit. Spain would stick to spending about 2.1% of its economy, they said, which it considers enough to meet its capability goals.",
            "A spokesperson for the European Commission said in Brussels that the EU would respond firmly to any measure targeting one of its member states.",
            "Sanchez said after the summit on Wednesday that Spain was a loyal and committed ally that paid its share.",
        ],
        claims=[
            ("spain", "us-trade-penalty-spain", O, "trade could not be used as a tool to settle a defence spending dispute", T),
            ("usa", "us-trade-penalty-spain", S, "President Donald Trump's threat to punish the country through trade", F),
            ("spain", "spain-drops-exemption", O, "denied reports that Madrid was considering giving up the flexibility it won", T),
        ],
    ),
    # 033
    dict(
        published="2025-07-08T10:00:00Z", outlet="lowland-wire",
        slug="nato-starts-work-on-security-spending-rules",
        title="NATO starts work on rules for what counts as security spending",
        paras=[
            "BRUSSELS, July 8 (Lowland Wire) - NATO officials have begun drafting guidance on which kinds of spending allies may count towards the 1.5% share of the new target reserved for security-related investment, two weeks after the summit in The Hague.",
            "The categories named in the summit declaration, such as critical infrastructure, networks, civil preparedness, innovation and the defence industrial base, are broad, and officials at NATO headquarters said the guidance would describe the kinds of projects that could be reported.",
            "Each ally is due to submit an annual plan showing a credible path towards the target. The first plans are expected next year, the officials said. They declined to say whether any country's plan could be rejected, or how disputes over definitions would be settled.",
            "Analysts said governments with tight budgets, including several in southern Europe, would probably test the limits of the rules. A bridge or a port used mainly by civilians would be hard to justify, one analyst said.",
            "The guidance must be approved by all 32 allies before it takes effect.",
        ],
        claims=[],
    ),
    # 034
    dict(
        published="2025-07-15T17:30:00Z", outlet="atlantic-courier",
        slug="washington-keeps-pressure-on-spain",
        title="Washington keeps up pressure on Spain over NATO carve-out",
        paras=[
            "WASHINGTON, July 15 (Atlantic Courier) - The Trump administration is still pressing Spain to commit to NATO's full 5% spending target, the US ambassador to the alliance said on Tuesday, three weeks after Madrid secured room to spend far less.",
            "Matthew Whitaker told reporters that the United States expected Spain to meet the same commitment as every other ally and that the arrangement reached before the summit did not change that. He said Washington would watch Spain's spending plans closely before the 2029 review.",
            "In Madrid, Foreign Minister Jose Manuel Albares said Spain had no intention of reopening the issue. Spain had made its commitments to NATO and would honour its capability targets with the spending it had announced, he said.",
            "Trade officials in both capitals said no US tariff aimed specifically at Spain had been proposed. The European Union and the United States are trying to reach a broader trade agreement before an August 1 deadline set by Trump.",
        ],
        claims=[
            ("usa", "five-percent-target", S, "still pressing Spain to commit to NATO's full 5% spending target", T),
            ("usa", "spain-drops-exemption", S, "the United States expected Spain to meet the same commitment as every other ally", T),
            ("spain", "spain-drops-exemption", O, "Spain had no intention of reopening the issue", T),
        ],
    ),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("018", "019"), ("022", "023")]

SHIFTS = [
    dict(actor="germany", issue="five-percent-target", frm=O, to=C, article="002",
         why="Pistorius says Germany could accept a 5% NATO target only with a realistic timetable and broad counting; the baseline is the Scholz government's January rejection of 5% as unaffordable."),
    dict(actor="germany", issue="five-percent-target", frm=C, to=S, article="009",
         why="Wadephul says the new Merz government supports the 5% target outright; in 002 Pistorius tied backing to conditions."),
    dict(actor="usa", issue="core-plus-related-split", frm=C, to=S, article="010",
         why="Rubio fully endorses the 3.5% core plus 1.5% related split; in 005 Whitaker would only 'live with' counting non-military outlays if the bulk went on hard capabilities."),
    dict(actor="nato", issue="deadline-2035", frm=O, to=S, article="016",
         why="Rutte says he fully supports the 2035 date in the draft declaration; in 010 he preferred 2032 to any later date."),
    dict(actor="spain", issue="five-percent-target", frm=O, to=C, article="022",
         why="Sanchez says Spain will not block the other allies from adopting 5% in exchange for its own flexibility; in 006, 013 and 018 Spain rejected the target."),
    dict(actor="nato", issue="spain-drops-exemption", frm=S, to=C, article="022",
         why="Rutte's letter gives Spain flexibility to set its own path, provided it meets its capability targets; in 020 NATO rejected Spain's request to be left out."),
    dict(actor="canada", issue="five-percent-target", frm=C, to=S, article="027",
         why="Carney commits Canada to 5% by 2035; in 015 he said Canada would not sign up unless it could count dual-use Arctic investment."),
    dict(actor="baltic-states", issue="deadline-2035", frm=O, to=C, article="030",
         why="The Baltic states say they can accept 2035, but only because the 2029 review lets allies speed up; in 012 and 016 they called 2035 far too late."),
]

STANCES = {S, O, C}
DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]*[A-Z]), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - "
)
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def load_watchlist(path):
    """Minimal parser for the watchlist.yaml layout used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s+- id: (\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
            m = re.match(r"^\s+([a-z_]+):", line)
            if m:
                key = m.group(1)
                allowed = {"actors": {"name", "aliases"}, "issues": {"name", "description", "terms"}}
                if section in allowed and key not in allowed[section]:
                    raise SystemExit(f"watchlist: unexpected field {key!r} in {section}")
                continue
            raise SystemExit(f"watchlist: cannot parse line: {line!r}")
    return actors, issues, baseline


def build():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist has {len(issues)} issues (want 5-7)")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            err(f"bad baseline entry {a} {i} {s}")

    # --- articles
    articles = []
    prev_pub = None
    for n, spec in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        pub = datetime.strptime(spec["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev_pub and pub <= prev_pub:
            err(f"{aid}: not in publication order")
        prev_pub = pub
        outlet = spec["outlet"]
        source = OUTLETS[outlet]
        text = "\n\n".join(spec["paras"])
        url = f"https://example.org/{outlet}/{pub:%Y/%m/%d}/{spec['slug']}"
        words = len(text.split())
        if not 120 <= words <= 260:
            err(f"{aid}: {words} words (want 120-260)")
        m = DATELINE.match(text)
        if not m:
            err(f"{aid}: bad dateline: {text[:60]!r}")
        else:
            if MONTHS[m.group(2)] != pub.month or int(m.group(3)) != pub.day:
                err(f"{aid}: dateline date {m.group(2)} {m.group(3)} != published {pub:%Y-%m-%d}")
            if m.group(4) != source:
                err(f"{aid}: dateline outlet {m.group(4)!r} != source {source!r}")
        for p in spec["paras"]:
            if p != p.strip() or "\n" in p:
                err(f"{aid}: paragraph has stray whitespace")
        articles.append(dict(id=aid, published=spec["published"], source=source, url=url,
                             title=spec["title"], text=text, _outlet=outlet, _pub=pub,
                             _claims=spec["claims"]))

    ids = [a["id"] for a in articles]
    if not 30 <= len(articles) <= 34:
        err(f"{len(articles)} articles (want 30-34)")
    if len({a["url"] for a in articles}) != len(articles):
        err("duplicate urls")

    # --- claims
    claims = {}
    for a in articles:
        lst = []
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["_claims"]:
            if actor not in actors:
                err(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                err(f"{a['id']}: unknown issue {issue}")
            if stance not in STANCES:
                err(f"{a['id']}: bad stance {stance}")
            if quote not in a["text"]:
                err(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                err(f"{a['id']}: quote over 15 words ({len(quote.split())}): {quote!r}")
            if not isinstance(attributed, bool):
                err(f"{a['id']}: attributed must be bool")
            key = (actor, issue)
            if key in seen:
                err(f"{a['id']}: two claims for {key}")
            seen.add(key)
            lst.append(dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed))
        claims[a["id"]] = lst

    # --- duplicates carry identical claims and are same-day, later, other outlet
    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if strip(claims[orig]) != strip(claims[copy]):
            err(f"duplicate {orig}/{copy}: claims differ")
        if a["_pub"].date() != b["_pub"].date() or b["_pub"] <= a["_pub"] or a["_outlet"] == b["_outlet"]:
            err(f"duplicate {orig}/{copy}: must be same day, later, other outlet")

    # --- recompute shifts from baseline + attributed claims in article order
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for aid in ids:
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], aid))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        err("recomputed shifts differ from labelled shifts:\n  recomputed: %s\n  labelled:   %s"
            % (sorted(recomputed), sorted(labelled)))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [i for i in ids if i not in shift_articles]

    # --- set-level requirements
    all_claims = [c for aid in ids for c in claims[aid]]
    counts = {st: sum(1 for c in all_claims if c["stance"] == st) for st in STANCES}
    if not 60 <= len(all_claims) <= 90:
        err(f"{len(all_claims)} claims (want 60-90)")
    if counts[C] < 6:
        err("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts (want 5-8)")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    straight = [s for s in SHIFTS if {s["frm"], s["to"]} == {S, O}]
    if len(straight) > 2:
        err(f"{len(straight)} straight support/oppose reversals (max 2)")
    empty = [i for i in ids if not claims[i]]
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} no-claim articles (want 3-4)")
    if not any(c["attributed"] is False for c in all_claims):
        err("no attributed:false claims")
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        err("no duplicate pair on a shift article")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        raise SystemExit(1)

    # --- write outputs
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{a['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    labels = dict(
        claims=claims,
        shifts=[dict(actor=s["actor"], issue=s["issue"], **{"from": s["frm"]}, to=s["to"],
                     article=s["article"], why=s["why"]) for s in SHIFTS],
        no_alert_articles=no_alert,
    )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    feed_paths = []
    for outlet, name in OUTLETS.items():
        items = sorted((a for a in articles if a["_outlet"] == outlet), key=lambda a: a["_pub"], reverse=True)
        if not items:
            continue
        rfc = lambda dt: format_datetime(dt, usegmt=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{outlet}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set nato-spending-target-2025</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{rfc(items[0]['_pub'])}</lastBuildDate>",
        ]
        for a in items:
            lines += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(a['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                f"      <pubDate>{rfc(a['_pub'])}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, f"{outlet}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        feed_paths.append(path)

    # --- xmllint every feed
    for path in feed_paths:
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"ERROR: xmllint failed on {path}:\n{r.stderr}", file=sys.stderr)
            raise SystemExit(1)

    # --- summary
    attributed_false = sum(1 for c in all_claims if not c["attributed"])
    print(f"OK: {len(articles)} articles, {len(all_claims)} claims "
          f"({counts[S]} support, {counts[O]} oppose, {counts[C]} conditional; "
          f"{attributed_false} attributed false), {len(SHIFTS)} shifts in {len(shift_articles)} articles "
          f"({', '.join(shift_articles)}), no-claim articles {', '.join(empty)}, "
          f"{len(feed_paths)} feeds pass xmllint")
    wc = [len(a["text"].split()) for a in articles]
    print(f"words per article: min {min(wc)}, max {max(wc)}")


if __name__ == "__main__":
    build()
