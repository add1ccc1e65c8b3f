#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set us-cuba-thaw-2014.

Standard library only. Holds the watchlist, articles and labels as data, writes
watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates everything and exits non-zero on any problem.

All article text is original paraphrase of real, public events (Dec 2014 - Aug 2015)
from fictional outlets. It is not a source of facts.
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
    "Tidewater Wire": "tidewater-wire",
    "Bayfront Herald": "bayfront-herald",
    "Crossroads Report": "crossroads-report",
    "Atlas Newswire": "atlas-newswire",
    "Lantern Post": "lantern-post",
}

# --------------------------------------------------------------------------- watchlist
ACTORS = [
    ("usa", "United States (the Obama administration)",
     ["United States", "US", "U.S.", "Washington", "Obama administration", "Barack Obama", "Obama",
      "President Obama", "White House", "State Department", "John Kerry", "Kerry", "Roberta Jacobson",
      "Jacobson", "Josh Earnest", "Earnest", "Jen Psaki", "Psaki"]),
    ("cuba", "Cuba (the Cuban government)",
     ["Cuba", "Cuban government", "Havana", "Raul Castro", "President Castro", "Castro",
      "Bruno Rodriguez", "Rodriguez", "Josefina Vidal", "Vidal", "Foreign Ministry",
      "Cuban Foreign Ministry"]),
    ("congress-gop", "Republicans in the US Congress, led by Speaker John Boehner and Senator Marco Rubio",
     ["Republicans", "congressional Republicans", "Republican leaders", "House Republicans",
      "John Boehner", "Boehner", "Speaker", "House Speaker", "Marco Rubio", "Rubio",
      "Mitch McConnell", "McConnell"]),
    ("vatican", "The Holy See and Pope Francis",
     ["Vatican", "the Vatican", "Holy See", "Pope Francis", "Francis", "the Pope", "pontiff",
      "Federico Lombardi", "Lombardi"]),
    ("eu", "European Union (institutions and the member states acting together)",
     ["European Union", "EU", "Brussels", "European Commission", "Federica Mogherini", "Mogherini",
      "European External Action Service", "EU foreign service"]),
]

ISSUES = [
    ("lift-embargo", "The United States lifts its trade embargo on Cuba",
     "The US economic, commercial and financial embargo on Cuba (codified by Congress) is ended.",
     ["embargo", "blockade", "trade embargo", "lift the embargo", "ending the embargo", "sanctions"]),
    ("terror-list", "Cuba is removed from the US list of state sponsors of terrorism",
     "Washington rescinds Cuba's designation as a state sponsor of terrorism, in place since 1982.",
     ["state sponsors of terrorism", "terrorism list", "terror list", "designation", "rescind", "removal from the list"]),
    ("reopen-embassies", "The US and Cuba restore diplomatic relations and reopen embassies in Havana and Washington",
     "Full diplomatic relations are re-established and the interests sections become embassies.",
     ["embassy", "embassies", "diplomatic relations", "diplomatic ties", "interests section", "ambassador", "raise the flag"]),
    ("return-guantanamo", "The United States hands the Guantanamo Bay naval base back to Cuba",
     "The US gives up the naval base and the territory it leases at Guantanamo Bay and returns it to Cuba.",
     ["Guantanamo", "Guantanamo Bay", "naval base", "lease", "occupied territory"]),
    ("drop-travel-restrictions", "The United States drops its restrictions on American travel to Cuba",
     "Washington abandons the limits on Americans visiting Cuba, including the statutory ban on tourism.",
     ["travel ban", "travel restrictions", "travel rules", "tourism", "tourists", "travel licences", "visit Cuba"]),
    ("release-prisoners", "Cuba frees the political prisoners on the US list",
     "Cuba releases the 53 dissidents and other political prisoners Washington asked it to free. The swap of "
     "Alan Gross and of intelligence agents is a separate matter.",
     ["political prisoners", "53 prisoners", "release", "freed", "dissidents", "jailed"]),
]

BASELINE = [
    ("usa", "lift-embargo", "conditional"),
    ("usa", "terror-list", "oppose"),
    ("usa", "return-guantanamo", "oppose"),
    ("usa", "drop-travel-restrictions", "oppose"),
    ("usa", "release-prisoners", "support"),
    ("cuba", "lift-embargo", "support"),
    ("cuba", "terror-list", "support"),
    ("cuba", "return-guantanamo", "support"),
    ("congress-gop", "lift-embargo", "oppose"),
    ("congress-gop", "terror-list", "oppose"),
    ("congress-gop", "reopen-embassies", "oppose"),
    ("congress-gop", "drop-travel-restrictions", "oppose"),
    ("eu", "lift-embargo", "support"),
    ("vatican", "lift-embargo", "support"),
]

# --------------------------------------------------------------------------- articles
# (published UTC, outlet, url slug, title, text, claims)
# claim = (actor, issue, stance, quote, attributed)
S, O, C = "support", "oppose", "conditional"

