#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set ethiopia-eritrea-peace-2018.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates the whole set (quotes, ids, watchlist, lengths, datelines,
shifts, no_alert_articles, xmllint). Exits non-zero on any failure.

All article wording is original paraphrase of real, public events. The set is
not a source of facts.
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "ethiopia-eritrea-peace-2018"

OUTLETS = {
    "highland-wire": "Highland Wire",
    "horn-courier": "Horn Courier",
    "eastgate-post": "Eastgate Post",
    "coastline-herald": "Coastline Herald",
    "plateau-dispatch": "Plateau Dispatch",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


def P(*paragraphs):
    return "\n\n".join(paragraphs)


# Each article: key (internal), published (UTC), outlet slug, url slug, title, text, claims.
ARTICLES = [
    dict(
        key="abiy-sworn-in",
        published="2018-04-02T16:30:00Z",
        outlet="highland-wire",
        slug="abiy-sworn-in-extends-hand-to-eritrea",
        title="Abiy sworn in as Ethiopia's prime minister, extends hand to Eritrea",
        text=P(
            "ADDIS ABABA, April 2 (Highland Wire) - Abiy Ahmed was sworn in as Ethiopia's prime minister on Monday "
            "and used his first speech to parliament to call on neighbouring Eritrea to end two decades of hostility.",
            "Abiy, 41, told lawmakers that Ethiopia wanted the state of war between the two countries to end and asked "
            "the government in Asmara to respond in the same spirit. He said the two peoples shared history, language "
            "and family ties that no border could erase.",
            "The new leader did not spell out how he would approach the disputed frontier. Ethiopia has accepted the "
            "2002 boundary commission ruling only in principle, insisting on talks before any demarcation on the ground.",
            "Eritrea, which insists that Ethiopian forces must first leave Badme and other areas awarded to it, made no "
            "immediate comment.",
            "The two countries fought a border war from 1998 to 2000 that killed tens of thousands of people. A peace "
            "agreement signed in Algiers ended the fighting, but the neighbours have remained in a state of no war and "
            "no peace ever since, with troops massed along the frontier and all crossings closed.",
        ),
        claims=[
            C("ethiopia", "end-state-of-war", "support",
              "Ethiopia wanted the state of war between the two countries to end"),
            C("ethiopia", "accept-boundary-ruling", "conditional",
              "Ethiopia has accepted the 2002 boundary commission ruling only in principle", False),
            C("eritrea", "withdraw-from-badme", "support",
              "Eritrea, which insists that Ethiopian forces must first leave Badme", False),
        ],
    ),
    dict(
        key="eprdf-accepts-ruling",
        published="2018-06-05T18:45:00Z",
        outlet="horn-courier",
        slug="ethiopia-to-hand-badme-to-eritrea",
        title="Ethiopia to hand Badme to Eritrea, ending 20-year feud",
        text=P(
            "ADDIS ABABA, June 5 (Horn Courier) - Ethiopia's ruling coalition said on Tuesday that it would fully accept "
            "and implement the Algiers peace agreement and the 2002 ruling of the international boundary commission, "
            "dropping the conditions it had attached to the deal for 16 years.",
            "In a statement after a meeting of its executive committee, the Ethiopian People's Revolutionary Democratic "
            "Front said it was time to end the stalemate with Eritrea, which it blamed for holding back development on "
            "both sides of the border. The coalition urged the Eritrean government to take the same position without "
            "preconditions.",
            "A government spokesman said Ethiopia was prepared to hand over the areas awarded to Eritrea, among them "
            "the town of Badme, where the 1998 war began. He gave no timetable.",
            "There was no immediate reaction from Asmara.",
            "The commission's 2002 decision placed Badme on the Eritrean side of the line, but Ethiopian troops and "
            "administrators never left. Successive governments in Addis Ababa had said they accepted the ruling in "
            "principle while demanding dialogue on how to carry it out.",
        ),
        claims=[
            C("ethiopia", "accept-boundary-ruling", "support",
              "it would fully accept and implement the Algiers peace agreement"),
            C("ethiopia", "end-state-of-war", "support",
              "said it was time to end the stalemate with Eritrea"),
            C("ethiopia", "withdraw-from-badme", "support",
              "Ethiopia was prepared to hand over the areas awarded to Eritrea"),
        ],
    ),
    dict(
        key="reactions-us-un-au",
        published="2018-06-06T15:20:00Z",
        outlet="eastgate-post",
        slug="us-un-au-welcome-ethiopia-border-move",
        title="US, UN and African Union welcome Ethiopia's border move",
        text=P(
            "ADDIS ABABA, June 6 (Eastgate Post) - The United States, the United Nations and the African Union on "
            "Wednesday welcomed Ethiopia's decision to accept the 2002 boundary ruling in full, calling it a chance to "
            "end one of Africa's most entrenched disputes.",
            "The State Department said in a statement that Washington supported Ethiopia's move to implement the "
            "Algiers agreement and urged Eritrea to respond positively.",
            "A spokesman for UN Secretary-General Antonio Guterres said the United Nations stood ready to help both "
            "countries carry out the boundary decision.",
            "The African Union Commission chairman, Moussa Faki Mahamat, said at the AU's headquarters in Addis Ababa "
            "that the decision was a courageous one that the continental body fully backed.",
            "Eritrea's government did not comment. In Tigray, residents of border districts said they feared being cut "
            "off from relatives and farmland, and local elders called for a meeting with federal officials.",
        ),
        claims=[
            C("usa", "accept-boundary-ruling", "support",
              "Washington supported Ethiopia's move to implement the Algiers agreement"),
            C("un", "accept-boundary-ruling", "support",
              "stood ready to help both countries carry out the boundary decision"),
            C("au", "accept-boundary-ruling", "support",
              "a courageous one that the continental body fully backed"),
        ],
    ),
    dict(
        key="badme-protest",
        published="2018-06-07T16:10:00Z",
        outlet="coastline-herald",
        slug="badme-residents-protest-handover-plan",
        title="Badme residents protest against plan to hand town to Eritrea",
        text=P(
            "SHIRE, Ethiopia, June 7 (Coastline Herald) - Hundreds of residents of Badme and nearby towns in "
            "Ethiopia's Tigray region marched on Thursday against the government's decision to accept a boundary ruling "
            "that places their town inside Eritrea.",
            "Protesters carried banners saying the land had been paid for with their sons' blood and chanted that they "
            "would not become refugees in their own homes. Several speakers said they had learned of the decision from "
            "the radio.",
            "\"Nobody asked us,\" said Gebru, a farmer who lost two brothers in the 1998-2000 war. Elders said they "
            "would send a delegation to the federal capital.",
            "A spokesman for the Tigray regional administration declined to say whether it backed the protests, saying "
            "its leadership would meet in the coming days. Federal officials in Addis Ababa were not available for "
            "comment.",
            "Analysts said the protests could test the new prime minister's authority in a region whose ruling party "
            "has long dominated the security services. Some predicted that the handover would be delayed for years, "
            "whatever the government announced.",
        ),
        claims=[],
    ),
    dict(
        key="tplf-flawed",
        published="2018-06-09T17:00:00Z",
        outlet="plateau-dispatch",
        slug="tigray-ruling-party-says-badme-decision-flawed",
        title="Tigray's ruling party says Badme decision is fundamentally flawed",
        text=P(
            "MEKELLE, Ethiopia, June 9 (Plateau Dispatch) - The Tigray People's Liberation Front said on Saturday that "
            "the ruling coalition's decision to accept the 2002 boundary ruling was fundamentally flawed and should not "
            "be implemented.",
            "In a statement after a meeting of its central committee in Mekelle, the party, one of the four members of "
            "the coalition, said the people of the border areas had not been consulted and that handing over Badme "
            "would reward the side that started the war. It said the decision must go back to the coalition's full "
            "council.",
            "The TPLF said it remained committed to peace with the Eritrean people and wanted the state of hostility "
            "to end.",
            "In Addis Ababa, an official in the prime minister's office said the government would not reverse its "
            "decision, adding that it had been taken by the coalition's highest executive body.",
            "Tigrayan fighters carried much of the burden of the border war, and the party's leaders have held senior "
            "posts in the army and intelligence services for more than two decades.",
        ),
        claims=[
            C("tplf", "accept-boundary-ruling", "oppose",
              "decision to accept the 2002 boundary ruling was fundamentally flawed"),
            C("tplf", "withdraw-from-badme", "oppose",
              "handing over Badme would reward the side that started the war"),
            C("tplf", "end-state-of-war", "support",
              "wanted the state of hostility to end"),
            C("ethiopia", "accept-boundary-ruling", "support",
              "the government would not reverse its decision"),
        ],
    ),
    dict(
        key="isaias-delegation",
        published="2018-06-20T14:20:00Z",
        outlet="coastline-herald",
        slug="eritrea-accepts-ethiopia-peace-offer",
        title="Eritrea accepts Ethiopia's peace offer",
        text=P(
            "ASMARA, June 20 (Coastline Herald) - Eritrean President Isaias Afwerki said on Wednesday that he would "
            "send a delegation to Addis Ababa to gauge Ethiopia's intentions, his first public response to the offer "
            "to implement the boundary ruling.",
            "Speaking at a Martyrs' Day ceremony in the capital, Isaias said the signals coming from Ethiopia were "
            "positive and that the delegation would help draw up a plan for future action. He did not say when the team "
            "would travel or who would lead it.",
            "He said the core of the conflict remained the presence of Ethiopian troops on sovereign Eritrean land, and "
            "that Eritrea expected them to leave.",
            "The president also accused the Tigray People's Liberation Front of having exploited the conflict for "
            "years, saying its time had passed.",
            "Information minister Yemane Gebremeskel said the speech spoke for itself and declined to say whether "
            "Asmara would insist on a troop withdrawal before talks began.",
            "It was the first time in nearly two decades that an Eritrean leader had publicly signalled readiness to "
            "engage directly with Ethiopia.",
        ),
        claims=[
            C("eritrea", "end-state-of-war", "conditional",
              "send a delegation to Addis Ababa to gauge Ethiopia's intentions"),
            C("eritrea", "withdraw-from-badme", "support",
              "Eritrea expected them to leave"),
        ],
    ),
    dict(
        key="delegation-arrives",
        published="2018-06-26T13:00:00Z",
        outlet="highland-wire",
        slug="eritrean-delegation-lands-in-addis-ababa",
        title="Eritrean delegation lands in Addis Ababa for first talks in two decades",
        text=P(
            "ADDIS ABABA, June 26 (Highland Wire) - An Eritrean delegation arrived in Addis Ababa on Tuesday for the "
            "first high-level visit in nearly 20 years, and was greeted at the airport by Prime Minister Abiy Ahmed.",
            "The team, led by Foreign Minister Osman Saleh and presidential adviser Yemane Gebreab, was given a "
            "red-carpet welcome with traditional dancers. Osman Saleh told reporters that the delegation had come to "
            "listen and to work out, together with Ethiopia, what steps could follow.",
            "At a lunch for the visitors, Abiy said Ethiopia would carry out the boundary decision without delay and "
            "wanted the two countries to live in peace. He described the visit as historic.",
            "In Washington, the State Department said the United States welcomed the talks and supported an end to "
            "the conflict between the two neighbours.",
            "Diplomats in Addis Ababa said the hardest question, the timing of any Ethiopian withdrawal from Badme, was "
            "unlikely to be settled during the two-day visit.",
        ),
        claims=[
            C("eritrea", "end-state-of-war", "conditional",
              "the delegation had come to listen and to work out"),
            C("ethiopia", "accept-boundary-ruling", "support",
              "Ethiopia would carry out the boundary decision without delay"),
            C("ethiopia", "end-state-of-war", "support",
              "wanted the two countries to live in peace"),
            C("usa", "end-state-of-war", "support",
              "supported an end to the conflict between the two neighbours"),
        ],
    ),
    dict(
        key="abiy-in-asmara",
        published="2018-07-08T19:30:00Z",
        outlet="eastgate-post",
        slug="abiy-lands-in-asmara",
        title="Abiy lands in Asmara as crowds line streets; leaders agree to restore links",
        text=P(
            "ASMARA, July 8 (Eastgate Post) - Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on Sunday for the "
            "first visit by an Ethiopian leader in two decades, embraced at the airport by President Isaias Afwerki as "
            "thousands of people waved the flags of both countries along the route into the city.",
            "After talks that ran into the evening, Abiy told a state dinner that the two leaders had agreed to reopen "
            "embassies, restart flights and let Ethiopia use Eritrea's ports. He said Ethiopia wanted its goods to move "
            "through Assab and Massawa again.",
            "According to Abiy, Isaias had agreed that the state of war should be ended, though the Eritrean leader did "
            "not speak publicly on Sunday.",
            "Abiy's chief of staff, Fitsum Arega, wrote on social media that the visit had knocked down a wall that had "
            "kept the two peoples apart.",
            "The talks were held at the presidential palace in Asmara. Ethiopian officials said a formal document could "
            "be signed as early as Monday.",
        ),
        claims=[
            C("ethiopia", "end-state-of-war", "support",
              "the two leaders had agreed to reopen embassies, restart flights"),
            C("ethiopia", "port-access", "support",
              "Ethiopia wanted its goods to move through Assab and Massawa again"),
            C("eritrea", "end-state-of-war", "support",
              "Isaias had agreed that the state of war should be ended", False),
            C("eritrea", "port-access", "support",
              "let Ethiopia use Eritrea's ports", False),
        ],
    ),
    dict(
        key="joint-declaration",
        published="2018-07-09T11:20:00Z",
        outlet="coastline-herald",
        slug="ethiopia-eritrea-declare-end-to-state-of-war",
        title="Ethiopia and Eritrea declare end to state of war",
        text=P(
            "ASMARA, July 9 (Coastline Herald) - Ethiopia and Eritrea signed a joint declaration on Monday stating that "
            "the state of war between them had come to an end, formally closing one of Africa's longest-running "
            "standoffs.",
            "The five-point declaration, signed by Prime Minister Abiy Ahmed and President Isaias Afwerki in Asmara, "
            "said the two countries would restore diplomatic ties and resume flights, trade, telecommunications and "
            "port activities. It also said the decision on the boundary between them would be implemented.",
            "Eritrea's information minister, Yemane Gebremeskel, said on Twitter that a new era of peace and "
            "friendship had begun and that Asmara would work to make it irreversible.",
            "Abiy said at the signing ceremony that the two peoples were one and that nothing would come between them "
            "again.",
            "The declaration did not set a date for the withdrawal of Ethiopian forces from Badme, and officials on "
            "both sides declined to say when the demarcation would begin.",
        ),
        claims=[
            C("eritrea", "end-state-of-war", "support",
              "stating that the state of war between them had come to an end"),
            C("ethiopia", "end-state-of-war", "support",
              "the two countries would restore diplomatic ties and resume flights"),
            C("ethiopia", "accept-boundary-ruling", "support",
              "the decision on the boundary between them would be implemented"),
            C("eritrea", "accept-boundary-ruling", "support",
              "the decision on the boundary between them would be implemented"),
            C("ethiopia", "port-access", "support",
              "resume flights, trade, telecommunications and port activities"),
            C("eritrea", "port-access", "support",
              "resume flights, trade, telecommunications and port activities"),
        ],
    ),
    dict(
        key="joint-declaration-dup",
        published="2018-07-09T14:05:00Z",
        outlet="plateau-dispatch",
        slug="eritrea-ethiopia-sign-declaration-ending-war",
        title="Eritrea, Ethiopia sign declaration ending state of war",
        text=P(
            "ASMARA, July 9 (Plateau Dispatch) - Eritrea and Ethiopia on Monday signed a joint declaration stating that "
            "the state of war between them had come to an end, formally closing one of the longest standoffs in Africa.",
            "The declaration, signed in Asmara by President Isaias Afwerki and Prime Minister Abiy Ahmed, has five "
            "points. It says the two countries would restore diplomatic ties and resume flights, trade, "
            "telecommunications and port activities, and that the decision on the boundary between them would be "
            "implemented.",
            "Information minister Yemane Gebremeskel wrote on Twitter that a new era of peace and friendship had "
            "started and that Asmara would work to make it irreversible.",
            "At the signing ceremony, Abiy said the two peoples were one and that nothing would separate them again.",
            "No date was set for Ethiopian troops to leave Badme, and officials from both governments declined to say "
            "when demarcation would start.",
        ),
        claims=[
            C("eritrea", "end-state-of-war", "support",
              "stating that the state of war between them had come to an end"),
            C("ethiopia", "end-state-of-war", "support",
              "the two countries would restore diplomatic ties and resume flights"),
            C("ethiopia", "accept-boundary-ruling", "support",
              "the decision on the boundary between them would be implemented"),
            C("eritrea", "accept-boundary-ruling", "support",
              "the decision on the boundary between them would be implemented"),
            C("ethiopia", "port-access", "support",
              "resume flights, trade, telecommunications and port activities"),
            C("eritrea", "port-access", "support",
              "resume flights, trade, telecommunications and port activities"),
        ],
    ),
    dict(
        key="guterres-sanctions",
        published="2018-07-10T16:00:00Z",
        outlet="horn-courier",
        slug="guterres-says-eritrea-sanctions-may-become-obsolete",
        title="Guterres says Eritrea sanctions may become obsolete; Abiy urges lifting",
        text=P(
            "ADDIS ABABA, July 10 (Horn Courier) - United Nations Secretary-General Antonio Guterres said on Tuesday "
            "that the sanctions imposed on Eritrea could soon lose their reason to exist if the rapprochement with "
            "Ethiopia held.",
            "Speaking at the African Union's headquarters in Addis Ababa, Guterres said the Security Council would have "
            "to look at the measures again once the peace took root. The council imposed an arms embargo and other "
            "sanctions on Eritrea in 2009 over its alleged support for Somali militants and its border dispute with "
            "Djibouti.",
            "Prime Minister Abiy Ahmed, back from Asmara, told reporters that the sanctions should be lifted and that "
            "Ethiopia would press the council to act. Ethiopia had backed the measures when they were adopted.",
            "African Union Commission chairman Moussa Faki Mahamat hailed the Asmara declaration as a historic step "
            "and said the AU would help the two countries turn the end of the state of war into lasting cooperation.",
        ),
        claims=[
            C("un", "lift-eritrea-sanctions", "conditional",
              "could soon lose their reason to exist if the rapprochement with Ethiopia held"),
            C("ethiopia", "lift-eritrea-sanctions", "support",
              "the sanctions should be lifted and that Ethiopia would press the council"),
            C("au", "end-state-of-war", "support",
              "hailed the Asmara declaration as a historic step"),
        ],
    ),
    dict(
        key="isaias-in-addis",
        published="2018-07-15T17:45:00Z",
        outlet="eastgate-post",
        slug="isaias-in-addis-ababa-vows-no-one-will-spoil-peace",
        title="Isaias, in Addis Ababa, vows no one will spoil the peace",
        text=P(
            "ADDIS ABABA, July 15 (Eastgate Post) - Eritrean President Isaias Afwerki told a crowd of thousands in "
            "Addis Ababa on Sunday that Eritrea would not allow anyone to undermine its new peace with Ethiopia, on his "
            "first visit to the country in 22 years.",
            "Speaking at a concert hall in the Ethiopian capital, Isaias said the war was over and the two countries "
            "would now work together on development. He told the crowd that anyone who still spoke of two separate "
            "peoples did not understand reality.",
            "Prime Minister Abiy Ahmed, who hosted the visit, said the two countries had left the era of hostility "
            "behind for good. The Eritrean embassy in Addis Ababa is due to reopen on Monday.",
            "Isaias did not mention Badme or the border demarcation in his speech, and his aides declined to say "
            "whether the subject had come up in private talks with Abiy.",
            "The visit came six days after the two leaders signed a declaration in Asmara formally ending the state of "
            "war.",
        ),
        claims=[
            C("eritrea", "end-state-of-war", "support",
              "Isaias said the war was over and the two countries would now work together"),
            C("ethiopia", "end-state-of-war", "support",
              "the two countries had left the era of hostility behind for good"),
        ],
    ),
    dict(
        key="first-flight",
        published="2018-07-18T09:30:00Z",
        outlet="highland-wire",
        slug="first-commercial-flight-in-20-years-to-asmara",
        title="First commercial flight in 20 years leaves Addis Ababa for Asmara",
        text=P(
            "ADDIS ABABA, July 18 (Highland Wire) - An Ethiopian Airlines jet took off for Asmara on Wednesday morning, "
            "the first scheduled passenger flight between the two capitals since 1998.",
            "The Boeing 787 was fully booked, carrying relatives who had not seen each other for two decades, business "
            "people and a handful of former officials. Tickets sold out within hours of going on sale, the airline "
            "said, and it plans to run one daily flight for now.",
            "Passengers sang and waved flags as the plane left the gate. At Asmara airport, crowds waited with flowers, "
            "according to footage broadcast by Eritrean television.",
            "The airline's chief executive said it was studying a route to the Eritrean port city of Massawa and "
            "expected demand to stay strong. He said phone lines between the two countries, restored earlier this "
            "month, had helped families arrange reunions.",
            "Aviation analysts said the route could become one of the carrier's busiest on the continent if travel "
            "rules remained relaxed.",
        ),
        claims=[],
    ),
    dict(
        key="uae-honours",
        published="2018-07-24T15:00:00Z",
        outlet="coastline-herald",
        slug="uae-honours-abiy-and-isaias",
        title="UAE honours Abiy and Isaias, pledges backing for peace",
        text=P(
            "ABU DHABI, July 24 (Coastline Herald) - The United Arab Emirates hosted Ethiopian Prime Minister Abiy "
            "Ahmed and Eritrean President Isaias Afwerki on Tuesday and awarded both men its highest civilian honour "
            "for ending two decades of conflict.",
            "Abu Dhabi's crown prince, Mohammed bin Zayed, presented the Order of Zayed to the two leaders and said the "
            "Emirates would stand behind the peace between their countries, according to the state news agency.",
            "Minister of State for Foreign Affairs Anwar Gargash said the reconciliation could become a model for the "
            "Horn of Africa.",
            "The Emirates runs a military base at the Eritrean port of Assab, which it has used for operations in "
            "Yemen, and in June it pledged $3 billion in aid and investment to Ethiopia. Analysts said Abu Dhabi was "
            "keen to see Ethiopian trade flow through Assab, which could make the port far more valuable.",
            "Neither Abiy nor Isaias spoke to reporters during the visit.",
        ),
        claims=[
            C("uae", "end-state-of-war", "support",
              "Emirates would stand behind the peace between their countries"),
        ],
    ),
    dict(
        key="assab-pipeline",
        published="2018-08-11T12:00:00Z",
        outlet="plateau-dispatch",
        slug="ethiopia-uae-plan-pipeline-to-assab",
        title="Ethiopia, UAE plan pipeline to Eritrea's Assab port",
        text=P(
            "ADDIS ABABA, Aug 11 (Plateau Dispatch) - Ethiopia and the United Arab Emirates have agreed to build an oil "
            "pipeline linking the Eritrean port of Assab with Addis Ababa, the Ethiopian prime minister's office said "
            "on Saturday.",
            "The statement said the pipeline was part of Ethiopia's plan to use Eritrea's Red Sea ports for its imports "
            "now that the two countries were at peace. Landlocked Ethiopia routes around 90 percent of its trade "
            "through Djibouti.",
            "The Emirati embassy said the UAE was committed to connecting Ethiopia to the sea through Assab and would "
            "help finance the project. It gave no figure.",
            "Eritrean officials did not comment on the plan, and it was not clear whether Asmara had been consulted.",
            "Analysts said the project would take years, and some wondered whether Eritrea would open Assab only in "
            "exchange for a share of transit fees. Ethiopian officials declined to say when construction would start.",
        ),
        claims=[
            C("ethiopia", "port-access", "support",
              "Ethiopia's plan to use Eritrea's Red Sea ports for its imports"),
            C("uae", "port-access", "support",
              "the UAE was committed to connecting Ethiopia to the sea through Assab"),
        ],
    ),
    dict(
        key="embassy-asmara",
        published="2018-09-06T14:30:00Z",
        outlet="horn-courier",
        slug="ethiopia-reopens-embassy-in-asmara",
        title="Ethiopia reopens embassy in Asmara",
        text=P(
            "ASMARA, Sept 6 (Horn Courier) - Ethiopia reopened its embassy in Asmara on Thursday, two decades after it "
            "closed at the start of the border war, completing the restoration of diplomatic relations between the two "
            "neighbours.",
            "Foreign Minister Workneh Gebeyehu raised the Ethiopian flag over the compound and said the mission would "
            "serve as a bridge for trade and family ties. He said Ethiopia considered the normalisation of relations "
            "irreversible.",
            "Eritrea reopened its own embassy in Addis Ababa in July, days after the two countries declared an end to "
            "the state of war.",
            "Eritrean Foreign Minister Osman Saleh, who attended the ceremony, said Asmara would work with Ethiopia to "
            "open the land border before the Ethiopian new year.",
            "Ethiopia has not yet named an ambassador. Officials said a nomination was expected within weeks.",
        ),
        claims=[
            C("ethiopia", "end-state-of-war", "support",
              "Ethiopia considered the normalisation of relations irreversible"),
            C("eritrea", "open-border-crossings", "support",
              "Asmara would work with Ethiopia to open the land border"),
        ],
    ),
    dict(
        key="crossings-reopen",
        published="2018-09-11T13:00:00Z",
        outlet="eastgate-post",
        slug="border-crossings-reopen-on-new-year",
        title="Border crossings reopen as Abiy and Isaias mark new year at the frontier",
        text=P(
            "ZALAMBESSA, Ethiopia, Sept 11 (Eastgate Post) - Ethiopia and Eritrea opened two crossings on their "
            "heavily militarised border on Tuesday, allowing people and goods to pass for the first time in 20 years.",
            "Prime Minister Abiy Ahmed and President Isaias Afwerki, joined by soldiers from both armies, walked through "
            "the Zalambessa-Serha crossing before travelling to the Bure front near the port of Assab to open a second "
            "point. Crowds of families poured across in both directions.",
            "Abiy said the crossings would stay open so that trade and travel could grow, and Isaias said they would "
            "let the two peoples trade and visit each other freely.",
            "Ethiopia's defence ministry said last week that it had begun pulling some units back from the border. A "
            "ministry spokesman declined to say whether the forces in Badme were among them.",
            "The day marked the Ethiopian new year. Traders in Zalambessa said they expected prices for fuel and "
            "building materials to fall once goods moved freely.",
        ),
        claims=[
            C("ethiopia", "open-border-crossings", "support",
              "the crossings would stay open so that trade and travel could grow"),
            C("eritrea", "open-border-crossings", "support",
              "let the two peoples trade and visit each other freely"),
        ],
    ),
    dict(
        key="debretsion-conditions",
        published="2018-09-14T10:15:00Z",
        outlet="plateau-dispatch",
        slug="tigray-will-not-block-demarcation-if-residents-heard",
        title="Tigray leader says region will not block demarcation if residents are heard",
        text=P(
            "MEKELLE, Ethiopia, Sept 14 (Plateau Dispatch) - The head of Ethiopia's Tigray region said on Friday that "
            "his administration would not stand in the way of handing border areas to Eritrea, provided the people "
            "living there were consulted and families were not divided.",
            "Debretsion Gebremichael, who also chairs the Tigray People's Liberation Front, told a news conference in "
            "Mekelle that Tigray welcomed the reopened crossings, which had brought traders and relatives flooding "
            "through Zalambessa. He said peace with Eritrea was something the region had long wanted.",
            "But he said any transfer of Badme or of Irob villages would have to be worked out with residents on the "
            "ground rather than decided in Addis Ababa. Only then, he said, would the region accept a withdrawal of "
            "Ethiopian troops.",
            "In June the party's central committee had called the government's decision to accept the boundary ruling "
            "fundamentally flawed.",
            "Badme residents contacted by telephone said they had heard nothing from federal officials since the "
            "protests in June.",
        ),
        claims=[
            C("tplf", "withdraw-from-badme", "conditional",
              "would not stand in the way of handing border areas to Eritrea"),
            C("tplf", "open-border-crossings", "support",
              "Tigray welcomed the reopened crossings"),
            C("tplf", "end-state-of-war", "support",
              "peace with Eritrea was something the region had long wanted"),
        ],
    ),
    dict(
        key="jeddah-preview",
        published="2018-09-15T16:00:00Z",
        outlet="highland-wire",
        slug="saudi-arabia-to-host-signing-in-jeddah",
        title="Saudi Arabia to host Ethiopia-Eritrea signing in Jeddah",
        text=P(
            "JEDDAH, Sept 15 (Highland Wire) - The leaders of Ethiopia and Eritrea will sign a new agreement in Jeddah "
            "on Sunday at a ceremony hosted by Saudi Arabia's King Salman, the Saudi Press Agency reported on Saturday.",
            "The report did not say what the document would contain. Diplomats in Jeddah expected it to build on the "
            "July declaration signed in Asmara, and possibly to set out steps on the border, but they said the text had "
            "not been circulated.",
            "UN Secretary-General Antonio Guterres and African Union Commission chairman Moussa Faki Mahamat are "
            "expected to attend, according to their offices. Security was tightened around the palace where the "
            "ceremony is due to take place.",
            "Some analysts said the Gulf monarchy wanted to show it could broker peace in the Horn of Africa, where "
            "Saudi Arabia and its rivals compete for influence along the Red Sea coast. Others questioned whether a "
            "second ceremony would add anything to what the two countries had already agreed.",
            "Officials from both delegations declined to comment on the agenda.",
        ),
        claims=[],
    ),
    dict(
        key="jeddah-signing",
        published="2018-09-16T18:00:00Z",
        outlet="horn-courier",
        slug="ethiopia-eritrea-sign-peace-accord-in-saudi-arabia",
        title="Ethiopia and Eritrea sign peace accord in Saudi Arabia",
        text=P(
            "JEDDAH, Sept 16 (Horn Courier) - Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki "
            "signed a peace agreement in the Saudi city of Jeddah on Sunday, pledging to cement the end of the state of "
            "war declared two months ago.",
            "The accord was signed in the presence of King Salman and Crown Prince Mohammed bin Salman. In a statement, "
            "the Saudi government said the kingdom would keep supporting the two countries as they built lasting peace.",
            "UN Secretary-General Antonio Guterres, who attended, said the agreement showed that long conflicts could "
            "be resolved and that the United Nations would back the process. African Union Commission chairman Moussa "
            "Faki Mahamat said the AU would help consolidate the peace.",
            "The text of the agreement was not immediately published. It was not clear whether it contained new "
            "commitments on the border or on the withdrawal of troops.",
        ),
        claims=[
            C("ethiopia", "end-state-of-war", "support",
              "pledging to cement the end of the state of war"),
            C("eritrea", "end-state-of-war", "support",
              "pledging to cement the end of the state of war"),
            C("saudi-arabia", "end-state-of-war", "support",
              "the kingdom would keep supporting the two countries as they built lasting peace"),
            C("un", "end-state-of-war", "support",
              "the United Nations would back the process"),
            C("au", "end-state-of-war", "support",
              "the AU would help consolidate the peace"),
        ],
    ),
    dict(
        key="jeddah-signing-dup",
        published="2018-09-16T20:30:00Z",
        outlet="coastline-herald",
        slug="abiy-isaias-sign-jeddah-peace-agreement",
        title="Abiy and Isaias sign Jeddah peace agreement",
        text=P(
            "JEDDAH, Sept 16 (Coastline Herald) - Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy "
            "Ahmed signed a peace agreement in Jeddah on Sunday, pledging to cement the end of the state of war they "
            "declared in July.",
            "King Salman and Crown Prince Mohammed bin Salman attended the signing. The Saudi government said in a "
            "statement that the kingdom would keep supporting the two countries as they built lasting peace.",
            "UN Secretary-General Antonio Guterres, who was present, said the deal proved that long conflicts could end "
            "and that the United Nations would back the process. The African Union Commission chairman, Moussa Faki "
            "Mahamat, said the AU would help consolidate the peace.",
            "The agreement's text was not released straight away, and it was unclear whether it added commitments on "
            "the border or on troop withdrawals.",
        ),
        claims=[
            C("ethiopia", "end-state-of-war", "support",
              "pledging to cement the end of the state of war"),
            C("eritrea", "end-state-of-war", "support",
              "pledging to cement the end of the state of war"),
            C("saudi-arabia", "end-state-of-war", "support",
              "the kingdom would keep supporting the two countries as they built lasting peace"),
            C("un", "end-state-of-war", "support",
              "the United Nations would back the process"),
            C("au", "end-state-of-war", "support",
              "the AU would help consolidate the peace"),
        ],
    ),
    dict(
        key="us-sanctions-conditions",
        published="2018-10-02T20:15:00Z",
        outlet="eastgate-post",
        slug="us-open-to-easing-eritrea-sanctions-if-djibouti-dispute-addressed",
        title="US open to easing Eritrea sanctions if Djibouti dispute addressed",
        text=P(
            "WASHINGTON, Oct 2 (Eastgate Post) - The United States would back lifting UN sanctions on Eritrea only if "
            "Asmara took concrete steps to resolve its border dispute with Djibouti and accounted for missing Djiboutian "
            "soldiers, a State Department spokeswoman said on Tuesday.",
            "The spokeswoman told reporters that Washington welcomed Eritrea's peace with Ethiopia but that the "
            "sanctions regime covered more than that conflict. She said the United States was in contact with other "
            "Security Council members about a review.",
            "Ethiopia and several African governments have urged the council to scrap the measures quickly. Eritrea "
            "says they were unjust from the start.",
            "Eritrea and Djibouti fought a brief border clash in 2008, and Djibouti says some of its soldiers are still "
            "unaccounted for. The leaders of Eritrea and Djibouti met in Jeddah last month under Saudi auspices, their "
            "first talks in a decade.",
            "A senior African diplomat at the UN said a resolution could be put to a vote before the end of the year, "
            "but he declined to predict how the United States would vote.",
        ),
        claims=[
            C("usa", "lift-eritrea-sanctions", "conditional",
              "would back lifting UN sanctions on Eritrea only if Asmara took concrete steps"),
            C("usa", "end-state-of-war", "support",
              "Washington welcomed Eritrea's peace with Ethiopia"),
            C("ethiopia", "lift-eritrea-sanctions", "support",
              "Ethiopia and several African governments have urged the council to scrap the measures", False),
            C("eritrea", "lift-eritrea-sanctions", "support",
              "Eritrea says they were unjust from the start", False),
        ],
    ),
    dict(
        key="unsc-lifts-sanctions",
        published="2018-11-14T21:00:00Z",
        outlet="highland-wire",
        slug="un-security-council-lifts-sanctions-on-eritrea",
        title="UN Security Council lifts sanctions on Eritrea",
        text=P(
            "UNITED NATIONS, Nov 14 (Highland Wire) - The UN Security Council voted unanimously on Wednesday to lift the "
            "arms embargo, asset freezes and travel bans it imposed on Eritrea nine years ago, citing the country's "
            "peace with Ethiopia and its new contacts with Djibouti.",
            "The resolution, drafted by Britain, was backed by all 15 members, including the United States, which said "
            "in a statement after the vote that it supported ending the sanctions given the progress made in the "
            "region.",
            "Ethiopia's ambassador to the UN told the council that the decision would help consolidate peace in the "
            "Horn of Africa and that Addis Ababa had long called for it.",
            "Eritrea's information minister, Yemane Gebremeskel, said the measures should never have been imposed and "
            "that their removal was overdue.",
            "The resolution asks Eritrea and Djibouti to keep working to settle their border dispute and calls for "
            "progress on the missing Djiboutian combatants.",
        ),
        claims=[
            C("un", "lift-eritrea-sanctions", "support",
              "voted unanimously on Wednesday to lift the arms embargo, asset freezes and travel bans"),
            C("usa", "lift-eritrea-sanctions", "support",
              "it supported ending the sanctions given the progress made in the region"),
            C("ethiopia", "lift-eritrea-sanctions", "support",
              "Addis Ababa had long called for it"),
            C("eritrea", "lift-eritrea-sanctions", "support",
              "their removal was overdue"),
        ],
    ),
    dict(
        key="zalambessa-closed",
        published="2018-12-29T11:00:00Z",
        outlet="plateau-dispatch",
        slug="traders-say-eritrea-has-shut-zalambessa-crossing",
        title="Traders say Eritrea has shut Zalambessa crossing; Asmara silent",
        text=P(
            "ZALAMBESSA, Ethiopia, Dec 29 (Plateau Dispatch) - Eritrean border guards have stopped vehicles and "
            "travellers crossing at Zalambessa, traders and local officials on the Ethiopian side said on Saturday, "
            "three months after the crossing reopened amid celebrations.",
            "Truck drivers said they had been turned back since Thursday without explanation, and several said Eritrea "
            "had closed the crossing to commercial traffic altogether. A local administrator in Zalambessa said he had "
            "been told the measure was temporary.",
            "Eritrea's information minister, Yemane Gebremeskel, did not respond to requests for comment. The Eritrean "
            "government has not announced any change to its border rules.",
            "In Addis Ababa, a foreign ministry spokesman denied reports that Ethiopia had scaled back its commitment to "
            "the reopened border, saying the government wanted the crossings to remain open and was seeking "
            "clarification from Asmara.",
            "Diplomats said the closure might reflect Eritrean concern over unregulated trade and currency flows, but "
            "they cautioned that Asmara rarely explains its decisions.",
        ),
        claims=[
            C("eritrea", "open-border-crossings", "oppose",
              "several said Eritrea had closed the crossing to commercial traffic altogether", False),
            C("ethiopia", "open-border-crossings", "support",
              "the government wanted the crossings to remain open"),
        ],
    ),
    dict(
        key="humera-opens",
        published="2019-01-07T15:30:00Z",
        outlet="horn-courier",
        slug="abiy-and-isaias-open-humera-crossing",
        title="Abiy and Isaias open third border crossing at Humera",
        text=P(
            "HUMERA, Ethiopia, Jan 7 (Horn Courier) - Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias "
            "Afwerki opened a crossing between Humera and the Eritrean town of Om Hajer on Monday, the third point on "
            "their shared border to reopen since September.",
            "The two leaders walked across the frontier together and greeted crowds on both sides. Isaias said Eritrea "
            "wanted people on both sides to trade freely, and Abiy said more crossings would follow.",
            "The ceremony came just over a week after traders reported that Eritrea had halted traffic at Zalambessa, "
            "the busiest of the crossings. Neither leader referred to Zalambessa in public remarks, and Eritrean "
            "officials declined to say whether it would reopen.",
            "Ethiopian Orthodox Christmas celebrations were under way in Humera, and local officials said thousands of "
            "people had travelled from across western Tigray to watch.",
        ),
        claims=[
            C("eritrea", "open-border-crossings", "support",
              "Eritrea wanted people on both sides to trade freely"),
            C("ethiopia", "open-border-crossings", "support",
              "Abiy said more crossings would follow"),
        ],
    ),
    dict(
        key="om-hajer-closed",
        published="2019-04-23T12:00:00Z",
        outlet="eastgate-post",
        slug="eritrea-shuts-last-open-crossing-addis-says-rules-needed",
        title="Eritrea shuts last open crossing with Ethiopia; Addis says trade rules needed first",
        text=P(
            "ADDIS ABABA, April 23 (Eastgate Post) - Eritrea has closed the Om Hajer crossing with Ethiopia's Humera, "
            "travellers and local officials said on Tuesday, leaving no land route open between the two countries "
            "three months after the leaders inaugurated it.",
            "Ethiopia's foreign ministry spokesman said the crossings would reopen only once the two governments had "
            "agreed rules on customs, trade and currency exchange. He said talks on such a framework were under way but "
            "gave no date.",
            "The spokesman rejected suggestions that the closures signalled a breakdown in relations, saying the peace "
            "between the two countries was not in question.",
            "Eritrea's government made no statement. An Eritrean diplomat in Addis Ababa declined to say why the border "
            "had been shut.",
            "Traders in Humera said the price of goods from Eritrea had tripled since the spring, and several said they "
            "had lost savings invested in stock bought for cross-border sale.",
        ),
        claims=[
            C("ethiopia", "open-border-crossings", "conditional",
              "the crossings would reopen only once the two governments had agreed rules"),
            C("ethiopia", "end-state-of-war", "support",
              "the peace between the two countries was not in question"),
            C("eritrea", "open-border-crossings", "oppose",
              "Eritrea has closed the Om Hajer crossing with Ethiopia's Humera", False),
        ],
    ),
    dict(
        key="badme-one-year",
        published="2019-06-05T10:00:00Z",
        outlet="highland-wire",
        slug="a-year-after-abiy-offer-badme-remains-ethiopian",
        title="A year after Abiy's offer, Badme remains in Ethiopian hands",
        text=P(
            "BADME, June 5 (Highland Wire) - One year after Ethiopia's ruling coalition said it would accept the "
            "boundary ruling that awarded this dusty town to Eritrea, Ethiopian soldiers still man the checkpoints and "
            "the local council still flies the Ethiopian flag.",
            "No joint demarcation teams have arrived, residents said, and the boundary pillars envisaged by the 2002 "
            "ruling have never been planted.",
            "In Addis Ababa, a government spokesman denied that Ethiopia had abandoned its plan to pull out of the "
            "areas awarded to Eritrea, saying the commitment stood and the practical steps were being discussed with "
            "Asmara.",
            "Tigray's regional leadership said it still wanted any handover to be settled with residents first. "
            "Eritrea, which wants the town handed over, has not raised the issue publicly in months.",
            "Analysts said both leaders appeared to have put the border on hold to protect the wider rapprochement. "
            "Several diplomats doubted that Ethiopia's army would leave before the elections due in 2020.",
        ),
        claims=[
            C("ethiopia", "withdraw-from-badme", "support",
              "denied that Ethiopia had abandoned its plan to pull out of the areas"),
            C("tplf", "withdraw-from-badme", "conditional",
              "it still wanted any handover to be settled with residents first"),
            C("eritrea", "withdraw-from-badme", "support",
              "Eritrea, which wants the town handed over", False),
        ],
    ),
    dict(
        key="nobel",
        published="2019-10-11T11:30:00Z",
        outlet="plateau-dispatch",
        slug="abiy-wins-nobel-peace-prize",
        title="Abiy wins Nobel Peace Prize for ending Eritrea stalemate",
        text=P(
            "ADDIS ABABA, Oct 11 (Plateau Dispatch) - Ethiopian Prime Minister Abiy Ahmed was awarded the Nobel Peace "
            "Prize on Friday, with the Norwegian Nobel Committee citing his efforts to settle the border conflict with "
            "Eritrea as well as his reforms at home.",
            "The committee said in Oslo that a peace of this kind needed both sides to act and that it hoped the "
            "agreement would bring change for the better to the peoples of both countries. It added that much work "
            "remained.",
            "The prime minister's office said Abiy was humbled and that the prize belonged to all Ethiopians. Crowds "
            "gathered in central Addis Ababa to celebrate.",
            "There was no immediate comment from Asmara.",
            "Some Ethiopian critics said the prize had come too early, pointing to ethnic violence that has driven "
            "millions of people from their homes inside the country since Abiy took office.",
        ),
        claims=[],
    ),
    dict(
        key="abiy-parliament",
        published="2019-10-22T17:00:00Z",
        outlet="horn-courier",
        slug="abiy-says-troops-stay-in-badme-until-demarcation",
        title="Abiy says troops will stay in Badme until demarcation is agreed",
        text=P(
            "ADDIS ABABA, Oct 22 (Horn Courier) - Prime Minister Abiy Ahmed told parliament on Tuesday that Ethiopian "
            "troops would leave the areas awarded to Eritrea only after a joint commission had marked the border on "
            "the ground and local communities had been consulted.",
            "Answering questions from lawmakers, Abiy said Ethiopia had not gone back on its acceptance of the 2002 "
            "boundary ruling, but that moving soldiers out without an agreed line would leave a vacuum and could split "
            "families living on both sides.",
            "He said the relationship with Eritrea was about more than opening borders and that Ethiopia remained "
            "committed to the peace. He did not say when demarcation would start.",
            "Lawmakers from Tigray pressed him on the closed border crossings. Abiy said the crossings would reopen when "
            "the two governments finished work on the rules for trade.",
            "The session was his first in parliament since he was named the winner of the Nobel Peace Prize this month.",
        ),
        claims=[
            C("ethiopia", "withdraw-from-badme", "conditional",
              "troops would leave the areas awarded to Eritrea only after a joint commission"),
            C("ethiopia", "accept-boundary-ruling", "support",
              "Ethiopia had not gone back on its acceptance of the 2002 boundary ruling"),
            C("ethiopia", "end-state-of-war", "support",
              "Ethiopia remained committed to the peace"),
            C("ethiopia", "open-border-crossings", "conditional",
              "the crossings would reopen when the two governments finished work"),
        ],
    ),
    dict(
        key="isaias-interview",
        published="2020-02-16T19:00:00Z",
        outlet="coastline-herald",
        slug="isaias-says-ethiopian-troops-must-still-leave",
        title="Isaias says Ethiopian troops must still leave but peace is on track",
        text=P(
            "ASMARA, Feb 16 (Coastline Herald) - Eritrean President Isaias Afwerki said in an interview broadcast on "
            "Sunday that Ethiopian forces still had to leave Eritrean territory under the 2002 ruling, but that the "
            "delay would not be allowed to derail the broader peace.",
            "In the interview with state media, Isaias said Eritrea had never doubted that the boundary decision was "
            "final and binding. He blamed what he called remnants of the old order in Ethiopia's Tigray region for "
            "obstructing the handover, without naming any party.",
            "He said Eritrea and Ethiopia were working on a wider framework of cooperation and that the gains of the "
            "past two years would not be reversed.",
            "Information minister Yemane Gebremeskel later wrote on Twitter that the president's remarks did not mean "
            "Eritrea would set deadlines for the withdrawal.",
            "Diplomats in Asmara said the interview was the clearest public signal yet that the border question had "
            "been parked.",
        ),
        claims=[
            C("eritrea", "withdraw-from-badme", "support",
              "Ethiopian forces still had to leave Eritrean territory under the 2002 ruling"),
            C("eritrea", "accept-boundary-ruling", "support",
              "the boundary decision was final and binding"),
            C("eritrea", "end-state-of-war", "support",
              "the gains of the past two years would not be reversed"),
        ],
    ),
    dict(
        key="tplf-handover-terms",
        published="2020-03-03T14:40:00Z",
        outlet="eastgate-post",
        slug="tplf-says-badme-handover-must-go-through-tigray",
        title="TPLF says Badme handover must go through Tigray",
        text=P(
            "MEKELLE, Ethiopia, March 3 (Eastgate Post) - The Tigray People's Liberation Front said on Tuesday it would "
            "accept the transfer of Badme to Eritrea only if the people of the area agreed to it in a process led by "
            "the regional government, not by Addis Ababa.",
            "Getachew Reda, a member of the party's executive committee, told reporters in Mekelle that the TPLF had "
            "never opposed peace with Eritrea, but that deals struck between two leaders behind closed doors could not "
            "decide the fate of Tigrayan communities. He said the party still rejected the 2018 decision to accept the "
            "boundary ruling, which it said had been made without the consent of the people affected.",
            "He said the border crossings, which had briefly lifted trade in the region, should be reopened at once.",
            "The TPLF declined to join the Prosperity Party that Prime Minister Abiy Ahmed formed from the old ruling "
            "coalition in December, and it now governs Tigray in open rivalry with the federal government.",
            "Federal officials did not respond to requests for comment. Eritrea has not commented on the TPLF's "
            "position.",
        ),
        claims=[
            C("tplf", "withdraw-from-badme", "conditional",
              "accept the transfer of Badme to Eritrea only if the people"),
            C("tplf", "end-state-of-war", "support",
              "the TPLF had never opposed peace with Eritrea"),
            C("tplf", "open-border-crossings", "support",
              "should be reopened at once"),
            C("tplf", "accept-boundary-ruling", "oppose",
              "the party still rejected the 2018 decision to accept the boundary ruling"),
        ],
    ),
]

# Duplicate copies: (original key, copy key).
DUPLICATES = [("joint-declaration", "joint-declaration-dup"), ("jeddah-signing", "jeddah-signing-dup")]

# Labelled shifts; `article` is the key of the first article showing the new stance.
SHIFTS = [
    dict(actor="ethiopia", issue="accept-boundary-ruling", frm="conditional", to="support", article="eprdf-accepts-ruling",
         why="The EPRDF executive says Ethiopia will fully accept and implement the Algiers agreement and the 2002 "
             "ruling; until then Ethiopia had accepted it only in principle with a demand for dialogue (baseline, "
             "restated as background in 001)."),
    dict(actor="eritrea", issue="end-state-of-war", frm="conditional", to="support", article="joint-declaration",
         why="Eritrea signs the Asmara joint declaration stating the state of war has ended; in 006 and 007 it only "
             "sent a delegation to gauge intentions and listen. Abiy's report of Isaias's agreement in 008 is "
             "attributed false and does not move the stance."),
    dict(actor="ethiopia", issue="lift-eritrea-sanctions", frm="oppose", to="support", article="guterres-sanctions",
         why="Abiy says the sanctions on Eritrea should be lifted and Ethiopia will press the Security Council; Ethiopia "
             "had backed the 2009 sanctions (baseline)."),
    dict(actor="tplf", issue="withdraw-from-badme", frm="oppose", to="conditional", article="debretsion-conditions",
         why="Debretsion says Tigray will not stand in the way of handing areas to Eritrea provided residents are "
             "consulted; in 005 the TPLF said handing over Badme would reward the aggressor."),
    dict(actor="un", issue="lift-eritrea-sanctions", frm="conditional", to="support", article="unsc-lifts-sanctions",
         why="The Security Council votes unanimously to lift the sanctions; in 011 Guterres only said they could lose "
             "their reason to exist if the rapprochement held."),
    dict(actor="usa", issue="lift-eritrea-sanctions", frm="conditional", to="support", article="unsc-lifts-sanctions",
         why="The United States votes for the resolution and says it supports ending the sanctions; in 022 it would "
             "back lifting them only if Eritrea took steps on Djibouti."),
    dict(actor="ethiopia", issue="open-border-crossings", frm="support", to="conditional", article="om-hajer-closed",
         why="Ethiopia's foreign ministry says the crossings will reopen only once customs, trade and currency rules "
             "are agreed; in 024 and 025 Ethiopia wanted them open and promised more."),
    dict(actor="ethiopia", issue="withdraw-from-badme", frm="support", to="conditional", article="abiy-parliament",
         why="Abiy says troops will leave the awarded areas only after joint demarcation and consultation; in 002 and "
             "027 Ethiopia was prepared to hand them over and denied abandoning the plan."),
]


def load_watchlist(path):
    """Minimal reader for the watchlist format used here (no PyYAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^\s+- id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s+- \{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            if section == "issues":
                m = re.match(r"^\s+(\w+):", line)
                if m and m.group(1) not in ("name", "description", "terms"):
                    raise SystemExit("watchlist: unexpected issue field %r" % m.group(1))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def url_for(a):
    y, m, d = a["published"][:10].split("-")
    return "https://example.org/%s/%s/%s/%s/%s" % (a["outlet"], y, m, d, a["slug"])


def main():
    errors = []
    # ids in publication order
    order = sorted(ARTICLES, key=lambda a: a["published"])
    if [a["key"] for a in order] != [a["key"] for a in ARTICLES]:
        errors.append("ARTICLES are not listed in publication order")
    if len({a["published"] for a in ARTICLES}) != len(ARTICLES):
        errors.append("two articles share a timestamp")
    key2id = {}
    for i, a in enumerate(ARTICLES, 1):
        a["id"] = "%03d" % i
        key2id[a["key"]] = a["id"]
        a["source"] = OUTLETS[a["outlet"]]
        a["url"] = url_for(a)
    if len(set(a["url"] for a in ARTICLES)) != len(ARTICLES):
        errors.append("duplicate urls")

    # write articles
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    os.makedirs(art_dir, exist_ok=True)
    os.makedirs(feed_dir, exist_ok=True)
    for f in os.listdir(art_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(art_dir, f))
    for a in ARTICLES:
        doc = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # write feeds (newest first, as in the dev set)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
               % (escape(name), TOPIC),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    # labels
    claims = {a["id"]: [dict(c) for c in a["claims"]] for a in ARTICLES}
    shifts = [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
               "article": key2id[s["article"]], "why": s["why"]} for s in SHIFTS]
    shift_articles = {s["article"] for s in shifts}
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": no_alert}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---------------- validation ----------------
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues" % len(issues))
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues:
            errors.append("baseline references unknown id: %r" % b)
    months = r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)"
    for a in ARTICLES:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        pat = r"^[A-Z][A-Z .'-]+(, [A-Z][a-z]+)?, %s \d{1,2} \(%s\) - " % (months, re.escape(a["source"]))
        if not re.match(pat, a["text"]):
            errors.append("%s: bad dateline" % a["id"])
        mon = datetime.strptime(a["published"][:10], "%Y-%m-%d")
        day = re.match(r"^[^,]+(?:, [A-Z][a-z]+)?, \w+ (\d{1,2}) ", a["text"])
        if not day or int(day.group(1)) != mon.day:
            errors.append("%s: dateline day does not match published" % a["id"])
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], c["quote"]))
            t = (c["actor"], c["issue"])
            if t in seen:
                errors.append("%s: two claims for %r" % (a["id"], t))
            seen.add(t)
    for s in shifts:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift references unknown id: %r" % s)

    # recompute shifts: prevailing = last attributed labelled stance, from baseline
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            prev = prevailing.get(k)
            if prev is not None and prev != c["stance"]:
                recomputed.append({"actor": k[0], "issue": k[1], "from": prev, "to": c["stance"], "article": a["id"]})
            prevailing[k] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in shifts]
    key = lambda s: (s["article"], s["actor"], s["issue"])
    if sorted(recomputed, key=key) != sorted(labelled, key=key):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if sorted(no_alert) != sorted(a["id"] for a in ARTICLES if a["id"] not in shift_articles):
        errors.append("no_alert_articles mismatch")

    # duplicates carry identical claims
    for orig, copy in DUPLICATES:
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        ca, cb = [next(a for a in ARTICLES if a["key"] == k) for k in (orig, copy)]
        if strip(ca["claims"]) != strip(cb["claims"]) or ca["published"][:10] != cb["published"][:10] \
                or ca["outlet"] == cb["outlet"]:
            errors.append("duplicate pair %s/%s is not a same-day copy with identical claims" % (orig, copy))

    # counts required by the brief
    allc = [c for a in ARTICLES for c in a["claims"]]
    by = {s: sum(1 for c in allc if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    reversals = sum(1 for s in shifts if {s["from"], s["to"]} == {"support", "oppose"})
    cond_moves = sum(1 for s in shifts if "conditional" in (s["from"], s["to"]))
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    checks = [
        (30 <= len(ARTICLES) <= 34, "30-34 articles"),
        (60 <= len(allc) <= 90, "60-90 claims"),
        (min(by.values()) > 0, "all stances present"),
        (by["conditional"] >= 6, ">= 6 conditional"),
        (any(not c["attributed"] for c in allc), "some attributed false"),
        (5 <= len(shifts) <= 8, "5-8 shifts"),
        (cond_moves >= 1, "a move to or from conditional"),
        (reversals <= 2, "at most two support/oppose reversals"),
        (3 <= len(empty) <= 4, "3-4 no-claim articles"),
        (len(set(OUTLETS)) in (4, 5), "4-5 outlets"),
        (any(key2id[d[0]] in shift_articles for d in DUPLICATES), "a duplicate of a shift article"),
    ]
    for ok, what in checks:
        if not ok:
            errors.append("brief requirement failed: " + what)

    # xmllint
    for slug in OUTLETS:
        p = os.path.join(feed_dir, slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, r.stderr.strip()))

    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: %d articles, %d claims (%s), %d attributed false, %d shifts in %d articles, no-claim: %s"
          % (len(ARTICLES), len(allc), ", ".join("%s %d" % kv for kv in by.items()),
             sum(1 for c in allc if not c["attributed"]), len(shifts), len(shift_articles), ", ".join(empty)))
    for a in ARTICLES:
        print("  %s %s %-17s %3d words  %d claims  %s" % (a["id"], a["published"][:10], a["outlet"],
                                                       len(a["text"].split()), len(a["claims"]), a["key"]))


if __name__ == "__main__":
    main()
