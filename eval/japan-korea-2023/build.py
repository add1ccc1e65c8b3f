#!/usr/bin/env python3
"""Build the japan-korea-2023 labelled timeline (articles, feeds, labels) and validate it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json beside this file, then validates).
watchlist.yaml and README.md are hand-written and only checked here.
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
    "straits-wire": "Straits Wire",
    "harborline-news": "Harborline News",
    "pacific-ledger": "Pacific Ledger",
    "eastgate-post": "Eastgate Post",
    "morning-courier": "Morning Courier",
}

# Each article: key, outlet slug, published (UTC), url slug, title, text, claims.
# claims: (actor, issue, stance, quote, attributed)
A = []


def art(key, outlet, published, slug, title, text, claims):
    A.append(dict(key=key, outlet=outlet, published=published, slug=slug, title=title,
                  text=text.strip(), claims=claims))


art("gsomia-wto-suspend", "straits-wire", "2019-11-22T10:40:00Z", "seoul-suspends-gsomia-exit-and-wto-case",
    "Seoul keeps intelligence pact alive, puts WTO case against Tokyo on hold",
    """SEOUL, Nov 22 (Straits Wire) - South Korea on Friday suspended its decision to end a military intelligence-sharing pact with Japan, hours before the agreement was due to expire, and said it would also put its trade complaint against Tokyo on hold.

Kim You-geun, a deputy national security adviser, said the pact known as GSOMIA would stay in force on condition that it could be terminated at any time. South Korea's trade ministry said it would suspend the WTO dispute procedure while the two governments hold talks on Japan's export controls, adding that the case could be revived if the dialogue failed to produce results.

The complaint, filed in September, challenges the curbs Japan imposed in July on three materials used to make chips and displays.

In Tokyo, Trade Minister Hiroshi Kajiyama welcomed the talks but said the export measures were not up for negotiation. He said the controls had nothing to do with the pact and would stay in place.""",
    [("south-korea", "wto-complaint-dropped", "conditional", "suspend the WTO dispute procedure while the two governments hold talks", True),
     ("japan", "export-curbs-lifted", "oppose", "the export measures were not up for negotiation", True)])

art("wto-resume", "pacific-ledger", "2020-06-02T06:15:00Z", "seoul-revives-wto-complaint-export-curbs",
    "South Korea revives WTO complaint after Japan misses deadline",
    """SEOUL, June 2 (Pacific Ledger) - South Korea said on Tuesday it would resume its complaint at the World Trade Organization over Japan's export restrictions, ending a six-month pause it had agreed to last November while the two sides talked.

Na Seung-sik, a trade ministry official, told reporters that Seoul had fixed the problems Tokyo cited in its export management and had asked Japan to respond by the end of May. Japan had not done so, he said, leaving the government no choice but to restart the dispute process in Geneva.

"We have decided to resume," Na said, adding that Seoul would ask the WTO to set up a panel. He said Japan should withdraw the restrictions and restore trade to where it stood before July 2019.

Japanese Trade Minister Hiroshi Kajiyama called the decision regrettable. He said Japan had no plan to reverse the restrictions, which it says are a matter of national security rather than retaliation for South Korean court rulings on wartime labour.

Trade between the neighbours fell sharply last year as consumers in South Korea boycotted Japanese beer and cars.""",
    [("south-korea", "wto-complaint-dropped", "oppose", "it would resume its complaint at the World Trade Organization", True),
     ("japan", "export-curbs-lifted", "oppose", "Japan had no plan to reverse the restrictions", True),
     ("south-korea", "export-curbs-lifted", "support", "Japan should withdraw the restrictions", True)])

art("wto-panel", "eastgate-post", "2020-07-29T17:05:00Z", "wto-sets-up-panel-korea-japan-curbs",
    "WTO sets up panel on Korea's complaint over Japanese chip-material curbs",
    """GENEVA, July 29 (Eastgate Post) - The World Trade Organization's dispute settlement body agreed on Wednesday to set up a panel to examine South Korea's complaint against Japan's restrictions on exports of three chemicals used in semiconductor production.

Japan had blocked a first request last month, but under WTO rules it could not stop a second one. Diplomats in Geneva said the panel would take at least a year to report, and some expected the case to outlast the current governments in both capitals.

South Korea's trade ministry said it would pursue the case to the end to show that the curbs violated international trade rules.

A Japanese official at the meeting said Tokyo would respond appropriately. He did not say whether Japan would seek a settlement, and a spokesman at the Japanese mission declined to comment further.

The materials at issue are fluorinated polyimide, photoresists and hydrogen fluoride, all vital to Samsung Electronics and SK Hynix.""",
    [("south-korea", "wto-complaint-dropped", "oppose", "it would pursue the case to the end", True)])

art("fukushima-decision", "harborline-news", "2021-04-13T04:30:00Z", "japan-decides-release-fukushima-water",
    "Japan to release Fukushima water into the sea; Seoul protests",
    """TOKYO, April 13 (Harborline News) - Japan's government decided on Tuesday to release more than a million tonnes of treated water from the wrecked Fukushima nuclear plant into the Pacific Ocean, starting in about two years.

Prime Minister Yoshihide Suga said the discharge was unavoidable for decommissioning the plant and that the water would be diluted well below safety limits. "We cannot postpone this," he told ministers.

South Korea reacted sharply. Koo Yun-cheol, head of the office for government policy coordination, said Seoul strongly opposed the decision and summoned Japan's ambassador. President Moon Jae-in later asked officials to look into taking the matter to an international tribunal.

China's foreign ministry also condemned the plan.

The United States took a different line. Secretary of State Antony Blinken thanked Japan for its transparent efforts, and the State Department said Tokyo appeared to have adopted an approach in line with globally accepted nuclear safety standards.

Fishing groups in Fukushima prefecture said they remained opposed.""",
    [("japan", "fukushima-release", "support", "the discharge was unavoidable for decommissioning the plant", True),
     ("south-korea", "fukushima-release", "oppose", "Seoul strongly opposed the decision", True),
     ("usa", "fukushima-release", "support", "an approach in line with globally accepted nuclear safety standards", True)])

art("ny-meeting", "morning-courier", "2022-09-21T21:50:00Z", "yoon-kishida-first-talks-new-york",
    "Yoon and Kishida hold first talks in New York",
    """NEW YORK, Sept 21 (Morning Courier) - South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held their first formal talks on Wednesday, a 30-minute meeting on the sidelines of the United Nations General Assembly.

