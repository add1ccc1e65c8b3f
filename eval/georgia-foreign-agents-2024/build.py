#!/usr/bin/env python3
"""Build and validate the georgia-foreign-agents-2024 blind eval set.

Self-contained: writes watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this file, then checks them. Run: python3 build.py
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "caspian-wire": "Caspian Wire",
    "lowland-post": "Lowland Post",
    "eastgate-courier": "Eastgate Courier",
    "tideline-news": "Tideline News",
    "pinecrest-herald": "Pinecrest Herald",
}

WATCHLIST = """\
# shiftwatch blind set: Georgia's 2024 foreign influence ("foreign agents") law.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# Tbilisi, Moscow, Washington and Brussels also appear as plain places; such mentions carry no stance.

actors:
  - id: georgian-dream
    name: Georgian Dream and the Georgian government it controls
    aliases: [Georgian Dream, ruling party, Georgian government, Tbilisi, Bidzina Ivanishvili, Ivanishvili, Irakli Kobakhidze, Kobakhidze, Shalva Papuashvili, Papuashvili, Mamuka Mdinaradze, Mdinaradze, Kakha Kaladze, Kaladze]
  - id: zourabichvili
    name: President Salome Zourabichvili
    aliases: [Salome Zourabichvili, Zourabichvili, President Zourabichvili, Georgian president, Orbeliani Palace]
  - id: georgian-opposition
    name: Georgia's pro-Western opposition parties
    aliases: [opposition, United National Movement, UNM, Coalition for Change, Strong Georgia, Levan Khabeishvili, Khabeishvili, Tina Bokuchava, Bokuchava, Nika Melia, Melia, Nika Gvaramia, Gvaramia]
  - id: eu
    name: European Union (institutions and the EU27 acting together)
    aliases: [European Union, EU, Brussels, European Commission, European Council, Josep Borrell, Borrell, Charles Michel, Michel, Kaja Kallas, Kallas, Peter Stano, Stano, Pawel Herczynski, Herczynski]
  - id: usa
    name: United States (federal government, foreign policy)
    aliases: [United States, US, U.S., Washington, State Department, Treasury Department, Antony Blinken, Blinken, James O'Brien, O'Brien, Matthew Miller, Miller]
  - id: russia
    name: Russia
    aliases: [Russia, Russian government, Moscow, Kremlin, the Kremlin, Vladimir Putin, Putin, Dmitry Peskov, Peskov, Maria Zakharova, Zakharova, Sergei Lavrov, Lavrov]

issues:
  - id: foreign-influence-law
    name: Georgia adopts the foreign influence transparency law
    description: Georgia passes and keeps in force the law requiring groups and media with more than 20% foreign funding to register as organisations pursuing the interests of a foreign power.
    terms: [foreign agents law, foreign influence law, transparency of foreign influence, Russian law, foreign agent bill]
  - id: amend-law
    name: The foreign influence law is changed to meet its critics' objections
    description: The ruling majority amends or softens the bill or law in response to objections from the president, the opposition or Western partners.
    terms: [amend the law, amendments, changes to the law, president's remarks, compromise]
  - id: us-visa-bans
    name: The United States imposes visa bans or sanctions on Georgian officials
    description: Washington restricts visas for, or sanctions, Georgian officials responsible for the law and the crackdown on protesters.
    terms: [visa restrictions, visa bans, sanctions, travel bans, review of ties]
  - id: eu-freezes-accession
    name: The EU halts Georgia's accession process
    description: The EU freezes or suspends Georgia's progress toward membership because of the law and democratic backsliding.
    terms: [accession process, EU path, candidate status, freeze, halt accession]
  - id: drop-eu-talks-bid
    name: Georgia drops its bid to open EU accession talks
    description: The Georgian government gives up or shelves its aim of opening membership negotiations with the EU.
    terms: [accession talks, EU membership, European integration, membership negotiations, EU bid]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: zourabichvili, issue: foreign-influence-law, stance: oppose}
  - {actor: georgian-opposition, issue: foreign-influence-law, stance: oppose}
  - {actor: eu, issue: foreign-influence-law, stance: oppose}
  - {actor: usa, issue: foreign-influence-law, stance: oppose}
  - {actor: eu, issue: eu-freezes-accession, stance: oppose}
  - {actor: georgian-dream, issue: drop-eu-talks-bid, stance: oppose}
  - {actor: zourabichvili, issue: drop-eu-talks-bid, stance: oppose}
  - {actor: georgian-opposition, issue: drop-eu-talks-bid, stance: oppose}
"""

GD, ZU, OP, EU, US, RU = "georgian-dream", "zourabichvili", "georgian-opposition", "eu", "usa", "russia"
LAW, AMEND, VISA, FREEZE, DROP = "foreign-influence-law", "amend-law", "us-visa-bans", "eu-freezes-accession", "drop-eu-talks-bid"
S, O, C = "support", "oppose", "conditional"

# (published UTC, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
ARTICLES = []


def art(published, outlet, slug, title, text, claims):
    ARTICLES.append((published, outlet, slug, title, text.strip(), claims))

art("2023-03-09T11:20:00Z", "caspian-wire", "georgian-dream-withdraws-foreign-agents-bill",
    "Georgia's ruling party withdraws 'foreign agents' bill after two nights of protests", """
TBILISI, March 9 (Caspian Wire) - Georgia's ruling Georgian Dream party said on Thursday it would withdraw a bill on "foreign agents" that had brought tens of thousands of people onto the streets of the capital for two nights running.

In a statement, the party and its allies in the People's Power group said they were recalling the draft "unconditionally" to reduce confrontation in society, while complaining that opponents had spread lies about its purpose. The bill would have required groups receiving more than a fifth of their funding from abroad to register as agents of foreign influence.

Opposition parties said the announcement was not enough and that they would keep protesting until parliament formally voted the bill down. Some demonstrators also demanded the release of people detained during clashes outside parliament.

