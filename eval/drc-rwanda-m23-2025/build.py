#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set drc-rwanda-m23-2025.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json next to this script, then validates everything
(quotes, word counts, datelines, ids, watchlist references, shift recomputation,
no_alert_articles, duplicates, xmllint). Exits non-zero on any failure.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "equator-wire": "Equator Wire",
    "lakeshore-journal": "Lakeshore Journal",
    "savanna-ledger": "Savanna Ledger",
    "crossroads-dispatch": "Crossroads Dispatch",
    "baobab-times": "Baobab Times",
}

S, O, C = "support", "oppose", "conditional"

# Each article: key, published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        key="goma-closing-in",
        published="2025-01-24T15:10:00Z", outlet="equator-wire", slug="m23-closes-in-on-goma",
        title="M23 rebels close in on Goma as Kinshasa rules out talks",
        text="""GOMA, Jan 24 (Equator Wire) - M23 rebels pushed to within a few kilometres of Goma on Friday after heavy fighting around the town of Sake, sending thousands of displaced families streaming toward the city of some two million people.

Government spokesman Patrick Muyaya said Kinshasa would never sit down with the M23, which he described as a shell for the Rwandan army, and urged residents to stay calm and keep off the roads.

The rebels, who fight alongside the political coalition known as the Congo River Alliance (AFC), said in a statement that they remained ready for dialogue with the Congolese government. Their spokesman, Lawrence Kanyuka, accused the army of shelling civilian neighbourhoods.

Rwanda, which wants Kinshasa to negotiate directly with the rebels, did not respond to requests for comment. A planned meeting between Presidents Felix Tshisekedi and Paul Kagame in Luanda collapsed in December over that very demand.

UN experts have said several thousand Rwandan soldiers are operating in eastern Congo. Kigali denies arming the M23 and says its priority is the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide.""",
        claims=[
            ("drc", "direct-talks-m23", O, "Kinshasa would never sit down with the M23", True),
            ("m23", "direct-talks-m23", S, "they remained ready for dialogue with the Congolese government", True),
            ("rwanda", "direct-talks-m23", S, "Rwanda, which wants Kinshasa to negotiate directly with the rebels", False),
        ],
    ),
    dict(
        key="un-emergency-session",
        published="2025-01-26T22:30:00Z", outlet="lakeshore-journal", slug="congo-cuts-ties-demands-sanctions-at-un",
        title="Congo cuts ties with Rwanda, demands sanctions at UN",
        text="""UNITED NATIONS, Jan 26 (Lakeshore Journal) - Congo's foreign minister urged the UN Security Council on Sunday to impose sanctions on Rwanda, hours after Kinshasa broke off diplomatic relations with its neighbour as M23 fighters reached the outskirts of Goma.

Therese Kayikwamba Wagner told an emergency session that Rwanda had crossed every line, and asked the council to freeze the assets of those responsible and to ban exports of minerals labelled as Rwandan. She said Rwandan troops must leave Congolese soil immediately.

The acting US envoy, Dorothy Shea, said Washington condemned the offensive and called on Rwanda to pull its forces out of Congo. Several European members of the council made similar appeals.

Rwanda's ambassador, Ernest Rwamucyo, rejected the calls for a Rwandan withdrawal, saying the crisis was of Kinshasa's own making and that his country would not leave its border exposed to the FDLR militia. He neither confirmed nor denied the presence of Rwandan soldiers.

The council issued no joint statement. Diplomats said a draft text was being discussed but that members remained divided over whether to name Rwanda.""",
        claims=[
            ("drc", "sanctions-on-rwanda", S, "urged the UN Security Council on Sunday to impose sanctions on Rwanda", True),
            ("drc", "rwanda-withdraws-troops", S, "She said Rwandan troops must leave Congolese soil immediately", True),
            ("usa", "rwanda-withdraws-troops", S, "called on Rwanda to pull its forces out of Congo", True),
            ("rwanda", "rwanda-withdraws-troops", O, "rejected the calls for a Rwandan withdrawal", True),
        ],
    ),
    dict(
        key="kagame-rubio-call",
        published="2025-01-29T21:45:00Z", outlet="savanna-ledger", slug="kagame-tells-rubio-kinshasa-must-talk",
        title="Kagame tells Rubio Kinshasa must face the rebels; East African leaders urge dialogue",
        text="""KIGALI, Jan 29 (Savanna Ledger) - Rwandan President Paul Kagame told US Secretary of State Marco Rubio in a phone call on Wednesday that a lasting ceasefire would require Kinshasa to address the M23's grievances, according to a readout from Kagame's office.

He said Congo's government could not keep refusing a dialogue with the rebels while blaming others for the war. The State Department said Rubio had urged Rwanda to withdraw its forces and to respect Congo's territorial integrity.

Earlier in the day, leaders of the East African Community met by video link at the invitation of Kenyan President William Ruto, the bloc's chair. Their communique asked Kinshasa to engage directly with all parties, including the M23, and called for a ceasefire. Tshisekedi did not take part.

In a televised address late on Wednesday, Tshisekedi promised a vigorous response to the rebel advance and criticised what he called the silence of the international community. He did not mention talks with the rebels.

Analysts in Nairobi said the EAC's language could deepen the divide between the two regional blocs, since southern African countries have troops fighting alongside the Congolese army.""",
        claims=[
            ("rwanda", "direct-talks-m23", S, "He said Congo's government could not keep refusing a dialogue with the rebels", True),
            ("usa", "rwanda-withdraws-troops", S, "Rubio had urged Rwanda to withdraw its forces", True),
            ("au-eac-sadc", "direct-talks-m23", S, "asked Kinshasa to engage directly with all parties, including the M23", True),
        ],
    ),
    dict(
        key="harare-summit-preview",
        published="2025-01-30T11:00:00Z", outlet="baobab-times", slug="southern-african-leaders-gather-in-harare",
        title="Southern African leaders gather in Harare after peacekeepers killed",
        text="""HARARE, Jan 30 (Baobab Times) - Leaders of the Southern African Development Community will meet in Harare on Friday for an emergency summit on eastern Congo, after more than a dozen soldiers from the bloc's mission there were killed in the fighting around Goma.

Zimbabwe's foreign ministry said the heads of state would gather at a conference centre outside the capital and that the agenda would be set by the chair, President Emmerson Mnangagwa. Officials declined to say whether the future of the mission, known as SAMIDRC, would be discussed.

South African President Cyril Ramaphosa has said his country's troops were killed by the M23 and by Rwandan forces, a claim Kigali disputes. Kagame said on social media that the southern mission was not a peacekeeping force and had no place in the conflict, setting off an unusually public row between the two leaders.

The bodies of several South African soldiers were still awaiting repatriation on Thursday. Diplomats said Pretoria was under growing pressure at home to bring its troops back, and some analysts expect the summit to debate an exit plan.""",
        claims=[],
    ),
    dict(
        key="m23-humanitarian-truce",
        published="2025-02-03T17:20:00Z", outlet="crossroads-dispatch", slug="m23-declares-humanitarian-truce",
        title="M23 declares humanitarian truce, says it will stay in Goma",
        text="""GOMA, Feb 3 (Crossroads Dispatch) - The M23-led rebel coalition announced a unilateral ceasefire for humanitarian reasons starting on Tuesday, a week after seizing Goma, and said it had no intention of pushing south to capture Bukavu.

In a statement, the Congo River Alliance said it would defend its positions if attacked. Its leader, Corneille Nangaa, told a rally in Goma last week that the rebels had come to stay and would set up their own administration. A spokesman repeated on Monday that handing Goma back to Kinshasa was not on the agenda.

The coalition also renewed its call for direct negotiations with Tshisekedi's government, saying the crisis could only be solved politically.

Congolese government spokesman Patrick Muyaya dismissed the truce as a communication exercise and said the army would keep fighting. UN officials said close to 3,000 people had been killed in and around Goma since late January.

Aid agencies said hospitals were overwhelmed and that bodies were still being collected from the streets. Electricity and water had been partly restored in some districts.""",
        claims=[
            ("m23", "m23-withdraws-from-cities", O, "handing Goma back to Kinshasa was not on the agenda", True),
            ("m23", "direct-talks-m23", S, "renewed its call for direct negotiations with Tshisekedi's government", True),
        ],
    ),
    dict(
        key="dar-summit",
        published="2025-02-08T16:30:00Z", outlet="equator-wire", slug="east-southern-african-leaders-call-for-talks",
        title="East and southern African leaders call for ceasefire and talks including M23",
        text="""DAR ES SALAAM, Feb 8 (Equator Wire) - A joint summit of the East African Community and the Southern African Development Community called on Saturday for an immediate ceasefire in eastern Congo and for direct negotiations with all state and non-state parties, including the M23.

The leaders, meeting in Tanzania's commercial capital, ordered their army chiefs to meet within five days to draw up a plan for a truce and asked that the Luanda and Nairobi peace processes be merged. Rwanda's Paul Kagame attended in person, while Congo's Felix Tshisekedi followed by video link.

Rwandan Foreign Minister Olivier Nduhungirehe welcomed the summit's call for talks with the rebels, saying it reflected what Kigali had been urging for years.

A Congolese presidency official said Kinshasa backed the call for a ceasefire but would not negotiate with the M23, which it considers a terrorist group. The official spoke on condition of anonymity.

Tanzanian President Samia Suluhu Hassan, the host, told delegates that the region could not afford another war. Fighting continued on Saturday in South Kivu, where the rebels were advancing toward Kavumu airport.""",
        claims=[
            ("au-eac-sadc", "direct-talks-m23", S, "for direct negotiations with all state and non-state parties, including the M23", True),
            ("rwanda", "direct-talks-m23", S, "welcomed the summit's call for talks with the rebels", True),
            ("drc", "direct-talks-m23", O, "would not negotiate with the M23, which it considers a terrorist group", True),
        ],
    ),
    dict(
        key="dar-summit-copy",
        published="2025-02-08T19:05:00Z", outlet="lakeshore-journal", slug="regional-leaders-demand-ceasefire-and-talks",
        title="Regional leaders demand Congo ceasefire, urge talks with M23",
        text="""DAR ES SALAAM, Feb 8 (Lakeshore Journal) - East and southern African leaders meeting jointly in Tanzania on Saturday demanded an immediate ceasefire in eastern Congo and called for direct negotiations with all state and non-state parties, including the M23.

The joint EAC-SADC summit told the two blocs' army chiefs to meet within five days on a truce plan and recommended merging the Luanda and Nairobi processes. Rwandan President Paul Kagame was in the room; Congo's President Felix Tshisekedi joined by video.

Rwanda's foreign minister, Olivier Nduhungirehe, welcomed the summit's call for talks with the rebels and said it echoed what Kigali had long been asking for.

Speaking on condition of anonymity, an official in the Congolese presidency said Kinshasa supported a ceasefire but would not negotiate with the M23, which it considers a terrorist group.

The host, Tanzanian President Samia Suluhu Hassan, told the leaders the region could not afford another war. On the ground, the rebels kept advancing in South Kivu toward Kavumu airport, which serves the provincial capital Bukavu.""",
        claims=[
            ("au-eac-sadc", "direct-talks-m23", S, "for direct negotiations with all state and non-state parties, including the M23", True),
            ("rwanda", "direct-talks-m23", S, "welcomed the summit's call for talks with the rebels", True),
            ("drc", "direct-talks-m23", O, "would not negotiate with the M23, which it considers a terrorist group", True),
        ],
    ),
    dict(
        key="eu-weighs-sanctions",
        published="2025-02-14T13:00:00Z", outlet="savanna-ledger", slug="eu-weighs-sanctions-on-rwanda",
        title="EU weighs sanctions on Rwanda as lawmakers demand minerals pact freeze",
        text="""BRUSSELS, Feb 14 (Savanna Ledger) - The European Union is ready to consider further measures against Rwanda, including sanctions, if its troops do not leave eastern Congo, the bloc's foreign policy chief Kaja Kallas said on Friday.

Kallas said Rwanda must withdraw its forces and that all options remained on the table, but that any restrictive measures would need the backing of all 27 member states. She gave no timetable.

On Thursday the European Parliament adopted a resolution urging the Commission to suspend the EU's 2024 memorandum of understanding with Rwanda on critical raw materials and to freeze direct budget support to Kigali. The resolution is not binding.

Rwandan government spokeswoman Yolande Makolo said sanctions had never brought peace anywhere and that punishing Rwanda would do nothing about the FDLR threat on its border.

Meanwhile M23 fighters were reported on Friday to have taken Kavumu airport, about 30 km north of Bukavu, the capital of South Kivu province. Residents of Bukavu said many soldiers had already left the city.""",
        claims=[
            ("eu", "sanctions-on-rwanda", C, "ready to consider further measures against Rwanda, including sanctions, if its troops do not leave", True),
            ("eu", "rwanda-withdraws-troops", S, "Kallas said Rwanda must withdraw its forces", True),
            ("rwanda", "sanctions-on-rwanda", O, "sanctions had never brought peace anywhere", True),
        ],
    ),
    dict(
        key="bukavu-falls",
        published="2025-02-16T19:40:00Z", outlet="crossroads-dispatch", slug="m23-enters-bukavu",
        title="M23 enters Bukavu; African Union demands rebels pull back",
        text="""BUKAVU, Feb 16 (Crossroads Dispatch) - M23 rebels walked into the centre of Bukavu on Sunday, meeting little resistance after government troops and allied militias pulled out of the second-largest city in Congo's east.

Rebel spokesman Lawrence Kanyuka said the movement had come to restore order and protect residents, and that its new administration in Bukavu would remain in place. He called on civil servants to return to work.

The Congolese presidency called the capture a violation of the country's sovereignty and said the rebels must leave Bukavu and Goma without conditions.

In Addis Ababa, where African leaders were gathered for the African Union's annual summit, the AU Peace and Security Council had on Friday demanded that the M23 disband and withdraw from the areas it occupies. Tshisekedi left the summit early. Kagame was in the Ethiopian capital but did not address the conflict in public.

Diplomats at the summit said they feared the fall of Bukavu could draw Burundi, which has troops in South Kivu, deeper into the fighting.""",
        claims=[
            ("m23", "m23-withdraws-from-cities", O, "its new administration in Bukavu would remain in place", True),
            ("drc", "m23-withdraws-from-cities", S, "the rebels must leave Bukavu and Goma without conditions", True),
            ("au-eac-sadc", "m23-withdraws-from-cities", S, "demanded that the M23 disband and withdraw from the areas it occupies", True),
        ],
    ),
    dict(
        key="us-sanctions-kabarebe",
        published="2025-02-20T18:15:00Z", outlet="baobab-times", slug="us-sanctions-kabarebe-and-m23-spokesman",
        title="US sanctions Rwandan minister Kabarebe and M23 spokesman",
        text="""WASHINGTON, Feb 20 (Baobab Times) - The United States on Thursday imposed sanctions on James Kabarebe, Rwanda's minister of state for regional integration, accusing him of directing Kigali's support for the M23 rebels, as well as on the group's spokesman Lawrence Kanyuka and two of his companies.

The Treasury Department said Kabarebe, a former army chief, was central to coordinating Rwandan military backing for the rebels and to the flow of minerals from rebel-held mines into Rwanda. The measures freeze any US assets and bar Americans from dealing with those named.

Rwanda's government called the sanctions unjustified and unfounded, and said they would not resolve the conflict. It said Washington was punishing the wrong party.

In Kinshasa, a government spokesman welcomed the move as a first step and urged other partners to follow with measures against Rwanda itself. He said Kigali's angry reaction showed it had no intention of pulling its troops out.

Kabarebe, who led Rwanda's army in the 2000s, has been named in several UN expert reports. Kanyuka could not immediately be reached for comment.""",
        claims=[
            ("usa", "sanctions-on-rwanda", S, "The United States on Thursday imposed sanctions on James Kabarebe", True),
            ("rwanda", "sanctions-on-rwanda", O, "Rwanda's government called the sanctions unjustified and unfounded", True),
            ("drc", "sanctions-on-rwanda", S, "urged other partners to follow with measures against Rwanda itself", True),
            ("rwanda", "rwanda-withdraws-troops", O, "Kigali's angry reaction showed it had no intention of pulling its troops out", False),
        ],
    ),
    dict(
        key="eu-review-mou",
        published="2025-02-24T17:30:00Z", outlet="lakeshore-journal", slug="eu-reviews-rwanda-minerals-pact",
        title="EU reviews Rwanda minerals pact, readies possible sanctions",
        text="""BRUSSELS, Feb 24 (Lakeshore Journal) - European Union foreign ministers agreed on Monday to review the bloc's raw materials agreement with Rwanda and to suspend defence consultations with Kigali, stopping short of immediate sanctions over its role in eastern Congo.

Kaja Kallas, the EU's foreign policy chief, said work on restrictive measures had begun and that they would be adopted if Rwanda failed to withdraw its troops and halt its support for the M23.

Belgium, Congo's former colonial ruler, has pushed hardest for sanctions. Rwanda last week suspended its development cooperation with Brussels, accusing the Belgian government of waging a campaign against it.

In a statement, Rwanda's foreign ministry said the EU's approach was misguided and that penalising Kigali would not bring peace to eastern Congo. It said the bloc should instead press Kinshasa to disarm the FDLR.

Congo's government did not comment on the decision. Several EU governments were reluctant to move against Rwanda, whose troops protect gas projects in Mozambique that involve European companies, according to diplomats.""",
        claims=[
            ("eu", "sanctions-on-rwanda", C, "they would be adopted if Rwanda failed to withdraw its troops", True),
            ("eu", "rwanda-withdraws-troops", S, "if Rwanda failed to withdraw its troops and halt its support for the M23", True),
            ("rwanda", "sanctions-on-rwanda", O, "penalising Kigali would not bring peace to eastern Congo", True),
            ("rwanda", "fdlr-neutralisation", S, "the bloc should instead press Kinshasa to disarm the FDLR", True),
        ],
    ),
    dict(
        key="minerals-offer",
        published="2025-03-08T15:00:00Z", outlet="savanna-ledger", slug="congo-pitches-minerals-for-security",
        title="Congo pitches minerals-for-security deal to Washington",
        text="""WASHINGTON, March 8 (Savanna Ledger) - The United States is open to discussing a partnership with Congo on critical minerals, the State Department said on Saturday, after Kinshasa offered American companies access to cobalt, lithium and coltan in exchange for help in ending the war in the east.

A department spokesperson said Washington would not enter any such arrangement unless it fit the administration's America First priorities and benefited US industry, and gave no details of any talks.

President Felix Tshisekedi has said publicly that he wants the United States as a strategic partner in mining, and his office confirmed that a proposal had been sent to Washington.

Rwanda's government declined to comment on the offer. Some analysts said a deal could give Washington a stake in stabilising the region, while others doubted that US mining companies would invest while fighting continued.

Most of Congo's cobalt is currently mined by Chinese-owned companies in the country's southeast, far from the conflict zone, and any new American investment would take years to produce output.""",
        claims=[
            ("usa", "us-minerals-deal", C, "would not enter any such arrangement unless it fit the administration's America First priorities", True),
            ("drc", "us-minerals-deal", S, "he wants the United States as a strategic partner in mining", True),
        ],
    ),
    dict(
        key="angola-direct-talks",
        published="2025-03-11T20:30:00Z", outlet="equator-wire", slug="angola-to-host-direct-talks",
        title="Angola to host direct talks between Kinshasa and M23; Congo takes note",
        text="""LUANDA, March 11 (Equator Wire) - Angola said on Tuesday that it would reach out to the M23 in order to set up direct negotiations between the rebels and the Congolese government in Luanda in the coming days, hours after Tshisekedi met President Joao Lourenco.

The Angolan presidency said in a statement that its mediation would seek a ceasefire and lasting peace, and that the talks would be held in the Angolan capital.

Tshisekedi's spokeswoman, Tina Salama, said Kinshasa had taken note of the Angolan initiative and was waiting to see how it would be put into practice. She did not say whether a government delegation would attend.

The reply marks a softening for Tshisekedi, who had repeatedly vowed never to negotiate with the M23 and had described the group as a puppet of Rwanda. Congolese officials said privately that battlefield losses and pressure from Washington had narrowed his options.

The M23 did not comment immediately. The rebels have long demanded face-to-face talks with Kinshasa.""",
        claims=[
            ("angola", "direct-talks-m23", S, "it would reach out to the M23 in order to set up direct negotiations", True),
            ("drc", "direct-talks-m23", C, "Kinshasa had taken note of the Angolan initiative and was waiting to see", True),
            ("m23", "direct-talks-m23", S, "The rebels have long demanded face-to-face talks with Kinshasa", False),
        ],
    ),
    dict(
        key="angola-direct-talks-copy",
        published="2025-03-11T22:10:00Z", outlet="baobab-times", slug="angola-offers-to-broker-m23-talks",
        title="Angola offers to broker Kinshasa-M23 talks in Luanda",
        text="""LUANDA, March 11 (Baobab Times) - Angola announced on Tuesday that it would reach out to the M23 in order to set up direct negotiations between the rebel group and Congo's government in Luanda within days, hours after President Felix Tshisekedi met his Angolan counterpart Joao Lourenco.

According to a statement from the Angolan presidency, the mediation will aim for a ceasefire and a durable peace, with the talks to take place in the Angolan capital.

Kinshasa had taken note of the Angolan initiative and was waiting to see how it would be implemented, Tshisekedi's spokeswoman Tina Salama said. She would not say whether the government would send a delegation.

The response is a shift in tone for Tshisekedi, who had vowed repeatedly never to negotiate with the M23 and had called it a Rwandan puppet. Privately, Congolese officials said battlefield setbacks and pressure from Washington had narrowed his choices.

There was no immediate reaction from the M23. The rebels have long demanded face-to-face talks with Kinshasa.""",
        claims=[
            ("angola", "direct-talks-m23", S, "it would reach out to the M23 in order to set up direct negotiations", True),
            ("drc", "direct-talks-m23", C, "Kinshasa had taken note of the Angolan initiative and was waiting to see", True),
            ("m23", "direct-talks-m23", S, "The rebels have long demanded face-to-face talks with Kinshasa", False),
        ],
    ),
    dict(
        key="kinshasa-sends-delegation",
        published="2025-03-12T19:45:00Z", outlet="lakeshore-journal", slug="congo-to-send-delegation-to-luanda",
        title="Tshisekedi caves: Congo to negotiate with M23 in Luanda",
        text="""KINSHASA, March 12 (Lakeshore Journal) - Congo's government will send a delegation to direct peace talks with the M23 in Luanda on March 18, the presidency said on Wednesday, confirming a turnaround after more than three years of refusing to deal with the rebels.

Presidential spokeswoman Tina Salama said the delegation would take part in the Angolan-mediated negotiations and that the government wanted the talks to produce a ceasefire. Officials stressed that attending did not amount to recognising the group.

The M23 said it had received Angola's invitation but would only take part if Tshisekedi publicly and unambiguously committed, in his own voice, to negotiating directly with the movement. Spokesman Lawrence Kanyuka said the rebels needed to know who would sit across the table and with what mandate.

Rwanda welcomed the announcement. Foreign Minister Olivier Nduhungirehe said dialogue between Kinshasa and the M23 was the only way out of the crisis.

The talks would be the first between the two sides since the M23 took up arms again in late 2021.""",
        claims=[
            ("drc", "direct-talks-m23", S, "Congo's government will send a delegation to direct peace talks with the M23", True),
            ("m23", "direct-talks-m23", C, "would only take part if Tshisekedi publicly and unambiguously committed", True),
            ("rwanda", "direct-talks-m23", S, "dialogue between Kinshasa and the M23 was the only way out", True),
        ],
    ),
    dict(
        key="eu-sanctions-adopted",
        published="2025-03-17T14:00:00Z", outlet="equator-wire", slug="eu-sanctions-rwandan-officers-and-refinery",
        title="EU sanctions Rwandan officers, M23 leaders and gold refinery",
        text="""BRUSSELS, March 17 (Equator Wire) - The European Union imposed sanctions on Monday on three Rwandan army commanders, the head of Rwanda's mining regulator and a gold refinery near Kigali, as well as on several M23 leaders, over the violence in eastern Congo.

The measures, approved by EU foreign ministers, freeze assets in the bloc and ban travel to it. In its decision, the Council said Rwandan forces were fighting alongside the rebels and that minerals smuggled out of rebel-held areas were being processed and sold through Rwanda.

Kaja Kallas said the listings sent a clear message that those fuelling the conflict would face consequences.

Rwanda called the sanctions deeply regrettable and said they rested on a distorted picture of the conflict. Hours earlier, Kigali had broken off diplomatic relations with Belgium, accusing it of lobbying against Rwanda and giving Belgian diplomats 48 hours to leave.

Belgium said it regretted the decision and would respond in kind. Congo's foreign ministry welcomed the EU listings and said they should be the first of many.""",
        claims=[
            ("eu", "sanctions-on-rwanda", S, "The European Union imposed sanctions on Monday on three Rwandan army commanders", True),
            ("rwanda", "sanctions-on-rwanda", O, "Rwanda called the sanctions deeply regrettable", True),
            ("drc", "sanctions-on-rwanda", S, "Congo's foreign ministry welcomed the EU listings", True),
        ],
    ),
    dict(
        key="m23-quits-luanda",
        published="2025-03-17T21:20:00Z", outlet="savanna-ledger", slug="m23-pulls-out-of-luanda-talks",
        title="M23 pulls out of Luanda talks on eve of first meeting",
        text="""LUANDA, March 17 (Savanna Ledger) - The M23 said on Monday it would not attend direct talks with the Congolese government due to open in Luanda on Tuesday, blaming sanctions announced the same day by the European Union against its leaders.

In a statement, the rebel alliance said the repeated sanctions imposed on its members by international actors made meaningful dialogue impossible for now, and that it would not take part as long as such measures were being adopted. It accused Kinshasa of working to sabotage the process.

Congo's delegation was already in the Angolan capital. Government spokesman Patrick Muyaya said Kinshasa regretted the rebels' decision and remained ready to hold the talks under Angola's mediation.

Angolan officials said they were still in contact with both sides and declined to say when the meeting could be rescheduled.

Analysts said the collapse showed how fragile the diplomacy remained, with the rebels still pressing west toward Walikale and Rwanda now at odds with both the EU and Belgium.""",
        claims=[
            ("m23", "direct-talks-m23", C, "it would not take part as long as such measures were being adopted", True),
            ("drc", "direct-talks-m23", S, "remained ready to hold the talks under Angola's mediation", True),
        ],
    ),
    dict(
        key="doha-surprise-meeting",
        published="2025-03-18T20:00:00Z", outlet="baobab-times", slug="tshisekedi-and-kagame-meet-in-qatar",
        title="Tshisekedi and Kagame meet in Qatar in surprise encounter",
        text="""DOHA, March 18 (Baobab Times) - Felix Tshisekedi and Paul Kagame met in Doha on Tuesday in their first face-to-face encounter since the M23 seized Goma, hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.

A joint statement issued after the meeting said the two presidents had agreed on the need for an immediate and unconditional ceasefire, and had reaffirmed their commitment to the African-led mediation. It gave no details on how a truce would be monitored.

The meeting had not been announced in advance, and officials in Kinshasa and Kigali had spent the day trading accusations over the collapse of the talks planned in Luanda. Qatar, which has built a reputation as a mediator in conflicts from Afghanistan to Gaza, had been in quiet contact with both governments for weeks, according to diplomats.

Neither president spoke to reporters. Analysts said the Doha meeting could open a parallel channel to the African processes, but cautioned that earlier ceasefires in the region had rarely held for long.""",
        claims=[],
    ),
    dict(
        key="walikale-pullback",
        published="2025-03-22T18:00:00Z", outlet="crossroads-dispatch", slug="m23-to-pull-back-from-walikale",
        title="M23 says it will pull back from Walikale, but not Goma or Bukavu",
        text="""GOMA, March 22 (Crossroads Dispatch) - The M23-led alliance said on Saturday it would reposition its fighters away from the mining town of Walikale, the westernmost point of its advance, as a goodwill gesture in support of peace initiatives.

Lawrence Kanyuka, the alliance's spokesman, said the move applied only to Walikale and its surroundings. The rebels would keep administering Goma and Bukavu, he said, and would hand the two cities to no one.

Congo's army said it would refrain from offensive operations in response, in line with the call for a truce made in Doha. But Tshisekedi's office said a withdrawal from one town changed nothing and that the M23 had to leave every area it occupied, starting with the two provincial capitals.

Walikale lies near Bisie, one of the world's richest tin deposits. The rebels' capture of the town earlier in the week had taken them closer to Kisangani than ever before.

Residents said on Saturday that fighters were still visible in parts of the town.""",
        claims=[
            ("m23", "m23-withdraws-from-cities", O, "would hand the two cities to no one", True),
            ("drc", "m23-withdraws-from-cities", S, "the M23 had to leave every area it occupied, starting with the two provincial capitals", True),
        ],
    ),
    dict(
        key="angola-steps-down",
        published="2025-03-24T12:30:00Z", outlet="lakeshore-journal", slug="angola-steps-down-as-mediator",
        title="Angola steps down as mediator in Congo conflict",
        text="""LUANDA, March 24 (Lakeshore Journal) - Angola said on Monday it was stepping aside as mediator between Congo and Rwanda, ending a role it had held since 2022, so that President Joao Lourenco could concentrate on his duties as chair of the African Union.

The presidency said in a statement that it would hand the file to the AU Commission, which would name a new mediator in consultation with the regional blocs. It did not say who was being considered.

The announcement came a week after the collapse of the direct talks Angola had tried to host in Luanda, and days after Qatar brought Tshisekedi and Kagame together in Doha. Diplomats in Luanda said Lourenco had been frustrated at being sidelined.

Officials in Kinshasa and Kigali declined to comment on the decision. Analysts said the move could leave room for Qatar and the United States, but warned that too many competing mediators risked confusing the process.

The Luanda process, launched in 2022, produced a ceasefire in mid-2024 and a plan to neutralise the FDLR militia that was never carried out.""",
        claims=[],
    ),
    dict(
        key="boulos-kinshasa",
        published="2025-04-04T17:00:00Z", outlet="savanna-ledger", slug="us-and-congo-seal-minerals-pact",
        title="US and Congo seal minerals-for-security pact",
        text="""KINSHASA, April 4 (Savanna Ledger) - The United States and Congo are working on a minerals agreement that could bring billions of dollars of American investment, US envoy Massad Boulos said on Thursday after meeting Tshisekedi, adding that a deal would go ahead only once there was real progress toward peace.

Boulos, President Donald Trump's senior adviser for Africa, said Washington wanted Rwanda to withdraw its troops and end its support for the M23, and that American companies needed stability before committing capital. He gave no date for a signing.

Tshisekedi's office said the president was ready to sign a strategic partnership with the United States as soon as possible.

Boulos travelled on to Kigali, where he met Kagame. Rwanda's presidency said the two had discussed regional economic integration and investment, without giving details.

The rebels, who refuse to give up Goma and Bukavu, were not part of the discussions. Fighting continued on Thursday around the town of Masisi.""",
        claims=[
            ("usa", "us-minerals-deal", C, "a deal would go ahead only once there was real progress toward peace", True),
            ("usa", "rwanda-withdraws-troops", S, "Washington wanted Rwanda to withdraw its troops", True),
            ("drc", "us-minerals-deal", S, "the president was ready to sign a strategic partnership with the United States", True),
            ("m23", "m23-withdraws-from-cities", O, "The rebels, who refuse to give up Goma and Bukavu", False),
        ],
    ),
    dict(
        key="doha-joint-statement",
        published="2025-04-23T19:30:00Z", outlet="equator-wire", slug="kinshasa-and-m23-pledge-truce-after-doha-talks",
        title="Kinshasa and M23 pledge truce after Qatar-hosted talks",
        text="""DOHA, April 23 (Equator Wire) - Congo's government and the M23 said on Wednesday they had agreed to work toward a truce after their first round of direct talks in Qatar, in a joint statement read out on Congolese state television and posted by the rebels.

Both sides committed to halting hostilities for the duration of the negotiations and to rejecting hateful rhetoric. The M23 said it would keep taking part in the talks in Doha, and Kinshasa's delegation said it intended to see them through.

Qatar's foreign ministry said Doha would continue to host the two sides and would help them reach a lasting agreement. The talks, held over several days at a hotel in the Qatari capital, followed a meeting earlier in April between Qatari officials and rebel leaders.

The statement made no mention of the M23's call for prisoner releases, or of the government's demand that the rebels leave the cities they hold. Analysts said those issues would be the hardest to settle.""",
        claims=[
            ("m23", "direct-talks-m23", S, "The M23 said it would keep taking part in the talks in Doha", True),
            ("drc", "direct-talks-m23", S, "Kinshasa's delegation said it intended to see them through", True),
            ("qatar", "direct-talks-m23", S, "Doha would continue to host the two sides", True),
            ("drc", "m23-withdraws-from-cities", S, "the government's demand that the rebels leave the cities they hold", False),
        ],
    ),
    dict(
        key="washington-declaration",
        published="2025-04-25T21:00:00Z", outlet="baobab-times", slug="congo-rwanda-sign-declaration-of-principles",
        title="Congo and Rwanda sign declaration of principles in Washington",
        text="""WASHINGTON, April 25 (Baobab Times) - The foreign ministers of Congo and Rwanda signed a declaration of principles at the State Department on Friday, committing to respect each other's sovereignty and to present a draft peace agreement by May 2.

Secretary of State Marco Rubio, who hosted the ceremony, said the United States expected both sides to stop supporting armed groups and hoped the accord would bring investment to the region.

Congo's Therese Kayikwamba Wagner said the withdrawal of Rwandan troops from Congolese soil remained a requirement for any lasting peace. Her Rwandan counterpart, Olivier Nduhungirehe, said the priority was for Kinshasa to dismantle the FDLR militia, which Kigali regards as an existential threat. Asked whether Rwandan soldiers were in Congo, he declined to say.

The declaration also envisages a regional economic framework covering minerals, energy and infrastructure. Details were not released.

Rubio called the document a first step and said much work remained. The M23 was not a party to it.""",
        claims=[
            ("drc", "rwanda-withdraws-troops", S, "the withdrawal of Rwandan troops from Congolese soil remained a requirement", True),
            ("rwanda", "fdlr-neutralisation", S, "the priority was for Kinshasa to dismantle the FDLR militia", True),
        ],
    ),
    dict(
        key="draft-texts-exchanged",
        published="2025-05-03T14:00:00Z", outlet="lakeshore-journal", slug="congo-rwanda-swap-draft-peace-texts",
        title="Congo and Rwanda swap draft peace texts; FDLR sequencing divides them",
        text="""KINSHASA, May 3 (Lakeshore Journal) - Congo and Rwanda exchanged draft versions of a peace agreement on Friday, meeting a deadline set in Washington, but officials on both sides said they remained far apart on the order in which the main commitments should be carried out.

Congo's foreign minister, Therese Kayikwamba Wagner, said Kinshasa was prepared to act against the FDLR militia, but only in parallel with the departure of Rwandan forces, not before it. Congolese officials said the draft they submitted made the withdrawal of Rwandan troops a central obligation.

Rwanda's government said in a statement that its draft addressed the root causes of the conflict, first among them the FDLR, which it said must be neutralised once and for all.

The State Department said it had received both texts and that US officials would help the two sides merge them. It did not comment on their content.

Separately, the M23 said it remained committed to its talks with Kinshasa in Doha, which it said had entered a technical phase.""",
        claims=[
            ("drc", "fdlr-neutralisation", C, "Kinshasa was prepared to act against the FDLR militia, but only in parallel", True),
            ("drc", "rwanda-withdraws-troops", S, "the draft they submitted made the withdrawal of Rwandan troops a central obligation", True),
            ("rwanda", "fdlr-neutralisation", S, "the FDLR, which it said must be neutralised once and for all", True),
            ("m23", "direct-talks-m23", S, "the M23 said it remained committed to its talks with Kinshasa in Doha", True),
        ],
    ),
    dict(
        key="text-initialled",
        published="2025-06-18T22:00:00Z", outlet="crossroads-dispatch", slug="negotiators-initial-congo-rwanda-text",
        title="Negotiators initial Congo-Rwanda peace text; signing set for June 27",
        text="""WASHINGTON, June 18 (Crossroads Dispatch) - Technical teams from Congo and Rwanda initialled the text of a peace agreement in Washington on Wednesday after three days of talks, setting up a signing by their foreign ministers on June 27.

The text has not been published. Officials from both delegations declined to say whether it set a deadline for Rwandan forces to leave Congo or how operations against the FDLR militia would be sequenced, saying details would be released at the ceremony.

The talks took place at the State Department, with Qatar represented by a senior diplomat. A State Department spokesperson said the ministers were expected to attend the signing in person.

Diplomats said the draft was likely to include a joint security mechanism and a regional economic framework, but cautioned that earlier accords in the region had foundered on implementation. Some Congolese civil society groups said they feared the deal would reward Rwanda with access to minerals.

The M23 was not involved in the Washington talks.""",
        claims=[],
    ),
    dict(
        key="washington-signing",
        published="2025-06-27T20:30:00Z", outlet="equator-wire", slug="congo-rwanda-sign-us-brokered-peace-deal",
        title="Congo and Rwanda sign US-brokered peace agreement",
        text="""WASHINGTON, June 27 (Equator Wire) - Congo and Rwanda signed a peace agreement at the State Department on Friday, with Secretary of State Marco Rubio as witness, committing to end hostilities and to a timetable for security steps on both sides of the border.

Under the agreement, Rwanda's defensive measures in eastern Congo are to be lifted within 90 days, in step with a joint operation against the FDLR militia. Rwandan Foreign Minister Olivier Nduhungirehe said Kigali would lift those measures once the FDLR threat was being dismantled, and warned that previous deals had failed on implementation.

His Congolese counterpart, Therese Kayikwamba Wagner, said the agreement must now lead to the real departure of Rwandan troops, and that Kinshasa's operations against the FDLR would go ahead in parallel with it.

Later, at the White House, President Donald Trump told reporters that the United States would be getting a lot of mineral rights from Congo as part of the arrangement.

The M23 was not a signatory. The group said the Washington text did not concern it.""",
        claims=[
            ("rwanda", "rwanda-withdraws-troops", C, "Kigali would lift those measures once the FDLR threat was being dismantled", True),
            ("drc", "rwanda-withdraws-troops", S, "the agreement must now lead to the real departure of Rwandan troops", True),
            ("drc", "fdlr-neutralisation", C, "Kinshasa's operations against the FDLR would go ahead in parallel with it", True),
            ("usa", "us-minerals-deal", S, "the United States would be getting a lot of mineral rights from Congo", True),
        ],
    ),
    dict(
        key="m23-not-bound",
        published="2025-06-28T10:00:00Z", outlet="savanna-ledger", slug="m23-says-washington-deal-does-not-bind-it",
        title="M23 says Washington deal does not bind it, will keep Goma",
        text="""GOMA, June 28 (Savanna Ledger) - The M23 said on Saturday that the peace agreement signed in Washington between Congo and Rwanda did not bind the rebel alliance and would not lead it to leave the cities it controls.

Bertrand Bisimwa, the group's president, said in an interview that any handover of Goma and Bukavu was out of the question, and that the movement's future would be settled only at the negotiating table with Kinshasa in Doha, where talks were continuing.

Corneille Nangaa, the coordinator of the Congo River Alliance, wrote on social media that the Washington text dealt with a dispute between two states, not with the grievances that had driven the rebellion.

In Goma, residents said banks remained closed and that the rebels' administration was collecting taxes on goods arriving from the border. Analysts doubted that the agreement would weaken the rebels quickly.

Qatar has not announced a date for the next round of the Doha talks.""",
        claims=[
            ("m23", "m23-withdraws-from-cities", O, "any handover of Goma and Bukavu was out of the question", True),
            ("m23", "direct-talks-m23", S, "the movement's future would be settled only at the negotiating table with Kinshasa", True),
        ],
    ),
    dict(
        key="doha-declaration",
        published="2025-07-19T18:00:00Z", outlet="baobab-times", slug="kinshasa-and-m23-sign-doha-declaration",
        title="Kinshasa and M23 sign Doha declaration of principles",
        text="""DOHA, July 19 (Baobab Times) - Congo's government and the M23 signed a declaration of principles in Doha on Saturday, committing to a permanent ceasefire and to conclude a comprehensive peace agreement by Aug 18.

The text, mediated by Qatar, provides for the restoration of state authority across the east and for an exchange of prisoners. Qatari Minister of State Mohammed Al-Khulaifi said Doha would keep working with both parties until a final agreement was reached.

Congo's delegation said the declaration paved the way for the rebels' withdrawal from the towns they had seized, including Goma and Bukavu. But the M23's Bertrand Bisimwa told reporters the text did not require the movement to pull out of any city, and that no withdrawal had been agreed.

US envoy Massad Boulos, who attended, said the Doha track and the Washington agreement reinforced each other and that the United States backed direct talks between Kinshasa and the rebels.

Fighting had continued in parts of North and South Kivu during the week.""",
        claims=[
            ("drc", "direct-talks-m23", S, "Congo's government and the M23 signed a declaration of principles in Doha", True),
            ("m23", "direct-talks-m23", S, "Congo's government and the M23 signed a declaration of principles in Doha", True),
            ("qatar", "direct-talks-m23", S, "Doha would keep working with both parties until a final agreement was reached", True),
            ("usa", "direct-talks-m23", S, "the United States backed direct talks between Kinshasa and the rebels", True),
            ("drc", "m23-withdraws-from-cities", S, "paved the way for the rebels' withdrawal from the towns they had seized", True),
            ("m23", "m23-withdraws-from-cities", O, "the text did not require the movement to pull out of any city", True),
        ],
    ),
    dict(
        key="doha-deadline-missed",
        published="2025-08-19T15:00:00Z", outlet="crossroads-dispatch", slug="doha-deadline-passes-without-deal",
        title="Doha deadline passes with no peace deal",
        text="""GOMA, Aug 19 (Crossroads Dispatch) - The Aug 18 deadline for Congo's government and the M23 to sign a comprehensive peace agreement passed without a deal, as each side accused the other of violating the ceasefire agreed in Doha.

The rebels said the government had not released prisoners as promised in July. Kinshasa said the M23 was recruiting and reinforcing its positions in North Kivu. Both nonetheless said they remained committed to the Qatar-mediated process, and a new round was expected in the coming weeks.

The M23 also said it had no plans to hand over the administration of Goma, where it has appointed its own governor and mayor.

Human rights groups reported killings of civilians in Rutshuru territory in July, which the rebels denied.

A Western diplomat said the missed deadline was not a surprise given how much remained to be negotiated, but warned that the longer the deadlock lasted, the harder it would be to persuade the rebels to give up the cities.""",
        claims=[
            ("drc", "direct-talks-m23", S, "Both nonetheless said they remained committed to the Qatar-mediated process", True),
            ("m23", "direct-talks-m23", S, "Both nonetheless said they remained committed to the Qatar-mediated process", True),
            ("m23", "m23-withdraws-from-cities", O, "it had no plans to hand over the administration of Goma", True),
        ],
    ),
    dict(
        key="doha-framework",
        published="2025-11-15T20:00:00Z", outlet="equator-wire", slug="congo-and-m23-sign-doha-framework",
        title="Congo and M23 sign framework for peace in Doha",
        text="""DOHA, Nov 15 (Equator Wire) - Congo's government and the M23 signed a framework agreement in Doha on Saturday that sets out the steps toward ending the conflict, though several of its protocols, including those on the withdrawal of forces and the return of state authority, have still to be negotiated.

The signing was attended by Qatari officials and by US envoy Massad Boulos.

Bertrand Bisimwa, who led the rebel delegation, said the alliance would keep running the areas it controls and that Goma was not on the table. He said the rebels would continue negotiating in Doha.

Congo's chief negotiator said the government would not sign any final deal that left the rebels in Goma and Bukavu, and that it would raise the issue at the next round.

Analysts said the split over the cities had been papered over rather than resolved. Tshisekedi and Kagame are expected in Washington next month to sign further agreements in the presence of Trump, although no date has been confirmed.""",
        claims=[
            ("drc", "direct-talks-m23", S, "Congo's government and the M23 signed a framework agreement in Doha", True),
            ("m23", "direct-talks-m23", S, "He said the rebels would continue negotiating in Doha", True),
            ("m23", "m23-withdraws-from-cities", O, "Goma was not on the table", True),
            ("drc", "m23-withdraws-from-cities", S, "would not sign any final deal that left the rebels in Goma and Bukavu", True),
        ],
    ),
    dict(
        key="washington-accords",
        published="2025-12-04T21:30:00Z", outlet="baobab-times", slug="tshisekedi-kagame-sign-accords-with-trump",
        title="Tshisekedi and Kagame sign accords with Trump; US-Congo minerals pact sealed",
        text="""WASHINGTON, Dec 4 (Baobab Times) - Felix Tshisekedi and Paul Kagame signed a set of agreements in Washington on Thursday meant to cement the peace deal reached in June, at a ceremony hosted by President Donald Trump.

The United States and Congo also signed a strategic partnership giving American companies preferred access to Congolese copper, cobalt and other minerals, alongside a regional economic framework that includes Rwanda. Trump said the partnership would benefit both countries and that US firms would start investing soon.

Kagame said Rwanda would honour its commitments, including lifting its defensive measures, provided the FDLR was dealt with, and that there would be ups and downs. Tshisekedi said Kinshasa expected Rwanda to withdraw its troops fully and without delay.

Fighting had intensified in South Kivu in the days before the ceremony, with the M23 advancing toward the town of Uvira near the Burundian border. The rebels were not represented in Washington.

Rubio said the United States would hold both sides to their commitments.""",
        claims=[
            ("usa", "us-minerals-deal", S, "The United States and Congo also signed a strategic partnership", True),
            ("drc", "us-minerals-deal", S, "The United States and Congo also signed a strategic partnership", True),
            ("rwanda", "rwanda-withdraws-troops", C, "including lifting its defensive measures, provided the FDLR was dealt with", True),
            ("drc", "rwanda-withdraws-troops", S, "Kinshasa expected Rwanda to withdraw its troops fully and without delay", True),
        ],
    ),
    dict(
        key="uvira-pullout",
        published="2025-12-17T16:00:00Z", outlet="crossroads-dispatch", slug="m23-to-leave-uvira-after-us-pressure",
        title="M23 says it will leave Uvira after US pressure",
        text="""UVIRA, Dec 17 (Crossroads Dispatch) - The M23 said on Wednesday it would withdraw its fighters from Uvira, a week after seizing the town on the shore of Lake Tanganyika, in response to a request from US mediators.

The alliance said the pullout from Uvira was a confidence-building gesture and did not concern Goma or Bukavu, which it said would remain under its administration.

The United States had accused Rwanda of breaking the Washington accords by backing the offensive. On Tuesday the State Department said again that Rwanda must pull its forces out of Congo as it had committed to do.

Rwanda denied any role in the Uvira offensive and said the fighting had been triggered by attacks by Burundian troops and Congolese forces on Banyamulenge communities.

Congo's government said it would believe the withdrawal when it saw it, and repeated that the rebels had to leave every town they held. Burundi, whose commercial capital Bujumbura lies across the lake, had closed its border.""",
        claims=[
            ("m23", "m23-withdraws-from-cities", O, "did not concern Goma or Bukavu, which it said would remain under its administration", True),
            ("usa", "rwanda-withdraws-troops", S, "Rwanda must pull its forces out of Congo as it had committed to do", True),
            ("drc", "m23-withdraws-from-cities", S, "repeated that the rebels had to leave every town they held", True),
        ],
    ),
]

