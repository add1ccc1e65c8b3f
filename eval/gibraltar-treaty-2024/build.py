#!/usr/bin/env python3
"""Build and validate the gibraltar-treaty-2024 evaluation timeline (self-contained, stdlib + optional PyYAML).

Run from anywhere: python3 build.py
Writes watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml, labels.json next to this file, then validates them.
"""
import json, os, re, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "strait-wire": "Strait Wire",
    "channel-courier": "Channel Courier",
    "isthmus-review": "Isthmus Review",
    "continental-post": "Continental Post",
    "iberia-bulletin": "Iberia Bulletin",
}

WATCHLIST_YAML = """# shiftwatch eval set gibraltar-treaty-2024: tracked actors and issues.
# UK-EU negotiations on a treaty for Gibraltar after Brexit (2021-2025).
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# "Gibraltar", "Madrid", "London", "Brussels" and "La Linea" are also used as plain places in the articles.
# Untracked on purpose: Spain's Partido Popular and Vox, Gibraltar's opposition (GSD), UK Conservatives in
# opposition, Labour before July 2024, cross-border workers' unions, the Andalusian regional government.

actors:
  - id: uk
    name: UK government
    aliases: [United Kingdom, UK, Britain, British government, UK government, London, Downing Street, No 10, Foreign Office, Whitehall, Rishi Sunak, Sunak, Keir Starmer, Starmer, David Cameron, Cameron, James Cleverly, Cleverly, Dominic Raab, Raab, David Lammy, Lammy, Nick Thomas-Symonds, Thomas-Symonds]
  - id: gibraltar
    name: Government of Gibraltar
    aliases: [Government of Gibraltar, Gibraltar government, HM Government of Gibraltar, Gibraltar, the Rock, No.6 Convent Place, Fabian Picardo, Picardo, Chief Minister, Joseph Garcia, Garcia]
  - id: spain
    name: Spanish government
    aliases: [Spain, Spanish government, Madrid, Moncloa, Spanish foreign ministry, Pedro Sanchez, Sanchez, Jose Manuel Albares, Albares, Arancha Gonzalez Laya, Gonzalez Laya]
  - id: eu
    name: European Union (Commission and member states acting together)
    aliases: [European Union, EU, European Commission, Commission, Brussels, Council of the EU, EU member states, Maros Sefcovic, Sefcovic, Ursula von der Leyen, von der Leyen]
  - id: la-linea
    name: La Linea de la Concepcion town council and its mayor
    aliases: [La Linea town council, La Linea de la Concepcion, La Linea, Juan Franco, Franco, mayor of La Linea]

issues:
  - id: open-frontier
    name: The fence and physical checks at the Gibraltar-Spain land frontier are removed
    description: People and goods cross the land border between Gibraltar and Spain freely, without the fence or routine checks.
    terms: [fence, land border, frontier, border checks, free movement, open border]
  - id: spanish-schengen-checks
    name: Spanish officers carry out Schengen checks at Gibraltar's port and airport
    description: Spain, as the Schengen state responsible, has its own officers check travellers entering the Schengen area through Gibraltar's port and airport (rather than only Frontex or Gibraltar officers).
    terms: [Spanish officers, Spanish police, Schengen checks, Frontex, passport checks, port and airport]
  - id: spain-drops-airport-demand
    name: Spain drops its demand for joint use and control of Gibraltar's airport
    description: Spain gives up its long-standing demand to share in the use or running of Gibraltar's airport, which it says stands on territory not ceded at Utrecht.
    terms: [airport, joint use, joint control, airfield, isthmus]
  - id: gibraltar-customs-union
    name: Gibraltar joins a customs union with the EU and aligns its tobacco and indirect taxes
    description: Gibraltar enters a customs union with the EU and brings duties on tobacco and goods closer to Spain's, removing goods checks at the frontier.
    terms: [customs union, tobacco, tax alignment, tax harmonisation, duties, level playing field]
  - id: sovereignty-safeguard
    name: The Gibraltar treaty leaves British and Spanish sovereignty positions untouched
    description: Any treaty contains a safeguard that nothing in it affects either side's legal position on sovereignty over Gibraltar.
    terms: [sovereignty, safeguard clause, sovereignty claim, British sovereignty, Treaty of Utrecht]

# Known starting positions before the first article (none implies a shift).
baseline:
  - {actor: uk, issue: open-frontier, stance: support}
  - {actor: gibraltar, issue: open-frontier, stance: support}
  - {actor: spain, issue: open-frontier, stance: support}
  - {actor: la-linea, issue: open-frontier, stance: support}
  - {actor: spain, issue: spanish-schengen-checks, stance: support}
  - {actor: gibraltar, issue: spanish-schengen-checks, stance: oppose}
  - {actor: uk, issue: spanish-schengen-checks, stance: oppose}
  - {actor: spain, issue: spain-drops-airport-demand, stance: oppose}
  - {actor: gibraltar, issue: spain-drops-airport-demand, stance: support}
  - {actor: uk, issue: spain-drops-airport-demand, stance: support}
  - {actor: gibraltar, issue: gibraltar-customs-union, stance: conditional}
  - {actor: eu, issue: gibraltar-customs-union, stance: support}
  - {actor: spain, issue: gibraltar-customs-union, stance: support}
  - {actor: uk, issue: sovereignty-safeguard, stance: support}
  - {actor: gibraltar, issue: sovereignty-safeguard, stance: support}
  - {actor: spain, issue: sovereignty-safeguard, stance: support}
"""

# Each article: (published UTC, outlet, slug, title, text, claims)
# claim: (actor, issue, stance, quote, attributed)
A = []
def art(published, outlet, slug, title, text, claims):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("2021-01-04T09:15:00Z", "strait-wire", "picardo-framework-fence-frontex",
"Gibraltar leader says New Year's Eve deal will let the frontier fence come down",
"""GIBRALTAR, Jan 4 (Strait Wire) - Gibraltar's Chief Minister Fabian Picardo said on Monday that the outline agreement reached with Spain and Britain hours before the end of the Brexit transition would allow the fence at the land frontier to be taken down, ending decades of queues for the thousands who cross it each day.

Under the framework, which still has to become a treaty between Britain and the European Union, Gibraltar would apply the rules of the Schengen area. Picardo said checks on travellers arriving at Gibraltar's port and airport would be carried out by officers of Frontex, the EU border agency, and that no Spanish officer would perform checks in Gibraltar.

Spanish Foreign Minister Arancha Gonzalez Laya said the deal would turn the fence into a thing of the past and told Spanish radio that Madrid had given up none of its positions on sovereignty.

In La Linea, the Spanish town on the other side of the frontier, mayor Juan Franco welcomed the news and said his town had waited half a century for a border without barriers. The frontier was closed entirely by Franco in 1969 and did not fully reopen until 1985.""",
[("gibraltar", "open-frontier", "support", "would allow the fence at the land frontier to be taken down", True),
 ("gibraltar", "spanish-schengen-checks", "oppose", "no Spanish officer would perform checks in Gibraltar", True),
 ("spain", "open-frontier", "support", "the deal would turn the fence into a thing of the past", True),
 ("spain", "sovereignty-safeguard", "support", "Madrid had given up none of its positions on sovereignty", True),
 ("la-linea", "open-frontier", "support", "his town had waited half a century for a border without barriers", True)])