President Salome Zourabichvili, who had promised to veto the measure, welcomed the retreat as a victory for the protesters. The European Union's delegation in Tbilisi also welcomed the decision and said it encouraged Georgia's leaders to pursue reforms in line with the country's EU aspirations.
""", [
    (GD, LAW, O, 'they were recalling the draft "unconditionally" to reduce confrontation in society', True),
    (OP, LAW, O, "they would keep protesting until parliament formally voted the bill down", True),
    (ZU, LAW, O, "welcomed the retreat as a victory for the protesters", True),
    (EU, LAW, O, "The European Union's delegation in Tbilisi also welcomed the decision", True),
])

art("2024-04-03T13:05:00Z", "lowland-post", "georgian-dream-revives-foreign-influence-bill",
    "Georgian Dream revives foreign influence bill it dropped last year", """
TBILISI, April 3 (Lowland Post) - Georgian Dream will bring back the foreign influence bill it dropped after street protests last year, the ruling party's parliamentary leader Mamuka Mdinaradze said on Wednesday, reviving a fight that had threatened to derail the country's bid to join the European Union.

Mdinaradze told a briefing that the new version was identical to the 2023 draft except for one change: organisations would be described as "pursuing the interests of a foreign power" rather than as foreign agents. He said the party would push the bill through parliament during the spring session, arguing that Georgians had a right to know who funded the groups trying to influence their politics.

The United National Movement, the largest opposition party, called the move a betrayal of the country's European future and said it would fight what its members call the "Russian law" in parliament and on the street.

President Salome Zourabichvili's office said the bill was a provocation that could only serve Moscow's interests. Georgia won EU candidate status in December, and Brussels has listed media freedom and the protection of civil society among the reforms it expects.
""", [
    (GD, LAW, S, "the party would push the bill through parliament during the spring session", True),
    (OP, LAW, O, 'said it would fight what its members call the "Russian law"', True),
    (ZU, LAW, O, "the bill was a provocation that could only serve Moscow's interests", True),
])

art("2024-04-09T19:40:00Z", "eastgate-courier", "thousands-rally-as-committee-takes-up-bill",
    "Thousands rally outside Georgian parliament as committee takes up bill", """
TBILISI, April 9 (Eastgate Courier) - Several thousand people rallied outside Georgia's parliament on Tuesday evening as lawmakers held the first committee hearing on the revived foreign influence bill, blocking Rustaveli Avenue for several hours.

Many waved Georgian and EU flags. Police kept the two sides apart inside the building after a scuffle between lawmakers broke out during the hearing, and the session was briefly suspended.

Analysts in Tbilisi said the ruling party might yet shelve the bill again if the protests grew as large as last year's, though others expected the majority to press ahead before the October parliamentary election. "Everything depends on how big the crowd gets," said one political scientist, who asked not to be named.

A spokesman for Georgian Dream declined to say whether the party would accept any changes to the text before the first reading, scheduled for next week. The European Commission's spokesperson in Brussels said the bloc was following events closely and would comment on the text once lawmakers had voted on it.
""", [])

art("2024-04-17T10:15:00Z", "pinecrest-herald", "georgia-passes-bill-first-reading-eu-warns",
    "Georgia passes foreign influence bill in first reading; EU warns of damage to membership path", """
TBILISI, April 17 (Pinecrest Herald) - Georgia's parliament approved the foreign influence bill in a first reading on Wednesday, 83 lawmakers to none, after opposition deputies walked out of the chamber in protest.

The European Union responded within hours. Josep Borrell, the bloc's foreign policy chief, said in a statement with the European Commission that the law was not consistent with EU norms and values and that its final adoption would negatively affect Georgia's progress on its EU path. Officials in Brussels made clear that the step toward accession talks expected later this year would be off the table if the bill became law.

The bill requires non-governmental groups and media outlets that receive more than 20% of their funding from abroad to register as organisations pursuing the interests of a foreign power.

Georgian Dream lawmakers said the vote showed the majority's determination. Outside, police held back protesters who tried to block the entrances to parliament overnight.
""", [
    (GD, LAW, S, "Georgian Dream lawmakers said the vote showed the majority's determination", True),
    (OP, LAW, O, "opposition deputies walked out of the chamber in protest", True),
    (EU, LAW, O, "the law was not consistent with EU norms and values", True),
    (EU, FREEZE, C, "its final adoption would negatively affect Georgia's progress on its EU path", True),
])

art("2024-04-17T14:50:00Z", "tideline-news", "lawmakers-back-foreign-influence-bill-brussels-reacts",
    "Lawmakers back foreign influence bill at first reading, Brussels reacts", """
TBILISI, April 17 (Tideline News) - Lawmakers in Georgia passed the foreign influence bill at its first reading on Wednesday by 83 votes to none, with opposition members having walked out of the chamber in protest.

The European Union reacted within hours. Its foreign policy chief Josep Borrell said in a joint statement with the European Commission that the law was not consistent with EU norms and values and that its final adoption would negatively affect Georgia's progress on its EU path. Brussels officials signalled that the next step toward accession talks, expected later this year, would be off the table if the bill became law.

Under the bill, NGOs and media outlets receiving more than 20% of their funding from abroad must register as organisations pursuing the interests of a foreign power.

Georgian Dream lawmakers said the vote showed the majority's determination. Police outside held back demonstrators trying to block the parliament's entrances overnight.
""", [
    (GD, LAW, S, "Georgian Dream lawmakers said the vote showed the majority's determination", True),
    (OP, LAW, O, "opposition members having walked out of the chamber in protest", True),
    (EU, LAW, O, "the law was not consistent with EU norms and values", True),
    (EU, FREEZE, C, "its final adoption would negatively affect Georgia's progress on its EU path", True),
])

art("2024-04-18T18:30:00Z", "caspian-wire", "us-urges-georgia-drop-bill-kremlin-denies-role",
    "US urges Georgia to drop foreign influence bill; Kremlin denies any role", """
WASHINGTON, April 18 (Caspian Wire) - The United States urged Georgia's government on Thursday to drop the foreign influence bill, saying it would stifle free speech and undercut the country's ambitions to join Western institutions.

