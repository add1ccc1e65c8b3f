#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set yemen-stockholm-2018.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the set against watchlist.yaml (which is written by hand).

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
    "strait-wire": "Strait Wire",
    "coastal-herald": "Coastal Herald",
    "ridgeway-post": "Ridgeway Post",
    "lantern-press": "Lantern Press",
    "orbit-newsline": "Orbit Newsline",
}

S, O, C = "support", "oppose", "conditional"


def P(*paragraphs):
    return "\n\n".join(paragraphs)


def A(id, published, outlet, slug, title, text, claims):
    return {"id": id, "published": published, "outlet": outlet, "slug": slug,
            "title": title, "text": text, "claims": claims}


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote,
            "attributed": attributed}


ARTICLES = [
    A("001", "2018-11-20T09:30:00Z", "strait-wire", "houthis-halt-missile-strikes-urge-hodeidah-truce",
      "Houthis halt missile strikes on Saudi Arabia, call for Hodeidah truce",
      P("SANAA, Nov 20 (Strait Wire) - Yemen's Houthi movement said it was suspending missile and drone attacks on "
        "Saudi Arabia, the United Arab Emirates and their allies, a gesture it said was meant to give United Nations "
        "peace efforts a chance.",
        "Mohammed Ali al-Houthi, head of the group's Supreme Revolutionary Committee, said in a statement on Monday "
        "that the Houthis were ready for a wider ceasefire and urged the Saudi-led coalition to stop its offensive on "
        "the Red Sea port city of Hodeidah.",
        "UN envoy Martin Griffiths welcomed the move in a statement and repeated his appeal for calm around Hodeidah, "
        "through which most of Yemen's food and fuel imports arrive. He is expected in Sanaa this week to prepare for "
        "talks in Sweden that he hopes to convene before the end of the year.",
        "The coalition, which has been fighting the Houthis since 2015 on behalf of the government of President "
        "Abd-Rabbu Mansour Hadi, did not immediately respond. Fighting on the southern and eastern edges of Hodeidah "
        "has eased in recent days.",
        "Aid agencies say some 14 million Yemenis are at risk of famine."),
      [c("houthis", "hodeidah-ceasefire", S, "urged the Saudi-led coalition to stop its offensive on the Red Sea port city"),
       c("un", "hodeidah-ceasefire", S, "repeated his appeal for calm around Hodeidah")]),

    A("002", "2018-11-23T16:00:00Z", "coastal-herald", "un-envoy-tours-hodeidah-port",
      "UN envoy tours Hodeidah port, offers to help run it",
      P("HODEIDAH, Yemen, Nov 23 (Coastal Herald) - UN envoy Martin Griffiths toured Hodeidah's port on Friday and "
        "said the United Nations was ready to take a leading role in running it, as part of a deal he hopes will keep "
        "the Red Sea city out of the war.",
        "Griffiths told reporters at the docks that a UN presence at the port, including help with inspections and "
        "management, would protect the lifeline through which most of the country's aid flows. He said talks on the "
        "idea with both sides would continue.",
        "Houthi officials who accompanied the envoy said they were ready to let the world body supervise the port. "
        "The group has controlled Hodeidah since 2014.",
        "The visit came after the coalition slowed its push into the city earlier this month. Government-allied "
        "forces remain dug in on the city's eastern edge, a few kilometres from the port.",
        "Residents said the streets near the harbour were calm on Friday, although sporadic shelling was reported "
        "overnight in the southern districts. Aid officials in Sanaa said they hoped the visit would lead to a truce "
        "before talks open in Sweden."),
      [c("un", "un-port-role", S, "the United Nations was ready to take a leading role in running it"),
       c("houthis", "un-port-role", S, "ready to let the world body supervise the port")]),

    A("003", "2018-11-28T22:10:00Z", "ridgeway-post", "senate-advances-yemen-measure-despite-pompeo-mattis",
      "Senate advances Yemen war measure despite Pompeo, Mattis appeal",
      P("WASHINGTON, Nov 28 (Ridgeway Post) - The US Senate voted 63-37 on Wednesday to advance a resolution that "
        "would end American military support for the Saudi-led coalition in Yemen, hours after Secretary of State "
        "Mike Pompeo and Defense Secretary Jim Mattis urged senators to reject it.",
        "In a closed briefing on Capitol Hill, Pompeo argued that pulling back from the coalition would be a mistake "
        "that would embolden Iran and undercut UN efforts to bring the parties to the table. He told reporters "
        "afterwards that US help was saving lives by making the coalition's strikes more precise.",
        "Mattis said the support was helping to push the Houthis toward the talks planned in Sweden.",
        "The measure, sponsored by Senators Bernie Sanders, Mike Lee and Chris Murphy, invokes the 1973 War Powers "
        "Resolution. Many senators were angered by the killing of journalist Jamal Khashoggi at the Saudi consulate "
        "in Istanbul last month and by the absence of CIA Director Gina Haspel from the briefing.",
        "The Houthis, who have long called on Washington to stop backing the war, had no immediate comment on the "
        "vote.",
        "A final vote is not expected before next week at the earliest."),
      [c("usa", "us-withdraws-support", O, "Pompeo argued that pulling back from the coalition would be a mistake"),
       c("houthis", "us-withdraws-support", S, "who have long called on Washington to stop backing the war", False)]),

    A("004", "2018-12-04T14:20:00Z", "lantern-press", "houthi-team-flies-to-sweden-prisoner-swap-agreed",
      "Houthi team flies to Sweden with UN envoy as sides agree prisoner swap",
      P("SANAA, Dec 4 (Lantern Press) - A Houthi delegation left Sanaa for Sweden on Tuesday aboard a Kuwaiti "
        "aircraft, accompanied by UN envoy Martin Griffiths, clearing the way for the first peace talks between "
        "Yemen's warring parties in more than two years.",
        "A day earlier, 50 wounded Houthi fighters were flown to Oman for treatment, a demand the group had set before "
        "agreeing to travel.",
        "The two sides also announced a deal to exchange prisoners. Hadi Haig, head of the government's prisoner "
        "committee, said the government had signed the deal, which would free several thousand detainees on both "
        "sides through Oman under Red Cross supervision.",
        "Abdulqader al-Murtada, the Houthi official responsible for prisoners, said his side had signed the deal and "
        "wanted every detainee released, describing the exchange as a humanitarian step that should not be delayed.",
        "Griffiths said in a statement that the exchange would allow thousands of families to be reunited and that "
        "he was pleased the parties had agreed to it.",
        "Government delegates were due to fly to Stockholm from Riyadh later in the week."),
      [c("yemen-government", "prisoner-exchange", S, "said the government had signed the deal"),
       c("houthis", "prisoner-exchange", S, "said his side had signed the deal and wanted every detainee released"),
       c("un", "prisoner-exchange", S, "he was pleased the parties had agreed to it")]),

    A("005", "2018-12-05T11:00:00Z", "orbit-newsline", "uae-says-hodeidah-pause-depends-on-talks",
      "UAE says Hodeidah pause holds only while Sweden talks progress",
      P("ABU DHABI, Dec 5 (Orbit Newsline) - The United Arab Emirates, a leading member of the Saudi-led coalition, "
        "said on Wednesday it backed the UN-led talks due to open in Sweden, but warned that the pause in the assault "
        "on Hodeidah would last only as long as the Houthis negotiated seriously.",
        "Anwar Gargash, the UAE's minister of state for foreign affairs, said the coalition's military pressure on the "
        "port city had brought the group to the table. He said a halt to fighting around Hodeidah could become "
        "permanent if the talks produced a credible result, and that the Houthis must in any case leave the city and "
        "its port.",
        "Asked whether coalition warplanes would stop striking Houthi positions near the city during the talks, Saudi "
        "officials declined to say.",
        "Gargash, who often sets out the Emirati position on Twitter, said the talks were a critical opportunity and "
        "that the coalition would judge the Houthis by their deeds.",
        "Emirati troops lead the ground forces on the Red Sea coast. Diplomats in the Gulf said Abu Dhabi was keen to "
        "show Western allies that it was not the obstacle to a deal."),
      [c("uae", "hodeidah-ceasefire", C, "the pause in the assault on Hodeidah would last only as long as the Houthis"),
       c("uae", "houthi-withdrawal", S, "the Houthis must in any case leave the city and its port")]),

    A("006", "2018-12-06T12:30:00Z", "strait-wire", "yemen-talks-open-at-swedish-estate",
      "Yemen talks open at Swedish estate as delegations keep their distance",
      P("RIMBO, Sweden, Dec 6 (Strait Wire) - Delegations from Yemen's government and the Houthi movement gathered on "
        "Thursday at Johannesberg, a conference estate about 60 km north of Stockholm, for the first UN-sponsored talks "
        "between them since 2016.",
        "The two teams sat on opposite sides of a large hall for the opening session, which Swedish Foreign Minister "
        "Margot Wallstrom hosted alongside UN envoy Martin Griffiths. Journalists were kept at a media centre in a "
        "nearby building, and delegates were housed in separate wings of the estate.",
        "Griffiths declined to say whether he expected the two delegations to meet face to face during the week or to "
        "sign anything before they leave. His office said the agenda would include confidence-building measures, the "
        "situation in Hodeidah, the economy and Sanaa airport, but gave no further detail.",
        "Swedish police closed roads around the estate, and the nearby village of Rimbo saw an unusual stream of "
        "diplomatic cars.",
        "Analysts following the process said a modest outcome, such as agreeing to meet again, would already count as "
        "progress, and some suggested the Hodeidah question might be left for a later round."),
      []),

    A("007", "2018-12-07T15:45:00Z", "coastal-herald", "government-says-houthis-must-hand-back-hodeidah",
      "Government says Houthis must hand Hodeidah back to the state",
      P("RIMBO, Sweden, Dec 7 (Coastal Herald) - Yemen's government insisted on Friday that the Houthis give up "
        "Hodeidah entirely, setting out a tough opening position on the second day of UN-sponsored talks in Sweden.",
        "Foreign Minister Khaled al-Yamani, who leads the government delegation, told reporters that the city and its "
        "port must return to the authority of the legitimate state. He said the port should be handed to government "
        "institutions rather than placed under the United Nations, an idea the world body has floated in recent weeks.",
        "Al-Yamani said the government would agree to stop fighting in Hodeidah only after the Houthis had left the "
        "city. The government, he said, would not accept any arrangement that did not begin with the group pulling out "
        "of Hodeidah.",
        "Houthi delegates were not available for comment, but the group has previously rejected giving up the city.",
        "The government team, which flew in from Riyadh, includes officials close to President Abd-Rabbu Mansour Hadi. "
        "UN officials said Griffiths was shuttling between the two delegations, which have not met in the same room "
        "since the opening ceremony."),
      [c("yemen-government", "houthi-withdrawal", S,
         "would not accept any arrangement that did not begin with the group pulling out"),
       c("yemen-government", "un-port-role", O,
         "handed to government institutions rather than placed under the United Nations"),
       c("yemen-government", "hodeidah-ceasefire", C,
         "would agree to stop fighting in Hodeidah only after the Houthis had left the city"),
       c("un", "un-port-role", S, "an idea the world body has floated in recent weeks", False)]),

    A("008", "2018-12-08T17:05:00Z", "lantern-press", "houthis-agree-to-quit-hodeidah",
      "Houthis agree to quit Hodeidah",
      P("RIMBO, Sweden, Dec 8 (Lantern Press) - The Houthi movement signalled on Saturday that it could pull its "
        "fighters out of Hodeidah, provided the Saudi-led coalition's forces withdrew from the city's outskirts at the "
        "same time and the United Nations oversaw the port.",
        "Mohammed Abdulsalam, the group's chief negotiator and spokesman, told reporters at the talks venue that "
        "Hodeidah should become a neutral zone. He said Houthi forces would leave the city if the forces facing them "
        "did the same, but that handing it to the government's troops was out of the question.",
        "He also repeated the group's demand that Sanaa airport be reopened to civilian flights without delay, saying "
        "thousands of sick Yemenis could not travel abroad for treatment.",
        "The remarks were the first time the Houthis had publicly discussed a withdrawal from the city at the talks. "
        "Until now the group had said its fighters would defend Hodeidah street by street.",
        "Government delegates said they had not seen a written proposal. UN officials said Griffiths was drafting "
        "papers on Hodeidah and on the airport for both sides to consider over the weekend."),
      [c("houthis", "houthi-withdrawal", C, "Houthi forces would leave the city if the forces facing them did the same"),
       c("houthis", "sanaa-airport", S, "repeated the group's demand that Sanaa airport be reopened to civilian flights")]),

    A("009", "2018-12-10T13:40:00Z", "ridgeway-post", "sanaa-airport-row-stalls-yemen-talks",
      "Sanaa airport row stalls Yemen talks",
      P("RIMBO, Sweden, Dec 10 (Ridgeway Post) - A dispute over the future of Sanaa's international airport held up "
        "progress at Yemen's peace talks on Monday, delegates said.",
        "The government proposed that the airport reopen for domestic flights only, with any aircraft heading abroad "
        "first landing at government-held Aden or Seiyun for inspection. A member of the government delegation said "
        "on Monday that Sanaa could reopen under those terms, and not otherwise.",
        "The Houthis rejected the proposal. Their delegation said flights from the capital must be able to reach "
        "foreign destinations directly, and that routing them through Aden would put passengers at the mercy of their "
        "enemies.",
        "A draft circulated by UN envoy Martin Griffiths would reopen the airport with UN inspections of passengers and "
        "cargo, according to two people who have seen it.",
        "The Saudi-led coalition, which controls Yemen's airspace, keeps the airport closed to commercial traffic and "
        "allows only UN and aid flights to land. It has accused the Houthis of using the airport to smuggle weapons, a "
        "charge the group denies.",
        "The talks, which are due to end on Thursday, have also stumbled over the central bank and the payment of "
        "public salaries."),
      [c("yemen-government", "sanaa-airport", C, "Sanaa could reopen under those terms, and not otherwise"),
       c("houthis", "sanaa-airport", S, "flights from the capital must be able to reach foreign destinations directly"),
       c("un", "sanaa-airport", S, "would reopen the airport with UN inspections of passengers and cargo", False),
       c("saudi-coalition", "sanaa-airport", O, "keeps the airport closed to commercial traffic", False)]),

    A("010", "2018-12-13T16:30:00Z", "strait-wire", "yemen-sides-agree-hodeidah-ceasefire",
      "Yemen's warring sides agree Hodeidah ceasefire at Sweden talks",
      P("RIMBO, Sweden, Dec 13 (Strait Wire) - Yemen's government and the Houthi movement agreed on Thursday to a "
        "ceasefire in the port city of Hodeidah and to pull their forces out of the city, UN Secretary-General Antonio "
        "Guterres announced at the close of a week of talks in Sweden.",
        "Under the deal, the Houthis will withdraw from Hodeidah and the ports of Salif and Ras Isa, and "
        "government-backed forces will pull back from the city's edges. Port revenues are to go to the central bank's "
        "Hodeidah branch.",
        "Houthi negotiator Mohammed Abdulsalam said his side would observe the ceasefire and pull its fighters out of "
        "the city and the three ports as agreed. Foreign Minister Khaled al-Yamani said the government accepted the "
        "UN's role at the ports and would respect the ceasefire, while insisting that the Houthi withdrawal be carried "
        "out in full.",
        "The two men shook hands as Guterres looked on. Guterres called the ceasefire a real step forward and said the "
        "UN would take a leading role at the ports, with a UN-chaired committee overseeing the redeployment.",
        "Only a week ago, al-Yamani had insisted that the port go to the government rather than the UN.",
        "The sides also issued a statement of understanding on Taiz and agreed to meet again in January. No deal was "
        "reached on Sanaa airport."),
      [c("houthis", "hodeidah-ceasefire", S, "his side would observe the ceasefire"),
       c("houthis", "houthi-withdrawal", S, "pull its fighters out of the city and the three ports as agreed"),
       c("yemen-government", "un-port-role", S, "the government accepted the UN's role at the ports"),
       c("yemen-government", "hodeidah-ceasefire", S, "would respect the ceasefire"),
       c("yemen-government", "houthi-withdrawal", S, "insisting that the Houthi withdrawal be carried out in full"),
       c("un", "hodeidah-ceasefire", S, "Guterres called the ceasefire a real step forward"),
       c("un", "un-port-role", S, "UN would take a leading role at the ports"),
       c("un", "houthi-withdrawal", S, "with a UN-chaired committee overseeing the redeployment")]),

    A("011", "2018-12-13T18:55:00Z", "orbit-newsline", "yemen-rivals-reach-hodeidah-truce-deal",
      "Yemen rivals reach Hodeidah truce deal in Sweden",
      P("RIMBO, Sweden, Dec 13 (Orbit Newsline) - Yemen's government and the Houthis agreed on Thursday to a ceasefire "
        "in the port city of Hodeidah and to withdraw their forces from it, UN chief Antonio Guterres said as a week of "
        "talks in Sweden ended.",
        "The deal provides for the Houthis to leave Hodeidah and the ports of Salif and Ras Isa, and for "
        "government-backed forces to pull back from the edges of the city. Revenues from the ports will be paid into "
        "the Hodeidah branch of the central bank.",
        "Mohammed Abdulsalam, who led the Houthi team, said his side would observe the ceasefire and pull its fighters "
        "out of the city and the three ports as agreed. Government delegation head Khaled al-Yamani said the "
        "government accepted the UN's role at the ports and would respect the ceasefire, while insisting that the "
        "Houthi withdrawal be carried out in full.",
        "The two negotiators shook hands in front of Guterres, who called the ceasefire a real step forward and said "
        "the UN would take a leading role at the ports, with a committee chaired by the UN supervising the "
        "redeployment.",
        "Al-Yamani had insisted only a week ago that the port go to the government rather than the UN.",
        "The parties also agreed a statement of understanding on Taiz and plan to meet again in January. Sanaa airport "
        "remains unresolved."),
      [c("houthis", "hodeidah-ceasefire", S, "his side would observe the ceasefire"),
       c("houthis", "houthi-withdrawal", S, "pull its fighters out of the city and the three ports as agreed"),
       c("yemen-government", "un-port-role", S, "government accepted the UN's role at the ports"),
       c("yemen-government", "hodeidah-ceasefire", S, "would respect the ceasefire"),
       c("yemen-government", "houthi-withdrawal", S, "insisting that the Houthi withdrawal be carried out in full"),
       c("un", "hodeidah-ceasefire", S, "who called the ceasefire a real step forward"),
       c("un", "un-port-role", S, "the UN would take a leading role at the ports"),
       c("un", "houthi-withdrawal", S, "with a committee chaired by the UN supervising the redeployment")]),

    A("012", "2018-12-13T21:30:00Z", "ridgeway-post", "senate-votes-to-end-us-backing-for-saudi-led-war",
      "Senate votes to end US backing for Saudi-led war in Yemen",
      P("WASHINGTON, Dec 13 (Ridgeway Post) - The US Senate voted 56-41 on Thursday to end American military support "
        "for the Saudi-led coalition in Yemen, a rare rebuke of President Donald Trump's close ties with Riyadh.",
        "The resolution is unlikely to become law this year because House leaders have blocked a vote on it. The White "
        "House said in a statement that Trump's advisers would recommend a veto, arguing that the measure would damage "
        "relations in the region and hurt the fight against extremism.",
        "Secretary of State Mike Pompeo, who lobbied senators against the resolution, welcomed the Hodeidah ceasefire "
        "reached in Sweden on Thursday and called on both Yemeni parties to carry it out.",
        "Senators also adopted by voice vote a separate measure holding Saudi Crown Prince Mohammed bin Salman "
        "responsible for the killing of journalist Jamal Khashoggi.",
        "Senator Bob Corker, the Republican chairman of the Foreign Relations Committee, said the votes sent a message "
        "that the Senate would not look the other way.",
        "Saudi officials in Washington did not respond to requests for comment."),
      [c("usa", "us-withdraws-support", O, "Trump's advisers would recommend a veto"),
       c("usa", "hodeidah-ceasefire", S, "welcomed the Hodeidah ceasefire reached in Sweden on Thursday")]),

    A("013", "2018-12-14T10:15:00Z", "coastal-herald", "gulf-allies-and-iran-welcome-hodeidah-deal",
      "Gulf allies and Iran welcome Hodeidah deal",
      P("DUBAI, Dec 14 (Coastal Herald) - The United Arab Emirates on Friday called the Hodeidah agreement reached in "
        "Sweden a breakthrough and said it was committed to the ceasefire, dropping the warnings it had attached to the "
        "pause in fighting only last week.",
        "Anwar Gargash, the Emirati minister of state for foreign affairs, said on Twitter that the coalition's "
        "pressure on Hodeidah had forced the Houthis to make concessions. He said the UAE would support the truce and "
        "the UN's work at the port.",
        "Saudi Arabia's foreign ministry welcomed the outcome in a statement carried by the state news agency, saying "
        "the kingdom backed the ceasefire and hoped it would pave the way for a political settlement.",
        "In Tehran, foreign ministry spokesman Bahram Ghasemi said Iran welcomed the agreement and hoped it would lead "
        "to a lasting end to the fighting. Saudi Arabia and the United States accuse Iran of arming the Houthis, which "
        "Tehran denies.",
        "The truce is due to take effect within days. Humanitarian groups said the test would be whether fighting "
        "stopped in the southern districts of the city, where clashes continued on Thursday night."),
      [c("uae", "hodeidah-ceasefire", S, "the UAE would support the truce"),
       c("uae", "un-port-role", S, "would support the truce and the UN's work at the port"),
       c("saudi-coalition", "hodeidah-ceasefire", S, "the kingdom backed the ceasefire"),
       c("iran", "hodeidah-ceasefire", S, "Iran welcomed the agreement")]),

    A("014", "2018-12-17T08:50:00Z", "lantern-press", "riyadh-rejects-senate-resolutions",
      "Riyadh rejects US Senate resolutions as interference",
      P("RIYADH, Dec 17 (Lantern Press) - Saudi Arabia on Monday rejected resolutions passed by the US Senate last "
        "week, including one calling for an end to American military support for the Saudi-led coalition in Yemen, "
        "calling them blatant interference in the kingdom's internal affairs.",
        "A statement from the foreign ministry said the kingdom rejected the Senate's position, which it said was based "
        "on unsubstantiated claims, and that the coalition's operations in Yemen were a legitimate response to a request "
        "from Yemen's government. The statement said Riyadh hoped the support of its allies would continue.",
        "The ministry also reaffirmed the kingdom's backing for the Hodeidah ceasefire due to take effect at midnight "
        "on Monday and for the UN envoy's efforts.",
        "The Senate votes on Thursday, which also blamed Crown Prince Mohammed bin Salman for the killing of journalist "
        "Jamal Khashoggi, are largely symbolic because the House of Representatives has not acted on them.",
        "In Hodeidah, residents reported heavy clashes overnight in the city's eastern and southern districts ahead of "
        "the truce. Both sides blamed each other for the fighting."),
      [c("saudi-coalition", "us-withdraws-support", O, "Riyadh hoped the support of its allies would continue"),
       c("saudi-coalition", "hodeidah-ceasefire", S, "reaffirmed the kingdom's backing for the Hodeidah ceasefire")]),

    A("015", "2018-12-18T12:00:00Z", "strait-wire", "hodeidah-truce-takes-effect",
      "Hodeidah truce takes effect amid sporadic clashes",
      P("HODEIDAH, Yemen, Dec 18 (Strait Wire) - A ceasefire in Yemen's main port city took effect early on Tuesday, "
        "and residents said the streets were largely quiet by morning after a night of clashes.",
        "Sporadic gunfire was heard in the southern outskirts shortly after midnight, residents said, but the heavy "
        "shelling of the previous days had stopped.",
        "Mohammed Abdulsalam, the Houthi spokesman, said on Twitter that the movement was committed to the truce and "
        "would not be the one to break it. A Yemeni government official in Aden said the government was abiding by the "
        "ceasefire and would give the UN time to get its monitors on the ground, though he accused the Houthis of "
        "firing on government positions overnight.",
        "A coalition of aid groups working in the city urged both sides to open roads so that food could reach "
        "districts cut off by the fighting.",
        "A UN advance team led by retired Dutch general Patrick Cammaert is expected to arrive in Yemen later this week "
        "to chair a committee overseeing the redeployment of forces agreed in Sweden."),
      [c("houthis", "hodeidah-ceasefire", S, "the movement was committed to the truce"),
       c("yemen-government", "hodeidah-ceasefire", S, "the government was abiding by the ceasefire")]),

    A("016", "2018-12-21T20:40:00Z", "orbit-newsline", "security-council-endorses-yemen-deal",
      "Security Council endorses Yemen deal, authorises monitors",
      P("UNITED NATIONS, Dec 21 (Orbit Newsline) - The UN Security Council on Friday unanimously endorsed the "
        "agreements reached in Sweden, backing the ceasefire in Hodeidah and authorising the deployment of UN monitors "
        "to the port city.",
        "The resolution, drafted by Britain, asks Secretary-General Antonio Guterres to send an advance team for an "
        "initial 30 days to oversee the truce and the redeployment of forces, and supports a UN leading role in the "
        "ports of Hodeidah, Salif and Ras Isa.",
        "The United States voted in favour after negotiations on the text. US diplomats had pushed for language "
        "criticising Iran's role in Yemen, which was left out of the final draft, according to diplomats involved in "
        "the talks.",
        "A US diplomat told the council that Washington supported the ceasefire and expected the parties to honour it.",
        "Kuwait, the council's Arab member, said the resolution sent a strong signal to the parties. The Houthis and "
        "the Yemeni government did not comment on the vote."),
      [c("un", "hodeidah-ceasefire", S, "unanimously endorsed the agreements reached in Sweden, backing the ceasefire in Hodeidah"),
       c("un", "un-port-role", S, "supports a UN leading role in the ports of Hodeidah, Salif and Ras Isa"),
       c("un", "houthi-withdrawal", S, "oversee the truce and the redeployment of forces"),
       c("usa", "hodeidah-ceasefire", S, "Washington supported the ceasefire and expected the parties to honour it")]),

    A("017", "2018-12-23T13:00:00Z", "coastal-herald", "un-general-arrives-in-aden",
      "UN general arrives in Aden to start Hodeidah mission",
      P("ADEN, Yemen, Dec 23 (Coastal Herald) - Retired Dutch general Patrick Cammaert, picked by the United Nations to "
        "oversee the Hodeidah ceasefire, arrived in the southern port of Aden on Sunday with a small advance team.",
        "Cammaert met government officials in Aden before travelling on to Sanaa, the Houthi-held capital, and then to "
        "Hodeidah, a UN spokesman said. The trip across front lines was arranged with both sides.",
        "The committee he chairs, which includes officers from the government and the Houthis, is expected to hold its "
        "first meeting later this week. UN officials declined to say where it would meet or how many monitors would "
        "eventually be deployed.",
        "Cammaert, 68, commanded UN peacekeepers in eastern Congo and later led a UN board of inquiry in South Sudan.",
        "Diplomats in the region said the mission's credibility would depend on how fast it could get observers into "
        "the city, and some questioned whether a team of a few dozen would be enough to watch the ports. Others "
        "suggested the committee might meet in a neutral location to avoid arguments over the venue."),
      []),

    A("018", "2018-12-29T17:20:00Z", "lantern-press", "houthis-say-they-have-begun-leaving-hodeidah-port",
      "Houthis say they have begun leaving Hodeidah port; government cries foul",
      P("HODEIDAH, Yemen, Dec 29 (Lantern Press) - The Houthi movement said on Saturday it had begun withdrawing its "
        "fighters from Hodeidah port and handing security there to local coast guard units, the first step of the "
        "pullback agreed in Sweden.",
        "A Houthi official said the redeployment showed the group was carrying out its commitments and denied that the "
        "handover was a ruse. Sanaa insisted that the coast guard units were the legitimate local forces referred to in "
        "the Stockholm text.",
        "The government rejected the move as a sham. Hodeidah's government-appointed governor, al-Hassan Taher, said the "
        "units taking over were Houthi loyalists in new uniforms and that the government would accept nothing less than "
        "a real withdrawal that UN monitors could verify.",
        "A UN spokesman said Patrick Cammaert's committee had met both sides on Saturday but declined to say whether the "
        "UN regarded the handover as valid.",
        "The dispute over who counts as local forces is one of several ambiguities left in the agreement, which was "
        "written in the final hours of the talks. The committee is due to meet again in the coming days."),
      [c("houthis", "houthi-withdrawal", S, "it had begun withdrawing its fighters from Hodeidah port"),
       c("yemen-government", "houthi-withdrawal", S,
         "would accept nothing less than a real withdrawal that UN monitors could verify")]),

    A("019", "2019-01-08T15:10:00Z", "ridgeway-post", "un-envoy-meets-hadi-in-riyadh",
      "UN envoy meets Hadi in Riyadh as Hodeidah pullback lags",
      P("RIYADH, Jan 8 (Ridgeway Post) - UN envoy Martin Griffiths met Yemeni President Abd-Rabbu Mansour Hadi in the "
        "Saudi capital on Tuesday, seeking to keep the Hodeidah agreement on track after the withdrawal deadlines agreed "
        "in Sweden passed without a pullback.",
        "Hadi, who has lived in Riyadh for most of the war, told the envoy his government remained committed to the "
        "ceasefire, his office said. He said there could be no progress on other issues unless the Houthis actually "
        "left Hodeidah and its ports.",
        "Griffiths met Houthi leader Abdulmalik al-Houthi in Sanaa over the weekend. Neither the envoy nor the Houthis "
        "gave details of that meeting.",
        "The envoy will brief the Security Council on Wednesday. Diplomats said he was likely to ask for more time and "
        "might propose enlarging the monitoring team, whose chairman, Patrick Cammaert, has been shuttling between the "
        "two sides.",
        "A second round of talks, which had been pencilled in for January, is now unlikely before February, two "
        "officials said."),
      [c("yemen-government", "hodeidah-ceasefire", S, "his government remained committed to the ceasefire"),
       c("yemen-government", "houthi-withdrawal", S,
         "there could be no progress on other issues unless the Houthis actually left Hodeidah")]),

    A("020", "2019-01-18T09:00:00Z", "strait-wire", "shots-fired-at-un-convoy-in-hodeidah",
      "Shots fired at UN convoy in Hodeidah",
      P("HODEIDAH, Yemen, Jan 18 (Strait Wire) - Shots were fired at a convoy carrying the head of the UN team "
        "monitoring the Hodeidah ceasefire on Thursday, the United Nations said, though nobody was hurt.",
        "Retired general Patrick Cammaert was returning from a meeting with government representatives in a part of "
        "the city held by government-backed forces when his convoy came under fire, a UN spokesman said. A single "
        "bullet struck one of the armoured vehicles.",
        "The spokesman declined to say who had fired. Government officials blamed the Houthis, and a Houthi-run "
        "television channel blamed the other side. Neither account could be independently verified.",
        "It was the first attack of its kind on the mission since it began work in the city last month.",
        "Aid workers in the city said the incident showed how fragile the month-old truce remained. Analysts said both "
        "sides were likely to use it to accuse the other of bad faith, and some questioned whether Cammaert, whose "
        "relations with the Houthis were reported to be strained, would stay in the post."),
      []),

    A("021", "2019-02-07T14:30:00Z", "coastal-herald", "prisoner-swap-talks-stall-over-qahtan",
      "Prisoner swap talks stall over fate of detained politician",
      P("AMMAN, Feb 7 (Coastal Herald) - Talks in Jordan on carrying out the Yemen prisoner exchange agreed before the "
        "Sweden talks stalled on Thursday after the government said it would not complete a swap unless the Houthis "
        "released or accounted for politician Mohammed Qahtan.",
        "Hadi Haig, who heads the government's prisoner committee, said the government remained ready to go ahead with "
        "the exchange only if Qahtan, a senior figure in the Islah party held by the Houthis since 2015, was included. "
        "The government had signed the lists of names in December without setting that condition.",
        "Houthi prisoner official Abdulqader al-Murtada accused the government of stalling. He said his side was still "
        "ready to free all the prisoners it held in exchange for all of its own fighters, and that Qahtan's case could "
        "be dealt with later.",
        "The International Committee of the Red Cross, which would carry out any exchange, said lists with thousands of "
        "names still had to be checked.",
        "The office of UN envoy Martin Griffiths said the talks would resume next week."),
      [c("yemen-government", "prisoner-exchange", C, "ready to go ahead with the exchange only if Qahtan"),
       c("houthis", "prisoner-exchange", S, "still ready to free all the prisoners it held")]),

    A("022", "2019-02-17T19:45:00Z", "lantern-press", "un-says-yemen-sides-agree-first-phase-of-pullback",
      "UN says Yemen sides agree first phase of Hodeidah pullback",
      P("UNITED NATIONS, Feb 17 (Lantern Press) - Yemen's government and the Houthis have agreed on the first phase of "
        "a withdrawal of forces from Hodeidah, the United Nations said on Sunday, two months after the deal struck in "
        "Sweden.",
        "According to a statement from the UN spokesman's office, the Houthis accepted that they would leave the ports "
        "of Salif and Ras Isa first, while government forces would pull back from positions on the eastern edge of the "
        "city. The statement said the parties had also agreed in principle on the second phase.",
        "Danish general Michael Lollesgaard, who replaced Patrick Cammaert as head of the monitoring committee this "
        "month, chaired the talks. The UN said Lollesgaard would press the parties to start moving quickly and that the "
        "world body stood ready to help them carry out the pullback.",
        "Neither the Houthis nor the government commented publicly on Sunday.",
        "The agreement must still be put into practice, and earlier promises to open a route to grain silos on the "
        "city's edge have yet to be kept. The Red Sea Mills, which hold enough wheat to feed millions of people for a "
        "month, have been cut off since September."),
      [c("houthis", "houthi-withdrawal", S, "the Houthis accepted that they would leave the ports of Salif and Ras Isa first",
         False),
       c("un", "houthi-withdrawal", S, "Lollesgaard would press the parties to start moving quickly")]),

    A("023", "2019-03-13T21:00:00Z", "ridgeway-post", "senate-again-votes-to-end-us-role-in-yemen-war",
      "Senate again votes to end US role in Yemen war, setting up veto",
      P("WASHINGTON, March 13 (Ridgeway Post) - The US Senate voted 54-46 on Wednesday to end American military "
        "support for the Saudi-led coalition's campaign in Yemen, sending the measure to the House, which passed a "
        "similar resolution last month.",
        "The White House has said President Donald Trump will veto the resolution. In a statement, the administration "
        "said the measure was flawed because US forces were not engaged in hostilities in Yemen, and that cutting off "
        "help to the coalition would damage ties with partners in the region.",
        "Secretary of State Mike Pompeo said earlier this week that the administration would keep supporting the "
        "coalition.",
        "In Sanaa, Houthi officials welcomed the vote and said the United States should stop its role in the war "
        "altogether.",
        "Seven Republicans joined Democrats in backing the measure. Its sponsors said the vote sent a message to Saudi "
        "Crown Prince Mohammed bin Salman after the killing of journalist Jamal Khashoggi.",
        "The House must vote again on the Senate text before it reaches Trump's desk. Congressional aides said they "
        "expected that vote within weeks."),
      [c("usa", "us-withdraws-support", O,
         "cutting off help to the coalition would damage ties with partners in the region"),
       c("houthis", "us-withdraws-support", S, "the United States should stop its role in the war altogether")]),

    A("024", "2019-04-16T23:30:00Z", "strait-wire", "trump-vetoes-bid-to-end-us-support-for-saudi-led-war",
      "Trump vetoes bid to end US support for Saudi-led war in Yemen",
      P("WASHINGTON, April 16 (Strait Wire) - President Donald Trump on Tuesday vetoed a resolution passed by Congress "
        "that would have ended US military support for the Saudi-led coalition in Yemen, the second veto of his "
        "presidency.",
        "In a message to the Senate, Trump called the measure an \"unnecessary, dangerous\" attempt to weaken his "
        "constitutional powers. He said it would harm relations with Saudi Arabia and other partners and endanger "
        "American citizens and service members in the region.",
        "The House approved the resolution earlier this month, the first time both chambers of Congress had invoked "
        "the 1973 War Powers Resolution to try to halt US involvement in a foreign conflict.",
        "Supporters of the measure do not appear to have the two-thirds majorities needed in each chamber to override "
        "the veto. A Democratic aide said a Senate override vote could come within weeks but was almost certain to "
        "fail.",
        "The State Department declined to say whether the administration would change the kind of help it gives the "
        "coalition, which includes intelligence sharing and logistics. The United States stopped refuelling coalition "
        "aircraft in November at Riyadh's request.",
        "The coalition has been fighting the Houthis since March 2015."),
      [c("usa", "us-withdraws-support", O, "Trump on Tuesday vetoed a resolution passed by Congress")]),

    A("025", "2019-05-11T18:00:00Z", "lantern-press", "houthis-begin-pullout-from-three-hodeidah-ports",
      "Houthis begin pullout from three Hodeidah ports",
      P("HODEIDAH, Yemen, May 11 (Lantern Press) - The Houthi movement began withdrawing its forces from the ports of "
        "Salif, Ras Isa and Hodeidah on Saturday, in the first major pullback since the agreement reached in Sweden "
        "five months ago.",
        "Mohammed Ali al-Houthi, a senior figure in the movement, said the unilateral step showed the group was serious "
        "about the Stockholm deal and that it would finish the pullout within four days.",
        "The UN mission chief, Michael Lollesgaard, said the world body would monitor the withdrawal and welcomed the "
        "start of the redeployment, which he said should be followed by further steps from both sides.",
        "The government accused the Houthis of staging a show. Hodeidah's governor al-Hassan Taher said the fighters "
        "were simply handing the ports to their own men in coast guard uniforms and that only a withdrawal checked by "
        "UN monitors would count.",
        "Residents near Salif said they saw armed men in Houthi vehicles leaving the port area on Saturday morning. A UN "
        "team was present at the ports to observe.",
        "The redeployment is meant to be followed by a pullback of both sides from the city itself."),
      [c("houthis", "houthi-withdrawal", S, "began withdrawing its forces from the ports of Salif, Ras Isa and Hodeidah"),
       c("un", "houthi-withdrawal", S, "welcomed the start of the redeployment"),
       c("yemen-government", "houthi-withdrawal", S, "only a withdrawal checked by UN monitors would count")]),

    A("026", "2019-05-11T20:25:00Z", "ridgeway-post", "houthi-forces-start-leaving-red-sea-ports",
      "Houthi forces start leaving Red Sea ports under Stockholm deal",
      P("HODEIDAH, Yemen, May 11 (Ridgeway Post) - Houthi forces started pulling out of the Red Sea ports of Salif, "
        "Ras Isa and Hodeidah on Saturday, the first significant withdrawal since the Stockholm agreement five months "
        "ago.",
        "Senior Houthi figure Mohammed Ali al-Houthi said the unilateral move proved the group was serious about the "
        "deal reached in Sweden and that the pullout would be finished within four days.",
        "Michael Lollesgaard, who heads the UN mission in Hodeidah, welcomed the start of the redeployment and said the "
        "UN would monitor it. Further steps by both sides should follow, he said.",
        "The government said the Houthis were staging a show. According to al-Hassan Taher, the government-appointed "
        "governor of Hodeidah, the fighters were merely passing the ports to their own men dressed as coast guards, and "
        "only a withdrawal checked by UN monitors would count.",
        "Residents near Salif reported seeing armed men in Houthi vehicles leave the port area on Saturday morning, with "
        "a UN team on hand to observe.",
        "A pullback by both sides from Hodeidah city itself is supposed to follow."),
      [c("houthis", "houthi-withdrawal", S, "started pulling out of the Red Sea ports of Salif, Ras Isa and Hodeidah"),
       c("un", "houthi-withdrawal", S, "welcomed the start of the redeployment"),
       c("yemen-government", "houthi-withdrawal", S, "only a withdrawal checked by UN monitors would count")]),

    A("027", "2019-05-16T12:00:00Z", "orbit-newsline", "saudi-arabia-blames-iran-for-pipeline-drone-strikes",
      "Saudi Arabia blames Iran for pipeline drone strikes",
      P("RIYADH, May 16 (Orbit Newsline) - Saudi Arabia said on Thursday that Tuesday's drone attacks on two oil "
        "pumping stations, claimed by the Houthis, had been ordered by Iran.",
        "Adel al-Jubeir, the Saudi minister of state for foreign affairs, wrote on Twitter that the attacks proved the "
        "Houthis were an arm of Iran's Revolutionary Guard. He said Iran wanted the ceasefire in Hodeidah to collapse.",
        "Al-Jubeir said the kingdom nevertheless remained committed to the truce and to the UN-led process, and the "
        "coalition said it would keep to the ceasefire around the port while striking what it called Houthi military "
        "targets elsewhere. Coalition warplanes hit several targets in Sanaa on Thursday.",
        "Iran's foreign ministry has repeatedly denied arming the Houthis. Tehran did not respond to the latest "
        "accusation.",
        "The drone strikes, on the East-West pipeline that carries crude to the Red Sea, came days after the Houthis "
        "began pulling out of Hodeidah's ports. Analysts said the timing suggested the group wanted to show it could "
        "still hurt Saudi Arabia while talking peace."),
      [c("saudi-coalition", "hodeidah-ceasefire", S, "the kingdom nevertheless remained committed to the truce"),
       c("iran", "hodeidah-ceasefire", O, "He said Iran wanted the ceasefire in Hodeidah to collapse", False)]),

    A("028", "2019-05-24T10:30:00Z", "strait-wire", "hadi-accuses-un-envoy-of-bias",
      "Hadi accuses UN envoy of bias in letter to Guterres",
      P("RIYADH, May 24 (Strait Wire) - Yemeni President Abd-Rabbu Mansour Hadi has accused UN envoy Martin Griffiths of "
        "siding with the Houthis, in a letter to Secretary-General Antonio Guterres that deepens a rift between the "
        "government and the world body.",
        "In the letter, a copy of which was seen on Friday, Hadi said Griffiths had treated the Houthis as if they were "
        "a legitimate government and had overstepped his mandate. He said he could not tolerate further breaches by the "
        "envoy and asked Guterres to make sure they stopped.",
        "Hadi also repeated his government's view that the Houthi pullout from Hodeidah's ports this month was a staged "
        "show, and said the group must genuinely leave the ports and the city as agreed in Sweden.",
        "The letter stopped short of demanding that Griffiths be replaced. A UN spokesman said Guterres had full "
        "confidence in his envoy and would reply in due course.",
        "Hadi, who lives in Riyadh, has relied on Saudi support since the Houthis drove his government out of Sanaa in "
        "2014. Officials in the Saudi capital declined to comment on the letter."),
      [c("yemen-government", "houthi-withdrawal", S,
         "the group must genuinely leave the ports and the city as agreed in Sweden")]),

    A("029", "2019-07-09T09:45:00Z", "orbit-newsline", "uae-scales-back-yemen-troops",
      "UAE scales back Yemen troops, backs peace push",
      P("DUBAI, July 9 (Orbit Newsline) - The United Arab Emirates is reducing its troop numbers in Yemen, moving from "
        "what a senior Emirati official called a military-first strategy to a peace-first one, officials said.",
        "The senior official, who spoke to reporters on condition of anonymity, said the drawdown had been discussed "
        "with Saudi Arabia for more than a year and was not a sudden decision. He said the Hodeidah ceasefire should be "
        "preserved and built upon and that the Stockholm agreement was the basis for a political solution.",
        "The official declined to say how many of the several thousand Emirati troops in Yemen would leave or which "
        "areas were affected. He said the UAE would remain a member of the Saudi-led coalition and would continue to "
        "back Yemeni forces it has trained.",
        "Diplomats said the move reflected concern in Abu Dhabi about the risk of war with Iran after attacks on "
        "tankers in the Gulf. Some analysts suggested Riyadh would be left to carry more of the burden.",
        "The coalition did not comment on the drawdown."),
      [c("uae", "hodeidah-ceasefire", S, "the Hodeidah ceasefire should be preserved and built upon")]),

    A("030", "2019-07-16T16:00:00Z", "lantern-press", "yemen-sides-agree-steps-to-shore-up-hodeidah-truce",
      "Yemen sides agree steps to shore up Hodeidah truce at ship meeting",
      P("HODEIDAH, Yemen, July 16 (Lantern Press) - Representatives of Yemen's government and the Houthis agreed on a "
        "mechanism to strengthen the ceasefire in Hodeidah after two days of talks aboard a UN-chartered ship in the Red "
        "Sea, the United Nations said on Tuesday.",
        "It was the first time in several months that the two sides had met face to face in the joint committee that "
        "oversees the truce. The UN mission said the parties had agreed in principle on a joint operations centre and "
        "observation posts to reduce violations, and that the world body would keep working to ensure the ceasefire "
        "held.",
        "The head of the government's team told reporters on the ship that the government was committed to the truce "
        "but that the Houthis had to stop shelling residential areas. A Houthi member of the committee said the group "
        "wanted the ceasefire made permanent across the whole province.",
        "Aid agencies said violence in and around the city had fallen since the Houthi pullout from the ports in May, "
        "although civilians were still being killed by mines and sniper fire.",
        "The committee did not set a date for its next meeting."),
      [c("un", "hodeidah-ceasefire", S, "the world body would keep working to ensure the ceasefire held"),
       c("yemen-government", "hodeidah-ceasefire", S, "the government was committed to the truce"),
       c("houthis", "hodeidah-ceasefire", S, "the group wanted the ceasefire made permanent across the whole province")]),

    A("031", "2019-08-14T11:20:00Z", "strait-wire", "khamenei-receives-houthi-envoy",
      "Iran's Khamenei receives Houthi envoy, backs group",
      P("DUBAI, Aug 14 (Strait Wire) - Iran's Supreme Leader Ayatollah Ali Khamenei met the Houthi movement's chief "
        "negotiator in Tehran on Tuesday, in a public show of support for a group that Saudi Arabia and the United "
        "States accuse Tehran of arming.",
        "Mohammed Abdulsalam, the Houthi spokesman, handed over a letter from the group's leader, Iranian state media "
        "reported. Khamenei was quoted as praising the Houthis' resistance and calling for a dialogue among Yemenis to "
        "end the war.",
        "Foreign Minister Mohammad Javad Zarif, who also met the delegation, said the United States and other Western "
        "governments must stop selling arms to Riyadh and end their backing for the war in Yemen. He said Iran "
        "supported the Hodeidah ceasefire and wanted it extended to the whole country.",
        "Abdulsalam told Iranian television that his group remained committed to the Stockholm agreement, including the "
        "pullback from Hodeidah, and accused the coalition of failing to carry out its side.",
        "Iran denies supplying weapons to the Houthis. The visit came as the UAE was drawing down its forces in Yemen "
        "and as tension between Tehran and Washington rose after attacks on tankers in the Gulf."),
      [c("iran", "us-withdraws-support", S,
         "must stop selling arms to Riyadh and end their backing for the war in Yemen"),
       c("iran", "hodeidah-ceasefire", S, "Iran supported the Hodeidah ceasefire and wanted it extended to the whole country"),
       c("houthis", "houthi-withdrawal", S,
         "his group remained committed to the Stockholm agreement, including the pullback from Hodeidah")]),

    A("032", "2019-09-30T15:00:00Z", "lantern-press", "houthis-free-290-detainees",
      "Houthis free 290 detainees; government says full swap still blocked",
      P("SANAA, Sept 30 (Lantern Press) - The Houthi movement released 290 detainees in Sanaa on Monday under the "
        "supervision of the International Committee of the Red Cross, in what it called a unilateral humanitarian "
        "initiative.",
        "Abdulqader al-Murtada, the Houthi official in charge of prisoner affairs, said the release was meant to revive "
        "the exchange agreed in Sweden and that the group stood ready to swap all remaining prisoners with the "
        "government at once.",
        "UN envoy Martin Griffiths welcomed the release and urged both sides to carry out the full exchange they signed "
        "up to in Stockholm.",
        "The government denied that it was blocking the swap, but a member of its prisoner committee said a full "
        "exchange could not go ahead unless the Houthis freed Mohammed Qahtan, the detained Islah party politician, or "
        "disclosed what had happened to him. He said many of those freed on Monday had been arrested by the Houthis in "
        "the first place and were not prisoners of war.",
        "The Red Cross said it had interviewed the detainees and helped them return home.",
        "The release came days after the Houthis offered to halt attacks on Saudi Arabia."),
      [c("houthis", "prisoner-exchange", S,
         "the group stood ready to swap all remaining prisoners with the government at once"),
       c("un", "prisoner-exchange", S, "urged both sides to carry out the full exchange they signed up to"),
       c("yemen-government", "prisoner-exchange", C,
         "a full exchange could not go ahead unless the Houthis freed Mohammed Qahtan")]),

    A("033", "2019-11-26T14:10:00Z", "strait-wire", "coalition-to-free-200-houthi-prisoners-allow-medical-flights",
      "Saudi-led coalition to free 200 Houthi prisoners, allow medical flights from Sanaa",
      P("RIYADH, Nov 26 (Strait Wire) - The Saudi-led coalition said on Tuesday it would release 200 Houthi prisoners "
        "and allow flights carrying sick Yemenis to leave Sanaa airport for treatment abroad, in its most significant "
        "gesture toward the group in months.",
        "Coalition spokesman Turki al-Maliki said the flights would be organised with the United Nations and the World "
        "Health Organization, and that the coalition would check every aircraft. He said the airport would stay closed "
        "to other commercial traffic for now.",
        "Al-Maliki said the prisoner release was meant to support the exchange agreed in Sweden and to build "
        "confidence. He gave no date.",
        "A Houthi official in Sanaa described the moves as a positive step but said the airport had to be fully "
        "reopened to civilian flights, not used for a handful of medical trips.",
        "UN envoy Martin Griffiths welcomed the decision on the flights and said he hoped it would lead to a wider "
        "reopening of the airport.",
        "The announcement follows weeks of quiet contacts between Saudi officials and the Houthis, according to "
        "diplomats, and a sharp drop in cross-border attacks since the Houthis' offer in September to halt strikes on "
        "Saudi Arabia."),
      [c("saudi-coalition", "sanaa-airport", C, "allow flights carrying sick Yemenis to leave Sanaa airport for treatment abroad"),
       c("saudi-coalition", "prisoner-exchange", S, "the prisoner release was meant to support the exchange agreed in Sweden"),
       c("houthis", "sanaa-airport", S, "the airport had to be fully reopened to civilian flights"),
       c("un", "sanaa-airport", S, "he hoped it would lead to a wider reopening of the airport")]),

    A("034", "2019-12-13T10:00:00Z", "coastal-herald", "a-year-after-stockholm",
      "A year after Stockholm, Hodeidah pullback and prisoner swap still unfinished",
      P("ADEN, Yemen, Dec 13 (Coastal Herald) - A year after Yemen's warring parties shook hands in Sweden, the deal "
        "they signed has kept Hodeidah out of all-out battle but left most of its other promises unfulfilled.",
        "UN envoy Martin Griffiths told reporters this week that the full withdrawal of forces from Hodeidah city should "
        "be completed and that the prisoner exchange remained a priority that should not wait for a wider settlement.",
        "In Aden, Foreign Minister Mohammed al-Hadhrami said the government would keep pressing for a genuine Houthi "
        "pullout from the city, which it says has not happened. A government prisoner official said the swap could "
        "still go ahead, but only if it covered Mohammed Qahtan.",
        "The Houthis, who accuse the government of holding up the prisoner lists, want an all-for-all exchange.",
        "The Taiz understanding has produced no results. Both sides blame each other for keeping the roads into the "
        "besieged city closed.",
        "The government moved back to Aden this month under a power-sharing deal signed in Riyadh with southern "
        "separatists. Analysts said the arrangement might free the government to focus on the talks, but doubted that "
        "a new round would happen soon."),
      [c("un", "houthi-withdrawal", S, "the full withdrawal of forces from Hodeidah city should be completed"),
       c("un", "prisoner-exchange", S, "the prisoner exchange remained a priority"),
       c("yemen-government", "houthi-withdrawal", S, "would keep pressing for a genuine Houthi pullout from the city"),
       c("yemen-government", "prisoner-exchange", C, "the swap could still go ahead, but only if it covered Mohammed Qahtan"),
       c("houthis", "prisoner-exchange", S, "want an all-for-all exchange", False)]),
]

