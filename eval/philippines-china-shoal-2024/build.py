#!/usr/bin/env python3
"""Build the philippines-china-shoal-2024 evaluation set: articles/*.json, feeds/*.xml, labels.json.

Self-contained (standard library only). Run: python3 build.py
Validates the set after writing it and exits non-zero on any problem.
"""
import json, os, sys, subprocess
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "strait-courier": "Strait Courier",
    "pacific-ledger": "Pacific Ledger",
    "lantern-post": "Lantern Post",
    "coral-gazette": "Coral Gazette",
}
ACTORS = {"philippines", "china", "usa", "japan", "asean", "pcg", "ccg"}
ISSUES = {"abandon-sierra-madre", "unimpeded-resupply", "prior-notice", "resupply-arrangement", "arbitral-award"}
S, O, C = "support", "oppose", "conditional"

# (id, published UTC, outlet, slug, title, paragraphs, claims[(actor, issue, stance, quote, attributed)])
ARTICLES = [
 ("001", "2024-03-05T09:10:00Z", "strait-courier", "china-coast-guard-water-cannon-resupply-boat",
  "Chinese coast guard fires water cannon at Philippine resupply boat near Second Thomas Shoal",
  ["MANILA, Mar 5 (Strait Courier) - Chinese coast guard ships fired water cannon at a Philippine supply boat heading for Second Thomas Shoal on Tuesday, and a Philippine coast guard vessel escorting it was struck in a minor collision, officials in Manila said.",
   "The wooden-hulled Unaizah May 4 was carrying food and water to the handful of marines who live aboard the BRP Sierra Madre, a rusting navy ship the Philippines ran aground on the reef in 1999 to assert its claim. Four of its crew were hurt by broken glass.",
   "Jay Tarriela, spokesman for the Philippine Coast Guard, said the mission had every right to reach the shoal and that the coast guard would keep escorting supply runs despite the harassment.",
   "The China Coast Guard said it had taken necessary control measures to block Philippine vessels that intruded into Chinese waters without permission. The National Security Council in Manila said the troops on the Sierra Madre would stay where they were."],
  [("pcg", "unimpeded-resupply", S, "the mission had every right to reach the shoal", True),
   ("ccg", "unimpeded-resupply", O, "taken necessary control measures to block Philippine vessels", True),
   ("philippines", "abandon-sierra-madre", O, "the troops on the Sierra Madre would stay where they were", True)]),
 ("002", "2024-03-05T11:45:00Z", "pacific-ledger", "water-cannon-collision-ayungin-shoal",
  "Water cannon and collision at Ayungin Shoal as China blocks Manila's supply run",
  ["MANILA, Mar 5 (Pacific Ledger) - A Philippine supply boat was hit by water cannon from Chinese coast guard vessels near Ayungin Shoal on Tuesday, and a Philippine coast guard ship escorting it was grazed in a collision, Philippine officials said.",
   "The Unaizah May 4 was bringing food and water to the marines stationed on the BRP Sierra Madre, a navy ship grounded on the reef since 1999. Four crew members suffered cuts from shattered glass.",
   "Philippine Coast Guard spokesman Jay Tarriela said the mission had every right to reach the shoal, and that supply runs would continue under escort.",
   "The China Coast Guard said it had taken necessary control measures to block Philippine vessels that entered the area without Beijing's permission. The National Security Council said the troops on the Sierra Madre would stay where they were."],
  [("pcg", "unimpeded-resupply", S, "the mission had every right to reach the shoal", True),
   ("ccg", "unimpeded-resupply", O, "taken necessary control measures to block Philippine vessels", True),
   ("philippines", "abandon-sierra-madre", O, "the troops on the Sierra Madre would stay where they were", True)]),
 ("003", "2024-03-06T08:30:00Z", "lantern-post", "beijing-says-manila-must-tow-warship",
  "Beijing says Manila must honour promise to tow away grounded warship",
  ["BEIJING, Mar 6 (Lantern Post) - China's foreign ministry said on Wednesday that the Philippines should keep what it called a long-standing promise to tow away the BRP Sierra Madre, the warship Manila grounded at Second Thomas Shoal, which Beijing calls Ren'ai Jiao.",
   "Spokeswoman Mao Ning told a regular briefing that the Philippine side had sent vessels into the waters without permission and that China's coast guard had acted in line with the law to stop them. She said the ship had been illegally \"grounded\" for 25 years and had to go.",
   "Mao said China had no intention of letting the vessel be turned into a permanent outpost. Asked whether Beijing would allow future supply missions, she said China would continue to safeguard its rights.",
   "Manila denies ever making such a promise."],
  [("china", "abandon-sierra-madre", S, "should keep what it called a long-standing promise to tow away the BRP Sierra Madre", True),
   ("china", "unimpeded-resupply", O, "China's coast guard had acted in line with the law to stop them", True)]),
 ("004", "2024-03-06T19:20:00Z", "coral-gazette", "us-condemns-chinese-actions-shoal",
  "U.S. condemns Chinese 'dangerous actions' against Philippine supply mission",
  ["WASHINGTON, Mar 6 (Coral Gazette) - The United States condemned China's use of water cannon against a Philippine resupply mission to Second Thomas Shoal and said Beijing's vessels had put Filipino lives at risk.",
   "State Department spokesman Matthew Miller said in a statement that China's actions disrupted lawful Philippine maritime operations, and that Washington stood with its ally in delivering supplies to the Sierra Madre. He repeated that the 1951 Mutual Defense Treaty extends to armed attacks on Philippine armed forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea.",
   "China's embassy in Washington said the United States had no right to intervene in an issue between China and the Philippines.",
   "The dispute was expected to come up at a regional meeting in Melbourne later in the week."],
  [("usa", "unimpeded-resupply", S, "Washington stood with its ally in delivering supplies to the Sierra Madre", True)]),
 ("005", "2024-03-23T10:05:00Z", "strait-courier", "three-hurt-water-cannon-supply-boat",
  "Three Filipino crew hurt as water cannon smashes supply boat",
  ["MANILA, Mar 23 (Strait Courier) - Three Filipino sailors were injured on Saturday when Chinese coast guard ships hit the supply boat Unaizah May 4 with water cannon near Second Thomas Shoal, leaving it badly damaged and unable to complete its run, the Philippine military said.",
   "Navy spokesman Rear Admiral Roy Trinidad said the boat was towed back to port. The Department of Foreign Affairs summoned China's deputy chief of mission in Manila to protest.",
   "Foreign Secretary Enrique Manalo said the Philippines would go on supplying its troops on the Sierra Madre and would not ask anyone's leave to do so. The China Coast Guard said it had expelled the Philippine boats, which it accused of trying to bring construction materials to the warship.",
   "Some analysts in Manila said the government might look for a less confrontational way to deliver supplies. The foreign ministry declined to say when the next mission would sail."],
  [("philippines", "unimpeded-resupply", S, "would go on supplying its troops on the Sierra Madre", True),
   ("philippines", "prior-notice", O, "would not ask anyone's leave to do so", True),
   ("ccg", "unimpeded-resupply", O, "it had expelled the Philippine boats", True)]),
 ("006", "2024-03-25T06:40:00Z", "pacific-ledger", "tokyo-voices-concern-shoal",
  "Tokyo voices serious concern over repeated attacks on Philippine boats",
  ["TOKYO, Mar 25 (Pacific Ledger) - Japan said on Monday it was seriously concerned by China's repeated use of water cannon against Philippine vessels near Second Thomas Shoal, and called for the Philippines' supply missions to be allowed to proceed safely.",
   "Foreign Minister Yoko Kamikawa told reporters in Tokyo that Japan opposed any attempt to change the status quo by force and would keep working with Manila and Washington on maritime security. She added that the 2016 arbitral award was final and legally binding on the parties.",
   "Japan, which has its own territorial dispute with China in the East China Sea, has been supplying coast guard ships to the Philippines.",
   "A Japanese diplomat said privately that Tokyo might raise the matter at the Group of Seven, but officials declined to say whether it was on the agenda."],
  [("japan", "unimpeded-resupply", S, "called for the Philippines' supply missions to be allowed to proceed safely", True),
   ("japan", "arbitral-award", S, "the 2016 arbitral award was final and legally binding on the parties", True)]),
 ("007", "2024-03-27T02:15:00Z", "lantern-post", "analysis-sierra-madre-rust",
  "Analysis: A rusting ship at the heart of Asia's most dangerous reef",
  ["MANILA, Mar 27 (Lantern Post) - The BRP Sierra Madre has been rotting on Second Thomas Shoal for a quarter of a century, and some defence analysts wonder how much longer it can stay afloat.",
   "Retired officers interviewed in Manila said the hull was rusting through, and speculated that the government may eventually need to bring in materials to patch it or consider other ways of holding the reef. One Washington-based researcher said Beijing might be betting the ship will simply fall apart.",
   "The reef sits about 200 km from the Philippine island of Palawan and more than 1,000 km from China's Hainan island. Talks between coast guard officials were held in Beijing last year without producing any deal.",
   "The presidential palace declined to say whether repairs were being planned."],
  []),
 ("008", "2024-04-10T07:50:00Z", "coral-gazette", "marcos-horrified-by-secret-deal",
  "Marcos says he is 'horrified' by reports of secret shoal deal with China",
  ["MANILA, Apr 10 (Coral Gazette) - President Ferdinand Marcos Jr said he was horrified by claims that his predecessor had agreed a secret \"gentleman's agreement\" with China over Second Thomas Shoal, and said any such understanding had been rescinded.",
   "Harry Roque, spokesman for former president Rodrigo Duterte, has said Duterte agreed with Beijing to keep the status quo at the shoal and to send no construction materials to the Sierra Madre. Duterte said the deal kept the peace.",
   "Marcos told reporters that his government knew of no such agreement and would not be bound by one. \"I am horrified,\" he said. He said the Philippines would not accept any arrangement with China that limited how it supplied its own troops.",
   "China's embassy in Manila has accused Manila of breaking its word. The embassy said the Philippines had repeatedly promised to tow the warship away."],
  [("philippines", "resupply-arrangement", O, "would not accept any arrangement with China that limited how it supplied its own troops", True),
   ("china", "abandon-sierra-madre", S, "the Philippines had repeatedly promised to tow the warship away", True)]),
 ("009", "2024-04-11T21:30:00Z", "strait-courier", "biden-kishida-marcos-summit",
  "Biden, Kishida and Marcos voice concern over China at first three-way summit",
  ["WASHINGTON, Apr 11 (Strait Courier) - The leaders of the United States, Japan and the Philippines said on Thursday they were seriously concerned by China's dangerous and aggressive behaviour in the South China Sea, at their first three-way summit at the White House.",
   "In a joint statement, President Joe Biden, Prime Minister Fumio Kishida and President Ferdinand Marcos Jr said the 2016 arbitral award was a significant milestone, final and legally binding. They objected to China's repeated obstruction of Philippine resupply missions to Second Thomas Shoal.",
   "Biden told reporters that American defence commitments to the Philippines were \"ironclad\" and that any attack on Philippine aircraft, vessels or armed forces in the South China Sea would invoke the treaty.",
   "China did not immediately comment."],
  [("usa", "arbitral-award", S, "the 2016 arbitral award was a significant milestone, final and legally binding", True),
   ("japan", "arbitral-award", S, "the 2016 arbitral award was a significant milestone, final and legally binding", True),
   ("philippines", "arbitral-award", S, "the 2016 arbitral award was a significant milestone, final and legally binding", True),
   ("usa", "unimpeded-resupply", S, "objected to China's repeated obstruction of Philippine resupply missions", True),
   ("japan", "unimpeded-resupply", S, "objected to China's repeated obstruction of Philippine resupply missions", True),
   ("philippines", "unimpeded-resupply", S, "objected to China's repeated obstruction of Philippine resupply missions", True)]),
 ("010", "2024-04-12T08:15:00Z", "pacific-ledger", "beijing-rejects-summit-statement",
  "Beijing rejects summit statement, calls arbitral ruling 'null and void'",
  ["BEIJING, Apr 12 (Pacific Ledger) - China rejected a joint statement by the leaders of the United States, Japan and the Philippines on Friday, and said the 2016 arbitral ruling on the South China Sea was \"null and void\".",
   "Foreign ministry spokeswoman Mao Ning said Beijing would never accept or recognise the award and that Washington and Tokyo were ganging up on China. She said the Philippines was to blame for tension at Ren'ai Jiao because it kept trying to reinforce an illegally grounded warship.",
   "Mao said China remained committed to handling differences through dialogue. Diplomats in Beijing said they did not expect the summit to change China's approach."],
  [("china", "arbitral-award", O, "Beijing would never accept or recognise the award", True)]),
 ("011", "2024-05-08T09:00:00Z", "lantern-post", "china-says-it-allowed-special-arrangements",
  "China says it will let Manila deliver living supplies if it is told in advance",
  ["BEIJING, May 8 (Lantern Post) - China said on Wednesday it had made temporary special arrangements to let the Philippines deliver living supplies to the troops on the BRP Sierra Madre, provided Manila notified it beforehand and allowed on-site checks.",
   "Foreign ministry spokesman Lin Jian said China was prepared to let such deliveries through on humanitarian grounds, but would not allow building materials for repairing the ship. He said the Philippine military had agreed to this \"new model\" earlier in the year, and that Manila should stop denying it.",
   "China's embassy in Manila has circulated what it says is a transcript of a call with a Philippine admiral, Alberto Carlos, who was later replaced as head of the Western Command.",
   "Philippine National Security Adviser Eduardo Ano said no official had the authority to agree to any such model and that the Philippines would never submit its missions to Chinese inspection."],
  [("china", "unimpeded-resupply", C, "provided Manila notified it beforehand and allowed on-site checks", True),
   ("china", "prior-notice", S, "provided Manila notified it beforehand and allowed on-site checks", True),
   ("philippines", "prior-notice", O, "would never submit its missions to Chinese inspection", True),
   ("philippines", "resupply-arrangement", O, "no official had the authority to agree to any such model", True)]),
 ("012", "2024-05-08T13:25:00Z", "coral-gazette", "beijing-offers-supply-deliveries-with-notice",
  "Beijing offers to allow supply deliveries to grounded ship if notified first",
  ["BEIJING, May 8 (Coral Gazette) - China has made temporary special arrangements allowing the Philippines to deliver living supplies to its troops on the BRP Sierra Madre, provided Manila notified it beforehand and allowed on-site checks, the foreign ministry said on Wednesday.",
   "Spokesman Lin Jian said the deliveries would be permitted on humanitarian grounds, but building materials to repair the ship would not. He said the Philippine military had agreed to the \"new model\" earlier this year.",
   "The Chinese embassy has released what it calls the transcript of a call with Philippine Vice Admiral Alberto Carlos, who has since lost his post as head of the Western Command.",
   "National Security Adviser Eduardo Ano said in Manila that no official had the authority to agree to any such model and that the Philippines would never submit its missions to Chinese inspection."],
  [("china", "unimpeded-resupply", C, "provided Manila notified it beforehand and allowed on-site checks", True),
   ("china", "prior-notice", S, "provided Manila notified it beforehand and allowed on-site checks", True),
   ("philippines", "prior-notice", O, "would never submit its missions to Chinese inspection", True),
   ("philippines", "resupply-arrangement", O, "no official had the authority to agree to any such model", True)]),
 ("013", "2024-05-16T10:40:00Z", "strait-courier", "coast-guard-detention-rule-manila",
  "Manila says new Chinese detention rule will not stop its coast guard",
  ["MANILA, May 16 (Strait Courier) - The Philippine Coast Guard said on Thursday it would not be deterred by a new Chinese rule allowing the China Coast Guard to hold foreigners suspected of trespassing for up to 60 days without trial.",
   "The regulation, which takes effect on June 15, covers waters that Beijing claims, including Second Thomas Shoal. Coast guard spokesman Jay Tarriela said there was no rule China could write that would keep the service from escorting supplies to the Sierra Madre.",
   "Some legal scholars said the rule could be used against Filipino fishermen at Scarborough Shoal, and wondered whether Manila might scale back its patrols. The foreign ministry said it was studying the regulation and declined to comment further."],
  [("pcg", "unimpeded-resupply", S, "no rule China could write that would keep the service from escorting supplies", True)]),
 ("014", "2024-05-31T13:00:00Z", "pacific-ledger", "marcos-shangri-la-will-not-yield",
  "Marcos tells Singapore forum the Philippines will not yield",
  ["SINGAPORE, May 31 (Pacific Ledger) - President Ferdinand Marcos Jr told Asia's main security conference on Friday that the Philippines would not yield an inch of its territory, and that the marines on the BRP Sierra Madre would not be withdrawn.",
   "In a keynote speech at the Shangri-La Dialogue, Marcos called the 2016 arbitral award the bedrock of the Philippines' position in the South China Sea. He said that if a Filipino were killed by a wilful act, that would be very close to what the Philippines would define as an act of war.",
   "A researcher at a Beijing think tank who attended the speech said Manila was provoking trouble with American backing. Members of the Chinese delegation left before the question session."],
  [("philippines", "abandon-sierra-madre", O, "the marines on the BRP Sierra Madre would not be withdrawn", True),
   ("philippines", "arbitral-award", S, "called the 2016 arbitral award the bedrock of the Philippines' position", True)]),
 ("015", "2024-06-17T12:30:00Z", "coral-gazette", "chinese-personnel-board-philippine-boats",
  "Chinese coast guard boards Philippine navy boats, sailor loses thumb",
  ["MANILA, Jun 17 (Coral Gazette) - Chinese coast guard personnel armed with knives and axes boarded Philippine navy inflatable boats near Second Thomas Shoal on Monday, seized rifles and punctured the boats, and one Filipino sailor lost a thumb, the Philippine military said.",
   "Armed forces chief General Romeo Brawner called the attack piracy and demanded that China return the weapons. He said the boats had been carrying food and supplies to the marines on the Sierra Madre.",
   "The China Coast Guard said its officers had boarded and inspected the Philippine boats, which it said were illegally delivering supplies to the warship, and that its control measures were professional and restrained. It said it would resolutely stop such deliveries.",
   "It was the most serious clash at the shoal in years."],
  [("ccg", "unimpeded-resupply", O, "It said it would resolutely stop such deliveries.", True)
   ]),
 ("016", "2024-06-17T16:10:00Z", "lantern-post", "beijing-defends-coast-guard-boarding",
  "Beijing defends coast guard boarding, says Manila was smuggling arms",
  ["BEIJING, Jun 17 (Lantern Post) - China's foreign ministry on Monday defended the coast guard's boarding of Philippine navy boats at Second Thomas Shoal and said Manila had tried to smuggle supplies and weapons to its grounded warship.",
   "Spokesman Lin Jian said the Chinese coast guard's measures were lawful and necessary, and that China would not allow any more deliveries to the BRP Sierra Madre that were made without its consent. He said the Philippines must tow the ship away and stop its provocations.",
   "Lin said no Philippine personnel had been directly targeted. He declined to say whether the seized rifles would be returned."],
  [("china", "unimpeded-resupply", O, "China would not allow any more deliveries to the BRP Sierra Madre", True),
   ("china", "abandon-sierra-madre", S, "the Philippines must tow the ship away", True),
   ("china", "prior-notice", S, "deliveries to the BRP Sierra Madre that were made without its consent", True)]),
 ("017", "2024-06-18T01:20:00Z", "strait-courier", "washington-escalatory-irresponsible",
  "Washington calls Chinese boarding 'escalatory and irresponsible'",
  ["WASHINGTON, Jun 17 (Strait Courier) - The United States on Monday condemned what it called China's escalatory and irresponsible actions against a Philippine resupply mission at Second Thomas Shoal.",
   "State Department spokesman Matthew Miller said Beijing had denied the Philippines the freedom to carry out lawful operations, and that the United States supported its ally's right to resupply the troops on the Sierra Madre without interference. He said the mutual defence treaty covered attacks on Philippine forces anywhere in the South China Sea.",
   "Secretary of State Antony Blinken spoke by phone with Philippine Foreign Secretary Enrique Manalo, the department said. It did not say whether Washington had offered to help with future missions."],
  [("usa", "unimpeded-resupply", S, "supported its ally's right to resupply the troops on the Sierra Madre without interference", True)]),
 ("018", "2024-06-19T09:45:00Z", "pacific-ledger", "manila-not-armed-attack-will-not-abandon",
  "Manila says boarding was not an armed attack, vows never to abandon ship",
  ["MANILA, Jun 19 (Pacific Ledger) - The Philippines said on Wednesday that the Chinese boarding of its navy boats was not yet an armed attack that would trigger its treaty with the United States, but it vowed never to abandon the BRP Sierra Madre.",
   "Executive Secretary Lucas Bersamin told reporters the government was not treating the clash as an armed attack for now. National Security Adviser Eduardo Ano said the country would never abandon the ship and that Beijing's demand to tow it away was unacceptable.",
   "Defence Secretary Gilberto Teodoro said there was no scenario in which the Philippines would not resupply its troops. Several senators demanded a tougher response, and one said the government should seek American escorts."],
  [("philippines", "abandon-sierra-madre", O, "the country would never abandon the ship", True),
   ("china", "abandon-sierra-madre", S, "Beijing's demand to tow it away", False),
   ("philippines", "unimpeded-resupply", S, "no scenario in which the Philippines would not resupply its troops", True)]),
 ("019", "2024-06-21T07:30:00Z", "coral-gazette", "marcos-western-command-not-intimidated",
  "Marcos tells troops Philippines will not be intimidated",
  ["PUERTO PRINCESA, Jun 21 (Coral Gazette) - President Ferdinand Marcos Jr visited the military's Western Command on the island of Palawan on Friday and told troops the Philippines was not in the business of instigating wars.",
   "He said the country would not be intimidated and would keep carrying out its missions at Second Thomas Shoal. He said the marines on the BRP Sierra Madre would continue to get everything they needed, and that no foreign power would decide that for Manila.",
   "Marcos decorated the sailor who lost a thumb in Monday's clash. The palace declined to say when the next resupply run would take place."],
  [("philippines", "unimpeded-resupply", S, "would continue to get everything they needed", True),
   ("philippines", "prior-notice", O, "no foreign power would decide that for Manila", True)]),
 ("020", "2024-06-21T09:10:00Z", "lantern-post", "japan-serious-concern-boarding",
  "Japan says it is seriously concerned about Chinese boarding",
  ["TOKYO, Jun 21 (Lantern Post) - Japan's top government spokesman said on Friday that Tokyo was seriously concerned by the Chinese coast guard's boarding of Philippine navy boats at Second Thomas Shoal.",
   "Chief Cabinet Secretary Yoshimasa Hayashi said Japan opposed dangerous actions that obstruct the Philippines' supply missions and any attempt to change the status quo by force. He said Japan would keep backing the Philippines' maritime security efforts.",
   "Japan and the Philippines are expected to sign an agreement in Manila next month allowing their forces to train on each other's soil."],
  [("japan", "unimpeded-resupply", S, "opposed dangerous actions that obstruct the Philippines' supply missions", True)]),
 ("021", "2024-07-02T11:20:00Z", "strait-courier", "manila-beijing-talks-manage-shoal",
  "Manila and Beijing agree to keep talking on shoal after tense meeting",
  ["MANILA, Jul 2 (Strait Courier) - The Philippines and China agreed on Tuesday to keep talking about ways to manage the situation at Second Thomas Shoal, in their first formal meeting since the June 17 clash.",
   "Foreign Undersecretary Theresa Lazaro said after the meeting that Manila was ready to explore an arrangement on resupply missions, as long as it did not compromise the country's sovereign rights. She said the talks were frank.",
   "China's Vice Foreign Minister Chen Xiaodong said Beijing was willing to manage the situation through dialogue, but only if the Philippines stopped its provocations at Ren'ai Jiao. He repeated China's call for the warship to be removed.",
   "The talks were held in Manila under a bilateral consultation mechanism set up in 2017."],
  [("philippines", "resupply-arrangement", C, "ready to explore an arrangement on resupply missions, as long as it did not compromise", True),
   ("china", "resupply-arrangement", C, "willing to manage the situation through dialogue, but only if the Philippines stopped", True),
   ("china", "abandon-sierra-madre", S, "He repeated China's call for the warship to be removed.", True)]),
 ("022", "2024-07-08T08:00:00Z", "pacific-ledger", "japan-philippines-sign-access-pact",
  "Japan and the Philippines sign pact allowing troop deployments",
  ["MANILA, Jul 8 (Pacific Ledger) - Japan and the Philippines signed an agreement on Monday that will allow each country to send troops to the other for joint exercises, as both face an increasingly assertive China.",
   "Foreign Minister Yoko Kamikawa and Defence Secretary Gilberto Teodoro signed the reciprocal access agreement in Manila, with President Ferdinand Marcos Jr present. Kamikawa said Tokyo and Manila shared a commitment to a free and open Indo-Pacific.",
   "China's foreign ministry said the Asia-Pacific region did not need military blocs. The pact must still be ratified by both countries' legislatures."],
  []),
 ("023", "2024-07-12T06:30:00Z", "coral-gazette", "arbitral-award-anniversary",
  "Manila marks eighth anniversary of arbitral award as Beijing repeats rejection",
  ["MANILA, Jul 12 (Coral Gazette) - The Philippines marked the eighth anniversary of the 2016 arbitral award on Friday by calling it final and binding, while China repeated that it would never accept the ruling.",
   "The Department of Foreign Affairs said the award was not up for debate and formed the basis of the country's claims in the South China Sea. In Washington, the State Department said it called again on China to abide by the ruling.",
   "In Beijing, a foreign ministry spokesman said the award was illegal and that China did not recognise it.",
   "The tribunal in The Hague ruled in 2016 that China's sweeping claims had no legal basis."],
  [("philippines", "arbitral-award", S, "the award was not up for debate", True),
   ("usa", "arbitral-award", S, "called again on China to abide by the ruling", True),
   ("china", "arbitral-award", O, "China did not recognise it", True)]),
 ("024", "2024-07-21T13:00:00Z", "lantern-post", "philippines-china-provisional-understanding",
  "Philippines and China reach 'provisional understanding' on shoal resupply",
  ["MANILA, Jul 21 (Lantern Post) - The Philippines said on Sunday it had reached a provisional understanding with China on missions to resupply the troops on the BRP Sierra Madre, a step both sides hope will cool tensions at Second Thomas Shoal.",
   "The Department of Foreign Affairs said in a statement that the two sides had agreed on arrangements for the delivery of necessities to the ship, after several rounds of talks and an exchange of diplomatic notes. It said the arrangement did not prejudice either side's position on sovereignty.",
   "The ministry did not give details. Officials declined to say when the first mission under the deal would sail."],
  [("philippines", "resupply-arrangement", S, "the two sides had agreed on arrangements for the delivery of necessities", True)]),
 ("025", "2024-07-21T23:40:00Z", "strait-courier", "beijing-confirms-arrangement-notice",
  "Beijing confirms arrangement, says Manila must notify it in advance",
  ["BEIJING, Jul 22 (Strait Courier) - China said on Monday it had reached a provisional arrangement with the Philippines on resupply missions to the BRP Sierra Madre, but said the deal required Manila to notify Beijing beforehand.",
   "A foreign ministry spokesperson said that until the warship was towed away, China would allow deliveries of living supplies in a humanitarian spirit if the Philippines informed China in advance and the China Coast Guard carried out on-site verification. China, the spokesperson said, would keep demanding the ship's removal.",
   "The statement did not say what would happen if Manila sent building materials."],
  [("china", "resupply-arrangement", S, "it had reached a provisional arrangement with the Philippines on resupply missions", True),
   ("china", "unimpeded-resupply", C, "would allow deliveries of living supplies in a humanitarian spirit if the Philippines informed China", True),
   ("china", "prior-notice", S, "if the Philippines informed China in advance", True),
   ("china", "abandon-sierra-madre", S, "would keep demanding the ship's removal", True)]),
 ("026", "2024-07-22T09:15:00Z", "pacific-ledger", "manila-rejects-china-account-arrangement",
  "Manila says China's account of resupply deal is not accurate",
  ["MANILA, Jul 22 (Pacific Ledger) - The Philippines rejected China's account of their new arrangement on resupplying Second Thomas Shoal, saying on Monday that it had never agreed to give Beijing advance notice or let it inspect its boats.",
   "The Department of Foreign Affairs said China's statements were not accurate and that the understanding contained no such terms. Foreign Secretary Enrique Manalo said the Philippines remained committed to the arrangement and would carry it out in good faith.",
   "He said Manila did not need anyone's permission to supply its own ship, and that the marines would stay on the Sierra Madre. Critics in the Senate said the deal was too vague to last."],
  [("philippines", "prior-notice", O, "it had never agreed to give Beijing advance notice or let it inspect its boats", True),
   ("philippines", "resupply-arrangement", S, "remained committed to the arrangement", True),
   ("philippines", "abandon-sierra-madre", O, "the marines would stay on the Sierra Madre", True)]),
 ("027", "2024-07-23T02:00:00Z", "coral-gazette", "us-welcomes-shoal-arrangement",
  "U.S. welcomes Manila-Beijing arrangement, says treaty commitments stand",
  ["WASHINGTON, Jul 22 (Coral Gazette) - The United States welcomed the provisional arrangement between the Philippines and China on resupply missions to Second Thomas Shoal, a State Department spokesman said on Monday.",
   "Matthew Miller told a briefing that Washington supported efforts to lower tensions and would keep standing behind the Philippines' right to supply its troops. He said U.S. treaty commitments to Manila were unchanged.",
   "Some analysts in Washington said Beijing might use the arrangement to claim control over the shoal, and others guessed it would not survive the next incident."],
  [("usa", "resupply-arrangement", S, "The United States welcomed the provisional arrangement", True),
   ("usa", "unimpeded-resupply", S, "would keep standing behind the Philippines' right to supply its troops", True)]),
 ("028", "2024-07-27T12:10:00Z", "lantern-post", "first-mission-under-arrangement",
  "First supply mission under new arrangement reaches shoal without incident",
  ["MANILA, Jul 27 (Lantern Post) - A Philippine supply boat reached the BRP Sierra Madre on Saturday and delivered food and fresh troops without interference, the first mission since the two countries reached their provisional arrangement.",
   "The National Security Council said the mission went smoothly and that Manila had not notified China in advance. It said no Chinese inspection had taken place.",
   "The China Coast Guard said it had allowed the delivery of living supplies after the Philippine side informed it beforehand, and that it had monitored and verified the mission on the spot. It said future deliveries would be permitted under the same conditions.",
   "The conflicting accounts underline how much remains unresolved."],
  [("philippines", "prior-notice", O, "Manila had not notified China in advance", True),
   ("ccg", "unimpeded-resupply", C, "future deliveries would be permitted under the same conditions", True),
   ("ccg", "prior-notice", S, "verified the mission on the spot", True)]),
 ("029", "2024-07-27T15:30:00Z", "strait-courier", "asean-ministers-concern-incidents",
  "ASEAN ministers voice concern over 'serious incidents' at sea",
  ["VIENTIANE, Jul 27 (Strait Courier) - Southeast Asian foreign ministers voiced concern on Saturday about serious incidents in the South China Sea, in a joint statement that did not name China or refer to the 2016 arbitral ruling.",
   "One diplomat said some members of the Association of Southeast Asian Nations had wanted to welcome the provisional understanding between Manila and Beijing, but the final text made no mention of it. Philippine officials had pushed for stronger language but were outvoted by members with close ties to Beijing.",
   "ASEAN and China are still negotiating a code of conduct for the waterway, talks that have run for more than two decades."],
  []),
 ("030", "2024-07-30T10:00:00Z", "pacific-ledger", "blinken-austin-manila-treaty",
  "Blinken and Austin in Manila pledge $500 million and back Philippine missions",
  ["MANILA, Jul 30 (Pacific Ledger) - The United States will give the Philippines $500 million in military financing, Secretary of State Antony Blinken said on Tuesday during talks in Manila with his Philippine counterparts.",
   "Blinken and Defence Secretary Lloyd Austin met Foreign Secretary Enrique Manalo and Defence Secretary Gilberto Teodoro. Blinken said the United States would stand by the Philippines in carrying out its resupply missions, and called the 2016 arbitral award final and binding.",
   "Austin said the treaty covered the Philippine coast guard anywhere in the South China Sea. Manalo said the provisional understanding with China was holding and that Manila would keep to it."],
  [("usa", "unimpeded-resupply", S, "would stand by the Philippines in carrying out its resupply missions", True),
   ("usa", "arbitral-award", S, "called the 2016 arbitral award final and binding", True),
   ("philippines", "resupply-arrangement", S, "Manila would keep to it", True)]),
 ("031", "2024-08-02T04:45:00Z", "coral-gazette", "background-sierra-madre-outpost",
  "Explainer: Why a grounded warship matters to Manila and Beijing",
  ["MANILA, Aug 2 (Coral Gazette) - The BRP Sierra Madre, a Second World War-era landing ship, was deliberately run aground at Second Thomas Shoal in 1999 and has served ever since as the Philippines' only outpost there.",
   "China, which has long demanded that Manila tow the ship away, says the Philippines promised to do so. Manila denies any such promise. Washington has repeatedly said its defence treaty with Manila would apply if Philippine forces came under armed attack.",
   "The 2016 ruling by a tribunal in The Hague found the shoal lies within the Philippines' exclusive economic zone. Beijing, which rejects the ruling, has surrounded the reef with coast guard and maritime militia vessels."],
  [("china", "abandon-sierra-madre", S, "China, which has long demanded that Manila tow the ship away", False),
   ("china", "arbitral-award", O, "Beijing, which rejects the ruling", False)]),
 ("032", "2024-08-30T08:20:00Z", "strait-courier", "marcos-says-arrangement-working",
  "Marcos says shoal arrangement is working despite clashes elsewhere",
  ["MANILA, Aug 30 (Strait Courier) - President Ferdinand Marcos Jr said on Friday the provisional arrangement with China on Second Thomas Shoal was working, even as Philippine and Chinese vessels collided several times this month at nearby Sabina Shoal.",
   "He said the resupply missions to the Sierra Madre had gone ahead without trouble since July and that the Philippines would stick with the arrangement. He did not rule out raising the Sabina Shoal collisions with Beijing.",
   "The Philippine Coast Guard accused Chinese ships of ramming its vessel Teresa Magbanua at Sabina Shoal, and China's coast guard accused Manila of deliberately ramming. Neither incident involved the Second Thomas Shoal missions."],
  [("philippines", "resupply-arrangement", S, "the Philippines would stick with the arrangement", True)]),
]

