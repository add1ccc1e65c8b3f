#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set pakistan-afghanistan-talks-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates everything (quotes, ids, datelines, word counts, watchlist
references, recomputed shifts, no_alert_articles, duplicates, xmllint).

The events are real and public; all wording is original paraphrase written for
this set. It is not a source of facts.
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
    "frontier-wire": "Frontier Wire",
    "eastgate-herald": "Eastgate Herald",
    "lantern-post": "Lantern Post",
    "silk-road-dispatch": "Silk Road Dispatch",
    "crossroads-daily": "Crossroads Daily",
}


def P(*paragraphs):
    return "\n\n".join(paragraphs)


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# ---------------------------------------------------------------------------
# Articles, in publication order. Each: id, published (UTC), outlet, slug,
# title, text, claims.
# ---------------------------------------------------------------------------
ARTICLES = [
    dict(
        id="001", published="2025-10-10T09:30:00Z", outlet="frontier-wire",
        slug="taliban-accuse-pakistan-over-kabul-blasts",
        title="Taliban accuse Pakistan over Kabul blasts as Islamabad presses TTP demand",
        text=P(
            "KABUL, Oct 10 (Frontier Wire) - Afghanistan's Taliban administration accused Pakistan on Friday of violating its airspace and striking targets in Kabul and in the eastern province of Paktika, a day after explosions were heard across the Afghan capital.",
            "The Afghan defence ministry called the incursion an unprecedented provocation and warned that Islamabad would bear responsibility for the consequences. Pakistan's military neither confirmed nor denied carrying out any strike, and a spokesman declined to say what had been hit.",
            "Security analysts said the likely target was Noor Wali Mehsud, the leader of the Pakistani Taliban, known as the TTP, though there was no confirmation that he had been in the city.",
            "Speaking to parliament on Thursday, Defence Minister Khawaja Asif said Pakistan's patience had run out and that Kabul had to stop giving shelter to TTP fighters who cross the border to attack Pakistani troops.",
            "Foreign Minister Amir Khan Muttaqi, who is on a visit to New Delhi, rejected the charge. He told reporters that the TTP was Pakistan's own internal problem and that Islamabad should solve it at home rather than blame its neighbours.",
        ),
        claims=[
            C("pakistan", "act-against-ttp", "support", "Kabul had to stop giving shelter to TTP fighters"),
            C("afghanistan", "act-against-ttp", "oppose", "the TTP was Pakistan's own internal problem"),
        ],
    ),
    dict(
        id="002", published="2025-10-12T08:15:00Z", outlet="eastgate-herald",
        slug="pakistan-afghan-forces-clash-crossings-shut",
        title="Pakistani and Afghan forces clash along border; crossings shut",
        text=P(
            "ISLAMABAD, Oct 12 (Eastgate Herald) - Pakistani and Afghan forces exchanged heavy fire at several points along the Durand Line overnight, in the worst fighting between the neighbours in years.",
            "The Taliban government said its forces had carried out retaliatory operations against Pakistani posts in response to the strikes on Kabul. Spokesman Zabihullah Mujahid said the operations were halted at midnight because Qatar and Saudi Arabia had asked Kabul to stop, but he warned that Afghan forces would respond again if Afghan territory was violated.",
            "The Pakistani military's media wing said 23 soldiers had been killed and claimed that more than 200 Taliban and allied fighters had died. It said Pakistan expects the Taliban government to take concrete steps against the TTP instead of shielding it.",
            "Pakistani authorities shut the Torkham and Chaman border crossings on Sunday, halting trade and transit traffic.",
            "Saudi Arabia's foreign ministry said in a statement that it was following events with concern and urged both sides to exercise restraint and avoid any escalation.",
        ),
        claims=[
            C("afghanistan", "ceasefire", "conditional", "Afghan forces would respond again if Afghan territory was violated"),
            C("qatar", "ceasefire", "support", "Qatar and Saudi Arabia had asked Kabul to stop", attributed=False),
            C("saudi-arabia", "ceasefire", "support", "urged both sides to exercise restraint and avoid any escalation"),
            C("pakistan", "suspend-border-trade", "support", "Pakistani authorities shut the Torkham and Chaman border crossings"),
            C("pakistan", "act-against-ttp", "support", "expects the Taliban government to take concrete steps against the TTP"),
        ],
    ),
    dict(
        id="003", published="2025-10-13T11:00:00Z", outlet="lantern-post",
        slug="trucks-stranded-as-torkham-stays-shut",
        title="Hundreds of trucks stranded as Torkham stays shut",
        text=P(
            "TORKHAM, Oct 13 (Lantern Post) - Long lines of lorries loaded with fruit, coal and cement stretched for kilometres on both sides of the Torkham crossing on Monday, a day after the busiest trade route between Pakistan and Afghanistan was closed.",
            "Drivers said they had been waiting since Saturday night with no word on when the gate would open. Some said their loads of tomatoes and grapes were already starting to rot.",
            "A representative of a cross-border chamber of commerce estimated the losses for traders at several million dollars a day. He said exporters were also worried about containers of Afghan transit goods stuck at Karachi port.",
            "Traffic through the Chaman crossing in Balochistan was also at a standstill, local residents said.",
            "It was not clear how long the closure would last. Officials at the crossing referred questions to the capital, and no timetable was announced. Economists said a long shutdown would hurt Afghan farmers most, since Pakistan is their nearest large market.",
        ),
        claims=[],
    ),
    dict(
        id="004", published="2025-10-15T06:40:00Z", outlet="frontier-wire",
        slug="fresh-fighting-near-spin-boldak",
        title="Fresh fighting erupts near Spin Boldak",
        text=P(
            "QUETTA, Oct 15 (Frontier Wire) - Pakistani and Afghan forces fought again early on Wednesday near the Spin Boldak district of Kandahar, opposite the Pakistani town of Chaman, with both sides reporting casualties.",
            "Each side accused the other of firing first. Pakistan's military said it had repulsed an attack by Taliban forces and by militants it calls Fitna al-Khawarij, its term for the TTP, and had destroyed several Afghan posts.",
            "Prime Minister Shehbaz Sharif told a meeting in Islamabad that attacks launched from Afghan soil had gone on for far too long. He said the Taliban government must rein in the TTP if it wanted normal relations.",
            "In Kabul, Taliban spokesman Zabihullah Mujahid said Afghan forces had only responded to Pakistani aggression. He repeated that the TTP was not based in Afghanistan, and said Pakistan should instead expel Islamic State figures he accused it of sheltering on its own territory.",
            "The Pakistani Taliban said in a separate statement that they were fighting inside Pakistan and needed no sanctuary across the border.",
        ),
        claims=[
            C("pakistan", "act-against-ttp", "support", "the Taliban government must rein in the TTP if it wanted normal relations"),
            C("afghanistan", "act-against-ttp", "oppose", "the TTP was not based in Afghanistan"),
        ],
    ),
    dict(
        id="005", published="2025-10-15T14:10:00Z", outlet="silk-road-dispatch",
        slug="pakistan-afghanistan-agree-48-hour-truce",
        title="Pakistan and Afghanistan agree 48-hour truce",
        text=P(
            "ISLAMABAD, Oct 15 (Silk Road Dispatch) - Pakistan and Afghanistan agreed on Wednesday to a temporary ceasefire of 48 hours, hours after deadly clashes on the border near Chaman.",
            "Pakistan's Foreign Office said Islamabad had accepted the truce, which would take effect at 6 p.m. Pakistan time, at the request of the Taliban government. It said that during the pause both sides would make sincere efforts to find a solution through constructive dialogue.",
            "Taliban spokesman Zabihullah Mujahid gave a different account, saying the Pakistani side had asked for the pause. He said Afghan forces had been instructed to observe the ceasefire as long as there was no aggression from the other side.",
            "The agreement followed calls for calm from governments in the region. Diplomats in Islamabad said it was too early to tell whether the pause would hold beyond Friday, and neither side said what would happen when it expired.",
        ),
        claims=[
            C("pakistan", "ceasefire", "support", "Islamabad had accepted the truce"),
            C("pakistan", "continue-talks", "support", "both sides would make sincere efforts to find a solution through constructive dialogue"),
            C("afghanistan", "ceasefire", "conditional", "observe the ceasefire as long as there was no aggression from the other side"),
        ],
    ),
    dict(
        id="006", published="2025-10-15T15:25:00Z", outlet="lantern-post",
        slug="48-hour-ceasefire-agreed-after-chaman-clashes",
        title="48-hour ceasefire agreed after Chaman clashes",
        text=P(
            "ISLAMABAD, Oct 15 (Lantern Post) - Pakistan and Afghanistan agreed on Wednesday to a 48-hour temporary ceasefire, hours after deadly fighting on the frontier near Chaman.",
            "The Pakistani Foreign Office said Islamabad had accepted the truce, which began at 6 p.m. Pakistan time, at the request of the Taliban government. It said both sides would make sincere efforts to find a solution through constructive dialogue during the pause.",
            "Taliban spokesman Zabihullah Mujahid said it was the Pakistani side that had sought the pause. Afghan forces had been told to observe the ceasefire as long as there was no aggression from the other side, he said.",
            "The deal came after governments in the region called for calm. Diplomats said it was too early to say whether the pause would outlast Friday, and neither government said what would follow once it expired.",
        ),
        claims=[
            C("pakistan", "ceasefire", "support", "Islamabad had accepted the truce"),
            C("pakistan", "continue-talks", "support", "both sides would make sincere efforts to find a solution through constructive dialogue"),
            C("afghanistan", "ceasefire", "conditional", "observe the ceasefire as long as there was no aggression from the other side"),
        ],
    ),
    dict(
        id="007", published="2025-10-18T07:00:00Z", outlet="crossroads-daily",
        slug="kabul-accuses-pakistan-of-breaching-truce-paktika",
        title="Kabul accuses Pakistan of breaching truce with Paktika strikes",
        text=P(
            "KABUL, Oct 18 (Crossroads Daily) - The Taliban government accused Pakistan on Saturday of breaking the ceasefire with air strikes in Paktika province late on Friday that local officials said killed several civilians, among them three young cricketers.",
            "Zabihullah Mujahid said Afghanistan was still committed to the truce but reserved the right to respond to what he called Pakistan's violations. The Afghanistan Cricket Board said it was pulling out of a three-nation series in Pakistan next month in protest.",
            "Pakistani security officials, speaking on condition of anonymity, said the strikes had targeted fighters of the Hafiz Gul Bahadur group, which they said had attacked a military camp in North Waziristan. They said the truce with Kabul had been extended and that Pakistan intended to respect it.",
            "The Pakistani Foreign Office did not respond to a request for comment. The 48-hour pause agreed on Wednesday had been due to expire on Friday evening.",
        ),
        claims=[
            C("afghanistan", "ceasefire", "conditional", "still committed to the truce but reserved the right to respond"),
            C("pakistan", "ceasefire", "support", "Pakistan intended to respect it"),
        ],
    ),
    dict(
        id="008", published="2025-10-18T16:00:00Z", outlet="eastgate-herald",
        slug="pakistani-afghan-delegations-arrive-in-doha",
        title="Pakistani and Afghan delegations arrive in Doha",
        text=P(
            "DOHA, Oct 18 (Eastgate Herald) - Delegations from Pakistan and Afghanistan arrived in the Qatari capital on Saturday for talks aimed at ending a week of deadly border clashes.",
            "The Pakistani team is led by Defence Minister Khawaja Asif and includes the head of the ISI intelligence agency, according to people familiar with the arrangements. Afghanistan's delegation is headed by Defence Minister Mullah Mohammad Yaqoob.",
            "The meetings were expected to take place at a government guesthouse in Doha, with Turkish officials also attending. Doha has hosted Taliban negotiators for more than a decade, including during the talks with Washington that led to the 2020 US withdrawal agreement.",
            "Neither delegation spoke to reporters on arrival. Asked what Kabul would put on the table, a Taliban official declined to say. Diplomats in the Gulf said the most that could be hoped for was an extension of the truce, though some suggested the talks could open the way to a broader framework.",
        ),
        claims=[],
    ),
    dict(
        id="009", published="2025-10-19T03:20:00Z", outlet="frontier-wire",
        slug="pakistan-afghanistan-agree-immediate-ceasefire-doha",
        title="Pakistan and Afghanistan agree immediate ceasefire in Doha",
        text=P(
            "DOHA, Oct 19 (Frontier Wire) - Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said.",
            "The two sides also agreed to hold follow-up meetings to make sure the truce is sustained, the ministry said. Doha said it hoped the agreement would end the tension between the two brotherly countries.",
            "Defence Minister Khawaja Asif, who led Pakistan's team, said on X that the ceasefire had been finalised and that the two delegations would meet again in Istanbul on Oct. 25. He said cross-border terrorism from Afghan soil had to end immediately under the deal.",
            "Taliban spokesman Zabihullah Mujahid said both sides had committed to the ceasefire and to refrain from hostile actions against each other. Afghanistan would take part in the Istanbul meeting, he said.",
            "The agreement followed a week of clashes that killed dozens of soldiers and civilians on both sides of the frontier.",
        ),
        claims=[
            C("qatar", "ceasefire", "support", "Doha said it hoped the agreement would end the tension"),
            C("pakistan", "ceasefire", "support", "the ceasefire had been finalised"),
            C("pakistan", "continue-talks", "support", "the two delegations would meet again in Istanbul on Oct. 25"),
            C("pakistan", "act-against-ttp", "support", "cross-border terrorism from Afghan soil had to end immediately"),
            C("afghanistan", "ceasefire", "support", "both sides had committed to the ceasefire"),
            C("afghanistan", "continue-talks", "support", "Afghanistan would take part in the Istanbul meeting"),
        ],
    ),
    dict(
        id="010", published="2025-10-19T05:45:00Z", outlet="crossroads-daily",
        slug="doha-talks-produce-immediate-ceasefire",
        title="Doha talks produce immediate ceasefire between Pakistan and Afghanistan",
        text=P(
            "DOHA, Oct 19 (Crossroads Daily) - Pakistan and Afghanistan have agreed to an immediate ceasefire following talks in Doha mediated by Qatar and Turkey, the Qatari foreign ministry said early on Sunday.",
            "According to the ministry, the neighbours will also hold follow-up meetings to make sure the truce is sustained. Doha said it hoped the agreement would end the tension between the two brotherly countries.",
            "Pakistan's Defence Minister Khawaja Asif, who headed the Pakistani team, wrote on X that the ceasefire had been finalised and that the two delegations would meet again in Istanbul on Oct. 25. Under the deal, he said, cross-border terrorism from Afghan soil had to end immediately.",
            "For the Taliban, spokesman Zabihullah Mujahid said both sides had committed to the ceasefire and to refrain from hostile actions against each other. He said Afghanistan would take part in the Istanbul meeting.",
            "The deal came after a week of fighting that killed dozens of soldiers and civilians on both sides of the frontier.",
        ),
        claims=[
            C("qatar", "ceasefire", "support", "Doha said it hoped the agreement would end the tension"),
            C("pakistan", "ceasefire", "support", "the ceasefire had been finalised"),
            C("pakistan", "continue-talks", "support", "the two delegations would meet again in Istanbul on Oct. 25"),
            C("pakistan", "act-against-ttp", "support", "cross-border terrorism from Afghan soil had to end immediately"),
            C("afghanistan", "ceasefire", "support", "both sides had committed to the ceasefire"),
            C("afghanistan", "continue-talks", "support", "Afghanistan would take part in the Istanbul meeting"),
        ],
    ),
    dict(
        id="011", published="2025-10-20T12:30:00Z", outlet="silk-road-dispatch",
        slug="qatar-amends-statement-border-wording",
        title="Qatar amends statement after Kabul objects to 'border' wording",
        text=P(
            "ISLAMABAD, Oct 20 (Silk Road Dispatch) - A day after the Doha ceasefire, Pakistan and Afghanistan were at odds over a single word in the mediators' announcement.",
            "Qatar's first statement referred to tension on the border between the two countries. Taliban spokesman Zabihullah Mujahid said on Sunday that the agreement had nothing to do with the Durand Line, which he said Afghanistan has never accepted as a border and regards as a hypothetical line.",
            "Defence Minister Khawaja Asif replied that the Durand Line was a settled international border and not open to discussion with anyone.",
            "Qatar's foreign ministry later issued a revised text in which the word border no longer appeared. A Qatari official said the change was editorial and did not reflect any position on the frontier. Doha did not say who had asked for the change.",
            "The line was drawn in 1893 under British rule and runs for some 2,600 kilometres through mountains and tribal areas. Pakistan has fenced most of it in recent years.",
        ),
        claims=[
            C("afghanistan", "durand-line", "oppose", "which he said Afghanistan has never accepted as a border"),
            C("pakistan", "durand-line", "support", "the Durand Line was a settled international border and not open to discussion"),
        ],
    ),
    dict(
        id="012", published="2025-10-22T13:00:00Z", outlet="eastgate-herald",
        slug="border-crossings-to-stay-closed-pakistan-says",
        title="Border crossings to stay closed, Pakistan says, as Kabul counts losses",
        text=P(
            "PESHAWAR, Oct 22 (Eastgate Herald) - Pakistan will keep its border crossings with Afghanistan closed to trade until it is satisfied that attacks from Afghan soil have stopped, Foreign Office spokesman Tahir Andrabi said on Wednesday.",
            "Andrabi told a weekly briefing that trade could not go on as normal while Pakistani soldiers and civilians were being killed. The Torkham and Chaman crossings have been shut since Oct. 12, despite the ceasefire agreed in Doha.",
            "In Kabul, the Taliban government's commerce ministry urged Pakistan to reopen the crossings without delay, saying the closure was punishing traders and farmers on both sides and should be kept separate from politics.",
            "Afghan exporters say fruit shipments worth tens of millions of dollars have been lost. Traders in Peshawar said they had laid off drivers and loaders.",
            "The dispute comes on top of a long-running quarrel over the frontier itself. Kabul, which has never recognised the Durand Line, has often accused Pakistan of fencing land it considers Afghan.",
        ),
        claims=[
            C("pakistan", "suspend-border-trade", "support", "Pakistan will keep its border crossings with Afghanistan closed to trade"),
            C("afghanistan", "suspend-border-trade", "oppose", "urged Pakistan to reopen the crossings without delay"),
            C("afghanistan", "durand-line", "oppose", "Kabul, which has never recognised the Durand Line", attributed=False),
        ],
    ),
    dict(
        id="013", published="2025-10-24T10:00:00Z", outlet="lantern-post",
        slug="pakistan-to-seek-verifiable-curbs-on-ttp-istanbul",
        title="Pakistan to seek verifiable curbs on TTP at Istanbul round",
        text=P(
            "ISTANBUL, Oct 24 (Lantern Post) - Pakistan will ask the Taliban government at talks in Istanbul this weekend to accept a mechanism that can verify whether action is being taken against the TTP, Pakistani officials said on Friday.",
            "One official said Islamabad wanted more than verbal assurances this time. The second round follows the ceasefire agreed in Doha on Sunday.",
            "Turkey's foreign ministry said Ankara was pleased to host the meeting and would do all it could, alongside Qatar, to help the two neighbours reach a durable settlement through negotiation.",
            "Taliban spokesman Zabihullah Mujahid said the Afghan side would raise Pakistan's violations of Afghan airspace and its strikes on civilians. He did not say whether Kabul would discuss any monitoring arrangement.",
            "The talks are expected to be held at a hotel on the European side of the city. Officials from both countries said they expected the round to last two days.",
        ),
        claims=[
            C("pakistan", "monitoring-mechanism", "support", "accept a mechanism that can verify whether action is being taken against the TTP"),
            C("pakistan", "act-against-ttp", "support", "Islamabad wanted more than verbal assurances this time"),
            C("turkey", "continue-talks", "support", "help the two neighbours reach a durable settlement through negotiation"),
        ],
    ),
    dict(
        id="014", published="2025-10-25T13:00:00Z", outlet="crossroads-daily",
        slug="pakistan-threatens-open-war-on-afghanistan",
        title="Pakistan threatens 'open war' on Afghanistan",
        text=P(
            "SIALKOT, Oct 25 (Crossroads Daily) - Pakistan's Defence Minister Khawaja Asif warned on Saturday that if the talks with Afghanistan in Istanbul failed to produce an agreement, Pakistan would be in open war with its neighbour.",
            "Speaking to reporters in his home town, Asif said the ceasefire had held for four or five days, but that Pakistan would keep to it only if the Istanbul talks delivered a deal. He said he still hoped the negotiators would succeed and that Pakistan had gone to Istanbul in good faith.",
            "He repeated Islamabad's central demand that the Taliban government stop militants from using Afghan territory to attack Pakistan.",
            "The second round of talks opened in Istanbul on Saturday with delegations led by senior security officials from both countries. Turkish and Qatari mediators were present.",
            "Analysts said the minister's remarks were partly aimed at a domestic audience and at putting pressure on the Afghan team. Kabul did not immediately respond to his comments.",
        ),
        claims=[
            C("pakistan", "ceasefire", "conditional", "Pakistan would keep to it only if the Istanbul talks delivered a deal"),
            C("pakistan", "continue-talks", "support", "he still hoped the negotiators would succeed"),
            C("pakistan", "act-against-ttp", "support", "stop militants from using Afghan territory to attack Pakistan"),
        ],
    ),
    dict(
        id="015", published="2025-10-26T17:30:00Z", outlet="silk-road-dispatch",
        slug="istanbul-talks-second-day-closed-doors",
        title="Istanbul talks go into second day behind closed doors",
        text=P(
            "ISTANBUL, Oct 26 (Silk Road Dispatch) - Negotiators from Pakistan and Afghanistan met for a second day in Istanbul on Sunday, with mediators from Turkey and Qatar moving between the two rooms, according to people briefed on the format.",
            "No statement was issued after the session, and both delegations avoided reporters at the hotel. A Turkish official said only that the meetings were continuing and that it was too soon to speak of results.",
            "The Pakistani delegation is led by a senior intelligence official, while the Afghan side is headed by the deputy interior minister, Rahmatullah Najib. The teams were expected to stay at least until Monday.",
            "Diplomats in Ankara said the mediators might try to bridge the gap with a phased plan, though they did not say what it would contain. Istanbul has hosted several earlier regional meetings on Afghanistan.",
            "In Peshawar and Kabul, traders said they were following the talks closely in the hope that the border would reopen.",
        ),
        claims=[],
    ),
    dict(
        id="016", published="2025-10-27T18:00:00Z", outlet="frontier-wire",
        slug="istanbul-talks-stall-over-ttp-guarantees",
        title="Istanbul talks stall over guarantees on TTP",
        text=P(
            "ISTANBUL, Oct 27 (Frontier Wire) - Talks between Pakistan and Afghanistan in Istanbul stalled on Monday over Islamabad's demand for written guarantees against the TTP, officials on both sides said.",
            "Pakistani security officials said their delegation had presented what it considered final demands: firm, verifiable action against militant hideouts in Afghanistan and a mechanism to check compliance. According to the same officials, the Afghan negotiators had offered to move TTP fighters away from the border areas, but only if Pakistan covered the cost of relocating them.",
            "Taliban spokesman Zabihullah Mujahid said the Afghan side was open to a monitoring arrangement in principle, provided it also covered Pakistani air strikes and violations of Afghan territory. He did not address the Pakistani account of a relocation offer.",
            "A diplomat from one of the mediating countries said the hosts were still looking for wording both sides could accept. The talks were expected to continue on Tuesday.",
        ),
        claims=[
            C("pakistan", "act-against-ttp", "support", "firm, verifiable action against militant hideouts in Afghanistan"),
            C("pakistan", "monitoring-mechanism", "support", "a mechanism to check compliance"),
            C("afghanistan", "act-against-ttp", "conditional", "move TTP fighters away from the border areas, but only if Pakistan covered the cost", attributed=False),
            C("afghanistan", "monitoring-mechanism", "conditional", "open to a monitoring arrangement in principle, provided it also covered Pakistani air strikes"),
        ],
    ),
    dict(
        id="017", published="2025-10-29T06:30:00Z", outlet="eastgate-herald",
        slug="istanbul-talks-collapse-pakistan-says",
        title="Istanbul talks with Afghanistan have collapsed, Pakistan says",
        text=P(
            "ISLAMABAD, Oct 29 (Eastgate Herald) - Pakistan's Information Minister Attaullah Tarar said on Wednesday that four days of talks with the Taliban government in Istanbul had failed to produce a workable solution.",
            "In a post on X, Tarar said the Afghan delegation had kept moving away from the core issue and had offered no firm commitment to act against the TTP, which Pakistan holds responsible for a wave of attacks. He said Pakistan would continue to take every measure needed to protect its people from terrorism.",
            "He thanked Turkey and Qatar for their efforts. He did not say whether the Pakistani delegation would remain in Istanbul or whether another session was planned.",
            "An Afghan official in Kabul, speaking on condition of anonymity, said Pakistan had asked the Islamic Emirate to take responsibility for Pakistan's own security, which he said Kabul could never do.",
            "Officials at Torkham said the crossing remained closed to commercial traffic.",
        ),
        claims=[
            C("pakistan", "act-against-ttp", "support", "offered no firm commitment to act against the TTP"),
            C("afghanistan", "act-against-ttp", "oppose", "take responsibility for Pakistan's own security, which he said Kabul could never do"),
        ],
    ),
    dict(
        id="018", published="2025-10-30T15:00:00Z", outlet="lantern-post",
        slug="mediators-keep-pakistan-afghanistan-talks-alive",
        title="Mediators keep Pakistan-Afghanistan talks alive",
        text=P(
            "ISTANBUL, Oct 30 (Lantern Post) - Turkey and Qatar persuaded Pakistan and Afghanistan on Thursday to keep negotiating in Istanbul, a day after Pakistan declared that the latest round had produced no result.",
            "Turkish Foreign Minister Hakan Fidan said Ankara would not give up on the process and believed a lasting agreement was still within reach. Qatar's foreign ministry spokesman Majed al-Ansari said Doha was working closely with its Turkish partners to keep the two sides at the table.",
            "Pakistani officials said their delegation, which had been preparing to fly home, had agreed to stay on at the request of the hosts to give the talks another chance. The Afghan delegation also remained in the city.",
            "Neither side gave details of any new proposals, and the mediators did not say how long the extra session would last.",
        ),
        claims=[
            C("turkey", "continue-talks", "support", "Ankara would not give up on the process"),
            C("qatar", "continue-talks", "support", "keep the two sides at the table"),
            C("pakistan", "continue-talks", "support", "had agreed to stay on at the request of the hosts"),
        ],
    ),
    dict(
        id="019", published="2025-10-31T10:00:00Z", outlet="silk-road-dispatch",
        slug="truce-extended-monitoring-mechanism-agreed",
        title="Pakistan and Afghanistan agree to extend truce, set up monitoring mechanism",
        text=P(
            "ANKARA, Oct 31 (Silk Road Dispatch) - Pakistan and Afghanistan have agreed to continue their ceasefire and to set up a mechanism to monitor and verify it, according to a joint statement issued by Turkey's foreign ministry on Friday on behalf of the four parties to the Istanbul talks.",
            "In the statement, Pakistan and Afghanistan agreed to the continuation of the ceasefire. All four parties agreed that a monitoring and verification mechanism would be established to maintain the peace and impose penalties on whichever side violates it.",
            "The two sides will meet again at principal level in Istanbul on Nov. 6 to settle how the mechanism will work, the statement said.",
            "The statement, released after a week of talks that came close to collapse, did not mention the TTP by name. Pakistani officials had said earlier in the week that any mechanism must deal with militant attacks from Afghan territory.",
        ),
        claims=[
            C("pakistan", "ceasefire", "support", "Pakistan and Afghanistan agreed to the continuation of the ceasefire"),
            C("afghanistan", "ceasefire", "support", "Pakistan and Afghanistan agreed to the continuation of the ceasefire"),
            C("pakistan", "monitoring-mechanism", "support", "a monitoring and verification mechanism would be established"),
            C("afghanistan", "monitoring-mechanism", "support", "a monitoring and verification mechanism would be established"),
            C("turkey", "monitoring-mechanism", "support", "a monitoring and verification mechanism would be established"),
            C("qatar", "monitoring-mechanism", "support", "a monitoring and verification mechanism would be established"),
            C("pakistan", "continue-talks", "support", "The two sides will meet again at principal level in Istanbul on Nov. 6"),
            C("afghanistan", "continue-talks", "support", "The two sides will meet again at principal level in Istanbul on Nov. 6"),
        ],
    ),
    dict(
        id="020", published="2025-11-03T12:00:00Z", outlet="crossroads-daily",
        slug="dar-trade-stays-suspended-ahead-of-istanbul",
        title="Pakistan says trade with Afghanistan stays frozen ahead of Istanbul round",
        text=P(
            "ISLAMABAD, Nov 3 (Crossroads Daily) - Deputy Prime Minister and Foreign Minister Ishaq Dar said on Monday that Pakistan would attend the next round of talks with Afghanistan in Istanbul on Thursday, but would judge Kabul by what it did rather than by what it promised.",
            "Dar told the Senate that the Taliban government must take practical, verifiable steps to stop the TTP and other groups from operating out of Afghan territory. He said Pakistan had been patient for four years.",
            "Asked about the closed border crossings, Dar said trade and transit would stay suspended for now, because the safety of Pakistani citizens came before commerce.",
            "Opposition senators pressed the government to publish the terms of the ceasefire and to explain how the monitoring arrangement would work. Dar said the details would be settled at the Istanbul meeting.",
        ),
        claims=[
            C("pakistan", "continue-talks", "support", "Pakistan would attend the next round of talks with Afghanistan in Istanbul"),
            C("pakistan", "act-against-ttp", "support", "must take practical, verifiable steps to stop the TTP"),
            C("pakistan", "suspend-border-trade", "support", "trade and transit would stay suspended for now"),
        ],
    ),
    dict(
        id="021", published="2025-11-04T09:00:00Z", outlet="frontier-wire",
        slug="afghan-ministry-urges-pakistan-to-reopen-crossings",
        title="Afghan ministry urges Pakistan to reopen crossings",
        text=P(
            "KABUL, Nov 4 (Frontier Wire) - The Taliban government's Ministry of Industry and Commerce said on Tuesday that the closure of the main crossings with Pakistan had cost Afghan traders more than $200 million, and again called on Islamabad to lift it.",
            "A ministry spokesman said politics should not be allowed to destroy livelihoods, and that Afghan fruit and vegetables were rotting at the border while Pakistani markets faced shortages.",
            "Traders in Kabul said they had begun sending goods through Iran and Central Asia instead, though those routes were longer and more expensive. Some said they would consider moving their business away from Pakistan for good if the closure dragged on.",
            "Analysts said the dispute had given fresh momentum to Kabul's search for alternatives to Karachi port, including Iran's Chabahar.",
        ),
        claims=[
            C("afghanistan", "suspend-border-trade", "oppose", "again called on Islamabad to lift it"),
        ],
    ),
    dict(
        id="022", published="2025-11-06T11:00:00Z", outlet="eastgate-herald",
        slug="third-round-opens-in-istanbul",
        title="Third round of Pakistan-Afghanistan talks opens in Istanbul",
        text=P(
            "ISTANBUL, Nov 6 (Eastgate Herald) - A third round of talks between Pakistan and Afghanistan opened in Istanbul on Thursday, with the two sides expected to work out how the monitoring mechanism announced last week would operate.",
            "Pakistan's team is headed by a senior intelligence general, according to Pakistani media, while the Afghan delegation is led by the head of the Taliban's intelligence directorate, Abdul Haq Wasiq. Turkish intelligence chief Ibrahim Kalin was expected to attend part of the session.",
            "The meeting is being held at a government residence on the Bosphorus, and journalists were kept outside. Neither delegation commented on arrival.",
            "Diplomats said one open question was who would sit on the monitoring body and whether Turkey and Qatar would supply observers. Others wondered whether an attack by militants, rather than by either army, would count as a violation. No answers were expected before Friday.",
        ),
        claims=[],
    ),
    dict(
        id="023", published="2025-11-07T20:00:00Z", outlet="silk-road-dispatch",
        slug="pakistan-says-talks-with-afghanistan-have-ended",
        title="Pakistan says talks with Afghanistan have ended, truce to hold if no attacks",
        text=P(
            "ISLAMABAD, Nov 7 (Silk Road Dispatch) - Pakistan's Defence Minister Khawaja Asif said on Friday that the talks with Afghanistan had ended without agreement and that Pakistan saw no reason to attend a fourth round.",
            "Speaking to a television channel after the Istanbul session closed, Asif said the negotiations had entered an indefinite phase and there was no plan for further meetings. He said the mediators had done their best.",
            "He said the ceasefire would remain in place only as long as no attack was launched on Pakistan from Afghan soil, and that any attack would be answered.",
            "According to Asif, the Afghan delegation had refused to put in writing any commitment to act against the TTP, offering only verbal assurances. Pakistan had made clear throughout that it needed such a commitment in writing, he said.",
            "Officials from Qatar and Turkey did not comment on Friday.",
        ),
        claims=[
            C("pakistan", "continue-talks", "oppose", "Pakistan saw no reason to attend a fourth round"),
            C("pakistan", "ceasefire", "conditional", "the ceasefire would remain in place only as long as no attack was launched"),
            C("afghanistan", "act-against-ttp", "oppose", "the Afghan delegation had refused to put in writing any commitment", attributed=False),
            C("pakistan", "act-against-ttp", "support", "it needed such a commitment in writing"),
        ],
    ),
    dict(
        id="024", published="2025-11-08T10:30:00Z", outlet="lantern-post",
        slug="taliban-blame-pakistan-for-failure-of-istanbul-talks",
        title="Taliban blame Pakistan for failure of Istanbul talks",
        text=P(
            "KABUL, Nov 8 (Lantern Post) - The Taliban government blamed Pakistan on Saturday for the breakdown of the Istanbul talks, saying Islamabad had tried to shift responsibility for its own security onto Afghanistan.",
            "In a statement, spokesman Zabihullah Mujahid said Pakistan had demanded that Kabul take responsibility for security inside Pakistan, something he said was beyond Afghanistan's ability and not its duty. He said the Islamic Emirate would not allow its soil to be used against any country, but that Pakistan's internal problems had to be solved in Pakistan.",
            "Mujahid said the Islamic Emirate had no intention of abandoning the ceasefire and still wanted the disagreements resolved through dialogue. He thanked Qatar and Turkey for their mediation.",
            "He did not say whether Kabul would send a delegation if the mediators called another meeting.",
        ),
        claims=[
            C("afghanistan", "act-against-ttp", "oppose", "Pakistan's internal problems had to be solved in Pakistan"),
            C("pakistan", "act-against-ttp", "support", "Pakistan had demanded that Kabul take responsibility for security inside Pakistan", attributed=False),
            C("afghanistan", "ceasefire", "support", "had no intention of abandoning the ceasefire"),
            C("afghanistan", "continue-talks", "support", "still wanted the disagreements resolved through dialogue"),
        ],
    ),
    dict(
        id="025", published="2025-11-10T08:00:00Z", outlet="crossroads-daily",
        slug="erdogan-to-send-ministers-to-islamabad",
        title="Erdogan to send top ministers to Islamabad to rescue Afghan truce",
        text=P(
            "ANKARA, Nov 10 (Crossroads Daily) - President Tayyip Erdogan said Turkey would send its foreign minister, defence minister and intelligence chief to Islamabad this week to help save the ceasefire between Pakistan and Afghanistan.",
            "Speaking to reporters on his flight home from Baku, where he met Pakistani Prime Minister Shehbaz Sharif, Erdogan said Turkey wanted the truce to become permanent and would keep pushing both sides back to negotiations.",
            "Erdogan said Sharif had told him that Pakistan still wanted a negotiated settlement with Kabul. The Pakistani government made no comment on that account, and officials in Islamabad did not confirm the dates of the visit.",
            "The third Istanbul round ended on Friday without agreement.",
            "Foreign Minister Hakan Fidan is expected to be joined on the trip by Defence Minister Yasar Guler and intelligence chief Ibrahim Kalin.",
        ),
        claims=[
            C("turkey", "ceasefire", "support", "Turkey wanted the truce to become permanent"),
            C("turkey", "continue-talks", "support", "would keep pushing both sides back to negotiations"),
            C("pakistan", "continue-talks", "support", "Pakistan still wanted a negotiated settlement with Kabul", attributed=False),
        ],
    ),
    dict(
        id="026", published="2025-11-11T14:00:00Z", outlet="eastgate-herald",
        slug="suicide-bomber-kills-12-outside-islamabad-court",
        title="Suicide bomber kills 12 outside Islamabad court",
        text=P(
            "ISLAMABAD, Nov 11 (Eastgate Herald) - A suicide bomber blew himself up outside a district court complex in Islamabad on Tuesday, killing at least 12 people and wounding more than two dozen, police said.",
            "Prime Minister Shehbaz Sharif condemned the attack and said the people behind it were operating from Afghanistan. He said Kabul had to stop these groups from using its territory.",
            "Defence Minister Khawaja Asif said in a post on X that in the present climate it would be futile to expect anything from talks with the rulers in Kabul.",
            "A faction of the Pakistani Taliban claimed responsibility, but the TTP's main leadership denied any role. The Taliban government in Kabul condemned the bombing, without commenting on Pakistan's accusations.",
            "It was the deadliest attack in the capital in several years. Security was tightened around government buildings and courts across the country.",
        ),
        claims=[
            C("pakistan", "act-against-ttp", "support", "Kabul had to stop these groups from using its territory"),
            C("pakistan", "continue-talks", "oppose", "it would be futile to expect anything from talks with the rulers in Kabul"),
        ],
    ),
    dict(
        id="027", published="2025-11-12T16:00:00Z", outlet="frontier-wire",
        slug="taliban-tell-traders-to-wind-down-pakistan-business",
        title="Taliban tell Afghan traders to wind down business with Pakistan",
        text=P(
            "KABUL, Nov 12 (Frontier Wire) - Afghanistan's deputy prime minister for economic affairs, Mullah Abdul Ghani Baradar, told Afghan traders on Wednesday to wind up their trade with Pakistan within three months and to find other routes for imports and exports.",
            "Baradar said Pakistan had repeatedly closed the crossings to put political pressure on Afghanistan, and that the country could no longer depend on such a partner. Traders who kept doing business through Pakistan after the deadline would get no help from the government if they ran into trouble, he said.",
            "He urged importers to turn instead to Iran, Turkmenistan, Uzbekistan and other Central Asian routes.",
            "Pakistan shut the Torkham and Chaman crossings on Oct. 12 and has kept them closed since, saying trade must wait until attacks from Afghan soil stop.",
            "Afghan exporters said the decision would be costly in the short term.",
        ),
        claims=[
            C("afghanistan", "suspend-border-trade", "support", "wind up their trade with Pakistan within three months"),
            C("pakistan", "suspend-border-trade", "support", "saying trade must wait until attacks from Afghan soil stop", attributed=False),
        ],
    ),
    dict(
        id="028", published="2025-11-14T12:30:00Z", outlet="silk-road-dispatch",
        slug="pakistan-says-kabul-trade-decision-its-own-affair",
        title="Pakistan says Kabul's trade decision is its own affair",
        text=P(
            "ISLAMABAD, Nov 14 (Silk Road Dispatch) - Pakistan said on Friday that the Taliban government's decision to wind down trade with Pakistan was Kabul's own affair, and that its crossings would stay shut to commerce until its security concerns were met.",
            "Foreign Office spokesman Tahir Andrabi told a weekly briefing that Kabul itself had now chosen to stop trading through Pakistan, and that Islamabad would not beg for trade while its citizens were being killed.",
            "Andrabi said the Taliban government had to take verifiable action against the TTP, which Pakistan calls Fitna al-Khawarij, before relations could return to normal.",
            "Asked whether a Turkish ministerial delegation would visit Islamabad this week, as President Tayyip Erdogan had announced, he declined to give any dates.",
        ),
        claims=[
            C("pakistan", "suspend-border-trade", "support", "its crossings would stay shut to commerce until its security concerns were met"),
            C("afghanistan", "suspend-border-trade", "support", "Kabul itself had now chosen to stop trading through Pakistan", attributed=False),
            C("pakistan", "act-against-ttp", "support", "had to take verifiable action against the TTP"),
        ],
    ),
    dict(
        id="029", published="2025-11-18T09:00:00Z", outlet="lantern-post",
        slug="taliban-order-halt-to-pakistani-medicine-imports",
        title="Taliban order halt to imports of Pakistani medicines",
        text=P(
            "KABUL, Nov 18 (Lantern Post) - The Taliban government has told Afghan importers to stop bringing in medicines from Pakistan and to settle their remaining contracts within three months, widening its move to cut trade with its neighbour.",
            "Abdul Ghani Baradar told a meeting of pharmaceutical importers that Afghanistan would no longer accept low-quality Pakistani medicines and would source them from other countries. He said the government would help importers find suppliers in India, Iran and Central Asia.",
            "Pharmacists in Kabul said Pakistani products make up a large share of the medicines sold in the country and warned that prices could rise before new supply lines are in place.",
            "Health workers in eastern provinces said patients were already paying more for some common antibiotics.",
        ),
        claims=[
            C("afghanistan", "suspend-border-trade", "support", "told Afghan importers to stop bringing in medicines from Pakistan"),
        ],
    ),
    dict(
        id="030", published="2025-11-21T11:00:00Z", outlet="eastgate-herald",
        slug="torkham-reopens-only-for-returning-afghans",
        title="Torkham reopens, but only for Afghans being sent home",
        text=P(
            "TORKHAM, Nov 21 (Eastgate Herald) - Pakistan has opened the Torkham crossing for Afghans returning home, but the gate remains closed to trucks and traders, Pakistani officials said on Friday.",
            "A district administration official in Khyber said the crossing was being used only to process Afghan nationals leaving Pakistan under the government's repatriation drive, and that the ban on trade and transit remained in force on instructions from Islamabad.",
            "Thousands of families, many carrying everything they own, have crossed in recent weeks. Aid groups said reception centres on the Afghan side were struggling to cope.",
            "Pakistani traders' groups have asked the government to at least let perishable goods through. The commerce ministry has not replied to their request, a traders' leader said.",
        ),
        claims=[
            C("pakistan", "suspend-border-trade", "support", "the ban on trade and transit remained in force on instructions from Islamabad"),
        ],
    ),
    dict(
        id="031", published="2025-11-25T09:00:00Z", outlet="frontier-wire",
        slug="kabul-says-pakistani-strikes-killed-civilians-in-khost",
        title="Kabul says Pakistani strikes killed 10 civilians in Khost, vows response",
        text=P(
            "KABUL, Nov 25 (Frontier Wire) - The Taliban government said on Tuesday that Pakistani air strikes overnight had killed nine children and a woman in Khost province, and that further strikes hit Kunar and Paktika.",
            "Spokesman Zabihullah Mujahid said Afghanistan would respond at the appropriate time. He said the Islamic Emirate would keep to the truce only if Pakistan stopped violating Afghan territory.",
            "Pakistan's military spokesman denied that Pakistan had carried out any strikes, saying Pakistan does not target civilians and would announce any action it took.",
            "Qatar's foreign ministry called on both countries to respect the ceasefire agreed in Doha and to show restraint.",
            "The strikes came a day after a suicide attack on a paramilitary headquarters in Peshawar that Pakistani officials blamed on militants based in Afghanistan.",
        ),
        claims=[
            C("afghanistan", "ceasefire", "conditional", "would keep to the truce only if Pakistan stopped violating Afghan territory"),
            C("qatar", "ceasefire", "support", "called on both countries to respect the ceasefire agreed in Doha"),
        ],
    ),
    dict(
        id="032", published="2025-11-27T13:00:00Z", outlet="crossroads-daily",
        slug="saudi-arabia-urges-return-to-talks",
        title="Saudi Arabia urges Pakistan and Afghanistan to return to talks",
        text=P(
            "RIYADH, Nov 27 (Crossroads Daily) - Saudi Arabia urged Pakistan and Afghanistan on Thursday to preserve the ceasefire, after Kabul accused Islamabad of deadly air strikes earlier in the week.",
            "The Saudi foreign ministry said in a statement that the kingdom supported every effort to settle the dispute through dialogue and called on both sides to exercise maximum restraint.",
            "Diplomats in the Gulf said Riyadh could offer to host a new round of talks, possibly alongside Qatar and Turkey, but there was no confirmation from any of the governments involved. Saudi Arabia signed a mutual defence pact with Pakistan in September, which some analysts said gave it extra leverage.",
            "Trade across the border remains suspended, and the Torkham and Chaman crossings are open only to Afghans returning home.",
        ),
        claims=[
            C("saudi-arabia", "ceasefire", "support", "urged Pakistan and Afghanistan on Thursday to preserve the ceasefire"),
            C("saudi-arabia", "continue-talks", "support", "supported every effort to settle the dispute through dialogue"),
        ],
    ),
]

