#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set lebanon-israel-ceasefire-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the whole set against watchlist.yaml. Exits non-zero on any
validation failure.
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
SET_NAME = "lebanon-israel-ceasefire-2024"

OUTLETS = {
    "eastgate-wire": "Eastgate Wire",
    "tidewater-post": "Tidewater Post",
    "compass-courier": "Compass Courier",
    "lantern-report": "Lantern Report",
    "saltmarsh-herald": "Saltmarsh Herald",
}

S, O, C = "support", "oppose", "conditional"
T, F = True, False

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2024-09-18T19:30:00Z", outlet="eastgate-wire",
        slug="second-wave-device-blasts-hezbollah-gaza-front",
        title="Second wave of device blasts hits Lebanon as Hezbollah vows to keep Gaza front open",
        text="""BEIRUT, Sept 18 (Eastgate Wire) - Hand-held radios used by Hezbollah members exploded across Lebanon on Wednesday, a day after thousands of pagers blew up almost simultaneously, killing at least 20 people and wounding hundreds more, the health ministry said.

Some of the blasts went off during funerals for people killed in Tuesday's attack. Lebanon's caretaker government condemned what it called a criminal assault on the country and said it would file a complaint at the UN Security Council.

Hezbollah blamed Israel for both waves. In a statement, the group said its operations against Israel in support of Gaza would go on as before, and that a separate reckoning for the attacks would come. It has traded fire with Israeli forces across the border almost daily since October last year.

Israel's military declined to comment on the explosions. In Washington, State Department spokesman Matthew Miller said the United States had not been involved and had no advance warning, and declined to say who he believed was responsible.

Hospitals in Beirut and the south appealed for blood donations, and the army said it had detonated suspicious devices in a controlled way.""",
        claims=[
            ("hezbollah", "drop-gaza-link", O, "its operations against Israel in support of Gaza would go on as before", T),
        ],
    ),
    # 002
    dict(
        published="2024-09-19T18:45:00Z", outlet="tidewater-post",
        slug="nasrallah-lebanon-front-will-not-stop-before-gaza",
        title="Nasrallah says Lebanon front will not fall silent before Gaza war ends",
        text="""BEIRUT, Sept 19 (Tidewater Post) - Hezbollah leader Hassan Nasrallah said on Thursday that the bombing of thousands of pagers and radios amounted to a declaration of war, and vowed that Israel would face a harsh punishment.

In a televised speech from an undisclosed location, his first since the blasts, Nasrallah said the attacks had not broken the group. He said the front along Lebanon's southern border would not stop unless the aggression against Gaza stopped, whatever the cost, and that Israel's goal of returning displaced residents to the north would not be achieved by force.

As he spoke, Israeli warplanes broke the sound barrier over Beirut, and the Israeli military said it had struck dozens of rocket launchers in the south.

Nasrallah acknowledged that the group had suffered a severe blow, saying the explosions had been designed to kill thousands of people in two minutes.

Diplomats in Beirut said mediators had all but given up on reaching a quick arrangement before the end of the month, though they cautioned that positions could change quickly.""",
        claims=[
            ("hezbollah", "drop-gaza-link", O, "would not stop unless the aggression against Gaza stopped", T),
            ("hezbollah", "lebanon-ceasefire", C, "the front along Lebanon's southern border would not stop unless the aggression against Gaza stopped", T),
        ],
    ),
    # 003
    dict(
        published="2024-09-23T20:00:00Z", outlet="compass-courier",
        slug="hundreds-killed-israel-widens-strikes-lebanon",
        title="Hundreds killed as Israel widens strikes across Lebanon",
        text="""BEIRUT, Sept 23 (Compass Courier) - Israeli air strikes on southern and eastern Lebanon killed several hundred people on Monday, including children, the health ministry said, the deadliest day in the country since the end of its civil war.

The Israeli military said it had hit more than 1,000 targets linked to Hezbollah, including weapons hidden in homes, and urged residents of the south and the Bekaa valley by text message and phone calls to leave their villages. Tens of thousands of people jammed the coastal highway heading north towards Beirut and Sidon.

Schools in the capital and in Mount Lebanon were turned into shelters. Health Minister Firass Abiad said hospitals in the south had been told to postpone non-urgent surgery to make room for the wounded.

Hezbollah said it had fired rockets at military sites in northern Israel, including several near Haifa.

Military analysts said the scale of the strikes suggested Israel was preparing the ground for a possible incursion, though they differed on whether it would risk a land war. Western diplomats said efforts to restart mediation would continue at the UN General Assembly in New York this week.""",
        claims=[],
    ),
    # 004
    dict(
        published="2024-09-25T23:30:00Z", outlet="eastgate-wire",
        slug="us-france-allies-call-21-day-truce",
        title="US, France and allies call for 21-day truce across Israel-Lebanon border",
        text="""NEW YORK, Sept 25 (Eastgate Wire) - The United States, France and a group of Western and Arab partners called on Wednesday for an immediate 21-day ceasefire across the Israel-Lebanon border, to give diplomats room to negotiate a wider settlement.

In a joint statement released on the sidelines of the UN General Assembly, the group said the fighting since last October had become intolerable and risked a broader regional escalation. Saudi Arabia, Qatar, the United Arab Emirates, the European Union and several European allies also signed.

A senior US official told reporters the text had been discussed with both Israel and Lebanon before it was published and that Washington expected the two sides to respond within hours. French President Emmanuel Macron told the General Assembly earlier in the day that there could not be a war in Lebanon and urged Israel to stop its strikes.

Lebanon's caretaker prime minister, Najib Mikati, said he welcomed the appeal and hoped a truce could be put in place soon.

Israel's UN ambassador, Danny Danon, declined to say whether his government would accept the proposal. Hezbollah did not comment.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "called on Wednesday for an immediate 21-day ceasefire across the Israel-Lebanon border", T),
            ("france", "lebanon-ceasefire", S, "called on Wednesday for an immediate 21-day ceasefire across the Israel-Lebanon border", T),
            ("lebanon", "lebanon-ceasefire", S, "said he welcomed the appeal and hoped a truce could be put in place soon", T),
        ],
    ),
    # 005
    dict(
        published="2024-09-26T11:15:00Z", outlet="tidewater-post",
        slug="netanyahu-orders-military-press-on-rejects-truce-talk",
        title="Netanyahu orders military to press on, rejects talk of Lebanon truce",
        text="""JERUSALEM, Sept 26 (Tidewater Post) - Prime Minister Benjamin Netanyahu's office on Thursday denied reports that Israel had agreed to a pause in the fighting with Hezbollah, saying the US-French proposal had not even received a response from the prime minister.

In a statement issued as Netanyahu prepared to fly to New York, his office said he had instructed the military to keep fighting with full force in accordance with the plans presented to him. Foreign Minister Israel Katz wrote on social media that there would be no ceasefire in the north and that Israel would keep fighting Hezbollah with all its strength until victory.

Israeli media had reported overnight that officials were weighing the proposal. A government spokesman said those reports were mistaken.

In Washington, White House national security spokesman John Kirby said the United States still believed a truce was possible and that talks with both sides were continuing. He said the joint appeal had been coordinated closely with partners and that the window for diplomacy had not closed.

Hezbollah said its fighters had fired rockets at a military base near Haifa.""",
        claims=[
            ("israel", "lebanon-ceasefire", O, "there would be no ceasefire in the north", T),
            ("usa", "lebanon-ceasefire", S, "the United States still believed a truce was possible", T),
        ],
    ),
    # 006
    dict(
        published="2024-09-28T14:00:00Z", outlet="lantern-report",
        slug="hezbollah-confirms-nasrallah-killed",
        title="Hezbollah confirms Nasrallah killed, vows to keep fighting for Gaza",
        text="""BEIRUT, Sept 28 (Lantern Report) - Hezbollah confirmed on Saturday that its leader Hassan Nasrallah had been killed in an Israeli air strike on the group's headquarters in Beirut's southern suburbs the previous evening.

In a statement, the group said it would continue its holy war against Israel in support of Gaza and Palestine and in defence of Lebanon. It did not say who would succeed Nasrallah, who had led the movement for more than three decades.

The Israeli military said the strike, carried out with dozens of heavy bombs, had also killed the commander of Hezbollah's southern front and other senior officers.

Prime Minister Benjamin Netanyahu, who ordered the strike from New York, said in a statement that Israel had settled a score but that its work was not finished, and that the military would keep striking Hezbollah in the days ahead.

Lebanon's government declared three days of mourning. Iran's supreme leader said the fate of the region would be decided by the resistance. Residents of the southern suburbs fled overnight towards central Beirut and the mountains, sleeping in public squares and along the seafront.""",
        claims=[
            ("hezbollah", "drop-gaza-link", O, "it would continue its holy war against Israel in support of Gaza", T),
            ("israel", "lebanon-ceasefire", O, "the military would keep striking Hezbollah in the days ahead", T),
        ],
    ),
    # 007
    dict(
        published="2024-09-30T16:30:00Z", outlet="saltmarsh-herald",
        slug="mikati-lebanon-ready-army-south-litani",
        title="Mikati says Lebanon ready to send army south of Litani once truce agreed",
        text="""BEIRUT, Sept 30 (Saltmarsh Herald) - Lebanon is ready to deploy its army south of the Litani river as soon as a ceasefire takes hold, caretaker Prime Minister Najib Mikati said on Monday, after meeting parliament speaker Nabih Berri.

Mikati said Lebanon remained committed to UN Security Council resolution 1701, which ended the 2006 war, and that the government's priority was an immediate halt to Israel's attacks. The resolution calls for the area between the border and the Litani to be free of any armed personnel other than the Lebanese army and UN peacekeepers.

French Foreign Minister Jean-Noel Barrot, who arrived in Beirut on Sunday evening, called on Israel and Hezbollah to stop the fighting and said France would help the Lebanese army to take on a bigger role in the south.

Hours later, Hezbollah's deputy leader Naim Qassem said in a recorded speech that the group's fighters were ready if Israel launched a ground offensive, and that Hezbollah would choose a new leader at the earliest opportunity.

Berri did not speak to reporters after the meeting.""",
        claims=[
            ("lebanon", "army-south-litani", S, "ready to deploy its army south of the Litani river", T),
            ("lebanon", "lebanon-ceasefire", S, "the government's priority was an immediate halt to Israel's attacks", T),
            ("france", "lebanon-ceasefire", S, "called on Israel and Hezbollah to stop the fighting", T),
            ("france", "army-south-litani", S, "France would help the Lebanese army to take on a bigger role in the south", T),
        ],
    ),
    # 008
    dict(
        published="2024-10-01T09:00:00Z", outlet="eastgate-wire",
        slug="israel-launches-ground-raids-southern-lebanon",
        title="Israel launches ground raids into southern Lebanon",
        text="""BEIRUT, Oct 1 (Eastgate Wire) - Israeli troops crossed into southern Lebanon overnight in what the military described as limited, localised and targeted ground raids against Hezbollah positions close to the border.

The Israeli military said the operation was backed by the air force and artillery and was aimed at villages from which it said Hezbollah planned attacks on northern Israel. It gave no timeline for the operation and told residents of more than two dozen Lebanese villages to move north of the Awali river.

The Lebanese army said it had pulled back soldiers from several observation posts along the frontier. UN peacekeepers said they remained in their positions.

In Washington, State Department spokesman Matthew Miller said Israel had informed the United States of the raids in advance. He said the truce proposal remained on the table and that Washington still wanted a diplomatic resolution that would let civilians on both sides of the border return home. Asked how long Israeli troops might stay, he declined to say.

Military analysts said the language of limited raids left open how deep and how long the operation could go.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "the truce proposal remained on the table", T),
        ],
    ),
    # 009
    dict(
        published="2024-10-02T15:00:00Z", outlet="tidewater-post",
        slug="berri-mikati-jumblatt-call-ceasefire-army-deployment",
        title="Berri, Mikati and Jumblatt call for immediate ceasefire and army deployment",
        text="""BEIRUT, Oct 2 (Tidewater Post) - Lebanon's parliament speaker Nabih Berri, caretaker Prime Minister Najib Mikati and Druze leader Walid Jumblatt called on Wednesday for an immediate ceasefire and for the army to deploy south of the Litani river under UN resolution 1701.

The three men met at Berri's residence in Ain al-Tineh and issued a joint statement afterwards. It also urged parliament to elect a president without delay, a post that has been empty for nearly two years.

The statement made no reference to the war in Gaza. Some analysts in Beirut said the omission might signal that Hezbollah's allies were preparing to separate the Lebanese front from Gaza, although others said it was too early to draw conclusions.

Berri is Hezbollah's closest political ally and has acted as the main channel between the group and Western envoys. Jumblatt told reporters the meeting had been held in a spirit of national unity.

Israel did not respond to the statement. Its forces clashed with Hezbollah fighters near the border village of Maroun al-Ras, the group said.""",
        claims=[
            ("berri", "lebanon-ceasefire", S, "called on Wednesday for an immediate ceasefire", T),
            ("lebanon", "lebanon-ceasefire", S, "called on Wednesday for an immediate ceasefire", T),
            ("berri", "army-south-litani", S, "for the army to deploy south of the Litani river under UN resolution 1701", T),
            ("lebanon", "army-south-litani", S, "for the army to deploy south of the Litani river under UN resolution 1701", T),
        ],
    ),
    # 010
    dict(
        published="2024-10-08T17:30:00Z", outlet="compass-courier",
        slug="qassem-backs-berri-ceasefire-push-gaza",
        title="Hezbollah's Qassem backs Berri push for ceasefire, silent on Gaza condition",
        text="""BEIRUT, Oct 8 (Compass Courier) - Hezbollah deputy leader Naim Qassem said on Tuesday the group backed the efforts of parliament speaker Nabih Berri to secure a ceasefire, and signalled for the first time that it might be open to a truce in Lebanon before the war in Gaza ends.

In a televised address, Qassem said Hezbollah supported the political push led by Berri, whose headline was a ceasefire, and would go along with a truce provided Israel halted its attacks on Lebanon. Once a truce was firmly in place, he said, everything else could be discussed through indirect negotiations. He did not repeat the group's long-standing demand that Israel first end its offensive in Gaza, though he said Hezbollah still stood with the Palestinians.

He said the group's fighters would keep confronting Israeli troops in the meantime and that Israel's ground offensive had failed to make significant gains.

Berri, who has said Lebanon's own truce should not be held hostage to events in Gaza, has been in contact with US officials in recent days. His office declined to say whether Washington had sent any new proposal.

Israel's military said it had sent another division into southern Lebanon.""",
        claims=[
            ("hezbollah", "drop-gaza-link", C, "Once a truce was firmly in place, he said, everything else could be discussed", T),
            ("hezbollah", "lebanon-ceasefire", C, "would go along with a truce provided Israel halted its attacks on Lebanon", T),
            ("berri", "drop-gaza-link", S, "who has said Lebanon's own truce should not be held hostage to events in Gaza", F),
        ],
    ),
    # 011
    dict(
        published="2024-10-18T13:00:00Z", outlet="eastgate-wire",
        slug="mikati-rebukes-iran-speaker-1701",
        title="Mikati rebukes Iran's speaker over offer to negotiate on Lebanon",
        text="""BEIRUT, Oct 18 (Eastgate Wire) - Lebanon's caretaker Prime Minister Najib Mikati on Friday accused Iran of flagrant interference in Lebanese affairs after the speaker of Iran's parliament said Tehran was ready to negotiate with France on how to implement UN resolution 1701.

Mohammad Bagher Ghalibaf, the Iranian parliament speaker, made the remarks in an interview with a French newspaper published on Thursday. Mikati said he had asked the foreign ministry to summon Iran's charge d'affaires.

Negotiating over 1701 was a matter for the Lebanese state alone, Mikati said, adding that Lebanon would send its army to the south and carry out the resolution in full. He said no foreign power could negotiate on Lebanon's behalf.

A French diplomat said Paris had received no such request from Tehran and that France dealt on Lebanon with the Lebanese authorities. Iran's embassy in Beirut said the remarks had been misunderstood.

Ghalibaf had visited Beirut a week earlier, when he toured a site hit by an Israeli air strike. Israel's military said on Friday it had killed a Hezbollah commander in the south.""",
        claims=[
            ("lebanon", "army-south-litani", S, "Lebanon would send its army to the south and carry out the resolution in full", T),
        ],
    ),
    # 012
    dict(
        published="2024-10-21T14:30:00Z", outlet="tidewater-post",
        slug="hochstein-tying-lebanon-to-gaza-not-in-lebanon-interest",
        title="US envoy Hochstein says tying Lebanon to Gaza is not in Lebanon's interest",
        text="""BEIRUT, Oct 21 (Tidewater Post) - US envoy Amos Hochstein said on Monday that Washington was working to end the war between Israel and Hezbollah as soon as possible, after talks with parliament speaker Nabih Berri in Beirut.

Hochstein told reporters at Berri's residence in Ain al-Tineh that linking Lebanon's future to other conflicts in the region had never been in the interest of the Lebanese people. He said resolution 1701 on its own was not enough, since neither side had fully implemented it since 2006, and that any arrangement would need a mechanism to make sure it held.

Berri described the meeting as good and said his priority remained an immediate ceasefire. He did not take questions.

Hochstein was also due to meet caretaker Prime Minister Najib Mikati and the army commander, General Joseph Aoun. A Lebanese official said the envoy had brought ideas rather than a written text.

The visit came a day after Israeli strikes hit branches of a Hezbollah-linked financial institution across Lebanon. The Israeli military said the institution helped fund the group's attacks.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "working to end the war between Israel and Hezbollah as soon as possible", T),
            ("usa", "drop-gaza-link", S, "linking Lebanon's future to other conflicts in the region had never been in the interest", T),
            ("berri", "lebanon-ceasefire", S, "his priority remained an immediate ceasefire", T),
        ],
    ),
    # 013 (duplicate of 012)
    dict(
        published="2024-10-21T16:10:00Z", outlet="saltmarsh-herald",
        slug="hochstein-beirut-linking-lebanon-gaza-never-served-lebanese",
        title="Hochstein in Beirut: linking Lebanon to Gaza never served the Lebanese",
        text="""BEIRUT, Oct 21 (Saltmarsh Herald) - Washington is working to end the war between Israel and Hezbollah as soon as possible, US envoy Amos Hochstein said on Monday after meeting parliament speaker Nabih Berri in Beirut.

Speaking at Berri's Ain al-Tineh residence, Hochstein said linking Lebanon's future to other conflicts in the region had never been in the interest of the Lebanese people. He added that resolution 1701 alone was not sufficient because neither side had carried it out fully since 2006, and that any deal would need a mechanism to ensure it held.

Berri called the meeting good and said his priority remained an immediate ceasefire. He took no questions.

The envoy was also scheduled to see caretaker Prime Minister Najib Mikati and army commander General Joseph Aoun. According to a Lebanese official, Hochstein had brought ideas rather than a written text.

His visit followed Israeli strikes on Sunday night on branches of a Hezbollah-linked financial institution across the country, which the Israeli military said helped pay for the group's attacks.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "working to end the war between Israel and Hezbollah as soon as possible", T),
            ("usa", "drop-gaza-link", S, "linking Lebanon's future to other conflicts in the region had never been in the interest", T),
            ("berri", "lebanon-ceasefire", S, "his priority remained an immediate ceasefire", T),
        ],
    ),
    # 014
    dict(
        published="2024-10-22T12:00:00Z", outlet="lantern-report",
        slug="israel-seeks-right-to-strike-lebanon-after-truce",
        title="Israel seeks right to strike Lebanon after any truce; Beirut says no",
        text="""BEIRUT, Oct 22 (Lantern Report) - Israel has told the United States it wants to keep the freedom to strike in Lebanon after any ceasefire if Hezbollah rebuilds near the border, according to two Western officials briefed on a document Israel handed to Washington.

The officials said the Israeli paper also asked for its air force to be able to operate over Lebanese territory. Netanyahu's office declined to comment on the report.

Beirut rejected the idea on Tuesday. Caretaker Prime Minister Najib Mikati said any proposal that infringed Lebanon's sovereignty was unacceptable and that Lebanon would not agree to give Israel a licence to attack it whenever it chose.

Parliament speaker Nabih Berri told a Lebanese daily that the Israeli conditions were rejected outright and that nothing would be added to the 2006 resolution. He said he had made that clear to Hochstein a day earlier.

The 2006 resolution was never fully enforced, and Hezbollah built up its arsenal along the frontier in the years that followed. UN peacekeepers said on Tuesday that Israeli troops had again fired on one of their positions.""",
        claims=[
            ("israel", "israel-freedom-to-act", S, "it wants to keep the freedom to strike in Lebanon after any ceasefire", F),
            ("lebanon", "israel-freedom-to-act", O, "Lebanon would not agree to give Israel a licence to attack it", T),
            ("berri", "israel-freedom-to-act", O, "the Israeli conditions were rejected outright", T),
        ],
    ),
    # 015
    dict(
        published="2024-10-24T17:00:00Z", outlet="compass-courier",
        slug="paris-conference-pledges-1-billion-lebanon-army",
        title="Paris conference pledges $1 billion for Lebanon and its army",
        text="""PARIS, Oct 24 (Compass Courier) - An international conference in Paris pledged about $1 billion for Lebanon on Thursday, including some $200 million for the Lebanese army, as France pressed for an end to the fighting between Israel and Hezbollah.

Opening the meeting, President Emmanuel Macron said a ceasefire was needed as soon as possible and that Israel's military operations had to stop. He said France would give 100 million euros and that the Lebanese army had to be able to deploy in the south, where it is meant to take over from Hezbollah under resolution 1701. France backed a plan to recruit several thousand additional soldiers for that purpose.

Caretaker Prime Minister Najib Mikati told the delegates that Lebanon needed an immediate ceasefire above all, and urged them to press Israel to stop its attacks.

Israel was not invited. Around 70 countries and organisations attended. Foreign Minister Jean-Noel Barrot said the money would go to food, shelter and medical care for more than a million displaced people.

Aid agencies said the sum covered only part of the needs.""",
        claims=[
            ("france", "lebanon-ceasefire", S, "a ceasefire was needed as soon as possible", T),
            ("france", "army-south-litani", S, "the Lebanese army had to be able to deploy in the south", T),
            ("lebanon", "lebanon-ceasefire", S, "Lebanon needed an immediate ceasefire above all", T),
        ],
    ),
    # 016
    dict(
        published="2024-10-30T15:00:00Z", outlet="eastgate-wire",
        slug="qassem-hezbollah-would-accept-truce-on-own-terms",
        title="New Hezbollah chief Qassem says group would accept truce on its own terms",
        text="""BEIRUT, Oct 30 (Eastgate Wire) - Naim Qassem, named Hezbollah's secretary-general a day earlier, said on Wednesday the group would agree to a ceasefire only on terms it considered acceptable, and that it would not beg for one.

In his first speech since taking over from Hassan Nasrallah, Qassem said no political discussion would take place while Israel kept up its attacks. If the Israelis decided to stop the aggression, he said, Hezbollah would accept, but under the conditions it saw fit. He said the group could fight on for days, weeks or months.

Qassem, a cleric who spent three decades as deputy leader, said he would follow Nasrallah's war plan.

Earlier on Wednesday caretaker Prime Minister Najib Mikati said he had been in contact with US officials overnight. He did not give details.

Israeli media reported that Israel and the United States were working on a draft. Israeli officials declined to confirm the reports. The Israeli military said it had struck targets in the Baalbek area after ordering residents to leave.""",
        claims=[
            ("hezbollah", "lebanon-ceasefire", C, "would agree to a ceasefire only on terms it considered acceptable", T),
        ],
    ),
    # 017
    dict(
        published="2024-10-31T16:00:00Z", outlet="tidewater-post",
        slug="netanyahu-tells-us-envoys-israel-deal-it-can-enforce",
        title="Netanyahu tells US envoys Israel will only sign a deal it can enforce",
        text="""JERUSALEM, Oct 31 (Tidewater Post) - Prime Minister Benjamin Netanyahu told US envoys Amos Hochstein and Brett McGurk on Thursday that Israel would agree to an arrangement in Lebanon only if it kept the ability to enforce it, his office said.

The statement said the key was not the paper any deal was written on but Israel's ability and determination to act against any threat to its security from Lebanon, and to do so forcefully. He told the envoys that Israel would act against any attempt by Hezbollah to rearm or rebuild in the south.

It was the first time since the US-French proposal in September that Netanyahu's office had described the terms on which Israel would stop fighting in Lebanon.

The White House said the envoys had discussed ways to let displaced people on both sides of the border return home. Hochstein has been shuttling between the two countries for months.

Hezbollah rockets killed several people near the border town of Metula on Thursday, Israeli medics said. Analysts said an agreement could still be weeks away.""",
        claims=[
            ("israel", "lebanon-ceasefire", C, "agree to an arrangement in Lebanon only if it kept the ability to enforce it", T),
            ("israel", "israel-freedom-to-act", S, "Israel would act against any attempt by Hezbollah to rearm or rebuild in the south", T),
        ],
    ),
    # 018
    dict(
        published="2024-11-05T21:00:00Z", outlet="compass-courier",
        slug="netanyahu-fires-gallant-names-katz",
        title="Netanyahu fires Gallant, names Katz defence minister",
        text="""JERUSALEM, Nov 5 (Compass Courier) - Prime Minister Benjamin Netanyahu dismissed Defence Minister Yoav Gallant on Tuesday, citing a crisis of trust over the conduct of the war, and named Foreign Minister Israel Katz to replace him.

Gideon Saar, who rejoined the government in September, will take over as foreign minister. Netanyahu said in a video statement that trust between him and Gallant had eroded in recent months and that their disagreements had become public.

Gallant said in a televised statement that he had been removed over his positions on drafting ultra-Orthodox men into the army, on bringing home the hostages held in Gaza and on a state inquiry into the failures of Oct. 7.

Protesters gathered outside the defence ministry in Tel Aviv and blocked a main highway.

Commentators said the change was unlikely to alter Israel's approach to the talks on Lebanon in the short term, although some suggested Katz might take a harder line on any arrangement. Katz said he would work to defeat Israel's enemies and bring the hostages home.

The dismissal came as Americans voted in a presidential election.""",
        claims=[],
    ),
    # 019
    dict(
        published="2024-11-12T15:30:00Z", outlet="lantern-report",
        slug="israel-objects-french-seat-truce-committee",
        title="Israel objects to French seat on Lebanon truce committee",
        text="""JERUSALEM, Nov 12 (Lantern Report) - Israel will not accept France as a member of the committee that would oversee a ceasefire in Lebanon, an Israeli official said on Tuesday, complicating US efforts to finalise a deal.

The official, who spoke on condition of anonymity, said Israel saw no role for Paris in supervising the arrangement after what he described as hostile French positions in recent months, and wanted the United States to lead the monitoring alone.

France wants a place on the body. Foreign Minister Jean-Noel Barrot said on Tuesday that France was ready to play its full part in monitoring a truce, given its long ties with Lebanon and its troops in the UN force there.

In Beirut, caretaker Prime Minister Najib Mikati insisted that France must be included, saying Lebanon would not accept a committee led by Washington alone.

US officials have proposed a mechanism chaired by the United States, with Lebanon, Israel, the UN peacekeeping force and possibly France taking part. A State Department spokesman declined to say whether France would be on it.

Relations between Israel and France have been strained since Macron called for a halt to arms deliveries for use in Gaza.""",
        claims=[
            ("israel", "france-on-monitoring-committee", O, "Israel will not accept France as a member of the committee", T),
            ("france", "france-on-monitoring-committee", S, "France was ready to play its full part in monitoring a truce", T),
            ("lebanon", "france-on-monitoring-committee", S, "insisted that France must be included", T),
        ],
    ),
    # 020
    dict(
        published="2024-11-14T18:00:00Z", outlet="saltmarsh-herald",
        slug="us-hands-lebanon-draft-ceasefire-plan",
        title="US hands Lebanon draft ceasefire plan",
        text="""BEIRUT, Nov 14 (Saltmarsh Herald) - US Ambassador Lisa Johnson handed parliament speaker Nabih Berri a draft proposal for a ceasefire between Israel and Hezbollah on Thursday, the US embassy said.

The embassy gave no details. According to two Lebanese officials who have seen it, the 13-point draft provides for a 60-day transition during which Israeli forces would withdraw from southern Lebanon and the Lebanese army would take over positions south of the Litani river, with Hezbollah's fighters and weapons moved out of the area. A committee led by the United States would monitor compliance, the officials said.

Berri declined to discuss the contents. His political aide, Ali Hassan Khalil, said Lebanon was studying the text carefully and would reply within days.

The draft does not mention Gaza, the officials said.

Hezbollah has not commented publicly. Diplomats said the main sticking point was likely to be whether Israel would be allowed to act if it believed the deal was being violated.

Israeli strikes hit Beirut's southern suburbs again on Thursday.""",
        claims=[
            ("usa", "israeli-withdrawal", S, "Israeli forces would withdraw from southern Lebanon", F),
            ("usa", "army-south-litani", S, "the Lebanese army would take over positions south of the Litani river", F),
        ],
    ),
    # 021
    dict(
        published="2024-11-17T17:00:00Z", outlet="eastgate-wire",
        slug="israeli-strike-central-beirut-kills-hezbollah-spokesman-afif",
        title="Israeli strike in central Beirut kills Hezbollah spokesman Afif",
        text="""BEIRUT, Nov 17 (Eastgate Wire) - An Israeli air strike on a building in the Ras al-Nabaa district of central Beirut killed Mohammad Afif, Hezbollah's head of media relations, on Sunday, the group said.

Afif had become the public face of Hezbollah in recent weeks, holding news conferences among the ruins in the southern suburbs. At one of them, earlier this month, he had said the group had enough weapons and fighters for a long war.

The Israeli military said it had targeted a senior Hezbollah figure. It was the first strike on central Beirut in several weeks, outside the southern suburbs where the group's institutions are concentrated.

The Lebanese government condemned the attack. The strike came as officials awaited Lebanon's reply to a US ceasefire proposal handed over last week. Political sources said the reply was expected within a day or two but could not say what it would contain.

Analysts said the killing of a spokesman, rather than a military commander, might be intended as a message to Hezbollah as negotiations entered a sensitive phase.""",
        claims=[],
    ),
    # 022
    dict(
        published="2024-11-18T19:00:00Z", outlet="tidewater-post",
        slug="netanyahu-israel-will-keep-hitting-hezbollah-after-deal",
        title="Netanyahu: Israel will keep hitting Hezbollah even after any deal",
        text="""JERUSALEM, Nov 18 (Tidewater Post) - Prime Minister Benjamin Netanyahu told parliament on Monday that Israel would keep acting against Hezbollah even if a ceasefire agreement were reached in Lebanon.

The most important thing was not the paper that would be put on the table, he said in a speech to the Knesset, but Israel's ability to enforce security and strike at threats. He said Israel would be prepared to sign an arrangement with Lebanon only if it retained full military freedom of action, and that it would respond forcefully to any violation.

Lebanon on Monday handed US Ambassador Lisa Johnson its written response to the American proposal. Lebanese officials said it contained comments on several points but declined to give details.

Opposition leader Yair Lapid accused the government of having no plan for the north. Mayors of northern border towns said residents would not return without guarantees.

Hezbollah fired rockets at Haifa and central Israel on Monday, the Israeli military said, and Israeli jets struck targets in the Bekaa valley and southern Lebanon.""",
        claims=[
            ("israel", "israel-freedom-to-act", S, "Israel would keep acting against Hezbollah even if a ceasefire agreement were reached", T),
            ("israel", "lebanon-ceasefire", C, "sign an arrangement with Lebanon only if it retained full military freedom of action", T),
        ],
    ),
    # 023
    dict(
        published="2024-11-19T16:30:00Z", outlet="compass-courier",
        slug="hochstein-lebanon-deal-within-reach-after-berri-talks",
        title="Hochstein says Lebanon deal within reach after Berri talks",
        text="""BEIRUT, Nov 19 (Compass Courier) - US envoy Amos Hochstein said on Tuesday that a ceasefire between Israel and Hezbollah was within reach, after two hours of talks with parliament speaker Nabih Berri on Lebanon's response to the US proposal.

Hochstein said the discussions had been constructive and that Washington wanted a deal concluded as fast as possible. Lebanon's leaders had told him they were ready to move forward on the basis of the text, he said, but the final decision lay with the parties themselves.

Berri said the atmosphere was positive and that he wanted the fighting stopped without delay. He said Lebanon's remarks concerned mostly the monitoring committee and that he would never accept any clause that allowed Israel to strike Lebanese territory whenever it wished.

Hochstein was expected to travel to Israel later in the week to meet Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz. He declined to say whether he would return to Beirut afterwards.

Israeli strikes continued in southern Lebanon and the Bekaa valley on Tuesday.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "Washington wanted a deal concluded as fast as possible", T),
            ("lebanon", "lebanon-ceasefire", S, "Lebanon's leaders had told him they were ready to move forward", F),
            ("berri", "lebanon-ceasefire", S, "he wanted the fighting stopped without delay", T),
            ("berri", "israel-freedom-to-act", O, "would never accept any clause that allowed Israel to strike Lebanese territory", T),
        ],
    ),
    # 024
    dict(
        published="2024-11-20T18:30:00Z", outlet="lantern-report",
        slug="hezbollah-accepts-us-truce-plan-qassem",
        title="Hezbollah accepts US truce plan, Qassem says",
        text="""BEIRUT, Nov 20 (Lantern Report) - Hezbollah leader Naim Qassem said on Wednesday the group had given its remarks on a US ceasefire proposal through parliament speaker Nabih Berri and that the ball was now in Israel's court.

In a televised speech, Qassem said Hezbollah had dealt positively with the draft but would only agree to a final deal that brought a complete end to Israel's attacks and preserved Lebanon's sovereignty. He said the group would not accept any clause giving Israel the freedom to attack Lebanon after a truce.

He acknowledged that the fighting in Lebanon could now end while the war in Gaza continued, saying Hezbollah had done its duty towards the Palestinians. For more than a year the group had insisted that its attacks would go on until there was a ceasefire in Gaza.

Qassem said that if Israel did not accept the terms, the group's fighters would keep up their attacks, including on Tel Aviv.

Israeli officials had no immediate comment. Hochstein was due in Israel later in the week.""",
        claims=[
            ("hezbollah", "drop-gaza-link", S, "the fighting in Lebanon could now end while the war in Gaza continued", T),
            ("hezbollah", "lebanon-ceasefire", C, "would only agree to a final deal that brought a complete end to Israel's attacks", T),
            ("hezbollah", "israel-freedom-to-act", O, "would not accept any clause giving Israel the freedom to attack Lebanon", T),
        ],
    ),
    # 025
    dict(
        published="2024-11-26T19:45:00Z", outlet="eastgate-wire",
        slug="israel-security-cabinet-approves-lebanon-ceasefire",
        title="Israel's security cabinet approves Lebanon ceasefire",
        text="""JERUSALEM, Nov 26 (Eastgate Wire) - Israel's security cabinet approved a ceasefire with Hezbollah on Tuesday by a vote of 10 to 1, hours after Prime Minister Benjamin Netanyahu said he would recommend the agreement to his ministers.

In a televised address, Netanyahu said the truce would let Israel focus on the threat from Iran, give its forces time to rest and resupply, and cut Hamas off from its ally in Lebanon. He said Israel would retain full freedom of military action and would strike hard if Hezbollah violated the deal or tried to rearm.

Under the agreement, Israeli forces are to pull out of southern Lebanon gradually over 60 days as the Lebanese army deploys there, a withdrawal Netanyahu said would proceed only as Lebanon met its commitments. His office said Israel had agreed that France would sit on the committee monitoring the truce, alongside the United States, after weeks of resisting a French role.

National Security Minister Itamar Ben-Gvir, who cast the only vote against, called the deal a historic mistake. Mayors in the north said residents had been abandoned.

The duration of the ceasefire would depend on what happens in Lebanon, Netanyahu said.""",
        claims=[
            ("israel", "lebanon-ceasefire", S, "Israel's security cabinet approved a ceasefire with Hezbollah", T),
            ("israel", "israel-freedom-to-act", S, "Israel would retain full freedom of military action", T),
            ("israel", "france-on-monitoring-committee", S, "Israel had agreed that France would sit on the committee monitoring the truce", T),
            ("israel", "israeli-withdrawal", C, "a withdrawal Netanyahu said would proceed only as Lebanon met its commitments", T),
            ("israel", "drop-gaza-link", S, "cut Hamas off from its ally in Lebanon", T),
        ],
    ),
    # 026 (duplicate of 025)
    dict(
        published="2024-11-26T20:40:00Z", outlet="compass-courier",
        slug="israeli-cabinet-backs-truce-hezbollah-10-1",
        title="Israeli cabinet backs truce with Hezbollah in 10-1 vote",
        text="""JERUSALEM, Nov 26 (Compass Courier) - Israel's security cabinet approved a ceasefire with Hezbollah on Tuesday, voting 10 to 1 a few hours after Prime Minister Benjamin Netanyahu announced he would put the agreement to his ministers.

Netanyahu said in a televised address that the truce would allow Israel to concentrate on Iran, rest and resupply its troops, and isolate Hamas from its Lebanese ally. Israel would retain full freedom of military action, he said, and would strike hard if Hezbollah broke the deal or tried to rearm.

The agreement calls for Israeli forces to leave southern Lebanon gradually over 60 days while the Lebanese army deploys, a withdrawal Netanyahu said would proceed only as Lebanon met its commitments. According to his office, Israel had agreed that France would sit on the committee monitoring the truce, alongside the United States, after resisting a French role for weeks.

The only minister to vote against, Itamar Ben-Gvir, said the deal was a historic mistake. Northern mayors said their residents had been abandoned.

How long the ceasefire lasts would depend on what happens in Lebanon, Netanyahu said.""",
        claims=[
            ("israel", "lebanon-ceasefire", S, "Israel's security cabinet approved a ceasefire with Hezbollah", T),
            ("israel", "israel-freedom-to-act", S, "Israel would retain full freedom of military action", T),
            ("israel", "france-on-monitoring-committee", S, "Israel had agreed that France would sit on the committee monitoring the truce", T),
            ("israel", "israeli-withdrawal", C, "a withdrawal Netanyahu said would proceed only as Lebanon met its commitments", T),
            ("israel", "drop-gaza-link", S, "isolate Hamas from its Lebanese ally", T),
        ],
    ),
    # 027
    dict(
        published="2024-11-26T21:30:00Z", outlet="tidewater-post",
        slug="biden-announces-israel-lebanon-ceasefire",
        title="Biden announces Israel-Lebanon ceasefire to start Wednesday",
        text="""WASHINGTON, Nov 26 (Tidewater Post) - President Joe Biden on Tuesday announced a US-brokered agreement to end the fighting between Israel and Hezbollah, taking effect at 4 a.m. local time on Wednesday.

Speaking in the Rose Garden, Biden said the deal was designed to be a permanent cessation of hostilities. Over the next 60 days the Lebanese army would take control of its own territory south of the Litani and Israeli forces would gradually withdraw, he said, and Hezbollah would not be allowed to rebuild its infrastructure there.

If Hezbollah or anyone else broke the deal and posed a direct threat, Israel retained the right to self-defence consistent with international law, Biden said.

In a joint statement, Biden and French President Emmanuel Macron said their countries would work with Israel and Lebanon to ensure the arrangement was fully implemented, and that both would take part in the mechanism monitoring it.

Biden said he had spoken with Netanyahu and with Lebanese Prime Minister Najib Mikati earlier in the day. He said the United States would now push for a similar deal in Gaza, where talks have stalled for months.""",
        claims=[
            ("usa", "lebanon-ceasefire", S, "the deal was designed to be a permanent cessation of hostilities", T),
            ("usa", "army-south-litani", S, "the Lebanese army would take control of its own territory south of the Litani", T),
            ("usa", "israeli-withdrawal", S, "Israeli forces would gradually withdraw", T),
            ("usa", "israel-freedom-to-act", C, "broke the deal and posed a direct threat, Israel retained the right to self-defence", T),
            ("usa", "france-on-monitoring-committee", S, "both would take part in the mechanism monitoring it", T),
            ("france", "france-on-monitoring-committee", S, "both would take part in the mechanism monitoring it", T),
            ("france", "lebanon-ceasefire", S, "would work with Israel and Lebanon to ensure the arrangement was fully implemented", T),
        ],
    ),
    # 028
    dict(
        published="2024-11-27T15:00:00Z", outlet="lantern-report",
        slug="ceasefire-takes-hold-lebanon-displaced-head-south",
        title="Ceasefire takes hold in Lebanon as displaced head south",
        text="""BEIRUT, Nov 27 (Lantern Report) - A ceasefire between Israel and Hezbollah took effect before dawn on Wednesday, and thousands of displaced families set off for their homes in the south despite warnings from both armies not to return yet.

Hezbollah lawmaker Hassan Fadlallah said the group would cooperate with the Lebanese army as it deployed south of the Litani, but that the resistance would keep its weapons and no one could disarm it. He said Hezbollah would respect the truce as long as Israel did.

Parliament speaker Nabih Berri, who negotiated the deal on Hezbollah's behalf, said in a televised address that Lebanon had passed one of the most dangerous moments in its history and urged people to return to their villages. He said the agreement must be fully respected.

The caretaker cabinet met and endorsed the agreement, and Prime Minister Najib Mikati said the army would reinforce its presence in the south. The army said it had begun moving units towards the border.

Israel's military said its troops remained in position in southern Lebanon and told residents not to approach some 60 villages.""",
        claims=[
            ("hezbollah", "army-south-litani", C, "would cooperate with the Lebanese army as it deployed south of the Litani", T),
            ("hezbollah", "lebanon-ceasefire", C, "Hezbollah would respect the truce as long as Israel did", T),
            ("berri", "lebanon-ceasefire", S, "the agreement must be fully respected", T),
            ("lebanon", "lebanon-ceasefire", S, "The caretaker cabinet met and endorsed the agreement", T),
            ("lebanon", "army-south-litani", S, "the army would reinforce its presence in the south", T),
        ],
    ),
    # 029
    dict(
        published="2024-11-29T17:00:00Z", outlet="eastgate-wire",
        slug="qassem-claims-victory-hezbollah-will-abide-by-truce",
        title="Qassem claims victory, says Hezbollah will abide by truce",
        text="""BEIRUT, Nov 29 (Eastgate Wire) - Hezbollah leader Naim Qassem claimed victory over Israel on Friday and said the group would abide by the ceasefire that took effect this week, working closely with the Lebanese army to carry out its terms.

In his first speech since the truce began, Qassem said the coordination between the resistance and the army would be at a high level. He did not say whether Hezbollah would pull its fighters or weapons out of the area south of the Litani, saying only that the resistance would remain ready and would not be disarmed.

He said nothing in the agreement gave Israel the right to resume attacks on Lebanon, and that the group would not accept any such reading of the text.

Qassem spoke from an undisclosed location, as his predecessor had done. Hezbollah supporters in the southern suburbs of Beirut fired guns into the air as he spoke.

Israel's military said on Friday it had fired at suspects approaching a restricted zone in the south. Residents reported Israeli drones over several villages.""",
        claims=[
            ("hezbollah", "lebanon-ceasefire", S, "the group would abide by the ceasefire that took effect this week", T),
            ("hezbollah", "army-south-litani", C, "coordination between the resistance and the army would be at a high level", T),
            ("hezbollah", "israel-freedom-to-act", O, "nothing in the agreement gave Israel the right to resume attacks on Lebanon", T),
        ],
    ),
    # 030
    dict(
        published="2024-12-02T21:00:00Z", outlet="saltmarsh-herald",
        slug="hezbollah-fires-first-shots-since-truce-israel-vows-response",
        title="Hezbollah fires first shots since truce; Israel vows firm response",
        text="""BEIRUT, Dec 2 (Saltmarsh Herald) - Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area on Monday, its first attack since the ceasefire began, saying it was a warning after repeated Israeli violations.

The group said the mechanism set up to monitor the truce had failed to stop Israeli strikes and demolitions in southern villages, and called its attack defensive.

Defence Minister Israel Katz said Israel would respond forcefully and would keep enforcing the ceasefire with full force against any violation. Israeli strikes later killed at least nine people in the south, Lebanese authorities said.

Katz said Israel remained committed to the ceasefire but would not let Hezbollah exploit it to rebuild near the border.

The US embassy said the mechanism would begin meeting soon and that the ceasefire was broadly holding. Lebanese officials said they had complained to Washington about dozens of Israeli violations since the truce began.

Analysts said both sides seemed to be testing the limits of the arrangement.""",
        claims=[
            ("israel", "israel-freedom-to-act", S, "would keep enforcing the ceasefire with full force against any violation", T),
            ("israel", "lebanon-ceasefire", S, "Israel remained committed to the ceasefire", T),
        ],
    ),
    # 031
    dict(
        published="2024-12-11T16:00:00Z", outlet="lantern-report",
        slug="lebanese-army-enters-khiam-israeli-troops-pull-back",
        title="Lebanese army enters Khiam as Israeli troops pull back",
        text="""KHIAM, Lebanon, Dec 11 (Lantern Report) - Lebanese troops moved into the southern town of Khiam on Wednesday as Israeli forces withdrew from the area, the first handover under the ceasefire agreement that took effect two weeks ago.

The Lebanese army said in a statement that units had deployed in Khiam and nearby positions in coordination with the UN peacekeeping force, and that it would continue deploying south of the Litani in stages.

General Michael Kurilla, head of US Central Command, met Major General Jasper Jeffers, who chairs the monitoring committee, at the committee's base in Naqoura. The US embassy called the handover the first phase of Israel's withdrawal and an important step towards full implementation.

The Israeli military said the move had been coordinated with the United States and that further pullbacks would follow only as the Lebanese army showed it could prevent Hezbollah from returning.

Residents who entered the town found streets of destroyed houses. The committee, which also includes France, Lebanon, Israel and the UN force, held its first meeting in Naqoura on Monday.""",
        claims=[
            ("lebanon", "army-south-litani", S, "it would continue deploying south of the Litani in stages", T),
            ("usa", "israeli-withdrawal", S, "the first phase of Israel's withdrawal and an important step towards full implementation", T),
            ("israel", "israeli-withdrawal", C, "further pullbacks would follow only as the Lebanese army showed it could prevent", T),
        ],
    ),
    # 032
    dict(
        published="2025-01-09T17:30:00Z", outlet="eastgate-wire",
        slug="lebanon-elects-army-chief-joseph-aoun-president",
        title="Lebanon elects army chief Joseph Aoun president",
        text="""BEIRUT, Jan 9 (Eastgate Wire) - Lebanon's parliament elected army commander General Joseph Aoun as president on Thursday, ending a vacancy of more than two years after Hezbollah and its allies dropped their opposition in a second round of voting.

Aoun, who is no relation of former president Michel Aoun, won 99 votes in the 128-seat chamber. Parliament speaker Nabih Berri chaired the session, which was attended by ambassadors from the United States, France and Saudi Arabia.

In his inaugural speech, Aoun said the state would have the exclusive right to bear arms and that the army would be deployed on all of Lebanon's borders. He said Lebanon would work to end the Israeli occupation of its territory and make Israel withdraw from every inch of it.

The former president, who founded the Free Patriotic Movement, had been Hezbollah's main Christian ally during his term.

US envoy Amos Hochstein, who was in Beirut earlier in the week, welcomed the vote, as did French President Emmanuel Macron, who said he would visit Lebanon soon.""",
        claims=[
            ("lebanon", "army-south-litani", S, "the state would have the exclusive right to bear arms", T),
            ("lebanon", "israeli-withdrawal", S, "make Israel withdraw from every inch of it", T),
        ],
    ),
    # 033
    dict(
        published="2025-01-24T18:00:00Z", outlet="tidewater-post",
        slug="israel-refuses-to-leave-southern-lebanon-by-deadline",
        title="Israel refuses to leave southern Lebanon by deadline",
        text="""JERUSALEM, Jan 24 (Tidewater Post) - Israel will not complete its withdrawal from southern Lebanon by Sunday's deadline, Prime Minister Benjamin Netanyahu's office said on Friday, arguing that the Lebanese state had not yet fully carried out its side of the ceasefire deal.

The statement said the pullout was conditioned on the Lebanese army deploying in the south and enforcing the agreement effectively, and that the gradual withdrawal would continue in full coordination with the United States.

Hezbollah said any Israeli presence beyond the 60 days would be a flagrant violation of the agreement and an attack on Lebanese sovereignty, and urged the state to use every means to recover its land. It would not accept excuses for delay, the group said.

President Joseph Aoun said he was in contact with Washington and Paris to make sure Israel left on time.

The 60-day period ends on Sunday morning. Residents of border villages said they planned to return whatever the outcome, and the Lebanese army urged them to wait for its instructions.""",
        claims=[
            ("israel", "israeli-withdrawal", C, "the pullout was conditioned on the Lebanese army deploying in the south", T),
            ("hezbollah", "israeli-withdrawal", S, "any Israeli presence beyond the 60 days would be a flagrant violation", T),
            ("lebanon", "israeli-withdrawal", S, "to make sure Israel left on time", T),
        ],
    ),
    # 034
    dict(
        published="2025-01-27T09:00:00Z", outlet="saltmarsh-herald",
        slug="truce-extended-feb-18-israeli-fire-kills-returning-villagers",
        title="Truce extended to Feb. 18 after Israeli fire kills returning villagers",
        text="""BEIRUT, Jan 27 (Saltmarsh Herald) - The arrangement between Israel and Lebanon will remain in effect until Feb. 18, the White House said late on Sunday, after Israeli troops stayed beyond the 60-day deadline and opened fire on residents trying to return to border villages, killing at least 22 people.

In a statement, the White House said the United States would also begin talks on the return of Lebanese prisoners captured after Oct. 7, 2023. It said Washington remained committed to seeing Israeli forces leave southern Lebanon under the new timetable.

Caretaker Prime Minister Najib Mikati's office confirmed the extension and said it expected Israel to complete its pullout by the new date.

President Joseph Aoun told residents of the south that Lebanon's sovereignty and territorial integrity were not up for negotiation and that the army would protect them. Hezbollah, which organised some of the marches, did not comment on the extension.

Israel's military said its soldiers had fired warning shots to remove threats. Netanyahu's office did not respond to requests for comment.""",
        claims=[
            ("usa", "israeli-withdrawal", S, "Washington remained committed to seeing Israeli forces leave southern Lebanon", T),
            ("lebanon", "israeli-withdrawal", S, "it expected Israel to complete its pullout by the new date", T),
        ],
    ),
]

