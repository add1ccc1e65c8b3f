#!/usr/bin/env python3
"""Build the shiftwatch evaluation set afghanistan-doha-2020.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the set (see README.md). Exits non-zero on any failure.
Run:  python3 build.py
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
SET_NAME = "afghanistan-doha-2020"

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "ridgeline-post": "Ridgeline Post",
    "copperfield-dispatch": "Copperfield Dispatch",
    "eastbrook-herald": "Eastbrook Herald",
    "tidewater-journal": "Tidewater Journal",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet key, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(published="2019-10-04T15:30:00Z", outlet="lantern-wire",
         slug="pakistan-presses-us-to-revive-taliban-talks",
         title="Pakistan presses Washington to revive Taliban talks as Baradar visits Islamabad",
         text="""ISLAMABAD, Oct 4 (Lantern Wire) - Pakistan urged the United States on Friday to return to the negotiating table with the Taliban, a month after President Donald Trump called off talks that had been expected to produce a deal.

Prime Minister Imran Khan received a Taliban delegation led by Mullah Abdul Ghani Baradar, the head of the group's political office, at his offices in Islamabad on Thursday. Pakistan's foreign ministry said afterwards that both sides wanted the talks to resume at the earliest opportunity.

The movement was still ready to pick up the negotiations where they had stopped, the Taliban delegation said in a statement posted by its spokesman.

US envoy Zalmay Khalilzad was in the Pakistani capital at the same time. American officials declined to say whether he had met Baradar. A State Department official said the envoy's trip did not mark a return to formal negotiations, which Trump declared dead in September after a Taliban attack killed an American soldier.

The Taliban, who want every foreign soldier out of Afghanistan, have fought the US-backed government in Kabul for 18 years. Analysts in Islamabad said Pakistan was keen to be seen as a broker and might offer to host further contacts.""",
         claims=[
             ("pakistan", "us-suspends-talks", O, "Pakistan urged the United States on Friday to return to the negotiating table", True),
             ("taliban", "us-suspends-talks", O, "The movement was still ready to pick up the negotiations where they had stopped", True),
             ("usa", "us-suspends-talks", S, "the envoy's trip did not mark a return to formal negotiations", True),
             ("taliban", "full-troop-withdrawal", S, "The Taliban, who want every foreign soldier out of Afghanistan", False),
         ]),
    # 002
    dict(published="2019-10-24T17:00:00Z", outlet="ridgeline-post",
         slug="nato-afghan-mission-to-end-only-when-conditions-allow",
         title="NATO says Afghan mission will end only when conditions allow",
         text="""BRUSSELS, Oct 24 (Ridgeline Post) - NATO will keep its troops in Afghanistan until conditions on the ground allow them to leave, Secretary-General Jens Stoltenberg said on Thursday as alliance defence ministers met at the organisation's headquarters.

Stoltenberg told reporters that the alliance had gone into Afghanistan to make sure the country never again became a safe haven for international terrorists, and that any settlement had to lock in that guarantee. He said allies were ready to adjust their presence if a peace deal was reached, but that decisions would be based on conditions and not on a calendar.

US Defense Secretary Mark Esper said earlier this week that American forces could fall to about 8,600 without harming the counter-terrorism mission. Any deeper cut, he added, would have to follow a political agreement that addressed Washington's security concerns.

The talks between US negotiators and the Taliban remain suspended. Ministers did not discuss a timetable for any drawdown, according to a NATO official who briefed journalists on condition of anonymity.""",
         claims=[
             ("nato", "full-troop-withdrawal", C, "will keep its troops in Afghanistan until conditions on the ground allow them to leave", True),
             ("nato", "counterterrorism-guarantees", S, "any settlement had to lock in that guarantee", True),
             ("usa", "full-troop-withdrawal", C, "would have to follow a political agreement that addressed Washington's security concerns", True),
         ]),
    # 003
    dict(published="2019-11-19T12:00:00Z", outlet="copperfield-dispatch",
         slug="taliban-free-american-and-australian-academics",
         title="Taliban free American and Australian academics in exchange for three commanders",
         text="""KABUL, Nov 19 (Copperfield Dispatch) - The Taliban released an American and an Australian academic on Tuesday who had been held for more than three years, in an exchange for three senior insurgent prisoners freed by the Afghan authorities, officials said.

Kevin King and Timothy Weeks, who taught at the American University of Afghanistan in Kabul, were handed over to US forces in the southern province of Zabul, according to two officials familiar with the operation. The three Taliban figures, among them Anas Haqqani, had been flown from an Afghan prison to Qatar a day earlier.

President Ashraf Ghani had announced the swap a week ago in a televised address, but it was delayed when the insurgents failed to turn up at the agreed handover point. The presidential palace gave no further details on Tuesday.

The exchange involved only three insurgents and was arranged separately from the wider peace process. Some diplomats in Kabul said they hoped it could help restart contacts between Washington and the insurgents, though none would predict when.""",
         claims=[]),
    # 004
    dict(published="2019-11-29T10:00:00Z", outlet="lantern-wire",
         slug="trump-says-taliban-talks-back-on-at-bagram",
         title="Trump says Taliban talks are back on during surprise Afghan visit",
         text="""BAGRAM, Afghanistan, Nov 29 (Lantern Wire) - President Donald Trump said on Thursday that the United States was once again talking to the Taliban, reviving a negotiation he had pronounced dead less than three months ago.

Speaking to troops at Bagram airfield during an unannounced Thanksgiving visit, Trump said the insurgents wanted to make a deal and that his negotiators were meeting with them. He said he wanted a ceasefire as part of any agreement.

Trump also told reporters that the Taliban had not wanted a ceasefire before but now did. The group gave no sign of that. A Taliban spokesman said on Friday that the movement was prepared to resume the talks from where they had stopped, but denied that it had agreed to halt the fighting.

Trump met President Ashraf Ghani at the base. Ghani said in a statement afterwards that the Taliban had to accept a ceasefire if they were serious about a deal.

