#!/usr/bin/env python3
"""Build and validate the gaza-ceasefire-2024 evaluation set (self-contained, stdlib only).

Usage: python3 build.py   (writes articles/, feeds/, labels.json next to this file, then validates)
"""
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "tidewater-post": "Tidewater Post",
    "summit-ledger": "Summit Ledger",
    "bay-courier": "Bay Courier",
    "crossroads-report": "Crossroads Report",
    "lantern-wire": "Lantern Wire",
}

S, O, C = "support", "oppose", "conditional"
TP, DROP, FW, PHIL, BRIDGE = (
    "three-phase-deal", "hamas-drops-war-end-guarantee", "full-withdrawal",
    "philadelphi-withdrawal", "bridging-proposal")

# (id, published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []


def art(published, outlet, slug, title, text, claims):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title,
                  text=text.strip(), claims=claims))


art("2024-05-29T15:40:00Z", "summit-ledger", "israel-says-it-controls-philadelphi-corridor",
    "Israel says it controls Gaza's border strip with Egypt; Cairo warns of fallout", """
CAIRO, May 29 (Summit Ledger) - Israel's military said on Wednesday it had taken operational control of the Philadelphi corridor, the narrow strip of land that runs along the Gaza Strip's 14-kilometre border with Egypt, three weeks after troops first entered Rafah.

A military spokesman said soldiers had found about 20 tunnels in the area and were examining whether any of them crossed into Egyptian territory. He did not say how long the troops would stay.

Egypt reacted sharply. Diaa Rashwan, head of the State Information Service, said Cairo rejected any Israeli presence along the border strip and warned that a lasting occupation of the corridor would pose a serious threat to relations between the two countries, which have been at peace since 1979. He also denied that smuggling tunnels still ran under the frontier.

Israel's national security adviser, Tzachi Hanegbi, said in a radio interview that the war was likely to last at least seven more months. Analysts in Cairo said Egypt might downgrade diplomatic ties if the troops remained, though officials gave no sign of preparing such a step.
""", [("egypt", PHIL, S, "Cairo rejected any Israeli presence along the border strip", True)])

art("2024-05-31T19:30:00Z", "lantern-wire", "biden-unveils-three-phase-gaza-plan",
    "Biden unveils three-phase plan to end Gaza war, urges Hamas to accept", """
WASHINGTON, May 31 (Lantern Wire) - President Joe Biden on Friday laid out a three-phase proposal for a ceasefire in Gaza and the release of hostages, saying it was time for the war to end and calling on Hamas to take the deal.

Speaking at the White House, Biden said the first phase would last six weeks and include a full ceasefire, the withdrawal of Israeli forces from populated areas of Gaza and the release of women, elderly and wounded hostages in exchange for hundreds of Palestinian prisoners. During that phase, the two sides would negotiate a second phase bringing a permanent end to hostilities, the release of all remaining living hostages and the withdrawal of all Israeli forces from Gaza. A third phase would cover reconstruction.

Biden described the plan as an Israeli proposal that had been passed to Hamas through Qatar. He acknowledged that some members of Israel's governing coalition would fight it, and urged Israeli leaders to stand behind the offer whatever the pressure.

"Hamas says it wants a ceasefire. This deal is an opportunity to prove whether they really mean it," he said.

The speech came as Israeli troops pressed their offensive in Rafah.
""", [("usa", TP, S, "calling on Hamas to take the deal", True),
      ("usa", FW, S, "the withdrawal of all Israeli forces from Gaza", True),
      ("israel", TP, S, "described the plan as an Israeli proposal", False)])

art("2024-06-01T12:10:00Z", "tidewater-post", "netanyahu-war-aims-unchanged-far-right-threatens",
    "Netanyahu says Israel's war aims unchanged; far-right allies threaten to quit over deal", """
JERUSALEM, June 1 (Tidewater Post) - Prime Minister Benjamin Netanyahu's office said on Saturday that Israel's conditions for ending the war in Gaza had not changed, a day after President Joe Biden presented what he called an Israeli offer.

Those conditions remain the destruction of Hamas's military and governing capabilities, the release of all hostages and ensuring that Gaza no longer poses a threat to Israel, the statement said. It said the proposal allowed Israel to keep to those principles, and that the idea of Israel agreeing to a permanent ceasefire before they were met was a non-starter.

Two far-right partners in the coalition threatened to bring the government down. National Security Minister Itamar Ben-Gvir said the deal as described meant the end of the war and giving up on destroying Hamas, and that his party would dissolve the government if it went ahead. Finance Minister Bezalel Smotrich said he would not be part of a government that agreed to the outline.

Opposition leader Yair Lapid offered to support the government from outside the coalition if Netanyahu chose to pursue the deal.
""", [("israel", TP, C, "It said the proposal allowed Israel to keep to those principles", True),
      ("israel", DROP, S, "agreeing to a permanent ceasefire before they were met was a non-starter", True),
      ("ben-gvir", TP, O, "his party would dissolve the government if it went ahead", True),
      ("smotrich", TP, O, "he would not be part of a government that agreed to the outline", True)])

art("2024-06-01T16:45:00Z", "bay-courier", "hamas-views-biden-proposal-positively",
    "Hamas says it views Biden's proposal 'positively' but wants war's end", """
DOHA, June 1 (Bay Courier) - Hamas said it viewed positively the proposal outlined by President Joe Biden, but made clear that any agreement would have to end the war for good.

In a statement issued late on Friday, the group said it was ready to deal positively and constructively with any proposal based on a permanent ceasefire, the complete withdrawal of Israeli forces from the Gaza Strip, reconstruction, the return of displaced people to their homes and a genuine prisoner exchange.

Hamas officials said the movement was still waiting to receive the written text from the mediators.

Qatar, which hosts the group's political office, said it had received the proposal and passed it on. Diplomats in Doha said the coming days would show whether Hamas's leadership inside Gaza, headed by Yahya Sinwar, would go along with the framework. Sinwar has not been heard from in public for months.
""", [("hamas", TP, C, "ready to deal positively and constructively with any proposal based on a permanent ceasefire", True),
      ("hamas", FW, S, "the complete withdrawal of Israeli forces from the Gaza Strip", True),
      ("hamas", DROP, O, "any agreement would have to end the war for good", True)])