SHIFTS = [
    dict(actor="hezbollah", issue="drop-gaza-link", frm=O, to=C, article="010",
         why="Qassem backs Berri's ceasefire push and says everything else can be discussed once a truce is in place, "
             "without repeating the Gaza precondition; in 001, 002 and 006 the group tied its front to Gaza."),
    dict(actor="israel", issue="lebanon-ceasefire", frm=O, to=C, article="017",
         why="Netanyahu tells Hochstein and McGurk Israel would agree to an arrangement only if it kept the ability to enforce it; "
             "in 005 and 006 Israel rejected the truce and vowed to keep striking."),
    dict(actor="hezbollah", issue="drop-gaza-link", frm=C, to=S, article="024",
         why="Qassem acknowledges the fighting in Lebanon can end while the Gaza war continues; in 010 he only signalled openness."),
    dict(actor="israel", issue="lebanon-ceasefire", frm=C, to=S, article="025",
         why="The security cabinet approves the ceasefire (formal act); in 017 and 022 Israel would only sign a deal on conditions."),
    dict(actor="israel", issue="france-on-monitoring-committee", frm=O, to=S, article="025",
         why="Netanyahu's office says Israel agreed that France sits on the monitoring committee; in 019 an Israeli official said "
             "Israel would not accept France as a member."),
    dict(actor="hezbollah", issue="army-south-litani", frm=O, to=C, article="028",
         why="Fadlallah says Hezbollah will cooperate with the army's deployment south of the Litani but keep its weapons; "
             "the baseline is the group's long refusal to leave the area to the army."),
    dict(actor="hezbollah", issue="lebanon-ceasefire", frm=C, to=S, article="029",
         why="Qassem says the group will abide by the ceasefire that took effect; through 002, 010, 016, 024 and 028 "
             "Hezbollah's acceptance was tied to conditions (Gaza, terms it saw fit, Israel's reciprocity)."),
]

