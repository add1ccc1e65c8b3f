#!/usr/bin/env python3
"""Build and validate the serbia-jadar-lithium-2024 eval set (self-contained).

Run: python3 build.py   (writes articles/, feeds/, labels.json; then validates everything)
"""
import json, os, re, subprocess, sys
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "sava-wire": "Sava Wire",
    "danube-ledger": "Danube Ledger",
    "continental-post": "Continental Post",
    "balkan-courier": "Balkan Courier",
    "morning-register": "Morning Register",
}

def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}

G, RT, EU, DE, ENV, OPP, PARL = "serbia-government", "rio-tinto", "eu", "germany", "env-groups", "opposition", "serbia-parliament"
MINE, BAN, CRM, QUIT, PLAN = "jadar-mine", "lithium-ban", "raw-materials-partnership", "rio-tinto-quits", "spatial-plan"

A = []  # (published, outlet, slug, title, text, claims)

A.append(("2024-01-19T15:20:00Z", "sava-wire", "vucic-rio-tinto-difficult-conversation-davos",
"Vucic says Rio Tinto must offer world's highest standards after 'difficult' Davos talks",
"""DAVOS, Jan 19 (Sava Wire) - Serbian President Aleksandar Vucic said on Friday he had held a difficult conversation with representatives of Rio Tinto this week, two years after Belgrade revoked the licences for the company's Jadar lithium project in the west of the country.

Speaking to Serbian reporters on the sidelines of the World Economic Forum, Vucic said the open question was whether the company would sue Serbia, and that he had asked it not to take legal steps for now. He said Rio Tinto would have to offer the cleanest solutions and the highest standards in the world, for nature and for the people who would work there, before anything could move, and that the next government should deal with the matter.

The $2.4 billion project near the town of Loznica was scrapped in January 2022 after weeks of road blockades, when the government of then-Prime Minister Ana Brnabic annulled the spatial plan and all permits and declared the company's activity in Serbia finished.

Rio Tinto did not immediately respond to a request for comment. The company has said it remains committed to Jadar, where it still owns much of the land it bought for the mine.""",
[C(G, MINE, "conditional", "Rio Tinto would have to offer the cleanest solutions and the highest standards"),
 C(RT, MINE, "support", "The company has said it remains committed to Jadar")]))

A.append(("2024-05-03T09:10:00Z", "danube-ledger", "vucevic-government-sworn-in-jadar-question",
"Serbia's new government takes office; Vucevic sidesteps lithium question",
"""BELGRADE, May 3 (Danube Ledger) - Serbia's parliament elected a new government led by Milos Vucevic on Thursday, ending months of political uncertainty after December's snap election.

Vucevic, the leader of the ruling Serbian Progressive Party, promised higher wages and pensions and faster construction of roads and railways before the Expo 2027 fair in Belgrade. Dubravka Djedovic Handanovic stays on as minister of mining and energy.

Asked by reporters after the vote whether his cabinet would revive Rio Tinto's Jadar lithium project, Vucevic declined to say, answering only that the government would present its plans for the mining sector in due course.

Opposition lawmakers were less guarded. Radomir Lazovic, a co-leader of the Green-Left Front, told the chamber that the ruling party was quietly preparing the return of Rio Tinto, and said his party would fight any attempt to dig a lithium mine in the Jadar valley.

Some economists in Belgrade expect the government to move on the project within months, arguing that the president's recent comments and the European Union's hunger for battery metals point in that direction.""",
[C(OPP, MINE, "oppose", "his party would fight any attempt to dig a lithium mine in the Jadar valley")]))

A.append(("2024-06-12T11:45:00Z", "continental-post", "rio-tinto-loznica-information-sessions",
"Rio Tinto courts Jadar valley residents, promises EU-standard mine",
"""LOZNICA, Serbia, Jun 12 (Continental Post) - Rio Tinto's Serbian unit has resumed information sessions for residents of the Jadar valley, hoping to win back villages that turned against its lithium project two years ago.

At a meeting in a community hall on Wednesday, company engineers showed plans for dry-stacked waste, closed water circuits and air monitoring. The company said the mine would be built and run to Serbian and European Union environmental standards, and that it still wanted to develop what it calls one of the largest lithium deposits in Europe.

Few residents were convinced. Members of the local association Ne damo Jadar, which organised the 2021 blockades, stood outside with banners and said no presentation would change their view that the valley must not be mined.

The mayor of Loznica told reporters he would wait for the state's decision before taking a position. Officials at the mining ministry in Belgrade did not reply to questions about the project's status.""",
[C(RT, MINE, "support", "it still wanted to develop what it calls one of the largest lithium deposits"),
 C(ENV, MINE, "oppose", "no presentation would change their view that the valley must not be mined")]))

A.append(("2024-07-01T13:30:00Z", "balkan-courier", "ne-damo-jadar-demands-lithium-ban-40-days",
"Activists give Serbian government 40 days to ban lithium mining",
"""BELGRADE, Jul 1 (Balkan Courier) - Representatives of the environmental association Ne damo Jadar handed the Serbian government a formal demand on Monday for a law banning the exploration and mining of lithium and boron anywhere in the country.

The group's Zlatko Kokanovic said outside the government building that the activists would radicalise their protests if the demand was not met within 40 days. He said only a law, not a promise from any politician, could protect farmland and rivers in the west of Serbia.

The association, based in villages around Loznica, has been joined by other environmental groups including Eko straza, which said it backed the demand in full.

A government spokesperson confirmed the letter had been received but declined to comment on its content.""",
[C(ENV, BAN, "support", "a formal demand on Monday for a law banning the exploration and mining of lithium"),
 C(ENV, BAN, "support", "Eko straza, which said it backed the demand in full")]))

