#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set new-start-extension-2021.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, reads watchlist.yaml (written by hand) and validates the whole set. Exits non-zero on any error.

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
    "kestrel-wire": "Kestrel Wire",
    "larkspur-courier": "Larkspur Courier",
    "ironbark-dispatch": "Ironbark Dispatch",
    "fenwick-ledger": "Fenwick Ledger",
    "pelican-observer": "Pelican Observer",
}

T, F = True, False

# Each article: id, published (UTC), outlet, url slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2020-02-05T10:30:00Z", outlet="kestrel-wire",
        slug="russia-repeats-new-start-offer-final-year",
        title="Russia repeats offer to extend New START as treaty enters final year",
        paras=[
            "MOSCOW, Feb 5 (Kestrel Wire) - Russia is still prepared to extend the New START nuclear arms treaty with the United States for five years without any preconditions, Foreign Minister Sergei Lavrov said on Wednesday, exactly a year before the pact is due to lapse.",
            "Lavrov told reporters that Moscow had put its offer on the table months ago and was waiting for an answer. A simple extension could be agreed quickly, he said, because it would not have to go back to the US Senate for approval.",
            "The treaty, signed in 2010, limits each side to 1,550 deployed strategic warheads and allows inspectors to visit the other's bases. It can be extended once, for up to five years, if the two presidents agree.",
            "The Trump administration has said it wants any future arms control arrangement to cover China, whose arsenal is growing, as well as Russian weapons that New START does not count. US officials have not said whether they would agree to extend the existing treaty while such talks go on.",
            "A State Department spokeswoman said on Wednesday that the administration was reviewing its options. She declined to say when a decision would be made.",
        ],
        claims=[
            ("russia", "extend-new-start", "support", "still prepared to extend the New START nuclear arms treaty with the United States", T),
            ("russia", "five-year-extension", "support", "for five years without any preconditions, Foreign Minister Sergei Lavrov said", T),
            ("usa", "china-joins-talks", "support", "it wants any future arms control arrangement to cover China", T),
        ],
    ),
    dict(
        id="002", published="2020-05-21T18:00:00Z", outlet="larkspur-courier",
        slug="new-us-arms-envoy-wants-china-at-table",
        title="New US arms envoy says extension will not come cheap, wants China at the table",
        paras=[
            "WASHINGTON, May 21 (Larkspur Courier) - The new US envoy for arms control, Marshall Billingslea, said on Thursday that the United States wanted China at the table in any new nuclear talks and would not extend New START simply because Russia had asked.",
            "Speaking to a Washington think tank by video link, Billingslea said the administration would weigh an extension only as part of a broader deal that also limited Russia's shorter-range warheads and brought Beijing into a three-way framework. He said the United States knew how to win an arms race and could outspend its rivals if it had to, though he hoped that would not be necessary.",
            "He said he had received no reply from Beijing to repeated US invitations.",
            "In Moscow, Deputy Foreign Minister Sergei Ryabkov said later on Thursday that Russia would not try to talk China into anything. If the talks were ever widened, he said, Britain and France would have to be at the table as well.",
            "Arms control experts in Washington said the envoy's remarks suggested the administration was in no hurry.",
        ],
        claims=[
            ("usa", "china-joins-talks", "support", "the United States wanted China at the table in any new nuclear talks", T),
            ("usa", "extend-new-start", "conditional", "would weigh an extension only as part of a broader deal", T),
            ("usa", "us-drops-china-precondition", "oppose", "brought Beijing into a three-way framework", T),
            ("russia", "china-joins-talks", "conditional", "If the talks were ever widened, he said, Britain and France would have to be", T),
        ],
    ),
    dict(
        id="003", published="2020-06-08T21:00:00Z", outlet="ironbark-dispatch",
        slug="us-sets-vienna-talks-china-invited",
        title="US sets Vienna arms talks with Russia, says China is invited",
        paras=[
            "WASHINGTON, June 8 (Ironbark Dispatch) - US arms control envoy Marshall Billingslea said on Monday he had agreed with Russia's Sergei Ryabkov to hold nuclear talks in Vienna on June 22, and that China had been invited as well.",
            "In a post on social media, Billingslea said he hoped Beijing would show up and negotiate in good faith. The United States regards it as essential that any new arms control agreement cover China's fast-growing arsenal, he said.",
            "The Russian Foreign Ministry confirmed the date and the venue. Ryabkov told the Interfax news agency that Moscow would use the meeting to discuss the future of New START and other questions of strategic stability.",
            "He also said there was no reason for Washington to make the treaty's fate hostage to a decision by Beijing. Russia, he said, would neither encourage nor discourage China.",
            "Austria's foreign ministry said it was pleased to host the talks. It will be the first time senior US and Russian arms negotiators have met in person since the coronavirus pandemic began.",
        ],
        claims=[
            ("usa", "china-joins-talks", "support", "essential that any new arms control agreement cover China's fast-growing arsenal", T),
            ("russia", "us-drops-china-precondition", "support", "no reason for Washington to make the treaty's fate hostage to a decision by Beijing", T),
        ],
    ),
    dict(
        id="004", published="2020-06-10T09:00:00Z", outlet="fenwick-ledger",
        slug="china-rules-out-joining-vienna-talks",
        title="China rules out joining US-Russia nuclear talks in Vienna",
        paras=[
            "BEIJING, June 10 (Fenwick Ledger) - China has no intention of taking part in three-way nuclear arms control negotiations with the United States and Russia, a foreign ministry spokesman said on Wednesday, turning down a US invitation to talks in Vienna later this month.",
            "Spokesman Zhao Lijian told a regular briefing in Beijing that China's arsenal was a small fraction of those of the other two countries and posed no threat to anyone. The United States, he said, was trying to use China as a pretext to walk away from its obligations.",
            "Zhao urged Washington to respond positively to Moscow's call to extend New START and to make deep cuts in its own stockpile instead of pointing at others.",
            "The invitation was announced on Monday by US envoy Marshall Billingslea, who will meet Russian Deputy Foreign Minister Sergei Ryabkov in the Austrian capital on June 22.",
            "The treaty expires in February unless both sides agree to prolong it. It is the last agreement limiting the strategic arsenals of the two countries.",
        ],
        claims=[
            ("china", "china-joins-talks", "oppose", "has no intention of taking part in three-way nuclear arms control negotiations", T),
            ("china", "extend-new-start", "support", "urged Washington to respond positively to Moscow's call to extend New START", T),
            ("russia", "extend-new-start", "support", "Moscow's call to extend New START", F),
        ],
    ),
    dict(
        id="005", published="2020-06-10T11:45:00Z", outlet="pelican-observer",
        slug="beijing-turns-down-vienna-invitation",
        title="Beijing turns down US invitation to Vienna arms talks",
        paras=[
            "BEIJING, June 10 (Pelican Observer) - China said on Wednesday it had no intention of taking part in three-way nuclear arms control negotiations with the United States and Russia, rejecting an invitation to talks in Vienna this month.",
            "Foreign ministry spokesman Zhao Lijian told reporters in Beijing that China's nuclear force was a small fraction of the US and Russian arsenals and threatened no one. He accused the United States of using China as a pretext to abandon its own commitments.",
            "Zhao urged Washington to respond positively to Moscow's call to extend New START, and to cut its own stockpile deeply instead of pointing at other countries.",
            "US envoy Marshall Billingslea announced the invitation on Monday. He is due to meet Russian Deputy Foreign Minister Sergei Ryabkov in the Austrian capital on June 22.",
            "New START expires in February unless the two sides agree to extend it. No other treaty limits their strategic arsenals.",
        ],
        claims=[
            ("china", "china-joins-talks", "oppose", "no intention of taking part in three-way nuclear arms control negotiations", T),
            ("china", "extend-new-start", "support", "urged Washington to respond positively to Moscow's call to extend New START", T),
            ("russia", "extend-new-start", "support", "Moscow's call to extend New START", F),
        ],
    ),
    dict(
        id="006", published="2020-06-22T17:30:00Z", outlet="kestrel-wire",
        slug="vienna-talks-open-beside-empty-chinese-seats",
        title="US and Russia open Vienna nuclear talks beside empty Chinese seats",
        paras=[
            "VIENNA, June 22 (Kestrel Wire) - American and Russian negotiators met in Vienna on Monday for their first in-depth nuclear arms talks in more than a year, while the seats set aside for a Chinese delegation stayed empty.",
            "US envoy Marshall Billingslea posted a photograph of the negotiating table with small Chinese flags in front of the vacant chairs. He said the United States would keep pressing Beijing to come, and that Washington had not abandoned its insistence that China be part of the process.",
            "Extension of New START, he told reporters after the session, would be considered only alongside a wider framework that brought in more countries and more kinds of weapons.",
            "Sergei Ryabkov, who led the Russian delegation, described the talks as businesslike and said Moscow's view had not changed: the treaty should be prolonged without conditions. He said Russia's priority was to keep the only remaining limits in place.",
            "The delegations agreed to set up expert working groups, which are expected to meet in Vienna in late July.",
        ],
        claims=[
            ("usa", "china-joins-talks", "support", "the United States would keep pressing Beijing to come", T),
            ("usa", "us-drops-china-precondition", "oppose", "Washington had not abandoned its insistence that China be part of the process", T),
            ("usa", "extend-new-start", "conditional", "would be considered only alongside a wider framework", T),
            ("russia", "extend-new-start", "support", "the treaty should be prolonged without conditions", T),
        ],
    ),
    dict(
        id="007", published="2020-07-08T12:00:00Z", outlet="larkspur-courier",
        slug="china-says-it-will-join-talks-if-us-cuts",
        title="China says it will join arms talks if US cuts arsenal to its level",
        paras=[
            "BEIJING, July 8 (Larkspur Courier) - A senior Chinese diplomat said on Wednesday that China would be happy to join three-way arms control talks the day after the United States reduced its nuclear arsenal to China's level, a condition he acknowledged Washington would never meet.",
            "Fu Cong, head of the foreign ministry's arms control department, told reporters in Beijing that China would not take part in trilateral negotiations and that the US invitation was a ploy. He said everyone knew the United States had no intention of cutting its stockpile by that much.",
            "Fu said China wanted to see New START extended and urged the United States to stop looking for excuses to let it expire.",
            "Asked whether China would ever accept limits on its own weapons, he said China's small arsenal was kept at the minimum level needed for its security, and that Beijing already took part in discussions on nuclear doctrine among the five permanent members of the UN Security Council.",
            "US officials estimate that China's stockpile, thought to number in the low 200s, will at least double over the next decade.",
        ],
        claims=[
            ("china", "china-joins-talks", "oppose", "China would not take part in trilateral negotiations", T),
            ("china", "extend-new-start", "support", "China wanted to see New START extended", T),
        ],
    ),
    dict(
        id="008", published="2020-07-28T16:00:00Z", outlet="ironbark-dispatch",
        slug="experts-hold-technical-talks-in-vienna",
        title="US and Russian experts hold technical nuclear talks in Vienna",
        paras=[
            "VIENNA, July 28 (Ironbark Dispatch) - Expert groups from the United States and Russia began three days of technical talks in Vienna on Tuesday, the first meetings of the working groups agreed on when senior negotiators met in the Austrian capital last month.",
            "The groups are to discuss verification, transparency about nuclear doctrines and the military use of space. The talks are being held at a government building near the city centre, and neither delegation briefed reporters on arrival.",
            "The Russian team flew in from Moscow on Monday, and several US participants travelled from Washington after a period of quarantine, according to the Austrian foreign ministry, which is hosting the meetings.",
            "A spokesman at the US embassy in Vienna declined to say whether the question of extending New START was on the agenda. Diplomats said the experts were not expected to take any decisions.",
            "Analysts said the fact that the groups were meeting at all suggested both governments wanted to keep the channel open, but that it was far from clear whether Washington and Moscow could bridge their differences before the treaty runs out in February.",
        ],
        claims=[],
    ),
    dict(
        id="009", published="2020-08-18T15:00:00Z", outlet="kestrel-wire",
        slug="us-no-longer-requires-china-for-extension",
        title="US no longer requires China's presence for New START extension, envoy says",
        paras=[
            "VIENNA, Aug 18 (Kestrel Wire) - The United States is prepared to consider extending New START without first securing China's participation, provided Russia agrees to a politically binding framework that would cap all of its nuclear warheads, US envoy Marshall Billingslea said on Tuesday after two days of talks in Vienna.",
            "Billingslea told reporters that Beijing's presence at the table was no longer a prerequisite for the extension itself, but that any framework agreed with Moscow must commit both countries to bringing China in later. \"We want China in,\" he said.",
            "The envoy said the framework would have to cover warheads that New START does not count, including Russia's large stock of shorter-range weapons, and would have to be backed by strong verification.",
            "Russia's chief negotiator, Deputy Foreign Minister Sergei Ryabkov, said the round had been difficult. He said Moscow saw no basis for capping all warheads as the price of extending the treaty, and that Russia could not accept verification demands that went beyond the existing treaty.",
            "Ryabkov added that it was for Beijing alone to decide whether to join any talks.",
            "The delegations agreed to meet again in the autumn.",
        ],
        claims=[
            ("usa", "us-drops-china-precondition", "conditional", "without first securing China's participation, provided Russia agrees to a politically binding framework", T),
            ("usa", "extend-new-start", "conditional", "The United States is prepared to consider extending New START", T),
            ("usa", "warhead-freeze", "support", "would cap all of its nuclear warheads", T),
            ("usa", "china-joins-talks", "support", "\"We want China in,\" he said", T),
            ("russia", "warhead-freeze", "oppose", "Moscow saw no basis for capping all warheads as the price of extending the treaty", T),
        ],
    ),
    dict(
        id="010", published="2020-08-20T19:00:00Z", outlet="fenwick-ledger",
        slug="us-has-not-given-up-on-china-talks",
        title="US says it has not given up on China arms talks; Beijing tells it to stop linking them to treaty",
        paras=[
            "WASHINGTON, Aug 20 (Fenwick Ledger) - The United States has not given up on bringing China into nuclear arms control, the State Department said on Thursday, two days after its envoy said Beijing's participation was no longer a prerequisite for extending New START.",
            "Department spokeswoman Morgan Ortagus told reporters that Washington still expected China to join a three-way process eventually and would keep raising the matter with Chinese officials. She declined to say how long an extension the administration would be willing to accept.",
            "In Beijing, foreign ministry spokesman Wang Wenbin said the United States should stop treating China's participation as a condition for the treaty's future. He did not take questions on the subject.",
            "An extension does not need the approval of the US Senate. The two presidents can agree to it by an exchange of diplomatic notes.",
            "Washington and Moscow have not announced a date for their next round.",
        ],
        claims=[
            ("usa", "china-joins-talks", "support", "Washington still expected China to join a three-way process eventually", T),
            ("china", "us-drops-china-precondition", "support", "should stop treating China's participation as a condition for the treaty's future", T),
        ],
    ),
    dict(
        id="011", published="2020-09-21T14:00:00Z", outlet="larkspur-courier",
        slug="us-warns-price-of-deal-will-rise-after-election",
        title="US warns Moscow price of New START deal will rise after election",
        paras=[
            "MOSCOW, Sept 21 (Larkspur Courier) - Washington's terms for extending New START will get tougher if Russia does not accept them before the US presidential election on Nov. 3, the chief US arms negotiator said in an interview published in Moscow on Monday.",
            "Marshall Billingslea told the newspaper Kommersant that the United States would agree to extend the treaty only if Moscow first signed up to a political agreement freezing the two countries' entire nuclear stockpiles. If the Kremlin chose to wait, he said, the price of admission would go up.",
            "Deputy Foreign Minister Sergei Ryabkov said later on Monday that Russia did not negotiate against deadlines set in Washington. Moscow would not agree to freeze its whole arsenal as a condition for extending the pact, he said, calling the US approach an attempt to extract concessions for nothing.",
            "Kremlin spokesman Dmitry Peskov declined to say whether President Vladimir Putin had discussed the treaty with President Donald Trump.",
            "The two countries' negotiators last met in Vienna in August. No date has been set for a further round.",
        ],
        claims=[
            ("usa", "extend-new-start", "conditional", "would agree to extend the treaty only if Moscow first signed up", T),
            ("usa", "warhead-freeze", "support", "a political agreement freezing the two countries' entire nuclear stockpiles", T),
            ("russia", "warhead-freeze", "oppose", "Moscow would not agree to freeze its whole arsenal as a condition", T),
        ],
    ),
    dict(
        id="012", published="2020-10-05T18:00:00Z", outlet="pelican-observer",
        slug="arms-envoys-meet-in-helsinki",
        title="US and Russian arms envoys meet in Helsinki, say little",
        paras=[
            "HELSINKI, Oct 5 (Pelican Observer) - The chief US and Russian arms negotiators met in Helsinki on Monday for talks on the future of New START, four months before the last remaining treaty limiting their nuclear arsenals is due to expire.",
            "Marshall Billingslea, the US envoy, and Sergei Ryabkov, Russia's deputy foreign minister, spent about five hours together at a government guest house in the Finnish capital. Neither made any public statement afterwards, and both delegations left without taking questions.",
            "Finland's foreign ministry, which arranged the venue at short notice, said it was glad to offer a neutral setting. Ryabkov flew back to Moscow in the evening, while Billingslea was expected in Washington on Tuesday.",
            "Diplomats in Helsinki said the meeting had been requested by the US side. Some analysts speculated that the administration was hoping for a deal it could announce before the Nov. 3 election; others said the gap between the two sides looked too wide to close in a month.",
            "Previous rounds were held in Vienna in June and August.",
        ],
        claims=[],
    ),
    dict(
        id="013", published="2020-10-13T20:00:00Z", outlet="ironbark-dispatch",
        slug="us-says-russia-agrees-in-principle-to-freeze",
        title="US and Russia agree in principle to freeze warheads and extend treaty, US envoy says",
        paras=[
            "WASHINGTON, Oct 13 (Ironbark Dispatch) - The top US arms negotiator said on Tuesday that Washington and Moscow had reached an agreement in principle at the highest levels to extend New START for some period in exchange for a freeze on all their nuclear warheads, a claim Russia quickly rejected.",
            "Marshall Billingslea told reporters that the United States was prepared to extend the treaty for some time if the two countries agreed a verifiable freeze on all of their nuclear warheads. He said Russia had agreed in principle to a freeze and that only the details remained.",
            "The freeze would count only if it could be checked, he added, and the United States would insist on verification.",
            "In Moscow, Deputy Foreign Minister Sergei Ryabkov said the US account was wishful thinking. The demand for a freeze was unacceptable to Moscow, he told the Interfax news agency, and no such agreement had been reached.",
            "Russian and US officials have exchanged proposals for several weeks. New START expires on Feb. 5.",
        ],
        claims=[
            ("usa", "extend-new-start", "conditional", "prepared to extend the treaty for some time if the two countries agreed", T),
            ("usa", "warhead-freeze", "support", "a verifiable freeze on all of their nuclear warheads", T),
            ("russia", "warhead-freeze", "support", "Russia had agreed in principle to a freeze", F),
            ("russia", "warhead-freeze", "oppose", "The demand for a freeze was unacceptable to Moscow", T),
        ],
    ),
    dict(
        id="014", published="2020-10-16T16:30:00Z", outlet="kestrel-wire",
        slug="putin-proposes-one-year-extension-white-house-says-no",
        title="Putin proposes one-year New START extension with no conditions; White House says no",
        paras=[
            "MOSCOW, Oct 16 (Kestrel Wire) - President Vladimir Putin proposed on Friday that Russia and the United States extend New START by at least one year without any conditions, to give negotiators time to work out what should replace it.",
            "Putin told a meeting of his Security Council that it would be a great pity if the treaty simply ceased to exist and the world was left without any limits on the two largest arsenals. He asked the foreign ministry to pass the proposal to Washington.",
            "Within hours, US national security adviser Robert O'Brien called the offer a non-starter. In a statement he said the United States had proposed a one-year extension on condition that both countries capped their nuclear warheads during that year, and that an extension without such a cap would not be accepted.",
            "O'Brien said he hoped Moscow would reconsider before an expensive arms race began.",
            "Analysts in Moscow said Putin's offer appeared designed to show that Russia was willing to keep the treaty alive whoever wins the US election.",
        ],
        claims=[
            ("russia", "extend-new-start", "support", "extend New START by at least one year without any conditions", T),
            ("usa", "extend-new-start", "conditional", "an extension without such a cap would not be accepted", T),
            ("usa", "warhead-freeze", "support", "on condition that both countries capped their nuclear warheads", T),
        ],
    ),
    dict(
        id="015", published="2020-10-20T13:00:00Z", outlet="larkspur-courier",
        slug="russia-offers-one-year-warhead-freeze",
        title="Russia offers one-year warhead freeze to save New START",
        paras=[
            "MOSCOW, Oct 20 (Larkspur Courier) - Russia said on Tuesday it was ready to join the United States in freezing the number of nuclear warheads each side holds for one year, provided Washington made no further demands, a move that could clear the way for a short extension of New START.",
            "In a statement, the Russian Foreign Ministry said Moscow proposed to extend the treaty by one year and to take on, together with the United States, a political commitment to freeze warhead numbers over that period. The offer would stand only if the freeze came without any additional US conditions, the ministry said.",
            "Hours later, State Department spokeswoman Morgan Ortagus said Washington appreciated Moscow's willingness to make progress on nuclear arms control and was ready to meet immediately to finalise a verifiable agreement.",
            "Only a week ago, Deputy Foreign Minister Sergei Ryabkov had called the idea of a freeze unacceptable.",
            "Diplomats in Moscow said the main remaining gap was how a freeze would be checked. The treaty expires on Feb. 5.",
        ],
        claims=[
            ("russia", "warhead-freeze", "conditional", "freezing the number of nuclear warheads each side holds for one year, provided Washington", T),
            ("russia", "extend-new-start", "support", "Moscow proposed to extend the treaty by one year", T),
            ("usa", "warhead-freeze", "support", "appreciated Moscow's willingness to make progress on nuclear arms control", T),
        ],
    ),
    dict(
        id="016", published="2020-10-20T15:30:00Z", outlet="pelican-observer",
        slug="moscow-ready-to-freeze-warheads-for-a-year",
        title="Moscow ready to freeze nuclear warheads for a year if US makes no new demands",
        paras=[
            "MOSCOW, Oct 20 (Pelican Observer) - Russia is ready to join the United States in freezing the number of nuclear warheads each side holds for one year, provided Washington makes no further demands, the Russian Foreign Ministry said on Tuesday, opening a possible path to a short extension of New START.",
            "The ministry said in a statement that Moscow proposed extending the treaty by one year while both countries took on a political commitment to freeze their warhead numbers. The offer would stand only if the freeze came without any additional US conditions, it said.",
            "State Department spokeswoman Morgan Ortagus said later that Washington appreciated Moscow's willingness to make progress on nuclear arms control and was ready to meet immediately to finalise a verifiable agreement.",
            "A week ago Deputy Foreign Minister Sergei Ryabkov had described a freeze as unacceptable.",
            "Diplomats said the biggest open question was how a freeze would be verified. New START expires on Feb. 5.",
        ],
        claims=[
            ("russia", "warhead-freeze", "conditional", "freezing the number of nuclear warheads each side holds for one year, provided Washington", T),
            ("russia", "extend-new-start", "support", "Moscow proposed extending the treaty by one year", T),
            ("usa", "warhead-freeze", "support", "appreciated Moscow's willingness to make progress on nuclear arms control", T),
        ],
    ),
    dict(
        id="017", published="2020-10-21T12:30:00Z", outlet="fenwick-ledger",
        slug="kremlin-says-ball-in-washingtons-court",
        title="Kremlin says ball in Washington's court, denies agreeing to new inspections",
        paras=[
            "MOSCOW, Oct 21 (Fenwick Ledger) - The Kremlin said on Wednesday that it was now up to Washington to respond to Russia's offer on New START, and denied that Moscow had agreed to open its warhead stores to US inspectors as part of a freeze.",
            "Kremlin spokesman Dmitry Peskov told reporters that Russia had gone as far as it could. He declined to say whether President Vladimir Putin would speak to President Donald Trump about the treaty before the US election.",
            "Deputy Foreign Minister Sergei Ryabkov said Moscow would still freeze its warheads for a year, but only as a political pledge. He said the Americans were still insisting that any freeze be checked by inspectors counting Russian warheads in storage. \"We are not going to be forced into anything,\" Ryabkov said.",
            "A US official, speaking on condition of anonymity, said the two sides were very close to a deal and that the remaining issues were technical.",
            "Russia, which has long offered to extend the treaty without conditions, sent its latest proposal to Washington on Tuesday.",
        ],
        claims=[
            ("russia", "warhead-freeze", "conditional", "Moscow would still freeze its warheads for a year, but only as a political pledge", T),
            ("usa", "warhead-freeze", "support", "the Americans were still insisting that any freeze be checked by inspectors", F),
            ("russia", "extend-new-start", "support", "Russia, which has long offered to extend the treaty without conditions", F),
        ],
    ),
    dict(
        id="018", published="2020-10-23T17:00:00Z", outlet="ironbark-dispatch",
        slug="nato-backs-us-push-to-include-china",
        title="NATO backs US push for broader arms deal including China",
        paras=[
            "BRUSSELS, Oct 23 (Ironbark Dispatch) - NATO Secretary-General Jens Stoltenberg said on Friday that the alliance supported the US effort to bring China into future nuclear arms control, saying a three-way arrangement would reflect a world in which Beijing's arsenal was growing fast.",
            "Speaking after a videoconference of alliance defence ministers, Stoltenberg said China was a global power with global responsibilities. He said allies were being kept closely informed of the US-Russian talks.",
            "Asked whether the alliance would back a simple extension of New START if the talks on a wider deal failed, Stoltenberg said it was for the United States and Russia to decide, as the two parties to the treaty.",
            "Diplomats at NATO headquarters said several European allies had privately urged Washington to accept some form of extension rather than let the treaty lapse.",
            "The ministers also discussed the alliance's mission in Afghanistan and its new policy on space.",
        ],
        claims=[
            ("nato", "china-joins-talks", "support", "the alliance supported the US effort to bring China into future nuclear arms control", T),
            ("usa", "china-joins-talks", "support", "the US effort to bring China into future nuclear arms control", F),
        ],
    ),
    dict(
        id="019", published="2020-10-30T21:00:00Z", outlet="larkspur-courier",
        slug="new-start-deal-stalls-over-freeze-checks",
        title="New START deal stalls over how to check a warhead freeze",
        paras=[
            "WASHINGTON, Oct 30 (Larkspur Courier) - Efforts to close a deal on New START before next week's US election have stalled over how a freeze on nuclear warheads would be verified, officials in both capitals said on Friday.",
            "A State Department spokeswoman said the United States would not sign any deal that did not include a way to verify the freeze. Marshall Billingslea, the US envoy, said separately that Washington was not walking away from the freeze.",
            "In Moscow, Deputy Foreign Minister Sergei Ryabkov said Russia's offer of a freeze as a political pledge still stood. But the US verification proposals amounted to intrusive inspections of Russian facilities that went far beyond what New START allows, he said, and Russia was not ready to accept them.",
            "The two sides have not met in person since Helsinki earlier this month, and their exchanges have been conducted by video link and diplomatic note.",
            "Some Russian analysts said Moscow may prefer to wait for the outcome of the election before making any further move. Kremlin officials have not commented on that suggestion.",
        ],
        claims=[
            ("usa", "warhead-freeze", "support", "Washington was not walking away from the freeze", T),
            ("russia", "warhead-freeze", "conditional", "Russia's offer of a freeze as a political pledge still stood", T),
        ],
    ),
    dict(
        id="020", published="2020-11-09T15:00:00Z", outlet="pelican-observer",
        slug="biden-victory-raises-hopes-for-new-start",
        title="Biden victory raises hopes of New START rescue, analysts say",
        paras=[
            "WASHINGTON, Nov 9 (Pelican Observer) - Joe Biden's election victory has raised expectations among arms control experts that New START will survive beyond February, though the treaty's fate may come down to a few days after the Jan. 20 inauguration.",
            "During the campaign, Biden said he would seek to extend the treaty and use it as a basis for new arrangements. Analysts said a Biden administration would probably move quickly, because the pact expires on Feb. 5, barely two weeks after he takes office.",
            "\"There is very little time and very little room for a long review,\" said a former US negotiator who now works at a private research institute.",
            "The Kremlin said on Monday it would wait for the official results before commenting on the election. Spokesman Dmitry Peskov declined to say whether Moscow had been in touch with the Biden transition team.",
            "The State Department declined to say whether the Trump administration would continue talks with Russia on a freeze before leaving office. Marshall Billingslea, the US envoy, has not made any public comments since the vote.",
        ],
        claims=[],
    ),
    dict(
        id="021", published="2020-12-14T11:00:00Z", outlet="kestrel-wire",
        slug="moscow-says-new-start-offers-still-stand",
        title="Moscow says New START offers still stand as treaty's expiry nears",
        paras=[
            "MOSCOW, Dec 14 (Kestrel Wire) - Russia remains ready to extend New START for the full five years allowed under the treaty, Foreign Minister Sergei Lavrov said on Monday, adding that Moscow would work with whoever sits in the White House after Jan. 20.",
            "Lavrov told a news conference that Russia had made its proposals and had nothing to add. The paperwork for an extension could be completed within days, he said.",
            "His deputy Sergei Ryabkov told a separate briefing that Moscow's October offer to freeze warheads for a year also remained valid, on the same terms: the freeze would be a political commitment, with no new inspections.",
            "Ryabkov declined to say whether Russian officials had been in contact with President-elect Joe Biden's team.",
            "The treaty expires on Feb. 5. Inspections under it have been suspended since March because of the coronavirus pandemic.",
        ],
        claims=[
            ("russia", "extend-new-start", "support", "Russia remains ready to extend New START", T),
            ("russia", "five-year-extension", "support", "for the full five years allowed under the treaty", T),
            ("russia", "warhead-freeze", "conditional", "offer to freeze warheads for a year also remained valid, on the same terms", T),
        ],
    ),
    dict(
        id="022", published="2021-01-12T18:00:00Z", outlet="fenwick-ledger",
        slug="outgoing-envoy-warns-against-clean-extension",
        title="Outgoing US envoy warns Biden team against clean New START extension",
        paras=[
            "WASHINGTON, Jan 12 (Fenwick Ledger) - A clean five-year extension of New START would throw away the leverage the United States built up over the past year, the outgoing US arms control envoy, Marshall Billingslea, said on Tuesday.",
            "In an online event organised by a Washington think tank, Billingslea said the United States would still not extend the treaty, even for a shorter period, unless Russia agreed to cap all of its warheads, a deal he said had been within reach in October. Moscow, he said, had walked away from the freeze once it became clear that Washington would insist on checking it.",
            "Billingslea, who leaves office when President Donald Trump's term ends next week, said it would be a mistake for the next administration to give Moscow the extension it wanted for nothing.",
            "Biden's transition team declined to comment. During the campaign Biden said he favoured extending the treaty.",
        ],
        claims=[
            ("usa", "five-year-extension", "oppose", "A clean five-year extension of New START would throw away the leverage", T),
            ("usa", "extend-new-start", "conditional", "would still not extend the treaty, even for a shorter period, unless Russia agreed", T),
            ("usa", "warhead-freeze", "support", "unless Russia agreed to cap all of its warheads", T),
            ("russia", "warhead-freeze", "oppose", "Moscow, he said, had walked away from the freeze", F),
            ("russia", "extend-new-start", "support", "give Moscow the extension it wanted for nothing", F),
        ],
    ),
    dict(
        id="023", published="2021-01-21T19:30:00Z", outlet="ironbark-dispatch",
        slug="biden-will-seek-five-year-extension",
        title="Biden will seek five-year extension of New START, White House says",
        paras=[
            "WASHINGTON, Jan 21 (Ironbark Dispatch) - President Joe Biden intends to seek a five-year extension of New START, the last treaty limiting the US and Russian nuclear arsenals, the White House said on Thursday, a day after he took office.",
            "Press secretary Jen Psaki told reporters at the White House that with the treaty due to expire on Feb. 5, there was little time to lose. An extension made even more sense when relations with Russia were adversarial, she said, because the treaty kept limits and inspections in place.",
            "Psaki said the administration would at the same time hold Moscow to account for the SolarWinds hacking, the poisoning of opposition politician Alexei Navalny and reports of Russian bounties on US troops in Afghanistan.",
            "Biden's predecessor, Donald Trump, had sought a shorter extension tied to a cap on all warheads, and had long demanded that China be brought into the talks.",
            "Psaki did not say whether the administration had discussed the plan with Moscow, and declined to say whether it would seek any other changes.",
        ],
        claims=[
            ("usa", "five-year-extension", "support", "intends to seek a five-year extension of New START", T),
            ("usa", "extend-new-start", "support", "An extension made even more sense when relations with Russia were adversarial", T),
        ],
    ),
    dict(
        id="024", published="2021-01-22T12:00:00Z", outlet="kestrel-wire",
        slug="kremlin-welcomes-biden-extension-plan",
        title="Kremlin welcomes Biden plan to extend New START, wants to see details",
        paras=[
            "MOSCOW, Jan 22 (Kestrel Wire) - The Kremlin on Friday welcomed Washington's announcement on New START, saying Russia had always wanted to keep the treaty alive.",
            "Spokesman Dmitry Peskov told reporters that Moscow could only welcome the political will shown by the new administration, but that it would need to study the details of the US proposal. Russia, he said, stood for extending the treaty.",
            "Deputy Foreign Minister Sergei Ryabkov said separately that Russia was ready for a five-year extension with no additions or conditions and that the paperwork could be completed quickly. He said Moscow had not yet received a formal proposal from Washington.",
            "Peskov declined to say whether President Vladimir Putin and President Joe Biden would speak by telephone in the coming days.",
            "In Washington, the White House said on Thursday that it would keep pressing Moscow over the Navalny case and other disputes.",
        ],
        claims=[
            ("russia", "extend-new-start", "support", "Russia, he said, stood for extending the treaty", T),
            ("russia", "five-year-extension", "support", "Russia was ready for a five-year extension with no additions or conditions", T),
        ],
    ),
    dict(
        id="025", published="2021-01-22T22:00:00Z", outlet="larkspur-courier",
        slug="senate-republicans-oppose-free-extension",
        title="Senate Republicans oppose 'free' five-year New START extension",
        paras=[
            "WASHINGTON, Jan 22 (Larkspur Courier) - Two senior Senate Republicans said on Friday they opposed extending New START for five years with no conditions, arguing that a shorter extension would keep pressure on Russia to negotiate over weapons the treaty does not cover.",
            "In a joint statement, Jim Risch, the top Republican on the Senate Foreign Relations Committee, and Jim Inhofe, the senior Republican on the Armed Services Committee, said they could support extending the treaty for a shorter period only if Moscow agreed to talks on its thousands of shorter-range warheads. Any future agreement, they said, must also bring in China.",
            "The senators have no say over the extension itself, which does not require a vote in the Senate.",
            "Democrats welcomed the move. Senator Bob Menendez, who is expected to take over as chairman of the Foreign Relations Committee, said a five-year extension was the right step and urged the administration to complete it quickly.",
        ],
        claims=[
            ("senate-republicans", "five-year-extension", "oppose", "they opposed extending New START for five years with no conditions", T),
            ("senate-republicans", "extend-new-start", "conditional", "could support extending the treaty for a shorter period only if Moscow agreed", T),
            ("senate-republicans", "china-joins-talks", "support", "Any future agreement, they said, must also bring in China", T),
        ],
    ),
    dict(
        id="026", published="2021-01-26T20:00:00Z", outlet="pelican-observer",
        slug="putin-biden-agree-to-finish-extension",
        title="Putin and Biden agree to finish New START extension in first call",
        paras=[
            "MOSCOW, Jan 26 (Pelican Observer) - President Vladimir Putin and President Joe Biden agreed in their first telephone call on Tuesday to complete the extension of New START in the coming days, according to accounts of the conversation released by both governments.",
            "The Kremlin said the two leaders had expressed satisfaction that diplomatic notes on the extension had been exchanged and that the remaining procedures would be finished soon. Putin submitted the extension to the State Duma for approval the same evening.",
            "The White House said Biden had told Putin the two countries should work to finish the extension by Feb. 5, while also raising the Navalny case and the SolarWinds hacking.",
            "A senior US administration official said the five-year extension would carry no conditions and would not be tied to the warhead freeze the previous administration had demanded. The official said Washington would use the time to seek new talks covering all of Russia's nuclear weapons.",
        ],
        claims=[
            ("russia", "extend-new-start", "support", "expressed satisfaction that diplomatic notes on the extension had been exchanged", T),
            ("usa", "extend-new-start", "support", "the two countries should work to finish the extension by Feb. 5", T),
            ("usa", "five-year-extension", "support", "the five-year extension would carry no conditions", T),
            ("usa", "warhead-freeze", "oppose", "would not be tied to the warhead freeze the previous administration had demanded", T),
        ],
    ),
    dict(
        id="027", published="2021-01-27T10:00:00Z", outlet="fenwick-ledger",
        slug="china-welcomes-extension-rules-out-three-way-talks",
        title="China welcomes New START extension, again rules out three-way talks",
        paras=[
            "BEIJING, Jan 27 (Fenwick Ledger) - China welcomes the agreement between Russia and the United States to extend New START for five years, a foreign ministry spokesman said on Wednesday, while repeating that Beijing will not join any three-way arms control negotiations.",
            "Spokesman Zhao Lijian told a regular briefing that extending the treaty was good for global stability and answered the wishes of the international community. The two countries with the largest arsenals, he said, bore a special responsibility to make further deep cuts.",
            "Zhao said China's position on trilateral talks was clear and had not changed. China would not take part, he said.",
            "Asked about US statements that any future arms control should cover China's growing stockpile, he said Washington should not try to shift its own responsibilities onto others.",
            "The exchange of diplomatic notes between Moscow and Washington was completed on Tuesday, according to the Kremlin. The extension will take effect once both sides finish their internal procedures.",
        ],
        claims=[
            ("china", "extend-new-start", "support", "extending the treaty was good for global stability", T),
            ("china", "five-year-extension", "support", "to extend New START for five years, a foreign ministry spokesman said", T),
            ("china", "china-joins-talks", "oppose", "China would not take part, he said", T),
        ],
    ),
    dict(
        id="028", published="2021-01-27T16:00:00Z", outlet="ironbark-dispatch",
        slug="russian-parliament-approves-extension",
        title="Russian parliament approves five-year New START extension in one day",
        paras=[
            "MOSCOW, Jan 27 (Ironbark Dispatch) - Both houses of Russia's parliament approved a five-year extension of New START on Wednesday, racing through a process that normally takes weeks so that the treaty can stay in force beyond Feb. 5.",
            "The State Duma voted unanimously in favour in the morning, and the Federation Council followed a few hours later. The extension now needs only President Vladimir Putin's signature.",
            "Deputy Foreign Minister Sergei Ryabkov told lawmakers before the vote that Russia wanted the treaty extended exactly as it stood. He said Moscow was open to broader talks with the new US administration, but that any such talks would have to take account of US missile defences.",
            "New START limits each side to 1,550 deployed strategic warheads and 700 deployed missiles and bombers. Its extension does not require a new vote in the US Congress.",
        ],
        claims=[
            ("russia", "five-year-extension", "support", "The State Duma voted unanimously in favour", T),
            ("russia", "extend-new-start", "support", "Russia wanted the treaty extended exactly as it stood", T),
        ],
    ),
    dict(
        id="029", published="2021-02-03T18:30:00Z", outlet="larkspur-courier",
        slug="us-russia-extend-new-start-blinken-china-separate",
        title="US and Russia extend New START for five years; Blinken says China talks are separate",
        paras=[
            "WASHINGTON, Feb 3 (Larkspur Courier) - The United States and Russia on Wednesday completed the extension of New START until Feb. 5, 2026, Secretary of State Antony Blinken said, preserving the last treaty that limits the two countries' nuclear arsenals two days before it was due to lapse.",
            "In a statement, Blinken said the United States had extended the treaty for five years because it made Americans safer, and that the extension had not been made conditional on China's participation. Washington still wanted Beijing to join arms control negotiations, he said, but would pursue that separately.",
            "Blinken said the administration would also use the five years to seek talks with Moscow on all of its nuclear warheads, including those the treaty does not cover.",
            "The extension took effect on Wednesday after the two governments completed the exchange of diplomatic notes begun last week. It did not require approval by the US Senate.",
            "Some Senate Republicans had argued for a shorter extension to keep pressure on Moscow.",
        ],
        claims=[
            ("usa", "extend-new-start", "support", "completed the extension of New START until Feb. 5, 2026", T),
            ("usa", "five-year-extension", "support", "extended the treaty for five years because it made Americans safer", T),
            ("usa", "us-drops-china-precondition", "support", "the extension had not been made conditional on China's participation", T),
            ("usa", "china-joins-talks", "support", "Washington still wanted Beijing to join arms control negotiations", T),
        ],
    ),
    dict(
        id="030", published="2021-02-03T20:00:00Z", outlet="ironbark-dispatch",
        slug="moscow-hails-extension-wider-talks-need-britain-france",
        title="Moscow hails New START extension, says wider talks must include Britain and France",
        paras=[
            "MOSCOW, Feb 3 (Ironbark Dispatch) - Russia's Foreign Ministry said on Wednesday that the five-year extension of New START had entered into force, calling it the right decision at a time of growing strategic uncertainty.",
            "The ministry said in a statement that Russia had consistently argued for extending the treaty as it stood and welcomed the fact that Washington had finally accepted that approach. Moscow was ready to start talks on future arms control, the statement said, but any move to a multilateral format would have to include Britain and France, the two other nuclear-armed NATO members, and not only China.",
            "Foreign Minister Sergei Lavrov said separately that the extension gave the two sides time but would not fix the deep problems in relations with the United States.",
            "Analysts in Moscow said the next round would be harder, because Washington wants to discuss Russia's shorter-range weapons and Moscow wants to discuss US missile defences.",
        ],
        claims=[
            ("russia", "five-year-extension", "support", "calling it the right decision at a time of growing strategic uncertainty", T),
            ("russia", "extend-new-start", "support", "Russia had consistently argued for extending the treaty as it stood", T),
            ("russia", "china-joins-talks", "conditional", "any move to a multilateral format would have to include Britain and France", T),
            ("usa", "extend-new-start", "support", "Washington had finally accepted that approach", F),
        ],
    ),
    dict(
        id="031", published="2021-02-04T12:00:00Z", outlet="pelican-observer",
        slug="nato-allies-welcome-extension-look-to-china",
        title="NATO allies welcome New START extension, look to China next",
        paras=[
            "BRUSSELS, Feb 4 (Pelican Observer) - NATO allies on Wednesday welcomed and fully supported the five-year extension of New START by the United States and Russia, the alliance said in a statement issued after a meeting of the North Atlantic Council.",
            "The statement said the extension kept verifiable limits on the two largest arsenals in place and should be the beginning, not the end, of efforts to reduce nuclear risks.",
            "Secretary-General Jens Stoltenberg told reporters at NATO headquarters on Thursday that future arms control should cover more types of weapons and include more countries. China, he said, should be part of it.",
            "Britain and France, the alliance's two other nuclear powers, have said their own arsenals are too small to be included in such talks.",
            "Russia has said that any future talks must also cover US missile defence.",
        ],
        claims=[
            ("nato", "five-year-extension", "support", "welcomed and fully supported the five-year extension of New START", T),
            ("nato", "extend-new-start", "support", "the extension kept verifiable limits on the two largest arsenals in place", T),
            ("nato", "china-joins-talks", "support", "China, he said, should be part of it", T),
        ],
    ),
    dict(
        id="032", published="2021-02-05T09:00:00Z", outlet="fenwick-ledger",
        slug="original-expiry-date-passes-quietly",
        title="Original New START expiry date passes quietly as inspections stay on hold",
        paras=[
            "GENEVA, Feb 5 (Fenwick Ledger) - The date on which New START was originally due to expire passed quietly on Friday, two days after the extension took effect, with on-site inspections under the treaty still suspended because of the coronavirus pandemic.",
            "Inspections were halted by mutual agreement in March last year. Officials have not said when they might resume, and the treaty's implementing body, the Bilateral Consultative Commission, has not met in person since late 2019.",
            "Diplomats at the Conference on Disarmament in Geneva said the commission would probably meet in the spring, though no date has been announced. Both governments continue to exchange the data and notifications required by the treaty, according to people familiar with the process.",
            "The treaty limits each country to 1,550 deployed strategic warheads and 700 deployed missiles and bombers.",
            "Arms control experts said the first test of the extension would be whether inspectors could return to bases in Russia and the United States later this year.",
        ],
        claims=[],
    ),
    dict(
        id="033", published="2021-02-08T10:00:00Z", outlet="kestrel-wire",
        slug="china-rebuffs-renewed-us-call-for-talks",
        title="China rebuffs renewed US call for arms talks after treaty extension",
        paras=[
            "BEIJING, Feb 8 (Kestrel Wire) - China on Monday rejected a renewed US call for it to join nuclear arms control negotiations, saying its position had not changed after last week's extension of New START.",
            "Foreign ministry spokesman Wang Wenbin told reporters that China would not take part in so-called trilateral arms control talks, and that the United States, which holds thousands of warheads, should keep cutting its own arsenal instead of pointing at others.",
            "Wang said the treaty's extension was a matter for the two countries that signed it, and that China's small arsenal was kept at the minimum level needed for its security.",
            "In Washington, Jim Risch, the senior Republican on the Senate Foreign Relations Committee, said China's stance showed why the United States should not have given up its leverage with a five-year extension.",
            "The State Department did not respond to a request for comment on the Chinese remarks.",
        ],
        claims=[
            ("usa", "china-joins-talks", "support", "a renewed US call for it to join nuclear arms control negotiations", F),
            ("china", "china-joins-talks", "oppose", "China would not take part in so-called trilateral arms control talks", T),
            ("senate-republicans", "five-year-extension", "oppose", "should not have given up its leverage with a five-year extension", T),
        ],
    ),
]

