#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set libya-ceasefire-2020.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (see README.md). Exits non-zero on any error.

The events are real and public; all wording is original paraphrase.
The set is not a source of facts.
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
    "tidewater-wire": "Tidewater Wire",
    "sirocco-times": "Sirocco Times",
    "corniche-post": "Corniche Post",
    "eastgate-review": "Eastgate Review",
    "lantern-dispatch": "Lantern Dispatch",
}

# ---------------------------------------------------------------------------
# Articles: (id, published UTC, outlet slug, url slug, title, text)
# ---------------------------------------------------------------------------
ARTICLES = [
    ("001", "2020-01-02T14:30:00Z", "tidewater-wire", "turkish-parliament-approves-libya-troops",
     "Turkish parliament approves sending troops to Libya",
     """ANKARA, Jan 2 (Tidewater Wire) - Turkey's parliament voted on Thursday to authorise the deployment of troops to Libya, clearing the way for President Tayyip Erdogan to send military support to the internationally recognised government in Tripoli.

The motion passed by 325 votes to 184 in an emergency session. Turkey's main opposition party voted against it, arguing that the mission could drag the country into a wider regional war.

The mandate, valid for one year, answers a request for military help that Fayez al-Sarraj's Government of National Accord sent to Ankara last month, as its forces struggle to hold off an offensive on the capital. Officials have not said how many soldiers would go or when.

Egypt's foreign ministry condemned the vote in a statement, warning that any Turkish military presence in Libya would destabilise the Mediterranean region and saying Cairo rejected foreign interference in its neighbour.

Khalifa Haftar's Libyan National Army, whose forces have been trying to take Tripoli since April and which has vowed to fight any Turkish troops who land, did not immediately comment.

Turkey signed a security and military cooperation accord with Sarraj's government in November, alongside a separate deal on maritime boundaries that has angered Greece and Cyprus."""),

    ("002", "2020-01-02T16:55:00Z", "sirocco-times", "ankara-lawmakers-clear-libya-troop-mission",
     "Ankara lawmakers clear Libya troop mission as Egypt objects",
     """ANKARA, Jan 2 (Sirocco Times) - Lawmakers in Turkey's parliament on Thursday authorised sending troops to Libya, giving President Tayyip Erdogan a one-year mandate to provide military support to the UN-recognised government in Tripoli.

The motion was approved by 325 votes to 184 at an emergency sitting. Turkey's main opposition party opposed it, saying the deployment risked pulling the country into a broader conflict in the region.

The mandate responds to a request for military help that Fayez al-Sarraj's Government of National Accord sent to Ankara in December, as its forces try to repel an offensive on the capital. No details have been given on the size or timing of any deployment.

Egypt's foreign ministry condemned the vote, saying in a statement that a Turkish military presence in Libya would destabilise the Mediterranean and that Cairo rejected any foreign interference in its neighbour.

Khalifa Haftar's Libyan National Army, which has been trying to capture Tripoli since April and has vowed to fight any Turkish troops who land, gave no immediate response.

In November Turkey and Sarraj's government signed a military cooperation accord, along with a maritime boundaries deal that has angered Greece and Cyprus."""),

    ("003", "2020-01-08T17:10:00Z", "corniche-post", "erdogan-putin-urge-libya-ceasefire",
     "Erdogan and Putin urge Libya ceasefire from Sunday",
     """ISTANBUL, Jan 8 (Corniche Post) - The presidents of Turkey and Russia called on Wednesday for Libya's warring parties to stop fighting from midnight on Sunday, in a joint appeal issued after they met in Istanbul.

Tayyip Erdogan and Vladimir Putin, who back opposite sides in the conflict, said in a joint statement that the ceasefire should be followed by talks under United Nations auspices and that both would use their influence with the Libyan parties. The two leaders had earlier opened the TurkStream gas pipeline at a ceremony in the city.

Turkey supports the Tripoli-based Government of National Accord. Russia denies backing Khalifa Haftar's forces, though Western officials say Russian private military contractors are fighting alongside them.

Asked about the contractors, Putin said on Wednesday that if Russian citizens were in Libya they did not represent the Russian state and were not paid by it.

There was no immediate reaction from Haftar's Libyan National Army, which this week captured the coastal city of Sirte. Diplomats said it was unclear whether either side would observe a truce, or whether the two presidents could deliver their allies."""),

    ("004", "2020-01-12T10:40:00Z", "eastgate-review", "libya-rival-forces-accept-truce",
     "Libya's rival forces accept truce after Haftar reverses course",
     """TRIPOLI, Jan 12 (Eastgate Review) - A fragile truce took hold around Tripoli on Sunday after both of Libya's main armed camps said they would stop fighting, answering an appeal for a truce issued in Istanbul earlier in the week.

Khalifa Haftar's Libyan National Army announced late on Saturday that it would observe a ceasefire from one minute past midnight, on condition that the forces on the other side did the same. Its spokesman, Ahmed al-Mismari, warned that any breach would be met with a harsh response.

On Thursday the LNA had rejected the Turkish-Russian call and said it would press on until the armed groups in the capital were dismantled.

The Government of National Accord led by Fayez al-Sarraj said on Sunday that it accepted the ceasefire, while reserving the right to respond to any attack.

Residents of southern Tripoli reported sporadic gunfire in the early hours but said the front was largely quiet by morning.

The UN Support Mission in Libya welcomed the announcements and urged both sides to respect the truce and return to political talks."""),

    ("005", "2020-01-13T19:20:00Z", "lantern-dispatch", "sarraj-signs-moscow-truce-haftar-asks-time",
     "Sarraj signs Moscow truce document, Haftar asks for more time",
     """MOSCOW, Jan 13 (Lantern Dispatch) - The head of Libya's Tripoli-based government signed a document formalising a ceasefire on Monday after indirect talks in Moscow, but his rival Khalifa Haftar asked for time until Tuesday morning to consider it, Russia's foreign minister said.

Fayez al-Sarraj put his name to the text after about seven hours of talks hosted by Sergei Lavrov and Turkish Foreign Minister Mevlut Cavusoglu, with the two Libyan leaders sitting in separate rooms. Khaled al-Mishri, head of the Tripoli-based High Council of State, signed alongside him.

Lavrov told reporters that Haftar viewed the document positively and wanted to consult his allies in eastern Libya before signing. He said Moscow and Ankara would keep pressing for an open-ended truce.

Cavusoglu said Turkey was determined to see the ceasefire made permanent.

A spokesman for Haftar's Libyan National Army declined to say whether the commander would sign. The draft, whose text was not published, reportedly provides for a committee to monitor the truce lines."""),

    ("006", "2020-01-14T11:05:00Z", "tidewater-wire", "haftar-leaves-moscow-without-signing",
     "Haftar leaves Moscow without signing ceasefire deal",
     """MOSCOW, Jan 14 (Tidewater Wire) - Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement that his rival in Tripoli had already endorsed, dealing a blow to efforts to end the fighting around the Libyan capital.

The eastern commander flew out early in the morning after asking overnight for more time. A statement from his Libyan National Army's general command said the army rejected the draft, which it said ignored its core demands, including a timetable for disbanding the militias that control Tripoli.

He had also objected to the role the draft gave Turkey in monitoring the truce, according to people close to his delegation.

Fayez al-Sarraj, who signed the document on Monday, did not comment. Foreign Minister Sergei Lavrov said Russia would continue its efforts, and that Moscow still wanted a lasting ceasefire.

In Ankara, President Tayyip Erdogan said Turkey would not hesitate to teach Haftar a lesson if his forces resumed attacks on the legitimate government.

Germany is due to host an international summit on Libya in Berlin on Sunday."""),

    ("007", "2020-01-14T13:30:00Z", "corniche-post", "haftar-quits-moscow-talks-without-signing",
     "Haftar quits Moscow talks without signing truce",
     """MOSCOW, Jan 14 (Corniche Post) - Eastern Libyan commander Khalifa Haftar left Moscow on Tuesday without signing a ceasefire deal already endorsed by his rival in Tripoli, a setback for the diplomats who had spent two days trying to close the deal.

Haftar departed early in the morning after asking for extra time overnight. His Libyan National Army's general command said in a statement that it rejected the draft, which it said ignored its core demands, among them a timetable for disbanding the armed groups that control Tripoli.

People close to his delegation said he had also objected to the role the draft gave Turkey in overseeing the truce.

Fayez al-Sarraj, who signed the document on Monday, made no comment. Russian Foreign Minister Sergei Lavrov said Moscow would keep up its efforts and still wanted a lasting ceasefire.

President Tayyip Erdogan said in Ankara that Turkey would not hesitate to teach Haftar a lesson if his forces renewed attacks on the legitimate government.

An international summit on Libya is due to take place in Berlin on Sunday, hosted by Germany."""),

    ("008", "2020-01-18T15:00:00Z", "sirocco-times", "haftar-shuts-libya-oil-exports",
     "Haftar shuts down Libya's oil exports on eve of Berlin summit",
     """BENGHAZI, Jan 18 (Sirocco Times) - Groups loyal to Khalifa Haftar closed Libya's main eastern oil export terminals on Saturday, halting most of the country's crude shipments a day before world leaders meet in Berlin to discuss the conflict.

Tribesmen and guards stopped loading at Brega, Ras Lanuf, Es Sider, Hariga and Zueitina, and the state National Oil Corporation declared force majeure, saying output would fall by about 800,000 barrels a day.

Ahmed al-Mismari, spokesman for Haftar's Libyan National Army, said the army had not ordered the shutdown, calling it a decision of the Libyan people. He said the army stood with the protesters and would not intervene to reopen the ports, adding that they were angry that oil money was paying for Turkish troops and mercenaries.

The Government of National Accord in Tripoli said the closure was a crime against Libyans and demanded that the terminals be reopened at once.

National Oil Corporation chairman Mustafa Sanalla warned that the shutdown would damage the economy and the country's finances.

Oil revenues are paid to the central bank in Tripoli, which funds public salaries across the country, including in the east."""),

    ("009", "2020-01-19T20:30:00Z", "tidewater-wire", "berlin-summit-leaders-pledge-arms-embargo",
     "World powers pledge in Berlin to respect Libya arms embargo",
     """BERLIN, Jan 19 (Tidewater Wire) - World leaders agreed in Berlin on Sunday to respect the United Nations arms embargo on Libya and to stop interfering in its civil war, and German Chancellor Angela Merkel said a joint military committee with five officers from each side would now be formed.

The final statement, backed by the 12 countries and four organisations at the conference, commits them to refrain from sending weapons or fighters to either side. Among those who endorsed it were Turkey's Tayyip Erdogan, Russia's Vladimir Putin, Egypt's Abdel Fattah al-Sisi and Abu Dhabi's crown prince, Mohammed bin Zayed, whose countries have all been accused of arming one camp or the other.

Merkel told reporters that the committee of five officers from each side should work to turn the current truce into a lasting ceasefire, though she acknowledged that no formal ceasefire had yet been agreed.

UN Secretary-General Antonio Guterres, who attended, said a follow-up committee would meet regularly to check on progress.

Fayez al-Sarraj and Khalifa Haftar were both in the German capital but did not take part in the conference itself and did not meet each other. Merkel and her foreign minister, Heiko Maas, met them separately at the Chancellery.

A follow-up meeting of foreign ministers is expected within weeks."""),

    ("010", "2020-01-21T12:15:00Z", "eastgate-review", "libya-oil-blockade-drags-on",
     "Libya oil blockade drags on after Berlin pledges",
     """TRIPOLI, Jan 21 (Eastgate Review) - Libya's oil output kept falling on Tuesday as eastern terminals and two major southern fields remained shut, two days after the Berlin summit ended without any commitment on reopening them.

The National Oil Corporation said production had dropped to a fraction of the roughly 1.2 million barrels a day it was pumping before the closures, after pipelines from the Sharara and El Feel fields were also blocked.

UN envoy Ghassan Salame said the shutdown was very worrying and called for the facilities to be reopened, warning that the economic damage would hurt Libyans in every region.

Fayez al-Sarraj's government said the blockade was an attempt by Khalifa Haftar's camp to blackmail the state, and that it would hold him responsible for the losses. It repeated its demand that the ports and fields be reopened without conditions.

A spokesman for Haftar's Libyan National Army declined to say when the facilities might resume operating, saying that was a matter for the tribes.

Aguila Saleh, speaker of the eastern-based House of Representatives, said the protesters' demand for a fairer share of oil revenue was legitimate."""),

    ("011", "2020-01-25T18:40:00Z", "lantern-dispatch", "un-says-arms-still-flowing-into-libya",
     "UN says arms still flowing into Libya despite Berlin promises",
     """TRIPOLI, Jan 25 (Lantern Dispatch) - The United Nations mission in Libya said on Saturday that weapons, armoured vehicles, advisers and fighters were still arriving in the country, less than a week after the governments that took part in the Berlin conference pledged to stop supplying the warring sides.

In a statement, the UN Support Mission in Libya said cargo and other flights had been landing at airports in both the west and the east, and it called on all parties to respect the arms embargo and the commitments made in Berlin. It did not say which countries were responsible.

A European diplomat said the flights pointed to continued supplies from several of the signatories, though he declined to name them.

On Friday, German Chancellor Angela Merkel visited Istanbul for talks with President Tayyip Erdogan. Merkel said the Berlin results now had to be implemented, including the embargo, and that its observance had to be monitored.

Erdogan told the same news conference that Turkey would keep up its support for Fayez al-Sarraj's government, including military training, because it was the legitimate authority.

The truce around Tripoli has largely held despite repeated violations reported by both sides."""),

    ("012", "2020-02-08T16:00:00Z", "corniche-post", "libyan-officers-work-on-ceasefire-text",
     "UN says Libyan officers agree to work on lasting ceasefire text",
     """GENEVA, Feb 8 (Corniche Post) - The first round of talks between military officers from Libya's two rival camps ended in Geneva on Saturday with a draft agreement on a lasting ceasefire that the delegations will take back to their leaders, UN envoy Ghassan Salame said.

The five officers chosen by the Government of National Accord and the five named by Khalifa Haftar's Libyan National Army did not meet face to face, with Salame shuttling between them at the Palais des Nations.

Salame said both delegations accepted the principle of turning the truce into a durable ceasefire but still disagreed on how it would be monitored and on the return of displaced people. He said the LNA side wanted the Tripoli armed groups disarmed before signing.

Salame said the United Nations wanted a permanent ceasefire in place as quickly as possible, and proposed a second round on Feb. 18.

Neither delegation spoke to reporters.

The talks are one of three tracks, alongside economic and political discussions, that emerged from the Berlin conference in January."""),

    ("013", "2020-02-19T09:30:00Z", "sirocco-times", "tripoli-pulls-out-of-geneva-talks-after-port-shelled",
     "Tripoli government pulls out of Geneva talks after port shelled",
     """TRIPOLI, Feb 19 (Sirocco Times) - Libya's Government of National Accord suspended its participation in UN-led military talks in Geneva on Tuesday after rockets struck Tripoli's seaport, narrowly missing a tanker carrying liquefied gas.

The government said in a statement that it would not take part in further talks until firm positions were taken against what it called Khalifa Haftar's violations of the truce. It said it still wanted a lasting ceasefire but would not negotiate while the capital was being bombarded.

Ahmed al-Mismari, spokesman for Haftar's Libyan National Army, said the strike had targeted a Turkish ship unloading weapons and ammunition, an accusation Ankara did not address.

UN envoy Ghassan Salame condemned the attack, saying such strikes only widened the gap between the parties, and said the UN would continue its separate meetings with the LNA delegation.

The port attack came a day after the second round of the military talks opened at the Palais des Nations.

Residents said several explosions were heard across the city, and ships in the harbour were moved away from the docks."""),

    ("014", "2020-03-03T08:45:00Z", "tidewater-wire", "un-libya-envoy-salame-quits",
     "UN Libya envoy Salame quits, citing health",
     """GENEVA, March 3 (Tidewater Wire) - Ghassan Salame has resigned as the United Nations special envoy for Libya, saying his health no longer allowed him to carry the stress of the job, after two and a half years in the post.

The Lebanese former culture minister announced his decision on Monday in a message on social media. A UN spokesman confirmed that Secretary-General Antonio Guterres had received the resignation and said a transition would be arranged.

Stephanie Williams, the American diplomat who serves as Salame's deputy, is expected to lead the UN Support Mission in Libya on an acting basis.

Salame's departure comes as the three tracks launched after the Berlin conference have stalled. Military talks in Geneva were interrupted last month, and a political dialogue scheduled for late February opened without many of the invited delegates.

Diplomats in Geneva said the resignation could slow the process further, while some analysts suggested a new envoy might find it easier to deal with Khalifa Haftar, who had criticised Salame.

The UN Security Council has not yet discussed a successor."""),

    ("015", "2020-04-02T13:00:00Z", "eastgate-review", "tripoli-voices-doubts-over-eu-embargo-mission",
     "Tripoli voices doubts as EU launches Libya embargo mission",
     """TRIPOLI, April 2 (Eastgate Review) - Libya's Government of National Accord said on Thursday that a new European Union naval mission to enforce the UN arms embargo would only be fair if it also watched the land and air routes used to supply Khalifa Haftar's forces.

The EU announced this week that Operation Irini would use ships, aircraft and satellites to inspect vessels suspected of carrying weapons to Libya, replacing an earlier mission that had no ships at sea.

A spokesman for Fayez al-Sarraj's government said Tripoli would back the operation only if it also monitored flights into eastern airbases and the desert border with Egypt, arguing that a sea-only mission would mainly stop supplies reaching the internationally recognised government.

German Foreign Minister Heiko Maas, whose government pushed for the mission, said Germany would contribute and that the embargo agreed in Berlin had to be enforced on everyone.

Fighting around Tripoli has intensified in recent weeks despite calls for a humanitarian pause to let the authorities prepare for the coronavirus."""),

    ("016", "2020-04-28T10:30:00Z", "lantern-dispatch", "haftar-says-he-accepts-popular-mandate",
     "Haftar says he accepts 'popular mandate' to govern Libya",
     """BENGHAZI, April 28 (Lantern Dispatch) - Khalifa Haftar declared on Monday that he had accepted a popular mandate to govern Libya, saying the 2015 political agreement that created the UN-backed government in Tripoli was finished.

In a televised speech, the commander of the Libyan National Army did not say what form the new arrangements would take or whether the eastern-based parliament, which has supported him, would keep its role.

Fayez al-Sarraj's Government of National Accord called the announcement a farce and a new coup. The UN mission said it remained committed to the 2015 agreement as the framework for any political settlement.

The speech followed weeks of setbacks for Haftar's forces west of Tripoli, where troops loyal to the government took a string of coastal towns this month with the help of armed drones.

Analysts said Haftar might be trying to sideline Aguila Saleh, the parliament speaker, who last week put forward his own political initiative. Others suggested the move was aimed at foreign backers who have grown impatient with the stalled offensive.

It was not clear whether the speech would affect the military talks, which have been frozen since February."""),

    ("017", "2020-05-08T12:20:00Z", "corniche-post", "turkey-says-eu-embargo-mission-favours-haftar",
     "Turkey says EU embargo mission favours Haftar",
     """ANKARA, May 8 (Corniche Post) - Turkey said on Friday it would support efforts to enforce the arms embargo on Libya only if they covered the air and land routes used to arm Khalifa Haftar, accusing the European Union's new naval mission of looking the other way.

Defence Minister Hulusi Akar said Operation Irini concentrated on ships sailing to western Libya while cargo planes and trucks kept delivering weapons to Haftar's forces in the east. Ankara would back enforcement that treated both sides equally, he said, but not a mission that in practice targeted the legitimate government.

Akar also said Turkish military advisers would stay in Libya for as long as the Government of National Accord wanted them there.

The Tripoli government, which says it will accept the mission only if it also watches Haftar's supply routes, has yet to reply formally to an EU request for cooperation.

Turkey endorsed the embargo at the Berlin conference in January, along with the other countries that attended.

EU officials say the operation will widen its surveillance to flights as more aircraft become available."""),

    ("018", "2020-05-27T15:45:00Z", "sirocco-times", "moscow-denies-sending-warplanes-to-libya",
     "Moscow denies sending warplanes to Libya",
     """MOSCOW, May 27 (Sirocco Times) - Russian officials on Wednesday rejected a US military statement that Moscow had flown at least 14 fighter jets to Libya to support private Russian contractors fighting for Khalifa Haftar, calling the report baseless.

US Africa Command said on Tuesday the MiG-29 and Su-24 aircraft had been repainted at a Russian base in Syria to hide their origin before landing at the al-Jufra airbase in central Libya.

Vladimir Dzhabarov, a senior member of the upper house of parliament, dismissed the claim as nonsense. The foreign ministry said Russia was complying with the UN arms embargo and had not delivered any military equipment to either side.

Haftar's Libyan National Army said it had received no new aircraft.

The Kremlin has repeatedly said that any Russians fighting in Libya do not represent the state. The Wagner group, which Western governments say provides fighters to Haftar, has no legal existence in Russia.

The dispute comes as Haftar's forces retreat from positions south of Tripoli, where forces loyal to the Government of National Accord have made steady gains since April."""),

    ("019", "2020-06-06T16:30:00Z", "tidewater-wire", "sisi-unveils-libya-peace-plan-with-haftar",
     "Egypt's Sisi unveils Libya peace plan alongside Haftar",
     """CAIRO, June 6 (Tidewater Wire) - Egyptian President Abdel Fattah al-Sisi announced a Libyan peace initiative on Saturday that calls for a ceasefire from Monday, standing beside eastern commander Khalifa Haftar and parliament speaker Aguila Saleh.

The plan, which Sisi called the Cairo Declaration, also calls for foreign mercenaries to leave Libya, for armed groups to be dismantled and for a new leadership council to be elected. Sisi said Egypt wanted all foreign fighters out and warned against any attempt to settle the conflict by force.

Haftar said his Libyan National Army would halt operations, provided that the forces facing it in the west also committed to the truce. He said the army backed the plan's call for all foreign mercenaries to leave, and thanked Egypt for its support.

The announcement came days after Haftar's forces were driven from their last positions around Tripoli, including the airport and the town of Tarhuna, by troops loyal to the Government of National Accord.

There was no immediate response from Tripoli. Russia and the United Arab Emirates, which have also backed Haftar, did not comment on Saturday.

The plan would also share oil revenue more evenly among Libya's three historic regions."""),

    ("020", "2020-06-07T11:00:00Z", "eastgate-review", "tripoli-brushes-off-cairo-plan",
     "Tripoli brushes off Cairo plan, vows to press on to Sirte",
     """TRIPOLI, June 7 (Eastgate Review) - Libya's Government of National Accord on Sunday dismissed an Egyptian-backed peace plan announced with Khalifa Haftar, saying any ceasefire had to come out of the UN-led military talks in Geneva rather than a proposal drawn up in Cairo.

A government spokesman said Tripoli still wanted a ceasefire but would not accept initiatives from countries that had armed Haftar. Its forces launched an advance on Sirte, Haftar's gateway to the eastern oil ports, on Saturday.

Mohammed Gnounou, spokesman for the government's forces, said troops would keep moving until Sirte and the al-Jufra airbase were back under state control. The government spokesman also dismissed suggestions that Sirte could be left as a neutral buffer zone, saying the city belonged to the state.

In Ankara, Foreign Minister Mevlut Cavusoglu said Turkey wanted a ceasefire negotiated under the United Nations, adding that the Cairo plan had no chance of success.

Sirte, the birthplace of Muammar Gaddafi, was taken by Haftar's forces in January. Its fall would open the road to the oil terminals at Ras Lanuf and Es Sider."""),

    ("021", "2020-06-20T18:20:00Z", "lantern-dispatch", "sisi-warns-egypt-may-intervene-over-sirte",
     "Sisi warns Egypt may intervene if Sirte is attacked",
     """CAIRO, June 20 (Lantern Dispatch) - Egyptian President Abdel Fattah al-Sisi said on Saturday that any advance by Tripoli's forces on the cities of Sirte and al-Jufra would cross a red line, and that Egypt had the right to intervene directly in neighbouring Libya to protect its security.

Speaking at an air base near the Libyan border while inspecting troops, Sisi told the armed forces to be ready for missions inside or outside the country if necessary. He said Egypt had no wish to interfere, and that it wanted the two sides to stop at their current front lines and return to negotiations on a ceasefire.

Egypt has backed Khalifa Haftar's forces since 2014 and regards the Islamist-leaning armed groups allied to Tripoli as a threat to its western border.

The Government of National Accord said the speech amounted to a declaration of war and an attack on Libya's sovereignty. Turkey did not comment immediately.

Analysts said Egypt was unlikely to send ground troops unless Haftar's lines collapsed, but that the warning raised the stakes for Ankara."""),

    ("022", "2020-07-11T14:10:00Z", "sirocco-times", "haftar-forces-set-conditions-for-oil-restart",
     "Haftar's forces set conditions for lifting oil blockade",
     """BENGHAZI, July 11 (Sirocco Times) - Khalifa Haftar's Libyan National Army said on Saturday that the oil fields and ports it controls would stay closed until revenues were paid into a special account abroad and shared fairly among Libya's regions, setting out terms for ending its six-month blockade.

LNA spokesman Ahmed al-Mismari said in a televised statement that exports could resume once there were guarantees the money would not be used to pay for Turkish troops and Syrian mercenaries, and once the central bank's spending had been audited.

The statement came a day after the National Oil Corporation said foreign mercenaries had entered the Es Sider terminal and that a tanker had been prevented from loading there, dashing hopes of a quick restart. The corporation puts the losses from the blockade at more than $6 billion.

The UN mission called for an immediate and unconditional lifting of the blockade.

The Government of National Accord has repeatedly said the closures must end without preconditions and that oil revenue belongs to all Libyans.

US diplomats have been trying to broker an arrangement under which revenues would be held in a separate account until a political deal is reached."""),

    ("023", "2020-07-22T19:00:00Z", "corniche-post", "turkey-russia-agree-to-work-on-libya-ceasefire",
     "Turkey and Russia agree to work on lasting Libya ceasefire",
     """ANKARA, July 22 (Corniche Post) - Turkish and Russian officials agreed after two days of talks in Ankara on Wednesday to keep working towards a credible and sustainable ceasefire in Libya and to set up a joint working group on the conflict, according to a joint statement.

The delegations, led by deputy foreign ministers, also said they would encourage the Libyan parties to take steps to ease the humanitarian situation and to resume the UN-led political process.

The statement did not address the fate of Sirte, the coastal city that Khalifa Haftar's forces still hold. Presidential spokesman Ibrahim Kalin said this week that Turkey would accept a demilitarised arrangement for Sirte and the al-Jufra airbase only if Haftar's forces withdrew from both first.

Turkey backs the Government of National Accord, while Russia has been accused of supporting Haftar through the Wagner private military company, which the Kremlin says is not linked to the state.

Egypt's parliament on Monday approved the possible deployment of troops outside the country, a step widely seen as a warning over Sirte."""),

    ("024", "2020-08-21T17:30:00Z", "tidewater-wire", "tripoli-declares-ceasefire-calls-for-demilitarised-sirte",
     "Libya's Tripoli government declares ceasefire, calls for demilitarised Sirte",
     """TRIPOLI, Aug 21 (Tidewater Wire) - Libya's Government of National Accord declared an immediate ceasefire on Friday and called for the contested city of Sirte and the al-Jufra airbase to be turned into a demilitarised zone, a sharp change from its vow earlier this summer to take both by force.

In a statement, Prime Minister Fayez al-Sarraj said there could be no lasting peace without a Sirte and al-Jufra free of weapons, with police from both sides agreeing security arrangements there. He ordered all forces under his command to halt fighting.

Sarraj also called for oil production and exports to resume, with revenues held in a foreign bank account of the National Oil Corporation until a political settlement was reached, and proposed elections next March.

Aguila Saleh, speaker of the eastern-based parliament, issued a parallel statement also calling for a ceasefire. Khalifa Haftar's Libyan National Army did not comment.

Stephanie Williams, the acting UN envoy, welcomed the two statements and said the call for a demilitarised zone in Sirte offered a basis for talks."""),

    ("025", "2020-08-23T13:00:00Z", "eastgate-review", "haftar-army-dismisses-tripoli-ceasefire-call",
     "Haftar's army dismisses Tripoli ceasefire call as publicity stunt",
     """BENGHAZI, Aug 23 (Eastgate Review) - Khalifa Haftar's Libyan National Army on Sunday dismissed the ceasefire announced by the Tripoli government as a media stunt, saying forces loyal to the Government of National Accord were massing near Sirte.

LNA spokesman Ahmed al-Mismari told a news conference that the army would keep to its own truce as long as the forces facing it did not advance, but that it would respond to any attack.

He said the army would not withdraw from Sirte or al-Jufra, describing the proposal for a demilitarised zone as a Turkish plan to open the way to the oil ports.

Mismari did not mention the parallel ceasefire call issued on Friday by Aguila Saleh, the parliament speaker who has become the main political voice of the east.

The United Arab Emirates welcomed both announcements on Saturday, with its foreign ministry saying they were an important step towards a political solution, and urged all sides to build on them.

Western diplomats said the differences between Saleh and Haftar could complicate efforts to agree on the future of Sirte."""),

    ("026", "2020-09-18T20:00:00Z", "sirocco-times", "haftar-announces-end-to-oil-blockade",
     "Haftar announces end to oil blockade after deal with Tripoli deputy",
     """BENGHAZI, Sept 18 (Sirocco Times) - Khalifa Haftar said on Friday that his forces would allow oil production and exports to resume, ending an eight-month blockade that has cost Libya more than $9 billion in lost revenue.

In a televised speech, the commander of the Libyan National Army said the decision was taken because of the suffering of ordinary Libyans, and that a joint committee would make sure oil income was distributed fairly and not used to finance terrorism. He said the reopening would begin immediately.

The arrangement was negotiated with Ahmed Maiteeq, deputy head of the Tripoli-based Presidential Council, who said in a separate statement that the agreement would get oil flowing again for the benefit of all Libyans.

Several other members of the Presidential Council and politicians in Tripoli and Misrata said they had not been consulted and criticised Maiteeq for acting alone, though none of them called for the ports to stay closed.

The UN mission welcomed the announcement. The National Oil Corporation said it would lift force majeure only at facilities that were free of armed groups.

Oil traders said exports could restart within days from the eastern terminals."""),

    ("027", "2020-09-29T12:00:00Z", "lantern-dispatch", "libyan-officers-meet-in-hurghada",
     "Libyan military officers meet at Egyptian Red Sea resort",
     """HURGHADA, Sept 29 (Lantern Dispatch) - Military officers from Libya's two rival camps met for a second day on Tuesday at the Egyptian Red Sea resort of Hurghada, in talks hosted by Egypt and attended by the United Nations mission.

The meetings brought together members of the joint military commission and security officials to discuss practical arrangements such as the exchange of prisoners, the reopening of roads and air links, and the security of oil facilities.

Stephanie Williams, the acting UN envoy, attended the opening session and described the atmosphere as positive. No statement was issued on Tuesday, and officials said it was too early to say when the commission would next meet in Geneva.

Diplomats said it was unclear whether the two sides were ready for a formal agreement, and some cautioned that the hardest questions, such as the fate of Sirte, had not yet been discussed.

The talks run in parallel with political consultations in Morocco and Switzerland, where Libyan lawmakers have discussed how to share out senior state posts."""),

    ("028", "2020-10-23T12:30:00Z", "tidewater-wire", "libya-rivals-sign-permanent-ceasefire",
     "Libya's rival forces sign permanent ceasefire in Geneva",
     """GENEVA, Oct 23 (Tidewater Wire) - Libya's two warring sides signed a permanent nationwide ceasefire agreement in Geneva on Friday that requires all foreign fighters and mercenaries to leave the country within three months, the United Nations said.

The deal was signed by the five officers representing the Government of National Accord and the five representing Khalifa Haftar's Libyan National Army, after five days of talks in the joint military commission. It takes effect immediately.

Under the agreement, all military units and armed groups are to return to their bases, and all foreign fighters and mercenaries are to leave Libya's land, air and sea within 90 days. Military training agreements with foreign states are suspended until a new unified government takes office.

Stephanie Williams, the acting UN envoy, called the accord a brave and historic step and said it would be sent to the Security Council.

The head of the LNA delegation told reporters that the army would honour every clause of the text, including the departure of all foreign forces. A member of the GNA delegation said the agreement reflected the wishes of all Libyans.

The text also provides for the reopening of the coastal road between Sirte and Misrata."""),

    ("029", "2020-10-23T16:10:00Z", "corniche-post", "erdogan-rejects-libya-ceasefire-deal",
     "Erdogan rejects Libya ceasefire deal",
     """ISTANBUL, Oct 23 (Corniche Post) - President Tayyip Erdogan said on Friday that the ceasefire signed by Libya's rival military delegations in Geneva did not look very credible, and that time would show whether it lasted.

Speaking to reporters after Friday prayers in Istanbul, Erdogan said the agreement had not been reached at the highest level. He said Turkey's military training and advisory mission in Libya was based on an agreement with the legitimate government and would continue, whatever the Geneva text said about foreign forces.

The agreement requires all foreign fighters and mercenaries to leave Libya within 90 days and suspends military training agreements with foreign states.

Turkey has sent military advisers, drones and air defence systems to support the Government of National Accord, according to UN experts, who have also reported Syrian fighters on the Tripoli side and Russian contractors with Khalifa Haftar's forces.

Turkish officials have said the Tripoli government asked for the support. Diplomats in Ankara said Turkey was unlikely to scale back its presence before a new Libyan government was formed."""),

    ("030", "2020-10-24T09:00:00Z", "eastgate-review", "egypt-uae-germany-welcome-libya-truce",
     "Egypt, UAE and Germany welcome Libya truce deal, urge foreign pullout",
     """CAIRO, Oct 24 (Eastgate Review) - Egypt welcomed the permanent ceasefire signed by Libya's rival military delegations, with President Abdel Fattah al-Sisi saying on Friday that the agreement was an important step that should lead to a political settlement and the departure of foreign forces.

Egypt's foreign ministry said it hoped the deal would end foreign interference, and that Cairo was ready to help carry it out.

The United Arab Emirates also welcomed the agreement. A statement from its foreign ministry praised the work of the United Nations and said the deal offered an opportunity that the Libyan parties should seize.

German Foreign Minister Heiko Maas, whose country hosted the Berlin conference in January, said the agreement had to be followed by the complete withdrawal of foreign fighters.

The ceasefire requires foreign fighters and mercenaries to leave within 90 days. UN experts estimate that thousands of Syrian, Russian, Sudanese and Chadian fighters are in the country.

Egypt and the UAE have been the main foreign backers of Khalifa Haftar, along with Russia. Turkey has supported the Tripoli government."""),

    ("031", "2020-11-09T15:00:00Z", "lantern-dispatch", "libyan-political-forum-opens-in-tunisia",
     "Libyan political forum opens in Tunisia",
     """TUNIS, Nov 9 (Lantern Dispatch) - Seventy-five Libyan delegates began UN-facilitated political talks near Tunis on Monday aimed at agreeing on an interim executive and a date for national elections.

Tunisian President Kais Saied opened the Libyan Political Dialogue Forum at a hotel in Gammarth, north of the capital, telling delegates that Libyans alone should decide their future.

The delegates were chosen by the United Nations to represent the eastern-based parliament, the Tripoli-based High Council of State, and a range of regions, tribes, political currents, women and young people. Participants have pledged not to seek posts in the transitional government themselves.

Stephanie Williams, the acting UN envoy, said the forum had a week to produce results and that the talks were being held in person despite the pandemic.

Some delegates questioned how the participants had been selected, and several analysts predicted that the question of who would lead a new presidential council would prove the hardest to settle.

The forum is separate from the joint military commission, whose members met inside Libya for the first time last week."""),

    ("032", "2020-12-02T17:00:00Z", "sirocco-times", "un-says-20000-foreign-fighters-in-libya",
     "UN says 20,000 foreign fighters remain in Libya",
     """GENEVA, Dec 2 (Sirocco Times) - There are at least 20,000 foreign fighters and mercenaries in Libya, and foreign forces are present at ten military bases across the country, acting UN envoy Stephanie Williams said on Wednesday, calling the situation a shocking violation of Libya's sovereignty.

Williams told an online session of the Libyan political forum that weapons were still being flown into the country despite the UN arms embargo, and that the October ceasefire required all foreign fighters to leave by late January.

She said the United Nations expected the foreign forces to go on schedule and that the Libyan parties had to make sure they did. The embargo, she added, must be respected by everyone.

Williams did not name the countries responsible. UN experts have previously reported Russian private military contractors and Sudanese and Syrian fighters in Libya.

A spokesman for Khalifa Haftar's Libyan National Army declined to say whether any foreign fighters on its side of the front line had begun to leave.

The joint military commission has formed sub-committees to oversee the withdrawal and the reopening of the coastal road."""),

    ("033", "2020-12-22T16:30:00Z", "tidewater-wire", "turkish-parliament-extends-libya-mandate",
     "Turkish parliament extends Libya troop mandate by 18 months",
     """ANKARA, Dec 22 (Tidewater Wire) - Turkey's parliament voted on Tuesday to extend by 18 months its authorisation for troops to be deployed in Libya, a month before the deadline set in Libya's ceasefire agreement for foreign forces to leave.

The motion, submitted by President Tayyip Erdogan's office, said the risk of attacks on the Government of National Accord by Khalifa Haftar's forces persisted and that the Turkish presence was needed to deter a new offensive.

Defence Minister Hulusi Akar said Turkish personnel were in Libya at the request of the legitimate government to train its army and could not be treated as foreign fighters under the Geneva agreement. He said they would stay as long as Tripoli asked them to.

The Tripoli government welcomed the vote, saying its security cooperation with Ankara was a sovereign decision.

Haftar's camp, which insists that every foreign soldier must leave under the Geneva deal, did not comment on the vote.

The 90-day deadline for foreign fighters and mercenaries expires on Jan. 23. UN officials have said there is no sign yet of any withdrawal."""),
]