A.append(("2024-07-11T16:05:00Z", "sava-wire", "constitutional-court-jadar-spatial-plan",
"Serbian court says 2022 scrapping of Jadar lithium plan was unconstitutional",
"""BELGRADE, Jul 11 (Sava Wire) - Serbia's Constitutional Court ruled on Thursday that the government's 2022 decree revoking the spatial plan for Rio Tinto's Jadar lithium project was not in line with the constitution and the law, reviving the legal basis for the mine.

The ruling does not in itself grant any permit. The company would still need an approved environmental impact assessment and an exploitation licence before it could start construction, lawyers said.

Rio Tinto said it was studying the decision and would not comment further for now.

Opposition parties reacted with anger. The Green-Left Front said the government had engineered the ruling and urged it not to restore the plan, warning that the Jadar valley would be sacrificed for the profit of a foreign company. The Kreni-Promeni movement said it would call people into the streets to demand a law banning lithium mining.

The project was halted in January 2022 after large protests, when the government said it had met all the demands of environmental activists.""",
[C(OPP, PLAN, "oppose", "urged it not to restore the plan"),
 C(ENV, BAN, "support", "it would call people into the streets to demand a law banning lithium mining")]))

A.append(("2024-07-12T12:30:00Z", "morning-register", "jadar-activists-vow-roadblocks-after-court-ruling",
"Jadar valley activists vow roadblocks after court revives lithium plan",
"""LOZNICA, Serbia, Jul 12 (Morning Register) - Activists in the Jadar valley said on Friday they were ready to block roads again, a day after Serbia's Constitutional Court revived the legal basis for Rio Tinto's lithium mine.

Members of Ne damo Jadar met in the village of Gornje Nedeljice and said the spatial plan struck down in 2022 belonged back in the drawer. Eko straza said Rio Tinto must leave Serbia and take its drilling rigs with it, and called for a national rally in Belgrade.

A local official of the ruling party in Loznica said the ruling was good news for jobs in a region that young people were leaving. He spoke in a personal capacity.

Rio Tinto's Serbian unit declined to comment on the activists' plans. Government officials in Belgrade were not available for comment on Friday, and it was not clear whether the cabinet would act on the ruling quickly.""",
[C(ENV, PLAN, "oppose", "the spatial plan struck down in 2022 belonged back in the drawer"),
 C(ENV, QUIT, "support", "Eko straza said Rio Tinto must leave Serbia")]))

A.append(("2024-07-13T10:20:00Z", "danube-ledger", "vucic-jadar-mine-could-open-2028",
"Vucic says Jadar lithium mine could open in 2028 after Serbia gets guarantees",
"""BELGRADE, Jul 13 (Danube Ledger) - President Aleksandar Vucic said on Saturday that Serbia had obtained the guarantees it had been seeking from Rio Tinto and the European Union, and that the Jadar lithium mine could start production in 2028.

Vucic said the country should not miss the chance to build a whole industry around the deposit, from lithium processing to battery cells and electric cars, and that Serbia would insist that most of the value stay at home. He said he expected an agreement with the EU on raw materials to be signed soon.

Two days earlier the Constitutional Court had struck down the 2022 decree that killed the project.

Environmental campaigners were scathing. Eko straza said no guarantee could make a lithium mine safe in a valley of small farms and rivers, and that the mine must never be built. Analysts said the government was betting that the protests of 2021 would not return at the same scale.""",
[C(G, MINE, "support", "the Jadar lithium mine could start production in 2028"),
 C(ENV, MINE, "oppose", "the mine must never be built")]))

A.append(("2024-07-16T17:00:00Z", "continental-post", "serbia-government-restores-jadar-spatial-plan",
"Serbian government restores spatial plan for Rio Tinto lithium mine",
"""BELGRADE, Jul 16 (Continental Post) - The Serbian government adopted a decree on Tuesday restoring the spatial plan for Rio Tinto's Jadar lithium project, five days after the Constitutional Court ruled that its annulment in 2022 had been unlawful.

Prime Minister Milos Vucevic's cabinet said the decree brought the plan back into force in line with the court's ruling. The decree does not amount to a mining licence.

Rio Tinto welcomed the decision. The company said it would now prepare the environmental impact studies and remained committed to developing Jadar to the highest standards.

Opposition parties called the move a betrayal of the people of the Jadar valley. Lazovic of the Green-Left Front said the plan should be scrapped again, and that there must be no lithium mine in Serbia at all.

In January 2022 the previous government, led by Ana Brnabic, had told activists the project was finished.""",
[C(G, PLAN, "support", "adopted a decree on Tuesday restoring the spatial plan"),
 C(RT, PLAN, "support", "Rio Tinto welcomed the decision"),
 C(RT, MINE, "support", "remained committed to developing Jadar to the highest standards"),
 C(OPP, PLAN, "oppose", "the plan should be scrapped again"),
 C(OPP, MINE, "oppose", "there must be no lithium mine in Serbia at all")]))

