#!/usr/bin/env python3
"""Build the armenia-azerbaijan-2024 evaluation set (articles, feeds, labels) and validate it.
Self-contained: run `python3 build.py` from any directory."""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "highland-wire": "Highland Wire",
    "caspian-ledger": "Caspian Ledger",
    "lowland-courier": "Lowland Courier",
    "ridge-report": "Ridge Report",
    "pass-report": "Pass Report",
}
A, Z, R, E, U, T = "armenia", "azerbaijan", "russia", "eu", "usa", "turkey"
PEACE, CONST, GUAR, ROUTE, TAVUSH = ("peace-treaty", "constitution-change", "drop-karabakh-guarantees",
                                     "zangezur-route-armenian-sovereignty", "tavush-delimitation")
S, O, C = "support", "oppose", "conditional"

# Each article: (published, outlet, title, text, claims[(actor, issue, stance, quote, attributed)])
ARTICLES = [
("2023-09-20T17:40:00Z", "highland-wire",
 "Karabakh Armenian forces agree to disarm after Azerbaijani offensive",
 """YEREVAN, Sept 20 (Highland Wire) - Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms after a one-day Azerbaijani offensive, under a ceasefire announced through the command of the Russian peacekeeping contingent in the region.

The Karabakh Armenian leadership said talks on what Baku calls the region's "reintegration" would open in the Azerbaijani town of Yevlakh on Thursday. Russian peacekeepers said they had taken several thousand civilians to their base near the Stepanakert airport.

In Yerevan, Prime Minister Nikol Pashinyan said Armenia had played no part in drafting the ceasefire terms and had no troops in Karabakh. He said the rights and security of the region's Armenians had to be guaranteed through an international mechanism, and called for a United Nations mission to be sent there without delay.

In a televised address, Azerbaijani President Ilham Aliyev said Baku had restored its sovereignty and that the region's Armenians would enjoy the rights of Azerbaijani citizens. Their future, he said, was an internal matter of Azerbaijan in which no foreign mechanism had a role.

Several thousand protesters gathered outside the government building in Yerevan in the evening, demanding Pashinyan's resignation.""",
 [(A, GUAR, O, "had to be guaranteed through an international mechanism", True),
  (Z, GUAR, S, "an internal matter of Azerbaijan in which no foreign mechanism had a role", True)]),

("2023-09-21T19:05:00Z", "caspian-ledger",
 "Yevlakh talks on Karabakh end without a deal on security guarantees",
 """YEVLAKH, Azerbaijan, Sept 21 (Caspian Ledger) - The first meeting between representatives of Nagorno-Karabakh's Armenians and Azerbaijani officials ended on Thursday after about two hours, with both sides saying only that they would meet again.

The talks, held in a government building in this town some 300 km west of Baku, were attended by officers of the Russian peacekeeping command, who escorted the Karabakh delegation from Stepanakert.

A member of the Karabakh delegation told local media afterwards that they had asked for guarantees of safe passage for anyone who wished to leave and for an amnesty for fighters who had surrendered. He said no written answer had been given.

Diplomats in the region said they expected Azerbaijan to resist any international presence in Karabakh, though they cautioned that Baku might yet allow United Nations agencies limited access to deliver aid. One Western diplomat said the speed of the collapse had left Yerevan with few options.

The Armenian foreign ministry declined to say whether it had been consulted on the agenda. Russian officials gave no details of what the peacekeepers' role would be after the fighters hand over their weapons.""",
 []),

("2023-09-25T15:20:00Z", "ridge-report",
 "Erdogan and Aliyev meet in Nakhchivan, press for land link across Armenia",
 """NAKHCHIVAN, Sept 25 (Ridge Report) - Turkish President Tayyip Erdogan flew to Azerbaijan's Nakhchivan exclave on Monday to meet President Ilham Aliyev, days after Baku's military victory in Nagorno-Karabakh, and the two leaders broke ground on a gas pipeline linking Turkey to the exclave.

Aliyev told a joint news conference that the land link between mainland Azerbaijan and Nakhchivan across Armenia's southern Syunik province must open, and that cargo and people travelling on it must not face Armenian checks.

Erdogan said Turkey stood fully behind that demand. He also urged Yerevan to seize what he called a historic chance to sign a lasting peace agreement with Azerbaijan, saying the region had suffered enough from war.

Armenian officials have long described the idea of an extraterritorial "corridor" as unacceptable. In Yerevan, a government spokeswoman said the cabinet would respond to the remarks in due course.

Iran, which borders both Nakhchivan and Syunik, has warned repeatedly against any change to the region's borders.""",
 [(Z, ROUTE, O, "cargo and people travelling on it must not face Armenian checks", True),
  (T, ROUTE, O, "Erdogan said Turkey stood fully behind that demand", True),
  (T, PEACE, S, "urged Yerevan to seize what he called a historic chance to sign", True),
  (A, ROUTE, S, "long described the idea of an extraterritorial \"corridor\" as unacceptable", False)]),

("2023-09-28T12:30:00Z", "highland-wire",
 "Karabakh's unrecognised republic to be dissolved as exodus passes 70,000",
 """YEREVAN, Sept 28 (Highland Wire) - The leader of Nagorno-Karabakh's ethnic Armenian administration, Samvel Shahramanyan, signed a decree on Thursday dissolving the breakaway republic's institutions by Jan. 1, 2024, as the number of people who have fled to Armenia passed 70,000.

Queues of cars stretched for kilometres along the only road to the Armenian border, where Russian peacekeepers were checking vehicles alongside Azerbaijani border guards.

Pashinyan, speaking at a cabinet meeting, said what was happening amounted to ethnic cleansing and that within days no Armenians would be left in Karabakh. He said Armenia would keep raising the rights of the region's people at every international forum, including their right to return home under international guarantees.

The Kremlin said Moscow was in contact with both Baku and Yerevan and that the peacekeepers were helping with the evacuation. A spokesman for the Kremlin did not answer a question about whether the contingent would remain after the exodus.

Former Karabakh official Ruben Vardanyan was detained by Azerbaijani border guards on Wednesday as he tried to cross into Armenia.""",
 [(A, GUAR, O, "their right to return home under international guarantees", True)]),

("2023-10-05T18:45:00Z", "lowland-courier",
 "Aliyev skips Granada summit as EU and Armenia pledge push for peace treaty",
 """GRANADA, Spain, Oct 5 (Lowland Courier) - Azerbaijani President Ilham Aliyev stayed away from a European leaders' summit in Granada on Thursday, leaving a planned five-way meeting on the South Caucasus with only one of the two neighbours at the table.

Azerbaijani state media said Aliyev had objected to what it called an anti-Azerbaijani atmosphere created by France. Turkey's President Tayyip Erdogan, who had been expected, also did not attend.

After meeting Armenian Prime Minister Nikol Pashinyan, French President Emmanuel Macron and German Chancellor Olaf Scholz, European Council President Charles Michel said the European Union remained determined to help the two countries reach a comprehensive peace agreement and would keep its offer of mediation open.

Pashinyan told reporters that Armenia was ready to sign a peace treaty with Azerbaijan before the end of the year, based on mutual recognition of territorial integrity along the 1991 Alma-Ata declaration. "We are ready," he said.

The four leaders issued a statement saying Armenia and Azerbaijan recognised each other's territorial integrity, and voicing concern about the refugees arriving in Armenia.""",
 [(E, PEACE, S, "determined to help the two countries reach a comprehensive peace agreement", True),
  (A, PEACE, S, "Armenia was ready to sign a peace treaty with Azerbaijan", True)]),

("2023-10-17T11:10:00Z", "caspian-ledger",
 "Pashinyan tells European lawmakers Armenia ready to sign treaty",
 """STRASBOURG, Oct 17 (Caspian Ledger) - Armenian Prime Minister Nikol Pashinyan told the European Parliament on Tuesday that his government was ready to sign a peace treaty with Azerbaijan in the coming months, while warning that Baku might next use force against Armenia itself.

Armenia, he said, recognised Azerbaijan's territory of 86,600 square kilometres, provided Baku recognised Armenia's 29,800 square kilometres in the same way. He said the treaty should rest on that mutual recognition, on border delimitation using Soviet maps and on the opening of regional roads.

Pashinyan also said the more than 100,000 people who had fled Nagorno-Karabakh in September should not be forgotten, and that any return would require an international guarantee of their security.

Members of the parliament repeatedly applauded him. A resolution passed by the chamber earlier this month called for a review of the EU's relations with Azerbaijan, though such votes do not bind the bloc's governments.

Azerbaijan's foreign ministry said the Strasbourg resolution was biased. It made no comment on the speech.""",
 [(A, PEACE, S, "ready to sign a peace treaty with Azerbaijan in the coming months", True),
  (A, GUAR, O, "any return would require an international guarantee of their security", True)]),

("2023-10-26T14:00:00Z", "highland-wire",
 "Pashinyan unveils 'Crossroads of Peace' plan; Baku rejects Armenian checks",
 """TBILISI, Oct 26 (Highland Wire) - Armenian Prime Minister Nikol Pashinyan set out on Thursday a plan to reopen roads and railways across the South Caucasus, under which any transit through Armenia, including traffic between mainland Azerbaijan and Nakhchivan, would run under Armenian sovereignty and jurisdiction.

Presenting the "Crossroads of Peace" project at a forum in the Georgian capital, Pashinyan said Armenian border and customs officers would handle all cargo and passengers, on the basis of equality and reciprocity. He displayed a map showing the routes through the southern province of Syunik.

Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said in a written comment that Baku would not accept Armenian customs checks on its citizens and goods travelling to Nakhchivan, and that Armenia had committed in 2020 to unimpeded transport.

Georgian Prime Minister Irakli Garibashvili, the forum's host, said Tbilisi was ready to be a venue for talks between its two neighbours.""",
 [(A, ROUTE, S, "would run under Armenian sovereignty and jurisdiction", True),
  (Z, ROUTE, O, "Baku would not accept Armenian customs checks on its citizens and goods", True)]),

("2023-11-17T20:30:00Z", "ridge-report",
 "Azerbaijan pulls out of Washington talks, says U.S. has lost role as mediator",
 """BAKU, Nov 17 (Ridge Report) - Azerbaijan will not send its foreign minister to talks with Armenia planned for next week in Washington, the Azerbaijani foreign ministry said on Friday, after a senior U.S. diplomat told Congress there could be no business as usual with Baku.

The ministry said Washington's one-sided remarks had undermined its role as a mediator. It said, however, that Azerbaijan remained committed to concluding a peace treaty with Armenia and was ready to pursue direct negotiations without intermediaries.

State Department spokesman Matthew Miller said the United States regretted the decision and would continue to support the two sides in reaching a durable and dignified peace agreement. He declined to say whether the talks could be rescheduled.

The meeting would have been the third round hosted by Secretary of State Antony Blinken this year. Previous rounds near Washington in May and June produced progress on parts of the draft but no breakthrough.

Armenia's foreign ministry said Yerevan was ready to meet at any venue.""",
 [(Z, PEACE, S, "remained committed to concluding a peace treaty with Armenia", True),
  (U, PEACE, S, "continue to support the two sides in reaching a durable and dignified peace agreement", True)]),

("2023-12-07T21:15:00Z", "caspian-ledger",
 "Armenia, Azerbaijan agree prisoner swap, Yerevan backs Baku for COP29",
 """BAKU, Dec 7 (Caspian Ledger) - Armenia and Azerbaijan agreed on Thursday to exchange prisoners and said they would take further confidence-building steps, in a rare joint statement issued by the office of the Armenian prime minister and the Azerbaijani presidential administration.

Azerbaijan will free 32 Armenian servicemen and Armenia two Azerbaijani soldiers. Armenia also withdrew its own bid to host next year's U.N. climate conference, COP29, and backed Baku's candidacy instead.

In the statement, the two governments reaffirmed their intention to normalise relations and to reach a peace treaty on the basis of respect for sovereignty and territorial integrity. They said the agreement was reached in direct talks, without outside mediation.

European Council President Charles Michel called the statement a breakthrough and said the EU would keep supporting efforts to conclude a peace treaty. Other diplomats said it showed the two sides could reach deals on their own.

No date was given for the prisoner exchange.""",
 [(A, PEACE, S, "reaffirmed their intention to normalise relations and to reach a peace treaty", True),
  (Z, PEACE, S, "reaffirmed their intention to normalise relations and to reach a peace treaty", True),
  (E, PEACE, S, "the EU would keep supporting efforts to conclude a peace treaty", True)]),

("2023-12-07T23:40:00Z", "pass-report",
 "Yerevan and Baku announce prisoner exchange, Armenia drops COP29 bid",
 """BAKU, Dec 7 (Pass Report) - Armenia and Azerbaijan said on Thursday they would swap prisoners and take more steps to build confidence, in an unusual joint statement from the Armenian prime minister's office and the Azerbaijani presidential administration.

Baku is to release 32 Armenian servicemen and Yerevan two Azerbaijani soldiers. Armenia withdrew its bid to host the COP29 U.N. climate conference next year and gave its support to Baku's candidacy.

In the joint statement, the two governments reaffirmed their intention to normalise relations and to reach a peace treaty on the basis of respect for sovereignty and territorial integrity. The deal, they said, was struck in direct talks with no outside mediator.

European Council President Charles Michel hailed the statement as a breakthrough and said the EU would keep supporting efforts to conclude a peace treaty. Diplomats said it suggested the neighbours could strike deals by themselves.

The statement did not say when the exchange would take place.""",
 [(A, PEACE, S, "reaffirmed their intention to normalise relations and to reach a peace treaty", True),
  (Z, PEACE, S, "reaffirmed their intention to normalise relations and to reach a peace treaty", True),
  (E, PEACE, S, "the EU would keep supporting efforts to conclude a peace treaty", True)]),

("2024-01-10T19:50:00Z", "highland-wire",
 "Aliyev says no peace treaty while Armenian constitution claims Karabakh",
 """BAKU, Jan 10 (Highland Wire) - Azerbaijani President Ilham Aliyev said on Wednesday that a peace treaty with Armenia could not be signed as long as Armenia's constitution contained claims on Azerbaijani territory, setting a new hurdle for talks that both sides had described as close to a deal.

In a long interview with local television channels, Aliyev said the preamble of the Armenian constitution, which refers to the 1990 declaration of independence and through it to the unification of Armenia with Nagorno-Karabakh, had to be changed. Armenia must amend it, he said.

Aliyev also said the land route to Nakhchivan must open without any Armenian checks on Azerbaijani cargo, and that Armenia had to return the villages of Azerbaijan's Gazakh district that it had held since the early 1990s before a border could be agreed.

Armenian officials did not respond immediately. Aliyev, who has called a snap presidential election for Feb. 7, is expected to win easily.""",
 [(Z, PEACE, C, "could not be signed as long as Armenia's constitution contained claims", True),
  (Z, CONST, S, "Armenia must amend it, he said", True),
  (Z, ROUTE, O, "must open without any Armenian checks on Azerbaijani cargo", True),
  (Z, TAVUSH, S, "Armenia had to return the villages of Azerbaijan's Gazakh district", True)]),

("2024-01-19T16:25:00Z", "lowland-courier",
 "Armenia says constitution is not Baku's business, rejects unilateral village handover",
 """YEREVAN, Jan 19 (Lowland Courier) - Armenia's foreign minister Ararat Mirzoyan said on Friday that Yerevan would not amend its constitution to satisfy Baku, rejecting a demand that Azerbaijani President Ilham Aliyev set as a condition for a peace treaty last week.

"Our constitution is not a subject of negotiation with Azerbaijan," Mirzoyan told a news conference with his Lithuanian counterpart. Armenia had recognised Azerbaijan's territorial integrity in writing, he said, and that commitment would be in the treaty itself.

Mirzoyan also said Armenia would not hand over the four disputed villages near the Tavush province on their own, outside a full delimitation that also settled Armenian land held by Azerbaijan, such as the exclave of Artsvashen.

Prime Minister Nikol Pashinyan has said separately that Armenia needs a new constitution to suit a changed world, but he has not said what it would contain.

Opposition lawmaker Ishkhan Saghatelyan accused the government of preparing to give in to Baku on both issues.""",
 [(A, CONST, O, "Yerevan would not amend its constitution to satisfy Baku", True),
  (A, TAVUSH, O, "would not hand over the four disputed villages near the Tavush province", True)]),

("2024-02-17T18:00:00Z", "ridge-report",
 "Pashinyan and Aliyev meet in Munich, agree to keep talking",
 """MUNICH, Feb 17 (Ridge Report) - Armenian Prime Minister Nikol Pashinyan and newly re-elected Azerbaijani President Ilham Aliyev met on Saturday on the sidelines of the Munich Security Conference, their first meeting since a deadly border shooting this week.

German Chancellor Olaf Scholz, who hosted the talks, said afterwards that the two leaders had agreed to settle their disputes peacefully and to keep working on a treaty, and that he was encouraged by the tone.

Pashinyan told reporters that Armenia wanted the peace treaty signed as soon as possible and saw no reason why it could not be done this year. He said foreign ministers would meet again soon.

Aliyev left the venue without speaking to journalists, and his office declined to say whether the constitution issue had been raised.

Four Armenian soldiers were killed on Tuesday when Azerbaijani forces opened fire near the village of Nerkin Hand in Syunik. Baku said the shooting was a response to an earlier provocation, which Yerevan denied.""",
 [(A, PEACE, S, "Armenia wanted the peace treaty signed as soon as possible", True)]),

("2024-03-19T15:35:00Z", "highland-wire",
 "Pashinyan tells Tavush villagers border must be drawn, on agreed basis",
 """VOSKEPAR, Armenia, March 19 (Highland Wire) - Prime Minister Nikol Pashinyan told residents of villages in Armenia's northern Tavush province on Tuesday that Armenia was ready to start marking its border with Azerbaijan in their area, if the work followed the 1991 Alma-Ata declaration that both countries have signed.

Pashinyan, who met villagers in Voskepar and Kirants, said the alternative could be a new war. He said delimitation in Tavush could begin before a full agreement on the rest of the border, provided Baku accepted the same legal basis for every section.

Several villagers told him they feared losing access to the main road to Georgia, which runs close to the four former Azerbaijani villages. "Where will we go if the road is closed?" one woman asked.

The prime minister said the government would look for a way to protect the road and that no decision had yet been made on the exact line.

The Armenian Apostolic Church's Tavush diocese said it would not accept any handover of land. Opposition parties called the visit a prelude to capitulation.""",
 [(A, TAVUSH, C, "provided Baku accepted the same legal basis for every section", True)]),

("2024-03-20T10:45:00Z", "pass-report",
 "Baku welcomes Pashinyan's Tavush remarks, calls for commissions to meet",
 """BAKU, March 20 (Pass Report) - Azerbaijan's deputy prime minister Shahin Mustafayev, who heads its border delimitation commission, said on Wednesday that Baku welcomed Armenian Prime Minister Nikol Pashinyan's remarks in Tavush and wanted the two commissions to begin work on the Gazakh section right away.

Mustafayev said in a statement that the return of the four villages of the Gazakh district must be the first step of the process and that the legal basis for the work could be agreed between the commissions.

Independent analysts in Baku said the offer suggested Azerbaijan was keen to lock in an early gain before Armenia's domestic opposition could organise. Others said Aliyev might yet raise the price by demanding more.

Asked whether Baku would consider returning the Armenian exclave of Artsvashen at the same time, a foreign ministry spokesman said that was a matter for later stages.

Armenian deputy prime minister Mher Grigoryan, who leads Yerevan's commission, did not respond to requests for comment.""",
 [(Z, TAVUSH, S, "the return of the four villages of the Gazakh district must be the first step", True)]),

("2024-04-05T17:20:00Z", "lowland-courier",
 "EU and U.S. pledge support for Armenia at Brussels meeting; Baku protests",
 """BRUSSELS, April 5 (Lowland Courier) - The European Union and the United States promised Armenia hundreds of millions of dollars in economic aid on Friday at a meeting in Brussels that Azerbaijan condemned as one-sided.

Secretary of State Antony Blinken said after talks with Armenian Prime Minister Nikol Pashinyan and European Commission President Ursula von der Leyen that Washington strongly supported a peace agreement between Armenia and Azerbaijan and saw it as within reach.

Von der Leyen said the EU backed Armenia's plan for regional transport links, adding that any road or railway must respect the sovereignty and jurisdiction of the countries it crosses.

Pashinyan said the meeting was not directed against anyone and that Armenia's offer to open routes under its own sovereignty remained on the table.

Azerbaijan's foreign ministry said the meeting undermined the regional balance. Russia's foreign ministry said the West was trying to drag the South Caucasus into geopolitical confrontation.""",
 [(U, PEACE, S, "Washington strongly supported a peace agreement between Armenia and Azerbaijan", True),
  (E, ROUTE, S, "must respect the sovereignty and jurisdiction of the countries it crosses", True),
  (A, ROUTE, S, "offer to open routes under its own sovereignty remained on the table", True)]),

("2024-04-17T13:05:00Z", "caspian-ledger",
 "Kremlin confirms Russian peacekeepers are leaving Karabakh",
 """MOSCOW, April 17 (Caspian Ledger) - The Kremlin confirmed on Wednesday that Russian peacekeepers had begun leaving Nagorno-Karabakh, more than a year before the end of a mandate set out in the 2020 ceasefire agreement.

Kremlin spokesman Dmitry Peskov told reporters the withdrawal was under way but gave no timetable and would not comment on whether Moscow had been asked to leave. Hikmet Hajiyev, adviser to the Azerbaijani president, said the decision had been taken jointly by the two countries' leaders.

About 2,000 troops were deployed in November 2020 to police the truce after six weeks of fighting. Critics in Yerevan accused them of standing aside during the Azerbaijani offensive last September, a charge Moscow has rejected.

Analysts said the pullout marked a further decline in Russian influence in the South Caucasus as Armenia turned towards the West. One Moscow-based analyst said the Kremlin might now try to reassert itself through its role in transport links.

Armenia's foreign ministry declined to comment, saying the deployment had been a matter between Moscow and Baku since last autumn.""",
 []),

("2024-04-19T21:30:00Z", "highland-wire",
 "Armenia agrees to return four villages as border delimitation begins",
 """YEREVAN, April 19 (Highland Wire) - Armenia agreed on Friday to return four abandoned villages in its northern Tavush province to Azerbaijan, as the two countries began marking their shared border for the first time since the Soviet collapse.

Deputy prime ministers Mher Grigoryan and Shahin Mustafayev, who lead the two border commissions, signed a protocol on the first stretch of about 12.7 km between Tavush and Azerbaijan's Gazakh district. The Armenian government said in a statement that delimitation would start there and follow the 1991 Alma-Ata declaration.

Azerbaijan's foreign ministry called the agreement a historic event and a step towards a peace treaty. Baku said it expected the return of the villages to be completed by mid-May.

Residents of the neighbouring Armenian village of Kirants blocked a road in protest. Opposition parties said they would challenge the deal.

Pashinyan has said the move would avert the risk of war.""",
 [(A, TAVUSH, S, "delimitation would start there and follow the 1991 Alma-Ata declaration", True),
  (Z, TAVUSH, S, "called the agreement a historic event and a step towards a peace treaty", True)]),

("2024-04-19T23:55:00Z", "lowland-courier",
 "Yerevan to hand back four villages to Baku as border marking starts",
 """YEREVAN, April 19 (Lowland Courier) - Armenia agreed on Friday to give back four abandoned villages in its northern Tavush province to Azerbaijan, as the neighbours started marking their common border for the first time since the end of the Soviet Union.

Deputy prime ministers Mher Grigoryan and Shahin Mustafayev, heads of the two border commissions, signed a protocol on an initial section of some 12.7 km between Tavush and Azerbaijan's Gazakh district. In a statement, the Armenian government said delimitation would start there and follow the 1991 Alma-Ata declaration.

The Azerbaijani foreign ministry called the agreement a historic event and a step towards a peace treaty. Baku expects the villages to be handed over by mid-May, it said.

In the nearby Armenian village of Kirants, residents blocked a road in protest, and opposition parties vowed to fight the deal.

Pashinyan has said the step would avert the risk of war.""",
 [(A, TAVUSH, S, "delimitation would start there and follow the 1991 Alma-Ata declaration", True),
  (Z, TAVUSH, S, "called the agreement a historic event and a step towards a peace treaty", True)]),

("2024-04-25T16:40:00Z", "ridge-report",
 "Archbishop leads Tavush protest march; Pashinyan says no going back",
 """KIRANTS, Armenia, April 25 (Ridge Report) - Hundreds of people led by Archbishop Bagrat Galstanyan set off on Thursday on a march from Armenia's Tavush province to Yerevan, demanding that the government halt the handover of four villages to Azerbaijan.

Galstanyan, head of the church's Tavush diocese, said the protest movement, called "Tavush for the Homeland", would not stop until the agreement was cancelled. Opposition lawmakers from the Armenia and I Have Honour blocs joined the march.

Prime Minister Nikol Pashinyan, asked about the protest in parliament, said the deal had been signed in Armenia's interest. He said the government would not go back on the agreement, because without a recognised border there could be no lasting peace.

In Brussels, EU foreign policy chief Josep Borrell welcomed the start of delimitation in Tavush as an important step and urged both sides to keep going.

Police said they would allow the march as long as it remained peaceful.""",
 [(A, TAVUSH, S, "He said the government would not go back on the agreement", True),
  (E, TAVUSH, S, "welcomed the start of delimitation in Tavush as an important step", True)]),

("2024-05-11T14:15:00Z", "caspian-ledger",
 "Foreign ministers end Almaty talks with no signing date",
 """ALMATY, May 11 (Caspian Ledger) - Two days of talks between the foreign ministers of Armenia and Azerbaijan in Kazakhstan's largest city ended on Saturday with progress on some articles of a draft peace treaty but no date for a signing.

Azerbaijani Foreign Minister Jeyhun Bayramov said Baku wanted the treaty signed but repeated that Armenia would first have to change its constitution. "The constitution remains the main obstacle," he said.

His Armenian counterpart Ararat Mirzoyan said Armenia was ready to sign a treaty on the articles already agreed and to keep working on the rest. He did not comment on the constitution.

In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia remained ready to host the signing of a peace treaty and to offer its expertise, including Soviet-era maps.

Kazakh President Kassym-Jomart Tokayev, who greeted both ministers, said Almaty would be glad to host further rounds.""",
 [(Z, PEACE, C, "Baku wanted the treaty signed but repeated that Armenia would first", True),
  (Z, CONST, S, "Armenia would first have to change its constitution", True),
  (A, PEACE, S, "Armenia was ready to sign a treaty on the articles already agreed", True),
  (R, PEACE, S, "Russia remained ready to host the signing of a peace treaty", True)]),

("2024-05-24T12:00:00Z", "pass-report",
 "Azerbaijani border guards take over four villages as handover ends",
 """BAGHANIS, Armenia, May 24 (Pass Report) - Azerbaijani border guards took up positions on Friday at the four villages that Armenia agreed last month to return, completing the handover of the first section of a border that the two countries have never formally marked.

Armenian border troops, who had manned posts in the area since the early 1990s, pulled back several hundred metres overnight. Workers had earlier installed the first concrete border markers along a stretch of about 12.7 km.

In Baghanis, the nearest Armenian village, residents watched from their gardens as the new posts went up. Some said houses were now only a few dozen metres from the line.

Protests in Yerevan led by Archbishop Bagrat Galstanyan continued for a second week, though crowds have thinned. Galstanyan said he would seek to become prime minister.

Asked when work would move to the next section, Armenian Foreign Minister Ararat Mirzoyan declined to give a date. Russian officials, who once offered Soviet maps for the task, did not comment.""",
 []),

("2024-06-12T17:30:00Z", "highland-wire",
 "Pashinyan says Armenia will not raise Karabakh guarantees in treaty talks",
 """YEREVAN, June 12 (Highland Wire) - Prime Minister Nikol Pashinyan said on Wednesday that Armenia would no longer seek an international mechanism for the rights and security of Nagorno-Karabakh's Armenians in its talks with Azerbaijan, telling parliament that the peace treaty would deal only with relations between the two states.

"The Karabakh movement as we knew it is over," Pashinyan said during a heated question session. He said Armenia's demand for international guarantees had been tied to a population that no longer lived in the region, and that keeping it on the table would only give Baku a reason to stall.

He said Armenia would help the refugees to build new lives at home.

Former Karabakh officials now living in Yerevan said the government had abandoned them. The opposition Armenia bloc said it would collect signatures for a no-confidence motion.

Azerbaijani officials did not comment on the remarks. Baku has long said that the region's former residents could return only as Azerbaijani citizens.""",
 [(A, GUAR, S, "would no longer seek an international mechanism for the rights and security", True)]),

("2024-09-02T13:50:00Z", "pass-report",
 "Lavrov says Russian guards should control route through Syunik; Yerevan objects",
 """MOSCOW, Sept 2 (Pass Report) - Russian Foreign Minister Sergei Lavrov said on Monday that the 2020 ceasefire statement gave Russian border guards control of the transport link across Armenia's Syunik province between mainland Azerbaijan and Nakhchivan, and accused Yerevan of backtracking on the deal.

Lavrov told students at a Moscow university that the route had to be guarded by the Russian FSB border service, as the statement signed by the leaders of Russia, Armenia and Azerbaijan required.

Armenia's foreign ministry summoned the Russian ambassador later on Monday and said in a statement that Armenia would not hand control of its roads to a third country. No road on Armenian territory would operate outside Armenia's sovereignty and jurisdiction, it said.

The exchange came days after Armenian and Azerbaijani negotiators signed rules for the joint work of their border commissions, the first legally binding document between the two since the conflict began.

Azerbaijan's foreign ministry said it did not comment on talks between other countries.""",
 [(R, ROUTE, O, "the route had to be guarded by the Russian FSB border service", True),
  (A, ROUTE, S, "No road on Armenian territory would operate outside Armenia's sovereignty and jurisdiction", True)]),

("2024-09-26T22:10:00Z", "ridge-report",
 "Blinken says Armenia-Azerbaijan peace 'within reach' after New York meeting",
 """NEW YORK, Sept 26 (Ridge Report) - U.S. Secretary of State Antony Blinken hosted the foreign ministers of Armenia and Azerbaijan on the margins of the United Nations General Assembly on Thursday and said a peace agreement was within reach.

"The two sides have made real progress and we want to see this done," Blinken said after the meeting with Ararat Mirzoyan and Jeyhun Bayramov. He said the United States supported regional transport links that respected each country's sovereignty and jurisdiction.

Mirzoyan said Armenia had proposed signing the articles that were already agreed, and was ready to sign them without delay. Bayramov left without commenting and declined to say whether Baku would accept such a partial treaty.

A State Department official said about 80 percent of the text had been agreed. Diplomats in New York said the sides could meet again before COP29, which Baku hosts in November.""",
 [(U, PEACE, S, "The two sides have made real progress and we want to see this done", True),
  (U, ROUTE, S, "supported regional transport links that respected each country's sovereignty and jurisdiction", True),
  (A, PEACE, S, "ready to sign them without delay", True)]),

("2025-03-13T16:00:00Z", "caspian-ledger",
 "Armenia and Azerbaijan finish talks on peace treaty text; Baku sets conditions for signing",
 """BAKU, March 13 (Caspian Ledger) - Armenia and Azerbaijan have completed negotiations on the text of a peace treaty, both foreign ministries said on Thursday, ending more than two years of drafting. But Baku said it would not sign until Armenia changed its constitution.

Azerbaijan's foreign ministry said the treaty could be signed only after Armenia removed territorial claims from its constitution and after the OSCE Minsk Group, the mediation format set up in 1992, was formally dissolved. Foreign Minister Jeyhun Bayramov said the change to the constitution was a must.

Armenia's foreign ministry said the text of all 17 articles was agreed and that Yerevan was ready to begin consultations with Baku on the date and venue of signing.

The treaty would commit both sides to recognise each other's territory, not to deploy third-country forces along the border and to withdraw international legal claims against each other.""",
 [(Z, PEACE, C, "could be signed only after Armenia removed territorial claims from its constitution", True),
  (Z, CONST, S, "the change to the constitution was a must", True),
  (A, PEACE, S, "ready to begin consultations with Baku on the date and venue of signing", True)]),

("2025-03-14T18:20:00Z", "highland-wire",
 "Pashinyan open to dropping constitution preamble, but not as Baku's precondition",
 """YEREVAN, March 14 (Highland Wire) - Prime Minister Nikol Pashinyan said on Friday that Armenia's voters would decide the fate of the constitutional preamble that Azerbaijan objects to, in a referendum on a new constitution that his government is preparing.

He told a news conference that he was open to a text without the reference to the 1990 declaration of independence, but not as a precondition dictated by Baku, and that the peace treaty should not be held hostage to Armenia's domestic calendar. No date for the referendum has been set.

In Brussels, EU foreign policy chief Kaja Kallas welcomed the completion of the treaty text and urged the two sides to sign it quickly. Turkish Foreign Minister Hakan Fidan said Ankara hoped to see the treaty signed soon and would then move to normalise its own ties with Yerevan.

Armenia's opposition said any change to the preamble would betray the country's founding documents.""",
 [(A, CONST, C, "open to a text without the reference to the 1990 declaration of independence", True),
  (A, PEACE, S, "the peace treaty should not be held hostage to Armenia's domestic calendar", True),
  (E, PEACE, S, "urged the two sides to sign it quickly", True),
  (T, PEACE, S, "Ankara hoped to see the treaty signed soon", True)]),

("2025-03-20T09:30:00Z", "lowland-courier",
 "Analysis: agreed text, but no signature in sight for Caucasus peace deal",
 """LONDON, March 20 (Lowland Courier) - A week after Armenia and Azerbaijan said they had agreed the text of a peace treaty, neither capital would say when it might be signed, and analysts cautioned that the last step could prove the hardest.

Several analysts said Baku might hold out for a constitutional referendum in Armenia, which is unlikely before 2027, using the time to press other demands. Others suggested Yerevan could offer an earlier vote to speed things up, though Armenian officials have not said so.

Moscow has struck a warm tone. Russian foreign ministry spokeswoman Maria Zakharova said Russia welcomed the agreement on the text and was in favour of the treaty being signed as soon as possible.

Diplomats in Brussels said European officials were drafting a package of support for the region to be offered once a treaty was signed.

In Yerevan, the opposition said it would campaign against any new constitution. An Azerbaijani foreign ministry official denied that Baku had softened its demand for a change to Armenia's constitution, but declined to say when a signing ceremony might be held.""",
 [(R, PEACE, S, "in favour of the treaty being signed as soon as possible", True),
  (Z, CONST, S, "denied that Baku had softened its demand for a change to Armenia's constitution", True)]),

("2025-07-10T19:45:00Z", "ridge-report",
 "Aliyev and Pashinyan hold first direct talks in Abu Dhabi",
 """ABU DHABI, July 10 (Ridge Report) - Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Abu Dhabi on Thursday for their first face-to-face talks without a foreign mediator, a meeting hosted by the United Arab Emirates.

Azerbaijan's foreign ministry said afterwards that the two leaders had agreed to continue bilateral negotiations. Hikmet Hajiyev, Aliyev's adviser, said the treaty would be signed only once Armenia's constitution no longer claimed Azerbaijani land, adding that Baku expected that change to be made.

Pashinyan said Armenia's position was unchanged: the treaty was ready and should be signed first, with the constitution handled separately.

Neither side gave details of the discussion on transport routes. Diplomats said a U.S. proposal for a route through Syunik had been on the table, though they could not confirm its terms.""",
 [(Z, PEACE, C, "the treaty would be signed only once Armenia's constitution no longer claimed", True),
  (Z, CONST, S, "Baku expected that change to be made", True),
  (A, PEACE, S, "the treaty was ready and should be signed first", True)]),

("2025-08-08T22:40:00Z", "caspian-ledger",
 "Armenia, Azerbaijan initial peace deal at White House, agree U.S.-backed route",
 """WASHINGTON, Aug 8 (Caspian Ledger) - The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday, and their foreign ministers initialled the text of a peace treaty, in a ceremony hosted by U.S. President Donald Trump.

Under the declaration, Azerbaijan and Armenia agreed to open a transit route across Armenia's Syunik province linking mainland Azerbaijan with Nakhchivan, to operate under Armenian law and jurisdiction, with a U.S. company given development rights. The White House called it the Trump Route for International Peace and Prosperity.

Trump said the United States would help build the route, and urged both sides to finalise the treaty. "This is peace," he said.

Pashinyan said the route would respect Armenia's sovereignty and called for the treaty to be signed without delay. Aliyev said the treaty would be signed once Armenia amended its constitution.

The two leaders also jointly asked the OSCE to close the Minsk Group.""",
 [(Z, ROUTE, S, "agreed to open a transit route across Armenia's Syunik province", True),
  (A, ROUTE, S, "the route would respect Armenia's sovereignty", True),
  (U, ROUTE, S, "the United States would help build the route", True),
  (A, PEACE, S, "called for the treaty to be signed without delay", True),
  (Z, PEACE, C, "the treaty would be signed once Armenia amended its constitution", True),
  (U, PEACE, S, "urged both sides to finalise the treaty", True)]),

("2025-08-09T15:10:00Z", "lowland-courier",
 "Ankara and Brussels welcome Washington declaration; Tehran warns on route",
 """ANKARA, Aug 9 (Lowland Courier) - Turkey and the European Union on Saturday welcomed the declaration signed by Armenia and Azerbaijan in Washington, while Iran warned it would oppose any route that changed the region's borders.

Turkish President Tayyip Erdogan said Turkey supported the early signing of the peace treaty and would accelerate its own normalisation talks with Armenia. The foreign ministry in Ankara called the declaration a turning point.

EU foreign policy chief Kaja Kallas said the bloc supported the conclusion of the treaty and stood ready to help with reconstruction and connectivity in the South Caucasus.

An adviser to Iran's supreme leader, Ali Akbar Velayati, said Tehran would block what he called a corridor for foreign powers. Iran's foreign ministry took a softer tone, saying it was studying the documents.

Russia's foreign ministry said it was analysing the outcome and that regional problems were best solved by regional countries. It did not say whether Moscow would accept the route.""",
 [(T, PEACE, S, "Turkey supported the early signing of the peace treaty", True),
  (E, PEACE, S, "the bloc supported the conclusion of the treaty", True)]),

("2025-09-01T14:30:00Z", "pass-report",
 "OSCE closes Minsk Group after 33 years",
 """VIENNA, Sept 1 (Pass Report) - The Organization for Security and Co-operation in Europe decided on Monday to shut down the Minsk Group, the body created in 1992 to mediate the Nagorno-Karabakh conflict, granting a joint request made by Armenia and Azerbaijan in Washington last month.

The group, co-chaired for most of its life by France, Russia and the United States, had not met in years. Its closure removes one of the two conditions that Azerbaijan has set for signing the peace treaty.

Azerbaijan, which has long demanded that Armenia's constitution be amended, now awaits the referendum promised by Yerevan. Armenia, which last year stopped pressing for international guarantees for Karabakh's Armenians, says the treaty should be signed without waiting.

The OSCE's secretary-general said the decision reflected a new phase in the South Caucasus. The group's offices in Vienna and Tbilisi will close by the end of the year.""",
 [(Z, CONST, S, "has long demanded that Armenia's constitution be amended", False),
  (A, GUAR, S, "last year stopped pressing for international guarantees for Karabakh's Armenians", False),
  (A, PEACE, S, "says the treaty should be signed without waiting", False)]),

("2025-09-22T17:05:00Z", "highland-wire",
 "Pashinyan says new constitution should drop independence declaration reference",
 """YEREVAN, Sept 22 (Highland Wire) - Prime Minister Nikol Pashinyan said on Monday that Armenia's new constitution should not contain the reference to the 1990 declaration of independence, and that his government would put a draft without it to a referendum.

Speaking at a party event, Pashinyan said the reference tied Armenia to a claim on Nagorno-Karabakh that the country had given up and that kept the danger of war alive. He said removing it was in Armenia's own interest, whatever Baku demanded.

Opposition leaders accused him of rewriting the nation's founding documents to please Azerbaijan and said they would campaign for a "no" vote.

Azerbaijan's foreign ministry did not comment on the remarks. Its ministers have said the constitution must be changed before the peace treaty can be signed.

The referendum is expected in 2027, after parliamentary elections next year.""",
 [(A, CONST, S, "new constitution should not contain the reference to the 1990 declaration", True),
  (Z, CONST, S, "Its ministers have said the constitution must be changed", False),
  (Z, PEACE, C, "must be changed before the peace treaty can be signed", False)]),
]