State Department spokesman Matthew Miller told reporters that Washington was deeply concerned by the first-reading vote and that the draft mirrored Kremlin-inspired legislation used to crush dissent in Russia. "We call on the government to reconsider," he said.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the Georgian bill and that it was an internal matter for Tbilisi. He accused foreign capitals of using the debate to stir up anti-Russian feeling and noted that the United States had its own law on foreign agents, dating back to the 1930s.

Georgian officials have rejected the comparison with Russia, pointing to the US Foreign Agents Registration Act as their model. Prime Minister Irakli Kobakhidze is due to meet Western ambassadors in Tbilisi next week.
""", [
    (US, LAW, O, "The United States urged Georgia's government on Thursday to drop the foreign influence bill", True),
])

art("2024-04-22T12:10:00Z", "eastgate-courier", "kobakhidze-will-not-withdraw-bill-president-vows-veto",
    "Kobakhidze says bill will not be withdrawn; president vows veto", """
TBILISI, April 22 (Eastgate Courier) - Prime Minister Irakli Kobakhidze said on Monday that his government would not withdraw the foreign influence bill, brushing aside calls from Brussels and Washington to scrap it.

Kobakhidze told a news conference that the law would make foreign funding of non-governmental groups transparent and that it was "fully in line" with European standards. He said Georgian Dream had no intention of letting foreign-funded groups run the country's politics behind closed doors.

Parliament speaker Shalva Papuashvili said the majority saw no reason to change a single word of the text, which he said had been debated for more than a year.

President Salome Zourabichvili, speaking after a meeting with European ambassadors, said she would veto the bill as soon as it reached her desk. She said the law was a copy of Russian legislation and had no place in a country that wanted to join the EU. Her veto can be overridden by a simple majority of parliament, which Georgian Dream controls.
""", [
    (GD, LAW, S, "his government would not withdraw the foreign influence bill", True),
    (EU, LAW, O, "calls from Brussels and Washington to scrap it", False),
    (US, LAW, O, "calls from Brussels and Washington to scrap it", False),
    (GD, AMEND, O, "the majority saw no reason to change a single word of the text", True),
    (ZU, LAW, O, "she would veto the bill as soon as it reached her desk", True),
])

art("2024-04-29T17:45:00Z", "lowland-post", "ivanishvili-rally-global-party-of-war",
    "Ivanishvili tells rally a 'global party of war' is behind the protests", """
TBILISI, April 29 (Lowland Post) - Bidzina Ivanishvili, the billionaire founder of Georgian Dream, made a rare public speech on Monday at a rally the party organised in support of the foreign influence bill, accusing a "global party of war" of using foreign-funded groups to drag Georgia into conflict with Russia.

Ivanishvili told tens of thousands of supporters, many of them bussed in from the regions, that the bill would protect Georgia's sovereignty and that the party would see it through. He insisted Georgia would join the European Union by 2030, but "with dignity", and said the country would not give up its European goal because of pressure from Brussels.

He also promised that after the October election his party would seek to ban the United National Movement, which it blames for the 2008 war with Russia.

Opposition leaders dismissed the rally as a show of force paid for with state resources. Several thousand people marched separately to parliament that evening, chanting "No to the Russian law".
""", [
    (GD, LAW, S, "the bill would protect Georgia's sovereignty and that the party would see it through", True),
    (GD, DROP, O, "the country would not give up its European goal", True),
])

art("2024-05-01T06:30:00Z", "pinecrest-herald", "tear-gas-after-second-reading",
    "Police fire tear gas in Tbilisi after second reading of foreign influence bill", """
TBILISI, May 1 (Pinecrest Herald) - Georgian riot police fired tear gas and rubber bullets at protesters outside parliament overnight after lawmakers approved the foreign influence bill at its second reading, 83 votes to 23.

The vote went ahead after Georgian Dream rejected all opposition amendments in committee. Levan Khabeishvili, chairman of the United National Movement, appeared in parliament with his face bandaged after what his party said was a beating by police. He told the chamber the opposition would never accept the law and called on Georgians to keep coming to Rustaveli Avenue.

The Interior Ministry said officers had responded to protesters who tried to storm the building.

In Washington, Republican Senator Jim Risch said lawmakers were preparing measures that could include sanctions on Georgian officials responsible for the crackdown. The senator's remarks do not reflect a decision by the administration, which has so far not announced any measures.
""", [
    (GD, AMEND, O, "Georgian Dream rejected all opposition amendments in committee", True),
    (OP, LAW, O, "the opposition would never accept the law", True),
])

art("2024-05-07T15:00:00Z", "tideline-news", "brussels-declines-to-say-whether-it-would-freeze-georgia",
    "Brussels declines to say whether it would freeze Georgia's accession", """
BRUSSELS, May 7 (Tideline News) - The European Commission repeated on Tuesday that Georgia's foreign influence bill was incompatible with the values the country signed up to as an EU candidate, but declined to say whether Brussels would freeze Georgia's accession process if the law were passed.

"We are not going to speculate on what comes next," Commission spokesman Peter Stano told reporters, adding that member states would discuss Georgia in due course.

Diplomats said a handful of governments, led by the Baltic states, wanted the bloc to prepare concrete consequences, while others preferred to keep channels open to Tbilisi ahead of the October election. One diplomat suggested that the EU could quietly delay any decision until after the vote.

Hungary's government, which has close ties to Georgian Dream, has signalled that it would oppose any punitive step. The United States, which has also urged Tbilisi to drop the bill, is expected to coordinate any response with European capitals.
""", [
    (EU, LAW, O, "Georgia's foreign influence bill was incompatible with the values", True),
    (US, LAW, O, "The United States, which has also urged Tbilisi to drop the bill", False),
])

art("2024-05-11T21:20:00Z", "caspian-wire", "tens-of-thousands-march-in-tbilisi",
    "Tens of thousands march in Tbilisi days before final vote", """
TBILISI, May 11 (Caspian Wire) - Tens of thousands of Georgians marched through central Tbilisi on Saturday evening in one of the largest protests since independence, filling Europe Square and the streets around parliament days before the final vote on the foreign influence bill.