The two leaders agreed on the need to improve relations, Yoon's office said, and told their diplomats to speed up talks on pending issues. Tokyo called the meeting an "informal discussion", a sign of how carefully both sides were stepping.

Neither side gave details on the wartime forced-labour dispute, which has clouded ties since South Korea's Supreme Court ordered two Japanese firms to pay compensation in 2018. Officials in Seoul said they were still consulting the plaintiffs and experts.

The meeting took place in a conference building near the UN headquarters. Reporters were not allowed in.

Analysts said a deal on compensation could come within months, though they cautioned that public opinion in both countries remained wary.""",
    [])

art("public-hearing", "straits-wire", "2023-01-12T09:20:00Z", "seoul-floats-foundation-plan-victims-walk-out",
    "Seoul floats foundation plan for forced-labour payouts; victims' side cries foul",
    """SEOUL, Jan 12 (Straits Wire) - South Korea's foreign ministry on Thursday proposed that a state-backed foundation pay the compensation Japanese companies were ordered to pay wartime forced labourers, drawing angry protests at a public hearing.

Seo Min-jung, a director-general at the ministry, said the Foundation for Victims of Forced Mobilization by Imperial Japan would raise money from South Korean firms that benefited from a 1965 economic aid package and pay the plaintiffs in place of Mitsubishi Heavy Industries and Nippon Steel.

Lim Jae-sung, a lawyer for some of the plaintiffs, said the idea was a complete victory for Japan. He said the victims wanted the companies themselves to pay and to apologise, and that money from a Korean fund was no substitute.

Several supporters shouted during the presentation, and some left the room.

Officials said they hoped Japan would make a "sincere response", which they did not define. The Democratic Party, which controls parliament, has said it will fight any plan that lets the Japanese firms off the hook.""",
    [("south-korea", "foundation-compensation", "support", "proposed that a state-backed foundation pay the compensation", True),
     ("victims", "foundation-compensation", "oppose", "the idea was a complete victory for Japan", True),
     ("victims", "firms-pay", "support", "the victims wanted the companies themselves to pay and to apologise", True),
     ("democratic-party", "foundation-compensation", "oppose", "has said it will fight any plan that lets the Japanese firms off the hook", False)])

art("tokyo-reaction", "pacific-ledger", "2023-01-13T03:10:00Z", "tokyo-cautious-on-seoul-labour-proposal",
    "Tokyo cautious on Seoul's forced-labour proposal",
    """TOKYO, Jan 13 (Pacific Ledger) - Japan's top government spokesman declined on Friday to comment on the details of a South Korean proposal to have a domestic foundation compensate wartime labourers, saying Tokyo would keep in close contact with Seoul.

Chief Cabinet Secretary Hirokazu Matsuno told reporters that Japan's position that the Japanese companies should not have to pay was unchanged. He said all claims arising from the colonial period were settled "completely and finally" by a 1965 treaty.

Asked whether Japan would offer a fresh apology, Matsuno said he would not speculate.

Japanese diplomats, speaking on condition of anonymity, said Tokyo might accept some gesture such as restating past apologies. They stressed that no decision had been taken.

Shares in Mitsubishi Heavy Industries were little changed. The company has said it is following the Japanese government's lead.""",
    [("japan", "firms-pay", "oppose", "Japan's position that the Japanese companies should not have to pay was unchanged", True)])

art("feb-talks", "eastgate-post", "2023-02-20T08:00:00Z", "korea-japan-officials-meet-labour-row",
    "Korean, Japanese officials meet again as labour deal nears",
    """TOKYO, Feb 20 (Eastgate Post) - South Korean and Japanese diplomats met in Tokyo on Monday for another round of talks on the forced-labour dispute, with officials on both sides saying an agreement could come soon.

Seo Min-jung of South Korea's foreign ministry met her Japanese counterpart for about three hours at the foreign ministry in Kasumigaseki. Neither side briefed reporters afterwards.

Analysts in Seoul said Tokyo might soften its stance on export controls once a compensation deal was in place, and that the World Trade Organization complaint could then be withdrawn. A South Korean trade ministry spokesman declined to say whether Seoul was ready to drop the case.

Nippon Steel, one of the two companies ordered to pay, said in a statement that its position was unchanged: the matter had been settled under the 1965 agreement and it would not pay the plaintiffs.

Mitsubishi Heavy Industries did not respond to a request for comment.""",
    [("defendant-firms", "firms-pay", "oppose", "it would not pay the plaintiffs", True)])

art("park-announces", "straits-wire", "2023-03-06T03:30:00Z", "seoul-unveils-plan-compensate-labourers",
    "Seoul unveils plan to compensate forced labourers without Japanese money",
    """SEOUL, March 6 (Straits Wire) - South Korea said on Monday it would compensate Koreans forced to work for Japanese companies during World War Two through a domestic foundation, dropping its insistence that the companies themselves pay.

Foreign Minister Park Jin said the foundation would pay the 15 plaintiffs who won Supreme Court cases in 2018, using donations from South Korean businesses. He said the decision was made for the future of the two countries' relations. "The glass is more than half full," Park told reporters, saying he hoped Japan would fill the rest.

The announcement got a cold reception from some plaintiffs. Yang Geum-deok, a 94-year-old survivor who was sent to a Mitsubishi aircraft factory as a girl, said she would never take money from the foundation. She said she wanted an apology from Japan, not charity.

In Washington, President Joe Biden welcomed the plan, calling it a groundbreaking new chapter of cooperation between two of America's closest allies.""",
    [("south-korea", "foundation-compensation", "support", "it would compensate Koreans forced to work for Japanese companies", True),
     ("victims", "foundation-compensation", "oppose", "she would never take money from the foundation", True),
     ("usa", "foundation-compensation", "support", "Biden welcomed the plan", True)])