art("2024-06-01T20:00:00Z", "crossroads-report", "us-qatar-egypt-urge-israel-hamas-close-deal",
    "US, Qatar and Egypt urge Israel and Hamas to close the deal", """
WASHINGTON, June 1 (Crossroads Report) - The United States, Qatar and Egypt on Saturday jointly called on Israel and Hamas to finalise a ceasefire and hostage-release agreement built on the principles President Joe Biden set out a day earlier.

In a statement issued by the three mediators, they said the deal would bring immediate relief to the people of Gaza and to the hostages and their families, and that it offered a roadmap to a permanent end of the crisis. They urged both sides to close the agreement without delay.

Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egypt's intelligence chief Abbas Kamel have carried messages between the two sides for months, with CIA Director William Burns acting as Washington's envoy. A State Department spokesman said Secretary of State Antony Blinken had spoken to his counterparts in the region on Saturday to press the same message.

There was no immediate comment from Israel's government. Hamas said separately it had not yet received the full text.
""", [("usa", TP, S, "They urged both sides to close the agreement without delay", True),
      ("qatar", TP, S, "They urged both sides to close the agreement without delay", True),
      ("egypt", TP, S, "They urged both sides to close the agreement without delay", True)])

art("2024-06-01T22:30:00Z", "summit-ledger", "mediators-call-on-israel-hamas-finalise-agreement",
    "Mediators call on Israel and Hamas to finalise Gaza agreement", """
WASHINGTON, June 1 (Summit Ledger) - Mediators from the United States, Qatar and Egypt jointly called on Israel and Hamas on Saturday to finalise a ceasefire and hostage-release agreement based on the principles President Joe Biden outlined on Friday.

The three governments said in a joint statement that the deal would bring immediate relief both to Gaza's people and to the hostages and their families, and would offer a roadmap towards a permanent end to the crisis. They urged both sides to close the agreement without delay.

Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, and Egyptian intelligence chief Abbas Kamel have carried proposals between the parties for months, alongside CIA Director William Burns. Secretary of State Antony Blinken spoke with regional counterparts on Saturday to press the same message, the State Department said.

Israel's government made no immediate comment. Hamas said it was still waiting for the full text.
""", [("usa", TP, S, "They urged both sides to close the agreement without delay", True),
      ("qatar", TP, S, "They urged both sides to close the agreement without delay", True),
      ("egypt", TP, S, "They urged both sides to close the agreement without delay", True)])

art("2024-06-03T18:00:00Z", "tidewater-post", "thousands-rally-for-hostage-deal",
    "Thousands rally for hostage deal as families press Netanyahu", """
TEL AVIV, June 3 (Tidewater Post) - Thousands of Israelis rallied in Tel Aviv and outside the Knesset in Jerusalem on Monday, urging Prime Minister Benjamin Netanyahu to accept the ceasefire and hostage deal outlined by President Joe Biden.

The Hostages and Missing Families Forum, which speaks for most of the families of the roughly 120 people still held in Gaza, said the proposal was the best chance to bring their relatives home and called on the government to approve it immediately. "Bring them home now," marchers chanted.

A smaller group of relatives organised in the Tikva Forum took the opposite view, saying a deal that halted the war would leave Hamas in power and endanger Israelis in the future.

Netanyahu met some of the families on Monday. His office said afterwards that he had told them the government was working to bring back all the hostages, without addressing the deal directly. A lawmaker who attended a closed parliamentary committee session said Netanyahu had told members that Biden had not presented all the details of the plan.
""", [("hostage-families", TP, S, "called on the government to approve it immediately", True)])

art("2024-06-10T20:30:00Z", "lantern-wire", "security-council-backs-gaza-ceasefire-plan",
    "UN Security Council backs Biden's Gaza ceasefire plan; Hamas welcomes vote", """
UNITED NATIONS, June 10 (Lantern Wire) - The UN Security Council on Monday endorsed the three-phase ceasefire plan outlined by President Joe Biden, adopting a US-drafted resolution by 14 votes to none, with Russia abstaining.

Resolution 2735 welcomes the proposal, says Israel has accepted it and calls on Hamas to accept it too, urging both sides to implement its terms fully, without delay and without conditions.

US Ambassador Linda Thomas-Greenfield told the council that the deal would bring a ceasefire and return the hostages, and that the world should speak with one voice in backing it.

Hamas welcomed the resolution in a statement, saying it was ready to cooperate with the mediators in indirect talks on implementing the principles that matched the demands of the Palestinian people.

Israel's representative, Reut Shapir Ben-Naftaly, did not say whether her government endorsed the text. She told the council that Israel's goals had not changed and that it would keep fighting until all the hostages were home and Hamas's military capabilities were dismantled. Russia's envoy said Moscow had abstained because it was unclear what exactly Israel had agreed to.
""", [("usa", TP, S, "the world should speak with one voice in backing it", True),
      ("hamas", TP, C, "ready to cooperate with the mediators in indirect talks on implementing the principles", True),
      ("israel", TP, S, "says Israel has accepted it", False)])

art("2024-06-12T17:00:00Z", "bay-courier", "blinken-says-some-hamas-changes-not-workable",
    "Blinken says some of Hamas's changes to ceasefire plan are not workable", """
DOHA, June 12 (Bay Courier) - Secretary of State Antony Blinken said on Wednesday that Hamas had proposed numerous changes to the ceasefire plan, some of which were workable and some not, but that the mediators would keep trying to close the gaps.

Speaking at a news conference in Doha with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, Blinken said Hamas could have answered with a single word, "yes", and instead had kept everyone waiting for almost two weeks. He urged Hamas to accept the plan as written.

Officials briefed on Hamas's reply said it sought a firm timetable for a permanent ceasefire and the full withdrawal of Israeli troops, including from the Rafah crossing.

Sheikh Mohammed said Qatar, working with Egypt, would keep pushing because the proposal remained the best path to ending the war. He said the mediators would engage with both parties in the coming days.
""", [("usa", TP, S, "He urged Hamas to accept the plan as written", True),
      ("hamas", TP, C, "Hamas had proposed numerous changes to the ceasefire plan", False),
      ("hamas", DROP, O, "sought a firm timetable for a permanent ceasefire", False),
      ("hamas", FW, S, "the full withdrawal of Israeli troops", False),
      ("hamas", PHIL, S, "including from the Rafah crossing", False),
      ("qatar", TP, S, "the proposal remained the best path to ending the war", True)])