Students, who have been the backbone of the nightly protests, were joined by doctors, artists and football supporters. Many carried EU flags and banners reading "Yes to Europe".

Leaders of the United National Movement and other opposition parties told the crowd that they would keep up the pressure until the law was withdrawn. Nika Melia, a former chairman of the UNM, said the ruling party was turning its back on Europe.

Georgian Dream did not comment on the march. The party's general secretary, Kakha Kaladze, who is also mayor of Tbilisi, said earlier in the week that the final reading would go ahead as planned on Tuesday.
""", [
    (OP, LAW, O, "they would keep up the pressure until the law was withdrawn", True),
    (GD, LAW, S, "the final reading would go ahead as planned on Tuesday", True),
])

art("2024-05-14T16:40:00Z", "lowland-post", "parliament-adopts-law-us-warns-of-restrictions",
    "Georgia adopts foreign influence law as US envoy warns of travel bans", """
TBILISI, May 14 (Lowland Post) - Georgia's parliament adopted the foreign influence law at its third and final reading on Tuesday, 84 votes to 30, as crowds outside chanted "slaves" at Georgian Dream lawmakers leaving the building.

The vote came hours after James O'Brien, the US assistant secretary of state for European affairs, wrapped up talks in Tbilisi with Prime Minister Irakli Kobakhidze. O'Brien told reporters that if the law was passed in a form that did not meet democratic standards, the United States would impose restrictions on those responsible, including travel bans. He said US assistance worth hundreds of millions of dollars could also come under review.

Kobakhidze said after the vote that the law would strengthen Georgia's sovereignty and that foreign partners should respect the decision of the Georgian parliament.

President Salome Zourabichvili repeated that she would veto the law, a move Georgian Dream has the votes to override.
""", [
    (US, VISA, C, "if the law was passed in a form that did not meet democratic standards", True),
    (GD, LAW, S, "the law would strengthen Georgia's sovereignty", True),
    (ZU, LAW, O, "repeated that she would veto the law", True),
])

art("2024-05-14T19:05:00Z", "pinecrest-herald", "lawmakers-give-final-approval-obrien-warns",
    "Georgian lawmakers give final approval to foreign influence law; O'Brien warns of restrictions", """
TBILISI, May 14 (Pinecrest Herald) - Georgian lawmakers gave final approval on Tuesday to the foreign influence law, by 84 votes to 30, while protesters outside shouted "slaves" at members of the ruling Georgian Dream party as they left the building.

The vote followed talks in Tbilisi between Prime Minister Irakli Kobakhidze and James O'Brien, the US assistant secretary of state for European affairs. O'Brien told reporters that if the law was passed in a form that did not meet democratic standards, the United States would impose restrictions on those responsible, among them travel bans. He added that hundreds of millions of dollars in US assistance could also be reviewed.

After the vote, Kobakhidze said the law would strengthen Georgia's sovereignty and that foreign partners should respect the decision of the Georgian parliament.

President Salome Zourabichvili said again that she would veto the law, which Georgian Dream has enough votes to override.
""", [
    (US, VISA, C, "if the law was passed in a form that did not meet democratic standards", True),
    (GD, LAW, S, "the law would strengthen Georgia's sovereignty", True),
    (ZU, LAW, O, "said again that she would veto the law", True),
])

art("2024-05-15T09:30:00Z", "eastgate-courier", "ruling-party-offers-talks-on-president-remarks",
    "Ruling party offers to weigh changes if president joins talks; she refuses", """
TBILISI, May 15 (Eastgate Courier) - Georgian Dream offered on Wednesday to consider changes to the newly adopted foreign influence law if President Salome Zourabichvili sat down for talks with the ruling party before deciding on her veto.

Prime Minister Irakli Kobakhidze said the majority was ready to take the president's remarks into account, provided she presented them in the legally required form and engaged in a "substantive dialogue" rather than addressing crowds. He said the offer would stay open until parliament took up her veto.

Zourabichvili turned down the invitation within hours, calling it a game meant to split the protest movement. "There is nothing to negotiate about a Russian law," she told reporters at the Orbeliani Palace, adding that she would send the law back to parliament with a veto.

Opposition parties also rejected any talks with the government over the text and demanded a full repeal.
""", [
    (GD, AMEND, C, "the majority was ready to take the president's remarks into account", True),
    (ZU, LAW, O, "There is nothing to negotiate about a Russian law", True),
    (OP, LAW, O, "demanded a full repeal", True),
])

art("2024-05-15T15:10:00Z", "tideline-news", "eu-says-law-negatively-impacts-georgia-path",
    "EU says law hurts Georgia's membership path, urges withdrawal", """
BRUSSELS, May 15 (Tideline News) - The European Union said on Wednesday that Georgia's adoption of the foreign influence law "negatively impacts" the country's progress on its path to membership and urged the authorities in Tbilisi to withdraw it.

In a joint statement, Josep Borrell and the European Commission said the EU and its member states were considering all options in response. Charles Michel, president of the European Council, wrote on social media that the law was not in line with Georgia's EU aspirations and that Georgians' future was in their own hands.

Foreign ministers of Lithuania, Latvia, Estonia and Iceland, visiting Tbilisi, joined protesters on Rustaveli Avenue on Tuesday night. Lithuania's Gabrielius Landsbergis said Georgia was at a crossroads.

Georgian Dream accused the visiting ministers of meddling in the country's internal affairs.
""", [
    (EU, LAW, O, "urged the authorities in Tbilisi to withdraw it", True),
    (EU, FREEZE, C, "the EU and its member states were considering all options in response", True),
])

art("2024-05-18T13:00:00Z", "caspian-wire", "zourabichvili-vetoes-foreign-influence-law",
    "Zourabichvili vetoes foreign influence law; speaker promises override", """
TBILISI, May 18 (Caspian Wire) - President Salome Zourabichvili vetoed Georgia's foreign influence law on Saturday, calling it Russian in its essence and spirit and at odds with the constitution.

In a televised address, she said the law had to be repealed in its entirety, and her formal remarks to parliament proposed deleting every one of its articles. "Today I vetoed the law," she said.