art("2021-07-20T15:30:00Z", "channel-courier", "commission-draft-mandate-spanish-checks",
"EU draft mandate gives Spain charge of Gibraltar checks; London and Gibraltar object",
"""BRUSSELS, July 20 (Channel Courier) - The European Commission on Tuesday proposed a negotiating mandate for a treaty on Gibraltar that would make Spain responsible for applying Schengen rules at the territory's port and airport, with Spanish officers carrying out the checks.

The draft, which EU member states must approve before talks can start, says Frontex staff would assist Spain but leaves the final say on who enters with the Spanish authorities. The Commission said the text would allow controls at the land frontier with Spain to be removed.

Britain reacted sharply. In a statement the Foreign Office said the draft directly conflicted with the framework agreed with Spain on New Year's Eve and could not form the basis for negotiations. It urged the Commission to think again.

Gibraltar's Chief Minister Fabian Picardo called the proposal unacceptable. He said Gibraltar had never agreed to Spanish officers exercising control on its soil and would not sign up to a text that put them there.

The Commission said it remained committed to the framework and that the mandate was a starting point.""",
[("eu", "spanish-schengen-checks", "support", "would make Spain responsible for applying Schengen rules at the territory's port and airport", True),
 ("eu", "open-frontier", "support", "the text would allow controls at the land frontier with Spain to be removed", True),
 ("uk", "spanish-schengen-checks", "oppose", "the draft directly conflicted with the framework agreed with Spain on New Year's Eve", True),
 ("gibraltar", "spanish-schengen-checks", "oppose", "Gibraltar had never agreed to Spanish officers exercising control on its soil", True)])

art("2021-07-20T17:45:00Z", "isthmus-review", "eu-mandate-spain-schengen-gibraltar-unacceptable",
"Brussels proposes Spanish control of Gibraltar's Schengen checks, angering London",
"""BRUSSELS, July 20 (Isthmus Review) - The European Commission proposed on Tuesday a mandate for negotiating a Gibraltar treaty under which Spain would be responsible for applying Schengen rules at the territory's port and airport, with Spanish officers doing the checks.

EU governments must approve the draft before negotiations can open. It says officers of Frontex would assist Spain, but it leaves the final decision on entry with the Spanish authorities. According to the Commission, the text would allow controls at the land frontier with Spain to be removed.

London responded angrily. The Foreign Office said in a statement that the draft directly conflicted with the framework agreed with Spain on New Year's Eve and could not form the basis for negotiations, and asked the Commission to reconsider.

Fabian Picardo, Gibraltar's Chief Minister, described the proposal as unacceptable. Gibraltar had never agreed to Spanish officers exercising control on its soil, he said, and would not sign up to a text that placed them there.

The Commission said it was still committed to the framework and described the mandate as a starting point.""",
[("eu", "spanish-schengen-checks", "support", "Spain would be responsible for applying Schengen rules at the territory's port and airport", True),
 ("eu", "open-frontier", "support", "the text would allow controls at the land frontier with Spain to be removed", True),
 ("uk", "spanish-schengen-checks", "oppose", "the draft directly conflicted with the framework agreed with Spain on New Year's Eve", True),
 ("gibraltar", "spanish-schengen-checks", "oppose", "Gibraltar had never agreed to Spanish officers exercising control on its soil", True)])

art("2021-07-23T11:00:00Z", "continental-post", "albares-defends-mandate-spanish-officers",
"Spain's new foreign minister says Spanish officers must check Gibraltar arrivals",
"""MADRID, July 23 (Continental Post) - Spain's new Foreign Minister Jose Manuel Albares defended the European Commission's draft mandate for Gibraltar on Friday, saying that as the Schengen country concerned Spain must be the one to control who enters the area through the port and the airport.

Albares, who took office less than two weeks ago, told reporters at the ministry that Spanish officers checking arrivals would be the natural consequence of Gibraltar joining Schengen. He said the mandate respected the spirit of the New Year's Eve understanding, and that Madrid wanted a treaty in which neither side had to give up its position on sovereignty.

Asked about London's objections, he said he was confident the differences could be settled at the negotiating table.

Diplomats in Brussels said some member states had questions about the cost of policing a new external border, and a few speculated that the final mandate could be softened in Britain's favour. Officials in Gibraltar said they expected no change.

Prime Minister Pedro Sanchez has made the Gibraltar talks part of his argument that Spain can do business with post-Brexit Britain.""",
[("spain", "spanish-schengen-checks", "support", "Spanish officers checking arrivals would be the natural consequence of Gibraltar joining Schengen", True),
 ("spain", "sovereignty-safeguard", "support", "a treaty in which neither side had to give up its position on sovereignty", True)])

art("2021-10-05T16:20:00Z", "iberia-bulletin", "eu-adopts-gibraltar-mandate",
"EU governments approve Gibraltar negotiating mandate, talks to start within days",
"""BRUSSELS, Oct 5 (Iberia Bulletin) - European Union governments on Tuesday formally approved the mandate for negotiating a treaty with Britain on Gibraltar, clearing the way for talks to begin within days.

The final text, adopted without debate, keeps the Commission's plan for Spain to take charge of Schengen checks at Gibraltar's port and airport, with Frontex officers assisting during the first years. It also foresees a customs union between the EU and Gibraltar, with Gibraltar expected to bring its taxes on tobacco and other goods closer to those in Spain.

The British government said it would approach the talks with flexibility and creativity but repeated that it would not agree to anything that compromised British sovereignty over Gibraltar. A spokesman in London declined to say whether Britain still considered the mandate unacceptable.

Spain's Foreign Minister Jose Manuel Albares said he hoped to close a deal within six months.

Gibraltar's opposition Social Democrats said the mandate confirmed their fears about Spanish officers at the airport and called for a debate in the territory's parliament.""",
[("eu", "spanish-schengen-checks", "support", "keeps the Commission's plan for Spain to take charge of Schengen checks", True),
 ("eu", "gibraltar-customs-union", "support", "It also foresees a customs union between the EU and Gibraltar", True),
 ("uk", "sovereignty-safeguard", "support", "would not agree to anything that compromised British sovereignty over Gibraltar", True)])

art("2021-10-06T08:30:00Z", "strait-wire", "analysis-gibraltar-talks-far-apart",
"ANALYSIS: Gibraltar talks open with the sides far apart on who checks passports",
"""GIBRALTAR, Oct 6 (Strait Wire) - Negotiators meet in Brussels next week for the first formal round of talks on Gibraltar's future relationship with the European Union, and few on the Rock expect a quick result.

The two sides start far apart on the question of who will check travellers at Gibraltar's port and airport. In July the British government said the Commission's draft could not serve as a basis for talks, and Gibraltar's chief minister called the idea of Spanish officers there unacceptable.

Analysts in Madrid and London said a compromise could give Frontex a longer role, allowing both sides to claim victory. One former diplomat said he thought Spain might settle for a purely symbolic presence at the airport. Another said Britain could end up tolerating Spanish checks if the alternative was a hard border.

Meanwhile the queue at the frontier on Wednesday morning stretched for more than an hour. Workers who live in Spain and work in Gibraltar, about 15,000 of them, say the uncertainty has gone on too long. A union representing them in Algeciras called on both governments to hurry.""",
[])