art("2024-06-24T14:00:00Z", "tidewater-post", "netanyahu-tells-knesset-still-committed-after-partial-deal-remark",
    "Netanyahu tells Knesset Israel still committed to plan after 'partial deal' remark", """
JERUSALEM, June 24 (Tidewater Post) - Prime Minister Benjamin Netanyahu told parliament on Monday that Israel remained committed to the proposal President Joe Biden had welcomed, a day after he appeared to cast doubt on it in a television interview.

In the interview with Channel 14 on Sunday, Netanyahu said he was prepared to make a partial deal that would bring some hostages back, but that Israel would resume fighting after a pause to complete the destruction of Hamas. He also said the intense phase of the fighting in Rafah was about to end.

In the Knesset he said Israel's position had not changed: it would not end the war until all the hostages were back and Hamas was defeated.

The Hostages and Missing Families Forum said the interview amounted to abandoning the 120 hostages still in Gaza and demanded that the government sign the full agreement. Hamas said the remarks showed that Netanyahu had never accepted the plan, a charge his office rejected.
""", [("israel", TP, C, "prepared to make a partial deal that would bring some hostages back", True),
      ("israel", DROP, S, "it would not end the war until all the hostages were back", True),
      ("hostage-families", TP, S, "demanded that the government sign the full agreement", True)])

art("2024-07-05T19:00:00Z", "crossroads-report", "mossad-chief-holds-talks-in-doha",
    "Mossad chief holds talks in Doha on Hamas reply", """
DOHA, July 5 (Crossroads Report) - The head of Israel's Mossad spy agency, David Barnea, held talks in Doha on Friday with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani on Hamas's latest reply to the ceasefire proposal, the first such meeting in weeks.

Barnea returned to Israel in the evening. His office declined to say whether the reply was acceptable, and a statement from Prime Minister Benjamin Netanyahu's office said only that the negotiating team would go back to Qatar next week and that gaps between the sides remained.

An Israeli official who asked not to be named described the atmosphere as the most hopeful in months. Analysts in Tel Aviv cautioned that similar moments of optimism had faded before, and said Netanyahu might struggle to hold his coalition together if a deal moved forward.

Qatar's foreign ministry spokesman Majed al-Ansari said the mediators were encouraged but would not discuss details.
""", [])

art("2024-07-06T15:30:00Z", "lantern-wire", "hamas-agrees-war-end-talks-during-first-phase",
    "Hamas agrees talks on ending war can run during first phase of truce", """
BEIRUT, July 6 (Lantern Wire) - Hamas has agreed that negotiations on a permanent end to the war can take place during the first phase of a ceasefire, rather than be settled before any truce begins, a senior official of the group said on Saturday.

The official, speaking in Beirut, said the movement would accept that arrangement provided the mediators guaranteed that the truce would continue for as long as the talks on the second phase were under way. Until now Hamas had insisted that Israel commit in writing to a permanent ceasefire before it would sign an agreement.

He said the group still demanded a full Israeli withdrawal from Gaza and would not sign a deal that left troops in the territory indefinitely.

The change removes one of the main obstacles to the US-backed plan, according to two diplomats involved in the talks. Israel has said it will not agree to end the war before its goals are met. Egypt and Qatar did not comment, and there was no immediate reaction from Washington.
""", [("hamas", DROP, C, "would accept that arrangement provided the mediators guaranteed that the truce would continue", True),
      ("hamas", FW, S, "the group still demanded a full Israeli withdrawal from Gaza", True),
      ("israel", DROP, S, "it will not agree to end the war before its goals are met", False)])

art("2024-07-07T17:00:00Z", "summit-ledger", "netanyahu-sets-out-non-negotiable-conditions",
    "Netanyahu sets out 'non-negotiable' conditions as talks resume", """
JERUSALEM, July 7 (Summit Ledger) - Prime Minister Benjamin Netanyahu set out on Sunday what he called Israel's non-negotiable conditions for any hostage deal, hours before negotiators were due to resume talks in Cairo and Doha.

In a statement, his office said any agreement must allow Israel to resume fighting until all of its war aims were achieved, must leave Israel in control of the border with Egypt to stop weapons being smuggled into Gaza, and must not let thousands of armed militants return to the north of the Strip.

The statement added that the framework agreed by Israel and welcomed by President Joe Biden would allow Israel to bring back hostages without compromising those goals.

The Hostages and Missing Families Forum accused Netanyahu of sabotaging a deal at the moment it had come within reach, and called on him to sign it. Members of Israel's negotiating team were frustrated by the statement, Israeli television reported, citing unnamed sources.
""", [("israel", DROP, S, "must allow Israel to resume fighting until all of its war aims were achieved", True),
      ("israel", PHIL, O, "must leave Israel in control of the border with Egypt", True),
      ("israel", TP, C, "bring back hostages without compromising those goals", True),
      ("hostage-families", TP, S, "called on him to sign it", True)])

art("2024-07-28T18:00:00Z", "bay-courier", "rome-meeting-ends-without-breakthrough",
    "Rome meeting on Gaza truce ends without breakthrough", """
ROME, July 28 (Bay Courier) - CIA Director William Burns, Mossad chief David Barnea, Qatar's prime minister and Egypt's intelligence chief Abbas Kamel met in Rome on Sunday in a new push for a Gaza ceasefire, but officials said no breakthrough was reached.

Two officials familiar with the meeting said Israel's delegation had brought a letter with new demands, including keeping Israeli troops along the Philadelphi corridor and a mechanism to screen people returning to northern Gaza.

Prime Minister Benjamin Netanyahu's office denied that Israel had added any new conditions, saying it was Hamas that had sought dozens of changes to the framework. It did not address the corridor.

The officials said talks would continue at a lower level in the coming days. Hamas said it had not been briefed on the meeting. White House spokesman John Kirby said the United States still believed a deal could be reached and that the remaining gaps could be closed.
""", [("israel", PHIL, O, "keeping Israeli troops along the Philadelphi corridor", False)])