DUPLICATES = [("012", "013"), ("025", "026")]

MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "Aug": 8, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def article_records():
    recs = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        recs.append(dict(id=aid, published=a["published"], source=OUTLETS[a["outlet"]], outlet=a["outlet"],
                         url=url, title=a["title"], text=a["text"].strip(), dt=dt, claims=a["claims"]))
    return recs


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("actors:"):
                section = "actors"
            elif line.startswith("issues:"):
                section = "issues"
            elif line.startswith("baseline:"):
                section = "baseline"
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def write_outputs(recs):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in recs:
        out = dict(id=r["id"], published=r["published"], source=r["source"], url=r["url"],
                   title=r["title"], text=r["text"])
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([r for r in recs if r["outlet"] == slug], key=lambda r: r["dt"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
                 % (escape(name), SET_NAME),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["dt"], usegmt=True)]
        for r in items:
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(r["title"]),
                      "      <link>%s</link>" % escape(r["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                      "      <pubDate>%s</pubDate>" % format_datetime(r["dt"], usegmt=True),
                      "      <description>%s</description>" % escape(r["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    shift_ids = {s["article"] for s in SHIFTS}
    labels = dict(
        claims={r["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in r["claims"]]
                for r in recs},
        shifts=[{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                 "article": s["article"], "why": s["why"]} for s in SHIFTS],
        no_alert_articles=[r["id"] for r in recs if r["id"] not in shift_ids],
    )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def validate(recs, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            errors.append("bad baseline entry %s/%s/%s" % (a, i, s))
    if not 30 <= len(recs) <= 34:
        errors.append("%d articles" % len(recs))
    # ids in publication order
    for prev, cur in zip(recs, recs[1:]):
        if not prev["dt"] < cur["dt"]:
            errors.append("articles %s and %s not in publication order" % (prev["id"], cur["id"]))
    # datelines, word counts
    for r in recs:
        m = re.match(r"^([A-Z][A-Z' -]+)(, [A-Z][a-z]+)?, (%s) (\d{1,2}) \((.+?)\) - " % "|".join(MONTHS), r["text"])
        if not m:
            errors.append("%s: bad dateline" % r["id"])
        else:
            if m.group(5) != r["source"]:
                errors.append("%s: dateline outlet %r != %r" % (r["id"], m.group(5), r["source"]))
            if MONTHS[m.group(3)] != r["dt"].month or int(m.group(4)) != r["dt"].day:
                errors.append("%s: dateline date %s %s != published %s" % (r["id"], m.group(3), m.group(4), r["published"]))
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (r["id"], n))
    # claims
    total = 0
    for r in recs:
        seen = set()
        for c in labels["claims"][r["id"]]:
            total += 1
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (r["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (r["id"], c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (r["id"], c["stance"]))
            if c["quote"] not in r["text"]:
                errors.append("%s: quote not in text: %r" % (r["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (r["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %s/%s" % (r["id"], key[0], key[1]))
            seen.add(key)
    if not 60 <= total <= 90:
        errors.append("%d claims" % total)
    stances = [c["stance"] for cl in labels["claims"].values() for c in cl]
    if stances.count(C) < 6:
        errors.append("fewer than 6 conditional claims")
    if not any(not c["attributed"] for cl in labels["claims"].values() for c in cl):
        errors.append("no attributed: false claims")
    # duplicates carry identical claims
    for a, b in DUPLICATES:
        ka = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][a])
        kb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][b])
        if ka != kb:
            errors.append("duplicates %s/%s differ" % (a, b))
        ra, rb = recs[int(a) - 1], recs[int(b) - 1]
        if ra["dt"].date() != rb["dt"].date() or ra["source"] == rb["source"] or not ra["dt"] < rb["dt"]:
            errors.append("duplicates %s/%s: not same day / different outlets / later copy" % (a, b))
    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for r in recs:
        for c in labels["claims"][r["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                recomputed.append((c["actor"], c["issue"], prev, c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts" % len(labelled))
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if reversals > 2:
        errors.append("%d straight support/oppose reversals" % reversals)
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    shift_ids = {s[4] for s in labelled}
    expected_no_alert = [r["id"] for r in recs if r["id"] not in shift_ids]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")
    if not any(a in shift_ids for a, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")
    no_claim = [r["id"] for r in recs if not labels["claims"][r["id"]]]
    if not 3 <= len(no_claim) <= 4:
        errors.append("%d no-claim articles" % len(no_claim))
    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        p = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if p.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, p.stderr.strip()))
    summary = dict(articles=len(recs), claims=total,
                   support=stances.count(S), oppose=stances.count(O), conditional=stances.count(C),
                   attributed_false=sum(1 for cl in labels["claims"].values() for c in cl if not c["attributed"]),
                   shifts=len(labelled), shift_articles=sorted(shift_ids), no_claim_articles=no_claim,
                   words=[len(r["text"].split()) for r in recs])
    return errors, summary


def main():
    recs = article_records()
    labels = write_outputs(recs)
    errors, summary = validate(recs, labels)
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
