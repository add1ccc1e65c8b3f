#!/usr/bin/env python3
"""Build and validate the new-caledonia-voting-2024 blind evaluation set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json from the data below,
then checks quotes (exact substrings, <=15 words), ids, word counts, watchlist references, duplicate
pairs, shifts (recomputed from attributed claims + baseline) and XML (xmllint --noout).
Run: python3 build.py
"""
G, P, F, CC, L, NC = "french-government", "french-parliament", "flnks", "ccat", "loyalists", "nc-congress"
AB, VV, EM, PE, ST = "abandon-roll-reform", "versailles-vote", "lift-emergency", "postpone-elections", "status-talks"
S, O, C = "support", "oppose", "conditional"

ARTICLES_A = [
("001", "2024-05-13T09:20:00Z", "lagoon-wire", "new-caledonia-congress-urges-withdrawal",
 "New Caledonia's Congress urges Paris to withdraw voting reform as Assembly debate opens",
 """NOUMEA, May 13 (Lagoon Wire) - The Congress of New Caledonia on Monday adopted a resolution asking the French state to withdraw the constitutional bill that would open the territory's provincial electoral roll, hours before the National Assembly in Paris began debating the text.

The resolution, carried by the pro-independence majority, said the reform had been drawn up without the consent of the Kanak people and should be replaced by negotiations on a wider accord. Loyalist members walked out before the vote.

The bill would let anyone who has lived in New Caledonia for at least ten years vote in provincial elections, ending a freeze dating from the 1998 Noumea Accord. The Senate approved it in April.

Opening the debate, Interior Minister Gerald Darmanin told deputies the government would see the text through, saying it was undemocratic that one in five adults born or settled in the territory could not vote locally. He said the door to an agreement remained open until the last moment.

Thousands of people marched in Noumea against the bill over the weekend.""",
 [(NC, AB, S, "asking the French state to withdraw the constitutional bill", True),
  (G, AB, O, "told deputies the government would see the text through", True),
  (P, AB, O, "The Senate approved it in April.", False),
  (G, ST, S, "the door to an agreement remained open until the last moment", True),
 ]),

("002", "2024-05-14T06:40:00Z", "pacific-ledger", "assembly-adopts-new-caledonia-roll-bill",
 "French lawmakers pass New Caledonia voting bill as unrest breaks out in Noumea",
 """PARIS, May 14 (Pacific Ledger) - The National Assembly approved the constitutional bill on New Caledonia's electoral roll by 351 votes to 153 early on Tuesday, after a night session, as rioting broke out on the outskirts of Noumea.

The vote means the text has been adopted in identical terms by both chambers. To become law it must still be ratified by three-fifths of the Senate and the Assembly sitting together in Congress at Versailles.

President Emmanuel Macron wrote to New Caledonia's elected officials shortly after the vote, inviting them to Paris. He said Congress would be convened before the end of June unless the local parties agreed in the meantime on a global accord that would replace the bill.

Left-wing deputies who voted against the text said the timing was reckless. In Noumea, shops were looted and cars set on fire overnight, and the high commission reported dozens of police officers injured.""",
 [(P, AB, O, "The National Assembly approved the constitutional bill on New Caledonia's electoral roll", True),
  (G, VV, S, "He said Congress would be convened before the end of June", True),
  (G, ST, S, "unless the local parties agreed in the meantime on a global accord", True),
 ]),

("003", "2024-05-15T19:10:00Z", "coral-courier", "state-of-emergency-declared-new-caledonia",
 "France declares state of emergency in New Caledonia after deadly riots",
 """PARIS, May 15 (Coral Courier) - The French government declared a state of emergency in New Caledonia on Wednesday after a second night of rioting in which at least three people were killed, giving authorities powers to ban gatherings, search homes and place people under house arrest.

Prime Minister Gabriel Attal said order would be restored whatever it took, and that the measure would stay in place for at least twelve days. The government also banned TikTok in the territory and ordered the army to secure the ports and the international airport.

Attal said the government's first task was to bring back calm. Darmanin accused the CCAT, a group that has organised roadblocks against the bill, of being behind the violence.

The CCAT rejected the charge in a statement, saying its members had called for peaceful protest, and repeated that the reform must be withdrawn.""",
 [(G, EM, O, "declared a state of emergency in New Caledonia on Wednesday", True),
  (CC, AB, S, "repeated that the reform must be withdrawn", True),
 ]),

("004", "2024-05-15T21:35:00Z", "austral-bulletin", "paris-imposes-emergency-rule-noumea",
 "Paris imposes emergency rule on New Caledonia as death toll rises",
 """PARIS, May 15 (Austral Bulletin) - France's government imposed a state of emergency on New Caledonia on Wednesday after a second night of riots that left at least three people dead, granting officials powers to ban gatherings, search homes and put people under house arrest.

Prime Minister Gabriel Attal said order would be restored at any cost and that the measure would last at least twelve days. The authorities also blocked TikTok in the territory and sent troops to guard the ports and the international airport.

Attal said the government's first task was to restore calm. Interior Minister Gerald Darmanin blamed the CCAT, which has organised roadblocks against the bill, for the violence.

In a statement, the CCAT denied the accusation, saying it had called for peaceful protest, and repeated that the reform must be withdrawn.""",
 [(G, EM, O, "imposed a state of emergency on New Caledonia on Wednesday", True),
  (CC, AB, S, "repeated that the reform must be withdrawn", True),
 ]),

("005", "2024-05-16T08:15:00Z", "reef-dispatch", "flnks-calls-for-calm-sets-condition",
 "FLNKS calls for calm but says no talks while voting bill stands",
 """NOUMEA, May 16 (Reef Dispatch) - The pro-independence FLNKS appealed for calm on Thursday after three nights of violence, but said it would not take part in talks on the territory's future as long as the electoral bill remained on the table.

In a statement read to reporters, the front said the reform had lit the fuse and that Paris alone could put out the fire by withdrawing it. It said it was ready to negotiate a global agreement once the text was taken off the agenda.

An FLNKS spokesman declined to say whether its leaders would join a videoconference with Macron proposed for later in the day.

Separately, the moderate Palika party, one of the front's components, condemned the looting and said it would talk to anyone willing to end the crisis.""",
 [(F, ST, C, "ready to negotiate a global agreement once the text was taken off the agenda", True),
  (F, AB, S, "Paris alone could put out the fire by withdrawing it", True),
 ]),

("006", "2024-05-16T17:50:00Z", "lagoon-wire", "macron-videoconference-called-off",
 "Macron's videoconference with New Caledonia leaders called off",
 """PARIS, May 16 (Lagoon Wire) - A videoconference between President Emmanuel Macron and New Caledonia's political leaders was called off on Thursday, an official at the Elysee said, after it proved impossible to bring the rival camps together on screen.

The official gave no new date. Some invitees had said they would not sit down with the other side while roadblocks remained in place in Noumea.

Analysts in Paris said the cancellation suggested the government might eventually have to delay the Versailles vote, though none expected a decision before the violence subsided. One constitutional scholar said Macron could in theory convene Congress within weeks but would struggle to find the three-fifths majority if the left turned against the text.

Reinforcements continued to arrive in Noumea by military aircraft. The international airport at La Tontouta remained closed to commercial flights.""",
 []),

("007", "2024-05-17T10:05:00Z", "pacific-ledger", "backes-says-roll-must-open",
 "Loyalist leader Backes says roll must open, urges swift Versailles vote",
 """NOUMEA, May 17 (Pacific Ledger) - Sonia Backes, the head of the anti-independence Loyalistes and president of the Southern Province, said on Friday that the riots must not lead Paris to drop the electoral reform, and called for Congress to be convened at Versailles without delay.

"Giving in now would be rewarding violence," Backes said. She said her movement would not accept any deal that did not open the roll to people who had lived in the territory for years.

Backes also accused the CCAT of running what she called a campaign of terror against residents of the southern suburbs, where many families had formed neighbourhood defence groups.

Virginie Ruffenach of the Rassemblement party, another anti-independence group, said the bill's supporters should now show restraint and let the state restore order first.""",
 [(L, AB, O, "the riots must not lead Paris to drop the electoral reform", True),
  (L, VV, S, "called for Congress to be convened at Versailles without delay", True),
  (L, AB, O, "would not accept any deal that did not open the roll", True),
 ]),

("008", "2024-05-18T12:30:00Z", "coral-courier", "attal-rejects-withdrawal-demand",
 "Attal rejects calls to withdraw New Caledonia bill; Darmanin says elections on schedule",
 """PARIS, May 18 (Coral Courier) - Prime Minister Gabriel Attal on Saturday rejected the FLNKS demand that the electoral reform be withdrawn, saying the state could not let violence decide the law.

"There will be no withdrawal under pressure," Attal told a news conference at Matignon after a crisis meeting. He said the government's priority was to clear the road between Noumea and the airport.

Gerald Darmanin said the provincial elections would still be held before Dec. 15, as set by the law passed this spring, and that there was no reason to push them back further.

Opposition leaders on the left called for the bill to be paused. Socialist senator Patrick Kanner said Macron should take the time to rebuild trust rather than force a vote.""",
 [(G, AB, O, "rejected the FLNKS demand that the electoral reform be withdrawn", True),
  (G, AB, O, "There will be no withdrawal under pressure", True),
  (G, PE, O, "there was no reason to push them back further", True),
  (F, AB, S, "the FLNKS demand that the electoral reform be withdrawn", False),
 ]),

("009", "2024-05-20T07:45:00Z", "austral-bulletin", "noumea-airport-closed-tourists-stranded",
 "Tourists stranded as Noumea airport stays shut",
 """NOUMEA, May 20 (Austral Bulletin) - Hundreds of tourists remained stranded in New Caledonia on Monday as the international airport stayed closed for a seventh day, and Australia and New Zealand said they were preparing flights to bring their citizens home.

Paris has sent more than 1,000 extra police and gendarmes to the territory, and the high commission said more than 200 people had been arrested since the unrest began. Supermarkets in several districts of Noumea were rationing goods.

Residents described queues of several hours for bread and fuel. A hotel manager in the city centre said guests had not left the building in days.

New Zealand's foreign minister said the evacuation would begin as soon as French authorities gave clearance. Australian officials said they were in close contact with Paris.""",
 []),

("010", "2024-05-22T16:00:00Z", "reef-dispatch", "macron-to-fly-to-noumea",
 "Macron to fly to Noumea; CCAT says roadblocks stay until bill is dropped",
 """PARIS, May 22 (Reef Dispatch) - President Emmanuel Macron left Paris on Tuesday evening for New Caledonia, where he plans to set up a mission to restore dialogue between the pro-independence and loyalist camps.

He said the trip was meant to show the nation's support for a territory in shock. Aides declined to say whether Macron would announce a pause in the electoral reform once on the ground.

In Noumea, the CCAT said its roadblocks would remain in place until the bill was withdrawn. Christian Tein, who leads the group, told supporters that one visit would not change that.

Political scientist Pierre-Christophe Pantz said Macron would probably try to buy time without giving the impression of backing down. The high commission said part of the main highway north of the capital had been cleared on Tuesday.""",
 [(CC, AB, S, "its roadblocks would remain in place until the bill was withdrawn", True),
 ]),

("011", "2024-05-23T09:30:00Z", "lagoon-wire", "macron-in-noumea-reform-not-forced",
 "Macron in Noumea: voting reform will not be forced through",
 """NOUMEA, May 23 (Lagoon Wire) - President Emmanuel Macron said in Noumea on Thursday that the electoral reform would not be forced through, and that he would give local leaders several weeks to reach an agreement before deciding whether to convene Congress at Versailles.

"I have committed that this reform will not go through by force," Macron told reporters after meeting pro-independence and loyalist leaders. He said Parliament would only be convened if calm had returned and the parties had been given time to talk, and that he would review the situation in a month.

He did not withdraw the text, saying the vote of both chambers could not be ignored.

Macron said three senior officials would stay behind to chair talks on a global agreement. He called for the roadblocks to be lifted.""",
 [(G, VV, C, "the electoral reform would not be forced through", True),
  (G, VV, C, "Parliament would only be convened if calm had returned", True),
  (G, AB, O, "He did not withdraw the text", True),
  (G, ST, S, "three senior officials would stay behind to chair talks on a global agreement", True),
 ]),

("012", "2024-05-23T13:05:00Z", "coral-courier", "macron-promises-no-forced-reform",
 "Macron promises New Caledonia reform will not be pushed through by force",
 """NOUMEA, May 23 (Coral Courier) - Emmanuel Macron said during a visit to Noumea on Thursday that the electoral reform would not be pushed through by force, and that local leaders would have several weeks to reach an agreement before he decided whether to convene Congress at Versailles.

"I have committed that this reform will not go through by force," the French president said after talks with pro-independence and loyalist leaders. He said Parliament would only be convened if calm had returned and the parties had been given time to talk, adding that he would take stock in a month.

He did not withdraw the text, saying the votes of both chambers could not be brushed aside.

Three senior officials would remain in the territory to chair talks on a global agreement, Macron said, and he urged protesters to dismantle the roadblocks.""",
 [(G, VV, C, "the electoral reform would not be pushed through by force", True),
  (G, VV, C, "Parliament would only be convened if calm had returned", True),
  (G, AB, O, "He did not withdraw the text", True),
  (G, ST, S, "Three senior officials would remain in the territory to chair talks", True),
 ]),

("013", "2024-05-24T08:20:00Z", "pacific-ledger", "reactions-macron-visit",
 "Pro-independence camp says Macron's pause is not enough; loyalists say Versailles must go ahead",
 """NOUMEA, May 24 (Pacific Ledger) - The FLNKS said on Friday that Macron's promise not to force the reform through fell short of what was needed, and repeated that only a formal withdrawal of the bill would calm the streets.

The front said it would join the talks chaired by the president's envoys, but only if the state made clear that the electoral roll would be settled within a global agreement and not imposed from Paris.

Christian Tein of the CCAT told a rally that the mobilisation would continue. "We are staying on the roads," he said.

Loyalist deputy Nicolas Metzdorf said the president had made a mistake by giving the impression that violence paid. He said the Versailles vote must go ahead in June as planned.""",
 [(F, AB, S, "only a formal withdrawal of the bill would calm the streets", True),
  (F, ST, C, "it would join the talks chaired by the president's envoys, but only if", True),
  (L, VV, S, "He said the Versailles vote must go ahead in June as planned.", True),
 ]),

("014", "2024-05-27T20:10:00Z", "austral-bulletin", "state-of-emergency-to-end",
 "Macron lets New Caledonia state of emergency lapse to allow roadblocks to be lifted",
 """PARIS, May 27 (Austral Bulletin) - The state of emergency in New Caledonia will not be extended and will end on Tuesday, the Elysee said on Monday, to allow FLNKS leaders to meet and persuade protesters to dismantle roadblocks.

Macron's office said the decision followed his commitment in Noumea to give dialogue a chance, adding that several thousand security forces would stay in the territory and that a night curfew would remain.

The FLNKS welcomed the end of emergency rule, which it said had stopped its members from gathering. The front said it would meet its components and the CCAT over the coming days to call for roadblocks to be eased. The CCAT said the end of emergency rule was long overdue.

Loyalist leaders were quieter. Sonia Backes declined to say whether she agreed with the decision, saying only that residents needed to be protected.""",
 [(G, EM, S, "The state of emergency in New Caledonia will not be extended and will end", True),
  (F, EM, S, "The FLNKS welcomed the end of emergency rule", True),
  (CC, EM, S, "The CCAT said the end of emergency rule was long overdue.", True),
 ]),

("015", "2024-06-01T11:00:00Z", "reef-dispatch", "macron-no-congress-in-current-context",
 "Macron says no Versailles vote in the current context",
 """PARIS, June 1 (Reef Dispatch) - President Emmanuel Macron said in a newspaper interview published on Saturday that he would not convene Parliament in Congress to adopt the New Caledonia reform in the current context, and that he wanted to give local leaders time to agree on a wider accord.

He said he would only take the text to Versailles once the calm had returned and the parties had had a chance to reach a deal, but he did not set a new date.

The president also said the electoral freeze could not last forever. "A democracy cannot leave thousands of people without a vote," he was quoted as saying.

Analysts said the remarks put the Versailles timetable on ice for the summer. The envoys Macron left in Noumea have held several rounds of meetings with the two camps, according to the high commission.""",
 [(G, VV, C, "would only take the text to Versailles once the calm had returned", True),
  (G, AB, O, "the electoral freeze could not last forever", True),
 ]),

("016", "2024-06-09T22:30:00Z", "lagoon-wire", "macron-dissolves-national-assembly",
 "Macron dissolves National Assembly after European election defeat",
 """PARIS, June 9 (Lagoon Wire) - President Emmanuel Macron dissolved the National Assembly on Sunday and called snap legislative elections for June 30 and July 7, after the far-right National Rally beat his camp in the European Parliament election.

The decision throws into doubt a string of bills waiting in Parliament. Commentators said it was hard to see how the New Caledonia reform could be taken to Versailles with no Assembly in place, though the Elysee did not address the issue on Sunday night.

In Noumea, where the elections will also be held for the territory's two seats, candidates were expected to register within days. Roadblocks in several suburbs were cleared over the weekend, the high commission said. Loyalist leaders said they would field candidates in both constituencies.""",
 []),
]