art("2024-07-31T14:00:00Z", "lantern-wire", "haniyeh-killed-in-tehran-mediators-alarmed",
    "Hamas leader Haniyeh killed in Tehran; mediators question future of talks", """
DOHA, July 31 (Lantern Wire) - Hamas political leader Ismail Haniyeh, the group's most senior figure in the ceasefire talks, was killed in Tehran early on Wednesday in a strike that Hamas and Iran blamed on Israel.

Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, asked on social media how mediation could succeed when one party assassinated the negotiator on the other side. Egypt's foreign ministry said the killing showed a dangerous Israeli escalation that undermined efforts to reach a truce.

Israel did not comment on the strike. Hamas officials vowed revenge, but a senior member of the group's political bureau denied reports that it had pulled out of the negotiations.

Analysts said the killing could freeze the talks for weeks and might strengthen the hand of Yahya Sinwar, the group's leader in Gaza, who is believed to have the final word on any deal.

Haniyeh had been in Tehran for the inauguration of Iran's new president.
""", [])

art("2024-08-08T21:00:00Z", "crossroads-report", "biden-sisi-emir-call-for-final-talks",
    "Biden, Sisi and Qatar's emir call for final Gaza talks, offer bridging proposal", """
WASHINGTON, Aug 8 (Crossroads Report) - The leaders of the United States, Egypt and Qatar called on Thursday for urgent, final talks on a Gaza ceasefire and hostage deal, and offered to table a compromise text to settle the remaining disputes.

In a joint statement, President Joe Biden, Egyptian President Abdel Fattah al-Sisi and Qatar's emir, Sheikh Tamim bin Hamad Al Thani, said a framework agreement was now on the table with only the details of implementation left to conclude. They invited both sides to resume talks on Aug. 15 in Doha or Cairo.

"There is no further time to waste nor excuses from any party for further delay," the statement said. The three leaders said that, if necessary, they were ready to present a final bridging proposal that would resolve the remaining implementation issues in a way that met the expectations of all parties.

Prime Minister Benjamin Netanyahu's office said Israel would send a delegation on Aug. 15 to finalise the details. Hamas said it was studying the invitation.
""", [("usa", TP, S, "called on Thursday for urgent, final talks on a Gaza ceasefire and hostage deal", True),
      ("egypt", TP, S, "called on Thursday for urgent, final talks on a Gaza ceasefire and hostage deal", True),
      ("qatar", TP, S, "called on Thursday for urgent, final talks on a Gaza ceasefire and hostage deal", True),
      ("usa", BRIDGE, S, "they were ready to present a final bridging proposal", True),
      ("egypt", BRIDGE, S, "they were ready to present a final bridging proposal", True),
      ("qatar", BRIDGE, S, "they were ready to present a final bridging proposal", True)])

art("2024-08-11T19:00:00Z", "tidewater-post", "hamas-asks-mediators-implement-july-framework",
    "Hamas asks mediators to implement framework instead of new talks", """
DOHA, Aug 11 (Tidewater Post) - Hamas called on the mediators on Sunday to present a plan to put into effect the ceasefire framework it accepted on July 2, based on President Joe Biden's proposal and the UN Security Council resolution, rather than hold new rounds of talks.

In a statement, the group said it wanted a timetable and guarantees for implementing what had already been agreed, instead of going into more negotiations or new proposals that it said gave cover to Israel's attacks. It accused Prime Minister Benjamin Netanyahu of repeatedly adding conditions.

The statement was the clearest endorsement yet of the Biden framework by Hamas, which had previously welcomed the plan only in general terms and sought changes. The group did not say whether it would send negotiators to the talks scheduled for Thursday.

Israel's government had no immediate comment. A US official said Washington expected the talks to go ahead with or without a Hamas delegation in the room.
""", [("hamas", TP, S, "present a plan to put into effect the ceasefire framework it accepted on July 2", True)])

art("2024-08-11T21:30:00Z", "summit-ledger", "hamas-wants-timetable-not-new-negotiations",
    "Hamas wants timetable for agreed framework, not new negotiations", """
DOHA, Aug 11 (Summit Ledger) - Hamas on Sunday asked the mediators to present a plan to put into effect the ceasefire framework it accepted on July 2, drawn from President Joe Biden's proposal and the UN Security Council resolution, instead of holding further rounds of negotiation.

The group said in a statement that it wanted a timetable and guarantees for carrying out what had already been agreed, rather than more talks or new proposals that, it said, provided cover for Israeli attacks. It accused Prime Minister Benjamin Netanyahu of adding conditions again and again.

Hamas had until now welcomed the Biden plan only in general terms while seeking changes, making Sunday's statement its clearest endorsement so far. It did not say whether negotiators would attend the talks planned for Thursday.

There was no immediate comment from Israel's government. Washington expected the talks to go ahead with or without Hamas in the room, a US official said.
""", [("hamas", TP, S, "present a plan to put into effect the ceasefire framework it accepted on July 2", True)])

art("2024-08-16T20:00:00Z", "bay-courier", "doha-talks-end-with-us-bridging-proposal",
    "Doha talks end with US bridging proposal; negotiators to meet again in Cairo", """
DOHA, Aug 16 (Bay Courier) - Two days of ceasefire talks in Doha ended on Friday with the United States presenting a bridging proposal that it said narrowed the remaining gaps between Israel and Hamas, and with negotiators agreeing to meet again in Cairo before the end of next week.

In a joint statement, the United States, Qatar and Egypt said the proposal built on the points of agreement reached over the past week and was designed to allow swift implementation of the deal. They said their senior officials would reconvene in Cairo to conclude an agreement on those terms.

President Joe Biden told reporters at the White House that the sides were closer than they had ever been. He said Secretary of State Antony Blinken would travel to Israel to press for the deal.

Prime Minister Benjamin Netanyahu's office said it appreciated the efforts of the mediators but that Hamas was still refusing to negotiate. Hamas, which did not attend the Doha round, said it would study the proposal.
""", [("usa", BRIDGE, S, "was designed to allow swift implementation of the deal", True),
      ("qatar", BRIDGE, S, "was designed to allow swift implementation of the deal", True),
      ("egypt", BRIDGE, S, "was designed to allow swift implementation of the deal", True),
      ("usa", TP, S, "Blinken would travel to Israel to press for the deal", True)])

