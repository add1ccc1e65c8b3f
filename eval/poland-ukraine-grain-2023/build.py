#!/usr/bin/env python3
"""Builds and validates the poland-ukraine-grain-2023 labelled timeline.

Run: python3 build.py   (writes articles/, feeds/, labels.json beside this file, then validates them;
watchlist.yaml and README.md are hand-written and only read here for validation).
"""
import json, os, re, subprocess, sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "continental-wire": "Continental Wire",
    "riverside-herald": "Riverside Herald",
    "crossroads-daily": "Crossroads Daily",
    "market-observer": "Market Observer",
    "eastern-ledger": "Eastern Ledger",
}
S, O, C = "support", "oppose", "conditional"
A = []


def art(pub, outlet, slug, title, text, claims):
    A.append(dict(published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))


art("2023-04-05T15:00:00Z", "continental-wire", "polish-farm-minister-quits",
    "Polish farm minister quits as farmers demand halt to Ukrainian grain",
"""WARSAW, Apr 5 (Continental Wire) - Poland's agriculture minister Henryk Kowalczyk resigned on Wednesday after weeks of protests by farmers who say a flood of cheap Ukrainian grain has driven down prices and filled their silos.

Farmers' unions, which had staged tractor blockades in the east of the country, said the resignation was not enough. Leaders of the Rural Solidarity union said they wanted imports of Ukrainian grain into Poland stopped altogether, while grain bound for ports elsewhere in Europe could keep moving if it was sealed and tracked all the way to the border.

The EU lifted duties and quotas on Ukrainian goods last year to help Kyiv's war-hit economy after Russia blocked its Black Sea ports. Much of the grain meant to pass through Poland and its neighbours has instead stayed on local markets, traders say.

Prime Minister Mateusz Morawiecki has promised compensation for affected farmers. Robert Telus, a lawmaker from the ruling Law and Justice party, is expected to take over the ministry.""",
[("polish-farmers", "national-bans", S, "wanted imports of Ukrainian grain into Poland stopped altogether", True),
 ("polish-farmers", "grain-transit", C, "could keep moving if it was sealed and tracked all the way to the border", True)])

art("2023-04-16T18:00:00Z", "riverside-herald", "poland-ban-covers-transit",
    "Poland's ban on Ukrainian grain will also cover transit, minister says",
"""WARSAW, Apr 16 (Riverside Herald) - Poland's ban on imports of Ukrainian grain and dozens of other farm products will also cover transit across the country, the new agriculture minister Robert Telus said on Sunday, a day after the government announced the measure.

Telus told reporters that no grain, sugar, meat or vegetables from Ukraine would be allowed across the border until at least June 30, including cargo heading to third countries, while the government worked out how to monitor such shipments.

Hungary announced a similar ban on Saturday, saying its farmers faced ruin. Slovakia's government said it was studying similar steps.

In Kyiv, the agriculture ministry said it regretted the decision and called on Warsaw to respect bilateral agreements and reopen the border to Ukrainian exports. Talks between the two sides were set for Monday.""",
[("poland", "national-bans", S, "no grain, sugar, meat or vegetables from Ukraine would be allowed across the border", True),
 ("poland", "grain-transit", O, "including cargo heading to third countries", True),
 ("hungary", "national-bans", S, "Hungary announced a similar ban on Saturday", True),
 ("ukraine", "national-bans", O, "called on Warsaw to respect bilateral agreements and reopen the border", True)])

art("2023-04-17T11:00:00Z", "crossroads-daily", "commission-unilateral-bans-not-acceptable",
    "Commission says unilateral bans on Ukrainian food are not acceptable",
"""BRUSSELS, Apr 17 (Crossroads Daily) - The European Commission said on Monday that trade policy was the exclusive competence of the European Union and that unilateral actions by member states were not acceptable, after Poland and Hungary closed their markets to Ukrainian farm goods.

A Commission spokeswoman said Brussels was seeking details of both measures and would work with the governments concerned, but declined to say whether it would open legal proceedings.

Slovakia on Monday announced a temporary ban of its own on Ukrainian grain and several other foods. Bulgaria said it was considering following suit.

Diplomats said the bans could embolden farmers' groups elsewhere in the bloc and that the Commission was likely to offer money and targeted safeguards to persuade the capitals to back down.""",
[("eu-commission", "national-bans", O, "unilateral actions by member states were not acceptable", True),
 ("slovakia", "national-bans", S, "announced a temporary ban of its own on Ukrainian grain", True)])

art("2023-04-18T20:00:00Z", "continental-wire", "poland-reopens-transit-under-seal",
    "Poland to let Ukrainian grain transit again under seal after talks",
"""WARSAW, Apr 18 (Continental Wire) - Poland will allow Ukrainian grain to cross its territory again from Friday, provided the shipments are sealed and tracked by GPS until they leave the country, Agriculture Minister Robert Telus said on Tuesday after talks with a Ukrainian delegation.

"Not one tonne of this grain will stay in Poland," he told a news conference in Warsaw, adding that the ban on imports for the Polish market remained in force.

Ukraine's trade representative Taras Kachka, who led the delegation, said the two sides had agreed on transit rules and that he hoped they would help restore trust. He said Kyiv still considered the import ban unjustified.

Farmers' groups said they would watch the border closely.""",
[("poland", "grain-transit", S, "Poland will allow Ukrainian grain to cross its territory again from Friday", True),
 ("poland", "national-bans", S, "the ban on imports for the Polish market remained in force", True),
 ("ukraine", "grain-transit", S, "the two sides had agreed on transit rules", True),
 ("ukraine", "national-bans", O, "Kyiv still considered the import ban unjustified", True)])