SHIFTS = [
 (Z, PEACE, S, C, "011", "Aliyev says a treaty cannot be signed while Armenia's constitution contains claims; in 008/009 Baku was committed to the treaty without a condition."),
 (A, TAVUSH, O, C, "014", "Pashinyan tells Tavush villagers Armenia is ready to start delimitation there if it follows the Alma-Ata basis; in 012 Mirzoyan refused a handover outside a full delimitation."),
 (A, TAVUSH, C, S, "018", "Armenia signs the protocol on the first Tavush-Gazakh section and agrees to return the four villages (formal act)."),
 (A, GUAR, O, S, "023", "Pashinyan tells parliament Armenia will no longer seek an international mechanism for Karabakh Armenians; in 001, 004 and 006 he demanded one."),
 (A, CONST, O, C, "027", "Pashinyan is open to a constitution without the declaration reference, decided by referendum and not as Baku's precondition; in 012 Mirzoyan refused to amend it for Baku."),
 (Z, ROUTE, O, S, "030", "Aliyev signs a declaration opening the Syunik route under Armenian law and jurisdiction; in 003, 007 and 011 Baku rejected any Armenian checks."),
 (A, CONST, C, S, "033", "Pashinyan says the new constitution should not contain the declaration reference and will be put to a referendum without it; in 027 he was only open to it."),
]