ARTICLES_B = [
("017", "2024-06-12T15:40:00Z", "pacific-ledger", "macron-suspends-new-caledonia-reform",
 "Macron suspends New Caledonia voting reform ahead of snap election",
 """PARIS, June 12 (Pacific Ledger) - President Emmanuel Macron said on Wednesday that he had suspended the constitutional reform of New Caledonia's electoral roll, ruling out a Versailles vote while the country heads to snap elections.

"I have decided to suspend it, because we cannot leave ambiguity in this period," Macron told a news conference. He said no Congress would be convened to ratify the text.

Aides stressed that the reform had been suspended rather than withdrawn, and that the question of the roll would have to be settled in a wider agreement between local parties.

The announcement came as Macron sought to reassure voters ahead of the June 30 first round. He said the state would keep enough forces in the territory to guarantee order.""",
 [(G, VV, O, "He said no Congress would be convened to ratify the text.", True),
  (G, AB, O, "the reform had been suspended rather than withdrawn", True),
 ]),

("018", "2024-06-13T09:10:00Z", "austral-bulletin", "flnks-welcomes-suspension",
 "FLNKS welcomes suspension and says it is ready to resume dialogue; loyalists cry foul",
 """NOUMEA, June 13 (Austral Bulletin) - The FLNKS on Thursday welcomed the suspension of the electoral reform as a first step and said it was ready to resume dialogue with the loyalists and the state on the territory's future.

Daniel Goa, president of the Union Caledonienne, the front's largest party, said the suspension showed that Paris had finally listened. He said the FLNKS would now return to the negotiating table, while still seeking the text's outright withdrawal.

Loyalist leader Sonia Backes called the decision a reward for the rioters and said the state was abandoning those who had been waiting years to vote. Her movement would keep fighting to have the roll opened, she said.

Philippe Dunoyer of Caledonie Ensemble, a moderate anti-independence party, said both camps now had no excuse not to talk.""",
 [(F, ST, S, "it was ready to resume dialogue with the loyalists and the state", True),
  (F, ST, S, "the FLNKS would now return to the negotiating table", True),
  (F, AB, S, "while still seeking the text's outright withdrawal", True),
  (L, AB, O, "Her movement would keep fighting to have the roll opened", True),
 ]),

("019", "2024-06-20T06:30:00Z", "coral-courier", "ccat-leader-tein-detained",
 "CCAT leader Christian Tein detained in Noumea investigation",
 """NOUMEA, June 20 (Coral Courier) - Police in New Caledonia on Wednesday detained Christian Tein, leader of the CCAT, and about ten other activists in an investigation into the organisation of the May riots, the Noumea prosecutor said.

The prosecutor said the suspects could face charges including complicity in murder and organised theft. Lawyers for Tein said the case was political.

In a statement, the CCAT said the arrests would not stop the mobilisation, which it said would go on until the reform was withdrawn for good. It called on supporters to stay calm.

The detentions came a week after Macron suspended the bill. Several Pacific island leaders voiced concern about the handling of the crisis. Prosecutors said the investigation had been opened in May and could take months.""",
 [(CC, AB, S, "would go on until the reform was withdrawn for good", True),
 ]),

("020", "2024-06-23T18:00:00Z", "reef-dispatch", "tein-transferred-to-france",
 "Detained CCAT activists flown to mainland France",
 """NOUMEA, June 23 (Reef Dispatch) - Seven activists held over the May riots in New Caledonia, including CCAT leader Christian Tein, were flown to mainland France on Saturday to be held in pre-trial detention, prompting fresh unrest in several Noumea suburbs.

The transfer was ordered by investigating judges in Noumea. Defence lawyers said it cut the detainees off from their families and their community.

Fires were set in the Saint-Louis tribe overnight and a police station was attacked in the north of the island, the high commission said. Analysts warned that the move could harden the pro-independence camp ahead of the legislative elections, though they said it was too early to say whether it would derail talks.

A lawyer for Tein said he would appeal.""",
 []),

("021", "2024-07-08T05:20:00Z", "lagoon-wire", "tjibaou-wins-seat",
 "Pro-independence candidate Tjibaou wins seat in French National Assembly",
 """NOUMEA, July 8 (Lagoon Wire) - Emmanuel Tjibaou, son of the late Kanak leader Jean-Marie Tjibaou, won one of New Caledonia's two seats in the National Assembly on Sunday, becoming the first pro-independence deputy from the territory in nearly four decades.

Tjibaou said he would carry the voice of the Kanak people to Paris and called for calm after the count. He did not comment on the suspended reform.

In the other constituency, loyalist Nicolas Metzdorf was re-elected. Metzdorf said his win showed that a majority of voters wanted the electoral roll opened and that the reform had to be revived in the new Assembly.

Turnout was unusually high in both constituencies, the high commission said. Both men called for the roadblocks still standing in parts of the north to be removed.""",
 [(L, AB, O, "the reform had to be revived in the new Assembly", True),
 ]),

("022", "2024-09-01T09:00:00Z", "pacific-ledger", "flnks-congress-names-tein",
 "FLNKS names jailed CCAT leader Tein as president, sets sovereignty condition for talks",
 """NOUMEA, Sept 1 (Pacific Ledger) - The FLNKS named Christian Tein, the CCAT leader held in a prison in mainland France, as its president at a congress on Saturday, and said it would only take part in talks on the territory's future if they led to full sovereignty.

In its final resolution, the front said any negotiation must have as its sole aim the accession of Kanaky-New Caledonia to independence, which it set for Sept. 24, 2025. It would not discuss any other framework, the resolution said.

Two of the front's components, the Palika and the UPM, stayed away from the congress, saying they did not recognise the CCAT's methods. Palika leaders said they remained open to dialogue without preconditions.

Tein did not address the congress himself.""",
 [(F, ST, C, "would only take part in talks on the territory's future if they led", True),
 ]),

("023", "2024-09-22T14:25:00Z", "austral-bulletin", "barnier-government-buffet-overseas",
 "Barnier government named; Buffet takes overseas portfolio",
 """PARIS, Sept 22 (Austral Bulletin) - Prime Minister Michel Barnier named his government on Saturday, appointing Senator Francois-Noel Buffet as minister for overseas territories, a post that will make him the state's main interlocutor on New Caledonia.

Buffet, a former chairman of the Senate's law committee, declined to say whether the electoral reform would be revived, telling reporters that he first wanted to listen to all sides.

Commentators said the choice of a senator signalled a cautious approach. One former adviser to the overseas ministry said the new government was likely to push the provincial elections back, but that the matter had not been settled.

The territory's economy has lost an estimated two billion euros since May, according to local business groups.""",
 []),

("024", "2024-10-01T16:45:00Z", "reef-dispatch", "barnier-shelves-new-caledonia-reform",
 "Barnier shelves New Caledonia voting reform and delays provincial elections",
 """PARIS, Oct 1 (Reef Dispatch) - Prime Minister Michel Barnier said on Tuesday that the constitutional bill on New Caledonia's electoral roll would not be submitted to Congress, formally shelving the reform that set off the May riots.

In his first policy speech to the National Assembly, Barnier said the provincial elections due by December would be postponed until the end of 2025 at the latest, to give time for talks on the territory's future.

"The government will not submit the constitutional bill to Congress," Barnier said. He added that the presidents of the Senate and the Assembly would lead a mission to Noumea to help restart dialogue.

Deputies from the pro-independence camp and the left applauded the announcement. Some members of Macron's former majority said privately that the reform had been dead since June.""",
 [(G, AB, S, "formally shelving the reform that set off the May riots", True),
  (G, VV, O, "The government will not submit the constitutional bill to Congress", True),
  (G, PE, S, "would be postponed until the end of 2025 at the latest", True),
  (G, ST, S, "to give time for talks on the territory's future", True),
 ]),

("025", "2024-10-02T08:30:00Z", "lagoon-wire", "reactions-barnier-shelving",
 "FLNKS hails shelving of reform; Backes warns the fight for the roll is not over",
 """NOUMEA, Oct 2 (Lagoon Wire) - The FLNKS on Wednesday hailed Barnier's decision to drop the electoral reform as a victory for the Kanak people, saying it proved that the text should never have been pushed.

Sonia Backes said the loyalists accepted the delay to the provincial elections, since a vote on the frozen roll would be worse, but warned that they would never give up on opening the roll. "It is a postponement of justice, not its end," she said.

The front said it would not stand in the way of the delay to the elections provided the year was used for real negotiations.

The CCAT, in a statement, said the shelving showed what the mobilisation had achieved. Its leader remains in detention in France.

The Congress of New Caledonia will be consulted on the bill delaying the elections before it goes to the Senate.""",
 [(F, AB, S, "hailed Barnier's decision to drop the electoral reform as a victory", True),
  (L, PE, S, "the loyalists accepted the delay to the provincial elections", True),
  (F, PE, C, "would not stand in the way of the delay to the elections provided", True),
  (L, AB, O, "they would never give up on opening the roll", True),
  (CC, AB, S, "the shelving showed what the mobilisation had achieved", True),
  (G, AB, S, "Barnier's decision to drop the electoral reform", False),
 ]),

("026", "2024-10-23T19:00:00Z", "coral-courier", "senate-votes-election-delay",
 "French Senate votes to delay New Caledonia provincial elections",
 """PARIS, Oct 23 (Coral Courier) - The French Senate on Wednesday approved a bill postponing New Caledonia's provincial elections until November 2025 at the latest, the first step in implementing the government's new approach to the territory.

Senators adopted the text by a large majority. Senate President Gerard Larcher said the delay was needed so that the elections could be held on a basis accepted by all.

Overseas Minister Francois-Noel Buffet told the chamber the government wanted the extra year to be used for negotiations. He said the state would act as a partner, not an arbiter.

The Congress of New Caledonia had given its opinion on the bill earlier in the month. The text now goes to the National Assembly.""",
 [(P, PE, S, "approved a bill postponing New Caledonia's provincial elections until November 2025", True),
  (P, PE, S, "the delay was needed so that the elections could be held", True),
  (G, ST, S, "the government wanted the extra year to be used for negotiations", True),
 ]),

("027", "2024-11-06T21:15:00Z", "pacific-ledger", "assembly-adopts-election-delay",
 "Parliament gives final approval to New Caledonia election delay",
 """PARIS, Nov 6 (Pacific Ledger) - The National Assembly on Wednesday gave final approval to the bill postponing New Caledonia's provincial elections until no later than Nov. 30, 2025, with a broad majority from left to right.

Emmanuel Tjibaou, the territory's pro-independence deputy, said in the chamber that the year must be used to build a shared future. Loyalist deputy Nicolas Metzdorf voted for the text but said the roll would have to be addressed in any deal.

A handful of far-right deputies voted against, arguing that the delay rewarded the rioters.

Overseas Minister Francois-Noel Buffet thanked deputies and said the government would now concentrate on bringing the parties back to the table. Roch Wamytan, president of the territory's Congress, did not comment.

The presidents of both chambers are due to travel to Noumea next week.""",
 [(P, PE, S, "gave final approval to the bill postponing New Caledonia's provincial elections", True),
  (L, PE, S, "Metzdorf voted for the text", True),
  (G, ST, S, "bringing the parties back to the table", True),
 ]),

("028", "2024-11-12T10:40:00Z", "austral-bulletin", "larcher-braun-pivet-mission-noumea",
 "FLNKS agrees to join talks after meeting Larcher and Braun-Pivet in Noumea",
 """NOUMEA, Nov 12 (Austral Bulletin) - The FLNKS agreed on Tuesday to take part in talks on New Caledonia's future status after meeting Senate President Gerard Larcher and National Assembly President Yael Braun-Pivet, who are in the territory on a mission of dialogue.

A front delegation said after the meeting that it would sit down with the loyalists and the state in the coming months. It did not repeat the sovereignty condition set at its congress in August.

Larcher said the two presidents had come to listen and that a global agreement was the only way out of the crisis. Braun-Pivet said Parliament would stand behind any accord the parties reached.

Loyalist leaders, who met the mission on Monday, said they too were ready to negotiate.""",
 [(F, ST, S, "agreed on Tuesday to take part in talks on New Caledonia's future status", True),
  (F, ST, S, "it would sit down with the loyalists and the state in the coming months", True),
  (P, ST, S, "a global agreement was the only way out of the crisis", True),
  (L, ST, S, "they too were ready to negotiate", True),
 ]),

("029", "2024-11-20T07:55:00Z", "reef-dispatch", "ccat-statement-talks",
 "CCAT says street mobilisation continues; silent on talks",
 """NOUMEA, Nov 20 (Reef Dispatch) - The CCAT said on Wednesday that it would maintain its mobilisation until its jailed members were freed, but a spokesman declined to say whether the group supported the talks agreed by the FLNKS last week.

The group said the shelving of the reform was only a first victory. It called for a march in Noumea on Dec. 1 to demand the return of detainees held in mainland France.

Analysts said the CCAT's position would weigh on the front, whose president, Christian Tein, is still in detention, but that it was unlikely to block the talks outright.

A loyalist official said the group's refusal to commit showed it still wanted to dictate terms. The high commission said the curfew would be shortened from next week.""",
 []),

("030", "2024-12-05T09:30:00Z", "lagoon-wire", "barnier-government-falls",
 "Barnier government falls; New Caledonia talks in limbo",
 """PARIS, Dec 5 (Lagoon Wire) - The French National Assembly toppled Prime Minister Michel Barnier's government in a no-confidence vote on Wednesday, leaving plans for talks on New Caledonia's future uncertain.

The law postponing the provincial elections remains in force, officials said, and the vote will take place by November 2025 at the latest. The timing of negotiations expected to be held in Paris in the new year is less clear.

Local business leaders said the political crisis in Paris added to the uncertainty facing an economy still recovering from the riots. An FLNKS official said the front would wait to see who the next government sent to the table. Barnier's overseas minister, Francois-Noel Buffet, had been expected to host a first round of those negotiations before the end of the year.""",
 []),

("031", "2024-12-24T11:10:00Z", "coral-courier", "valls-overseas-minister-new-caledonia",
 "Valls takes overseas ministry, promises swift trip to Noumea",
 """PARIS, Dec 24 (Coral Courier) - Former prime minister Manuel Valls, named minister for overseas territories in Francois Bayrou's new government, said on Tuesday that New Caledonia would be his first priority and that he would travel to Noumea early in the new year.

Valls said he wanted to bring the pro-independence and loyalist camps together around a global agreement on the territory's future. He said the electoral roll would be one of the questions settled within such an agreement. Valls said he had followed the territory's affairs closely as prime minister between 2014 and 2016.

Loyalist leader Sonia Backes said any agreement would still have to open the roll to the tens of thousands of residents excluded from provincial elections.""",
 [(G, ST, S, "he wanted to bring the pro-independence and loyalist camps together", True),
  (L, AB, O, "any agreement would still have to open the roll", True),
 ]),
]

