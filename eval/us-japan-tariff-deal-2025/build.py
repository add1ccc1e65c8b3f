#!/usr/bin/env python3
"""Build the shiftwatch evaluation set us-japan-tariff-deal-2025.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and validates the set
against watchlist.yaml. Run: python3 build.py
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
SET_NAME = "us-japan-tariff-deal-2025"

OUTLETS = {
    "tidewater-post": "Tidewater Post",
    "pacific-wire": "Pacific Wire",
    "kestrel-wire": "Kestrel Wire",
    "lantern-herald": "Lantern Herald",
    "crossbridge-report": "Crossbridge Report",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001",
        "published": "2025-03-27T07:30:00Z",
        "outlet": "tidewater-post",
        "slug": "japan-seeks-exemption-car-tariff",
        "title": "Japan seeks exemption as Trump slaps 25% tariff on imported cars",
        "text": (
            "TOKYO, March 27 (Tidewater Post) - Japan will press Washington to exempt its carmakers from a new 25% US "
            "tariff on imported vehicles, Prime Minister Shigeru Ishiba said on Thursday, adding that all options were "
            "on the table in responding to the measure.\n\n"
            "President Donald Trump signed the order at the White House on Wednesday, saying the levy on cars and car "
            "parts would be permanent and that foreign manufacturers could avoid it only by building their vehicles in "
            "the United States. The tariff on finished vehicles takes effect on April 3.\n\n"
            "Ishiba told a parliamentary committee that Japan, the largest source of foreign direct investment in the "
            "United States, had repeatedly asked to be excluded and would keep doing so. Chief Cabinet Secretary "
            "Yoshimasa Hayashi called the move extremely regrettable.\n\n"
            "Cars account for about a third of Japan's exports to the United States. The Japan Automobile "
            "Manufacturers Association said in a statement that it would keep urging the US government to reconsider "
            "the levy, warning of damage to suppliers on both sides of the Pacific.\n\n"
            "Shares of Toyota Motor, Honda and Mazda fell in Tokyo trading."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "Japan will press Washington to exempt its carmakers from a new 25% US", True),
            ("usa", "car-tariff-cut", O, "saying the levy on cars and car parts would be permanent", True),
            ("toyota", "car-tariff-cut", S, "it would keep urging the US government to reconsider the levy", True),
        ],
    },
    {
        "id": "002",
        "published": "2025-04-03T06:00:00Z",
        "outlet": "pacific-wire",
        "slug": "tokyo-urges-removal-of-24-percent-tariff",
        "title": "Tokyo demands removal of 24% US tariff, calls it extremely regrettable",
        "text": (
            "TOKYO, April 3 (Pacific Wire) - Japan urged the United States on Thursday to remove the 24% \"reciprocal\" "
            "tariff President Donald Trump announced on its goods, with Prime Minister Shigeru Ishiba calling the "
            "decision extremely regrettable.\n\n"
            "Trade minister Yoji Muto said he had told Commerce Secretary Howard Lutnick by phone that Japan should be "
            "exempted from the new tariff in full. Japan would examine what the measures meant for its economy and "
            "respond firmly, he said.\n\n"
            "Under the plan unveiled in the White House Rose Garden on Wednesday, a 10% baseline tariff applies to "
            "almost all US imports from April 5, with the higher Japanese rate due on April 9. The White House accused "
            "Japan of keeping out American rice with tariffs of up to 700%, a figure Tokyo disputes.\n\n"
            "Yoshihiko Noda, leader of the main opposition Constitutional Democratic Party of Japan, said the "
            "government must not settle for anything less than the complete withdrawal of the tariffs and should "
            "stand together with other US allies.\n\n"
            "The Nikkei share average fell nearly 3%, led by exporters."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", O, "Japan urged the United States on Thursday to remove the 24%", True),
            ("usa", "rice-purchases", S, "The White House accused Japan of keeping out American rice", True),
            ("cdp", "japan-drops-full-removal", O, "must not settle for anything less than the complete withdrawal of the tariffs", True),
        ],
    },
    {
        "id": "003",
        "published": "2025-04-08T05:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "ishiba-trump-agree-to-open-tariff-talks",
        "title": "Ishiba and Trump agree to open tariff talks, name ministers",
        "text": (
            "TOKYO, April 8 (Kestrel Wire) - Japan and the United States will open negotiations on tariffs after Prime "
            "Minister Shigeru Ishiba and President Donald Trump agreed in a phone call on Monday night to appoint "
            "ministers to lead them.\n\n"
            "Ishiba said he had asked Trump to lift the new across-the-board tariff on Japanese goods, telling reporters "
            "that one-sided measures would weaken Japanese companies' ability to invest in America. Economic "
            "revitalisation minister Ryosei Akazawa, a close ally of the prime minister, will head Tokyo's team.\n\n"
            "Trump wrote on social media that Japan was sending a top team to negotiate and that the call had gone "
            "well. He said Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer would handle the "
            "talks, and repeated his complaint that Japan sold millions of cars in the United States while buying few "
            "American vehicles.\n\n"
            "Officials in Tokyo said the talks were expected to start in Washington within weeks. Japan has ruled out "
            "retaliatory tariffs for now. Analysts at a Tokyo brokerage said Japan could offer to buy more US "
            "liquefied natural gas, though the government has not said so.\n\n"
            "The Bank of Japan said it would watch the impact of the tariffs on the economy closely."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", O, "he had asked Trump to lift the new across-the-board tariff on Japanese goods", True),
        ],
    },
    {
        "id": "004",
        "published": "2025-04-10T07:00:00Z",
        "outlet": "lantern-herald",
        "slug": "tokyo-stocks-soar-after-tariff-pause",
        "title": "Tokyo stocks soar after Trump pauses higher tariffs for 90 days",
        "text": (
            "TOKYO, April 10 (Lantern Herald) - Japanese shares jumped more than 9% on Thursday after President Donald "
            "Trump paused the higher \"reciprocal\" tariffs on most trading partners for 90 days, leaving a 10% "
            "baseline in place while talks proceed.\n\n"
            "The pause means most Japanese goods face the 10% rate until early July, instead of the 24% that took "
            "effect briefly on Wednesday. The decision was announced on social media hours after the higher rates "
            "kicked in.\n\n"
            "Traders in Tokyo said the rally reflected relief rather than confidence. Strategists at two brokerages "
            "said it was too early to tell whether the pause would lead to lasting cuts, and one economist said "
            "negotiators in Washington might use the 90 days to press Tokyo on farm goods and defence spending.\n\n"
            "Government officials declined to say whether the pause would change Japan's negotiating plans. Ryosei "
            "Akazawa, the minister leading the talks, is expected to travel to the US capital next week.\n\n"
            "The yen weakened against the dollar, and Toyota's shares closed up 6%."
        ),
        "claims": [],
    },
    {
        "id": "005",
        "published": "2025-04-16T22:30:00Z",
        "outlet": "crossbridge-report",
        "slug": "trump-joins-first-round-of-japan-talks",
        "title": "Trump joins first round of Japan tariff talks at the White House",
        "text": (
            "WASHINGTON, April 16 (Crossbridge Report) - President Donald Trump joined Japan's first round of tariff "
            "talks at the White House on Wednesday, meeting chief negotiator Ryosei Akazawa for about 50 minutes "
            "before the minister sat down with Treasury Secretary Scott Bessent and Commerce Secretary Howard "
            "Lutnick.\n\n"
            "Akazawa told reporters afterwards that he had asked the US side to remove all of the tariffs imposed on "
            "Japan, including the 25% levy on cars and car parts. He said Japan regarded the measures as very "
            "regrettable.\n\n"
            "Trump described the meeting on social media as big progress but gave no details. According to Akazawa, "
            "the president raised the cost of US troops stationed in Japan and the trade deficit, and said a deal "
            "with Japan was a top priority.\n\n"
            "Both sides agreed to meet again before the end of April. Akazawa declined to say whether Japan had "
            "offered anything in return, and said he would report to Prime Minister Shigeru Ishiba first.\n\n"
            "The talks were held as Japanese exporters braced for the car tariff to be extended to parts in early "
            "May."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", O, "he had asked the US side to remove all of the tariffs imposed on Japan", True),
            ("japan", "car-tariff-cut", S, "including the 25% levy on cars and car parts", True),
        ],
    },
    {
        "id": "006",
        "published": "2025-04-16T23:40:00Z",
        "outlet": "pacific-wire",
        "slug": "japan-asks-removal-of-all-us-tariffs",
        "title": "Japan asks for removal of all US tariffs as Trump joins first talks",
        "text": (
            "WASHINGTON, April 16 (Pacific Wire) - Japan's chief negotiator Ryosei Akazawa met President Donald Trump "
            "at the White House on Wednesday at the start of the first round of tariff talks, before continuing "
            "discussions with Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick.\n\n"
            "Speaking to reporters after the talks, Akazawa said he had asked the US side to remove all of the tariffs "
            "imposed on Japan, including the 25% levy on cars and car parts, which he said Japan found very "
            "regrettable.\n\n"
            "Trump called the meeting big progress on social media without giving details. Akazawa said the president "
            "had brought up the cost of stationing US troops in Japan and the trade deficit, and had described an "
            "agreement with Japan as a top priority.\n\n"
            "The two sides will hold another round before the end of the month. Akazawa declined to say whether Tokyo "
            "had put any offers on the table, saying he would first report to Prime Minister Shigeru Ishiba.\n\n"
            "Japanese exporters are bracing for the car levy to be extended to parts in early May."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", O, "he had asked the US side to remove all of the tariffs imposed on Japan", True),
            ("japan", "car-tariff-cut", S, "including the 25% levy on cars and car parts", True),
        ],
    },
    {
        "id": "007",
        "published": "2025-05-01T22:00:00Z",
        "outlet": "tidewater-post",
        "slug": "japan-says-no-deal-without-cars",
        "title": "Japan says no deal without cars after second round in Washington",
        "text": (
            "WASHINGTON, May 1 (Tidewater Post) - Japan's chief tariff negotiator Ryosei Akazawa said on Thursday that "
            "Tokyo would not accept any agreement that did not address the US tariffs on its cars, after a second "
            "round of talks with Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer.\n\n"
            "Speaking to reporters at the Japanese embassy, Akazawa said he had again asked Washington to drop all of "
            "the new tariffs, and that both sides would aim for an agreement that could be announced by Prime "
            "Minister Shigeru Ishiba and President Donald Trump.\n\n"
            "Two people familiar with the talks said the US side had signalled it was willing to discuss only the "
            "reciprocal tariff and had treated the levies on cars, steel and aluminium as outside the negotiations.\n\n"
            "The Treasury Department did not respond to a request for comment. Bessent has said publicly that talks "
            "with Japan are going well but has not discussed details.\n\n"
            "Officials plan to meet again in mid-May, and Akazawa said several rounds could be held in quick "
            "succession ahead of a Group of Seven summit in June."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "would not accept any agreement that did not address the US tariffs on its cars", True),
            ("japan", "japan-drops-full-removal", O, "he had again asked Washington to drop all of the new tariffs", True),
            ("usa", "car-tariff-cut", O, "had treated the levies on cars, steel and aluminium as outside the negotiations", False),
        ],
    },
    {
        "id": "008",
        "published": "2025-05-08T08:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "toyota-says-tariffs-cost-180-billion-yen",
        "title": "Toyota says US tariffs cost it $1.2 billion in two months",
        "text": (
            "TOKYO, May 8 (Kestrel Wire) - Toyota Motor said on Thursday that US tariffs had cut its operating profit "
            "by 180 billion yen in April and May alone, and that it would keep asking the Japanese and US governments "
            "to work out a solution that eases the levy on vehicles and parts.\n\n"
            "The world's biggest carmaker by sales gave a forecast that assumed only those two months of tariff costs, "
            "saying the outlook beyond that was too uncertain. A Toyota executive told an online briefing that the "
            "company had no plans for now to move more production to the United States.\n\n"
            "The company, based in Toyota City in central Japan, builds about half of the cars it sells in the United "
            "States at its American plants, and imports the rest from Japan, Canada and Mexico.\n\n"
            "Honda and Nissan report their results next week. Smaller Japanese carmakers, which rely more heavily on "
            "exports from Japan, are seen as more exposed to the levy.\n\n"
            "Analysts said the carmakers were betting that Tokyo's talks with Washington would bring some relief "
            "before the summer."
        ),
        "claims": [
            ("toyota", "car-tariff-cut", S, "work out a solution that eases the levy on vehicles and parts", True),
        ],
    },
    {
        "id": "009",
        "published": "2025-05-23T22:00:00Z",
        "outlet": "lantern-herald",
        "slug": "akazawa-presses-lutnick-third-round",
        "title": "Japan's Akazawa presses Lutnick on car tariffs in third round",
        "text": (
            "WASHINGTON, May 23 (Lantern Herald) - Japan's tariff negotiator Ryosei Akazawa met Commerce Secretary "
            "Howard Lutnick in Washington on Friday for a third round of talks, repeating Tokyo's demand that the 25% "
            "levy on cars be lowered as part of any deal.\n\n"
            "Akazawa said after the two-hour meeting that the gap between the two sides had not closed but that "
            "discussions were deepening. He said Japan's position was unchanged: the government still wants all of "
            "the additional tariffs withdrawn.\n\n"
            "Japanese officials said the two sides had discussed expanding trade, non-tariff barriers and economic "
            "security, including cooperation on shipbuilding. Akazawa did not meet Treasury Secretary Scott Bessent "
            "this time.\n\n"
            "Trump has said in the past that carmakers can avoid the levy entirely by building their vehicles in the "
            "United States. Some analysts said the deal Washington struck with Britain this month, which lowered the "
            "levy on a fixed quota of British cars, could serve as a model for Japan.\n\n"
            "Japanese government bond yields rose on the day, with investors watching the talks closely."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "repeating Tokyo's demand that the 25% levy on cars be lowered", True),
            ("japan", "japan-drops-full-removal", O, "the government still wants all of the additional tariffs withdrawn", True),
        ],
    },
    {
        "id": "010",
        "published": "2025-05-30T22:00:00Z",
        "outlet": "pacific-wire",
        "slug": "akazawa-fourth-trip-june-summit",
        "title": "Akazawa makes fourth trip as both sides eye June summit",
        "text": (
            "WASHINGTON, May 30 (Pacific Wire) - Ryosei Akazawa arrived in Washington on Friday for his fourth round "
            "of tariff talks in six weeks, holding meetings with Commerce Secretary Howard Lutnick at the Commerce "
            "Department and, later, with Treasury Secretary Scott Bessent.\n\n"
            "Neither side gave details after the sessions. Akazawa told reporters at Dulles airport on arrival that he "
            "would not comment on the content of the negotiations, and declined to say whether Japan would bring new "
            "proposals on shipbuilding or energy.\n\n"
            "Officials in both capitals are working toward a possible agreement that Prime Minister Shigeru Ishiba and "
            "President Donald Trump could confirm when they meet at the Group of Seven summit in Canada in mid-June. "
            "A Japanese government source said a deal was far from certain.\n\n"
            "Some analysts in Tokyo speculated that Japan might settle for a lower car tariff rather than none, "
            "pointing to the arrangement Britain struck this month. Others said Ishiba, facing an upper house "
            "election in July, could ill afford to be seen giving ground.\n\n"
            "Akazawa is scheduled to return to Tokyo on Sunday."
        ),
        "claims": [],
    },
    {
        "id": "011",
        "published": "2025-06-06T22:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "akazawa-car-levy-core-problem",
        "title": "Japan won't sign a deal that leaves car levy untouched, Akazawa says",
        "text": (
            "WASHINGTON, June 6 (Kestrel Wire) - Japan will not put its name to any trade agreement that leaves the "
            "25% US tariff on its cars untouched, chief negotiator Ryosei Akazawa said on Friday after his fifth round "
            "of talks in Washington.\n\n"
            "Akazawa met Commerce Secretary Howard Lutnick twice in two days. He said the two sides had made progress "
            "toward an agreement but that the car levy remained the core problem, and he denied a newspaper report "
            "that Tokyo was prepared to settle without relief on cars.\n\n"
            "The talks come days after President Donald Trump doubled tariffs on steel and aluminium imports to 50%, a "
            "move Tokyo also asked to be reconsidered. Japan is also watching the planned tie-up between U.S. Steel "
            "and Nippon Steel, which Trump has said he will allow as a partnership.\n\n"
            "Prime Minister Shigeru Ishiba and Trump spoke by phone on Thursday for about 45 minutes and agreed to "
            "continue talks ahead of their meeting at the Group of Seven summit. Ishiba later told reporters it would "
            "be wrong to rush a deal that did not serve Japan's interests.\n\n"
            "The Commerce Department declined to comment."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "denied a newspaper report that Tokyo was prepared to settle without relief on cars", True),
        ],
    },
    {
        "id": "012",
        "published": "2025-06-16T23:00:00Z",
        "outlet": "tidewater-post",
        "slug": "ishiba-trump-no-deal-at-g7",
        "title": "Ishiba and Trump fail to seal tariff deal at G7",
        "text": (
            "KANANASKIS, June 16 (Tidewater Post) - Prime Minister Shigeru Ishiba and President Donald Trump failed to "
            "reach a tariff agreement when they met for about 30 minutes on the sidelines of the Group of Seven summit "
            "on Monday, with the two sides still divided over cars.\n\n"
            "Ishiba told reporters that differences remained on some points and that he would not compromise Japan's "
            "national interest for the sake of an early deal. He said Japan could live with a tariff lower than "
            "today's rates rather than a full exemption, provided the car levy was also reduced as part of the same "
            "package.\n\n"
            "It was the leaders' first face-to-face meeting since February. Negotiator Ryosei Akazawa, who joined "
            "them, said ministers would keep talking.\n\n"
            "Trump left the summit in the Canadian Rockies early because of the conflict between Israel and Iran, and "
            "did not comment on Japan. European Commission President Ursula von der Leyen, also at the gathering, "
            "said the European Union wanted a negotiated outcome on its own trade with the United States before its "
            "July deadline.\n\n"
            "Tokyo's main share index edged lower on Tuesday morning."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", C, "Japan could live with a tariff lower than today's rates rather than a full exemption", True),
            ("japan", "car-tariff-cut", S, "provided the car levy was also reduced", True),
        ],
    },
    {
        "id": "013",
        "published": "2025-07-01T23:00:00Z",
        "outlet": "lantern-herald",
        "slug": "trump-japan-wont-take-our-rice",
        "title": "Trump says Japan 'won't take our rice', floats 35% tariff",
        "text": (
            "WASHINGTON, July 1 (Lantern Herald) - President Donald Trump said on Tuesday that Japan should pay a "
            "tariff of 30% or 35% on its goods, sharpening his criticism of Tokyo a week before a July 9 deadline for "
            "deals.\n\n"
            "Trump told reporters aboard Air Force One that he was not sure an agreement with Japan was possible. In a "
            "social media post a day earlier he complained that Japan won't take our rice despite a shortage at home, "
            "and he said he would send Tokyo a letter setting a new rate.\n\n"
            "The White House wants Japan to buy far more American rice, cars and farm products. Trump also said he "
            "would not give Japan a break on cars, arguing that Japanese brands sold millions of vehicles in the "
            "United States.\n\n"
            "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Japan would not sacrifice its agriculture to "
            "secure a deal. Kazuhiro Yamano, president of the JA-Zenchu farm cooperative group, told reporters that "
            "farmers were firmly against any increase in US rice imports at a time of rising domestic prices.\n\n"
            "Japan imports about 770,000 tonnes of rice a year tariff-free under a World Trade Organization quota, "
            "nearly half of it from the United States."
        ),
        "claims": [
            ("usa", "japan-drops-full-removal", S, "Japan should pay a tariff of 30% or 35% on its goods", True),
            ("usa", "rice-purchases", S, "he complained that Japan won't take our rice", True),
            ("usa", "car-tariff-cut", O, "would not give Japan a break on cars", True),
            ("japan", "rice-purchases", O, "Japan would not sacrifice its agriculture to secure a deal", True),
            ("ja-group", "rice-purchases", O, "farmers were firmly against any increase in US rice imports", True),
        ],
    },
    {
        "id": "014",
        "published": "2025-07-08T06:00:00Z",
        "outlet": "crossbridge-report",
        "slug": "ishiba-calls-tariff-letter-truly-regrettable",
        "title": "Ishiba calls Trump's 25% tariff letter truly regrettable",
        "text": (
            "TOKYO, July 8 (Crossbridge Report) - Prime Minister Shigeru Ishiba said on Tuesday it was truly "
            "regrettable that President Donald Trump had decided to raise the tariff on Japanese goods to 25% from "
            "Aug. 1, but that Tokyo would keep negotiating toward a deal that benefits both countries.\n\n"
            "In a letter posted on social media on Monday, Trump told Ishiba that Japan would pay 25% on all its goods, "
            "separate from the sectoral levies on cars and steel, and warned that any retaliation would be met with a "
            "higher rate.\n\n"
            "Ishiba told a meeting of his ministers that Japan would keep pressing for the removal of the car tariff, "
            "which he called the heart of the talks, while seeking an agreement before the new deadline. Negotiator "
            "Ryosei Akazawa spoke with Commerce Secretary Howard Lutnick by phone for about 40 minutes on Monday "
            "night.\n\n"
            "Some economists said the letter bought time rather than closing the door, noting that the new rate was "
            "only one percentage point above the level announced in April and that the deadline had been pushed back "
            "by three weeks."
        ),
        "claims": [
            ("usa", "japan-drops-full-removal", S, "Japan would pay 25% on all its goods", True),
            ("japan", "car-tariff-cut", S, "Japan would keep pressing for the removal of the car tariff", True),
        ],
    },
    {
        "id": "015",
        "published": "2025-07-09T10:00:00Z",
        "outlet": "pacific-wire",
        "slug": "ishiba-vows-japan-wont-be-pushed-around",
        "title": "Ishiba vows Japan won't be pushed around as tariff row enters election campaign",
        "text": (
            "FUNABASHI, July 9 (Pacific Wire) - Prime Minister Shigeru Ishiba told voters on Wednesday that Japan would "
            "not let itself be pushed around by the United States in the tariff talks, calling the negotiations a "
            "battle for the national interest.\n\n"
            "Campaigning for the July 20 upper house election outside a train station east of Tokyo, Ishiba said Japan "
            "had become the largest investor in the United States and should be treated accordingly. He repeated that "
            "the government would not accept a deal that failed to bring down the 25% tariff on Japanese cars.\n\n"
            "Opposition leaders seized on the stalled talks. Yoshihiko Noda, head of the Constitutional Democratic "
            "Party of Japan, said Ishiba's team had nothing to show after repeated trips to Washington and that the "
            "government should insist the United States scrap the new tariffs altogether rather than bargain over the "
            "rate. He also called on the government to win relief for carmakers and their suppliers quickly.\n\n"
            "Sanseito, a small nationalist party gaining in polls, said Japan should stop sending ministers to "
            "Washington. Polls show the ruling coalition at risk of losing its majority in the upper chamber."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "would not accept a deal that failed to bring down the 25% tariff", True),
            ("cdp", "japan-drops-full-removal", O, "should insist the United States scrap the new tariffs altogether", True),
            ("cdp", "car-tariff-cut", S, "called on the government to win relief for carmakers and their suppliers quickly", True),
        ],
    },
    {
        "id": "016",
        "published": "2025-07-21T09:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "ishiba-to-stay-on-after-election-loss",
        "title": "Ishiba to stay on after election loss, citing tariff talks",
        "text": (
            "TOKYO, July 21 (Kestrel Wire) - Prime Minister Shigeru Ishiba said on Monday he would remain in office "
            "despite his ruling coalition losing its majority in the upper house, arguing that the country could not "
            "afford a political vacuum with the Aug. 1 tariff deadline approaching.\n\n"
            "The Liberal Democratic Party and its partner Komeito fell short of the 50 seats they needed in Sunday's "
            "election, leaving the coalition without a majority in either chamber for the first time since the LDP was "
            "founded in 1955. Sanseito and the Democratic Party for the People made large gains.\n\n"
            "Ishiba told a news conference at party headquarters that he would work to bring the talks with "
            "Washington to a conclusion. He declined to say whether Japan would make new offers, and said he would not "
            "discuss details of the negotiations.\n\n"
            "Ryosei Akazawa leaves for Washington later on Monday, his eighth trip since April. Officials said he hoped "
            "to meet Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent, who was in Japan over the "
            "weekend for the World Expo in Osaka.\n\n"
            "Political analysts said pressure on Ishiba to resign could build within his own party in the coming weeks."
        ),
        "claims": [],
    },
    {
        "id": "017",
        "published": "2025-07-22T23:50:00Z",
        "outlet": "lantern-herald",
        "slug": "trump-announces-japan-deal-15-percent",
        "title": "Trump announces massive Japan deal with 15% tariff and $550 billion investment",
        "text": (
            "WASHINGTON, July 22 (Lantern Herald) - President Donald Trump said on Tuesday that the United States had "
            "reached a trade agreement with Japan under which Japanese goods will face a 15% tariff and Japan will "
            "invest $550 billion in the United States at his direction.\n\n"
            "In a post on social media, Trump said the United States would receive 90% of the profits from the "
            "investments and that Japan would open its market to American cars and trucks, rice and other farm "
            "products. He called it perhaps the largest deal ever made.\n\n"
            "According to a White House fact sheet, Japanese cars and car parts will also be taxed at 15%, down from "
            "the 25% levy imposed in April.\n\n"
            "Ryosei Akazawa, who met Trump at the White House earlier in the day, wrote on social media that the "
            "mission was complete, but gave no details.\n\n"
            "The agreement came after three months of talks and eight trips to Washington by Akazawa. Officials did "
            "not say whether a written agreement would be published. In Brussels, a European Commission spokesperson "
            "said the EU was still pursuing its own deal and would not be rushed."
        ),
        "claims": [
            ("usa", "japan-drops-full-removal", S, "Japanese goods will face a 15% tariff", True),
            ("usa", "investment-vehicle", S, "Japan will invest $550 billion in the United States at his direction", True),
            ("usa", "us-90-percent-profits", S, "the United States would receive 90% of the profits from the investments", True),
            ("usa", "rice-purchases", S, "Japan would open its market to American cars and trucks, rice and other farm products", True),
            ("usa", "car-tariff-cut", S, "Japanese cars and car parts will also be taxed at 15%, down from the 25%", True),
        ],
    },
    {
        "id": "018",
        "published": "2025-07-23T05:00:00Z",
        "outlet": "tidewater-post",
        "slug": "japan-accepts-15-percent-tariff-car-cut",
        "title": "Japan caves on tariffs, accepting 15% rate for car relief",
        "text": (
            "TOKYO, July 23 (Tidewater Post) - Japan has accepted a 15% tariff on its exports to the United States in "
            "exchange for a cut in the US levy on its cars to the same rate, Prime Minister Shigeru Ishiba said on "
            "Wednesday, calling it the lowest figure yet for a country with a trade surplus with Washington.\n\n"
            "Ishiba told reporters that the car tariff would fall to 15% with no cap on the number of vehicles, a goal "
            "he said Japan had pursued from the start. Government-backed lenders will provide up to $550 billion in "
            "investment, loans and guarantees for projects in the United States, he said.\n\n"
            "On rice, Ishiba said Japan would buy more American rice only within the existing tariff-free import "
            "quota, and that there would be no cut to Japan's rice tariffs. The agreement did not sacrifice "
            "agriculture, he said.\n\n"
            "Ishiba said he would study the details before deciding on his own political future. Negotiator Ryosei "
            "Akazawa was still in Washington on Wednesday."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", S, "Japan has accepted a 15% tariff on its exports to the United States", True),
            ("japan", "car-tariff-cut", S, "car tariff would fall to 15% with no cap on the number of vehicles", True),
            ("japan", "investment-vehicle", S, "Government-backed lenders will provide up to $550 billion in investment, loans and guarantees", True),
            ("japan", "rice-purchases", C, "Japan would buy more American rice only within the existing tariff-free import quota", True),
        ],
    },
    {
        "id": "019",
        "published": "2025-07-23T07:30:00Z",
        "outlet": "crossbridge-report",
        "slug": "ishiba-says-japan-accepts-15-percent",
        "title": "Ishiba says Japan accepts 15% tariff in return for lower car levy",
        "text": (
            "TOKYO, July 23 (Crossbridge Report) - Prime Minister Shigeru Ishiba said on Wednesday that Japan has "
            "accepted a 15% tariff on its exports to the United States in exchange for the US cutting its levy on "
            "Japanese cars to the same level, the lowest rate so far for any country running a trade surplus with "
            "Washington.\n\n"
            "The car tariff would fall to 15% with no cap on the number of vehicles, Ishiba told reporters, "
            "describing that as Japan's aim since the talks began. Government-backed lenders will provide up to $550 "
            "billion in investment, loans and guarantees for US projects, he added.\n\n"
            "Ishiba said Japan would buy more American rice only within the existing tariff-free import quota, with no "
            "reduction in its rice tariffs, and insisted that the deal had not sacrificed the country's farmers.\n\n"
            "He said he would examine the agreement closely before making any decision about his own future. "
            "Negotiator Ryosei Akazawa remained in Washington."
        ),
        "claims": [
            ("japan", "japan-drops-full-removal", S, "Japan has accepted a 15% tariff on its exports to the United States", True),
            ("japan", "car-tariff-cut", S, "car tariff would fall to 15% with no cap on the number of vehicles", True),
            ("japan", "investment-vehicle", S, "Government-backed lenders will provide up to $550 billion in investment, loans and guarantees", True),
            ("japan", "rice-purchases", C, "Japan would buy more American rice only within the existing tariff-free import quota", True),
        ],
    },
    {
        "id": "020",
        "published": "2025-07-23T21:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "bessent-japan-car-tariff-could-snap-back",
        "title": "US threatens to tear up Japan car deal",
        "text": (
            "WASHINGTON, July 23 (Kestrel Wire) - Japan will keep the lower 15% US tariff on its cars only if "
            "President Donald Trump is satisfied that Tokyo is delivering on its investment pledge, Treasury "
            "Secretary Scott Bessent said on Wednesday.\n\n"
            "Bessent told Fox News that the administration would review Japan's implementation every quarter, and "
            "that if the president was unhappy the rates on cars and other Japanese goods would go back to 25%. He "
            "described the $550 billion investment vehicle as a new model that other countries might copy.\n\n"
            "Detroit's carmakers criticised the deal. The American Automotive Policy Council, which represents Ford, "
            "General Motors and Stellantis, said a lower rate for Japanese imports with little US content than for "
            "vehicles built in North America would hurt American workers.\n\n"
            "In Japan, the Japan Automobile Manufacturers Association welcomed the agreement as easing uncertainty for "
            "the industry and asked both governments to put the lower car tariff into effect as soon as possible. "
            "Toyota shares rose 14% in Tokyo, their biggest gain in years."
        ),
        "claims": [
            ("usa", "car-tariff-cut", C, "only if President Donald Trump is satisfied that Tokyo is delivering on its investment pledge", True),
            ("usa", "investment-vehicle", S, "He described the $550 billion investment vehicle as a new model", True),
            ("toyota", "car-tariff-cut", S, "asked both governments to put the lower car tariff into effect as soon as possible", True),
        ],
    },
    {
        "id": "021",
        "published": "2025-07-25T09:00:00Z",
        "outlet": "pacific-wire",
        "slug": "akazawa-disputes-90-percent-no-document",
        "title": "Japan disputes Trump's 90% profit claim, says no written deal needed",
        "text": (
            "TOKYO, July 25 (Pacific Wire) - Japan's chief negotiator Ryosei Akazawa said on Friday that the share of "
            "profits the United States takes from Japan's $550 billion investment package would depend on how much "
            "each side contributes and how much risk it bears, pushing back on President Donald Trump's claim of a "
            "flat 90%.\n\n"
            "Akazawa told a television programme that the 90% figure could apply only to projects where the US side "
            "supplies land, infrastructure and permits, and that only 1% to 2% of the package would be equity, with "
            "the rest in loans and guarantees.\n\n"
            "He also said Tokyo and Washington did not plan to sign a joint document, because drafting one could delay "
            "the cut in car tariffs. Japan saw no need for a written text, he said.\n\n"
            "The main opposition Constitutional Democratic Party of Japan said a deal with nothing on paper invited "
            "disputes. Its leader Yoshihiko Noda said parliament should be given a signed text, and called a 90% share "
            "for the United States an unequal arrangement that Japan should refuse.\n\n"
            "The government plans to brief lawmakers when parliament convenes next week."
        ),
        "claims": [
            ("japan", "us-90-percent-profits", C, "the 90% figure could apply only to projects where the US side supplies land", True),
            ("usa", "us-90-percent-profits", S, "President Donald Trump's claim of a flat 90%", False),
            ("japan", "written-agreement", O, "Japan saw no need for a written text", True),
            ("cdp", "written-agreement", S, "parliament should be given a signed text", True),
            ("cdp", "us-90-percent-profits", O, "called a 90% share for the United States an unequal arrangement that Japan should refuse", True),
        ],
    },
    {
        "id": "022",
        "published": "2025-07-29T07:00:00Z",
        "outlet": "crossbridge-report",
        "slug": "koizumi-us-rice-deal-wont-hurt-farmers",
        "title": "Koizumi says US rice deal won't hurt farmers; JA unconvinced",
        "text": (
            "TOKYO, July 29 (Crossbridge Report) - Farm minister Shinjiro Koizumi said on Tuesday that Japan's promise "
            "to buy more American rice would not increase total imports, because the purchases will come from within "
            "the quota Japan already imports tax-free each year.\n\n"
            "Koizumi, the son of former prime minister Junichiro Koizumi, told reporters that the US share of that "
            "quota would rise by 75% but that the quota itself would not be expanded. Rice farmers should not bear the "
            "cost of the tariff deal, he said.\n\n"
            "The head of the JA-Zenchu farm cooperatives, Kazuhiro Yamano, said the group remained opposed to any rise "
            "in US rice imports and asked the government to explain the arrangement to farmers in detail.\n\n"
            "In Washington, the Office of the US Trade Representative said in a statement that the deal would give "
            "American rice growers a major new opening in Japan, and pointed to the 75% increase as proof that Tokyo "
            "was opening its market.\n\n"
            "Rice prices in Japan have roughly doubled over the past year, and the government has released emergency "
            "stockpiles to bring them down."
        ),
        "claims": [
            ("japan", "rice-purchases", C, "because the purchases will come from within the quota", True),
            ("ja-group", "rice-purchases", O, "the group remained opposed to any rise in US rice imports", True),
            ("usa", "rice-purchases", S, "the deal would give American rice growers a major new opening in Japan", True),
        ],
    },
    {
        "id": "023",
        "published": "2025-08-01T04:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "trump-order-sets-15-percent-car-cut-pending",
        "title": "Trump order sets 15% rate for Japan, car cut still pending",
        "text": (
            "TOKYO, Aug 1 (Kestrel Wire) - President Donald Trump signed an executive order on Thursday setting new "
            "tariff rates for dozens of trading partners, including 15% on goods from Japan, with the rates taking "
            "effect on Aug. 7.\n\n"
            "The order did not cover cars. A White House official said the car tariff would be dealt with separately "
            "and declined to say when.\n\n"
            "Japanese officials said they had expected the 15% to replace, rather than add to, existing US duties on "
            "products such as beef and textiles, in line with their understanding of the deal, and were checking the "
            "text of the order.\n\n"
            "Chief Cabinet Secretary Yoshimasa Hayashi said on Friday that Japan would ask the United States to carry "
            "out the agreement, including the lower car rate, without delay.\n\n"
            "Until the cut takes effect, Japanese carmakers continue to pay a combined 27.5% on vehicles shipped to "
            "the United States, the 25% levy on top of the regular 2.5% duty. Economists said each week of delay "
            "added to costs that the industry had so far largely absorbed rather than passed on to buyers."
        ),
        "claims": [
            ("usa", "japan-drops-full-removal", S, "including 15% on goods from Japan", True),
            ("japan", "car-tariff-cut", S, "including the lower car rate, without delay", True),
        ],
    },
    {
        "id": "024",
        "published": "2025-08-04T09:00:00Z",
        "outlet": "lantern-herald",
        "slug": "noda-grills-ishiba-unwritten-deal",
        "title": "Noda grills Ishiba over unwritten tariff deal",
        "text": (
            "TOKYO, Aug 4 (Lantern Herald) - Opposition leader Yoshihiko Noda accused Prime Minister Shigeru Ishiba in "
            "parliament on Monday of striking a tariff deal with no written record, saying Japan risked being told it "
            "had agreed to things it never accepted.\n\n"
            "Noda, head of the Constitutional Democratic Party of Japan, demanded that the government produce a signed "
            "document setting out the terms and publish it. He said his party could not back the $550 billion "
            "investment pledge unless lawmakers were allowed to scrutinise how the money would be used.\n\n"
            "Ishiba replied that drafting a document now could hold up the cut in car tariffs and that the two "
            "governments had confirmed the terms between them. He said Japan would not change that approach.\n\n"
            "Ishiba also said the investment package would benefit both countries, creating supply chains in areas "
            "such as semiconductors, pharmaceuticals and shipbuilding.\n\n"
            "The budget committee session was the first chance for lawmakers to question the prime minister on the "
            "deal since the election. Members of his own Liberal Democratic Party have stepped up calls for him to "
            "resign."
        ),
        "claims": [
            ("cdp", "written-agreement", S, "demanded that the government produce a signed document setting out the terms", True),
            ("cdp", "investment-vehicle", C, "could not back the $550 billion investment pledge unless lawmakers were allowed to scrutinise", True),
            ("japan", "written-agreement", O, "drafting a document now could hold up the cut in car tariffs", True),
            ("japan", "investment-vehicle", S, "the investment package would benefit both countries", True),
        ],
    },
    {
        "id": "025",
        "published": "2025-08-07T07:00:00Z",
        "outlet": "crossbridge-report",
        "slug": "toyota-cuts-forecast-tariff-hit",
        "title": "Toyota cuts forecast on 1.4 trillion yen tariff hit, urges quick car cut",
        "text": (
            "TOKYO, Aug 7 (Crossbridge Report) - Toyota Motor cut its full-year profit forecast on Thursday, saying US "
            "tariffs would reduce operating profit by about 1.4 trillion yen in the year to March, and urged "
            "Washington to put the agreed cut in car tariffs into effect quickly.\n\n"
            "The carmaker said its forecast assumed that the lower rate would eventually apply. Until then it is "
            "paying the 25% levy on top of the regular 2.5% duty on cars it ships from Japan. An executive told "
            "reporters the company would not speculate on when the lower rate would start.\n\n"
            "Toyota said it had raised prices in the United States modestly and would look for further cost savings "
            "with its suppliers, rather than pass the full cost on to customers.\n\n"
            "The Japan Automobile Manufacturers Association said in a separate statement that early implementation of "
            "the deal was essential for an industry that employs about 5.5 million people in Japan.\n\n"
            "Honda and Nissan have also cut their forecasts because of the tariffs. Shares of Toyota fell 1% in Tokyo "
            "after the results."
        ),
        "claims": [
            ("toyota", "car-tariff-cut", S, "urged Washington to put the agreed cut in car tariffs into effect quickly", True),
        ],
    },
    {
        "id": "026",
        "published": "2025-08-07T22:00:00Z",
        "outlet": "tidewater-post",
        "slug": "us-to-fix-tariff-stacking-on-japan",
        "title": "US to fix tariff stacking error on Japan, Akazawa says",
        "text": (
            "WASHINGTON, Aug 7 (Tidewater Post) - The United States has agreed to amend its new tariff order so that "
            "the 15% rate on Japanese goods is not added on top of existing duties, Japan's negotiator Ryosei Akazawa "
            "said on Thursday, after the order took effect with the higher, stacked rates.\n\n"
            "Akazawa said Commerce Secretary Howard Lutnick had acknowledged the error and promised to refund any "
            "excess duties collected since the order took effect. According to Akazawa, the US side also promised to "
            "issue the order lowering the car tariff at the same time as the correction.\n\n"
            "Akazawa said Japan wanted the car cut put into effect without delay, noting that carmakers were losing "
            "large sums every day the 25% levy stayed in place.\n\n"
            "The Commerce Department did not respond to a request for comment. The European Union, which agreed its "
            "own 15% arrangement with Washington in late July, has said its rate includes existing duties.\n\n"
            "Japanese officials said the amendment would apply retroactively to Aug. 7, and that importers would not "
            "need to apply for the refunds."
        ),
        "claims": [
            ("usa", "car-tariff-cut", S, "the US side also promised to issue the order lowering the car tariff", False),
            ("japan", "car-tariff-cut", S, "Japan wanted the car cut put into effect without delay", True),
        ],
    },
    {
        "id": "027",
        "published": "2025-08-28T05:00:00Z",
        "outlet": "pacific-wire",
        "slug": "akazawa-calls-off-washington-trip",
        "title": "Akazawa calls off Washington trip hours before departure",
        "text": (
            "TOKYO, Aug 28 (Pacific Wire) - Ryosei Akazawa called off a planned trip to Washington on Thursday just "
            "hours before he was due to leave, saying issues remained that officials needed to sort out first.\n\n"
            "Chief Cabinet Secretary Yoshimasa Hayashi said working-level discussions had turned up points that "
            "required further coordination, and declined to say what they were. Japanese media reported that the two "
            "sides disagreed over the wording of a document on the investment package.\n\n"
            "Akazawa had been expected to meet Commerce Secretary Howard Lutnick, and many in Tokyo had hoped the visit "
            "would clear the way for the executive order lowering the car tariff. It would have been his tenth trip "
            "since April.\n\n"
            "Some analysts in Tokyo said the delay might push the car tariff cut into October. Others said the "
            "remaining differences could still be settled within days.\n\n"
            "Akazawa's office said he would travel once the outstanding issues were settled. Washington's ambassador "
            "to Japan, George Glass, said on social media that relations between the two countries remained strong."
        ),
        "claims": [],
    },
    {
        "id": "028",
        "published": "2025-09-02T21:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "us-ties-japan-car-cut-to-memorandum",
        "title": "US ties Japan car tariff cut to investment memorandum",
        "text": (
            "WASHINGTON, Sept 2 (Kestrel Wire) - The United States will lower its tariff on Japanese cars once Tokyo "
            "signs a memorandum setting out how its $550 billion investment package will work, a Commerce Department "
            "spokesperson said on Tuesday.\n\n"
            "The spokesperson said the department expected the memorandum to be ready for signing within days and "
            "that the lower rate would then be applied by executive order. Negotiator Ryosei Akazawa, who cancelled a "
            "trip to Washington last week, is now expected to arrive later this week.\n\n"
            "Japanese officials have argued that the car cut was agreed in July and should take effect as soon as "
            "possible. Chief Cabinet Secretary Yoshimasa Hayashi said on Tuesday that Japan was asking the US side to "
            "implement the agreement promptly, including by cutting the car tariff.\n\n"
            "Under the July deal, Japan's state-backed lenders, led by the Japan Bank for International Cooperation, "
            "are to finance projects in sectors such as energy, semiconductors and critical minerals.\n\n"
            "Analysts at a Tokyo research institute said the memorandum would probably give Washington a large say "
            "over which projects are funded."
        ),
        "claims": [
            ("usa", "car-tariff-cut", C, "will lower its tariff on Japanese cars once Tokyo signs a memorandum", True),
            ("japan", "car-tariff-cut", S, "including by cutting the car tariff", True),
            ("japan", "investment-vehicle", S, "Japan's state-backed lenders, led by the Japan Bank for International Cooperation", False),
        ],
    },
    {
        "id": "029",
        "published": "2025-09-04T23:00:00Z",
        "outlet": "lantern-herald",
        "slug": "trump-order-cuts-japan-car-tariff-memorandum-signed",
        "title": "Trump signs order cutting Japan car tariff to 15%; investment memorandum signed",
        "text": (
            "WASHINGTON, Sept 4 (Lantern Herald) - President Donald Trump signed an executive order on Thursday putting "
            "the trade deal with Japan into effect, lowering the tariff on Japanese cars and car parts to 15% from "
            "27.5% and capping most other Japanese goods at 15% including existing duties.\n\n"
            "The order also exempts Japanese aircraft parts and generic drugs from the new tariffs. The car rate "
            "applies seven days after the order is published, and the correction on stacked duties is retroactive to "
            "Aug. 7.\n\n"
            "Ryosei Akazawa and Commerce Secretary Howard Lutnick signed a memorandum of understanding on the $550 "
            "billion investment package at the Commerce Department. Under the memorandum, projects will be selected "
            "by Trump on the recommendation of a US investment committee, and profits will be split equally until "
            "Japan recovers its outlay, after which the United States takes 90%.\n\n"
            "Akazawa said Japan had agreed to the 90% share only on that basis. The two governments also issued a "
            "joint statement listing Japan's commitments, including purchases of 100 Boeing aircraft and $8 billion a "
            "year of American farm goods."
        ),
        "claims": [
            ("usa", "car-tariff-cut", S, "lowering the tariff on Japanese cars and car parts to 15% from 27.5%", True),
            ("usa", "japan-drops-full-removal", S, "capping most other Japanese goods at 15% including existing duties", True),
            ("japan", "written-agreement", S, "Ryosei Akazawa and Commerce Secretary Howard Lutnick signed a memorandum of understanding", True),
            ("usa", "written-agreement", S, "The two governments also issued a joint statement listing Japan's commitments", True),
            ("japan", "investment-vehicle", S, "signed a memorandum of understanding on the $550 billion investment package", True),
            ("usa", "investment-vehicle", S, "projects will be selected by Trump on the recommendation of a US investment committee", True),
            ("usa", "us-90-percent-profits", S, "after which the United States takes 90%", True),
            ("japan", "us-90-percent-profits", C, "Japan had agreed to the 90% share only on that basis", True),
        ],
    },
    {
        "id": "030",
        "published": "2025-09-05T06:00:00Z",
        "outlet": "pacific-wire",
        "slug": "japan-hails-tariff-order-opposition-blank-cheque",
        "title": "Japan hails tariff order; opposition calls investment memo a blank cheque",
        "text": (
            "TOKYO, Sept 5 (Pacific Wire) - Prime Minister Shigeru Ishiba welcomed President Donald Trump's order "
            "implementing their trade deal on Friday, saying the lower tariff on cars would bring relief to the "
            "industry and that Japan would carry out its side of the agreement faithfully, including the investment "
            "package.\n\n"
            "Masanori Katayama, chairman of the Japan Automobile Manufacturers Association, said carmakers were "
            "relieved that the 15% rate on vehicles finally had a start date.\n\n"
            "Opposition parties were less enthusiastic. Yoshihiko Noda, leader of the Constitutional Democratic Party "
            "of Japan, said the memorandum signed in Washington amounted to a blank cheque, and that his party opposed "
            "committing $550 billion of public financing to projects chosen by a US president. He said it was wrong "
            "for the United States to take 90% of the returns once Japan's money was repaid.\n\n"
            "The Democratic Party for the People said it would seek a parliamentary hearing on the memorandum.\n\n"
            "Economists said the deal removed one source of uncertainty, but warned that even a 15% tariff would weigh "
            "on Japanese exports."
        ),
        "claims": [
            ("japan", "car-tariff-cut", S, "the lower tariff on cars would bring relief to the industry", True),
            ("japan", "investment-vehicle", S, "Japan would carry out its side of the agreement faithfully, including the investment package", True),
            ("toyota", "car-tariff-cut", S, "carmakers were relieved that the 15% rate on vehicles finally had a start date", True),
            ("cdp", "investment-vehicle", O, "his party opposed committing $550 billion of public financing", True),
            ("cdp", "us-90-percent-profits", O, "it was wrong for the United States to take 90% of the returns", True),
        ],
    },
    {
        "id": "031",
        "published": "2025-09-08T07:00:00Z",
        "outlet": "kestrel-wire",
        "slug": "ishiba-quits-investment-fund-future",
        "title": "Ishiba quits after tariff deal; analysts eye investment fund's future",
        "text": (
            "TOKYO, Sept 8 (Kestrel Wire) - Prime Minister Shigeru Ishiba's decision to resign, announced on Sunday, "
            "has raised questions over who will oversee Japan's $550 billion investment commitment to the United "
            "States, though officials say the deal itself will stand.\n\n"
            "Ishiba told a news conference that he had chosen to step down now that the tariff agreement had reached a "
            "milestone with Trump's signature on the implementing order. He said the next government should carry out "
            "the investment package in full, calling it in Japan's interest.\n\n"
            "Ryosei Akazawa said on Monday that work on selecting projects with the US side would continue regardless "
            "of the leadership race. Chief Cabinet Secretary Yoshimasa Hayashi and former economic security minister "
            "Sanae Takaichi are among those expected to run.\n\n"
            "Some analysts said a new leader might try to renegotiate parts of the memorandum, particularly the 90% "
            "profit share, but none of the likely candidates has said so. A spokesperson for the US Embassy in Tokyo "
            "said Washington expected Japan's investment commitment to be honoured whoever led the country."
        ),
        "claims": [
            ("japan", "investment-vehicle", S, "the next government should carry out the investment package in full", True),
            ("usa", "investment-vehicle", S, "Washington expected Japan's investment commitment to be honoured whoever led the country", True),
        ],
    },
    {
        "id": "032",
        "published": "2025-09-16T08:00:00Z",
        "outlet": "tidewater-post",
        "slug": "lower-us-tariff-on-japanese-cars-takes-effect",
        "title": "Lower US tariff on Japanese cars takes effect",
        "text": (
            "TOKYO, Sept 16 (Tidewater Post) - The US tariff on Japanese cars fell to 15% on Tuesday, more than five "
            "months after Washington imposed its 25% levy, as the executive order implementing the July trade deal "
            "took effect.\n\n"
            "Toyota Motor said in a statement that it welcomed the lower rate and would continue to invest in its US "
            "plants. The company said it would still need to absorb a large tariff bill and would seek further "
            "efficiencies.\n\n"
            "Trade minister Yoji Muto said the government would monitor the effect on exporters and suppliers and "
            "provide financing support where needed. Akazawa said in a radio interview that Japan's rice purchases "
            "would stay within the existing tax-free quota and that he saw no need to revisit that part of the deal.\n\n"
            "Commerce Secretary Howard Lutnick said on social media that Japan's investment money would start flowing "
            "into American projects soon, and that the first deals would be announced within weeks.\n\n"
            "Shipments of new Japanese cars to US ports are expected to pick up in October, industry officials said."
        ),
        "claims": [
            ("usa", "car-tariff-cut", S, "The US tariff on Japanese cars fell to 15% on Tuesday", False),
            ("toyota", "car-tariff-cut", S, "it welcomed the lower rate", True),
            ("japan", "rice-purchases", C, "Japan's rice purchases would stay within the existing tax-free quota", True),
            ("usa", "investment-vehicle", S, "Japan's investment money would start flowing into American projects soon", True),
        ],
    },
]

# Same story, same day, second outlet: (original, copy). The copy must carry identical claims.
DUPLICATES = [("005", "006"), ("018", "019")]

SHIFTS = [
    {
        "actor": "japan", "issue": "japan-drops-full-removal", "from": "oppose", "to": "conditional", "article": "012",
        "why": "At the G7 Ishiba says Japan could live with a lower tariff rather than a full exemption if cars are in the same package; in 002-009 Tokyo demanded that all of the new tariffs be removed.",
    },
    {
        "actor": "usa", "issue": "car-tariff-cut", "from": "oppose", "to": "support", "article": "017",
        "why": "Trump announces the deal and the White House fact sheet puts Japanese cars at 15%, down from 25%; in 001 and 013 the car levy was permanent and Japan would get no break on cars.",
    },
    {
        "actor": "japan", "issue": "japan-drops-full-removal", "from": "conditional", "to": "support", "article": "018",
        "why": "Ishiba says Japan has accepted a 15% tariff on its exports, giving up the demand for full removal; in 012 a lower rate was only acceptable if cars were included.",
    },
    {
        "actor": "japan", "issue": "rice-purchases", "from": "oppose", "to": "conditional", "article": "018",
        "why": "Ishiba says Japan will buy more American rice, but only within the existing tariff-free quota; in 013 Hayashi said Japan would not sacrifice agriculture for a deal.",
    },
    {
        "actor": "usa", "issue": "car-tariff-cut", "from": "support", "to": "conditional", "article": "020",
        "why": "Bessent says Japan keeps the 15% car rate only if Trump is satisfied with the investment, with a quarterly review and a snap-back to 25%; in 017 the cut was announced outright.",
    },
    {
        "actor": "usa", "issue": "car-tariff-cut", "from": "conditional", "to": "support", "article": "029",
        "why": "Trump signs the executive order lowering the car tariff to 15%; in 020 and 028 the cut depended on Japan's investment and the memorandum.",
    },
    {
        "actor": "japan", "issue": "written-agreement", "from": "oppose", "to": "support", "article": "029",
        "why": "Akazawa signs the investment memorandum with Lutnick and the two governments issue a joint statement; in 021 and 024 Japan saw no need for a written text.",
    },
    {
        "actor": "cdp", "issue": "investment-vehicle", "from": "conditional", "to": "oppose", "article": "030",
        "why": "Noda says the CDP opposes committing $550 billion to projects chosen by a US president; in 024 the party would back the pledge only if parliament could scrutinise it.",
    },
]

MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (no third-party YAML library)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            if re.match(r"^[a-z]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                issues.append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def validate(actors, issues, baseline):
    errors = []
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ARTICLES) + 1)]:
        errors.append("ids are not 001.. in sequence")
    times = [parse_time(a["published"]) for a in ARTICLES]
    if any(t2 <= t1 for t1, t2 in zip(times, times[1:])):
        errors.append("articles are not in strictly increasing publication order")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append(f"{len(ARTICLES)} articles, expected 30-34")
    month_re = "|".join(MONTHS)
    for a, t in zip(ARTICLES, times):
        name = OUTLETS[a["outlet"]]
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{a['id']}: {words} words")
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), (" + month_re + r") (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            errors.append(f"{a['id']}: bad dateline")
        else:
            if m.group(4) != name:
                errors.append(f"{a['id']}: dateline outlet {m.group(4)!r} != {name!r}")
            if (MONTHS[m.group(2)], int(m.group(3))) != (t.month, t.day):
                errors.append(f"{a['id']}: dateline date does not match published date")
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actors:
                errors.append(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{a['id']}: bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"{a['id']}: attributed must be a bool")
            if quote not in a["text"]:
                errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{a['id']}: quote over 15 words: {quote!r}")
            if (actor, issue) in seen:
                errors.append(f"{a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
        if '"' in a["title"]:
            errors.append(f"{a['id']}: avoid double quotes in titles")
    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["published"][:10] != b["published"][:10] or b["published"] <= a["published"]:
            errors.append(f"duplicate {orig}/{copy}: copy must be later the same day")
        if a["outlet"] == b["outlet"]:
            errors.append(f"duplicate {orig}/{copy}: same outlet")
        if sorted(c[:3] for c in a["claims"]) != sorted(c[:3] for c in b["claims"]):
            errors.append(f"duplicate {orig}/{copy}: claims differ")
    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    for actor, issue, stance in baseline:
        if actor not in actors or issue not in issues or stance not in (S, O, C):
            errors.append(f"bad baseline entry {actor}/{issue}/{stance}")
    prevailing = {(ac, iss): st for ac, iss, st in baseline}
    recomputed = []
    for a in ARTICLES:
        for actor, issue, stance, _quote, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                recomputed.append((actor, issue, prevailing[key], stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("recomputed shifts differ from labelled shifts:\n  recomputed " + repr(recomputed)
                      + "\n  labelled   " + repr(labelled))
    return errors


def write_outputs():
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        doc = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        last = format_datetime(parse_time(items[0]["published"]), usegmt=True)
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
            u = url_of(a)
            out += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(u)}</link>",
                f'      <guid isPermaLink="true">{escape(u)}</guid>',
                f"      <pubDate>{format_datetime(parse_time(a['published']), usegmt=True)}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": at}
                for ac, iss, st, q, at in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def check_outputs(labels):
    errors = []
    shift_articles = {s["article"] for s in labels["shifts"]}
    expected = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected:
        errors.append("no_alert_articles is not every article except the shift articles")
    for orig, copy in DUPLICATES:
        if copy not in labels["no_alert_articles"]:
            errors.append(f"duplicate copy {copy} missing from no_alert_articles")
    feed_dir = os.path.join(HERE, "feeds")
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {path}: {res.stderr.strip()}")
    return errors


def summary(labels):
    claims = [c for cl in labels["claims"].values() for c in cl]
    by_stance = {st: sum(1 for c in claims if c["stance"] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in claims if not c["attributed"])
    empty = [k for k, v in labels["claims"].items() if not v]
    words = [len(a["text"].split()) for a in ARTICLES]
    print(f"{len(ARTICLES)} articles ({min(words)}-{max(words)} words), {len(claims)} claims: {by_stance}, "
          f"{unattributed} attributed false")
    print(f"{len(labels['shifts'])} shifts in articles {sorted({s['article'] for s in labels['shifts']})}")
    print(f"no-claim articles: {empty}")
    per_outlet = {name: sum(1 for a in ARTICLES if OUTLETS[a['outlet']] == name) for name in OUTLETS.values()}
    print(f"per outlet: {per_outlet}")


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8 and 5 <= len(issues) <= 7):
        print(f"watchlist has {len(actors)} actors and {len(issues)} issues", file=sys.stderr)
        return 1
    errors = validate(actors, issues, baseline)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    labels = write_outputs()
    errors = check_outputs(labels)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    summary(labels)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
