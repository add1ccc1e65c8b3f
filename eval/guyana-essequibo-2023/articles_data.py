# Article table for build.py: (id, published UTC, outlet-key, slug, title, text, claims)
# claims: (actor, issue, stance, quote, attributed)
A = []
def art(id, published, outlet, slug, title, text, claims):
    A.append(dict(id=id, published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("001", "2023-10-24T15:10:00Z", "coastline-wire", "venezuela-sets-essequibo-referendum-questions",
"Venezuela publishes Essequibo referendum questions, rejects World Court role",
"""CARACAS, Oct 24 (Coastline Wire) - Venezuela's electoral council on Monday approved five questions for a December 3 consultative referendum on the Essequibo, the oil-rich region that Guyana has administered for more than a century and that Caracas claims as its own.

Voters will be asked, among other things, whether they reject the 1899 arbitral award that set the border and whether they agree to create a new state called Guayana Esequiba and to grant Venezuelan citizenship to its inhabitants.

Foreign Minister Yvan Gil said Venezuela did not recognise the jurisdiction of the International Court of Justice over the dispute and would never accept a ruling from The Hague. He said the 1966 Geneva Agreement, which calls for a practical settlement between the two neighbours, was the only valid framework.

In Georgetown, officials said the questions amounted to a step towards annexation. Guyanese Foreign Minister Hugh Todd said his government was studying its options and would not allow its sovereignty to be put to a vote in another country.""",
[("venezuela","icj-settles-border","oppose","Venezuela did not recognise the jurisdiction of the International Court of Justice",True),
 ("venezuela","venezuela-drops-esequiba-state","oppose","whether they agree to create a new state called Guayana Esequiba",False)])

art("002", "2023-10-31T11:25:00Z", "equator-herald", "guyana-asks-icj-to-halt-referendum",
"Guyana asks World Court to stop parts of Venezuela's referendum",
"""GEORGETOWN, Oct 31 (Equator Herald) - Guyana has asked the International Court of Justice to order Venezuela to halt parts of its planned December referendum, arguing that the vote is designed to prepare the annexation of the Essequibo region.

The request for provisional measures, filed on Monday in The Hague, says the referendum questions would have Venezuelans approve the creation of a state on Guyanese territory. President Irfaan Ali said in a national address that the border had been settled in 1899 and that Guyana would continue to rely on the court to confirm it.

"The court is where this matter will be decided," Ali said, adding that Guyana expected every state to respect whatever judgment the judges deliver.

Some regional analysts said Caracas was using the campaign to rally domestic support ahead of a presidential election and might quietly let the state proposal fade after the vote. Venezuelan officials did not immediately comment on the filing.""",
[("guyana","icj-settles-border","support","The court is where this matter will be decided",True),
 ("guyana","venezuela-drops-esequiba-state","support","the vote is designed to prepare the annexation of the Essequibo region",True)])

art("003", "2023-11-14T17:40:00Z", "southern-cross-post", "delcy-rodriguez-icj-hearing",
"Venezuela tells ICJ nothing will stop the Essequibo vote",
"""THE HAGUE, Nov 14 (Southern Cross Post) - Venezuelan Vice President Delcy Rodriguez told the International Court of Justice on Tuesday that nothing would stop the December 3 referendum and that her country did not accept the court's authority to settle the border.

Rodriguez, appearing at a hearing on Guyana's request for emergency measures, said Venezuela had come to the Peace Palace out of respect for the judges, not to submit to them. The dispute, she said, could only be resolved through direct negotiation under the Geneva Agreement.

Lawyers for Guyana told the judges that the referendum was a first step towards seizing two-thirds of the country and asked them to act before the vote. Guyana, they said, had brought the case precisely so that an impartial court could settle the boundary once and for all.

A ruling on the request is expected within weeks.""",
[("venezuela","icj-settles-border","oppose","her country did not accept the court's authority to settle the border",True),
 ("venezuela","direct-talks","support","could only be resolved through direct negotiation under the Geneva Agreement",True),
 ("guyana","icj-settles-border","support","so that an impartial court could settle the boundary once and for all",True)])

art("004", "2023-11-24T20:05:00Z", "keel-report", "amorim-visits-caracas",
"Lula adviser Amorim visits Caracas as Essequibo tension builds",
"""CARACAS, Nov 24 (Keel Report) - Celso Amorim, the chief foreign policy adviser to Brazilian President Luiz Inacio Lula da Silva, met senior Venezuelan officials in Caracas this week as concern grew in the region over the coming referendum on the Essequibo.

Brazilian officials said Amorim had conveyed Brazil's interest in keeping South America free of conflict. Asked whether Brasilia considered the International Court of Justice the right place to settle the border, a spokesman for the presidency declined to say.

Brazil's defence ministry said separately that it had moved additional troops and armoured vehicles to the northern state of Roraima, which borders both countries, as a precaution.

Diplomats in Brasilia said they expected Lula to try to use his relationship with Nicolas Maduro to lower the temperature, but that Brazil was reluctant to be seen taking sides. The referendum is due on December 3.""",
[])

art("005", "2023-12-01T16:20:00Z", "coastline-wire", "icj-orders-venezuela-not-to-alter-status-quo",
"World Court orders Venezuela not to change situation in Essequibo",
"""THE HAGUE, Dec 1 (Coastline Wire) - The International Court of Justice on Friday unanimously ordered Venezuela to refrain from any action that would modify the situation in the Essequibo, which Guyana administers, while the border case continues.

The judges stopped short of explicitly banning Venezuela's December 3 referendum, and both governments claimed victory.

Guyanese President Irfaan Ali said the order was binding and showed that the court was the proper place to resolve the controversy. Venezuelan Foreign Minister Yvan Gil said the ruling changed nothing, that the referendum would go ahead, and that Caracas would continue to reject the court's jurisdiction.

The US State Department said the order should be respected by both parties and that Washington supported a peaceful settlement through the court's process.""",
[("guyana","icj-settles-border","support","the court was the proper place to resolve the controversy",True),
 ("venezuela","icj-settles-border","oppose","Caracas would continue to reject the court's jurisdiction",True),
 ("usa","icj-settles-border","support","Washington supported a peaceful settlement through the court's process",True)])

art("006", "2023-12-01T19:45:00Z", "atlantic-ledger", "both-sides-claim-win-after-icj-order",
"Guyana and Venezuela both claim win after ICJ order",
"""GEORGETOWN, Dec 1 (Atlantic Ledger) - Guyana and Venezuela each declared victory on Friday after the International Court of Justice unanimously told Caracas not to take any step that would change the situation in the Essequibo while the case is pending.

The court did not expressly forbid Sunday's referendum in Venezuela.

President Irfaan Ali said the order was binding and showed that the court was the proper place to resolve the controversy. In Caracas, Foreign Minister Yvan Gil said the referendum would proceed as planned and that Caracas would continue to reject the court's jurisdiction.

Washington said both sides should respect the order. In a statement, the State Department said Washington supported a peaceful settlement through the court's process and urged calm.""",
[("guyana","icj-settles-border","support","the court was the proper place to resolve the controversy",True),
 ("venezuela","icj-settles-border","oppose","Caracas would continue to reject the court's jurisdiction",True),
 ("usa","icj-settles-border","support","Washington supported a peaceful settlement through the court's process",True)])

art("007", "2023-12-04T09:30:00Z", "southern-cross-post", "venezuela-referendum-result",
"Venezuela says voters back Essequibo claim; turnout questioned",
"""CARACAS, Dec 4 (Southern Cross Post) - Venezuela's electoral council said on Sunday night that more than 95 percent of votes cast had backed each of the five referendum questions on the Essequibo, including the creation of a Venezuelan state in the territory.

The council reported about 10.5 million votes but did not say how many people had voted. Reporters at polling stations in Caracas described thin queues, and opposition figures said the numbers were inflated.

President Nicolas Maduro called the result a mandate and told supporters that Venezuela would now take the steps needed to make Guayana Esequiba a reality. "We have taken the first steps of a new historic stage," he said.

In Georgetown, President Irfaan Ali told Guyanese they had nothing to fear and that the country's borders were secure. He did not address the vote count.""",
[("venezuela","venezuela-drops-esequiba-state","oppose","Venezuela would now take the steps needed to make Guayana Esequiba a reality",True)])

art("008", "2023-12-06T02:15:00Z", "keel-report", "maduro-creates-guayana-esequiba-state",
"Maduro creates 'Guayana Esequiba' state, orders oil licences; Guyana calls it a threat",
"""CARACAS, Dec 5 (Keel Report) - President Nicolas Maduro on Tuesday ordered the creation of a Venezuelan state of Guayana Esequiba and told state oil company PDVSA and the mining conglomerate CVG to start issuing licences for oil, gas and mineral exploration in the territory.

Maduro said companies operating in the area under Guyanese concessions had three months to withdraw. He also named a general as the sole authority for the new state and presented a draft law to the National Assembly.

Guyanese President Irfaan Ali called the moves a direct threat to Guyana's territorial integrity and said the defence force was on full alert. He said Guyana would ask the United Nations Security Council to act and demanded that Caracas reverse the annexation decree.

Ali told investors that existing licences remained valid and that Guyana would not ask any company to leave its waters.""",
[("venezuela","venezuela-drops-esequiba-state","oppose","ordered the creation of a Venezuelan state of Guayana Esequiba",True),
 ("venezuela","oil-work-halted","support","companies operating in the area under Guyanese concessions had three months to withdraw",True),
 ("guyana","venezuela-drops-esequiba-state","support","demanded that Caracas reverse the annexation decree",True),
 ("guyana","oil-work-halted","oppose","Guyana would not ask any company to leave its waters",True)])

art("009", "2023-12-07T18:00:00Z", "equator-herald", "exxon-stays-us-backs-guyana",
"ExxonMobil says it will keep working offshore Guyana as US backs Georgetown",
"""HOUSTON, Dec 7 (Equator Herald) - ExxonMobil said on Thursday it would continue its operations in Guyana's Stabroek block under its existing licences, two days after Venezuela told foreign companies to leave the waters it claims within three months.

The company said its work was proceeding as planned. It declined to comment on the border itself, saying such matters were for the two governments and the courts.

In Washington, Secretary of State Antony Blinken spoke with President Irfaan Ali and reaffirmed what the State Department called unwavering support for Guyana's sovereignty. Spokesman Matthew Miller said the United States called on Venezuela not to act on the referendum by moving to take over Guyanese territory.

The US Southern Command said it would hold flight operations with Guyana's defence force on Thursday as part of routine engagement.""",
[("exxonmobil","oil-work-halted","oppose","it would continue its operations in Guyana's Stabroek block under its existing licences",True),
 ("usa","venezuela-drops-esequiba-state","support","called on Venezuela not to act on the referendum by moving to take over",True)])

art("010", "2023-12-08T22:10:00Z", "atlantic-ledger", "security-council-closed-meeting",
"UN Security Council holds closed meeting on Guyana-Venezuela tension",
"""NEW YORK, Dec 8 (Atlantic Ledger) - The UN Security Council met behind closed doors on Friday at Guyana's request to discuss Venezuela's moves on the Essequibo, but issued no statement afterwards.

Guyanese Foreign Minister Hugh Todd said he had asked council members to press Caracas to abandon the annexation and to respect the World Court's order. Several diplomats said the meeting had been useful but that members were divided over how far to go.

Brazil, which is not on the council, has reinforced its troops along its northern frontier. President Luiz Inacio Lula da Silva had said on Sunday that what South America did not need was confusion, and his government has kept in touch with both capitals.

Venezuela's mission to the United Nations did not respond to a request for comment.""",
[("guyana","venezuela-drops-esequiba-state","support","asked council members to press Caracas to abandon the annexation",True),
 ("guyana","icj-settles-border","support","to respect the World Court's order",True)])

art("011", "2023-12-09T23:30:00Z", "coastline-wire", "ali-agrees-to-meet-maduro",
"Ali agrees to meet Maduro in St Vincent, says border not up for discussion",
"""KINGSTOWN, Dec 9 (Coastline Wire) - Guyanese President Irfaan Ali has agreed to meet Venezuela's Nicolas Maduro in St Vincent and the Grenadines on December 14, but said the border itself would not be on the table.

Ali's office said Caribbean leaders at an emergency meeting had urged him to explore talks with Maduro. Prime Minister Ralph Gonsalves, who holds the rotating presidency of CELAC, said he had invited both leaders and that dialogue was the only sensible path.

Ali said Guyana's land boundary was not up for discussion because the case was before the International Court of Justice, whose ruling Guyana would fully respect. He said he was willing to talk with Maduro about keeping the peace and other matters between the neighbours.

Maduro said on state television that he welcomed the meeting and had always sought a direct dialogue with Georgetown. Brazil's President Lula will send an envoy to observe.""",
[("guyana","direct-talks","conditional","willing to talk with Maduro about keeping the peace and other matters",True),
 ("guyana","icj-settles-border","support","the case was before the International Court of Justice, whose ruling Guyana would fully respect",True),
 ("caricom","direct-talks","support","dialogue was the only sensible path",True),
 ("venezuela","direct-talks","support","had always sought a direct dialogue with Georgetown",True)])

art("012", "2023-12-09T23:55:00Z", "southern-cross-post", "guyana-venezuela-leaders-to-meet",
"Guyana, Venezuela leaders to meet on Thursday; Ali rules out border talks",
"""KINGSTOWN, Dec 9 (Southern Cross Post) - The presidents of Guyana and Venezuela will meet on Thursday in St Vincent and the Grenadines, the island's prime minister said on Saturday, after days of rising tension over the Essequibo.

Prime Minister Ralph Gonsalves, the current CELAC president, said he had invited both men and that dialogue was the only sensible path. Caribbean leaders had earlier urged Guyana's Irfaan Ali to consider a meeting.

Ali's office said he had accepted. It said Guyana's land boundary was not up for discussion because the case was before the International Court of Justice, whose ruling Guyana would fully respect, but that Ali was willing to talk with Maduro about keeping the peace and other matters.

Nicolas Maduro said he had always sought a direct dialogue with Georgetown and welcomed the invitation.""",
[("guyana","direct-talks","conditional","willing to talk with Maduro about keeping the peace and other matters",True),
 ("guyana","icj-settles-border","support","the case was before the International Court of Justice, whose ruling Guyana would fully respect",True),
 ("caricom","direct-talks","support","dialogue was the only sensible path",True),
 ("venezuela","direct-talks","support","had always sought a direct dialogue with Georgetown",True)])

art("013", "2023-12-12T14:50:00Z", "keel-report", "gil-sets-terms-before-argyle",
"Venezuela sets its terms ahead of Ali-Maduro meeting",
"""CARACAS, Dec 12 (Keel Report) - Venezuela is ready to commit to keeping the region a zone of peace, but only if Guyana stops drawing the US Southern Command into the dispute, Foreign Minister Yvan Gil said on Tuesday.

Gil said Venezuela would go to Thursday's meeting in St Vincent to seek a direct, practical settlement under the Geneva Agreement and would not discuss the case in The Hague, which it does not recognise. He accused Georgetown of letting foreign forces use its territory to threaten Venezuela.

In Georgetown, President Irfaan Ali repeated that there was no room for compromise on the border. He said he would go to St Vincent to talk about peace, not to negotiate the boundary, which he said belonged before the court.

Caribbean officials said they hoped the two leaders could at least agree to lower the rhetoric.""",
[("venezuela","renounce-force","conditional","only if Guyana stops drawing the US Southern Command into the dispute",True),
 ("venezuela","direct-talks","support","to seek a direct, practical settlement under the Geneva Agreement",True),
 ("venezuela","icj-settles-border","oppose","would not discuss the case in The Hague, which it does not recognise",True),
 ("guyana","direct-talks","conditional","he would go to St Vincent to talk about peace, not to negotiate the boundary",True),
 ("guyana","icj-settles-border","support","the boundary, which he said belonged before the court",True)])

art("014", "2023-12-14T23:55:00Z", "coastline-wire", "argyle-declaration-no-force",
"Guyana and Venezuela pledge not to use force in Argyle declaration",
"""KINGSTOWN, Dec 14 (Coastline Wire) - Guyana and Venezuela agreed on Thursday that they would not threaten or use force against one another in any circumstances, in a joint declaration issued after their presidents met at Argyle airport in St Vincent.

The Argyle Declaration, read out by Prime Minister Ralph Gonsalves, also commits both sides to refrain from escalating the dispute by words or deeds and to set up a joint commission of foreign ministers to address matters as mutually agreed. The two presidents will meet again in Brazil within three months.

The text notes Guyana's position that the controversy is for the International Court of Justice and Venezuela's position that it does not consent to the court's jurisdiction.

Nicolas Maduro said Venezuela had signed the commitment to peace willingly. Gonsalves called the day a victory for the region. Celso Amorim, representing Brazil, said Brasilia was ready to host the next meeting.""",
[("venezuela","renounce-force","support","would not threaten or use force against one another in any circumstances",True),
 ("guyana","renounce-force","support","would not threaten or use force against one another in any circumstances",True),
 ("guyana","icj-settles-border","support","Guyana's position that the controversy is for the International Court of Justice",True),
 ("venezuela","icj-settles-border","oppose","Venezuela's position that it does not consent to the court's jurisdiction",True),
 ("guyana","direct-talks","conditional","to address matters as mutually agreed",True),
 ("venezuela","direct-talks","support","to set up a joint commission of foreign ministers",True),
 ("brazil","direct-talks","support","Brasilia was ready to host the next meeting",True)])

art("015", "2023-12-15T13:20:00Z", "equator-herald", "after-argyle-both-hold-positions",
"After Argyle, Ali and Maduro each say their claim is intact",
"""GEORGETOWN, Dec 15 (Equator Herald) - A day after agreeing in St Vincent to keep the peace, the presidents of Guyana and Venezuela each told their public that nothing had been given away.

President Irfaan Ali said there would be "no retreat" from the case at the International Court of Justice and that Guyana had every right to approve investment and issue licences anywhere in its territory. "Guyana is not the aggressor," he said.

Back in Caracas, Nicolas Maduro told a rally that Venezuela would keep building the state of Guayana Esequiba and would defend the mandate of the referendum by peaceful means.

Analysts in the region said the declaration bought time but that both leaders faced pressure at home not to look weak. One former Caribbean diplomat said Caracas might test the accord within weeks.""",
[("guyana","icj-settles-border","support","there would be \"no retreat\" from the case at the International Court of Justice",True),
 ("guyana","oil-work-halted","oppose","Guyana had every right to approve investment and issue licences anywhere in its territory",True),
 ("venezuela","venezuela-drops-esequiba-state","oppose","Venezuela would keep building the state of Guayana Esequiba",True),
 ("venezuela","renounce-force","support","would defend the mandate of the referendum by peaceful means",True)])

art("016", "2023-12-20T12:00:00Z", "atlantic-ledger", "uk-minister-rutley-georgetown",
"UK minister pledges support for Guyana's territorial integrity",
"""GEORGETOWN, Dec 20 (Atlantic Ledger) - Britain will work with its partners to make sure Guyana's territorial integrity is upheld, Foreign Office minister David Rutley said during a visit to Georgetown this week.

Rutley, who is responsible for the Americas and the Caribbean, met President Irfaan Ali and Foreign Minister Hugh Todd. He said the United Kingdom backed the International Court of Justice process and expected Venezuela to respect it, and that London had welcomed the pledges made at Argyle.

He said the referendum result in Venezuela could not be used to change a border the court had yet to rule on.

Guyana, which wants the court to confirm the 1899 boundary, has welcomed support from Western partners. Rutley's trip was planned before the latest rise in tension, British officials said. He also discussed climate finance and trade during meetings in London last month, they added.""",
[("uk","icj-settles-border","support","the United Kingdom backed the International Court of Justice process",True),
 ("guyana","icj-settles-border","support","Guyana, which wants the court to confirm the 1899 boundary",False),
 ("uk","venezuela-drops-esequiba-state","support","the referendum result in Venezuela could not be used to change a border",True)])

art("017", "2023-12-24T19:30:00Z", "southern-cross-post", "hms-trent-to-visit-guyana",
"British patrol ship HMS Trent to visit Guyana; Caracas cries provocation",
"""LONDON, Dec 24 (Southern Cross Post) - The Royal Navy patrol ship HMS Trent will visit Guyana after Christmas for joint activities with the country's defence force, Britain's Ministry of Defence said on Sunday.

"HMS Trent will visit regional ally and Commonwealth partner Guyana later this month," a ministry spokesperson said, describing the call as part of the ship's Atlantic patrol deployment. The vessel, which had been hunting drug smugglers in the Caribbean, is expected to anchor off Georgetown because the port is too shallow for it to dock.

Venezuelan Defence Minister Vladimir Padrino called the deployment a provocation and said it threatened peace and stability in the Caribbean.

Guyanese officials did not immediately comment. Vice President Bharrat Jagdeo had said earlier in the month that Guyana had no plans to host foreign military bases but would keep training with its partners.

Military analysts said the 2,000-tonne vessel, armed with a 30mm cannon, was a symbol of diplomatic backing rather than a serious military deterrent.""",
[("uk","uk-navy-visit","support","HMS Trent will visit regional ally and Commonwealth partner Guyana later this month",True),
 ("venezuela","uk-navy-visit","oppose","called the deployment a provocation",True)])

art("018", "2023-12-28T23:40:00Z", "keel-report", "maduro-orders-exercises-hms-trent",
"Maduro orders troop exercises over British ship, says Argyle at risk",
"""CARACAS, Dec 28 (Keel Report) - President Nicolas Maduro ordered more than 5,000 troops to take part in what he called defensive exercises on Venezuela's eastern Caribbean coast on Thursday, in response to the arrival of a British patrol ship off Guyana.

Foreign Minister Yvan Gil said Venezuela categorically rejected the ship's presence, calling it a hostile provocation and a violation of the Argyle Declaration. Maduro said Venezuela would keep its word under the declaration only as long as Guyana kept foreign military powers out, and that it reserved every action to defend its maritime and territorial integrity.

In Georgetown, President Irfaan Ali said Venezuela had nothing to fear from Guyana's long-standing partnerships with other countries, which he said were aimed at internal security. He said the ship's visit was welcome.""",
[("venezuela","renounce-force","conditional","only as long as Guyana kept foreign military powers out",True),
 ("venezuela","uk-navy-visit","oppose","Venezuela categorically rejected the ship's presence",True),
 ("guyana","uk-navy-visit","support","He said the ship's visit was welcome",True)])

art("019", "2023-12-29T21:15:00Z", "equator-herald", "brazil-concern-military-shows",
"Brazil says military shows of support should be avoided",
"""BRASILIA, Dec 29 (Equator Herald) - Brazil's foreign ministry said on Friday it was following recent developments between Guyana and Venezuela with concern, and that military demonstrations of support for either side should be avoided.

The statement, issued by the Itamaraty after Venezuela launched exercises in response to a British patrol ship's visit to Guyana, did not name Britain. It urged both governments to return to the spirit of the Argyle Declaration and to honour their commitment not to use force.

The British embassy in Brasilia declined to comment. St Vincent's Prime Minister Ralph Gonsalves, who brokered the Argyle meeting, also declined to say whether he thought the ship's visit was wise.

Diplomats in Brasilia said Caracas had privately assured Brazilian officials that it had no intention of crossing the border.

Guyana's Vice President Bharrat Jagdeo said the visit had been planned long before the recent tension and was routine defence cooperation.""",
[("brazil","uk-navy-visit","oppose","military demonstrations of support for either side should be avoided",True),
 ("brazil","renounce-force","support","to honour their commitment not to use force",True),
 ("venezuela","renounce-force","support","it had no intention of crossing the border",False),
 ("guyana","uk-navy-visit","support","was routine defence cooperation",True)])

art("020", "2024-01-24T16:00:00Z", "atlantic-ledger", "ali-commission-important-step",
"Ali calls Brasilia commission meeting an important step; border still off the table",
"""GEORGETOWN, Jan 24 (Atlantic Ledger) - President Irfaan Ali said on Wednesday that Thursday's first meeting of the Guyana-Venezuela joint commission in Brasilia was an important step in honouring what was agreed in St Vincent.

The conversation between the two countries was critical, Ali said, and the commission could look at trade, energy, climate and neighbourly relations. But Foreign Secretary Robert Persaud said the meeting was not about the Essequibo region nor about Guyana's case at the World Court.

Foreign Minister Hugh Todd will lead the delegation, the government said.

Venezuela's opposition, which has its own quarrel with Maduro over the coming presidential election, has said little about the commission. Some Guyanese opposition politicians said the government should not have agreed to any talks at all.""",
[("guyana","direct-talks","conditional","not about the Essequibo region nor about Guyana's case at the World Court",True)])

art("021", "2024-01-25T22:30:00Z", "coastline-wire", "brasilia-joint-commission-first-meeting",
"Guyana, Venezuela ministers meet in Brasilia, recommit to Argyle",
"""BRASILIA, Jan 25 (Coastline Wire) - The foreign ministers of Guyana and Venezuela held the first meeting of their joint commission in Brasilia on Thursday and agreed to keep talking, a month after a British ship's visit strained the peace deal reached in St Vincent.

Venezuela's Yvan Gil said his country stood fully by the Argyle pledge that neither side would threaten or use force, and wanted the dispute dealt with bilaterally and diplomatically. He made no mention of the conditions Caracas had attached in December.

Guyana's Hugh Todd said the border and Guyana's case before the International Court of Justice were not up for discussion, but that the two sides could cooperate on crime, energy and climate. He asked Gil to start preparing the next meeting.

Brazilian Foreign Minister Mauro Vieira, who hosted the talks at the Itamaraty, said Brazil valued both countries' commitment to dialogue.""",
[("venezuela","renounce-force","support","stood fully by the Argyle pledge that neither side would threaten or use force",True),
 ("venezuela","direct-talks","support","wanted the dispute dealt with bilaterally and diplomatically",True),
 ("guyana","direct-talks","conditional","were not up for discussion, but that the two sides could cooperate",True),
 ("guyana","icj-settles-border","support","Guyana's case before the International Court of Justice were not up for discussion",True),
 ("brazil","direct-talks","support","Brazil valued both countries' commitment to dialogue",True)])

art("022", "2024-02-09T10:45:00Z", "southern-cross-post", "anacoco-satellite-images",
"Satellite images show buildup at Venezuelan island base near Guyana border",
"""WASHINGTON, Feb 9 (Southern Cross Post) - Satellite images published by a Washington think tank show Venezuela expanding a military base on Anacoco island, which sits in a river on the border with Guyana.

Researchers said the images showed new vehicles, a widened airstrip and fresh construction since December. They said the buildup could be meant for show at home rather than as preparation for any operation.

Asked about the images, Guyana's Vice President Bharrat Jagdeo said the government was monitoring the situation and had shared its concerns with partners. The Venezuelan defence ministry did not respond to questions.

A State Department official, speaking on background, said Washington was aware of the reports. The official declined to say whether the United States had raised them with Caracas.""",
[])

art("023", "2024-02-28T20:20:00Z", "keel-report", "lula-caricom-summit-georgetown",
"Lula tells Caribbean summit South America does not want war",
"""GEORGETOWN, Feb 28 (Keel Report) - Brazil's President Luiz Inacio Lula da Silva told Caribbean leaders meeting in Georgetown on Wednesday that South America did not want war and that the Essequibo dispute must be settled through talks, not arms.

Lula, a guest at the Caribbean Community summit, said Brazil was ready to keep helping Guyana and Venezuela talk to each other and urged both to keep the promise they made at Argyle never to resort to force.

In their closing communique, CARICOM heads of government reaffirmed their support for the International Court of Justice process and for Guyana's sovereignty and territorial integrity.

The second meeting of Presidents Irfaan Ali and Nicolas Maduro, which the Argyle Declaration said should take place in Brazil within three months, has not been scheduled. Neither government has said when it might happen.""",
[("brazil","direct-talks","support","Brazil was ready to keep helping Guyana and Venezuela talk to each other",True),
 ("brazil","renounce-force","support","urged both to keep the promise they made at Argyle never to resort to force",True),
 ("caricom","icj-settles-border","support","reaffirmed their support for the International Court of Justice process",True)])

art("024", "2024-03-22T14:05:00Z", "equator-herald", "assembly-approves-essequibo-law",
"Venezuela's assembly approves law declaring Essequibo a state; Guyana protests",
"""CARACAS, March 22 (Equator Herald) - Venezuela's National Assembly on Thursday approved the Organic Law for the Defence of Guayana Esequiba, which declares the disputed region a Venezuelan state and would bar officials from recognising the 1899 award.

Assembly president Jorge Rodriguez said the law carried out the will expressed in the December referendum. It now goes to President Nicolas Maduro for signature.

Guyana's foreign ministry said the law was a flagrant violation of its sovereignty and territorial integrity and of international law. Home Affairs Minister Robeson Benn told a regional security conference that the vote contradicted the good faith of the talks at Argyle and in Brazil, and that the border would be settled at the International Court of Justice.

Maduro has not said when he will sign.""",
[("venezuela","venezuela-drops-esequiba-state","oppose","declares the disputed region a Venezuelan state",True),
 ("guyana","venezuela-drops-esequiba-state","support","the law was a flagrant violation of its sovereignty and territorial integrity",True),
 ("guyana","icj-settles-border","support","the border would be settled at the International Court of Justice",True)])

art("025", "2024-03-23T18:30:00Z", "atlantic-ledger", "venezuela-rejects-guyana-comments-law",
"Caracas rejects Guyana's 'improper' comments on Essequibo law",
"""CARACAS, March 23 (Atlantic Ledger) - Venezuela on Saturday rejected what it called improper comments by Guyana about the new Essequibo law, saying the legislation was a sovereign matter for Venezuelans alone.

In a statement posted by Foreign Minister Yvan Gil, the government said the law sought to defend Venezuela's unquestionable rights over Guayana Esequiba and that it owed Georgetown no explanation.

The statement said the 1966 Geneva Agreement remained the only valid instrument for settling the dispute and reaffirmed Venezuela's commitment to direct dialogue with Guyana.

It did not say whether Caracas still planned to attend a second meeting of the two presidents in Brazil.

The law, passed unanimously on Thursday, sets out a new state administration for the territory and bars officials from using maps that show the Essequibo as Guyanese. Guyanese officials had said on Friday that the vote contradicted the spirit of the Argyle meeting. Venezuelan opposition politicians, busy with the presidential campaign, largely kept out of the row.""",
[("venezuela","venezuela-drops-esequiba-state","oppose","the law sought to defend Venezuela's unquestionable rights over Guayana Esequiba",True),
 ("venezuela","icj-settles-border","oppose","the 1966 Geneva Agreement remained the only valid instrument for settling the dispute",True),
 ("venezuela","direct-talks","support","reaffirmed Venezuela's commitment to direct dialogue with Guyana",True)])

art("026", "2024-04-04T12:40:00Z", "coastline-wire", "maduro-signs-law-guyana-will-not-countenance",
"Maduro signs Essequibo law; Guyana says it will not countenance annexation",
"""GEORGETOWN, April 4 (Coastline Wire) - Guyana said on Thursday it would not countenance the annexation, seizure or occupation of any part of its territory, after Venezuela's Nicolas Maduro signed the law making the Essequibo a Venezuelan state.

The foreign ministry called the signing an egregious violation of international law that called into question Venezuela's obligation to abide by the Argyle Declaration. Guyana had always stood by the peaceful settlement of disputes, it said, and the controversy remained before the International Court of Justice.

Vice President Bharrat Jagdeo accused Caracas of negotiating in bad faith. He did not say whether Guyana would attend further meetings of the joint commission.

Opposition leader Aubrey Norton also condemned the law and called for national unity. Maduro said at the signing that the law would guarantee the referendum was carried out in full.""",
[("guyana","venezuela-drops-esequiba-state","support","would not countenance the annexation, seizure or occupation of any part of its territory",True),
 ("guyana","renounce-force","support","Guyana had always stood by the peaceful settlement of disputes",True),
 ("guyana","icj-settles-border","support","the controversy remained before the International Court of Justice",True),
 ("venezuela","venezuela-drops-esequiba-state","oppose","the law would guarantee the referendum was carried out in full",True)])

art("027", "2024-04-05T17:55:00Z", "southern-cross-post", "amorim-law-no-legal-value",
"Brazil's Amorim says Essequibo law complicates dialogue",
"""BRASILIA, April 5 (Southern Cross Post) - Celso Amorim, chief foreign policy adviser to President Luiz Inacio Lula da Silva, said on Friday that Venezuela's new Essequibo law was one more complication in the effort to keep dialogue alive and manage the crisis.

Speaking to a Brazilian broadcaster, Amorim said that in his personal opinion the law had no value under international law. He stressed that this was not a formal government position.

Brazil firmly supports the Argyle accord, which grew out of a call by Lula, Amorim said, and would keep encouraging the two neighbours to talk. He said the border question would in the end have to wait for the International Court of Justice.

Some Brazilian commentators said Amorim had chosen his words to avoid a rupture with Caracas, which Brasilia still hopes to keep at the table.""",
[("brazil","renounce-force","support","Brazil firmly supports the Argyle accord",True),
 ("brazil","direct-talks","support","would keep encouraging the two neighbours to talk",True),
 ("brazil","icj-settles-border","support","would in the end have to wait for the International Court of Justice",True)])

art("028", "2024-04-09T15:10:00Z", "keel-report", "venezuela-files-counter-memorial",
"Venezuela files written reply at World Court but still rejects its jurisdiction",
"""THE HAGUE, April 9 (Keel Report) - Venezuela has submitted a written reply to Guyana's case at the International Court of Justice, meeting a deadline set by the judges, while insisting that it still does not accept the court's jurisdiction.

Vice President Delcy Rodriguez said the filing was meant to put Venezuela's historical and legal titles on the record, not to recognise the court. Venezuela would never accept a ruling from The Hague on the Essequibo, she said.

Guyana's Foreign Minister Hugh Todd said the filing showed that even Caracas understood the case was real, and that Guyana would keep pressing for a final judgment that both countries must respect.

The court has not yet set dates for further hearings on the merits.""",
[("venezuela","icj-settles-border","oppose","Venezuela would never accept a ruling from The Hague on the Essequibo",True),
 ("guyana","icj-settles-border","support","a final judgment that both countries must respect",True)])

art("029", "2024-04-10T20:00:00Z", "equator-herald", "us-urges-venezuela-respect-award",
"US urges Venezuela to drop annexation law, respect court process",
"""WASHINGTON, April 10 (Equator Herald) - The United States on Wednesday urged Venezuela to drop its new Essequibo law and to respect the 1899 arbitral award until the International Court of Justice decides otherwise.

State Department spokesman Matthew Miller said Washington stood with Guyana and supported a peaceful resolution of the controversy through the court. He said the law ran against the commitments Venezuela made at Argyle.

Miller declined to say whether the law would affect Washington's separate decision, due next week, on renewing an oil sanctions licence for Venezuela.

Venezuelan officials have accused the United States of backing ExxonMobil's interests in the region.

Miller spoke at the department's daily briefing in Washington, where he also took questions on Haiti and on migration. He said US officials remained in close contact with the government in Georgetown and with partners in the Caribbean, and that the United States would keep working with Guyana's defence force on training and disaster response.""",
[("usa","venezuela-drops-esequiba-state","support","urged Venezuela to drop its new Essequibo law",True),
 ("usa","icj-settles-border","support","supported a peaceful resolution of the controversy through the court",True)])

art("030", "2024-04-18T13:35:00Z", "atlantic-ledger", "venezuela-denounces-exxon-deadline-passes",
"Venezuela denounces ExxonMobil as drilling goes on past its deadline",
"""CARACAS, April 18 (Atlantic Ledger) - Venezuela accused ExxonMobil on Thursday of trying to appropriate energy resources in waters that remain to be delimited, and repeated its demand that companies working under Guyanese licences leave the area.

Foreign Minister Yvan Gil said the company was being backed by the US Southern Command and that its operations in the disputed sea were illegal. The three-month deadline Nicolas Maduro set in December for companies to withdraw passed in March with no sign of any departure.

ExxonMobil, which leads the consortium producing oil in the Stabroek block, declined to comment on Gil's remarks. Its drilling programme off Guyana is continuing, according to ship-tracking data.

Analysts said Caracas had few practical ways to enforce its demand without breaking the Argyle pledge.""",
[("venezuela","oil-work-halted","support","repeated its demand that companies working under Guyanese licences leave the area",True)])