A.append(("2024-07-18T08:30:00Z", "balkan-courier", "scholz-to-visit-belgrade-raw-materials",
"Scholz to visit Belgrade as EU and Serbia prepare raw materials pact",
"""BERLIN, Jul 18 (Balkan Courier) - German Chancellor Olaf Scholz will travel to Belgrade on Friday for a summit on critical raw materials, where the European Union and Serbia are expected to sign a memorandum on lithium, batteries and electric vehicles.

A government spokesperson in Berlin confirmed the trip but declined to say whether Scholz would discuss the Jadar mine with President Aleksandar Vucic.

In Brussels, a European Commission spokesperson said the partnership would help Europe secure the raw materials it needs for the green transition while bringing investment and jobs to Serbia. The Commission will be represented by Vice-President Maros Sefcovic.

Executives from Mercedes-Benz and Stellantis are also expected to attend. Industry analysts in Berlin said German carmakers were keen to reduce their dependence on Chinese lithium, but cautioned that a deal on paper would not guarantee that a single tonne would ever be mined in Serbia.""",
[C(EU, CRM, "support", "the partnership would help Europe secure the raw materials it needs")]))

A.append(("2024-07-19T14:15:00Z", "sava-wire", "eu-serbia-sign-raw-materials-memorandum-scholz",
"EU and Serbia sign lithium partnership as Scholz visits Belgrade",
"""BELGRADE, Jul 19 (Sava Wire) - The European Union and Serbia signed a memorandum of understanding on a strategic partnership for sustainable raw materials, battery value chains and electric vehicles on Friday, in the presence of German Chancellor Olaf Scholz.

European Commission Vice-President Maros Sefcovic, who signed for the EU, called the deal a historic step that would bring Serbia closer to the bloc's industry. Serbia's Minister of Mining and Energy Dubravka Djedovic Handanovic signed for Belgrade.

Scholz told a news conference that the Jadar deposit was an important project for Europe's economic security, and said Germany wanted the partnership to succeed. President Aleksandar Vucic said the lithium would not leave Serbia as raw ore but would be processed into batteries and cars on Serbian soil.

Outside the Palace of Serbia, a few hundred protesters chanted against the mine. Eko straza said the memorandum turned Serbia into a raw materials colony and should be torn up.""",
[C(EU, CRM, "support", "called the deal a historic step"),
 C(G, CRM, "support", "Dubravka Djedovic Handanovic signed for Belgrade"),
 C(DE, MINE, "support", "the Jadar deposit was an important project for Europe's economic security"),
 C(DE, CRM, "support", "Germany wanted the partnership to succeed"),
 C(G, MINE, "support", "the lithium would not leave Serbia as raw ore but would be processed"),
 C(ENV, CRM, "oppose", "the memorandum turned Serbia into a raw materials colony and should be torn up")]))

A.append(("2024-07-19T16:50:00Z", "morning-register", "scholz-belgrade-lithium-memorandum-signed",
"Serbia, EU seal raw materials pact during Scholz visit",
"""BELGRADE, Jul 19 (Morning Register) - Serbia and the European Union signed a memorandum of understanding on Friday on a strategic partnership covering sustainable raw materials, battery value chains and electric vehicles, with German Chancellor Olaf Scholz looking on.

Maros Sefcovic, the European Commission vice-president who signed on behalf of the EU, called the deal a historic step that would tie Serbia more closely to European industry. Dubravka Djedovic Handanovic, Serbia's mining and energy minister, signed for Belgrade.

At a news conference Scholz said the Jadar deposit was an important project for Europe's economic security and that Germany wanted the partnership to succeed. President Aleksandar Vucic said Serbian lithium would be processed into batteries and cars in Serbia rather than exported as ore.

Several hundred protesters gathered outside the Palace of Serbia. Eko straza said the memorandum turned Serbia into a raw materials colony and should be torn up.""",
[C(EU, CRM, "support", "called the deal a historic step"),
 C(G, CRM, "support", "Dubravka Djedovic Handanovic, Serbia's mining and energy minister, signed for Belgrade"),
 C(DE, MINE, "support", "the Jadar deposit was an important project for Europe's economic security"),
 C(DE, CRM, "support", "Germany wanted the partnership to succeed"),
 C(G, MINE, "support", "Serbian lithium would be processed into batteries and cars in Serbia"),
 C(ENV, CRM, "oppose", "the memorandum turned Serbia into a raw materials colony and should be torn up")]))

A.append(("2024-07-24T12:00:00Z", "continental-post", "rio-tinto-jadar-eu-standards-no-intention-to-leave",
"Rio Tinto says Jadar will meet EU standards, has no plan to walk away",
"""LONDON, Jul 24 (Continental Post) - Rio Tinto said on Wednesday that its Jadar lithium mine in Serbia would meet the strictest Serbian and European Union environmental standards, and rejected claims by campaigners that the project would poison the Drina river basin.

In a statement, the Anglo-Australian miner said it had no intention of walking away from a project in which it had already invested hundreds of millions of dollars, and that it would publish its environmental impact studies for public consultation before seeking a licence.

The company said independent experts would be able to check its data on water, air and waste.

Shares in Rio Tinto were little changed in London. Some investors have questioned whether the project will ever be built given the strength of local opposition, and one mining analyst said Rio Tinto might quietly shelve Jadar if the protests grew.""",
[C(RT, MINE, "support", "would meet the strictest Serbian and European Union environmental standards"),
 C(RT, QUIT, "oppose", "it had no intention of walking away from a project")]))