art("2024-08-18T16:00:00Z", "crossroads-report", "hamas-rejects-us-bridging-proposal",
    "Hamas rejects US bridging proposal as bowing to Netanyahu's conditions", """
BEIRUT, Aug 18 (Crossroads Report) - Hamas on Sunday rejected the US bridging proposal presented in Doha, saying it bowed to Prime Minister Benjamin Netanyahu's conditions and departed from what the group had agreed to on July 2.

In a statement, the group said the new text responded to Netanyahu's rejection of a permanent ceasefire and of a comprehensive withdrawal from the Gaza Strip, and to his insistence on keeping troops at the Netzarim junction, the Rafah crossing and the Philadelphi corridor.

Hamas official Osama Hamdan said Israeli forces must leave the border strip with Egypt and the rest of the enclave as part of any agreement.

US officials said they were still studying the group's response and that talks would continue in Cairo. Blinken arrived in Israel on Sunday on his ninth visit to the region since the war began.
""", [("hamas", BRIDGE, O, "Hamas on Sunday rejected the US bridging proposal presented in Doha", True),
      ("hamas", FW, S, "Israeli forces must leave the border strip with Egypt and the rest of the enclave", True),
      ("hamas", PHIL, S, "Israeli forces must leave the border strip with Egypt and the rest of the enclave", True)])

art("2024-08-19T18:30:00Z", "tidewater-post", "blinken-says-netanyahu-accepted-bridging-proposal",
    "Blinken says Netanyahu accepted bridging proposal, now up to Hamas", """
TEL AVIV, Aug 19 (Tidewater Post) - Secretary of State Antony Blinken said on Monday that Prime Minister Benjamin Netanyahu had accepted the US bridging proposal for a Gaza ceasefire and that it was now up to Hamas to do the same.

After a three-hour meeting with Netanyahu in Jerusalem, Blinken told reporters this was maybe the last opportunity to bring the hostages home and secure a ceasefire. He urged Hamas to say yes.

Netanyahu's office said the prime minister had reiterated Israel's commitment to the current US proposal on the release of the hostages, which it said took into account Israel's security needs.

Blinken also met President Isaac Herzog and relatives of hostages before flying on to Egypt. He declined to say whether the proposal required Israel to pull its troops out of the Philadelphi corridor, saying only that the details were being worked out.
""", [("israel", BRIDGE, S, "reiterated Israel's commitment to the current US proposal on the release of the hostages", True),
      ("usa", BRIDGE, S, "He urged Hamas to say yes", True),
      ("usa", TP, S, "maybe the last opportunity to bring the hostages home and secure a ceasefire", True)])

art("2024-08-30T12:00:00Z", "summit-ledger", "security-cabinet-votes-to-keep-troops-on-philadelphi",
    "Israel's security cabinet votes to keep troops on Philadelphi corridor", """
JERUSALEM, Aug 30 (Summit Ledger) - Israel's security cabinet voted late on Thursday to keep troops along the Philadelphi corridor on the Gaza-Egypt border under any ceasefire deal, approving maps that show a continued Israeli deployment there, according to the prime minister's office.

Defence Minister Yoav Gallant voted against the decision, three officials familiar with the meeting said. Gallant has argued that the release of the hostages should come first and that troops could return to the corridor later if needed.

Egypt's foreign ministry said it rejected any Israeli presence at the Philadelphi corridor or the Rafah crossing and would not accept the decision.

US officials said the vote complicated efforts to finalise the deal, but that talks in Cairo and Doha would continue.
""", [("israel", PHIL, O, "voted late on Thursday to keep troops along the Philadelphi corridor", True),
      ("egypt", PHIL, S, "rejected any Israeli presence at the Philadelphi corridor or the Rafah crossing", True)])

art("2024-09-01T19:00:00Z", "lantern-wire", "families-call-general-strike-after-six-hostages-killed",
    "Families call general strike after bodies of six hostages recovered", """
TEL AVIV, Sept 1 (Lantern Wire) - The Hostages and Missing Families Forum called on Israelis to join a general strike on Monday after the army recovered the bodies of six hostages from a tunnel in Rafah, and accused Prime Minister Benjamin Netanyahu of sacrificing them.

The forum said a deal to bring the hostages home had been on the table for more than two months and that, without the delays, the six would still be alive. It said no corridor was worth more than the lives of the hostages still held in Gaza, and demanded that the government sign the agreement at once.

Hundreds of thousands of people marched in Tel Aviv and other cities on Sunday evening. The Histadrut labour federation backed the strike call.

Netanyahu said whoever murders hostages does not want a deal, and vowed to make Hamas pay. The army said the six had been shot shortly before troops reached them.
""", [("hostage-families", TP, S, "demanded that the government sign the agreement at once", True),
      ("hostage-families", PHIL, S, "no corridor was worth more than the lives of the hostages", True)])

art("2024-09-02T20:30:00Z", "bay-courier", "netanyahu-says-israel-will-not-leave-philadelphi",
    "Netanyahu says Israel will not leave Philadelphi corridor; Biden says he is not doing enough", """
JERUSALEM, Sept 2 (Bay Courier) - Prime Minister Benjamin Netanyahu said on Monday that Israel would not withdraw from the Philadelphi corridor, defying mass protests and a general strike over the deaths of six hostages.

Standing before a map of Gaza at a televised news conference, he said the corridor was Hamas's lifeline for weapons and that leaving it would allow the group to rearm. "The axis of evil needs the Philadelphi corridor," he said. He asked forgiveness from the families of the six dead hostages.

In Washington, President Joe Biden was asked by reporters whether Netanyahu was doing enough to secure a hostage deal. "No," he replied. He said a final proposal was close.

Egypt's foreign ministry rejected Netanyahu's statements, saying they aimed to obstruct a deal and to drag Egypt into the conflict, and repeated that Cairo would not accept any Israeli presence on the border.
""", [("israel", PHIL, O, "Israel would not withdraw from the Philadelphi corridor", True),
      ("egypt", PHIL, S, "Cairo would not accept any Israeli presence on the border", True)])

art("2024-09-05T16:00:00Z", "crossroads-report", "hamas-says-no-need-for-new-proposal",
    "Hamas says no need for new proposal, rejects troops in Philadelphi", """
DOHA, Sept 5 (Crossroads Report) - Hamas does not need a new ceasefire proposal and remains ready to carry out the plan outlined by President Joe Biden, its deputy Gaza chief Khalil al-Hayya said on Thursday, accusing Israel of inventing obstacles to avoid a deal.

Speaking on Al Jazeera television, al-Hayya said the movement would not accept any Israeli troops remaining in the Philadelphi corridor or at the Rafah crossing, and that Prime Minister Benjamin Netanyahu's new maps were designed to sink the talks.

He said the mediators already had an agreement that Hamas had accepted on July 2 and that all that was needed was pressure on Israel to implement it.

US officials say they are working on a revised text. A White House spokesman declined to say when it would be presented.
""", [("hamas", TP, S, "remains ready to carry out the plan outlined by President Joe Biden", True),
      ("hamas", PHIL, S, "would not accept any Israeli troops remaining in the Philadelphi corridor", True)])