art("kishida-welcomes", "harborline-news", "2023-03-06T07:45:00Z", "kishida-welcomes-seoul-labour-plan",
    "Kishida welcomes Seoul's labour plan, says past apologies stand",
    """TOKYO, March 6 (Harborline News) - Prime Minister Fumio Kishida on Monday welcomed South Korea's plan to compensate wartime labourers through a Korean foundation, calling it a step toward restoring healthy relations.

"I appreciate it," Kishida told a parliamentary committee, adding that his government upheld the stance of previous cabinets on history, including a 1998 declaration in which Japan expressed remorse and apology.

Foreign Minister Yoshimasa Hayashi said the measures announced by Seoul would put ties back on a sound footing. Asked whether Mitsubishi Heavy Industries or Nippon Steel would contribute to the foundation, he said that was a matter for the companies to decide.

Japan's business lobby Keidanren is considering a separate scholarship fund with its Korean counterpart, people familiar with the matter said. The two defendant companies are not expected to take part.

Kishida is expected to host President Yoon Suk Yeol in Tokyo later this month, the first such visit in more than a decade.""",
    [("japan", "foundation-compensation", "support", "welcomed South Korea's plan to compensate wartime labourers", True)])

art("wto-pause-2023", "morning-courier", "2023-03-06T09:10:00Z", "seoul-pauses-wto-case-export-talks",
    "Seoul pauses WTO case as trade talks with Tokyo resume",
    """SEOUL, March 6 (Morning Courier) - South Korea will halt its World Trade Organization case against Japan's export controls while the two countries hold talks on lifting them, the trade ministry said on Monday, hours after Seoul announced its plan for wartime labour compensation.

Lee Chang-yang, the trade and industry minister, said Seoul would suspend the dispute proceedings for as long as the talks were under way. He said the government would decide what to do with the case depending on the outcome, and that the aim was to restore trade relations to where they stood before July 2019.

Japan's trade ministry confirmed that director-general-level talks would begin soon. A spokesman declined to say whether the curbs on the three chip materials could be lifted.

Analysts at a Seoul brokerage said Tokyo could ease the curbs within weeks if the labour plan held. Shares of South Korean chemical makers that had gained from the curbs fell.""",
    [("south-korea", "wto-complaint-dropped", "conditional", "Seoul would suspend the dispute proceedings for as long as the talks were under way", True),
     ("south-korea", "export-curbs-lifted", "support", "the aim was to restore trade relations to where they stood before July 2019", True)])

art("lee-humiliation", "pacific-ledger", "2023-03-07T05:40:00Z", "lee-jae-myung-calls-labour-plan-humiliation",
    "Opposition leader Lee calls labour plan a diplomatic humiliation",
    """SEOUL, March 7 (Pacific Ledger) - South Korea's main opposition leader Lee Jae-myung on Tuesday called the government's forced-labour compensation plan the most humiliating moment in the country's diplomatic history and vowed to block it.

Lee told a meeting of Democratic Party leaders that the plan rewarded Japan for refusing to take responsibility. He said the companies that used forced labour must pay the victims, as the Supreme Court had ordered, and that Seoul had no right to give that up on their behalf.

The Democratic Party said it would push a bill to stop the foundation from paying in place of the Japanese firms.

The ruling People Power Party defended President Yoon Suk Yeol, saying the plan was a bold decision that would end years of stalemate. Its floor leader accused the opposition of stoking anti-Japanese sentiment.

Hundreds of people rallied in central Seoul in the evening, carrying signs that read "No to humiliating diplomacy".""",
    [("democratic-party", "foundation-compensation", "oppose", "vowed to block it", True),
     ("democratic-party", "firms-pay", "support", "the companies that used forced labour must pay the victims", True)])

art("gwangju-rally", "eastgate-post", "2023-03-09T11:25:00Z", "victims-supporters-rally-gwangju",
    "Victims' supporters rally in Gwangju, refuse foundation money",
    """GWANGJU, March 9 (Eastgate Post) - Supporters of Korean women forced to work for Mitsubishi Heavy Industries during the war rallied in the southern city of Gwangju on Thursday and said the surviving plaintiffs would refuse payouts from Seoul's new foundation.

The Citizens' Group for Korean Women Forced Labor Victims said it would never accept any settlement that did not include money from Mitsubishi. "This is not compensation," one organiser said. "It is a receipt for Japan's impunity."

Lee Choon-shik, a 98-year-old survivor of the Nippon Steel case, also said he would not accept the foundation's money, according to his lawyers.

Some relatives of plaintiffs who have died said they were still considering the offer. The foreign ministry said officials would visit each family to explain the plan.

Mitsubishi Heavy Industries declined to comment. A company spokesman in Tokyo said only that its position had not changed.""",
    [("victims", "firms-pay", "support", "never accept any settlement that did not include money from Mitsubishi", True),
     ("victims", "foundation-compensation", "oppose", "he would not accept the foundation's money", True)])

art("summit-trade", "straits-wire", "2023-03-16T08:05:00Z", "japan-lifts-chip-curbs-seoul-drops-wto-case",
    "Japan lifts chip-material curbs, Seoul drops WTO case as leaders meet",
    """TOKYO, March 16 (Straits Wire) - Japan said on Thursday it would lift export restrictions on three materials used to make semiconductors for South Korea, and Seoul said it would withdraw its complaint at the World Trade Organization, as the two countries' leaders met for their first full summit in 12 years.

Japan's trade ministry said the curbs on fluorinated polyimide, photoresists and hydrogen fluoride, imposed in July 2019, would be scrapped after a review of South Korea's export controls.

South Korea's trade ministry said in a statement that it would withdraw the WTO case against Japan. Officials said the formal notice would be filed in Geneva within days.

President Yoon Suk Yeol arrived in Tokyo in the morning for talks with Prime Minister Fumio Kishida. The two were expected to dine at a Ginza restaurant known for omelette rice.

Business groups in both countries welcomed the end of a dispute that had disrupted supply chains for chipmakers.""",
    [("japan", "export-curbs-lifted", "support", "it would lift export restrictions on three materials used to make semiconductors", True),
     ("south-korea", "wto-complaint-dropped", "support", "it would withdraw the WTO case against Japan", True)])