art("2022-06-28T13:40:00Z", "channel-courier", "picardo-budget-customs-union-red-line",
"Gibraltar ready for EU customs union but keeps its own taxes, Picardo says",
"""GIBRALTAR, June 28 (Channel Courier) - Chief Minister Fabian Picardo told Gibraltar's parliament on Tuesday that the territory was ready to enter a customs union with the European Union, but only if it kept full control of its own direct taxes and its low-tax status for companies.

Presenting his budget, Picardo said Gibraltar could bring duties on tobacco and some goods into line with its neighbour's as part of a treaty, but that income and corporate taxes were not on the table. He said negotiators had made progress on mobility and on the environment.

He repeated that Gibraltar would not accept Spanish police officers exercising any function at its port or its airport, and called that a red line.

Opposition leader Keith Azopardi said the government was keeping parliament in the dark and demanded to see the draft texts.

Talks between the European Commission and Britain, which formally represents Gibraltar in the negotiations, have been held in Brussels and London roughly every month since October.""",
[("gibraltar", "gibraltar-customs-union", "conditional", "ready to enter a customs union with the European Union, but only if", True),
 ("gibraltar", "spanish-schengen-checks", "oppose", "Gibraltar would not accept Spanish police officers exercising any function at its port", True)])

art("2022-12-15T12:10:00Z", "continental-post", "albares-airport-joint-use-aim",
"Spain still seeks joint use of Gibraltar airport, Albares tells lawmakers",
"""MADRID, Dec 15 (Continental Post) - Spain still wants a say in the running of Gibraltar's airport under any treaty on the territory's post-Brexit future, Foreign Minister Jose Manuel Albares said on Thursday, while insisting that a deal was within reach.

Speaking to a committee of the Spanish parliament, Albares said the airport stands on the isthmus that Spain says was never ceded to Britain under the 1713 Treaty of Utrecht, and that joint use of the facility remained one of Madrid's aims in the talks. He said he was not going to set that aim aside just to speed up an agreement.

Albares also said that once a treaty was in force the fence separating Gibraltar from La Linea would disappear, which he called a historic change for the people of the area.

Lawmakers from the Partido Popular accused the government of being too eager for a deal and demanded that joint sovereignty over the airport be written into any text. Vox said no treaty should be signed at all.""",
[("spain", "spain-drops-airport-demand", "oppose", "joint use of the facility remained one of Madrid's aims in the talks", True),
 ("spain", "open-frontier", "support", "the fence separating Gibraltar from La Linea would disappear", True)])

art("2023-03-09T18:05:00Z", "iberia-bulletin", "cleverly-picardo-airport-sovereignty",
"Britain rules out Spanish role at Gibraltar airport after Cleverly meets Picardo",
"""LONDON, March 9 (Iberia Bulletin) - British Foreign Secretary James Cleverly met Gibraltar's Chief Minister Fabian Picardo at the Foreign Office on Thursday to review the slow-moving treaty talks with the European Union.

Cleverly said afterwards that Britain stood shoulder to shoulder with Gibraltar and would not accept any arrangement that gave Spain a role in running the airport, rejecting a demand Spanish ministers have repeated in recent months. He said any treaty must leave British sovereignty over Gibraltar untouched.

Picardo said Gibraltar remained committed to a treaty that would remove the barriers at the frontier and let people and goods move freely. Asked whether a deal could be closed before Spain's elections later this year, he declined to give a date.

A Spanish government spokeswoman in Madrid said the talks were continuing in a constructive spirit and that Spain had made its proposals.

Gibraltar's tourism and finance sectors, which depend on workers crossing from Spain every day, have urged both governments to keep the talks going through the Spanish campaign.""",
[("uk", "spain-drops-airport-demand", "support", "would not accept any arrangement that gave Spain a role in running the airport", True),
 ("uk", "sovereignty-safeguard", "support", "any treaty must leave British sovereignty over Gibraltar untouched", True),
 ("gibraltar", "open-frontier", "support", "committed to a treaty that would remove the barriers at the frontier", True)])

art("2023-07-24T10:45:00Z", "strait-wire", "spain-election-gibraltar-limbo",
"Spain's hung election leaves Gibraltar treaty talks in limbo",
"""MADRID, July 24 (Strait Wire) - Spain's inconclusive general election has left the Gibraltar treaty talks in limbo, officials and analysts on both sides of the frontier said on Monday.

The conservative Partido Popular won the most seats on Sunday but fell short of a majority even with the far-right Vox. Its leader Alberto Nunez Feijoo has accused the outgoing government of offering Gibraltar too much and has said a PP government would review what had been agreed. Pedro Sanchez's Socialists could still hold on to power if they secure the backing of regional parties, a process that could take months.

In Gibraltar, where the result was followed closely, a government spokesman said the territory would wait to see who formed the next government in Madrid before commenting. Business leaders on the Rock said they feared a long pause.

Analysts said a Feijoo government could revive old demands over the airport, while a new Sanchez government would likely want to close the deal fast. Spanish commentators speculated that Brussels would hold off on new proposals until the picture cleared.""",
[])

art("2023-11-21T15:00:00Z", "channel-courier", "albares-reappointed-gibraltar-priority",
"Reappointed Albares makes Gibraltar treaty a priority, says airport stance unchanged",
"""MADRID, Nov 21 (Channel Courier) - Jose Manuel Albares, reappointed as Spain's foreign minister after Pedro Sanchez won a new term, said on Tuesday that concluding the Gibraltar treaty was one of his first priorities and that Spain's offer was on the table.

Albares said Spain wanted to remove the fence and create an area of shared prosperity around the Bay of Algeciras, and that the ball was now in the British court. He added that Spain had not given up its wish for joint use of the airport.

Sanchez's investiture last week followed an amnesty deal with Catalan separatists that has drawn mass protests in Madrid. The Partido Popular has said it will oppose the government at every step, including on Gibraltar.

In London, a Foreign Office spokesman said Britain remained committed to concluding a treaty as soon as possible, while defending the interests of Gibraltar and its people.

The next round of technical talks is expected in Brussels before Christmas.""",
[("spain", "open-frontier", "support", "Spain wanted to remove the fence", True),
 ("spain", "spain-drops-airport-demand", "oppose", "Spain had not given up its wish for joint use of the airport", True)])

art("2023-12-28T09:00:00Z", "isthmus-review", "picardo-year-end-tax-customs",
"Picardo: no treaty that costs Gibraltar control of its taxes",
"""GIBRALTAR, Dec 28 (Isthmus Review) - Gibraltar will not sign a treaty with the European Union that costs it control of its own tax system, Chief Minister Fabian Picardo said in his end-of-year message, adding that he still expected a deal in 2024.

Picardo said Gibraltar was prepared to join a customs union and to narrow the gap between its tobacco prices and those in Spain, provided it kept its own income and company taxes. Any agreement had to be one the people of Gibraltar could support, he said.

He said the removal of the frontier fence would be the biggest change to daily life on the Rock since the border reopened in 1985.

Spanish media reported that Madrid had given up hope of a deal before the European elections in June. A spokesman for the Spanish foreign ministry said it did not comment on media reports.

The Gibraltar Chamber of Commerce said firms needed certainty after three years of provisional arrangements at the frontier.""",
[("gibraltar", "gibraltar-customs-union", "conditional", "Gibraltar was prepared to join a customs union", True),
 ("gibraltar", "open-frontier", "support", "the removal of the frontier fence would be the biggest change to daily life", True)])

