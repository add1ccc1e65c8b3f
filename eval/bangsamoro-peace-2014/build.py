#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set bangsamoro-peace-2014.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates the set (quotes, ids, datelines, word counts, actors/issues against
watchlist.yaml, shifts recomputed from baseline, no_alert_articles, xmllint on every feed).
Run: python3 build.py
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "bangsamoro-peace-2014"

OUTLETS = {
    "archipelago-wire": "Archipelago Wire",
    "coral-ledger": "Coral Ledger",
    "eastward-post": "Eastward Post",
    "tidewater-news": "Tidewater News",
    "southwind-courier": "Southwind Courier",
}

# Each article: outlet slug, published (UTC), url slug, title, paragraphs, claims.
# A claim: (actor, issue, stance, quote, attributed).
S, O, C = "support", "oppose", "conditional"
T, F = True, False

ARTICLES = [
    # 001
    dict(outlet="archipelago-wire", published="2012-10-07T13:30:00Z",
         slug="aquino-announces-bangsamoro-framework",
         title="Aquino says deal reached with MILF on new Bangsamoro region",
         paras=[
             "MANILA, Oct 7 (Archipelago Wire) - President Benigno Aquino said on Sunday that his government and the Moro Islamic Liberation Front had agreed on a framework for a final peace settlement that would create a new self-governing region for Muslims in the southern Philippines.",
             "In a televised address, Aquino described the existing Autonomous Region in Muslim Mindanao as a failed experiment. He said it should give way to a new political entity to be called Bangsamoro, with broader powers and a larger share of revenue, and that the change could be completed before his term ends in 2016.",
             "The framework was concluded by the two negotiating panels in Kuala Lumpur, where Malaysia has hosted the talks for more than a decade.",
             "Mohagher Iqbal, the rebel group's chief negotiator, said the front welcomed the agreement as a road map to lasting peace. It is due to be signed at the presidential palace in Manila on Oct. 15.",
             "The conflict in Mindanao has killed an estimated 120,000 people since the early 1970s. Analysts cautioned that the hardest questions, including how power and wealth would be divided, had been left to annexes still to be negotiated, and that any new law would need the approval of Congress.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "He said it should give way to a new political entity to be called Bangsamoro", T),
             ("milf", "bangsamoro-entity", S, "the front welcomed the agreement as a road map to lasting peace", T),
         ]),
    # 002
    dict(outlet="coral-ledger", published="2012-10-15T09:40:00Z",
         slug="framework-agreement-signed-at-malacanang",
         title="Manila and MILF sign framework deal at palace; Murad says independence goal set aside",
         paras=[
             "MANILA, Oct 15 (Coral Ledger) - The Philippine government and the Moro Islamic Liberation Front signed a framework peace agreement at Malacanang Palace on Monday, committing both sides to replace the Muslim autonomous region in Mindanao with a new entity called Bangsamoro.",
             "MILF chairman Al Haj Murad Ebrahim, on his first visit to the palace, watched as the chief negotiators of the two sides signed the document in the presence of President Benigno Aquino and Malaysian Prime Minister Najib Razak. Najib said Malaysia was proud to have facilitated the talks and would stand behind the new region as it took shape.",
             "Speaking to reporters afterwards, Murad said the front had long since set aside its demand for a separate state and was now seeking genuine self-rule within the Philippines.",
             "Under the framework, the MILF is to put its weapons beyond use gradually. Murad said that would happen only in step with the creation of the new autonomous government, not before.",
             "The details of power-sharing, wealth-sharing and the normalisation of conflict areas are left to annexes. A transition commission is to draft a basic law for Congress to pass, with the new region's first elections planned for 2016.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "committing both sides to replace the Muslim autonomous region in Mindanao with a new entity", T),
             ("milf", "bangsamoro-entity", S, "committing both sides to replace the Muslim autonomous region in Mindanao with a new entity", T),
             ("malaysia", "bangsamoro-entity", S, "would stand behind the new region as it took shape", T),
             ("milf", "bangsamoro-independence", O, "the front had long since set aside its demand for a separate state", T),
             ("milf", "milf-decommissioning", C, "that would happen only in step with the creation of the new autonomous government", T),
         ]),
    # 003
    dict(outlet="eastward-post", published="2012-10-17T07:15:00Z",
         slug="misuari-biff-reject-framework",
         title="Misuari and breakaway BIFF reject Manila's deal with MILF",
         paras=[
             "COTABATO CITY, Oct 17 (Eastward Post) - Two armed Muslim groups left out of the talks have rejected this week's framework agreement between the government and the Moro Islamic Liberation Front, warning that it would not bring peace to the south.",
             "Nur Misuari, founder of the Moro National Liberation Front, said the deal undermined the 1996 peace agreement his group signed with Manila. He said the MNLF would have no part in a Bangsamoro entity built without it, and would keep pressing for full implementation of the earlier accord.",
             "The Bangsamoro Islamic Freedom Fighters, a breakaway group led by commander Ameril Umbra Kato, also dismissed the agreement. Its spokesman, Abu Misry Mama, said the group rejected any autonomy arrangement and would keep fighting for an independent homeland. Kato left the MILF after the front gave up the goal of independence.",
             "Government negotiators said on Tuesday that they had kept the MNLF informed throughout and that the 1996 agreement would not be set aside.",
             "The army said it had stepped up patrols in parts of Maguindanao province where BIFF fighters operate. Security analysts said the group had a few hundred fighters and could try to disrupt the process, though it lacked the strength to stop it.",
         ],
         claims=[
             ("mnlf", "bangsamoro-entity", O, "the MNLF would have no part in a Bangsamoro entity built without it", T),
             ("biff", "bangsamoro-entity", O, "the group rejected any autonomy arrangement", T),
             ("biff", "bangsamoro-independence", S, "would keep fighting for an independent homeland", T),
             ("milf", "bangsamoro-independence", O, "Kato left the MILF after the front gave up the goal of independence", F),
         ]),
    # 004
    dict(outlet="tidewater-news", published="2012-11-18T12:00:00Z",
         slug="kuala-lumpur-round-ends-without-annex",
         title="Kuala Lumpur round ends without annex; next meeting not yet set",
         paras=[
             "KUALA LUMPUR, Nov 18 (Tidewater News) - Philippine government and Moro Islamic Liberation Front negotiators ended a week of talks in Kuala Lumpur on Sunday without signing any of the annexes that are to complete last month's framework agreement, and no date was announced for the next round.",
             "A joint statement read by the Malaysian facilitator, Tengku Abdul Ghafar Tengku Mohamed, said the panels had discussed power-sharing, revenue, policing and the make-up of the transition commission that is to draft the new region's basic law. He declined to say when the panels would meet again or which annex was closest to completion.",
             "Both delegations left the hotel without taking questions from reporters.",
             "A political scientist at a university in Manila said the slow pace raised doubts over whether a law could be passed and tested before the 2016 elections. Another analyst said the haggling was normal at this stage and might speed up once the commission was formed.",
             "The talks were the first since the framework was signed at the presidential palace in October. The annexes are expected to settle the hardest issues, including the fate of the rebels' weapons.",
         ],
         claims=[]),
    # 005
    dict(outlet="southwind-courier", published="2013-03-05T10:00:00Z",
         slug="malaysia-assault-sulu-gunmen-sabah",
         title="Malaysia launches assault on Sulu gunmen in Sabah",
         paras=[
             "KUALA LUMPUR, March 5 (Southwind Courier) - Malaysian jets and troops attacked armed followers of the Sultan of Sulu in the state of Sabah on Tuesday, Prime Minister Najib Razak said, after a three-week standoff that had already cost lives on both sides.",
             "The group, about 200 men from the southern Philippines, landed near Lahad Datu in February to press the sultanate's old claim to Sabah. Najib said Malaysia would not give up any part of its territory and that the operation would go on until the intruders were cleared.",
             "In Manila, President Benigno Aquino again urged the sultan's followers to lay down their arms and surrender, and said his government had played no part in the incursion.",
             "Some Philippine lawmakers have questioned whether Kuala Lumpur can remain an even-handed facilitator of Manila's peace talks with the Moro Islamic Liberation Front while the Sabah dispute lasts. Analysts said the crisis could delay the next round but was unlikely to derail the process. The MILF has said it has no part in the sultan's cause.",
             "The next round of negotiations had been scheduled to open in Kuala Lumpur later this month.",
         ],
         claims=[]),
    # 006
    dict(outlet="coral-ledger", published="2013-07-14T06:00:00Z",
         slug="wealth-sharing-annex-signed",
         title="Government, MILF agree wealth-sharing terms for Bangsamoro",
         paras=[
             "KUALA LUMPUR, July 14 (Coral Ledger) - Negotiators for the Philippine government and the Moro Islamic Liberation Front signed an annex on wealth-sharing in Kuala Lumpur late on Saturday, settling how taxes and natural-resource revenue will be divided between the national government and the planned Bangsamoro region.",
             "Under the annex, the new region will keep 75 percent of revenue from metallic minerals, with the rest going to the national government, while income from fossil fuels will be shared equally. The Bangsamoro will also be able to levy some taxes of its own.",
             "Miriam Coronel-Ferrer, the government's chief negotiator, said on Sunday the deal showed Manila was serious about giving the new region the fiscal muscle to govern itself. Mohagher Iqbal, her MILF counterpart, said the front was satisfied that the Bangsamoro would not be a hollow autonomy like the one it is meant to replace.",
             "The talks had been extended by several days after a dispute over the revenue split, and one MILF negotiator described the earlier sessions as fruitless. Two annexes, on power-sharing and normalisation, remain to be agreed before a comprehensive deal can be signed.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "Manila was serious about giving the new region the fiscal muscle to govern itself", T),
             ("milf", "bangsamoro-entity", S, "the front was satisfied that the Bangsamoro would not be a hollow autonomy", T),
         ]),
    # 007
    dict(outlet="archipelago-wire", published="2013-08-14T08:20:00Z",
         slug="misuari-declares-bangsamoro-republic",
         title="Misuari declares independent Bangsamoro republic; Manila shrugs",
         paras=[
             "JOLO, Aug 14 (Archipelago Wire) - Moro National Liberation Front founder Nur Misuari has declared an independent Bangsamoro republic in the southern Philippines, his aides said on Wednesday, 17 years after the MNLF signed a peace agreement that settled for autonomy.",
             "In a proclamation read to supporters in Talipao, Sulu province, earlier this week, the MNLF said the 1996 accord had failed the Muslims of Mindanao and that they had the right to govern themselves in a state of their own. An aide said the group would pursue independence by peaceful and legal means and had sent its declaration to the United Nations.",
             "Malacanang brushed the move aside. Deputy presidential spokeswoman Abigail Valte said the government did not recognise the declaration and would not entertain any attempt to break up the republic, noting that elected local officials remained in charge across the areas Misuari claimed.",
             "The Moro Islamic Liberation Front, whose separate talks with the government are in their final stretch, said it would not be drawn into Misuari's call and remained committed to an autonomous Bangsamoro within the Philippines.",
             "Analysts said Misuari, who was left out of the MILF negotiations, might be trying to regain relevance. Corazon Aquino, the current president's mother, first opened talks with him in Sulu in 1986.",
         ],
         claims=[
             ("mnlf", "bangsamoro-independence", S, "they had the right to govern themselves in a state of their own", T),
             ("gph", "bangsamoro-independence", O, "would not entertain any attempt to break up the republic", T),
             ("milf", "bangsamoro-independence", O, "said it would not be drawn into Misuari's call", T),
             ("milf", "bangsamoro-entity", S, "remained committed to an autonomous Bangsamoro within the Philippines", T),
         ]),
    # 008
    dict(outlet="tidewater-news", published="2013-09-10T05:30:00Z",
         slug="zamboanga-standoff-second-day",
         title="MNLF gunmen hold hostages in Zamboanga for second day",
         paras=[
             "ZAMBOANGA CITY, Sept 10 (Tidewater News) - Fighters loyal to Moro National Liberation Front founder Nur Misuari held scores of residents hostage in coastal districts of Zamboanga City for a second day on Tuesday, as troops sealed off the area and thousands of people fled their homes.",
             "Military officials said the gunmen had landed by boat before dawn on Monday intending to march on city hall and raise the flag of the independent Bangsamoro republic Misuari proclaimed last month. Several people have been killed in the fighting, they said.",
             "President Benigno Aquino's government said it would not bargain with armed men holding civilians and urged them to free the hostages unharmed. A lawyer for Misuari said the fighters had come for a peaceful rally and had been fired on first, but declined to say whether Misuari had ordered them to the city or where he was.",
             "The Moro Islamic Liberation Front, which is negotiating its own peace deal with Manila, said it had nothing to do with the attack. It said it remained committed to the Bangsamoro agreement now being completed.",
             "Schools, the airport and the seaport were closed, and flights were diverted.",
         ],
         claims=[
             ("mnlf", "bangsamoro-independence", S, "raise the flag of the independent Bangsamoro republic Misuari proclaimed last month", F),
             ("milf", "bangsamoro-entity", S, "It said it remained committed to the Bangsamoro agreement now being completed", T),
         ]),
    # 009
    dict(outlet="southwind-courier", published="2013-12-08T14:00:00Z",
         slug="power-sharing-annex-signed",
         title="Power-sharing annex signed, leaving one step to final MILF deal",
         paras=[
             "KUALA LUMPUR, Dec 8 (Southwind Courier) - The Philippine government and the Moro Islamic Liberation Front signed an annex on power-sharing in Kuala Lumpur on Sunday, dividing responsibilities between Manila and the future Bangsamoro region and leaving only one annex before a final peace deal.",
             "The document lists the powers reserved to the national government, including defence, foreign policy and currency, those to be held by the Bangsamoro alone, and those to be shared. It also provides for a ministerial form of government for the region.",
             "Miriam Coronel-Ferrer, the government's chief negotiator, said the annex put flesh on the promise of a genuinely self-governing Bangsamoro. MILF chief negotiator Mohagher Iqbal called it a milestone and said the front was now closer to the autonomy it had fought for.",
             "The signing comes three months after the siege of Zamboanga City by fighters loyal to Nur Misuari, whose MNLF faction opposes the new region and says it would erode the autonomy won under its own 1996 accord.",
             "The remaining annex, on normalisation, covers the decommissioning of MILF forces and the disbanding of private armies. Negotiators said they hoped to finish it early next year.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "the annex put flesh on the promise of a genuinely self-governing Bangsamoro", T),
             ("milf", "bangsamoro-entity", S, "the front was now closer to the autonomy it had fought for", T),
             ("mnlf", "bangsamoro-entity", O, "whose MNLF faction opposes the new region", F),
         ]),
    # 010
    dict(outlet="coral-ledger", published="2014-01-26T04:00:00Z",
         slug="normalisation-annex-signed",
         title="Final annex signed: MILF to put arms beyond use in stages",
         paras=[
             "KUALA LUMPUR, Jan 26 (Coral Ledger) - Government and Moro Islamic Liberation Front negotiators signed the last annex of their peace framework in Kuala Lumpur late on Saturday, agreeing how the rebel army will be disbanded and clearing the way for a comprehensive agreement.",
             "The annex on normalisation sets up an independent body to oversee the decommissioning of MILF fighters and weapons. Government chief negotiator Miriam Coronel-Ferrer said the state would insist on the complete decommissioning of the MILF's forces, and said the front had agreed that its arms would be put beyond use gradually as political commitments were met.",
             "MILF negotiator Mohagher Iqbal said the weapons would be handed over in phases and that each phase would depend on progress in setting up the Bangsamoro government. He said the front would give up its guns only in exchange for the political gains written into the agreement, not ahead of them.",
             "The two sides also signed an addendum on the waters of the new region.",
             "Malaysia's facilitator, Tengku Abdul Ghafar Tengku Mohamed, said he expected the comprehensive agreement to be signed within weeks. Officials said the venue and date had not been decided.",
         ],
         claims=[
             ("gph", "milf-decommissioning", S, "the state would insist on the complete decommissioning of the MILF's forces", T),
             ("milf", "milf-decommissioning", C, "each phase would depend on progress in setting up the Bangsamoro government", T),
         ]),
    # 011
    dict(outlet="eastward-post", published="2014-01-29T09:00:00Z",
         slug="army-offensive-biff-maguindanao",
         title="Army pounds BIFF camps; breakaway rebels vow to fight on",
         paras=[
             "COTABATO CITY, Jan 29 (Eastward Post) - Philippine troops pressed an offensive against the Bangsamoro Islamic Freedom Fighters in Maguindanao province on Wednesday, the army said, days after the government and the main Moro rebel group completed the last part of their peace framework.",
             "An army spokesman said dozens of BIFF fighters had been killed since the operation began on Monday and that several of the group's camps had been overrun. The figures could not be independently verified.",
             "Abu Misry Mama, the BIFF's spokesman, said by telephone that the group did not recognise the agreement between Manila and the Moro Islamic Liberation Front and would never accept a Bangsamoro region under the Philippine flag. He said its fighters would go on with their struggle for a separate Islamic state.",
             "The MILF said it had moved its own forces away from the combat zone under its ceasefire arrangements with the military, to avoid being caught up in the fighting.",
             "Military officials said the offensive was meant to protect the peace process from spoilers. Residents of several villages fled to evacuation centres.",
         ],
         claims=[
             ("biff", "bangsamoro-entity", O, "would never accept a Bangsamoro region under the Philippine flag", T),
             ("biff", "bangsamoro-independence", S, "its fighters would go on with their struggle for a separate Islamic state", T),
         ]),
    # 012
    dict(outlet="archipelago-wire", published="2014-03-27T08:30:00Z",
         slug="comprehensive-agreement-signed",
         title="Philippines, MILF sign comprehensive peace deal at Malacanang",
         paras=[
             "MANILA, March 27 (Archipelago Wire) - The Philippine government and the Moro Islamic Liberation Front signed a comprehensive peace agreement at Malacanang Palace on Thursday, formally ending decades of rebellion and committing both sides to set up a new Bangsamoro autonomous region in place of the existing one.",
             "President Benigno Aquino, speaking at the ceremony, said the government would work to have the new region up and running by 2016. MILF chairman Al Haj Murad Ebrahim called the agreement the crowning glory of the front's struggle and told the audience that the MILF sought a future within the Philippines, not apart from it.",
             "Malaysian Prime Minister Najib Razak, whose government facilitated the talks, attended the signing. He said Malaysia would continue to support the Bangsamoro through the transition.",
             "The agreement brings together the 2012 framework and its annexes. A transition commission led by MILF negotiator Mohagher Iqbal is drafting the Bangsamoro Basic Law, which must be approved by Congress and then ratified in a plebiscite.",
             "Security was tight around the palace, and thousands of MILF supporters watched the ceremony on screens in Cotabato City.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "the government would work to have the new region up and running by 2016", T),
             ("milf", "bangsamoro-entity", S, "the crowning glory of the front's struggle", T),
             ("milf", "bangsamoro-independence", O, "the MILF sought a future within the Philippines, not apart from it", T),
             ("malaysia", "bangsamoro-entity", S, "Malaysia would continue to support the Bangsamoro through the transition", T),
         ]),
    # 013 (duplicate of 012)
    dict(outlet="tidewater-news", published="2014-03-27T11:45:00Z",
         slug="milf-manila-seal-final-accord",
         title="MILF, Manila seal final peace accord in palace ceremony",
         paras=[
             "MANILA, March 27 (Tidewater News) - The Moro Islamic Liberation Front and the Philippine government signed a comprehensive peace agreement at Malacanang Palace on Thursday, formally ending decades of rebellion and committing both sides to set up a new Bangsamoro autonomous region in place of the current one.",
             "Speaking at the ceremony, President Benigno Aquino said the government would work to have the new region up and running by 2016. MILF chairman Al Haj Murad Ebrahim described the accord as the crowning glory of the front's struggle and said the MILF sought a future within the Philippines, not apart from it.",
             "Malaysian Prime Minister Najib Razak, whose government brokered the talks, was among the guests. He said Malaysia would continue to support the Bangsamoro through the transition.",
             "The accord combines the 2012 framework agreement with its annexes. A transition commission chaired by MILF negotiator Mohagher Iqbal is writing the Bangsamoro Basic Law, which needs the approval of Congress and a plebiscite in the areas concerned.",
             "Thousands of MILF supporters followed the ceremony on large screens in Cotabato City.",
         ],
         claims=[
             ("gph", "bangsamoro-entity", S, "the government would work to have the new region up and running by 2016", T),
             ("milf", "bangsamoro-entity", S, "the crowning glory of the front's struggle", T),
             ("milf", "bangsamoro-independence", O, "the MILF sought a future within the Philippines, not apart from it", T),
             ("malaysia", "bangsamoro-entity", S, "Malaysia would continue to support the Bangsamoro through the transition", T),
         ]),
    # 014
    dict(outlet="eastward-post", published="2014-03-29T07:00:00Z",
         slug="misuari-camp-rejects-peace-accord",
         title="Misuari camp rejects peace accord; rival MNLF wing open to working with it",
         paras=[
             "ZAMBOANGA CITY, March 29 (Eastward Post) - Nur Misuari's wing of the Moro National Liberation Front rejected the government's new peace agreement with the Moro Islamic Liberation Front on Saturday, saying it would not recognise a Bangsamoro region created over the MNLF's head.",
             "In a statement sent to reporters, Misuari's group said the Bangsamoro republic it proclaimed last year remained its goal and that no autonomy deal signed in Manila could take its place. Misuari himself has not been seen in public since his fighters laid siege to Zamboanga City in September, and faces rebellion charges over the attack.",
             "A rival MNLF faction led by Muslimin Sema, a former mayor of Cotabato City, struck a different tone. Sema said his group was prepared to work with the new region provided the gains of the 1996 agreement were kept in the coming law.",
             "The MNLF took up arms in the early 1970s, under the rule of Ferdinand Marcos, and signed its own peace deal with the government in 1996 after talks hosted by Indonesia.",
             "Government peace adviser Teresita Deles said the door remained open to any MNLF leader who wished to join the process.",
         ],
         claims=[
             ("mnlf", "bangsamoro-entity", O, "it would not recognise a Bangsamoro region created over the MNLF's head", T),
             ("mnlf", "bangsamoro-independence", S, "the Bangsamoro republic it proclaimed last year remained its goal", T),
         ]),
    # 015
    dict(outlet="southwind-courier", published="2014-09-10T09:15:00Z",
         slug="aquino-sends-bangsamoro-law-to-congress",
         title="Aquino sends Bangsamoro law to Congress, urges swift passage",
         paras=[
             "MANILA, Sept 10 (Southwind Courier) - President Benigno Aquino handed the draft Bangsamoro Basic Law to the leaders of both chambers of Congress at Malacanang on Wednesday and urged them to pass it quickly, so that the new region can be in place before he leaves office in 2016.",
             "House Speaker Feliciano Belmonte said the House would give the measure priority and aimed to approve it early next year. The chamber is setting up an ad hoc committee of 75 members to handle the bill.",
             "Senate President Franklin Drilon was more guarded. He said the Senate would support the bill only if its provisions passed constitutional scrutiny, noting that lawyers had questioned parts of the draft, and declined to say when the chamber might vote.",
             "Mohagher Iqbal, who chaired the commission that wrote the draft, urged lawmakers not to water it down and said the law had to remain faithful to the peace agreement.",
             "The submission came months later than planned after the MILF objected to revisions proposed by palace lawyers, a dispute the two sides eventually settled. The draft would create a parliamentary regional government with a block grant from the national budget.",
         ],
         claims=[
             ("gph", "bbl-as-drafted", S, "urged them to pass it quickly", T),
             ("house", "bbl-as-drafted", S, "the House would give the measure priority and aimed to approve it early next year", T),
             ("senate", "bbl-as-drafted", C, "the Senate would support the bill only if its provisions passed constitutional scrutiny", T),
             ("milf", "bbl-as-drafted", S, "urged lawmakers not to water it down", T),
         ]),
    # 016
    dict(outlet="coral-ledger", published="2014-12-03T10:30:00Z",
         slug="senators-question-bangsamoro-draft",
         title="Senators question Bangsamoro draft; MILF warns against gutting it",
         paras=[
             "MANILA, Dec 3 (Coral Ledger) - Senator Ferdinand Marcos Jr, who chairs the Senate committee reviewing the draft Bangsamoro Basic Law, questioned on Wednesday whether a parliamentary regional government and a regional police force could be squared with the constitution.",
             "At a hearing in the Senate, Marcos asked government lawyers to explain how the new region's powers differed from those of a state. He did not say whether he would vote for the bill, telling reporters afterwards that it was too early to take a position.",
             "Government negotiator Miriam Coronel-Ferrer told senators the draft was consistent with the constitution and that every provision had been checked by the government's own lawyers.",
             "MILF chief negotiator Mohagher Iqbal, who attended the hearing, said the front would not accept any law that did not preserve the core of the peace agreement.",
             "Senate President Franklin Drilon said separately that the chamber could pass the measure early next year if the constitutional questions were settled. In the House, Rufus Rodriguez, chairman of the ad hoc committee on the bill, said his panel still expected to approve the measure by March after a final round of hearings in Mindanao.",
         ],
         claims=[
             ("gph", "bbl-as-drafted", S, "told senators the draft was consistent with the constitution", T),
             ("milf", "bbl-as-drafted", S, "would not accept any law that did not preserve the core of the peace agreement", T),
             ("senate", "bbl-as-drafted", C, "could pass the measure early next year if the constitutional questions were settled", T),
             ("house", "bbl-as-drafted", S, "his panel still expected to approve the measure by March", T),
         ]),
    # 017
    dict(outlet="archipelago-wire", published="2015-01-27T09:45:00Z",
         slug="congress-freezes-bangsamoro-law-after-clash",
         title="Congress freezes Bangsamoro law after 44 police commandos killed",
         paras=[
             "MANILA, Jan 27 (Archipelago Wire) - Philippine lawmakers have put the Bangsamoro Basic Law on hold after 44 police commandos were killed in a clash with Muslim rebels in Mamasapano, in Maguindanao province, dealing a heavy blow to the peace process.",
             "Senator Ferdinand Marcos Jr said on Monday he was suspending his committee's hearings on the bill until the circumstances of the killings were clear. In the House, ad hoc committee chairman Rufus Rodriguez said deliberations there would also stop for now.",
             "Two senators, Alan Peter Cayetano and JV Ejercito, withdrew their names as co-authors of the Senate version of the bill.",
             "The commandos, from the police Special Action Force, were killed on Sunday after a raid to capture a Malaysian bomb-maker, Zulkifli bin Hir, known as Marwan, ran into fighters from the Moro Islamic Liberation Front and the breakaway Bangsamoro Islamic Freedom Fighters. Officials said Marwan was believed to have been killed in the raid.",
             "The MILF said its fighters had acted in self-defence after the police entered the area without coordinating with the ceasefire committee. It was the heaviest loss suffered by the police in a single operation in years.",
         ],
         claims=[
             ("senate", "congress-suspends-bbl", S, "he was suspending his committee's hearings on the bill", T),
             ("house", "congress-suspends-bbl", S, "deliberations there would also stop for now", T),
         ]),
    # 018
    dict(outlet="tidewater-news", published="2015-01-28T14:30:00Z",
         slug="aquino-urges-congress-keep-peace-law",
         title="Aquino urges Congress not to let Mamasapano kill peace law",
         paras=[
             "MANILA, Jan 28 (Tidewater News) - President Benigno Aquino appealed to Congress on Wednesday not to abandon the Bangsamoro Basic Law over the deaths of 44 police commandos, saying the search for peace in Mindanao was bigger than the tragedy in Mamasapano.",
             "In a televised address, Aquino said suspending work on the bill would only serve those who want the fighting to continue, and asked lawmakers to resume their hearings. He said the law remained the best chance in decades for peace in the south and that he would keep pushing Congress to pass it.",
             "The Moro Islamic Liberation Front also called on lawmakers to carry on. Its chief negotiator, Mohagher Iqbal, said halting the hearings would punish many people for the acts of a few, and that the front was conducting its own inquiry into the clash.",
             "Several senators have called for the bill to be scrapped altogether, and public anger over the killings has been fierce on social media.",
             "Malaysia, which facilitated the peace talks and leads the international team monitoring the ceasefire, has not commented publicly on the clash.",
         ],
         claims=[
             ("gph", "congress-suspends-bbl", O, "suspending work on the bill would only serve those who want the fighting to continue", T),
             ("gph", "bbl-as-drafted", S, "he would keep pushing Congress to pass it", T),
             ("milf", "congress-suspends-bbl", O, "halting the hearings would punish many people for the acts of a few", T),
         ]),
    # 019
    dict(outlet="eastward-post", published="2015-02-18T10:00:00Z",
         slug="milf-returns-commandos-firearms",
         title="MILF returns commandos' rifles, rejects talk of reviving independence",
         paras=[
             "DATU ODIN SINSUAT, Philippines, Feb 18 (Eastward Post) - The Moro Islamic Liberation Front handed back 16 firearms taken from police commandos killed at Mamasapano last month, at a ceremony in an army camp in Maguindanao province on Wednesday attended by government negotiators and Malaysian-led ceasefire monitors.",
             "Mohagher Iqbal, the MILF's chief negotiator, stressed that the front was returning the weapons rather than surrendering them, and said it was still trying to locate others. He declined to name the fighters who had held them. Iqbal also denied suggestions that the front would revive its old demand for independence if the peace law failed, saying its aim remained self-rule within the Philippines.",
             "In Manila, the palace said the return showed the MILF's commitment but that it expected more, including help in catching a bomb-maker who escaped the raid.",
             "Rufus Rodriguez, chairman of the House ad hoc committee on the Bangsamoro Basic Law, said its hearings would stay suspended until the investigations into the clash were finished.",
             "The Malaysian facilitator, Tengku Abdul Ghafar Tengku Mohamed, said he hoped lawmakers would soon resume work on the bill, which he described as vital to peace in the region.",
         ],
         claims=[
             ("milf", "bangsamoro-independence", O, "denied suggestions that the front would revive its old demand for independence", T),
             ("house", "congress-suspends-bbl", S, "its hearings would stay suspended until the investigations into the clash were finished", T),
             ("malaysia", "congress-suspends-bbl", O, "he hoped lawmakers would soon resume work on the bill", T),
             ("malaysia", "bbl-as-drafted", S, "which he described as vital to peace in the region", T),
         ]),
    # 020
    dict(outlet="southwind-courier", published="2015-03-18T07:30:00Z",
         slug="senate-report-aquino-responsible-mamasapano",
         title="Senate report says Aquino ultimately responsible for Mamasapano",
         paras=[
             "MANILA, March 18 (Southwind Courier) - A Senate committee report released on Tuesday said President Benigno Aquino bore ultimate responsibility for the police operation in Mamasapano in January, in which 44 commandos were killed.",
             "The report, led by Senator Grace Poe, said Aquino had allowed Alan Purisima, a friend who was then suspended as national police chief, to take part in planning the raid, bypassing the chain of command. It recommended charges against Purisima and the commander of the commando unit.",
             "Presidential spokesman Herminio Coloma said the palace respected the Senate's work but disagreed with some of its conclusions.",
             "The report did not address the Bangsamoro Basic Law. Analysts were divided over whether its findings would make senators more reluctant to take up the bill, with some saying the effect would fade once public anger subsided.",
             "A separate report by a police board of inquiry, released last week, found that the commando unit had kept the military and the ceasefire committee in the dark about the raid until it was under way.",
         ],
         claims=[]),
    # 021
    dict(outlet="coral-ledger", published="2015-04-28T09:00:00Z",
         slug="house-panel-restarts-bangsamoro-deliberations",
         title="House panel restarts Bangsamoro deliberations; Senate yet to set date",
         paras=[
             "MANILA, April 28 (Coral Ledger) - The House of Representatives' ad hoc committee on the Bangsamoro Basic Law resumed its deliberations on the bill on Monday, ending a pause of three months that followed the deaths of 44 police commandos at Mamasapano.",
             "Committee chairman Rufus Rodriguez said the panel had waited for the official inquiries into the clash to be completed and would not put the bill on hold again. He said members would go through the draft provision by provision in closed sessions before a committee vote in May.",
             "In the Senate, Ferdinand Marcos Jr said his committee was holding consultations in Mindanao, but declined to say when it would finish its review of the bill.",
             "Government negotiator Miriam Coronel-Ferrer welcomed the House decision. The Moro Islamic Liberation Front, which wants the bill passed before the 2016 elections, was not represented at the session.",
             "Several congressmen said they would push to remove provisions they consider unconstitutional.",
         ],
         claims=[
             ("house", "congress-suspends-bbl", O, "would not put the bill on hold again", T),
             ("gph", "congress-suspends-bbl", O, "Coronel-Ferrer welcomed the House decision", T),
             ("milf", "bbl-as-drafted", S, "which wants the bill passed before the 2016 elections", F),
         ]),
    # 022
    dict(outlet="archipelago-wire", published="2015-05-20T12:30:00Z",
         slug="house-panel-approves-amended-bangsamoro-bill",
         title="House panel approves Bangsamoro bill with changes; MILF wary",
         paras=[
             "MANILA, May 20 (Archipelago Wire) - The House ad hoc committee on the Bangsamoro Basic Law voted 50-17 on Wednesday to approve an amended version of the bill, after striking out or rewriting provisions that members said went beyond the constitution.",
             "Committee chairman Rufus Rodriguez said the House could pass the law only with the amendments, which he said trimmed powers the constitution reserves for the national government, including over the regional police and the constitutional commissions. The bill now goes to the floor.",
             "Mohagher Iqbal, the MILF's chief negotiator, said the front was still studying the changes but would reject any version that watered down what the government had signed.",
             "Presidential peace adviser Teresita Deles said the government would work on the floor to restore provisions that had been dropped.",
             "The vote followed weeks of closed-door sessions. The Senate has yet to hold a committee vote on its own version.",
         ],
         claims=[
             ("house", "bbl-as-drafted", C, "the House could pass the law only with the amendments", T),
             ("milf", "bbl-as-drafted", S, "would reject any version that watered down what the government had signed", T),
             ("gph", "bbl-as-drafted", S, "the government would work on the floor to restore provisions that had been dropped", T),
         ]),
    # 023
    dict(outlet="tidewater-news", published="2015-06-03T11:00:00Z",
         slug="marcos-cannot-support-bbl-present-form",
         title="Marcos says he cannot back Bangsamoro bill as written, plans substitute",
         paras=[
             "MANILA, June 3 (Tidewater News) - Senator Ferdinand Marcos Jr, whose committee is handling the Bangsamoro Basic Law in the Senate, said on Wednesday that he could not support the bill in its present form and would draft a substitute measure.",
             "In a privilege speech on the Senate floor, Marcos said the draft was full of complicated and controversial provisions, some of them plainly unconstitutional, and warned that passing it unchanged would invite a challenge in the Supreme Court. He said his committee would go through the draft line by line and keep what it could.",
             "The Moro Islamic Liberation Front said it was alarmed. Mohagher Iqbal, its chief negotiator, said a substitute that departed from the peace agreement would be unacceptable to the front.",
             "Presidential spokesman Herminio Coloma said the palace still hoped the Senate would pass the bill substantially as it was submitted.",
             "Senate President Franklin Drilon said the chamber would wait for the committee's report before scheduling a debate. In the House, the amended bill is being debated on the floor, where attendance has been thin.",
         ],
         claims=[
             ("senate", "bbl-as-drafted", O, "he could not support the bill in its present form", T),
             ("milf", "bbl-as-drafted", S, "a substitute that departed from the peace agreement would be unacceptable to the front", T),
             ("gph", "bbl-as-drafted", S, "the palace still hoped the Senate would pass the bill substantially as it was submitted", T),
         ]),
    # 024
    dict(outlet="southwind-courier", published="2015-06-16T07:00:00Z",
         slug="milf-hands-over-first-weapons",
         title="MILF hands over first weapons as Aquino looks on",
         paras=[
             "SULTAN KUDARAT, Philippines, June 16 (Southwind Courier) - The Moro Islamic Liberation Front handed over 75 weapons and put 145 of its fighters through decommissioning on Tuesday, at a ceremony in Maguindanao province attended by President Benigno Aquino.",
             "MILF chairman Al Haj Murad Ebrahim said the front was keeping its side of the bargain and was ready to lay down its arms as the peace agreement required. He urged Congress to pass the Bangsamoro Basic Law without diluting it.",
             "Aquino said the government would see the decommissioning process through to the end and would help the former fighters return to civilian life with livelihood support.",
             "The weapons, including mortars and rocket launchers, were turned over to the Independent Decommissioning Body, a panel of foreign and local experts headed by a Turkish diplomat. The ceremony took place a short drive from Camp Darapanan, the MILF's main base.",
             "The handover was the first phase of a process meant to cover more than 10,000 MILF fighters. Critics in Congress called it a token gesture.",
         ],
         claims=[
             ("milf", "milf-decommissioning", S, "was ready to lay down its arms as the peace agreement required", T),
             ("milf", "bbl-as-drafted", S, "to pass the Bangsamoro Basic Law without diluting it", T),
             ("gph", "milf-decommissioning", S, "the government would see the decommissioning process through to the end", T),
         ]),
    # 025 (duplicate of 024)
    dict(outlet="eastward-post", published="2015-06-16T10:20:00Z",
         slug="milf-begins-decommissioning",
         title="MILF begins decommissioning, turns over 75 weapons in Maguindanao",
         paras=[
             "SULTAN KUDARAT, Philippines, June 16 (Eastward Post) - The Moro Islamic Liberation Front turned over 75 weapons and decommissioned 145 of its fighters on Tuesday at a ceremony in Maguindanao province, with President Benigno Aquino in attendance.",
             "MILF chairman Al Haj Murad Ebrahim said the front was keeping its side of the bargain and was ready to lay down its arms as the peace agreement required. He called on Congress to pass the Bangsamoro Basic Law without diluting it.",
             "Aquino told the gathering the government would see the decommissioning process through to the end and would give former fighters livelihood support to help them return to civilian life.",
             "The arms, among them mortars and rocket launchers, went to the Independent Decommissioning Body, which is made up of foreign and local experts and headed by a Turkish diplomat. The venue was a short drive from Camp Darapanan, the MILF's main base.",
             "The handover was the first phase of a process meant to cover more than 10,000 MILF fighters. Some critics in Congress dismissed it as a token gesture.",
         ],
         claims=[
             ("milf", "milf-decommissioning", S, "was ready to lay down its arms as the peace agreement required", T),
             ("milf", "bbl-as-drafted", S, "to pass the Bangsamoro Basic Law without diluting it", T),
             ("gph", "milf-decommissioning", S, "the government would see the decommissioning process through to the end", T),
         ]),
    # 026
    dict(outlet="tidewater-news", published="2015-06-19T06:00:00Z",
         slug="biff-scorns-milf-disarmament",
         title="BIFF scorns MILF disarmament, vows to keep its guns",
         paras=[
             "DATU PIANG, Philippines, June 19 (Tidewater News) - The Bangsamoro Islamic Freedom Fighters on Friday condemned the Moro Islamic Liberation Front's handover of weapons this week and said they would never give up their own guns.",
             "BIFF spokesman Abu Misry Mama told reporters by telephone that the MILF had betrayed the struggle by disarming its fighters for a law that Congress might never pass. He said the group would keep fighting for an independent Islamic state in Mindanao.",
             "The BIFF's founder, Ameril Umbra Kato, died in April after a long illness, according to the group. The military estimates that the group has a few hundred fighters in the marshlands of Maguindanao.",
             "Army officials said they had stepped up patrols in several towns after the BIFF threatened to attack government positions. An army spokesman said the group was trying to show it still mattered after its leader's death, but declined to say whether a new offensive was planned.",
             "The MILF did not respond to the criticism.",
         ],
         claims=[
             ("biff", "milf-decommissioning", O, "the MILF had betrayed the struggle by disarming its fighters", T),
             ("biff", "bangsamoro-independence", S, "would keep fighting for an independent Islamic state in Mindanao", T),
         ]),
    # 027
    dict(outlet="coral-ledger", published="2015-08-10T10:00:00Z",
         slug="marcos-files-substitute-bangsamoro-bill",
         title="Marcos files rewritten Bangsamoro bill; MILF warns against dilution",
         paras=[
             "MANILA, Aug 10 (Coral Ledger) - Senator Ferdinand Marcos Jr filed a substitute for the Bangsamoro Basic Law on Monday, a 100-page bill that he said rewrites most of the draft sent by the palace last year to remove provisions he considers unconstitutional.",
             "Marcos, who chairs the Senate committee on local government, said about four-fifths of the original provisions had been changed. The committee report was signed by 17 senators, though several said they had reservations and would propose amendments on the floor. Marcos said the original draft could not have passed the Senate without these changes.",
             "The Moro Islamic Liberation Front warned against diluting the agreement. Mohagher Iqbal, its chief negotiator, said the front wanted the law it had agreed with the government, not a rewritten one.",
             "Teresita Deles, the presidential peace adviser, said the government stood by the original bill and would ask senators to restore its key provisions during the floor debate.",
             "Marcos is due to sponsor the measure on the floor on Wednesday.",
         ],
         claims=[
             ("senate", "bbl-as-drafted", O, "the original draft could not have passed the Senate without these changes", T),
             ("milf", "bbl-as-drafted", S, "the front wanted the law it had agreed with the government, not a rewritten one", T),
             ("gph", "bbl-as-drafted", S, "the government stood by the original bill", T),
         ]),
    # 028
    dict(outlet="archipelago-wire", published="2015-10-15T08:00:00Z",
         slug="milf-freezes-decommissioning-until-law",
         title="MILF freezes disarmament until Bangsamoro law is passed",
         paras=[
             "MANILA, Oct 15 (Archipelago Wire) - The Moro Islamic Liberation Front will not decommission any more of its fighters until Congress passes the Bangsamoro Basic Law, its chief negotiator said on Thursday, explaining why the process has stalled since a first batch handed in their weapons in June.",
             "Mohagher Iqbal said decommissioning was tied to political milestones in the peace agreement. Under the schedule, he said, 30 percent of the MILF's forces would be decommissioned once the law is passed and ratified, with further phases to follow as the new regional police is organised and the rest of the agreement is carried out.",
             "He said the front was not backing away from its commitments but could not ask its commanders to give up their guns while the law remained stuck in Congress.",
             "Government chief negotiator Miriam Coronel-Ferrer said the sequencing was part of the signed agreement and urged lawmakers to pass the bill before Congress breaks for the elections.",
             "The House is still debating its amended version of the bill, and the Senate has yet to vote on the substitute filed by Senator Ferdinand Marcos Jr in August.",
         ],
         claims=[
             ("milf", "milf-decommissioning", C, "will not decommission any more of its fighters until Congress passes the Bangsamoro Basic Law", T),
             ("gph", "bbl-as-drafted", S, "urged lawmakers to pass the bill before Congress breaks for the elections", T),
         ]),
    # 029
    dict(outlet="southwind-courier", published="2015-12-16T11:00:00Z",
         slug="congress-breaks-without-bangsamoro-vote",
         title="Congress breaks for Christmas without Bangsamoro vote",
         paras=[
             "MANILA, Dec 16 (Southwind Courier) - The Philippine Congress broke for its Christmas recess on Wednesday without voting on the Bangsamoro Basic Law, leaving only a few session days in January and early February before lawmakers leave to campaign for the May elections.",
             "At the Batasan complex in Quezon City, debate on the House's amended bill has been stalled for weeks because too few members have turned up to make a quorum. Speaker Feliciano Belmonte declined to say whether he expected a vote when sessions resume on Jan. 18.",
             "In the Senate, former Senate president Juan Ponce Enrile has been questioning the substitute bill page by page. Senator Ferdinand Marcos Jr, the committee chairman, told reporters the chamber had effectively run out of time, and predicted that the House would struggle to muster a quorum in January because most members would be campaigning.",
             "Marcos also said he doubted the Senate could vote first, arguing that a bill of local application had to be approved by the House before senators could act on it.",
             "Political analysts said the measure's fate would probably be left to the next administration. Officials of the Moro Islamic Liberation Front who watched part of the Senate session from the gallery declined to comment.",
         ],
         claims=[]),
    # 030
    dict(outlet="eastward-post", published="2015-12-25T06:30:00Z",
         slug="biff-christmas-eve-attacks",
         title="BIFF attacks kill villagers on Christmas Eve; MILF condemns",
         paras=[
             "COTABATO CITY, Dec 25 (Eastward Post) - Gunmen from the Bangsamoro Islamic Freedom Fighters killed several civilians in a string of attacks on farming villages in Maguindanao and Sultan Kudarat provinces on Christmas Eve, the military said on Friday.",
             "An army spokesman said the group, which rejects the peace agreement and wants a separate Islamic state, appeared to be trying to show it was still a force while the Bangsamoro Basic Law languished in Congress. Troops were pursuing the attackers, he said.",
             "The Moro Islamic Liberation Front condemned the killings. In a statement, it said the attacks would not shake its commitment to the peace agreement, and it offered to help the military through the joint ceasefire committee.",
             "Abu Misry Mama, the BIFF's spokesman, could not be reached for comment.",
             "Local officials said hundreds of families had fled to evacuation centres and that most of the victims were farm workers. The attacks came a week after Congress broke for the holidays without passing the law, and residents of several villages said they feared more violence in the new year.",
         ],
         claims=[
             ("biff", "bangsamoro-entity", O, "which rejects the peace agreement", F),
             ("biff", "bangsamoro-independence", S, "wants a separate Islamic state", F),
             ("milf", "bangsamoro-entity", S, "the attacks would not shake its commitment to the peace agreement", T),
         ]),
    # 031
    dict(outlet="tidewater-news", published="2016-02-03T14:00:00Z",
         slug="aquino-gives-up-bangsamoro-law",
         title="Aquino gives up on Bangsamoro law as Congress adjourns",
         paras=[
             "MANILA, Feb 3 (Tidewater News) - The Philippine Congress held its last session before the election campaign on Wednesday without voting on the Bangsamoro Basic Law, leaving the centrepiece of President Benigno Aquino's peace deal with Muslim rebels to his successor.",
             "The House of Representatives again failed to muster a quorum, and the Senate had not finished its debate on the substitute bill. Government chief negotiator Miriam Coronel-Ferrer blamed indifference and chronic absences among congressmen for the failure.",
             "Presidential spokesman Herminio Coloma said the president had not given up on the law and still wanted it passed in the form agreed with the Moro Islamic Liberation Front. He said the administration would leave the bill to the next government as unfinished business.",
             "Mohagher Iqbal, the MILF's chief negotiator, said the front was deeply disappointed but would not turn its back on the peace agreement. He said the next phase of decommissioning would remain on hold unless a law was enacted.",
             "Officials warned that hardline groups such as the Bangsamoro Islamic Freedom Fighters could exploit the setback to recruit frustrated young fighters. Aquino's term ends on June 30.",
         ],
         claims=[
             ("gph", "bbl-as-drafted", S, "still wanted it passed in the form agreed with the Moro Islamic Liberation Front", T),
             ("milf", "bangsamoro-entity", S, "would not turn its back on the peace agreement", T),
             ("milf", "milf-decommissioning", C, "the next phase of decommissioning would remain on hold unless a law was enacted", T),
         ]),
    # 032
    dict(outlet="coral-ledger", published="2016-02-11T09:00:00Z",
         slug="panels-meet-kuala-lumpur-after-bbl-lapses",
         title="Peace panels meet in Kuala Lumpur after Bangsamoro law lapses",
         paras=[
             "KUALA LUMPUR, Feb 11 (Coral Ledger) - Government and Moro Islamic Liberation Front negotiators met in Kuala Lumpur on Thursday for the first time since the Philippine Congress adjourned without passing the Bangsamoro Basic Law, as both sides tried to contain frustration among the rebels' rank and file.",
             "MILF chief negotiator Mohagher Iqbal told the opening session that the only way forward was either to re-file the bill in the next Congress or to have a new transition commission write a law faithful to the 2014 agreement. He said the front would continue to abide by the agreement, and asked the government for a firm commitment to do the same whoever wins the May election.",
             "Miriam Coronel-Ferrer, the government's chief negotiator, said the agreements remained binding on the government and would be handed to the next administration intact.",
             "The two-day meeting was hosted by the Malaysian facilitator, Tengku Abdul Ghafar Tengku Mohamed, who declined to say whether further rounds had been scheduled.",
             "Neither side took questions on the ceasefire, which both said was holding.",
         ],
         claims=[
             ("milf", "bbl-as-drafted", S, "the only way forward was either to re-file the bill in the next Congress", T),
             ("milf", "bangsamoro-entity", S, "the front would continue to abide by the agreement", T),
             ("gph", "bangsamoro-entity", S, "the agreements remained binding on the government", T),
         ]),
    # 033
    dict(outlet="archipelago-wire", published="2016-05-20T08:00:00Z",
         slug="milf-presses-duterte-on-bangsamoro-law",
         title="MILF to press Duterte for Bangsamoro law faithful to peace deal",
         paras=[
             "DAVAO CITY, May 20 (Archipelago Wire) - The Moro Islamic Liberation Front said on Friday it would press the incoming administration of president-elect Rodrigo Duterte to enact a Bangsamoro law faithful to the 2014 peace agreement, after the outgoing Congress let the original bill lapse.",
             "MILF vice chairman Ghazali Jaafar said the front was ready to discuss Duterte's plans for a federal system, but wanted the agreed law passed first as the foundation.",
             "Duterte, who takes office on June 30 and will be the first president from Mindanao, has said he wants to bring the Moro National Liberation Front and its founder Nur Misuari into a wider peace process alongside the MILF. He has not said whether he would back the stalled bill in its original form.",
             "Outgoing presidential peace adviser Teresita Deles said the comprehensive agreement remained in force whoever led the government, and urged the new team to build on it.",
             "Misuari, who still faces charges over the 2013 siege of Zamboanga City, has not appeared in public. Analysts said Duterte's preference for federalism could either revive the Bangsamoro project or bury it in a wider constitutional debate.",
         ],
         claims=[
             ("milf", "bbl-as-drafted", S, "wanted the agreed law passed first as the foundation", T),
             ("gph", "bangsamoro-entity", S, "the comprehensive agreement remained in force whoever led the government", T),
         ]),
]