art("summit-trade-dup", "harborline-news", "2023-03-16T09:30:00Z", "tokyo-scraps-export-curbs-korea-withdraws-wto",
    "Tokyo scraps export curbs on Korea; Seoul to withdraw WTO complaint",
    """TOKYO, March 16 (Harborline News) - Japan will lift export restrictions on three materials used to make semiconductors for South Korea, its trade ministry said on Thursday, while Seoul said it would withdraw its complaint at the World Trade Organization.

The curbs on fluorinated polyimide, photoresists and hydrogen fluoride, in place since July 2019, would be scrapped after a review of South Korea's export controls, the Japanese ministry said.

In a statement, South Korea's trade ministry said it would withdraw the WTO case against Japan, with the formal notice to be filed in Geneva within days.

The announcements came as President Yoon Suk Yeol arrived in Tokyo for talks with Prime Minister Fumio Kishida, the first full summit between the two in 12 years.

Business groups welcomed the end of a dispute that had unsettled chip supply chains.""",
    [("japan", "export-curbs-lifted", "support", "Japan will lift export restrictions on three materials used to make semiconductors", True),
     ("south-korea", "wto-complaint-dropped", "support", "it would withdraw the WTO case against Japan", True)])

art("summit-presser", "pacific-ledger", "2023-03-16T12:50:00Z", "yoon-kishida-summit-new-chapter",
    "Yoon and Kishida pledge new chapter; white list left for later",
    """TOKYO, March 16 (Pacific Ledger) - President Yoon Suk Yeol and Prime Minister Fumio Kishida agreed on Thursday to resume regular visits between their leaders and to restart security dialogue, after a summit both described as a new start.

At a joint news conference, Kishida said Japan upheld past governments' statements on history. Yoon said the foundation would also pay plaintiffs in cases still before the courts, and that his government did not expect to seek reimbursement from the Japanese companies later.

The question of South Korea's status on Japan's "white list" of trusted trading partners was left open. Trade Minister Yasutoshi Nishimura said Tokyo was willing to restore South Korea to the list if the policy dialogue confirmed that Seoul's export controls were effective. He gave no timetable.

Seoul also said it had fully restored the GSOMIA intelligence-sharing pact.

The two countries' business lobbies announced a joint "future partnership fund". Mitsubishi Heavy Industries and Nippon Steel are not among its donors.""",
    [("south-korea", "foundation-compensation", "support", "the foundation would also pay plaintiffs in cases still before the courts", True),
     ("japan", "white-list", "conditional", "willing to restore South Korea to the list if the policy dialogue confirmed", True)])

art("dpk-wto", "morning-courier", "2023-03-17T06:00:00Z", "democrats-say-yoon-gave-away-everything",
    "Democrats say Yoon gave away everything in Tokyo",
    """SEOUL, March 17 (Morning Courier) - South Korea's opposition Democratic Party said on Friday that President Yoon Suk Yeol had given Japan everything it wanted at their summit and received nothing in return.

Party leader Lee Jae-myung said Yoon should not have withdrawn the WTO complaint, which he called Seoul's only leverage over Tokyo's unjust export curbs. He said the party would demand that the government explain why it had abandoned the case before Japan restored South Korea's trade status in full.

Lee also repeated that the party rejected the foundation plan. "The victims said no," he said.

The presidential office dismissed the criticism. A senior official said the summit had cleared away obstacles that had held back the two economies for four years, and that withdrawing the complaint was the right decision because Japan had lifted the curbs.

A Gallup Korea poll last week found 59 percent of respondents opposed to the compensation plan.""",
    [("democratic-party", "wto-complaint-dropped", "oppose", "Yoon should not have withdrawn the WTO complaint", True),
     ("democratic-party", "foundation-compensation", "oppose", "the party rejected the foundation plan", True),
     ("south-korea", "wto-complaint-dropped", "support", "withdrawing the complaint was the right decision because Japan had lifted the curbs", True)])

art("wto-withdrawal-filed", "eastgate-post", "2023-03-23T15:20:00Z", "korea-files-wto-withdrawal",
    "Korea formally withdraws WTO complaint against Japan",
    """GENEVA, March 23 (Eastgate Post) - South Korea notified the World Trade Organization on Thursday that it was withdrawing its complaint over Japan's export controls on chip materials, formally ending a case that had dragged on since 2019.

The notice was filed with the WTO's dispute settlement body, which had set up a panel in 2020. The panel had not yet issued a report.

Japan's lifting of the curbs took effect the same day, according to a notice published by the trade ministry in Tokyo.

Trade lawyers in Geneva said the withdrawal spared both governments an awkward ruling. One said a loss for either side could have hardened positions at home just as relations were thawing.

Seoul and Tokyo are continuing talks on other trade matters, including the preferential export status both sides stripped from each other in 2019.""",
    [("south-korea", "wto-complaint-dropped", "support", "South Korea notified the World Trade Organization on Thursday that it was withdrawing", True),
     ("japan", "export-curbs-lifted", "support", "Japan's lifting of the curbs took effect the same day", True)])

art("explainer", "eastgate-post", "2023-03-20T04:00:00Z", "explainer-what-next-seoul-tokyo",
    "EXPLAINER: After the summit, what is left to settle between Seoul and Tokyo",
    """SEOUL, March 20 (Eastgate Post) - Last week's summit in Tokyo cleared several obstacles between South Korea and Japan, but some of the hardest questions remain open.

The forced-labour plan is the first. Tokyo, which maintains that the 1965 treaty settled all wartime claims, has never accepted that the two defendant companies should pay. Several survivors have refused the foundation's money, and the Democratic Party, which has vowed to block the plan, controls the National Assembly.

Trade is the second. Japan has lifted its curbs on three chip materials, but South Korea is still off Tokyo's white list of trusted partners. Analysts in Seoul expect Japan to restore it within a few months, though Japanese officials have given no date.

The third is the sea. Japan plans to release treated water from the Fukushima plant this year, and polls show most South Koreans are worried. Seoul has not said whether it will accept the release, and officials in the presidential office declined to say when it would decide.

Next comes a visit by Kishida to Seoul, which diplomats expect before the summer.""",
    [("japan", "firms-pay", "oppose", "has never accepted that the two defendant companies should pay", False),
     ("victims", "foundation-compensation", "oppose", "Several survivors have refused the foundation's money", False),
     ("democratic-party", "foundation-compensation", "oppose", "which has vowed to block the plan", False)])