ARTICLES = ARTICLES_A + ARTICLES_B

SHIFTS = [
    (G, VV, S, C, "011", "In Noumea Macron says the reform will not go through by force and Parliament would only be convened if calm returned and parties had time to talk; in 002 he said Congress would be convened before the end of June."),
    (G, EM, O, S, "014", "The Elysee says the state of emergency will not be extended and will end, to let FLNKS leaders meet; the government declared it in 003."),
    (G, VV, C, O, "017", "Macron says he has suspended the reform and no Congress will be convened; since 011 a Versailles vote was only held out under conditions."),
    (F, ST, C, S, "018", "The FLNKS says it is ready to resume dialogue and return to the negotiating table; in 005 and 013 it would talk only once the bill was off the agenda."),
    (F, ST, S, C, "022", "The FLNKS congress says it will only take part in talks if they lead to full sovereignty; in 018 it was ready to resume dialogue."),
    (G, AB, O, S, "024", "Barnier tells the Assembly the government will not submit the constitutional bill to Congress, formally shelving it; in 017 aides stressed the reform was suspended, not withdrawn."),
    (G, PE, O, S, "024", "Barnier says the provincial elections due by December will be postponed until the end of 2025; in 008 Darmanin saw no reason to push them back."),
    (F, ST, C, S, "028", "After meeting Larcher and Braun-Pivet the FLNKS agrees to take part in talks, without repeating its August sovereignty condition (022)."),
]