art("2024-09-07T18:00:00Z", "summit-ledger", "burns-says-90-percent-of-gaza-deal-agreed",
    "CIA chief Burns says 90 percent of Gaza deal agreed, details matter", """
LONDON, Sept 7 (Summit Ledger) - CIA Director William Burns said on Saturday that about 90 percent of a Gaza ceasefire and hostage agreement had been settled, but that the remaining issues were difficult and that the details mattered.

Speaking alongside Richard Moore, the head of Britain's MI6 intelligence service, at a festival in London, Burns said mediators would present a more detailed proposal in the coming days. He declined to say whether the text would address Israel's demand to keep troops along the border with Egypt.

Moore said a ceasefire could pave the way for ending the suffering in Gaza and bring hostages home, adding that Britain was supporting the effort.

It was the first time the two spy chiefs had appeared together in public. Officials in Washington and Doha said they expected the revised proposal within a week, though some diplomats doubted that either side was ready to make concessions.
""", [("israel", PHIL, O, "Israel's demand to keep troops along the border with Egypt", False)])

art("2024-10-18T17:00:00Z", "tidewater-post", "hamas-confirms-sinwar-death-says-hostages-stay",
    "Hamas confirms Sinwar's death, says hostages will not return until war ends", """
DOHA, Oct 18 (Tidewater Post) - Hamas confirmed on Friday that its leader Yahya Sinwar had been killed by Israeli forces in Gaza, and said the hostages held in the territory would not be freed until Israel ended its war and withdrew.

In a televised address, the group's deputy Gaza chief, Khalil al-Hayya, said the prisoners would not return unless the aggression on Gaza stopped, Israeli forces pulled out and Palestinian prisoners were released. The condition echoed the position the movement had held before July, when it agreed to let talks on ending the war run during a first-phase truce.

Prime Minister Benjamin Netanyahu said on Thursday that Sinwar's death marked the beginning of the end of the war but not its end, and offered safe passage out of Gaza to any Hamas member who handed over hostages.

The Hostages and Missing Families Forum urged the government to use the moment to secure a deal. President Joe Biden said he would send Secretary of State Antony Blinken to the region and that there was now an opportunity for a day after in Gaza without Hamas in power.
""", [("hamas", DROP, O, "would not return unless the aggression on Gaza stopped", True),
      ("hamas", FW, S, "Israeli forces pulled out", True),
      ("hostage-families", TP, S, "urged the government to use the moment to secure a deal", True)])

art("2024-10-28T15:00:00Z", "lantern-wire", "sisi-proposes-two-day-truce",
    "Egypt's Sisi proposes two-day Gaza truce; Hamas insists on end to war", """
CAIRO, Oct 28 (Lantern Wire) - Egyptian President Abdel Fattah al-Sisi has proposed a two-day truce in Gaza during which four Israeli hostages would be exchanged for some Palestinian prisoners, followed within ten days by talks on a lasting ceasefire.

Sisi, speaking on Sunday at a news conference in Cairo with the visiting Algerian president, said the short pause was meant to restart the stalled negotiations. Israeli and American intelligence chiefs met the Qatari prime minister in Doha on the same day to discuss the idea.

Hamas official Osama Hamdan said in Beirut that the movement would not accept any agreement that did not include a complete end to the war and the withdrawal of occupation forces. A temporary pause followed by a return to fighting was not something the movement could consider, he said.

Israel's government did not respond publicly to the Egyptian idea.
""", [("hamas", DROP, O, "would not accept any agreement that did not include a complete end to the war", True),
      ("hamas", FW, S, "the withdrawal of occupation forces", True)])

art("2024-11-09T16:00:00Z", "bay-courier", "qatar-suspends-gaza-mediation",
    "Qatar suspends Gaza mediation until parties show 'seriousness'", """
DOHA, Nov 9 (Bay Courier) - Qatar has told Israel and Hamas it is suspending its role as a mediator in the Gaza ceasefire talks until they show a serious willingness to reach a deal, a diplomatic source said on Saturday.

The Qatari foreign ministry said later that reports that the Hamas political office in Doha would be closed were inaccurate. It said Qatar would resume its efforts with its partners when the parties showed their willingness and seriousness to end the brutal war.

US officials had in recent weeks urged Qatar to expel Hamas leaders after the group turned down a short-term truce idea, according to people familiar with the discussions. The State Department declined to comment on those reports.

Egypt said it would keep working with Qatar and the United States on the talks.
""", [])

art("2024-11-26T22:00:00Z", "crossroads-report", "biden-announces-lebanon-ceasefire-gaza-push",
    "Biden announces Israel-Lebanon ceasefire, promises new Gaza push", """
WASHINGTON, Nov 26 (Crossroads Report) - President Joe Biden announced on Tuesday that Israel and Lebanon had agreed to a ceasefire ending more than a year of fighting between Israel and Hezbollah, and said the United States would now make another push for a truce in Gaza.

Speaking in the White House Rose Garden, Biden said Israel's security cabinet had approved the Lebanon deal, which takes effect at 4 a.m. local time on Wednesday and gives Israel 60 days to withdraw its forces from southern Lebanon.

He said that in the coming days Washington would work with Turkey, Egypt, Qatar, Israel and others to achieve a ceasefire in Gaza with the hostages released and Hamas out of power. He said the people of Gaza had been through hell.

Prime Minister Benjamin Netanyahu said in a televised address that the Lebanon truce would let Israel focus on Iran and isolate Hamas. Hamas did not comment on the Gaza remarks.
""", [("usa", TP, S, "achieve a ceasefire in Gaza with the hostages released", True)])