art("2024-02-06T17:30:00Z", "strait-wire", "cameron-gibraltar-sovereignty-not-negotiable",
"Cameron wants Gibraltar frontier down but says sovereignty not for discussion",
"""LONDON, Feb 6 (Strait Wire) - Foreign Secretary David Cameron said on Tuesday that Britain wanted a treaty on Gibraltar that brought the frontier down and made life easier on both sides, but that sovereignty was not up for discussion.

Cameron, answering questions from lawmakers, said Britain would not sign any agreement that did not fully protect British sovereignty over Gibraltar. He said he would work closely with Chief Minister Fabian Picardo and that nothing would be agreed without Gibraltar's consent.

Pressed on whether Spanish border officers could one day be stationed at Gibraltar's airport, Cameron declined to go into the detail of the negotiations. He said it would be wrong to negotiate in public.

A Conservative backbencher warned the government against what he called creeping concessions to Madrid. Shadow foreign secretary David Lammy said Labour backed the aim of an open frontier and would hold ministers to their promises on sovereignty.

Officials on both sides said a high-level meeting in Brussels was being prepared for the spring.""",
[("uk", "open-frontier", "support", "Britain wanted a treaty on Gibraltar that brought the frontier down", True),
 ("uk", "sovereignty-safeguard", "support", "would not sign any agreement that did not fully protect British sovereignty over Gibraltar", True)])

art("2024-04-12T18:10:00Z", "channel-courier", "brussels-meeting-general-political-lines",
"Gibraltar talks agree 'general political lines'; Picardo open to Spanish checks after Frontex period",
"""BRUSSELS, April 12 (Channel Courier) - Britain, Spain, Gibraltar and the European Commission said on Friday they had agreed the general political lines of a treaty on Gibraltar, including on the airport, goods and the movement of people, after the first meeting of its kind in Brussels.

A joint statement issued after talks between Commission Vice-President Maros Sefcovic, British Foreign Secretary David Cameron, Spanish Foreign Minister Jose Manuel Albares and Gibraltar's Chief Minister Fabian Picardo said the negotiating teams would keep working to conclude the agreement quickly.

Picardo told reporters outside the Commission's Berlaymont building that Gibraltar could accept Spanish officers carrying out Schengen checks at its port and airport after an initial period led by Frontex, on condition that Gibraltar's own officers checked everyone first. For the first time, he said, he could see the end of the fence.

Sefcovic said the aim was to remove all physical barriers at the land frontier while protecting the Schengen area. Albares called the meeting a big step.

None of the four gave details of what had been agreed on the airport.""",
[("gibraltar", "spanish-schengen-checks", "conditional", "Gibraltar could accept Spanish officers carrying out Schengen checks at its port and airport", True),
 ("gibraltar", "open-frontier", "support", "he could see the end of the fence", True),
 ("eu", "open-frontier", "support", "the aim was to remove all physical barriers at the land frontier", True)])

art("2024-04-13T10:20:00Z", "strait-wire", "cameron-accepts-spanish-role-with-conditions",
"Britain ready to accept Spanish officers at Gibraltar port and airport, with conditions",
"""LONDON, April 13 (Strait Wire) - Britain is prepared to accept a role for Spanish border officers at Gibraltar's port and airport as part of a treaty with the European Union, provided Frontex leads the checks at first and Gibraltar keeps its own controls, Foreign Secretary David Cameron said on Saturday.

In a newspaper interview a day after talks in Brussels, Cameron said the model agreed in principle was comparable to the arrangements for travellers boarding trains to France at St Pancras station in London, where French officers check passports. He said British sovereignty was not affected in any way.

The position marks a change from 2021, when the Foreign Office said a draft EU mandate giving Spain control of the checks could not form the basis for talks.

Some Conservative lawmakers criticised the approach. One said that allowing Spanish officers to work at the airport, even behind a Gibraltar checkpoint, would be seen as a step towards joint control. Downing Street said the prime minister had full confidence in Cameron.

Albares said in Madrid that Spain welcomed the British position.""",
[("uk", "spanish-schengen-checks", "conditional", "Britain is prepared to accept a role for Spanish border officers at Gibraltar's port", True),
 ("uk", "sovereignty-safeguard", "support", "He said British sovereignty was not affected in any way", True),
 ("spain", "spanish-schengen-checks", "support", "Spain welcomed the British position", True)])

art("2024-04-15T14:00:00Z", "continental-post", "pp-accuses-albares-airport",
"Spanish opposition accuses government of giving up Gibraltar airport claim",
"""MADRID, April 15 (Continental Post) - Spain's opposition Partido Popular on Monday accused the government of preparing to give up the country's historic claim over Gibraltar's airport in exchange for a few police officers at the terminal.

PP spokespeople said in parliament that Foreign Minister Jose Manuel Albares had gone to Brussels without a mandate from lawmakers and demanded that he explain what had been agreed on the airport. The party's leader, Alberto Nunez Feijoo, said Spain should never accept any arrangement that recognised British control of the isthmus.

Albares, speaking at a news conference with his Portuguese counterpart, said Spain had renounced nothing on sovereignty and that any treaty would say so expressly. He declined to say whether Spain had dropped its demand for joint use of the airport, saying the details would be known when the negotiation ended.

The PP governs the Andalusian region, which borders Gibraltar. Its regional president, Juanma Moreno, has taken a softer line, saying the area's 15,000 cross-border workers need a deal.""",
[("spain", "sovereignty-safeguard", "support", "Spain had renounced nothing on sovereignty and that any treaty would say so expressly", True)])

art("2024-05-16T17:50:00Z", "iberia-bulletin", "second-brussels-meeting-albares-airport-offer",
"Spain ready to set aside Gibraltar airport demand if its officers do the checks",
"""BRUSSELS, May 16 (Iberia Bulletin) - Negotiators made further progress on Thursday towards a treaty on Gibraltar, the European Commission, Britain, Spain and Gibraltar said in a joint statement after a second high-level meeting in Brussels, though no final deal was announced.

The statement said general political lines had been agreed on the key remaining areas and that the teams would work to finalise the text.

Spain's Foreign Minister Jose Manuel Albares told reporters that Madrid was ready to set aside its demand for joint use of Gibraltar's airport if Spanish officers carried out the Schengen checks on passengers there. He called it a significant gesture by Spain. He also said the fence would come down as soon as the treaty took effect.

British Foreign Secretary David Cameron said the talks had been productive and that the UK would not agree to anything that compromised sovereignty.

Gibraltar's Chief Minister Fabian Picardo said he was optimistic but that nothing was agreed until everything was agreed.""",
[("spain", "spain-drops-airport-demand", "conditional", "ready to set aside its demand for joint use of Gibraltar's airport", True),
 ("spain", "spanish-schengen-checks", "support", "if Spanish officers carried out the Schengen checks on passengers there", True),
 ("spain", "open-frontier", "support", "the fence would come down as soon as the treaty took effect", True),
 ("uk", "sovereignty-safeguard", "support", "the UK would not agree to anything that compromised sovereignty", True)])