art("2023-04-18T22:30:00Z", "market-observer", "ukrainian-grain-transit-poland-resumes",
    "Ukrainian grain can cross Poland again from Friday, Telus says",
"""WARSAW, Apr 18 (Market Observer) - Ukrainian grain will be allowed to cross Poland again from Friday as long as the cargo is sealed and followed by GPS until it leaves the country, Polish Agriculture Minister Robert Telus said on Tuesday following talks with Ukrainian officials.

"Not one tonne of this grain will stay in Poland," Telus told reporters in Warsaw. He said the ban on imports for the Polish market remained in force.

Taras Kachka, Ukraine's trade representative, said the two sides had agreed on transit rules that he hoped would help rebuild trust, though Kyiv still considered the import ban unjustified.

Farmers' organisations said they would keep a close eye on the border.""",
[("poland", "grain-transit", S, "Ukrainian grain will be allowed to cross Poland again from Friday", True),
 ("poland", "national-bans", S, "the ban on imports for the Polish market remained in force", True),
 ("ukraine", "grain-transit", S, "the two sides had agreed on transit rules", True),
 ("ukraine", "national-bans", O, "Kyiv still considered the import ban unjustified", True)])

art("2023-04-28T17:00:00Z", "riverside-herald", "commission-deal-five-states-grain",
    "EU strikes deal with five neighbours to replace national bans on Ukrainian grain",
"""BRUSSELS, Apr 28 (Riverside Herald) - The European Commission reached a deal on Friday with Poland, Hungary, Slovakia, Romania and Bulgaria on EU-wide safeguards for Ukrainian grain and a 100 million euro support package for their farmers, and said it expected the unilateral bans to be lifted.

Under the arrangement, Ukrainian wheat, maize, rapeseed and sunflower seed could only move through the five countries in transit and could not be released onto their markets until early June. Executive Vice-President Valdis Dombrovskis said the measures were exceptional and temporary and that transit through the EU's solidarity lanes must continue.

Polish Agriculture Minister Robert Telus said Poland would lift its national ban once the EU rules were in force. Romania, which had not imposed a ban, was included in the scheme at its own request.""",
[("eu-commission", "grain-transit", S, "transit through the EU's solidarity lanes must continue", True),
 ("eu-commission", "national-bans", O, "said it expected the unilateral bans to be lifted", True),
 ("poland", "national-bans", C, "Poland would lift its national ban once the EU rules were in force", True)])

art("2023-06-05T19:00:00Z", "market-observer", "eu-extends-curbs-ukrainian-grain-sept-15",
    "EU extends curbs on Ukrainian grain until mid-September",
"""BRUSSELS, June 5 (Market Observer) - The European Commission on Monday extended until Sept. 15 its restrictions on imports of four Ukrainian crops into Poland, Hungary, Slovakia, Romania and Bulgaria, saying the exceptional circumstances that justified them persisted.

The curbs on wheat, maize, rapeseed and sunflower seed were due to expire at midnight. The Commission said transit of the goods to other EU countries and to world markets would remain unaffected.

Kyiv criticised the move. Ukraine's economy ministry said the extension was unacceptable and violated the association agreement between the EU and Ukraine, and urged Brussels to let the restrictions lapse.

Farmers' leaders in Poland said the extension merely bought time and pressed for the curbs to run at least until the end of the year.""",
[("eu-commission", "eu-restrictions-extended", S, "extended until Sept. 15 its restrictions on imports of four Ukrainian crops", True),
 ("eu-commission", "grain-transit", S, "transit of the goods to other EU countries and to world markets would remain unaffected", True),
 ("ukraine", "eu-restrictions-extended", O, "the extension was unacceptable", True),
 ("polish-farmers", "eu-restrictions-extended", S, "pressed for the curbs to run at least until the end of the year", True)])

art("2023-07-19T14:00:00Z", "continental-wire", "five-states-want-grain-curbs-to-year-end",
    "Five EU neighbours of Ukraine want grain curbs kept until year-end",
"""WARSAW, July 19 (Continental Wire) - Poland, Hungary, Slovakia, Romania and Bulgaria want the EU's curbs on Ukrainian grain extended to the end of the year at least, their agriculture ministers said in a joint declaration in Warsaw on Wednesday.

Prime Minister Mateusz Morawiecki went further, saying that if Brussels let the restrictions lapse on Sept. 15, Poland would close its border to Ukrainian grain on its own. "Either the Commission agrees, or we will do it ourselves," he said.

Romania's agriculture minister Petre Daea, who signed the declaration, said Bucharest would stick to the common position. Hungary's Istvan Nagy said the restrictions had protected farmers' incomes.

The Commission said it had received the request and would assess it. Agriculture Commissioner Janusz Wojciechowski, a Pole, has previously said he sees merit in prolonging the measures.""",
[("poland", "eu-restrictions-extended", S, "want the EU's curbs on Ukrainian grain extended to the end of the year", True),
 ("hungary", "eu-restrictions-extended", S, "want the EU's curbs on Ukrainian grain extended to the end of the year", True),
 ("slovakia", "eu-restrictions-extended", S, "want the EU's curbs on Ukrainian grain extended to the end of the year", True),
 ("romania", "eu-restrictions-extended", S, "want the EU's curbs on Ukrainian grain extended to the end of the year", True),
 ("poland", "national-bans", C, "if Brussels let the restrictions lapse on Sept. 15, Poland would close its border", True)])