SHIFTS = [
    dict(actor="mnlf", issue="bangsamoro-independence", frm="oppose", to="support", article="007",
         why="Misuari's MNLF proclaims an independent Bangsamoro republic and says the 1996 autonomy accord has failed; the baseline is the autonomy the MNLF accepted in 1996."),
    dict(actor="house", issue="congress-suspends-bbl", frm="support", to="oppose", article="021",
         why="The House ad hoc committee resumes its deliberations and Rodriguez says it will not put the bill on hold again; it had suspended them after Mamasapano (017) and kept them suspended pending the inquiries (019)."),
    dict(actor="house", issue="bbl-as-drafted", frm="support", to="conditional", article="022",
         why="The committee approves an amended bill and Rodriguez says the House can pass the law only with the amendments; in 015 and 016 the House leadership aimed to approve the draft as submitted."),
    dict(actor="senate", issue="bbl-as-drafted", frm="conditional", to="oppose", article="023",
         why="Marcos, chairing the Senate committee, says he cannot support the bill in its present form and will write a substitute; in 015 and 016 Drilon said the Senate would pass it if the constitutional questions were settled."),
    dict(actor="milf", issue="milf-decommissioning", frm="conditional", to="support", article="024",
         why="The MILF hands over its first 75 weapons and 145 fighters and Murad says it is ready to lay down its arms as agreed; until then (002, 010) decommissioning was promised only in step with the new government."),
    dict(actor="milf", issue="milf-decommissioning", frm="support", to="conditional", article="028",
         why="Iqbal says no more fighters will be decommissioned until Congress passes the Bangsamoro Basic Law; in 024/025 the front was handing over weapons."),
]