art("2024-05-17T08:40:00Z", "isthmus-review", "picardo-gbc-airport-stays-british",
"Picardo says Gibraltar airport stays in British and Gibraltarian hands",
"""GIBRALTAR, May 17 (Isthmus Review) - Fabian Picardo said on Friday that Gibraltar's airport would remain under British and Gibraltarian control under any treaty, welcoming signs that Spain had moved away from its long-standing wish to share in running it.

In an interview with the local broadcaster GBC, Gibraltar's chief minister said Spain had no place in the management of the airfield and that this had been understood in Brussels. He said Gibraltar was still willing to see Spanish officers check passengers at the port and airport once a Frontex period ended, but only behind Gibraltar's own border post.

He said he hoped a text could be ready within weeks. Asked about the cost of aligning tobacco prices, he declined to give figures.

Gibraltar's opposition said the government should publish the agreed political lines. In La Linea, the mayor's office said it would wait for a final text before celebrating.""",
[("gibraltar", "spain-drops-airport-demand", "support", "Spain had no place in the management of the airfield", True),
 ("gibraltar", "spanish-schengen-checks", "conditional", "still willing to see Spanish officers check passengers at the port and airport", True)])

art("2024-05-23T12:15:00Z", "channel-courier", "uk-election-pauses-gibraltar-talks",
"UK election call puts Gibraltar treaty on hold",
"""LONDON, May 23 (Channel Courier) - Prime Minister Rishi Sunak's decision to call a general election for July 4 has put the final stage of the Gibraltar treaty talks on hold, officials in London, Madrid and Gibraltar said on Thursday.

Sunak made the announcement outside Downing Street on Wednesday evening in the rain. Under the rules that apply during a campaign, ministers are not expected to conclude major international agreements, and officials said the text agreed at technical level would not be signed before polling day.

Only a week ago, Foreign Secretary David Cameron had said after talks in Brussels that a deal was close. Spanish diplomats said Madrid was disappointed but would be ready to resume with whoever won.

Polls suggest the opposition Labour Party, whose leader Keir Starmer has said little about Gibraltar during the campaign so far, is on course to win. Analysts said a new government was likely to keep the broad outline agreed in Brussels but might want to review the details, including on the airport.

In Gibraltar, the mood was described as frustrated but calm.""",
[])

art("2024-07-10T16:30:00Z", "strait-wire", "lammy-picks-up-gibraltar-talks",
"New Foreign Secretary Lammy vows to finish Gibraltar treaty and protect sovereignty",
"""LONDON, July 10 (Strait Wire) - Britain's new Foreign Secretary David Lammy said on Wednesday that the Labour government would pick up the Gibraltar treaty talks where the previous government left off and that he wanted to see the frontier fence gone.

Lammy, who took office after Labour's landslide election victory last week, spoke to Gibraltar's Chief Minister Fabian Picardo by telephone and said he would meet him in person soon. He said the government's commitment to Gibraltar was unshakeable and that any treaty would protect its sovereignty in full.

A Foreign Office spokesman did not say whether the new government would keep the arrangements on border checks discussed under the Conservatives.

Picardo said he welcomed the call and was confident that work could resume quickly. Spain's Foreign Minister Jose Manuel Albares congratulated Lammy on social media and said Madrid was ready to close the deal.""",
[("uk", "open-frontier", "support", "he wanted to see the frontier fence gone", True),
 ("uk", "sovereignty-safeguard", "support", "any treaty would protect its sovereignty in full", True)])

art("2024-09-12T15:40:00Z", "continental-post", "lammy-hosts-picardo-airport-british",
"Lammy tells Spain there will be no share in Gibraltar airport",
"""LONDON, Sept 12 (Continental Post) - Foreign Secretary David Lammy hosted Gibraltar's Chief Minister Fabian Picardo in London on Thursday and said Britain would not allow Spain any share in the control of Gibraltar's airport, in his first detailed comments on the treaty talks.

Lammy said the airport was British and would remain so, and that Madrid's long-standing call for joint use had no place in a modern treaty. He said he was determined to finish the negotiation on terms that worked for Gibraltar.

Picardo said the two men had agreed that the political lines reached in the spring remained the basis for the talks. He said Gibraltar still accepted a Spanish role in the checks on the terms set out in April, after a Frontex period and behind Gibraltar's own controls.

European Relations Minister Nick Thomas-Symonds, who also attended, will travel to Brussels next week for a meeting with the Commission's Maros Sefcovic on a wider reset of relations between Britain and the bloc.""",
[("uk", "spain-drops-airport-demand", "support", "Madrid's long-standing call for joint use had no place in a modern treaty", True),
 ("gibraltar", "spanish-schengen-checks", "conditional", "Gibraltar still accepted a Spanish role in the checks on the terms set out", True)])

art("2024-10-08T11:25:00Z", "iberia-bulletin", "la-linea-mayor-urges-treaty",
"La Linea mayor urges treaty before new EU entry-exit checks",
"""LA LINEA, Oct 8 (Iberia Bulletin) - The mayor of La Linea de la Concepcion, Juan Franco, urged London and Madrid on Tuesday to sign the Gibraltar treaty before the end of the year, warning that the thousands of Spaniards who work on the Rock could not live with uncertainty much longer.

Franco said a treaty removing the fence was the only way to protect jobs in a town where unemployment is among the highest in Spain. His council has asked Madrid to grant La Linea a special economic status to help it adjust to whatever deal emerges.

The mayor also warned that the EU's new digital entry-exit system, which will register the fingerprints and faces of non-EU travellers at Schengen borders, could cause hours-long queues at the frontier if no treaty is in place when it starts.

Spanish officials said the system's launch had been pushed back to next year. A Commission spokesman in Brussels said the timetable would be set by member states.

Cross-border workers' groups plan a demonstration at the frontier next month.""",
[("la-linea", "open-frontier", "support", "a treaty removing the fence was the only way to protect jobs", True)])

art("2024-11-26T17:05:00Z", "strait-wire", "picardo-hardens-no-spanish-officers-airport",
"Picardo withdraws offer on Spanish checks, says Gibraltar prepares for no deal",
"""GIBRALTAR, Nov 26 (Strait Wire) - Gibraltar's Chief Minister Fabian Picardo said on Tuesday that Gibraltar would not accept Spanish officers carrying out checks at its airport, hardening his stance after what he described as new Spanish demands in the treaty talks.

Speaking in Gibraltar's parliament, Picardo said Spain was now asking for its officers to check passengers on their own, without Frontex and without a Gibraltar border post in front of them. He said the offer Gibraltar made in Brussels in April had been made in good faith and was no longer on the table. He told lawmakers Gibraltar would rather have no treaty than a bad one.

The government published guidance for businesses and residents on preparing for a negotiated outcome not being reached, including longer waits at the frontier.

The Spanish foreign ministry said in a statement that it did not recognise Picardo's description of the talks. Diplomats in Brussels said they thought the remarks were aimed at a domestic audience and that the sides remained close.""",
[("gibraltar", "spanish-schengen-checks", "oppose", "Gibraltar would not accept Spanish officers carrying out checks at its airport", True)])

