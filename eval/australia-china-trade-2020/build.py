#!/usr/bin/env python3
"""Build the blind shiftwatch evaluation set australia-china-trade-2020.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result against watchlist.yaml (see README.md). Exits non-zero on
any validation error.
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
    "ironbark-wire": "Ironbark Wire",
    "coral-sea-courier": "Coral Sea Courier",
    "jade-gate-journal": "Jade Gate Journal",
    "saltbush-ledger": "Saltbush Ledger",
    "southerly-times": "Southerly Times",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2020-04-19T03:30:00Z",
        outlet="ironbark-wire",
        slug="australia-calls-for-independent-virus-inquiry",
        title="Australia calls for independent inquiry into coronavirus origins",
        text="""CANBERRA, April 19 (Ironbark Wire) - Australia will press for an independent international investigation into how the coronavirus pandemic began and how it spread, Foreign Minister Marise Payne said on Sunday, adding that concerns about the transparency of China's early handling of the outbreak were acute.

Payne told a television interview that the review should examine the origins of the virus, the first weeks of the response in Wuhan and the performance of the World Health Organization. She said Australia would insist on an independent review, because an agency examining its own conduct could not be expected to reach credible findings.

She did not say which countries had signed up to the idea. Officials in Canberra said the government expected to raise it with partners in the coming weeks.

Washington, which has also called for an investigation into the outbreak, is likely to welcome the move. Relations between Australia and China, its largest trading partner, have been strained since Canberra passed foreign interference laws in 2018 and excluded Huawei from its 5G network.

There was no immediate response from Beijing.""",
        claims=[
            ("australia", "covid-inquiry", S, "Australia would insist on an independent review", True),
            ("usa", "covid-inquiry", S, "Washington, which has also called for an investigation into the outbreak", False),
        ],
    ),
    # 002
    dict(
        published="2020-04-21T10:00:00Z",
        outlet="jade-gate-journal",
        slug="china-rejects-australian-virus-inquiry-call",
        title="China rejects Australian call for virus inquiry as political",
        text="""BEIJING, April 21 (Jade Gate Journal) - China on Tuesday dismissed Australia's call for an independent investigation into the origins of the coronavirus, saying the proposal was politically driven and would distract from the global fight against the disease.

Foreign ministry spokesman Geng Shuang told a regular briefing that talk of an inquiry ignored the efforts China had made and lacked any factual basis. He said Beijing would not accept what he described as attempts to shift the blame, and urged Canberra to concentrate on cooperation instead.

In Washington, Secretary of State Mike Pompeo said on Monday that the United States backed a full investigation and wanted international experts to be given access to laboratories in Wuhan.

A spokesman for Australian Prime Minister Scott Morrison declined to say whether the idea had been raised directly with Chinese leaders.

Diplomats in Canberra said the strength of Beijing's reaction had taken some officials by surprise, and some questioned whether the proposal could gather enough support at next month's World Health Assembly.""",
        claims=[
            ("china", "covid-inquiry", O, "China on Tuesday dismissed Australia's call for an independent investigation", True),
            ("usa", "covid-inquiry", S, "the United States backed a full investigation", True),
        ],
    ),
    # 003
    dict(
        published="2020-04-27T02:00:00Z",
        outlet="coral-sea-courier",
        slug="chinese-envoy-warns-of-consumer-backlash",
        title="Chinese envoy warns of consumer backlash over Australian virus inquiry push",
        text="""CANBERRA, April 27 (Coral Sea Courier) - China's ambassador to Australia, Cheng Jingye, has warned that Chinese consumers could turn away from Australian wine and beef, and that students and tourists could think twice about coming, if Canberra keeps pushing for an inquiry into the coronavirus.

In a newspaper interview published on Monday, Cheng called the proposal for an independent investigation politically motivated and said it was dangerous. He said ordinary Chinese people were frustrated and upset by Australia's stance.

Trade Minister Simon Birmingham said Australia would not change its position on a major public health issue because of threats of economic coercion. Foreign Minister Marise Payne said the government would keep pressing for the review and rejected any suggestion that trade pressure was an appropriate response.

Labor's foreign affairs spokeswoman, Penny Wong, said the opposition also wanted an inquiry but accused the government of announcing it before building support among allies.