art("2024-12-23T17:00:00Z", "summit-ledger", "katz-says-israel-will-keep-security-control-of-gaza",
    "Katz says Israel will keep security control of Gaza as US sees deal within reach", """
JERUSALEM, Dec 23 (Summit Ledger) - Defence Minister Israel Katz said on Monday that Israel would retain full security control over Gaza after the war, with the same freedom of action its forces have in the occupied West Bank, and would not allow Hamas to rebuild.

His remarks came days after White House national security adviser Jake Sullivan said, following a meeting with Prime Minister Benjamin Netanyahu, that he believed Israel was ready to do a deal to free the hostages and pause the fighting. Sullivan, who then travelled to Qatar and Egypt, said an agreement could be reached this month, while cautioning that such forecasts had proved wrong before.

Negotiators have been meeting in Doha and Cairo for several weeks. Hamas said in a statement that the talks were serious but did not comment on Sullivan's remarks.
""", [("israel", FW, O, "Israel would retain full security control over Gaza after the war", True),
      ("israel", TP, S, "he believed Israel was ready to do a deal", False)])

art("2025-01-15T21:00:00Z", "tidewater-post", "qatar-announces-gaza-ceasefire-deal",
    "Qatar announces Gaza ceasefire and hostage deal, truce to start Sunday", """
DOHA, Jan 15 (Tidewater Post) - Israel and Hamas have agreed to a ceasefire in Gaza and the release of hostages held in the territory, Qatar's prime minister said on Wednesday, after more than a year of on-and-off talks.

Sheikh Mohammed bin Abdulrahman Al Thani told a news conference in Doha that the truce would take effect on Sunday and that its first, 42-day phase would see 33 hostages freed in exchange for Palestinian prisoners. Talks on the second phase are to begin by the 16th day.

Hamas negotiator Khalil al-Hayya said the movement had accepted that a permanent ceasefire would be settled in those talks, because the mediators had guaranteed that the truce would hold while they went on.

In Washington, President Joe Biden said the deal followed the framework he had laid out in May and would lead to a permanent end to the war. Egypt's president Abdel Fattah al-Sisi welcomed it and said Egypt would work to get aid into Gaza quickly.

Prime Minister Benjamin Netanyahu's office said several clauses were still unresolved and that a final response would come once the details were settled. President-elect Donald Trump claimed credit for the agreement on social media.
""", [("qatar", TP, S, "Israel and Hamas have agreed to a ceasefire in Gaza", True),
      ("israel", TP, S, "Israel and Hamas have agreed to a ceasefire in Gaza", False),
      ("hamas", TP, S, "the movement had accepted that a permanent ceasefire would be settled in those talks", True),
      ("hamas", DROP, C, "accepted that a permanent ceasefire would be settled in those talks", True),
      ("usa", TP, S, "the deal followed the framework he had laid out in May", True),
      ("egypt", TP, S, "Abdel Fattah al-Sisi welcomed it", True)])

art("2025-01-16T16:00:00Z", "crossroads-report", "cabinet-vote-delayed-ben-gvir-threatens-to-quit",
    "Israeli cabinet vote on Gaza deal delayed; Ben-Gvir threatens to quit", """
JERUSALEM, Jan 16 (Crossroads Report) - Israel's cabinet delayed a vote on the Gaza ceasefire agreement on Thursday, with Prime Minister Benjamin Netanyahu's office accusing Hamas of reneging on parts of the deal to extract last-minute concessions. Hamas said it remained committed to the agreement.

National Security Minister Itamar Ben-Gvir called the deal reckless and said his Jewish Power party would quit the government if it was approved, though it would return if the war resumed. He urged Finance Minister Bezalel Smotrich to join him.

Smotrich said his Religious Zionism party would stay in the coalition only if Israel committed to resuming the war after the first phase with the aim of destroying Hamas. He described the agreement as bad and dangerous for Israel's national security.

The families forum urged ministers to approve the deal without delay. Israeli airstrikes killed dozens of people in Gaza overnight, according to local health officials.
""", [("hamas", TP, S, "it remained committed to the agreement", True),
      ("ben-gvir", TP, O, "his Jewish Power party would quit the government if it was approved", True),
      ("smotrich", TP, O, "described the agreement as bad and dangerous for Israel's national security", True),
      ("hostage-families", TP, S, "urged ministers to approve the deal without delay", True)])

art("2025-01-18T01:30:00Z", "lantern-wire", "israeli-government-approves-gaza-ceasefire",
    "Israeli government approves Gaza ceasefire and hostage agreement", """
JERUSALEM, Jan 18 (Lantern Wire) - Israel's government approved the ceasefire and hostage-release agreement with Hamas early on Saturday, clearing the way for the truce to begin on Sunday, Prime Minister Benjamin Netanyahu's office said.

Ministers voted 24 to 8 in favour after a meeting that ran past midnight, following a recommendation by the security cabinet on Friday. Ministers from Itamar Ben-Gvir's and Bezalel Smotrich's parties voted against.

Netanyahu's office said Israeli forces would stay in the Philadelphi corridor throughout the first, 42-day phase, and that any further pullback from the border strip would depend on the second-phase talks and on Israel's security needs being met. It said Israel kept the right to resume fighting if those talks failed.

The agreement provides for the release of the first three hostages on Sunday afternoon in exchange for 95 Palestinian prisoners. The Hostages and Missing Families Forum said it was holding its breath until the first of them were home.
""", [("israel", TP, S, "Israel's government approved the ceasefire and hostage-release agreement with Hamas", True),
      ("israel", PHIL, C, "any further pullback from the border strip would depend on the second-phase talks", True),
      ("israel", DROP, S, "Israel kept the right to resume fighting if those talks failed", True),
      ("ben-gvir", TP, O, "Ministers from Itamar Ben-Gvir's and Bezalel Smotrich's parties voted against", True),
      ("smotrich", TP, O, "Ministers from Itamar Ben-Gvir's and Bezalel Smotrich's parties voted against", True)])