The visit, Trump's first to Afghanistan, was kept secret until he landed. US officials gave no date for the next round of talks in Doha.""",
         claims=[
             ("usa", "us-suspends-talks", O, "the United States was once again talking to the Taliban", True),
             ("usa", "ceasefire", S, "He said he wanted a ceasefire as part of any agreement", True),
             ("taliban", "ceasefire", S, "the Taliban had not wanted a ceasefire before but now did", False),
             ("taliban", "us-suspends-talks", O, "the movement was prepared to resume the talks from where they had stopped", True),
             ("taliban", "ceasefire", O, "denied that it had agreed to halt the fighting", True),
             ("afghan-government", "ceasefire", S, "the Taliban had to accept a ceasefire if they were serious about a deal", True),
         ]),
    # 005
    dict(published="2019-12-07T16:00:00Z", outlet="ridgeline-post",
         slug="us-envoy-rejoins-taliban-talks-in-qatar",
         title="US envoy rejoins Taliban talks in Qatar",
         text="""DOHA, Dec 7 (Ridgeline Post) - US special envoy Zalmay Khalilzad rejoined talks with the Taliban in the Qatari capital on Saturday, the first formal session since President Donald Trump broke off the negotiations in September.

The State Department said on Friday that Khalilzad would discuss steps leading to intra-Afghan negotiations and a peaceful settlement, and that the envoy would press the insurgents to reduce violence as a first step. Washington has long argued that a drop in attacks would show that the Taliban leadership can control its fighters.

Taliban spokesman Suhail Shaheen confirmed the session and said the two delegations had resumed from the point where they left off. He did not say whether the group was considering any cut in its operations.

Qatar, which hosts the Taliban's political office, has provided the venue for every round since 2018. A Qatari official said the government was pleased to host the talks again but would not comment on their content.""",
         claims=[
             ("usa", "us-suspends-talks", O, "Khalilzad rejoined talks with the Taliban in the Qatari capital on Saturday", True),
             ("usa", "reduction-in-violence", S, "the envoy would press the insurgents to reduce violence as a first step", True),
             ("taliban", "us-suspends-talks", O, "the two delegations had resumed from the point where they left off", True),
         ]),
    # 006
    dict(published="2019-12-19T14:00:00Z", outlet="eastbrook-herald",
         slug="kabul-demands-ceasefire-taliban-vow-to-keep-fighting",
         title="Kabul demands ceasefire as Taliban vow to keep fighting during talks",
         text="""KABUL, Dec 19 (Eastbrook Herald) - The Afghan government said on Thursday that a nationwide ceasefire must come before any deal between Washington and the Taliban, as the insurgents made clear they had no intention of easing their campaign.

Presidential spokesman Sediq Sediqqi told a news conference that Afghans had suffered enough and that only a full ceasefire would prove the Taliban were ready for peace. He said the government's negotiators were ready to meet the insurgents at any time.

Hours later, Taliban spokesman Zabihullah Mujahid said the group's fighters would carry on with their operations for as long as foreign forces remained in the country. He rejected the ceasefire demand as a ploy by the Kabul administration.

The statements came a week after a Taliban suicide attack near Bagram airfield killed two civilians and wounded dozens. The US and Taliban negotiators in Doha have not publicly commented on the attack's effect on their talks.

Western diplomats in Kabul said the gap between the government and the insurgents on the question of violence remained wide.""",
         claims=[
             ("afghan-government", "ceasefire", S, "a nationwide ceasefire must come before any deal between Washington and the Taliban", True),
             ("taliban", "reduction-in-violence", O, "would carry on with their operations for as long as foreign forces remained", True),
             ("taliban", "ceasefire", O, "He rejected the ceasefire demand as a ploy by the Kabul administration", True),
         ]),
    # 007
    dict(published="2020-01-18T13:00:00Z", outlet="tidewater-journal",
         slug="taliban-offer-to-scale-down-attacks-before-signing",
         title="Taliban offer to scale down attacks before signing, rule out ceasefire",
         text="""DOHA, Jan 18 (Tidewater Journal) - The Taliban have agreed to scale down their military operations in the days before a signing ceremony with the United States, the group's spokesman Suhail Shaheen said on Saturday, but he insisted there was no agreement on a ceasefire.

Shaheen told a Pakistani newspaper that the reduction would apply across the board, including to Afghan government forces and not only to foreign troops. The insurgents would decide for themselves how and where to carry it out, he said, and the offer was tied to the deal being signed.

Officials familiar with the talks in Doha said the Taliban had handed the American negotiators a written offer for a lull of seven to ten days. The US embassy in Kabul declined to comment on the document.

In Kabul, presidential spokesman Sediq Sediqqi said the government and its allies were still insisting on a ceasefire before the next step. Pakistan's Foreign Office said Islamabad had encouraged the Taliban to bring down the level of violence.""",
         claims=[
             ("taliban", "reduction-in-violence", C, "the offer was tied to the deal being signed", True),
             ("taliban", "ceasefire", O, "he insisted there was no agreement on a ceasefire", True),
             ("afghan-government", "ceasefire", S, "the government and its allies were still insisting on a ceasefire before the next step", True),
             ("pakistan", "reduction-in-violence", S, "Islamabad had encouraged the Taliban to bring down the level of violence", True),
         ]),
    # 008
    dict(published="2020-02-13T18:00:00Z", outlet="copperfield-dispatch",
         slug="esper-us-taliban-proposal-seven-day-reduction-in-violence",
         title="US and Taliban have plan for seven-day reduction in violence, Esper says",
         text="""BRUSSELS, Feb 13 (Copperfield Dispatch) - Washington and the Taliban have worked out a proposal for a seven-day reduction in violence, US Defense Secretary Mark Esper said on Thursday, calling it a step that could open the way to a wider agreement.

Esper told reporters at NATO headquarters, where he had briefed allies, that Washington wanted to see the reduction hold before taking the next step. Any drawdown of American troops would be conditions-based and would move only if the Taliban kept their word, he said.

NATO Secretary-General Jens Stoltenberg said the alliance backed the US effort and that the Taliban now had to show real will to reduce violence. He repeated that allies would not leave before conditions allowed.

The Taliban did not comment on Esper's remarks. An Afghan official in Kabul said the government had been informed of the plan but had not seen its details.

Officials did not say when the seven days would begin. Several diplomats at the meeting said they expected an announcement within a week, though they cautioned that the plan could still fall apart.""",
         claims=[
             ("taliban", "reduction-in-violence", C, "the Taliban have worked out a proposal for a seven-day reduction in violence", False),
             ("usa", "reduction-in-violence", S, "Washington wanted to see the reduction hold before taking the next step", True),
             ("usa", "full-troop-withdrawal", C, "would move only if the Taliban kept their word", True),
             ("nato", "reduction-in-violence", S, "the Taliban now had to show real will to reduce violence", True),
             ("nato", "full-troop-withdrawal", C, "He repeated that allies would not leave before conditions allowed", True),
         ]),
    # 009
    dict(published="2020-02-21T17:00:00Z", outlet="lantern-wire",
         slug="taliban-order-week-long-cut-in-attacks",
         title="Taliban order week-long cut in attacks; US says deal to be signed Feb. 29",
         text="""KABUL, Feb 21 (Lantern Wire) - The Taliban ordered their fighters on Friday to scale back attacks across Afghanistan for seven days from midnight, clearing the way for the signing of an agreement with the United States at the end of the month.

In a statement, the group's leadership said it had instructed its commanders to refrain from major operations against foreign and Afghan forces during the period and to hold their positions. Spokesman Zabihullah Mujahid said the movement expected the agreement to be signed once the week was over.

US Secretary of State Mike Pompeo said in a statement that the two sides had reached an understanding on a significant reduction in violence, and that Washington was preparing to sign the deal on Feb. 29 if it was implemented.

Ashraf Ghani's office said Afghan forces would also observe the reduction and would respond only if attacked. Residents of several provinces said they planned to travel on roads they had avoided for years.

It is the first time the Taliban have publicly agreed to such a pause since a three-day truce in 2018.""",
         claims=[
             ("taliban", "reduction-in-violence", S, "ordered their fighters on Friday to scale back attacks across Afghanistan for seven days", True),
             ("usa", "reduction-in-violence", S, "the two sides had reached an understanding on a significant reduction in violence", True),
             ("afghan-government", "reduction-in-violence", S, "Afghan forces would also observe the reduction", True),
         ]),
    # 010
    dict(published="2020-02-25T12:00:00Z", outlet="eastbrook-herald",
         slug="roads-reopen-as-week-long-lull-holds",
         title="Roads reopen and markets fill as week-long lull holds, for now",
         text="""KABUL, Feb 25 (Eastbrook Herald) - Afghans in several provinces travelled on highways and visited relatives on Tuesday as a week-long lull in fighting entered its fourth day, with officials reporting far fewer clashes than usual.

The interior ministry said it had recorded a small number of attacks in the previous 24 hours, most of them in remote districts, and described the overall level of violence as markedly lower. No casualty figures were released.

In the southern city of Kandahar, shopkeepers said trade had picked up. Some families in Kabul said they were still wary and would wait to see whether the calm outlasted the week.

The signing ceremony for the US-Taliban agreement is scheduled for Saturday in Doha, where the Qatari hosts have been preparing a hotel ballroom for delegations from dozens of countries. Officials in Washington, Kabul and Doha gave no details of the guest list.

Analysts said the real test would come after the signing, when the insurgents and the government would have to agree on how to keep the calm from collapsing.""",
         claims=[]),
    # 011
    dict(published="2020-02-29T14:30:00Z", outlet="ridgeline-post",
         slug="us-and-taliban-sign-deal-in-doha",
         title="US and Taliban sign deal in Doha on troop withdrawal",
         text="""DOHA, Feb 29 (Ridgeline Post) - The United States and the Taliban signed an agreement in Doha on Saturday under which all American and allied troops are to leave Afghanistan within 14 months, provided the insurgents keep their side of the bargain.

US envoy Zalmay Khalilzad and Mullah Abdul Ghani Baradar, the Taliban's political chief, signed the document in a hotel ballroom as Secretary of State Mike Pompeo looked on. In return for the withdrawal, the Taliban committed not to let al-Qaeda or any other group use Afghan soil to threaten the United States or its allies.

Pompeo told the ceremony that Washington would watch closely whether the Taliban honoured their promise to break with al-Qaeda. The agreement also says up to 5,000 Taliban prisoners and up to 1,000 government captives should be freed by March 10, when talks between the Afghans are due to begin.

Baradar said the movement was committed to the deal and urged all foreign forces to complete their departure on schedule.

The Afghan government was not a party to the agreement. Qatar's foreign minister, who hosted the ceremony, said there could be no military solution to the conflict. Pakistan's foreign minister Shah Mahmood Qureshi was among the guests.""",
         claims=[
             ("usa", "full-troop-withdrawal", C, "provided the insurgents keep their side of the bargain", True),
             ("taliban", "full-troop-withdrawal", S, "urged all foreign forces to complete their departure on schedule", True),
             ("taliban", "counterterrorism-guarantees", C, "In return for the withdrawal, the Taliban committed not to let al-Qaeda", True),
             ("usa", "counterterrorism-guarantees", S, "Washington would watch closely whether the Taliban honoured their promise to break with al-Qaeda", True),
             ("usa", "prisoner-release", S, "up to 5,000 Taliban prisoners and up to 1,000 government captives should be freed", True),
             ("taliban", "prisoner-release", S, "up to 5,000 Taliban prisoners and up to 1,000 government captives should be freed", True),
         ]),
    # 012
    dict(published="2020-02-29T16:00:00Z", outlet="copperfield-dispatch",
         slug="esper-in-kabul-warns-us-will-scrap-deal-if-taliban-renege",
         title="In Kabul, Esper warns US will not hesitate to scrap deal if Taliban renege",
         text="""KABUL, Feb 29 (Copperfield Dispatch) - US Defense Secretary Mark Esper warned on Saturday that Washington would not hesitate to nullify its agreement with the Taliban if the insurgents failed to honour their commitments, as he stood alongside President Ashraf Ghani at the presidential palace.

Esper and Ghani issued a joint declaration hours before the signing in Doha. In it, the two governments said the troop reductions would depend on the Taliban meeting their obligations, and the United States reaffirmed its support for the Afghan security forces.

NATO Secretary-General Jens Stoltenberg, who travelled to Kabul for the event, said allied troop levels would fall only if conditions on the ground were met. "This is a first step," he said.

Ghani told the gathering that the coming days would show whether the Taliban were serious about peace. He did not mention the prisoner release set out in the Doha text.

Some Afghan lawmakers said they were worried that the government had been sidelined. The presidential palace did not respond to questions about when a negotiating team would be named.""",
         claims=[
             ("usa", "full-troop-withdrawal", C, "the troop reductions would depend on the Taliban meeting their obligations", True),
             ("afghan-government", "full-troop-withdrawal", C, "the troop reductions would depend on the Taliban meeting their obligations", True),
             ("nato", "full-troop-withdrawal", C, "allied troop levels would fall only if conditions on the ground were met", True),
         ]),
    # 013
    dict(published="2020-03-01T11:00:00Z", outlet="lantern-wire",
         slug="ghani-rejects-us-taliban-deal",
         title="Ghani rejects US-Taliban deal a day after signing",
         text="""KABUL, March 1 (Lantern Wire) - President Ashraf Ghani said on Sunday that his government had made no commitment to free 5,000 Taliban prisoners, challenging a central element of the agreement signed by the United States and the insurgents a day earlier.

The prisoners were not Washington's to promise and their fate was a matter for Afghans alone, Ghani told a news conference in Kabul. Freeing them could not be made a precondition for talks with the Taliban, he said.

Ghani said the reduction in violence should continue and grow into a full ceasefire, which he called the people's main demand.

Taliban officials answered swiftly. Spokesman Zabihullah Mujahid said the movement would not sit down with the government until its 5,000 prisoners were released, as the Doha agreement promised.

US officials did not immediately respond to Ghani's remarks. Diplomats in Kabul said Washington would probably press the president to find a compromise before the intra-Afghan talks, scheduled for March 10, were due to open.

For all the dispute over prisoners, Ghani said he still backed the wider peace process and called the agreement a step forward.""",
         claims=[
             ("afghan-government", "prisoner-release", O, "his government had made no commitment to free 5,000 Taliban prisoners", True),
             ("afghan-government", "reduction-in-violence", S, "Ghani said the reduction in violence should continue", True),
             ("afghan-government", "ceasefire", S, "a full ceasefire, which he called the people's main demand", True),
             ("taliban", "prisoner-release", S, "would not sit down with the government until its 5,000 prisoners were released", True),
         ]),
    # 014
    dict(published="2020-03-02T15:00:00Z", outlet="tidewater-journal",
         slug="taliban-end-partial-truce-resume-attacks",
         title="Taliban end partial truce, resume attacks on Afghan forces",
         text="""KABUL, March 2 (Tidewater Journal) - The Taliban said on Monday that the week-long reduction in violence was over and that their fighters would resume operations against Afghan government forces, dealing a blow to hopes that the lull would carry into the next phase of the peace process.

Spokesman Zabihullah Mujahid said the reduction had been meant only for the period before the signing. Under the agreement, he said, the movement's fighters would not attack foreign troops, but their operations against the Kabul administration would return to normal.

Mujahid also repeated that the insurgents would take no part in intra-Afghan negotiations until thousands of their prisoners had been freed.

A bomb at a football match in the eastern province of Khost killed three civilians on Monday, officials said, although no group immediately claimed responsibility.

The US military, which has pressed the Taliban to keep violence down, said it was monitoring the situation. A spokesman for US forces declined to say whether the end of the lull put the withdrawal timetable at risk.""",
         claims=[
             ("taliban", "reduction-in-violence", O, "their fighters would resume operations against Afghan government forces", True),
             ("taliban", "prisoner-release", S, "would take no part in intra-Afghan negotiations until thousands of their prisoners had been freed", True),
             ("usa", "reduction-in-violence", S, "which has pressed the Taliban to keep violence down", False),
         ]),
    # 015
    dict(published="2020-03-11T08:00:00Z", outlet="eastbrook-herald",
         slug="ghani-orders-staged-release-of-taliban-prisoners",
         title="Ghani orders staged release of Taliban prisoners",
         text="""KABUL, March 11 (Eastbrook Herald) - President Ashraf Ghani has signed a decree to free 1,500 Taliban prisoners in daily batches starting on Saturday, his spokesman said on Wednesday, backing away from his refusal of last week to release any insurgents before talks.

Under the decree, 100 prisoners a day will walk free once they give a written pledge not to return to the battlefield. The remaining 3,500 would be released in groups of 500 every two weeks after negotiations with the Taliban begin, but only if the insurgents significantly reduce violence, according to a copy published by the presidential palace.

US envoy Zalmay Khalilzad welcomed the decree and urged both sides to complete the exchange quickly so talks could start.

The Taliban were unimpressed. Spokesman Suhail Shaheen said the group had handed over a list of 5,000 names and expected every one of them to be released before it would join negotiations.

Kabul's political crisis adds to the uncertainty. On Monday, Ghani and his rival Abdullah Abdullah held separate inauguration ceremonies, each claiming the presidency.""",
         claims=[
             ("afghan-government", "prisoner-release", C, "but only if the insurgents significantly reduce violence", True),
             ("afghan-government", "reduction-in-violence", S, "but only if the insurgents significantly reduce violence", True),
             ("usa", "prisoner-release", S, "urged both sides to complete the exchange quickly so talks could start", True),
             ("taliban", "prisoner-release", S, "expected every one of them to be released before it would join negotiations", True),
         ]),
    # 016 (duplicate of 015)
    dict(published="2020-03-11T10:30:00Z", outlet="copperfield-dispatch",
         slug="ghani-decree-to-free-1500-taliban-prisoners",
         title="Ghani decrees release of 1,500 Taliban prisoners, rest tied to talks",
         text="""KABUL, March 11 (Copperfield Dispatch) - Afghan President Ashraf Ghani has signed a decree ordering the release of 1,500 Taliban prisoners in daily batches from Saturday, his spokesman said on Wednesday, a retreat from his refusal last week to free any insurgents ahead of talks.

The decree says 100 prisoners a day will be freed after giving a written pledge not to return to the battlefield. The other 3,500 would follow in groups of 500 every two weeks once negotiations with the Taliban are under way, but only if the insurgents significantly reduce violence, according to the text released by the presidential palace.

US envoy Zalmay Khalilzad welcomed the move and urged both sides to complete the exchange quickly so talks could start.

The Taliban gave it a cool reception. Their spokesman Suhail Shaheen said the group had submitted a list of 5,000 names and expected every one of them to be released before it would join negotiations.

The decree comes amid a political crisis in Kabul, where Ghani and his rival Abdullah Abdullah were sworn in at rival ceremonies on Monday, each claiming the presidency.""",
         claims=[
             ("afghan-government", "prisoner-release", C, "but only if the insurgents significantly reduce violence", True),
             ("afghan-government", "reduction-in-violence", S, "but only if the insurgents significantly reduce violence", True),
             ("usa", "prisoner-release", S, "urged both sides to complete the exchange quickly so talks could start", True),
             ("taliban", "prisoner-release", S, "expected every one of them to be released before it would join negotiations", True),
         ]),
    # 017
    dict(published="2020-03-24T09:00:00Z", outlet="ridgeline-post",
         slug="pompeo-cuts-afghan-aid-over-leadership-feud",
         title="Pompeo cuts $1 billion in Afghan aid over leadership feud",
         text="""KABUL, March 24 (Ridgeline Post) - Secretary of State Mike Pompeo announced a $1 billion cut in US aid to Afghanistan after failing to persuade President Ashraf Ghani and his rival Abdullah Abdullah to settle their dispute over the presidency, and warned that a further $1 billion could be withheld next year.

Pompeo flew to Kabul on Monday for meetings with both men, then travelled to Qatar to see the Taliban's chief negotiator, Mullah Abdul Ghani Baradar. In a statement issued on his way home, he said the feud threatened US interests and had harmed the peace process.

Pompeo also pressed the Afghan leaders to move ahead with the release of Taliban prisoners, saying the exchange was essential to getting intra-Afghan negotiations started.

Abdullah's camp said it was ready for an inclusive solution but did not say whether it would accept Ghani's authority. Ghani said in a televised address that the aid cut would not affect key sectors.

Analysts said the size of the cut showed that Washington's patience with the Afghan leadership was running out.""",
         claims=[
             ("usa", "prisoner-release", S, "pressed the Afghan leaders to move ahead with the release of Taliban prisoners", True),
         ]),
    # 018 (duplicate of 017)
    dict(published="2020-03-24T11:45:00Z", outlet="lantern-wire",
         slug="us-slashes-afghan-aid-as-ghani-abdullah-feud-drags-on",
         title="US slashes Afghan aid by $1 billion as Ghani-Abdullah feud drags on",
         text="""KABUL, March 24 (Lantern Wire) - The United States is cutting its aid to Afghanistan by $1 billion after Secretary of State Mike Pompeo failed to persuade President Ashraf Ghani and his rival Abdullah Abdullah to settle their dispute over the presidency, and another $1 billion could be withheld next year.

Pompeo spent Monday in Kabul meeting both men before flying on to Qatar for talks with the Taliban's chief negotiator, Mullah Abdul Ghani Baradar. In a statement released on his way home, he said the feud threatened US interests and had harmed the peace process.

Pompeo also pressed the Afghan leaders to move ahead with the release of Taliban prisoners, calling the exchange essential to getting intra-Afghan negotiations started.

Abdullah's camp said it was open to an inclusive solution but did not say whether it would accept Ghani's authority. In a televised address, Ghani said the cut would not affect key sectors.

Analysts said the scale of the cut showed that Washington was losing patience with the Afghan leadership.""",
         claims=[
             ("usa", "prisoner-release", S, "pressed the Afghan leaders to move ahead with the release of Taliban prisoners", True),
         ]),
    # 019
    dict(published="2020-04-08T10:00:00Z", outlet="tidewater-journal",
         slug="taliban-walk-out-of-prisoner-talks",
         title="Taliban walk out of prisoner talks as Kabul frees first 100",
         text="""KABUL, April 8 (Tidewater Journal) - The Taliban said on Tuesday they were recalling their technical team from prisoner talks in Kabul, accusing the government of stalling, hours before the authorities freed the first 100 insurgent inmates.

Suhail Shaheen, a spokesman for the group's political office in Doha, said the government was delaying the release of the prisoners under one pretext or another, and that the team would not take part in fruitless meetings. The movement still wanted all 5,000 names on its list released, he said.

Javid Faisal, a spokesman for the National Security Council, said the government would go on freeing prisoners in stages as a goodwill gesture, but would not release 15 senior commanders the Taliban had demanded. Those men, he said, had been behind some of the deadliest attacks of the war.

The talks in Kabul had been the first face-to-face meetings between the two sides on Afghan soil. Neither side said whether they would resume.""",
         claims=[
             ("taliban", "prisoner-release", S, "The movement still wanted all 5,000 names on its list released", True),
             ("afghan-government", "prisoner-release", C, "would go on freeing prisoners in stages as a goodwill gesture, but would not release", True),
         ]),
    # 020
    dict(published="2020-05-17T16:00:00Z", outlet="eastbrook-herald",
         slug="ghani-abdullah-end-feud-abdullah-to-lead-peace-talks",
         title="Ghani and Abdullah end feud; Abdullah to lead peace process",
         text="""KABUL, May 17 (Eastbrook Herald) - President Ashraf Ghani and his rival Abdullah Abdullah signed a power-sharing agreement on Sunday, ending a months-long standoff that had paralysed preparations for talks with the Taliban.

Under the deal, signed at the presidential palace, Abdullah will head a new High Council for National Reconciliation with authority over the peace process, and his camp will name half of the cabinet.

Abdullah told reporters that his first task would be to push for an immediate ceasefire, which he said Afghans needed more than any political arrangement. He said the council would also work to bring forward the start of intra-Afghan negotiations.

US envoy Zalmay Khalilzad welcomed the agreement on Twitter and said he hoped it would lead to quick progress. The Taliban, who have long demanded the release of all 5,000 of their prisoners before any talks, did not comment.

The deal came five days after gunmen attacked a maternity ward in Kabul, killing mothers and newborns. The Taliban denied involvement, and US officials later blamed the Islamic State group.""",
         claims=[
             ("abdullah", "ceasefire", S, "his first task would be to push for an immediate ceasefire", True),
             ("taliban", "prisoner-release", S, "who have long demanded the release of all 5,000 of their prisoners before any talks", False),
         ]),
    # 021
    dict(published="2020-05-24T09:00:00Z", outlet="lantern-wire",
         slug="taliban-call-eid-truce-ghani-speeds-prisoner-releases",
         title="Taliban call three-day Eid truce; Ghani speeds up prisoner releases",
         text="""KABUL, May 24 (Lantern Wire) - The Taliban declared a three-day ceasefire for the Eid al-Fitr holiday starting on Sunday, and President Ashraf Ghani answered by ordering the release of up to 2,000 insurgent prisoners as a goodwill gesture.

In a statement posted late on Saturday, Taliban spokesman Zabihullah Mujahid said the leadership had instructed fighters not to launch any offensive operations during the holiday, but to respond if attacked. Mujahid said a lasting, nationwide ceasefire was something the movement was willing to take up once intra-Afghan negotiations were under way.

Ghani said his government accepted the truce and was ready to extend it. In a televised Eid message he said the release of Taliban prisoners would be speeded up, and called on the insurgents to free captured soldiers in return.

US envoy Zalmay Khalilzad welcomed both announcements and said the holiday offered a chance for a permanent ceasefire that should not be missed.

It is only the second ceasefire declared by the Taliban since the war began in 2001.""",
         claims=[
             ("taliban", "ceasefire", C, "a lasting, nationwide ceasefire was something the movement was willing to take up once", True),
             ("afghan-government", "ceasefire", S, "his government accepted the truce and was ready to extend it", True),
             ("afghan-government", "prisoner-release", C, "called on the insurgents to free captured soldiers in return", True),
             ("usa", "ceasefire", S, "a chance for a permanent ceasefire that should not be missed", True),
         ]),
    # 022
    dict(published="2020-07-14T20:00:00Z", outlet="copperfield-dispatch",
         slug="us-cuts-afghan-force-to-8600",
         title="US cuts Afghan force to 8,600 as first phase of deal is met",
         text="""WASHINGTON, July 14 (Copperfield Dispatch) - The United States has reduced its forces in Afghanistan to about 8,600 troops and handed five bases to Afghan partners, meeting the first commitment of its February agreement with the Taliban, the Pentagon said on Tuesday.

A Pentagon spokesman said any further reduction would depend on conditions on the ground and on whether the Taliban lived up to their commitments, including their pledge to cut ties with al-Qaeda. Zalmay Khalilzad said at a briefing last month that the insurgents had made some progress on counter-terrorism but that more work was needed.

The Taliban welcomed the step. Spokesman Zabihullah Mujahid said the United States must withdraw the rest of its forces by next spring as the agreement required.

A United Nations monitoring report last month said the Taliban still had close ties to al-Qaeda. The Taliban rejected the report. US officials declined to say whether the findings would slow the drawdown.""",
         claims=[
             ("usa", "full-troop-withdrawal", C, "any further reduction would depend on conditions on the ground", True),
             ("usa", "counterterrorism-guarantees", S, "including their pledge to cut ties with al-Qaeda", True),
             ("taliban", "full-troop-withdrawal", S, "the United States must withdraw the rest of its forces by next spring", True),
         ]),
    # 023
    dict(published="2020-07-31T10:00:00Z", outlet="tidewater-journal",
         slug="second-eid-truce-ghani-refers-last-400-prisoners-to-jirga",
         title="Second Eid truce begins; Ghani puts last 400 prisoners to grand assembly",
         text="""KABUL, July 31 (Tidewater Journal) - A three-day ceasefire declared by the Taliban for the Eid al-Adha holiday took hold on Friday, as President Ashraf Ghani said he would ask a traditional grand assembly to decide the fate of the last 400 insurgent prisoners still held under the exchange.

The Taliban announced the truce earlier in the week. A spokesman for the group's political office, Mohammad Naeem, said the movement would discuss a permanent ceasefire at the negotiating table once talks with the Afghan side began.

In his Eid address, Ghani said the government had freed more than 4,000 Taliban prisoners and would release another 500 for the holiday. The remaining 400 were accused of serious crimes, he said, and releasing them was a decision he could not take alone. A loya jirga, or grand council, will meet in Kabul next week.

The Taliban have said intra-Afghan talks could begin within days of the last prisoners being set free.""",
         claims=[
             ("taliban", "ceasefire", C, "the movement would discuss a permanent ceasefire at the negotiating table", True),
             ("afghan-government", "prisoner-release", C, "releasing them was a decision he could not take alone", True),
             ("taliban", "prisoner-release", S, "intra-Afghan talks could begin within days of the last prisoners being set free", True),
         ]),
    # 024
    dict(published="2020-08-09T16:00:00Z", outlet="lantern-wire",
         slug="grand-assembly-backs-freeing-last-400-taliban",
         title="Grand assembly backs freeing last 400 Taliban; Ghani to sign order",
         text="""KABUL, Aug 9 (Lantern Wire) - A grand assembly of Afghan elders and politicians approved on Sunday the release of the last 400 Taliban prisoners held by the government, and President Ashraf Ghani said he would sign the order the same day, removing the final obstacle to peace talks.

The loya jirga's resolution said the release was meant to open the way for direct negotiations and for a lasting ceasefire. Ghani told delegates that the decision belonged to them and that he would carry it out, while asking the Taliban to show they were serious about peace.

Abdullah Abdullah, who chaired the three-day gathering, said freeing the prisoners was a price worth paying for peace, and that the Taliban now had no excuse to delay the talks.

The Taliban's political office said the release would be a positive step and that talks could open within a week of its completion.

France and Australia have objected to the release of several prisoners convicted of killing their nationals.""",
         claims=[
             ("afghan-government", "prisoner-release", S, "President Ashraf Ghani said he would sign the order the same day", True),
             ("abdullah", "prisoner-release", S, "freeing the prisoners was a price worth paying for peace", True),
             ("taliban", "prisoner-release", S, "the release would be a positive step", True),
         ]),
    # 025
    dict(published="2020-09-10T12:00:00Z", outlet="ridgeline-post",
         slug="qatar-to-host-opening-of-afghan-peace-talks",
         title="Qatar to host opening of Afghan peace talks on Saturday",
         text="""DOHA, Sept 10 (Ridgeline Post) - Qatar said on Thursday it would host the opening of long-delayed negotiations between the Afghan government and the Taliban on Saturday, six months later than planned.

The Qatari foreign ministry said the ceremony would take place in a Doha hotel and that the delegations would then begin direct talks. Secretary of State Mike Pompeo said he would travel to the Gulf state to attend.

The government's 21-member team, led by former intelligence chief Masoom Stanekzai, was due to fly in from Kabul on Friday. The Taliban delegation is headed by Abdul Hakim Haqqani, the group's chief justice, with Sher Mohammad Abbas Stanikzai among its members.

Security around the hotel has been tightened, and journalists were told they would have limited access to the delegations.

Diplomats said the first sessions were likely to deal with procedure rather than substance, and that it was too early to say whether a ceasefire would be on the agenda.""",
         claims=[]),
    # 026
    dict(published="2020-09-12T15:00:00Z", outlet="eastbrook-herald",
         slug="afghan-rivals-open-talks-in-doha",
         title="Afghan rivals open historic talks in Doha; Abdullah calls for humanitarian ceasefire",
         text="""DOHA, Sept 12 (Eastbrook Herald) - Negotiators for the Afghan government and the Taliban sat down in the same room in Doha on Saturday for the first time, opening talks aimed at ending nearly two decades of war.

Abdullah Abdullah, who heads the High Council for National Reconciliation, used his speech at the opening ceremony to call for a humanitarian ceasefire. He said Afghans had paid too high a price and that a truce would show good faith.

Mullah Abdul Ghani Baradar, the Taliban's political chief, said the movement wanted Afghanistan to have an Islamic system in which all Afghans could live. He did not mention a ceasefire.

Secretary of State Mike Pompeo urged the two sides to seize the opportunity and said the United States wanted to see a significant reduction in violence. The choice of political system, he said, was for Afghans to make.

The Qatari foreign ministry said in a statement that reaching a permanent ceasefire was among the goals of the negotiations it was hosting. Pakistan's foreign minister and NATO's Jens Stoltenberg joined by video link.""",
         claims=[
             ("abdullah", "ceasefire", S, "call for a humanitarian ceasefire", True),
             ("usa", "reduction-in-violence", S, "the United States wanted to see a significant reduction in violence", True),
             ("qatar", "ceasefire", S, "reaching a permanent ceasefire was among the goals of the negotiations", True),
         ]),
    # 027
    dict(published="2020-09-13T14:00:00Z", outlet="tidewater-journal",
         slug="ceasefire-tops-kabul-agenda-taliban-say-it-must-wait",
         title="Ceasefire tops Kabul's agenda; Taliban say it must wait",
         text="""DOHA, Sept 13 (Tidewater Journal) - A day after the opening of intra-Afghan talks, the two delegations set out opposing priorities on Sunday, with the government pressing for an early ceasefire and the Taliban saying it could only be one item among many.

Masoom Stanekzai, who leads the government team, told reporters that a ceasefire was the government's first priority and that the talks could not succeed while Afghans were being killed.

Taliban spokesman Mohammad Naeem said a permanent ceasefire would be discussed as part of the agenda, but that the causes of the war had to be addressed together with it. The group would not agree to a truce simply as a precondition for talking, he said.

Contact groups from both sides met on Sunday to begin drafting rules for the negotiations, according to a Qatari official who asked not to be named. The official would not say when the first plenary session would be held.

Outside the hotel, a handful of Afghan women's activists called for their rights to be protected in any settlement.""",
         claims=[
             ("afghan-government", "ceasefire", S, "a ceasefire was the government's first priority", True),
             ("taliban", "ceasefire", C, "a permanent ceasefire would be discussed as part of the agenda", True),
         ]),
    # 028
    dict(published="2020-09-28T09:00:00Z", outlet="copperfield-dispatch",
         slug="imran-khan-warns-against-hasty-us-exit",
         title="Imran Khan warns against hasty US exit from Afghanistan",
         text="""ISLAMABAD, Sept 28 (Copperfield Dispatch) - Pakistan's prime minister Imran Khan has warned that a hasty withdrawal of foreign troops from Afghanistan would be unwise, saying the drawdown should come only alongside progress in the peace talks.

In an opinion article published in a US newspaper, Khan wrote that Pakistan had done more than any other country to bring the Taliban to the table and that all sides now had to work for a reduction in violence and a ceasefire. He said a responsible withdrawal was in Pakistan's interest, but not one that left a vacuum for militant groups.

Khan also wrote that Pakistan would accept whatever the Afghan parties agreed among themselves, and that it had no favourites in Kabul.

The article was published as Taliban and government negotiators in Doha remained stuck on procedural questions. There was no immediate reaction from Kabul.""",
         claims=[
             ("pakistan", "full-troop-withdrawal", C, "the drawdown should come only alongside progress in the peace talks", True),
             ("pakistan", "reduction-in-violence", S, "all sides now had to work for a reduction in violence and a ceasefire", True),
             ("pakistan", "ceasefire", S, "all sides now had to work for a reduction in violence and a ceasefire", True),
         ]),
    # 029
    dict(published="2020-10-08T12:00:00Z", outlet="lantern-wire",
         slug="trump-says-afghan-troops-home-by-christmas",
         title="Trump says US troops in Afghanistan should be home by Christmas",
         text="""WASHINGTON, Oct 8 (Lantern Wire) - President Donald Trump said on Wednesday that the remaining US troops in Afghanistan should be home by Christmas, setting a faster timeline than the one in his own administration's agreement with the Taliban and making no mention of conditions.

Trump's message on Twitter came hours after his national security adviser, Robert O'Brien, said the United States would cut its force to 2,500 by early next year. Pentagon officials said they had received no new orders and declined to say whether planning had changed.

The Taliban welcomed the statement. Spokesman Zabihullah Mujahid said the group regarded it as a positive step towards the full implementation of the Doha agreement, which requires all foreign forces to leave by May 2021.

Afghan officials were caught off guard. A spokesman at the presidential palace said the government respected US decisions and would continue its partnership with Washington.

Analysts said the message might be aimed at voters less than a month before the election, and that military commanders could still slow the pace.""",
         claims=[
             ("usa", "full-troop-withdrawal", S, "the remaining US troops in Afghanistan should be home by Christmas", True),
             ("taliban", "full-troop-withdrawal", S, "regarded it as a positive step towards the full implementation of the Doha agreement", True),
         ]),
    # 030
    dict(published="2020-11-17T21:00:00Z", outlet="ridgeline-post",
         slug="pentagon-to-cut-afghan-force-to-2500",
         title="Pentagon to cut Afghan force to 2,500; NATO chief warns of high price",
         text="""WASHINGTON, Nov 17 (Ridgeline Post) - The United States will reduce its forces in Afghanistan to 2,500 troops by Jan. 15, acting Defense Secretary Christopher Miller announced on Tuesday, saying the move was in line with President Donald Trump's aim of bringing all American troops home.

Miller read a short statement at the Pentagon and did not take questions. Commanders would keep enough forces to protect the remaining troops and diplomats, he said.

In Brussels, NATO Secretary-General Jens Stoltenberg warned earlier on Tuesday that the cost of leaving too early or in an uncoordinated way could be very high. Allies would leave together when the time was right and only when conditions allowed, he said.

Some Republican lawmakers criticised the decision. Senate Majority Leader Mitch McConnell had warned a day earlier that a rapid pullout would hurt allies and please America's enemies.

Afghan officials said they had been told of the plan in advance but gave no assessment of its effect on the battlefield.""",
         claims=[
             ("usa", "full-troop-withdrawal", S, "in line with President Donald Trump's aim of bringing all American troops home", True),
             ("nato", "full-troop-withdrawal", C, "Allies would leave together when the time was right and only when conditions allowed", True),
         ]),
    # 031
    dict(published="2020-11-19T14:00:00Z", outlet="eastbrook-herald",
         slug="imran-khan-in-kabul-pledges-help-to-cut-violence",
         title="Imran Khan in Kabul pledges to help cut violence",
         text="""KABUL, Nov 19 (Eastbrook Herald) - Pakistan's Prime Minister Imran Khan said on Thursday, on his first visit to Kabul, that his country would do whatever it could to help reduce violence in Afghanistan, where fighting has intensified despite the peace talks in Doha.

Speaking at a joint news conference with President Ashraf Ghani, Khan said violence had risen while the two Afghan sides were negotiating, and that Pakistan would use its influence to bring it down.

Ghani thanked his guest and said the most important step now was a comprehensive ceasefire, without which the talks could not deliver peace for ordinary Afghans.

Fighting has flared in several provinces since the talks opened in September. A Taliban spokesman did not respond to requests for comment on the visit.

The two leaders also discussed trade and the return of Afghan refugees, officials said. Relations between Kabul and Islamabad have long been strained by Afghan accusations that Pakistan shelters Taliban leaders, a charge Islamabad denies.""",
         claims=[
             ("pakistan", "reduction-in-violence", S, "his country would do whatever it could to help reduce violence in Afghanistan", True),
             ("afghan-government", "ceasefire", S, "the most important step now was a comprehensive ceasefire", True),
         ]),
    # 032
    dict(published="2020-12-02T17:00:00Z", outlet="tidewater-journal",
         slug="afghan-negotiators-agree-rules-for-talks",
         title="Afghan negotiators agree rules for talks in first written deal",
         text="""DOHA, Dec 2 (Tidewater Journal) - Negotiators for the Afghan government and the Taliban have agreed on the rules and procedures for their peace talks, both sides said on Wednesday, a first written agreement after nearly three months of deadlock in Doha.

The three-page document settles how the talks will be run and clears the way for the sides to draw up an agenda. Nader Nadery, a member of the government team, said the next stage would start with discussions on the agenda items.

US envoy Zalmay Khalilzad welcomed the breakthrough and said the United States would now push for a reduction in violence leading to a ceasefire, which he said Afghans wanted and deserved.

Taliban spokesman Mohammad Naeem confirmed the agreement on Twitter and said the group's negotiators would continue the talks. He gave no details of the document's contents.

The Qatari foreign ministry, which has mediated between the delegations, said it was encouraged by the progress.""",
         claims=[
             ("usa", "reduction-in-violence", S, "push for a reduction in violence leading to a ceasefire", True),
             ("usa", "ceasefire", S, "push for a reduction in violence leading to a ceasefire", True),
         ]),
    # 033
    dict(published="2020-12-13T10:00:00Z", outlet="lantern-wire",
         slug="afghan-talks-break-for-three-weeks",
         title="Afghan talks break for three weeks amid talk of a new venue",
         text="""DOHA, Dec 13 (Lantern Wire) - Delegations from the Afghan government and the Taliban have paused their negotiations until Jan. 5 to consult their leaders on the lists of agenda items each side has submitted, officials said on Saturday.

The government's team flew back to Kabul, where members were expected to brief President Ashraf Ghani and the High Council for National Reconciliation. Some officials in Kabul have suggested that the next round be held inside Afghanistan, an idea the Taliban have not publicly addressed. Qatar said it was ready to keep hosting the process.

A Taliban official in Doha said the group's delegation would remain in the Qatari capital during the break.

Diplomats described the recess as routine but said the long gap could test both sides' commitment, and that neither side had yet shown flexibility on the agenda.

US officials declined to say whether Khalilzad would travel to the region before the talks resume.""",
         claims=[]),
]