art("2023-07-25T10:00:00Z", "crossroads-daily", "kyiv-warns-wto-offers-licences",
    "Kyiv threatens WTO case over grain curbs, offers export licences instead",
"""KYIV, July 25 (Crossroads Daily) - Ukraine will take the matter to the World Trade Organization if the EU or any of its neighbours keeps restrictions on its grain after Sept. 15, trade representative Taras Kachka said on Tuesday.

Kachka said Kyiv had instead offered its neighbours a system under which Ukrainian exporters would need licences to ship grain to them, letting governments see and manage the flows. "We are ready to control the supply, but not to accept bans," he said.

Agriculture Minister Mykola Solskyi said Ukraine had lost export revenue since Russia pulled out of the Black Sea grain deal last week and could not afford to have land routes closed as well.

A spokesman for the Polish agriculture ministry said it had not seen the proposal in writing and declined to comment on it.""",
[("ukraine", "eu-restrictions-extended", O, "the EU or any of its neighbours keeps restrictions on its grain", True),
 ("ukraine", "national-bans", O, "not to accept bans", True),
 ("ukraine", "licensing-system", S, "Kyiv had instead offered its neighbours a system under which Ukrainian exporters would need licences", True)])

art("2023-08-10T09:30:00Z", "eastern-ledger", "danube-ports-take-up-slack",
    "Danube ports and Constanta take up slack after Black Sea deal collapses",
"""CONSTANTA, Aug 10 (Eastern Ledger) - Barges loaded with Ukrainian wheat and maize are queueing on the lower Danube and in the Sulina channel as traders divert cargo from Black Sea ports that Russia has threatened since it quit the grain deal last month.

The Romanian port of Constanta handled a record volume of Ukrainian grain in July, its operators said, and its operators plan to double transit capacity over the coming months. Russian drones struck the Ukrainian river port of Izmail, across the water from Romania, earlier this month.

Traders said freight rates by rail to Poland's Baltic ports remained high and that slow border checks were adding days to every shipment. Analysts said the pressure on the land routes would grow once the autumn harvest was in, and that the question of whether the EU's curbs would be extended past mid-September was likely to dominate the coming weeks.""",
[])

art("2023-08-30T12:00:00Z", "riverside-herald", "romania-barbu-national-ban",
    "Romania will ban Ukrainian grain on its own after Sept. 15, minister says",
"""BUCHAREST, Aug 30 (Riverside Herald) - Romania will keep Ukrainian grain off its market after Sept. 15 with a national ban of its own, Agriculture Minister Florin Barbu said on Wednesday, arguing that farmers in the east of the country could not absorb another harvest of cheap imports.

"We will extend the ban, whatever happens in Brussels," Barbu told a farmers' meeting near Constanta. He said transit through the Black Sea port, now Ukraine's main alternative route, would not be affected.

Prime Minister Marcel Ciolacu has struck a more cautious tone in recent weeks. Analysts in Bucharest said the government might yet settle for tighter controls rather than an outright ban, given Romania's role as Ukraine's main transit corridor.""",
[("romania", "national-bans", S, "We will extend the ban, whatever happens in Brussels", True),
 ("romania", "grain-transit", S, "transit through the Black Sea port, now Ukraine's main alternative route, would not be affected", True)])

art("2023-09-12T13:00:00Z", "market-observer", "commission-undecided-grain-curbs",
    "Commission yet to decide on Ukrainian grain curbs as deadline nears",
"""BRUSSELS, Sept 12 (Market Observer) - The European Commission has yet to decide whether to prolong its restrictions on Ukrainian grain beyond Friday, a spokeswoman said on Tuesday, as pressure mounted from the five frontline states.

Agriculture Commissioner Janusz Wojciechowski said the decision belonged to the whole College of Commissioners and declined to say which way he would argue. Diplomats said the Commission was split and that a compromise tied to Ukrainian export controls was being discussed.

In Warsaw, Prime Minister Mateusz Morawiecki repeated at a campaign rally ahead of the Oct. 15 election that if Brussels did not prolong the curbs, Poland would close its border itself.

Hungary's government said it would protect its farmers by all means necessary.""",
[("poland", "national-bans", C, "if Brussels did not prolong the curbs, Poland would close its border itself", True)])

art("2023-09-15T21:00:00Z", "continental-wire", "eu-lets-grain-curbs-expire-three-states-ban",
    "EU lets grain curbs expire; Poland, Hungary and Slovakia impose their own bans",
"""BRUSSELS, Sept 15 (Continental Wire) - The European Commission let its restrictions on Ukrainian grain imports expire on Friday, saying market distortions in the five neighbouring countries had disappeared and that Ukraine had agreed to put in place measures to prevent new surges within 30 days.

Trade Commissioner Valdis Dombrovskis said the Commission would not renew the curbs and that an export licensing system promised by Kyiv should take their place. He said member states should refrain from unilateral steps.

Within hours, Poland, Hungary and Slovakia announced national bans. Prime Minister Mateusz Morawiecki said Poland was extending the ban regardless of the Commission's disagreement because it was in the interest of Polish farmers. Hungary's ban covers 24 products, including meat and honey.

Ukrainian President Volodymyr Zelensky said the Commission's decision was a victory for European unity, and warned that Kyiv would respond "in a civilised manner" if neighbours broke EU rules.""",
[("eu-commission", "eu-restrictions-extended", O, "the Commission would not renew the curbs", True),
 ("eu-commission", "licensing-system", S, "an export licensing system promised by Kyiv should take their place", True),
 ("eu-commission", "national-bans", O, "member states should refrain from unilateral steps", True),
 ("poland", "national-bans", S, "Poland was extending the ban regardless of the Commission's disagreement", True),
 ("hungary", "national-bans", S, "Poland, Hungary and Slovakia announced national bans", True),
 ("slovakia", "national-bans", S, "Poland, Hungary and Slovakia announced national bans", True),
 ("ukraine", "eu-restrictions-extended", O, "the Commission's decision was a victory for European unity", True),
 ("ukraine", "national-bans", O, "would respond \"in a civilised manner\" if neighbours broke EU rules", True)])