A.append(("2024-07-29T19:10:00Z", "danube-ledger", "lithium-protests-spread-serbian-towns",
"Protests against lithium mining spread across Serbian towns",
"""SABAC, Serbia, Jul 29 (Danube Ledger) - Thousands of people marched in Sabac, Kraljevo and several other Serbian towns over the weekend against Rio Tinto's Jadar lithium project, the largest environmental protests in the country since 2021.

Organisers from environmental groups told the crowd in Sabac that they wanted a law banning lithium mining and that Rio Tinto had to leave Serbia for good. Protesters carried banners reading "Rio Tinto, get off the Drina".

A group of scientists from the Serbian Academy of Sciences and Arts repeated warnings that the mine would threaten water supplies in the Podrinje region, though the academy as an institution has not taken a formal position.

Political analysts said the scale of the rallies could push the government to slow the project down before the autumn, but there was no sign of that from Belgrade on Monday.""",
[C(ENV, BAN, "support", "they wanted a law banning lithium mining"),
 C(ENV, QUIT, "support", "Rio Tinto had to leave Serbia for good")]))

A.append(("2024-08-02T11:25:00Z", "balkan-courier", "opposition-files-bill-ban-lithium-boron",
"Serbian opposition files bill to ban lithium and boron mining",
"""BELGRADE, Aug 2 (Balkan Courier) - Opposition lawmakers filed a draft law in the Serbian parliament on Friday that would ban the exploration and exploitation of lithium and boron across the country.

The Green-Left Front, which drafted the text with several other opposition parties, said the ban was the only way to end the uncertainty hanging over the Jadar valley. "The people have spoken in the streets," Lazovic told reporters in front of the National Assembly.

The ruling Serbian Progressive Party, which holds a majority in the chamber, has not said whether it will put the bill on the agenda. Under the rules, the speaker is not obliged to schedule a debate on an opposition proposal.

Environmental groups, including Kreni-Promeni, are separately gathering signatures for a citizens' initiative on the same question. A few opposition politicians have argued that a referendum would be a better route than a law.""",
[C(OPP, BAN, "support", "filed a draft law in the Serbian parliament on Friday that would ban the exploration")]))

A.append(("2024-08-06T08:00:00Z", "danube-ledger", "explainer-jadarite-lithium-serbia",
"EXPLAINER: What is jadarite and why is Serbia fighting over it?",
"""BELGRADE, Aug 6 (Danube Ledger) - Jadarite, a mineral containing lithium and boron, was discovered by Rio Tinto geologists near Loznica in 2004 and is found nowhere else in the world in such quantities.

Lithium is a key ingredient of the batteries that power electric cars, and European carmakers want supplies closer to home. The company has estimated that Jadar could produce about 58,000 tonnes of battery-grade lithium carbonate a year.

Critics point to the risk of water and soil pollution in a fertile farming area along the Drina and Jadar rivers, and to Serbia's weak record in enforcing environmental rules. Supporters say modern mining can be done safely.

The dispute has a long history. In January 2022 the government annulled the project's spatial plan after weeks of road blockades, and at the time then-Prime Minister Ana Brnabic said Rio Tinto's activity in Serbia was over. The plan was restored in July 2024.

Whether a mine is ever built will depend on an environmental impact assessment that has not yet been submitted.""",
[]))

A.append(("2024-08-09T20:30:00Z", "sava-wire", "vucic-warns-coup-ahead-of-lithium-rally",
"Vucic says he was warned of unrest plot ahead of Belgrade lithium rally",
"""BELGRADE, Aug 9 (Sava Wire) - President Aleksandar Vucic said on Friday that Serbian security services had been told by their Russian counterparts that violent unrest was being prepared around a protest against lithium mining planned in Belgrade for Saturday.

The Kremlin did not comment. Vucic said the information came from Moscow through normal intelligence channels, and that the police would protect both the protesters and public property.

He said the state would not be pushed by the street into banning a resource it had not even finished studying, and accused part of the opposition of using the lithium debate to try to topple the government.

The organisers, a coalition of environmental groups that want parliament to ban lithium mining outright, said the rally would be peaceful and asked participants to leave party flags at home.""",
[C(G, BAN, "oppose", "the state would not be pushed by the street into banning a resource"),
 C(ENV, BAN, "support", "environmental groups that want parliament to ban lithium mining outright", False)]))

A.append(("2024-08-10T21:45:00Z", "morning-register", "belgrade-mass-rally-against-lithium-mining",
"Tens of thousands rally in Belgrade against lithium mine, block rail stations",
"""BELGRADE, Aug 10 (Morning Register) - Tens of thousands of people rallied in central Belgrade on Saturday against Rio Tinto's planned lithium mine, in one of the biggest demonstrations in Serbia in years.

Speakers from environmental groups, including Ne damo Jadar and Eko straza, demanded that parliament pass a law banning lithium mining and that Rio Tinto leave the country. The crowd chanted "Rio Tinto, get off the Drina" and carried Serbian flags.

After the speeches, some protesters walked onto the tracks at two Belgrade railway stations and blocked traffic for several hours. Police said the blockades were illegal but did not intervene forcefully.

Leaders of several opposition parties attended, though organisers had asked them to come as ordinary citizens. Government ministers, who were out of Belgrade for the weekend, did not comment.""",
[C(ENV, BAN, "support", "demanded that parliament pass a law banning lithium mining"),
 C(ENV, QUIT, "support", "that Rio Tinto leave the country")]))