SHIFTS = [
    dict(actor="usa", issue="us-suspends-talks", frm="support", to="oppose", article="004",
         why="Trump says at Bagram that the US is talking to the Taliban again; in 001 the State Department said Khalilzad's contacts were no return to the talks Trump had called off (baseline: suspended)."),
    dict(actor="taliban", issue="reduction-in-violence", frm="oppose", to="conditional", article="007",
         why="Shaheen says the Taliban will scale down operations before a signing, an offer tied to the deal; in 006 Mujahid said operations would go on while foreign forces stayed."),
    dict(actor="taliban", issue="reduction-in-violence", frm="conditional", to="support", article="009",
         why="The Taliban order their fighters to scale back attacks for seven days (their own act); in 007 it was only an offer tied to the signing."),
    dict(actor="taliban", issue="reduction-in-violence", frm="support", to="oppose", article="014",
         why="Mujahid says the reduction in violence is over and operations against Afghan forces resume; in 009 the group had ordered the lull."),
    dict(actor="afghan-government", issue="prisoner-release", frm="oppose", to="conditional", article="015",
         why="Ghani's decree frees 1,500 now and the rest in stages only if violence falls; in 013 he said he had made no commitment to free the prisoners before talks."),
    dict(actor="taliban", issue="ceasefire", frm="oppose", to="conditional", article="021",
         why="Mujahid says a lasting nationwide ceasefire is something the movement will take up once intra-Afghan talks are under way; in 004, 006 and 007 the Taliban denied or rejected any ceasefire."),
    dict(actor="afghan-government", issue="prisoner-release", frm="conditional", to="support", article="024",
         why="After the loya jirga, Ghani says he will sign the order freeing the last 400 the same day; until 023 the release was staged and the last 400 withheld."),
    dict(actor="usa", issue="full-troop-withdrawal", frm="conditional", to="support", article="029",
         why="Trump says the remaining troops should be home by Christmas, with no conditions; up to 022 Washington tied every further reduction to conditions and Taliban compliance."),
]

