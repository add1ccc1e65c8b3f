#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set ttip-2016.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this file, then validates the whole set against watchlist.yaml.
Standard library only. Run: python3 build.py  (exit status 0 means every check passed).
"""

import datetime as dt
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "eastgate-wire": "Eastgate Wire",
    "tidewater-post": "Tidewater Post",
    "saltmarsh-herald": "Saltmarsh Herald",
    "riverline-report": "Riverline Report",
    "lindenport-courier": "Lindenport Courier",
}

# Same story, same day, second outlet: (original, copy). 018 is a shift article.
DUPLICATES = [("006", "007"), ("018", "019")]

T, F = True, False

# Each article: (published UTC, outlet slug, url slug, title, paragraphs, claims)
# claim: (actor, issue, stance, quote, attributed)
ARTICLES = [
    # 001
    ("2016-02-22T09:30:00Z", "eastgate-wire", "ttip-twelfth-round-opens-brussels",
     "EU and US negotiators open twelfth round of trade talks in Brussels",
     [
         "BRUSSELS, Feb 22 (Eastgate Wire) - Negotiators from the European Union and the United States opened a twelfth round of talks on the Transatlantic Trade and Investment Partnership in Brussels on Monday, their first meeting of 2016.",
         "The week-long session at the Commission's offices is led by the EU's chief negotiator, Ignacio Garcia Bercero, and his US counterpart, Dan Mullaney. Around twenty working groups are scheduled to meet, covering subjects from car safety rules and medical devices to customs procedures and the treatment of small companies.",
         "Neither negotiator spoke to reporters on arrival. Officials said the two men would give a joint news conference on Friday, when the round closes.",
         "The talks began in July 2013. A trade official from one member state, speaking on condition of anonymity, said the pace would have to pick up sharply if anything was to be wrapped up while Barack Obama is still in the White House, and guessed that the coming months would show whether that was realistic.",
         "Campaign groups plan a small protest outside the building on Wednesday.",
     ],
     []),
    # 002
    ("2016-02-26T17:45:00Z", "tidewater-post", "us-tables-first-procurement-offer",
     "US tables first procurement offer as TTIP round ends",
     [
         "BRUSSELS, Feb 26 (Tidewater Post) - The United States put its first offer on public procurement on the table in the trade talks with the European Union this week, negotiators said on Friday as the twelfth round closed.",
         "US chief negotiator Dan Mullaney told reporters that the offer opened a first set of federal contracts to European bidders and that Washington was ready to go further in exchange for better access to European markets. He did not say whether contracts awarded by the 50 states would be included.",
         "His EU counterpart, Ignacio Garcia Bercero, said the offer was a useful start but that Europe still expected access to state and local contracts, which are largely shielded by Buy American rules.",
         "The EU also formally presented its proposal for a public investment court to replace the traditional arbitration panels. Garcia Bercero said the court, with professional judges and an appeal tribunal, was the only system Europe would accept. Mullaney said Washington had questions about the plan but was prepared to discuss reforms, provided investors kept effective protection.",
         "Both men said they still aimed to finish the negotiations before the end of the year.",
     ],
     [
         ("usa", "us-procurement-opening", "conditional", "Washington was ready to go further in exchange for better access to European markets", T),
         ("commission", "us-procurement-opening", "support", "Europe still expected access to state and local contracts", T),
         ("commission", "investment-court", "support", "was the only system Europe would accept", T),
         ("usa", "investment-court", "conditional", "prepared to discuss reforms, provided investors kept effective protection", T),
         ("commission", "deal-before-obama-leaves", "support", "they still aimed to finish the negotiations before the end of the year", T),
         ("usa", "deal-before-obama-leaves", "support", "they still aimed to finish the negotiations before the end of the year", T),
     ]),
    # 003
    ("2016-03-15T11:00:00Z", "saltmarsh-herald", "foodwatch-investment-court-arbitration-new-name",
     "Foodwatch says EU investment court is arbitration under a new name",
     [
         "BERLIN, March 15 (Saltmarsh Herald) - The consumer group Foodwatch on Tuesday dismissed the European Commission's proposed investment court as old-style arbitration in a new wrapper and urged EU governments to pull out of the trade talks with the United States altogether.",
         "In a study presented in Berlin, the group argued that foreign companies would still be able to sue governments over health and environmental rules before a body that ordinary citizens and domestic firms cannot use. The court should not be part of any trade agreement, Foodwatch founder Thilo Bode told reporters.",
         "Bode said the name had changed but the privileges for investors had not. He added that the only sensible response was to stop the negotiations.",
         "The court proposal was drawn up last year largely under pressure from Germany's economy minister, Sigmar Gabriel, who has championed it as a clean break with private tribunals. Under the plan, disputes would be heard by publicly appointed judges, with a right of appeal that older investment treaties lack.",
         "Gabriel's ministry did not respond to a request for comment.",
     ],
     [
         ("campaigners", "investment-court", "oppose", "The court should not be part of any trade agreement", T),
         ("campaigners", "halt-ttip-talks", "support", "the only sensible response was to stop the negotiations", T),
         ("gabriel", "investment-court", "support", "who has championed it as a clean break with private tribunals", F),
     ]),
    # 004
    ("2016-04-14T08:15:00Z", "lindenport-courier", "france-in-no-hurry-fekl",
     "France in no hurry to close US trade deal, minister says",
     [
         "PARIS, April 14 (Lindenport Courier) - France wants the trade talks with the United States to go on but will not be rushed into a deal to suit the American electoral calendar, French trade minister Matthias Fekl said on Thursday.",
         "Speaking to reporters ahead of Barack Obama's visit to Europe, Fekl said France could accept an agreement this year only if Washington made real offers on public procurement and on protecting European food names. So far, he said, the Americans had asked for a great deal and given very little.",
         "Fekl said the opening of state and local contracts in the United States was a basic demand of French companies, and that the protection of cheeses, wines and hams linked to French regions was not negotiable.",
         "He also said France would continue to defend the public investment court that Paris had first put forward last year, arguing that private arbitration had lost all legitimacy in Europe.",
         "Officials at the Elysee said President Francois Hollande shared the minister's view.",
     ],
     [
         ("france", "halt-ttip-talks", "oppose", "France wants the trade talks with the United States to go on", T),
         ("france", "deal-before-obama-leaves", "conditional", "could accept an agreement this year only if Washington made real offers", T),
         ("france", "us-procurement-opening", "support", "the opening of state and local contracts in the United States was a basic demand", T),
         ("france", "geographical-indications", "support", "the protection of cheeses, wines and hams linked to French regions was not negotiable", T),
         ("france", "investment-court", "support", "France would continue to defend the public investment court", T),
     ]),
    # 005
    ("2016-04-23T16:20:00Z", "riverline-report", "hanover-march-against-trade-pacts",
     "Tens of thousands march in Hanover against trade pacts before Obama visit",
     [
         "HANOVER, April 23 (Riverline Report) - Tens of thousands of people marched through Hanover on Saturday against the trade agreements the European Union is negotiating with the United States and Canada, a day before Barack Obama was due to arrive in the city.",
         "Police put the turnout at about 35,000, while the organisers, an alliance of trade unions, church groups and the online campaign network Campact, said 90,000 had taken part. Marchers carried banners showing chlorine-washed chickens and a giant Trojan horse.",
         "Obama is to open the Hanover trade fair on Sunday evening together with Chancellor Angela Merkel. The United States is the partner country of this year's fair, the world's largest show of industrial technology.",
         "The protest passed off peacefully, police said. Organisers said they would hold further marches in several German cities after the summer.",
         "A spokeswoman for the city said streets around the exhibition grounds would be closed for much of Sunday and Monday.",
     ],
     []),
    # 006
    ("2016-04-24T18:30:00Z", "eastgate-wire", "obama-merkel-press-for-deal-this-year",
     "Obama and Merkel press for trade deal this year",
     [
         "HANOVER, April 24 (Eastgate Wire) - US President Barack Obama said on Sunday he wanted the transatlantic trade negotiations finished before he leaves office in January, and German Chancellor Angela Merkel said Europe should move faster to make that possible.",
         "Speaking at a joint news conference in Hanover, Obama said he was confident the two sides could complete the text by the end of the year, even if ratification would have to wait for his successor. He said the protesters' concerns deserved a hearing but that the gains for jobs on both sides of the Atlantic were large.",
         "Merkel said the agreement was in the interest of the German economy and that she backed carrying on with the talks despite the protests. It would be good for Europe to hurry, she said, adding that a quick agreement was better than endless rounds.",
         "About 35,000 people, by police count, marched through the city on Saturday against the deal.",
         "Obama opens the Hanover trade fair with Merkel later on Sunday. Negotiators begin a new round in New York on Monday.",
     ],
     [
         ("usa", "deal-before-obama-leaves", "support", "wanted the transatlantic trade negotiations finished before he leaves office in January", T),
         ("germany", "deal-before-obama-leaves", "support", "Europe should move faster to make that possible", T),
         ("germany", "halt-ttip-talks", "oppose", "she backed carrying on with the talks despite the protests", T),
     ]),
    # 007 (copy of 006)
    ("2016-04-24T20:05:00Z", "tidewater-post", "obama-wants-trade-pact-done-merkel-urges-speed",
     "Obama wants trade pact done before leaving office; Merkel urges speed",
     [
         "HANOVER, April 24 (Tidewater Post) - Barack Obama said on Sunday that he wanted the transatlantic trade negotiations finished before he leaves office in January, and Angela Merkel said Europe should move faster to make that possible.",
         "At a joint news conference in Hanover, the US president said he was confident the two sides could complete the text by the end of the year, although ratification would be left to his successor. He said the protesters' worries deserved a hearing but that the gains for jobs on both sides of the Atlantic were considerable.",
         "The German chancellor said the agreement served the interests of the German economy and that she backed carrying on with the talks despite the protests. Europe would do well to hurry, she said, since a quick agreement was better than endless rounds.",
         "Police said about 35,000 people had marched through the city on Saturday against the deal.",
         "The two leaders open the Hanover trade fair later on Sunday. A new negotiating round starts in New York on Monday.",
     ],
     [
         ("usa", "deal-before-obama-leaves", "support", "wanted the transatlantic trade negotiations finished before he leaves office in January", T),
         ("germany", "deal-before-obama-leaves", "support", "Europe should move faster to make that possible", T),
         ("germany", "halt-ttip-talks", "oppose", "she backed carrying on with the talks despite the protests", T),
     ]),
    # 008
    ("2016-04-29T21:00:00Z", "saltmarsh-herald", "food-names-divide-new-york-round",
     "Food names divide negotiators as New York round ends",
     [
         "NEW YORK, April 29 (Saltmarsh Herald) - European and American negotiators ended a week of trade talks in New York on Friday still far apart on the protection of regional food and drink names, one of the most sensitive subjects in the negotiations.",
         "The EU's chief negotiator, Ignacio Garcia Bercero, said Europe would keep insisting that the United States protect names such as Roquefort, Parma ham and Champagne, which the EU calls geographical indications. Without that, he said, there could be no balanced agreement for European farmers.",
         "His US counterpart, Dan Mullaney, said the United States would not accept rules that stopped American producers from using names like parmesan and feta, which he described as common terms used in the country for generations.",
         "US dairy groups, which have lobbied Congress hard on the issue, said in a statement that farmers would fight any deal that gave Europe a monopoly on cheese names.",
         "The two sides said they had made progress on regulatory cooperation and on customs. The next round is planned for July in Brussels.",
     ],
     [
         ("commission", "geographical-indications", "support", "Europe would keep insisting that the United States protect names such as Roquefort", T),
         ("usa", "geographical-indications", "oppose", "the United States would not accept rules that stopped American producers from using names", T),
     ]),
    # 009
    ("2016-05-02T14:40:00Z", "riverline-report", "greenpeace-leak-us-pressure-food-rules",
     "Greenpeace leak shows US pressure on EU food rules, group says",
     [
         "BERLIN, May 2 (Riverline Report) - Greenpeace on Monday published 248 pages of confidential negotiating texts from the EU-US trade talks, saying they showed Washington pressing Europe to let in American farm products that its rules now keep out.",
         "The environmental group presented the documents in Berlin. Jorgo Riss, who heads Greenpeace's EU office, said the papers proved that the talks threatened Europe's food safety and environmental standards and that governments should stop them.",
         "According to Greenpeace, the United States is pushing for easier access for its agricultural goods and wants EU restrictions on products such as hormone-treated beef and genetically modified crops loosened. The documents make no mention of the precautionary principle on which EU food law rests, the group said.",
         "Trade commissioner Cecilia Malmstrom played the leak down as a storm in a teacup. She wrote that no EU trade agreement would ever lower Europe's protection of consumers, food safety or the environment, and that the texts showed negotiating positions, not outcomes.",
         "A spokesman for US Trade Representative Michael Froman called the reporting misleading but declined to discuss the content of the texts.",
     ],
     [
         ("campaigners", "halt-ttip-talks", "support", "that governments should stop them", T),
         ("campaigners", "us-food-access", "oppose", "the talks threatened Europe's food safety and environmental standards", T),
         ("usa", "us-food-access", "support", "the United States is pushing for easier access for its agricultural goods", F),
         ("commission", "us-food-access", "oppose", "no EU trade agreement would ever lower Europe's protection of consumers, food safety", T),
     ]),
    # 010
    ("2016-05-03T16:00:00Z", "lindenport-courier", "france-threatens-to-walk-out",
     "France threatens to walk out of US trade talks",
     [
         "PARIS, May 3 (Lindenport Courier) - President Francois Hollande said on Tuesday that France rejected the transatlantic trade agreement as it now stands, hardening the French line a day after leaked texts showed how far apart the two sides remain.",
         "At this stage, France says no, Hollande told a conference in Paris, adding that the country would never accept a deal that undermined its farming, opened Europe to products made without its safeguards or denied European firms reciprocal access to American public contracts.",
         "Trade minister Matthias Fekl went further. He said that unless Washington made serious offers on procurement and agriculture, France would ask for the negotiations to be halted, which he described as the most likely outcome.",
         "Only three weeks ago Fekl had said France wanted the talks to continue and could live with a deal this year if the Americans moved.",
         "Under EU rules, the negotiations are conducted by the European Commission on behalf of all 28 member states, and any final agreement would need the approval of national governments.",
     ],
     [
         ("france", "deal-before-obama-leaves", "oppose", "At this stage, France says no", T),
         ("france", "us-food-access", "oppose", "opened Europe to products made without its safeguards", T),
         ("france", "us-procurement-opening", "support", "or denied European firms reciprocal access to American public contracts", T),
         ("france", "halt-ttip-talks", "conditional", "unless Washington made serious offers on procurement and agriculture, France would ask", T),
     ]),
    # 011
    ("2016-05-03T18:30:00Z", "eastgate-wire", "berlin-sticks-with-talks-gabriel-warns",
     "Berlin sticks with trade talks as Gabriel warns of failure",
     [
         "BERLIN, May 3 (Eastgate Wire) - The German government said on Tuesday it still wanted the trade talks with the United States concluded this year, despite France's threat to walk away and the leak of negotiating texts by Greenpeace.",
         "Government spokesman Steffen Seibert denied that Berlin had given up on a deal during Barack Obama's presidency, and said the government had no intention of leaving the negotiating table.",
         "Economy Minister Sigmar Gabriel struck a more sceptical note. Speaking at a party event, the Social Democrat leader said Europe should be ready to end the talks if the Americans kept insisting on weaker consumer protection, and that Germany would never let hormone beef or chlorine-washed chicken onto its shelves.",
         "In Brussels, a Commission spokesman said the negotiations had the backing of all member states and would continue.",
         "Analysts at a Berlin think tank said they expected the final months of the Obama administration to decide whether the talks survived.",
     ],
     [
         ("germany", "deal-before-obama-leaves", "support", "denied that Berlin had given up on a deal during Barack Obama's presidency", T),
         ("germany", "halt-ttip-talks", "oppose", "the government had no intention of leaving the negotiating table", T),
         ("gabriel", "halt-ttip-talks", "conditional", "ready to end the talks if the Americans kept insisting on weaker consumer protection", T),
         ("gabriel", "us-food-access", "oppose", "Germany would never let hormone beef or chlorine-washed chicken onto its shelves", T),
         ("commission", "halt-ttip-talks", "oppose", "the negotiations had the backing of all member states and would continue", T),
     ]),
    # 012
    ("2016-05-10T19:00:00Z", "tidewater-post", "froman-europe-must-open-to-farm-goods",
     "Froman says Europe must open up to American farm goods",
     [
         "WASHINGTON, May 10 (Tidewater Post) - US Trade Representative Michael Froman said on Tuesday that any trade agreement with the European Union would have to give American farmers meaningful new access to European consumers, and that EU rules should rest on science rather than fear.",
         "In a speech to an agricultural audience in Washington, Froman said American beef, poultry and grain were as safe as any in the world and that bans on products such as hormone-treated beef had no scientific basis. Washington would not support a deal that left those barriers in place, he said.",
         "Froman also said the United States could not agree to European demands that would stop American cheesemakers from using common names.",
         "Asked whether the talks could survive French opposition, he said walking away now would be a mistake for both sides and that the administration intended to keep negotiating through the year.",
         "The US farm lobby, whose most vocal members include exporters of beef and soybeans, has warned that it would oppose a deal without gains for agriculture.",
     ],
     [
         ("usa", "us-food-access", "support", "Washington would not support a deal that left those barriers in place", T),
         ("usa", "geographical-indications", "oppose", "the United States could not agree to European demands that would stop American cheesemakers", T),
         ("usa", "halt-ttip-talks", "oppose", "walking away now would be a mistake for both sides", T),
     ]),
    # 013
    ("2016-06-21T10:00:00Z", "saltmarsh-herald", "austria-kern-sets-conditions",
     "Austria's new chancellor sets conditions on US trade talks",
     [
         "VIENNA, June 21 (Saltmarsh Herald) - Austria's new chancellor, Christian Kern, said Austria would press for the trade talks with the United States to be called off if Washington kept pushing for special courts for investors and for lower food standards.",
         "In an interview published on Tuesday, Kern, who took office in May, said he had deep doubts about the negotiations as they stood. Austria would accept no agreement that let hormone beef or chlorine-washed chicken into European shops, he said.",
         "He said even the EU's new proposal for an investment court gave foreign companies rights that domestic firms did not have, and that Austria saw no need for it in a deal between two developed legal systems.",
         "The conservative People's Party, the junior partner in Kern's coalition, has taken a friendlier view of the talks. Its leader, Reinhold Mitterlehner, said last week that it was too early to judge an agreement that had not yet been written.",
         "Opinion polls show a large majority of Austrians oppose the trade deal.",
     ],
     [
         ("austria", "halt-ttip-talks", "conditional", "press for the trade talks with the United States to be called off if Washington", T),
         ("austria", "us-food-access", "oppose", "Austria would accept no agreement that let hormone beef or chlorine-washed chicken into European shops", T),
         ("austria", "investment-court", "oppose", "Austria saw no need for it in a deal between two developed legal systems", T),
     ]),
    # 014
    ("2016-06-24T15:30:00Z", "riverline-report", "brexit-vote-doubt-eu-us-talks",
     "Brexit vote adds new doubt to EU-US trade talks",
     [
         "BRUSSELS, June 24 (Riverline Report) - Britain's vote to leave the European Union has cast fresh doubt over the trade negotiations with the United States, in which London has been one of the strongest voices for a deal.",
         "Trade commissioner Cecilia Malmstrom said on Friday that the EU would carry on negotiating on behalf of the remaining member states and that the result did not change the Commission's mandate.",
         "In Washington, a spokesman for Michael Froman said the United States remained committed to the negotiations and would keep working with the EU to conclude them, while it assessed what the British decision meant for the shape of the agreement.",
         "Several trade experts said the loss of Britain's market would make the deal less attractive to American companies, and some suggested Washington could decide to give priority to a separate agreement with London. A European diplomat said the timetable for finishing this year, already tight, now looked out of reach.",
         "The next negotiating round is due to open in Brussels on July 11.",
     ],
     [
         ("commission", "halt-ttip-talks", "oppose", "the EU would carry on negotiating on behalf of the remaining member states", T),
         ("usa", "halt-ttip-talks", "oppose", "the United States remained committed to the negotiations", T),
     ]),
    # 015
    ("2016-07-15T17:30:00Z", "lindenport-courier", "negotiators-keep-year-end-goal",
     "Negotiators keep year-end goal as Brussels round closes",
     [
         "BRUSSELS, July 15 (Lindenport Courier) - EU and US negotiators ended their fourteenth round of trade talks in Brussels on Friday saying they still aimed to reach a deal before the end of the year, although large gaps remain on public procurement, food names and investment protection.",
         "The EU's chief negotiator, Ignacio Garcia Bercero, told reporters that finishing in 2016 was still the Commission's goal. He said the EU had tabled a revised list of geographical indications and that protecting those names remained one of Europe's central demands.",
         "Dan Mullaney, for the United States, said Washington was willing to open more public contracts to European firms, but only if the EU improved its own offers on market access.",
         "Neither side would say whether the other had moved on the EU's proposal for an investment court.",
         "The Commission published several of its negotiating proposals during the week as part of an effort to make the talks more transparent.",
     ],
     [
         ("commission", "deal-before-obama-leaves", "support", "finishing in 2016 was still the Commission's goal", T),
         ("commission", "geographical-indications", "support", "protecting those names remained one of Europe's central demands", T),
         ("usa", "us-procurement-opening", "conditional", "willing to open more public contracts to European firms, but only if the EU improved", T),
         ("usa", "deal-before-obama-leaves", "support", "they still aimed to reach a deal before the end of the year", T),
     ]),
    # 016
    ("2016-08-28T19:10:00Z", "eastgate-wire", "germany-declares-trade-talks-dead",
     "Germany declares EU-US trade talks dead",
     [
         "BERLIN, Aug 28 (Eastgate Wire) - German Economy Minister Sigmar Gabriel said on Sunday that the free trade negotiations between the European Union and the United States had in effect failed, even though nobody was yet willing to admit it.",
         "In a television interview, the vice chancellor said that after 14 rounds the two sides had not agreed on a single one of the roughly 27 chapters. Europeans must not give in to American demands, he said, and he saw no point in pretending otherwise.",
         "He said Washington had offered nothing of substance on opening its public contracts, and that Europe would not accept American food rules as the price of a deal.",
         "Gabriel, whose Social Democrats are deeply divided over trade, at the same time defended the EU's separate agreement with Canada, known as CETA, which he said was a far better deal.",
         "Chancellor Angela Merkel's office did not immediately comment on the remarks. Gabriel is expected to lead the Social Democrats into next year's federal election.",
     ],
     [
         ("gabriel", "halt-ttip-talks", "support", "had in effect failed, even though nobody was yet willing to admit it", T),
         ("usa", "us-procurement-opening", "oppose", "Washington had offered nothing of substance on opening its public contracts", F),
         ("gabriel", "us-food-access", "oppose", "Europe would not accept American food rules as the price of a deal", T),
     ]),
    # 017
    ("2016-08-29T13:20:00Z", "tidewater-post", "merkel-brussels-talks-must-go-on",
     "Merkel and Brussels say trade talks with US must go on",
     [
         "BERLIN, Aug 29 (Tidewater Post) - Chancellor Angela Merkel believes the negotiations on a trade agreement with the United States should continue, her spokesman said on Monday, distancing the government from her deputy's verdict that the talks have failed.",
         "Steffen Seibert told a regular news conference that the chancellor saw no reason not to keep negotiating and that it was right to carry on. He declined to say whether Merkel had discussed the matter with Sigmar Gabriel before the economy minister's interview on Sunday.",
         "In Brussels, Margaritis Schinas, chief spokesman for Commission President Jean-Claude Juncker, said the ball was rolling and that the Commission was making steady progress in the talks. The Commission would keep negotiating under the mandate given by the member states, he said.",
         "Gabriel's ministry said the minister stood by every word.",
         "Bernd Lange, a Social Democrat who chairs the European Parliament's trade committee, said he agreed the talks were stuck but that it was for the Commission, not national ministers, to declare them over.",
     ],
     [
         ("germany", "halt-ttip-talks", "oppose", "the chancellor saw no reason not to keep negotiating", T),
         ("commission", "halt-ttip-talks", "oppose", "The Commission would keep negotiating under the mandate given by the member states", T),
         ("gabriel", "halt-ttip-talks", "support", "the minister stood by every word", T),
     ]),
    # 018
    ("2016-08-30T11:45:00Z", "saltmarsh-herald", "france-to-demand-end-to-ttip",
     "France to demand end to TTIP negotiations",
     [
         "PARIS, Aug 30 (Saltmarsh Herald) - France will ask the European Commission next month to halt the trade negotiations with the United States, trade minister Matthias Fekl said on Tuesday, adding that the talks no longer had any political support in Paris.",
         "Fekl told a radio interviewer that he would formally make the request at a meeting of EU trade ministers in Bratislava in September. The Americans were giving nothing, or only crumbs, he said, and a clear and final end to the talks was needed so that they could later restart on a sound footing.",
         "Speaking to French ambassadors at the Elysee Palace the same day, President Francois Hollande said the negotiations had bogged down and that the positions of the two sides were out of balance. He said France would not sign up to any agreement before the end of the year.",
         "The Commission has said it will keep negotiating. A spokesman for US Trade Representative Michael Froman declined to comment.",
     ],
     [
         ("france", "halt-ttip-talks", "support", "France will ask the European Commission next month to halt the trade negotiations", T),
         ("france", "deal-before-obama-leaves", "oppose", "France would not sign up to any agreement before the end of the year", T),
         ("commission", "halt-ttip-talks", "oppose", "The Commission has said it will keep negotiating", F),
     ]),
    # 019 (copy of 018)
    ("2016-08-30T14:10:00Z", "riverline-report", "france-seeks-halt-to-us-trade-talks",
     "France says it will seek halt to US trade talks",
     [
         "PARIS, Aug 30 (Riverline Report) - France will ask the European Commission next month to halt the trade negotiations with the United States, trade minister Matthias Fekl said on Tuesday, saying the talks had lost all political support in Paris.",
         "Fekl said in a radio interview that he would put the formal request to EU trade ministers when they meet in Bratislava in September. The Americans were offering nothing, or at most crumbs, he said, and the talks needed a clear and final end so that they could one day restart on a sound basis.",
         "Addressing French ambassadors at the Elysee Palace on the same day, President Francois Hollande said the negotiations were bogged down and the two sides' positions unbalanced. He said France would not sign up to any agreement before the end of the year.",
         "The Commission has said it will keep negotiating. A spokesman for US Trade Representative Michael Froman declined to comment.",
     ],
     [
         ("france", "halt-ttip-talks", "support", "France will ask the European Commission next month to halt the trade negotiations", T),
         ("france", "deal-before-obama-leaves", "oppose", "France would not sign up to any agreement before the end of the year", T),
         ("commission", "halt-ttip-talks", "oppose", "The Commission has said it will keep negotiating", F),
     ]),
    # 020
    ("2016-08-31T09:00:00Z", "lindenport-courier", "froman-ttip-steady-progress",
     "Froman says TTIP talks making steady progress despite European doubts",
     [
         "WASHINGTON, Aug 31 (Lindenport Courier) - US Trade Representative Michael Froman rejected suggestions that the trade talks with the European Union had failed, saying in an interview published on Wednesday that they were making steady progress.",
         "Froman told a German news magazine that ambitious negotiations always looked stuck until the very end and that Washington still wanted to conclude the agreement before President Barack Obama leaves office in January.",
         "He said he was not surprised by the comments from Berlin and Paris, which he put down to the political calendar in Europe, where France and Germany both hold national elections next year. He declined to say whether he had spoken to German Economy Minister Sigmar Gabriel since the weekend.",
         "A White House spokesman said the president remained committed to the negotiations.",
         "Trade analysts in Washington said the chances of a deal this year had fallen sharply, and that the next US president would probably have to decide whether to continue.",
     ],
     [
         ("usa", "halt-ttip-talks", "oppose", "rejected suggestions that the trade talks with the European Union had failed", T),
         ("usa", "deal-before-obama-leaves", "support", "Washington still wanted to conclude the agreement before President Barack Obama leaves office", T),
     ]),
    # 021
    ("2016-08-31T15:30:00Z", "eastgate-wire", "austria-kern-calls-for-end-to-ttip",
     "Austria's Kern calls for TTIP talks to be ended",
     [
         "VIENNA, Aug 31 (Eastgate Wire) - Austrian Chancellor Christian Kern said on Wednesday that the trade negotiations between the European Union and the United States should be ended, and that he would raise the matter with other EU leaders at their summit in Bratislava next month.",
         "The talks had produced nothing that justified going on, he told reporters after a cabinet meeting in Vienna. He said it was now clear that Washington would not give up private investor tribunals, and that the honest course was to stop.",
         "In June Kern had said Austria would push for the talks to be called off only if the Americans kept up their demands.",
         "His coalition partner, the conservative People's Party, said the chancellor was getting ahead of himself. Its leader, Vice Chancellor Reinhold Mitterlehner, said the negotiations should be allowed to run their course.",
         "Kern also said the EU's agreement with Canada needed improvements before Austria could approve it.",
     ],
     [
         ("austria", "halt-ttip-talks", "support", "the trade negotiations between the European Union and the United States should be ended", T),
         ("usa", "investment-court", "oppose", "Washington would not give up private investor tribunals", F),
     ]),
    # 022
    ("2016-09-02T10:30:00Z", "tidewater-post", "foodwatch-gabriel-manoeuvre-canada-deal",
     "Foodwatch calls Gabriel's TTIP verdict a manoeuvre to save Canada deal",
     [
         "BERLIN, Sept 2 (Tidewater Post) - Foodwatch on Friday called for the trade talks with the United States to be formally ended and accused Economy Minister Sigmar Gabriel of declaring them dead only to make the EU's deal with Canada easier to sell.",
         "Gabriel, who regards the negotiations with Washington as a failure, is trying to win over his Social Democrats to the Canadian agreement before a party meeting this month.",
         "Thilo Bode, the head of Foodwatch, said the talks should not merely be left to wither but stopped by a decision of EU governments. The group said any agreement with Washington would put pressure on Europe's food rules, from hormone beef to genetically modified crops.",
         "Bode said the Canadian deal contained many of the same problems and should be rejected by the German parliament.",
         "Commentators in several German newspapers also suggested that Gabriel's remarks were aimed mainly at his party's left wing. The economy ministry rejected that reading.",
     ],
     [
         ("campaigners", "halt-ttip-talks", "support", "called for the trade talks with the United States to be formally ended", T),
         ("gabriel", "halt-ttip-talks", "support", "who regards the negotiations with Washington as a failure", F),
         ("campaigners", "us-food-access", "oppose", "any agreement with Washington would put pressure on Europe's food rules", T),
     ]),
    # 023
    ("2016-09-19T18:00:00Z", "saltmarsh-herald", "spd-backs-canada-deal-gabriel-writes-off-us",
     "SPD backs Canada deal after Gabriel writes off US talks",
     [
         "WOLFSBURG, Sept 19 (Saltmarsh Herald) - Germany's Social Democrats voted on Monday to support the EU's trade agreement with Canada, handing Sigmar Gabriel a victory at a party meeting at which he again wrote off the negotiations with the United States.",
         "Gabriel told about 200 delegates in Wolfsburg that the talks with Washington were over in all but name because the Americans had refused to move, while the Canadian deal was fair and should be approved.",
         "The Canadian agreement contains an investment court of the kind the EU has proposed for the US talks, and Gabriel said it showed that the court was the right model for settling disputes with foreign investors.",
         "The delegates attached conditions, asking for changes in how the agreement would be applied before the German parliament votes on it.",
         "Two days earlier, organisers said more than 300,000 people had marched against both agreements in seven German cities. Merkel's Christian Democrats were not represented at the meeting.",
     ],
     [
         ("gabriel", "halt-ttip-talks", "support", "the talks with Washington were over in all but name", T),
         ("gabriel", "investment-court", "support", "the court was the right model for settling disputes with foreign investors", T),
     ]),
    # 024
    ("2016-09-23T16:45:00Z", "riverline-report", "eu-keeps-talks-alive-drops-obama-deadline",
     "EU keeps US trade talks alive but drops Obama deadline",
     [
         "BRATISLAVA, Sept 23 (Riverline Report) - EU trade ministers agreed on Friday to keep negotiating a trade deal with the United States, but the European Commission signalled that it would no longer race to finish before President Barack Obama leaves office.",
         "Trade commissioner Cecilia Malmstrom said after the informal meeting in Bratislava that no minister had asked for the mandate to be withdrawn and that the talks would continue. She said the Commission would close the deal this year only if Washington improved its offers, and would not sign a weak agreement to meet a calendar.",
         "French trade minister Matthias Fekl repeated his demand for a halt to the negotiations, saying France would not change its position. He was the only minister to do so, according to diplomats.",
         "The Slovak host, economy minister Peter Ziga, said a majority of countries still backed the talks.",
         "Diplomats said the most likely outcome was a pause after the US presidential election on Nov 8.",
     ],
     [
         ("commission", "halt-ttip-talks", "oppose", "the talks would continue", T),
         ("commission", "deal-before-obama-leaves", "conditional", "close the deal this year only if Washington improved its offers", T),
         ("france", "halt-ttip-talks", "support", "Fekl repeated his demand for a halt to the negotiations", T),
     ]),
    # 025
    ("2016-10-07T20:30:00Z", "lindenport-courier", "fifteenth-round-ends-new-york",
     "Fifteenth round of EU-US trade talks ends in New York",
     [
         "NEW YORK, Oct 7 (Lindenport Courier) - The fifteenth round of negotiations on a transatlantic trade agreement ended in New York on Friday, with officials on both sides saying they had worked through the consolidated texts chapter by chapter.",
         "The week of talks, held at a hotel in midtown Manhattan, covered services, regulatory cooperation, rules of origin and small businesses, according to a schedule published by the European Commission. Around 100 officials took part.",
         "Chief negotiators Ignacio Garcia Bercero and Dan Mullaney declined to say whether a deal could still be reached before the end of the year, and no date was set for another round.",
         "Trade analysts in New York said they expected the negotiations to be put on hold after the US presidential election on Nov 8, whoever wins, and guessed that any restart would come under very different political conditions.",
         "Business groups and consumer organisations met the negotiators on Wednesday at a stakeholder session.",
     ],
     []),
    # 026
    ("2016-10-20T12:00:00Z", "eastgate-wire", "malmstrom-no-deal-without-food-names",
     "Malmstrom says no US deal without protection for European food names",
     [
         "BRUSSELS, Oct 20 (Eastgate Wire) - The European Union will not accept any trade agreement with the United States that does not protect Europe's regional food and drink names, Trade Commissioner Cecilia Malmstrom said in an interview on Thursday.",
         "Malmstrom, who is also trying to rescue the EU's deal with Canada from a veto by the Belgian region of Wallonia, said the US talks would continue for now, and that a deal before Obama leaves office was possible only if Washington made better offers.",
         "She said American negotiators had shown some openness to parts of the EU's investment court proposal, such as an appeal mechanism, though they had not accepted it as a whole. The Commission itself would not return to the old system of private arbitration, she said.",
         "She declined to say whether she expected to meet US Trade Representative Michael Froman before the end of the year.",
     ],
     [
         ("commission", "geographical-indications", "support", "will not accept any trade agreement with the United States that does not protect", T),
         ("commission", "halt-ttip-talks", "oppose", "the US talks would continue for now", T),
         ("commission", "deal-before-obama-leaves", "conditional", "a deal before Obama leaves office was possible only if Washington made better offers", T),
         ("usa", "investment-court", "conditional", "American negotiators had shown some openness to parts of the EU's investment court proposal", F),
         ("commission", "investment-court", "support", "would not return to the old system of private arbitration", T),
     ]),
    # 027
    ("2016-11-09T16:00:00Z", "tidewater-post", "trump-victory-buries-transatlantic-pact",
     "Trump victory buries transatlantic trade pact",
     [
         "BRUSSELS, Nov 9 (Tidewater Post) - Donald Trump's election as US president has left the EU's trade negotiations with the United States facing an indefinite pause, European officials said on Wednesday.",
         "Trade Commissioner Cecilia Malmstrom said it was clear the talks would not be concluded this year and that there would probably be a long break. The negotiations were not dead, she said, and the EU would be ready to continue once the new administration had settled its trade policy.",
         "Trump has said little in public about the European talks. During his campaign he attacked the Trans-Pacific Partnership and the North American Free Trade Agreement as job killers and promised to renegotiate or scrap them. His transition team did not respond to a request for comment.",
         "The EU's chief negotiator, Ignacio Garcia Bercero, had been due to travel to Washington later this month. Officials said the trip was now uncertain.",
         "Several EU diplomats said privately that they expected Trump to put the talks on ice, while some hoped his liking for one-to-one deals might in time favour an agreement with the EU.",
     ],
     [
         ("commission", "halt-ttip-talks", "oppose", "The negotiations were not dead, she said, and the EU would be ready to continue", T),
     ]),
    # 028
    ("2016-11-11T17:00:00Z", "saltmarsh-herald", "eu-puts-us-talks-in-freezer",
     "EU puts US trade talks in the freezer after Trump win",
     [
         "BRUSSELS, Nov 11 (Saltmarsh Herald) - The European Union's trade talks with the United States are likely to stay in the freezer for a long time after Donald Trump's election, Trade Commissioner Cecilia Malmstrom said on Friday after meeting EU trade ministers in Brussels.",
         "Malmstrom said the Commission was not walking away from the negotiations and that the work done so far would be kept, but that there was nothing to negotiate until Washington knew what it wanted. No new round has been scheduled.",
         "French trade minister Matthias Fekl said the election had only confirmed what France had argued since the summer, and that the talks should now be ended for good.",
         "Speaking in Luxembourg, Commission President Jean-Claude Juncker said Europe would have to teach the president-elect what the EU is and how it works.",
         "Ministers spent most of the meeting on the EU's agreement with Canada, signed last month, and on new rules for anti-dumping duties against cheap imports.",
     ],
     [
         ("commission", "halt-ttip-talks", "oppose", "the Commission was not walking away from the negotiations", T),
         ("france", "halt-ttip-talks", "support", "the talks should now be ended for good", T),
     ]),
    # 029
    ("2016-11-17T15:30:00Z", "riverline-report", "obama-merkel-concede-deal-must-wait",
     "Obama and Merkel concede trade deal must wait",
     [
         "BERLIN, Nov 17 (Riverline Report) - Barack Obama and Angela Merkel acknowledged on Thursday that the transatlantic trade agreement would not be completed before Obama leaves office, but both said the negotiations should not be thrown away.",
         "At a joint news conference in Berlin, during his last visit to Germany as president, Obama said it would be for his successor to decide how to proceed. He urged the incoming administration to build on the progress made rather than start again, saying an agreement remained in the interest of both sides.",
         "Merkel said she regretted that the talks could not be finished but was sure the two sides would return to them. Germany would not write off three years of work, she said, and she denied that the project was dead.",
         "Obama spent much of the news conference on the US election result and on relations with Russia. He travels to Peru on Friday for a summit of Asia-Pacific leaders.",
     ],
     [
         ("usa", "halt-ttip-talks", "oppose", "urged the incoming administration to build on the progress made rather than start again", T),
         ("germany", "halt-ttip-talks", "oppose", "Germany would not write off three years of work", T),
     ]),
    # 030
    ("2016-11-22T08:00:00Z", "lindenport-courier", "trump-video-quit-pacific-pact-silent-on-europe",
     "Trump video vows to quit Pacific pact, silent on Europe",
     [
         "NEW YORK, Nov 22 (Lindenport Courier) - President-elect Donald Trump said in a video message released on Monday evening that on his first day in office he would give notice of the United States' withdrawal from the Trans-Pacific Partnership, the 12-country trade pact signed earlier this year.",
         "In its place, Trump said, his administration would negotiate fair bilateral trade deals that bring jobs and industry back to American shores. The video, which set out plans for his first 100 days, made no mention of the negotiations with the European Union.",
         "European officials said they had received no signal from the Trump transition team about the transatlantic talks. One EU diplomat guessed that a two-party negotiation with Europe might fit the president-elect's stated preference for bilateral deals better than the Pacific agreement did, but said that was only speculation.",
         "Trade experts in New York said it could be months before the new administration named a trade representative and set out its priorities.",
     ],
     []),
    # 031
    ("2016-12-07T11:00:00Z", "eastgate-wire", "campaigners-demand-formal-end-commission-refuses",
     "Campaigners demand formal end to US trade talks; Commission refuses",
     [
         "BRUSSELS, Dec 7 (Eastgate Wire) - Greenpeace and Foodwatch on Wednesday urged EU governments to formally withdraw the Commission's mandate to negotiate a trade agreement with the United States, saying a pause was not enough.",
         "The two groups handed a petition to officials in Brussels and said that as long as the mandate existed, the talks could be revived at any moment by a new US administration seeking access for its farm products.",
         "A Commission spokesman said the mandate would stay in place. The negotiations were on hold, not abandoned, and the EU stood ready to resume them when Washington was ready, he said.",
         "Greenpeace also said it would oppose any future version of the agreement that included the investment court, which it said still gave foreign companies rights that others did not have.",
         "Diplomats said there was no majority among member states for withdrawing the mandate.",
     ],
     [
         ("campaigners", "halt-ttip-talks", "support", "urged EU governments to formally withdraw the Commission's mandate", T),
         ("commission", "halt-ttip-talks", "oppose", "The negotiations were on hold, not abandoned", T),
         ("campaigners", "investment-court", "oppose", "would oppose any future version of the agreement that included the investment court", T),
     ]),
    # 032
    ("2017-01-17T17:00:00Z", "tidewater-post", "froman-urges-trump-team-finish-european-deal",
     "Outgoing Froman urges Trump team to finish European trade deal",
     [
         "WASHINGTON, Jan 17 (Tidewater Post) - The European Commission and the Office of the US Trade Representative on Tuesday published a joint report on their three and a half years of trade negotiations, three days before Donald Trump takes office.",
         "The report says the two sides made substantial progress on most chapters but remained apart on public procurement, the protection of geographical indications and investment disputes.",
         "Michael Froman, who leaves office on Friday, said the agreement was within reach and that it would be a mistake for the next administration to abandon it. He said the United States still wanted European markets opened to American beef and poultry.",
         "Trade Commissioner Cecilia Malmstrom said the EU remained ready to resume the talks and would keep pressing for access to US public contracts at every level of government.",
         "Trump's transition team has not said whether it intends to continue the negotiations.",
     ],
     [
         ("usa", "halt-ttip-talks", "oppose", "it would be a mistake for the next administration to abandon it", T),
         ("usa", "us-food-access", "support", "the United States still wanted European markets opened to American beef and poultry", T),
         ("commission", "halt-ttip-talks", "oppose", "the EU remained ready to resume the talks", T),
         ("commission", "us-procurement-opening", "support", "would keep pressing for access to US public contracts at every level of government", T),
     ]),
]

SHIFTS = [
    {"actor": "usa", "issue": "us-procurement-opening", "from": "oppose", "to": "conditional", "article": "002",
     "why": "Washington tables its first procurement offer (federal contracts only) and says it could go further in exchange for better access to European markets; until then it had offered nothing."},
    {"actor": "france", "issue": "deal-before-obama-leaves", "from": "conditional", "to": "oppose", "article": "010",
     "why": "Hollande says that at this stage France says no to the agreement; in 004 Fekl said France could accept a deal this year only if Washington made real offers."},
    {"actor": "france", "issue": "halt-ttip-talks", "from": "oppose", "to": "conditional", "article": "010",
     "why": "Fekl says France will ask for the talks to be halted unless Washington makes serious offers; in 004 he said France wanted the talks to go on."},
    {"actor": "gabriel", "issue": "halt-ttip-talks", "from": "conditional", "to": "support", "article": "016",
     "why": "Gabriel declares the negotiations failed in effect; in 011 he only said Europe should be ready to end them if the Americans kept insisting on weaker protection."},
    {"actor": "france", "issue": "halt-ttip-talks", "from": "conditional", "to": "support", "article": "018",
     "why": "Fekl says France will formally ask in Bratislava for the talks to be halted, without conditions; in 010 a halt depended on Washington failing to move."},
    {"actor": "austria", "issue": "halt-ttip-talks", "from": "conditional", "to": "support", "article": "021",
     "why": "Kern says the negotiations should be ended and he will raise it with EU leaders; in 013 he would press for that only if Washington kept up its demands."},
    {"actor": "commission", "issue": "deal-before-obama-leaves", "from": "support", "to": "conditional", "article": "024",
     "why": "Malmstrom says the Commission will close the deal this year only if Washington improves its offers and will not sign a weak deal to meet the calendar; in 002 and 015 finishing in 2016 was the goal."},
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (flow-style lists and maps only)."""
    actors, issues, baseline, issue_keys = [], [], [], {}
    section, current_issue = None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split(" #")[0].rstrip() if not raw.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line[:-1].strip()
                continue
            m = re.match(r"^\s+- id: (\S+)$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                current_issue = m.group(1)
                issues.append(current_issue)
                issue_keys[current_issue] = ["id"]
                continue
            m = re.match(r"^\s+([a-z_]+): ", line)
            if m and section == "issues":
                issue_keys[current_issue].append(m.group(1))
                continue
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_keys


def build():
    arts, claims = [], {}
    for i, (published, outlet, slug, title, paras, cl) in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        d = dt.datetime.strptime(published, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        arts.append({"id": aid, "published": published, "source": OUTLETS[outlet], "url": url,
                     "title": title, "text": "\n\n".join(paras), "_outlet": outlet, "_dt": d})
        claims[aid] = [{"actor": a, "issue": s, "stance": st, "quote": q, "attributed": at}
                       for (a, s, st, q, at) in cl]
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids]}
    return arts, labels