A.append(("2024-08-12T13:05:00Z", "continental-post", "vucic-rejects-demand-rio-tinto-leave",
"Vucic rejects protesters' demand to expel Rio Tinto, says no mine without proof of safety",
"""BELGRADE, Aug 12 (Continental Post) - President Aleksandar Vucic rejected on Monday the demand of Saturday's protesters that Rio Tinto be thrown out of Serbia, saying the state would not drive away a company that had broken no Serbian law.

He said the mine would not be built unless the environmental impact study showed beyond doubt that it posed no danger to water, soil and people in the Jadar valley. The study has yet to be submitted.

Vucic said he respected the right to protest but accused some organisers of serving foreign interests. He did not say when the government expected to decide on an exploitation licence.

Eko straza, one of the rally's organisers, said it would keep protesting until Rio Tinto left. Rio Tinto declined to comment on the president's remarks.""",
[C(G, QUIT, "oppose", "the state would not drive away a company that had broken no Serbian law"),
 C(G, MINE, "conditional", "the mine would not be built unless the environmental impact study showed"),
 C(ENV, QUIT, "support", "it would keep protesting until Rio Tinto left")]))

A.append(("2024-08-14T10:40:00Z", "danube-ledger", "vucevic-no-lithium-ban-law",
"Serbian PM rules out lithium ban, says no mine that fails EU standards",
"""NOVI SAD, Aug 14 (Danube Ledger) - Prime Minister Milos Vucevic said on Wednesday that his government would not propose a law banning lithium mining, calling it irresponsible to close the door on a resource before experts had assessed it.

Vucevic told reporters that the government would not allow any mine that did not meet European Union environmental standards, and that the final word would rest on the environmental impact assessment.

Savo Manojlovic, the leader of the Kreni-Promeni movement, said the prime minister's words showed that only pressure would work. He said his movement would submit its citizens' initiative for a ban on lithium mining to parliament within weeks, and urged supporters to keep coming to protests in the capital.""",
[C(G, BAN, "oppose", "his government would not propose a law banning lithium mining"),
 C(G, MINE, "conditional", "would not allow any mine that did not meet European Union environmental standards"),
 C(ENV, BAN, "support", "its citizens' initiative for a ban on lithium mining")]))

A.append(("2024-08-16T09:15:00Z", "balkan-courier", "berlin-says-jadar-serbias-decision",
"Berlin says Jadar decision rests with Serbia as protests continue",
"""BERLIN, Aug 16 (Balkan Courier) - The German government said on Friday that the decision on whether to open a lithium mine in the Jadar valley belonged to Serbia alone, as protests against the project continued for a third week.

A government spokesperson in Berlin told a regular news conference that Germany respected the right of Serbian citizens to demonstrate peacefully, and would not comment on the domestic debate.

Asked whether Chancellor Olaf Scholz still stood by his remarks in Belgrade last month, the spokesperson said there was nothing to add.

Environmental campaigners in Serbia have accused Berlin of pushing the project to serve German carmakers, a charge German officials reject.""",
[]))

A.append(("2024-08-21T15:30:00Z", "sava-wire", "commission-defends-raw-materials-pact-jadar-serbias-call",
"Commission defends Serbia raw materials pact, says Jadar is Belgrade's call",
"""BRUSSELS, Aug 21 (Sava Wire) - The European Commission defended its raw materials partnership with Serbia on Wednesday, saying the agreement served both sides and committed Serbia to EU environmental and social standards.

A Commission spokesperson said decisions on individual mining projects such as Jadar were for the Serbian authorities, and that the EU would not take a position on a single investment.

Members of the European Parliament from the Greens group wrote to Commission President Ursula von der Leyen last week urging her to suspend the memorandum until Serbia had heard its citizens. The spokesperson said the letter would receive a reply in due course.

The memorandum, signed in Belgrade in July in the presence of German Chancellor Olaf Scholz, covers lithium, battery production and electric vehicles.""",
[C(EU, CRM, "support", "the agreement served both sides")]))

A.append(("2024-08-28T12:20:00Z", "morning-register", "rio-tinto-denies-abandoning-jadar",
"Rio Tinto denies it is preparing to abandon Serbian lithium project",
"""BELGRADE, Aug 28 (Morning Register) - Rio Tinto denied on Wednesday that it was preparing to abandon the Jadar lithium project, after Serbian tabloids reported that the company was looking for a buyer for its land in the valley.

The company's Serbian unit said the reports were untrue and that it was working on the environmental studies required for a licence. It said it believed the mine could be among the safest and most modern in the world.

Some mining analysts in London have speculated that Rio Tinto could slow the project or bring in a partner to share the political risk. The company declined to say when it expected to submit the studies.

Kreni-Promeni said it did not care who owned the land, and that no company should be allowed to mine lithium in the valley.""",
[C(RT, QUIT, "oppose", "denied on Wednesday that it was preparing to abandon the Jadar lithium project"),
 C(RT, MINE, "support", "the mine could be among the safest and most modern in the world"),
 C(ENV, MINE, "oppose", "no company should be allowed to mine lithium in the valley")]))