Parliament speaker Shalva Papuashvili responded that lawmakers would overturn the veto next week. He said the president had chosen confrontation over the dialogue the majority had offered, but that Georgian Dream still wanted to hear any concrete proposals she had.

The veto is largely symbolic, since Georgian Dream and its allies have enough votes to override it with a simple majority of 76 seats in the 150-member chamber.
""", [
    (ZU, LAW, O, "vetoed Georgia's foreign influence law on Saturday", True),
    (GD, LAW, S, "lawmakers would overturn the veto next week", True),
    (GD, AMEND, C, "Georgian Dream still wanted to hear any concrete proposals she had", True),
])

art("2024-05-21T11:25:00Z", "lowland-post", "kremlin-accuses-us-of-interference-in-georgia",
    "Kremlin accuses US of interference over Georgia travel ban threat", """
MOSCOW, May 21 (Lowland Post) - The Kremlin on Tuesday accused the United States of open interference in Georgia's affairs, after Washington warned it could bar Georgian officials from entering the country over the foreign influence law.

Kremlin spokesman Dmitry Peskov said threats of travel restrictions against Georgian officials were "unconcealed interference" that Moscow rejected, and that Georgia had every right to pass its own laws. He said Russia was not involved in the legislation.

Russian Foreign Ministry spokeswoman Maria Zakharova added that Western embassies in Tbilisi had spent years funding groups that now led the street protests.

In Tbilisi, a Georgian Dream spokesperson declined to say whether the government had been in contact with Moscow about the law. Georgia broke off diplomatic relations with Russia after the 2008 war, and the two countries have no embassies in each other's capitals.
""", [
    (RU, VISA, O, 'threats of travel restrictions against Georgian officials were "unconcealed interference"', True),
])

art("2024-05-23T20:15:00Z", "pinecrest-herald", "blinken-announces-visa-restrictions-review-of-ties",
    "Blinken announces visa restrictions and review of ties with Georgia", """
WASHINGTON, May 23 (Pinecrest Herald) - Secretary of State Antony Blinken announced on Thursday a new visa restriction policy for Georgians who undermine democracy in the country, and said Washington was starting a comprehensive review of all bilateral cooperation with Tbilisi.

Blinken said in a statement that the restrictions would cover individuals responsible for the passage of the foreign influence law and for violence against peaceful protesters, as well as their family members. He said he hoped Georgia's leaders would reconsider, but that the United States would act on its words.

In Tbilisi, Prime Minister Irakli Kobakhidze called the move blackmail and said Georgia would not trade its sovereignty for American visas. He said the government would not bow to threats from any foreign country.

The State Department did not say how many people might be affected.
""", [
    (US, VISA, S, "announced on Thursday a new visa restriction policy for Georgians who undermine democracy", True),
    (US, LAW, O, "he hoped Georgia's leaders would reconsider", True),
    (GD, VISA, O, "called the move blackmail", True),
    (GD, LAW, S, "Georgia would not trade its sovereignty for American visas", True),
])

art("2024-05-28T15:35:00Z", "eastgate-courier", "parliament-overrides-veto",
    "Georgia's parliament overrides veto; Kobakhidze rules out changes", """
TBILISI, May 28 (Eastgate Courier) - Georgia's parliament overrode President Salome Zourabichvili's veto of the foreign influence law on Tuesday, 84 votes to 4, clearing the way for it to take effect within weeks.

Prime Minister Irakli Kobakhidze said the president had never brought forward a single concrete proposal and that the ruling party would therefore make no changes to the law. "The law will be implemented as it stands," he told lawmakers.

Most opposition deputies boycotted the session or walked out during the debate. Tina Bokuchava, chairwoman of the United National Movement, said the opposition would repeal the law as soon as it won power in the October election.

Zourabichvili has five days to sign the law, failing which the speaker may sign it instead. She said she would not sign it. Crowds gathered outside the building again after the vote, but were smaller than at the height of the protests this month.
""", [
    (GD, AMEND, O, "the ruling party would therefore make no changes to the law", True),
    (GD, LAW, S, "The law will be implemented as it stands", True),
    (OP, LAW, O, "the opposition would repeal the law as soon as it won power", True),
    (ZU, LAW, O, "She said she would not sign it", True),
])

art("2024-06-06T19:50:00Z", "caspian-wire", "us-imposes-first-visa-restrictions",
    "US imposes first visa restrictions on Georgian officials", """
WASHINGTON, June 6 (Caspian Wire) - The United States imposed visa restrictions on several dozen Georgians on Thursday, including members of the ruling Georgian Dream party and police officers, under the policy announced last month over the foreign influence law.

Secretary of State Antony Blinken said the individuals were responsible for undermining democracy in Georgia, and that further steps remained possible. The State Department did not publish their names, citing visa confidentiality rules.

In Tbilisi, the United National Movement welcomed the move and urged Washington to go further by sanctioning Bidzina Ivanishvili, the ruling party's founder. Georgian Dream lawmakers said none of them had plans to travel to the United States and that the measure would change nothing.

Georgia is one of the largest per-capita recipients of US aid in the region, and the review of that assistance announced in May has not been completed.
""", [
    (US, VISA, S, "The United States imposed visa restrictions on several dozen Georgians on Thursday", True),
    (OP, VISA, S, "the United National Movement welcomed the move", True),
])

art("2024-06-13T12:00:00Z", "tideline-news", "opposition-signs-presidents-charter",
    "Opposition parties sign president's charter pledging to repeal law", """
TBILISI, June 13 (Tideline News) - Most of Georgia's pro-Western opposition parties signed a charter drawn up by President Salome Zourabichvili on Thursday, committing to repeal the foreign influence law and other measures that have strained ties with the European Union if they win October's parliamentary election.

The Georgian Charter proposes a technical government that would undo the laws, carry out reforms requested by Brussels and call fresh elections within a year. Zourabichvili said it was the only way to put Georgia back on its European path.

The United National Movement and several smaller pro-European parties were among the signatories. Some parties have yet to decide whether to sign.