The head of Australia's foreign affairs department telephoned the ambassador to discuss his remarks. Neither side gave details of the conversation.""",
        claims=[
            ("chinese-embassy", "covid-inquiry", O, "called the proposal for an independent investigation politically motivated", True),
            ("australia", "covid-inquiry", S, "the government would keep pressing for the review", True),
        ],
    ),
    # 004 (duplicate of 003)
    dict(
        published="2020-04-27T05:45:00Z",
        outlet="saltbush-ledger",
        slug="chinas-ambassador-warns-of-boycott",
        title="China's ambassador warns Australia of boycott over virus inquiry",
        text="""CANBERRA, April 27 (Saltbush Ledger) - Cheng Jingye, China's ambassador in Canberra, has warned that Chinese shoppers may shun Australian wine and beef, and that students and tourists may reconsider their plans, if Australia keeps pushing for an investigation into the coronavirus.

In an interview with a newspaper published on Monday, Cheng called the proposal for an independent investigation politically motivated and described it as dangerous. Ordinary Chinese people, he said, were frustrated and upset by Australia's position.

Trade Minister Simon Birmingham responded that Australia would not shift its position on a major public health issue in the face of economic coercion. Foreign Minister Marise Payne said the government would keep pressing for the review and rejected any suggestion that trade threats were an appropriate response.

Penny Wong, Labor's foreign affairs spokeswoman, said the opposition also supported an inquiry but accused the government of going public before it had lined up support from allies.

The ambassador received a telephone call from the head of Australia's foreign affairs department about his comments. Neither side gave details.""",
        claims=[
            ("chinese-embassy", "covid-inquiry", O, "called the proposal for an independent investigation politically motivated", True),
            ("australia", "covid-inquiry", S, "the government would keep pressing for the review", True),
        ],
    ),
    # 005
    dict(
        published="2020-05-12T06:00:00Z",
        outlet="ironbark-wire",
        slug="china-halts-beef-from-four-abattoirs",
        title="China halts beef imports from four Australian abattoirs",
        text="""CANBERRA, May 12 (Ironbark Wire) - China has suspended beef imports from four of Australia's largest meat processing plants, citing problems with labelling and health certificates, in a move that deepens trade tensions between the two countries.

China's General Administration of Customs said the plants had repeatedly breached inspection and quarantine requirements and that their shipments would be blocked. The four abattoirs account for roughly a third of Australia's beef exports to China.

Trade Minister Simon Birmingham said the problems appeared to be highly technical and that Australia wanted the suspensions lifted as quickly as possible so the plants could resume exports. He said officials were working with their Chinese counterparts to resolve the issue.

Asked whether the move was linked to Australia's push for an inquiry into the coronavirus, Birmingham declined to say, adding that he would not speculate on Beijing's motives.

China is also due to rule soon in its anti-dumping investigation into Australian barley, which growers fear could bring steep tariffs. Analysts said Beijing might be using trade to signal its displeasure without saying so openly.""",
        claims=[
            ("china", "end-informal-bans", O, "their shipments would be blocked", True),
            ("australia", "end-informal-bans", S, "Australia wanted the suspensions lifted as quickly as possible", True),
        ],
    ),
    # 006
    dict(
        published="2020-05-18T09:30:00Z",
        outlet="jade-gate-journal",
        slug="china-imposes-80-percent-barley-duties",
        title="China slaps 80% duties on Australian barley",
        text="""BEIJING, May 18 (Jade Gate Journal) - China will impose duties totalling 80.5 percent on barley imported from Australia from Tuesday, the commerce ministry said, concluding an investigation that began in 2018.

The ministry said Australian barley had been sold in China below fair value and with the help of government subsidies, harming Chinese growers. It set an anti-dumping duty of 73.6 percent and an anti-subsidy duty of 6.9 percent, both to run for five years.

Australian Trade Minister Simon Birmingham said Canberra rejected the findings, was deeply disappointed and wanted the duties removed. He said Australia had not ruled out an appeal to the World Trade Organization but would first study the decision.

Grain Producers Australia, which represents growers, called for the duties to be scrapped, saying farmers had done nothing wrong and had been caught up in a dispute that was not of their making.

China buys more than half of Australia's barley exports, a trade worth up to A$1.5 billion in some years. Traders said cargoes already at sea faced an uncertain reception.""",
        claims=[
            ("china", "lift-barley-duties", O, "China will impose duties totalling 80.5 percent on barley imported from Australia", True),
            ("australia", "lift-barley-duties", S, "Canberra rejected the findings, was deeply disappointed and wanted the duties removed", True),
            ("grain-producers", "lift-barley-duties", S, "called for the duties to be scrapped", True),
        ],
    ),
    # 007
    dict(
        published="2020-05-18T14:30:00Z",
        outlet="coral-sea-courier",
        slug="xi-backs-who-led-review-once-contained",
        title="Xi backs WHO-led review of pandemic once outbreak is contained",
        text="""BEIJING, May 18 (Coral Sea Courier) - Chinese President Xi Jinping said on Monday that China would back a WHO-led review of the pandemic once the outbreak was under control, softening Beijing's public resistance to an inquiry.

Speaking by video to the opening of the World Health Assembly, Xi said any such evaluation should be comprehensive, based on science, and carried out in an objective and impartial way. He said China had acted with openness and transparency throughout, and pledged $2 billion over two years to help countries hit by the virus.

A draft resolution backed by more than 100 countries, including Australia and the member states of the European Union, calls for an independent evaluation of the international response. Diplomats expect it to be adopted without a vote on Tuesday.

Australian officials declined to say whether they regarded Xi's terms as acceptable.

Some analysts in Geneva said Beijing had moved to avoid isolation at the assembly, while others said the timing and the leading role Xi set out for the WHO would give China considerable influence over any review.""",
        claims=[
            ("china", "covid-inquiry", C, "China would back a WHO-led review of the pandemic once the outbreak was under control", True),
            ("australia", "covid-inquiry", S, "A draft resolution backed by more than 100 countries, including Australia", False),
        ],
    ),
    # 008
    dict(
        published="2020-05-19T07:00:00Z",
        outlet="saltbush-ledger",
        slug="embassy-mocks-australian-claim-of-inquiry-win",
        title="Beijing mocks Australia's claim of victory on virus inquiry",
        text="""CANBERRA, May 19 (Saltbush Ledger) - The Chinese embassy in Canberra on Tuesday ridiculed suggestions that the World Health Assembly's resolution on the pandemic vindicated Australia, saying the text was nothing like Canberra's proposal for an independent inquiry.

In a statement posted on its website, the embassy said it was "a joke" for anyone in Australia to claim the resolution as a win. It repeated its objection to Australia's call for an investigation, which it described as a political manoeuvre.

The resolution, adopted by consensus in Geneva, asks the WHO to begin an impartial and independent evaluation of the international response at the earliest appropriate moment.

Prime Minister Scott Morrison said the outcome was what Australia had been seeking and that he welcomed the global backing for an independent review. He said he was not interested in a dispute with China over who deserved the credit.

Agriculture Minister David Littleproud said separately that the government was still studying China's barley decision and had not yet settled on its next step.""",
        claims=[
            ("chinese-embassy", "covid-inquiry", O, "It repeated its objection to Australia's call for an investigation", True),
            ("australia", "covid-inquiry", S, "he welcomed the global backing for an independent review", True),
        ],
    ),
    # 009 (no claims)
    dict(
        published="2020-08-18T08:00:00Z",
        outlet="southerly-times",
        slug="china-opens-anti-dumping-probe-into-australian-wine",
        title="China opens anti-dumping probe into Australian wine",
        text="""CANBERRA, Aug 18 (Southerly Times) - China's commerce ministry has opened an anti-dumping investigation into wine imported from Australia, the industry's most valuable export market, following a complaint from a Chinese drinks industry association.

The investigation covers wine in containers of two litres or less, which makes up most of the trade, and is expected to take a year, although it can be extended. The ministry said interested parties would be able to register and present evidence.

Exports of Australian wine to China were worth about A$1.1 billion in the year to June. Shares in Treasury Wine Estates, the largest listed producer, fell sharply in Sydney trading.

Australian Grape and Wine, the national industry body, said it was studying the notice and would take part in the process. Trade Minister Simon Birmingham said officials were seeking details of the complaint and would brief winemakers this week.

Lawyers who have worked on Chinese trade cases noted that the barley investigation had taken 18 months, and said it was too early to guess at the likely result.""",
        claims=[],
    ),
    # 010
    dict(
        published="2020-11-03T05:00:00Z",
        outlet="ironbark-wire",
        slug="traders-say-china-to-block-australian-exports",
        title="Traders say China set to block seven Australian exports",
        text="""CANBERRA, Nov 3 (Ironbark Wire) - Chinese customs officers have been told to stop clearing several Australian products from Friday, including coal, timber, lobster, copper ore and wine, according to traders and industry sources in both countries.

Traders said importers had been verbally instructed by Chinese authorities to halt purchases, and that no written notice had been issued. Live lobster shipments have already been held up at Shanghai's airport in recent days.

Trade Minister Simon Birmingham said Australia expected China to honour its free trade commitments and called on Beijing to let the stranded cargoes through and treat Australian goods without discrimination. Australia's embassy in Beijing had asked Chinese officials to explain the reports, he said, but had not yet received an answer.

At a briefing in Beijing, foreign ministry spokesman Wang Wenbin said he was not aware of any such instruction and referred questions to the customs authorities.

Australian exporters of the affected goods sold about A$6 billion worth to China last year. Industry groups said uncertainty alone was enough to stop buyers from placing new orders.""",
        claims=[
            ("australia", "end-informal-bans", S, "called on Beijing to let the stranded cargoes through", True),
            ("china", "end-informal-bans", O, "importers had been verbally instructed by Chinese authorities to halt purchases", False),
        ],
    ),
    # 011
    dict(
        published="2020-11-18T11:00:00Z",
        outlet="coral-sea-courier",
        slug="chinese-embassy-hands-over-14-grievances",
        title="Chinese embassy hands over list of 14 grievances against Australia",
        text="""CANBERRA, Nov 18 (Coral Sea Courier) - The Chinese embassy in Canberra has given Australian journalists a list of 14 grievances that it blames for the collapse in relations between the two countries, in an unusually blunt intervention.

The document, handed over by an embassy official, criticises Australia's foreign interference laws, its exclusion of Huawei from the 5G network, its blocking of Chinese investments, government funding for a think tank it calls anti-China, and statements on Hong Kong, Taiwan and Xinjiang. It also faults Canberra for leading the push for an independent inquiry into the coronavirus, which the embassy described as a political attack on China.

The official said Beijing was angry and made clear that Australia needed to address the issues on the list. He said the freeze on contact between ministers would not end unless Canberra changed course.

Ministers from the two countries have not spoken since early this year, when the row over the coronavirus inquiry began.

The embassy did not publish the list on its website.""",
        claims=[
            ("chinese-embassy", "meet-14-grievances", S, "made clear that Australia needed to address the issues on the list", True),
            ("chinese-embassy", "covid-inquiry", O, "which the embassy described as a political attack on China", True),
            ("chinese-embassy", "resume-ministerial-dialogue", C, "the freeze on contact between ministers would not end unless Canberra changed course", True),
        ],
    ),
    # 012
    dict(
        published="2020-11-19T09:00:00Z",
        outlet="jade-gate-journal",
        slug="morrison-rejects-list-beijing-says-onus-on-canberra",
        title="Morrison rejects Chinese list; Beijing says onus is on Canberra",
        text="""CANBERRA, Nov 19 (Jade Gate Journal) - Prime Minister Scott Morrison said on Thursday that Australia would not change its laws or policies to satisfy a list of grievances circulated by the Chinese embassy, saying the country would always set its own rules.

Morrison said the issues on the list reflected decisions Australia had taken in its own interest, including on foreign investment and on 5G networks, and that he would not compromise on them.

In Beijing, foreign ministry spokesman Zhao Lijian told reporters that Australia should reflect on its behaviour and correct its mistakes rather than blame China for the state of relations. He said dialogue between ministers could resume only if Canberra took concrete steps to rebuild trust, and that the responsibility lay entirely with the Australian side.

The embassy's list has dominated political debate in Canberra this week. Opposition leader Anthony Albanese said the government needed a clearer strategy for managing the relationship, and business groups urged both sides to lower the temperature.

Some former diplomats said neither government appeared ready to make the first move.""",
        claims=[
            ("australia", "meet-14-grievances", O, "Australia would not change its laws or policies to satisfy a list of grievances", True),
            ("china", "meet-14-grievances", S, "Australia should reflect on its behaviour and correct its mistakes", True),
            ("china", "resume-ministerial-dialogue", C, "dialogue between ministers could resume only if Canberra took concrete steps", True),
        ],
    ),
    # 013
    dict(
        published="2020-11-27T08:00:00Z",
        outlet="saltbush-ledger",
        slug="china-imposes-wine-duties-of-up-to-212-percent",
        title="China imposes wine duties of up to 212% on Australia",
        text="""CANBERRA, Nov 27 (Saltbush Ledger) - China will impose temporary anti-dumping duties of between 107 percent and 212 percent on Australian wine from Saturday, its commerce ministry said, a move that industry leaders say will make most of the trade unviable.

The ministry said a preliminary finding showed Australian wine had been dumped on the Chinese market, causing substantial damage to local producers. Importers will have to lodge deposits at the new rates while the investigation continues.

Trade Minister Simon Birmingham said the duties were unjustified and that Australia wanted them withdrawn. He said the government would consider all options, including the World Trade Organization.

Australian Grape and Wine chief executive Tony Battaglene said the decision was devastating for producers who had spent years building the Chinese market, and called on Beijing to remove the duties.

China took about 39 percent of Australia's wine exports by value in the past year. Shares in Treasury Wine Estates were halted ahead of an announcement to the stock exchange.""",
        claims=[
            ("china", "lift-wine-duties", O, "China will impose temporary anti-dumping duties of between 107 percent and 212 percent", True),
            ("australia", "lift-wine-duties", S, "the duties were unjustified and that Australia wanted them withdrawn", True),
            ("australian-grape-wine", "lift-wine-duties", S, "called on Beijing to remove the duties", True),
        ],
    ),
    # 014
    dict(
        published="2020-12-16T02:00:00Z",
        outlet="ironbark-wire",
        slug="australia-takes-barley-duties-to-wto",
        title="Australia takes China's barley duties to the WTO",
        text="""CANBERRA, Dec 16 (Ironbark Wire) - Australia will ask the World Trade Organization to review China's 80.5 percent duties on Australian barley, Trade Minister Simon Birmingham said on Wednesday, launching the first formal dispute between the two countries since relations soured.

Birmingham said Australia would lodge a request for consultations in Geneva, the first step in the WTO's dispute process, after China failed to respond to its concerns.

Grain Producers Australia said it backed the decision to take the case to Geneva and that growers had been left with no other choice. The group said it still wanted the duties removed as soon as possible so that farmers could regain access to what had been their largest market.

A dispute at the WTO can take years to resolve, and the body's appeals court has been unable to function since the United States blocked appointments to it last year.

China's commerce ministry said it had received notice of the request and would handle it in line with WTO rules.""",
        claims=[
            ("australia", "suspend-barley-wto-case", O, "Australia will ask the World Trade Organization to review China's 80.5 percent duties", True),
            ("grain-producers", "suspend-barley-wto-case", O, "backed the decision to take the case to Geneva", True),
            ("grain-producers", "lift-barley-duties", S, "still wanted the duties removed as soon as possible", True),
        ],
    ),
    # 015
    dict(
        published="2021-03-16T22:00:00Z",
        outlet="southerly-times",
        slug="us-tells-china-ties-wont-improve-while-australia-coerced",
        title="US tells China relations won't improve while Australia is coerced",
        text="""WASHINGTON, March 16 (Southerly Times) - The United States has told Chinese officials that relations between Washington and Beijing will not improve while China keeps up its economic pressure on Australia, White House Indo-Pacific coordinator Kurt Campbell said in an interview published on Tuesday.

Campbell said the Biden administration would not leave Australia to face the pressure alone and wanted Beijing to lift the informal curbs it has placed on Australian coal, timber, lobster and other goods. He described the measures as economic coercion aimed at a close ally.

China has denied that it is targeting Australian goods, saying customs checks are routine.

Chinese and US officials are due to meet in Alaska this week, their first high-level talks since President Joe Biden took office. Campbell is expected to attend.

Analysts in Canberra said the comments were a signal that the new administration would treat the dispute as a test of its alliances, though they doubted Beijing would change course quickly.""",
        claims=[
            ("usa", "end-informal-bans", S, "wanted Beijing to lift the informal curbs it has placed on Australian coal, timber, lobster", True),
        ],
    ),
    # 016
    dict(
        published="2021-03-26T07:30:00Z",
        outlet="coral-sea-courier",
        slug="china-locks-in-wine-duties-for-five-years",
        title="China locks in wine duties for five years",
        text="""CANBERRA, March 26 (Coral Sea Courier) - China will impose anti-dumping duties of up to 218 percent on Australian wine for five years from Sunday, the commerce ministry said on Friday, making permanent the temporary measures that have all but halted the trade.

The final ruling sets rates of between 116 percent and 218 percent depending on the producer. The ministry said its investigation had established that Australian wine was dumped and that Chinese winemakers had suffered material damage as a result.

Trade Minister Dan Tehan said the government rejected the finding and would keep working to have the duties lifted. He said Australia was weighing whether to take the matter to the World Trade Organization.

Australian Grape and Wine said it was disappointed but not surprised. Chief executive Tony Battaglene said winemakers had already shifted sales to other markets, but that the industry still wanted the duties removed.

Wine exports to China fell from about A$1.1 billion a year to almost nothing in the months after the temporary duties took effect in November.""",
        claims=[
            ("china", "lift-wine-duties", O, "China will impose anti-dumping duties of up to 218 percent on Australian wine", True),
            ("australia", "lift-wine-duties", S, "would keep working to have the duties lifted", True),
            ("australian-grape-wine", "lift-wine-duties", S, "the industry still wanted the duties removed", True),
        ],
    ),
    # 017
    dict(
        published="2021-05-06T08:00:00Z",
        outlet="jade-gate-journal",
        slug="china-suspends-economic-dialogue-with-australia",
        title="China suspends economic dialogue with Australia indefinitely",
        text="""BEIJING, May 6 (Jade Gate Journal) - China has indefinitely suspended all activity under its Strategic Economic Dialogue with Australia, the main ministerial forum for economic talks between the two countries, its state planning agency said on Thursday.

The National Development and Reform Commission said some Australian officials had set out to disrupt normal cooperation out of a Cold War mindset and ideological bias, and that China was therefore halting the dialogue for the foreseeable future.

The dialogue, which brings together the commission's chairman and Australian ministers, has not met since 2017.

Trade Minister Dan Tehan said the decision was disappointing and that Australia remained willing to hold talks at ministerial level whenever China was ready. He said the door was open.

The move follows Canberra's decision last month to cancel two agreements that the state of Victoria had signed under China's Belt and Road Initiative.

Analysts said the suspension was largely symbolic given that the forum had been dormant for years, but that it showed Beijing had no intention of restoring ministerial contact soon.""",
        claims=[
            ("china", "resume-ministerial-dialogue", O, "China has indefinitely suspended all activity under its Strategic Economic Dialogue with Australia", True),
            ("australia", "resume-ministerial-dialogue", S, "Australia remained willing to hold talks at ministerial level whenever China was ready", True),
        ],
    ),
    # 018
    dict(
        published="2021-06-21T09:00:00Z",
        outlet="saltbush-ledger",
        slug="australia-launches-wto-case-over-wine-duties",
        title="Australia launches WTO case over China's wine duties",
        text="""CANBERRA, June 21 (Saltbush Ledger) - Australia has lodged a second complaint with the World Trade Organization against China, this time over the duties of up to 218 percent that Beijing imposed on Australian wine.

Trade Minister Dan Tehan, who announced the step over the weekend, said Australia wanted the duties removed and believed they breached China's obligations under global trade rules. He said Australia was pursuing the case alongside its existing dispute over barley.

Australian Grape and Wine said it fully supported the government's decision and wanted the duties lifted, and that it hoped the case would help restore access to a market once worth more than A$1 billion a year.

In Beijing, foreign ministry spokesman Wang Wenbin said on Monday that China's measures were consistent with Chinese law and WTO rules and would not be changed because of pressure. He said Australia should do more to improve relations.

WTO dispute panels typically take more than a year to issue a ruling, and either side can appeal.""",
        claims=[
            ("australia", "lift-wine-duties", S, "Australia wanted the duties removed", True),
            ("australia", "suspend-barley-wto-case", O, "Australia was pursuing the case alongside its existing dispute over barley", True),
            ("australian-grape-wine", "lift-wine-duties", S, "fully supported the government's decision and wanted the duties lifted", True),
            ("china", "lift-wine-duties", O, "would not be changed because of pressure", True),
        ],
    ),
    # 019 (no claims)
    dict(
        published="2022-05-22T04:00:00Z",
        outlet="southerly-times",
        slug="albanese-wins-election-analysts-see-china-opening",
        title="Albanese wins Australian election; analysts see chance of China thaw",
        text="""SYDNEY, May 22 (Southerly Times) - Labor leader Anthony Albanese will be sworn in as Australia's prime minister on Monday after his party won Saturday's federal election, ending nine years of conservative government.

Albanese plans to fly to Tokyo within hours of taking office for a meeting of the Quad grouping with the leaders of the United States, Japan and India. Penny Wong, who is expected to become foreign minister, will travel with him.

During the campaign, Albanese said Labor's approach to China would differ in tone rather than in substance. Asked on Sunday whether he expected to hear from Chinese leaders, he declined to say, remarking only that the relationship would remain difficult.

Some analysts said a change of government gave Beijing an opening to reset relations without appearing to back down, while others expected little movement. China's foreign ministry said it had noted the result.

Outgoing Prime Minister Scott Morrison conceded defeat on Saturday night in Sydney.""",
        claims=[],
    ),
    # 020
    dict(
        published="2022-07-08T10:00:00Z",
        outlet="ironbark-wire",
        slug="wong-and-wang-yi-hold-first-talks-in-three-years",
        title="Wong and Wang Yi hold first foreign ministers' talks in three years",
        text="""NUSA DUA, Indonesia, July 8 (Ironbark Wire) - Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi on the Indonesian island of Bali on Friday, the first meeting between the two countries' foreign ministers since 2019.

Wang told Wong that China was ready to restore regular exchanges with Australia and put relations back on track, according to a statement from the Chinese foreign ministry. He set out four proposals for how the relationship should be managed, including that Australia treat China as a partner rather than a rival.

Wong said the talks on the sidelines of the G20 meeting were a first step towards stabilising relations. She said she had told Wang that Australia wanted the duties on its barley and wine removed, and that Australia would hold to its own positions where the two sides disagreed.

The meeting follows talks between the two countries' defence ministers in Singapore last month.

Officials on both sides described the conversation as frank. Neither gave any indication of when the trade restrictions might be eased.""",
        claims=[
            ("china", "resume-ministerial-dialogue", S, "China was ready to restore regular exchanges with Australia", True),
            ("australia", "resume-ministerial-dialogue", S, "were a first step towards stabilising relations", True),
            ("australia", "lift-barley-duties", S, "Australia wanted the duties on its barley and wine removed", True),
            ("australia", "lift-wine-duties", S, "Australia wanted the duties on its barley and wine removed", True),
        ],
    ),
    # 021
    dict(
        published="2022-11-15T11:00:00Z",
        outlet="jade-gate-journal",
        slug="xi-and-albanese-meet-in-bali",
        title="Xi and Albanese meet in first leaders' talks since 2016",
        text="""NUSA DUA, Indonesia, Nov 15 (Jade Gate Journal) - Chinese President Xi Jinping and Australian Prime Minister Anthony Albanese held talks on Tuesday on the sidelines of the G20 summit in Bali, the first formal meeting between leaders of the two countries in six years.

Xi said relations had been through difficulties that China did not want to see. He said the two sides should improve, maintain and develop ties and keep up high-level contacts, and that Beijing valued the relationship.

Albanese called the meeting very constructive. He said the two leaders had agreed that their ministers would continue to meet, and that they had discussed trade, the detention of Australian citizens and human rights.

Albanese did not say whether Xi had responded to Australia's concerns about trade. Officials said the WTO disputes were not discussed.

The meeting, which lasted just over half an hour, took place in a hotel used as a venue for several of the summit's bilateral talks.""",
        claims=[
            ("china", "resume-ministerial-dialogue", S, "the two sides should improve, maintain and develop ties and keep up high-level contacts", True),
            ("australia", "resume-ministerial-dialogue", S, "the two leaders had agreed that their ministers would continue to meet", True),
        ],
    ),
    # 022
    dict(
        published="2022-12-21T10:00:00Z",
        outlet="southerly-times",
        slug="wong-in-beijing-as-dialogues-resume",
        title="Wong in Beijing as Australia and China agree to resume dialogues",
        text="""BEIJING, Dec 21 (Southerly Times) - Australia and China agreed on Wednesday to maintain high-level engagement and to restart talks on trade, consular matters, climate change and regional issues, after Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing.

Wong is the first Australian minister to visit China since 2019. Her trip coincided with the 50th anniversary of diplomatic relations between the two countries.

In a joint statement, the two governments said they would hold regular talks between leaders and ministers, including a foreign and strategic dialogue and the revival of economic talks.

Wong told reporters at the Australian embassy that she had pressed for the restrictions on Australian lobster, timber and coal to be lifted, and had raised the cases of the detained Australians Cheng Lei and Yang Hengjun. She said progress would take time.

Wang said the two sides should handle their differences with mutual respect. He did not give a timetable for any change to the trade measures.

Analysts said the visit was the clearest sign yet of a thaw, but cautioned that core disagreements over security remained.""",
        claims=[
            ("china", "resume-ministerial-dialogue", S, "the two governments said they would hold regular talks between leaders and ministers", True),
            ("australia", "resume-ministerial-dialogue", S, "the two governments said they would hold regular talks between leaders and ministers", True),
            ("australia", "end-informal-bans", S, "she had pressed for the restrictions on Australian lobster, timber and coal to be lifted", True),
        ],
    ),
    # 023
    dict(
        published="2023-01-05T04:00:00Z",
        outlet="ironbark-wire",
        slug="china-clears-australian-coal-purchases-sources",
        title="China clears first Australian coal purchases in two years, sources say",
        text="""CANBERRA, Jan 5 (Ironbark Wire) - Three Chinese state-owned companies have been told they may resume buying Australian coal, ending an unofficial ban that has kept the fuel out of China for two years, according to people familiar with the decision.

The people said China's economic planning agency had given the go-ahead at a meeting with the companies this week, and that the first purchases were expected within weeks. There was no official announcement.

Trade Minister Don Farrell said he would welcome any sign that the coal trade was resuming, and that Australia wanted every one of the remaining restrictions removed, including on lobster and timber. He said it would be a good first step if the reports proved correct.

Asked about the reports in Beijing, a foreign ministry spokesman said he would refer questions to the relevant authorities.

Australian coal producers said they were cautious about the scale of any reopening because Chinese buyers had found other suppliers, and because the price gap between Australian and Indonesian coal had narrowed.""",
        claims=[
            ("china", "end-informal-bans", S, "Three Chinese state-owned companies have been told they may resume buying Australian coal", False),
            ("australia", "end-informal-bans", S, "Australia wanted every one of the remaining restrictions removed", True),
        ],
    ),
    # 024
    dict(
        published="2023-02-06T08:00:00Z",
        outlet="coral-sea-courier",
        slug="trade-ministers-hold-first-talks-since-2019",
        title="Australian and Chinese trade ministers hold first talks since 2019",
        text="""CANBERRA, Feb 6 (Coral Sea Courier) - Australian Trade Minister Don Farrell and Chinese Commerce Minister Wang Wentao held their first talks on Monday, ending a freeze on contact between the two countries' trade ministers that began in 2019.

Farrell said the video call was warm and constructive and that he wanted the two ministers to meet in person soon. He said he had argued for the removal of the duties on Australian barley and wine and for a full return of unimpeded trade.

China's commerce ministry said Wang told Farrell that Beijing was ready to strengthen dialogue and cooperation on trade and to push the economic relationship back onto a normal track.

Farrell said the government had no plans to withdraw its two WTO cases against China while talks continued, describing them as a matter for the Geneva process.

Exporters said they hoped the talks would lead to quick decisions on barley and wine, where the duties have cost growers and winemakers billions of dollars in lost sales.""",
        claims=[
            ("australia", "resume-ministerial-dialogue", S, "he wanted the two ministers to meet in person soon", True),
            ("australia", "lift-barley-duties", S, "he had argued for the removal of the duties on Australian barley and wine", True),
            ("australia", "lift-wine-duties", S, "he had argued for the removal of the duties on Australian barley and wine", True),
            ("china", "resume-ministerial-dialogue", S, "Beijing was ready to strengthen dialogue and cooperation on trade", True),
            ("australia", "suspend-barley-wto-case", O, "the government had no plans to withdraw its two WTO cases against China", True),
        ],
    ),
    # 025
    dict(
        published="2023-04-11T03:00:00Z",
        outlet="saltbush-ledger",
        slug="australia-pauses-wto-barley-case-china-to-review",
        title="Australia pauses WTO barley case as China agrees to fast review of duties",
        text="""CANBERRA, April 11 (Saltbush Ledger) - Australia has agreed to suspend its World Trade Organization case over China's barley duties in exchange for Beijing carrying out an expedited review of the tariffs within three months, Foreign Minister Penny Wong and Trade Minister Don Farrell said on Tuesday.

Wong said Australia would pause the case only on the condition that China completed the review on time, and that it would resume the dispute if the duties were not removed.

China's commerce ministry said in a statement that it would conduct the review in line with Chinese law and the facts, and that it welcomed Australia's decision to put the dispute on hold. The review could be extended to four months if needed.

Grain Producers Australia chairman Barry Large said growers wanted the duties lifted before the next harvest and would judge the deal by its results.

A WTO panel had been due to publish its ruling within weeks. Farrell would not say whether similar talks had begun on the separate wine case.""",
        claims=[
            ("australia", "suspend-barley-wto-case", C, "would pause the case only on the condition that China completed the review on time", True),
            ("china", "lift-barley-duties", C, "it would conduct the review in line with Chinese law and the facts", True),
            ("china", "suspend-barley-wto-case", S, "it welcomed Australia's decision to put the dispute on hold", True),
            ("grain-producers", "lift-barley-duties", S, "growers wanted the duties lifted before the next harvest", True),
        ],
    ),
    # 026
    dict(
        published="2023-05-12T10:00:00Z",
        outlet="southerly-times",
        slug="farrell-in-beijing-china-poised-to-end-curbs",
        title="China poised to end all curbs on Australian goods, Farrell says",
        text="""BEIJING, May 12 (Southerly Times) - Australian Trade Minister Don Farrell said on Friday he was hopeful that the remaining Chinese restrictions on Australian goods would be lifted, after talks in Beijing with Commerce Minister Wang Wentao, the first visit by an Australian trade minister since 2019.

Farrell said he had asked for the restrictions on lobster, beef and timber to be removed, and that the two ministers had agreed to revive a joint ministerial economic commission. He did not give a date for any decision.

China's commerce ministry said Wang told Farrell that the barley review was proceeding in accordance with the law and would be concluded within the agreed period. The ministry said the two countries should properly handle each other's concerns through dialogue.

Chinese officials did not commit to a timetable for the other products.

Wang Wentao is expected to visit Australia later this year, and officials said preparations for a visit by Prime Minister Anthony Albanese were at an early stage.""",
        claims=[
            ("australia", "end-informal-bans", S, "he had asked for the restrictions on lobster, beef and timber to be removed", True),
            ("australia", "resume-ministerial-dialogue", S, "the two ministers had agreed to revive a joint ministerial economic commission", True),
            ("china", "lift-barley-duties", C, "the barley review was proceeding in accordance with the law", True),
            ("china", "resume-ministerial-dialogue", S, "the two countries should properly handle each other's concerns through dialogue", True),
        ],
    ),
    # 027
    dict(
        published="2023-08-04T09:00:00Z",
        outlet="jade-gate-journal",
        slug="china-lifts-barley-tariffs-on-australia",
        title="China lifts barley tariffs on Australia after three years",
        text="""BEIJING, Aug 4 (Jade Gate Journal) - China will remove the anti-dumping and anti-subsidy duties it has imposed on Australian barley since 2020, the commerce ministry said on Friday, citing changes in the Chinese market that meant the duties were no longer necessary.

The ministry said it would stop collecting the duties from Saturday, following the review it agreed to carry out in April.

In Canberra, Trade Minister Don Farrell said Australia would now discontinue its WTO dispute over barley, as agreed. He said the government expected the same process to be followed to remove the duties on Australian wine, and that he would keep pushing for that outcome.

Foreign Minister Penny Wong said the decision showed the value of patient, calibrated engagement.

Grain Producers Australia chairman Barry Large said growers welcomed the decision and were ready to resume shipments to what had been their biggest market. He said the duties should never have been imposed.

Before the duties, China bought more than half of Australia's barley exports. Traders said the first cargoes could be booked within weeks.""",
        claims=[
            ("china", "lift-barley-duties", S, "China will remove the anti-dumping and anti-subsidy duties it has imposed on Australian barley", True),
            ("australia", "suspend-barley-wto-case", S, "Australia would now discontinue its WTO dispute over barley", True),
            ("australia", "lift-wine-duties", S, "expected the same process to be followed to remove the duties on Australian wine", True),
            ("grain-producers", "lift-barley-duties", S, "the duties should never have been imposed", True),
        ],
    ),
    # 028 (duplicate of 027)
    dict(
        published="2023-08-04T12:30:00Z",
        outlet="ironbark-wire",
        slug="china-to-scrap-barley-duties-from-saturday",
        title="China to scrap duties on Australian barley from Saturday",
        text="""BEIJING, Aug 4 (Ironbark Wire) - China will remove the anti-dumping and anti-subsidy duties it has imposed on Australian barley since 2020, its commerce ministry said on Friday, saying changes in the Chinese market meant the measures were no longer needed.

The duties will no longer be collected from Saturday, the ministry said, after the review it agreed in April to carry out.

Speaking in Canberra, Trade Minister Don Farrell said Australia would now discontinue its WTO dispute over barley, as agreed. He said the government expected the same process to be followed to remove the duties on Australian wine and that he would keep pressing for it.

Foreign Minister Penny Wong said the result showed the value of patient and calibrated engagement.

Barry Large, chairman of Grain Producers Australia, said growers welcomed the decision and were ready to start shipping again to what had been their largest market. The duties should never have been imposed, he said.

China bought more than half of Australia's barley exports before 2020. Traders expect the first cargoes to be booked within weeks.""",
        claims=[
            ("china", "lift-barley-duties", S, "China will remove the anti-dumping and anti-subsidy duties it has imposed on Australian barley", True),
            ("australia", "suspend-barley-wto-case", S, "Australia would now discontinue its WTO dispute over barley", True),
            ("australia", "lift-wine-duties", S, "expected the same process to be followed to remove the duties on Australian wine", True),
            ("grain-producers", "lift-barley-duties", S, "duties should never have been imposed", True),
        ],
    ),
    # 029
    dict(
        published="2023-10-22T06:00:00Z",
        outlet="coral-sea-courier",
        slug="china-to-review-wine-duties-albanese-to-visit",
        title="China to review wine duties as Australia pauses WTO case; Albanese to visit Beijing",
        text="""CANBERRA, Oct 22 (Coral Sea Courier) - China has agreed to an expedited five-month review of its duties on Australian wine, and Australia will suspend its WTO case over the tariffs while the review runs, the Australian government said on Sunday.

Prime Minister Anthony Albanese said the arrangement followed the model that settled the barley dispute, and that he was confident the wine duties would be removed. If they were not, Australia would resume the WTO case, he said.

The Australian government said Beijing had committed to completing the review within five months. China's commerce ministry did not immediately comment.

Albanese also confirmed that he would visit China from Nov 4 to Nov 7, the first trip to the country by an Australian prime minister since 2016. He will attend a trade fair in Shanghai before travelling on to Beijing.

Australian Grape and Wine said the announcement was welcome news for producers, who wanted the duties lifted as soon as possible. The industry body said it backed the decision to pause the case.""",
        claims=[
            ("australia", "lift-wine-duties", S, "he was confident the wine duties would be removed", True),
            ("australia", "resume-ministerial-dialogue", S, "he would visit China from Nov 4 to Nov 7", True),
            ("china", "lift-wine-duties", C, "Beijing had committed to completing the review within five months", False),
            ("australian-grape-wine", "lift-wine-duties", S, "who wanted the duties lifted as soon as possible", True),
        ],
    ),
    # 030 (no claims)
    dict(
        published="2023-11-04T08:00:00Z",
        outlet="saltbush-ledger",
        slug="albanese-arrives-in-shanghai",
        title="Albanese arrives in Shanghai for import expo",
        text="""SHANGHAI, Nov 4 (Saltbush Ledger) - Prime Minister Anthony Albanese arrived in Shanghai on Saturday at the start of a four-day visit to China, the first by an Australian leader in seven years.

Albanese was met at the airport by local officials and is due to tour the China International Import Expo on Sunday, where more than 200 Australian companies are exhibiting, from winemakers to lobster exporters. He will then fly to Beijing.

The visit comes 50 years after Gough Whitlam became the first Australian prime minister to visit the People's Republic. Albanese's office said he would retrace part of Whitlam's itinerary in Beijing, including a walk at the Temple of Heaven.

Officials travelling with the prime minister declined to say whether they expected any announcement on the remaining trade restrictions during the trip. The schedule for his meetings in Beijing has not been published.

Business leaders on the trip said the mood was more optimistic than at any time since 2020, though some said they would wait to see whether the improvement lasted.""",
        claims=[],
    ),
    # 031
    dict(
        published="2023-11-06T10:30:00Z",
        outlet="ironbark-wire",
        slug="xi-tells-albanese-relations-back-on-track",
        title="Xi tells Albanese relations are back on track",
        text="""BEIJING, Nov 6 (Ironbark Wire) - Chinese President Xi Jinping told Anthony Albanese on Monday that relations between China and Australia were on the right path and that the two countries could become partners that trust each other, as the Australian prime minister held talks at the Great Hall of the People.

Xi said the two sides should keep up exchanges at every level, and Chinese officials said the annual leaders' meeting with Premier Li Qiang would go ahead on Tuesday.

Albanese said he had told Xi that the duties on Australian wine should go, and had asked for the restrictions on lobster and on some beef exporters to be lifted. He said he wanted leaders and ministers to keep meeting regularly, and was pleased with the progress made since Bali last year.

Albanese visited Washington two weeks ago, and said there was no contradiction between Australia's alliance with the United States and stable ties with China.

Chinese officials did not say when the lobster trade might resume. Analysts said the warmth of the reception suggested Beijing wanted to show that cooperation was rewarded.""",
        claims=[
            ("china", "resume-ministerial-dialogue", S, "the two sides should keep up exchanges at every level", True),
            ("australia", "lift-wine-duties", S, "the duties on Australian wine should go", True),
            ("australia", "end-informal-bans", S, "asked for the restrictions on lobster and on some beef exporters to be lifted", True),
            ("australia", "resume-ministerial-dialogue", S, "he wanted leaders and ministers to keep meeting regularly", True),
        ],
    ),
    # 032
    dict(
        published="2024-03-28T09:30:00Z",
        outlet="southerly-times",
        slug="china-ends-tariffs-on-australian-wine",
        title="China ends tariffs on Australian wine, clearing last big trade dispute",
        text="""BEIJING, March 28 (Southerly Times) - China will lift its duties on Australian wine from Friday, the commerce ministry said on Thursday, ending more than three years of tariffs that wiped out a trade once worth more than A$1 billion a year.

The ministry said that after reviewing the case it had decided the duties were no longer necessary given changes in the Chinese market, and that they would no longer be collected from March 29.

Prime Minister Anthony Albanese welcomed the decision, saying the removal of the duties was good for producers and consumers in both countries. Trade Minister Don Farrell said Australia would now end its WTO case on wine, as agreed.

Australian Grape and Wine chief executive Lee McLean said the decision was a great relief for winemakers and called the duties' removal long overdue.

Analysts said producers would need time to rebuild their presence in China, where French and Chilean wines have taken much of Australia's former share. Exporters said the first shipments could reach Chinese ports within weeks.""",
        claims=[
            ("china", "lift-wine-duties", S, "China will lift its duties on Australian wine from Friday", True),
            ("australia", "lift-wine-duties", S, "the removal of the duties was good for producers and consumers", True),
            ("australian-grape-wine", "lift-wine-duties", S, "called the duties' removal long overdue", True),
        ],
    ),
    # 033
    dict(
        published="2024-06-17T04:00:00Z",
        outlet="jade-gate-journal",
        slug="li-qiang-and-albanese-hold-annual-talks",
        title="Li Qiang and Albanese hold annual talks in Canberra",
        text="""CANBERRA, June 17 (Jade Gate Journal) - Chinese Premier Li Qiang held talks with Prime Minister Anthony Albanese at Parliament House on Monday, the first visit to Australia by a Chinese premier in seven years.

Li said China and Australia should stay in close contact at the highest level and regard each other as partners rather than rivals. The two governments agreed to keep holding annual leaders' meetings and to expand dialogue between ministers on trade, climate and education.

Albanese said the relationship had been stabilised without Australia giving ground on any of the 14 grievances the Chinese embassy listed in 2020. There was no policy on that list his government would not defend, he said, adding that the two countries would cooperate where they could and disagree where they must.

The visit, which also took Li to Adelaide and Perth, was marked by scuffles between rival groups of protesters outside Parliament House.

Business groups said they hoped the talks would hasten an end to the remaining restrictions on Australian lobster.""",
        claims=[
            ("china", "resume-ministerial-dialogue", S, "China and Australia should stay in close contact at the highest level", True),
            ("australia", "resume-ministerial-dialogue", S, "The two governments agreed to keep holding annual leaders' meetings", True),
            ("australia", "meet-14-grievances", O, "no policy on that list his government would not defend", True),
        ],
    ),
    # 034
    dict(
        published="2024-11-18T23:00:00Z",
        outlet="coral-sea-courier",
        slug="albanese-says-china-to-resume-lobster-imports",
        title="Albanese says China will resume Australian lobster imports by year end",
        text="""RIO DE JANEIRO, Nov 18 (Coral Sea Courier) - Prime Minister Anthony Albanese said on Monday that Chinese President Xi Jinping had agreed that imports of Australian rock lobster would resume by the end of the year, removing one of the last trade barriers left over from the dispute that began in 2020.

Albanese, speaking after meeting Xi on the sidelines of the G20 summit, said Xi had signalled that the lobster trade would be back on track within weeks. He said Australia wanted the remaining restrictions on a small number of beef processors lifted as well.

China's official account of the meeting said Xi urged the two countries to keep building mutual trust, and did not mention lobster.

Lobster exporters, who sold about A$700 million a year to China before the trade stopped, said they were preparing to ship again but would wait for formal confirmation from Chinese customs.

The meeting was the third between the two leaders in two years.""",
        claims=[
            ("china", "end-informal-bans", S, "Xi had signalled that the lobster trade would be back on track", False),
            ("australia", "end-informal-bans", S, "Australia wanted the remaining restrictions on a small number of beef processors lifted", True),
        ],
    ),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("003", "004"), ("027", "028")]

