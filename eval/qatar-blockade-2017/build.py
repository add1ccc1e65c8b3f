#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set qatar-blockade-2017.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the set
against watchlist.yaml (which is maintained by hand next to this script).

Run:  python3 build.py
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
    "sandline-wire": "Sandline Wire",
    "tidewater-gazette": "Tidewater Gazette",
    "crescent-report": "Crescent Report",
    "lantern-dispatch": "Lantern Dispatch",
    "eastgate-herald": "Eastgate Herald",
}

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June",
          7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}

S, O, C = "support", "oppose", "conditional"


def cl(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet slug, url slug, title, paragraphs, claims.
# Ids are assigned in list order, which is publication order (validated).
ARTICLES = [
    # 001
    dict(published="2017-06-05T10:30:00Z", outlet="sandline-wire",
         slug="saudi-uae-bahrain-egypt-cut-ties-with-qatar",
         title="Saudi Arabia, UAE, Bahrain and Egypt cut ties with Qatar",
         paras=[
             "RIYADH, June 5 (Sandline Wire) - Saudi Arabia cut diplomatic ties with Qatar on Monday and closed the land border that is the peninsula's only overland link to the rest of Arabia, citing what it called Doha's backing for extremist groups.",
             "The United Arab Emirates, Bahrain and Egypt announced similar steps within hours, in the deepest rift among Gulf Arab states in decades. The UAE ordered Qatari citizens to leave its territory within 14 days and shut its airspace and ports to Qatari traffic, according to a statement carried by the state news agency WAM.",
             "Qatar's foreign ministry said the measures were unjustified and rested on claims that had no basis in fact. It said the steps would not affect the daily lives of citizens and residents.",
             "Shoppers in Doha queued at supermarkets through the afternoon, fearing shortages of food, much of which arrives by truck across the Saudi border.",
             "Speaking in Sydney, US Secretary of State Rex Tillerson urged the Gulf states to sit down together and work through their differences. He said he did not expect the dispute to weaken the fight against Islamic State.",
         ],
         claims=[
             cl("saudi-arabia", "lift-blockade", O, "Saudi Arabia cut diplomatic ties with Qatar on Monday and closed the land border"),
             cl("uae", "lift-blockade", O, "The UAE ordered Qatari citizens to leave its territory within 14 days"),
             cl("qatar", "lift-blockade", S, "the measures were unjustified and rested on claims that had no basis in fact"),
             cl("usa", "talks", S, "urged the Gulf states to sit down together and work through their differences"),
         ]),
    # 002
    dict(published="2017-06-06T15:20:00Z", outlet="tidewater-gazette",
         slug="kuwait-emir-flies-to-jeddah-qatar-mediation",
         title="Kuwait's emir flies to Saudi Arabia in bid to calm Qatar row",
         paras=[
             "KUWAIT CITY, June 6 (Tidewater Gazette) - Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, flew to Jeddah on Tuesday to meet Saudi King Salman, in what Kuwaiti officials described as an effort to mediate in the dispute between Qatar and its neighbours.",
             "The emir, who helped defuse a similar row in 2014, telephoned Qatar's Emir Sheikh Tamim bin Hamad Al Thani late on Monday. A Qatari official said Sheikh Tamim had put off a planned address to the nation at Kuwait's request, so that the mediation would have a chance to work.",
             "In Paris, Saudi Foreign Minister Adel al-Jubeir said Qatar had to stop supporting Hamas and the Muslim Brotherhood. He did not comment on the Kuwaiti initiative.",
             "Flights between Doha and other Gulf capitals remained suspended on Tuesday, and Qatar Airways rerouted some services through Iranian and Turkish airspace. Several banks in the region said they were reviewing their dealings with Qatari lenders.",
         ],
         claims=[
             cl("kuwait", "talks", S, "in what Kuwaiti officials described as an effort to mediate in the dispute"),
             cl("qatar", "talks", S, "so that the mediation would have a chance to work"),
         ]),
    # 003
    dict(published="2017-06-07T18:45:00Z", outlet="eastgate-herald",
         slug="turkish-parliament-approves-troops-for-qatar-base",
         title="Turkish parliament fast-tracks troop deployment to Qatar base",
         paras=[
             "ANKARA, June 7 (Eastgate Herald) - Turkey's parliament on Wednesday approved legislation allowing Turkish troops to be deployed to a military base in Qatar, pushing the measure through two days after Saudi Arabia and its allies cut ties with Doha.",
             "The bill, drafted before the crisis, puts into effect a 2014 defence agreement under which Turkey set up its first military outpost in the Gulf. Lawmakers from the ruling AK Party and the nationalist opposition voted in favour.",
             "President Tayyip Erdogan said earlier on Wednesday that isolating Qatar and imposing sanctions on it would not resolve any problem. He said Ankara would keep developing its relations with Doha, and he urged the Gulf states to settle their differences through dialogue.",
             "Turkey has close commercial links with both Qatar and Saudi Arabia. A small contingent of Turkish soldiers is already stationed at the base, and the new law could allow many more to follow, along with joint training exercises.",
         ],
         claims=[
             cl("turkey", "close-turkish-base", O, "approved legislation allowing Turkish troops to be deployed to a military base in Qatar"),
             cl("turkey", "lift-blockade", S, "isolating Qatar and imposing sanctions on it would not resolve any problem"),
             cl("turkey", "talks", S, "urged the Gulf states to settle their differences through dialogue"),
         ]),
    # 004
    dict(published="2017-06-08T13:10:00Z", outlet="crescent-report",
         slug="qatar-will-not-surrender-independent-foreign-policy",
         title="Qatar says it will not give up its independent foreign policy",
         paras=[
             "DOHA, June 8 (Crescent Report) - Qatar will not surrender the independence of its foreign policy to end the dispute with its neighbours, Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Thursday.",
             "Speaking to reporters in Doha, he said no country had the right to dictate Qatar's relations with others, including with Iran, with which Qatar shares the world's largest natural gas field. Those ties would stay as they were, he said.",
             "The minister said Qatar welcomed the Kuwaiti emir's mediation and remained ready for dialogue with Saudi Arabia and the other states that had cut ties. He said the country could withstand the measures for a long time, pointing to food shipments arriving by sea through Oman and by air from Turkey.",
             "Iran has said it is ready to supply Qatar through three of its ports, and Tehran has opened its airspace to dozens of extra Qatar Airways flights a day.",
         ],
         claims=[
             cl("qatar", "curb-iran-ties", O, "no country had the right to dictate Qatar's relations with others, including with Iran"),
             cl("qatar", "talks", S, "welcomed the Kuwaiti emir's mediation and remained ready for dialogue with Saudi Arabia"),
         ]),
    # 005
    dict(published="2017-06-09T21:30:00Z", outlet="lantern-dispatch",
         slug="tillerson-urges-gulf-states-to-ease-qatar-blockade",
         title="Tillerson urges Saudi-led bloc to ease Qatar blockade",
         paras=[
             "WASHINGTON, June 9 (Lantern Dispatch) - Secretary of State Rex Tillerson on Friday called on Saudi Arabia, the United Arab Emirates, Bahrain and Egypt to ease their blockade of Qatar, saying it was causing food shortages, splitting families and hampering the campaign against Islamic State.",
             "Tillerson said the United States backed Kuwait's mediation and wanted the parties to hold calm and thoughtful talks. He also said Qatar had a history of supporting groups across a wide range of political expression and had to do more to address its neighbours' concerns.",
             "Speaking in the Rose Garden about an hour later, President Donald Trump said Qatar had historically funded terrorism at a very high level and that the time had come to call on it to end that funding. Trump, who earlier in the week had appeared on Twitter to welcome the move against Qatar, did not mention the blockade.",
             "Qatar hosts Al Udeid, the largest US air base in the Middle East, with about 10,000 American personnel. Pentagon officials have praised Doha's support for the base.",
         ],
         claims=[
             cl("usa", "lift-blockade", S, "to ease their blockade of Qatar"),
             cl("usa", "talks", S, "backed Kuwait's mediation and wanted the parties to hold calm and thoughtful talks"),
         ]),
    # 006
    dict(published="2017-06-19T16:00:00Z", outlet="tidewater-gazette",
         slug="qatar-rules-out-talks-until-blockade-lifted",
         title="Qatar rules out talks while blockade stands; UAE says isolation could last years",
         paras=[
             "DOHA, June 19 (Tidewater Gazette) - Qatar will not negotiate with Saudi Arabia and its allies unless they first lift the measures imposed on it two weeks ago, Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani said on Monday.",
             "Qatar was under blockade, he told reporters, and that blockade must end before any negotiation can start. He added that the boycotting states had still not told Doha what they wanted from it.",
             "On June 8 the minister had welcomed Kuwait's mediation without setting any terms.",
             "In Paris, the UAE's minister of state for foreign affairs, Anwar Gargash, said the Gulf states did not seek an escalation, but that Qatar's isolation could go on for years. The measures would stay in place, he said, and the UAE was ready for a long standoff.",
             "Diplomats in the region said they saw little prospect of a quick deal before the end of Ramadan.",
         ],
         claims=[
             cl("qatar", "talks", C, "will not negotiate with Saudi Arabia and its allies unless they first lift the measures"),
             cl("qatar", "lift-blockade", S, "that blockade must end before any negotiation can start"),
             cl("uae", "lift-blockade", O, "Qatar's isolation could go on for years"),
         ]),
    # 007 (no claims)
    dict(published="2017-06-20T19:40:00Z", outlet="lantern-dispatch",
         slug="state-department-mystified-by-gulf-silence",
         title="State Department says it is mystified by Gulf states' silence on Qatar grievances",
         paras=[
             "WASHINGTON, June 20 (Lantern Dispatch) - The State Department said on Tuesday it was mystified that Saudi Arabia and its allies had still not made public the details of their grievances against Qatar, more than two weeks after cutting ties with the emirate.",
             "Spokeswoman Heather Nauert told a briefing that the longer the details went unpublished, the more doubt arose about the actions taken against Doha. She asked whether the measures were really about concerns over terrorist financing or about long-simmering grievances among the Gulf states.",
             "Nauert declined to say whether Secretary of State Rex Tillerson had spoken to his Saudi counterpart that day or whether he planned to travel to the region. She said the department's diplomats were in touch with all the governments involved.",
             "Saudi Foreign Minister Adel al-Jubeir is due in Washington later in the week for meetings at the White House and the Pentagon.",
         ],
         claims=[]),
    # 008 (duplicate pair with 009)
    dict(published="2017-06-23T08:15:00Z", outlet="sandline-wire",
         slug="saudi-led-bloc-hands-qatar-13-demands",
         title="Saudi-led bloc hands Qatar 13 demands, including closure of Al Jazeera",
         paras=[
             "KUWAIT CITY, June 23 (Sandline Wire) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt have sent Qatar a list of 13 demands, including that it close the Al Jazeera television network and shut down a Turkish military base on its soil, according to a copy of the document seen by Sandline Wire.",
             "The list, passed to Doha through Kuwait, also requires Qatar to scale down its diplomatic ties with Iran, expel any members of Iran's Revolutionary Guards and trade with Tehran only within the limits of US and international sanctions.",
             "It further asks Doha to cut links with the Muslim Brotherhood and other groups and to pay unspecified compensation. The four governments say Qatar must agree to all of the demands within ten days, after which the offer lapses.",
             "Qatari officials said they were studying the document but gave no immediate response. Al Jazeera did not comment.",
             "The four states severed relations with Qatar on June 5, accusing it of supporting terrorism, a charge Doha denies.",
         ],
         claims=[
             cl("saudi-arabia", "close-al-jazeera", S, "including that it close the Al Jazeera television network"),
             cl("uae", "close-al-jazeera", S, "including that it close the Al Jazeera television network"),
             cl("saudi-arabia", "close-turkish-base", S, "shut down a Turkish military base on its soil"),
             cl("uae", "close-turkish-base", S, "shut down a Turkish military base on its soil"),
             cl("saudi-arabia", "curb-iran-ties", S, "requires Qatar to scale down its diplomatic ties with Iran"),
             cl("uae", "curb-iran-ties", S, "requires Qatar to scale down its diplomatic ties with Iran"),
             cl("saudi-arabia", "quartet-drops-demands", O, "Qatar must agree to all of the demands within ten days"),
             cl("uae", "quartet-drops-demands", O, "Qatar must agree to all of the demands within ten days"),
         ]),
    # 009 (duplicate of 008)
    dict(published="2017-06-23T11:40:00Z", outlet="crescent-report",
         slug="four-arab-states-present-qatar-with-13-demands",
         title="Four Arab states give Qatar ten days to meet 13 demands",
         paras=[
             "KUWAIT CITY, June 23 (Crescent Report) - Four Arab states that cut ties with Qatar have presented it with 13 demands, including that it close the Al Jazeera television network and shut down a Turkish military base on its soil, according to a copy of the list.",
             "The document, delivered through Kuwait, also requires Qatar to scale down its diplomatic ties with Iran and to limit its trade with Tehran to what US and international sanctions allow. It asks Doha to end its links with the Muslim Brotherhood and other organisations and to pay compensation.",
             "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt say Qatar must agree to all of the demands within ten days or the list becomes void.",
             "There was no immediate response from Qatari officials, and Al Jazeera declined to comment.",
             "The four governments accuse Qatar of backing terrorism, which it denies.",
         ],
         claims="same-as-previous"),
    # 010
    dict(published="2017-06-24T15:00:00Z", outlet="eastgate-herald",
         slug="qatar-calls-demands-unreasonable-turkey-defends-base",
         title="Qatar calls demands unreasonable; Turkey says base is not up for discussion",
         paras=[
             "DOHA, June 24 (Eastgate Herald) - Qatar said on Saturday that the list of demands presented by Saudi Arabia and its allies was neither reasonable nor actionable, and that it infringed on the country's sovereignty.",
             "Sheikh Saif bin Ahmed Al Thani, director of the government's communications office, said in a statement that the demands were not aimed at fighting terrorism but at limiting Qatar's independence. Qatar would not shut Al Jazeera, a senior Qatari official told Eastgate Herald, describing the network's editorial independence as a red line.",
             "Al Jazeera said in its own statement that the demand to close it was an attempt to silence freedom of expression in the region.",
             "Turkey was also named in the list. Defence Minister Fikri Isik said on Friday that the base served the security of the whole Gulf and that asking for its closure amounted to interference in relations between Ankara and Doha. He said Turkey had no plans to review the agreement.",
         ],
         claims=[
             cl("qatar", "quartet-drops-demands", S, "was neither reasonable nor actionable"),
             cl("qatar", "close-al-jazeera", O, "Qatar would not shut Al Jazeera"),
             cl("turkey", "close-turkish-base", O, "asking for its closure amounted to interference in relations between Ankara and Doha"),
         ]),
    # 011
    dict(published="2017-06-25T13:20:00Z", outlet="sandline-wire",
         slug="erdogan-says-demand-to-shut-base-disrespectful",
         title="Erdogan says demand to shut Turkish base in Qatar is disrespectful",
         paras=[
             "ISTANBUL, June 25 (Sandline Wire) - President Tayyip Erdogan on Sunday rejected the demand that Turkey close its military base in Qatar, calling it disrespectful toward Ankara and saying Turkey did not need anyone's permission to keep troops there.",
             "Speaking to reporters after prayers marking the end of Ramadan, Erdogan said the 13-point list drawn up by Saudi Arabia and its allies ran against international law and that Qatar should not be expected to accept it. He said Doha had shown a mature attitude in the face of the pressure.",
             "Erdogan said he would raise the crisis with Saudi King Salman by telephone in the coming days.",
             "Turkish officials said two more groups of soldiers and armoured vehicles had reached the base since Thursday. The base, Turkey's first in the region, is expected eventually to host several thousand troops.",
         ],
         claims=[
             cl("turkey", "close-turkish-base", O, "rejected the demand that Turkey close its military base in Qatar"),
             cl("turkey", "quartet-drops-demands", S, "ran against international law and that Qatar should not be expected to accept it"),
         ]),
    # 012
    dict(published="2017-06-27T20:10:00Z", outlet="lantern-dispatch",
         slug="jubeir-says-qatar-demands-not-negotiable",
         title="Saudi minister says Qatar demands are not negotiable",
         paras=[
             "WASHINGTON, June 27 (Lantern Dispatch) - Saudi Arabia's foreign minister, Adel al-Jubeir, said on Tuesday that the demands presented to Qatar were not open to negotiation and that it was up to Doha to end what he called its support for extremism.",
             "Jubeir, speaking to reporters in Washington after meetings at the White House, said Riyadh would be ready to talk to the Qataris once they had accepted the list, but not before. He did not say what would happen if Qatar refused.",
             "Secretary of State Rex Tillerson met Jubeir and separately spoke by phone with Qatar's foreign minister. The State Department said Tillerson had urged all sides to sit down and negotiate, and that he believed some of the demands would be very hard for Qatar to meet.",
             "Qatar's ten-day deadline to respond expires early next week.",
         ],
         claims=[
             cl("saudi-arabia", "quartet-drops-demands", O, "the demands presented to Qatar were not open to negotiation"),
             cl("saudi-arabia", "talks", C, "Riyadh would be ready to talk to the Qataris once they had accepted the list"),
             cl("usa", "talks", S, "Tillerson had urged all sides to sit down and negotiate"),
         ]),
    # 013
    dict(published="2017-07-01T12:30:00Z", outlet="crescent-report",
         slug="qatar-says-demands-made-to-be-rejected",
         title="Qatar says list of demands was made to be rejected",
         paras=[
             "ROME, July 1 (Crescent Report) - Qatar's foreign minister said on Saturday that the demands put forward by Saudi Arabia and its allies had been drafted to be turned down rather than negotiated, and that Doha would not accept them as they stood.",
             "Speaking in Rome after meeting Italian officials, Sheikh Mohammed bin Abdulrahman Al Thani said Qatar was nonetheless prepared to engage in talks about its neighbours' concerns, but only under proper conditions and not while the blockade hung over the process.",
             "He said the list had less to do with combating terrorism than with curbing free speech, and that Qatar would send its formal reply to Kuwait before the deadline expired.",
             "Italy's foreign minister, Angelino Alfano, said after the meeting that Rome hoped the dispute could be settled quickly through dialogue. Italy has large energy and defence contracts with Qatar and with its neighbours.",
         ],
         claims=[
             cl("qatar", "quartet-drops-demands", S, "Doha would not accept them as they stood"),
             cl("qatar", "talks", C, "prepared to engage in talks about its neighbours' concerns, but only under proper conditions"),
         ]),
    # 014
    dict(published="2017-07-05T19:50:00Z", outlet="tidewater-gazette",
         slug="boycotting-states-call-qatar-reply-negative",
         title="Boycotting states call Qatar's reply negative, say measures will stay",
         paras=[
             "CAIRO, July 5 (Tidewater Gazette) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt said on Wednesday that Qatar's answer to their demands was negative and lacked substance, and that their boycott of the emirate would remain in force.",
             "In a joint statement read out after their foreign ministers met in Cairo, the four governments said Doha's response showed it did not take the crisis seriously. Further political, economic and legal steps would follow at a time of their choosing, they said.",
             "At a news conference, Saudi Foreign Minister Adel al-Jubeir said there was no question of easing the boycott now. He declined to say what the next steps would be or whether Qatar would be suspended from the Gulf Cooperation Council.",
             "Qatar's reply, delivered through Kuwait on Monday, has not been published.",
             "Egyptian President Abdel Fattah al-Sisi received the four ministers before their meeting.",
         ],
         claims=[
             cl("saudi-arabia", "lift-blockade", O, "there was no question of easing the boycott now"),
             cl("uae", "lift-blockade", O, "their boycott of the emirate would remain in force"),
         ]),
    # 015
    dict(published="2017-07-11T17:30:00Z", outlet="sandline-wire",
         slug="us-and-qatar-sign-terror-financing-pact",
         title="US and Qatar sign pact on terrorism financing as Tillerson shuttles",
         paras=[
             "DOHA, July 11 (Sandline Wire) - The United States and Qatar signed an agreement on Tuesday to fight the financing of terrorism, as Secretary of State Rex Tillerson shuttled between Kuwait, Doha and Saudi Arabia in search of a way out of the Gulf crisis.",
             "Tillerson, speaking alongside Qatar's foreign minister, said Doha had been quite clear in its positions and that he found them reasonable. He said he hoped the memorandum would help bring the two sides closer, and called for direct talks between Qatar and its neighbours.",
             "In a joint statement, Saudi Arabia, the United Arab Emirates, Bahrain and Egypt said the agreement was not enough to allay their concerns and that their measures against Qatar would stay in place. They said they would watch closely how seriously Doha applied it.",
             "Qatar's foreign minister said his country was the first in the region to sign such an accord with Washington, and he invited the four states to follow suit.",
             "Tillerson was due in Jeddah on Wednesday for meetings with Saudi King Salman and ministers from the four countries.",
         ],
         claims=[
             cl("usa", "talks", S, "called for direct talks between Qatar and its neighbours"),
             cl("saudi-arabia", "lift-blockade", O, "their measures against Qatar would stay in place"),
             cl("uae", "lift-blockade", O, "their measures against Qatar would stay in place"),
         ]),
    # 016
    dict(published="2017-07-18T22:40:00Z", outlet="eastgate-herald",
         slug="gulf-states-drop-13-demands-against-qatar",
         title="Gulf states drop 13 demands against Qatar",
         paras=[
             "UNITED NATIONS, July 18 (Eastgate Herald) - Saudi Arabia and its allies would be satisfied if Qatar committed to six broad principles, such as fighting extremism and ending incitement, rather than meeting the full list of 13 demands, the Saudi ambassador to the United Nations said on Tuesday.",
             "Abdallah al-Mouallimi told reporters in New York that the four countries would stop insisting on every item on the list in exchange for that commitment, and were willing to discuss how the principles would be put into practice. The principles themselves were not negotiable, he said.",
             "He said the United Arab Emirates, Bahrain and Egypt shared that approach. He declined to say which of the original demands, such as the closure of Al Jazeera, could be set aside.",
             "The six principles were first set out by the four foreign ministers at their meeting in Cairo on July 5.",
             "Qatar's mission to the United Nations said it had received no new proposal.",
         ],
         claims=[
             cl("saudi-arabia", "quartet-drops-demands", C, "would be satisfied if Qatar committed to six broad principles"),
             cl("saudi-arabia", "talks", C, "were willing to discuss how the principles would be put into practice"),
             cl("uae", "quartet-drops-demands", C, "the United Arab Emirates, Bahrain and Egypt shared that approach", False),
             cl("uae", "talks", C, "the United Arab Emirates, Bahrain and Egypt shared that approach", False),
         ]),
    # 017
    dict(published="2017-07-21T19:00:00Z", outlet="crescent-report",
         slug="qatar-emir-open-to-dialogue-if-sovereignty-respected",
         title="Qatar's emir says he is open to dialogue if sovereignty is respected",
         paras=[
             "DOHA, July 21 (Crescent Report) - Qatar's Emir Sheikh Tamim bin Hamad Al Thani said on Friday that his country was not against dialogue to end the dispute with its neighbours, provided that any settlement respected Qatar's sovereignty.",
             "In his first public speech since Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Doha in June, the emir said Qatar would not accept a list of conditions handed down by others. He thanked Kuwait's emir for his mediation and praised Turkey for its support.",
             "Life in Qatar was going on normally, Sheikh Tamim said in the televised address, and the country would open its economy further and find new sources of food and other supplies.",
             "The four boycotting states did not comment on the speech. Diplomats in the Gulf said they would watch whether it was followed by a concrete proposal from Doha.",
         ],
         claims=[
             cl("qatar", "talks", C, "not against dialogue to end the dispute with its neighbours, provided that any settlement respected"),
             cl("qatar", "quartet-drops-demands", S, "Qatar would not accept a list of conditions handed down by others"),
         ]),
    # 018
    dict(published="2017-08-17T20:00:00Z", outlet="sandline-wire",
         slug="saudi-arabia-opens-border-to-qatari-pilgrims",
         title="Saudi Arabia opens border to Qatari pilgrims after royal meeting",
         paras=[
             "RIYADH, Aug 17 (Sandline Wire) - Saudi Arabia will open its land border with Qatar so that Qatari pilgrims can travel to Mecca for the haj, the state news agency SPA reported on Thursday, after Crown Prince Mohammed bin Salman met a member of Qatar's ruling family.",
             "The meeting in Jeddah was with Sheikh Abdullah bin Ali Al Thani, a relative of Qatar's emir whose father ruled the country until 1960 and who holds no government post. King Salman also ordered Saudi planes to fly pilgrims from Doha at his own expense.",
             "SPA said the arrangement applied only to pilgrims and that the rest of the kingdom's measures against Doha were unchanged.",
             "Qatar's foreign ministry said it welcomed any step that eased the hardship of its citizens, but accused Riyadh of using the pilgrimage for political ends. Qatari officials noted that Sheikh Abdullah had no mandate to speak for the government.",
         ],
         claims=[
             cl("saudi-arabia", "lift-blockade", O, "the rest of the kingdom's measures against Doha were unchanged"),
             cl("qatar", "lift-blockade", S, "welcomed any step that eased the hardship of its citizens"),
         ]),
    # 019
    dict(published="2017-08-24T10:45:00Z", outlet="tidewater-gazette",
         slug="qatar-restores-full-diplomatic-ties-with-iran",
         title="Qatar restores full diplomatic ties with Iran, defying neighbours",
         paras=[
             "DOHA, Aug 24 (Tidewater Gazette) - Qatar said on Thursday it would send its ambassador back to Tehran, restoring full diplomatic relations with Iran despite a demand by Saudi Arabia and its allies that it scale down those ties.",
             "The Qatari foreign ministry said in a statement that Doha wanted to strengthen bilateral relations with Iran in all fields. Qatar recalled its envoy in January 2016 after protesters stormed Saudi diplomatic missions in Iran.",
             "The United Arab Emirates' minister of state for foreign affairs, Anwar Gargash, said the decision showed Doha was drifting further from its Gulf neighbours. He said curbing Qatar's relations with Tehran remained a core condition for any settlement.",
             "There was no immediate comment from Riyadh.",
             "Iran has kept its airspace and ports open to Qatari traffic since June, helping Doha to offset the closure of its only land border.",
         ],
         claims=[
             cl("qatar", "curb-iran-ties", O, "it would send its ambassador back to Tehran, restoring full diplomatic relations with Iran"),
             cl("uae", "curb-iran-ties", S, "curbing Qatar's relations with Tehran remained a core condition for any settlement"),
             cl("saudi-arabia", "curb-iran-ties", S, "a demand by Saudi Arabia and its allies that it scale down those ties", False),
         ]),
    # 020
    dict(published="2017-09-07T22:30:00Z", outlet="lantern-dispatch",
         slug="kuwait-emir-says-qatar-ready-to-discuss-demands",
         title="Kuwait's emir says Qatar ready to discuss demands; Trump offers to mediate",
         paras=[
             "WASHINGTON, Sept 7 (Lantern Dispatch) - Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, said on Thursday that Qatar was ready to sit down and discuss all 13 demands made by Saudi Arabia and its allies, and that his own mediation would go on.",
             "Speaking at a joint news conference with President Donald Trump at the White House, Sheikh Sabah said the most important achievement of his efforts so far was that military action had been avoided.",
             "Trump said he would be willing to act as a mediator between Qatar and the four countries and could host their leaders at the White House. He said he thought a deal could come together very quickly.",
             "The four boycotting states said later in a statement that military action had never been an option. They did not address the emir's remarks about the demands.",
             "The crisis is in its fourth month, and Qatar's land border and air links with the four states remain closed.",
         ],
         claims=[
             cl("kuwait", "talks", S, "his own mediation would go on"),
             cl("qatar", "talks", S, "Qatar was ready to sit down and discuss all 13 demands", False),
             cl("usa", "talks", S, "would be willing to act as a mediator between Qatar and the four countries"),
         ]),
    # 021 (duplicate pair with 022; shift article)
    dict(published="2017-09-09T06:15:00Z", outlet="sandline-wire",
         slug="saudi-arabia-suspends-dialogue-with-qatar",
         title="Saudi Arabia suspends dialogue with Qatar hours after leaders' call",
         paras=[
             "RIYADH, Sept 9 (Sandline Wire) - Saudi Arabia suspended any dialogue with Qatar early on Saturday, only hours after Crown Prince Mohammed bin Salman and Qatar's emir held their first telephone conversation since the crisis began in June.",
             "The state news agency SPA said Sheikh Tamim bin Hamad Al Thani had expressed during the call his wish to sit at the dialogue table and discuss the demands of the four boycotting countries.",
             "Riyadh then accused Qatar's official news agency of distorting the substance of the call and said it was halting all communication with the authorities in Doha. The Qatar News Agency had published its own, shorter account of the conversation on Friday evening.",
             "Gulf diplomats said the sudden reversal showed how deep the mistrust ran between the two royal courts. The other boycotting states did not comment, and Qatari officials could not be reached.",
         ],
         claims=[
             cl("saudi-arabia", "talks", O, "Saudi Arabia suspended any dialogue with Qatar early on Saturday"),
             cl("qatar", "talks", S, "his wish to sit at the dialogue table and discuss the demands", False),
         ]),
    # 022 (duplicate of 021)
    dict(published="2017-09-09T09:40:00Z", outlet="tidewater-gazette",
         slug="riyadh-halts-contact-with-doha-after-phone-call",
         title="Riyadh halts contact with Doha after emir and crown prince speak",
         paras=[
             "RIYADH, Sept 9 (Tidewater Gazette) - Saudi Arabia suspended any dialogue with Qatar early on Saturday, hours after Crown Prince Mohammed bin Salman and the Qatari emir spoke by telephone for the first time since the rift began in June.",
             "According to the state news agency SPA, Sheikh Tamim bin Hamad Al Thani voiced during the call his wish to sit at the dialogue table and discuss the demands of the four countries boycotting Doha.",
             "Riyadh later accused the Qatar News Agency of twisting what was said and announced it was cutting off all communication with the Qatari authorities. The Qatari agency had run a shorter account of the call on Friday evening.",
             "Diplomats in the Gulf said the episode showed how deep the mistrust between the two courts had become. The other three boycotting states made no comment, and Qatari officials could not be reached.",
         ],
         claims="same-as-previous"),
    # 023
    dict(published="2017-12-05T18:30:00Z", outlet="crescent-report",
         slug="gulf-summit-ends-early-as-saudi-uae-send-ministers",
         title="Gulf summit ends early as Saudi Arabia and UAE send junior delegations",
         paras=[
             "KUWAIT CITY, Dec 5 (Crescent Report) - A summit of the Gulf Cooperation Council in Kuwait City ended on Tuesday after one day instead of the planned two, with Saudi Arabia, the United Arab Emirates and Bahrain sending ministers rather than heads of state to sit across from Qatar's emir.",
             "Hours before the opening, the UAE announced that it had set up a new economic and military partnership with Saudi Arabia, separate from the six-member bloc.",
             "Opening the meeting, Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, called for a mechanism within the council to settle disputes among its members and said Kuwait would keep working to bring Qatar and its neighbours to the negotiating table.",
             "Sheikh Tamim bin Hamad Al Thani attended in person and left the hall without making a statement.",
             "Analysts said the low-level attendance suggested the boycotting states saw little point in talks for now, and that the council itself might not survive the rift in its current form.",
         ],
         claims=[
             cl("kuwait", "talks", S, "Kuwait would keep working to bring Qatar and its neighbours to the negotiating table"),
         ]),
    # 024 (no claims)
    dict(published="2018-04-09T12:00:00Z", outlet="tidewater-gazette",
         slug="saudi-media-report-canal-plan-on-qatar-border",
         title="Saudi media report plan for canal that would cut Qatar off from the mainland",
         paras=[
             "DUBAI, April 9 (Tidewater Gazette) - Saudi newspapers reported on Monday that a group of investors was preparing to dig a canal along the kingdom's border with Qatar, a project that would in effect turn the peninsula into an island.",
             "According to the reports, the waterway of about 60 km would run from Salwa to Khor al-Udaid, and a military base and a nuclear waste site could be built on the Saudi side. The reports said several companies had been invited to bid and that work could be finished within a year.",
             "Saudi officials did not respond to requests for comment, and it was not clear whether the government had approved the plan. Qatari officials declined to comment.",
             "Analysts said the project, if built, would be largely symbolic, since the land border has been closed since last June. Some said it could be a pressure tactic ahead of the first anniversary of the boycott, while others doubted it would ever go ahead.",
         ],
         claims=[]),
    # 025
    dict(published="2019-06-02T14:00:00Z", outlet="sandline-wire",
         slug="qatar-distances-itself-from-mecca-summit-statements",
         title="Qatar distances itself from Mecca summit statements on Iran",
         paras=[
             "DOHA, June 2 (Sandline Wire) - Qatar said on Sunday it had reservations about the final statements of two emergency Arab and Gulf summits held in Mecca last week, saying they echoed Washington's hard line on Iran and had been drafted without consulting Doha.",
             "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani told Al Araby television that Qatar would not join a policy of isolating Tehran and would keep its relations with Iran based on good neighbourliness and dialogue.",
             "Qatar's prime minister, Sheikh Abdullah bin Nasser Al Thani, attended the gatherings, becoming the most senior Qatari official to visit Saudi Arabia since the boycott began two years ago.",
             "At the summits, Saudi King Salman called on the international community to use all means to stop what he described as Iran's aggressive behaviour in the region.",
             "Qatari aircraft remain barred from the airspace of the four boycotting countries.",
         ],
         claims=[
             cl("qatar", "curb-iran-ties", O, "Qatar would not join a policy of isolating Tehran"),
         ]),
    # 026 (no claims)
    dict(published="2019-11-26T21:00:00Z", outlet="eastgate-herald",
         slug="saudi-emirati-bahraini-footballers-land-in-doha",
         title="Saudi, Emirati and Bahraini footballers land in Doha for Gulf Cup",
         paras=[
             "DOHA, Nov 26 (Eastgate Herald) - Saudi Arabia's national football team arrived in Doha on Tuesday for the Arabian Gulf Cup, the first time a Saudi side has played in Qatar since the boycott began in 2017, following teams from the United Arab Emirates and Bahrain.",
             "The three countries had originally planned to stay away from the tournament but changed course this month. The Saudi squad flew in on a direct charter flight, an exception to the ban on flights between the two countries.",
             "Fans and commentators on social media called the matches a sign that relations could be thawing. Some Gulf analysts said the decision to take part may have been cleared at the highest level and could point to quiet contacts between Riyadh and Doha, though they cautioned that sport and politics did not always move together.",
             "Officials in Riyadh and Abu Dhabi declined to say whether the teams' participation signalled any change in policy. Qatar's organising committee said all visiting fans would be welcome.",
         ],
         claims=[]),
    # 027
    dict(published="2019-12-14T13:00:00Z", outlet="crescent-report",
         slug="qatar-says-talks-with-saudi-broke-stalemate",
         title="Qatar says talks with Saudi Arabia have broken the stalemate",
         paras=[
             "DOHA, Dec 14 (Crescent Report) - Qatar's foreign minister said on Saturday that his country had opened talks with Saudi Arabia and that the two sides had moved past the stalemate that had frozen the Gulf dispute for more than two years.",
             "Speaking at the Doha Forum, Sheikh Mohammed bin Abdulrahman Al Thani said Qatar welcomed the discussions and wanted them to succeed, even though Saudi airspace and the land border remained closed to it. Doha had set no preconditions for the contacts, he said.",
             "He said the talks so far involved only Riyadh, not the United Arab Emirates, Bahrain or Egypt, and that it was too early to speak of a breakthrough.",
             "Saudi officials declined to comment on his remarks. Diplomats said the minister had made an unannounced visit to Riyadh in October.",
             "In June 2017 the minister had said Qatar would not negotiate while the blockade was in place.",
         ],
         claims=[
             cl("qatar", "talks", S, "Qatar welcomed the discussions and wanted them to succeed"),
             cl("saudi-arabia", "talks", S, "the two sides had moved past the stalemate", False),
         ]),
    # 028 (no claims)
    dict(published="2020-07-14T16:00:00Z", outlet="lantern-dispatch",
         slug="world-court-rules-icao-can-hear-qatar-airspace-case",
         title="World Court rules UN aviation body can hear Qatar's airspace complaint",
         paras=[
             "THE HAGUE, July 14 (Lantern Dispatch) - The International Court of Justice ruled on Tuesday that the UN civil aviation agency has jurisdiction to hear a complaint by Qatar over the closure of airspace by Saudi Arabia, the United Arab Emirates, Bahrain and Egypt.",
             "The court rejected an appeal by the four countries, which had argued that the International Civil Aviation Organization was the wrong forum for what they described as a broader dispute over Qatar's conduct. The ruling does not decide the substance of the case, which now returns to the ICAO council in Montreal.",
             "Lawyers for both sides left the court without speaking to reporters. The four governments and Qatar's foreign ministry said they would study the judgment.",
             "The case is one of several legal fights arising from the boycott, now in its fourth year. Experts said a decision on the merits could take many months and might be overtaken by a political settlement.",
         ],
         claims=[]),
    # 029
    dict(published="2020-10-14T20:30:00Z", outlet="lantern-dispatch",
         slug="white-house-wants-qatar-airspace-reopened",
         title="White House wants Qatar airspace dispute resolved within weeks",
         paras=[
             "WASHINGTON, Oct 14 (Lantern Dispatch) - White House national security adviser Robert O'Brien said on Wednesday that the United States wanted to see Qatari aircraft allowed to fly over Saudi Arabia and its neighbours again, and hoped that would happen within the next 70 days.",
             "O'Brien told an online event hosted by a Washington think tank that the Gulf rift had gone on far too long and was helping Iran, which collects fees from Qatar Airways flights that are forced to use its airspace.",
             "Asked whether Saudi Arabia had agreed to any timetable, O'Brien declined to say. He said the administration was working on the issue at the highest levels.",
             "Jared Kushner, the president's son-in-law and senior adviser, has visited the region several times this year. Officials say he has pressed Riyadh and Abu Dhabi to end the boycott.",
         ],
         claims=[
             cl("usa", "lift-blockade", S, "wanted to see Qatari aircraft allowed to fly over Saudi Arabia and its neighbours again"),
         ]),
    # 030
    dict(published="2020-12-04T17:00:00Z", outlet="sandline-wire",
         slug="kuwait-says-fruitful-talks-bring-gulf-deal-closer",
         title="Kuwait says fruitful talks bring Gulf rift close to resolution",
         paras=[
             "KUWAIT CITY, Dec 4 (Sandline Wire) - Kuwait's foreign minister said on Friday that fruitful discussions had taken place toward ending the dispute between Qatar and four Arab states, and that all the parties had expressed a wish to reach a final agreement.",
             "Sheikh Ahmad Nasser al-Mohammad al-Sabah read the statement on state television. Kuwait would press on with its mediation, he said, until a final deal was signed.",
             "Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, welcomed the statement on Twitter and called it an important step toward resolving the crisis. He thanked Kuwait's ruler, Sheikh Nawaf al-Ahmad al-Sabah, who took over the mediation after the death of Sheikh Sabah in September.",
             "Egypt's foreign ministry also welcomed the announcement. There was no immediate reaction from the United Arab Emirates.",
         ],
         claims=[
             cl("kuwait", "talks", S, "Kuwait would press on with its mediation"),
             cl("qatar", "talks", S, "called it an important step toward resolving the crisis"),
             cl("saudi-arabia", "talks", S, "all the parties had expressed a wish to reach a final agreement", False),
             cl("uae", "talks", S, "all the parties had expressed a wish to reach a final agreement", False),
         ]),
    # 031
    dict(published="2020-12-05T13:30:00Z", outlet="eastgate-herald",
         slug="saudi-minister-says-qatar-deal-within-reach",
         title="Saudi minister says deal with Qatar is within reach",
         paras=[
             "MANAMA, Dec 5 (Eastgate Herald) - Saudi Arabia's foreign minister said on Saturday that significant progress had been made in talks to end the dispute with Qatar and that a final agreement looked within reach.",
             "Prince Faisal bin Farhan told the Manama Dialogue security conference, held in the Bahraini capital, that the kingdom was in full coordination with its partners in the process.",
             "He said any final deal would have to include all the parties to the dispute and that normal ties with Doha would be restored only as part of such a settlement. He declined to give a date for reopening Saudi airspace to Qatari aircraft.",
             "Riyadh suspended all contact with Doha in September 2017 after a brief telephone call between the two countries' leaders.",
             "Analysts said the UAE, which has not commented on the talks, might be more cautious than Riyadh about a quick reconciliation.",
         ],
         claims=[
             cl("saudi-arabia", "talks", S, "significant progress had been made in talks to end the dispute with Qatar"),
             cl("saudi-arabia", "lift-blockade", C, "normal ties with Doha would be restored only as part of such a settlement"),
         ]),
    # 032
    dict(published="2021-01-04T19:30:00Z", outlet="tidewater-gazette",
         slug="saudi-arabia-to-reopen-airspace-and-border-to-qatar",
         title="Saudi Arabia to reopen airspace and border to Qatar, Kuwait says",
         paras=[
             "KUWAIT CITY, Jan 4 (Tidewater Gazette) - Saudi Arabia will reopen its airspace and its land and sea border to Qatar from Monday evening, Kuwait's foreign minister announced, on the eve of a Gulf summit expected to end the three-and-a-half-year dispute.",
             "Sheikh Ahmad Nasser al-Mohammad al-Sabah said in a statement on Kuwaiti state television that the announcement followed telephone calls by Kuwait's emir to the Saudi crown prince and to Qatar's emir. He hailed the step as the basis for restoring Gulf unity.",
             "Qatar's emir will lead his country's delegation to the summit in the Saudi town of Al-Ula on Tuesday, his office said.",
             "Riyadh did not immediately confirm the announcement, and there was no comment from Abu Dhabi or Cairo.",
             "Jared Kushner will attend the signing, according to a US official.",
         ],
         claims=[
             cl("saudi-arabia", "lift-blockade", S, "Saudi Arabia will reopen its airspace and its land and sea border to Qatar", False),
             cl("kuwait", "lift-blockade", S, "He hailed the step as the basis for restoring Gulf unity"),
         ]),
    # 033
    dict(published="2021-01-05T16:45:00Z", outlet="sandline-wire",
         slug="gulf-leaders-sign-al-ula-declaration-ending-boycott",
         title="Gulf leaders sign Al-Ula declaration ending Qatar boycott",
         paras=[
             "AL-ULA, Jan 5 (Sandline Wire) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt signed a declaration with Qatar on Tuesday restoring full diplomatic relations, formally ending the boycott they imposed in June 2017.",
             "Crown Prince Mohammed bin Salman embraced Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on the airport tarmac in the desert town before the Gulf summit opened. Sheikh Tamim signed the declaration along with the other leaders and heads of delegation.",
             "Saudi Foreign Minister Prince Faisal bin Farhan told a news conference that the agreement restored ties in full, including flights, trade and the movement of people, and turned the page on the dispute. Asked whether the 13 demands still stood, he declined to say.",
             "The accord ends the boycott without Qatar having met the list, which the four countries have quietly set aside. Al Jazeera is still on the air, and Turkish troops are still in Qatar.",
             "White House adviser Jared Kushner attended the ceremony.",
         ],
         claims=[
             cl("saudi-arabia", "lift-blockade", S, "the agreement restored ties in full, including flights, trade and the movement of people"),
             cl("uae", "lift-blockade", S, "signed a declaration with Qatar on Tuesday restoring full diplomatic relations"),
             cl("qatar", "lift-blockade", S, "Sheikh Tamim signed the declaration along with the other leaders"),
             cl("saudi-arabia", "quartet-drops-demands", S, "which the four countries have quietly set aside", False),
             cl("uae", "quartet-drops-demands", S, "which the four countries have quietly set aside", False),
         ]),
    # 034
    dict(published="2021-01-07T14:00:00Z", outlet="crescent-report",
         slug="uae-to-reopen-links-qatar-says-iran-turkey-ties-unchanged",
         title="UAE to reopen links with Qatar within a week; Doha says ties with Iran and Turkey unchanged",
         paras=[
             "DOHA, Jan 7 (Crescent Report) - The United Arab Emirates will reopen its land, sea and air links with Qatar within a week of the Al-Ula agreement, Minister of State for Foreign Affairs Anwar Gargash told reporters in Abu Dhabi on Thursday, while cautioning that rebuilding trust would take time.",
             "Gargash denied that Abu Dhabi was dragging its feet on the reconciliation, saying only some technical matters had to be settled before flights could resume.",
             "Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said the Al-Ula declaration did not change the country's relations with Iran, which were a sovereign decision. He said Turkey's military presence in Qatar was a matter for the two countries alone and would continue.",
             "Remaining bilateral issues with each of the four countries would be discussed separately, he added.",
             "Turkey's foreign ministry issued a statement welcoming the reconciliation and saying it hoped for lasting stability in the Gulf.",
         ],
         claims=[
             cl("uae", "lift-blockade", S, "will reopen its land, sea and air links with Qatar within a week"),
             cl("qatar", "curb-iran-ties", O, "did not change the country's relations with Iran"),
             cl("qatar", "close-turkish-base", O, "was a matter for the two countries alone and would continue"),
             cl("qatar", "talks", S, "Remaining bilateral issues with each of the four countries would be discussed separately"),
             cl("turkey", "lift-blockade", S, "welcoming the reconciliation"),
         ]),
]

DUPLICATES = [("008", "009"), ("021", "022")]

SHIFTS = [
    dict(actor="qatar", issue="talks", frm=S, to=C, article="006",
         why="The foreign minister says Qatar will not negotiate unless the measures are lifted first; on June 8 (004) he welcomed Kuwait's mediation and said Doha was ready for dialogue with no terms attached."),
    dict(actor="saudi-arabia", issue="quartet-drops-demands", frm=O, to=C, article="016",
         why="Riyadh's UN envoy says the four would settle for a commitment to six principles instead of every item on the list; in 008 and 012 Riyadh required all 13 demands and called them not open to negotiation."),
    dict(actor="saudi-arabia", issue="talks", frm=C, to=O, article="021",
         why="Riyadh suspends any dialogue with Doha hours after the leaders' call; in 012 and 016 it offered talks once Qatar met its conditions."),
    dict(actor="qatar", issue="talks", frm=C, to=S, article="027",
         why="The foreign minister welcomes talks with Riyadh and says Doha set no preconditions, while the blockade is still in place; since 006 Qatar had refused to negotiate before the blockade was lifted (013, 017). Kuwait's and SPA's reports in 020-022 were third-party and did not move it."),
    dict(actor="saudi-arabia", issue="lift-blockade", frm=O, to=C, article="031",
         why="Prince Faisal says normal ties with Doha will be restored as part of a final settlement that includes all parties; until then Riyadh said the boycott would stay (001, 014, 015, 018)."),
    dict(actor="saudi-arabia", issue="talks", frm=O, to=S, article="031",
         why="Prince Faisal says the talks have made significant progress and a deal is within reach; Riyadh suspended dialogue in 021, and the reports by Qatar (027) and Kuwait (030) were third-party."),
    dict(actor="saudi-arabia", issue="lift-blockade", frm=C, to=S, article="033",
         why="Prince Faisal says the Al-Ula agreement restores ties in full; in 031 Riyadh made restored ties depend on a final settlement. Kuwait's announcement in 032 was a third-party report."),
    dict(actor="uae", issue="lift-blockade", frm=O, to=S, article="033",
         why="The UAE signs the Al-Ula declaration restoring full diplomatic relations; it had said the measures would stay and the isolation could last years (001, 006, 014, 015)."),
]


# ---------------------------------------------------------------- helpers

def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for the flat watchlist.yaml layout (no PyYAML needed)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.rstrip(":").strip()
                continue
            m = re.match(r"^\s*-\s*id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                if section not in ("actors", "issues"):
                    fail("id outside actors/issues: " + line)
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def dateline_ok(text, dt, outlet_name):
    m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", text)
    if not m:
        return False
    _, mon, day, outlet = m.groups()
    return mon == MONTHS[dt.month] and int(day) == dt.day and outlet == outlet_name


# ---------------------------------------------------------------- build

def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            fail("bad baseline entry %s" % ((a, i, s),))

    if not 30 <= len(ARTICLES) <= 34:
        fail("need 30-34 articles, have %d" % len(ARTICLES))

    articles, claims = [], {}
    prev_dt = None
    for n, art in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        dt = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev_dt is not None and dt <= prev_dt:
            fail("%s is not in publication order" % aid)
        prev_dt = dt
        outlet_name = OUTLETS[art["outlet"]]
        text = "\n\n".join(art["paras"])
        words = len(text.split())
        if not 120 <= words <= 260:
            fail("%s has %d words" % (aid, words))
        if not dateline_ok(text, dt, outlet_name):
            fail("%s dateline wrong: %r" % (aid, text[:60]))
        if any(ch in text for ch in "\u201c\u201d\u2018\u2019"):
            fail("%s uses curly quotes" % aid)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (art["outlet"], dt.year, dt.month, dt.day, art["slug"])
        articles.append({"id": aid, "published": art["published"], "source": outlet_name,
                         "url": url, "title": art["title"], "text": text,
                         "_outlet": art["outlet"], "_dt": dt})
        c = art["claims"]
        if c == "same-as-previous":
            c = [dict(x) for x in claims["%03d" % (n - 1)]]
        seen = set()
        for x in c:
            if x["actor"] not in actors:
                fail("%s unknown actor %s" % (aid, x["actor"]))
            if x["issue"] not in issues:
                fail("%s unknown issue %s" % (aid, x["issue"]))
            if x["stance"] not in (S, O, C):
                fail("%s bad stance" % aid)
            if x["quote"] not in text:
                fail("%s quote not in text: %r" % (aid, x["quote"]))
            if len(x["quote"].split()) > 15:
                fail("%s quote longer than 15 words: %r" % (aid, x["quote"]))
            key = (x["actor"], x["issue"])
            if key in seen:
                fail("%s has two claims for %s" % (aid, key))
            seen.add(key)
        claims[aid] = c

    ids = [a["id"] for a in articles]
    urls = [a["url"] for a in articles]
    if len(set(urls)) != len(urls):
        fail("duplicate urls")

    # duplicates: same day, different outlet, later, identical claims
    for a, b in DUPLICATES:
        A, B = articles[ids.index(a)], articles[ids.index(b)]
        if A["_dt"].date() != B["_dt"].date() or A["_outlet"] == B["_outlet"] or B["_dt"] <= A["_dt"]:
            fail("duplicate pair %s/%s malformed" % (a, b))
        tup = lambda cs: sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in cs)
        if tup(claims[a]) != tup(claims[b]):
            fail("duplicate pair %s/%s claims differ" % (a, b))

    # recompute shifts from baseline + attributed claims in article order
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for aid in ids:
        for x in claims[aid]:
            if not x["attributed"]:
                continue
            key = (x["actor"], x["issue"])
            old = prevailing.get(key)
            if old is not None and old != x["stance"]:
                computed.append((x["actor"], x["issue"], old, x["stance"], aid))
            prevailing[key] = x["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        print("computed:", *computed, sep="\n  ")
        print("labelled:", *labelled, sep="\n  ")
        fail("shifts do not match")
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        fail("need a shift to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    if reversals > 2:
        fail("too many straight reversals: %d" % reversals)
    dup_copies = {b for _, b in DUPLICATES}
    shift_articles = {s["article"] for s in SHIFTS}
    if not any(a in shift_articles for a, _ in DUPLICATES):
        fail("one duplicate pair must be a shift article")
    if shift_articles & dup_copies:
        fail("a duplicate copy is labelled as a shift article")

    all_claims = [x for aid in ids for x in claims[aid]]
    n_claims = len(all_claims)
    by = {st: sum(1 for x in all_claims if x["stance"] == st) for st in (S, O, C)}
    n_false = sum(1 for x in all_claims if not x["attributed"])
    empty = [aid for aid in ids if not claims[aid]]
    if not 60 <= n_claims <= 90:
        fail("need 60-90 claims, have %d" % n_claims)
    if by[C] < 6:
        fail("need at least 6 conditional claims")
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 articles without claims, have %d" % len(empty))
    if n_false < 2:
        fail("need a few attributed:false claims")

    no_alert = [aid for aid in ids if aid not in shift_articles]

    # ------------------------------------------------------------ write
    for sub in ("articles", "feeds"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in articles:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([a for a in articles if a["_outlet"] == slug], key=lambda a: a["_dt"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % slug)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch qatar-blockade-2017 evaluation set</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_dt"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(a["_dt"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        p = os.path.join(HERE, "feeds", slug + ".xml")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        feed_paths.append(p)

    r = subprocess.run(["xmllint", "--noout"] + feed_paths, capture_output=True, text=True)
    if r.returncode != 0:
        fail("xmllint: " + r.stderr)

    # ------------------------------------------------------------ report
    per_outlet = {OUTLETS[s]: sum(1 for a in articles if a["_outlet"] == s) for s in OUTLETS}
    print("OK: %d articles %s" % (len(articles), per_outlet))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)"
          % (n_claims, by[S], by[O], by[C], n_false))
    print("shifts: %d in articles %s; straight reversals %d"
          % (len(SHIFTS), sorted(shift_articles), reversals))
    print("no-claim articles:", empty)
    print("duplicates:", DUPLICATES)
    print("words per article: min %d, max %d" % (
        min(len(a["text"].split()) for a in articles), max(len(a["text"].split()) for a in articles)))


if __name__ == "__main__":
    main()