# Labelled shifts (key = first article that shows the new stance).
SHIFTS = [
    dict(actor="drc", issue="direct-talks-m23", frm=O, to=C, key="angola-direct-talks",
         why="Tshisekedi's spokeswoman says Kinshasa has taken note of Angola's plan for direct talks and awaits its implementation; until 006/007 Kinshasa refused any negotiation with the M23."),
    dict(actor="drc", issue="direct-talks-m23", frm=C, to=S, key="kinshasa-sends-delegation",
         why="The presidency confirms it will send a delegation to direct talks with the M23 in Luanda; in 013/014 it had only taken note of Angola's offer."),
    dict(actor="m23", issue="direct-talks-m23", frm=S, to=C, key="kinshasa-sends-delegation",
         why="The M23 says it will only take part if Tshisekedi publicly commits to direct negotiations; until then it had called for direct talks without conditions (001, 005)."),
    dict(actor="eu", issue="sanctions-on-rwanda", frm=C, to=S, key="eu-sanctions-adopted",
         why="The EU adopts sanctions on Rwandan commanders and a refinery; in 008 and 011 it only threatened measures if Rwanda did not withdraw."),
    dict(actor="m23", issue="direct-talks-m23", frm=C, to=S, key="doha-joint-statement",
         why="After the first round in Doha the M23 says it will keep taking part in the talks; in 015 and 017 it made attendance depend on conditions."),
    dict(actor="rwanda", issue="rwanda-withdraws-troops", frm=O, to=C, key="washington-signing",
         why="Rwanda signs the Washington agreement and says it will lift its defensive measures once the FDLR threat is being dismantled; in 002 it rejected calls to withdraw."),
    dict(actor="usa", issue="us-minerals-deal", frm=C, to=S, key="washington-signing",
         why="Trump says the United States will get significant mineral rights in Congo; in 012 and 021 Washington was only open to a deal under conditions."),
]