def write(arts, labels):
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        public = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(public, fh, indent=2, ensure_ascii=True)
            fh.write("\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=True)
        fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted((a for a in arts if a["_outlet"] == slug), key=lambda a: a["_dt"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch ttip-2016 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{email.utils.format_datetime(items[0]['_dt'], usegmt=True)}</lastBuildDate>"]
        for a in items:
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{email.utils.format_datetime(a['_dt'], usegmt=True)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))


def validate(arts, labels):
    errors = []
    actors, issues, baseline, issue_keys = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues (want 5-7)")
    for iss, keys in issue_keys.items():
        if keys != ["id", "name", "description", "terms"]:
            errors.append(f"issue {iss} has fields {keys}")
    for a, s, st in baseline:
        if a not in actors or s not in issues or st not in STANCES:
            errors.append(f"bad baseline entry {a} {s} {st}")

    ids = [a["id"] for a in arts]
    if ids != [f"{i:03d}" for i in range(1, len(arts) + 1)]:
        errors.append("ids are not 001.. in order")
    for prev, cur in zip(arts, arts[1:]):
        if not prev["_dt"] < cur["_dt"]:
            errors.append(f"{cur['id']} is not after {prev['id']}")
    if len({a["url"] for a in arts}) != len(arts):
        errors.append("duplicate urls")

    for a in arts:
        d = a["_dt"]
        head = f", {MONTHS[d.month]} {d.day} ({a['source']}) - "
        m = re.match(r"^([A-Z][A-Z .'-]+)(, .*? - )", a["text"])
        if not m or m.group(2) != head:
            errors.append(f"{a['id']}: bad dateline (want 'CITY{head}')")
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append(f"{a['id']}: {n} words")
        seen = set()
        for c in labels["claims"][a["id"]]:
            if c["actor"] not in actors:
                errors.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES:
                errors.append(f"{a['id']}: bad stance {c['stance']}")
            if c["quote"] not in a["text"]:
                errors.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{a['id']}: quote over 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{a['id']}: two claims for {key}")
            seen.add(key)

    # Shifts recomputed: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(a, s): st for a, s, st in baseline}
    computed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                computed.append((c["actor"], c["issue"], prevailing[key], c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled):
        errors.append(f"shifts differ:\n  computed {sorted(computed)}\n  labelled {sorted(labelled)}")
    shift_ids = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_ids]:
        errors.append("no_alert_articles is not every non-shift article")

    for orig, copy in DUPLICATES:
        a, b = arts[int(orig) - 1], arts[int(copy) - 1]
        if a["_dt"].date() != b["_dt"].date() or a["source"] == b["source"] or not a["_dt"] < b["_dt"]:
            errors.append(f"duplicate pair {orig}/{copy} is not same-day, later, other outlet")
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][orig])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][copy])
        if ta != tb:
            errors.append(f"duplicate pair {orig}/{copy} has different claims")

    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {slug}.xml: {r.stderr.strip()}")
    return errors


def summary(arts, labels):
    allc = [c for v in labels["claims"].values() for c in v]
    by = {s: sum(c["stance"] == s for c in allc) for s in ("support", "oppose", "conditional")}
    empty = [k for k, v in labels["claims"].items() if not v]
    words = [len(a["text"].split()) for a in arts]
    print(f"{len(arts)} articles ({min(words)}-{max(words)} words), {len(allc)} claims {by}, "
          f"{sum(not c['attributed'] for c in allc)} attributed false, "
          f"{len(labels['shifts'])} shifts in {len({s['article'] for s in labels['shifts']})} articles, "
          f"no-claim articles {empty}")


def main():
    arts, labels = build()
    write(arts, labels)
    errors = validate(arts, labels)
    summary(arts, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