Georgian Dream dismissed the document as an attempt by the president to lead the opposition, something it says the constitution forbids. Campaigning for the October 26 vote is expected to begin formally in late August.
""", [
    (OP, LAW, O, "committing to repeal the foreign influence law", True),
    (ZU, LAW, O, "Zourabichvili said it was the only way to put Georgia back on its European path", True),
])

art("2024-06-20T10:45:00Z", "lowland-post", "kobakhidze-says-nobody-can-halt-eu-path",
    "Kobakhidze says nobody can halt Georgia's path to the EU", """
TBILISI, June 20 (Lowland Post) - Prime Minister Irakli Kobakhidze said on Thursday that nobody could halt Georgia's movement toward the European Union, a week before EU leaders were due to discuss the country at a summit in Brussels.

Kobakhidze told reporters that the government remained committed to opening accession talks and dismissed warnings that the foreign influence law had put that goal out of reach. He said Georgia had done more than any other candidate to meet the bloc's recommendations.

President Salome Zourabichvili, in a letter to EU leaders, asked them not to punish Georgians for the actions of their government and to keep the door to membership open. She said the ruling party, not the people, had turned away from Europe.

Diplomats in Brussels said the summit was likely to send a tough message, but were divided on whether the bloc would formally freeze the process.
""", [
    (GD, FREEZE, O, "nobody could halt Georgia's movement toward the European Union", True),
    (GD, DROP, O, "the government remained committed to opening accession talks", True),
    (ZU, FREEZE, O, "asked them not to punish Georgians for the actions of their government", True),
])

art("2024-06-27T22:30:00Z", "caspian-wire", "eu-leaders-say-georgia-accession-halted",
    "EU leaders say Georgia's accession process is halted", """
BRUSSELS, June 27 (Caspian Wire) - European Union leaders said on Thursday that Georgia's foreign influence law had put the country's accession process on hold, the bloc's sharpest response yet to the legislation.

In conclusions adopted at a summit in Brussels, the 27 leaders said the law represented backsliding on the steps set out for Georgia's candidate status and that the government's course of action "de facto leads to a halt" of the accession process. They called on the authorities to change course.

"The ball is in Georgia's court," European Council President Charles Michel told reporters after the meeting.

Hungary's Viktor Orban, who has defended Georgian Dream, did not block the text. In Tbilisi, Georgian Dream said the conclusions were based on misinformation spread by the opposition and foreign-funded groups.
""", [
    (EU, FREEZE, S, 'the government\'s course of action "de facto leads to a halt" of the accession process', True),
    (EU, LAW, O, "They called on the authorities to change course", True),
    (GD, FREEZE, O, "the conclusions were based on misinformation", True),
])

art("2024-07-09T13:20:00Z", "pinecrest-herald", "eu-envoy-says-accession-halted-aid-frozen",
    "EU envoy says Georgia's accession halted, military aid frozen", """
TBILISI, July 9 (Pinecrest Herald) - The EU's ambassador to Georgia said on Tuesday that the country's accession process was de facto halted and that Brussels had frozen 30 million euros in military aid meant for the Georgian armed forces this year.

Ambassador Pawel Herczynski told reporters the foreign influence law and the government's "anti-EU rhetoric" had set Georgia's path back, and that ties would remain strained unless the authorities changed course. He said the EU would redirect some funding toward civil society and independent media.

Georgian Dream said the bloc was punishing the army for political reasons. Papuashvili, the parliament speaker, said the government would not be pushed into repealing a law that most Georgians supported.

Asked whether the freeze could be lifted before the October election, Herczynski declined to say.
""", [
    (EU, FREEZE, S, "the country's accession process was de facto halted", True),
    (GD, LAW, S, "the government would not be pushed into repealing a law", True),
])

art("2024-08-02T08:55:00Z", "tideline-news", "registry-opens-ngos-refuse-to-sign-up",
    "Foreign influence registry opens; leading NGOs refuse to sign up", """
TBILISI, Aug 2 (Tideline News) - Georgia's foreign influence law took effect this week as the Justice Ministry's public registry opened for organisations that receive more than a fifth of their funding from abroad, giving them a month to sign up.

Dozens of prominent non-governmental groups, including Transparency International Georgia and the Georgian Young Lawyers' Association, said they would not register and would challenge the law in the Constitutional Court. Several independent media outlets said they would rather pay fines.

Lawyers said it was unclear how strictly the authorities would enforce the deadline before the October 26 election, and some expected inspections to begin only after the vote. The ministry has published guidance on how to file but has not said how many groups have applied.

The law's critics note that it allows officials to demand access to an organisation's internal documents, including personal data. Supporters say it does no more than shine a light on foreign money.
""", [])

art("2024-10-27T09:40:00Z", "eastgate-courier", "georgian-dream-wins-election-opposition-cries-foul",
    "Georgian Dream wins election; opposition and president reject results", """
TBILISI, Oct 27 (Eastgate Courier) - Georgian Dream won Saturday's parliamentary election with about 54% of the vote, according to official results, but the four main opposition groups refused to recognise the outcome, saying the vote had been stolen.

The ruling party, which forced the foreign influence law through parliament in May despite weeks of protests, will keep its majority. Ivanishvili told supporters the victory showed Georgians' wisdom. Prime Minister Irakli Kobakhidze said the new government would keep the country on course to join the EU by 2030 and would work to restore relations with Brussels.

President Salome Zourabichvili said she did not accept the results, which she described as a "total falsification", and called on people to rally on Rustaveli Avenue on Monday.

International observers from the OSCE reported vote buying, pressure on public sector workers and breaches of ballot secrecy. Hungary's Viktor Orban congratulated Georgian Dream before the final count was in and is due in Tbilisi on Monday.
""", [
    (GD, DROP, O, "the new government would keep the country on course to join the EU by 2030", True),
    (GD, LAW, S, "forced the foreign influence law through parliament in May", False),
])

art("2024-11-28T17:25:00Z", "lowland-post", "georgia-shelves-eu-accession-talks-until-2028",
    "Georgia shelves EU accession talks until 2028, prime minister says", """