art("2023-09-16T11:00:00Z", "crossroads-daily", "romania-gives-kyiv-30-days",
    "Romania holds off on ban, gives Kyiv 30 days to deliver grain licences",
"""BUCHAREST, Sept 16 (Crossroads Daily) - Romania will not impose its own ban on Ukrainian grain for now and will instead give Kyiv 30 days to set up the licensing system it has promised the European Commission, Prime Minister Marcel Ciolacu said on Saturday.

Ciolacu said Romania would introduce a ban only if the licences failed to protect Romanian farmers from a new wave of imports. "We are not going to close the border on the first day," he said.

The decision puts the prime minister at odds with his agriculture minister, Florin Barbu, who had promised farmers a national ban. Barbu said on Saturday that he accepted the prime minister's approach and would monitor imports daily.

Romanian farmers' associations said they were disappointed and would consider protests.""",
[("romania", "national-bans", C, "would introduce a ban only if the licences failed to protect Romanian farmers", True),
 ("romania", "licensing-system", S, "give Kyiv 30 days to set up the licensing system", True)])

art("2023-09-18T16:00:00Z", "riverside-herald", "ukraine-files-wto-complaints",
    "Ukraine files WTO complaints against Polish, Hungarian and Slovak bans",
"""KYIV, Sept 18 (Riverside Herald) - Ukraine filed complaints at the World Trade Organization on Monday against Poland, Hungary and Slovakia over their bans on Ukrainian farm products, the economy ministry said.

Economy Minister Yulia Svyrydenko said it was crucial for Kyiv to prove that individual member states could not ban imports of Ukrainian goods. Trade representative Taras Kachka said the cases were Ukraine's answer to the bans and that Kyiv would pursue them.

In Warsaw, Agriculture Minister Robert Telus said the complaint did not impress him and called on Kyiv to withdraw it before any talks on a solution. Poland would not lift its ban, he said.

Ukraine said it was still in talks with Slovakia on a licensing arrangement.""",
[("ukraine", "ukraine-drops-wto-case", O, "Ukraine filed complaints at the World Trade Organization on Monday", True),
 ("ukraine", "national-bans", O, "individual member states could not ban imports of Ukrainian goods", True),
 ("poland", "ukraine-drops-wto-case", S, "called on Kyiv to withdraw it before any talks on a solution", True),
 ("poland", "national-bans", S, "Poland would not lift its ban", True)])

art("2023-09-18T19:15:00Z", "eastern-ledger", "kyiv-takes-neighbours-to-wto",
    "Kyiv takes Poland, Hungary and Slovakia to the WTO over food bans",
"""KYIV, Sept 18 (Eastern Ledger) - Ukraine lodged complaints with the World Trade Organization on Monday against Poland, Hungary and Slovakia over their bans on its farm products, according to the economy ministry.

Economy Minister Yulia Svyrydenko said Kyiv had to prove that individual member states could not ban imports of Ukrainian goods. Taras Kachka, the trade representative, called the cases Ukraine's answer to the bans and said Kyiv would pursue them.

Polish Agriculture Minister Robert Telus said in Warsaw that he was not impressed by the complaint and called on Kyiv to withdraw it before any talks on a solution. He said Poland would not lift its ban.

Ukraine said talks with Slovakia on a licensing arrangement were continuing.""",
[("ukraine", "ukraine-drops-wto-case", O, "Ukraine lodged complaints with the World Trade Organization on Monday", True),
 ("ukraine", "national-bans", O, "individual member states could not ban imports of Ukrainian goods", True),
 ("poland", "ukraine-drops-wto-case", S, "called on Kyiv to withdraw it before any talks on a solution", True),
 ("poland", "national-bans", S, "Poland would not lift its ban", True)])

art("2023-09-19T21:00:00Z", "market-observer", "zelensky-un-grain-political-theatre",
    "Zelensky says grain row is 'political theatre', angering Warsaw",
"""NEW YORK, Sept 19 (Market Observer) - President Volodymyr Zelensky told the United Nations General Assembly on Tuesday that some of Ukraine's friends in Europe were turning solidarity into political theatre by making a thriller out of grain, remarks that drew an angry response from Warsaw.

Without naming Poland, Zelensky said Kyiv was working to keep land routes for its exports open and that the bans were helping Moscow. He said Ukraine had offered its neighbours a way to manage the flow of grain instead of closing borders.

Poland's foreign ministry summoned Ukraine's ambassador, calling the remarks unjustified. President Andrzej Duda, who was also in New York, compared Ukraine to a drowning man who clutches at anything and can pull his rescuer down with him.

A planned meeting between Duda and Zelensky did not take place.""",
[("ukraine", "national-bans", O, "the bans were helping Moscow", True),
 ("ukraine", "licensing-system", S, "Ukraine had offered its neighbours a way to manage the flow of grain", True)])