BASELINE = [
 (A, PEACE, S), (Z, PEACE, S), (E, PEACE, S), (U, PEACE, S), (R, PEACE, S),
 (A, CONST, O), (Z, CONST, S),
 (A, GUAR, O), (Z, GUAR, S),
 (A, ROUTE, S), (Z, ROUTE, O),
 (Z, TAVUSH, S),
]

WATCHLIST = """# shiftwatch eval set armenia-azerbaijan-2024: tracked actors and issues.
# Armenia-Azerbaijan peace negotiations, Sept 2023 - Sept 2025.
# Capitals are also used as plain locations ("talks were held in Baku"); such mentions carry no stance.
# Untracked: the Armenian opposition, the Karabakh Armenian leadership, the Armenian church, Iran, Georgia,
# Kazakhstan, Germany, France, the UAE, the OSCE.

actors:
  - id: armenia
    name: Armenia (government)
    aliases: [Armenia, Armenian government, Yerevan, Nikol Pashinyan, Pashinyan, Ararat Mirzoyan, Mirzoyan, Armenian foreign ministry, Mher Grigoryan, Grigoryan]
  - id: azerbaijan
    name: Azerbaijan (government)
    aliases: [Azerbaijan, Azerbaijani government, Baku, Ilham Aliyev, Aliyev, Jeyhun Bayramov, Bayramov, Hikmet Hajiyev, Hajiyev, Shahin Mustafayev, Mustafayev, Azerbaijani foreign ministry]
  - id: russia
    name: Russia
    aliases: [Russia, Russian government, Moscow, Kremlin, the Kremlin, Vladimir Putin, Putin, Sergei Lavrov, Lavrov, Dmitry Peskov, Peskov, Maria Zakharova, Zakharova, Russian peacekeepers]
  - id: eu
    name: European Union (institutions)
    aliases: [European Union, EU, Brussels, European Commission, European Council, Charles Michel, Michel, Josep Borrell, Borrell, Ursula von der Leyen, von der Leyen, Kaja Kallas, Kallas, Antonio Costa]
  - id: usa
    name: United States (federal government, foreign policy)
    aliases: [United States, US, U.S., Washington, State Department, Antony Blinken, Blinken, Matthew Miller, Donald Trump, Trump, White House, Marco Rubio, Rubio]
  - id: turkey
    name: Turkey
    aliases: [Turkey, Türkiye, Turkish government, Ankara, Recep Tayyip Erdogan, Tayyip Erdogan, Erdogan, Hakan Fidan, Fidan]

issues:
  - id: peace-treaty
    name: Armenia and Azerbaijan sign a peace treaty
    description: The two countries conclude and sign a bilateral treaty on peace and the establishment of interstate relations.
    terms: [peace treaty, peace agreement, peace deal, sign the treaty, normalisation, treaty text]
  - id: constitution-change
    name: Armenia amends its constitution to drop the Karabakh reference
    description: Armenia changes or replaces its constitution so that it no longer refers to the declaration of independence that cites unification with Nagorno-Karabakh.
    terms: [constitution, constitutional change, preamble, declaration of independence, referendum, territorial claims]
  - id: drop-karabakh-guarantees
    name: Armenia drops its demand for international guarantees for Karabakh Armenians
    description: Armenia stops demanding an international mechanism guaranteeing the rights, security or return of Nagorno-Karabakh's Armenians.
    terms: [Karabakh Armenians, international guarantees, international mechanism, rights and security, right of return]
  - id: zangezur-route-armenian-sovereignty
    name: The Zangezur transit route opens under Armenian sovereignty
    description: The road and rail link across Armenia's Syunik province between mainland Azerbaijan and Nakhchivan opens under Armenian sovereignty, jurisdiction and border control.
    terms: [Zangezur corridor, Crossroads of Peace, transit route, Syunik, Nakhchivan, sovereignty]
  - id: tavush-delimitation
    name: Border delimitation starts with the Tavush villages
    description: Armenia and Azerbaijan begin marking their border in the Tavush-Gazakh section, with Armenia returning the four villages it has held since the early 1990s.
    terms: [border delimitation, Tavush, Gazakh, four villages, border commission, demarcation]

# Known starting positions before the first article (Sept 2023).
baseline:
"""