BASELINE_EXPECTED = None  # read from watchlist.yaml


def wc(text):
    return len(text.split())


def parse_watchlist(path):
    """Minimal parser for the watchlist format (std lib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.rstrip("\n")
            if not s.strip() or s.lstrip().startswith("#"):
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", s):
                section = s.split(":")[0]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", s)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", s)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def rfc822(iso):
    d = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    return format_datetime(d, usegmt=True)


MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def build():
    errors = []
    arts = []
    for n, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        text = "\n\n".join(a["paras"])
        d = dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], d.year, d.month, d.day, a["slug"])
        arts.append(dict(id=aid, published=a["published"], source=OUTLETS[a["outlet"]], url=url,
                         title=a["title"], text=text, _outlet=a["outlet"], _claims=a["claims"], _date=d))

    # write articles
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for p in (adir, fdir):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # feeds (newest first, like the dev set)
    for slug, name in OUTLETS.items():
        items = [a for a in arts if a["_outlet"] == slug]
        items.sort(key=lambda a: a["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 '    <title>%s</title>' % escape(name),
                 '    <link>https://example.org/%s/</link>' % slug,
                 '    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>' % (escape(name), SET_NAME),
                 '    <language>en</language>',
                 '    <lastBuildDate>%s</lastBuildDate>' % rfc822(items[0]["published"])]
        for a in items:
            lines += ['    <item>',
                      '      <title>%s</title>' % escape(a["title"]),
                      '      <link>%s</link>' % escape(a["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                      '      <pubDate>%s</pubDate>' % rfc822(a["published"]),
                      '      <description>%s</description>' % escape(a["text"]),
                      '    </item>']
        lines += ['  </channel>', '</rss>']
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    # labels
    claims = {}
    for a in arts:
        claims[a["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["_claims"]]
    shifts = [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
               "article": s["article"], "why": s["why"]} for s in SHIFTS]
    shift_articles = sorted({s["article"] for s in shifts})
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    labels = dict(claims=claims, shifts=shifts, no_alert_articles=no_alert)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---------------- validation ----------------
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8):
        errors.append("actors: %d not in 5-8" % len(actors))
    if not (5 <= len(issues) <= 7):
        errors.append("issues: %d not in 5-7" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            errors.append("bad baseline row %r" % (b,))
    if not (30 <= len(arts) <= 34):
        errors.append("article count %d not in 30-34" % len(arts))

    prev = None
    urls = set()
    for i, a in enumerate(arts, start=1):
        if a["id"] != "%03d" % i:
            errors.append("id order broken at %s" % a["id"])
        if prev is not None and a["published"] <= prev:
            errors.append("%s: not in publication order" % a["id"])
        prev = a["published"]
        if a["url"] in urls:
            errors.append("%s: duplicate url" % a["id"])
        urls.add(a["url"])
        n = wc(a["text"])
        if not (120 <= n <= 260):
            errors.append("%s: %d words" % (a["id"], n))
        d = a["_date"]
        m = re.match(r"^([A-Z][A-Z .'-]+)(, [A-Z][A-Za-z ]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ", a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if m.group(5) != a["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (a["id"], m.group(5), a["source"]))
            if m.group(3) != MONTHS[d.month] or int(m.group(4)) != d.day:
                errors.append("%s: dateline date does not match published" % a["id"])
        seen = set()
        for c in claims[a["id"]]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if wc(c["quote"]) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %r" % (a["id"], key))
            seen.add(key)

    # recompute shifts
    state = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in state and state[k] != c["stance"]:
                recomputed.append((c["actor"], c["issue"], state[k], c["stance"], a["id"]))
            state[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in shifts]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %r\n  labelled   %r" % (recomputed, labelled))
    if no_alert != [a["id"] for a in arts if a["id"] not in shift_articles]:
        errors.append("no_alert_articles mismatch")

    # counts
    allc = [c for v in claims.values() for c in v]
    by = {k: sum(1 for c in allc if c["stance"] == k) for k in (S, O, C)}
    nfalse = sum(1 for c in allc if not c["attributed"])
    empty = [k for k, v in claims.items() if not v]
    if not (60 <= len(allc) <= 90):
        errors.append("claims %d not in 60-90" % len(allc))
    if by[C] < 6:
        errors.append("only %d conditional claims" % by[C])
    if not (5 <= len(shifts) <= 8):
        errors.append("shifts %d not in 5-8" % len(shifts))
    straight = sum(1 for s in shifts if {s["from"], s["to"]} == {S, O})
    if straight > 2:
        errors.append("%d straight support/oppose reversals" % straight)
    if not any(C in (s["from"], s["to"]) for s in shifts):
        errors.append("no shift to or from conditional")
    if not (3 <= len(empty) <= 4):
        errors.append("no-claim articles %d not in 3-4" % len(empty))

    # xmllint
    for slug in OUTLETS:
        p = os.path.join(fdir, slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (p, r.stderr))

    print("articles: %d (%s)" % (len(arts), ", ".join("%s %d" % (OUTLETS[s], sum(1 for a in arts if a['_outlet'] == s)) for s in OUTLETS)))
    print("words: min %d, max %d" % (min(wc(a["text"]) for a in arts), max(wc(a["text"]) for a in arts)))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)" % (len(allc), by[S], by[O], by[C], nfalse))
    print("no-claim articles: %s" % ", ".join(empty))
    print("shifts: %d in articles %s (straight reversals %d)" % (len(shifts), ", ".join(shift_articles), straight))
    restate = 0
    first = 0
    state = {(b[0], b[1]): b[2] for b in baseline}
    for a in arts:
        for c in claims[a["id"]]:
            k = (c["actor"], c["issue"])
            if k not in state:
                first += 1
            elif state[k] == c["stance"]:
                restate += 1
            if c["attributed"]:
                state[k] = c["stance"]
    print("restatements: %d, first observations without baseline: %d" % (restate, first))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        return 1
    print("\nvalidation passed")
    return 0


if __name__ == "__main__":
    sys.exit(build())