DUPLICATES = [("003", "004"), ("011", "012")]

OUTLETS = {
    "lagoon-wire": "Lagoon Wire",
    "pacific-ledger": "Pacific Ledger",
    "coral-courier": "Coral Courier",
    "austral-bulletin": "Austral Bulletin",
    "reef-dispatch": "Reef Dispatch",
}


def main():
    import json, os, re, subprocess, sys
    from datetime import datetime
    from email.utils import format_datetime
    from xml.sax.saxutils import escape

    here = os.path.dirname(os.path.abspath(__file__))
    errors = []
    os.makedirs(os.path.join(here, "articles"), exist_ok=True)
    os.makedirs(os.path.join(here, "feeds"), exist_ok=True)

    arts = []
    for (aid, pub, outlet, slug, title, text, claims) in ARTICLES:
        dt = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
        url = f"https://example.org/{outlet}/{dt:%Y/%m/%d}/{slug}"
        arts.append({"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url,
                     "title": title, "text": text, "_outlet": outlet, "_claims": claims, "_dt": dt})

    # ids in publication order, consecutive
    for i, a in enumerate(arts, 1):
        if a["id"] != f"{i:03d}":
            errors.append(f"id {a['id']} out of sequence (expected {i:03d})")
    for a, b in zip(arts, arts[1:]):
        if b["_dt"] < a["_dt"]:
            errors.append(f"{b['id']} published before {a['id']}")
    urls = [a["url"] for a in arts]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")

    # watchlist ids (simple line parse keeps build.py free of a yaml dependency)
    wl = open(os.path.join(here, "watchlist.yaml"), encoding="utf-8").read()
    actor_ids = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    aliases:", wl, re.M))
    issue_ids = set(re.findall(r"^  - id: (\S+)\n    name: .*\n    description:", wl, re.M))
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)}
    for (act, iss), st in baseline.items():
        if act not in actor_ids or iss not in issue_ids:
            errors.append(f"baseline {act}/{iss} not in watchlist")

    # word counts, dateline
    for a in arts:
        n = len(a["text"].split())
        if not (120 <= n <= 260):
            errors.append(f"{a['id']}: {n} words (want 120-260)")
        if not re.match(r"^[A-Z][A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errors.append(f"{a['id']}: bad dateline")

    claims_out = {}
    for a in arts:
        lst = []
        for (act, iss, st, quote, attributed) in a["_claims"]:
            if act not in actor_ids: errors.append(f"{a['id']}: unknown actor {act}")
            if iss not in issue_ids: errors.append(f"{a['id']}: unknown issue {iss}")
            if st not in ("support", "oppose", "conditional"): errors.append(f"{a['id']}: bad stance {st}")
            if quote not in a["text"]: errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15: errors.append(f"{a['id']}: quote over 15 words: {quote!r}")
            lst.append({"actor": act, "issue": iss, "stance": st, "quote": quote, "attributed": attributed})
        claims_out[a["id"]] = lst

    # duplicates must carry identical claim tuples
    for x, y in DUPLICATES:
        tx = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[x])
        ty = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[y])
        if tx != ty: errors.append(f"duplicate pair {x}/{y} claims differ")

    # recompute shifts from attributed claims and compare to the hand list
    dup_copies = {y for _, y in DUPLICATES}
    prevailing = dict(baseline)
    derived = []
    for a in arts:
        if a["id"] in dup_copies:
            continue
        seen = {}
        for c in claims_out[a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in seen and seen[k] != c["stance"]:
                errors.append(f"{a['id']}: conflicting stances for {k}")
            seen[k] = c["stance"]
        for k, st in seen.items():
            if k in prevailing and prevailing[k] != st:
                derived.append((k[0], k[1], prevailing[k], st, a["id"]))
            prevailing[k] = st
    hand = [(s[0], s[1], s[2], s[3], s[4]) for s in SHIFTS]
    if sorted(derived) != sorted(hand):
        errors.append(f"shift mismatch:\n derived={sorted(derived)}\n hand={sorted(hand)}")
    for s in SHIFTS:
        if not any(c["actor"] == s[0] and c["issue"] == s[1] and c["stance"] == s[3] and c["attributed"]
                   for c in claims_out[s[4]]):
            errors.append(f"shift {s[:2]} in {s[4]} has no attributed claim")

    shift_articles = sorted({s[4] for s in SHIFTS})
    labels = {
        "claims": claims_out,
        "shifts": [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": s[4], "why": s[5]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }

    # remove stale article files, then write
    for fn in os.listdir(os.path.join(here, "articles")):
        os.remove(os.path.join(here, "articles", fn))
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(here, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
    with open(os.path.join(here, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1); f.write("\n")

    for outlet, name in OUTLETS.items():
        items = [a for a in arts if a["_outlet"] == outlet]
        if not items:
            errors.append(f"outlet {outlet} has no articles"); continue
        last = max(a["_dt"] for a in items)
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 f'    <title>{escape(name)}</title>',
                 f'    <link>https://example.org/{outlet}/</link>',
                 f'    <description>{escape(name)}: fictional outlet for the shiftwatch new-caledonia-voting-2024 set</description>',
                 '    <language>en</language>',
                 f'    <lastBuildDate>{format_datetime(last.replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda a: a["_dt"], reverse=True):
            pd = format_datetime(a["_dt"].replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)
            parts += ['    <item>',
                      f'      <title>{escape(a["title"])}</title>',
                      f'      <link>{escape(a["url"])}</link>',
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                      f'      <pubDate>{pd}</pubDate>',
                      f'      <description>{escape(a["text"])}</description>',
                      '    </item>']
        parts += ['  </channel>', '</rss>', '']
        path = os.path.join(here, "feeds", outlet + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint {outlet}: {r.stderr.strip()}")

    # reload JSON to be sure it parses
    for a in arts:
        json.load(open(os.path.join(here, "articles", a["id"] + ".json"), encoding="utf-8"))
    json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))

    # summary
    from collections import Counter
    allc = [c for l in claims_out.values() for c in l]
    st = Counter(c["stance"] for c in allc)
    print(f"articles={len(arts)} claims={len(allc)} {dict(st)} unattributed={sum(not c['attributed'] for c in allc)}")
    print(f"shifts={len(SHIFTS)} in {len(shift_articles)} articles: {shift_articles}")
    print("empty:", [k for k, v in claims_out.items() if not v])
    print("per outlet:", Counter(a["_outlet"] for a in arts))
    print("words:", min(len(a['text'].split()) for a in arts), max(len(a['text'].split()) for a in arts))
    if errors:
        print("ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