SHIFTS = [
    dict(actor="usa", issue="us-drops-china-precondition", frm="oppose", to="conditional", article="009",
         why="Billingslea says China's participation is no longer a prerequisite for extension, provided Russia accepts a framework capping all warheads; in 002 and 006 the US insisted Beijing be brought in and had 'not abandoned' that demand."),
    dict(actor="russia", issue="warhead-freeze", frm="oppose", to="conditional", article="015",
         why="The Russian Foreign Ministry offers a one-year freeze provided Washington makes no further demands; in 009, 011 and 013 Ryabkov rejected a freeze as the price of extension."),
    dict(actor="usa", issue="extend-new-start", frm="conditional", to="support", article="023",
         why="The new Biden White House says it will seek an extension outright; the Trump administration (002-022) would extend only with a warhead cap or a broader deal."),
    dict(actor="usa", issue="five-year-extension", frm="oppose", to="support", article="023",
         why="Psaki announces that Biden intends to seek a five-year extension; in 022 the outgoing envoy said a clean five-year extension would throw away leverage (baseline oppose)."),
    dict(actor="usa", issue="warhead-freeze", frm="support", to="oppose", article="026",
         why="A senior Biden administration official says the extension will not be tied to the warhead freeze; the Trump administration demanded the freeze from 009 to 022."),
    dict(actor="usa", issue="us-drops-china-precondition", frm="conditional", to="support", article="029",
         why="Blinken says the extension was not made conditional on China's participation, with no condition attached; in 009 dropping China as a prerequisite depended on Russia accepting a warhead cap."),
]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def read_watchlist(path):
    """Minimal reader for the flat watchlist.yaml used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  - id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append({"id": m.group(1)})
                continue
            m = re.match(r"^    (name|description|aliases|terms):\s*(.*)$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues)[-1][m.group(1)] = m.group(2)
                continue
            m = re.match(r"^  - \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
                continue
            raise ValueError("watchlist.yaml: unparsed line: %r" % line)
    return actors, issues, baseline


def text_of(a):
    return "\n\n".join(a["paras"])


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_ts(s), usegmt=True)


def validate(actors, issues, baseline):
    errors = []
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a in actors:
        for k in ("name", "aliases"):
            if k not in a:
                errors.append("actor %s lacks %s" % (a["id"], k))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append("issue %s has fields %s" % (i["id"], sorted(i)))
    give_up = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces)\b")
    if not any(give_up.search(i.get("name", "")) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for act, iss, st in baseline:
        if act not in actor_ids or iss not in issue_ids or st not in ("support", "oppose", "conditional"):
            errors.append("bad baseline entry %s/%s/%s" % (act, iss, st))

    n = len(ARTICLES)
    if not 30 <= n <= 34:
        errors.append("need 30-34 articles, have %d" % n)
    prev = None
    for k, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % k:
            errors.append("article %s: id should be %03d" % (a["id"], k))
        ts = parse_ts(a["published"])
        if prev and ts <= prev:
            errors.append("article %s: not in publication order" % a["id"])
        prev = ts
        if a["outlet"] not in OUTLETS:
            errors.append("article %s: unknown outlet" % a["id"])
        text = text_of(a)
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append("article %s: %d words" % (a["id"], words))
        m = re.match(r"^([A-Z][A-Z .'-]*), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append("article %s: bad dateline" % a["id"])
        else:
            if m.group(2) != MONTHS[ts.month] or int(m.group(3)) != ts.day:
                errors.append("article %s: dateline date %s %s != published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
            if m.group(4) != OUTLETS[a["outlet"]]:
                errors.append("article %s: dateline outlet %s" % (a["id"], m.group(4)))
        seen = {}
        for (act, iss, st, quote, attributed) in a["claims"]:
            if act not in actor_ids:
                errors.append("article %s: unknown actor %s" % (a["id"], act))
            if iss not in issue_ids:
                errors.append("article %s: unknown issue %s" % (a["id"], iss))
            if st not in ("support", "oppose", "conditional"):
                errors.append("article %s: bad stance %s" % (a["id"], st))
            if quote not in text:
                errors.append("article %s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                errors.append("article %s: quote over 15 words: %r" % (a["id"], quote))
            if not isinstance(attributed, bool):
                errors.append("article %s: attributed not bool" % a["id"])
            key = (act, iss, st)
            if key in seen:
                errors.append("article %s: duplicate claim tuple %s" % (a["id"], key))
            seen[key] = attributed
            if attributed:
                other = [s for (x, y, s), att in seen.items() if x == act and y == iss and att and s != st]
                if other:
                    errors.append("article %s: two attributed stances for %s/%s" % (a["id"], act, iss))

    # shifts recomputed from the baseline plus the attributed claims, in article order
    prevailing = {(act, iss): st for act, iss, st in baseline}
    computed = []
    for a in ARTICLES:
        for (act, iss, st, quote, attributed) in a["claims"]:
            if not attributed:
                continue
            cur = prevailing.get((act, iss))
            if cur is not None and cur != st:
                computed.append((act, iss, cur, st, a["id"]))
            prevailing[(act, iss)] = st
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append("shifts differ:\n  computed %s\n  labelled %s" % (computed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("need 5-8 shifts, have %d" % len(SHIFTS))
    if not any("conditional" in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    straight = [s for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"}]
    if len(straight) > 2:
        errors.append("more than two straight support/oppose reversals")

    claims = [c for a in ARTICLES for c in a["claims"]]
    if not 60 <= len(claims) <= 90:
        errors.append("need 60-90 claims, have %d" % len(claims))
    stances = {s: sum(1 for c in claims if c[2] == s) for s in ("support", "oppose", "conditional")}
    if min(stances.values()) == 0 or stances["conditional"] < 6:
        errors.append("stance mix %s" % stances)
    if not any(c[4] is False for c in claims):
        errors.append("no attributed: false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append("need 3-4 no-claim articles, have %s" % empty)
    return errors, stances, claims, empty


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
            "text": text_of(a),
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set new-start-extension-2021</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            url = escape(url_of(a))
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % url,
                    '      <guid isPermaLink="true">%s</guid>' % url,
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(text_of(a)),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                      for c in a["claims"]]
            for a in ARTICLES
        },
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return feed_dir


def check_outputs(feed_dir):
    errors = []
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    ids = [a["id"] for a in ARTICLES]
    if sorted(labels["claims"]) != ids:
        errors.append("labels.json claims keys do not cover every article")
    shift_articles = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        errors.append("no_alert_articles is not every article except the shift articles")
    for i in ids:
        doc = json.load(open(os.path.join(HERE, "articles", i + ".json"), encoding="utf-8"))
        for c in labels["claims"][i]:
            if c["quote"] not in doc["text"]:
                errors.append("written article %s lacks quote %r" % (i, c["quote"]))
    for name in sorted(os.listdir(feed_dir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(feed_dir, name)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (name, r.stderr.strip()))
    return errors


def main():
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    errors, stances, claims, empty = validate(actors, issues, baseline)
    if errors:
        print("VALIDATION FAILED", file=sys.stderr)
        for e in errors:
            print(" - " + e, file=sys.stderr)
        return 1
    feed_dir = write_outputs()
    errors = check_outputs(feed_dir)
    if errors:
        print("OUTPUT CHECK FAILED", file=sys.stderr)
        for e in errors:
            print(" - " + e, file=sys.stderr)
        return 1
    n_false = sum(1 for c in claims if c[4] is False)
    print("ok: %d articles, %d claims %s, %d attributed:false, %d shifts in %d articles, no-claim articles %s"
          % (len(ARTICLES), len(claims), stances, n_false, len(SHIFTS),
             len({s["article"] for s in SHIFTS}), ",".join(empty)))
    for a in ARTICLES:
        print("  %s %3d words %d claims" % (a["id"], len(text_of(a).split()), len(a["claims"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