art("2024-12-17T13:30:00Z", "continental-post", "albares-ball-in-britains-court",
"Spain says it has gone as far as it can on Gibraltar; officials say airport demand shelved",
"""MADRID, Dec 17 (Continental Post) - Spain has gone as far as it can in the Gibraltar negotiations and a deal now depends on Britain, Foreign Minister Jose Manuel Albares said on Tuesday, responding to warnings from Gibraltar that the talks could fail.

Albares said Spain's generous offer remained unchanged: Madrid would leave aside joint use of the airport provided Spanish police carried out the Schengen checks there. He insisted the checks could only be done by the Schengen state responsible, which was Spain.

Two Spanish officials involved in the talks, speaking on condition of anonymity, said Madrid had in practice already shelved the joint-use demand and that the remaining argument was over how the checks would be organised. The foreign ministry would not comment on their remarks.

Albares said Spain was also ready for the treaty to remove the fence at La Linea on the day it took effect. Asked whether he expected a deal by the new year, he declined to make a forecast.""",
[("spain", "spain-drops-airport-demand", "conditional", "Madrid would leave aside joint use of the airport provided Spanish police carried out", True),
 ("spain", "spanish-schengen-checks", "support", "the checks could only be done by the Schengen state responsible, which was Spain", True),
 ("spain", "spain-drops-airport-demand", "support", "Madrid had in practice already shelved the joint-use demand", False),
 ("spain", "open-frontier", "support", "Spain was also ready for the treaty to remove the fence", True)])

art("2025-01-21T18:00:00Z", "channel-courier", "thomas-symonds-uk-line-dual-checks",
"Britain will accept Spanish officers at Gibraltar airport only with Gibraltar checks too",
"""LONDON, Jan 21 (Channel Courier) - Britain will accept Spanish officers at Gibraltar's airport only if Gibraltar's own border officials also check every passenger, European Relations Minister Nick Thomas-Symonds told parliament on Tuesday, setting out the government's line for the next round of talks.

Thomas-Symonds said the government would not sign a treaty that Gibraltar did not support and that British sovereignty was not up for negotiation. He said officials would meet their Commission counterparts in Brussels next week.

Gibraltar's Chief Minister Fabian Picardo, who was in London for meetings, said his objection to Spanish officers operating at the airport stood. He said he was nevertheless hopeful that Britain's support would help unblock the talks.

A Conservative spokeswoman accused the government of being vague and asked it to publish its red lines. Analysts said London appeared to be preparing the ground for a compromise on the order in which travellers are checked.""",
[("uk", "spanish-schengen-checks", "conditional", "accept Spanish officers at Gibraltar's airport only if Gibraltar's own border officials also check", True),
 ("uk", "sovereignty-safeguard", "support", "British sovereignty was not up for negotiation", True),
 ("gibraltar", "spanish-schengen-checks", "oppose", "his objection to Spanish officers operating at the airport stood", True)])

art("2025-03-04T16:45:00Z", "isthmus-review", "cross-border-workers-march",
"Cross-border workers march to demand Gibraltar treaty before EU entry-exit checks",
"""GIBRALTAR, March 4 (Isthmus Review) - Hundreds of cross-border workers marched to the frontier between Gibraltar and La Linea on Tuesday to demand a treaty before the European Union's new entry-exit system comes into force later this year.

The workers, most of them Spanish nationals employed in Gibraltar, carried banners reading "Treaty now". Their union said members feared queues of several hours if passports had to be scanned and fingerprints taken at every crossing.

La Linea's mayor Juan Franco joined the march and said the fence had to go for good. He said the town could not survive another year of uncertainty.

No minister from Madrid, London or Gibraltar attended. Gibraltar's government said in a short statement that it understood the workers' concerns.

Commentators in Spain said Madrid and London were close to agreement on the airport checks and speculated that a deal could be announced before the summer. A British diplomat in Madrid said he could not comment on timing.""",
[("la-linea", "open-frontier", "support", "the fence had to go for good", True)])

art("2025-06-11T14:20:00Z", "strait-wire", "uk-eu-political-agreement-gibraltar",
"UK and EU strike Gibraltar deal: fence to go, Spanish officers to run Schengen checks",
"""BRUSSELS, June 11 (Strait Wire) - Britain and the European Union reached a political agreement on Wednesday on Gibraltar's post-Brexit relationship with the bloc, which will remove the fence and all physical checks at the land frontier between Gibraltar and Spain.

The deal was announced after a meeting in Brussels of Maros Sefcovic of the European Commission, British Foreign Secretary David Lammy, Spanish Foreign Minister Jose Manuel Albares and Gibraltar's Chief Minister Fabian Picardo.

Under the agreement, travellers arriving at Gibraltar's port and airport will pass a Gibraltar check and then a Schengen check carried out by Spanish officers. Lammy said Britain accepted this dual system and that it safeguarded British sovereignty, which the treaty leaves untouched.

Albares said Spain would have no role in running the airport, which would stay under British control, and that Spain accepted this because its officers would secure the Schengen border there. He called the deal a new era for the region.

Sefcovic said Gibraltar would enter a customs union with the EU, ending goods checks at the frontier.

The text must still be turned into a legal treaty and ratified.""",
[("uk", "open-frontier", "support", "which will remove the fence and all physical checks at the land frontier", True),
 ("eu", "open-frontier", "support", "which will remove the fence and all physical checks at the land frontier", True),
 ("uk", "spanish-schengen-checks", "support", "Lammy said Britain accepted this dual system", True),
 ("uk", "sovereignty-safeguard", "support", "it safeguarded British sovereignty, which the treaty leaves untouched", True),
 ("spain", "spain-drops-airport-demand", "support", "Spain would have no role in running the airport", True),
 ("spain", "spanish-schengen-checks", "support", "its officers would secure the Schengen border there", True),
 ("eu", "gibraltar-customs-union", "support", "Gibraltar would enter a customs union with the EU", True)])

art("2025-06-11T16:05:00Z", "iberia-bulletin", "eu-britain-gibraltar-agreement-dual-checks",
"EU and Britain agree Gibraltar terms; frontier fence to be removed",
"""BRUSSELS, June 11 (Iberia Bulletin) - The European Union and Britain struck a political agreement on Wednesday on Gibraltar's relationship with the bloc after Brexit, which will remove the fence and all physical checks at the land frontier with Spain.

It was announced after Maros Sefcovic of the European Commission met British Foreign Secretary David Lammy, Spanish Foreign Minister Jose Manuel Albares and Gibraltar's Chief Minister Fabian Picardo in Brussels.

Travellers arriving at Gibraltar's port and airport will go through a Gibraltar check followed by a Schengen check by Spanish officers. Lammy said Britain accepted this dual system, adding that it safeguarded British sovereignty, which the treaty leaves untouched.

According to Albares, Spain would have no role in running the airport, which would remain under British control, and Spain accepted this because its officers would secure the Schengen border there. He described the agreement as the start of a new era for the region.

Sefcovic said Gibraltar would enter a customs union with the EU, bringing an end to checks on goods at the frontier.

A legal treaty still has to be drafted and ratified.""",
[("uk", "open-frontier", "support", "which will remove the fence and all physical checks at the land frontier", True),
 ("eu", "open-frontier", "support", "which will remove the fence and all physical checks at the land frontier", True),
 ("uk", "spanish-schengen-checks", "support", "Lammy said Britain accepted this dual system", True),
 ("uk", "sovereignty-safeguard", "support", "it safeguarded British sovereignty, which the treaty leaves untouched", True),
 ("spain", "spain-drops-airport-demand", "support", "Spain would have no role in running the airport", True),
 ("spain", "spanish-schengen-checks", "support", "its officers would secure the Schengen border there", True),
 ("eu", "gibraltar-customs-union", "support", "Gibraltar would enter a customs union with the EU", True)])