def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70].rstrip("-")

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    arts, claims = [], {}
    for i, (pub, outlet, title, text, cl) in enumerate(ARTICLES, 1):
        aid = f"{i:03d}"
        d = pub[:10].replace("-", "/")
        a = {"id": aid, "published": pub, "source": OUTLETS[outlet],
             "url": f"https://example.org/{outlet}/{d}/{slugify(title)}", "title": title, "text": text}
        arts.append((outlet, a))
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(a, f, ensure_ascii=False, indent=2); f.write("\n")
        claims[aid] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]} for c in cl]
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": s[4], "why": s[5]} for s in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for _, a in arts if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")
    wl = WATCHLIST + "".join(f"  - {{actor: {a}, issue: {i}, stance: {s}}}\n" for a, i, s in BASELINE)
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write(wl)
    for outlet, name in OUTLETS.items():
        items = sorted([a for o, a in arts if o == outlet], key=lambda a: a["published"], reverse=True)
        rfc = lambda p: format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch armenia-azerbaijan-2024 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{rfc(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return arts, labels

def validate(arts, labels):
    errs = []
    actors = {A, Z, R, E, U, T}; issues = {PEACE, CONST, GUAR, ROUTE, TAVUSH}
    wl = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    for x in actors | issues:
        if f"id: {x}\n" not in wl: errs.append(f"{x} missing in watchlist")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    ids = [a["id"] for _, a in arts]
    if files != ids: errs.append("article files do not match ids")
    if sorted(labels["claims"]) != ids: errs.append("claims keys do not match ids")
    pubs = [a["published"] for _, a in arts]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    texts = {}
    for _, a in arts:
        a2 = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        texts[a["id"]] = a2["text"]
        n = len(a2["text"].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z][A-Z ,.'a-z]*, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(a2["source"]) + r"\) - ", a2["text"]):
            errs.append(f"{a['id']}: dateline")
    seen = set()
    for aid, cl in labels["claims"].items():
        for c in cl:
            if c["actor"] not in actors or c["issue"] not in issues: errs.append(f"{aid}: unknown actor/issue {c}")
            if c["stance"] not in (S, O, C): errs.append(f"{aid}: bad stance")
            if c["quote"] not in texts[aid]: errs.append(f"{aid}: quote not found: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words: {c['quote']}")
            k = (aid, c["actor"], c["issue"], c["stance"])
            if k in seen: errs.append(f"{aid}: duplicate claim tuple {k}")
            seen.add(k)
    # Replay prevailing stances and check shifts
    prev = {(a, i): s for a, i, s in BASELINE}
    expected = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                if (c["actor"], c["issue"], prev[k], c["stance"], aid) not in expected:
                    expected.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    got = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(got) != sorted(expected): errs.append(f"shift mismatch:\n labelled {got}\n replayed {expected}")
    shift_ids = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(ids) - shift_ids: errs.append("no_alert mismatch")
    for outlet in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", outlet + ".xml")], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {outlet}: {r.stderr}")
    json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    return errs

if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    cl = [c for v in labels["claims"].values() for c in v]
    from collections import Counter
    print("articles", len(arts), "claims", len(cl), dict(Counter(c["stance"] for c in cl)),
          "unattributed", sum(not c["attributed"] for c in cl), "shifts", len(labels["shifts"]),
          "empty", [k for k, v in labels["claims"].items() if not v],
          "outlets", dict(Counter(o for o, _ in arts)))
    print("\n".join(errs) if errs else "VALID")
    sys.exit(1 if errs else 0)