art("2025-01-19T18:00:00Z", "bay-courier", "ben-gvir-resigns-smotrich-stays",
    "Ben-Gvir quits government over Gaza truce; Smotrich stays for now", """
JERUSALEM, Jan 19 (Bay Courier) - Itamar Ben-Gvir resigned as Israel's national security minister on Sunday and pulled his Jewish Power party out of the governing coalition in protest at the Gaza ceasefire, which took effect hours earlier after a delay of almost three hours.

In his resignation letter, Ben-Gvir called the agreement a surrender to Hamas and said it would free hundreds of convicted killers. He said his party would be willing to return if the war against Hamas resumed.

Finance Minister Bezalel Smotrich, who voted against the deal on Saturday, said he would remain in the government for now after receiving assurances that Israel would go back to war once the first phase ended. He said the agreement remained a grave mistake.

Three hostages, Romi Gonen, Emily Damari and Doron Steinbrecher, were handed over to the Red Cross in Gaza City on Sunday evening. The Hostages and Missing Families Forum said the releases must continue until the last hostage was home.
""", [("ben-gvir", TP, O, "called the agreement a surrender to Hamas", True),
      ("smotrich", TP, O, "He said the agreement remained a grave mistake", True),
      ("hostage-families", TP, S, "the releases must continue until the last hostage was home", True)])

SHIFTS = [
    dict(actor="hamas", issue=DROP, frm=O, to=C, article="012",
         why="A senior Hamas official says the group accepts that talks on a permanent end to the war run during the first phase, provided the truce continues while they last; until then (004) it demanded the war's end up front."),
    dict(actor="hamas", issue=TP, frm=C, to=S, article="017",
         why="Hamas asks the mediators to implement the framework it accepted on July 2, based on Biden's proposal and resolution 2735; before (004, 008) it only welcomed the plan in general terms and sought changes."),
    dict(actor="hamas", issue=DROP, frm=C, to=O, article="027",
         why="Khalil al-Hayya says the hostages will not return unless the aggression stops and Israel withdraws, reinstating the up-front demand Hamas had relaxed in July (012)."),
    dict(actor="hamas", issue=DROP, frm=O, to=C, article="032",
         why="Al-Hayya says Hamas accepted that a permanent ceasefire will be settled in second-phase talks because mediators guaranteed the truce continues meanwhile; in 027 and 028 it demanded an end to the war first."),
    dict(actor="israel", issue=TP, frm=C, to=S, article="034",
         why="Israel's government formally approves the ceasefire and hostage agreement (24-8); until then Netanyahu accepted the framework only as compatible with Israel's war aims (003, 010, 013)."),
    dict(actor="israel", issue=PHIL, frm=O, to=C, article="034",
         why="Netanyahu's office says troops stay through phase one and any further pullback depends on second-phase talks and security needs; before (013, 022, 024) Israel refused to leave the corridor at all."),
]

BASELINE = [
    ("hamas", DROP, O), ("israel", DROP, S), ("hamas", FW, S), ("israel", FW, O),
    ("egypt", PHIL, S), ("hamas", PHIL, S), ("israel", PHIL, O),
]

DUPLICATES = {"006": "005", "018": "017"}


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    claims, items = {}, {k: [] for k in OUTLETS}
    for n, a in enumerate(A, 1):
        aid = f"{n:03d}"
        a["id"] = aid
        y, m, d = a["published"][:10].split("-")
        url = f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"
        doc = {"id": aid, "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url, "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                       for c in a["claims"]]
        items[a["outlet"]].append(doc)
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for slug, name in OUTLETS.items():
        docs = sorted(items[slug], key=lambda d: d["published"], reverse=True)
        rfc = lambda iso: format_datetime(
            datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch gaza-ceasefire-2024 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rfc(docs[0]['published'])}</lastBuildDate>"]
        for d in docs:
            out += ["    <item>",
                    f"      <title>{escape(d['title'])}</title>",
                    f"      <link>{escape(d['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(d["url"])}</guid>',
                    f"      <pubDate>{rfc(d['published'])}</pubDate>",
                    f"      <description>{escape(d['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{slug}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return labels


def validate(labels):
    import re
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors = set(re.findall(r"^  - id: (\S+)\n    name:", wl.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[1].split("baseline:")[0], re.M))
    base_lines = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)
    if sorted(base_lines) != sorted(BASELINE):
        errs.append("watchlist baseline differs from build.py BASELINE")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    ids = [a["id"] for a in A]
    if files != ids:
        errs.append(f"article files {files} != ids {ids}")
    prev_pub = ""
    for a in A:
        doc = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        if doc["id"] != a["id"]:
            errs.append(f"{a['id']}: id mismatch")
        if doc["published"] <= prev_pub:
            errs.append(f"{a['id']}: not in publication order")
        prev_pub = doc["published"]
        words = len(doc["text"].split())
        if not 120 <= words <= 260:
            errs.append(f"{a['id']}: {words} words")
        src = doc["source"]
        if f"({src}) - " not in doc["text"].split("\n")[0]:
            errs.append(f"{a['id']}: dateline lacks outlet")
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in doc["text"]:
                errs.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{a['id']}: quote over 15 words: {c['quote']!r}")
            if c["actor"] not in actors:
                errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C):
                errs.append(f"{a['id']}: bad stance {c['stance']}")
        keys = [(c["actor"], c["issue"]) for c in labels["claims"][a["id"]]]
        if len(keys) != len(set(keys)):
            errs.append(f"{a['id']}: two claims for one actor/issue")
    for dup, orig in DUPLICATES.items():
        t = lambda i: sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][i])
        if t(dup) != t(orig):
            errs.append(f"duplicate {dup} claims differ from {orig}")
    # Recompute shifts from the last attributed stance, starting at the baseline.
    prevailing = {(a, i): s for a, i, s in BASELINE}
    derived = []
    for a in A:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], a["id"]))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errs.append(f"derived shifts {derived} != labelled {labelled}")
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", f"{slug}.xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode:
            errs.append(f"xmllint {slug}: {r.stderr.strip()}")
    return errs


def stats(labels):
    from collections import Counter
    allc = [c for v in labels["claims"].values() for c in v]
    print("articles", len(A), "claims", len(allc), dict(Counter(c["stance"] for c in allc)),
          "unattributed", sum(not c["attributed"] for c in allc))
    print("by outlet", dict(Counter(a["outlet"] for a in A)))
    print("shifts", len(labels["shifts"]), "in articles", sorted({s["article"] for s in labels["shifts"]}))
    print("empty", [k for k, v in labels["claims"].items() if not v])
    print("by actor", dict(Counter(c["actor"] for c in allc)))
    print("by issue", dict(Counter(c["issue"] for c in allc)))
    print("words", min(len(a["text"].split()) for a in A), max(len(a["text"].split()) for a in A))


if __name__ == "__main__":
    labels = build()
    errors = validate(labels)
    stats(labels)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK: all checks passed")