# ---------------------------------------------------------------------------
# Claims: {article: [(actor, issue, stance, quote, attributed)]}
# ---------------------------------------------------------------------------
S, O, C = "support", "oppose", "conditional"
CLAIMS = {
    "001": [
        ("turkey", "turkish-troops", S, "Turkey's parliament voted on Thursday to authorise the deployment of troops to Libya", True),
        ("egypt", "turkish-troops", O, "Egypt's foreign ministry condemned the vote in a statement", True),
        ("gna", "turkish-troops", S, "a request for military help that Fayez al-Sarraj's Government of National Accord sent", False),
        ("lna", "turkish-troops", O, "which has vowed to fight any Turkish troops who land", False),
    ],
    "002": [
        ("turkey", "turkish-troops", S, "Lawmakers in Turkey's parliament on Thursday authorised sending troops to Libya", True),
        ("egypt", "turkish-troops", O, "Egypt's foreign ministry condemned the vote", True),
        ("gna", "turkish-troops", S, "a request for military help that Fayez al-Sarraj's Government of National Accord sent", False),
        ("lna", "turkish-troops", O, "has vowed to fight any Turkish troops who land", False),
    ],
    "003": [
        ("turkey", "ceasefire", S, "said in a joint statement that the ceasefire should be followed by talks", True),
        ("russia", "ceasefire", S, "said in a joint statement that the ceasefire should be followed by talks", True),
    ],
    "004": [
        ("lna", "ceasefire", C, "would observe a ceasefire from one minute past midnight, on condition that", True),
        ("gna", "ceasefire", S, "said on Sunday that it accepted the ceasefire", True),
        ("un", "ceasefire", S, "welcomed the announcements and urged both sides to respect the truce", True),
    ],
    "005": [
        ("gna", "ceasefire", S, "Fayez al-Sarraj put his name to the text", True),
        ("lna", "ceasefire", C, "Lavrov told reporters that Haftar viewed the document positively", False),
        ("russia", "ceasefire", S, "Moscow and Ankara would keep pressing for an open-ended truce", True),
        ("turkey", "ceasefire", S, "Cavusoglu said Turkey was determined to see the ceasefire made permanent", True),
    ],
    "006": [
        ("lna", "ceasefire", O, "left Moscow on Tuesday without signing a ceasefire agreement", True),
        ("gna", "ceasefire", S, "Fayez al-Sarraj, who signed the document on Monday", False),
        ("russia", "ceasefire", S, "Moscow still wanted a lasting ceasefire", True),
    ],
    "007": [
        ("lna", "ceasefire", O, "left Moscow on Tuesday without signing a ceasefire deal", True),
        ("gna", "ceasefire", S, "Fayez al-Sarraj, who signed the document on Monday", False),
        ("russia", "ceasefire", S, "Moscow would keep up its efforts and still wanted a lasting ceasefire", True),
    ],
    "008": [
        ("lna", "abandon-oil-blockade", O, "the army stood with the protesters and would not intervene to reopen the ports", True),
        ("gna", "abandon-oil-blockade", S, "demanded that the terminals be reopened at once", True),
    ],
    "009": [
        ("turkey", "arms-embargo", S, "Among those who endorsed it were Turkey's Tayyip Erdogan", True),
        ("russia", "arms-embargo", S, "Russia's Vladimir Putin", True),
        ("egypt", "arms-embargo", S, "Egypt's Abdel Fattah al-Sisi", True),
        ("uae", "arms-embargo", S, "Abu Dhabi's crown prince, Mohammed bin Zayed", True),
        ("germany", "arms-embargo", S, "commits them to refrain from sending weapons or fighters to either side", True),
        ("germany", "ceasefire", S, "should work to turn the current truce into a lasting ceasefire", True),
    ],
    "010": [
        ("un", "abandon-oil-blockade", S, "called for the facilities to be reopened", True),
        ("gna", "abandon-oil-blockade", S, "repeated its demand that the ports and fields be reopened without conditions", True),
    ],
    "011": [
        ("un", "arms-embargo", S, "called on all parties to respect the arms embargo", True),
        ("germany", "arms-embargo", S, "Merkel said the Berlin results now had to be implemented, including the embargo", True),
        ("turkey", "turkish-troops", S, "Turkey would keep up its support for Fayez al-Sarraj's government, including military training", True),
    ],
    "012": [
        ("un", "ceasefire", S, "the United Nations wanted a permanent ceasefire in place as quickly as possible", True),
        ("gna", "ceasefire", C, "both delegations accepted the principle of turning the truce into a durable ceasefire", False),
        ("lna", "ceasefire", C, "He said the LNA side wanted the Tripoli armed groups disarmed before signing", False),
    ],
    "013": [
        ("gna", "ceasefire", S, "It said it still wanted a lasting ceasefire", True),
    ],
    "014": [],
    "015": [
        ("gna", "arms-embargo", C, "Tripoli would back the operation only if it also monitored flights", True),
        ("germany", "arms-embargo", S, "the embargo agreed in Berlin had to be enforced on everyone", True),
    ],
    "016": [],
    "017": [
        ("turkey", "arms-embargo", C, "would support efforts to enforce the arms embargo on Libya only if they covered", True),
        ("turkey", "turkish-troops", S, "Turkish military advisers would stay in Libya for as long as", True),
        ("gna", "arms-embargo", C, "which says it will accept the mission only if it also watches", False),
    ],
    "018": [
        ("russia", "arms-embargo", S, "Russia was complying with the UN arms embargo", True),
    ],
    "019": [
        ("egypt", "ceasefire", S, "announced a Libyan peace initiative on Saturday that calls for a ceasefire from Monday", True),
        ("egypt", "foreign-fighters-out", S, "Sisi said Egypt wanted all foreign fighters out", True),
        ("lna", "ceasefire", C, "would halt operations, provided that the forces facing it in the west also committed", True),
        ("lna", "foreign-fighters-out", S, "the army backed the plan's call for all foreign mercenaries to leave", True),
    ],
    "020": [
        ("gna", "ceasefire", S, "Tripoli still wanted a ceasefire", True),
        ("gna", "demilitarise-sirte", O, "dismissed suggestions that Sirte could be left as a neutral buffer zone", True),
        ("turkey", "ceasefire", S, "Turkey wanted a ceasefire negotiated under the United Nations", True),
    ],
    "021": [
        ("egypt", "ceasefire", S, "wanted the two sides to stop at their current front lines and return to negotiations", True),
    ],
    "022": [
        ("lna", "abandon-oil-blockade", C, "would stay closed until revenues were paid into a special account abroad", True),
        ("un", "abandon-oil-blockade", S, "called for an immediate and unconditional lifting of the blockade", True),
        ("gna", "abandon-oil-blockade", S, "has repeatedly said the closures must end without preconditions", False),
    ],
    "023": [
        ("turkey", "ceasefire", S, "to keep working towards a credible and sustainable ceasefire in Libya", True),
        ("russia", "ceasefire", S, "to keep working towards a credible and sustainable ceasefire in Libya", True),
        ("turkey", "demilitarise-sirte", C, "only if Haftar's forces withdrew from both first", True),
    ],
    "024": [
        ("gna", "ceasefire", S, "declared an immediate ceasefire on Friday", True),
        ("gna", "demilitarise-sirte", S, "there could be no lasting peace without a Sirte and al-Jufra free of weapons", True),
        ("gna", "abandon-oil-blockade", S, "called for oil production and exports to resume", True),
        ("un", "ceasefire", S, "welcomed the two statements", True),
        ("un", "demilitarise-sirte", S, "the call for a demilitarised zone in Sirte offered a basis for talks", True),
    ],
    "025": [
        ("lna", "ceasefire", C, "keep to its own truce as long as the forces facing it did not advance", True),
        ("lna", "demilitarise-sirte", O, "the army would not withdraw from Sirte or al-Jufra", True),
        ("uae", "ceasefire", S, "The United Arab Emirates welcomed both announcements on Saturday", True),
    ],
    "026": [
        ("lna", "abandon-oil-blockade", S, "his forces would allow oil production and exports to resume", True),
        ("gna", "abandon-oil-blockade", S, "the agreement would get oil flowing again for the benefit of all Libyans", True),
        ("un", "abandon-oil-blockade", S, "The UN mission welcomed the announcement", True),
    ],
    "027": [],
    "028": [
        ("gna", "ceasefire", S, "signed by the five officers representing the Government of National Accord", True),
        ("lna", "ceasefire", S, "the five representing Khalifa Haftar's Libyan National Army", True),
        ("gna", "foreign-fighters-out", S, "signed by the five officers representing the Government of National Accord", True),
        ("lna", "foreign-fighters-out", S, "including the departure of all foreign forces", True),
        ("un", "ceasefire", S, "called the accord a brave and historic step", True),
    ],
    "029": [
        ("turkey", "turkish-troops", S, "was based on an agreement with the legitimate government and would continue", True),
        ("turkey", "foreign-fighters-out", O, "would continue, whatever the Geneva text said about foreign forces", True),
        ("gna", "turkish-troops", S, "Turkish officials have said the Tripoli government asked for the support", False),
    ],
    "030": [
        ("egypt", "ceasefire", S, "Egypt welcomed the permanent ceasefire", True),
        ("egypt", "foreign-fighters-out", S, "should lead to a political settlement and the departure of foreign forces", True),
        ("uae", "ceasefire", S, "The United Arab Emirates also welcomed the agreement", True),
        ("germany", "foreign-fighters-out", S, "the agreement had to be followed by the complete withdrawal of foreign fighters", True),
    ],
    "031": [],
    "032": [
        ("un", "foreign-fighters-out", S, "the United Nations expected the foreign forces to go on schedule", True),
        ("un", "arms-embargo", S, "The embargo, she added, must be respected by everyone", True),
    ],
    "033": [
        ("turkey", "turkish-troops", S, "Turkey's parliament voted on Tuesday to extend by 18 months its authorisation", True),
        ("turkey", "foreign-fighters-out", O, "could not be treated as foreign fighters under the Geneva agreement", True),
        ("gna", "turkish-troops", S, "The Tripoli government welcomed the vote", True),
        ("lna", "foreign-fighters-out", S, "which insists that every foreign soldier must leave under the Geneva deal", False),
    ],
}

