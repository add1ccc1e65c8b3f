#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set india-pakistan-ceasefire-2025.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then validates
everything (quotes, ids, watchlist, word counts, datelines, shifts, no_alert_articles, xmllint).
The events are real and public; all wording is original paraphrase. Not a source of facts.
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
    "coastline-wire": "Coastline Wire",
    "granite-herald": "Granite Herald",
    "lantern-press": "Lantern Press",
    "summit-courier": "Summit Courier",
    "bridgeport-monitor": "Bridgeport Monitor",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2025-04-22T14:30:00Z", outlet="coastline-wire", slug="gunmen-kill-tourists-near-pahalgam",
        title="Gunmen kill 26 at meadow near Pahalgam in Kashmir",
        text="""SRINAGAR, Apr 22 (Coastline Wire) - Gunmen opened fire on tourists at a meadow near the resort town of Pahalgam in Indian-administered Kashmir on Tuesday, killing at least 26 people in one of the deadliest attacks on civilians in the region in years, police said.

Survivors told local television that the attackers came out of the pine forest around the Baisaran meadow, which can be reached only on foot or by pony, and singled out men before shooting. Most of the dead were visitors from other Indian states; one was from Nepal.

Prime Minister Narendra Modi cut short a state visit to Saudi Arabia and flew home from Jeddah overnight, his office said. Home Minister Amit Shah travelled to Srinagar to chair a security review.

A little-known group called The Resistance Front was reported to have claimed the attack in a social media post. Indian security officials regard it as an offshoot of a Pakistan-based militant organisation.

Pakistan's Foreign Office said it was concerned by the loss of tourists' lives and offered condolences to the families. US President Donald Trump and UN Secretary-General Antonio Guterres condemned the killings.

Security forces began searching the surrounding hills. No arrests had been announced by late evening.""",
        claims=[],
    ),
    # 002
    dict(
        published="2025-04-23T18:45:00Z", outlet="granite-herald", slug="india-puts-indus-treaty-on-hold",
        title="India puts Indus Waters Treaty on hold, shuts border crossing after Kashmir attack",
        text="""NEW DELHI, Apr 23 (Granite Herald) - India said on Wednesday it would hold the 1960 Indus Waters Treaty in abeyance with immediate effect, the most far-reaching of a series of steps against Pakistan after the killing of 26 people in Kashmir a day earlier.

Foreign Secretary Vikram Misri told reporters after a meeting of the Cabinet Committee on Security, chaired by Prime Minister Narendra Modi, that the treaty would stay suspended until Pakistan credibly and irrevocably gave up its support for cross-border terrorism. He said the committee had been briefed on cross-border links to the attack.

India also closed the Attari land crossing, cancelled visas issued to Pakistani nationals under a regional travel scheme and ordered the military advisers at Pakistan's High Commission in New Delhi to leave within a week.

The treaty, brokered by the World Bank, has survived three wars. It governs the six rivers of the Indus basin and allots the three western rivers largely to Pakistan. Water experts said India lacked the storage to hold back significant flows any time soon.

Islamabad said its National Security Committee would meet on Thursday to decide on a response.""",
        claims=[
            ("india", "iwt-suspension", S, "India said on Wednesday it would hold the 1960 Indus Waters Treaty in abeyance", True),
        ],
    ),
    # 003
    dict(
        published="2025-04-24T15:20:00Z", outlet="lantern-press", slug="pakistan-tears-up-simla-shuts-airspace",
        title="Pakistan tears up Simla pact and shuts airspace as water row escalates",
        text="""ISLAMABAD, Apr 24 (Lantern Press) - Pakistan said on Thursday that any attempt to stop or divert water belonging to it under the Indus Waters Treaty would be treated as an act of war, rejecting New Delhi's decision to put the treaty on hold.

After a meeting of the National Security Committee chaired by Prime Minister Shehbaz Sharif, the government closed its airspace to Indian-owned and Indian-operated airlines, suspended all trade with India and shut the Wagah border crossing.

The committee also said Pakistan could exercise its right to hold all bilateral agreements with India in abeyance, including the 1972 Simla Agreement, until India stopped what it called its backing of militancy inside Pakistan and its breaches of international law.

The Simla accord, signed after the 1971 war, commits the two countries to settle their differences bilaterally and underpins the Line of Control in Kashmir. Legal experts in Islamabad said the statement stopped short of a formal withdrawal from the accord.

The committee said a treaty negotiated with the involvement of the World Bank could not be suspended by one side alone, and it rejected any link between Pakistan and the Pahalgam attack.""",
        claims=[
            ("pakistan", "iwt-suspension", O, "rejecting New Delhi's decision to put the treaty on hold", True),
            ("pakistan", "scrap-simla", C, "Pakistan could exercise its right to hold all bilateral agreements with India in abeyance", True),
        ],
    ),
    # 004
    dict(
        published="2025-04-25T21:00:00Z", outlet="summit-courier", slug="security-council-condemns-kashmir-attack",
        title="Security Council condemns Kashmir attack; UN chief's good offices available",
        text="""UNITED NATIONS, Apr 25 (Summit Courier) - The UN Security Council condemned the killing of tourists in Indian-administered Kashmir on Friday in a press statement agreed by all 15 members, and called for those responsible to be held accountable.

Secretary-General Antonio Guterres was following developments with great concern, his spokesman Stephane Dujarric told reporters. Dujarric said Guterres believed the issues between the two neighbours could be resolved peacefully through meaningful mutual engagement, and that his good offices were available should both sides ask for them.

Asked whether the Secretary-General had a view on India's suspension of the Indus Waters Treaty, Dujarric declined to take a position, noting that the treaty had its own mechanisms involving the World Bank.

Iran's foreign minister Abbas Araghchi said Tehran stood ready to use its good offices between Islamabad and New Delhi.

Aboard Air Force One, President Donald Trump told reporters he was very close to both countries and that they had been fighting over Kashmir for a very long time. They would figure it out one way or another, he said.""",
        claims=[
            ("un", "comprehensive-dialogue", S, "could be resolved peacefully through meaningful mutual engagement", True),
            ("un", "third-party-mediation", C, "his good offices were available should both sides ask for them", True),
        ],
    ),
    # 005
    dict(
        published="2025-04-26T11:00:00Z", outlet="coastline-wire", slug="sharif-offers-neutral-probe",
        title="Pakistan's Sharif offers to join neutral probe into Kashmir attack",
        text="""ABBOTTABAD, Apr 26 (Coastline Wire) - Prime Minister Shehbaz Sharif said on Saturday that Pakistan was open to taking part in any neutral, transparent and credible investigation into the killing of tourists in Pahalgam, rejecting Indian accusations that it was linked to the attack.

Speaking at a passing-out parade at the military academy in Kakul, Sharif said blaming Pakistan without evidence had become a pattern. He said the country would defend its sovereignty against any misadventure.

Water was a vital national interest, he said, and Pakistan would respond with full force to any attempt to stop or reduce the flow of rivers it was entitled to under the Indus Waters Treaty.

Bilawal Bhutto Zardari, chairman of the Pakistan Peoples Party, a coalition partner of Sharif's government, told a rally in Sindh on Friday that the Indus belonged to Pakistan and would not be given up.

New Delhi did not respond to the offer. Indian officials have said the attackers had cross-border links, without publishing evidence.""",
        claims=[
            ("pakistan", "neutral-probe", S, "Pakistan was open to taking part in any neutral, transparent and credible investigation", True),
            ("pakistan", "iwt-suspension", O, "respond with full force to any attempt to stop or reduce the flow", True),
        ],
    ),
    # 006 (duplicate of 005)
    dict(
        published="2025-04-26T13:15:00Z", outlet="bridgeport-monitor", slug="sharif-ready-for-credible-inquiry",
        title="Sharif says Pakistan ready for neutral, credible inquiry into Pahalgam killings",
        text="""ABBOTTABAD, Apr 26 (Bridgeport Monitor) - Pakistan was open to taking part in any neutral, transparent and credible investigation into the Pahalgam killings, Prime Minister Shehbaz Sharif said on Saturday, dismissing Indian allegations that Islamabad was behind the attack.

Addressing cadets graduating from the Kakul military academy, Sharif said India had made a habit of blaming Pakistan without proof. The country would defend its sovereignty against any misadventure, he added.

He called water a vital national interest and said Pakistan would respond with full force to any attempt to stop or reduce the flow of rivers allotted to it under the Indus Waters Treaty.

On Friday Bilawal Bhutto Zardari, who chairs the Pakistan Peoples Party, a partner in Sharif's coalition, told supporters in Sindh that the Indus was Pakistan's and would not be surrendered.

There was no immediate response from New Delhi. Indian officials say the gunmen had links across the border but have not made any evidence public.""",
        claims=[
            ("pakistan", "neutral-probe", S, "Pakistan was open to taking part in any neutral, transparent and credible investigation", True),
            ("pakistan", "iwt-suspension", O, "respond with full force to any attempt to stop or reduce the flow", True),
        ],
    ),
    # 007
    dict(
        published="2025-04-27T10:30:00Z", outlet="granite-herald", slug="china-backs-swift-fair-probe",
        title="China backs swift, fair probe in call with Pakistan's Dar",
        text="""BEIJING, Apr 27 (Granite Herald) - China supports a swift and fair investigation into last week's attack in Kashmir, Foreign Minister Wang Yi told his Pakistani counterpart Ishaq Dar in a phone call on Sunday, according to a Chinese foreign ministry readout.

Wang said China was following the situation closely and that fighting terrorism was a shared responsibility of all countries. He urged India and Pakistan to meet each other halfway and settle their differences through dialogue, the readout said.

Dar briefed Wang on what Pakistan called India's unilateral and illegal measures, according to a statement from Islamabad, and said Pakistan rejected the suspension of the Indus Waters Treaty and would not accept any interruption of its water supply.

China is Pakistan's closest diplomatic partner and its main arms supplier, and its relations with India have been strained since a deadly border clash in 2020. Some analysts in Beijing said China might try to present itself as a go-between, though nobody has proposed such a role.

India's foreign ministry did not comment on the call.""",
        claims=[
            ("china", "neutral-probe", S, "China supports a swift and fair investigation into last week's attack", True),
            ("china", "comprehensive-dialogue", S, "meet each other halfway and settle their differences through dialogue", True),
            ("pakistan", "iwt-suspension", O, "Pakistan rejected the suspension of the Indus Waters Treaty", True),
        ],
    ),
    # 008
    dict(
        published="2025-04-28T09:40:00Z", outlet="summit-courier", slug="india-brushes-aside-neutral-inquiry-call",
        title="India brushes aside Pakistan's call for neutral inquiry as anti-terror agency takes over",
        text="""NEW DELHI, Apr 28 (Summit Courier) - India's National Investigation Agency has formally taken over the inquiry into the Pahalgam attack, and senior Indian officials dismissed Pakistan's proposal for an international investigation as an attempt to muddy the waters.

India did not need outside investigators to establish what had happened, two officials said on Monday, speaking on condition of anonymity because they were not authorised to brief the media. They said witness accounts and technical evidence pointed across the border.

Pakistan denies any role in the killings. In an interview with Russian state media published on Sunday, Defence Minister Khawaja Asif said Russia, China or Western countries could form part of an investigating team that would establish whether India was telling the truth.

Exchanges of small-arms fire were reported along the Line of Control for a fourth consecutive night, the Indian army said, adding that it had responded effectively.

The agency's teams were questioning pony handlers, shopkeepers and photographers who were at the meadow when the gunmen struck.""",
        claims=[
            ("india", "neutral-probe", O, "India did not need outside investigators to establish what had happened", True),
            ("pakistan", "neutral-probe", S, "Russia, China or Western countries could form part of an investigating team", True),
        ],
    ),
    # 009 (no claims)
    dict(
        published="2025-04-30T07:30:00Z", outlet="lantern-press", slug="modi-gives-military-free-hand",
        title="Modi gives military free hand on response; Pakistan says it expects a strike",
        text="""NEW DELHI, Apr 30 (Lantern Press) - Prime Minister Narendra Modi told India's military chiefs that they had complete operational freedom to decide the mode, targets and timing of India's response to the Pahalgam attack, a government source said after a meeting at his residence on Tuesday.

Hours later, Pakistan's information minister Attaullah Tarar said in a late-night televised statement that Islamabad had credible intelligence that India intended to carry out a military strike within the next 24 to 36 hours. He did not say what the intelligence was.

Security analysts in both capitals said a limited strike appeared increasingly likely, though they differed over whether it would come from the air or across the Line of Control. One retired Indian general said the government was unlikely to act before it had built its diplomatic case abroad.

Airlines rerouted flights to avoid Pakistani airspace, adding hours to some journeys to Europe and North America. India's Cabinet Committee on Security met again on Wednesday morning, but no announcement followed.""",
        claims=[],
    ),
    # 010
    dict(
        published="2025-04-30T22:30:00Z", outlet="granite-herald", slug="rubio-calls-jaishankar-sharif",
        title="Rubio urges calm in calls to India and Pakistan",
        text="""WASHINGTON, Apr 30 (Granite Herald) - Secretary of State Marco Rubio spoke separately with India's foreign minister Subrahmanyam Jaishankar and Pakistan's Prime Minister Shehbaz Sharif on Wednesday, urging both to work to lower tensions, the State Department said.

Rubio expressed sorrow for the victims of the Pahalgam attack and urged Pakistani officials to cooperate in the investigation of what he called an unconscionable act. He encouraged India to work with Pakistan to maintain peace and security in South Asia, according to a department summary.

Jaishankar said on social media that the perpetrators, backers and planners of the attack must be brought to justice.

A statement from Sharif's office said he told Rubio that India's decision to hold the water treaty in abeyance was unacceptable, and that water was a lifeline for 240 million Pakistanis. Sharif repeated his offer of a neutral investigation and asked Washington to press New Delhi to tone down its rhetoric and act responsibly.

The calls were the most senior US engagement with the two governments since the attack.""",
        claims=[
            ("pakistan", "iwt-suspension", O, "India's decision to hold the water treaty in abeyance was unacceptable", True),
            ("pakistan", "neutral-probe", S, "Sharif repeated his offer of a neutral investigation", True),
            ("pakistan", "third-party-mediation", S, "asked Washington to press New Delhi to tone down its rhetoric", True),
        ],
    ),
    # 011
    dict(
        published="2025-05-05T23:10:00Z", outlet="summit-courier", slug="security-council-closed-consultations",
        title="Security Council meets behind closed doors on India-Pakistan tensions",
        text="""UNITED NATIONS, May 5 (Summit Courier) - The UN Security Council held closed consultations on the rising tensions between India and Pakistan on Monday at Pakistan's request, but issued no statement afterwards.

Secretary-General Antonio Guterres told reporters before the meeting that relations between the two countries were at their highest point of tension in years. He said a military solution was no solution, and that he had offered his good offices to both governments.

Pakistan's ambassador to the United Nations, Asim Iftikhar Ahmad, said after the session that Pakistan had asked the Council to play its role in calming the situation and that Islamabad's offer of a neutral investigation still stood. He said Pakistan did not want escalation but would defend itself.

India, which is not a Council member, did not comment. It has long argued that its disputes with Pakistan are bilateral matters that leave no role for outside parties.

Greece holds the Council's rotating presidency this month.""",
        claims=[
            ("un", "third-party-mediation", C, "he had offered his good offices to both governments", True),
            ("pakistan", "third-party-mediation", S, "Pakistan had asked the Council to play its role in calming the situation", True),
            ("india", "third-party-mediation", O, "its disputes with Pakistan are bilateral matters that leave no role for outside parties", False),
        ],
    ),
    # 012
    dict(
        published="2025-05-06T16:00:00Z", outlet="coastline-wire", slug="modi-says-india-water-stays-in-india",
        title="Modi says India's water will now stay in India",
        text="""NEW DELHI, May 6 (Coastline Wire) - Prime Minister Narendra Modi said on Tuesday that water belonging to India had until now flowed out of the country but would in future be stopped and used for India's own benefit, his most direct comment yet on the suspension of the Indus Waters Treaty.

Speaking at a media conclave in the capital, Modi did not name Pakistan, but he said the rivers would serve Indian farmers and that the government was working to make that happen.

Pakistan's Foreign Office said later that the treaty was a binding international agreement that India could not walk away from unilaterally, and that Pakistan would not accept any reduction in its share of the waters.

Engineers in Jammu and Kashmir have begun flushing silt from two hydroelectric reservoirs on the Chenab without notifying Pakistan, officials said, a step the treaty had previously restricted. Experts said India would need years to build the dams and canals required to hold back large volumes of water.""",
        claims=[
            ("india", "iwt-suspension", S, "would in future be stopped and used for India's own benefit", True),
            ("pakistan", "iwt-suspension", O, "a binding international agreement that India could not walk away from unilaterally", True),
        ],
    ),
    # 013
    dict(
        published="2025-05-07T04:30:00Z", outlet="granite-herald", slug="india-strikes-nine-sites-operation-sindoor",
        title="India strikes nine sites in Pakistan and Kashmir; Islamabad vows response",
        text="""NEW DELHI, May 7 (Granite Herald) - India struck nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday in what it called Operation Sindoor, saying it had hit camps used by the militant groups behind the Pahalgam attack.

At a briefing in New Delhi, Foreign Secretary Vikram Misri said the strikes were focused, measured and non-escalatory, and that no Pakistani military installations had been targeted. India had no wish to escalate, he said, but was fully prepared to respond to any Pakistani military action.

Pakistan said 26 civilians had been killed, including children, and that it had shot down several Indian aircraft, a claim India did not address. Prime Minister Shehbaz Sharif condemned the strikes and said Pakistan reserved the right to respond.

Defence Minister Khawaja Asif struck a different note in a television interview, saying Pakistan would wind down the confrontation if India backed off.

Heavy shelling was reported along the Line of Control, where Pakistani fire killed at least 12 civilians in the Poonch area, Indian officials said.""",
        claims=[
            ("india", "ceasefire", C, "India had no wish to escalate, he said, but was fully prepared to respond", True),
            ("pakistan", "ceasefire", C, "Pakistan would wind down the confrontation if India backed off", True),
        ],
    ),
    # 014
    dict(
        published="2025-05-07T20:00:00Z", outlet="lantern-press", slug="trump-china-un-urge-halt",
        title="Trump, China and UN urge India and Pakistan to stop fighting",
        text="""WASHINGTON, May 7 (Lantern Press) - President Donald Trump said on Wednesday he wanted India and Pakistan to stop their fighting, adding that he got along with both countries and that if he could do anything to help, he would be there.

Speaking at the White House, Trump said the two sides had gone "tit for tat" and he hoped they would now stop. Secretary of State Marco Rubio said he had spoken to national security officials in both countries and urged them to keep lines of communication open.

In Beijing, a foreign ministry spokesman said China regretted India's military action and called on both sides to stay calm, avoid further escalation and refrain from any step that could complicate the situation.

UN Secretary-General Antonio Guterres called for maximum military restraint, saying the world could not afford a military confrontation between the two nuclear-armed neighbours.

British Foreign Secretary David Lammy said London was ready to help both sides keep talking. Diplomats in Islamabad said several Gulf states had also been in touch with the two capitals.""",
        claims=[
            ("usa", "ceasefire", S, "he wanted India and Pakistan to stop their fighting", True),
            ("usa", "third-party-mediation", C, "if he could do anything to help, he would be there", True),
            ("china", "ceasefire", S, "called on both sides to stay calm, avoid further escalation", True),
            ("un", "ceasefire", S, "called for maximum military restraint", True),
        ],
    ),
    # 015
    dict(
        published="2025-05-08T23:00:00Z", outlet="summit-courier", slug="vance-says-conflict-none-of-us-business",
        title="US washes its hands of India-Pakistan war, Vance says",
        text="""WASHINGTON, May 8 (Summit Courier) - Vice President JD Vance said on Thursday that the United States would not get involved in a conflict between India and Pakistan that was fundamentally none of its business, though Washington would encourage both countries to de-escalate.

In an interview with Fox News, Vance said the United States could not control either country and could not tell them to lay down their arms. What it could do, he said, was urge the two nuclear powers to cool things down and hope that the fighting did not turn into a regional war.

His comments came as India said it had intercepted Pakistani drones and missiles aimed at military stations in Jammu, Pathankot and other northern cities. Pakistan denied launching them.

Iran's foreign minister Abbas Araghchi was in New Delhi for talks with Indian officials after a stop in Islamabad earlier in the week, offering what Tehran called a bridge between the neighbours.

The State Department did not say whether Rubio had spoken again to either side.""",
        claims=[
            ("usa", "third-party-mediation", O, "the United States would not get involved in a conflict between India and Pakistan", True),
            ("usa", "ceasefire", S, "urge the two nuclear powers to cool things down", True),
        ],
    ),
    # 016
    dict(
        published="2025-05-09T16:30:00Z", outlet="bridgeport-monitor", slug="saudi-envoy-shuttles-delhi-islamabad",
        title="Saudi envoy shuttles between New Delhi and Islamabad",
        text="""ISLAMABAD, May 9 (Bridgeport Monitor) - Saudi Arabia's minister of state for foreign affairs, Adel al-Jubeir, met Prime Minister Shehbaz Sharif in Islamabad on Friday, a day after an unannounced visit to New Delhi, in what the Saudi foreign ministry described as efforts to defuse the crisis and end the military escalation.

Sharif thanked the kingdom for its role and said Pakistan welcomed all efforts by friendly countries to help settle the crisis, according to his office. Deputy Prime Minister Ishaq Dar also met the visitor.

In New Delhi on Thursday, Foreign Minister Subrahmanyam Jaishankar said he had shared India's perspective on firmly countering terrorism with the Saudi envoy. He did not comment on mediation.

Riyadh has close economic ties with both countries and hosts millions of their workers. Modi was on a state visit to Jeddah when the Pahalgam attack took place last month.

Explosions were reported overnight in Jammu and in several towns in Pakistani Punjab, and both sides accused each other of fresh drone attacks.""",
        claims=[
            ("saudi-arabia", "third-party-mediation", S, "what the Saudi foreign ministry described as efforts to defuse the crisis", True),
            ("saudi-arabia", "ceasefire", S, "end the military escalation", True),
            ("pakistan", "third-party-mediation", S, "Pakistan welcomed all efforts by friendly countries to help settle the crisis", True),
        ],
    ),
    # 017 (no claims)
    dict(
        published="2025-05-09T21:00:00Z", outlet="granite-herald", slug="imf-approves-pakistan-tranche",
        title="IMF approves $1 billion for Pakistan over Indian objections",
        text="""WASHINGTON, May 9 (Granite Herald) - The International Monetary Fund's executive board on Friday completed a review of Pakistan's $7 billion loan programme, releasing about $1 billion, despite objections from India, which abstained.

India's finance ministry said it had warned that IMF money could be misused to fund cross-border terrorism and had questioned Pakistan's record in carrying out the fund's programmes. The Indian representative on the board recorded those objections, the ministry said, because the fund's rules do not provide for a vote against.

Pakistan's finance ministry welcomed the decision and said India's attempt to block the tranche had failed. The board also approved a separate climate resilience facility worth about $1.4 billion.

The European Union's foreign policy chief, Kaja Kallas, spoke to both foreign ministers and called on the two countries to engage in dialogue.

Sirens sounded again in several towns in Indian Punjab and in Jammu on Friday night, and authorities ordered blackouts.""",
        claims=[],
    ),
    # 018
    dict(
        published="2025-05-10T06:00:00Z", outlet="lantern-press", slug="pakistan-hits-back-india-says-no-escalation-if-reciprocated",
        title="Pakistan hits back at Indian bases; India says it will not escalate if Pakistan stops",
        text="""NEW DELHI, May 10 (Lantern Press) - Pakistan said early on Saturday it had launched strikes on several Indian military bases in retaliation for Indian missile attacks on its air bases overnight, sharply escalating four days of fighting.

At a briefing in New Delhi, Indian military officials said Pakistani drones and missiles had targeted air bases and that India had answered with precision strikes on military sites. India remained committed to non-escalation provided Pakistan reciprocated, Wing Commander Vyomika Singh said.

Pakistan's Deputy Prime Minister Ishaq Dar told a television channel that if India stopped here, Pakistan would also consider stopping.

Defence Minister Khawaja Asif denied reports that Prime Minister Shehbaz Sharif had called a meeting of the body that oversees the country's nuclear arsenal.

Diplomats said the United States and Saudi Arabia had been passing messages between the two governments through the night. Saudi Foreign Minister Prince Faisal bin Farhan spoke to both foreign ministers, according to officials in the two capitals.""",
        claims=[
            ("india", "ceasefire", C, "India remained committed to non-escalation provided Pakistan reciprocated", True),
            ("pakistan", "ceasefire", C, "if India stopped here, Pakistan would also consider stopping", True),
            ("usa", "third-party-mediation", S, "the United States and Saudi Arabia had been passing messages between the two governments", False),
            ("saudi-arabia", "third-party-mediation", S, "the United States and Saudi Arabia had been passing messages between the two governments", False),
        ],
    ),
    # 019
    dict(
        published="2025-05-10T12:10:00Z", outlet="coastline-wire", slug="trump-says-us-brokered-full-ceasefire",
        title="Trump says US-brokered talks produced full India-Pakistan ceasefire",
        text="""WASHINGTON, May 10 (Coastline Wire) - President Donald Trump announced on Saturday that India and Pakistan had agreed to a full and immediate ceasefire after a long night of talks mediated by the United States, and congratulated both countries on using common sense.

Secretary of State Marco Rubio said that he and Vice President JD Vance had spent 48 hours in contact with senior officials of both governments, and that India and Pakistan had also agreed to start talks on a broad set of issues at a neutral site.

Minutes later, Pakistan's Deputy Prime Minister Ishaq Dar confirmed on social media that the two countries had agreed to a ceasefire with immediate effect. Pakistan had always strived for peace and security in the region without compromising its sovereignty, he wrote.

Speaking to a Pakistani broadcaster, Dar said Rubio had told him early in the morning that India was ready to stop. He said some three dozen countries had been involved in the diplomacy.

There was no immediate comment from New Delhi.""",
        claims=[
            ("usa", "third-party-mediation", S, "after a long night of talks mediated by the United States", True),
            ("usa", "ceasefire", S, "India and Pakistan had agreed to a full and immediate ceasefire", True),
            ("usa", "comprehensive-dialogue", S, "agreed to start talks on a broad set of issues at a neutral site", True),
            ("india", "comprehensive-dialogue", S, "agreed to start talks on a broad set of issues at a neutral site", False),
            ("pakistan", "comprehensive-dialogue", S, "agreed to start talks on a broad set of issues at a neutral site", False),
            ("pakistan", "ceasefire", S, "the two countries had agreed to a ceasefire with immediate effect", True),
            ("india", "ceasefire", S, "Rubio had told him early in the morning that India was ready to stop", False),
        ],
    ),
    # 020
    dict(
        published="2025-05-10T13:00:00Z", outlet="granite-herald", slug="india-confirms-halt-to-firing",
        title="India confirms halt to firing, says understanding was reached directly with Pakistan",
        text="""NEW DELHI, May 10 (Granite Herald) - India and Pakistan will stop all firing and military action on land, in the air and at sea from 5 p.m. Indian time on Saturday, Foreign Secretary Vikram Misri said in a brief statement in New Delhi.

Misri said Pakistan's director general of military operations had telephoned his Indian counterpart in the afternoon, that the two had reached an understanding, and that they would speak again on Monday. He took no questions.

Indian government sources said the halt had been worked out directly between the two countries, with no third party involved, and denied that India had agreed to talks on any other issue or at any other venue. India's measures against Pakistan, including the suspension of the Indus Waters Treaty, would stay in place, they said.

Defence Minister Rajnath Singh had earlier met the three service chiefs. Opposition parties said they backed the armed forces and asked the government to brief parliament.

Foreign Minister Subrahmanyam Jaishankar said on social media that India would keep its firm and uncompromising stand against terrorism.""",
        claims=[
            ("india", "ceasefire", S, "India and Pakistan will stop all firing and military action", True),
            ("pakistan", "ceasefire", S, "India and Pakistan will stop all firing and military action", False),
            ("india", "third-party-mediation", O, "worked out directly between the two countries, with no third party involved", True),
            ("india", "comprehensive-dialogue", O, "denied that India had agreed to talks on any other issue", True),
            ("india", "iwt-suspension", S, "including the suspension of the Indus Waters Treaty, would stay in place", True),
        ],
    ),
    # 021 (duplicate of 020)
    dict(
        published="2025-05-10T13:40:00Z", outlet="summit-courier", slug="india-says-halt-agreed-in-direct-military-contact",
        title="India says halt to hostilities agreed in direct military contact with Pakistan",
        text="""NEW DELHI, May 10 (Summit Courier) - India and Pakistan will stop all firing and military action on land, in the air and at sea from 5 p.m. Indian time on Saturday, India's Foreign Secretary Vikram Misri announced in New Delhi.

According to Misri, Pakistan's director general of military operations called his Indian counterpart in the afternoon, the two reached an understanding, and they would talk again on Monday. He did not take questions.

Sources in the Indian government said the arrangement had been worked out directly between the two countries, with no third party involved. They denied that India had agreed to talks on any other issue or at any other venue, and said India's measures against Pakistan, including the suspension of the Indus Waters Treaty, would stay in place.

Defence Minister Rajnath Singh met the heads of the three services earlier in the day. Opposition leaders voiced support for the armed forces and called for a briefing in parliament.

On social media, Foreign Minister Subrahmanyam Jaishankar said India would maintain its firm and uncompromising stand against terrorism.""",
        claims=[
            ("india", "ceasefire", S, "India and Pakistan will stop all firing and military action", True),
            ("pakistan", "ceasefire", S, "India and Pakistan will stop all firing and military action", False),
            ("india", "third-party-mediation", O, "worked out directly between the two countries, with no third party involved", True),
            ("india", "comprehensive-dialogue", O, "denied that India had agreed to talks on any other issue", True),
            ("india", "iwt-suspension", S, "including the suspension of the Indus Waters Treaty, would stay in place", True),
        ],
    ),
    # 022
    dict(
        published="2025-05-10T18:30:00Z", outlet="bridgeport-monitor", slug="india-pakistan-truce-collapses",
        title="India-Pakistan truce collapses within hours",
        text="""NEW DELHI, May 10 (Bridgeport Monitor) - India accused Pakistan on Saturday night of repeatedly breaching the understanding on halting hostilities reached only hours earlier, after explosions were heard and drones were sighted over Srinagar and other towns in Kashmir.

In a late-night statement, Foreign Secretary Vikram Misri called the violations deplorable and said Pakistan should take appropriate steps to address them and handle the situation with seriousness and responsibility. The armed forces had been told to respond strongly to any repetition, he said.

Pakistan's Foreign Office said Pakistan remained committed to faithful implementation of the ceasefire and blamed the Indian side for violations in some areas. It said its troops were handling the situation with restraint.

By midnight, officials in Jammu and Srinagar said the firing had eased, and residents reported that the skies had gone quiet. Neither government said the arrangement had been abandoned.

Trump, who announced the ceasefire earlier in the day, did not comment on the reported violations.""",
        claims=[
            ("india", "ceasefire", S, "Pakistan should take appropriate steps to address them and handle the situation with seriousness", True),
            ("pakistan", "ceasefire", S, "Pakistan remained committed to faithful implementation of the ceasefire", True),
        ],
    ),
    # 023
    dict(
        published="2025-05-11T15:00:00Z", outlet="lantern-press", slug="trump-offers-to-work-on-kashmir",
        title="Trump offers to work on Kashmir; India says no role for outsiders",
        text="""WASHINGTON, May 11 (Lantern Press) - President Donald Trump said on Sunday he would work with India and Pakistan to see whether a solution could be found on Kashmir after what he called a thousand years, and promised to increase trade substantially with both countries.

In the same social media post, Trump praised what he called the strong and unwavering leadership of both nations.

Pakistan's Foreign Office welcomed his willingness to support efforts toward resolving the Kashmir dispute, calling it a long-standing issue with grave implications for peace and security.

In New Delhi, Indian officials said there was no question of anyone mediating on Kashmir and that the country's position that the matter was strictly bilateral had not changed. The government made no formal comment on the post.

India's main opposition Congress party asked whether the government had accepted third-party mediation and demanded a special session of parliament to discuss the ceasefire and the US statements about it.""",
        claims=[
            ("usa", "third-party-mediation", S, "he would work with India and Pakistan to see whether a solution could be found", True),
            ("pakistan", "third-party-mediation", S, "welcomed his willingness to support efforts toward resolving the Kashmir dispute", True),
            ("india", "third-party-mediation", O, "there was no question of anyone mediating on Kashmir", True),
        ],
    ),
    # 024 (no claims)
    dict(
        published="2025-05-12T09:00:00Z", outlet="summit-courier", slug="airports-reopen-hotline-talks-pushed-back",
        title="Airports reopen in north India as military hotline talks are pushed back",
        text="""NEW DELHI, May 12 (Summit Courier) - India reopened 32 airports in the north and west of the country on Monday that had been shut to civilian flights since last week, the Airports Authority of India said, as a fragile calm held along the border for a second night.

A scheduled conversation between the directors general of military operations of India and Pakistan was moved from midday to the evening, Indian military sources said, without giving a reason. Would the two militaries agree on a written text? Officials in New Delhi and Islamabad declined to say.

In Islamabad, the government declared a day of thanksgiving, and schools and markets in Pakistani Punjab reopened. Pakistan's aviation authority said the country's airspace was open to all flights except Indian ones.

Analysts said the hotline talks would show whether the two militaries could turn the weekend's understanding into something more durable, but cautioned that past arrangements along the Line of Control had frayed within months.

Residents of Poonch and Uri began returning to homes damaged by shelling.""",
        claims=[],
    ),
    # 025
    dict(
        published="2025-05-12T15:30:00Z", outlet="coastline-wire", slug="modi-says-india-has-only-paused-operations",
        title="Modi says India has only paused operations against Pakistan",
        text="""NEW DELHI, May 12 (Coastline Wire) - Prime Minister Narendra Modi said on Monday that India had only paused its military action against Pakistan and would judge every step Pakistan took in the coming days, in his first address to the nation since the fighting stopped.

Operation Sindoor was not over, Modi said. Any future terrorist attack would be answered on India's own terms, and India would not tolerate what he called nuclear blackmail.

Terror and talks could not go together, he said, and if there were any talks with Pakistan they would be only about terrorism and Pakistani-administered Kashmir. Nor could water and blood flow together, he added, in a reference to the suspended Indus Waters Treaty.

Modi did not mention Trump or the United States during the speech, which lasted about 22 minutes.

The address was broadcast as the government lifted restrictions in several border districts and schools in Jammu prepared to reopen.""",
        claims=[
            ("india", "ceasefire", C, "India had only paused its military action against Pakistan", True),
            ("india", "comprehensive-dialogue", O, "if there were any talks with Pakistan they would be only about terrorism", True),
            ("india", "iwt-suspension", S, "Nor could water and blood flow together", True),
        ],
    ),
    # 026
    dict(
        published="2025-05-13T11:00:00Z", outlet="granite-herald", slug="pakistan-rejects-modi-speech-stands-by-ceasefire",
        title="Pakistan rejects Modi speech, says it stands by ceasefire and wants talks",
        text="""ISLAMABAD, May 13 (Granite Herald) - Pakistan's Foreign Office on Tuesday rejected Prime Minister Narendra Modi's address as provocative and inflammatory, but said Pakistan remained committed to the ceasefire that took effect on Saturday.

In a statement, the ministry said India's claim to have merely paused its operations was a dangerous attempt to keep the region on edge.

Prime Minister Shehbaz Sharif, addressing troops on Tuesday, said Pakistan was ready to sit down with India to discuss Kashmir, the sharing of water, trade and terrorism. He said there could be no lasting peace in the region that did not include a settlement of Kashmir.

The Foreign Office statement also said that any Indian attempt to stop or divert the flow of the Indus rivers would still be treated as an act of war.

Pakistan held rallies in several cities on Sunday to celebrate what the government described as a victory over India.""",
        claims=[
            ("pakistan", "ceasefire", S, "Pakistan remained committed to the ceasefire that took effect on Saturday", True),
            ("india", "ceasefire", C, "India's claim to have merely paused its operations", False),
            ("pakistan", "comprehensive-dialogue", S, "Pakistan was ready to sit down with India to discuss Kashmir, the sharing of water", True),
            ("pakistan", "iwt-suspension", O, "any Indian attempt to stop or divert the flow of the Indus rivers", True),
        ],
    ),
    # 027
    dict(
        published="2025-05-13T14:30:00Z", outlet="bridgeport-monitor", slug="india-says-trade-never-came-up-kashmir-bilateral",
        title="India says trade never came up with US, Kashmir remains bilateral",
        text="""NEW DELHI, May 13 (Bridgeport Monitor) - India's foreign ministry said on Tuesday that the understanding to halt military action had been reached directly between the two militaries, and that trade did not come up in any conversation with US leaders during the fighting.

Spokesman Randhir Jaiswal said India had a long-standing national position that any matter concerning Jammu and Kashmir must be dealt with by India and Pakistan bilaterally. The only issue left to discuss, he said, was the vacating of Indian territory illegally occupied by Pakistan.

Jaiswal said the Indus Waters Treaty would remain in abeyance until Pakistan credibly and irrevocably ended its support for cross-border terrorism.

Asked whether India had agreed to the neutral venue mentioned by Washington, Jaiswal said he had nothing to add to what had already been said. In Washington, State Department spokeswoman Tammy Bruce declined to say where or when any talks might take place.

The briefing was the ministry's first on-the-record exchange with reporters since the fighting stopped.""",
        claims=[
            ("india", "third-party-mediation", O, "must be dealt with by India and Pakistan bilaterally", True),
            ("india", "comprehensive-dialogue", O, "The only issue left to discuss, he said, was the vacating of Indian territory", True),
            ("india", "iwt-suspension", S, "would remain in abeyance until Pakistan credibly and irrevocably ended its support", True),
        ],
    ),
    # 028
    dict(
        published="2025-05-21T12:00:00Z", outlet="summit-courier", slug="china-hosts-pakistan-afghanistan-backs-lasting-truce",
        title="China hosts Pakistan, Afghanistan ministers; backs lasting India-Pakistan truce",
        text="""BEIJING, May 21 (Summit Courier) - China's Foreign Minister Wang Yi hosted his Pakistani and Afghan counterparts in Beijing on Wednesday for talks on security and trade, and said China welcomed the ceasefire between India and Pakistan and hoped it would hold.

Wang told Pakistan's Ishaq Dar on Tuesday that China supported India and Pakistan in resolving their differences through dialogue, according to the Chinese foreign ministry.

Dar said Pakistan wanted a composite dialogue with India covering all outstanding issues, including Kashmir and water, and thanked China for its steadfast support during the crisis.

The three ministers agreed to extend the China-Pakistan Economic Corridor into Afghanistan, Dar said. The meeting in Beijing was the first of its kind in more than two years.

India has long objected to the corridor because it runs through territory that India claims. New Delhi did not comment on the meeting.""",
        claims=[
            ("china", "ceasefire", S, "China welcomed the ceasefire between India and Pakistan and hoped it would hold", True),
            ("china", "comprehensive-dialogue", S, "China supported India and Pakistan in resolving their differences through dialogue", True),
            ("pakistan", "comprehensive-dialogue", S, "Pakistan wanted a composite dialogue with India covering all outstanding issues", True),
        ],
    ),
    # 029
    dict(
        published="2025-05-23T17:00:00Z", outlet="lantern-press", slug="jaishankar-says-india-will-deal-with-pakistan-bilaterally",
        title="Jaishankar says India will deal with Pakistan strictly bilaterally",
        text="""BERLIN, May 23 (Lantern Press) - India will handle its relations with Pakistan strictly bilaterally and there should be no confusion about that, Foreign Minister Subrahmanyam Jaishankar said in Berlin on Friday after talks with his German counterpart.

Jaishankar said India would never give in to nuclear blackmail. Operation Sindoor was continuing, he said, in the sense that India would strike the militants and their backers again if there was another attack of the kind seen in Pahalgam.

German Foreign Minister Johann Wadephul said Germany stood with India in the fight against terrorism and welcomed the ceasefire.

In an earlier interview with a Dutch broadcaster, Jaishankar had dismissed suggestions that the United States had brokered the halt in fighting, saying the request had come from the Pakistani military through the established hotline.

Pakistan, which has long pressed for international mediation over Kashmir, had no immediate comment.""",
        claims=[
            ("india", "third-party-mediation", O, "India will handle its relations with Pakistan strictly bilaterally", True),
            ("india", "ceasefire", C, "India would strike the militants and their backers again if there was another attack", True),
            ("pakistan", "third-party-mediation", S, "Pakistan, which has long pressed for international mediation over Kashmir", False),
        ],
    ),
    # 030
    dict(
        published="2025-05-26T16:00:00Z", outlet="granite-herald", slug="sharif-in-tehran-ready-to-talk-kashmir-water",
        title="Sharif in Tehran says Pakistan ready to talk to India on Kashmir and water",
        text="""TEHRAN, May 26 (Granite Herald) - Prime Minister Shehbaz Sharif said on Monday that Pakistan was ready to hold talks with India on all issues, including Kashmir and the sharing of water, speaking at a news conference in Tehran alongside Iranian President Masoud Pezeshkian.

Pakistan wanted peace, Sharif said, and was ready to discuss trade and counter-terrorism as well. But if India chose aggression, Pakistan would defend its territory, he said, and it would never allow India to choke the rivers it depended on.

Pezeshkian said Iran was prepared to help the two neighbours resolve their differences and welcomed the end of the fighting.

Sharif is on a tour that also takes in Turkey, Azerbaijan and Tajikistan to thank countries that supported Pakistan during the conflict. India has said the only topics it is willing to discuss with Pakistan are terrorism and the return of Pakistani-administered Kashmir.""",
        claims=[
            ("pakistan", "comprehensive-dialogue", S, "Pakistan was ready to hold talks with India on all issues", True),
            ("pakistan", "iwt-suspension", O, "it would never allow India to choke the rivers it depended on", True),
            ("india", "comprehensive-dialogue", O, "India has said the only topics it is willing to discuss with Pakistan are terrorism", False),
        ],
    ),
    # 031
    dict(
        published="2025-06-05T13:00:00Z", outlet="coastline-wire", slug="pakistan-defence-minister-simla-dead-document",
        title="Pakistan's defence minister calls Simla accord a 'dead document'",
        text="""ISLAMABAD, Jun 5 (Coastline Wire) - Pakistan's Defence Minister Khawaja Asif said the 1972 Simla Agreement with India was now a dead document, and that the two countries had gone back to the position of 1948, when the line dividing Kashmir was a ceasefire line watched over by United Nations observers.

In a television interview broadcast on Wednesday night, Asif said India's actions since April had ended the bilateral framework the accord created, and that Kashmir should now be taken up in multilateral and international forums.

Asked on Thursday whether the government had taken a formal decision to withdraw from the agreement, the Foreign Office spokesman, Shafqat Ali Khan, declined to say.

Pakistan said in April that it could hold all bilateral agreements with India in abeyance. India, which insists that all disputes between the two countries are strictly bilateral, did not respond to the minister's remarks.

Legal scholars in Lahore said neither government had given formal notice of termination.""",
        claims=[
            ("pakistan", "scrap-simla", S, "the 1972 Simla Agreement with India was now a dead document", True),
            ("pakistan", "third-party-mediation", S, "Kashmir should now be taken up in multilateral and international forums", True),
            ("india", "third-party-mediation", O, "India, which insists that all disputes between the two countries are strictly bilateral", False),
        ],
    ),
    # 032
    dict(
        published="2025-06-06T10:00:00Z", outlet="summit-courier", slug="pakistan-letters-urge-india-restore-indus-treaty",
        title="Pakistan presses India in letters to restore Indus treaty",
        text="""ISLAMABAD, Jun 6 (Summit Courier) - Pakistan has written to India several times since mid-May asking it to reconsider its decision to hold the Indus Waters Treaty in abeyance, Pakistani officials said on Friday.

The letters, sent by Pakistan's water resources secretary Syed Ali Murtaza to his Indian counterpart, said the suspension was harming Pakistani farmers ahead of the summer sowing season and offered to discuss any objections New Delhi had raised about how the treaty works.

An Indian government official said there was no plan to reply and that India's decision stood. Water would not be shared with a country that sponsored attacks on Indians, the official said.

The World Bank, which helped broker the 1960 accord, has said its role is limited to that of a facilitator and that it has no power to intervene.

Indian engineers have since speeded up work on canal projects on the Chenab, officials in Jammu said, though large-scale diversions remain years away.""",
        claims=[
            ("pakistan", "iwt-suspension", O, "asking it to reconsider its decision to hold the Indus Waters Treaty in abeyance", True),
            ("india", "iwt-suspension", S, "there was no plan to reply and that India's decision stood", True),
        ],
    ),
    # 033
    dict(
        published="2025-06-18T21:30:00Z", outlet="bridgeport-monitor", slug="trump-hosts-munir-after-modi-call",
        title="Trump hosts Pakistan army chief after Modi tells him India will never accept mediation",
        text="""WASHINGTON, Jun 18 (Bridgeport Monitor) - President Donald Trump hosted Pakistan's army chief, Field Marshal Asim Munir, for lunch at the White House on Wednesday, a day after Prime Minister Narendra Modi told him by phone that India had never accepted mediation and never would.

In the 35-minute call, Modi said there had been no discussion at any level of a trade deal or of US mediation during the fighting in May, Foreign Secretary Vikram Misri said in a statement. Modi also told Trump that India regarded Operation Sindoor as still under way, and that any act of terrorism would be treated as an act of war.

After the lunch, Trump told reporters he had stopped a war between two nuclear powers and that he loved Pakistan. Munir had been very influential in stopping the fighting from the Pakistani side, he said.

Pakistan's military said Munir thanked Trump for his role in bringing about the ceasefire. Officials did not say whether Kashmir was discussed at the meeting, which took place in the Cabinet Room.""",
        claims=[
            ("india", "third-party-mediation", O, "India had never accepted mediation and never would", True),
            ("india", "ceasefire", C, "India regarded Operation Sindoor as still under way", True),
            ("usa", "third-party-mediation", S, "he had stopped a war between two nuclear powers", True),
            ("pakistan", "third-party-mediation", S, "Munir thanked Trump for his role in bringing about the ceasefire", True),
        ],
    ),
    # 034
    dict(
        published="2025-06-21T12:00:00Z", outlet="lantern-press", slug="amit-shah-indus-treaty-never-restored",
        title="Amit Shah says Indus treaty will never be restored; Pakistan calls it reckless",
        text="""NEW DELHI, Jun 21 (Lantern Press) - Home Minister Amit Shah said the Indus Waters Treaty would never be restored, and that water that used to flow to Pakistan would instead be carried by canal to Rajasthan, in an interview published on Saturday.

Shah said India had never been obliged to keep a treaty that Pakistan had violated by backing terrorism, and that the government would not reverse its decision whatever pressure came from abroad.

Pakistan's Foreign Office called the remarks reckless and said the treaty was a binding international instrument with no provision for unilateral suspension. There could be no normalisation between the two countries that did not include the restoration of the treaty, it said.

Analysts in New Delhi said Shah's comments went further than the government's formal wording, which ties the treaty's status to Pakistan ending its support for militancy. The Ministry of External Affairs did not comment on the interview.

India has refused to take part in proceedings before a court of arbitration in The Hague over two of its hydropower projects.""",
        claims=[
            ("india", "iwt-suspension", S, "the Indus Waters Treaty would never be restored", True),
            ("pakistan", "iwt-suspension", O, "There could be no normalisation between the two countries that did not include the restoration", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="india", issue="iwt-suspension", frm=O, to=S, article="002",
         why="The Cabinet Committee on Security puts the Indus Waters Treaty in abeyance; before 22 April India was implementing the treaty and only sought to renegotiate it (baseline)."),
    dict(actor="pakistan", issue="scrap-simla", frm=O, to=C, article="003",
         why="The National Security Committee says Pakistan could hold all bilateral agreements, including Simla, in abeyance until India changes course: a threat tied to a condition, not a withdrawal (baseline: Pakistan treated the accord as in force)."),
    dict(actor="usa", issue="third-party-mediation", frm=C, to=O, article="015",
         why="Vance says the US will not get involved in a conflict that is none of its business; a day earlier (014) Trump had offered to help if he could."),
    dict(actor="usa", issue="third-party-mediation", frm=O, to=S, article="019",
         why="Trump announces a ceasefire reached after talks mediated by the United States; Vance had ruled out US involvement in 015. The unattributed report of US message-passing in 018 does not move the stance."),
    dict(actor="pakistan", issue="ceasefire", frm=C, to=S, article="019",
         why="Dar confirms Pakistan has agreed to a ceasefire with immediate effect; in 013 and 018 Pakistan would only stop if India stopped first."),
    dict(actor="india", issue="ceasefire", frm=C, to=S, article="020",
         why="Misri announces that India and Pakistan will stop all firing and military action; before, India offered non-escalation only if Pakistan reciprocated (013, 018). Dar's report of India's readiness in 019 is not attributed and does not count."),
    dict(actor="india", issue="ceasefire", frm=S, to=C, article="025",
         why="Modi says India has only paused its military action and will judge Pakistan's every step; on 10 May (020, 022) India was demanding that the halt be respected."),
    dict(actor="pakistan", issue="scrap-simla", frm=C, to=S, article="031",
         why="Asif calls the Simla Agreement a dead document and says the two countries are back to 1948; in April (003) Pakistan only reserved the right to hold it in abeyance."),
]

DUPLICATES = [("005", "006"), ("020", "021")]

STANCES = {S, O, C}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fail(msg):
    print("VALIDATION FAILED: " + msg, file=sys.stderr)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for this set's watchlist.yaml (ids under actors/issues, flow-mapping baseline)."""
    actors, issues, baseline, issue_fields = [], [], [], {}
    section = None
    current_issue = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            stripped = line.strip()
            if section == "actors":
                m = re.match(r"- id: (\S+)$", stripped)
                if m:
                    actors.append(m.group(1))
            elif section == "issues":
                m = re.match(r"- id: (\S+)$", stripped)
                if m:
                    current_issue = m.group(1)
                    issues.append(current_issue)
                    issue_fields[current_issue] = ["id"]
                else:
                    key = stripped.split(":")[0]
                    issue_fields[current_issue].append(key)
            elif section == "baseline":
                m = re.match(r"- \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", stripped)
                if not m:
                    fail("unparsed baseline line: " + stripped)
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def main():
    ids = ["%03d" % (i + 1) for i in range(len(ARTICLES))]
    for art_id, art in zip(ids, ARTICLES):
        art["id"] = art_id

    # ---------- watchlist ----------
    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            fail("issue %s has fields %s" % (iid, fields))
    for a, i, st in baseline:
        if a not in actors or i not in issues or st not in STANCES:
            fail("bad baseline entry %s %s %s" % (a, i, st))

    # ---------- articles ----------
    if not 30 <= len(ARTICLES) <= 34:
        fail("need 30-34 articles, have %d" % len(ARTICLES))
    prev = None
    for art in ARTICLES:
        dt = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        art["dt"] = dt
        if prev is not None and dt <= prev:
            fail("%s is not in publication order" % art["id"])
        prev = dt
        if art["outlet"] not in OUTLETS:
            fail("%s unknown outlet" % art["id"])
        outlet = OUTLETS[art["outlet"]]
        text = art["text"]
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]{2}) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            fail("%s lacks a dateline" % art["id"])
        if m.group(4) != outlet:
            fail("%s dateline outlet %r != %r" % (art["id"], m.group(4), outlet))
        if m.group(2) != MONTHS[dt.month - 1] or int(m.group(3)) != dt.day:
            fail("%s dateline date does not match published" % art["id"])
        n_words = len(text.split())
        art["words"] = n_words
        if not 120 <= n_words <= 260:
            fail("%s has %d words" % (art["id"], n_words))
        if '"' in art["title"]:
            pass
        art["url"] = "https://example.org/%s/%04d/%02d/%02d/%s" % (
            art["outlet"], dt.year, dt.month, dt.day, art["slug"])
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            if actor not in actors:
                fail("%s: unknown actor %s" % (art["id"], actor))
            if issue not in issues:
                fail("%s: unknown issue %s" % (art["id"], issue))
            if stance not in STANCES:
                fail("%s: bad stance %s" % (art["id"], stance))
            if quote not in text:
                fail("%s: quote not in text: %r" % (art["id"], quote))
            if len(quote.split()) > 15:
                fail("%s: quote longer than 15 words: %r" % (art["id"], quote))
            if not isinstance(attributed, bool):
                fail("%s: attributed must be bool" % art["id"])
    urls = [a["url"] for a in ARTICLES]
    if len(set(urls)) != len(urls):
        fail("duplicate urls")

    by_id = {a["id"]: a for a in ARTICLES}
    for first, second in DUPLICATES:
        a, b = by_id[first], by_id[second]
        if a["dt"].date() != b["dt"].date() or a["outlet"] == b["outlet"]:
            fail("duplicate pair %s/%s must be same day, different outlet" % (first, second))
        if [c[:3] + (c[4],) for c in a["claims"]] != [c[:3] + (c[4],) for c in b["claims"]]:
            fail("duplicate pair %s/%s claims differ" % (first, second))

    # ---------- shifts recomputed from baseline + attributed claims ----------
    prevailing = {(a, i): st for a, i, st in baseline}
    recomputed = []
    for art in ARTICLES:
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                recomputed.append((actor, issue, prevailing[key], stance, art["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        print("recomputed:", *recomputed, sep="\n  ", file=sys.stderr)
        print("labelled:", *labelled, sep="\n  ", file=sys.stderr)
        fail("recomputed shifts differ from labelled shifts")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    # a duplicate of a shift article must stay in no_alert_articles
    for first, second in DUPLICATES:
        if second not in no_alert:
            fail("duplicate copy %s must be in no_alert_articles" % second)

    # ---------- write ----------
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in ARTICLES:
        rec = {
            "id": art["id"],
            "published": art["published"],
            "source": OUTLETS[art["outlet"]],
            "url": art["url"],
            "title": art["title"],
            "text": art["text"],
        }
        with open(os.path.join(art_dir, art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": {
            art["id"]: [
                {"actor": a, "issue": i, "stance": st, "quote": q, "attributed": att}
                for (a, i, st, q, att) in art["claims"]
            ]
            for art in ARTICLES
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["dt"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % slug)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch blind evaluation set india-pakistan-ceasefire-2025</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["dt"], usegmt=True),
        ]
        for a in items:
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(a["dt"], usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    # ---------- validate written files ----------
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        written = json.load(fh)
    if sorted(written["claims"]) != ids:
        fail("labels.json claims keys do not cover every article")
    for art_id in ids:
        with open(os.path.join(art_dir, art_id + ".json"), encoding="utf-8") as fh:
            rec = json.load(fh)
        for c in written["claims"][art_id]:
            if c["quote"] not in rec["text"]:
                fail("written quote missing in %s" % art_id)
    if written["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        fail("no_alert_articles mismatch")
    xmllint = shutil.which("xmllint")
    if not xmllint:
        fail("xmllint not found")
    for slug in OUTLETS:
        res = subprocess.run([xmllint, "--noout", os.path.join(feed_dir, slug + ".xml")],
                             capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint failed on %s: %s" % (slug, res.stderr))

    # ---------- summary ----------
    claims = [c for a in ARTICLES for c in a["claims"]]
    count = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    print("OK: %d articles, %d claims (%d support, %d oppose, %d conditional; %d attributed false)" % (
        len(ARTICLES), len(claims), count[S], count[O], count[C], sum(1 for c in claims if not c[4])))
    print("    %d shifts in %d articles: %s" % (len(SHIFTS), len(shift_articles), ", ".join(shift_articles)))
    print("    no-claim articles: %s" % ", ".join(a["id"] for a in ARTICLES if not a["claims"]))
    print("    words per article: min %d, max %d" % (min(a["words"] for a in ARTICLES), max(a["words"] for a in ARTICLES)))
    per_outlet = {}
    for a in ARTICLES:
        per_outlet[a["outlet"]] = per_outlet.get(a["outlet"], 0) + 1
    print("    per outlet: %s" % ", ".join("%s %d" % kv for kv in per_outlet.items()))
    if not 60 <= len(claims) <= 90:
        fail("need 60-90 claims, have %d" % len(claims))
    if count[C] < 6:
        fail("need at least 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    if reversals > 2:
        fail("at most two straight support/oppose reversals, have %d" % reversals)


if __name__ == "__main__":
    main()