ARTICLES = [
# 001
("2014-12-17T17:30:00Z", "Tidewater Wire", "obama-restores-ties-with-cuba-orders-terror-list-review",
 "Obama moves to restore ties with Cuba, orders review of terrorism listing",
 """WASHINGTON, Dec 17 (Tidewater Wire) - President Barack Obama said on Wednesday that the United States would restore full diplomatic relations with Cuba and open an embassy in Havana, ending more than five decades of estrangement from the island's communist government.

In an address from the White House, Obama said the policy of isolation had failed to advance American interests, and that he would press Congress to begin work on lifting the trade embargo. He has instructed Secretary of State John Kerry to review Cuba's designation as a state sponsor of terrorism, a review officials said would be guided by the facts and the law.

Obama also said his administration would ease travel for Americans in a dozen authorised categories, such as family visits and educational trips, though ordinary tourism remains banned under US law.

The announcement followed 18 months of secret talks hosted by Canada, with a final meeting at the Vatican. American contractor Alan Gross was freed on Wednesday, and three Cuban intelligence agents jailed in the United States were sent home.

US officials said Cuba had also agreed to free 53 people Washington regards as political prisoners. Obama welcomed that step and said the United States would keep pressing for human rights on the island.""",
 [("usa", "reopen-embassies", S, "would restore full diplomatic relations with Cuba and open an embassy in Havana", True),
  ("usa", "lift-embargo", S, "he would press Congress to begin work on lifting the trade embargo", True),
  ("usa", "terror-list", C, "instructed Secretary of State John Kerry to review Cuba's designation", True),
  ("usa", "drop-travel-restrictions", C, "ease travel for Americans in a dozen authorised categories", True),
  ("cuba", "release-prisoners", S, "Cuba had also agreed to free 53 people", False),
  ("usa", "release-prisoners", S, "Obama welcomed that step", True)]),

# 002
("2014-12-17T18:10:00Z", "Bayfront Herald", "raul-castro-confirms-restored-ties-embargo-must-go",
 "Raul Castro confirms restoration of ties, says embargo must still go",
 """HAVANA, Dec 17 (Bayfront Herald) - Cuban President Raul Castro told the nation in a televised address on Wednesday that Havana and Washington had agreed to re-establish diplomatic relations, while warning that the central dispute between the two countries remained unresolved.

Speaking in olive-green uniform at the same hour as President Barack Obama, Castro said the economic, commercial and financial blockade, as Havana calls the US embargo, was causing enormous harm to the Cuban people and had to end. He acknowledged that only the US Congress could lift it, and urged Obama to use his executive powers to soften it in the meantime.

Castro said US contractor Alan Gross had been freed on humanitarian grounds and thanked Pope Francis and the Canadian government for their help. He said profound differences remained on national sovereignty, democracy and human rights, and that Cuba was ready to discuss them on the basis of equality.

Crowds of students poured onto the streets of the capital to celebrate the return of the three Cuban agents, who are regarded in Cuba as national heroes.""",
 [("cuba", "reopen-embassies", S, "Havana and Washington had agreed to re-establish diplomatic relations", True),
  ("usa", "reopen-embassies", S, "Havana and Washington had agreed to re-establish diplomatic relations", False),
  ("cuba", "lift-embargo", S, "was causing enormous harm to the Cuban people and had to end", True)]),

# 003
("2014-12-17T19:20:00Z", "Atlas Newswire", "pope-helped-broker-us-cuba-deal-vatican-says",
 "Pope helped broker US-Cuba deal, Vatican says",
 """VATICAN CITY, Dec 17 (Atlas Newswire) - Pope Francis played a direct part in the secret diplomacy behind Wednesday's breakthrough between the United States and Cuba, the Vatican said, as the pontiff sent his warm congratulations on the historic decision to establish diplomatic relations.

In a statement, the Holy See said the Pope had written during the summer to President Barack Obama and President Raul Castro, inviting them to settle humanitarian questions of common interest, including the fate of prisoners held by each side. Delegations from both countries were received at the Vatican in October, the statement said, in a meeting that produced solutions acceptable to both sides.

The Vatican said it would keep supporting initiatives by the two countries to strengthen their bilateral relations and promote the wellbeing of their citizens.

Francis, the first pope from Latin America, turned 78 on Wednesday. Church officials in Rome said the outcome vindicated the quiet diplomacy he has encouraged since his election in 2013, though they declined to say whether he would visit the island.""",
 [("vatican", "reopen-embassies", S, "warm congratulations on the historic decision to establish diplomatic relations", True)]),

# 004
("2014-12-17T21:45:00Z", "Crossroads Report", "rubio-vows-to-fight-cuba-opening",
 "Rubio vows to fight Cuba opening as Republicans cry foul",
 """WASHINGTON, Dec 17 (Crossroads Report) - Republican leaders in Congress condemned President Barack Obama's opening to Cuba on Wednesday, and Senator Marco Rubio promised to use his position in the incoming Senate majority to stand in its way.

Rubio, a Florida Republican whose parents left Cuba in the 1950s, said the White House had given the Castro government everything it wanted in exchange for nothing. He said he would work to keep the embargo in place and would try to block the confirmation of any ambassador to Havana, as well as money for an embassy there.

House Speaker John Boehner called the policy a thoughtless concession to a dictatorship and said the embargo should stay.

Not every lawmaker was critical. Republican Senator Jeff Flake of Arizona, a longtime opponent of the embargo, welcomed the move, while Democratic Senator Robert Menendez, who is Cuban-American, denounced it as a reward for bad behaviour.

Aides said any attempt to repeal the embargo would face long odds in a Congress where both chambers will be in Republican hands from January.""",
 [("congress-gop", "lift-embargo", O, "He said he would work to keep the embargo in place", True),
  ("congress-gop", "reopen-embassies", O, "would try to block the confirmation of any ambassador to Havana", True)]),

# 005
("2014-12-18T11:00:00Z", "Lantern Post", "eu-hails-us-cuba-thaw",
 "EU hails US-Cuba thaw as it pursues its own pact with Havana",
 """BRUSSELS, Dec 18 (Lantern Post) - The European Union welcomed the decision by the United States and Cuba to restore diplomatic relations, with foreign policy chief Federica Mogherini calling it a historic turning point after more than half a century of confrontation.

Mogherini said in a statement that the bloc stood ready to work with both countries and hoped the step would benefit the Cuban people. She noted that the EU was itself negotiating a political dialogue and cooperation agreement with Havana, talks that opened in April and whose next round is planned for early next year.

The EU has never accepted the extraterritorial reach of the US embargo and in 1996 adopted rules shielding European firms from its effects. Every EU member state voted in October for the annual United Nations resolution calling on Washington to end it.

EU diplomats said the US move could speed up the bloc's own talks, though one cautioned that human rights would remain central to any deal with Cuba and that no date had been set for a conclusion.""",
 [("eu", "reopen-embassies", S, "welcomed the decision by the United States and Cuba to restore diplomatic relations", True),
  ("eu", "lift-embargo", S, "Every EU member state voted in October for the annual United Nations resolution", False)]),

# 006
("2014-12-20T19:00:00Z", "Tidewater Wire", "castro-cuba-will-not-give-up-socialism",
 "Castro tells assembly Cuba will not give up socialism for better US ties",
 """HAVANA, Dec 20 (Tidewater Wire) - President Raul Castro told Cuba's National Assembly on Saturday that the country would not abandon its one-party socialist system in return for better relations with the United States, three days after the two governments announced they would restore diplomatic ties.

Castro said Cuba was prepared to hold a respectful dialogue with Washington on any subject, but that Americans should not expect the island to change its political model. He repeated that the embargo remained in force and said its removal was essential if relations were ever to become normal.

The assembly's speaker, Esteban Lazo, led lawmakers in a standing ovation for the three intelligence agents, who sat in the front rows of the chamber.

In Washington, President Barack Obama said at his year-end news conference on Friday that change in Cuba would not come overnight and that the embargo could only be lifted by Congress, and he again urged lawmakers to begin that work. He declined to say whether he would visit the island before leaving office.""",
 [("cuba", "lift-embargo", S, "its removal was essential if relations were ever to become normal", True),
  ("usa", "lift-embargo", S, "he again urged lawmakers to begin that work", True)]),

# 007 (no claims)
("2015-01-07T16:00:00Z", "Crossroads Report", "us-sets-date-for-first-cuba-talks-in-havana",
 "US sets date for first round of Cuba talks in Havana",
 """WASHINGTON, Jan 7 (Crossroads Report) - The State Department said on Wednesday that a US delegation led by Assistant Secretary of State Roberta Jacobson would travel to Havana on Jan. 21 and 22 for the first round of talks since the Dec. 17 announcement.

The meetings will be held at Cuba's Foreign Ministry and will open with a session on migration, a regular set of talks between the two countries that predates the new policy, spokeswoman Jen Psaki told reporters.

Psaki declined to say how many of the 53 prisoners on the US list were already out of jail, or when the administration would publish their names. She said she would not get ahead of the process.

Jacobson will be the most senior US official to visit Cuba in decades. Her Cuban counterpart is expected to be Josefina Vidal, the Foreign Ministry's director for US affairs.

Analysts in Miami said the first round would probably be devoted to logistics, such as the staffing of future embassies and travel limits on diplomats, rather than the larger political disputes.""",
 []),

# 008
("2015-01-12T22:00:00Z", "Bayfront Herald", "us-says-cuba-has-freed-all-53-prisoners",
 "US says Cuba has freed all 53 prisoners on its list",
 """WASHINGTON, Jan 12 (Bayfront Herald) - Cuba has completed the release of all 53 political prisoners it agreed to free as part of last month's deal, US officials said on Monday, removing a potential obstacle before talks in Havana next week.

State Department spokeswoman Jen Psaki said Washington welcomed the releases as a positive step and would keep urging the Cuban government to let its citizens speak and assemble freely. Officials said they had confirmed the releases through contacts on the island, but they declined to publish the names.

Senator Marco Rubio, a Florida Republican, said the secrecy surrounding the list was troubling and called for every political prisoner on the island to be freed. He noted that several of those released had been detained again within days.

Havana made no public comment. Cuban officials have in the past rejected the term political prisoner, describing jailed dissidents as mercenaries paid by foreign governments.

A spokeswoman for the EU foreign service said the bloc had also been pressing Havana on the cases and hoped the releases would be followed by others.""",
 [("cuba", "release-prisoners", S, "Cuba has completed the release of all 53 political prisoners it agreed to free", False),
  ("usa", "release-prisoners", S, "Washington welcomed the releases as a positive step", True),
  ("congress-gop", "release-prisoners", S, "called for every political prisoner on the island to be freed", True),
  ("eu", "release-prisoners", S, "hoped the releases would be followed by others", True)]),

# 009
("2015-01-15T18:30:00Z", "Lantern Post", "us-scraps-cuba-travel-ban-new-rules",
 "US scraps Cuba travel ban as new rules take effect",
 """WASHINGTON, Jan 15 (Lantern Post) - The Obama administration published new regulations on Thursday that make it far easier for Americans to visit Cuba, though the rules stop short of allowing tourism, which remains prohibited by an act of Congress.

Under the rules issued by the Treasury and Commerce departments, which take effect on Friday, travellers in 12 approved categories, including journalism, religious activities and educational exchanges, no longer need to apply for an individual licence. They may use credit cards on the island and bring home up to $400 in souvenirs, including $100 worth of tobacco and alcohol.

Treasury officials said the changes carried out the steps President Barack Obama announced in December, and that the administration would not go beyond what the law allowed.

Senator Marco Rubio said easing travel would pour money into the coffers of the Cuban military, which controls much of the tourism industry, and defended the remaining restrictions as a vital source of pressure.

Airlines and tour operators said they were studying the rules. Analysts expected a jump in visits by Americans claiming an educational purpose.""",
 [("usa", "drop-travel-restrictions", C, "far easier for Americans to visit Cuba, though the rules stop short of allowing tourism", True),
  ("congress-gop", "drop-travel-restrictions", O, "defended the remaining restrictions as a vital source of pressure", True)]),

# 010
("2015-01-21T03:40:00Z", "Atlas Newswire", "obama-state-of-union-urges-end-to-cuba-embargo",
 "Obama uses State of the Union to urge end to Cuba embargo",
 """WASHINGTON, Jan 20 (Atlas Newswire) - President Barack Obama called on Congress on Tuesday to begin the work of ending the embargo on Cuba this year, using his State of the Union address to defend the opening he announced last month.

Obama told lawmakers that a policy that had failed for more than 50 years deserved to be replaced, and that the change of approach could open a new era in the Americas. Among the guests in the first lady's box was Alan Gross, the contractor freed by Havana in December, who received a standing ovation.

The line on Cuba drew applause mainly from Democrats. Senator Marco Rubio said afterwards that lifting the embargo would only strengthen the Castro brothers, and that he did not expect the Senate to take up any repeal.

Speaker John Boehner, who sat behind the president during the speech, did not mention Cuba in his remarks to reporters afterwards. His office did not respond to a request for comment.

The address also touched on trade, cyber security and the fight against Islamic State militants.""",
 [("usa", "lift-embargo", S, "begin the work of ending the embargo on Cuba this year", True),
  ("congress-gop", "lift-embargo", O, "lifting the embargo would only strengthen the Castro brothers", True)]),

# 011
("2015-01-22T21:00:00Z", "Tidewater Wire", "us-cuba-first-round-ends-no-embassy-date",
 "US, Cuba end first round of talks with no date for embassies",
 """HAVANA, Jan 22 (Tidewater Wire) - The United States and Cuba ended two days of talks in Havana on Thursday without setting a date to reopen embassies, but both delegations said they remained committed to restoring diplomatic relations.

Josefina Vidal, who led the Cuban side, told reporters that Cuba was ready to move ahead with reopening embassies and described the meeting as productive. She said Cuba's removal from the US list of state sponsors of terrorism was a very important issue for Havana, as the island never should have been on it.

Vidal also said Cuba welcomed the new US travel rules but regretted that Americans still could not come as ordinary tourists.

Assistant Secretary of State Roberta Jacobson said the United States wanted an embassy in Havana as soon as possible. Asked about the terrorism list, she said the review ordered by President Barack Obama was under way and would be decided on the facts, not as a concession.

Jacobson said she had raised human rights and freedom of expression, and Vidal said Cuba would never accept conditions on its internal affairs.""",
 [("cuba", "reopen-embassies", S, "Cuba was ready to move ahead with reopening embassies", True),
  ("cuba", "terror-list", S, "the island never should have been on it", True),
  ("cuba", "drop-travel-restrictions", S, "regretted that Americans still could not come as ordinary tourists", True),
  ("usa", "reopen-embassies", S, "wanted an embassy in Havana as soon as possible", True),
  ("usa", "terror-list", C, "the review ordered by President Barack Obama was under way", True)]),

# 012 (duplicate of 011)
("2015-01-22T23:15:00Z", "Crossroads Report", "havana-talks-close-without-embassy-date",
 "Havana talks close without embassy date, both sides upbeat",
 """HAVANA, Jan 22 (Crossroads Report) - Two days of talks between the United States and Cuba ended in Havana on Thursday with no date set to reopen embassies, though both delegations said they were still committed to restoring diplomatic relations.

Cuba's lead negotiator, Josefina Vidal, described the meeting as productive and told reporters that Cuba was ready to move ahead with reopening embassies. Removal from the US list of state sponsors of terrorism was a very important issue for Havana, she said, adding that the island never should have been on it.

She also said Cuba welcomed the new US travel rules but regretted that Americans still could not come as ordinary tourists.

Assistant Secretary of State Roberta Jacobson, who headed the US team, said the United States wanted an embassy in Havana as soon as possible. On the terrorism list, she said the review ordered by President Barack Obama was under way and would be decided on the facts, not as a concession.

Jacobson said she had raised human rights and freedom of expression. Vidal replied that Cuba would never accept conditions on its internal affairs.""",
 [("cuba", "reopen-embassies", S, "Cuba was ready to move ahead with reopening embassies", True),
  ("cuba", "terror-list", S, "the island never should have been on it", True),
  ("cuba", "drop-travel-restrictions", S, "regretted that Americans still could not come as ordinary tourists", True),
  ("usa", "reopen-embassies", S, "wanted an embassy in Havana as soon as possible", True),
  ("usa", "terror-list", C, "the review ordered by President Barack Obama was under way", True)]),

# 013
("2015-01-28T23:00:00Z", "Bayfront Herald", "castro-lists-guantanamo-embargo-for-normal-ties",
 "Castro lists Guantanamo, embargo as conditions for normal ties",
 """BELEN, Jan 28 (Bayfront Herald) - Cuban President Raul Castro told a summit of Latin American and Caribbean leaders in Costa Rica on Wednesday that relations with the United States could not be called normal as long as the embargo was not lifted and Washington kept the Guantanamo Bay naval base.

Castro said the restoration of diplomatic relations agreed in December was the start of a long and complex process. Full normalisation, he said, would also require the return of the occupied territory at Guantanamo, an end to US-funded radio and television broadcasts aimed at the island, and compensation for the damage caused by the embargo.

He urged President Barack Obama to use his executive powers to loosen the embargo without waiting for Congress.

The speech came two days after his brother Fidel Castro, who stepped down in 2008, broke weeks of silence with a letter read on state television saying he did not trust US policy but did not reject a peaceful solution to conflicts.

US officials had no immediate reaction. Diplomats at the summit said the list of demands was a familiar opening position rather than a threat to the talks.""",
 [("cuba", "lift-embargo", S, "could not be called normal as long as the embargo was not lifted", True),
  ("cuba", "return-guantanamo", S, "would also require the return of the occupied territory at Guantanamo", True),
  ("cuba", "reopen-embassies", S, "restoration of diplomatic relations agreed in December was the start", True)]),

# 014
("2015-01-29T19:30:00Z", "Lantern Post", "white-house-guantanamo-not-up-for-negotiation",
 "White House says Guantanamo base is not up for negotiation",
 """WASHINGTON, Jan 29 (Lantern Post) - The White House said on Thursday that the US naval base at Guantanamo Bay was not part of the talks with Cuba, a day after President Raul Castro said its return was needed for normal relations.

Spokesman Josh Earnest told reporters the administration had no plans to hand the base back and denied that officials had agreed to discuss its future. He said the president still wanted Congress to lift the embargo but that the new relationship would take time.

On Capitol Hill, a bipartisan group of eight senators led by Republican Jeff Flake and Democrat Patrick Leahy introduced a bill to abolish the remaining restrictions on travel by Americans to Cuba. Senator Marco Rubio, a Florida Republican, said he would use every procedural tool to stop it, arguing that American tourists would be financing the Cuban government.

Senate Majority Leader Mitch McConnell did not say whether he would allow a vote on the bill. Supporters acknowledged it faced a difficult path.""",
 [("usa", "return-guantanamo", O, "the administration had no plans to hand the base back", True),
  ("usa", "lift-embargo", S, "the president still wanted Congress to lift the embargo", True),
  ("congress-gop", "drop-travel-restrictions", O, "he would use every procedural tool to stop it", True)]),

# 015 (shift: cuba reopen-embassies support -> conditional)
("2015-02-27T21:30:00Z", "Atlas Newswire", "cuba-ties-embassy-opening-to-terror-list",
 "Cuba ties embassy opening to removal from US terrorism list",
 """WASHINGTON, Feb 27 (Atlas Newswire) - Cuba said on Friday that it would be difficult to reopen embassies while it remained on the US list of state sponsors of terrorism, linking the two issues at the end of a second round of talks at the State Department.

Josefina Vidal, the head of the Cuban delegation, said embassies could open only once Cuba was off the list and once its diplomats in Washington had regained access to banking services, which they lost last year. Removal from the list, she said, was a priority for Havana.

Assistant Secretary of State Roberta Jacobson said the review of the designation was moving on a separate track and would not be used as a bargaining chip. She said the United States still hoped to have an embassy open in Havana before the Summit of the Americas in Panama in April.

Both sides called the talks respectful and constructive. A third round has not yet been scheduled, officials said.""",
 [("cuba", "reopen-embassies", C, "embassies could open only once Cuba was off the list", True),
  ("cuba", "terror-list", S, "Removal from the list, she said, was a priority for Havana", True),
  ("usa", "terror-list", C, "the review of the designation was moving on a separate track", True),
  ("usa", "reopen-embassies", S, "still hoped to have an embassy open in Havana before the Summit", True)]),

# 016 (duplicate of 015)
("2015-02-27T23:50:00Z", "Bayfront Herald", "havana-links-embassies-to-terrorism-list",
 "Havana links embassies to terrorism list after Washington talks",
 """WASHINGTON, Feb 27 (Bayfront Herald) - Cuba said on Friday it would be hard to reopen embassies as long as it stayed on the US list of state sponsors of terrorism, tying the two questions together at the end of a second round of talks at the State Department.

Cuban delegation head Josefina Vidal said embassies could open only once Cuba was off the list and its diplomats in Washington had regained access to banking services, which they lost last year. Removal from the list, she said, was a priority for Havana.

For the United States, Assistant Secretary of State Roberta Jacobson said the review of the designation was moving on a separate track and would not be used as a bargaining chip. Washington still hoped to have an embassy open in Havana before the Summit of the Americas in Panama in April, she said.

Both delegations described the talks as respectful and constructive. No date has been set for a third round, officials said.""",
 [("cuba", "reopen-embassies", C, "embassies could open only once Cuba was off the list", True),
  ("cuba", "terror-list", S, "Removal from the list, she said, was a priority for Havana", True),
  ("usa", "terror-list", C, "the review of the designation was moving on a separate track", True),
  ("usa", "reopen-embassies", S, "still hoped to have an embassy open in Havana before the Summit", True)]),

# 017 (no claims)
("2015-03-17T15:00:00Z", "Crossroads Report", "us-cuban-negotiators-meet-quietly-in-havana",
 "US and Cuban negotiators meet quietly in Havana",
 """HAVANA, March 17 (Crossroads Report) - American and Cuban negotiators held a third round of talks in Havana on Monday, a meeting neither government announced in advance and which ended without any public statement.

The State Department confirmed afterwards that Roberta Jacobson had led the US team but declined to say what had been discussed or whether a date for the next round had been set. Cuba's Foreign Ministry issued a one-line notice saying that the meeting had taken place.

Diplomats in the Cuban capital said the closed format suggested both sides wanted to settle remaining practical questions, such as the movement of diplomats and security around the future US embassy on the Malecon seafront, away from the cameras.

Some analysts in Washington speculated that the two presidents might announce the reopening of embassies when they meet at the Summit of the Americas in Panama next month, though others thought that timetable was too ambitious.

The building that would house the US embassy currently serves as the US Interests Section, which has operated in Havana since 1977.""",
 []),

# 018
("2015-03-24T17:00:00Z", "Lantern Post", "mogherini-in-havana-eu-opposed-embargo",
 "EU's Mogherini in Havana says bloc has always opposed US embargo",
 """HAVANA, March 24 (Lantern Post) - European Union foreign policy chief Federica Mogherini said on Tuesday that the bloc had always opposed the US embargo on Cuba and hoped the rapprochement between Washington and Havana would help bring it to an end.

On the first visit to Cuba by the EU's top diplomat, Mogherini met Foreign Minister Bruno Rodriguez and said the two sides wanted to speed up talks on their own cooperation agreement. She said the European Union welcomed the process of restoring diplomatic relations between Cuba and the United States and saw no contradiction with its own approach.

Rodriguez said Cuba valued the EU's consistent vote against the embargo at the United Nations, and repeated that the blockade was the main obstacle to the island's development.

Mogherini said she had also raised human rights, a subject on which the two sides hold a separate dialogue. European diplomats said the talks on the agreement still faced several difficult chapters, including trade and cooperation on migration.""",
 [("eu", "lift-embargo", S, "the bloc had always opposed the US embargo on Cuba", True),
  ("eu", "reopen-embassies", S, "welcomed the process of restoring diplomatic relations between Cuba and the United States", True),
  ("cuba", "lift-embargo", S, "repeated that the blockade was the main obstacle to the island's development", True)]),

# 019
("2015-04-09T20:00:00Z", "Bayfront Herald", "state-department-said-to-recommend-removing-cuba",
 "State Department said to recommend taking Cuba off terrorism list",
 """PANAMA CITY, April 9 (Bayfront Herald) - The State Department has recommended that Cuba be removed from the US list of state sponsors of terrorism, according to people familiar with the review, as leaders gathered in Panama for a summit where Presidents Barack Obama and Raul Castro are expected to meet.

The recommendation has been sent to the White House, the people said. Speaking in Jamaica earlier on Thursday, Obama declined to say when he would act on it.

Cuban Foreign Minister Bruno Rodriguez, who met Secretary of State John Kerry in a Panama City hotel on the eve of the summit, told reporters the designation was unjustified and hampered Cuba's access to international banking.

Human rights groups and anti-Castro activists staged rival protests outside the summit venue. It is the first Summit of the Americas that Cuba has been invited to attend.

Kerry's meeting with Rodriguez, the highest-level contact between the two countries in decades, lasted several hours, a US official said, without giving details of what was discussed.""",
 [("usa", "terror-list", S, "The State Department has recommended that Cuba be removed", False),
  ("cuba", "terror-list", S, "told reporters the designation was unjustified", True)]),

# 020
("2015-04-11T23:30:00Z", "Tidewater Wire", "obama-castro-first-formal-talks",
 "Obama and Castro hold first formal talks in half a century",
 """PANAMA CITY, April 11 (Tidewater Wire) - President Barack Obama and Cuban President Raul Castro sat down together on Saturday for the first formal meeting between leaders of the two countries since 1956, on the sidelines of the Summit of the Americas.

Obama said the two governments would continue to have deep differences but that the old policy had not served either people. He said he would keep pressing Congress to lift the embargo.

Castro, speaking beside him, said Cuba was willing to discuss everything, including human rights and press freedom, but that patience would be needed. In his summit speech earlier, he described Obama as an honest man who was not to blame for the policies of his predecessors, while repeating that the blockade had to end.

A White House official said afterwards that Castro had raised Cuba's demand for the return of Guantanamo during the meeting, which lasted about an hour. The official did not say how Obama had replied.

The summit closed without a joint declaration, after disagreements over US sanctions on Venezuelan officials.""",
 [("usa", "lift-embargo", S, "He said he would keep pressing Congress to lift the embargo", True),
  ("cuba", "lift-embargo", S, "repeating that the blockade had to end", True),
  ("cuba", "return-guantanamo", S, "Castro had raised Cuba's demand for the return of Guantanamo", False)]),

# 021 (shift: usa terror-list conditional -> support)
("2015-04-14T21:30:00Z", "Crossroads Report", "obama-moves-to-strike-cuba-from-terror-list",
 "Obama moves to strike Cuba from terrorism sponsor list",
 """WASHINGTON, April 14 (Crossroads Report) - President Barack Obama told Congress on Tuesday that he intends to remove Cuba from the US list of state sponsors of terrorism, clearing one of the main obstacles to reopening embassies in the two capitals.

In a message to lawmakers, Obama certified that Cuba had not supported international terrorism in the previous six months and had given assurances that it would not do so in the future. The White House said the decision followed the State Department's conclusion after a review lasting nearly four months.

Congress has 45 days to block the move with a joint resolution, which Obama could veto. Senator Marco Rubio called the decision terrible and said the Cuban government still harbours fugitives from American justice. Speaker John Boehner said the administration had given the Castro regime a significant political victory and received nothing back.

Cuba has been on the list since 1982, alongside Iran, Sudan and Syria. Being listed carries restrictions on aid and arms sales and has complicated Cuba's access to banks.

Secretary of State John Kerry said the United States would continue to have differences with Havana but that the designation no longer fit the facts.""",
 [("usa", "terror-list", S, "he intends to remove Cuba from the US list of state sponsors of terrorism", True),
  ("congress-gop", "terror-list", O, "Senator Marco Rubio called the decision terrible", True)]),

# 022
("2015-04-15T16:00:00Z", "Atlas Newswire", "cuba-welcomes-just-decision-on-terror-list",
 "Cuba welcomes 'just decision' on terrorism list, keeps embassy conditions",
 """HAVANA, April 15 (Atlas Newswire) - Cuba said on Wednesday that President Barack Obama had made a "just decision" in moving to take the island off the US list of state sponsors of terrorism, a designation Havana said it should never have carried.

In a statement read on state television, Josefina Vidal, the Foreign Ministry's director for US affairs, said Cuba had always rejected the listing and recognised the president's step. She said Cuba still needed a solution to the banking problems of its mission in Washington, and a commitment that US diplomats in Havana would respect the norms of the Vienna Convention, before the embassies could open.

Vidal said the talks remained respectful and that a new round would be held in Washington next month.

The removal will not take effect until a 45-day congressional review period expires. Few in Havana expected lawmakers to try to stop it, and diplomats said the remaining obstacles to embassies were largely technical.""",
 [("cuba", "terror-list", S, "Cuba had always rejected the listing and recognised the president's step", True),
  ("cuba", "reopen-embassies", C, "still needed a solution to the banking problems of its mission in Washington", True)]),

# 023 (no claims)
("2015-04-28T15:00:00Z", "Bayfront Herald", "congress-unlikely-to-contest-terror-list-decision",
 "Congress unlikely to contest Cuba terror-list decision, aides say",
 """WASHINGTON, April 28 (Bayfront Herald) - With just over four weeks left in the congressional review period, no lawmaker has introduced a resolution to stop the removal of Cuba from the US list of state sponsors of terrorism, and aides in both parties said none was likely to pass.

A resolution would need to clear both chambers and survive a presidential veto, a bar that aides said was out of reach in the current Congress.

Business groups were watching closely. Executives said the designation had made banks wary of any transaction involving Cuba, even after the travel and trade rules were eased in January, and that its removal could change their calculations.

Meanwhile, American and Cuban officials were preparing for the next round of talks on embassies, scheduled for May 21 in Washington. The State Department declined to say whether remaining disagreements over the movement of diplomats had narrowed.

Analysts said the congressional calendar, crowded with trade and budget fights, left little room for a debate on Cuba before the summer recess.""",
 []),

# 024
("2015-05-10T17:00:00Z", "Lantern Post", "castro-meets-pope-may-return-to-church",
 "Castro meets Pope, says he may return to the Church",
 """VATICAN CITY, May 10 (Lantern Post) - Cuban President Raul Castro thanked Pope Francis on Sunday for his role in the rapprochement with the United States, and told reporters afterwards that he was so impressed by the pontiff that he might start praying again and return to the Catholic Church.

The two men met privately for nearly an hour in a study near the audience hall. Vatican spokesman Federico Lombardi said the Pope had welcomed the progress toward restoring diplomatic relations between Havana and Washington and encouraged both sides to continue.

Francis will visit Cuba in September on his way to the United States, the Vatican has confirmed. The Holy See, which has long criticised the US embargo as harmful to ordinary Cubans, has kept a diplomatic presence on the island throughout the communist period.

Castro, who was on his way home from Moscow, where he attended Victory Day commemorations, also met Italian Prime Minister Matteo Renzi in Rome. He said he would attend every Mass the Pope celebrates in Cuba.""",
 [("vatican", "reopen-embassies", S, "the Pope had welcomed the progress toward restoring diplomatic relations", True),
  ("vatican", "lift-embargo", S, "has long criticised the US embargo as harmful to ordinary Cubans", False)]),

# 025
("2015-05-22T22:00:00Z", "Atlas Newswire", "fourth-round-ends-without-embassy-deal",
 "Fourth round ends without embassy deal, but sides 'very close', US says",
 """WASHINGTON, May 22 (Atlas Newswire) - A fourth round of talks between the United States and Cuba ended on Friday without an agreement to reopen embassies, although the chief US negotiator said the two sides were very close.

Roberta Jacobson told reporters that the United States was eager to raise its flag over an embassy in Havana, and that the remaining questions concerned how American diplomats would work and travel on the island.

Her Cuban counterpart, Josefina Vidal, said there would be no embassies unless the banking problem was solved, though she acknowledged that a US bank's recent agreement to handle the Cuban mission's accounts had removed much of the difficulty. Cuba's removal from the terrorism list is expected at the end of the month.

Vidal added that Cuba would not accept American diplomats' contacts with groups it regards as mercenaries, and said the embargo remained the biggest obstacle to normal relations.

Neither side said when the next round would take place.""",
 [("usa", "reopen-embassies", S, "the United States was eager to raise its flag over an embassy in Havana", True),
  ("cuba", "reopen-embassies", C, "there would be no embassies unless the banking problem was solved", True),
  ("cuba", "lift-embargo", S, "the embargo remained the biggest obstacle to normal relations", True)]),

# 026
("2015-05-29T20:00:00Z", "Tidewater Wire", "cuba-formally-removed-from-terror-list",
 "Cuba formally removed from US terrorism sponsor list",
 """WASHINGTON, May 29 (Tidewater Wire) - Secretary of State John Kerry formally rescinded Cuba's designation as a state sponsor of terrorism on Friday, taking the island off a list it had been on for 33 years after the congressional review period ended without a challenge.

The State Department said in a statement that the rescission reflected its assessment that Cuba met the legal criteria, while stressing that the United States still had significant concerns about many of Havana's policies. Those disagreements, it said, fall outside the criteria for the list.

The step leaves Iran, Sudan and Syria as the only countries on the list. Republicans, who had denounced the decision when Obama announced it in April, did not try to overturn it in a vote.

Cuban officials had no immediate comment. Diplomats said the removal should make it easier for Cuba's mission in Washington to keep a bank and could clear the way for the two governments to announce the reopening of embassies within weeks.""",
 [("usa", "terror-list", S, "formally rescinded Cuba's designation as a state sponsor of terrorism", True)]),

# 027
("2015-06-11T19:00:00Z", "Bayfront Herald", "house-republicans-move-to-deny-funds-for-havana-embassy",
 "House Republicans move to deny funds for Havana embassy",
 """WASHINGTON, June 11 (Bayfront Herald) - Republicans on the House Appropriations Committee approved a spending bill on Thursday that would bar the use of federal money to open or upgrade a US embassy in Havana, the strongest move yet in Congress against the administration's Cuba policy.

The bill, which covers the State Department and foreign aid for the coming fiscal year, was approved largely along party lines. Committee Republicans said an embassy would be a reward the Cuban government had not earned.

The White House said the provisions were misguided and would only hold back an embassy that served American interests. It did not say whether the president would veto the bill if they survived.

The measure still has to pass the full House, and the Senate has not yet written its version. The embassy question could be settled before any spending bill reaches the president's desk, and diplomats said an announcement on reopening embassies might come within weeks.""",
 [("congress-gop", "reopen-embassies", O, "bar the use of federal money to open or upgrade a US embassy", True),
  ("usa", "reopen-embassies", S, "would only hold back an embassy that served American interests", True)]),

# 028 (shift: cuba reopen-embassies conditional -> support)
("2015-07-01T16:30:00Z", "Crossroads Report", "us-cuba-agree-to-reopen-embassies-july-20",
 "US and Cuba agree to reopen embassies on July 20",
 """WASHINGTON, July 1 (Crossroads Report) - The United States and Cuba agreed on Wednesday to restore diplomatic relations and reopen embassies in each other's capitals, exchanging letters in which the two presidents committed to the step.

Speaking in the Rose Garden at the White House, President Barack Obama said the embassies would mark a new chapter, and he again urged Congress to lift the embargo, which he said had outlived its purpose. Secretary of State John Kerry will travel to Havana later this summer to raise the flag.

In his letter, read on Cuban state television, President Raul Castro confirmed that Cuba would re-establish relations and open its embassy in Washington on July 20, and said the decision reflected the two countries' mutual will to develop respectful relations.

Republican leaders were unmoved. Speaker John Boehner said the administration was handing the Castro regime a legitimacy it had not earned, and Senator Marco Rubio repeated that he would block the confirmation of any ambassador to Havana.""",
 [("usa", "reopen-embassies", S, "Obama said the embassies would mark a new chapter", True),
  ("usa", "lift-embargo", S, "he again urged Congress to lift the embargo", True),
  ("cuba", "reopen-embassies", S, "Cuba would re-establish relations and open its embassy in Washington", True),
  ("congress-gop", "reopen-embassies", O, "he would block the confirmation of any ambassador to Havana", True)]),

# 029
("2015-07-01T21:00:00Z", "Tidewater Wire", "havana-embassies-first-step-embargo-guantanamo-remain",
 "Havana says embassies are a first step; embargo and Guantanamo remain",
 """HAVANA, July 1 (Tidewater Wire) - The Cuban government said on Wednesday that the reopening of embassies was only the first step in a long process, and that relations with the United States could not be normal while the embargo stood and the Guantanamo naval base stayed in American hands.

In a statement read on the evening news, the government said it had agreed to restore diplomatic relations on the basis of sovereign equality. It listed the lifting of the blockade, the return of the territory occupied at Guantanamo and an end to broadcasts by the US-funded Radio and TV Marti among the steps required for normalisation.

Residents of the capital greeted the news calmly. Outside the US Interests Section on the Malecon, workers were seen taking measurements around the flagpole, while a few people gathered to take photographs.

Analysts in Havana said the statement was aimed at a domestic audience and did not signal any new conditions on the embassies themselves. The Cuban embassy in Washington is due to open on July 20.""",
 [("cuba", "reopen-embassies", S, "it had agreed to restore diplomatic relations on the basis of sovereign equality", True),
  ("cuba", "lift-embargo", S, "relations with the United States could not be normal while the embargo stood", True),
  ("cuba", "return-guantanamo", S, "the return of the territory occupied at Guantanamo", True)]),

# 030
("2015-07-20T18:00:00Z", "Bayfront Herald", "cuban-flag-rises-in-washington",
 "Cuban flag rises in Washington as embassies reopen",
 """WASHINGTON, July 20 (Bayfront Herald) - Cuba raised its flag over its embassy in Washington on Monday for the first time since 1961, as the two countries formally restored diplomatic relations.

Foreign Minister Bruno Rodriguez told guests at the ceremony that the blockade had to be lifted for relations to be normal, and that respect for Cuba's sovereignty was essential. He later met Secretary of State John Kerry at the State Department, the first visit by a Cuban foreign minister since the revolution.

At a joint news conference, Kerry said the administration would keep pressing Congress to lift the embargo. Asked about Guantanamo, he said there was no intention at this moment of altering the lease treaty, though he acknowledged Cuba's view.

Rodriguez said the Cuban people deserved compensation for the damage caused by the embargo, and that Havana would continue to demand the return of the naval base.

A few protesters outside the embassy on 16th Street shouted slogans against the Castro government. The US embassy in Havana also began operating on Monday, though its flag will be raised when Kerry visits.""",
 [("cuba", "reopen-embassies", S, "Cuba raised its flag over its embassy in Washington", True),
  ("cuba", "lift-embargo", S, "the blockade had to be lifted for relations to be normal", True),
  ("usa", "lift-embargo", S, "the administration would keep pressing Congress to lift the embargo", True),
  ("usa", "return-guantanamo", O, "there was no intention at this moment of altering the lease treaty", True),
  ("cuba", "return-guantanamo", S, "Havana would continue to demand the return of the naval base", True),
  ("usa", "reopen-embassies", S, "The US embassy in Havana also began operating on Monday", True)]),

# 031 (no claims)
("2015-08-06T15:00:00Z", "Atlas Newswire", "kerry-to-raise-flag-in-havana-aug-14",
 "Kerry to raise flag in Havana on Aug 14; dissidents not on guest list",
 """WASHINGTON, Aug 6 (Atlas Newswire) - Secretary of State John Kerry will travel to Havana on Aug. 14 to preside over the raising of the American flag at the US embassy, the State Department said on Thursday, making him the first secretary of state to visit Cuba since 1945.

The ceremony will take place on the embassy grounds on the Malecon, and three Marines who lowered the flag when the embassy closed in 1961 will return to hand over a new one, officials said.

A senior official said Cuban dissidents would not attend the ceremony, which is a government-to-government event, but that Kerry would meet civil society figures separately at the residence of the chief of mission later in the day. Officials declined to say which activists had been invited.

The trip will be brief. Some commentators in Miami said the guest list would be read as a concession to Havana, while others argued the administration had little choice given the formal nature of the event.

Kerry is not expected to meet President Raul Castro, the official said.""",
 []),

# 032
("2015-08-14T19:30:00Z", "Lantern Post", "kerry-raises-us-flag-in-havana",
 "Kerry raises US flag in Havana, urges democracy and end to embargo",
 """HAVANA, Aug 14 (Lantern Post) - Secretary of State John Kerry raised the American flag over the US embassy in Havana on Friday, 54 years after it was taken down, and told the crowd that the time had come to move in a new direction.

In a speech partly in Spanish, Kerry said the Obama administration favoured ending the embargo and had asked Congress to do so, while stressing that Cubans would be best served by a genuine democracy. He said the United States was not seeking to impose its will on the island.

At a joint news conference, Foreign Minister Bruno Rodriguez said Cuba would not give up its claim to Guantanamo, and that the embargo still had to go despite the new embassies. He said Cuba was ready to discuss human rights, but only on a basis of reciprocity.

Senator Marco Rubio, who is seeking the Republican presidential nomination, said the ceremony rewarded a dictatorship, and criticised the decision not to invite dissidents to it.""",
 [("usa", "reopen-embassies", S, "raised the American flag over the US embassy in Havana", True),
  ("usa", "lift-embargo", S, "the Obama administration favoured ending the embargo and had asked Congress to do so", True),
  ("cuba", "return-guantanamo", S, "Cuba would not give up its claim to Guantanamo", True),
  ("cuba", "lift-embargo", S, "the embargo still had to go despite the new embassies", True),
  ("congress-gop", "reopen-embassies", O, "said the ceremony rewarded a dictatorship", True)]),
]