A.append(("2024-09-07T21:10:00Z", "continental-post", "vucic-stausholm-ljubovija-meeting",
"Vucic and Rio Tinto chief face lithium critics at marathon meeting",
"""LJUBOVIJA, Serbia, Sep 7 (Continental Post) - President Aleksandar Vucic and Rio Tinto chief executive Jakob Stausholm spent Saturday answering questions from residents of western Serbia about the Jadar lithium project, in a meeting broadcast live for hours on national television.

Vucic said his only interest was the health of local people. "If the citizens are not protected, the project will not be carried out," he said. He added that he feared the company might try to save money on environmental protection, and promised the state would watch it closely.

Stausholm said Rio Tinto would build a safe mine that met EU standards and that the company was in Serbia for the long term.

Several residents from villages near the planned site spoke against the project. Members of Ne damo Jadar said they would never accept a mine next to their homes.""",
[C(G, MINE, "conditional", "If the citizens are not protected, the project will not be carried out"),
 C(RT, MINE, "support", "Rio Tinto would build a safe mine that met EU standards"),
 C(RT, QUIT, "oppose", "the company was in Serbia for the long term"),
 C(ENV, MINE, "oppose", "they would never accept a mine next to their homes")]))

A.append(("2024-09-12T10:15:00Z", "balkan-courier", "lithium-price-slump-jadar-economics",
"Lithium price slump clouds economics of Serbia's Jadar project",
"""LONDON, Sep 12 (Balkan Courier) - A slump in lithium prices has raised fresh questions about the economics of Rio Tinto's Jadar project in Serbia, analysts said on Thursday.

Prices of lithium carbonate have fallen by more than 80 percent from their peak at the end of 2022, as new supply from Australia, Chile and Africa outpaced demand from electric car makers. Several producers have delayed or cancelled expansion plans.

Two analysts at London brokerages said they expected Rio Tinto to take its time with Jadar and wait for both the environmental approval and a recovery in prices. Another said the project's location inside the European Union's supply network made it more valuable than its costs suggested.

Rio Tinto declined to say whether the price slump had affected its plans for Serbia. Officials in Belgrade did not respond to requests for comment.""",
[]))

A.append(("2024-09-19T14:00:00Z", "danube-ledger", "kreni-promeni-submits-lithium-ban-initiative",
"Kreni-Promeni submits citizens' bill to ban lithium mining",
"""BELGRADE, Sep 19 (Danube Ledger) - The Kreni-Promeni movement submitted a citizens' initiative to parliament on Thursday for a law banning the exploration and mining of lithium, backed by tens of thousands of signatures.

Manojlovic said the movement would not stop until there was no Rio Tinto left in the Jadar valley, and called on lawmakers from all parties to back the ban. He said signatures had come from every region of the country.

Opposition parties, whose own bill has been waiting for a debate since August, said they would support any text that led to a ban.

The ruling majority has said it will decide on the agenda for the autumn session next week. Mining ministry officials declined to comment on the initiative.""",
[C(ENV, BAN, "support", "submitted a citizens' initiative to parliament on Thursday for a law banning"),
 C(ENV, QUIT, "support", "would not stop until there was no Rio Tinto left in the Jadar valley"),
 C(OPP, BAN, "support", "they would support any text that led to a ban")]))

A.append(("2024-10-02T18:30:00Z", "balkan-courier", "serbian-parliament-debates-lithium-ban-bill",
"Serbian parliament debates opposition bill to ban lithium mining",
"""BELGRADE, Oct 2 (Balkan Courier) - Serbian lawmakers began debating an opposition bill to ban lithium mining on Wednesday, in a session marked by shouting and accusations from both sides.

Opposition deputies said the law was the only answer to the protests that had swept the country in the summer. Lazovic of the Green-Left Front said a ban was needed "before it is too late".

Lawmakers from the ruling Serbian Progressive Party argued that a ban would scare away investors and deprive Serbia of an industry worth billions. Ana Brnabic, the speaker of parliament, repeatedly called deputies to order.

Mining Minister Dubravka Djedovic Handanovic told the chamber the government saw no reason for a ban, since no exploitation licence had been requested yet. A vote is expected later this week.""",
[C(OPP, BAN, "support", "the law was the only answer to the protests"),
 C(G, BAN, "oppose", "the government saw no reason for a ban")]))

A.append(("2024-10-04T16:45:00Z", "sava-wire", "serbian-parliament-rejects-lithium-ban",
"Serbian parliament rejects opposition bill to ban lithium mining",
"""BELGRADE, Oct 4 (Sava Wire) - Serbia's parliament voted down an opposition bill on Friday that would have banned the exploration and mining of lithium, clearing one political obstacle to Rio Tinto's Jadar project.

The ruling coalition's majority rejected the proposal after three days of heated debate. The bill's sponsors, led by the Green-Left Front, said they would keep pressing for a ban and accused the majority of serving a foreign mining company.

Mining Minister Dubravka Djedovic Handanovic said after the vote that a ban would have sent the wrong signal to investors and would have closed the door on a development chance for the whole country.

Eko straza said the vote changed nothing and that it would keep fighting for a ban in the streets. The Kreni-Promeni citizens' initiative on the same subject has not yet been scheduled for debate.""",
[C(PARL, BAN, "oppose", "voted down an opposition bill on Friday that would have banned the exploration"),
 C(OPP, BAN, "support", "they would keep pressing for a ban"),
 C(G, BAN, "oppose", "a ban would have sent the wrong signal to investors"),
 C(ENV, BAN, "support", "it would keep fighting for a ban in the streets")]))