# Labelled shifts, with the first article that shows the new stance.
SHIFTS = [
    dict(actor="china", issue="covid-inquiry", **{"from": O}, to=C, article="007",
         why="Xi says China would back a WHO-led review once the outbreak is under control; in 002 the foreign ministry dismissed Australia's call for an investigation outright (baseline oppose)."),
    dict(actor="china", issue="resume-ministerial-dialogue", **{"from": C}, to=O, article="017",
         why="The NDRC indefinitely suspends the Strategic Economic Dialogue; in 012 Zhao said ministerial dialogue could resume only if Canberra took concrete steps."),
    dict(actor="china", issue="resume-ministerial-dialogue", **{"from": O}, to=S, article="020",
         why="Wang Yi tells Wong that China is ready to restore regular exchanges with Australia; in 017 Beijing had frozen the ministerial economic dialogue."),
    dict(actor="australia", issue="suspend-barley-wto-case", **{"from": O}, to=C, article="025",
         why="Australia agrees to pause the barley case only on condition that China completes an expedited review, and will resume it otherwise; in 024 Farrell had no plans to withdraw the WTO cases."),
    dict(actor="china", issue="lift-barley-duties", **{"from": O}, to=C, article="025",
         why="The commerce ministry agrees to an expedited review of the barley duties, committing to a process but not an outcome; since 006 it had imposed and kept the duties."),
    dict(actor="china", issue="lift-barley-duties", **{"from": C}, to=S, article="027",
         why="The commerce ministry announces it will remove the barley duties from Aug 5; in 025 and 026 it only committed to reviewing them."),
    dict(actor="australia", issue="suspend-barley-wto-case", **{"from": C}, to=S, article="027",
         why="Farrell says Australia will now discontinue its WTO barley dispute; in 025 the pause was conditional and reversible."),
    dict(actor="china", issue="lift-wine-duties", **{"from": O}, to=S, article="032",
         why="The commerce ministry lifts the wine duties from March 29; China's last attributed stance was oppose in 018. The review commitment in 029 was reported only by Canberra (attributed false) and did not move the prevailing stance."),
]