DUPLICATES = [("dar-summit", "dar-summit-copy"), ("angola-direct-talks", "angola-direct-talks-copy")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
STANCES = {S, O, C}


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^actors:", line):
                section = "actors"
            elif re.match(r"^issues:", line):
                section = "issues"
            elif re.match(r"^baseline:", line):
                section = "baseline"
            m = re.match(r"^  - id: (\S+)", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def main():
    errors = []
    arts = sorted(ARTICLES, key=lambda a: a["published"])
    if [a["key"] for a in arts] != [a["key"] for a in ARTICLES]:
        errors.append("ARTICLES are not listed in publication order")
    pubs = [a["published"] for a in arts]
    if len(set(pubs)) != len(pubs):
        errors.append("duplicate publication timestamps")
    keys = [a["key"] for a in arts]
    if len(set(keys)) != len(keys):
        errors.append("duplicate keys")
    kid = {a["key"]: "%03d" % (i + 1) for i, a in enumerate(arts)}

    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("actors: %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("issues: %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append("bad baseline entry %s %s %s" % (a, i, s))

    # Articles.
    out_articles = []
    for a in arts:
        aid = kid[a["key"]]
        source = OUTLETS[a["outlet"]]
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        text = a["text"].strip()
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (aid, n))
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Za-z]+) (\d{1,2}) \(([^)]+)\) - \S", text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day or m.group(4) != source:
                errors.append("%s: dateline does not match date/outlet" % aid)
        for bad in ("\u201c", "\u201d", "\u2019", "\u2014"):
            if bad in text:
                errors.append("%s: non-ASCII punctuation" % aid)
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (aid, actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (aid, issue))
            if stance not in STANCES:
                errors.append("%s: bad stance %s" % (aid, stance))
            if quote not in text:
                errors.append("%s: quote not in text: %r" % (aid, quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote too long (%d words): %r" % (aid, len(quote.split()), quote))
            if not isinstance(attributed, bool):
                errors.append("%s: attributed not bool" % aid)
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (aid, actor, issue))
            seen.add((actor, issue))
        out_articles.append(dict(id=aid, published=a["published"], source=source, url=url,
                                 title=a["title"], text=text, _outlet=a["outlet"]))

    # Duplicates carry identical claims and come from different outlets, same day, later.
    amap = {a["key"]: a for a in arts}
    for k1, k2 in DUPLICATES:
        a1, a2 = amap[k1], amap[k2]
        t1 = sorted((c[0], c[1], c[2]) for c in a1["claims"])
        t2 = sorted((c[0], c[1], c[2]) for c in a2["claims"])
        if t1 != t2:
            errors.append("duplicate %s/%s: claims differ" % (kid[k1], kid[k2]))
        if a1["outlet"] == a2["outlet"] or a1["published"][:10] != a2["published"][:10] or a2["published"] <= a1["published"]:
            errors.append("duplicate %s/%s: outlet/day/order" % (kid[k1], kid[k2]))

    # Labels.
    claims_out = {}
    for a in arts:
        claims_out[kid[a["key"]]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                                     for c in a["claims"]]
    shifts_out = []
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue: %r" % s)
        shifts_out.append({"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                           "article": kid[s["key"]], "why": s["why"]})

    # Recompute shifts from baseline + attributed claims in article order.
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for a in arts:
        aid = kid[a["key"]]
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if not attributed:
                continue
            prev = prevailing.get((actor, issue))
            if prev is not None and prev != stance:
                recomputed.append((actor, issue, prev, stance, aid))
            prevailing[(actor, issue)] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in shifts_out]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))
    # Duplicate of a shift article must repeat the same transitions without alerting again.
    shift_articles = sorted({s["article"] for s in shifts_out})
    no_alert = [kid[a["key"]] for a in arts if kid[a["key"]] not in shift_articles]

    # Set-level targets.
    allc = [c for a in arts for c in a["claims"]]
    counts = {st: sum(1 for c in allc if c[2] == st) for st in (S, O, C)}
    nfalse = sum(1 for c in allc if not c[4])
    noclaim = [kid[a["key"]] for a in arts if not a["claims"]]
    straight = sum(1 for s in shifts_out if {s["from"], s["to"]} == {S, O})
    withc = sum(1 for s in shifts_out if C in (s["from"], s["to"]))
    if not 30 <= len(arts) <= 34:
        errors.append("articles: %d" % len(arts))
    if not 60 <= len(allc) <= 90:
        errors.append("claims: %d" % len(allc))
    if counts[C] < 6 or min(counts.values()) == 0:
        errors.append("stance counts %r" % counts)
    if not 5 <= len(shifts_out) <= 8:
        errors.append("shifts: %d" % len(shifts_out))
    if straight > 2 or withc < 1:
        errors.append("shift types: straight=%d conditional=%d" % (straight, withc))
    if not 3 <= len(noclaim) <= 4:
        errors.append("no-claim articles: %r" % noclaim)
    if nfalse < 2:
        errors.append("too few attributed:false")
    if not any(kid[k] in shift_articles for k, _ in DUPLICATES):
        errors.append("no duplicate pair with a shift article")
    if not 4 <= len(OUTLETS) <= 5 or {a["outlet"] for a in arts} != set(OUTLETS):
        errors.append("outlets")

    # Write files.
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for art in out_articles:
        rec = {k: v for k, v in art.items() if not k.startswith("_")}
        with open(os.path.join(HERE, "articles", art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"claims": claims_out, "shifts": shifts_out, "no_alert_articles": no_alert}, fh,
                  indent=2, ensure_ascii=False)
        fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in out_articles if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set drc-rwanda-m23-2025</description>" % escape(name),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(a["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                      "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                      "      <description>%s</description>" % escape(a["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        fp = os.path.join(HERE, "feeds", slug + ".xml")
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        r = subprocess.run(["xmllint", "--noout", fp], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint %s: %s" % (slug, r.stderr.strip()))

    # Summary.
    print("articles: %d, claims: %d %r, attributed false: %d" % (len(arts), len(allc), counts, nfalse))
    print("shifts: %d in articles %s (straight reversals %d)" % (len(shifts_out), shift_articles, straight))
    print("no-claim articles: %s" % noclaim)
    print("duplicates: %s" % ", ".join("%s/%s" % (kid[a], kid[b]) for a, b in DUPLICATES))
    for a in out_articles:
        print("  %s %s %-20s %3d words  %s" % (a["id"], a["published"][:10], a["_outlet"],
                                             len(a["text"].split()), a["title"]))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