# Closing background paragraphs (no stance), kept apart so the core paragraphs above read as written.
EXTRA = {
    "010": "The ruling, issued by a tribunal in The Hague, found that China's claims to historic rights within its so-called nine-dash line had no legal basis.",
    "016": "The ministry spoke hours after the Philippine military released video of the clash. Philippine officials said they were still assessing the damage to the boats.",
    "017": "The Pentagon said it was in close contact with its Philippine counterparts. Officials in Washington said they were still gathering details of the clash.",
    "018": "The clash has drawn calls for calm from several Southeast Asian governments.",
    "019": "Marcos has made the defence of Philippine claims in the South China Sea a central theme of his presidency, a sharp break from his predecessor, Rodrigo Duterte, who courted Beijing.",
    "020": "Hayashi declined to say whether Japan would send ships to the area. Officials in Tokyo said the matter would be raised when Kamikawa visits Manila. Japan has supplied the Philippine Coast Guard with a dozen patrol vessels and plans to provide five more.",
    "022": "Beijing has accused Tokyo of meddling in the South China Sea. The signing came weeks after the June 17 clash at Second Thomas Shoal, which Kamikawa did not mention in her public remarks. Analysts said the pact could eventually allow Japanese forces to join larger exercises on Luzon.",
    "023": "Manila has filed more than 150 diplomatic protests against Chinese actions since Marcos took office in 2022.",
    "024": "Western diplomats in Manila said the deal could reduce the risk of a deadly clash, but warned that its terms were open to different readings.",
    "025": "The spokesperson added that China would resolutely stop any attempt to bring construction materials or weapons to the ship. Philippine officials had not responded to the statement by late Monday.",
    "026": "The foreign ministry said talks with Beijing on other maritime issues would continue.",
    "027": "Miller declined to say whether the United States had been briefed on the terms before they were announced. He said Washington would watch closely how the arrangement worked in practice.",
    "028": "Both governments said they would keep talking about the arrangement.",
    "029": "The ministers met in the Laotian capital alongside Chinese Foreign Minister Wang Yi, who did not comment publicly on Second Thomas Shoal.",
    "030": "It was the fourth such meeting of the two countries' foreign and defence chiefs. China's embassy in Manila did not comment on the talks.",
    "031": "Around a dozen marines rotate through the ship, living in cramped quarters amid the rust.",
    "032": "Sabina Shoal lies about 140 km west of Palawan and not far from Second Thomas Shoal.",
}