DUPLICATES = [("015", "016"), ("017", "018")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal reader for this watchlist.yaml layout (no third-party YAML)."""
    actors, issues, baseline = [], [], []
    section = None
    cur = None
    issue_fields = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                cur = {"id": m.group(1)}
                (actors if section == "actors" else issues).append(cur)
                continue
            m = re.match(r"^    ([a-z_]+): (.*)$", line)
            if m and cur is not None and section in ("actors", "issues"):
                key, val = m.group(1), m.group(2)
                if val.startswith("[") and val.endswith("]"):
                    val = [v.strip() for v in val[1:-1].split(",")]
                cur[key] = val
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            raise SystemExit(f"watchlist.yaml: unexpected line: {line!r}")
    return actors, issues, baseline


def main():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues (want 5-7)")
    for a in actors:
        if set(a) != {"id", "name", "aliases"}:
            errors.append(f"actor {a['id']} fields {sorted(a)}")
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append(f"issue {i['id']} fields {sorted(i)}")
    giveup = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces|halts)\b")
    if not any(giveup.search(i["name"]) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in (S, O, C):
            errors.append(f"bad baseline entry {b}")

    # ids, order, outlets
    arts = []
    prev_dt = None
    for n, a in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev_dt is not None and dt <= prev_dt:
            errors.append(f"{aid}: not in publication order")
        prev_dt = dt
        outlet = OUTLETS[a["outlet"]]
        url = f"https://example.org/{a['outlet']}/{dt:%Y/%m/%d}/{a['slug']}"
        text = a["text"]
        # dateline: "CITY[, Country], Mon DD (Outlet) - "
        m = re.match(r"^([A-Z][A-Z .'-]+(?:, [A-Z][a-z]+)?), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append(f"{aid}: bad dateline {text[:60]!r}")
        else:
            if m.group(4) != outlet:
                errors.append(f"{aid}: dateline outlet {m.group(4)!r} != {outlet!r}")
            if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day:
                errors.append(f"{aid}: dateline date {m.group(2)} {m.group(3)} != published {dt:%Y-%m-%d}")
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words (want 120-260)")
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actor_ids:
                errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issue_ids:
                errors.append(f"{aid}: unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{aid}: bad stance {stance}")
            if quote not in text:
                errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {quote!r}")
            if not isinstance(attributed, bool):
                errors.append(f"{aid}: attributed not bool")
        arts.append(dict(id=aid, dt=dt, outlet_key=a["outlet"], source=outlet, url=url,
                         title=a["title"], text=text, words=words, claims=a["claims"]))
    if not 30 <= len(arts) <= 34:
        errors.append(f"{len(arts)} articles (want 30-34)")
    by_id = {a["id"]: a for a in arts}

    # duplicates: same day, different outlet, identical claim tuples
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["dt"].date() != c["dt"].date() or o["source"] == c["source"] or c["dt"] <= o["dt"]:
            errors.append(f"duplicate {orig}/{copy}: must be same day, other outlet, later")
        if [t[:3] + (t[4],) for t in o["claims"]] != [t[:3] + (t[4],) for t in c["claims"]]:
            errors.append(f"duplicate {orig}/{copy}: claims differ")

    # recompute shifts
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    computed = []
    for a in arts:
        seen = {}
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in seen and seen[key] != stance:
                errors.append(f"{a['id']}: conflicting attributed stances for {key}")
            seen[key] = stance
        for key, stance in seen.items():
            old = prevailing.get(key)
            if old is not None and old != stance:
                computed.append((key[0], key[1], old, stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append("shift mismatch:\n  computed " + repr(sorted(computed)) + "\n  labelled " + repr(sorted(labelled)))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]

    # counts for the brief
    claims_all = [c for a in arts for c in a["claims"]]
    stances = {st: sum(1 for c in claims_all if c[2] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in claims_all if not c[4])
    empty = [a["id"] for a in arts if not a["claims"]]
    if not 60 <= len(claims_all) <= 90:
        errors.append(f"{len(claims_all)} claims (want 60-90)")
    if stances[C] < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts (want 5-8)")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals (max 2)")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles (want 3-4)")
    if not any(copy in shift_articles for _, copy in DUPLICATES) and not any(o in shift_articles for o, _ in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        return 1

    # write articles
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    for name in os.listdir(adir):
        if name.endswith(".json"):
            os.remove(os.path.join(adir, name))
    for a in arts:
        rec = {"id": a["id"], "published": a["dt"].strftime("%Y-%m-%dT%H:%M:%SZ"), "source": a["source"],
               "url": a["url"], "title": a["title"], "text": a["text"]}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    # write feeds (newest first)
    fdir = os.path.join(HERE, "feeds")
    os.makedirs(fdir, exist_ok=True)
    for name in os.listdir(fdir):
        if name.endswith(".xml"):
            os.remove(os.path.join(fdir, name))
    for key, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet_key"] == key], key=lambda a: a["dt"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{key}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set {SET_NAME}</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{format_datetime(items[0]['dt'], usegmt=True)}</lastBuildDate>"]
        for a in items:
            lines += ["    <item>",
                      f"      <title>{escape(a['title'])}</title>",
                      f"      <link>{escape(a['url'])}</link>",
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                      f"      <pubDate>{format_datetime(a['dt'], usegmt=True)}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(fdir, key + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))

    # write labels
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # post-write checks: xmllint and a re-read of what was written
    for key in OUTLETS:
        path = os.path.join(fdir, key + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {key}.xml: {r.stderr.strip()}")
    reread = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if sorted(reread["claims"]) != [a["id"] for a in arts]:
        errors.append("labels.json claims keys do not cover every article")
    if errors:
        print("VALIDATION FAILED AFTER WRITE:")
        for e in errors:
            print(" -", e)
        return 1

    restate = 0
    first_obs = 0
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    for a in arts:
        for c in a["claims"]:
            key = (c[0], c[1])
            if key in prevailing and prevailing[key] == c[2]:
                restate += 1
            elif key not in prevailing:
                first_obs += 1
        for c in a["claims"]:
            if c[4]:
                prevailing[(c[0], c[1])] = c[2]
    print(f"OK: {len(arts)} articles ({min(a['words'] for a in arts)}-{max(a['words'] for a in arts)} words), "
          f"{len(claims_all)} claims (support {stances[S]}, oppose {stances[O]}, conditional {stances[C]}; "
          f"attributed false {unattributed}), {len(SHIFTS)} shifts in {len(shift_articles)} articles "
          f"({reversals} straight reversals)")
    print(f"   restatements (same stance as prevailing): {restate}; first observations without baseline: {first_obs}")
    print(f"   no-claim articles: {', '.join(empty)}")
    print(f"   shift articles: {', '.join(shift_articles)}; duplicates: "
          + ", ".join(f"{o}/{c}" for o, c in DUPLICATES))
    for key in OUTLETS:
        print(f"   feeds/{key}.xml: {sum(1 for a in arts if a['outlet_key'] == key)} items, xmllint ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