SHIFTS = [
    {"actor": "usa", "issue": "lift-embargo", "from": "conditional", "to": "support", "article": "001",
     "why": "Obama calls the isolation policy a failure and says he will press Congress to start lifting the embargo; until then Washington kept it in place pending democratic change in Cuba."},
    {"actor": "usa", "issue": "terror-list", "from": "oppose", "to": "conditional", "article": "001",
     "why": "Obama orders Kerry to review Cuba's designation, opening the door to removal; the US had kept Cuba on the list every year since 1982."},
    {"actor": "usa", "issue": "drop-travel-restrictions", "from": "oppose", "to": "conditional", "article": "001",
     "why": "Obama eases travel in a dozen authorised categories while tourism stays banned by law: a partial loosening, not a full drop."},
    {"actor": "cuba", "issue": "reopen-embassies", "from": "support", "to": "conditional", "article": "015",
     "why": "Vidal says embassies can open only once Cuba is off the terrorism list and its diplomats have banking again; in 002, 011 and 013 Havana backed reopening without conditions."},
    {"actor": "usa", "issue": "terror-list", "from": "conditional", "to": "support", "article": "021",
     "why": "Obama formally notifies Congress that he will rescind the designation; the unattributed report of a State Department recommendation (019) does not count."},
    {"actor": "cuba", "issue": "reopen-embassies", "from": "conditional", "to": "support", "article": "028",
     "why": "Castro's letter commits Cuba to re-establish relations and open its embassy on July 20; in 022 and 025 Havana still set banking and diplomatic-conduct conditions."},
]