SHIFTS = [
    {"actor": "lna", "issue": "ceasefire", "from": "conditional", "to": "oppose", "article": "006",
     "why": "Haftar leaves Moscow without signing and the LNA general command rejects the draft; in 004 the LNA had accepted the truce on condition the other side observed it (baseline conditional)."},
    {"actor": "turkey", "issue": "arms-embargo", "from": "support", "to": "conditional", "article": "017",
     "why": "Turkey says it will back embargo enforcement only if it covers the air and land routes to Haftar; at Berlin (009) Erdogan endorsed the embargo without conditions."},
    {"actor": "lna", "issue": "ceasefire", "from": "oppose", "to": "conditional", "article": "019",
     "why": "Haftar says in Cairo the LNA will halt operations provided the western forces commit to the truce; his last attributed position was the Moscow walkout and rejection (006)."},
    {"actor": "lna", "issue": "abandon-oil-blockade", "from": "oppose", "to": "conditional", "article": "022",
     "why": "The LNA sets terms for ending the blockade (revenue in a special account, fair sharing, audit); in 008 it said it would not intervene to reopen the ports."},
    {"actor": "gna", "issue": "demilitarise-sirte", "from": "oppose", "to": "support", "article": "024",
     "why": "Sarraj calls for Sirte and al-Jufra to be demilitarised; in 020 the government dismissed leaving Sirte as a neutral buffer zone."},
    {"actor": "lna", "issue": "abandon-oil-blockade", "from": "conditional", "to": "support", "article": "026",
     "why": "Haftar announces that oil production and exports will resume immediately; in 022 the ports were to stay closed until conditions were met."},
    {"actor": "lna", "issue": "ceasefire", "from": "conditional", "to": "support", "article": "028",
     "why": "The LNA delegation signs the permanent ceasefire in Geneva and pledges to honour every clause; since Cairo (019, 025) its truce was conditional on the other side."},
]