SHIFTS = [
    {"actor": "houthis", "issue": "houthi-withdrawal", "from": "oppose", "to": "conditional", "article": "008",
     "why": "Abdulsalam says Houthi forces would leave Hodeidah if the forces facing them did the same; the group "
            "had refused to give up the city (baseline)."},
    {"actor": "houthis", "issue": "houthi-withdrawal", "from": "conditional", "to": "support", "article": "010",
     "why": "At the close of the Sweden talks Abdulsalam commits to pulling Houthi fighters out of the city and the "
            "three ports as agreed, no longer tied to a simultaneous coalition pullback (008)."},
    {"actor": "yemen-government", "issue": "un-port-role", "from": "oppose", "to": "support", "article": "010",
     "why": "Al-Yamani accepts the UN's role at the ports; in 007 he wanted the port handed to government "
            "institutions rather than placed under the UN."},
    {"actor": "yemen-government", "issue": "hodeidah-ceasefire", "from": "conditional", "to": "support",
     "article": "010",
     "why": "Al-Yamani says the government will respect the Hodeidah ceasefire; in 007 he would stop fighting only "
            "after the Houthis had left the city."},
    {"actor": "uae", "issue": "hodeidah-ceasefire", "from": "conditional", "to": "support", "article": "013",
     "why": "Gargash says the UAE will support the truce; in 005 the pause would last only as long as the Houthis "
            "negotiated seriously."},
    {"actor": "yemen-government", "issue": "prisoner-exchange", "from": "support", "to": "conditional",
     "article": "021",
     "why": "Hadi Haig says the government will go ahead with the swap only if Mohammed Qahtan is included; in 004 "
            "it had signed the deal with no condition."},
    {"actor": "saudi-coalition", "issue": "sanaa-airport", "from": "oppose", "to": "conditional", "article": "033",
     "why": "Al-Maliki announces medical flights from Sanaa airport under UN/WHO organisation and coalition checks "
            "while keeping it closed to other traffic; the coalition had kept it shut (baseline; 009 is only "
            "narration)."},
]