DUPLICATES = [("011", "012"), ("015", "016")]


# --------------------------------------------------------------------------- writing
def ids():
    return ["%03d" % (i + 1) for i in range(len(ARTICLES))]


def to_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def article_records():
    recs = []
    for aid, (pub, outlet, slug, title, text, _claims) in zip(ids(), ARTICLES):
        d = to_dt(pub)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (OUTLETS[outlet], d.year, d.month, d.day, slug)
        recs.append({"id": aid, "published": pub, "source": outlet, "url": url, "title": title, "text": text})
    return recs


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def write_watchlist():
    lines = [
        "# shiftwatch blind evaluation set us-cuba-thaw-2014: tracked actors and issues.",
        "# An issue is a proposition under negotiation; a stance is an actor's position on that proposition",
        "# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.",
        "# Capitals and buildings are also used as plain locations in the articles (\"talks were held in Havana\");",
        "# such mentions carry no stance. drop-travel-restrictions is phrased as a give-up: supporting it means",
        "# wanting the US restrictions dropped.",
        "",
        "actors:",
    ]
    for aid, name, aliases in ACTORS:
        lines += ["  - id: %s" % aid, "    name: %s" % name, "    aliases: %s" % yaml_list(aliases)]
    lines += ["", "issues:"]
    for iid, name, desc, terms in ISSUES:
        lines += ["  - id: %s" % iid, "    name: %s" % name, "    description: %s" % desc,
                  "    terms: %s" % yaml_list(terms)]
    lines += ["", "# Known starting positions before the first article (all consistent with the articles; none implies a shift).",
              "baseline:"]
    for a, i, s in BASELINE:
        lines.append("  - {actor: %s, issue: %s, stance: %s}" % (a, i, s))
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_articles(recs):
    d = os.path.join(HERE, "articles")
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):
        if old.endswith(".json"):
            os.remove(os.path.join(d, old))
    for r in recs:
        with open(os.path.join(d, r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(r, f, indent=2, ensure_ascii=False)
            f.write("\n")


def write_feeds(recs):
    d = os.path.join(HERE, "feeds")
    os.makedirs(d, exist_ok=True)
    for old in os.listdir(d):
        if old.endswith(".xml"):
            os.remove(os.path.join(d, old))
    paths = []
    for outlet, slug in OUTLETS.items():
        items = sorted([r for r in recs if r["source"] == outlet], key=lambda r: r["published"], reverse=True)
        if not items:
            continue
        last = format_datetime(to_dt(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(outlet),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch us-cuba-thaw-2014 evaluation set</description>" % escape(outlet),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % last]
        for r in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(r["title"]),
                    "      <link>%s</link>" % escape(r["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(to_dt(r["published"]), usegmt=True),
                    "      <description>%s</description>" % escape(r["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        p = os.path.join(d, slug + ".xml")
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        paths.append(p)
    return paths


def build_labels():
    claims = {}
    for aid, art in zip(ids(), ARTICLES):
        claims[aid] = [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": att}
                       for (a, i, s, q, att) in art[5]]
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a for a in ids() if a not in shift_articles]
    return {"claims": claims, "shifts": SHIFTS, "no_alert_articles": no_alert}


def write_labels(labels):
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------- validation
DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - ")


def parse_watchlist_file():
    """Minimal reader for the YAML this script writes (ids and baseline only)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    section = None
    actors, issues, baseline = set(), set(), []
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)$", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(recs, labels, feed_paths):
    errors = []
    actors, issues, baseline = parse_watchlist_file()
    if not 5 <= len(actors) <= 8:
        errors.append("actor count %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("issue count %d" % len(issues))
    if set(actors) != {a[0] for a in ACTORS} or set(issues) != {i[0] for i in ISSUES}:
        errors.append("watchlist.yaml ids differ from data")
    stances = {"support", "oppose", "conditional"}
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in stances:
            errors.append("bad baseline %s %s %s" % (a, i, s))
    if len(baseline) != len(BASELINE):
        errors.append("baseline parse mismatch")

    if not 30 <= len(recs) <= 34:
        errors.append("article count %d" % len(recs))
    prev = None
    for n, r in enumerate(recs, 1):
        if r["id"] != "%03d" % n:
            errors.append("id order %s" % r["id"])
        if prev and r["published"] <= prev:
            errors.append("%s not after previous article" % r["id"])
        prev = r["published"]
        wc = len(r["text"].split())
        if not 120 <= wc <= 260:
            errors.append("%s has %d words" % (r["id"], wc))
        m = DATELINE.match(r["text"])
        if not m:
            errors.append("%s dateline" % r["id"])
        elif m.group(4) != r["source"]:
            errors.append("%s dateline outlet %s != %s" % (r["id"], m.group(4), r["source"]))
        if "  " in r["text"] or r["text"] != r["text"].strip():
            errors.append("%s whitespace" % r["id"])
        try:
            r["text"].encode("ascii")
        except UnicodeEncodeError:
            errors.append("%s non-ascii text" % r["id"])

    texts = {r["id"]: r["text"] for r in recs}
    claims = labels["claims"]
    if sorted(claims) != [r["id"] for r in recs]:
        errors.append("claims keys do not cover every article")
    total = 0
    by_stance = {"support": 0, "oppose": 0, "conditional": 0}
    unattributed = 0
    for aid, cl in claims.items():
        seen = set()
        for c in cl:
            total += 1
            if c["actor"] not in actors:
                errors.append("%s unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in stances:
                errors.append("%s bad stance" % aid)
            else:
                by_stance[c["stance"]] += 1
            if c["quote"] not in texts[aid]:
                errors.append("%s quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s quote longer than 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s attributed not bool" % aid)
            if not c["attributed"]:
                unattributed += 1
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s duplicate actor/issue %s" % (aid, key))
            seen.add(key)
    if not 60 <= total <= 90:
        errors.append("claim count %d" % total)
    if by_stance["conditional"] < 6 or min(by_stance.values()) == 0:
        errors.append("stance mix %s" % by_stance)
    no_claim = [a for a, cl in claims.items() if not cl]
    if not 3 <= len(no_claim) <= 4:
        errors.append("no-claim articles %s" % no_claim)

    # duplicates: same day, different outlet, later, identical claim tuples
    for a, b in DUPLICATES:
        ra, rb = recs[int(a) - 1], recs[int(b) - 1]
        if ra["published"][:10] != rb["published"][:10] or ra["source"] == rb["source"] or rb["published"] <= ra["published"]:
            errors.append("duplicate pair %s/%s metadata" % (a, b))
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[a])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[b])
        if ta != tb:
            errors.append("duplicate pair %s/%s claims differ" % (a, b))

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for r in recs:
        for c in claims[r["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append({"actor": c["actor"], "issue": c["issue"], "from": old, "to": c["stance"],
                                   "article": r["id"]})
            prevailing[key] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    key = lambda s: (s["article"], s["actor"], s["issue"], s["from"], s["to"])
    if sorted(recomputed, key=key) != sorted(labelled, key=key):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append("shift count %d" % len(labelled))
    reversals = sum(1 for s in labelled if {s["from"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        errors.append("too many straight reversals: %d" % reversals)
    if not any("conditional" in (s["from"], s["to"]) for s in labelled):
        errors.append("no shift to or from conditional")
    if not any(b in {s["article"] for s in labelled} or a in {s["article"] for s in labelled} for a, b in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")

    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [r["id"] for r in recs if r["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")

    # feeds
    n_items = 0
    for p in feed_paths:
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append("xmllint %s: %s" % (p, res.stderr.strip()))
        n_items += open(p, encoding="utf-8").read().count("<item>")
    if n_items != len(recs):
        errors.append("feed items %d != articles %d" % (n_items, len(recs)))
    if not 4 <= len(feed_paths) <= 5:
        errors.append("outlet count %d" % len(feed_paths))

    stats = {"articles": len(recs), "claims": total, "by_stance": by_stance, "attributed_false": unattributed,
             "shifts": len(labelled), "shift_articles": sorted(shift_articles), "no_claim_articles": no_claim,
             "words": (min(len(r["text"].split()) for r in recs), max(len(r["text"].split()) for r in recs))}
    return errors, stats


def main():
    recs = article_records()
    labels = build_labels()
    write_watchlist()
    write_articles(recs)
    feed_paths = write_feeds(recs)
    write_labels(labels)
    errors, stats = validate(recs, labels, feed_paths)
    print(json.dumps(stats))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