art("2023-09-20T20:00:00Z", "crossroads-daily", "morawiecki-weapons-remark-grain-row",
    "Grain row spills into arms as Morawiecki says Poland arming itself first",
"""WARSAW, Sept 20 (Crossroads Daily) - Prime Minister Mateusz Morawiecki said on Wednesday that Poland was no longer transferring weapons to Ukraine because it was focused on arming itself, as the row over grain imports spilled into security ties.

Speaking on a private television channel, Morawiecki said Poland would not tolerate Ukrainian grain being dumped on its market and warned that the ban could be widened to other products if Kyiv escalated the dispute.

Government spokesman Piotr Muller later said Poland was only delivering previously agreed arms. Analysts said the remarks were aimed at voters ahead of next month's election and were unlikely to change military support in practice.

Ukraine's agriculture minister Mykola Solskyi said he had spoken by phone with his Polish counterpart Robert Telus and that they had agreed to look for a solution that took both sides' interests into account. Neither side gave details.""",
[("poland", "national-bans", S, "Poland would not tolerate Ukrainian grain being dumped on its market", True)])

art("2023-09-21T15:00:00Z", "riverside-herald", "slovakia-ukraine-licensing-talks",
    "Slovakia and Ukraine to work on grain licences, but Slovak ban stays",
"""BRATISLAVA, Sept 21 (Riverside Herald) - Slovakia and Ukraine have agreed to work on a licensing system for Ukrainian grain, Slovak Agriculture Minister Jozef Bires said on Thursday, but the Slovak ban on four Ukrainian crops will stay in place until the end of the year.

Bires said the licences would have to prove themselves before anything changed. He did not give a date for a decision.

Ukraine's economy ministry said the talks were constructive and that it hoped Slovakia would become the first neighbour to replace a ban with licences.

The caretaker government in Bratislava faces an election on Sept. 30. Robert Fico, the opposition leader favoured to win, has promised to defend Slovak farmers but has not set out his plans for the ban.""",
[("slovakia", "licensing-system", C, "the licences would have to prove themselves before anything changed", True),
 ("slovakia", "national-bans", S, "the Slovak ban on four Ukrainian crops will stay in place", True),
 ("ukraine", "licensing-system", S, "hoped Slovakia would become the first neighbour to replace a ban with licences", True)])

art("2023-10-10T14:30:00Z", "continental-wire", "kachka-wto-cases-can-go",
    "Ukraine ready to drop WTO cases if neighbours lift bans, Kachka says",
"""KYIV, Oct 10 (Continental Wire) - Ukraine would withdraw its WTO complaints against Poland, Hungary and Slovakia if the three countries lifted their bans and accepted Kyiv's licensing system instead, trade representative Taras Kachka said on Tuesday.

"We do not want to litigate with our friends. The cases can go away as soon as the bans do," Kachka told reporters in Kyiv. He said a government decree setting up licences for wheat, maize, rapeseed and sunflower seed exports to the five neighbours was ready.

Polish Agriculture Minister Robert Telus said on Polish radio that licences issued in Kyiv would change nothing for Polish farmers and that the ban would stay.

Hungary's agriculture ministry said it had no plans to lift its ban either.""",
[("ukraine", "ukraine-drops-wto-case", C, "The cases can go away as soon as the bans do", True),
 ("ukraine", "licensing-system", S, "a government decree setting up licences for wheat, maize, rapeseed and sunflower seed", True),
 ("poland", "licensing-system", O, "licences issued in Kyiv would change nothing for Polish farmers", True),
 ("poland", "national-bans", S, "the ban would stay", True),
 ("hungary", "national-bans", S, "had no plans to lift its ban either", True)])

art("2023-10-16T10:00:00Z", "market-observer", "polish-election-tusk-grain",
    "Tusk's opposition set to take power in Poland; grain policy in focus",
"""WARSAW, Oct 16 (Market Observer) - Donald Tusk's pro-European opposition looked set on Monday to take power in Poland after Sunday's election, raising questions in Kyiv about whether a new government would soften Warsaw's line on Ukrainian grain.

Tusk, who leads the Civic Coalition, told supporters that a government led by him would stand up for Polish farmers and would not reopen the border to Ukrainian grain without guarantees for them. He did not say what those guarantees would be.

The ruling Law and Justice party won the most votes but lacks a majority. Agriculture Minister Robert Telus, who remains in office until a new cabinet is sworn in, said the ban was not up for discussion.

Analysts said any change of course would take months.""",
[("poland", "national-bans", S, "the ban was not up for discussion", True)])

art("2023-10-20T12:00:00Z", "eastern-ledger", "hungary-no-reason-licences",
    "Hungary sees no reason to swap grain ban for Ukrainian licences",
"""BUDAPEST, Oct 20 (Eastern Ledger) - Hungary sees no reason to replace its ban on Ukrainian farm products with the licensing system Kyiv has offered, Agriculture Minister Istvan Nagy said on Friday.

Nagy said licences would not stop cheap grain reaching Hungarian mills and that the ban on 24 products would stay for as long as the government judged it necessary. Prime Minister Viktor Orban has said Hungary will not be lectured on solidarity by Kyiv.

Ukraine's complaint against Hungary at the World Trade Organization is at the consultation stage. The Hungarian government said it would answer it through the proper channels.

Hungarian farm groups have staged smaller protests than their Polish counterparts this year, but millers in the east of the country say prices have yet to recover. Talks between Kyiv and Budapest on farm trade were last held in the summer, officials on both sides said.""",
[("hungary", "licensing-system", O, "no reason to replace its ban on Ukrainian farm products with the licensing system", True),
 ("hungary", "national-bans", S, "the ban on 24 products would stay", True)])