TBILISI, Nov 28 (Lowland Post) - Georgia will not seek to open membership talks with the European Union until the end of 2028, Prime Minister Irakli Kobakhidze said on Thursday, accusing Brussels of using the accession process to blackmail the country.

Kobakhidze said the government was taking the question of accession talks off its agenda for four years and would also refuse EU budget grants until then. He said Georgia would still aim to be ready to join the bloc by 2030, but on its own terms.

The announcement came hours after the European Parliament adopted a resolution rejecting the October election results and calling for a rerun.

President Salome Zourabichvili said the government had declared war on its own people and that she would not let it steer the country away from Europe. Opposition leaders called on Georgians to take to the streets against the decision, and thousands gathered outside parliament within hours.
""", [
    (GD, DROP, S, "the government was taking the question of accession talks off its agenda", True),
    (ZU, DROP, O, "she would not let it steer the country away from Europe", True),
    (OP, DROP, O, "Opposition leaders called on Georgians to take to the streets against the decision", True),
])

art("2024-11-30T21:10:00Z", "pinecrest-herald", "us-suspends-strategic-partnership-with-georgia",
    "US suspends strategic partnership with Georgia", """
WASHINGTON, Nov 30 (Pinecrest Herald) - The United States suspended its strategic partnership with Georgia on Saturday, after the government in Tbilisi froze its bid to open European Union accession talks and police broke up protests with water cannon.

State Department spokesman Matthew Miller said Washington condemned the decision to suspend Georgia's EU accession process, calling it a betrayal of the Georgian constitution, which commits the country to European integration. He said the crackdown on protesters was further evidence that Georgian Dream was moving away from the West.

Kobakhidze, speaking in Tbilisi, said the pause on accession talks would stand and that the government had not given up on Europe, only on being blackmailed by it. He said there would be no talks with the opposition.

The Kremlin said it was watching the events closely but that they were an internal affair for Georgia.
""", [
    (US, DROP, O, "Washington condemned the decision to suspend Georgia's EU accession process", True),
    (GD, DROP, S, "the pause on accession talks would stand", True),
])

art("2024-12-02T18:00:00Z", "eastgate-courier", "kobakhidze-rejects-calls-to-reverse-suspension",
    "Kobakhidze rejects calls to reverse suspension of EU talks as protests grow", """
TBILISI, Dec 2 (Eastgate Courier) - Georgia's prime minister rejected calls on Monday to reverse his government's suspension of EU accession talks, as protests against the decision entered a fifth night and police detained more than 200 people.

Irakli Kobakhidze told a news conference that the question was closed. He said his government would not revisit the decision before 2028 whatever the pressure from the street or from abroad, and accused opposition parties of organising violence.

Kaja Kallas, the EU's new foreign policy chief, said on her first day in office that the bloc regretted the government's decision and stood with the Georgian people. She said the move would have consequences for relations with the EU and that ministers would discuss options this month.

President Salome Zourabichvili, whose term ends this month, said she would not leave office until a new election was held, arguing that the parliament that would choose her successor was illegitimate.
""", [
    (GD, DROP, S, "He said his government would not revisit the decision before 2028", True),
    (EU, DROP, O, "the bloc regretted the government's decision", True),
])

art("2024-12-16T16:30:00Z", "tideline-news", "eu-ministers-fail-to-agree-georgia-sanctions",
    "EU ministers fail to agree on Georgia sanctions; Kallas says accession frozen", """
BRUSSELS, Dec 16 (Tideline News) - European Union foreign ministers failed on Monday to agree on sanctions against Georgian officials over the violent crackdown on protesters, after Hungary and Slovakia blocked the proposal.

Kaja Kallas, the EU foreign policy chief, said Georgia's accession process was effectively frozen and that the bloc would now look at suspending visa-free travel for holders of Georgian diplomatic and service passports, a step that does not need unanimity.

Some ministers said they would pursue national measures instead. The three Baltic states have already banned entry to a number of Georgian officials, including Ivanishvili.

In Tbilisi, Kobakhidze said the government would not respond to what he called Brussels' blackmail, and repeated that Georgia would take up accession talks again only after 2028.
""", [
    (EU, FREEZE, S, "Georgia's accession process was effectively frozen", True),
    (GD, DROP, S, "Georgia would take up accession talks again only after 2028", True),
])

art("2024-12-27T19:45:00Z", "caspian-wire", "us-sanctions-ivanishvili",
    "US sanctions Georgian Dream founder Ivanishvili", """
WASHINGTON, Dec 27 (Caspian Wire) - The United States imposed sanctions on Friday on Bidzina Ivanishvili, the billionaire founder of Georgia's ruling party, accusing him of undermining the country's democratic and Euro-Atlantic future for the benefit of Russia.

The Treasury Department said Ivanishvili's party had pursued policies, including the foreign influence law, that eroded democratic institutions and made Georgia more vulnerable to Moscow. Secretary of State Antony Blinken said the United States would keep holding to account those responsible for the crackdown.

Ivanishvili said in a statement that the sanctions showed how weak the outgoing US administration had become and that he expected relations to improve after the inauguration in January. Parliament speaker Shalva Papuashvili called the measure an attempt to punish Georgia for defending its sovereignty.

