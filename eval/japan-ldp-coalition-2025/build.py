#!/usr/bin/env python3
"""Build the shiftwatch evaluation set japan-ldp-coalition-2025.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this script, and validates the result (see validate()).
Standard library only. Run: python3 build.py
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
    "lantern-wire": "Lantern Wire",
    "riverside-post": "Riverside Post",
    "tideline-news": "Tideline News",
    "orchard-daily": "Orchard Daily",
    "beacon-report": "Beacon Report",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2025-09-07T10:30:00Z", outlet="lantern-wire",
        slug="ishiba-to-resign-as-ldp-leader",
        title="Ishiba to resign as LDP leader after string of election losses",
        text=(
            "TOKYO, Sep 7 (Lantern Wire) - Prime Minister Shigeru Ishiba said on Sunday he would step down as "
            "president of the Liberal Democratic Party, ending weeks of pressure from within his party after its "
            "coalition lost control of both chambers of parliament.\n\n"
            "Ishiba told reporters at the prime minister's office that he would stay on until a successor was "
            "chosen, saying he wanted to avoid a split inside the party. The LDP's election committee is expected "
            "to set a date for the leadership vote in the coming days.\n\n"
            "The governing bloc lost its lower-house majority in October last year and fell "
            "short in the upper house in July, leaving the government dependent on opposition votes to pass "
            "budgets and bills.\n\n"
            "Komeito leader Tetsuo Saito declined to say how his party would approach a new LDP leader, telling "
            "reporters it was too early to comment before the candidates had set out their platforms.\n\n"
            "Political analysts said whoever wins may have to court the Japan Innovation Party or the Democratic "
            "Party for the People, though both have so far kept their distance from any formal partnership."
        ),
        claims=[],
    ),
    dict(
        id="002", published="2025-09-16T06:00:00Z", outlet="riverside-post",
        slug="komeito-wants-coalition-to-continue-presses-on-donations",
        title="Komeito wants coalition to continue, will press next LDP leader on donations",
        text=(
            "TOKYO, Sep 16 (Riverside Post) - Komeito intends to stay in government with the Liberal Democratic "
            "Party after the LDP picks a new leader, its head Tetsuo Saito said on Tuesday, but he warned that the "
            "party would not let the question of political money drop.\n\n"
            "Saito told a news conference at the party's Tokyo headquarters that the 26-year partnership had "
            "delivered stable government and that Komeito wanted it to carry on under Ishiba's successor. He said "
            "Komeito would ask whoever wins the leadership race to agree to tighter limits on which party bodies "
            "may accept donations from companies and organisations.\n\n"
            "The demand goes back to the slush-fund scandal that engulfed several LDP factions in 2023. The LDP "
            "has resisted a ban on corporate donations, arguing that better disclosure is enough.\n\n"
            "Saito said he was not setting conditions for any particular candidate. Asked whether Komeito could "
            "work with a leader who visits Yasukuni Shrine, he said he would wait to hear the candidates' views."
        ),
        claims=[
            ("komeito", "komeito-quits-coalition", O, "Komeito wanted it to carry on under Ishiba's successor", True),
            ("komeito", "corporate-donation-curbs", S, "agree to tighter limits on which party bodies may accept donations from companies", True),
            ("ldp", "corporate-donation-curbs", O, "The LDP has resisted a ban on corporate donations", False),
        ],
    ),
    dict(
        id="003", published="2025-09-22T05:00:00Z", outlet="tideline-news",
        slug="five-candidates-open-ldp-leadership-race",
        title="Five candidates open LDP leadership race",
        text=(
            "TOKYO, Sep 22 (Tideline News) - Five lawmakers formally entered the race to lead Japan's Liberal "
            "Democratic Party on Monday, opening a 12-day campaign that will in effect choose the country's next "
            "prime minister, even though the party no longer controls parliament on its own.\n\n"
            "The candidates, former economic security minister Sanae Takaichi, farm minister Shinjiro Koizumi, "
            "chief cabinet secretary Yoshimasa Hayashi, former foreign minister Toshimitsu Motegi and former "
            "economic security minister Takayuki Kobayashi, gave speeches at the LDP headquarters in Nagatacho.\n\n"
            "Much of the debate focused on rising prices, wages and the treatment of foreign residents. Koizumi "
            "said he would seek to widen the coalition, without naming a partner. Takaichi said her priority was a "
            "large economic package and that she would not be bound by past fiscal targets.\n\n"
            "Party members and lawmakers will vote on Oct 4. If no one wins a majority, the top two will face a "
            "runoff decided mostly by lawmakers.\n\n"
            "Opposition parties said the contest showed the LDP was more interested in its own affairs than in "
            "voters. None of the opposition leaders would say whether they might cooperate with the winner."
        ),
        claims=[],
    ),
    dict(
        id="004", published="2025-10-04T09:00:00Z", outlet="lantern-wire",
        slug="takaichi-wins-ldp-race",
        title="Takaichi wins LDP race, on course to be Japan's first woman prime minister",
        text=(
            "TOKYO, Oct 4 (Lantern Wire) - Sanae Takaichi won the leadership of Japan's Liberal Democratic Party "
            "on Saturday, beating Shinjiro Koizumi in a runoff and putting her in line to become the country's "
            "first female prime minister.\n\n"
            "The party will put her forward when parliament votes on a new premier later this month, and senior "
            "members said they expected her to win with the help of coalition partner Komeito. Takaichi told a "
            "news conference that the partnership with Komeito would remain the foundation of her government and "
            "that she hoped to work with other parties on a policy-by-policy basis.\n\n"
            "She met Komeito leader Tetsuo Saito later in the day. Saito said afterwards that he had conveyed his "
            "party's concerns about the LDP's handling of the slush-fund scandal, about visits to Yasukuni Shrine "
            "and about policy towards foreign residents. He declined to say whether Komeito's lawmakers would vote "
            "for Takaichi, saying the two sides needed to talk further.\n\n"
            "Yuichiro Tamaki, who leads the Democratic Party for the People, congratulated Takaichi and said his "
            "party was ready to cooperate on raising the income tax threshold, but that it had no plans to join "
            "the coalition."
        ),
        claims=[
            ("ldp", "takaichi-premiership", S, "The party will put her forward when parliament votes on a new premier", True),
            ("ldp", "komeito-quits-coalition", O, "the partnership with Komeito would remain the foundation of her government", True),
        ],
    ),
    dict(
        id="005", published="2025-10-07T10:00:00Z", outlet="riverside-post",
        slug="komeito-threatens-to-leave-coalition",
        title="Komeito threatens to leave coalition unless LDP tackles funding scandal",
        text=(
            "TOKYO, Oct 7 (Riverside Post) - Komeito will not remain in a coalition that does not deal seriously "
            "with political money, its leader Tetsuo Saito told new Liberal Democratic Party president Sanae "
            "Takaichi on Tuesday, raising the prospect of the first break in the partnership in more than two "
            "decades.\n\n"
            "Saito said after the meeting at the Diet that Komeito wanted the LDP to agree to restrict corporate "
            "and organisational donations to party headquarters and prefectural chapters, and to explain how it "
            "had dealt with lawmakers caught up in the slush-fund scandal. He said his party could not vote for "
            "Takaichi as prime minister unless those concerns were resolved.\n\n"
            "Takaichi told reporters she took the concerns seriously and wanted to keep working with Komeito, with "
            "which the LDP has governed since 1999 apart from three years in opposition. She did not say whether "
            "the LDP would accept the donation rules, and aides said she would need to consult senior party "
            "members first.\n\n"
            "Komeito officials have been angered by Takaichi's choice of Koichi Hagiuda, whose former aide was "
            "charged over the scandal, for a senior party post. The two leaders agreed to meet again."
        ),
        claims=[
            ("komeito", "komeito-quits-coalition", C, "Komeito will not remain in a coalition that does not deal seriously with political money", True),
            ("komeito", "corporate-donation-curbs", S, "wanted the LDP to agree to restrict corporate and organisational donations", True),
            ("komeito", "takaichi-premiership", C, "could not vote for Takaichi as prime minister unless those concerns were resolved", True),
            ("ldp", "komeito-quits-coalition", O, "wanted to keep working with Komeito", True),
        ],
    ),
    dict(
        id="006", published="2025-10-09T07:30:00Z", outlet="tideline-news",
        slug="noda-says-cdp-could-back-tamaki",
        title="Noda says CDP could back Tamaki as opposition's pick for prime minister",
        text=(
            "TOKYO, Oct 9 (Tideline News) - Constitutional Democratic Party leader Yoshihiko Noda said on Thursday "
            "his party was prepared to vote for Yuichiro Tamaki of the Democratic Party for the People if that "
            "would let the opposition unite behind a single candidate for prime minister.\n\n"
            "Noda, whose party is the largest in opposition, said the fractured parliament gave rivals of the "
            "Liberal Democratic Party a rare opening and that they should not let Takaichi walk into the prime "
            "minister's office by default. He said he would seek talks with the leaders of the DPFP and the Japan "
            "Innovation Party.\n\n"
            "Tamaki said he was grateful for the offer but that any joint candidacy would depend on the CDP "
            "agreeing with his party on basic policy, including the security laws and nuclear power. A government "
            "could not be built on arithmetic alone, he said.\n\n"
            "An Ishin spokesman declined to say whether the party would take part in the talks.\n\n"
            "Together the three opposition parties hold more lower-house seats than the LDP, though not a majority."
        ),
        claims=[
            ("cdp", "joint-opposition-candidate", S, "his party was prepared to vote for Yuichiro Tamaki", True),
            ("cdp", "takaichi-premiership", O, "should not let Takaichi walk into the prime minister's office by default", True),
            ("dpfp", "joint-opposition-candidate", C, "any joint candidacy would depend on the CDP agreeing with his party on basic policy", True),
        ],
    ),
    dict(
        id="007", published="2025-10-10T08:00:00Z", outlet="lantern-wire",
        slug="komeito-quits-ruling-coalition",
        title="Komeito quits Japan's ruling coalition, ending 26-year partnership with LDP",
        text=(
            "TOKYO, Oct 10 (Lantern Wire) - Komeito said on Friday it was leaving its coalition with the Liberal "
            "Democratic Party, ending a partnership that has underpinned most Japanese governments since 1999 and "
            "throwing the choice of the next prime minister into doubt.\n\n"
            "Komeito leader Tetsuo Saito announced the decision after a 90-minute meeting with LDP president Sanae "
            "Takaichi, saying the coalition would return to a clean slate. He said the LDP's answer on restricting "
            "corporate donations had been inadequate, and that Komeito could not go on defending a party that had "
            "failed to come clean on the slush-fund scandal.\n\n"
            "According to Saito, Takaichi told him the LDP could not agree to the restrictions without first "
            "consulting its own members. He said Komeito's lawmakers would write his own name, not Takaichi's, in "
            "the first round of the vote for prime minister.\n\n"
            "Takaichi called the decision very regrettable and said Komeito had informed her of it unilaterally. "
            "She said she still hoped to cooperate with the party on individual policies.\n\n"
            "Without Komeito's 24 lower-house seats, the LDP is further from a majority and will need support from "
            "at least one opposition party."
        ),
        claims=[
            ("komeito", "komeito-quits-coalition", S, "it was leaving its coalition with the Liberal Democratic Party", True),
            ("komeito", "corporate-donation-curbs", S, "the LDP's answer on restricting corporate donations had been inadequate", True),
            ("ldp", "corporate-donation-curbs", O, "the LDP could not agree to the restrictions without first consulting its own members", False),
            ("komeito", "takaichi-premiership", O, "Komeito's lawmakers would write his own name, not Takaichi's", True),
            ("ldp", "komeito-quits-coalition", O, "Takaichi called the decision very regrettable", True),
        ],
    ),
    dict(
        id="008", published="2025-10-10T11:30:00Z", outlet="beacon-report",
        slug="komeito-walks-out-of-coalition-with-ldp",
        title="Komeito walks out of coalition with LDP after 26 years",
        text=(
            "TOKYO, Oct 10 (Beacon Report) - Komeito announced on Friday that it was leaving its coalition with the "
            "Liberal Democratic Party, ending a partnership that has underpinned most Japanese governments since "
            "1999 and casting doubt over who will become the next prime minister.\n\n"
            "Komeito leader Tetsuo Saito made the announcement after a meeting of about 90 minutes with LDP "
            "president Sanae Takaichi, saying the coalition would go back to a clean slate. He said the LDP's "
            "answer on restricting corporate donations had been inadequate and that Komeito could no longer defend "
            "a party that had not come clean on the slush-fund scandal.\n\n"
            "Saito said Takaichi had told him the LDP could not agree to the restrictions without first consulting "
            "its own members. Komeito's lawmakers would write his own name, not Takaichi's, in the first round of "
            "the parliamentary vote, he said.\n\n"
            "Takaichi described the decision as very regrettable and complained that Komeito had informed her of it "
            "unilaterally. She said she still hoped to work with the party on individual policies.\n\n"
            "The loss of Komeito's 24 lower-house seats leaves the LDP further from a majority and in need of "
            "support from at least one opposition party."
        ),
        claims=[
            ("komeito", "komeito-quits-coalition", S, "it was leaving its coalition with the Liberal Democratic Party", True),
            ("komeito", "corporate-donation-curbs", S, "the LDP's answer on restricting corporate donations had been inadequate", True),
            ("ldp", "corporate-donation-curbs", O, "the LDP could not agree to the restrictions without first consulting its own members", False),
            ("komeito", "takaichi-premiership", O, "Komeito's lawmakers would write his own name, not Takaichi's", True),
            ("ldp", "komeito-quits-coalition", O, "Takaichi described the decision as very regrettable", True),
        ],
    ),
    dict(
        id="009", published="2025-10-11T03:00:00Z", outlet="orchard-daily",
        slug="opposition-closes-in-on-power-as-komeito-walks-out",
        title="Opposition closes in on power as Komeito walks out",
        text=(
            "TOKYO, Oct 11 (Orchard Daily) - Komeito's exit from Japan's ruling coalition has turned what looked "
            "like a formality into an open contest for the premiership, though the opposition is still far from "
            "agreeing on who should lead it.\n\n"
            "Constitutional Democratic Party leader Yoshihiko Noda said on Saturday that Komeito had made the right "
            "call in walking away from a party that refused to clean up its finances, and said he would invite "
            "the other opposition leaders to talks next week.\n\n"
            "Whether those talks succeed depends largely on the Japan Innovation Party, or Ishin, which wants the "
            "lower house shrunk by a tenth and has made that the test of any partnership. Its co-leader Fumitake "
            "Fujita declined to say on Saturday whether Ishin would side with the opposition or with Takaichi.\n\n"
            "Some analysts said the LDP could yet survive as a minority government if it won over either Ishin or "
            "the Democratic Party for the People. Others said a joint opposition bid was the likelier outcome, "
            "noting that the three main opposition parties together outnumber the LDP in the lower house.\n\n"
            "Takaichi's aides said she would reach out to several parties in the coming days."
        ),
        claims=[
            ("cdp", "komeito-quits-coalition", S, "Komeito had made the right call in walking away", True),
            ("komeito", "komeito-quits-coalition", S, "Komeito's exit from Japan's ruling coalition", False),
            ("ishin", "cut-lower-house-seats", S, "which wants the lower house shrunk by a tenth", False),
        ],
    ),
    dict(
        id="010", published="2025-10-13T07:00:00Z", outlet="tideline-news",
        slug="osaka-expo-closes-yoshimura-quiet-on-coalition",
        title="Osaka Expo closes as Yoshimura stays quiet on coalition talk",
        text=(
            "OSAKA, Oct 13 (Tideline News) - The World Expo in Osaka closed on Monday after six months, with "
            "organisers saying visitor numbers had picked up strongly in the final weeks after a slow start and "
            "early criticism of rising costs.\n\n"
            "Osaka governor Hirofumi Yoshimura, who also co-leads the Japan Innovation Party, thanked volunteers at "
            "the closing ceremony on the man-made island of Yumeshima. Asked whether Ishin would support Sanae "
            "Takaichi or join an opposition bid in the coming vote for prime minister, he declined to comment, "
            "saying the day belonged to the Expo.\n\n"
            "Party officials in Osaka said the leadership would meet in Tokyo later in the week. Ishin's bloc of "
            "more than 30 lower-house seats could tip the balance in a tight vote.\n\n"
            "Several business leaders at the ceremony said they hoped for a stable government that would keep the "
            "economy on track. The Expo site is due to be cleared over the coming months, and part of the island "
            "has been set aside for an integrated casino resort."
        ),
        claims=[],
    ),
    dict(
        id="011", published="2025-10-14T09:00:00Z", outlet="beacon-report",
        slug="opposition-secretaries-general-no-deal-on-candidate",
        title="Opposition party secretaries-general meet, no deal on single candidate",
        text=(
            "TOKYO, Oct 14 (Beacon Report) - Senior officials of Japan's three largest opposition parties met on "
            "Tuesday to discuss uniting behind one candidate for prime minister, but ended without agreement and "
            "said their leaders would take up the question on Wednesday.\n\n"
            "Jun Azumi, secretary-general of the Constitutional Democratic Party, told reporters his party remained "
            "ready to vote for the leader of another party if that was what it took to end Liberal Democratic Party "
            "rule.\n\n"
            "His counterpart at the Democratic Party for the People, Kazuya Shimba, said his party would not sign "
            "on to a joint candidacy unless the CDP changed its view that parts of the 2015 security laws are "
            "unconstitutional. He said voters would not trust a government whose members disagreed on defence.\n\n"
            "The meeting at the Diet lasted about an hour. An official from the Japan Innovation Party also "
            "attended but made no comment afterwards. The leaders are due to meet at the same venue on "
            "Wednesday."
        ),
        claims=[
            ("cdp", "joint-opposition-candidate", S, "remained ready to vote for the leader of another party", True),
            ("dpfp", "joint-opposition-candidate", C, "would not sign on to a joint candidacy unless the CDP changed its view", True),
        ],
    ),
    dict(
        id="012", published="2025-10-15T10:00:00Z", outlet="lantern-wire",
        slug="opposition-fails-to-agree-takaichi-courts-ishin",
        title="Opposition leaders fail to agree on joint candidate as Takaichi courts Ishin",
        text=(
            "TOKYO, Oct 15 (Lantern Wire) - The leaders of Japan's three main opposition parties failed on "
            "Wednesday to agree on a single candidate for prime minister, while Liberal Democratic Party president "
            "Sanae Takaichi opened talks with one of them, the Japan Innovation Party.\n\n"
            "Yoshihiko Noda of the Constitutional Democratic Party hosted the meeting at the Diet. Yuichiro Tamaki "
            "of the Democratic Party for the People said afterwards that gaps on security and energy policy "
            "remained too wide and that his party could not agree to a joint candidacy until they were closed.\n\n"
            "Hours later, Takaichi met Ishin co-leaders Hirofumi Yoshimura and Fumitake Fujita at a Tokyo hotel "
            "to discuss possible cooperation. Yoshimura said Ishin was "
            "prepared to back her if the two parties could reach agreement on policy, and that formal talks would "
            "begin on Thursday.\n\n"
            "Fujita said Ishin would judge both sides on their policies and that cutting the number of lower-house "
            "seats was non-negotiable.\n\n"
            "The LDP has 196 seats in the 465-member lower house, well short of a majority even with Ishin's "
            "support."
        ),
        claims=[
            ("dpfp", "joint-opposition-candidate", C, "could not agree to a joint candidacy until they were closed", True),
            ("ishin", "takaichi-premiership", C, "Ishin was prepared to back her if the two parties could reach agreement on policy", True),
            ("ishin", "cut-lower-house-seats", S, "cutting the number of lower-house seats was non-negotiable", True),
        ],
    ),
    dict(
        id="013", published="2025-10-15T13:00:00Z", outlet="riverside-post",
        slug="japan-opposition-still-split-takaichi-turns-to-ishin",
        title="Japan's opposition still split on PM pick as Takaichi turns to Ishin",
        text=(
            "TOKYO, Oct 15 (Riverside Post) - Japan's three main opposition parties could not agree on Wednesday on "
            "a single candidate for prime minister, and Liberal Democratic Party president Sanae Takaichi opened "
            "talks the same day with one of them, the Japan Innovation Party.\n\n"
            "Constitutional Democratic Party leader Yoshihiko Noda hosted the leaders' meeting at the Diet. "
            "Afterwards, Yuichiro Tamaki of the Democratic Party for the People said the gaps on security and "
            "energy policy were still too wide and that his party could not agree to a joint candidacy until they "
            "were closed.\n\n"
            "Later in the day Takaichi met Ishin co-leaders Hirofumi Yoshimura and Fumitake Fujita at a hotel in "
            "central Tokyo to explore cooperation. Yoshimura said Ishin "
            "was prepared to back her if the two parties could reach agreement on policy. Formal talks start on "
            "Thursday.\n\n"
            "Fujita said Ishin would weigh both camps on policy and that cutting the number of lower-house seats "
            "was non-negotiable.\n\n"
            "With 196 of the 465 lower-house seats, the LDP would remain short of a majority even with Ishin on its "
            "side."
        ),
        claims=[
            ("dpfp", "joint-opposition-candidate", C, "could not agree to a joint candidacy until they were closed", True),
            ("ishin", "takaichi-premiership", C, "Ishin was prepared to back her if the two parties could reach agreement on policy", True),
            ("ishin", "cut-lower-house-seats", S, "cutting the number of lower-house seats was non-negotiable", True),
        ],
    ),
    dict(
        id="014", published="2025-10-16T09:30:00Z", outlet="orchard-daily",
        slug="ldp-set-to-accept-ishin-seat-cut-demand",
        title="LDP set to accept Ishin's demand to slash lower-house seats",
        text=(
            "TOKYO, Oct 16 (Orchard Daily) - The Liberal Democratic Party and the Japan Innovation Party began "
            "formal policy talks on Thursday, with Ishin presenting a list of 12 demands in exchange for supporting "
            "Sanae Takaichi in next week's vote for prime minister.\n\n"
            "Top of the list was a 10% cut in the number of lower-house lawmakers, which Ishin co-leader Fumitake "
            "Fujita called the centrepiece of its reform agenda. The list also calls for the consumption tax on "
            "food to be suspended for two years and for donations from companies and organisations to be "
            "banned.\n\n"
            "LDP policy chief Takayuki Kobayashi said after the first session that his party would consider the "
            "seat cut seriously but needed to hear from its lawmakers, many of whom would see their districts "
            "merged. He did not commit to the tax or donation proposals.\n\n"
            "Fujita said Ishin would not vote for Takaichi without a deal on its core demands and that it expected "
            "an answer within days.\n\n"
            "The talks, held in a meeting room at the Diet, are due to continue on Friday."
        ),
        claims=[
            ("ishin", "cut-lower-house-seats", S, "a 10% cut in the number of lower-house lawmakers", True),
            ("ishin", "food-consumption-tax-cut", S, "calls for the consumption tax on food to be suspended for two years", True),
            ("ishin", "corporate-donation-curbs", S, "for donations from companies and organisations to be banned", True),
            ("ldp", "cut-lower-house-seats", C, "his party would consider the seat cut seriously but needed to hear from its lawmakers", True),
            ("ishin", "takaichi-premiership", C, "would not vote for Takaichi without a deal on its core demands", True),
        ],
    ),
    dict(
        id="015", published="2025-10-17T06:00:00Z", outlet="tideline-news",
        slug="tamaki-says-joint-opposition-bid-is-off",
        title="Tamaki says joint opposition bid is off as Ishin talks with LDP",
        text=(
            "TOKYO, Oct 17 (Tideline News) - Democratic Party for the People leader Yuichiro Tamaki said on Friday "
            "that efforts to field a single opposition candidate for prime minister had run their course, and that "
            "his party's lawmakers would write his own name in next week's vote.\n\n"
            "He told reporters that with the Japan Innovation Party now negotiating with the Liberal Democratic "
            "Party, there was no longer a realistic path to a joint bid, and that the DPFP would not take part in "
            "one. He also said the DPFP would not vote for Sanae Takaichi, though it would work with her government "
            "on tax and energy bills where policies matched.\n\n"
            "Ishin co-leader Fumitake Fujita said separately that his party had ended its talks with the "
            "Constitutional Democratic Party and the DPFP on a unified candidate in order to concentrate on the "
            "negotiations with the LDP.\n\n"
            "The CDP is expected to field its own leader, Yoshihiko Noda, in the first round. Political analysts "
            "said a runoff in the lower house now looked unlikely."
        ),
        claims=[
            ("dpfp", "joint-opposition-candidate", O, "the DPFP would not take part in one", True),
            ("dpfp", "takaichi-premiership", O, "the DPFP would not vote for Sanae Takaichi", True),
            ("ishin", "joint-opposition-candidate", O, "his party had ended its talks with the Constitutional Democratic Party and the DPFP", True),
        ],
    ),
    dict(
        id="016", published="2025-10-18T04:00:00Z", outlet="beacon-report",
        slug="noda-cdp-not-against-smaller-lower-house",
        title="Noda says CDP not against smaller lower house, but not as a coalition price",
        text=(
            "CHIBA, Oct 18 (Beacon Report) - Constitutional Democratic Party leader Yoshihiko Noda said on Saturday "
            "his party was not opposed to reducing the number of lower-house seats, but only if the size of the "
            "chamber was settled by all parties together rather than traded for votes in a coalition deal.\n\n"
            "Speaking to supporters in his home prefecture, Noda said a cross-party council on electoral reform "
            "already existed and that the Liberal Democratic Party and the Japan Innovation Party should not "
            "bypass it. He confirmed he would stand as the CDP's candidate in Tuesday's vote for prime minister and "
            "urged lawmakers from other parties to vote against Sanae Takaichi.\n\n"
            "The issue has a long history for Noda. In 2012, when he was prime minister for the Democratic Party of "
            "Japan, he promised the then LDP leader Shinzo Abe in a televised debate that seats would be cut in "
            "return for dissolving the lower house. The reduction was only partly carried out.\n\n"
            "Komeito, which wins most of its seats through proportional representation, said it would set out its "
            "view after internal discussions."
        ),
        claims=[
            ("cdp", "cut-lower-house-seats", C, "not opposed to reducing the number of lower-house seats, but only if", True),
            ("cdp", "takaichi-premiership", O, "urged lawmakers from other parties to vote against Sanae Takaichi", True),
        ],
    ),
    dict(
        id="017", published="2025-10-19T08:00:00Z", outlet="lantern-wire",
        slug="ldp-agrees-to-ishin-seat-cut-demand",
        title="LDP agrees to Ishin's seat-cut demand; Yoshimura calls it \"absolute condition\"",
        text=(
            "TOKYO, Oct 19 (Lantern Wire) - The Liberal Democratic Party has agreed to aim for a 10% cut in the "
            "number of lower-house seats, clearing the main obstacle to a partnership with the Japan Innovation "
            "Party, LDP president Sanae Takaichi said on Sunday.\n\n"
            "Takaichi told reporters after meeting Ishin co-leader Hirofumi Yoshimura that the LDP would draft "
            "legislation with Ishin to reduce the chamber's size and that she would take responsibility for "
            "winning over her own lawmakers.\n\n"
            "Yoshimura said earlier on a television programme that the seat cut was an \"absolute condition\" for "
            "Ishin's support, and that the party would vote for Takaichi only if the LDP put it in writing.\n\n"
            "Komeito leader Tetsuo Saito said his party could not accept a cut that fell mainly on proportional "
            "representation, arguing it would silence smaller parties and the voters who back them.\n\n"
            "The two parties have yet to settle their differences on donations from companies. They aim to sign "
            "an agreement on Monday, a day before parliament chooses the prime minister."
        ),
        claims=[
            ("ldp", "cut-lower-house-seats", S, "has agreed to aim for a 10% cut in the number of lower-house seats", True),
            ("ishin", "cut-lower-house-seats", S, "the seat cut was an \"absolute condition\" for Ishin's support", True),
            ("ishin", "takaichi-premiership", C, "the party would vote for Takaichi only if the LDP put it in writing", True),
            ("komeito", "cut-lower-house-seats", O, "his party could not accept a cut that fell mainly on proportional representation", True),
        ],
    ),
    dict(
        id="018", published="2025-10-20T10:00:00Z", outlet="riverside-post",
        slug="ldp-and-ishin-sign-coalition-deal",
        title="LDP and Ishin sign coalition deal, putting Takaichi on path to premiership",
        text=(
            "TOKYO, Oct 20 (Riverside Post) - The Liberal Democratic Party and the Japan Innovation Party signed a "
            "coalition agreement on Monday, all but guaranteeing that Sanae Takaichi will be elected prime minister "
            "when parliament votes on Tuesday.\n\n"
            "Takaichi and Ishin co-leader Hirofumi Yoshimura signed the document at the Diet. Ishin will vote for "
            "Takaichi but will not take cabinet posts for now, supporting the government from outside. The "
            "agreement commits both parties to cutting lower-house seats by about 10% and to submitting a bill "
            "during the current session, and Yoshimura said that commitment was why Ishin had decided to back "
            "her.\n\n"
            "On corporate donations, Ishin agreed to set aside its call for an immediate ban. The two parties will "
            "instead set up a council to study the question, with a conclusion due by the end of Takaichi's term as "
            "LDP president in September 2027. Yoshimura said his party had chosen to give ground on timing so that "
            "the reform of seats could go ahead.\n\n"
            "Takaichi said donations from companies were not wrong in themselves as long as they were "
            "transparent.\n\n"
            "The two parties together remain a few seats short of a lower-house majority, but several independents "
            "are expected to vote for Takaichi."
        ),
        claims=[
            ("ishin", "takaichi-premiership", S, "Ishin will vote for Takaichi", True),
            ("ldp", "cut-lower-house-seats", S, "commits both parties to cutting lower-house seats by about 10%", True),
            ("ishin", "cut-lower-house-seats", S, "commits both parties to cutting lower-house seats by about 10%", True),
            ("ishin", "corporate-donation-curbs", C, "Ishin agreed to set aside its call for an immediate ban", True),
            ("ldp", "corporate-donation-curbs", O, "donations from companies were not wrong in themselves as long as they were transparent", True),
        ],
    ),
    dict(
        id="019", published="2025-10-20T13:30:00Z", outlet="orchard-daily",
        slug="explainer-what-ldp-and-ishin-agreed",
        title="Explainer: what the LDP and Ishin agreed on tax, lunches and donations",
        text=(
            "TOKYO, Oct 20 (Orchard Daily) - The policy agreement signed on Monday by the Liberal Democratic Party "
            "and the Japan Innovation Party sets out what Ishin won and what it left for later. Besides the "
            "provisions on the size of parliament, three items stand out.\n\n"
            "Food tax. At Ishin's insistence, the two parties will consider taking food out of the consumption tax "
            "for two years. The wording commits the LDP only to study the idea alongside a system "
            "of refundable tax credits, not to carry it out.\n\n"
            "School lunches. The agreement says lunches at public elementary schools will be free of charge from "
            "April 2026, with junior high schools to follow.\n\n"
            "Donations. Ishin's call for a ban on corporate donations is parked in a joint council that must reach "
            "a conclusion by September 2027.\n\n"
            "Other items include a second capital to back up Tokyo in a disaster, a tighter policy on foreign "
            "residents and a review of the social security system.\n\n"
            "An LDP official said the party's tax commission would begin discussing the food tax next month."
        ),
        claims=[
            ("ldp", "food-consumption-tax-cut", C, "commits the LDP only to study the idea alongside a system of refundable tax credits", True),
            ("ishin", "food-consumption-tax-cut", S, "At Ishin's insistence, the two parties will consider taking food out of the consumption tax", True),
            ("ldp", "free-school-lunches", S, "lunches at public elementary schools will be free of charge from April 2026", True),
            ("ishin", "free-school-lunches", S, "lunches at public elementary schools will be free of charge from April 2026", True),
            ("ishin", "corporate-donation-curbs", C, "Ishin's call for a ban on corporate donations is parked in a joint council", True),
        ],
    ),
    dict(
        id="020", published="2025-10-21T09:00:00Z", outlet="lantern-wire",
        slug="takaichi-elected-japans-first-female-prime-minister",
        title="Takaichi elected Japan's first female prime minister",
        text=(
            "TOKYO, Oct 21 (Lantern Wire) - Sanae Takaichi was elected Japan's prime minister by parliament on "
            "Tuesday, becoming the first woman to hold the post, after the Japan Innovation Party's lawmakers voted "
            "for her under the deal signed a day earlier.\n\n"
            "In the lower house Takaichi won a majority in the first round with the votes of the Liberal Democratic "
            "Party, Ishin and several independents. Yoshihiko Noda of the Constitutional Democratic Party came "
            "second, with his party's lawmakers casting their ballots for him. The Democratic Party for the People "
            "voted for its leader Yuichiro Tamaki, and Komeito's lawmakers wrote the name of their leader Tetsuo "
            "Saito, as he had said they would.\n\n"
            "In the upper house, where no candidate won a majority in the first round, Takaichi defeated Noda in a "
            "runoff.\n\n"
            "Takaichi was due to name her cabinet later in the day and to hold her first news conference as prime "
            "minister in the evening. She replaces Shigeru Ishiba, whose cabinet resigned en masse in the morning."
        ),
        claims=[
            ("ishin", "takaichi-premiership", S, "the Japan Innovation Party's lawmakers voted for her", True),
            ("ldp", "takaichi-premiership", S, "won a majority in the first round with the votes of the Liberal Democratic Party", True),
            ("cdp", "takaichi-premiership", O, "with his party's lawmakers casting their ballots for him", True),
            ("dpfp", "takaichi-premiership", O, "The Democratic Party for the People voted for its leader Yuichiro Tamaki", True),
            ("komeito", "takaichi-premiership", O, "Komeito's lawmakers wrote the name of their leader Tetsuo Saito", True),
        ],
    ),
    dict(
        id="021", published="2025-10-21T12:00:00Z", outlet="tideline-news",
        slug="takaichi-names-cabinet-ishin-adviser",
        title="Takaichi names cabinet; Ishin lawmaker to serve as adviser",
        text=(
            "TOKYO, Oct 21 (Tideline News) - Prime Minister Sanae Takaichi named her cabinet on Tuesday evening, "
            "appointing Satsuki Katayama as Japan's first female finance minister and Minoru Kihara as chief "
            "cabinet secretary.\n\n"
            "Ministers gathered at the prime minister's office for the customary group photograph after an "
            "attestation ceremony at the Imperial Palace. Toshimitsu Motegi, who ran against Takaichi in the "
            "leadership race, became foreign minister, and Shinjiro Koizumi was named defence minister.\n\n"
            "The Japan Innovation Party, which has no ministers in the cabinet, will have one of its lawmakers, "
            "Takashi Endo, serve as a special adviser to the prime minister to coordinate between the two "
            "parties.\n\n"
            "Kihara told his first news conference that the government's immediate task was an economic package to "
            "ease the burden of rising prices. He declined to say how large it would be or when it would be "
            "ready.\n\n"
            "Takaichi was scheduled to speak to reporters at the Kantei later in the evening."
        ),
        claims=[],
    ),
    dict(
        id="022", published="2025-10-24T08:00:00Z", outlet="beacon-report",
        slug="takaichi-vows-seat-cut-and-free-school-lunches",
        title="Takaichi vows seat cut and free school lunches in first policy speech",
        text=(
            "TOKYO, Oct 24 (Beacon Report) - Prime Minister Sanae Takaichi promised on Friday to pass legislation "
            "cutting the number of lower-house seats and to make school lunches free, in her first policy speech "
            "to parliament since taking office.\n\n"
            "Takaichi said her government was determined to cut the size of the chamber in the current session. She "
            "said free lunches at public elementary schools would start from the next school year.\n\n"
            "On the consumption tax, she said the government would look at exempting food for a limited period as "
            "one option, but that it would also design a system of refundable tax credits and would weigh the "
            "effect on social security funding before deciding.\n\n"
            "She made no mention of corporate donations. Constitutional Democratic Party leader Yoshihiko Noda said "
            "afterwards that the omission showed the LDP had already forgotten the slush-fund scandal.\n\n"
            "Opposition lawmakers heckled at several points during the speech, which lasted about 45 minutes."
        ),
        claims=[
            ("ldp", "cut-lower-house-seats", S, "her government was determined to cut the size of the chamber", True),
            ("ldp", "free-school-lunches", S, "free lunches at public elementary schools would start from the next school year", True),
            ("ldp", "food-consumption-tax-cut", C, "would look at exempting food for a limited period as one option", True),
        ],
    ),
    dict(
        id="023", published="2025-11-04T07:00:00Z", outlet="riverside-post",
        slug="komeito-and-dpfp-team-up-on-donations-bill",
        title="Komeito and DPFP team up on bill to curb corporate donations",
        text=(
            "TOKYO, Nov 4 (Riverside Post) - Komeito and the Democratic Party for the People agreed on Tuesday to "
            "draft a joint bill that would limit which party bodies may receive donations from companies and "
            "organisations, reviving the dispute at the heart of last month's political upheaval.\n\n"
            "Komeito leader Tetsuo Saito said the bill would allow only party headquarters and prefectural chapters "
            "to accept such money, closing a route by which thousands of local branches collect funds. DPFP leader "
            "Yuichiro Tamaki said his party shared that goal and hoped other parties would sign on.\n\n"
            "The Japan Innovation Party, which signed a deal with the LDP in October, denied it had abandoned its "
            "push for a ban on such donations. Ishin's Fumitake Fujita said the question had been handed to a joint "
            "council with the LDP, and that Ishin accepted that no ban would come before the council reported.\n\n"
            "Chief Cabinet Secretary Minoru Kihara declined to comment, saying the matter was for parliament to "
            "decide."
        ),
        claims=[
            ("komeito", "corporate-donation-curbs", S, "the bill would allow only party headquarters and prefectural chapters to accept such money", True),
            ("dpfp", "corporate-donation-curbs", S, "his party shared that goal", True),
            ("ishin", "corporate-donation-curbs", C, "Ishin accepted that no ban would come before the council reported", True),
        ],
    ),
    dict(
        id="024", published="2025-11-07T06:30:00Z", outlet="tideline-news",
        slug="takaichi-cites-cash-register-hurdles-on-food-tax",
        title="Takaichi cites cash-register hurdles on food tax cut",
        text=(
            "TOKYO, Nov 7 (Tideline News) - Prime Minister Sanae Takaichi said on Friday a temporary cut in the "
            "consumption tax on food remained under consideration, but warned that it could not be done quickly "
            "because retailers would need time to change their cash-register systems.\n\n"
            "Answering questions in the lower house budget committee, Takaichi said she had not ruled out the cut, "
            "which her government agreed to study under its deal with the Japan Innovation Party, but that any "
            "decision would come after the ruling camp's tax debate in December.\n\n"
            "A Constitutional Democratic Party lawmaker who questioned her said the CDP wanted food exempted from "
            "the tax as soon as possible to help households facing higher prices. He said a delay of a year or more "
            "would mean the relief came too late.\n\n"
            "Ishin's Fumitake Fujita told reporters the party would keep pushing for the exemption and that "
            "practical obstacles should not become an excuse.\n\n"
            "Economists estimate that removing the 8% levy on food would cost about 5 trillion yen a year in "
            "revenue."
        ),
        claims=[
            ("ldp", "food-consumption-tax-cut", C, "a temporary cut in the consumption tax on food remained under consideration", True),
            ("cdp", "food-consumption-tax-cut", S, "the CDP wanted food exempted from the tax as soon as possible", True),
            ("ishin", "food-consumption-tax-cut", S, "the party would keep pushing for the exemption", True),
        ],
    ),
    dict(
        id="025", published="2025-11-12T08:00:00Z", outlet="orchard-daily",
        slug="smaller-parties-push-back-on-proportional-seat-cut",
        title="Smaller parties push back on plan to cut proportional seats",
        text=(
            "TOKYO, Nov 12 (Orchard Daily) - Komeito and the Democratic Party for the People on Wednesday criticised "
            "proposals to focus a cut in lower-house seats on proportional representation, "
            "saying it would shut out small parties and the voters who support them.\n\n"
            "Komeito leader Tetsuo Saito told reporters his party would oppose any bill that reduced proportional "
            "seats, which give it most of its lawmakers. He said the ruling parties were treating the size of "
            "parliament as a bargaining chip.\n\n"
            "DPFP leader Yuichiro Tamaki said his party was not against a smaller chamber as such, but that it could "
            "support a cut only if it came as part of a broader overhaul of the electoral system agreed among all "
            "parties.\n\n"
            "A bill to cut about 45 of the 465 seats is being drafted. People familiar with the drafting said most "
            "of the reduction would fall on the proportional tier, though single-seat districts may also be "
            "trimmed.\n\n"
            "Sanseito, a small right-wing party, also said it would vote against a cut to proportional seats."
        ),
        claims=[
            ("komeito", "cut-lower-house-seats", O, "his party would oppose any bill that reduced proportional seats", True),
            ("dpfp", "cut-lower-house-seats", C, "could support a cut only if it came as part of a broader overhaul", True),
        ],
    ),
    dict(
        id="026", published="2025-11-14T05:00:00Z", outlet="beacon-report",
        slug="yoshimura-says-seat-cut-bill-must-pass-this-session",
        title="Yoshimura says Ishin needs seat-cut bill passed this session",
        text=(
            "OSAKA, Nov 14 (Beacon Report) - Japan Innovation Party co-leader Hirofumi Yoshimura said on Friday the "
            "seat-reduction bill must pass before the current parliamentary session ends in mid-December, and that "
            "it should include a clause cutting seats automatically if parties fail to agree on the details within "
            "a year.\n\n"
            "Speaking at the Osaka prefectural government offices, Yoshimura said Ishin had joined the coalition on "
            "the strength of the seat-cut promise, and that if the bill stalled there would be little reason for the "
            "partnership to continue.\n\n"
            "Two people familiar with the negotiations said the Liberal Democratic Party had accepted the automatic "
            "clause in principle, despite grumbling from lawmakers in rural districts who fear losing their seats. A "
            "group of about 20 LDP backbenchers met on Thursday to voice concern about the pace.\n\n"
            "Asked whether Ishin would take cabinet posts if the bill passed, Yoshimura said that question was for "
            "another day."
        ),
        claims=[
            ("ishin", "cut-lower-house-seats", S, "the seat-reduction bill must pass before the current parliamentary session ends", True),
            ("ldp", "cut-lower-house-seats", S, "the Liberal Democratic Party had accepted the automatic clause in principle", False),
        ],
    ),
    dict(
        id="027", published="2025-11-19T07:00:00Z", outlet="lantern-wire",
        slug="cdp-ready-to-back-komeito-dpfp-donations-bill",
        title="CDP ready to back bill restricting corporate donations",
        text=(
            "TOKYO, Nov 19 (Lantern Wire) - The Constitutional Democratic Party said on Wednesday it was ready to "
            "support an opposition bill that would restrict which party bodies can take corporate donations, even though its own goal remains an outright ban.\n\n"
            "CDP Secretary-General Jun Azumi said the restriction would be a meaningful first step and that his "
            "party would not let the perfect be the enemy of the good. He said the CDP would keep its own ban bill "
            "on the table.\n\n"
            "The Liberal Democratic Party, which has thousands of local branches that receive corporate money, has "
            "argued that restricting recipients would hit its grassroots organisation hardest. LDP policy chief "
            "Takayuki Kobayashi said on Wednesday the party would discuss the issue in the council set up with the "
            "Japan Innovation Party, not in response to opposition bills.\n\n"
            "With the LDP and Ishin short of a majority in the upper house, the bill's prospects depend on how many "
            "opposition and independent lawmakers back it."
        ),
        claims=[
            ("cdp", "corporate-donation-curbs", S, "the restriction would be a meaningful first step", True),
            ("ldp", "corporate-donation-curbs", O, "has argued that restricting recipients would hit its grassroots organisation hardest", False),
        ],
    ),
    dict(
        id="028", published="2025-11-21T09:00:00Z", outlet="riverside-post",
        slug="ldp-and-ishin-agree-outline-of-45-seat-cut",
        title="LDP and Ishin agree outline of bill to cut 45 lower-house seats",
        text=(
            "TOKYO, Nov 21 (Riverside Post) - The Liberal Democratic Party and the Japan Innovation Party agreed on "
            "Friday on the outline of a bill to cut the lower house by roughly 45 seats, about a tenth of its 465 "
            "members, with an automatic reduction if a cross-party panel fails to settle the details within a "
            "year.\n\n"
            "LDP Secretary-General Shunichi Suzuki said the party would seek its lawmakers' approval next week and "
            "aimed to submit the bill in early December. Ishin co-leader Fumitake Fujita said the outline honoured "
            "the coalition agreement.\n\n"
            "Constitutional Democratic Party leader Yoshihiko Noda said his party could back a smaller chamber only "
            "if the figure came from the cross-party council on electoral reform. He criticised the automatic clause "
            "as a gun held to the heads of the other parties.\n\n"
            "The extraordinary session is scheduled to end on Dec 17, leaving little time for debate in two chambers "
            "where the ruling bloc lacks a secure majority."
        ),
        claims=[
            ("ldp", "cut-lower-house-seats", S, "agreed on Friday on the outline of a bill to cut the lower house", True),
            ("ishin", "cut-lower-house-seats", S, "agreed on Friday on the outline of a bill to cut the lower house", True),
            ("cdp", "cut-lower-house-seats", C, "could back a smaller chamber only if the figure came from the cross-party council", True),
        ],
    ),
    dict(
        id="029", published="2025-11-26T08:30:00Z", outlet="tideline-news",
        slug="takaichi-and-noda-spar-over-donations-and-seats",
        title="Takaichi and Noda spar over donations and seats in first leaders' debate",
        text=(
            "TOKYO, Nov 26 (Tideline News) - Prime Minister Sanae Takaichi and opposition leader Yoshihiko Noda "
            "clashed over political money on Wednesday in their first head-to-head debate in parliament, with "
            "Takaichi urging him to focus on cutting lower-house seats instead.\n\n"
            "Noda, who leads the Constitutional Democratic Party, said the public would not trust politics again "
            "until donations from companies were banned, and asked Takaichi why her policy speech had ignored the "
            "issue. Takaichi replied that she did not regard corporate donations as a problem in themselves, and "
            "told Noda she would rather work with him on reducing the number of lawmakers.\n\n"
            "The exchange drew jeers from opposition benches. Noda told reporters afterwards that the prime minister "
            "had used the seat cut to change the subject.\n\n"
            "Democratic Party for the People leader Yuichiro Tamaki, who also took part in the debate, said his "
            "party and Komeito would submit their bill restricting corporate donations within days and asked the "
            "prime minister to let it be debated. Takaichi said that was a matter for parliament.\n\n"
            "It was the first such debate since last year's lower-house election."
        ),
        claims=[
            ("cdp", "corporate-donation-curbs", S, "the public would not trust politics again until donations from companies were banned", True),
            ("ldp", "corporate-donation-curbs", O, "she did not regard corporate donations as a problem in themselves", True),
            ("ldp", "cut-lower-house-seats", S, "she would rather work with him on reducing the number of lawmakers", True),
            ("dpfp", "corporate-donation-curbs", S, "party and Komeito would submit their bill restricting corporate donations within days", True),
            ("komeito", "corporate-donation-curbs", S, "party and Komeito would submit their bill restricting corporate donations within days", False),
        ],
    ),
    dict(
        id="030", published="2025-11-28T06:00:00Z", outlet="orchard-daily",
        slug="komeito-and-dpfp-submit-donations-bill",
        title="Komeito and DPFP submit bill to restrict recipients of corporate donations",
        text=(
            "TOKYO, Nov 28 (Orchard Daily) - Komeito and the Democratic Party for the People submitted a bill to "
            "parliament on Friday that would allow only party headquarters and prefectural chapters to receive "
            "donations from companies and organisations.\n\n"
            "Komeito's Tetsuo Saito told a joint news conference that the bill was the minimum needed to restore "
            "trust after the slush-fund scandal. Yuichiro Tamaki said the DPFP would seek the support of all parties, including the Liberal "
            "Democratic Party.\n\n"
            "LDP Secretary-General Shunichi Suzuki said his party saw no need for new restrictions beyond the "
            "stronger disclosure rules passed last year, but would not block debate.\n\n"
            "The Japan Innovation Party said it would decide how to vote after consulting the LDP.\n\n"
            "The bill is the first attempt in the current session to limit corporate money."
        ),
        claims=[
            ("komeito", "corporate-donation-curbs", S, "the bill was the minimum needed to restore trust after the slush-fund scandal", True),
            ("dpfp", "corporate-donation-curbs", S, "the DPFP would seek the support of all parties", True),
            ("ldp", "corporate-donation-curbs", O, "his party saw no need for new restrictions beyond the stronger disclosure rules", True),
        ],
    ),
    dict(
        id="031", published="2025-12-01T07:00:00Z", outlet="beacon-report",
        slug="ldp-lawmakers-approve-seat-cut-bill",
        title="LDP lawmakers approve seat-cut bill after heated meeting",
        text=(
            "TOKYO, Dec 1 (Beacon Report) - Liberal Democratic Party lawmakers approved a bill to cut the number of "
            "lower-house seats on Monday after a meeting that ran for more than three hours, with several rural "
            "members complaining that the plan had been imposed from the top.\n\n"
            "LDP policy chief Takayuki Kobayashi told reporters the party had endorsed the bill as drafted with the "
            "Japan Innovation Party, including the automatic reduction clause, and that it would be submitted to "
            "parliament this week.\n\n"
            "Some lawmakers said after the meeting that they had objected to the clause but had not wanted to block "
            "the prime minister. One said the party was being dragged along by a partner a fraction of its size.\n\n"
            "Officials of the Japan Innovation Party could not immediately be reached for comment.\n\n"
            "It is not yet clear whether the bill can clear both chambers by Dec 17, where the government lacks a "
            "secure majority, analysts said."
        ),
        claims=[
            ("ldp", "cut-lower-house-seats", S, "the party had endorsed the bill as drafted with the Japan Innovation Party", True),
        ],
    ),
]

# Duplicate pairs: (original, copy). Same story, same day, second outlet, identical claims.
DUPLICATES = [("007", "008"), ("012", "013")]

SHIFTS = [
    dict(actor="komeito", issue="komeito-quits-coalition", frm=O, to=C, article="005",
         why="Saito tells Takaichi Komeito will not stay in a coalition that does not deal seriously with political money; in 002 Komeito wanted the partnership to carry on (baseline: in the coalition)."),
    dict(actor="komeito", issue="komeito-quits-coalition", frm=C, to=S, article="007",
         why="Saito announces that Komeito is leaving the coalition; in 005 leaving was only the threatened outcome if the LDP failed to act."),
    dict(actor="komeito", issue="takaichi-premiership", frm=C, to=O, article="007",
         why="Komeito's lawmakers will write Saito's name, not Takaichi's; in 005 Komeito could not vote for her only unless its concerns were resolved."),
    dict(actor="dpfp", issue="joint-opposition-candidate", frm=C, to=O, article="015",
         why="Tamaki says the DPFP will not take part in a joint bid and will vote for himself; in 006, 011 and 012 a joint candidacy depended on the CDP moving on security and energy."),
    dict(actor="ldp", issue="cut-lower-house-seats", frm=C, to=S, article="017",
         why="Takaichi says the LDP has agreed to aim for a 10% cut and will draft the bill with Ishin; in 014 the LDP would only consider it after hearing its lawmakers."),
    dict(actor="ishin", issue="takaichi-premiership", frm=C, to=S, article="018",
         why="With the coalition agreement signed, Ishin will vote for Takaichi; in 012-017 its vote depended on a written deal on seats."),
    dict(actor="ishin", issue="corporate-donation-curbs", frm=S, to=C, article="018",
         why="Ishin sets aside its call for an immediate ban and accepts a council with a 2027 deadline; in 014 it demanded a ban."),
    dict(actor="ldp", issue="food-consumption-tax-cut", frm=O, to=C, article="019",
         why="The coalition agreement commits the LDP to study a two-year zero rate on food (an opening under conditions); the LDP had opposed any consumption tax cut (baseline)."),
]

STANCES = {S, O, C}
DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), (Sep|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - ")
MONTHS = {"Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
                continue
            if m and section == "issues":
                issues.add(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
            m = re.match(r"^    (\w+):", line)
            if m and section in ("actors", "issues"):
                allowed = {"actors": {"name", "aliases"}, "issues": {"name", "description", "terms"}}[section]
                if m.group(1) not in allowed:
                    raise SystemExit("watchlist: unexpected field %r in %s" % (m.group(1), section))
                continue
            raise SystemExit("watchlist: cannot parse line: %r" % line)
    return actors, issues, baseline


def url_of(a):
    d = a["published"][:10].split("-")
    return "https://example.org/%s/%s/%s/%s/%s" % (a["outlet"], d[0], d[1], d[2], a["slug"])


def dt_of(a):
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def recompute_shifts(baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in ARTICLES:
        for actor, issue, stance, _q, attributed in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                shifts.append((actor, issue, prev, stance, art["id"]))
            prevailing[key] = stance
    return shifts


def validate(actors, issues, baseline):
    errors = []
    ids = [a["id"] for a in ARTICLES]
    if ids != ["%03d" % (n + 1) for n in range(len(ARTICLES))]:
        errors.append("ids are not 001.. consecutive")
    for prev, cur in zip(ARTICLES, ARTICLES[1:]):
        if dt_of(cur) <= dt_of(prev):
            errors.append("%s is not published after %s" % (cur["id"], prev["id"]))
    if not 30 <= len(ARTICLES) <= 34:
        errors.append("article count %d outside 30-34" % len(ARTICLES))
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")
    for a in ARTICLES:
        aid, text = a["id"], a["text"]
        if a["outlet"] not in OUTLETS:
            errors.append("%s: unknown outlet" % aid)
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (aid, n))
        m = DATELINE.match(text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(4) != OUTLETS[a["outlet"]]:
                errors.append("%s: dateline outlet %r != source" % (aid, m.group(4)))
            # dateline date is the local (JST, UTC+9) date of publication
            local = dt_of(a).timestamp() + 9 * 3600
            ld = datetime.fromtimestamp(local, tz=timezone.utc)
            if (MONTHS[m.group(2)], int(m.group(3))) != (ld.month, ld.day):
                errors.append("%s: dateline date does not match publication date" % aid)
        if not text.isascii() or not a["title"].isascii():
            errors.append("%s: non-ASCII characters" % aid)
        seen = {}
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (aid, actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (aid, issue))
            if stance not in STANCES:
                errors.append("%s: bad stance %s" % (aid, stance))
            if not isinstance(attributed, bool):
                errors.append("%s: attributed must be bool" % aid)
            if quote not in text:
                errors.append("%s: quote not in text: %r" % (aid, quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (aid, quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (aid, actor, issue))
            seen[(actor, issue)] = stance
    for actor, issue, stance in baseline:
        if actor not in actors or issue not in issues or stance not in STANCES:
            errors.append("bad baseline entry %s/%s/%s" % (actor, issue, stance))
    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        strip = lambda cl: sorted((x[0], x[1], x[2], x[4]) for x in cl)
        if strip(o["claims"]) != strip(c["claims"]):
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))
        if o["published"][:10] != c["published"][:10] or o["outlet"] == c["outlet"] or dt_of(c) <= dt_of(o):
            errors.append("duplicate %s/%s: must be same day, other outlet, later" % (orig, copy))
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    recomputed = recompute_shifts(baseline)
    if labelled != recomputed:
        errors.append("shifts mismatch:\n  labelled   %s\n  recomputed %s" % (labelled, recomputed))
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue: %s" % s)
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
        items = [a for a in ARTICLES if a["outlet"] == slug]
        items.sort(key=dt_of, reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set japan-ldp-coalition-2025</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(dt_of(items[0]), usegmt=True),
        ]
        for a in items:
            u = url_of(a)
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(u),
                '      <guid isPermaLink="true">%s</guid>' % escape(u),
                "      <pubDate>%s</pubDate>" % format_datetime(dt_of(a), usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": at}
                for ac, iss, st, q, at in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def check_outputs(labels):
    errors = []
    feed_dir = os.path.join(HERE, "feeds")
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))
    shift_ids = {s["article"] for s in labels["shifts"]}
    expected = sorted(a["id"] for a in ARTICLES if a["id"] not in shift_ids)
    if sorted(labels["no_alert_articles"]) != expected:
        errors.append("no_alert_articles is not every non-shift article")
    if set(labels["claims"]) != {a["id"] for a in ARTICLES}:
        errors.append("labels.claims does not cover every article")
    return errors


def summary(labels):
    from collections import Counter
    claims = [c for v in labels["claims"].values() for c in v]
    stances = Counter(c["stance"] for c in claims)
    unattributed = sum(1 for c in claims if not c["attributed"])
    empty = [k for k, v in labels["claims"].items() if not v]
    by_outlet = Counter(OUTLETS[a["outlet"]] for a in ARTICLES)
    print("articles: %d  %s" % (len(ARTICLES), dict(by_outlet)))
    print("claims: %d  %s  attributed false: %d" % (len(claims), dict(stances), unattributed))
    print("shifts: %d in %d articles" % (len(labels["shifts"]), len({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % ", ".join(empty))
    words = [len(a["text"].split()) for a in ARTICLES]
    print("words per article: min %d max %d" % (min(words), max(words)))
    return stances, unattributed, empty


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8 or not 5 <= len(issues) <= 7:
        raise SystemExit("watchlist needs 5-8 actors and 5-7 issues")
    errors = validate(actors, issues, baseline)
    if errors:
        print("VALIDATION FAILED:\n- " + "\n- ".join(errors))
        sys.exit(1)
    labels = write_outputs()
    errors = check_outputs(labels)
    stances, unattributed, empty = summary(labels)
    n = sum(stances.values())
    if not 60 <= n <= 90:
        errors.append("claim count %d outside 60-90" % n)
    if stances[C] < 6 or stances[S] == 0 or stances[O] == 0:
        errors.append("stance mix: need all three and at least 6 conditional")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("need 5-8 shifts")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("need a shift to or from conditional")
    if sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O}) > 2:
        errors.append("more than two straight support/oppose reversals")
    if not 3 <= len(empty) <= 4:
        errors.append("need 3-4 articles with no claims (have %d)" % len(empty))
    if not any(c for c in DUPLICATES if c[0] in {s["article"] for s in SHIFTS}):
        errors.append("one duplicate pair must be a shift article")
    if errors:
        print("VALIDATION FAILED:\n- " + "\n- ".join(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