DUPLICATES = [("005", "006"), ("009", "010")]

SHIFTS = [
    dict(actor="afghanistan", issue="ceasefire", frm="conditional", to="support", article="009",
         why="Mujahid says both sides have committed to the Doha ceasefire and to refrain from hostile actions; since 002 Kabul had only promised to hold fire as long as Pakistan did not attack (restated in 005/006 and 007)."),
    dict(actor="pakistan", issue="ceasefire", frm="support", to="conditional", article="014",
         why="Asif says Pakistan will keep to the truce only if the Istanbul talks deliver a deal; Islamabad had accepted the truce without conditions in 005/006 and restated it in 007 and 009."),
    dict(actor="pakistan", issue="ceasefire", frm="conditional", to="support", article="019",
         why="In the Istanbul joint statement Pakistan agrees to the continuation of the ceasefire; the condition Asif set in 014 (a deal in Istanbul) is met."),
    dict(actor="afghanistan", issue="monitoring-mechanism", frm="conditional", to="support", article="019",
         why="Kabul is party to the joint statement setting up a monitoring and verification mechanism with penalties; in 016 Mujahid was open to one only if it also covered Pakistani strikes."),
    dict(actor="pakistan", issue="continue-talks", frm="support", to="oppose", article="023",
         why="Asif says the talks have ended and Pakistan sees no reason to attend a fourth round; Pakistan had backed the talks from 005 through the joint statement (019) and Dar's remarks (020)."),
    dict(actor="pakistan", issue="ceasefire", frm="support", to="conditional", article="023",
         why="Asif says the truce stays in place only as long as no attack comes from Afghan soil; in the joint statement (019) Pakistan had agreed to continue it without conditions."),
    dict(actor="afghanistan", issue="suspend-border-trade", frm="oppose", to="support", article="027",
         why="Baradar tells traders to wind up trade with Pakistan within three months and find other routes; in 012 and 021 Kabul demanded that the crossings reopen."),
    dict(actor="afghanistan", issue="ceasefire", frm="support", to="conditional", article="031",
         why="Mujahid says Kabul will keep to the truce only if Pakistan stops violating Afghan territory; in 024 he said Kabul had no intention of abandoning it."),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_iso(s), usegmt=True)