art("2023-11-06T17:00:00Z", "crossroads-daily", "polish-hauliers-block-border",
    "Polish hauliers block border crossings with Ukraine",
"""DOROHUSK, Nov 6 (Crossroads Daily) - Polish hauliers blocked three of the main crossings on the border with Ukraine on Monday, demanding that the EU bring back permits for Ukrainian trucking firms that were scrapped after Russia's invasion.

Hundreds of lorries queued at Dorohusk, Hrebenne and Korczowa. The protesters, who say Ukrainian carriers are undercutting them, said they would let through only military aid, humanitarian supplies and perishable goods.

Ukraine's infrastructure ministry called the blockade unacceptable and said exporters were losing millions of dollars a day. The European Commission said its road transport agreement with Ukraine would not be renegotiated.

The protest is separate from the dispute over grain, though several farmers' groups have said they sympathise with the drivers.""",
[])

art("2023-11-23T16:00:00Z", "riverside-herald", "farmers-join-border-blockade-medyka",
    "Polish farmers join border blockade at Medyka",
"""MEDYKA, Nov 23 (Riverside Herald) - Polish farmers began blocking the Medyka border crossing with Ukraine on Thursday, joining truck drivers who have held up traffic at three other crossings for more than two weeks.

The farmers' group behind the protest said it wanted the national ban on Ukrainian grain kept in place after the new government takes office, along with subsidies for maize and a guaranteed purchase price. Trucks carrying grain in transit would still be let through, one of the organisers said, as long as the seals were intact.

A spokesman for the outgoing government said ministers were ready to meet the protesters. Ukraine's border service said the queue on its side stretched for kilometres.""",
[("polish-farmers", "national-bans", S, "wanted the national ban on Ukrainian grain kept in place", True),
 ("polish-farmers", "grain-transit", C, "as long as the seals were intact", True)])

art("2023-12-14T13:00:00Z", "continental-wire", "siekierski-embargo-stays",
    "Tusk's farm minister says ban on Ukrainian grain stays",
"""WARSAW, Dec 14 (Continental Wire) - Poland's new agriculture minister Czeslaw Siekierski said on Thursday that the ban on Ukrainian grain imports would remain in force under Prime Minister Donald Tusk's government, which was sworn in a day earlier.

"The embargo stays," Siekierski told reporters after his first meeting with farmers' leaders. He said licences issued in Kyiv were no substitute for the ban, but that he wanted talks with Ukraine on how farm trade could be managed in future.

Tusk said in his policy speech to parliament on Tuesday that he would not let Polish farmers pay the price of helping Ukraine, while insisting that support for Kyiv's war effort would not waver.""",
[("poland", "national-bans", S, "The embargo stays", True),
 ("poland", "licensing-system", O, "licences issued in Kyiv were no substitute for the ban", True)])

art("2023-12-20T11:30:00Z", "crossroads-daily", "slovakia-keeps-ban-takac",
    "Slovakia's new government keeps ban on Ukrainian grain",
"""BRATISLAVA, Dec 20 (Crossroads Daily) - Slovakia's new government will keep its ban on Ukrainian grain, rapeseed and sunflower seed into next year, Agriculture Minister Richard Takac said on Wednesday.

Takac said Slovakia would look at the licensing system agreed by its predecessor only once the EU had found a lasting solution for farmers in the frontline states. Prime Minister Robert Fico has said Slovakia will send no more military aid to Ukraine from state stocks, while backing commercial trade with its neighbour.

Ukraine's embassy in Bratislava said it regretted the decision and hoped for a negotiated outcome.

Fico's coalition, which took office in October, has promised farmers it will push in Brussels for compensation for lost income. Slovak growers' associations welcomed the minister's statement and said the ban had kept purchase prices stable through the autumn, although feed producers have complained about higher costs.""",
[("slovakia", "national-bans", S, "will keep its ban on Ukrainian grain, rapeseed and sunflower seed into next year", True),
 ("slovakia", "licensing-system", C, "would look at the licensing system agreed by its predecessor only once", True),
 ("ukraine", "national-bans", O, "it regretted the decision", True)])

art("2024-01-31T15:00:00Z", "riverside-herald", "commission-proposes-trade-renewal-brake",
    "Commission proposes another year of duty-free Ukrainian trade, with a brake",
"""BRUSSELS, Jan 31 (Riverside Herald) - The European Commission proposed on Wednesday to extend for another year the suspension of duties on Ukrainian imports, adding an emergency brake for poultry, eggs and sugar to address the concerns of farmers in neighbouring countries.

Executive Vice-President Valdis Dombrovskis said the proposal did not include new curbs on grain. Asked about the national bans still in force in Poland, Hungary and Slovakia, he said the Commission's view had not changed: trade measures had to be taken at EU level and unilateral bans were not acceptable.

Polish farmers' unions called the emergency brake window-dressing. The proposal needs the approval of the European Parliament and member states.""",
[("eu-commission", "national-bans", O, "unilateral bans were not acceptable", True),
 ("poland", "national-bans", S, "the national bans still in force in Poland, Hungary and Slovakia", False),
 ("hungary", "national-bans", S, "the national bans still in force in Poland, Hungary and Slovakia", False),
 ("slovakia", "national-bans", S, "the national bans still in force in Poland, Hungary and Slovakia", False)])

