#!/usr/bin/env python3
"""Build the shiftwatch evaluation set rcep-india-2019.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and labels.json
next to this script, then validates the set (see validate()). Standard library only.
Run: python3 build.py
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
    "tideline-wire": "Tideline Wire",
    "monsoon-ledger": "Monsoon Ledger",
    "straits-courier": "Straits Courier",
    "eastgate-journal": "Eastgate Journal",
    "kestrel-news": "Kestrel News",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2019-09-08T13:30:00Z", outlet="straits-courier",
        slug="rcep-ministers-aim-for-year-end-deal",
        title="RCEP ministers aim for year-end deal as India lists its worries",
        paras=[
            "BANGKOK, Sept 8 (Straits Courier) - Trade ministers from the 16 countries negotiating the Regional "
            "Comprehensive Economic Partnership ended two days of talks in Bangkok on Sunday saying they were still "
            "on course to finish the pact before their leaders meet in November.",
            "Thai Commerce Minister Jurin Laksanawisit, who chaired the meeting on behalf of ASEAN, told reporters "
            "the talks had to be concluded this year and that the group could not afford another delay.",
            "India's Commerce and Industry Minister Piyush Goyal said New Delhi was ready to close the talks this "
            "year, provided its partners addressed its worries over market access and a widening trade deficit with "
            "China. He said India would sign only a balanced agreement that protected its farmers and manufacturers.",
            "China's commerce ministry said in a statement that all sides should seize the chance to wrap up the "
            "negotiations in 2019, describing the pact as a signal of support for open trade at a time of rising "
            "protectionism.",
            "The RCEP would cover nearly half the world's population and about a third of global output. It groups "
            "the ten members of the Association of Southeast Asian Nations with China, Japan, South Korea, "
            "Australia, New Zealand and India.",
            "Ministers are due to meet again in October, the last scheduled round before the leaders' summit.",
        ],
        claims=[
            ("asean", "conclude-in-2019", S, "the talks had to be concluded this year", True),
            ("india", "conclude-in-2019", C,
             "New Delhi was ready to close the talks this year, provided its partners addressed", True),
            ("india", "india-joins-rcep", C,
             "India would sign only a balanced agreement that protected its farmers and manufacturers", True),
            ("china", "conclude-in-2019", S,
             "all sides should seize the chance to wrap up the negotiations in 2019", True),
        ],
    ),
    # 002
    dict(
        published="2019-09-19T10:15:00Z", outlet="monsoon-ledger",
        slug="india-digs-in-on-import-safeguard",
        title="India digs in on import safeguard as China pushes back",
        paras=[
            "NEW DELHI, Sept 19 (Monsoon Ledger) - India will keep pressing for an automatic safeguard in the "
            "Regional Comprehensive Economic Partnership that would let it raise duties when imports from partner "
            "countries surge, a senior commerce ministry official said on Thursday.",
            "The so-called auto-trigger mechanism is New Delhi's answer to fears that cheaper Chinese goods would "
            "flood the Indian market once tariffs come down. India ran a trade deficit of more than $50 billion with "
            "China in the last fiscal year.",
            "\"We have made it clear that we cannot give up on this,\" the official told reporters, asking not to be "
            "named because the negotiations are confidential.",
            "Negotiators from two other RCEP countries said China had pushed back against the proposal, arguing that "
            "it would allow India to reverse its tariff commitments at will.",
            "India is also seeking tighter rules of origin to stop goods from third countries being routed through "
            "partners with lower duties, and wants 2019 rather than 2014 used as the base year for its tariff cuts, "
            "because its own duties have risen since then.",
            "Officials said the safeguard would be taken up again when ministers meet in Bangkok next month.",
        ],
        claims=[
            ("india", "india-drops-safeguard-demand", O, "We have made it clear that we cannot give up on this", True),
            ("china", "india-drops-safeguard-demand", S, "China had pushed back against the proposal", False),
        ],
    ),
    # 003
    dict(
        published="2019-10-04T09:00:00Z", outlet="tideline-wire",
        slug="nationalist-group-plans-protests-against-rcep",
        title="Nationalist group plans protests across India against Asian trade pact",
        paras=[
            "NEW DELHI, Oct 4 (Tideline Wire) - The Swadeshi Jagran Manch, an economic affiliate of the Hindu "
            "nationalist Rashtriya Swayamsevak Sangh, said on Friday it would hold protests across India from Oct. "
            "10 to 20 to press the government to stay out of the Regional Comprehensive Economic Partnership.",
            "Ashwani Mahajan, the group's co-convenor, told a news conference that joining the pact would hand the "
            "Indian market to Chinese manufacturers and wreck millions of small businesses. India must not sign it "
            "under any circumstances, he said.",
            "Mahajan said the group also objected to any cut in duties on milk products, which he said would expose "
            "the country's small dairy farmers to competition from New Zealand and Australia.",
            "The Manch's campaign puts it at odds with Prime Minister Narendra Modi's government, which says it is "
            "negotiating hard to protect domestic interests but has not ruled out signing.",
            "The RSS is the ideological parent of Modi's Bharatiya Janata Party, and the Manch has clashed with the "
            "government before over foreign investment in retail and e-commerce.",
            "Trade unions linked to left-wing parties have announced separate protests for early November, when "
            "leaders are due to meet in Bangkok.",
        ],
        claims=[
            ("farm-dairy-groups", "india-joins-rcep", O, "India must not sign it under any circumstances", True),
            ("farm-dairy-groups", "dairy-in-tariff-cuts", O, "objected to any cut in duties on milk products", True),
            ("india", "india-joins-rcep", C,
             "negotiating hard to protect domestic interests but has not ruled out signing", False),
        ],
    ),
    # 004
    dict(
        published="2019-10-09T11:45:00Z", outlet="eastgate-journal",
        slug="amul-warns-against-rcep-dairy-opening",
        title="Amul warns dairy opening under RCEP would ruin farm families",
        paras=[
            "AHMEDABAD, Oct 9 (Eastgate Journal) - The head of Amul, India's biggest dairy cooperative, urged the "
            "government on Wednesday to keep milk and milk products out of the Regional Comprehensive Economic "
            "Partnership, warning that cheap imports would destroy the livelihoods of rural families.",
            "R.S. Sodhi, managing director of the Gujarat Cooperative Milk Marketing Federation, which sells "
            "products under the Amul brand, said New Zealand alone exports far more milk powder than India's market "
            "could absorb. Any cut in import duties on dairy would be a disaster for the country's roughly 100 "
            "million dairy farmers, he said.",
            "Sodhi said the federation had written to the commerce ministry asking that the entire dairy sector be "
            "placed on India's exclusion list.",
            "The commerce ministry did not respond to a request for comment.",
            "New Zealand, the world's largest dairy exporter, has pressed for better access to the Indian market, "
            "though its trade minister said last month that Wellington understood India's sensitivities.",
            "Dairy is India's largest farm product by value, worth more than rice and wheat combined, and most of "
            "the country's milk comes from smallholders with two or three animals.",
        ],
        claims=[
            ("farm-dairy-groups", "dairy-in-tariff-cuts", O,
             "Any cut in import duties on dairy would be a disaster", True),
        ],
    ),
    # 005 (procedural, no claims)
    dict(
        published="2019-10-10T08:00:00Z", outlet="straits-courier",
        slug="rcep-ministers-gather-in-bangkok",
        title="RCEP ministers gather in Bangkok for final round before summit",
        paras=[
            "BANGKOK, Oct 10 (Straits Courier) - Trade ministers from the 16 countries in the Regional Comprehensive "
            "Economic Partnership talks begin two days of meetings in Bangkok on Friday, their last scheduled session "
            "before leaders gather in the Thai capital in early November.",
            "Officials said the agenda included market access schedules, rules of origin and the legal scrubbing of "
            "chapters already agreed. Of the pact's 20 chapters, several including investment, e-commerce and trade "
            "remedies were still open, according to a draft programme seen by Straits Courier.",
            "Thailand's commerce ministry said the sessions would be held at a hotel on the Chao Phraya river, with "
            "a joint news briefing scheduled for Saturday afternoon.",
            "India's delegation will be led by Commerce and Industry Minister Piyush Goyal, who arrives on Friday "
            "morning. China will be represented by Commerce Minister Zhong Shan and Japan by a senior vice minister, "
            "officials said.",
            "Security around the venue has been tightened, police said, and activist groups in several countries "
            "have said they plan to demonstrate during the leaders' meeting.",
            "Negotiators have met in more than 25 rounds since the talks were launched in Phnom Penh in 2012.",
        ],
        claims=[],
    ),
    # 006 (shift: india conclude-in-2019 conditional -> oppose)
    dict(
        published="2019-10-12T12:30:00Z", outlet="tideline-wire",
        slug="india-will-not-be-rushed-into-rcep",
        title="India says it will not be rushed into Asian trade deal",
        paras=[
            "BANGKOK, Oct 12 (Tideline Wire) - India will not be hurried into closing the Regional Comprehensive "
            "Economic Partnership talks to meet a year-end target, Commerce Minister Piyush Goyal said on Saturday, "
            "after a meeting of the pact's trade ministers failed to settle New Delhi's demands.",
            "Goyal told reporters that a deadline was no reason to accept a bad deal. He said India saw no need to "
            "wrap up the talks this year and would keep negotiating for as long as it took.",
            "The minister added that India still wanted to be part of the agreement if its concerns on market access "
            "and protection against import surges were met.",
            "Thai Commerce Minister Jurin Laksanawisit, who chairs the talks for ASEAN, said the rest of the group "
            "remained determined to conclude the negotiations by November and would not let the timetable slip.",
            "Australian Trade Minister Simon Birmingham said it was important for India to stay at the table, "
            "calling a deal among all 16 members the best outcome for the region.",
            "Officials said ministers had closed two more chapters during the meeting, leaving a handful still open. "
            "Leaders are due to meet on the outskirts of Bangkok on Nov. 4.",
        ],
        claims=[
            ("india", "conclude-in-2019", O, "He said India saw no need to wrap up the talks this year", True),
            ("india", "india-joins-rcep", C, "India still wanted to be part of the agreement if its concerns", True),
            ("asean", "conclude-in-2019", S, "remained determined to conclude the negotiations by November", True),
            ("australia", "india-joins-rcep", S, "calling a deal among all 16 members the best outcome", True),
        ],
    ),
    # 007 (shift: india dairy-in-tariff-cuts conditional -> oppose)
    dict(
        published="2019-10-17T14:00:00Z", outlet="monsoon-ledger",
        slug="india-to-keep-dairy-out-of-rcep",
        title="India to keep dairy out of RCEP tariff cuts, Goyal tells farm groups",
        paras=[
            "NEW DELHI, Oct 17 (Monsoon Ledger) - India will not lower import duties on milk and dairy products "
            "under the Regional Comprehensive Economic Partnership, Commerce and Industry Minister Piyush Goyal told "
            "dairy cooperatives and farm groups on Thursday, according to a ministry statement.",
            "The statement said the dairy sector would be kept outside India's tariff commitments in the pact and "
            "that the interests of farmers would not be compromised.",
            "Earlier in the talks India had signalled that it could phase down some milk-powder duties over a long "
            "period, according to people familiar with the negotiations, an approach that drew fierce criticism "
            "from cooperatives.",
            "R.S. Sodhi of Amul, who attended the meeting, welcomed the assurance but said the cooperative would "
            "wait to see the final text before calling off its campaign against opening the dairy market.",
            "The ministry said Goyal had also assured the groups that India would not sign any agreement that did "
            "not contain effective protection against import surges.",
            "Goyal is due to brief the cabinet before the leaders' summit in Bangkok on Nov. 4.",
        ],
        claims=[
            ("india", "dairy-in-tariff-cuts", O, "India will not lower import duties on milk and dairy products", True),
            ("farm-dairy-groups", "dairy-in-tariff-cuts", O,
             "calling off its campaign against opening the dairy market", True),
            ("india", "india-drops-safeguard-demand", O,
             "India would not sign any agreement that did not contain effective protection", True),
            ("india", "india-joins-rcep", C,
             "India would not sign any agreement that did not contain effective protection", True),
        ],
    ),
    # 008 (speculation, no claims)
    dict(
        published="2019-10-24T07:30:00Z", outlet="eastgate-journal",
        slug="will-modi-sign-analysts-split",
        title="Will Modi sign? Analysts split as RCEP summit nears",
        paras=[
            "NEW DELHI, Oct 24 (Eastgate Journal) - With less than two weeks to go before leaders meet in Bangkok, "
            "economists and diplomats are divided over whether Prime Minister Narendra Modi will put India's name to "
            "the Regional Comprehensive Economic Partnership.",
            "Some analysts expect New Delhi to sign with a long list of exclusions and slow tariff cuts, arguing "
            "that staying out would leave India on the margins of Asian supply chains. Others think the backlash at "
            "home has made a deal too costly politically.",
            "\"My guess is that India will ask for more time,\" said a former trade negotiator who now teaches in "
            "New Delhi. \"Nobody wants to be the one who walks away, but nobody here wants to be blamed for a flood "
            "of Chinese imports either.\"",
            "A commerce ministry spokesman declined to say whether India would sign at the summit, saying only that "
            "negotiations were continuing.",
            "Diplomats from two Southeast Asian countries said they thought the rest of the group might be willing "
            "to let India finish its part of the talks later.",
            "Japan's embassy in New Delhi declined to comment.",
            "India's goods trade deficit with the RCEP countries was about $105 billion in the last fiscal year, "
            "with China accounting for more than half.",
        ],
        claims=[],
    ),
    # 009 (shift: congress india-joins-rcep support -> oppose)
    dict(
        published="2019-11-02T09:30:00Z", outlet="kestrel-news",
        slug="congress-turns-against-rcep",
        title="Congress turns against Asian trade pact its own government launched",
        paras=[
            "NEW DELHI, Nov 2 (Kestrel News) - India's main opposition Congress party came out against the Regional "
            "Comprehensive Economic Partnership on Saturday, with party president Sonia Gandhi saying the pact would "
            "deal a heavy blow to farmers, shopkeepers and small businesses.",
            "Gandhi told a meeting of senior party leaders that India should not sign the agreement and accused the "
            "government of ignoring the damage it would do to the rural economy. The party said it would hold "
            "protests across the country from Nov. 5.",
            "The stance is awkward for the Congress, whose own government under Manmohan Singh launched the "
            "negotiations in 2012 and backed them for years. Former minister Jairam Ramesh said the deal on the "
            "table now bore little resemblance to what had been envisaged then.",
            "Ramesh said dairy farmers would be among the hardest hit if India cut duties on milk powder and butter.",
            "The ruling Bharatiya Janata Party accused the opposition of hypocrisy, and a party spokesman said the "
            "government would protect national interests in the final text.",
            "Prime Minister Narendra Modi leaves for Bangkok later on Saturday for the ASEAN and RCEP summits.",
        ],
        claims=[
            ("congress", "india-joins-rcep", O, "India should not sign the agreement", True),
            ("congress", "dairy-in-tariff-cuts", O,
             "dairy farmers would be among the hardest hit if India cut duties on milk powder", True),
        ],
    ),
    # 010
    dict(
        published="2019-11-02T12:00:00Z", outlet="straits-courier",
        slug="modi-wants-balanced-rcep",
        title="Modi says India wants a balanced RCEP, not a deal at any price",
        paras=[
            "BANGKOK, Nov 2 (Straits Courier) - Indian Prime Minister Narendra Modi said India remained committed to "
            "the Regional Comprehensive Economic Partnership but would join only if the final deal was balanced and "
            "gave every member a fair share of the gains, in an interview with a Thai newspaper published on "
            "Saturday.",
            "Modi, who arrived in Bangkok on Saturday for the ASEAN-India and East Asia summits, said India's large "
            "trade deficits with some partners could not be ignored and that its concerns on goods, services and "
            "investment had to be addressed.",
            "He said he wanted an agreement that worked for India's farmers, workers and consumers alike.",
            "Indian officials travelling with the prime minister said India's demand for an automatic safeguard "
            "against import surges remained on the table and was not negotiable.",
            "Thai Prime Minister Prayuth Chan-ocha, this year's ASEAN chair, hosted leaders at a welcome dinner on "
            "Saturday evening.",
            "The opposition Congress, which has called the pact a blow to India's farmers, plans street protests "
            "while Modi is abroad.",
        ],
        claims=[
            ("india", "india-joins-rcep", C, "would join only if the final deal was balanced", True),
            ("india", "india-drops-safeguard-demand", O,
             "India's demand for an automatic safeguard against import surges remained on the table", True),
            ("congress", "india-joins-rcep", O, "which has called the pact a blow to India's farmers", False),
        ],
    ),
    # 011 (venue, no claims)
    dict(
        published="2019-11-03T06:00:00Z", outlet="eastgate-journal",
        slug="bangkok-hosts-asian-leaders",
        title="Tight security, traffic curbs as Bangkok hosts Asian leaders",
        paras=[
            "BANGKOK, Nov 3 (Eastgate Journal) - Thai police closed roads and deployed thousands of officers around "
            "a convention centre on the northern edge of Bangkok on Sunday as leaders from across Asia and the "
            "Pacific arrived for three days of summits.",
            "Chinese Premier Li Keqiang, Japanese Prime Minister Shinzo Abe and Australian Prime Minister Scott "
            "Morrison were among those landing in the Thai capital over the weekend. Indian Prime Minister Narendra "
            "Modi addressed members of the Indian community at a stadium in the city on Saturday evening.",
            "The ASEAN secretariat said about 1,700 journalists had registered to cover the meetings, which include "
            "the ASEAN summit, the East Asia Summit and a meeting of the 16 countries negotiating the Regional "
            "Comprehensive Economic Partnership.",
            "Organisers said the RCEP leaders' meeting would be held on Monday afternoon, followed by a news "
            "conference if leaders had a statement to issue.",
            "Several Western leaders were absent. U.S. President Donald Trump sent his national security adviser "
            "and his commerce secretary.",
            "Hotels near the venue reported full occupancy, and the city's mass transit operators added extra "
            "trains for the week.",
        ],
        claims=[],
    ),
    # 012
    dict(
        published="2019-11-03T16:30:00Z", outlet="monsoon-ledger",
        slug="last-ditch-rcep-talks-stall",
        title="Last-ditch RCEP talks stall on India's demands",
        paras=[
            "BANGKOK, Nov 3 (Monsoon Ledger) - Ministers from the Regional Comprehensive Economic Partnership "
            "countries met late into Sunday without closing the gaps between India and its partners, officials "
            "said, a day before leaders were due to announce the outcome of seven years of negotiations.",
            "Indian Commerce Minister Piyush Goyal told Indian reporters the automatic safeguard against import "
            "surges was a core demand that India would not trade away. He said India would not sign unless its "
            "concerns were resolved, but gave no sign that a compromise was close.",
            "Two officials from Southeast Asian delegations said Chinese negotiators had again resisted the "
            "mechanism in the form India wanted.",
            "Malaysian Prime Minister Mahathir Mohamad told reporters that the others should go ahead and sign "
            "without India if New Delhi was not ready, saying one country should not hold back the whole group.",
            "An ASEAN official said the chair would decide overnight how to present the result to leaders.",
            "Australian Trade Minister Simon Birmingham said Australia would still much prefer an agreement that "
            "included India.",
            "Leaders meet on Monday afternoon at a convention centre north of the city.",
        ],
        claims=[
            ("india", "india-drops-safeguard-demand", O, "a core demand that India would not trade away", True),
            ("india", "india-joins-rcep", C, "India would not sign unless its concerns were resolved", True),
            ("china", "india-drops-safeguard-demand", S,
             "Chinese negotiators had again resisted the mechanism in the form India wanted", False),
            ("australia", "india-joins-rcep", S,
             "Australia would still much prefer an agreement that included India", True),
        ],
    ),
    # 013 (shift: india india-joins-rcep conditional -> oppose; duplicated by 014)
    dict(
        published="2019-11-04T13:10:00Z", outlet="tideline-wire",
        slug="india-pulls-out-of-rcep",
        title="India pulls out of RCEP as 15 others agree to go ahead",
        paras=[
            "BANGKOK, Nov 4 (Tideline Wire) - India will not join the Regional Comprehensive Economic Partnership, "
            "Prime Minister Narendra Modi told fellow leaders on Monday, saying the agreement in its present form "
            "did not address India's concerns.",
            "Modi said that neither Mahatma Gandhi's talisman, the test of how a decision would affect the poorest "
            "person, nor his own conscience allowed him to sign, according to an account of his remarks released "
            "by Indian officials.",
            "Vijay Thakur Singh, a senior foreign ministry official, told reporters that India's concerns over "
            "safeguards against import surges had not been met.",
            "Thai Prime Minister Prayuth Chan-ocha, speaking as chair, said the other 15 countries had finished "
            "their negotiations on all 20 chapters and would press ahead to sign the pact among themselves in 2020.",
            "A statement issued by the chair said India still had significant outstanding issues and that its final "
            "decision would depend on their satisfactory resolution. Prayuth said all participants would work "
            "together to settle them.",
            "The decision is a blow to hopes of creating a trading bloc spanning half the world's population. India "
            "has a trade deficit with 11 of the other 15 countries.",
        ],
        claims=[
            ("india", "india-joins-rcep", O, "India will not join the Regional Comprehensive Economic Partnership", True),
            ("india", "india-drops-safeguard-demand", O,
             "India's concerns over safeguards against import surges had not been met", True),
            ("asean", "sign-without-india", S, "would press ahead to sign the pact among themselves in 2020", True),
            ("india", "india-joins-rcep", C, "its final decision would depend on their satisfactory resolution", False),
            ("asean", "india-joins-rcep", S, "all participants would work together to settle them", True),
        ],
    ),
    # 014 (duplicate of 013)
    dict(
        published="2019-11-04T15:40:00Z", outlet="straits-courier",
        slug="modi-says-india-will-not-join-rcep",
        title="Modi says India will not join RCEP; rest of group to sign next year",
        paras=[
            "BANGKOK, Nov 4 (Straits Courier) - India will not join the Regional Comprehensive Economic Partnership, "
            "Prime Minister Narendra Modi told the other leaders at a summit on Monday, saying the agreement as it "
            "stands did not address India's concerns.",
            "According to an account of his remarks released by Indian officials, Modi said that neither Mahatma "
            "Gandhi's talisman, the test of how a decision would affect the poorest person, nor his own conscience "
            "allowed him to sign.",
            "Senior foreign ministry official Vijay Thakur Singh told reporters that India's concerns over "
            "safeguards against import surges had not been met.",
            "Speaking as chair, Thai Prime Minister Prayuth Chan-ocha said the other 15 countries had completed "
            "negotiations on all 20 chapters and would press ahead to sign the pact among themselves in 2020.",
            "A statement issued by the chair said India still had significant outstanding issues and that its final "
            "decision would depend on their satisfactory resolution. Prayuth said all participants would work "
            "together to settle them.",
            "The outcome dents hopes of a trading bloc covering half the world's population. India runs a trade "
            "deficit with 11 of the other 15 countries.",
        ],
        claims=[
            ("india", "india-joins-rcep", O, "India will not join the Regional Comprehensive Economic Partnership", True),
            ("india", "india-drops-safeguard-demand", O,
             "India's concerns over safeguards against import surges had not been met", True),
            ("asean", "sign-without-india", S, "would press ahead to sign the pact among themselves in 2020", True),
            ("india", "india-joins-rcep", C, "its final decision would depend on their satisfactory resolution", False),
            ("asean", "india-joins-rcep", S, "all participants would work together to settle them", True),
        ],
    ),
    # 015
    dict(
        published="2019-11-05T08:20:00Z", outlet="kestrel-news",
        slug="congress-farm-groups-claim-victory",
        title="Congress, farm groups claim victory after India stays out of RCEP",
        paras=[
            "NEW DELHI, Nov 5 (Kestrel News) - India's opposition Congress party and farm groups claimed credit on "
            "Tuesday for Prime Minister Narendra Modi's decision to stay out of the Regional Comprehensive Economic "
            "Partnership, while the government said the choice had been made on the merits.",
            "Congress leader Rahul Gandhi said the government had backed down only because of public pressure, and "
            "that the party would fight any attempt to bring the pact back.",
            "The Swadeshi Jagran Manch, which led street protests in October, welcomed the decision and urged the "
            "government to rule out returning to the talks altogether.",
            "Commerce Minister Piyush Goyal told reporters that India had taken a firm decision not to join and that "
            "there was no question of reopening it. He said India would never open its dairy market to the group's "
            "exporters.",
            "Goyal rejected the opposition's claims, saying the Congress-led government had been ready to sign away "
            "Indian interests when it launched the talks in 2012.",
            "Industry groups representing steel, textile and chemical makers also welcomed the decision, while some "
            "exporters said India risked being left out of regional supply chains.",
        ],
        claims=[
            ("congress", "india-joins-rcep", O, "the party would fight any attempt to bring the pact back", True),
            ("farm-dairy-groups", "india-joins-rcep", O,
             "urged the government to rule out returning to the talks altogether", True),
            ("india", "india-joins-rcep", O, "India had taken a firm decision not to join", True),
            ("india", "dairy-in-tariff-cuts", O, "India would never open its dairy market to the group's exporters", True),
        ],
    ),
    # 016 (shift: china india-drops-safeguard-demand support -> conditional)
    dict(
        published="2019-11-05T10:00:00Z", outlet="eastgate-journal",
        slug="china-ready-to-address-india-concerns",
        title="China ready to address India's concerns, hopes it joins RCEP soon",
        paras=[
            "BEIJING, Nov 5 (Eastgate Journal) - China is willing to keep talking with India to resolve the problems "
            "New Delhi raised in the Regional Comprehensive Economic Partnership negotiations, including its worries "
            "about surging imports, the Chinese foreign ministry said on Tuesday.",
            "Spokesman Geng Shuang told a regular briefing that Beijing would approach India's concerns in a spirit "
            "of mutual understanding and accommodation. He said China welcomed India joining the agreement at an "
            "early date.",
            "Chinese negotiators had resisted India's push for an automatic mechanism to raise tariffs when imports "
            "jump, according to officials from other delegations, arguing that it would undermine the pact's tariff "
            "commitments.",
            "Geng declined to say whether China would now accept the mechanism in the form India had proposed.",
            "Modi announced India's decision at the summit in Bangkok on Monday. India's trade deficit with China "
            "was about $53 billion in the 2018-19 fiscal year, by far its largest with any country.",
        ],
        claims=[
            ("china", "india-drops-safeguard-demand", C,
             "would approach India's concerns in a spirit of mutual understanding and accommodation", True),
            ("china", "india-joins-rcep", S, "He said China welcomed India joining the agreement at an early date", True),
        ],
    ),
    # 017
    dict(
        published="2019-11-05T11:30:00Z", outlet="straits-courier",
        slug="australia-japan-keep-door-open-to-india",
        title="Australia, Japan keep door open to India after RCEP setback",
        paras=[
            "CANBERRA, Nov 5 (Straits Courier) - Australia will keep working to bring India into the Regional "
            "Comprehensive Economic Partnership but will not let its absence stop the rest of the group from signing "
            "next year, Trade Minister Simon Birmingham said on Tuesday.",
            "Birmingham told reporters it was disappointing that India had not been able to commit, but that the "
            "door remained open for it to join. He said the 15 countries that had finished the talks should press "
            "ahead and sign the deal in 2020, with or without New Delhi.",
            "Birmingham said China had signalled in Bangkok that it was prepared to look again at India's safeguard "
            "demands.",
            "In Tokyo, Chief Cabinet Secretary Yoshihide Suga said Japan would continue to urge India to take part, "
            "calling its participation important for the region.",
            "Japanese officials declined to say whether Tokyo would sign the pact if India stayed out.",
            "Australia already has free trade agreements with every other RCEP member except India, and officials "
            "have said the pact's main gain for Australian exporters would be a single set of rules of origin "
            "across the region.",
        ],
        claims=[
            ("australia", "india-joins-rcep", S, "the door remained open for it to join", True),
            ("australia", "sign-without-india", S,
             "should press ahead and sign the deal in 2020, with or without New Delhi", True),
            ("china", "india-drops-safeguard-demand", C, "prepared to look again at India's safeguard demands", False),
            ("japan", "india-joins-rcep", S, "Japan would continue to urge India to take part", True),
        ],
    ),
    # 018
    dict(
        published="2019-11-12T09:00:00Z", outlet="monsoon-ledger",
        slug="india-denies-reconsidering-rcep-exit",
        title="India denies it is reconsidering RCEP exit",
        paras=[
            "NEW DELHI, Nov 12 (Monsoon Ledger) - India's commerce ministry on Tuesday denied media reports that New "
            "Delhi was preparing to return to the Regional Comprehensive Economic Partnership talks, saying there "
            "had been no change in its decision not to join.",
            "A ministry statement said India had not dropped any of the concerns it raised during the negotiations, "
            "including its call for an automatic safeguard against surges in imports.",
            "The reports, which cited unnamed diplomats, had suggested that India might come back in exchange for a "
            "longer phase-out period for tariff cuts on Chinese goods.",
            "\"Our position is what the prime minister stated in Bangkok,\" a ministry spokesman said.",
            "Business groups remain divided. The Confederation of Indian Industry has said India should keep "
            "engaging with the group, while steel and textile associations welcomed the decision to stay out.",
            "Japan, which has championed India's participation as a counterweight to China, has said it will keep "
            "trying to persuade New Delhi.",
        ],
        claims=[
            ("india", "india-joins-rcep", O, "no change in its decision not to join", True),
            ("india", "india-drops-safeguard-demand", O,
             "India had not dropped any of the concerns it raised during the negotiations", True),
            ("japan", "india-joins-rcep", S, "has said it will keep trying to persuade New Delhi", False),
        ],
    ),
    # 019 (duplicated by 020)
    dict(
        published="2019-11-22T08:00:00Z", outlet="kestrel-news",
        slug="japan-says-no-rcep-without-india",
        title="Japan says no RCEP without India, will try to win New Delhi back",
        paras=[
            "NEW DELHI, Nov 22 (Kestrel News) - Japan is not considering a Regional Comprehensive Economic "
            "Partnership that leaves out India and will keep trying to persuade New Delhi to come back, a senior "
            "Japanese trade official said in the Indian capital on Friday.",
            "Hideki Makihara, Japan's senior vice minister of economy, trade and industry, told reporters that "
            "Tokyo's priority was to bring India into the agreement, describing its participation as important for "
            "the economic and strategic balance of the region. He said Japan was not thinking about signing the pact "
            "without India.",
            "Makihara said Indian officials had told him that New Delhi still wanted firmer protection against "
            "import surges.",
            "India's commerce ministry said its position was unchanged.",
            "Japan and India hold their first meeting of foreign and defence ministers in New Delhi later this "
            "month, and Prime Minister Shinzo Abe is due to visit India in December.",
            "Diplomats said Japan's stance could complicate plans by the other members to sign next year, since the "
            "pact would lose much of its weight without one of the region's largest economies.",
        ],
        claims=[
            ("japan", "india-joins-rcep", S, "Tokyo's priority was to bring India into the agreement", True),
            ("japan", "sign-without-india", O, "He said Japan was not thinking about signing the pact without India", True),
            ("india", "india-drops-safeguard-demand", O,
             "New Delhi still wanted firmer protection against import surges", False),
            ("india", "india-joins-rcep", O, "India's commerce ministry said its position was unchanged", True),
        ],
    ),
    # 020 (duplicate of 019)
    dict(
        published="2019-11-22T11:20:00Z", outlet="eastgate-journal",
        slug="japan-not-thinking-of-rcep-without-india",
        title="Japan not thinking of RCEP without India, trade official says",
        paras=[
            "NEW DELHI, Nov 22 (Eastgate Journal) - Japan is not considering a Regional Comprehensive Economic "
            "Partnership without India and will keep trying to persuade New Delhi to return, a senior Japanese "
            "trade official said during a visit to the Indian capital on Friday.",
            "Hideki Makihara, senior vice minister of economy, trade and industry, said Tokyo's priority was to "
            "bring India into the agreement, calling its participation important for the region's economic and "
            "strategic balance. He said Japan was not thinking about signing the pact without India.",
            "According to Makihara, Indian officials had told him that New Delhi still wanted firmer protection "
            "against import surges.",
            "India's commerce ministry said its position was unchanged.",
            "The two countries hold their first joint meeting of foreign and defence ministers in New Delhi later "
            "this month, and Prime Minister Shinzo Abe is expected in India in December.",
            "Diplomats said Japan's stance could complicate plans by the other members to sign next year, as the "
            "pact would lose much of its weight without one of the region's largest economies.",
        ],
        claims=[
            ("japan", "india-joins-rcep", S, "Tokyo's priority was to bring India into the agreement", True),
            ("japan", "sign-without-india", O, "He said Japan was not thinking about signing the pact without India", True),
            ("india", "india-drops-safeguard-demand", O,
             "New Delhi still wanted firmer protection against import surges", False),
            ("india", "india-joins-rcep", O, "India's commerce ministry said its position was unchanged", True),
        ],
    ),
    # 021 (procedural, no claims)
    dict(
        published="2019-12-13T07:00:00Z", outlet="tideline-wire",
        slug="abe-calls-off-india-visit",
        title="Abe calls off India visit as protests grip Assam",
        paras=[
            "TOKYO, Dec 13 (Tideline Wire) - Japanese Prime Minister Shinzo Abe has postponed a visit to India "
            "planned for this weekend, the Japanese government said on Friday, after violent protests broke out in "
            "the northeastern city of Guwahati where he was due to meet Prime Minister Narendra Modi.",
            "Chief Cabinet Secretary Yoshihide Suga told a news conference that the two sides had agreed to hold "
            "the summit at a mutually convenient time in the near future. India's foreign ministry said the "
            "decision had been taken jointly.",
            "Protests against a new citizenship law have paralysed parts of Assam state, with a curfew imposed in "
            "Guwahati and train and flight services suspended.",
            "The summit had been expected to cover defence ties, a high-speed rail project and Japanese investment "
            "in India's northeast. Some analysts had expected the two leaders to discuss regional trade as well.",
            "Japan is one of the largest sources of foreign direct investment in India. Abe and Modi last met in "
            "Bangkok on the sidelines of the ASEAN meetings in early November.",
        ],
        claims=[],
    ),
    # 022
    dict(
        published="2020-02-05T10:00:00Z", outlet="straits-courier",
        slug="india-skips-rcep-talks-in-bali",
        title="India skips RCEP talks as others aim to sign in Vietnam",
        paras=[
            "JAKARTA, Feb 5 (Straits Courier) - India did not attend a meeting of Regional Comprehensive Economic "
            "Partnership negotiators on the Indonesian island of Bali this week, officials said on Wednesday, the "
            "first round since New Delhi said in November that it would stay out of the pact.",
            "Indonesia's trade ministry said delegates from 15 countries took part and that legal work on the text "
            "was on schedule.",
            "ASEAN Secretary-General Lim Jock Hoi said the 15 remained committed to signing the agreement this year, "
            "at the leaders' summit Vietnam will host as ASEAN chair. He said the door remained open for India and "
            "that members hoped it would return to the table.",
            "India's commerce ministry declined to say whether it had been invited to the meeting.",
            "An official from one Southeast Asian delegation said negotiators had not discussed India's demands "
            "during the round.",
            "Vietnam took over the rotating chairmanship of ASEAN from Thailand in January.",
        ],
        claims=[
            ("asean", "sign-without-india", S, "the 15 remained committed to signing the agreement this year", True),
            ("asean", "india-joins-rcep", S, "members hoped it would return to the table", True),
        ],
    ),
    # 023
    dict(
        published="2020-05-22T04:30:00Z", outlet="eastgate-journal",
        slug="li-vows-rcep-signing-this-year",
        title="China's Li vows to push for RCEP signing this year",
        paras=[
            "BEIJING, May 22 (Eastgate Journal) - Chinese Premier Li Keqiang said on Friday that China would work to "
            "sign the Regional Comprehensive Economic Partnership this year with its 14 partners, a group that no "
            "longer includes India.",
            "Li made the pledge in his annual government work report to the National People's Congress, which "
            "opened a session in Beijing that had been postponed for more than two months by the coronavirus "
            "outbreak. For the first time in decades, the report set no target for economic growth.",
            "Delegates to the Congress, China's largely ceremonial parliament, are expected to approve the report "
            "next week along with a national security law for Hong Kong.",
            "Li said China would keep opening its economy and would oppose protectionism.",
            "India walked away from the pact at a summit in Bangkok last November, citing the risk of a flood of "
            "Chinese imports. Chinese officials have since said India would be welcome to join whenever it is "
            "ready.",
        ],
        claims=[
            ("china", "sign-without-india", S,
             "work to sign the Regional Comprehensive Economic Partnership this year with its 14 partners", True),
            ("china", "india-joins-rcep", S, "Chinese officials have since said India would be welcome to join", False),
        ],
    ),
    # 024
    dict(
        published="2020-07-09T11:00:00Z", outlet="monsoon-ledger",
        slug="goyal-says-rcep-exit-shielded-industry",
        title="Goyal says staying out of RCEP shielded Indian industry",
        paras=[
            "NEW DELHI, July 9 (Monsoon Ledger) - India was right to stay out of the Regional Comprehensive Economic "
            "Partnership, Commerce Minister Piyush Goyal said on Thursday, arguing that the pact would have opened "
            "the door to even more Chinese goods at a time when ties with Beijing had soured.",
            "Speaking at an industry webinar, Goyal said joining the agreement would have hurt Indian manufacturers "
            "and that the government had no plans to revisit its decision.",
            "Tensions with China have risen sharply since a clash on the disputed Himalayan border in June killed "
            "20 Indian soldiers. New Delhi has since banned dozens of Chinese apps and tightened scrutiny of "
            "investment from China.",
            "Jairam Ramesh of the opposition Congress said the government deserved no credit, since it had turned "
            "away from the deal only under pressure from farmers and his party. He urged it never to reconsider.",
            "Trade economists said India's absence from the pact could make it harder to attract manufacturers "
            "moving production out of China.",
        ],
        claims=[
            ("india", "india-joins-rcep", O, "the government had no plans to revisit its decision", True),
            ("congress", "india-joins-rcep", O, "He urged it never to reconsider", True),
        ],
    ),
    # 025 (shift: japan sign-without-india oppose -> conditional; headline overstates)
    dict(
        published="2020-08-27T12:00:00Z", outlet="tideline-wire",
        slug="japan-backs-signing-rcep-without-india",
        title="Japan gives up on India, backs signing Asian trade pact without it",
        paras=[
            "TOKYO, Aug 27 (Tideline Wire) - Japan is ready to sign the Regional Comprehensive Economic Partnership "
            "with 14 other countries in November even though India has not returned, provided the agreement keeps "
            "a clear path for India to join later, Trade Minister Hiroshi Kajiyama said on Thursday.",
            "Kajiyama spoke after a video conference of the pact's trade ministers hosted by Vietnam, this year's "
            "ASEAN chair. He said Japan still regarded India's participation as essential and would keep urging New "
            "Delhi to come back.",
            "Vietnamese Trade Minister Tran Tuan Anh, who chaired the meeting, said ASEAN wanted the pact signed by "
            "the 15 at the leaders' summit in November.",
            "A statement issued by the chair after the meeting said the door remained open to India, without "
            "spelling out how.",
            "In November last year, a senior Japanese trade official said Tokyo was not thinking about a deal "
            "without India.",
            "India did not take part in the meeting.",
        ],
        claims=[
            ("japan", "sign-without-india", C, "provided the agreement keeps a clear path for India to join later", True),
            ("japan", "india-joins-rcep", S, "Japan still regarded India's participation as essential", True),
            ("asean", "sign-without-india", S,
             "ASEAN wanted the pact signed by the 15 at the leaders' summit in November", True),
            ("asean", "india-joins-rcep", S, "the door remained open to India", True),
        ],
    ),
    # 026
    dict(
        published="2020-11-11T10:30:00Z", outlet="straits-courier",
        slug="rcep-text-cleared-for-signing",
        title="RCEP text cleared for Sunday signing; Australia says India's seat stays open",
        paras=[
            "HANOI, Nov 11 (Straits Courier) - The final text of the Regional Comprehensive Economic Partnership has "
            "been cleared for leaders to sign by video link on Sunday, Vietnam's trade ministry said on Wednesday, a "
            "year after India stepped away from the talks.",
            "Tran Tuan Anh, the Vietnamese trade minister who chairs the talks this year, said the signing would go "
            "ahead as planned with all 15 countries ready to sign.",
            "Australian Trade Minister Simon Birmingham said Australia would sign on Sunday. He said the agreement "
            "would keep a place for India and that Canberra hoped New Delhi would take it.",
            "Officials said ministers were also preparing a separate declaration that would let India join quickly "
            "once the pact takes effect, to be adopted on the day of the signing.",
            "Indian officials have not said whether New Delhi would respond to such an offer.",
            "South Korea's trade ministry said it would seek parliamentary approval soon after the signing, and "
            "officials in several ASEAN capitals said ratification could be completed within a year.",
        ],
        claims=[
            ("asean", "sign-without-india", S,
             "the signing would go ahead as planned with all 15 countries ready to sign", True),
            ("australia", "sign-without-india", S, "Australia would sign on Sunday", True),
            ("australia", "india-joins-rcep", S, "Canberra hoped New Delhi would take it", True),
        ],
    ),
    # 027 (shift: japan sign-without-india conditional -> support; joint declaration of the 15)
    dict(
        published="2020-11-15T09:00:00Z", outlet="tideline-wire",
        slug="fifteen-nations-sign-rcep-without-india",
        title="Fifteen nations sign world's largest trade pact, without India",
        paras=[
            "HANOI, Nov 15 (Tideline Wire) - Fifteen Asia-Pacific countries signed the Regional Comprehensive "
            "Economic Partnership on Sunday, creating the world's biggest trading bloc after eight years of talks, "
            "with India remaining outside.",
            "Leaders took part by video link from their capitals as trade ministers signed copies of the agreement. "
            "Vietnamese Prime Minister Nguyen Xuan Phuc, hosting the virtual summit as ASEAN chair, called the "
            "signing a strong message of support for open trade and multilateralism.",
            "Japanese Prime Minister Yoshihide Suga said Japan had signed the agreement and would work for its early "
            "entry into force. He added that Japan hoped India would return to the pact.",
            "Chinese Premier Li Keqiang said the signing of the deal was a victory for multilateralism and free "
            "trade.",
            "Ministers of the 15 countries, including China, Japan and the ten ASEAN states, also adopted a "
            "declaration that lets India join as soon as the pact takes effect, without the usual waiting period, "
            "and invites it to attend meetings as an observer in the meantime.",
            "India's foreign ministry did not comment.",
            "The pact covers about 2.2 billion people and nearly a third of the world's economic output. It must be "
            "ratified by at least six ASEAN members and three of the other signatories before it takes effect.",
        ],
        claims=[
            ("asean", "sign-without-india", S,
             "called the signing a strong message of support for open trade and multilateralism", True),
            ("japan", "sign-without-india", S,
             "Japan had signed the agreement and would work for its early entry into force", True),
            ("japan", "india-joins-rcep", S, "Japan hoped India would return to the pact", True),
            ("china", "sign-without-india", S,
             "the signing of the deal was a victory for multilateralism and free trade", True),
            ("asean", "india-joins-rcep", S,
             "adopted a declaration that lets India join as soon as the pact takes effect", True),
            ("china", "india-joins-rcep", S,
             "adopted a declaration that lets India join as soon as the pact takes effect", True),
        ],
    ),
    # 028
    dict(
        published="2020-11-15T11:00:00Z", outlet="kestrel-news",
        slug="morrison-hails-rcep",
        title="Morrison hails RCEP, says India welcome to return",
        paras=[
            "CANBERRA, Nov 15 (Kestrel News) - Australian Prime Minister Scott Morrison welcomed the signing of the "
            "Regional Comprehensive Economic Partnership on Sunday, saying the pact would help the region recover "
            "from the pandemic and give Australian exporters a single set of rules across 15 markets.",
            "Trade Minister Simon Birmingham, who signed the agreement on Australia's behalf, said the door remained "
            "open for India and that Australia would welcome it back at any time.",
            "Birmingham said he did not expect the agreement to ease Australia's trade disputes with China, which "
            "this year imposed duties on Australian barley and suspended some beef imports.",
            "New Zealand Prime Minister Jacinda Ardern said the deal would give her country's exporters better "
            "access to markets worth trillions of dollars.",
            "The pact must be ratified by at least six ASEAN members and three other signatories before it enters "
            "into force, which officials expect next year or early in 2022.",
        ],
        claims=[
            ("australia", "sign-without-india", S,
             "welcomed the signing of the Regional Comprehensive Economic Partnership on Sunday", True),
            ("australia", "india-joins-rcep", S, "Australia would welcome it back at any time", True),
        ],
    ),
    # 029
    dict(
        published="2020-11-16T09:30:00Z", outlet="monsoon-ledger",
        slug="india-says-rcep-exit-stands",
        title="India says RCEP exit stands, pact fails its core concerns",
        paras=[
            "NEW DELHI, Nov 16 (Monsoon Ledger) - India's decision to stay out of the Regional Comprehensive "
            "Economic Partnership stands, government officials said on Monday, a day after 15 countries signed the "
            "pact at a virtual summit.",
            "An external affairs ministry spokesman said the agreement did not address India's outstanding concerns, "
            "including protection against surges of imports, and that India's position was unchanged.",
            "External Affairs Minister S. Jaishankar told a conference last week that the pact would have hurt large "
            "parts of Indian industry, without saying whether India might ever reconsider.",
            "The Congress party said it had forced the government's hand a year ago and that India must not be "
            "tempted back by promises of an open door.",
            "Officials said India had not yet replied to the invitation to attend RCEP meetings as an observer.",
            "Indian exporters' groups were split. Some said staying out would cost India a place in regional supply "
            "chains, while others said the priority should be bilateral deals with Australia, the European Union "
            "and Britain.",
        ],
        claims=[
            ("india", "india-drops-safeguard-demand", O,
             "did not address India's outstanding concerns, including protection against surges of imports", True),
            ("india", "india-joins-rcep", O,
             "India's decision to stay out of the Regional Comprehensive Economic Partnership stands", True),
            ("congress", "india-joins-rcep", O, "India must not be tempted back by promises of an open door", True),
        ],
    ),
    # 030
    dict(
        published="2020-11-16T10:45:00Z", outlet="eastgate-journal",
        slug="china-says-rcep-door-open-to-india",
        title="China says RCEP door open to India, ready to discuss its concerns",
        paras=[
            "BEIJING, Nov 16 (Eastgate Journal) - China welcomes India to join the Regional Comprehensive Economic "
            "Partnership and is willing to keep discussing New Delhi's concerns about import surges, Vice Commerce "
            "Minister Wang Shouwen said on Monday.",
            "Wang told reporters in Beijing that the agreement had been drafted to leave room for India and that the "
            "special arrangements adopted for it showed the sincerity of the 15 signatories.",
            "Foreign ministry spokesman Zhao Lijian declined to say whether China had raised the pact with Indian "
            "officials since the border clashes in the Himalayas in June.",
            "Relations between the two neighbours remain strained, and India has restricted Chinese investment and "
            "banned scores of Chinese apps this year.",
            "Analysts in Beijing said India was unlikely to return soon, given the border tensions and New Delhi's "
            "push to reduce its dependence on Chinese supplies.",
            "India's trade deficit with China narrowed this year as imports fell during the pandemic.",
        ],
        claims=[
            ("china", "india-joins-rcep", S, "China welcomes India to join the Regional Comprehensive Economic Partnership", True),
            ("china", "india-drops-safeguard-demand", C,
             "willing to keep discussing New Delhi's concerns about import surges", True),
        ],
    ),
    # 031
    dict(
        published="2020-11-17T08:30:00Z", outlet="straits-courier",
        slug="japan-will-not-give-up-on-india",
        title="Japan will not give up on bringing India into RCEP, Kajiyama says",
        paras=[
            "TOKYO, Nov 17 (Straits Courier) - Japan will not give up on persuading India to join the Regional "
            "Comprehensive Economic Partnership, Trade Minister Hiroshi Kajiyama said on Tuesday, two days after "
            "Tokyo signed the pact with 14 other countries.",
            "Kajiyama told a news conference that signing without India had been the right decision because waiting "
            "any longer would have put the whole agreement at risk.",
            "He said the special arrangements agreed for India were meant to let New Delhi join quickly once it was "
            "ready.",
            "Chief Cabinet Secretary Katsunobu Kato declined to say whether Prime Minister Yoshihide Suga would raise "
            "the pact with Narendra Modi in their next telephone call.",
            "The government plans to submit the agreement to parliament for approval next year.",
            "The pact is Japan's first trade agreement with China and South Korea, its largest and third-largest "
            "trading partners.",
        ],
        claims=[
            ("japan", "india-joins-rcep", S, "Japan will not give up on persuading India to join", True),
            ("japan", "sign-without-india", S, "signing without India had been the right decision", True),
        ],
    ),
    # 032
    dict(
        published="2020-11-20T09:00:00Z", outlet="kestrel-news",
        slug="farm-groups-warn-against-rcep-return",
        title="Indian farm groups warn government against any RCEP return",
        paras=[
            "NEW DELHI, Nov 20 (Kestrel News) - Indian farm and dairy groups on Friday urged the government to rule "
            "out ever joining the Regional Comprehensive Economic Partnership, calling the open invitation extended "
            "by the pact's 15 signatories a trap.",
            "Ashwani Mahajan of the Swadeshi Jagran Manch said any move to rejoin would face protests larger than "
            "last year's.",
            "The Rashtriya Kisan Mahasangh, an umbrella group of farm unions, said the dairy and agriculture sectors "
            "must never be opened to tariff cuts under the pact. It said the government should never drop its demand "
            "for an automatic safeguard against import surges if talks were ever reopened.",
            "Many of the same groups are also mobilising against the government's new farm laws, and some plan to "
            "march on New Delhi next week.",
            "Amul's managing director R.S. Sodhi said milk producers had been spared serious damage by India's "
            "decision last year.",
        ],
        claims=[
            ("farm-dairy-groups", "india-joins-rcep", O, "urged the government to rule out ever joining", True),
            ("farm-dairy-groups", "dairy-in-tariff-cuts", O,
             "dairy and agriculture sectors must never be opened to tariff cuts", True),
            ("farm-dairy-groups", "india-drops-safeguard-demand", O,
             "the government should never drop its demand for an automatic safeguard", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="india", issue="conclude-in-2019", **{"from": C}, to=O, article="006",
         why="Goyal says India sees no need to wrap up the talks this year and will not be hurried by the year-end "
             "target; in 001 he said New Delhi was ready to close them this year provided its worries were met."),
    dict(actor="india", issue="dairy-in-tariff-cuts", **{"from": C}, to=O, article="007",
         why="A ministry statement says India will not lower duties on milk and dairy products and will keep the "
             "sector outside its commitments; the baseline is India's earlier openness to phased dairy cuts."),
    dict(actor="congress", issue="india-joins-rcep", **{"from": S}, to=O, article="009",
         why="Sonia Gandhi says India should not sign; the party's own government launched and backed the talks "
             "from 2012 (baseline), and the article reports the turn explicitly."),
    dict(actor="india", issue="india-joins-rcep", **{"from": C}, to=O, article="013",
         why="Modi tells the Bangkok summit India will not join; until 012 India would sign only if (or would not "
             "sign unless) its concerns were resolved. The chair's statement that India's decision depends on "
             "resolving its issues is a third-party report and does not move the stance."),
    dict(actor="china", issue="india-drops-safeguard-demand", **{"from": S}, to=C, article="016",
         why="The foreign ministry says Beijing will approach India's concerns about import surges with mutual "
             "understanding and accommodation, i.e. it is open to compromise on India's safeguard demand; before "
             "this China wanted the demand dropped (baseline; 002 and 012 only report it, attributed false)."),
    dict(actor="japan", issue="sign-without-india", **{"from": O}, to=C, article="025",
         why="Kajiyama says Japan is ready to sign with the other 14 provided India keeps a clear path to join; in "
             "019 Makihara said Japan was not thinking of signing without India."),
    dict(actor="japan", issue="sign-without-india", **{"from": C}, to=S, article="027",
         why="Suga says Japan has signed the agreement without India and will work for its entry into force, with "
             "no condition attached; in 025 Japan's readiness was conditional."),
]

DUPLICATES = [("013", "014"), ("019", "020")]

DATELINE_MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
                   9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def article_id(i):
    return "%03d" % (i + 1)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build_records():
    records = []
    for i, a in enumerate(ARTICLES):
        dt = parse_dt(a["published"])
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        records.append({
            "id": article_id(i),
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url,
            "title": a["title"],
            "text": "\n\n".join(a["paras"]),
        })
    return records


def build_labels(records):
    claims = {}
    for rec, a in zip(records, ARTICLES):
        claims[rec["id"]] = [
            {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": att}
            for (ac, iss, st, q, att) in a["claims"]
        ]
    shift_articles = {s["article"] for s in SHIFTS}
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    shifts = [{k: s[k] for k in ("actor", "issue", "from", "to", "article", "why")} for s in SHIFTS]
    return {"claims": claims, "shifts": shifts, "no_alert_articles": no_alert}


def rfc822(s):
    return format_datetime(parse_dt(s), usegmt=True)


def build_feed(slug, name, recs):
    recs = sorted(recs, key=lambda r: r["published"], reverse=True)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        "    <title>%s</title>" % escape(name),
        "    <link>https://example.org/%s/</link>" % slug,
        "    <description>%s: fictional outlet for the shiftwatch evaluation set rcep-india-2019</description>"
        % escape(name),
        "    <language>en</language>",
        "    <lastBuildDate>%s</lastBuildDate>" % rfc822(recs[0]["published"]),
    ]
    for r in recs:
        out += [
            "    <item>",
            "      <title>%s</title>" % escape(r["title"]),
            "      <link>%s</link>" % escape(r["url"]),
            '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
            "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
            "      <description>%s</description>" % escape(r["text"]),
            "    </item>",
        ]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def read_watchlist():
    """Minimal reader for watchlist.yaml (stdlib only): actor ids, issue ids, baseline entries, issue fields."""
    path = os.path.join(HERE, "watchlist.yaml")
    section = None
    actors, issues, baseline = [], [], []
    issue_fields = {}
    current_issue = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    (actors if section == "actors" else issues).append(m.group(1))
                    if section == "issues":
                        current_issue = m.group(1)
                        issue_fields[current_issue] = ["id"]
                    continue
                m = re.match(r"^    (\w+):", line)
                if m and section == "issues":
                    issue_fields[current_issue].append(m.group(1))
            elif section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}\s*$", line)
                if m:
                    baseline.append(m.groups())
                else:
                    raise SystemExit("unparsed baseline line: %r" % line)
    return actors, issues, baseline, issue_fields


def recompute_shifts(labels, baseline, order):
    prevailing = {(a, i): s for (a, i, s) in baseline}
    shifts = []
    for aid in order:
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], aid))
            prevailing[key] = c["stance"]
    return shifts


def validate(records, labels):
    errors = []
    actors, issues, baseline, issue_fields = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for iss, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            errors.append("issue %s has fields %s" % (iss, fields))
    for (a, i, s) in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            errors.append("bad baseline entry %s/%s/%s" % (a, i, s))

    # ids in publication order
    for n, r in enumerate(records):
        if r["id"] != article_id(n):
            errors.append("id out of sequence: %s" % r["id"])
        if n and not records[n - 1]["published"] < r["published"]:
            errors.append("%s not published after %s" % (r["id"], records[n - 1]["id"]))
    if not 30 <= len(records) <= 34:
        errors.append("need 30-34 articles, have %d" % len(records))

    # text: word count and dateline
    for r in records:
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s has %d words" % (r["id"], words))
        dt = parse_dt(r["published"])
        pat = r"^[A-Z][A-Z .'-]*, %s %d \(%s\) - " % (DATELINE_MONTHS[dt.month], dt.day, re.escape(r["source"]))
        if not re.match(pat, r["text"]):
            errors.append("%s: bad dateline %r" % (r["id"], r["text"][:60]))
        if '"' in r["title"]:
            pass

    # claims
    texts = {r["id"]: r["text"] for r in records}
    if sorted(labels["claims"]) != sorted(texts):
        errors.append("claims keys do not cover all articles")
    total = 0
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            total += 1
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in texts[aid]:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
            key = (c["actor"], c["issue"], c["stance"], c["attributed"])
            if key in seen:
                errors.append("%s: duplicate claim %s" % (aid, key))
            seen.add(key)
    if not 60 <= total <= 90:
        errors.append("need 60-90 claims, have %d" % total)

    # duplicates carry identical claims and are published later the same day by another outlet
    recmap = {r["id"]: r for r in records}
    for a, b in DUPLICATES:
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if strip(labels["claims"][a]) != strip(labels["claims"][b]):
            errors.append("duplicates %s/%s differ in claims" % (a, b))
        if recmap[a]["published"][:10] != recmap[b]["published"][:10] or recmap[a]["source"] == recmap[b]["source"]:
            errors.append("duplicates %s/%s not same day / different outlet" % (a, b))

    # shifts
    order = [r["id"] for r in records]
    recomputed = recompute_shifts(labels, baseline, order)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [aid for aid in order if aid not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")

    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        p = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if p.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, p.stderr.strip()))
    return errors


def summary(records, labels):
    from collections import Counter
    stances = Counter(c["stance"] for cl in labels["claims"].values() for c in cl)
    unattr = sum(1 for cl in labels["claims"].values() for c in cl if not c["attributed"])
    empty = [k for k, v in labels["claims"].items() if not v]
    outlets = Counter(r["source"] for r in records)
    words = [len(r["text"].split()) for r in records]
    print("articles: %d (words %d-%d)" % (len(records), min(words), max(words)))
    print("outlets: %s" % dict(outlets))
    print("claims: %d %s; attributed false: %d" % (sum(stances.values()), dict(stances), unattr))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), sorted({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % empty)


def main():
    records = build_records()
    labels = build_labels(records)
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for r in records:
        with open(os.path.join(HERE, "articles", r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(r, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        recs = [r for r in records if r["source"] == name]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write(build_feed(slug, name, recs))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    errors = validate(records, labels)
    summary(records, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