BASELINE = [
    ("philippines", "abandon-sierra-madre", O), ("china", "abandon-sierra-madre", S),
    ("philippines", "unimpeded-resupply", S), ("china", "unimpeded-resupply", O),
    ("ccg", "unimpeded-resupply", O), ("usa", "unimpeded-resupply", S),
    ("philippines", "prior-notice", O), ("china", "prior-notice", S),
    ("philippines", "arbitral-award", S), ("china", "arbitral-award", O),
    ("usa", "arbitral-award", S), ("japan", "arbitral-award", S),
    ("philippines", "resupply-arrangement", O),
]

SHIFTS = [
    ("china", "unimpeded-resupply", O, C, "011", "Lin Jian says China made temporary special arrangements to let living supplies through if Manila notifies in advance and allows checks; in 003 the ministry backed the coast guard stopping the boats."),
    ("china", "unimpeded-resupply", C, O, "016", "After the June 17 boarding, Lin Jian says China will not allow any more deliveries made without its consent; the conditional offer of 011 gives way to a flat refusal."),
    ("philippines", "resupply-arrangement", O, C, "021", "Lazaro says Manila is ready to explore an arrangement on resupply missions as long as sovereignty is not compromised; in 008 Marcos rejected any arrangement limiting resupply and in 011 Ano disowned the 'new model'."),
    ("philippines", "resupply-arrangement", C, S, "024", "The foreign ministry announces the provisional understanding reached with China (a formal act)."),
    ("china", "resupply-arrangement", C, S, "025", "The foreign ministry confirms it reached the provisional arrangement; in 021 Chen Xiaodong offered dialogue only if Manila stopped its provocations."),
    ("china", "unimpeded-resupply", O, C, "025", "China will allow living supplies in a humanitarian spirit if Manila informs it in advance and the coast guard verifies on site; in 016 it refused any more deliveries."),
    ("ccg", "unimpeded-resupply", O, C, "028", "The China Coast Guard says it allowed the delivery after advance notice and on-site verification and will permit future deliveries under the same conditions; in 001, 005 and 015 it blocked or boarded the boats."),
]