art("2024-02-11T18:00:00Z", "continental-wire", "farmers-spill-ukrainian-grain-border",
    "Polish farmers spill Ukrainian grain, demand border shut to transit too",
"""MEDYKA, Feb 11 (Continental Wire) - Protesting Polish farmers emptied grain from several Ukrainian railway wagons at a border station on Sunday, escalating a nationwide protest that has blocked roads and crossings since Friday.

Leaders of the Rural Solidarity union said they now wanted the border closed to all Ukrainian farm produce, including grain in transit, because they no longer trusted the seals and checks. "Transit has become a back door, so the door has to be shut," one of the union's leaders told reporters.

Ukraine's agriculture minister Mykola Solskyi called the spilling of grain a provocation and asked Polish police to find those responsible. The farmers also oppose the EU's Green Deal environmental rules.""",
[("polish-farmers", "grain-transit", O, "closed to all Ukrainian farm produce, including grain in transit", True),
 ("polish-farmers", "national-bans", S, "wanted the border closed to all Ukrainian farm produce", True)])

art("2024-02-13T12:00:00Z", "market-observer", "poland-rejects-closing-transit",
    "Poland rejects farmers' call to shut border to Ukrainian grain in transit",
"""WARSAW, Feb 13 (Market Observer) - Poland's government will not close the border to Ukrainian grain in transit, Agriculture Minister Czeslaw Siekierski said on Tuesday, rejecting a central demand of farmers who have blocked crossings and roads across the country.

Siekierski said transit to Baltic ports and to other EU countries would continue under tighter checks, and that the ban on imports for the Polish market would stay. He called the spilling of Ukrainian grain at a border station on Sunday unacceptable.

Prime Minister Donald Tusk said he would discuss the situation with Ukrainian Prime Minister Denys Shmyhal in the coming weeks. Asked whether Warsaw might ask Kyiv to limit exports voluntarily, a government spokesman declined to say.""",
[("poland", "grain-transit", S, "will not close the border to Ukrainian grain in transit", True),
 ("poland", "national-bans", S, "the ban on imports for the Polish market would stay", True)])

art("2024-02-22T17:00:00Z", "riverside-herald", "zelensky-calls-border-meeting",
    "Zelensky calls for border meeting with Polish leaders over blockade",
"""KYIV, Feb 22 (Riverside Herald) - President Volodymyr Zelensky called on Thursday for a meeting with Polish leaders at the border to end the farmers' blockade, saying the protests were eroding solidarity at a time when Ukraine was short of ammunition.

"It is not about grain, it is about politics," Zelensky said. He said Kyiv was ready to agree joint controls on its farm exports with Warsaw, but that Ukraine could not accept a border closed to its trucks and trains.

Tusk's office said a meeting of the two governments was planned for the end of March in Warsaw. Polish farmers' groups said they would keep up their blockades until then.

Economists estimate the grain row has cost Ukrainian exporters hundreds of millions of dollars.""",
[("ukraine", "grain-transit", S, "Ukraine could not accept a border closed to its trucks and trains", True)])

art("2024-03-28T19:00:00Z", "crossroads-daily", "warsaw-consultations-no-grain-deal",
    "Polish-Ukrainian consultations end without grain deal",
"""WARSAW, Mar 28 (Crossroads Daily) - Polish and Ukrainian ministers ended a day of government consultations in Warsaw on Thursday without an agreement on farm trade, though both sides said they would keep talking.

Prime Minister Donald Tusk said Poland's ban on Ukrainian grain would stay and that his government wanted EU-level limits on other Ukrainian farm imports. Ukrainian Prime Minister Denys Shmyhal said Kyiv had proposed a bilateral system of export licences for sensitive goods and was waiting for Warsaw's answer.

Trade representative Taras Kachka said Ukraine's case at the World Trade Organization was on hold while the talks continued and could be dropped altogether if they produced a deal that ended the ban.

He said Ukraine had not asked Poland to open its market overnight.""",
[("poland", "national-bans", S, "Poland's ban on Ukrainian grain would stay", True),
 ("ukraine", "licensing-system", S, "Kyiv had proposed a bilateral system of export licences", True),
 ("ukraine", "ukraine-drops-wto-case", C, "could be dropped altogether if they produced a deal that ended the ban", True)])