art("seoul-restores-japan", "harborline-news", "2023-04-24T02:40:00Z", "seoul-restores-japan-to-own-white-list",
    "Seoul puts Japan back on its own white list, urges Tokyo to follow",
    """SEOUL, April 24 (Harborline News) - South Korea on Monday restored Japan to its list of most-trusted trading partners, reversing a 2019 decision made at the height of the two countries' trade dispute.

The change, which took effect with a revised notice from the trade ministry, means South Korean exporters of sensitive goods face simpler paperwork when shipping to Japan.

Trade Minister Lee Chang-yang said he hoped Tokyo would quickly do the same. South Korea wanted Japan to put it back on Japan's white list as soon as possible, he said, since Seoul had now met every condition Tokyo had raised.

Japanese officials have not said when they will decide. Analysts in Tokyo said a decision could come before the Group of Seven summit in Hiroshima in May, to which Kishida has invited Yoon.

Seoul removed Japan from its list in September 2019, weeks after Tokyo had dropped South Korea from its own.""",
    [("south-korea", "white-list", "support", "South Korea wanted Japan to put it back on Japan's white list", True)])

art("japan-white-list", "straits-wire", "2023-04-28T07:15:00Z", "japan-to-restore-korea-white-list",
    "Japan to restore South Korea to its white list",
    """TOKYO, April 28 (Straits Wire) - Japan will restore South Korea to its "white list" of countries that enjoy simplified export procedures, the trade ministry said on Friday, completing the reversal of trade measures imposed nearly four years ago.

Trade Minister Yasutoshi Nishimura said Tokyo had confirmed through its policy dialogue with Seoul that South Korea's export controls were working properly. Japan would now start the procedures to put South Korea back on the list, he said, beginning with a public comment period.

The decision was not a reward for the forced-labour plan, Nishimura said, but a judgment on export control.

South Korea welcomed the move. Its trade ministry said the measures had finally been cleared away.

The cabinet is expected to approve a revised ordinance in the summer, and officials said the change could take effect in July. South Korea would then join the 26 other countries in the top tier, known as Group A.""",
    [("japan", "white-list", "support", "Japan will restore South Korea to its \"white list\"", True),
     ("south-korea", "white-list", "support", "South Korea welcomed the move", True)])

art("cabinet-ordinance", "morning-courier", "2023-06-27T03:20:00Z", "japan-cabinet-approves-korea-white-list",
    "Japan's cabinet signs off on South Korea's return to white list",
    """TOKYO, June 27 (Morning Courier) - Japan's cabinet on Tuesday approved a revised ordinance that puts South Korea back on its list of trusted trading partners from July 21, ending the last of the trade measures Tokyo took against Seoul in 2019.

Chief Cabinet Secretary Hirokazu Matsuno said the government had made the decision after confirming the effectiveness of South Korea's export control system. He said the change would further deepen economic ties between the two countries.

In Seoul, the trade ministry said the decision meant the two countries had fully restored each other's status. It said it had no remaining objection to any of Japan's export measures.

Exporters of machine tools and chemicals in both countries are expected to benefit. Officials said South Korea would be treated in the same way as the United States and the members of the European Union.

Japan first removed South Korea from the list in August 2019, citing lax controls over sensitive goods, a claim Seoul rejected at the time.""",
    [("japan", "white-list", "support", "approved a revised ordinance that puts South Korea back on its list", True),
     ("south-korea", "white-list", "support", "the two countries had fully restored each other's status", True)])

art("kishida-seoul", "pacific-ledger", "2023-05-07T10:30:00Z", "kishida-heart-aches-seoul-visit",
    "Kishida says his 'heart aches' for labourers on Seoul visit",
    """SEOUL, May 7 (Pacific Ledger) - Japanese Prime Minister Fumio Kishida said on Sunday that his "heart aches" for those who suffered under harsh conditions during Japanese colonial rule, stopping short of a new apology on his first visit to Seoul as leader.

Kishida said he was speaking personally. He told a news conference with President Yoon Suk Yeol that Japan upheld past governments' positions on history, and praised Yoon's decision on compensation as courageous.

The two leaders also agreed that South Korean experts would visit the Fukushima nuclear plant this month to examine Japan's plan to release treated water. Yoon's office said the visit was not an endorsement of the plan.

Survivor Yang Geum-deok told local media the remark was not an apology. She said she would still refuse the foundation's money.

Most of the relatives of deceased plaintiffs have accepted the foundation's payouts, the foreign ministry said last month.""",
    [("japan", "foundation-compensation", "support", "praised Yoon's decision on compensation as courageous", True),
     ("victims", "foundation-compensation", "oppose", "She said she would still refuse the foundation's money", True)])

art("inspection-team", "eastgate-post", "2023-05-26T09:00:00Z", "korean-experts-end-fukushima-inspection",
    "Korean experts end Fukushima inspection, verdict still weeks away",
    """OKUMA, Japan, May 26 (Eastgate Post) - A team of South Korean experts finished a six-day inspection of the Fukushima Daiichi nuclear plant on Friday, but its leader said more analysis was needed before Seoul could judge the safety of releasing treated water into the sea.

Yoo Guk-hee, chairman of South Korea's Nuclear Safety and Security Commission, said the team had checked the plant's filtering system and tanks and had asked Tokyo Electric Power Company for more data.

Asked whether the government would accept the release, a spokesman for the South Korean prime minister's office declined to say. He said Seoul would announce its position after studying the team's findings and a report by the International Atomic Energy Agency.

Tokyo Electric Power, the plant's operator, said it would answer the team's questions.

Fishing groups in South Korea held protests at several ports, and sales at some fish markets fell.""",
    [])