ACTOR_STANCES = (S, O, C)

# Months in the Reuters dateline style used by the dev set.
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------------------
# watchlist.yaml reader (just enough YAML for this file's fixed layout)
# ---------------------------------------------------------------------------
def read_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                issues.append(m.group(1))
                continue
            if section == "baseline":
                m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
                if not m:
                    raise ValueError("unreadable baseline line: " + line)
                baseline.append(m.groups())
    return actors, issues, baseline


def check_watchlist_fields(path, errors):
    """Issues carry only id, name, description, terms; actors only id, name, aliases."""
    allowed = {"actors": {"id", "name", "aliases"}, "issues": {"id", "name", "description", "terms"}}
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            if section in allowed:
                m = re.match(r"^\s*-?\s*([\w]+):", line)
                if m and m.group(1) not in allowed[section]:
                    errors.append("watchlist %s has unexpected field %r" % (section, m.group(1)))


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def parse_time(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build_records():
    records = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = parse_time(a["published"])
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        records.append(dict(
            id=aid,
            published=a["published"],
            source=OUTLETS[a["outlet"]],
            url=url,
            title=a["title"],
            text=a["text"],
            _outlet=a["outlet"],
            _claims=a["claims"],
        ))
    return records


def write_outputs(records):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for r in records:
        doc = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([r for r in records if r["_outlet"] == slug], key=lambda r: r["published"], reverse=True)
        newest = format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch blind evaluation set australia-china-trade-2020</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % newest,
        ]
        for r in items:
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(parse_time(r["published"]), usegmt=True),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {
            r["id"]: [
                dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in r["_claims"]
            ]
            for r in records
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [r["id"] for r in records if r["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def recompute_shifts(records, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for r in records:
        for actor, issue, stance, _quote, attributed in r["_claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                shifts.append((actor, issue, prev, stance, r["id"]))
            prevailing[key] = stance
    return shifts


def validate(records, labels):
    errors = []
    wl_path = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline = read_watchlist(wl_path)
    check_watchlist_fields(wl_path, errors)
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues (want 5-7)" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ACTOR_STANCES:
            errors.append("bad baseline entry %s/%s/%s" % (a, i, s))

    if not 30 <= len(records) <= 34:
        errors.append("%d articles (want 30-34)" % len(records))

    prev_time = None
    urls = set()
    for r in records:
        aid = r["id"]
        # publication order
        if prev_time is not None and r["published"] <= prev_time:
            errors.append("%s: not in publication order" % aid)
        prev_time = r["published"]
        if r["url"] in urls:
            errors.append("%s: duplicate url" % aid)
        urls.add(r["url"])
        # length
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words (want 120-260)" % (aid, n))
        # dateline
        dt = parse_time(r["published"])
        m = re.match(r"^([A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .'-]+)?), ([A-Za-z]+) (\d{1,2}) \((.+?)\) - \S", r["text"])
        if not m:
            errors.append("%s: no dateline" % aid)
        else:
            month, day, outlet = m.group(2), int(m.group(3)), m.group(4)
            if month != MONTHS[dt.month - 1] or day != dt.day:
                errors.append("%s: dateline %s %d does not match published %s" % (aid, month, day, r["published"]))
            if outlet != r["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (aid, outlet, r["source"]))
        # claims
        seen = set()
        for actor, issue, stance, quote, attributed in r["_claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (aid, actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (aid, issue))
            if stance not in ACTOR_STANCES:
                errors.append("%s: bad stance %s" % (aid, stance))
            if not isinstance(attributed, bool):
                errors.append("%s: attributed must be a bool" % aid)
            if quote not in r["text"]:
                errors.append("%s: quote not in text: %r" % (aid, quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (aid, quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (aid, actor, issue))
            seen.add((actor, issue))

    # every article present in labels
    if sorted(labels["claims"]) != [r["id"] for r in records]:
        errors.append("labels.claims does not list every article")

    # duplicates carry identical claim tuples and are same-day, later, other outlet
    by_id = {r["id"]: r for r in records}
    for a, b in DUPLICATES:
        ta = sorted((c[0], c[1], c[2]) for c in by_id[a]["_claims"])
        tb = sorted((c[0], c[1], c[2]) for c in by_id[b]["_claims"])
        if ta != tb:
            errors.append("duplicate %s/%s: claims differ" % (a, b))
        if by_id[a]["published"][:10] != by_id[b]["published"][:10] or by_id[a]["source"] == by_id[b]["source"]:
            errors.append("duplicate %s/%s: not same day from another outlet" % (a, b))

    # shifts recomputed from baseline + attributed claims in article order
    recomputed = recompute_shifts(records, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))

    # no_alert_articles
    shift_articles = {s["article"] for s in labels["shifts"]}
    want = [r["id"] for r in records if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != want:
        errors.append("no_alert_articles is not every non-shift article")
    if not any(b in shift_articles for _a, b in DUPLICATES) and not any(a in shift_articles for a, _b in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")

    # brief requirements on the overall shape
    claims = [c for r in records for c in r["_claims"]]
    by_stance = {s: sum(1 for c in claims if c[2] == s) for s in ACTOR_STANCES}
    if not 60 <= len(claims) <= 90:
        errors.append("%d claims (want 60-90)" % len(claims))
    if by_stance[C] < 6 or by_stance[S] == 0 or by_stance[O] == 0:
        errors.append("stance mix %s (want all three, >= 6 conditional)" % by_stance)
    if not any(c[4] is False for c in claims):
        errors.append("no attributed:false claim")
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labels["shifts"]))
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append("%d straight support/oppose reversals (want at most 2)" % reversals)
    empty = [r["id"] for r in records if not r["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims (want 3-4)" % len(empty))

    # feeds
    feed_dir = os.path.join(HERE, "feeds")
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, res.stderr.strip()))

    stats = dict(
        articles=len(records),
        claims=len(claims),
        by_stance=by_stance,
        attributed_false=sum(1 for c in claims if c[4] is False),
        shifts=len(labels["shifts"]),
        shift_articles=sorted(shift_articles),
        reversals=reversals,
        empty=empty,
        words=(min(len(r["text"].split()) for r in records), max(len(r["text"].split()) for r in records)),
    )
    return errors, stats


def main():
    records = build_records()
    labels = write_outputs(records)
    errors, stats = validate(records, labels)
    for k, v in stats.items():
        print("%s: %s" % (k, v))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