Opposition parties welcomed the sanctions but said Europe should follow.
""", [
    (US, VISA, S, "The United States imposed sanctions on Friday on Bidzina Ivanishvili", True),
    (US, LAW, O, "including the foreign influence law, that eroded democratic institutions", True),
    (GD, VISA, O, "called the measure an attempt to punish Georgia for defending its sovereignty", True),
    (OP, VISA, S, "Opposition parties welcomed the sanctions", True),
])

SHIFTS = [
    (GD, LAW, O, S, "002", "Mdinaradze announces that Georgian Dream will reintroduce the bill and push it through in the spring session; in 001 (March 2023) the party withdrew the draft unconditionally."),
    (EU, FREEZE, O, C, "004", "Borrell and the Commission say final adoption would negatively affect Georgia's EU path: the first time the EU ties Georgia's progress to the bill; it had granted candidate status in December."),
    (GD, AMEND, O, C, "014", "Kobakhidze says the majority is ready to take the president's remarks into account provided she engages in dialogue; in 007 Papuashvili saw no reason to change a single word and in 009 the party rejected all amendments."),
    (US, VISA, C, S, "018", "Blinken announces a visa restriction policy and a review of ties; in 012 O'Brien only threatened restrictions if the law passed in a form that did not meet democratic standards."),
    (GD, AMEND, C, O, "019", "After the override Kobakhidze says the ruling party will make no changes and the law will be implemented as it stands, withdrawing the offer made in 014 and repeated in 016."),
    (EU, FREEZE, C, S, "023", "EU leaders' summit conclusions say the government's course de facto leads to a halt of the accession process; before they only warned (004, 015)."),
    (GD, DROP, O, S, "027", "Kobakhidze takes accession talks off the agenda until the end of 2028; in 008, 022 and 026 the party said it would not give up its European goal and remained committed to opening talks."),
]

DUPLICATES = [("004", "005"), ("012", "013")]


def slugdate(published):
    return published[:10].replace("-", "/")


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    docs, claims = [], {}
    for i, (published, outlet, slug, title, text, cl) in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        doc = {
            "id": aid,
            "published": published,
            "source": OUTLETS[outlet],
            "url": f"https://example.org/{outlet}/{slugdate(published)}/{slug}",
            "title": title,
            "text": text,
        }
        docs.append((outlet, doc))
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[aid] = [
            {"actor": a, "issue": s, "stance": st, "quote": q, "attributed": at} for (a, s, st, q, at) in cl
        ]
    shifts = [
        {"actor": a, "issue": s, "from": fr, "to": to, "article": art_id, "why": why}
        for (a, s, fr, to, art_id, why) in SHIFTS
    ]
    shift_articles = {s["article"] for s in shifts}
    labels = {
        "claims": claims,
        "shifts": shifts,
        "no_alert_articles": [d["id"] for _, d in docs if d["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [d for o, d in docs if o == outlet]
        last = max(datetime.fromisoformat(d["published"].replace("Z", "+00:00")) for d in items)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{outlet}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch georgia-foreign-agents-2024 blind set</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>",
        ]
        for d in sorted(items, key=lambda d: d["published"], reverse=True):
            when = datetime.fromisoformat(d["published"].replace("Z", "+00:00"))
            out += [
                "    <item>",
                f"      <title>{escape(d['title'])}</title>",
                f"      <link>{escape(d['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(d["url"])}</guid>',
                f"      <pubDate>{format_datetime(when, usegmt=True)}</pubDate>",
                f"      <description>{escape(d['text'])}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w") as f:
            f.write("\n".join(out))


def parse_watchlist():
    """Tiny reader for the watchlist shape written above (no PyYAML needed)."""
    actors, issues, baseline, section = [], [], [], None
    for line in WATCHLIST.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
        m = re.match(r"^  - id: (\S+)", line)
        if m:
            (actors if section == "actors" else issues).append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
        if m:
            baseline.append(m.groups())
    return actors, issues, baseline


def validate():
    errors = []
    actors, issues, baseline = parse_watchlist()
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(os.listdir(os.path.join(HERE, "articles")))
    ids = [f[:-5] for f in files]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append(f"article ids not contiguous: {ids}")
    if sorted(labels["claims"]) != ids:
        errors.append("claims keys do not match article files")
    docs = {i: json.load(open(os.path.join(HERE, "articles", f"{i}.json"))) for i in ids}
    pubs = [docs[i]["published"] for i in ids]
    if pubs != sorted(pubs):
        errors.append("ids are not in publication order")
    for i, d in docs.items():
        n = len(d["text"].split())
        if not 120 <= n <= 260:
            errors.append(f"{i}: text has {n} words (want 120-260)")
        src = d["source"]
        if not re.match(r"^[A-Z .]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(src) + r"\) - ", d["text"]):
            errors.append(f"{i}: dateline does not match 'CITY, Mon DD ({src}) - '")
    for i, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors:
                errors.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append(f"{i}: bad stance {c['stance']}")
            if c["quote"] not in docs[i]["text"]:
                errors.append(f"{i}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{i}: quote longer than 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{i}: two claims for {key}")
            seen.add(key)
    for a, s, _ in baseline:
        if a not in actors or s not in issues:
            errors.append(f"baseline refers to unknown {a}/{s}")
    # Duplicates must carry identical claim tuples.
    for a, b in DUPLICATES:
        ta = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a])
        tb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b])
        if ta != tb:
            errors.append(f"duplicates {a}/{b} carry different claims")
    # Recompute shifts from baseline + attributed claims; duplicates never re-alert.
    dup_copies = {b for _, b in DUPLICATES}
    prevailing = {(a, s): st for a, s, st in baseline}
    computed = []
    for i in ids:
        for c in labels["claims"][i]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"] and i not in dup_copies:
                computed.append((c["actor"], c["issue"], prev, c["stance"], i))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled):
        errors.append(f"shifts differ from recomputed chain:\n  computed {computed}\n  labelled {labelled}")
    shift_articles = {s["article"] for s in labels["shifts"]}
    if sorted(labels["no_alert_articles"]) != [i for i in ids if i not in shift_articles]:
        errors.append("no_alert_articles is not every article except the shift articles")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {f}: {r.stderr.strip()}")
    return errors, labels, docs


if __name__ == "__main__":
    build()
    errs, labels, docs = validate()
    for e in errs:
        print("ERROR:", e)
    allc = [c for cl in labels["claims"].values() for c in cl]
    by = {}
    for c in allc:
        by[c["stance"]] = by.get(c["stance"], 0) + 1
    print(f"articles={len(docs)} claims={len(allc)} {by} unattributed={sum(not c['attributed'] for c in allc)} "
          f"shifts={len(labels['shifts'])} empty={[i for i, cl in labels['claims'].items() if not cl]}")
    sys.exit(1 if errs else 0)
