#!/usr/bin/env python3
"""Build the shiftwatch evaluation set fukushima-water-release-2023.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this script, and validates the result (see validate()). Standard library only.
Run: python3 build.py
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
    "tidewater-wire": "Tidewater Wire",
    "pacific-ledger": "Pacific Ledger",
    "eastern-courier": "Eastern Courier",
    "lantern-daily": "Lantern Daily",
    "coastline-report": "Coastline Report",
}

S, O, C = "support", "oppose", "conditional"


def P(*paragraphs):
    return "\n\n".join(paragraphs)


# Each article: published (UTC), outlet slug, title, text, claims [(actor, issue, stance, quote, attributed)].
# Listed in publication order; ids 001.. are assigned in this order.
ARTICLES = [
    # 001
    dict(
        published="2023-01-13T08:30:00Z",
        outlet="tidewater-wire",
        title="Japan says Fukushima water release to start around spring or summer",
        text=P(
            "TOKYO, Jan 13 (Tidewater Wire) - Japan expects to begin releasing treated water from the wrecked Fukushima Daiichi nuclear plant into the Pacific Ocean around spring or summer this year, the government said on Friday after a meeting of cabinet ministers.",
            "More than 1.3 million tonnes of water used to cool the damaged reactors, mixed with groundwater and rain, is held in about 1,000 tanks at the site. The water is filtered to remove most radioactive elements except tritium and will be diluted before it is pumped through an undersea tunnel about one kilometre offshore.",
            "Chief Cabinet Secretary Hirokazu Matsuno told reporters that the release was unavoidable if the plant was to be decommissioned, and that the government would do everything it could to ensure safety. He said Tokyo would also compensate fishermen for any damage to the reputation of their catch.",
            "Masanobu Sakamoto, head of the national fisheries federation Zenkoren, said in a statement that the group's opposition to the release had not changed.",
            "The International Atomic Energy Agency is reviewing the plan and is expected to publish its findings before any water is discharged.",
        ),
        claims=[
            ("japan", "ocean-discharge", S, "the release was unavoidable if the plant was to be decommissioned", True),
            ("japan", "compensation", S, "Tokyo would also compensate fishermen for any damage to the reputation of their catch", True),
            ("zenkoren", "ocean-discharge", O, "the group's opposition to the release had not changed", True),
        ],
    ),
    # 002
    dict(
        published="2023-01-18T04:10:00Z",
        outlet="pacific-ledger",
        title="Pacific Islands Forum urges Japan to hold off on Fukushima release",
        text=P(
            "SUVA, Jan 18 (Pacific Ledger) - The Pacific Islands Forum has asked Japan to put off its planned release of treated Fukushima water until every party is satisfied it is safe, softening a stance that had rejected any discharge into the Pacific.",
            "In a statement issued on Wednesday, Forum Secretary General Henry Puna said the release should not go ahead unless the science had been verified by all parties, including the region's own experts. He called on Tokyo to share all of its data and to let independent scientists test the water themselves.",
            "The Forum commissioned a panel of independent scientists last year to advise its members. The panel has said that Japan's data on what the tanks contain is incomplete.",
            "Japan, which says the diluted water will meet international standards, has sent officials to brief Pacific governments. A Japanese embassy official in Suva said Tokyo would keep explaining its plan to the region.",
            "Pacific leaders have for decades invoked the region's history of nuclear weapons testing when arguing against dumping radioactive material in the ocean.",
        ),
        claims=[
            ("pif", "ocean-discharge", C, "the release should not go ahead unless the science had been verified by all parties", True),
            ("pif", "independent-sampling", S, "to let independent scientists test the water themselves", True),
            ("japan", "ocean-discharge", S, "Japan, which says the diluted water will meet international standards", False),
        ],
    ),
    # 003
    dict(
        published="2023-02-08T09:00:00Z",
        outlet="eastern-courier",
        title="China demands say in monitoring of Fukushima water; Tokyo says IAEA review suffices",
        text=P(
            "BEIJING, Feb 8 (Eastern Courier) - China on Wednesday renewed its demand that neighbouring countries be allowed to monitor the water Japan plans to release from the Fukushima Daiichi plant, saying the discharge would put the health of people around the Pacific at risk.",
            "Foreign ministry spokesperson Wang Wenbin told a regular briefing that Japan should not push ahead with the release. It should instead agree to a long-term international monitoring arrangement in which neighbours and other stakeholders could take their own samples, he said, adding that the ocean was not Japan's private sewer.",
            "In Tokyo, a foreign ministry official said the plan was being reviewed by the International Atomic Energy Agency, with laboratories from several countries checking Japan's data, and that a separate monitoring mechanism was unnecessary. The official spoke on condition of anonymity because of the sensitivity of relations with Beijing.",
            "China has banned food imports from 10 Japanese prefectures, including Fukushima, since the 2011 disaster.",
            "Japan's Constitutional Democratic Party, the main opposition party, has urged the government to do more to explain the plan abroad.",
        ),
        claims=[
            ("china", "ocean-discharge", O, "Japan should not push ahead with the release", True),
            ("china", "independent-sampling", S, "neighbours and other stakeholders could take their own samples", True),
            ("japan", "independent-sampling", O, "a separate monitoring mechanism was unnecessary", True),
            ("china", "china-drops-seafood-ban", O, "China has banned food imports from 10 Japanese prefectures", False),
        ],
    ),
    # 004
    dict(
        published="2023-03-17T06:00:00Z",
        outlet="lantern-daily",
        title="Kishida presses Yoon to lift Fukushima seafood ban",
        text=P(
            "SEOUL, March 17 (Lantern Daily) - South Korea's presidential office on Friday denied a Japanese media report that Prime Minister Fumio Kishida had asked President Yoon Suk Yeol to lift Seoul's ban on seafood from areas near Fukushima during their summit in Tokyo.",
            "A senior presidential official said the subject had not come up in the talks and that the ban, which covers eight Japanese prefectures, would stay in place until public concerns were resolved. Kishida's office declined to say whether he had raised the matter.",
            "On Japan's plan to release treated water from the Fukushima plant, the official said Seoul would not accept the plan unless it was shown to be scientifically safe, and that South Korean experts were carrying out their own review.",
            "The summit, the first formal visit by a South Korean leader to Japan in 12 years, was meant to mend ties strained by disputes over wartime forced labour.",
            "Lee Jae-myung, leader of the opposition Democratic Party, called the trip a humiliation and said his party would fight the release of what it calls contaminated water to the end. He accused the government of keeping quiet to please Tokyo.",
        ),
        claims=[
            ("south-korea", "ocean-discharge", C, "Seoul would not accept the plan unless it was shown to be scientifically safe", True),
            ("democratic-party", "ocean-discharge", O, "his party would fight the release of what it calls contaminated water to the end", True),
        ],
    ),
    # 005
    dict(
        published="2023-05-08T03:20:00Z",
        outlet="coastline-report",
        title="Japan to let South Korean experts inspect Fukushima plant",
        text=P(
            "SEOUL, May 8 (Coastline Report) - Japan will allow a team of South Korean experts to visit the Fukushima Daiichi nuclear plant this month to examine its plan to release treated water into the sea, Prime Minister Fumio Kishida said after talks with President Yoon Suk Yeol in Seoul on Sunday.",
            "Kishida, making the first visit to South Korea by a Japanese leader in five years, said he hoped the inspection would deepen the understanding of the South Korean public. Japanese officials stressed that the visit would not amount to a verification of the plan, which they said only the International Atomic Energy Agency was carrying out, and that the team would not collect its own samples.",
            "Yoon said his government's view on the release would depend on what its experts found. His office said South Korea would keep asking to take part in sampling once any release began.",
            "The Democratic Party said South Korean scientists must be allowed to take their own samples, and that an inspection without them would be little more than a sightseeing tour. Its lawmakers staged a protest outside the National Assembly.",
        ),
        claims=[
            ("japan", "independent-sampling", O, "the team would not collect its own samples", True),
            ("south-korea", "ocean-discharge", C, "his government's view on the release would depend on what its experts found", True),
            ("south-korea", "independent-sampling", S, "South Korea would keep asking to take part in sampling", True),
            ("democratic-party", "independent-sampling", S, "South Korean scientists must be allowed to take their own samples", True),
        ],
    ),
    # 006 (no claims)
    dict(
        published="2023-05-22T07:45:00Z",
        outlet="tidewater-wire",
        title="South Korean inspection team begins Fukushima visit",
        text=P(
            "TOKYO, May 22 (Tidewater Wire) - A 21-member team of South Korean government experts began talks in Tokyo on Monday ahead of a tour of the Fukushima Daiichi nuclear plant, where Japan plans to release treated water into the sea.",
            "The team, led by Yoo Guk-hee, chairman of South Korea's Nuclear Safety and Security Commission, met officials from the Ministry of Economy, Trade and Industry and from Tokyo Electric Power Company at a government building in the capital. It is due to visit the plant on Tuesday and Wednesday to look at the filtering system and the equipment that will dilute and discharge the water.",
            "Yoo declined to say what the team might conclude, telling reporters at Haneda airport on Sunday that it was too early to judge. Japanese officials also declined to comment on the content of the meetings.",
            "Some analysts in Seoul said the visit could make it easier for the government to accept the plan, while others said the team's limited access would not settle public doubts.",
            "The team is expected to brief South Korean reporters after it returns home on Friday.",
        ),
        claims=[],
    ),
    # 007
    dict(
        published="2023-06-10T11:30:00Z",
        outlet="eastern-courier",
        title="South Korea's opposition rallies against Fukushima release, demands total seafood ban",
        text=P(
            "SEOUL, June 10 (Eastern Courier) - Thousands of supporters of South Korea's main opposition Democratic Party rallied in central Seoul on Saturday against Japan's plan to release treated water from the Fukushima nuclear plant.",
            "Party leader Lee Jae-myung told the crowd that the release must be stopped and that South Korea should ban all seafood imports from Japan. He said President Yoon Suk Yeol's government had effectively endorsed the release by refusing to object to it.",
            "The government denies this. At a briefing on Friday, Park Ku-yeon, first vice minister of the Office for Government Policy Coordination, said Seoul had no plans to extend its import ban beyond the eight Japanese prefectures already covered. He said the government would judge the release only on scientific evidence and would accept it only if its experts' review found it safe.",
            "The rally was one of several the party has planned before the International Atomic Energy Agency publishes its final report, which is expected in the coming weeks.",
            "Fishing communities on South Korea's southern coast have reported falling sales at fish markets, which traders blame on fears about the release.",
        ),
        claims=[
            ("democratic-party", "ocean-discharge", O, "the release must be stopped", True),
            ("democratic-party", "korea-total-seafood-ban", S, "South Korea should ban all seafood imports from Japan", True),
            ("south-korea", "ocean-discharge", S, "Yoon Suk Yeol's government had effectively endorsed the release", False),
            ("south-korea", "ocean-discharge", C, "would accept it only if its experts' review found it safe", True),
            ("south-korea", "korea-total-seafood-ban", O, "Seoul had no plans to extend its import ban beyond the eight Japanese prefectures", True),
        ],
    ),
    # 008 (no claims)
    dict(
        published="2023-07-03T10:00:00Z",
        outlet="coastline-report",
        title="IAEA chief arrives in Tokyo to deliver Fukushima water verdict",
        text=P(
            "TOKYO, July 3 (Coastline Report) - Rafael Grossi, head of the International Atomic Energy Agency, arrived in Tokyo on Monday to deliver the agency's final report on Japan's plan to release treated water from the Fukushima Daiichi nuclear plant.",
            "Grossi is due to hand the report to Prime Minister Fumio Kishida at the prime minister's office on Tuesday, before visiting the plant and travelling on to South Korea, New Zealand and the Cook Islands. The agency has spent nearly two years reviewing the plan, with experts from 11 countries taking part.",
            "Asked by reporters at the airport what the report would say, Grossi declined to give any details before meeting Kishida.",
            "Diplomats in Tokyo expect the report to broadly clear the plan, which would allow the government to set a date for the release as early as this summer. Some analysts said Beijing was likely to dismiss the findings whatever they contained, and that a favourable report might make it easier for Seoul to take a position.",
            "Police stepped up security around the prime minister's office ahead of the visit.",
        ),
        claims=[],
    ),
    # 009
    dict(
        published="2023-07-04T09:30:00Z",
        outlet="tidewater-wire",
        title="IAEA says Fukushima water plan meets global safety standards",
        text=P(
            "TOKYO, July 4 (Tidewater Wire) - The International Atomic Energy Agency said on Tuesday that Japan's plan to discharge treated water from the Fukushima Daiichi plant into the sea was consistent with international safety standards and would have a negligible effect on people and the environment.",
            "Director General Rafael Grossi handed the agency's final report to Prime Minister Fumio Kishida in Tokyo. Grossi told a news conference that the agency was satisfied the release could go ahead as planned, and that IAEA staff would remain at the plant to watch over it for decades. The report itself says that it is neither a recommendation nor an endorsement of Japan's policy, and that the decision to release the water is Japan's alone.",
            "Kishida said the government would proceed with the release while continuing to explain its safety to the public at home and abroad with the utmost transparency.",
            "In Beijing, foreign ministry spokesperson Mao Ning said the report could not serve as a pass for the discharge and that China would keep opposing it.",
            "The government has yet to announce a date.",
        ),
        claims=[
            ("iaea", "ocean-discharge", S, "the agency was satisfied the release could go ahead as planned", True),
            ("japan", "ocean-discharge", S, "the government would proceed with the release", True),
            ("china", "ocean-discharge", O, "China would keep opposing it", True),
        ],
    ),
    # 010 (duplicate of 009)
    dict(
        published="2023-07-04T13:05:00Z",
        outlet="lantern-daily",
        title="UN nuclear watchdog clears Japan's plan to release Fukushima water",
        text=P(
            "TOKYO, July 4 (Lantern Daily) - The International Atomic Energy Agency on Tuesday found that Japan's plan to release treated water from the Fukushima Daiichi nuclear plant into the ocean was consistent with international safety standards, and that its impact on people and the environment would be negligible.",
            "Rafael Grossi, the agency's director general, presented its final report to Prime Minister Fumio Kishida in Tokyo. At a news conference, Grossi said the agency was satisfied the release could go ahead as planned and that its staff would stay at the plant to monitor it for decades to come. The report states that it is neither a recommendation nor an endorsement of Japan's policy and that the decision to discharge the water rests with Japan alone.",
            "Kishida said the government would proceed with the release and would keep explaining its safety to people in Japan and overseas with the utmost transparency.",
            "Speaking in Beijing, foreign ministry spokesperson Mao Ning said the report could not be a pass for the discharge and that China would keep opposing it.",
            "No date for the release has been set.",
        ),
        claims=[
            ("iaea", "ocean-discharge", S, "the agency was satisfied the release could go ahead as planned", True),
            ("japan", "ocean-discharge", S, "the government would proceed with the release", True),
            ("china", "ocean-discharge", O, "China would keep opposing it", True),
        ],
    ),
    # 011
    dict(
        published="2023-07-07T05:00:00Z",
        outlet="eastern-courier",
        title="Seoul says Fukushima release plan meets standards, respects IAEA findings",
        text=P(
            "SEOUL, July 7 (Eastern Courier) - South Korea's government said on Friday that its own two-year review had found Japan's plan to release treated water from the Fukushima plant met international standards, and that it respected the findings of the International Atomic Energy Agency.",
            "Park Ku-yeon, first vice minister of the Office for Government Policy Coordination, said the government saw no scientific reason to object to the release as planned. The concentration of radioactive material in the water would fall within international limits, he said, and its effect on South Korean waters would be negligible.",
            "Park said Seoul would ask Tokyo to share monitoring data in real time and to allow South Korean experts to collect their own samples once the release began. The ban on seafood from eight prefectures near Fukushima will remain in place, he added.",
            "The opposition Democratic Party rejected the findings. Its floor leader, Park Kwang-on, said the party would never accept the dumping of contaminated water and accused the government of acting as Japan's spokesman.",
            "Until now, Seoul had said it would withhold judgement until its own review was complete.",
        ),
        claims=[
            ("south-korea", "ocean-discharge", S, "the government saw no scientific reason to object to the release as planned", True),
            ("south-korea", "independent-sampling", S, "allow South Korean experts to collect their own samples", True),
            ("democratic-party", "ocean-discharge", O, "the party would never accept the dumping of contaminated water", True),
        ],
    ),
    # 012
    dict(
        published="2023-07-07T10:40:00Z",
        outlet="pacific-ledger",
        title="China to keep ban on food from 10 Japanese prefectures, tighten checks",
        text=P(
            "BEIJING, July 7 (Pacific Ledger) - China's customs agency said on Friday it would maintain its ban on food imports from 10 Japanese prefectures, including Fukushima, and step up radiation checks on food from the rest of Japan, days after the UN nuclear watchdog published its review of Tokyo's water release plan.",
            "The General Administration of Customs said in a statement that it would keep strict controls in place to protect the health of Chinese consumers and would not relax the ban. It said it was following the release plan closely.",
            "Hong Kong's government said separately that it would ban seafood from the same 10 prefectures as soon as the discharge began.",
            "Japan's Chief Cabinet Secretary Hirokazu Matsuno said Tokyo would keep urging Beijing to lift its restrictions on Japanese food as soon as possible, on the basis of scientific evidence.",
            "Seafood exporters in Hokkaido and Miyagi said shipments to China had already slowed because of the extra testing, with some consignments held at ports for weeks.",
        ),
        claims=[
            ("china", "china-drops-seafood-ban", O, "would not relax the ban", True),
            ("japan", "china-drops-seafood-ban", S, "Tokyo would keep urging Beijing to lift its restrictions on Japanese food", True),
        ],
    ),
    # 013
    dict(
        published="2023-07-09T09:15:00Z",
        outlet="lantern-daily",
        title="IAEA's Grossi faces protests in Seoul as opposition demands halt",
        text=P(
            "SEOUL, July 9 (Lantern Daily) - Rafael Grossi, head of the International Atomic Energy Agency, met lawmakers from South Korea's opposition Democratic Party on Sunday as protesters outside his hotel denounced the agency's approval of Japan's water release plan.",
            "Democratic Party lawmakers told Grossi that the review had been rushed and demanded that the IAEA ask Japan to scrap the release. They also called for South Korean scientists to take their own samples of the water near the plant.",
            "Grossi said he understood the public's concerns but stood by the agency's conclusions. He said the IAEA would keep an office at the Fukushima plant and publish its monitoring results online, and that if it ever found the discharge exceeding safety limits, it would say so and call for a stop.",
            "He said he had come to Seoul to explain the science, not to persuade anyone, and that the decision to release the water belonged to Japan.",
            "Japan's foreign ministry thanked Grossi for the visit in a brief statement.",
        ),
        claims=[
            ("democratic-party", "ocean-discharge", O, "demanded that the IAEA ask Japan to scrap the release", True),
            ("democratic-party", "independent-sampling", S, "called for South Korean scientists to take their own samples of the water", True),
            ("iaea", "ocean-discharge", S, "stood by the agency's conclusions", True),
        ],
    ),
    # 014
    dict(
        published="2023-07-11T23:00:00Z",
        outlet="pacific-ledger",
        title="Forum chair satisfied with Fukushima plan after IAEA briefing",
        text=P(
            "RAROTONGA, July 11 (Pacific Ledger) - The chair of the Pacific Islands Forum, Cook Islands Prime Minister Mark Brown, said on Tuesday he was satisfied that Japan's planned release of treated Fukushima water met international safety standards, after a briefing from the head of the UN nuclear watchdog.",
            "Brown met Rafael Grossi, director general of the International Atomic Energy Agency, in Rarotonga, the last stop on a tour to present the agency's review. Brown said that, speaking as Forum chair, he accepted the agency's conclusions and saw no grounds for the Forum to seek a further delay. He said he would share the report with other Pacific leaders.",
            "Grossi told reporters the agency would keep a permanent presence at the plant and would share its data with Pacific governments.",
            "The Forum secretariat in Suva did not respond to requests for comment. In January, Secretary General Henry Puna said the release should not proceed until all parties had verified its safety, and some member governments, including Solomon Islands and Vanuatu, remain strongly opposed.",
            "Japan's ambassador to New Zealand, who is also accredited to the Cook Islands, attended part of the meeting.",
        ),
        claims=[
            ("pif", "ocean-discharge", S, "saw no grounds for the Forum to seek a further delay", True),
        ],
    ),
    # 015
    dict(
        published="2023-07-12T14:00:00Z",
        outlet="coastline-report",
        title="Yoon asks Kishida for real-time data, halt if Fukushima water exceeds limits",
        text=P(
            "VILNIUS, July 12 (Coastline Report) - South Korean President Yoon Suk Yeol asked Japanese Prime Minister Fumio Kishida on Wednesday to share monitoring data on the Fukushima water release in real time and to stop the discharge immediately if radiation ever exceeded the planned levels.",
            "The two leaders met for about 30 minutes on the sidelines of the NATO summit in Vilnius. According to Yoon's office, the president did not object to the release itself but said South Korean experts should be able to take their own samples near the plant.",
            "Kishida told Yoon the release would go ahead with safety as the top priority, and that Japan would halt the discharge at once if monitoring showed a problem, according to a Japanese readout. He did not say whether South Korean scientists would be allowed to collect samples.",
            "It was the leaders' third meeting this year. Officials from both sides said they had also discussed North Korea's missile launch earlier in the day.",
            "South Korea's opposition Democratic Party accused Yoon of giving Japan a green light in exchange for better ties.",
        ),
        claims=[
            ("south-korea", "ocean-discharge", S, "the president did not object to the release itself", True),
            ("south-korea", "independent-sampling", S, "South Korean experts should be able to take their own samples", True),
            ("japan", "ocean-discharge", S, "the release would go ahead with safety as the top priority", True),
        ],
    ),
    # 016
    dict(
        published="2023-08-21T09:00:00Z",
        outlet="tidewater-wire",
        title="Japan's fishing federation says opposition to water release unchanged after Kishida meeting",
        text=P(
            "TOKYO, Aug 21 (Tidewater Wire) - The head of Japan's national federation of fisheries cooperatives told Prime Minister Fumio Kishida on Monday that the industry's opposition to releasing treated water from the Fukushima plant had not changed, days before the discharge is expected to begin.",
            "Masanobu Sakamoto, president of Zenkoren, said after the meeting at the prime minister's office that fishermen's understanding of the science had deepened but that they still could not agree to the release. He denied reports that the federation had softened its stance in exchange for government funds.",
            "Kishida told Sakamoto the government would take responsibility for the fishing industry even if it took decades, including compensation for any damage to the reputation of seafood.",
            "Sakamoto said the federation would hold the government to its promise of compensation for as long as fishermen suffered losses.",
            "Kishida is expected to convene the ministers in charge as early as Tuesday to set a date.",
        ),
        claims=[
            ("zenkoren", "ocean-discharge", O, "they still could not agree to the release", True),
            ("japan", "compensation", S, "including compensation for any damage to the reputation of seafood", True),
            ("zenkoren", "compensation", S, "hold the government to its promise of compensation", True),
        ],
    ),
    # 017
    dict(
        published="2023-08-22T07:30:00Z",
        outlet="eastern-courier",
        title="Japan to start Fukushima water release on Thursday",
        text=P(
            "TOKYO, Aug 22 (Eastern Courier) - Japan will begin releasing treated water from the Fukushima Daiichi nuclear plant into the Pacific on Thursday, Prime Minister Fumio Kishida said on Tuesday after a meeting of cabinet ministers, ending months of uncertainty about the timing.",
            "Tokyo Electric Power Company, the plant's operator, said it would start the discharge as soon as weather and sea conditions allowed. Its president, Tomoaki Kobayakawa, said the company would pay compensation for damage to the fishing industry, but only where the losses could be shown to result from the release, and that claims would be assessed case by case.",
            "China's foreign ministry said Beijing strongly opposed the decision and would take all necessary measures to protect the marine environment and public health. It summoned Japan's ambassador.",
            "In Seoul, the government said it would monitor the release closely.",
            "The first release will involve about 7,800 tonnes of water over 17 days, according to the company.",
        ),
        claims=[
            ("japan", "ocean-discharge", S, "Japan will begin releasing treated water from the Fukushima Daiichi nuclear plant", True),
            ("tepco", "ocean-discharge", S, "it would start the discharge as soon as weather and sea conditions allowed", True),
            ("tepco", "compensation", C, "only where the losses could be shown to result from the release", True),
            ("china", "ocean-discharge", O, "Beijing strongly opposed the decision", True),
        ],
    ),
    # 018
    dict(
        published="2023-08-24T08:20:00Z",
        outlet="lantern-daily",
        title="Fukushima water release begins; China suspends all Japanese seafood imports",
        text=P(
            "FUKUSHIMA, Aug 24 (Lantern Daily) - The operator of the Fukushima Daiichi nuclear plant began pumping treated radioactive water into the Pacific Ocean on Thursday, and China responded by suspending all imports of seafood from Japan.",
            "Tokyo Electric Power Company said the release started at 1:03 p.m. and that no abnormalities had been found. A company official said it planned to discharge about 31,200 tonnes of water by the end of March.",
            "Within hours, China's General Administration of Customs announced a blanket suspension of imports of Japanese aquatic products, extending the ban it already applied to 10 prefectures. It said the measure was needed to prevent radioactive contamination of food. Hong Kong and Macau imposed their own bans on seafood from 10 prefectures.",
            "Japan's government called on Beijing to withdraw the measure immediately. Chief Cabinet Secretary Hirokazu Matsuno said the decision was not based on science and that Tokyo had lodged a protest through diplomatic channels.",
            "Mainland China bought seafood worth about 87 billion yen from Japan last year, making it the largest export market for Japanese fisheries products.",
        ),
        claims=[
            ("tepco", "ocean-discharge", S, "began pumping treated radioactive water into the Pacific Ocean", True),
            ("china", "china-drops-seafood-ban", O, "announced a blanket suspension of imports of Japanese aquatic products", True),
            ("japan", "china-drops-seafood-ban", S, "called on Beijing to withdraw the measure immediately", True),
        ],
    ),
    # 019
    dict(
        published="2023-08-28T06:00:00Z",
        outlet="coastline-report",
        title="Seoul says it does not endorse Fukushima release but sees no grounds to oppose it",
        text=P(
            "SEOUL, Aug 28 (Coastline Report) - South Korean Prime Minister Han Duck-soo said on Monday that the government had never endorsed Japan's release of treated Fukushima water, but that it accepted the scientific finding that the discharge was safe and would not oppose it.",
            "Han told a parliamentary committee that the government's role was to protect public health on the basis of science rather than politics. He said there were no plans to widen the import ban on Japanese seafood, which covers eight prefectures, because the release did not justify it.",
            "Opposition lawmakers shouted at Han during the session. The Democratic Party has introduced a bill that would ban imports of all seafood from Japan, and has called on the government to take Japan to the International Tribunal for the Law of the Sea.",
            "Sales at Seoul's largest fish market have fallen by about a third since the discharge began, according to traders, and some wholesalers have cut their orders of imported fish altogether.",
        ),
        claims=[
            ("south-korea", "ocean-discharge", S, "it accepted the scientific finding that the discharge was safe and would not oppose it", True),
            ("south-korea", "korea-total-seafood-ban", O, "there were no plans to widen the import ban on Japanese seafood", True),
            ("democratic-party", "korea-total-seafood-ban", S, "has introduced a bill that would ban imports of all seafood from Japan", True),
        ],
    ),
    # 020
    dict(
        published="2023-09-04T07:00:00Z",
        outlet="tidewater-wire",
        title="Japan unveils 20.7 billion yen package for fishing industry hit by China ban",
        text=P(
            "TOKYO, Sept 4 (Tidewater Wire) - Japan announced an emergency package of 20.7 billion yen on Monday to help fishermen and seafood exporters hurt by China's suspension of Japanese seafood imports after the release of treated water from the Fukushima plant.",
            "Prime Minister Fumio Kishida said the money would be used to find new export markets, to buy and freeze scallops and other products that could not be shipped, and to support processors, on top of 80 billion yen already set aside for the fishing industry. He said the government would protect the industry at all costs.",
            "Kishida also said Japan would press China at the World Trade Organization and in bilateral talks to scrap its ban immediately, calling the measure scientifically unjustified.",
            "Beijing has shown no sign of backing down. Analysts in Tokyo said China might use the ban as leverage in other disputes and could keep it in place for years.",
            "Scallop farmers in Hokkaido, who sold about half of their exports to China, have been among the hardest hit.",
        ),
        claims=[
            ("japan", "compensation", S, "to help fishermen and seafood exporters hurt by China's suspension", True),
            ("japan", "china-drops-seafood-ban", S, "in bilateral talks to scrap its ban immediately", True),
            ("china", "china-drops-seafood-ban", O, "Beijing has shown no sign of backing down", False),
        ],
    ),
    # 021
    dict(
        published="2023-09-07T05:30:00Z",
        outlet="eastern-courier",
        title="Kishida raises seafood ban with China's Li in Jakarta",
        text=P(
            "JAKARTA, Sept 7 (Eastern Courier) - Japanese Prime Minister Fumio Kishida urged Chinese Premier Li Qiang to lift China's ban on Japanese seafood during a brief conversation on the sidelines of regional summits in Jakarta on Wednesday, Japanese officials said.",
            "Kishida told reporters afterwards that he had explained Japan's position and called for the immediate removal of the import restrictions based on scientific evidence. He did not say how Li had responded.",
            "According to a Chinese government account, Li told Kishida that Japan should fulfil its international obligations and handle the nuclear-contaminated water responsibly, and that China firmly opposed the discharge. The account did not mention the import ban.",
            "The exchange, which lasted a few minutes, took place before a meeting of leaders from the Association of Southeast Asian Nations, China, Japan and South Korea. It was the highest-level contact between the two governments since the release began.",
            "South Korean President Yoon Suk Yeol, who also attended, mentioned the release in his remarks only to call for transparent sharing of data.",
        ),
        claims=[
            ("japan", "china-drops-seafood-ban", S, "called for the immediate removal of the import restrictions", True),
            ("china", "ocean-discharge", O, "China firmly opposed the discharge", True),
        ],
    ),
    # 022
    dict(
        published="2023-09-21T08:10:00Z",
        outlet="pacific-ledger",
        title="TEPCO to compensate businesses hit by China's seafood ban",
        text=P(
            "TOKYO, Sept 21 (Pacific Ledger) - Tokyo Electric Power Company said on Thursday it would compensate fishermen, processors and exporters for sales lost because of China's ban on Japanese seafood, and would begin accepting claims next month.",
            "The company had said before the release began that it would pay only where losses could be shown to result from the discharge. Its president, Tomoaki Kobayakawa, said on Thursday that TEPCO would now treat losses caused by import bans as damage from the release and pay them without requiring businesses to prove a direct link.",
            "Kobayakawa told reporters the company had set up a dedicated team to handle the claims and would try to pay within weeks of receiving the paperwork.",
            "Masanobu Sakamoto, president of the fisheries federation Zenkoren, welcomed the decision but said compensation did not change the federation's stance. He said it remained opposed to the release.",
            "Processors in Hokkaido said they had been left with large stocks of frozen scallops that could no longer be sent to China.",
        ),
        claims=[
            ("tepco", "compensation", S, "TEPCO would now treat losses caused by import bans as damage from the release", True),
            ("zenkoren", "compensation", S, "welcomed the decision", True),
            ("zenkoren", "ocean-discharge", O, "it remained opposed to the release", True),
        ],
    ),
    # 023
    dict(
        published="2023-11-10T06:30:00Z",
        outlet="pacific-ledger",
        title="Pacific leaders accept IAEA findings on Fukushima, want regional scientists to keep testing",
        text=P(
            "RAROTONGA, Nov 10 (Pacific Ledger) - Pacific Islands Forum leaders ended their annual summit in the Cook Islands on Friday with a communique in which they accepted that Japan's discharge of treated Fukushima water met international safety standards, as the International Atomic Energy Agency had found.",
            "The communique, released by Forum chair Mark Brown, said leaders wanted independent scientists from the region to keep testing the water and marine life near the plant, and asked Japan to pay for that work.",
            "Leaders acknowledged that some members, including Solomon Islands and Vanuatu, still had serious concerns about the release.",
            "Henry Puna, whose term as the Forum's secretary general ends next year, declined to say whether he personally agreed with the wording.",
            "Japan's foreign ministry said in Tokyo that it had taken note of the communique and would continue to provide information to Pacific countries.",
        ),
        claims=[
            ("pif", "ocean-discharge", S, "they accepted that Japan's discharge of treated Fukushima water met international safety standards", True),
            ("pif", "independent-sampling", S, "independent scientists from the region to keep testing the water and marine life", True),
        ],
    ),
    # 024
    dict(
        published="2023-11-17T18:00:00Z",
        outlet="coastline-report",
        title="China and Japan agree to resolve Fukushima seafood dispute",
        text=P(
            "SAN FRANCISCO, Nov 17 (Coastline Report) - Japanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed on Thursday to look for a way to resolve their dispute over the release of treated water from the Fukushima plant through consultation and dialogue, in their first formal talks in a year.",
            "Kishida said he had asked Xi to lift the ban on Japanese seafood imports promptly, and that the two leaders had agreed that experts from both sides would discuss the science. He told reporters that Japan's position that the ban should end at once had not changed.",
            "The Chinese account of the meeting, held on the sidelines of the Asia-Pacific Economic Cooperation summit, said Xi told Kishida that the discharge concerned the health of all humanity and that China's opposition to it had not changed.",
            "Asked on Friday whether Beijing was ready to ease the ban, a Chinese foreign ministry spokesperson said only that China would handle the matter in accordance with its laws. Diplomats said a quick change in China's position was unlikely.",
        ),
        claims=[
            ("japan", "china-drops-seafood-ban", S, "asked Xi to lift the ban on Japanese seafood imports promptly", True),
            ("china", "ocean-discharge", O, "China's opposition to it had not changed", True),
        ],
    ),
    # 025 (no claims)
    dict(
        published="2024-04-24T10:30:00Z",
        outlet="tidewater-wire",
        title="TEPCO suspends Fukushima water discharge after power outage",
        text=P(
            "TOKYO, April 24 (Tidewater Wire) - Tokyo Electric Power Company suspended the release of treated water from the Fukushima Daiichi nuclear plant on Wednesday after a power outage cut electricity to the pumps, the company said.",
            "The outage occurred when workers digging near the site damaged a power cable, according to the company. No leak of water or abnormal radiation readings had been detected, it said, and one worker was taken to hospital with minor burns.",
            "The fifth round of the release, which began last week and was due to discharge about 7,800 tonnes of water, was about half complete when the pumps stopped.",
            "A company spokesman declined to say when the discharge would resume, saying engineers were still checking the equipment. Officials at the Ministry of Economy, Trade and Industry said they had received a report from the company and would wait for the results of its inspection.",
            "The stoppage was the first unplanned halt since the release began last August. Earlier this year, a leak of contaminated water from a separate filtering unit at the site led the nuclear regulator to order the company to tighten its procedures.",
        ),
        claims=[],
    ),
    # 026
    dict(
        published="2024-05-27T09:00:00Z",
        outlet="eastern-courier",
        title="Kishida urges Li to lift seafood ban at three-way summit in Seoul",
        text=P(
            "SEOUL, May 27 (Eastern Courier) - Japanese Prime Minister Fumio Kishida asked Chinese Premier Li Qiang on Sunday to immediately lift China's ban on Japanese seafood, as the leaders of Japan, China and South Korea met in Seoul for their first three-way summit in more than four years.",
            "Kishida told reporters he had asked for the ban to be scrapped on the basis of science, and had told Li that Japan would keep providing information about the release.",
            "According to a Chinese readout, Li said the water issue should be handled responsibly and that the two sides had agreed to continue consultations among experts. Li did not say whether Beijing would ease the ban, and Chinese officials declined to answer questions about it after the meeting.",
            "South Korean President Yoon Suk Yeol, who hosted the summit, did not raise the water release in his public remarks, which focused on trade, supply chains and North Korea.",
            "The three leaders agreed to hold the summits regularly again.",
        ),
        claims=[
            ("japan", "china-drops-seafood-ban", S, "asked for the ban to be scrapped on the basis of science", True),
        ],
    ),
    # 027
    dict(
        published="2024-08-22T06:00:00Z",
        outlet="lantern-daily",
        title="A year after Fukushima release, Seoul finds no abnormal radiation; opposition keeps up fight",
        text=P(
            "SEOUL, Aug 22 (Lantern Daily) - South Korea has found no abnormal radiation in its waters or in imported seafood in the year since Japan began releasing treated water from the Fukushima plant, the government said on Thursday.",
            "Park Ku-yeon, who leads the government's response, said more than 40,000 tests had found nothing of concern and that Seoul saw no reason to ask Japan to stop the discharge.",
            "The Democratic Party, which won a large majority in April's parliamentary election, said the results did not prove the release was safe over the long term. Its spokesperson said the party still wanted the discharge halted and would press ahead with legislation banning all Japanese seafood imports.",
            "Park said the government had no intention of going beyond the existing ban on seafood from eight Japanese prefectures, which he said would remain until public anxiety eased.",
            "Japan has discharged about 55,000 tonnes of water in eight rounds so far.",
        ),
        claims=[
            ("south-korea", "ocean-discharge", S, "Seoul saw no reason to ask Japan to stop the discharge", True),
            ("democratic-party", "ocean-discharge", O, "the party still wanted the discharge halted", True),
            ("democratic-party", "korea-total-seafood-ban", S, "would press ahead with legislation banning all Japanese seafood imports", True),
            ("south-korea", "korea-total-seafood-ban", O, "the government had no intention of going beyond the existing ban", True),
        ],
    ),
    # 028
    dict(
        published="2024-08-23T04:00:00Z",
        outlet="coastline-report",
        title="One year into Fukushima release, fishing federation still opposed as compensation mounts",
        text=P(
            "IWAKI, Aug 23 (Coastline Report) - A year after treated water began flowing from the Fukushima Daiichi plant into the Pacific, Japan's national fisheries federation said its opposition to the release remained unchanged, even as compensation payments to the industry mounted.",
            "Masanobu Sakamoto, president of Zenkoren, said in a statement on Friday that fishermen would not drop their objections in exchange for money.",
            "Tokyo Electric Power Company, which operates the plant, said it had paid tens of billions of yen to fishing and seafood businesses for losses, including those caused by China's import ban, and would keep paying valid claims. Eight rounds of discharge have been completed so far, according to the company.",
            "Chief Cabinet Secretary Yoshimasa Hayashi said the government would keep pressing China to lift the ban at once.",
            "Local fishermen in Iwaki said catches had held steady but that prices for some species were still below their levels before the release.",
        ),
        claims=[
            ("zenkoren", "ocean-discharge", O, "fishermen would not drop their objections in exchange for money", True),
            ("tepco", "compensation", S, "would keep paying valid claims", True),
            ("japan", "china-drops-seafood-ban", S, "the government would keep pressing China to lift the ban at once", True),
        ],
    ),
    # 029 (no claims)
    dict(
        published="2024-09-19T08:00:00Z",
        outlet="pacific-ledger",
        title="Japan and China said to be nearing deal on seafood and water monitoring",
        text=P(
            "BEIJING, Sept 19 (Pacific Ledger) - Japanese and Chinese diplomats held a further round of talks in Beijing this week on the Fukushima water release, and people familiar with the discussions said an announcement could come within days.",
            "The talks focused on how experts from other countries might take part in checking the water, according to two diplomats in Beijing. Neither government has confirmed the content of the negotiations.",
            "A spokesperson for China's foreign ministry, asked at a regular briefing whether a deal was close, declined to say and referred reporters to earlier statements. A Japanese embassy official also declined to comment.",
            "Some trade analysts said Beijing might use any agreement to begin a gradual easing of its import ban, which has cut Japan's seafood exports to China to almost nothing. Others said a full lifting was unlikely soon.",
            "Relations between the two countries have also been strained this year by the detention of Japanese nationals in China and by Chinese military activity near Japanese islands.",
        ),
        claims=[],
    ),
    # 030
    dict(
        published="2024-09-20T09:30:00Z",
        outlet="tidewater-wire",
        title="China to gradually resume Japanese seafood imports after deal on Fukushima monitoring",
        text=P(
            "TOKYO, Sept 20 (Tidewater Wire) - China will gradually resume imports of Japanese seafood once it has taken part in expanded monitoring of the treated water released from the Fukushima plant, the two governments said on Friday, in a step toward ending a dispute that has cost Japan's fishing industry dearly.",
            "Under the agreement, Japan will accept additional monitoring under the International Atomic Energy Agency in which China and other interested countries can collect and analyse their own samples. Prime Minister Fumio Kishida, who had previously insisted that the agency's existing reviews were sufficient, told reporters that Japan would let Chinese experts carry out independent sampling.",
            "China's foreign ministry said Chinese experts would take their own samples, and that Beijing would restore imports of products that meet its standards step by step, once the monitoring showed no problems. It added that China's opposition to the discharge itself had not changed.",
            "Kishida said he would keep pressing for the immediate and full removal of the ban, not just a gradual easing.",
            "The IAEA has kept staff at the plant since the release began last year.",
        ),
        claims=[
            ("china", "china-drops-seafood-ban", C, "would restore imports of products that meet its standards step by step", True),
            ("japan", "independent-sampling", S, "Japan would let Chinese experts carry out independent sampling", True),
            ("china", "independent-sampling", S, "Chinese experts would take their own samples", True),
            ("china", "ocean-discharge", O, "China's opposition to the discharge itself had not changed", True),
            ("japan", "china-drops-seafood-ban", S, "keep pressing for the immediate and full removal of the ban", True),
        ],
    ),
    # 031 (duplicate of 030)
    dict(
        published="2024-09-20T12:10:00Z",
        outlet="eastern-courier",
        title="Beijing agrees to phase back Japanese seafood imports in Fukushima monitoring deal",
        text=P(
            "BEIJING, Sept 20 (Eastern Courier) - China will gradually resume imports of Japanese seafood after taking part in expanded monitoring of the treated water being discharged from the Fukushima plant, Beijing and Tokyo said on Friday, easing a dispute that has hit Japan's fishing industry hard.",
            "Under the deal, Japan will accept additional monitoring within the framework of the International Atomic Energy Agency, allowing China and other interested countries to collect and test their own samples. Prime Minister Fumio Kishida, who had long said the agency's existing reviews were enough, told reporters in Tokyo that Japan would let Chinese experts carry out independent sampling.",
            "China's foreign ministry said Chinese experts would take their own samples, and that Beijing would restore imports of products that meet its standards step by step, once the monitoring found no problems. It said China's opposition to the discharge itself had not changed.",
            "Kishida said he would keep pressing for the immediate and full removal of the ban rather than a gradual easing.",
            "IAEA staff have been stationed at the plant since the release began last year.",
        ),
        claims=[
            ("china", "china-drops-seafood-ban", C, "would restore imports of products that meet its standards step by step", True),
            ("japan", "independent-sampling", S, "Japan would let Chinese experts carry out independent sampling", True),
            ("china", "independent-sampling", S, "Chinese experts would take their own samples", True),
            ("china", "ocean-discharge", O, "China's opposition to the discharge itself had not changed", True),
            ("japan", "china-drops-seafood-ban", S, "keep pressing for the immediate and full removal of the ban", True),
        ],
    ),
    # 032
    dict(
        published="2024-10-17T08:00:00Z",
        outlet="lantern-daily",
        title="Chinese experts take first samples near Fukushima plant",
        text=P(
            "FUKUSHIMA, Oct 17 (Lantern Daily) - Scientists from China collected seawater samples near the Fukushima Daiichi nuclear plant on Wednesday, the first time Chinese experts have taken their own samples since Japan began releasing treated water last year.",
            "The sampling was carried out under the expanded monitoring agreed last month, with experts from several other countries also present. The Chinese team will analyse the samples at its own laboratories, officials said.",
            "A spokesperson for China's foreign ministry said in Beijing that the results would inform Beijing's decisions on imports. Imports of Japanese seafood would resume only if the results met China's standards, the spokesperson said, and the ban would not be lifted in one step.",
            "Japan's government said it hoped the sampling would lead to an early end to the ban. Chief Cabinet Secretary Yoshimasa Hayashi said China's measures had no scientific basis and should be removed immediately.",
            "Tokyo Electric Power Company, which helped with the sampling, said it did not know when the results would be published.",
        ),
        claims=[
            ("china", "independent-sampling", S, "the first time Chinese experts have taken their own samples", True),
            ("china", "china-drops-seafood-ban", C, "Imports of Japanese seafood would resume only if the results met China's standards", True),
            ("japan", "china-drops-seafood-ban", S, "China's measures had no scientific basis and should be removed immediately", True),
        ],
    ),
    # 033
    dict(
        published="2024-11-16T15:00:00Z",
        outlet="coastline-report",
        title="Ishiba asks Xi for early resumption of seafood imports in first meeting",
        text=P(
            "LIMA, Nov 16 (Coastline Report) - Japanese Prime Minister Shigeru Ishiba asked Chinese President Xi Jinping on Friday to resume imports of Japanese seafood at an early date, in their first face-to-face meeting since Ishiba took office last month.",
            "The two leaders met for about 30 minutes on the sidelines of the Asia-Pacific Economic Cooperation summit in Lima. Ishiba told reporters afterwards that he had asked Xi to carry out the September agreement steadily and to restore imports quickly. He said Japan still wanted the ban removed in full.",
            "According to the Chinese account, Xi said the two countries should build a constructive and stable relationship and handle their differences properly. It did not mention seafood. A Chinese official, speaking on condition of anonymity, said imports would restart only once the monitoring results had been confirmed to meet Chinese standards.",
            "Ishiba also raised the detention of Japanese nationals in China and Chinese military activity near Japan.",
            "Japan's seafood exports to mainland China, worth about 87 billion yen a year before the ban, have stayed close to zero.",
        ),
        claims=[
            ("japan", "china-drops-seafood-ban", S, "Japan still wanted the ban removed in full", True),
            ("china", "china-drops-seafood-ban", C, "imports would restart only once the monitoring results had been confirmed to meet Chinese standards", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="pif", issue="ocean-discharge", **{"from": O, "to": C}, article="002",
         why="Secretary General Puna says the release should not go ahead unless all parties have verified the science; the Forum had rejected any discharge (baseline)."),
    dict(actor="south-korea", issue="ocean-discharge", **{"from": C, "to": S}, article="011",
         why="Seoul's own review finds the plan meets international standards and it sees no scientific reason to object; in 004, 005 and 007 it would accept the plan only if shown safe."),
    dict(actor="pif", issue="ocean-discharge", **{"from": C, "to": S}, article="014",
         why="Forum chair Mark Brown accepts the IAEA's conclusions and sees no grounds for the Forum to seek a further delay; in 002 the Forum wanted the release put off until all parties verified it."),
    dict(actor="tepco", issue="compensation", **{"from": C, "to": S}, article="022",
         why="TEPCO will pay losses from import bans without proof of a direct link; in 017 it would pay only where losses could be shown to result from the release."),
    dict(actor="china", issue="china-drops-seafood-ban", **{"from": O, "to": C}, article="030",
         why="In the September 2024 agreement Beijing will restore imports step by step once monitoring shows no problems; it had kept the ten-prefecture ban (012) and imposed a blanket ban (018)."),
    dict(actor="japan", issue="independent-sampling", **{"from": O, "to": S}, article="030",
         why="Kishida says Japan will let Chinese experts carry out independent sampling; in 003 and 005 Tokyo called a separate mechanism unnecessary and kept Korean inspectors from taking samples."),
]

DUPLICATES = [("009", "010"), ("030", "031")]

WORD_RE = re.compile(r"\S+")
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[A-Za-z ]+)\) - "
)


def slugify(title):
    words = re.sub(r"[^a-z0-9 ]+", " ", title.lower()).split()
    return "-".join(words[:9])


def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build_records():
    records = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        dt = parse_iso(a["published"])
        url = f"https://example.org/{a['outlet']}/{dt:%Y/%m/%d}/{slugify(a['title'])}"
        records.append(
            {
                "id": aid,
                "published": a["published"],
                "source": OUTLETS[a["outlet"]],
                "url": url,
                "title": a["title"],
                "text": a["text"],
                "_outlet": a["outlet"],
                "_claims": a["claims"],
            }
        )
    return records


def load_watchlist(path):
    """Minimal reader for watchlist.yaml (the fixed layout of this file, not general YAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
            if section == "issues":
                key = line.strip().split(":")[0]
                if key not in ("name", "description", "terms"):
                    raise ValueError(f"unexpected issue field: {line.strip()}")
    return actors, issues, baseline


def recompute_shifts(records, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for r in records:
        for actor, issue, stance, _quote, attributed in r["_claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            before = prevailing.get(key)
            if before is not None and before != stance:
                shifts.append((actor, issue, before, stance, r["id"]))
            prevailing[key] = stance
    return shifts


def labels_json(records):
    claims = {}
    for r in records:
        claims[r["id"]] = [
            {"actor": a, "issue": i, "stance": s, "quote": q, "attributed": att}
            for a, i, s, q, att in r["_claims"]
        ]
    shift_articles = {s["article"] for s in SHIFTS}
    return {
        "claims": claims,
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for r in records if r["id"] not in shift_articles],
    }


def rfc822(iso):
    return format_datetime(parse_iso(iso), usegmt=True)


def feed_xml(outlet, items):
    name = OUTLETS[outlet]
    items = sorted(items, key=lambda r: r["published"], reverse=True)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(name)}</title>",
        f"    <link>https://example.org/{outlet}/</link>",
        f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set fukushima-water-release-2023</description>",
        "    <language>en</language>",
        f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>",
    ]
    for r in items:
        out += [
            "    <item>",
            f"      <title>{escape(r['title'])}</title>",
            f"      <link>{escape(r['url'])}</link>",
            f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
            f"      <pubDate>{rfc822(r['published'])}</pubDate>",
            f"      <description>{escape(r['text'])}</description>",
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def write(records, labels):
    for sub in ("articles", "feeds"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        public = {k: v for k, v in r.items() if not k.startswith("_")}
        with open(os.path.join(HERE, "articles", f"{r['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(public, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for outlet in OUTLETS:
        items = [r for r in records if r["_outlet"] == outlet]
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w", encoding="utf-8") as f:
            f.write(feed_xml(outlet, items))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


def validate(records, labels):
    errors = []
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues, want 5-7")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            errors.append(f"bad baseline entry {a} {i} {s}")

    if not 30 <= len(records) <= 34:
        errors.append(f"{len(records)} articles, want 30-34")
    prev = None
    urls = set()
    for n, r in enumerate(records, start=1):
        if r["id"] != f"{n:03d}":
            errors.append(f"id {r['id']} out of sequence")
        if prev is not None and not r["published"] > prev:
            errors.append(f"{r['id']} not in publication order")
        prev = r["published"]
        if r["url"] in urls:
            errors.append(f"{r['id']} duplicate url")
        urls.add(r["url"])
        words = len(WORD_RE.findall(r["text"]))
        if not 120 <= words <= 260:
            errors.append(f"{r['id']} has {words} words")
        m = DATELINE_RE.match(r["text"])
        if not m:
            errors.append(f"{r['id']} dateline malformed")
        elif m.group("outlet") != r["source"]:
            errors.append(f"{r['id']} dateline outlet {m.group('outlet')} != {r['source']}")
        else:
            month = m.group(1)
            dt = parse_iso(r["published"])
            expect = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
                      8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}[dt.month]
            if month != expect:
                errors.append(f"{r['id']} dateline month {month} != {expect}")
        if '"' in r["text"] or "\u201c" in r["text"]:
            errors.append(f"{r['id']} contains quotation marks")
        if any(ord(ch) > 127 for ch in r["text"] + r["title"]):
            errors.append(f"{r['id']} contains non-ASCII characters")
        seen = set()
        for actor, issue, stance, quote, attributed in r["_claims"]:
            if actor not in actors:
                errors.append(f"{r['id']} unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{r['id']} unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{r['id']} bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"{r['id']} attributed must be bool")
            if quote not in r["text"]:
                errors.append(f"{r['id']} quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{r['id']} quote longer than 15 words: {quote!r}")
            if (actor, issue, stance) in seen:
                errors.append(f"{r['id']} repeated claim {actor} {issue} {stance}")
            seen.add((actor, issue, stance))
            if attributed and any(
                a2 == actor and i2 == issue and s2 != stance and att2
                for a2, i2, s2, _q, att2 in r["_claims"]
            ):
                errors.append(f"{r['id']} two attributed stances for {actor} {issue}")

    # Shifts recomputed from the baseline and the attributed claims must equal the labelled shifts.
    recomputed = recompute_shifts(records, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        errors.append(f"shift mismatch:\n  recomputed {recomputed}\n  labelled   {labelled}")
    if not 5 <= len(labelled) <= 8:
        errors.append(f"{len(labelled)} shifts, want 5-8")
    reversals = [s for s in labelled if {s[2], s[3]} == {S, O}]
    if len(reversals) > 2:
        errors.append(f"{len(reversals)} straight support/oppose reversals, want at most 2")
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")

    shift_articles = {s["article"] for s in SHIFTS}
    expect_no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != expect_no_alert:
        errors.append("no_alert_articles wrong")
    if sorted(labels["claims"]) != [r["id"] for r in records]:
        errors.append("claims must list every article")

    # Duplicates: same day, copy later, different outlet, identical claims; one copy of a shift article.
    by_id = {r["id"]: r for r in records}
    for a, b in DUPLICATES:
        ra, rb = by_id[a], by_id[b]
        if ra["published"][:10] != rb["published"][:10] or not rb["published"] > ra["published"]:
            errors.append(f"duplicate {a}/{b} not same day with copy later")
        if ra["source"] == rb["source"]:
            errors.append(f"duplicate {a}/{b} from the same outlet")
        if sorted(ra["_claims"]) != sorted(rb["_claims"]):
            errors.append(f"duplicate {a}/{b} claims differ")
    if not any(a in shift_articles for a, _b in DUPLICATES):
        errors.append("no duplicate pair on a shift article")

    all_claims = [c for r in records for c in r["_claims"]]
    counts = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims, want 60-90")
    if counts[C] < 6:
        errors.append(f"{counts[C]} conditional claims, want at least 6")
    empty = [r["id"] for r in records if not r["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} articles with no claims, want 3-4")

    # Feeds must be well-formed.
    for outlet in OUTLETS:
        path = os.path.join(HERE, "feeds", f"{outlet}.xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {outlet}.xml: {res.stderr.strip()}")

    summary = {
        "articles": len(records),
        "claims": len(all_claims),
        "by_stance": counts,
        "attributed_false": sum(1 for c in all_claims if not c[4]),
        "shifts": len(labelled),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": empty,
        "words": [len(WORD_RE.findall(r["text"])) for r in records],
        "per_outlet": {o: sum(1 for r in records if r["_outlet"] == o) for o in OUTLETS},
    }
    return errors, summary


def main():
    records = build_records()
    labels = labels_json(records)
    write(records, labels)
    errors, summary = validate(records, labels)
    print(json.dumps(summary, indent=1))
    if errors:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print(" -", e, file=sys.stderr)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