A.append(("2024-10-04T19:20:00Z", "continental-post", "lawmakers-reject-lithium-ban-serbia",
"Serbian lawmakers reject ban on lithium mining, opposition vows to fight on",
"""BELGRADE, Oct 4 (Continental Post) - Serbian lawmakers on Friday rejected an opposition bill that would have prohibited the exploration and mining of lithium, removing a political hurdle for Rio Tinto's Jadar project.

The majority of the ruling coalition voted against the text after three days of heated debate. The sponsors, led by the Green-Left Front, said they would keep pressing for a ban and accused the majority of working for a foreign miner.

After the vote, Mining Minister Dubravka Djedovic Handanovic said a ban would have sent the wrong signal to investors and would have shut the door on a development opportunity for the whole country.

Eko straza said nothing had changed and that it would keep fighting for a ban in the streets. The Kreni-Promeni citizens' initiative on the same question has yet to be put on the agenda.""",
[C(PARL, BAN, "oppose", "rejected an opposition bill that would have prohibited the exploration and mining of lithium"),
 C(OPP, BAN, "support", "they would keep pressing for a ban"),
 C(G, BAN, "oppose", "a ban would have sent the wrong signal to investors"),
 C(ENV, BAN, "support", "it would keep fighting for a ban in the streets")]))

A.append(("2024-10-10T11:00:00Z", "morning-register", "serbian-minister-berlin-battery-conference",
"Serbian minister pitches battery supply chain to German industry",
"""BERLIN, Oct 10 (Morning Register) - Serbia's Mining and Energy Minister Dubravka Djedovic Handanovic told a battery industry conference in Berlin on Thursday that her country would make the raw materials partnership with the European Union a priority and wanted German companies to invest along the whole battery chain.

She said the memorandum signed in July gave investors the certainty they needed, and that Serbia wanted to be part of Europe's car industry rather than a supplier of cheap ore.

German economy ministry officials attended the conference but did not speak about Serbia. Asked about Jadar, the minister said the project was now in the hands of the environmental assessment and declined to give a timetable.

Campaigners from Serbia staged a small protest outside the venue.""",
[C(G, CRM, "support", "her country would make the raw materials partnership with the European Union a priority")]))

A.append(("2024-10-30T13:10:00Z", "danube-ledger", "commission-serbia-report-raw-materials",
"EU report urges Serbia to respect environmental rules, backs raw materials pact",
"""BRUSSELS, Oct 30 (Danube Ledger) - The European Commission's annual report on Serbia's progress towards membership, published on Wednesday, urged Belgrade to apply EU environmental law fully and to involve the public in decisions on large mining projects.

The report noted the summer protests against lithium mining and said that public consultation on environmental impact assessments should be meaningful. It did not mention Rio Tinto by name.

The Commission said in the report that the raw materials partnership remained one of the most promising areas of cooperation with Serbia and that the EU would keep investing in it.

Serbian opposition parties said the report was too soft on the government. Green MEPs said the Commission was putting lithium ahead of democracy.""",
[C(EU, CRM, "support", "the raw materials partnership remained one of the most promising areas of cooperation")]))

A.append(("2024-11-08T10:30:00Z", "balkan-courier", "loznica-villagers-court-expropriation-fears",
"Jadar villagers fear expropriation as Rio Tinto buys more land",
"""LOZNICA, Serbia, Nov 8 (Balkan Courier) - Residents of Gornje Nedeljice, the village closest to the planned Jadar lithium mine, say they fear being forced off their land now that the project has been revived.

Rio Tinto, which wants to start production before the end of the decade, already owns most of the plots at the planned mine site. Local farmers who refused to sell said they were worried that the state would use expropriation if they held out, although no such procedure has been started.

Members of Ne damo Jadar said the village would stand together, and that no amount of money would buy the land needed for the mine.

Officials in Loznica said they had received no instructions from Belgrade about the land. The company said it bought land only from willing sellers.""",
[C(RT, MINE, "support", "Rio Tinto, which wants to start production before the end of the decade", False),
 C(ENV, MINE, "oppose", "no amount of money would buy the land needed for the mine")]))

A.append(("2024-12-04T15:40:00Z", "sava-wire", "rio-tinto-investor-seminar-jadar",
"Rio Tinto keeps Jadar in its lithium plans despite Serbian protests",
"""LONDON, Dec 4 (Sava Wire) - Rio Tinto kept Serbia's Jadar project in its lithium growth plans at an investor seminar on Wednesday, as the miner laid out how it intends to become one of the world's largest lithium producers.

Chief executive Jakob Stausholm told investors that Jadar remained a world-class deposit and that the company would keep working with the Serbian authorities and local communities to move it forward. He did not give a date for a final investment decision.

The company agreed in October to buy Arcadium Lithium as part of the same strategy.

Analysts said the company was unlikely to commit large sums in Serbia until the environmental approvals were in place.""",
[C(RT, MINE, "support", "would keep working with the Serbian authorities and local communities to move it forward")]))