# id of the first article showing the new stance is filled in by slug below.
SHIFTS = [
    ("poland", "grain-transit", S, O, "poland-ban-covers-transit",
     "Telus says Poland's April ban also covers grain heading to third countries; Poland had backed transit through the EU solidarity lanes (baseline)."),
    ("poland", "grain-transit", O, S, "poland-reopens-transit-under-seal",
     "Two days later Telus reopens transit under seal and GPS tracking after talks with Kachka, reversing the transit ban."),
    ("poland", "national-bans", S, C, "commission-deal-five-states-grain",
     "Telus says Poland would lift its national ban once the EU's safeguards are in force; until then Poland insisted on its own ban."),
    ("eu-commission", "eu-restrictions-extended", S, O, "eu-lets-grain-curbs-expire-three-states-ban",
     "Dombrovskis says the Commission will not renew the curbs it extended in June, and lets them expire on 15 September."),
    ("poland", "national-bans", C, S, "eu-lets-grain-curbs-expire-three-states-ban",
     "Morawiecki announces Poland is extending the ban nationally regardless of the Commission; since April Poland had tied its own ban to the EU's curbs lapsing."),
    ("romania", "national-bans", S, C, "romania-gives-kyiv-30-days",
     "Ciolacu says Romania will ban only if Kyiv's licences fail within 30 days; in August Barbu promised a ban whatever Brussels did."),
    ("ukraine", "ukraine-drops-wto-case", O, C, "kachka-wto-cases-can-go",
     "Kachka says the WTO cases can go as soon as the bans do; in September Ukraine filed them and said it would pursue them."),
    ("polish-farmers", "grain-transit", C, O, "farmers-spill-ukrainian-grain-border",
     "Rural Solidarity now wants the border shut to grain in transit too; before, farmers' groups accepted transit if sealed and tracked."),
]


def words(q):
    return len(q.split())


def load_watchlist_ids():
    txt = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    sect = txt.split("issues:")[0]
    actors = set(re.findall(r"- id: ([a-z0-9-]+)", sect))
    issues = set(re.findall(r"- id: ([a-z0-9-]+)", txt.split("issues:")[1].split("baseline:")[0]))
    base = re.findall(r"\{actor: ([a-z0-9-]+), issue: ([a-z0-9-]+), stance: ([a-z]+)\}", txt)
    return actors, issues, base


def main():
    A.sort(key=lambda a: a["published"])
    slug2id = {}
    for n, a in enumerate(A, 1):
        a["id"] = f"{n:03d}"
        a["url"] = f"https://example.org/{a['outlet']}/{a['published'][:10].replace('-', '/')}/{a['slug']}"
        slug2id[a["slug"]] = a["id"]
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
                       "url": a["url"], "title": a["title"], "text": a["text"]}, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = [a for a in A if a["outlet"] == key]
        last = max(datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch poland-ukraine-grain-2023 eval set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for a in sorted(items, key=lambda a: a["published"], reverse=True):
            d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", key + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=slug2id[s[4]], why=s[5]) for s in SHIFTS]
    shift_arts = {s["article"] for s in shifts}
    labels = dict(claims=claims, shifts=shifts, no_alert_articles=[a["id"] for a in A if a["id"] not in shift_arts])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    validate(labels)


def validate(labels):
    errs = []
    actors, issues, base = load_watchlist_ids()
    texts = {}
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
        a = json.load(open(os.path.join(HERE, "articles", fn), encoding="utf-8"))
        if fn != a["id"] + ".json":
            errs.append(f"{fn}: id mismatch")
        texts[a["id"]] = a["text"]
        n = words(a["text"])
        if not 110 <= n <= 270:
            errs.append(f"{a['id']}: {n} words")
        d = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
        wd = days[d.weekday()]
        para1 = a["text"].split("\n\n")[0]
        for other in days:
            if other != wd and f"on {other}" in para1:
                errs.append(f"{a['id']}: says 'on {other}' but published on a {wd}")
        if not re.match(r"^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: bad dateline")
    ids = sorted(texts)
    pubs = [json.load(open(os.path.join(HERE, "articles", i + ".json")))["published"] for i in ids]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    if sorted(labels["claims"]) != ids:
        errs.append("claims keys != article ids")
    for aid, cl in labels["claims"].items():
        for c in cl:
            if c["quote"] not in texts[aid]:
                errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if words(c["quote"]) > 15:
                errs.append(f"{aid}: quote > 15 words: {c['quote']!r}")
            if c["actor"] not in actors or c["issue"] not in issues or c["stance"] not in (S, O, C):
                errs.append(f"{aid}: unknown actor/issue/stance {c}")
    # replay prevailing attributed stances from the baseline; recomputed shifts must equal the labelled ones
    prev = {(a, i): s for a, i, s in base}
    got = []
    for aid in ids:
        seen = set()
        for c in labels["claims"][aid]:
            k = (c["actor"], c["issue"])
            if not c["attributed"] or k in seen:
                continue
            seen.add(k)
            if k in prev and prev[k] != c["stance"]:
                got.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    # a duplicate copy repeats the original's shift; labels keep only the first article
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    got_first = []
    for g in got:
        if not any(x[:4] == g[:4] and x[4] < g[4] and not any(y[:2] == g[:2] and x[4] < y[4] < g[4] and y[:4] != g[:4] for y in got) for x in got):
            got_first.append(g)
    if sorted(got_first) != sorted(want):
        errs.append(f"shift replay mismatch:\n  replay={sorted(got_first)}\n  labels={sorted(want)}")
    sa = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != [i for i in ids if i not in sa]:
        errs.append("no_alert_articles wrong")
    for fn in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", fn)], capture_output=True, text=True)
        if r.returncode:
            errs.append(f"xmllint {fn}: {r.stderr.strip()}")
    st = {}
    for cl in labels["claims"].values():
        for c in cl:
            st[c["stance"]] = st.get(c["stance"], 0) + 1
    print(f"articles={len(ids)} claims={sum(st.values())} {st} unattributed={sum(1 for cl in labels['claims'].values() for c in cl if not c['attributed'])} "
          f"shifts={len(labels['shifts'])} in {len(sa)} articles; empty={[i for i in ids if not labels['claims'][i]]}")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