art("2025-06-12T12:30:00Z", "isthmus-review", "picardo-defends-deal-st-pancras",
"Picardo defends Gibraltar deal, likens Spanish checks to St Pancras",
"""GIBRALTAR, June 12 (Isthmus Review) - Fabian Picardo returned from Brussels on Thursday to defend the agreement on Gibraltar's future relationship with the European Union, telling a packed news conference that it was safe for the territory's sovereignty and good for its economy.

Gibraltar's chief minister said he now accepted that Spanish officers would carry out Schengen checks at the port and airport, because Gibraltar's own officers would check every traveller first. He compared the system to the French passport controls at St Pancras station in London, which nobody regarded as a loss of British sovereignty.

He also said Gibraltar would join a customs union with the EU and align its tobacco prices and import duties more closely with Spain's, a price he said was worth paying to end queues at the frontier. Income and company taxes would remain Gibraltar's alone.

Opposition leader Keith Azopardi said his party would study the text before taking a view and demanded a debate in parliament. Some residents outside the Convent, the governor's residence, said they were uneasy about Spanish officers at the airport.""",
[("gibraltar", "spanish-schengen-checks", "support", "he now accepted that Spanish officers would carry out Schengen checks", True),
 ("gibraltar", "sovereignty-safeguard", "support", "it was safe for the territory's sovereignty", True),
 ("gibraltar", "gibraltar-customs-union", "support", "Gibraltar would join a customs union with the EU", True)])

art("2025-06-12T17:15:00Z", "continental-post", "lammy-rejects-tory-surrender-claims",
"Lammy rejects Conservative claims that Gibraltar deal surrenders border control",
"""LONDON, June 12 (Continental Post) - Foreign Secretary David Lammy rejected Conservative accusations on Thursday that the Gibraltar agreement surrendered British control of the territory's borders, telling parliament that sovereignty was fully protected.

Conservative frontbenchers said allowing Spanish officers to check passengers at Gibraltar's airport was a concession that no previous government would have made. Lammy replied that the dual checks were built on political lines agreed when David Cameron was foreign secretary, and that the treaty contained an explicit clause preserving each side's position on sovereignty.

He said the agreement did not give Spain any role in the running of the airport, which remained a Royal Air Force station.

Some Conservative members of parliament have called for a vote on the final treaty. Lammy said the government would lay the treaty before parliament in the usual way once the legal text was complete.

In Gibraltar, the deal has been welcomed by business groups. Spain's foreign ministry said it had no comment on debates in the British parliament.""",
[("uk", "sovereignty-safeguard", "support", "the treaty contained an explicit clause preserving each side's position on sovereignty", True),
 ("uk", "spain-drops-airport-demand", "support", "the agreement did not give Spain any role in the running of the airport", True)])

art("2025-06-13T11:50:00Z", "iberia-bulletin", "albares-hits-back-at-pp-surrender",
"Albares rejects PP charge of Gibraltar 'surrender', says sovereignty claim intact",
"""MADRID, June 13 (Iberia Bulletin) - Spain's Foreign Minister Jose Manuel Albares hit back on Friday at claims by the opposition Partido Popular that the Gibraltar agreement was a surrender, saying Spain had not given up a single millimetre of its sovereignty claim.

PP leaders said the government had abandoned Spain's historic demand to share control of Gibraltar's airport and accused Albares of accepting British rule over the isthmus in exchange for a few police booths. The party said it would fight the treaty in parliament.

Albares said it was not true that Spain had lost anything at the airport. Spanish police would decide who entered the Schengen area there, he said, and Spain did not need to run the terminal to do that. He said the treaty's safeguard clause made clear that nothing in it altered Spain's legal position on sovereignty.

Prime Minister Pedro Sanchez, speaking at a separate event in Seville, said the agreement ended decades of confrontation and would bring prosperity to the Campo de Gibraltar.""",
[("spain", "sovereignty-safeguard", "support", "nothing in it altered Spain's legal position on sovereignty", True),
 ("spain", "spain-drops-airport-demand", "support", "Spain did not need to run the terminal to do that", True),
 ("spain", "spanish-schengen-checks", "support", "Spanish police would decide who entered the Schengen area there", True)])

art("2025-06-20T19:10:00Z", "channel-courier", "la-linea-celebrates-agreement",
"La Linea celebrates Gibraltar agreement as mayor presses for fence to go quickly",
"""LA LINEA, June 20 (Channel Courier) - Residents of La Linea de la Concepcion celebrated on Friday as the town council held a public event to mark the agreement that will take down the fence separating them from Gibraltar.

Mayor Juan Franco told the crowd that the agreement was the best news the town had received in decades, and that he would now press for the fence to come down as early as possible. He said La Linea would ask Madrid for investment to make the most of the new situation.

Franco, whose local party is independent of Spain's national parties, has campaigned for years for an open frontier and for special status for the town.

Not everyone was celebrating. A group of PP councillors stayed away, saying the deal had been negotiated behind the backs of Spaniards. Some shopkeepers worried that cheaper goods in Gibraltar would still draw customers across.

Gibraltar's Deputy Chief Minister Joseph Garcia, who attended as a guest, said the frontier would soon be a place to cross, not a place to wait.""",
[("la-linea", "open-frontier", "support", "he would now press for the fence to come down as early as possible", True),
 ("gibraltar", "open-frontier", "support", "the frontier would soon be a place to cross, not a place to wait", True)])

art("2025-07-15T15:35:00Z", "strait-wire", "gibraltar-parliament-debates-agreement",
"Gibraltar parliament opens debate on EU agreement",
"""GIBRALTAR, July 15 (Strait Wire) - Gibraltar's parliament on Tuesday began debating the political agreement with the European Union, with Chief Minister Fabian Picardo urging lawmakers to back a treaty he said would secure the territory's prosperity for a generation.

Picardo told the chamber that the removal of the fence would be permanent and that the customs union with the EU would bring Gibraltar's goods trade with its neighbours into line with the rest of Europe. He declined to say when the legal text would be signed, saying it depended on lawyers in London, Madrid and Brussels.

Opposition leader Keith Azopardi said his party would not oppose the agreement in principle but wanted guarantees that Spanish officers at the airport would have no powers beyond checking passports. Picardo said those guarantees were already in the text.

In Madrid, the Partido Popular repeated its call for the treaty to be put to a vote in the Spanish parliament. Officials in London said British ratification would follow the normal procedure.""",
[("gibraltar", "open-frontier", "support", "the removal of the fence would be permanent", True),
 ("gibraltar", "gibraltar-customs-union", "support", "the customs union with the EU would bring Gibraltar's goods trade", True)])