A.append(("2024-12-20T09:00:00Z", "continental-post", "jadar-year-end-where-things-stand",
"A year after Davos, Serbia's lithium fight is far from over",
"""BELGRADE, Dec 20 (Continental Post) - A year that began with President Aleksandar Vucic reopening talks with Rio Tinto ends with the Jadar lithium project revived on paper but no closer to a shovel in the ground.

The Constitutional Court restored the project's spatial plan in July, the government reinstated it days later and Serbia signed a raw materials partnership with the European Union. Parliament rejected an opposition bill to ban lithium mining in October.

The opposition, which wants lithium mining banned by law, has struggled to turn the summer protests into votes. Environmental groups have vowed to return to the streets in the spring.

Vucic told state television this week that no decision on a licence would be taken before the environmental study was completed and reviewed, and that the mine would not go ahead if the study found serious risks. Rio Tinto, which still calls Jadar one of the best lithium deposits in the world, has not yet submitted the study.""",
[C(G, PLAN, "support", "the government reinstated it days later", False),
 C(PARL, BAN, "oppose", "Parliament rejected an opposition bill to ban lithium mining in October", False),
 C(OPP, BAN, "support", "The opposition, which wants lithium mining banned by law", False),
 C(G, MINE, "conditional", "the mine would not go ahead if the study found serious risks"),
 C(RT, MINE, "support", "Rio Tinto, which still calls Jadar one of the best lithium deposits", False)]))

SHIFTS = [
    {"actor": G, "issue": MINE, "from": "oppose", "to": "conditional", "article": "001",
     "why": "At Davos Vucic reopens the door to Jadar, saying Rio Tinto must first offer the cleanest solutions and highest standards; the baseline is the January 2022 cancellation of the project."},
    {"actor": G, "issue": MINE, "from": "conditional", "to": "support", "article": "007",
     "why": "Vucic says Serbia has obtained the guarantees it sought and the mine could start production in 2028, with no remaining condition stated."},
    {"actor": G, "issue": PLAN, "from": "oppose", "to": "support", "article": "008",
     "why": "The government adopts a decree restoring the Jadar spatial plan it annulled in January 2022 (reversal of the baseline)."},
    {"actor": G, "issue": QUIT, "from": "support", "to": "oppose", "article": "018",
     "why": "Vucic rejects the protesters' demand that Rio Tinto be thrown out; in January 2022 the government had declared the company's activity in Serbia finished (baseline)."},
    {"actor": G, "issue": MINE, "from": "support", "to": "conditional", "article": "018",
     "why": "After the Belgrade rally Vucic says the mine will not be built unless the environmental study shows it is safe; in 007 he had presented the guarantees as obtained."},
]

def main():
    arts = []
    for i, (pub, outlet, slug, title, text, claims) in enumerate(A, 1):
        aid = f"{i:03d}"
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        arts.append({"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text, "_outlet": outlet, "_claims": claims})
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in arts if a["_outlet"] == slug]
        last = max(datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) for a in items)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
                 f'    <description>{escape(name)}: fictional outlet for the shiftwatch serbia-jadar-lithium-2024 eval set</description>',
                 '    <language>en</language>', f'    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>']
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            lines += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                      f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                      f'      <description>{escape(a["text"])}</description>', '    </item>']
        lines += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {"claims": {a["id"]: a["_claims"] for a in arts}, "shifts": SHIFTS,
              "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")
    validate()

def validate():
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors = set(re.findall(r"^  - id: ([\w-]+)\n    name:.*\n    aliases:", wl, re.M))
    issues = set(re.findall(r"^  - id: ([\w-]+)\n    name:.*\n    description:", wl, re.M))
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}", wl)}
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if sorted(labels["claims"]) != files: errs.append("claims keys != article files")
    prev_pub = ""
    for aid in files:
        a = json.load(open(os.path.join(HERE, "articles", aid + ".json"), encoding="utf-8"))
        if a["id"] != aid: errs.append(f"{aid}: id mismatch")
        if a["published"] < prev_pub: errs.append(f"{aid}: not in publication order")
        prev_pub = a["published"]
        n = len(a["text"].split())
        if not 110 <= n <= 270: errs.append(f"{aid}: {n} words")
        if not re.match(r"^[A-Z][A-Z ,.a-z]*, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{aid}: dateline")
        for c in labels["claims"][aid]:
            if c["quote"] not in a["text"]: errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words: {c['quote']!r}")
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid}: bad stance")
    for b in baseline:
        if b[0] not in actors or b[1] not in issues: errs.append(f"baseline {b}")
    # Replay prevailing stance (baseline, then attributed claims in order); duplicates must not re-shift.
    prevailing = dict(baseline); derived = []
    for aid in files:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], aid))
            prevailing[k] = c["stance"]
    declared = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(declared):
        errs.append(f"shift replay mismatch:\n derived={sorted(derived)}\n declared={sorted(declared)}")
    sa = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != [f for f in files if f not in sa]: errs.append("no_alert_articles")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    from collections import Counter
    allc = [c for v in labels["claims"].values() for c in v]
    print(f"articles={len(files)} claims={len(allc)} stances={dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} empty={[k for k,v in labels['claims'].items() if not v]} "
          f"shifts={len(labels['shifts'])} in {sorted(sa)} actors={len(actors)} issues={len(issues)}")
    if errs:
        print("INVALID:\n" + "\n".join(errs)); sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
