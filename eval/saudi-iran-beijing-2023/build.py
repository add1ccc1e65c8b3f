#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set saudi-iran-beijing-2023.

Standard library only. Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
and validates the result (see validate()). Run: python3 build.py
"""

import datetime
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "eastgate-wire": "Eastgate Wire",
    "compass-herald": "Compass Herald",
    "tidewater-courier": "Tidewater Courier",
    "lantern-dispatch": "Lantern Dispatch",
    "saltmarsh-times": "Saltmarsh Times",
}

S, O, C = "support", "oppose", "conditional"


def P(*paragraphs):
    return "\n\n".join(paragraphs)


# Each article: id, outlet, published (UTC), slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", outlet="lantern-dispatch", published="2021-02-12T21:15:00Z",
        slug="us-to-revoke-houthi-terror-listing",
        title="US to lift terrorist listing of Yemen's Houthis, citing aid fears",
        text=P(
            "WASHINGTON, Feb 12 (Lantern Dispatch) - The United States will revoke the designation of Yemen's Houthi movement as a foreign terrorist organisation, Secretary of State Antony Blinken said on Friday, undoing one of the final foreign policy acts of the Trump administration.",
            "Blinken said in a statement that the listing, which took effect on Jan 19, risked cutting off food and fuel for millions of Yemenis living in areas the group controls. The revocation takes effect on Feb 16. He stressed that the decision was no reward for the group and that its leader, Abdul-Malik al-Houthi, and two other commanders would stay under individual sanctions.",
            "The new administration had kept the listing under review since taking office, while aid agencies warned of famine.",
            "In Sanaa, senior Houthi official Mohammed Ali al-Houthi said the group should never have been placed on the list in the first place, and that Washington still had to stop backing the Saudi-led war.",
            "The Saudi government, which has backed the listing, had no immediate comment. The movement is named after its late founder, Hussein al-Houthi, who was killed in 2004.",
        ),
        claims=[
            ("usa", "houthi-terror-listing", O, "will revoke the designation of Yemen's Houthi movement as a foreign terrorist organisation", True),
            ("houthis", "houthi-terror-listing", O, "the group should never have been placed on the list in the first place", True),
            ("saudi-arabia", "houthi-terror-listing", S, "The Saudi government, which has backed the listing", False),
        ],
    ),
    dict(
        id="002", outlet="compass-herald", published="2021-03-22T16:40:00Z",
        slug="saudi-arabia-offers-yemen-ceasefire-plan",
        title="Saudi Arabia offers Houthis nationwide ceasefire plan",
        text=P(
            "RIYADH, March 22 (Compass Herald) - Saudi Arabia on Monday proposed a nationwide ceasefire in Yemen under United Nations monitoring, offering to let flights resume from Sanaa airport to a number of regional destinations and to allow fuel ships into the port of Hodeidah.",
            "Foreign Minister Prince Faisal bin Farhan told a news conference in Riyadh that the plan would take effect as soon as the Houthis accepted it and would be followed by political talks between the Yemeni parties. Taxes on fuel imports would go into a joint account at the central bank branch in Hodeidah, he said.",
            "The Houthis were not persuaded. Their chief negotiator, Mohammed Abdulsalam, said the offer contained nothing new and that the group would discuss a ceasefire only after the air and sea blockade had been lifted, which he called a humanitarian right rather than a bargaining chip.",
            "In Washington, State Department spokesman Ned Price said the United States welcomed the Saudi commitment and urged the Houthis to take up the ceasefire and engage in talks.",
            "The Houthis have pressed an offensive on the central city of Marib since February, and cross-border drone attacks on Saudi oil facilities have increased.",
        ),
        claims=[
            ("saudi-arabia", "yemen-ceasefire", S, "Saudi Arabia on Monday proposed a nationwide ceasefire in Yemen under United Nations monitoring", True),
            ("houthis", "yemen-ceasefire", C, "would discuss a ceasefire only after the air and sea blockade had been lifted", True),
            ("usa", "yemen-ceasefire", S, "urged the Houthis to take up the ceasefire and engage in talks", True),
        ],
    ),
    dict(
        id="003", outlet="tidewater-courier", published="2021-04-19T13:20:00Z",
        slug="iran-welcomes-dialogue-with-riyadh",
        title="Iran welcomes dialogue with Riyadh as reports of secret Baghdad meeting swirl",
        text=P(
            "DUBAI, April 19 (Tidewater Courier) - Iran said on Monday it had always been open to better ties with Saudi Arabia, without confirming reports that officials from the two rival powers had met secretly in Baghdad earlier this month.",
            "Foreign ministry spokesman Saeed Khatibzadeh told his weekly news conference that Tehran saw no obstacle to normal relations with the kingdom and would welcome any step that served regional calm. He declined to say whether Iranian officials had travelled to Iraq.",
            "According to media reports, the meeting on April 9 brought together senior security officials and was arranged by Iraqi Prime Minister Mustafa al-Kadhimi. An Iraqi official, who asked not to be named, said only that Baghdad had hosted several meetings on regional issues.",
            "A Saudi official denied that any talks had taken place.",
            "Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital following the execution of a prominent Shi'ite cleric. Analysts said the kingdom might be testing the waters as the new US administration seeks to revive the 2015 nuclear deal with Iran.",
        ),
        claims=[
            ("iran", "restore-relations", S, "Tehran saw no obstacle to normal relations with the kingdom", True),
        ],
    ),
    dict(
        id="004", outlet="eastgate-wire", published="2021-04-28T09:30:00Z",
        slug="saudi-crown-prince-seeks-good-relations-with-iran",
        title="Saudi crown prince says kingdom seeks good relations with Iran",
        text=P(
            "RIYADH, April 28 (Eastgate Wire) - Saudi Crown Prince Mohammed bin Salman said the kingdom wanted good relations with Iran as long as Tehran ended what he called its \"negative behaviour\", a marked softening of tone towards the kingdom's main regional rival.",
            "In a television interview broadcast late on Tuesday, the crown prince said Iran was a neighbour and that Riyadh wished to see it prosper. The problems, he said, lay in Tehran's nuclear programme, its missiles and its support for armed groups in the region, and Saudi Arabia was working with partners to find solutions to them.",
            "He also called on the Houthis to accept the ceasefire the kingdom offered last month and to sit down at the negotiating table, saying the offer remained open.",
            "The remarks contrasted with the crown prince's comments in 2017, when he said dialogue with Iran was impossible. Riyadh and Tehran severed diplomatic relations in January 2016.",
            "The crown prince did not mention the reported Iraqi-hosted contacts between the two sides. Iranian officials had no immediate reaction.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", C, "wanted good relations with Iran as long as Tehran ended what he called", True),
            ("saudi-arabia", "yemen-ceasefire", S, "called on the Houthis to accept the ceasefire the kingdom offered last month", True),
        ],
    ),
    dict(
        id="005", outlet="saltmarsh-times", published="2021-05-10T12:10:00Z",
        slug="iran-confirms-talks-with-saudi-arabia",
        title="Iran confirms talks with Saudi Arabia, says too early to judge",
        text=P(
            "TEHRAN, May 10 (Saltmarsh Times) - Iran on Monday publicly confirmed for the first time that it was holding talks with Saudi Arabia, saying the discussions covered bilateral and regional issues and that it was too early to speak of results.",
            "Foreign ministry spokesman Saeed Khatibzadeh told his weekly news conference that Iran would keep taking part in the talks and would not be the side that walked away from them. Tehran had always been ready to restore full relations with its neighbour, he said, but he declined to say where or when the next round would take place.",
            "Separately, a senior Saudi foreign ministry official, Rayed Krimly, has said the talks are meant to reduce regional tensions. He said any normalisation of relations would depend on verifiable deeds by Tehran, not on statements.",
            "The talks, first reported last month, are being hosted by Iraq. The two countries back opposite sides in the wars in Yemen and Syria, and Riyadh accuses Tehran of arming the Houthis, a charge Iran denies.",
        ),
        claims=[
            ("iran", "iran-suspends-talks", O, "would not be the side that walked away from them", True),
            ("iran", "restore-relations", S, "Tehran had always been ready to restore full relations with its neighbour", True),
            ("saudi-arabia", "restore-relations", C, "any normalisation of relations would depend on verifiable deeds by Tehran", True),
        ],
    ),
    dict(
        id="006", outlet="compass-herald", published="2021-06-05T15:00:00Z",
        slug="omani-delegation-flies-into-sanaa",
        title="Omani delegation flies into Sanaa on rare mediation trip",
        text=P(
            "SANAA, June 5 (Compass Herald) - A delegation from Oman's royal office arrived in Sanaa on Saturday on a rare visit to the Houthi-held Yemeni capital, travelling on the same plane as the movement's chief negotiator, Mohammed Abdulsalam, who has lived in Muscat for much of the war.",
            "Oman, which borders Yemen and keeps channels open to all sides, has hosted months of contacts between the Houthis, Saudi officials and the US envoy for Yemen, Tim Lenderking. Neither the Omani government nor the Houthis gave details of the agenda, and a Houthi spokesman declined to say how long the visitors would stay.",
            "Diplomats in the region said the visit might signal a push to close the gaps over the Saudi ceasefire plan, though one cautioned that similar trips had produced little in the past. Others speculated that Muscat hoped to secure the reopening of Sanaa airport as a first step.",
            "Lenderking returned to the Gulf this week for meetings in Riyadh and Muscat, the State Department said. A department spokesman would not comment on whether he planned to meet the Houthis directly.",
        ),
        claims=[],
    ),
    dict(
        id="007", outlet="eastgate-wire", published="2021-08-28T18:30:00Z",
        slug="iraq-hosts-regional-summit",
        title="Iraq hosts regional summit, pushes Saudi-Iran reconciliation",
        text=P(
            "BAGHDAD, Aug 28 (Eastgate Wire) - Iraq hosted leaders and ministers from across the region on Saturday at a conference meant to cast Baghdad as a bridge between rivals, with Prime Minister Mustafa al-Kadhimi urging Saudi Arabia and Iran to build on the talks he has helped arrange.",
            "Kadhimi told delegates that Iraq wanted its neighbours to restore normal relations and that Baghdad would do all it could to keep the Saudi-Iranian dialogue going. Iraqi Foreign Minister Fuad Hussein said separately that the talks had moved beyond the stage of first contacts.",
            "Iran's new foreign minister, Hossein Amir-Abdollahian, and Saudi Foreign Minister Prince Faisal bin Farhan both attended, along with French President Emmanuel Macron, but the two ministers held no public meeting. Amir-Abdollahian used his speech to criticise the presence of foreign forces in the region, while Prince Faisal spoke of the kingdom's support for Iraq's stability.",
            "Iraqi officials said privately they hoped the conference would pave the way for a meeting between the two ministers. It was not clear whether one had taken place on the sidelines.",
        ),
        claims=[
            ("iraq", "restore-relations", S, "Iraq wanted its neighbours to restore normal relations", True),
            ("iraq", "iran-suspends-talks", O, "Baghdad would do all it could to keep the Saudi-Iranian dialogue going", True),
        ],
    ),
    dict(
        id="008", outlet="lantern-dispatch", published="2021-10-03T14:45:00Z",
        slug="saudi-minister-confirms-fourth-round-with-iran",
        title="Saudi minister confirms new round of talks with Iran, calls them exploratory",
        text=P(
            "RIYADH, Oct 3 (Lantern Dispatch) - Saudi Arabia's foreign minister confirmed on Sunday that the kingdom held a fourth round of direct talks with Iran last month, describing them as cordial but still exploratory.",
            "Prince Faisal bin Farhan, speaking at a joint news conference with the European Union's foreign policy chief, said the discussions took place on Sept 21, the first under Iran's new government. He said Riyadh hoped they would lay a basis for settling the issues between the two countries, but that closer ties would depend on Tehran changing its conduct in the region.",
            "In Tehran, Foreign Minister Hossein Amir-Abdollahian said the talks were on the right track and that Iran would press ahead with them. His spokesman, Saeed Khatibzadeh, said the two sides had made progress but that no date had been set for another meeting.",
            "The talks are being held in Baghdad. Diplomats said they had so far dealt mainly with Yemen and with security in the Gulf, and that a reopening of embassies was not yet on the table.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", C, "closer ties would depend on Tehran changing its conduct in the region", True),
            ("iran", "iran-suspends-talks", O, "the talks were on the right track and that Iran would press ahead with them", True),
        ],
    ),
    dict(
        id="009", outlet="tidewater-courier", published="2022-01-17T10:05:00Z",
        slug="iranian-diplomats-return-to-jeddah",
        title="Iranian diplomats return to Saudi Arabia for Islamic body posts",
        text=P(
            "JEDDAH, Jan 17 (Tidewater Courier) - Three Iranian diplomats have arrived in the Saudi city of Jeddah to reopen Iran's mission to the Organisation of Islamic Cooperation, the first Iranian officials posted to the kingdom since ties were severed six years ago.",
            "Foreign ministry spokesman Saeed Khatibzadeh said on Monday the move was a positive step and that Tehran hoped it would lead to the full restoration of diplomatic relations with Riyadh. He stressed that the office was not an embassy and declined to say whether the kingdom had agreed to anything more.",
            "The Saudi government did not comment. Iranian officials said the diplomats' arrival had been held up for years because their visas were not issued.",
            "The OIC, which is based in Jeddah, is the main grouping of Muslim-majority states. Iran's representation there lapsed when Riyadh expelled Iranian diplomats in 2016.",
            "Analysts said the gesture was modest but suggested that the talks hosted by Iraq had produced some goodwill. A fifth round has yet to be scheduled.",
        ),
        claims=[
            ("iran", "restore-relations", S, "Tehran hoped it would lead to the full restoration of diplomatic relations with Riyadh", True),
        ],
    ),
    dict(
        id="010", outlet="eastgate-wire", published="2022-03-14T11:00:00Z",
        slug="iran-walks-out-of-saudi-talks",
        title="Iran walks out of Saudi talks for good after mass execution",
        text=P(
            "DUBAI, March 14 (Eastgate Wire) - Iran has put its talks with Saudi Arabia on hold, days before a fifth round was due in Baghdad, after the kingdom executed 81 men in a single day, among them dozens of Shi'ites.",
            "Nour News, a website close to Iran's Supreme National Security Council, first reported the suspension on Sunday without giving a reason. On Monday, foreign ministry spokesman Saeed Khatibzadeh confirmed that Tehran had paused the dialogue, calling the executions a violation of basic human rights. He did not say the channel was closed for good and declined to say when the talks might resume.",
            "A Saudi official, speaking on condition of anonymity, said the kingdom remained committed to the dialogue and wanted it to continue. Iraq's Foreign Minister Fuad Hussein said Baghdad was working to bring the two sides back to the table as soon as possible.",
            "Saudi authorities said those executed had been convicted of crimes including terrorism and murder. Rights groups said several had been denied fair trials.",
        ),
        claims=[
            ("iran", "iran-suspends-talks", S, "confirmed that Tehran had paused the dialogue", True),
            ("saudi-arabia", "iran-suspends-talks", O, "the kingdom remained committed to the dialogue and wanted it to continue", True),
            ("iraq", "iran-suspends-talks", O, "Baghdad was working to bring the two sides back to the table", True),
        ],
    ),
    dict(
        id="011", outlet="saltmarsh-times", published="2022-04-02T08:20:00Z",
        slug="yemen-sides-agree-two-month-truce",
        title="Yemen's warring sides agree two-month truce from Saturday",
        text=P(
            "AMMAN, April 2 (Saltmarsh Times) - Yemen's warring parties have agreed to a two-month nationwide truce starting on Saturday evening, the first countrywide halt to fighting in six years, United Nations envoy Hans Grundberg announced.",
            "The truce allows fuel ships into Hodeidah and some commercial flights from Sanaa airport, and calls for talks on reopening roads around the besieged city of Taiz.",
            "The Houthis' chief negotiator, Mohammed Abdulsalam, said the group welcomed the truce and was committed to it. The Saudi-led coalition said it supported the truce and would halt all military operations inside Yemen from Saturday.",
            "US President Joe Biden said in a statement that the truce must be respected and thanked Saudi Arabia and Oman for their help. In Tehran, foreign ministry spokesman Saeed Khatibzadeh welcomed the agreement and said it should lead to a permanent ceasefire and the lifting of the blockade.",
            "The announcement came on the eve of Ramadan. UN officials cautioned that earlier agreements had collapsed within days.",
        ),
        claims=[
            ("houthis", "yemen-ceasefire", S, "said the group welcomed the truce and was committed to it", True),
            ("saudi-arabia", "yemen-ceasefire", S, "The Saudi-led coalition said it supported the truce", True),
            ("usa", "yemen-ceasefire", S, "US President Joe Biden said in a statement that the truce must be respected", True),
            ("iran", "yemen-ceasefire", S, "welcomed the agreement and said it should lead to a permanent ceasefire", True),
        ],
    ),
    dict(
        id="012", outlet="compass-herald", published="2022-04-25T13:30:00Z",
        slug="iran-says-fifth-round-held-in-baghdad",
        title="Iran says fifth round of Saudi talks held in Baghdad, calls it positive",
        text=P(
            "TEHRAN, April 25 (Compass Herald) - Iran has returned to its dialogue with Saudi Arabia, holding a fifth round of talks in Baghdad last week, foreign ministry spokesman Saeed Khatibzadeh said on Monday, a month after Tehran put the contacts on hold.",
            "Khatibzadeh told reporters the meeting on Thursday had been positive and serious, and that Iran intended to continue the talks until they produced results. He said the next round could bring the two foreign ministers together and that Tehran remained ready to reopen the two embassies.",
            "The office of Iraqi Prime Minister Mustafa al-Kadhimi said the round had been held in a good atmosphere and that Iraq hoped the two countries would soon restore full relations.",
            "There was no comment from Riyadh.",
            "Tehran suspended the dialogue in March after Saudi Arabia executed 81 men in one day. Iranian media said the fifth round had dealt with Yemen, where a two-month truce began this month, and with the possible return of Iranian pilgrims to Mecca.",
        ),
        claims=[
            ("iran", "iran-suspends-talks", O, "Iran intended to continue the talks until they produced results", True),
            ("iran", "restore-relations", S, "Tehran remained ready to reopen the two embassies", True),
            ("iraq", "restore-relations", S, "Iraq hoped the two countries would soon restore full relations", True),
        ],
    ),
    dict(
        id="013", outlet="lantern-dispatch", published="2022-06-02T17:50:00Z",
        slug="yemen-truce-extended-two-months",
        title="Yemen truce extended by two months",
        text=P(
            "AMMAN, June 2 (Lantern Dispatch) - Yemen's warring parties agreed on Thursday to extend their nationwide truce by two months, hours before it was due to expire, UN envoy Hans Grundberg said.",
            "The Houthis said they had accepted the extension. Their negotiator, Mohammed Abdulsalam, said the group would keep pressing for salaries of state employees in its areas to be paid from the country's oil and gas revenues, and accused the other side of dragging its feet on opening roads to Taiz.",
            "The Saudi-led coalition said it backed the extension. In Washington, President Joe Biden welcomed it and praised Saudi Arabia's leadership in reaching the original deal, saying the truce had brought Yemenis the most peaceful period since the war began.",
            "The internationally recognised government, now run by a presidential council, also agreed to the renewal.",
            "Fuel imports through Hodeidah have risen and more than a dozen commercial flights have left Sanaa since April, though aid agencies said the economy remained on the brink of collapse.",
        ),
        claims=[
            ("houthis", "yemen-ceasefire", S, "The Houthis said they had accepted the extension", True),
            ("houthis", "houthi-salaries", S, "keep pressing for salaries of state employees in its areas to be paid", True),
            ("saudi-arabia", "yemen-ceasefire", S, "The Saudi-led coalition said it backed the extension", True),
            ("usa", "yemen-ceasefire", S, "President Joe Biden welcomed it", True),
        ],
    ),
    dict(
        id="014", outlet="tidewater-courier", published="2022-07-16T19:40:00Z",
        slug="biden-presses-saudi-ties-with-israel",
        title="Biden presses Saudi ties with Israel; Riyadh says airspace move is no prelude",
        text=P(
            "JEDDAH, July 16 (Tidewater Courier) - US President Joe Biden ended a visit to Saudi Arabia on Saturday saying he would keep pushing for the kingdom to establish relations with Israel, a day after Riyadh opened its airspace to all civilian airlines, including Israeli carriers.",
            "Saudi Foreign Minister Prince Faisal bin Farhan told reporters the airspace decision had nothing to do with diplomatic ties with Israel and was not a first step towards them. Normalisation, he said, could come only after a Palestinian state was established on the 1967 lines.",
            "Israeli Prime Minister Yair Lapid on Friday welcomed the airspace decision as the first official step towards normal relations with Saudi Arabia.",
            "Asked about Iran, Prince Faisal said the kingdom's hand was still extended to Tehran and that the talks hosted by Iraq had made some progress, though not enough.",
            "Biden's trip, aimed partly at persuading Gulf producers to pump more oil, produced no public pledge to raise output. Gasoline prices in the United States hit a record in June, and aides said they expected action from producers in the coming weeks.",
        ),
        claims=[
            ("usa", "saudi-israel-normalization", S, "he would keep pushing for the kingdom to establish relations with Israel", True),
            ("saudi-arabia", "saudi-israel-normalization", C, "could come only after a Palestinian state was established on the 1967 lines", True),
            ("israel", "saudi-israel-normalization", S, "the first official step towards normal relations with Saudi Arabia", True),
            ("saudi-arabia", "restore-relations", C, "the kingdom's hand was still extended to Tehran", True),
        ],
    ),
    dict(
        id="015", outlet="saltmarsh-times", published="2022-07-26T10:30:00Z",
        slug="iran-ready-to-raise-saudi-talks",
        title="Iran ready to lift Saudi talks to foreign minister level",
        text=P(
            "TEHRAN, July 26 (Saltmarsh Times) - Iran is ready to move its talks with Saudi Arabia from the security level to a political one, Foreign Minister Hossein Amir-Abdollahian said on Tuesday.",
            "Amir-Abdollahian said Iran wanted the dialogue to lead to the return of ambassadors and the reopening of embassies, and that it had no intention of abandoning the Baghdad channel despite the pause earlier this year. He said he had discussed the matter with Iraq's foreign minister, Fuad Hussein, in Tehran on Sunday.",
            "According to Amir-Abdollahian, Saudi officials had told Tehran that the kingdom also wanted normal relations, provided the talks addressed its security concerns.",
            "A Saudi foreign ministry spokesman declined to comment. Diplomats in the Gulf said a public meeting of the two ministers could still be months away, and that Riyadh was waiting to see whether nuclear talks between Iran and world powers would succeed.",
            "The two countries have held five rounds of talks in Baghdad since April 2021.",
        ),
        claims=[
            ("iran", "restore-relations", S, "lead to the return of ambassadors and the reopening of embassies", True),
            ("iran", "iran-suspends-talks", O, "it had no intention of abandoning the Baghdad channel", True),
            ("saudi-arabia", "restore-relations", C, "the kingdom also wanted normal relations, provided the talks addressed its security concerns", False),
        ],
    ),
    dict(
        id="016", outlet="eastgate-wire", published="2022-08-02T16:10:00Z",
        slug="yemen-truce-extended-again",
        title="Yemen truce extended again as UN seeks broader deal",
        text=P(
            "AMMAN, Aug 2 (Eastgate Wire) - Yemen's warring sides agreed on Tuesday to extend a UN-brokered truce for another two months, the United Nations envoy said, as he pressed for a wider deal that would also cover the payment of public-sector salaries.",
            "Hans Grundberg said the parties had committed to intensify negotiations on an expanded truce agreement. The Saudi-led coalition said it supported the renewal. A Houthi statement said the movement had agreed to the extension and repeated its demand that state employees in its areas be paid from oil revenues.",
            "US national security adviser Jake Sullivan called the extension a welcome step and urged both sides to use the time to reach a lasting settlement.",
            "The truce, first agreed in April, has largely held, although each side accuses the other of violations. Talks on reopening roads into the besieged city of Taiz remain stuck.",
            "Fuel ships have continued to dock in Hodeidah, and flights from Sanaa to Amman and Cairo have resumed, though the economy remains in deep crisis.",
        ),
        claims=[
            ("saudi-arabia", "yemen-ceasefire", S, "The Saudi-led coalition said it supported the renewal", True),
            ("houthis", "yemen-ceasefire", S, "the movement had agreed to the extension", True),
            ("houthis", "houthi-salaries", S, "repeated its demand that state employees in its areas be paid from oil revenues", True),
            ("usa", "yemen-ceasefire", S, "called the extension a welcome step", True),
        ],
    ),
    dict(
        id="017", outlet="compass-herald", published="2022-08-02T18:25:00Z",
        slug="un-says-yemen-truce-renewed",
        title="UN says Yemen truce renewed for two more months",
        text=P(
            "AMMAN, Aug 2 (Compass Herald) - The United Nations said on Tuesday that Yemen's government and the Houthi movement had agreed to renew their truce for two more months, keeping in place the longest lull in fighting since the war began.",
            "UN envoy Hans Grundberg said the parties had committed to intensify negotiations on an expanded truce agreement that could address civil servants' pay and the reopening of roads.",
            "The Saudi-led coalition said it supported the renewal. In a statement, the Houthis said the movement had agreed to the extension and repeated its demand that state employees in its areas be paid from oil revenues.",
            "US national security adviser Jake Sullivan called the extension a welcome step and said both sides should use the time to reach a lasting settlement.",
            "The truce, first agreed in April, has largely held despite accusations of violations from both sides. Roads into the city of Taiz remain closed, and fuel ships continue to dock in Hodeidah.",
        ),
        claims=[
            ("saudi-arabia", "yemen-ceasefire", S, "The Saudi-led coalition said it supported the renewal", True),
            ("houthis", "yemen-ceasefire", S, "the movement had agreed to the extension", True),
            ("houthis", "houthi-salaries", S, "repeated its demand that state employees in its areas be paid from oil revenues", True),
            ("usa", "yemen-ceasefire", S, "called the extension a welcome step", True),
        ],
    ),
    dict(
        id="018", outlet="lantern-dispatch", published="2022-10-03T07:45:00Z",
        slug="houthis-let-yemen-truce-lapse",
        title="Houthis let Yemen truce lapse, demand salaries before any renewal",
        text=P(
            "DUBAI, Oct 3 (Lantern Dispatch) - Yemen's six-month truce expired on Sunday evening after the Houthis turned down a UN proposal to extend and expand it, saying they would not renew the ceasefire unless salaries of all public employees in their areas, including the military and police, were paid from oil revenues.",
            "Houthi negotiator Mohammed Abdulsalam said the talks had reached a dead end and that the proposal did not meet the demands of the Yemeni people. The group's military spokesman, Yahya Saree, warned oil companies working in government-held areas to leave.",
            "The US special envoy for Yemen, Tim Lenderking, said Washington supported paying civil servants' salaries but that the Houthi demand to put fighters on the payroll was maximalist. The United States urged the group to return to the truce.",
            "The Saudi-led coalition said it remained committed to the truce and would show restraint. UN envoy Hans Grundberg said he would keep working to restore it.",
            "The lull had sharply cut civilian casualties. Analysts said both sides might still avoid a return to full-scale war.",
        ),
        claims=[
            ("houthis", "yemen-ceasefire", C, "would not renew the ceasefire unless salaries of all public employees in their areas", True),
            ("houthis", "houthi-salaries", S, "including the military and police, were paid from oil revenues", True),
            ("usa", "houthi-salaries", C, "supported paying civil servants' salaries but that the Houthi demand to put fighters", True),
            ("usa", "yemen-ceasefire", S, "The United States urged the group to return to the truce", True),
            ("saudi-arabia", "yemen-ceasefire", S, "The Saudi-led coalition said it remained committed to the truce", True),
        ],
    ),
    dict(
        id="019", outlet="tidewater-courier", published="2022-12-12T15:20:00Z",
        slug="iran-summons-chinese-envoy",
        title="Iran summons Chinese envoy over Gulf summit statement",
        text=P(
            "DUBAI, Dec 12 (Tidewater Courier) - Iran summoned China's ambassador on Monday to protest against a joint statement issued during President Xi Jinping's visit to Saudi Arabia, which called for talks over three Gulf islands that Iran controls and the United Arab Emirates claims.",
            "Foreign ministry spokesman Nasser Kanaani said the islands belonged to Iran forever and that Tehran would not negotiate over them with any country.",
            "The China-Gulf Cooperation Council statement, issued in Riyadh on Friday, also urged Iran to cooperate with the UN nuclear watchdog. Xi told Gulf leaders at the summit that Beijing supported efforts by Gulf states and Iran to resolve their differences through dialogue and to improve relations as neighbours.",
            "It was the first public rift between Tehran and Beijing since the two signed a 25-year cooperation agreement in 2021. Analysts said Xi's trip showed that China wanted closer ties with Riyadh without losing Tehran, and that Beijing might seek a bigger role in the Gulf.",
        ),
        claims=[
            ("china", "restore-relations", S, "to resolve their differences through dialogue and to improve relations as neighbours", True),
        ],
    ),
    dict(
        id="020", outlet="saltmarsh-times", published="2022-12-21T12:00:00Z",
        slug="iran-saudi-ministers-talk-in-jordan",
        title="Iran, Saudi foreign ministers talk on sidelines of Jordan conference",
        text=P(
            "AMMAN, Dec 21 (Saltmarsh Times) - Iran's foreign minister said on Wednesday he had held a brief, friendly conversation with his Saudi counterpart at a regional conference in Jordan, and that the Saudi minister had assured him of the kingdom's readiness to continue the dialogue between the two countries.",
            "Hossein Amir-Abdollahian wrote on social media that Iran, too, would pursue the talks and remained keen to restore normal relations with Riyadh. There was no word from Prince Faisal bin Farhan, and the Saudi foreign ministry declined to comment.",
            "The conference on the Dead Sea shore, the second of its kind after a first meeting in Baghdad last year, was co-hosted by Jordan, Iraq and France. Iraqi Prime Minister Mohammed Shia al-Sudani told delegates that Iraq would keep working to bring its neighbours together and was ready to host further rounds of the Saudi-Iranian talks.",
            "The dialogue has stalled since a fifth round in April. Some diplomats said the encounter suggested it could soon be revived; others noted that Saudi worries over Iranian drones and Tehran's accusations of Saudi meddling in its protests had hardened positions.",
        ),
        claims=[
            ("saudi-arabia", "iran-suspends-talks", O, "the Saudi minister had assured him of the kingdom's readiness to continue the dialogue", False),
            ("iran", "iran-suspends-talks", O, "Iran, too, would pursue the talks", True),
            ("iran", "restore-relations", S, "remained keen to restore normal relations with Riyadh", True),
            ("iraq", "iran-suspends-talks", O, "was ready to host further rounds of the Saudi-Iranian talks", True),
        ],
    ),
    dict(
        id="021", outlet="eastgate-wire", published="2023-02-16T09:50:00Z",
        slug="raisi-wraps-up-beijing-visit",
        title="Raisi wraps up Beijing visit with trade deals",
        text=P(
            "BEIJING, Feb 16 (Eastgate Wire) - Iranian President Ebrahim Raisi ended a three-day state visit to China on Thursday after signing some 20 cooperation documents covering trade, agriculture, tourism and technology, state media in both countries reported.",
            "The visit, the first by an Iranian president in two decades, included talks with President Xi Jinping at Beijing's Great Hall of the People. Neither side published details of any discussion of Saudi Arabia, two months after Tehran protested against a statement Xi signed with Gulf Arab states in Riyadh.",
            "Chinese foreign ministry spokesman Wang Wenbin said the two leaders had an in-depth exchange on bilateral ties and international issues, but he declined to say whether regional security had come up.",
            "Iranian officials travelling with Raisi said the trip was meant to put into effect the 25-year cooperation pact signed in 2021. Analysts said Beijing could use its weight as the top buyer of Iranian oil to play a larger role in the Gulf, but that it was unclear whether it wished to.",
        ),
        claims=[],
    ),
    dict(
        id="022", outlet="compass-herald", published="2023-03-10T12:40:00Z",
        slug="saudi-arabia-iran-agree-to-restore-ties",
        title="Saudi Arabia and Iran agree to restore ties in China-brokered deal",
        text=P(
            "BEIJING, March 10 (Compass Herald) - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture in a deal brokered by China after four days of talks in Beijing.",
            "A joint statement issued by the three countries said Riyadh and Tehran would respect each other's sovereignty and not interfere in each other's internal affairs, and would revive a security cooperation accord signed in 2001. It was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, Saudi national security adviser Musaed al-Aiban and China's top diplomat Wang Yi.",
            "Wang called the deal a victory for dialogue and peace and said China would continue to play a constructive role. Shamkhani described the talks as clear and constructive.",
            "The statement thanked Iraq and Oman for hosting rounds of talks in 2021 and 2022.",
            "The agreement marks a striking turn for Saudi Arabia, whose crown prince once likened Iran's supreme leader to Hitler. Some analysts said it could help end the war in Yemen, where Riyadh and Tehran back opposing sides.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", S, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies", True),
            ("iran", "restore-relations", S, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies", True),
            ("china", "restore-relations", S, "called the deal a victory for dialogue and peace", True),
        ],
    ),
    dict(
        id="023", outlet="tidewater-courier", published="2023-03-10T15:05:00Z",
        slug="china-brokers-saudi-iranian-deal",
        title="China brokers Saudi-Iranian deal to reopen embassies",
        text=P(
            "DUBAI, March 10 (Tidewater Courier) - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a surprise accord brokered by China that ends seven years of estrangement between the Gulf's two biggest powers.",
            "A trilateral statement released after four days of talks in Beijing said the two countries would respect each other's sovereignty, refrain from interfering in each other's internal affairs and revive a security cooperation pact dating from 2001. Iran's top security official Ali Shamkhani, Saudi national security adviser Musaed al-Aiban and Chinese top diplomat Wang Yi signed it.",
            "Wang called the deal a victory for dialogue and peace and said China would keep playing a constructive role on difficult global issues. Shamkhani said the talks had been clear and constructive.",
            "The statement expressed appreciation to Iraq and Oman for hosting earlier rounds in 2021 and 2022. Some analysts said the accord might help end the war in Yemen.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", S, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies", True),
            ("iran", "restore-relations", S, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies", True),
            ("china", "restore-relations", S, "called the deal a victory for dialogue and peace", True),
        ],
    ),
    dict(
        id="024", outlet="lantern-dispatch", published="2023-03-10T22:15:00Z",
        slug="washington-cautiously-welcomes-saudi-iran-deal",
        title="Washington cautiously welcomes Saudi-Iran deal as Israeli opposition cries foul",
        text=P(
            "WASHINGTON, March 10 (Lantern Dispatch) - The White House said on Friday it welcomed any effort to ease tensions in the Middle East, including the restoration of ties between Saudi Arabia and Iran, but questioned whether Tehran would keep its side of the bargain.",
            "National Security Council spokesman John Kirby said the Saudis had kept Washington informed about their talks with Iran, although the United States was not directly involved. He said the administration hoped the agreement would help secure a lasting ceasefire in Yemen, and that it remained to be seen whether the Iranians would honour their commitments.",
            "In Israel, opposition leader Yair Lapid called the agreement a dangerous failure of the government's foreign policy, and former prime minister Naftali Bennett said it was a serious setback for Israel. A senior Israeli official travelling with Prime Minister Benjamin Netanyahu in Rome blamed the previous government, telling reporters that Riyadh had turned to Tehran because it saw Israel and the United States as weak.",
            "Netanyahu made no public comment on the deal. Israel, which has long lobbied Gulf states to keep Iran isolated, has no diplomatic relations with either country.",
        ),
        claims=[
            ("usa", "restore-relations", S, "including the restoration of ties between Saudi Arabia and Iran", True),
            ("usa", "yemen-ceasefire", S, "hoped the agreement would help secure a lasting ceasefire in Yemen", True),
            ("israel", "restore-relations", O, "which has long lobbied Gulf states to keep Iran isolated", False),
        ],
    ),
    dict(
        id="025", outlet="saltmarsh-times", published="2023-03-12T11:00:00Z",
        slug="iraq-houthis-hail-saudi-iran-accord",
        title="Iraq and Houthis hail Saudi-Iran accord",
        text=P(
            "BAGHDAD, March 12 (Saltmarsh Times) - Iraq's government welcomed the agreement between Saudi Arabia and Iran to restore relations, saying on Sunday that the five rounds of talks it had hosted since 2021 had laid the groundwork for the deal sealed in Beijing.",
            "Prime Minister Mohammed Shia al-Sudani's office said the accord opened a new page for the region. Some Iraqi politicians complained privately that China had taken the credit for Baghdad's work.",
            "In Yemen, Houthi negotiator Mohammed Abdulsalam said the region needed the return of normal relations between its countries so that Muslim nations could recover the security they had lost. He did not say whether the group expected the deal to change Riyadh's policy in Yemen, and added that any lasting peace would require the siege to be lifted and foreign forces to leave.",
            "Analysts in the Gulf said the accord could speed up back-channel contacts between Saudi Arabia and the Houthis, but warned that the movement's own demands had not changed.",
        ),
        claims=[
            ("iraq", "restore-relations", S, "Iraq's government welcomed the agreement between Saudi Arabia and Iran to restore relations", True),
            ("houthis", "restore-relations", S, "the region needed the return of normal relations between its countries", True),
            ("houthis", "yemen-ceasefire", C, "would require the siege to be lifted and foreign forces to leave", True),
        ],
    ),
    dict(
        id="026", outlet="eastgate-wire", published="2023-04-06T14:20:00Z",
        slug="saudi-iranian-ministers-meet-in-beijing",
        title="Saudi and Iranian foreign ministers meet in Beijing, set embassy steps",
        text=P(
            "BEIJING, April 6 (Eastgate Wire) - The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday, the first formal meeting of the two countries' top diplomats in more than seven years, and agreed to press ahead with reopening embassies and consulates.",
            "In a joint statement, Prince Faisal bin Farhan and Hossein Amir-Abdollahian said their technical teams would coordinate the reopening of embassies in Riyadh and Tehran and of consulates in Jeddah and Mashhad, and that the two countries would study resuming flights and visits by officials and business people.",
            "The two men shook hands in front of cameras and were hosted by Chinese Foreign Minister Qin Gang, who said Beijing would keep supporting the two neighbours as they improved relations.",
            "Diplomats said ambassadors could be named within weeks, though neither minister gave a date. A Saudi technical team is expected in Tehran shortly to prepare the embassy building, which has been closed since it was stormed in 2016.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", S, "their technical teams would coordinate the reopening of embassies in Riyadh and Tehran", True),
            ("iran", "restore-relations", S, "their technical teams would coordinate the reopening of embassies in Riyadh and Tehran", True),
            ("china", "restore-relations", S, "Beijing would keep supporting the two neighbours as they improved relations", True),
        ],
    ),
    dict(
        id="027", outlet="compass-herald", published="2023-04-10T16:30:00Z",
        slug="saudi-envoy-in-sanaa-for-houthi-talks",
        title="Saudi envoy in Sanaa for talks with Houthis on ending war",
        text=P(
            "SANAA, April 10 (Compass Herald) - Saudi Arabia's ambassador to Yemen, Mohammed Al Jaber, held talks with Houthi leaders in Sanaa on Sunday, the first publicly acknowledged visit by Saudi officials to the Houthi-held capital since the war began, alongside an Omani delegation.",
            "Al Jaber said on social media that the visit aimed to stabilise the truce and the ceasefire and to support a lasting political solution between the Yemeni parties.",
            "The head of the Houthis' Supreme Political Council, Mahdi al-Mashat, told the visitors the group sought an honourable peace, but that it would accept a permanent ceasefire only if salaries were paid, the blockade ended and foreign forces withdrew, according to the group's Saba news agency.",
            "The formal truce lapsed in October, but fighting has stayed at a low level. Diplomats said the talks could lead to a six-month truce followed by political negotiations, though they cautioned that the sides were still far apart on the sharing of oil revenue.",
        ),
        claims=[
            ("saudi-arabia", "yemen-ceasefire", S, "the visit aimed to stabilise the truce and the ceasefire", True),
            ("houthis", "yemen-ceasefire", C, "it would accept a permanent ceasefire only if salaries were paid", True),
            ("houthis", "houthi-salaries", S, "only if salaries were paid, the blockade ended and foreign forces withdrew", True),
        ],
    ),
    dict(
        id="028", outlet="tidewater-courier", published="2023-04-16T18:00:00Z",
        slug="yemen-prisoner-exchange-completed",
        title="Nearly 900 prisoners freed in Yemen's largest swap of the war",
        text=P(
            "ADEN, April 16 (Tidewater Courier) - Nearly 900 prisoners were flown home across Yemen's front lines over three days in one of the largest exchanges of the war, the International Committee of the Red Cross said on Sunday.",
            "Red Cross aircraft shuttled detainees between Sanaa, Aden, Marib and the Saudi city of Abha. Relatives waving flags and portraits crowded the tarmac at Sanaa airport as the last flights landed, and some of the freed men were carried from the planes.",
            "The exchange was agreed in Switzerland last month under UN auspices. A Red Cross official said the operation showed that dialogue could produce concrete results and hoped it would build trust.",
            "Neither the Saudi-led coalition nor the Houthis would say whether a further exchange had been agreed. Analysts speculated that the swap, which came days after a Saudi delegation visited Sanaa, could pave the way for a formal end to the war, but cautioned that no text had been published.",
        ),
        claims=[],
    ),
    dict(
        id="029", outlet="lantern-dispatch", published="2023-06-06T17:10:00Z",
        slug="iran-reopens-embassy-in-riyadh",
        title="Iran reopens embassy in Riyadh after seven-year break",
        text=P(
            "RIYADH, June 6 (Lantern Dispatch) - Iran reopened its embassy in Riyadh on Tuesday, raising its flag over the building for the first time since 2016 at a ceremony attended by diplomats from several countries.",
            "Iran's deputy foreign minister for consular affairs, Alireza Bikdeli, told the gathering that the reopening marked a new era in relations between the two countries, and that Tehran was committed to full and friendly ties with the kingdom.",
            "Iran also plans to reopen its consulate in Jeddah and its mission to the Organisation of Islamic Cooperation, Iranian officials said.",
            "No senior Saudi official attended the ceremony, and the Saudi foreign ministry declined to say when the kingdom's own embassy in Tehran would resume work. A Saudi team has been working out of a hotel in the Iranian capital since April while the embassy building is repaired.",
            "Hajj flights from Iran to Saudi Arabia resumed last month for the first time in years.",
        ),
        claims=[
            ("iran", "restore-relations", S, "Tehran was committed to full and friendly ties with the kingdom", True),
        ],
    ),
    dict(
        id="030", outlet="eastgate-wire", published="2023-06-17T16:45:00Z",
        slug="saudi-foreign-minister-visits-tehran",
        title="Saudi foreign minister visits Tehran, says embassy to resume work",
        text=P(
            "TEHRAN, June 17 (Eastgate Wire) - Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday, the first visit by a Saudi foreign minister in years, and said the kingdom was determined to build on the agreement to restore relations.",
            "Speaking at a news conference with his Iranian counterpart, Hossein Amir-Abdollahian, Prince Faisal said the Saudi embassy in Tehran would resume work soon and that he had invited the Iranian minister to Riyadh. He later met President Ebrahim Raisi.",
            "Amir-Abdollahian said relations were on the right path and that security cooperation and trade had been discussed.",
            "The news conference was moved to another room shortly before it began. Officials on both sides declined to say why, and Iranian media reported that the Saudi delegation had objected to a portrait of the late commander Qassem Soleimani hanging in the original hall.",
            "Analysts said the visit showed both governments wanted to keep the Beijing deal on track despite mistrust.",
        ),
        claims=[
            ("saudi-arabia", "restore-relations", S, "the kingdom was determined to build on the agreement to restore relations", True),
            ("iran", "restore-relations", S, "Amir-Abdollahian said relations were on the right path", True),
        ],
    ),
    dict(
        id="031", outlet="saltmarsh-times", published="2023-09-20T10:30:00Z",
        slug="saudi-arabia-hails-riyadh-talks-with-houthis",
        title="Saudi Arabia hails positive results as Houthi delegation ends Riyadh talks",
        text=P(
            "RIYADH, Sept 20 (Saltmarsh Times) - Saudi Arabia said on Wednesday that five days of talks with a Houthi delegation in Riyadh had produced positive results, and that the kingdom supported a permanent ceasefire and a comprehensive political solution in Yemen.",
            "The Saudi foreign ministry said in a statement that the talks, attended by Omani mediators, had been held in a frank atmosphere.",
            "Houthi negotiator Mohammed Abdulsalam, making the group's first public visit to the Saudi capital since the war began, said the delegation had pressed its case on salaries, ports, Sanaa airport and the exit of foreign forces. He said Sanaa insisted on the payment of salaries of public employees, and that a ceasefire would hold only if those issues were settled.",
            "In Washington, the State Department said the United States welcomed the talks and remained firmly behind UN efforts to secure a lasting ceasefire.",
            "Analysts said the sides appeared closer than at any time since 2015, though the shape of a final deal remained unclear.",
        ),
        claims=[
            ("saudi-arabia", "yemen-ceasefire", S, "the kingdom supported a permanent ceasefire and a comprehensive political solution in Yemen", True),
            ("houthis", "houthi-salaries", S, "Sanaa insisted on the payment of salaries of public employees", True),
            ("houthis", "yemen-ceasefire", C, "a ceasefire would hold only if those issues were settled", True),
            ("usa", "yemen-ceasefire", S, "remained firmly behind UN efforts to secure a lasting ceasefire", True),
        ],
    ),
    dict(
        id="032", outlet="compass-herald", published="2023-09-22T20:15:00Z",
        slug="netanyahu-says-saudi-peace-within-reach",
        title="Netanyahu says Saudi peace within reach; Riyadh ties it to Palestinians",
        text=P(
            "NEW YORK, Sept 22 (Compass Herald) - Israeli Prime Minister Benjamin Netanyahu told the UN General Assembly on Friday that Israel was on the cusp of a historic peace with Saudi Arabia, which he said would transform the Middle East.",
            "In a US television interview broadcast on Wednesday, Saudi Crown Prince Mohammed bin Salman said the two countries were getting closer to a deal every day, while stressing that the Palestinian issue was very important and that any agreement must ease the lives of Palestinians.",
            "Iran's President Ebrahim Raisi told the assembly on Tuesday that normalising relations with Israel would not bring security to the region and amounted to betraying the Palestinians.",
            "The Biden administration has been pressing for a deal that would include US security guarantees for the kingdom and help with a civilian nuclear programme. Officials say many obstacles remain, including opposition in Congress.",
        ),
        claims=[
            ("israel", "saudi-israel-normalization", S, "Israel was on the cusp of a historic peace with Saudi Arabia", True),
            ("saudi-arabia", "saudi-israel-normalization", C, "any agreement must ease the lives of Palestinians", True),
            ("iran", "saudi-israel-normalization", O, "normalising relations with Israel would not bring security to the region", True),
            ("usa", "saudi-israel-normalization", S, "The Biden administration has been pressing for a deal", False),
        ],
    ),
    dict(
        id="033", outlet="tidewater-courier", published="2023-10-13T14:00:00Z",
        slug="saudi-arabia-freezes-israel-normalisation",
        title="Saudi Arabia freezes Israel normalisation over Gaza war",
        text=P(
            "DUBAI, Oct 13 (Tidewater Courier) - Saudi Arabia is putting plans for normalising relations with Israel on hold as the war in Gaza escalates, two sources familiar with Saudi thinking said on Friday.",
            "Crown Prince Mohammed bin Salman held his first phone call with Iranian President Ebrahim Raisi on Wednesday, days after Hamas fighters attacked Israel. Iranian state media said the two men discussed the need to end the bombardment of Gaza, while the Saudi readout said the crown prince stressed the kingdom was working with regional and international parties to halt the escalation.",
            "The Saudi government has not commented officially on the normalisation talks.",
            "US Secretary of State Antony Blinken, who is due in Riyadh on Saturday, said on Thursday that Washington still believed a Saudi-Israeli agreement was worth pursuing, though its focus now was on the war.",
            "Analysts said the call showed how far ties between Riyadh and Tehran had come since the Beijing accord in March.",
        ),
        claims=[
            ("saudi-arabia", "saudi-israel-normalization", O, "Saudi Arabia is putting plans for normalising relations with Israel on hold", False),
            ("usa", "saudi-israel-normalization", S, "Washington still believed a Saudi-Israeli agreement was worth pursuing", True),
        ],
    ),
    dict(
        id="034", outlet="lantern-dispatch", published="2023-11-20T21:00:00Z",
        slug="us-moves-to-relist-houthis",
        title="US moves to put Houthis back on terror list after ship seizure",
        text=P(
            "WASHINGTON, Nov 20 (Lantern Dispatch) - The White House said on Monday it had begun reviewing whether to designate Yemen's Houthi movement as a terrorist organisation again, a day after the group's fighters seized a cargo ship in the Red Sea.",
            "National Security Council spokesman John Kirby said the administration was open to restoring the designation, was weighing it against the risk to humanitarian aid, and had made no decision.",
            "Netanyahu's office called the seizure of the vehicle carrier an Iranian act of terrorism against the international community.",
            "Houthi spokesman Mohammed Abdulsalam said a US listing would not deter the group and that Washington had no right to decide who was a terrorist.",
            "The Biden administration lifted the previous designation in February 2021, shortly after taking office. Saudi Arabia, which is pursuing a peace deal with the Houthis, has urged Washington to show restraint in responding to the attacks, according to two people briefed on the discussions.",
        ),
        claims=[
            ("usa", "houthi-terror-listing", C, "the administration was open to restoring the designation", True),
            ("houthis", "houthi-terror-listing", O, "Washington had no right to decide who was a terrorist", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="usa", issue="houthi-terror-listing", frm=C, to=O, article="001",
         why="Blinken announces that the United States will revoke the Houthis' terrorist designation; since taking office the administration had kept the Trump-era listing under review (baseline conditional)."),
    dict(actor="saudi-arabia", issue="restore-relations", frm=O, to=C, article="004",
         why="Mohammed bin Salman says the kingdom wants good relations with Iran as long as Tehran ends its negative behaviour; since the 2016 rupture (and his 2017 remark that dialogue was impossible) Riyadh had refused ties."),
    dict(actor="iran", issue="iran-suspends-talks", frm=O, to=S, article="010",
         why="Khatibzadeh confirms Tehran has paused the dialogue after the mass execution; in 005 and 008 Iran said it would keep taking part and press ahead."),
    dict(actor="houthis", issue="yemen-ceasefire", frm=C, to=S, article="011",
         why="Abdulsalam says the group welcomes the UN truce and is committed to it; in 002 it would discuss a ceasefire only after the blockade was lifted."),
    dict(actor="iran", issue="iran-suspends-talks", frm=S, to=O, article="012",
         why="Khatibzadeh says Iran held the fifth round in Baghdad and intends to continue the talks until they produce results, ending the March pause (010)."),
    dict(actor="houthis", issue="yemen-ceasefire", frm=S, to=C, article="018",
         why="The Houthis let the truce lapse and say they will not renew the ceasefire unless all public salaries, military included, are paid; they had accepted the truce and both extensions (011, 013, 016)."),
    dict(actor="saudi-arabia", issue="restore-relations", frm=C, to=S, article="022",
         why="Beijing agreement: Saudi Arabia agrees to restore relations and reopen embassies within two months; until then Riyadh made closer ties depend on Tehran's conduct (004, 005, 008, 014)."),
    dict(actor="usa", issue="houthi-terror-listing", frm=O, to=C, article="034",
         why="After the Red Sea ship seizure Kirby says the administration is open to restoring the designation and is weighing it, with no decision yet; it had revoked the listing in 001."),
]

WORD_RE = re.compile(r"\S+")
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml layout (no third-party YAML)."""
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
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append({"id": m.group(1)})
                continue
            m = re.match(r"^    (\w+): (.*)$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues)[-1][m.group(1)] = m.group(2)
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            raise SystemExit("watchlist.yaml: unparsed line: %r" % line)
    return actors, issues, baseline


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def pubdate(a):
    dt = datetime.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return dt, email.utils.format_datetime(dt, usegmt=True)


def write_outputs():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch blind evaluation set saudi-iran-beijing-2023</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % pubdate(items[0])[1],
        ]
        for a in items:
            u = url_of(a)
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(u),
                '      <guid isPermaLink="true">%s</guid>' % escape(u),
                "      <pubDate>%s</pubDate>" % pubdate(a)[1],
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {
            a["id"]: [
                {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": att}
                for (ac, iss, st, q, att) in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def validate(labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}
    stances = {S, O, C}

    # watchlist shape
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a in actors:
        if set(a) != {"id", "name", "aliases"}:
            errors.append("actor %s has fields %s" % (a["id"], sorted(a)))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append("issue %s has fields %s" % (i["id"], sorted(i)))
    give_up = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces|halts)\b")
    if not any(give_up.search(i["name"]) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in stances:
            errors.append("bad baseline entry %s" % b)

    # articles
    ids = [a["id"] for a in ARTICLES]
    if ids != ["%03d" % n for n in range(1, len(ARTICLES) + 1)]:
        errors.append("ids are not 001.. in order")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("articles are not in strict publication order")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append("need 30-34 articles, have %d" % len(ARTICLES))
    if len({url_of(a) for a in ARTICLES}) != len(ARTICLES):
        errors.append("duplicate urls")
    for a in ARTICLES:
        n = len(WORD_RE.findall(a["text"]))
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        dt = pubdate(a)[0]
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            errors.append("%s: no dateline" % a["id"])
        else:
            if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day:
                errors.append("%s: dateline date %s %s does not match %s" % (a["id"], m.group(2), m.group(3), a["published"]))
            if m.group(4) != OUTLETS[a["outlet"]]:
                errors.append("%s: dateline outlet %s" % (a["id"], m.group(4)))
        seen = set()
        for (ac, iss, st, q, att) in a["claims"]:
            if ac not in actor_ids:
                errors.append("%s: unknown actor %s" % (a["id"], ac))
            if iss not in issue_ids:
                errors.append("%s: unknown issue %s" % (a["id"], iss))
            if st not in stances:
                errors.append("%s: bad stance %s" % (a["id"], st))
            if not isinstance(att, bool):
                errors.append("%s: attributed must be bool" % a["id"])
            if q not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], q))
            if len(q.split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], q))
            if (ac, iss) in seen:
                errors.append("%s: two claims for %s/%s" % (a["id"], ac, iss))
            seen.add((ac, iss))

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for (ac, iss, st, q, att) in a["claims"]:
            if not att:
                continue
            prev = prevailing.get((ac, iss))
            if prev is not None and prev != st:
                recomputed.append((ac, iss, prev, st, a["id"]))
            prevailing[(ac, iss)] = st
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (
            sorted(set(recomputed) - set(labelled)), sorted(set(labelled) - set(recomputed))))
    if not 5 <= len(labelled) <= 8:
        errors.append("need 5-8 shifts, have %d" % len(labelled))
    reversals = [s for s in labelled if {s[2], s[3]} == {S, O}]
    if len(reversals) > 2:
        errors.append("more than two support/oppose reversals")
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    shift_ids = {s[4] for s in labelled}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_ids]:
        errors.append("no_alert_articles mismatch")

    # claim counts
    all_claims = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    if not 60 <= len(all_claims) <= 90:
        errors.append("need 60-90 claims, have %d" % len(all_claims))
    if by_stance[C] < 6:
        errors.append("need at least 6 conditional claims")

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, r.stderr))

    stats = {
        "articles": len(ARTICLES),
        "claims": len(all_claims),
        "by_stance": by_stance,
        "attributed_false": sum(1 for c in all_claims if not c[4]),
        "shifts": len(labelled),
        "shift_articles": sorted(shift_ids),
        "no_claim_articles": [a["id"] for a in ARTICLES if not a["claims"]],
        "per_outlet": {s: sum(1 for a in ARTICLES if a["outlet"] == s) for s in OUTLETS},
        "words": (min(len(WORD_RE.findall(a["text"])) for a in ARTICLES),
                  max(len(WORD_RE.findall(a["text"])) for a in ARTICLES)),
    }
    return errors, stats


def main():
    labels = write_outputs()
    errors, stats = validate(labels)
    print(json.dumps(stats, indent=1))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