art("dpk-rally-water", "morning-courier", "2023-06-10T12:10:00Z", "democrats-rally-against-fukushima-release",
    "Democrats rally against Fukushima water release",
    """SEOUL, June 10 (Morning Courier) - Thousands of people joined a rally organised by South Korea's opposition Democratic Party in central Seoul on Saturday against Japan's plan to discharge treated water from the Fukushima nuclear plant.

Party leader Lee Jae-myung told the crowd that the water must not be dumped into the sea shared by both countries. He urged Japan to store the water on land and called on the government to file a suit at an international tribunal.

"If it is safe, let them drink it," one protester's sign read.

The ruling People Power Party said the opposition was spreading fear without evidence. Its lawmakers visited a fish market in the capital to show support for traders.

Salt sales have jumped in recent weeks as households stock up, and the government has said it will release salt from reserves.""",
    [("democratic-party", "fukushima-release", "oppose", "the water must not be dumped into the sea shared by both countries", True)])

art("iaea-report", "harborline-news", "2023-07-04T10:00:00Z", "iaea-backs-japan-fukushima-plan",
    "IAEA says Japan's Fukushima water plan meets safety standards",
    """TOKYO, July 4 (Harborline News) - The United Nations nuclear watchdog said on Tuesday that Japan's plan to release treated water from the Fukushima plant was consistent with international safety standards and would have a negligible effect on people and the environment.

Rafael Grossi, head of the International Atomic Energy Agency, handed the report to Prime Minister Fumio Kishida in Tokyo.

Kishida said Japan would go ahead with the discharge and would keep explaining its safety at home and abroad with a high degree of transparency. He did not give a start date.

China's foreign ministry said the report could not be a "pass" for the release. Grossi is due to travel to South Korea later this week.

The Democratic Party in Seoul, which opposes the plan, said the report had been written to suit Tokyo.""",
    [("japan", "fukushima-release", "support", "Japan would go ahead with the discharge", True),
     ("democratic-party", "fukushima-release", "oppose", "which opposes the plan", False)])

art("deposit-rejected", "eastgate-post", "2023-07-04T11:45:00Z", "court-rejects-foundation-deposit-survivor",
    "Court office rejects foundation's deposit for survivor who refused payout",
    """GWANGJU, July 4 (Eastgate Post) - A court office in Gwangju on Tuesday refused to accept money that Seoul's forced-labour foundation tried to deposit for a survivor who has declined its payouts, a setback for the government's compensation plan.

The foundation had sought to deposit the compensation with the court for Yang Geum-deok and other plaintiffs who refuse to take it, a step that would have settled the debt under civil law. The court official cited the survivor's clear objection.

South Korea's foreign ministry said it would file an objection and press ahead with payments, adding that the foundation remained the only realistic way to compensate the victims.

Lawyers for the plaintiffs welcomed the decision. They said the government was trying to force money on people who had already refused it, and that the survivors would keep fighting for payment by the Japanese companies.

Courts in other cities are reviewing similar deposits.""",
    [("south-korea", "foundation-compensation", "support", "the foundation remained the only realistic way to compensate the victims", True),
     ("victims", "foundation-compensation", "oppose", "trying to force money on people who had already refused it", True),
     ("victims", "firms-pay", "support", "the survivors would keep fighting for payment by the Japanese companies", True)])

art("seoul-review", "straits-wire", "2023-07-07T05:30:00Z", "seoul-says-fukushima-plan-meets-standards",
    "Seoul says Fukushima plan meets standards, will not object if it goes as planned",
    """SEOUL, July 7 (Straits Wire) - South Korea said on Friday that Japan's plan to release treated water from the Fukushima nuclear plant met international standards, a marked change from the previous government in Seoul, which had opposed the discharge outright.

Bang Moon-kyu, minister for government policy coordination, said Seoul's own review found the effect on Korean waters would be negligible. He said the government would not object to the release as long as Japan carried it out as planned, but would demand that it be halted immediately if the levels ever went above the standards.

Bang said Seoul would also keep its ban on seafood imports from the Fukushima region.

The opposition Democratic Party called the review a rubber stamp and said it would continue to fight the release.

Japan's embassy in Seoul said it welcomed the conclusion.""",
    [("south-korea", "fukushima-release", "conditional", "would not object to the release as long as Japan carried it out as planned", True),
     ("democratic-party", "fukushima-release", "oppose", "it would continue to fight the release", True)])

art("vilnius", "pacific-ledger", "2023-07-12T14:35:00Z", "yoon-asks-kishida-for-fukushima-data",
    "Yoon asks Kishida for real-time Fukushima data at NATO sidelines",
    """VILNIUS, July 12 (Pacific Ledger) - South Korean President Yoon Suk Yeol asked Japanese Prime Minister Fumio Kishida on Wednesday to share monitoring data on the Fukushima water release in real time, meeting on the sidelines of a NATO summit in the Lithuanian capital.

He told Kishida that Seoul could accept the discharge only if Japan stopped it at once should radiation readings exceed the limits, and asked that South Korean experts be involved in the monitoring, according to Yoon's office.

Kishida said Japan would proceed with the release while ensuring safety, and promised to halt it immediately if a problem were found, Japanese officials said.

Both leaders were attending as guests of the alliance, which has invited Asia-Pacific partners to its summits since last year.

The release is widely expected to begin in late summer.""",
    [("south-korea", "fukushima-release", "conditional", "Seoul could accept the discharge only if Japan stopped it at once", True),
     ("japan", "fukushima-release", "support", "Japan would proceed with the release while ensuring safety", True)])

art("camp-david", "morning-courier", "2023-08-18T20:40:00Z", "camp-david-trilateral-summit",
    "Biden hosts Yoon and Kishida at Camp David for first stand-alone summit",
    """CAMP DAVID, Maryland, Aug 18 (Morning Courier) - President Joe Biden hosted the leaders of South Korea and Japan at the Camp David presidential retreat on Friday, where the three agreed to hold summits every year and to consult one another quickly in a crisis.

Biden praised President Yoon Suk Yeol and Prime Minister Fumio Kishida for what he called their political courage in mending ties. He told reporters it was the first stand-alone summit of the three countries' leaders.

The leaders agreed to set up a three-way hotline and to hold annual military exercises. Asked about the Fukushima water release, which Japan is expected to begin soon, a White House spokesman declined to comment.

China's foreign ministry said attempts to form exclusive blocs would raise tensions.

Some members of Biden's Democratic Party in Congress had pressed the White House to keep the focus on North Korea.""",
    [])