# Duplicate pairs: (original slug, copy slug)
DUPLICATES = [("commission-draft-mandate-spanish-checks", "eu-mandate-spain-schengen-gibraltar-unacceptable"),
              ("uk-eu-political-agreement-gibraltar", "eu-britain-gibraltar-agreement-dual-checks")]

# Shifts: (actor, issue, from, to, article slug, why)
SHIFTS = [
 ("gibraltar", "spanish-schengen-checks", "oppose", "conditional", "brussels-meeting-general-political-lines",
  "Picardo says Gibraltar could accept Spanish officers doing Schengen checks after a Frontex period and behind Gibraltar's own checks; before (002, 007) he called Spanish officers unacceptable and a red line."),
 ("uk", "spanish-schengen-checks", "oppose", "conditional", "cameron-accepts-spanish-role-with-conditions",
  "Cameron says Britain is prepared to accept a Spanish role provided Frontex leads at first and Gibraltar keeps its controls; in 2021 (002) the Foreign Office said the Spanish-checks mandate could not be a basis for talks."),
 ("spain", "spain-drops-airport-demand", "oppose", "conditional", "second-brussels-meeting-albares-airport-offer",
  "Albares says Madrid is ready to set aside joint use of the airport if Spanish officers do the Schengen checks; in 008 and 011 he said joint use remained an aim he would not give up."),
 ("gibraltar", "spanish-schengen-checks", "conditional", "oppose", "picardo-hardens-no-spanish-officers-airport",
  "Reversal: Picardo says Gibraltar will not accept Spanish officers checking at the airport and that the April offer is no longer on the table; in 014, 018 and 021 he accepted a Spanish role under conditions."),
 ("uk", "spanish-schengen-checks", "conditional", "support", "uk-eu-political-agreement-gibraltar",
  "Lammy says Britain accepts the dual system in which Spanish officers do the Schengen check; before (015, 025) the UK would accept Spanish officers only under conditions."),
 ("spain", "spain-drops-airport-demand", "conditional", "support", "uk-eu-political-agreement-gibraltar",
  "Albares says Spain will have no role in running the airport and accepts this; before (017, 024) Spain offered to leave joint use aside only if its officers did the checks. The anonymous officials in 024 do not move the stance."),
 ("gibraltar", "spanish-schengen-checks", "oppose", "support", "picardo-defends-deal-st-pancras",
  "Picardo says he now accepts that Spanish officers will carry out Schengen checks at the port and airport; in 023 and 025 he rejected Spanish officers at the airport."),
 ("gibraltar", "gibraltar-customs-union", "conditional", "support", "picardo-defends-deal-st-pancras",
  "Picardo says Gibraltar will join a customs union with the EU and align tobacco prices and duties; before (007, 012) he accepted a customs union only if Gibraltar kept control of its taxes."),
]

# ---------------------------------------------------------------- build
def load_watchlist():
    try:
        import yaml
        return yaml.safe_load(WATCHLIST_YAML)
    except ImportError:
        return None

def build():
    A.sort(key=lambda a: a["published"])
    ids = {}
    for i, a in enumerate(A, 1):
        a["id"] = f"{i:03d}"
        ids[a["slug"]] = a["id"]
        d = a["published"][:10].replace("-", "/")
        a["url"] = f"https://example.org/{a['outlet']}/{d}/{a['slug']}"
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as fh:
        fh.write(WATCHLIST_YAML)
    for a in A:
        obj = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": a["url"], "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    # feeds
    for slug, name in OUTLETS.items():
        items = sorted([a for a in A if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        def rfc(p):
            return format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch gibraltar-treaty-2024 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{rfc(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w") as fh:
            fh.write("\n".join(out))
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=ids[s[4]], why=s[5]) for s in SHIFTS]
    shift_articles = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return ids

# ---------------------------------------------------------------- validate
def validate(ids):
    errs = []
    wl = load_watchlist()
    actors = {a["id"] for a in wl["actors"]} if wl else set(re.findall(r"- id: (\S+)\n    name: .*\n    aliases", WATCHLIST_YAML))
    issues = {i["id"] for i in wl["issues"]} if wl else set()
    baseline = {(b["actor"], b["issue"]): b["stance"] for b in wl["baseline"]} if wl else {}
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(labels["claims"].keys()):
        errs.append("claims keys != article files")
    arts = {}
    prev = ""
    for f in files:
        a = json.load(open(os.path.join(HERE, "articles", f + ".json")))
        arts[f] = a
        if a["id"] != f: errs.append(f"{f}: id mismatch")
        if a["published"] <= prev: errs.append(f"{f}: not in publication order")
        prev = a["published"]
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append(f"{f}: {n} words")
        src = a["source"]
        if not re.match(r"^[A-Z][A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(src) + r"\) - ", a["text"]):
            errs.append(f"{f}: bad dateline")
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if issues and c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid}: bad stance")
            if c["quote"] not in arts[aid]["text"]: errs.append(f"{aid}: quote not found: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote too long: {c['quote']}")
            t = (c["actor"], c["issue"], c["stance"])
            if t in seen: errs.append(f"{aid}: duplicate tuple {t}")
            seen.add(t)
    for o, c in DUPLICATES:
        to = {(x["actor"], x["issue"], x["stance"]) for x in labels["claims"][ids[o]]}
        tc = {(x["actor"], x["issue"], x["stance"]) for x in labels["claims"][ids[c]]}
        if to != tc: errs.append(f"duplicate {ids[o]}/{ids[c]} claims differ")
        if arts[ids[o]]["published"][:10] != arts[ids[c]]["published"][:10]: errs.append("duplicate not same day")
    # derive shifts from attributed claims and compare with labelled shifts
    prevailing = dict(baseline)
    derived = []
    dup_copies = {ids[c] for _, c in DUPLICATES}
    for aid in files:
        if aid in dup_copies: continue
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], aid))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errs.append(f"shifts mismatch:\n derived {sorted(derived)}\n labelled {sorted(labelled)}")
    for s in labels["shifts"]:
        if not any(c["actor"] == s["actor"] and c["issue"] == s["issue"] and c["stance"] == s["to"] and c["attributed"]
                   for c in labels["claims"][s["article"]]):
            errs.append(f"shift {s} has no attributed claim in its article")
    sa = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(files) - sa: errs.append("no_alert_articles wrong")
    # stats
    from collections import Counter
    allc = [c for cl in labels["claims"].values() for c in cl]
    print(f"articles={len(files)} claims={len(allc)} stances={dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} shifts={len(labels['shifts'])} in {len(sa)} articles "
          f"empty={[k for k, v in labels['claims'].items() if not v]}")
    print("shift articles:", sorted(sa), "duplicates:", [(ids[o], ids[c]) for o, c in DUPLICATES])
    print("outlets:", dict(Counter(a["source"] for a in arts.values())))
    for e in errs: print("ERROR", e)
    return not errs

if __name__ == "__main__":
    ok = validate(build())
    sys.exit(0 if ok else 1)