DUPLICATES = [("001", "002"), ("006", "007")]

STANCES = {"support", "oppose", "conditional"}
MONTHS = r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)"


def fail(errors):
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for the watchlist format (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                issues.append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append((m.group(1), m.group(2), m.group(3)))
    return actors, issues, baseline


def parse_issue_fields(path):
    """Return {issue_id: set(field names)} to check that issues carry only the allowed fields."""
    fields, section, current = {}, None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.split(":")[0]
                continue
            if section != "issues" or not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^  - (\w+): (.*)$", line)
            if m:
                current = m.group(2).strip() if m.group(1) == "id" else None
                fields[current] = {m.group(1)}
                continue
            m = re.match(r"^    (\w+):", line)
            if m and current:
                fields[current].add(m.group(1))
    return fields


def recompute_shifts(baseline, claims, order):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for aid in order:
        for actor, issue, stance, _q, attributed in claims[aid]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                shifts.append((actor, issue, prev, stance, aid))
            prevailing[key] = stance
    return shifts


def main():
    errors = []
    watch = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline = parse_watchlist(watch)
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues (want 5-7)")
    for iid, flds in parse_issue_fields(watch).items():
        if flds != {"id", "name", "description", "terms"}:
            errors.append(f"issue {iid} has fields {sorted(flds)}")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append(f"bad baseline entry {a} {i} {s}")

    # --- articles -----------------------------------------------------------
    ids = [a[0] for a in ARTICLES]
    if ids != [f"{n:03d}" for n in range(1, len(ARTICLES) + 1)]:
        errors.append("article ids are not 001.. in order")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append(f"{len(ARTICLES)} articles (want 30-34)")
    times = [a[1] for a in ARTICLES]
    if times != sorted(times) or len(set(times)) != len(times):
        errors.append("articles are not in strict publication order")
    urls = set()
    records = []
    for aid, pub, outlet, slug, title, text in ARTICLES:
        if outlet not in OUTLETS:
            errors.append(f"{aid}: unknown outlet {outlet}")
            continue
        name = OUTLETS[outlet]
        dt = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = f"https://example.org/{outlet}/{dt:%Y/%m/%d}/{slug}"
        if url in urls:
            errors.append(f"{aid}: duplicate url")
        urls.add(url)
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append(f"{aid}: {n} words (want 120-260)")
        m = re.match(r"^([A-Z][A-Z .'-]+), " + MONTHS + r" (\d{1,2}) \((.+?)\) - ", text)
        if not m:
            errors.append(f"{aid}: bad dateline")
        else:
            if m.group(4) != name:
                errors.append(f"{aid}: dateline outlet {m.group(4)} != {name}")
            if int(m.group(3)) != dt.day:
                errors.append(f"{aid}: dateline day {m.group(3)} != {dt.day}")
        if '"' in text:
            errors.append(f"{aid}: contains a double quotation mark")
        records.append({"id": aid, "published": pub, "source": name, "url": url,
                        "title": title, "text": text, "_dt": dt, "_outlet": outlet})
    by_id = {r["id"]: r for r in records}
    if len({a[2] for a in ARTICLES}) not in (4, 5):
        errors.append("want 4-5 outlets")

    # --- claims -------------------------------------------------------------
    if set(CLAIMS) != set(ids):
        errors.append("CLAIMS keys do not match the article ids")
    for aid, lst in CLAIMS.items():
        text = by_id[aid]["text"] if aid in by_id else ""
        seen = set()
        for actor, issue, stance, quote, attributed in lst:
            if actor not in actors:
                errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{aid}: unknown issue {issue}")
            if stance not in STANCES:
                errors.append(f"{aid}: bad stance {stance}")
            if not isinstance(attributed, bool):
                errors.append(f"{aid}: attributed must be bool")
            if quote not in text:
                errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{aid}: quote longer than 15 words: {quote!r}")
            if (actor, issue) in seen:
                errors.append(f"{aid}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
    all_claims = [c for aid in ids for c in CLAIMS.get(aid, [])]
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims (want 60-90)")
    cond = sum(1 for c in all_claims if c[2] == C)
    if cond < 6:
        errors.append(f"only {cond} conditional claims")
    if {c[2] for c in all_claims} != STANCES:
        errors.append("not all stances present")
    if not any(c[4] is False for c in all_claims):
        errors.append("no attributed:false claims")
    empty = [aid for aid in ids if not CLAIMS.get(aid)]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} articles without claims (want 3-4)")

    # --- shifts -------------------------------------------------------------
    recomputed = recompute_shifts(baseline, CLAIMS, ids)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        errors.append("recomputed shifts differ from labelled shifts:\n  recomputed=%s\n  labelled=%s"
                      % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts (want 5-8)")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals (max 2)")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [aid for aid in ids if aid not in shift_articles]

    # --- duplicates ---------------------------------------------------------
    if len(DUPLICATES) != 2:
        errors.append("want exactly 2 duplicate pairs")
    for a, b in DUPLICATES:
        ra, rb = by_id[a], by_id[b]
        if ra["_dt"].date() != rb["_dt"].date() or ra["_dt"] >= rb["_dt"] or ra["source"] == rb["source"]:
            errors.append(f"duplicate pair {a}/{b}: not same day / later copy / other outlet")
        ta = sorted((c[0], c[1], c[2], c[4]) for c in CLAIMS[a])
        tb = sorted((c[0], c[1], c[2], c[4]) for c in CLAIMS[b])
        if ta != tb:
            errors.append(f"duplicate pair {a}/{b}: claims differ")
        if b in shift_articles:
            errors.append(f"duplicate copy {b} must not be a shift article")
    if not any(a in shift_articles for a, _b in DUPLICATES):
        errors.append("no duplicate pair whose original is a shift article")

    if errors:
        fail(errors)

    # --- write --------------------------------------------------------------
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        out = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{r['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")

    labels = {
        "claims": {aid: [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at}
                         for a, i, s, q, at in CLAIMS[aid]] for aid in ids},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted((r for r in records if r["_outlet"] == slug), key=lambda r: r["_dt"], reverse=True)
        if not items:
            continue
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set libya-ceasefire-2020</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{format_datetime(items[0]['_dt'], usegmt=True)}</lastBuildDate>",
        ]
        for r in items:
            parts += [
                "    <item>",
                f"      <title>{escape(r['title'])}</title>",
                f"      <link>{escape(r['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                f"      <pubDate>{format_datetime(r['_dt'], usegmt=True)}</pubDate>",
                f"      <description>{escape(r['text'])}</description>",
                "    </item>",
            ]
        parts += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
        feed_paths.append(path)

    # --- post-write checks --------------------------------------------------
    for p in feed_paths:
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {p}: {res.stderr.strip()}")
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        reread = json.load(f)
    for aid, lst in reread["claims"].items():
        with open(os.path.join(art_dir, f"{aid}.json"), encoding="utf-8") as f:
            text = json.load(f)["text"]
        for c in lst:
            if c["quote"] not in text:
                errors.append(f"{aid}: quote missing after write")
    if errors:
        fail(errors)

    # --- summary ------------------------------------------------------------
    counts = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in all_claims if not c[4])
    words = [len(r["text"].split()) for r in records]
    print(f"OK: {len(records)} articles ({min(words)}-{max(words)} words), {len(all_claims)} claims "
          f"{counts}, attributed false {unattributed}, {len(SHIFTS)} shifts in articles {shift_articles}, "
          f"no-claim articles {empty}, feeds {len(feed_paths)}")
    per_outlet = {}
    for r in records:
        per_outlet[r["source"]] = per_outlet.get(r["source"], 0) + 1
    print("per outlet:", per_outlet)


if __name__ == "__main__":
    main()