art("release-date", "straits-wire", "2023-08-22T06:20:00Z", "japan-sets-thursday-start-fukushima-release",
    "Japan to start Fukushima water release on Thursday",
    """TOKYO, Aug 22 (Straits Wire) - Japan will begin releasing treated water from the Fukushima nuclear plant into the Pacific on Thursday, Prime Minister Fumio Kishida said on Tuesday, after winning the grudging acceptance of local fishing groups.

Kishida said the discharge could not be put off any longer because storage tanks were nearly full.

In Seoul, Park Ku-yeon, first vice minister for government policy coordination, said the government did not endorse or support Japan's plan, but had found no scientific or technical problem with it. Seoul would ask Tokyo to stop the release if it deviated from the plan, he said.

The Democratic Party said it would fight the release and demanded that the government ask Japan to halt it.

The IAEA will keep staff at the plant to monitor the discharge, which is expected to last about 30 years.""",
    [("japan", "fukushima-release", "support", "the discharge could not be put off any longer", True),
     ("south-korea", "fukushima-release", "conditional", "Seoul would ask Tokyo to stop the release if it deviated from the plan", True),
     ("democratic-party", "fukushima-release", "oppose", "The Democratic Party said it would fight the release", True)])

art("release-date-dup", "harborline-news", "2023-08-22T08:05:00Z", "fukushima-release-to-begin-thursday",
    "Fukushima water release to begin Thursday, Kishida says",
    """TOKYO, Aug 22 (Harborline News) - Prime Minister Fumio Kishida said on Tuesday that Japan will begin discharging treated water from the Fukushima nuclear plant into the Pacific on Thursday, after local fishing groups grudgingly accepted the plan.

The discharge could not be put off any longer, Kishida said, as storage tanks at the site were nearly full.

South Korea's first vice minister for government policy coordination, Park Ku-yeon, said in Seoul that the government did not endorse or support the plan but had found no scientific or technical problem with it. Seoul would ask Tokyo to stop the release if it deviated from the plan, he said.

The opposition Democratic Party said it would fight the release.

The International Atomic Energy Agency will station staff at the plant to monitor the discharge, which is expected to last for decades.""",
    [("japan", "fukushima-release", "support", "The discharge could not be put off any longer", True),
     ("south-korea", "fukushima-release", "conditional", "Seoul would ask Tokyo to stop the release if it deviated from the plan", True),
     ("democratic-party", "fukushima-release", "oppose", "The opposition Democratic Party said it would fight the release", True)])

art("release-begins", "pacific-ledger", "2023-08-24T09:15:00Z", "fukushima-release-begins-china-bans-seafood",
    "Fukushima water release begins; China bans Japanese seafood",
    """TOKYO, Aug 24 (Pacific Ledger) - Japan began releasing treated water from the Fukushima nuclear plant into the Pacific Ocean on Thursday, and China responded by banning all seafood imports from Japan.

Tokyo Electric Power said the first batch had been diluted as planned and that the discharge would continue for about 17 days.

South Korean Prime Minister Han Duck-soo said Seoul would check daily data from the plant and would demand an immediate halt if any reading broke the standards. The government would test fish in domestic markets every day, he said.

In Washington, the State Department said it was satisfied that Japan's process was safe, transparent and based on science. The US ambassador to Japan, Rahm Emanuel, said he would eat fish caught off Fukushima next week.

The Democratic Party called on Japan to stop the discharge immediately and said it would take its protest to the streets.

Police in Seoul detained more than a dozen students who entered a Japanese embassy building in protest.""",
    [("south-korea", "fukushima-release", "conditional", "would demand an immediate halt if any reading broke the standards", True),
     ("usa", "fukushima-release", "support", "satisfied that Japan's process was safe, transparent and based on science", True),
     ("democratic-party", "fukushima-release", "oppose", "called on Japan to stop the discharge immediately", True)])

art("hunger-strike", "eastgate-post", "2023-08-31T13:00:00Z", "lee-jae-myung-starts-hunger-strike",
    "Opposition leader Lee starts hunger strike",
    """SEOUL, Aug 31 (Eastgate Post) - South Korean opposition leader Lee Jae-myung began an indefinite hunger strike on Thursday, accusing President Yoon Suk Yeol of wrecking democracy and of failing to protect the public from the Fukushima water release.

Lee, who heads the Democratic Party, set up a tent outside the National Assembly. He said he would fast until Yoon apologised and reshuffled his cabinet. He said Yoon should have protested to Japan instead of acting as its spokesman, and repeated that the release had to be stopped.

The presidential office said it had no comment on the hunger strike. A ruling party spokesman called it a stunt to deflect attention from prosecutors' investigations into Lee.

Lee faces several corruption investigations, which he says are politically motivated.""",
    [("democratic-party", "fukushima-release", "oppose", "repeated that the release had to be stopped", True)])

art("supreme-court", "morning-courier", "2023-12-21T07:30:00Z", "supreme-court-orders-mitsubishi-nippon-steel-pay",
    "South Korea's top court orders Mitsubishi Heavy, Nippon Steel to pay more labourers",
    """SEOUL, Dec 21 (Morning Courier) - South Korea's Supreme Court on Thursday upheld rulings ordering Mitsubishi Heavy Industries and Nippon Steel to compensate more Koreans forced to work for them during the war, the first such decisions since Seoul adopted its foundation plan.

Relatives of the plaintiffs said outside the court that they wanted the companies, not Seoul, to pay. "The court has spoken again," one said.

The foreign ministry in Seoul said the foundation would pay the winning plaintiffs in these cases too, as it had for the earlier ones.

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi called the rulings "extremely regrettable and absolutely unacceptable". He said Japan had lodged a protest and would not accept any demand that Japanese companies pay.

Nippon Steel said the ruling was extremely regrettable and that the matter had been settled under the 1965 agreement. Mitsubishi Heavy said it would not comply.""",
    [("victims", "firms-pay", "support", "they wanted the companies, not Seoul, to pay", True),
     ("south-korea", "foundation-compensation", "support", "the foundation would pay the winning plaintiffs in these cases too", True),
     ("japan", "firms-pay", "oppose", "would not accept any demand that Japanese companies pay", True),
     ("defendant-firms", "firms-pay", "oppose", "Mitsubishi Heavy said it would not comply", True)])