def url_for(a):
    d = parse_iso(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], d.year, d.month, d.day, a["slug"])


def read_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (fixed, simple layout)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.strip()[:-1]
                continue
            m = re.match(r"^\s*- id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
                continue
            m = re.match(r"^\s+(name|aliases|description|terms):", line)
            if m:
                continue
            raise ValueError("unexpected watchlist line: %r" % line)
    return actors, issues, baseline


def recompute_shifts(baseline, claims_by_article, order):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for aid in order:
        for c in claims_by_article[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], aid))
            prevailing[key] = c["stance"]
    return shifts


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def build():
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for a in ARTICLES:
        out = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_for(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set pakistan-afghanistan-talks-2025</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for a in items:
            u = url_for(a)
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(u),
                '      <guid isPermaLink="true">%s</guid>' % escape(u),
                "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["claims"] for a in ARTICLES},
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


# ---------------------------------------------------------------------------
# Validate
# ---------------------------------------------------------------------------
def validate(labels):
    errors = []
    err = errors.append
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ("support", "oppose", "conditional"):
            err("baseline entry invalid: %s %s %s" % (a, i, s))

    # ids and order
    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles (want 30-34)" % len(ARTICLES))
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % n:
            err("article %s: id should be %03d" % (a["id"], n))
        t = parse_iso(a["published"])
        if prev is not None and t <= prev:
            err("article %s: not after previous article" % a["id"])
        prev = t
        if a["outlet"] not in OUTLETS:
            err("article %s: unknown outlet" % a["id"])
        text = a["text"]
        words = len(text.split())
        if not 120 <= words <= 260:
            err("article %s: %d words (want 120-260)" % (a["id"], words))
        mon = t.strftime("%b")
        dl = r"^[A-Z][A-Z .'-]*, %s %d \(%s\) - " % (mon, t.day, re.escape(OUTLETS[a["outlet"]]))
        if not re.match(dl, text):
            err("article %s: bad dateline %r" % (a["id"], text[:60]))
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                err("article %s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                err("article %s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                err("article %s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                err("article %s: attributed not bool" % a["id"])
            if c["quote"] not in text:
                err("article %s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                err("article %s: quote over 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                err("article %s: two claims for %s/%s" % (a["id"], *key))
            seen.add(key)

    # claims keyed by every article
    if sorted(labels["claims"]) != [a["id"] for a in ARTICLES]:
        err("labels.claims does not cover every article")

    # shifts
    order = [a["id"] for a in ARTICLES]
    got = recompute_shifts(baseline, labels["claims"], order)
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(got) != sorted(want):
        err("recomputed shifts differ from labels:\n  recomputed %s\n  labelled   %s" % (sorted(got), sorted(want)))
    if not 5 <= len(want) <= 8:
        err("%d shifts (want 5-8)" % len(want))
    reversals = [s for s in want if {s[2], s[3]} == {"support", "oppose"}]
    if len(reversals) > 2:
        err("%d straight support/oppose reversals (max 2)" % len(reversals))
    if not any("conditional" in (s[2], s[3]) for s in want):
        err("no shift to or from conditional")

    # no_alert_articles
    shift_articles = {s[4] for s in want}
    if labels["no_alert_articles"] != [i for i in order if i not in shift_articles]:
        err("no_alert_articles is not every article except the shift articles")

    # duplicates
    by_id = {a["id"]: a for a in ARTICLES}
    dup_with_shift = False
    for x, y in DUPLICATES:
        a, b = by_id[x], by_id[y]
        if a["claims"] != b["claims"]:
            err("duplicates %s/%s: claims differ" % (x, y))
        if a["outlet"] == b["outlet"] or parse_iso(a["published"]).date() != parse_iso(b["published"]).date():
            err("duplicates %s/%s: need same day, different outlets" % (x, y))
        if x in shift_articles:
            dup_with_shift = True
        if y in shift_articles:
            err("duplicate copy %s must not be a shift article" % y)
    if not dup_with_shift:
        err("no duplicate pair has a shift article")

    # counts
    all_claims = [c for a in ARTICLES for c in a["claims"]]
    stances = {s: sum(1 for c in all_claims if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    if not 60 <= len(all_claims) <= 90:
        err("%d claims (want 60-90)" % len(all_claims))
    if stances["conditional"] < 6:
        err("only %d conditional claims" % stances["conditional"])
    if not all(stances.values()):
        err("a stance is missing")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d articles without claims (want 3-4)" % len(empty))

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            err("xmllint failed on %s: %s" % (p, r.stderr.strip()))

    summary = dict(
        articles=len(ARTICLES), claims=len(all_claims), **stances,
        attributed_false=sum(1 for c in all_claims if not c["attributed"]),
        shifts=len(want), shift_articles=sorted(shift_articles), no_claim_articles=empty,
        words=[len(a["text"].split()) for a in ARTICLES],
    )
    return errors, summary


def main():
    labels = build()
    errors, summary = validate(labels)
    for k, v in summary.items():
        print("%s: %s" % (k, v))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