DUPLICATES = [("001", "002"), ("011", "012")]


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    claims, by_outlet = {}, {k: [] for k in OUTLETS}
    for aid, pub, outlet, slug, title, paras, cl in ARTICLES:
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        art = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title,
               "text": "\n\n".join(paras + ([EXTRA[aid]] if aid in EXTRA else []))}
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(art, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[aid] = [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at} for a, i, s, q, at in cl]
        by_outlet[outlet].append((art, d))
    for outlet, items in by_outlet.items():
        items.sort(key=lambda x: x[1])
        last = format_datetime(items[-1][1].replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{OUTLETS[outlet]}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{OUTLETS[outlet]}: fictional outlet for the shiftwatch philippines-china-shoal-2024 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{last}</lastBuildDate>']
        for art, d in items:
            pd = format_datetime(d.replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)
            out += ['    <item>', f'      <title>{escape(art["title"])}</title>', f'      <link>{escape(art["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(art["url"])}</guid>', f'      <pubDate>{pd}</pubDate>',
                    f'      <description>{escape(art["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w") as f:
            f.write("\n".join(out))
    shift_articles = sorted({s[4] for s in SHIFTS})
    labels = {"claims": claims,
              "shifts": [{"actor": a, "issue": i, "from": fr, "to": to, "article": art, "why": why} for a, i, fr, to, art, why in SHIFTS],
              "no_alert_articles": [a[0] for a in ARTICLES if a[0] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write("\n")
    return labels


def validate(labels):
    errs = []
    ids = [a[0] for a in ARTICLES]
    if ids != sorted(ids) or ids != [f"{n:03d}" for n in range(1, len(ids) + 1)]:
        errs.append("ids not consecutive")
    pubs = [a[1] for a in ARTICLES]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != ids:
        errs.append(f"article files {files} != ids")
    for aid in ids:
        art = json.load(open(os.path.join(HERE, "articles", f"{aid}.json")))
        words = len(art["text"].split())
        if not 120 <= words <= 260:
            errs.append(f"{aid}: {words} words")
        for c in labels["claims"][aid]:
            if c["actor"] not in ACTORS or c["issue"] not in ISSUES or c["stance"] not in (S, O, C):
                errs.append(f"{aid}: bad claim {c}")
            if c["quote"] not in art["text"]:
                errs.append(f"{aid}: quote not in text: {c['quote']}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{aid}: quote > 15 words: {c['quote']}")
    for a, b in DUPLICATES:
        ca = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a])
        cb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b])
        if ca != cb:
            errs.append(f"duplicate {a}/{b} claims differ")
    # replay prevailing stances: every shift must match the last attributed stance, and vice versa
    prev = {(a, i): s for a, i, s in BASELINE}
    expected = []
    for aid in ids:
        if aid in [b for _, b in DUPLICATES]:
            continue
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                expected.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    got = [(s[0], s[1], s[2], s[3], s[4]) for s in SHIFTS]
    if sorted(expected) != sorted(got):
        errs.append(f"shift replay mismatch:\n expected {expected}\n labelled {got}")
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode:
            errs.append(f"xmllint {f}: {r.stderr.strip()}")
    return errs


if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    for e in errs:
        print("ERROR", e)
    n = sum(len(v) for v in labels["claims"].values())
    from collections import Counter
    st = Counter(c["stance"] for v in labels["claims"].values() for c in v)
    print(f"{len(ARTICLES)} articles, {n} claims {dict(st)}, "
          f"{sum(1 for v in labels['claims'].values() for c in v if not c['attributed'])} unattributed, {len(SHIFTS)} shifts")
    sys.exit(1 if errs else 0)