# Shifts: (actor, issue, from, to, article key, why)
SHIFTS = [
    ("south-korea", "wto-complaint-dropped", "oppose", "conditional", "gsomia-wto-suspend",
     "Seoul's trade ministry suspends the WTO dispute procedure while talks run and says the case could be revived; it had filed the complaint in September 2019 (baseline oppose)."),
    ("south-korea", "wto-complaint-dropped", "conditional", "oppose", "wto-resume",
     "Seoul says it will resume the WTO complaint after Japan missed the May deadline, reversing the November 2019 pause."),
    ("south-korea", "wto-complaint-dropped", "oppose", "conditional", "wto-pause-2023",
     "Trade minister Lee Chang-yang says Seoul will suspend the case for as long as the new talks run and decide on it depending on the outcome; it had said in 2020 it would pursue the case to the end."),
    ("south-korea", "wto-complaint-dropped", "conditional", "support", "summit-trade",
     "Seoul's trade ministry says it will withdraw the WTO case, after only pausing it on March 6."),
    ("japan", "export-curbs-lifted", "oppose", "support", "summit-trade",
     "Japan's trade ministry says it will lift the 2019 curbs on the three chip materials, which Kajiyama had said were not up for negotiation and would not be reversed."),
    ("japan", "white-list", "oppose", "conditional", "summit-presser",
     "Nishimura says Tokyo is willing to restore South Korea to the white list if the policy dialogue confirms Seoul's export controls work; Japan had removed Korea in 2019 (baseline oppose)."),
    ("japan", "white-list", "conditional", "support", "japan-white-list",
     "Nishimura says Japan will restore South Korea to the white list and start the procedures; on March 16 it was only willing to under a condition."),
    ("south-korea", "fukushima-release", "oppose", "conditional", "seoul-review",
     "Bang Moon-kyu says Seoul will not object to the release as long as Japan carries it out as planned; in 2021 Seoul strongly opposed the decision (004)."),
]


def build():
    A.sort(key=lambda a: a["published"])
    ids = {}
    for i, a in enumerate(A, 1):
        a["id"] = f"{i:03d}"
        ids[a["key"]] = a["id"]
        d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        a["url"] = f"https://example.org/{a['outlet']}/{d:%Y/%m/%d}/{a['slug']}"
        a["source"] = OUTLETS[a["outlet"]]
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        doc = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in A if a["outlet"] == slug]
        last = max(datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>',
               f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch japan-korea-2023 evaluation set</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda a: a["published"], reverse=True):
            d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            out += ['    <item>',
                    f'      <title>{escape(a["title"])}</title>',
                    f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>',
                    '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
              for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=ids[s[4]], why=s[5]) for s in SHIFTS]
    shift_articles = {s["article"] for s in shifts}
    labels = dict(claims=claims, shifts=shifts,
                  no_alert_articles=[a["id"] for a in A if a["id"] not in shift_articles])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


def load_watchlist():
    """Tiny reader for our own flow-style watchlist.yaml (ids and baseline only), to stay dependency-free."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors, issues, baseline, section = set(), set(), [], None
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^\s*- id: (\S+)", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^\s*- \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(labels):
    errs = []
    actors, issues, baseline = load_watchlist()
    files = sorted(os.listdir(os.path.join(HERE, "articles")))
    arts = {}
    for fn in files:
        d = json.load(open(os.path.join(HERE, "articles", fn), encoding="utf-8"))
        if d["id"] + ".json" != fn:
            errs.append(f"{fn}: id {d['id']} does not match file name")
        arts[d["id"]] = d
        n = len(d["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{fn}: {n} words (want 120-260)")
        if not re.match(r"^[A-Z][A-Z ,.a-z]*, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(d["source"]) + r"\) - ", d["text"]):
            errs.append(f"{fn}: dateline format")
    pubs = [arts[i]["published"] for i in sorted(arts)]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    if set(labels["claims"]) != set(arts):
        errs.append("claims keys != article ids")
    for aid, cl in labels["claims"].items():
        for c in cl:
            if c["actor"] not in actors:
                errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in arts[aid]["text"]:
                errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{aid}: quote over 15 words: {c['quote']!r}")
    # Replay: prevailing stance from baseline, attributed claims only; every change must be a labelled shift.
    prev = {(a, i): s for a, i, s in baseline}
    for a, i, s in baseline:
        if a not in actors or i not in issues:
            errs.append(f"baseline: unknown {a}/{i}")
    expected = []
    for aid in sorted(arts):
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                t = (c["actor"], c["issue"], prev[k], c["stance"], aid)
                if t not in expected:
                    expected.append(t)
            prev[k] = c["stance"]
    got = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(got) != sorted(expected):
        errs.append(f"shifts mismatch:\n labelled {sorted(got)}\n replayed {sorted(expected)}")
    sa = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(arts) - sa:
        errs.append("no_alert_articles wrong")
    for fn in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", fn)], capture_output=True, text=True)
        if r.returncode:
            errs.append(f"feeds/{fn}: xmllint {r.stderr.strip()}")
    return errs, arts


if __name__ == "__main__":
    labels = build()
    errs, arts = validate(labels)
    allc = [c for v in labels["claims"].values() for c in v]
    from collections import Counter
    print(f"articles={len(arts)} claims={len(allc)} {dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} shifts={len(labels['shifts'])} "
          f"shift_articles={sorted({s['article'] for s in labels['shifts']})} "
          f"empty={[k for k, v in labels['claims'].items() if not v]}")
    print(Counter(a["source"] for a in arts.values()))
    for e in errs:
        print("ERROR:", e)
    sys.exit(1 if errs else 0)