DUPLICATES = [("010", "011"), ("025", "026")]

STANCES = {"support", "oppose", "conditional"}
MONTHS = "Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec"
MONTH_NAME = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
              10: "Oct", 11: "Nov", 12: "Dec"}


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_of(a):
    d = parse_dt(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], d.year, d.month, d.day, a["slug"])


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m_act, m_iss, m_base = text.index("\nactors:"), text.index("\nissues:"), text.index("\nbaseline:")
    actors_txt, issues_txt, base_txt = text[m_act:m_iss], text[m_iss:m_base], text[m_base:]
    actors = re.findall(r"^  - id: ([\w-]+)$", actors_txt, re.M)
    issues = re.findall(r"^  - id: ([\w-]+)$", issues_txt, re.M)
    issue_fields = re.findall(r"^    (\w+):", issues_txt, re.M)
    actor_fields = re.findall(r"^    (\w+):", actors_txt, re.M)
    baseline = re.findall(r"^  - \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}$", base_txt, re.M)
    return actors, issues, issue_fields, actor_fields, baseline


def write_outputs():
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in ARTICLES:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        newest = format_datetime(parse_dt(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set yemen-stockholm-2018"
               "</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % newest]
        for a in items:
            u = escape(url_of(a))
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % u,
                    '      <guid isPermaLink="true">%s</guid>' % u,
                    "      <pubDate>%s</pubDate>" % format_datetime(parse_dt(a["published"]), usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: a["claims"] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def validate(labels):
    errors = []
    err = errors.append
    actors, issues, issue_fields, actor_fields, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    if set(issue_fields) != {"name", "description", "terms"}:
        err("watchlist: issue fields %s" % sorted(set(issue_fields)))
    if set(actor_fields) != {"name", "aliases"}:
        err("watchlist: actor fields %s" % sorted(set(actor_fields)))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            err("baseline entry invalid: %s" % (b,))
    if len({(b[0], b[1]) for b in baseline}) != len(baseline):
        err("baseline has a repeated actor/issue pair")

    # articles
    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles (want 30-34)" % len(ARTICLES))
    prev = None
    urls = set()
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % n:
            err("%s: id out of sequence (expected %03d)" % (a["id"], n))
        if prev and not a["published"] > prev:
            err("%s: not in publication order" % a["id"])
        prev = a["published"]
        u = url_of(a)
        if u in urls:
            err("%s: duplicate url" % a["id"])
        urls.add(u)
        wc = len(a["text"].split())
        if not 120 <= wc <= 260:
            err("%s: %d words (want 120-260)" % (a["id"], wc))
        d = parse_dt(a["published"])
        m = re.match(r"^([A-Z][A-Z .'-]+)(, [A-Z][a-z]+)?, (%s) (\d{1,2}) \((.+?)\) - \S" % MONTHS, a["text"])
        if not m:
            err("%s: bad dateline" % a["id"])
        else:
            if m.group(5) != OUTLETS[a["outlet"]]:
                err("%s: dateline outlet %r" % (a["id"], m.group(5)))
            if m.group(3) != MONTH_NAME[d.month] or int(m.group(4)) != d.day:
                err("%s: dateline date does not match published" % a["id"])
        seen = {}
        for cl in a["claims"]:
            if cl["actor"] not in actors:
                err("%s: unknown actor %s" % (a["id"], cl["actor"]))
            if cl["issue"] not in issues:
                err("%s: unknown issue %s" % (a["id"], cl["issue"]))
            if cl["stance"] not in STANCES:
                err("%s: bad stance %s" % (a["id"], cl["stance"]))
            if not isinstance(cl["attributed"], bool):
                err("%s: attributed must be boolean" % a["id"])
            if cl["quote"] not in a["text"]:
                err("%s: quote not in text: %r" % (a["id"], cl["quote"]))
            if len(cl["quote"].split()) > 15:
                err("%s: quote longer than 15 words: %r" % (a["id"], cl["quote"]))
            key = (cl["actor"], cl["issue"])
            if key in seen:
                err("%s: two claims for %s" % (a["id"], key))
            seen[key] = cl["stance"]

    # duplicates
    by_id = {a["id"]: a for a in ARTICLES}
    for x, y in DUPLICATES:
        ax, ay = by_id[x], by_id[y]
        tx = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in ax["claims"])
        ty = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in ay["claims"])
        if tx != ty:
            err("duplicate %s/%s: claims differ" % (x, y))
        if ax["published"][:10] != ay["published"][:10] or not ay["published"] > ax["published"]:
            err("duplicate %s/%s: not same day / copy not later" % (x, y))
        if ax["outlet"] == ay["outlet"]:
            err("duplicate %s/%s: same outlet" % (x, y))
    if not any(x in {s["article"] for s in SHIFTS} for x, _ in DUPLICATES):
        err("no duplicate pair is a shift article")

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    computed = []
    for a in ARTICLES:
        for cl in a["claims"]:
            if not cl["attributed"]:
                continue
            key = (cl["actor"], cl["issue"])
            if key in prevailing and prevailing[key] != cl["stance"]:
                computed.append((cl["actor"], cl["issue"], prevailing[key], cl["stance"], a["id"]))
            prevailing[key] = cl["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if computed != labelled:
        err("shifts differ from recomputation:\n  computed %s\n  labelled %s" % (computed, labelled))
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            err("shift with unknown actor/issue: %s" % s)
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        err("%d straight support/oppose reversals (max 2)" % reversals)
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts (want 5-8)" % len(SHIFTS))

    # no_alert_articles
    shift_articles = {s["article"] for s in SHIFTS}
    expect = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expect:
        err("no_alert_articles wrong")
    if set(labels["claims"]) != set(by_id):
        err("labels.claims does not cover every article")

    # counts
    allc = [cl for a in ARTICLES for cl in a["claims"]]
    nstance = {s: sum(1 for cl in allc if cl["stance"] == s) for s in ("support", "oppose", "conditional")}
    if not 60 <= len(allc) <= 90:
        err("%d claims (want 60-90)" % len(allc))
    if nstance["conditional"] < 6:
        err("only %d conditional claims" % nstance["conditional"])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d no-claim articles (want 3-4)" % len(empty))

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            err("xmllint failed on %s: %s" % (p, r.stderr.strip()))

    return errors, allc, nstance, empty


def main():
    labels = write_outputs()
    errors, allc, nstance, empty = validate(labels)
    nfalse = sum(1 for cl in allc if not cl["attributed"])
    words = [len(a["text"].split()) for a in ARTICLES]
    per_outlet = {OUTLETS[o]: sum(1 for a in ARTICLES if a["outlet"] == o) for o in OUTLETS}
    print("articles: %d  (words %d-%d)  per outlet: %s" % (len(ARTICLES), min(words), max(words), per_outlet))
    print("claims: %d  %s  attributed false: %d" % (len(allc), nstance, nfalse))
    print("shifts: %d in %d articles: %s" % (len(SHIFTS), len({s['article'] for s in SHIFTS}),
                                             ", ".join("%s %s/%s %s->%s" % (s["article"], s["actor"], s["issue"],
                                                                              s["from"], s["to"]) for s in SHIFTS)))
    print("no-claim articles: %s" % ", ".join(empty))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
