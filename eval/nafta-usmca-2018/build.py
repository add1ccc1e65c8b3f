#!/usr/bin/env python3
"""Build and validate the nafta-usmca-2018 evaluation timeline (self-contained, stdlib only).

Run from anywhere: python3 eval/nafta-usmca-2018/build.py
Writes watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml and labels.json beside this file,
then validates them (quotes, ids, actors/issues, word counts, shifts derived from baseline).
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "continental-wire": "Continental Wire",
    "lakeshore-courier": "Lakeshore Courier",
    "prairie-standard": "Prairie Standard",
    "gulf-coast-herald": "Gulf Coast Herald",
    "beltway-ledger": "Beltway Ledger",
}

ACTORS = [
    ("usa", "United States (Trump administration)",
     ["United States", "US", "U.S.", "Washington", "White House", "Trump administration", "Donald Trump", "Trump",
      "Robert Lighthizer", "Lighthizer", "U.S. Trade Representative", "USTR", "Wilbur Ross", "Ross",
      "Larry Kudlow", "Kudlow"]),
    ("canada", "Canada (federal government)",
     ["Canada", "Canadian government", "Ottawa", "Justin Trudeau", "Trudeau", "Chrystia Freeland", "Freeland",
      "Lawrence MacAulay", "MacAulay"]),
    ("mexico", "Mexico (federal government)",
     ["Mexico", "Mexican government", "Mexico City", "Enrique Pena Nieto", "Pena Nieto",
      "Andres Manuel Lopez Obrador", "Lopez Obrador", "Ildefonso Guajardo", "Guajardo", "Jesus Seade", "Seade",
      "Marcelo Ebrard", "Ebrard", "Economy Ministry"]),
    ("house-democrats", "Democrats in the US House of Representatives and their leaders",
     ["House Democrats", "Democrats", "Nancy Pelosi", "Pelosi", "Speaker Pelosi", "Richard Neal", "Neal",
      "Ways and Means Committee"]),
    ("afl-cio", "AFL-CIO (US labour federation)", ["AFL-CIO", "Richard Trumka", "Trumka"]),
    ("dairy-farmers", "Dairy Farmers of Canada (national dairy producers' lobby)",
     ["Dairy Farmers of Canada", "DFC", "Pierre Lampron", "Lampron"]),
]

ISSUES = [
    ("us-drops-sunset-clause", "The United States drops its demand for a five-year sunset clause",
     "Washington gives up its proposal that the new NAFTA expire automatically after five years unless all three countries renew it.",
     ["sunset clause", "five-year sunset", "automatic termination", "expiry", "review clause"]),
    ("keep-chapter-19", "NAFTA's Chapter 19 dispute panels are kept in the new agreement",
     "The binational panels that review anti-dumping and countervailing duty decisions (Chapter 19) survive the renegotiation.",
     ["Chapter 19", "dispute panels", "dispute settlement", "binational panels", "anti-dumping disputes"]),
    ("canada-dairy-access", "Canada opens its supply-managed dairy market to more US imports",
     "Canada grants US producers new access to its dairy market, which is protected by supply management quotas and tariffs.",
     ["dairy", "supply management", "dairy market access", "milk", "Class 7"]),
    ("steel-tariff-exemption", "The United States exempts Canada and Mexico from its steel and aluminium tariffs",
     "Canada and Mexico are spared, or relieved of, the section 232 tariffs on steel and aluminium.",
     ["steel tariffs", "aluminium tariffs", "aluminum", "section 232", "metal tariffs", "exemption"]),
    ("usmca-ratification", "The USMCA is approved and ratified",
     "The United States-Mexico-Canada Agreement that replaces NAFTA is passed by the legislatures and enters into force.",
     ["USMCA", "ratify", "ratification", "new NAFTA", "implementing bill", "approve the deal"]),
]

BASELINE = [
    ("usa", "us-drops-sunset-clause", "oppose"),
    ("canada", "us-drops-sunset-clause", "support"),
    ("mexico", "us-drops-sunset-clause", "support"),
    ("usa", "keep-chapter-19", "oppose"),
    ("canada", "keep-chapter-19", "support"),
    ("usa", "canada-dairy-access", "support"),
    ("canada", "canada-dairy-access", "oppose"),
    ("dairy-farmers", "canada-dairy-access", "oppose"),
]

SUN, CH19, DAIRY, STEEL, RAT = ("us-drops-sunset-clause", "keep-chapter-19", "canada-dairy-access",
                                "steel-tariff-exemption", "usmca-ratification")

def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}

# (published UTC, outlet, slug, title, text, claims)
A = []

A.append(("2017-10-11T21:40:00Z", "beltway-ledger", "trump-says-nafta-could-end-as-trudeau-visits",
"Trump says NAFTA could be terminated as Trudeau visits White House",
"""WASHINGTON, Oct 11 (Beltway Ledger) - President Donald Trump said on Wednesday it was possible the North American Free Trade Agreement would be terminated, as he hosted Canadian Prime Minister Justin Trudeau at the White House on the opening day of a tense fourth round of talks to rewrite the pact.

Sitting beside Trudeau in the Oval Office, Trump said he would like to reach a deal but that it would be fine with him if there was none. He singled out Canada's dairy rules, saying American farmers had been treated very unfairly.

Trudeau told reporters afterwards at the Canadian embassy that Canada would continue to defend supply management, the system that limits dairy imports, and that he remained optimistic a deal could be reached.

The fourth round, being held at a hotel in suburban Virginia, is expected to take up a series of U.S. proposals that trade experts have described as poison pills. They include a clause, which Washington is expected to table this week, that would end the agreement automatically after five years unless all three countries agreed to extend it.""",
[C("usa", DAIRY, "support", "singled out Canada's dairy rules, saying American farmers had been treated very unfairly"),
 C("canada", DAIRY, "oppose", "Canada would continue to defend supply management, the system that limits dairy imports")]))

TXT_002 = """ARLINGTON, Va., Oct 17 (Continental Wire) - The fourth round of talks to modernise NAFTA ended on Tuesday in open acrimony, after Canada and Mexico rejected a U.S. demand that the pact expire after five years unless all three governments vote to keep it.

Canadian Foreign Minister Chrystia Freeland told a closing news conference that the sunset proposal was unacceptable to Ottawa, as were U.S. plans to scrap the Chapter 19 panels that settle anti-dumping disputes. Mexican Economy Minister Ildefonso Guajardo said an expiry date would freeze investment and that Mexico could not accept it.

U.S. Trade Representative Robert Lighthizer said he was surprised and disappointed by the resistance. He said the United States would keep pressing for a periodic review with automatic termination, arguing that a deal that works should have no trouble being renewed. He added that the binational panels had infringed on American sovereignty.

The three countries agreed to extend the negotiating calendar into the first quarter of 2018, abandoning the goal of finishing by the end of the year. The next round is due in Mexico City next month."""
CL_002 = [C("canada", SUN, "support", "the sunset proposal was unacceptable to Ottawa"),
          C("canada", CH19, "support", "as were U.S. plans to scrap the Chapter 19 panels"),
          C("mexico", SUN, "support", "an expiry date would freeze investment and that Mexico could not accept it"),
          C("usa", SUN, "oppose", "the United States would keep pressing for a periodic review with automatic termination"),
          C("usa", CH19, "oppose", "the binational panels had infringed on American sovereignty")]
A.append(("2017-10-17T22:10:00Z", "continental-wire", "nafta-round-ends-in-acrimony-over-sunset",
"NAFTA round ends in acrimony as Canada, Mexico reject U.S. sunset demand", TXT_002, CL_002))

A.append(("2017-10-17T23:35:00Z", "lakeshore-courier", "canada-mexico-reject-five-year-sunset",
"Canada and Mexico reject five-year NAFTA sunset as round closes",
"""ARLINGTON, Va., Oct 17 (Lakeshore Courier) - The fourth round of NAFTA talks closed on Tuesday in open acrimony after Canada and Mexico rejected a U.S. demand that the pact lapse after five years unless all three governments vote to keep it.

At a closing news conference, Canadian Foreign Minister Chrystia Freeland said the sunset proposal was unacceptable to Ottawa, as were U.S. plans to scrap the Chapter 19 panels that handle anti-dumping disputes. Mexico's Economy Minister Ildefonso Guajardo said an expiry date would freeze investment and that Mexico could not accept it.

U.S. Trade Representative Robert Lighthizer said he was surprised and disappointed. He said the United States would keep pressing for a periodic review with automatic termination, since a deal that works should have no trouble being renewed. He added that the binational panels had infringed on American sovereignty.

The three countries pushed the negotiating calendar into the first quarter of 2018, dropping their goal of a deal by the end of the year. The next round will be held in Mexico City next month.""",
[dict(c) for c in CL_002]))

A.append(("2017-11-21T20:00:00Z", "gulf-coast-herald", "fifth-nafta-round-ends-without-ministers",
"Fifth NAFTA round ends in Mexico City with little progress",
"""MEXICO CITY, Nov 21 (Gulf Coast Herald) - Negotiators wrapped up a fifth round of NAFTA talks in Mexico City on Tuesday without making headway on the most contentious U.S. proposals, and for the first time no ministers attended the closing session.

Chief negotiators from the three countries spent most of the week on less divisive chapters such as telecommunications and customs procedures. Officials said the sunset clause, the dispute panels and the U.S. push for higher regional content in cars were barely discussed.

Asked whether Mexico would consider a compromise on the expiry proposal, Economy Ministry officials declined to say, noting only that Guajardo would meet his counterparts in Washington next month. Several trade consultants in Mexico City said they expected Washington to soften its stance on the sunset before the next round in Montreal, but others warned that the Trump administration seemed in no hurry.

The Mexican peso weakened slightly after the round ended, as investors weighed the risk that Trump would give notice of U.S. withdrawal from the agreement.""",
[]))

A.append(("2018-01-29T21:15:00Z", "prairie-standard", "lighthizer-dismisses-canadian-ideas-in-montreal",
"Lighthizer dismisses Canada's 'creative' NAFTA ideas as Montreal round ends",
"""MONTREAL, Jan 29 (Prairie Standard) - Canada put forward what it called creative ideas to break the deadlock over NAFTA's future at the sixth round of talks that closed in Montreal on Monday, but U.S. Trade Representative Robert Lighthizer dismissed several of them.

Canadian officials proposed replacing the U.S. five-year sunset with a regular review that would not end the pact automatically. Foreign Minister Chrystia Freeland said Canada would not accept an agreement that simply expires, a position she said Mexico shared.

Lighthizer told reporters the Canadian ideas were not acceptable in their current form and that the United States still wanted a real review with a termination date. He also accused Canada of trying to win through the back door what it could not win at the table, pointing to a sweeping complaint Ottawa had filed against U.S. trade remedies at the World Trade Organization.

Hundreds of dairy farmers rallied outside the hotel hosting the talks, waving signs in support of supply management. The Dairy Farmers of Canada, which organised the protest, said any new quota for U.S. milk would put family farms out of business.""",
[C("canada", SUN, "support", "Canada would not accept an agreement that simply expires"),
 C("mexico", SUN, "support", "a position she said Mexico shared", False),
 C("usa", SUN, "oppose", "the United States still wanted a real review with a termination date"),
 C("dairy-farmers", DAIRY, "oppose", "said any new quota for U.S. milk would put family farms out of business")]))

A.append(("2018-03-01T19:30:00Z", "continental-wire", "trump-to-impose-steel-aluminium-tariffs",
"Trump to impose steel and aluminium tariffs; Canada calls curbs unacceptable",
"""WASHINGTON, March 1 (Continental Wire) - President Donald Trump said on Thursday he would impose tariffs of 25 percent on imported steel and 10 percent on aluminium next week, citing national security, a move that alarmed Canada, the largest foreign supplier of both metals to the United States.

The White House gave no indication whether Canada or Mexico would be spared. Asked whether NAFTA partners could be exempted, Commerce Secretary Wilbur Ross's office declined to say, and a spokeswoman said details would come when Trump signed the order.

In Ottawa, Foreign Minister Chrystia Freeland said any trade restrictions on Canadian steel and aluminium would be absolutely unacceptable, noting that Canada buys more American steel than any other country. Mexico's Economy Ministry said Mexico should be excluded from any such measure and that it would respond if it was not.

Analysts said the tariffs could be used as leverage in the NAFTA talks, where the seventh round opened in Mexico City this week. U.S. steelmakers welcomed the decision, while carmakers warned it would raise their costs.""",
[C("canada", STEEL, "support", "any trade restrictions on Canadian steel and aluminium would be absolutely unacceptable"),
 C("mexico", STEEL, "support", "Mexico should be excluded from any such measure")]))

A.append(("2018-03-08T22:05:00Z", "beltway-ledger", "canada-mexico-spared-metal-tariffs-for-now",
"Canada and Mexico spared metal tariffs for now, with NAFTA strings attached",
"""WASHINGTON, March 8 (Beltway Ledger) - President Donald Trump signed orders on Thursday imposing steel and aluminium tariffs but exempted Canada and Mexico for now, saying the two neighbours could stay exempt if they agreed to a new and fair NAFTA.

Speaking at the White House, surrounded by steelworkers, Trump said he would be watching the talks closely and that the exemption could be withdrawn if negotiations failed. Earlier in the week he had written on Twitter that tariffs on the two countries would come off only if a new deal was signed.

Canada welcomed the reprieve but rejected any link with the trade talks. Freeland said Canada would keep pressing for a permanent and unconditional exemption, calling the national security rationale absurd for a NORAD ally. Guajardo said Mexico would not accept conditions tied to the tariffs in the NAFTA negotiations.

Other allies, including the European Union and Japan, began lobbying for exemptions of their own, and several Republican senators urged the administration to spare friendly countries.""",
[C("usa", STEEL, "conditional", "the two neighbours could stay exempt if they agreed to a new and fair NAFTA"),
 C("canada", STEEL, "support", "Canada would keep pressing for a permanent and unconditional exemption"),
 C("mexico", STEEL, "support", "Mexico would not accept conditions tied to the tariffs in the NAFTA negotiations")]))

A.append(("2018-05-15T18:20:00Z", "lakeshore-courier", "dairy-farmers-lobby-parliament-on-nafta",
"Dairy farmers take NAFTA fight to Parliament Hill",
"""OTTAWA, May 15 (Lakeshore Courier) - Canada's dairy farmers took their fight over NAFTA to Parliament Hill on Tuesday, urging lawmakers of all parties not to trade away the supply management system in a rush to close a deal with the United States before Mexico's July election.

Pierre Lampron, president of the Dairy Farmers of Canada, said the industry had already given up market share in the European and Pacific trade agreements and could not absorb another opening for U.S. milk. He said his members expected the government to keep its word.

Conservative and New Democrat lawmakers both pledged support for the system, and Conservative leader Andrew Scheer repeated that his party would defend it. Agriculture Minister Lawrence MacAulay told the farmers that the government had always defended supply management and would continue to do so.

In Washington, U.S. dairy groups renewed their complaints about a Canadian pricing category for milk ingredients, known as Class 7, which they say has shut American ultra-filtered milk out of the Canadian market. The office of the U.S. Trade Representative did not respond to a request for comment.""",
[C("dairy-farmers", DAIRY, "oppose", "could not absorb another opening for U.S. milk"),
 C("canada", DAIRY, "oppose", "the government had always defended supply management and would continue to do so")]))

TXT_009 = """WASHINGTON, May 31 (Continental Wire) - The United States will impose tariffs on steel and aluminium from Canada, Mexico and the European Union from Friday, Commerce Secretary Wilbur Ross said on Thursday, ending a three-month exemption that had been tied to progress in the NAFTA talks.

Ross told reporters on a conference call that the talks with Canada and Mexico were taking longer than hoped and that there was no longer a reason to hold off. He said the United States was still willing to keep talking.

Prime Minister Justin Trudeau called the tariffs totally unacceptable and an affront to the long security partnership between the two countries, and Ottawa announced retaliatory duties on up to C$16.6 billion of U.S. goods, from steel to maple syrup and whiskey. Mexico said it would hit U.S. pork, apples, grapes, cheese and flat steel with duties of its own, and that it had always argued its metal exports should be excluded.

The measures drew criticism from Republican lawmakers in farm states, who warned that retaliation would fall on American agriculture."""
CL_009 = [C("usa", STEEL, "oppose", "there was no longer a reason to hold off"),
          C("canada", STEEL, "support", "Trudeau called the tariffs totally unacceptable"),
          C("mexico", STEEL, "support", "it had always argued its metal exports should be excluded")]
A.append(("2018-05-31T16:45:00Z", "continental-wire", "us-ends-metal-tariff-exemption-for-canada-mexico",
"U.S. ends metal tariff exemption for Canada, Mexico and EU", TXT_009, CL_009))

A.append(("2018-05-31T19:10:00Z", "gulf-coast-herald", "washington-hits-neighbours-with-metal-tariffs",
"Washington hits Canada and Mexico with steel and aluminium tariffs",
"""WASHINGTON, May 31 (Gulf Coast Herald) - The United States will impose tariffs on steel and aluminium from Canada, Mexico and the European Union starting Friday, Commerce Secretary Wilbur Ross said on Thursday, ending a three-month exemption that had been linked to progress in the NAFTA talks.

Ross said on a conference call that talks with Canada and Mexico were taking longer than hoped and that there was no longer a reason to hold off. He added that the United States was still willing to keep talking.

Prime Minister Justin Trudeau called the tariffs totally unacceptable and an affront to decades of security partnership, and Ottawa announced retaliatory duties on up to C$16.6 billion of U.S. goods, including steel, maple syrup and whiskey. Mexico said it would put duties on U.S. pork, apples, grapes, cheese and flat steel, and that it had always argued its metal exports should be excluded.

Republican lawmakers from farm states criticised the move, warning that retaliation would fall on American agriculture.""",
[dict(c) for c in CL_009]))

A.append(("2018-06-10T14:30:00Z", "lakeshore-courier", "g7-ends-in-disarray-as-trump-attacks-trudeau",
"G7 ends in disarray as Trump attacks Trudeau over tariffs and dairy",
"""LA MALBAIE, Quebec, June 10 (Lakeshore Courier) - A Group of Seven summit ended in disarray after President Donald Trump, already flying to Singapore, said on Twitter that he had told U.S. officials not to endorse the leaders' joint communique and called his host, Prime Minister Justin Trudeau, "very dishonest & weak".

Trump had been angered by Trudeau's closing news conference, where the Canadian leader said Canada would go ahead with retaliatory tariffs on July 1 and that Canadians "will not be pushed around". Trudeau said the U.S. metal tariffs were insulting to Canadian veterans who had fought alongside Americans and that Canada would keep demanding they be lifted.

In his messages, Trump repeated his complaint that Canada charges U.S. dairy farmers tariffs of close to 300 percent and said that must change. White House economic adviser Larry Kudlow said on television on Sunday that Trudeau had stabbed the president in the back.

Trudeau's office said the prime minister had said nothing in public that he had not said to Trump in private. European leaders said they stood by the communique.""",
[C("canada", STEEL, "support", "Canada would keep demanding they be lifted"),
 C("usa", DAIRY, "support", "dairy farmers tariffs of close to 300 percent and said that must change")]))

A.append(("2018-07-02T17:00:00Z", "gulf-coast-herald", "lopez-obrador-wins-wants-nafta-talks-to-continue",
"Lopez Obrador wins Mexican presidency, wants NAFTA talks to go on",
"""MEXICO CITY, July 2 (Gulf Coast Herald) - Leftist Andres Manuel Lopez Obrador won Mexico's presidential election by a landslide, and his team said on Monday it wanted the renegotiation of NAFTA to continue without interruption during the five-month transition.

Lopez Obrador, who takes office on Dec. 1, spoke by telephone with President Donald Trump on Sunday night. Both sides described the call as friendly, and Trump said afterwards that they had discussed trade, border security and a possible separate deal between the two countries.

The president-elect named Jesus Seade, a former deputy director-general of the World Trade Organization, as his representative at the talks. Seade told reporters he would join the Mexican delegation led by Economy Minister Ildefonso Guajardo but did not comment on specific chapters.

Markets took the result calmly. The peso firmed on Monday, and analysts said a quick agreement in principle between Washington and Mexico City had become more likely now that the election was out of the way.""",
[]))

A.append(("2018-08-27T20:50:00Z", "beltway-ledger", "us-mexico-reach-preliminary-nafta-deal",
"U.S. and Mexico reach preliminary NAFTA deal, putting pressure on Canada",
"""WASHINGTON, Aug 27 (Beltway Ledger) - The United States and Mexico reached a preliminary agreement on Monday to overhaul NAFTA, leaving Canada to rejoin the talks under pressure and with a deadline days away.

President Donald Trump announced the deal in the Oval Office with Mexican President Enrique Pena Nieto on a speakerphone. Trump said he might call it the United States-Mexico Trade Agreement and that Canada could join later or face tariffs on its cars.

U.S. Trade Representative Robert Lighthizer told reporters the agreement would last 16 years and be reviewed every six, instead of expiring after five years unless renewed, as Washington had first demanded. He called the change a reasonable compromise. Mexico's Economy Minister Ildefonso Guajardo said that removing the automatic expiry had been essential for investors and that Mexico had held firm on it.

The deal also requires 75 percent of a car's content to be made in North America to qualify for zero tariffs, up from 62.5 percent. Guajardo declined to say whether the Chapter 19 dispute panels survived in the bilateral text, saying that question would be settled once Canada was back at the table.

Pena Nieto said on the call that he hoped Canada would be included soon.""",
[C("usa", SUN, "support", "would last 16 years and be reviewed every six, instead of expiring after five years"),
 C("mexico", SUN, "support", "removing the automatic expiry had been essential for investors")]))

A.append(("2018-08-29T21:30:00Z", "prairie-standard", "trudeau-says-canada-red-lines-unchanged",
"Freeland back in Washington as Trudeau says Canada's red lines have not moved",
"""WASHINGTON, Aug 29 (Prairie Standard) - Canadian Foreign Minister Chrystia Freeland was back at the NAFTA talks in Washington on Wednesday, saying she was encouraged by the U.S.-Mexico deal, but Prime Minister Justin Trudeau made clear that Canada's red lines had not moved.

Speaking in Ottawa, Trudeau said Canada would not sign any new NAFTA that did not keep a Chapter 19-style mechanism for settling anti-dumping and countervailing duty disputes, which he said was needed to make sure the rules were followed. He said his government would also continue to defend supply management.

Freeland, whose first meeting with Lighthizer lasted several hours, told reporters that the concessions Mexico had won on the sunset clause were good news for Canada too. Asked about dairy, she declined to say whether Canada had tabled a new offer.

A U.S. official briefed on the talks said Washington remained opposed to keeping Chapter 19, which the Trump administration believes has let Canadian lumber exporters escape U.S. duties. The White House has set a Friday deadline for Canada to sign on.""",
[C("canada", CH19, "support", "Canada would not sign any new NAFTA that did not keep a Chapter 19-style mechanism"),
 C("canada", DAIRY, "oppose", "his government would also continue to defend supply management"),
 C("canada", SUN, "support", "the concessions Mexico had won on the sunset clause were good news for Canada"),
 C("usa", CH19, "oppose", "Washington remained opposed to keeping Chapter 19", False)]))

A.append(("2018-09-01T15:10:00Z", "continental-wire", "trump-says-no-need-to-keep-canada-in-nafta",
"Trump says there is no need to keep Canada in new NAFTA as talks pause",
"""WASHINGTON, Sept 1 (Continental Wire) - President Donald Trump said on Saturday there was no political necessity to keep Canada in a new NAFTA, a day after his administration notified Congress that it intended to sign a trade deal with Mexico, and with Canada if it was willing.

In a series of posts on Twitter, Trump warned Congress not to interfere with the talks or he would simply terminate NAFTA entirely. He said that if a fair deal could not be reached for the United States after decades of abuse, Canada would be out.

Talks broke off for the Labor Day weekend on Friday without an agreement. Dairy remained among the sticking points, and Trump told reporters on Friday that Canada had to open its dairy market if it wanted a deal. Washington has long sought to scrap the Chapter 19 panels, and Lighthizer's office said on Friday that its position had not changed. U.S. business groups and several Republican senators said a deal without Canada could not pass Congress.

Freeland said Canada was looking for a good deal, not just any deal, and would be back in Washington on Wednesday.""",
[C("usa", DAIRY, "support", "Canada had to open its dairy market if it wanted a deal"),
 C("usa", CH19, "oppose", "Lighthizer's office said on Friday that its position had not changed")]))

A.append(("2018-09-12T19:25:00Z", "lakeshore-courier", "trudeau-signals-flexibility-on-dairy",
"Trudeau signals Canada could give ground on dairy access",
"""OTTAWA, Sept 12 (Lakeshore Courier) - Prime Minister Justin Trudeau signalled on Wednesday that Canada was prepared to give U.S. farmers some additional access to its dairy market to close a NAFTA deal, provided the supply management system itself survived.

Trudeau noted that Canada had opened slices of its dairy market in its trade agreements with Europe and with Pacific nations while keeping the system intact. He said there was flexibility on access, but that Canada would not agree to dismantle supply management or abolish its production and import quotas.

The comments were the clearest sign yet that Ottawa would move on dairy, one of the last big obstacles in the talks with Washington. Freeland was due to meet Lighthizer again on Thursday.

Dairy Farmers of Canada said it was deeply worried. Its president, Pierre Lampron, said any new concession would be one too many and that farmers had already paid for previous deals.

Opposition Conservatives accused the government of preparing to sell out farmers, while some trade economists said a modest opening would have little effect on prices in Canadian shops.""",
[C("canada", DAIRY, "conditional", "prepared to give U.S. farmers some additional access to its dairy market"),
 C("dairy-farmers", DAIRY, "oppose", "any new concession would be one too many")]))

A.append(("2018-09-19T22:40:00Z", "prairie-standard", "freeland-denies-canada-gave-up-on-dispute-panels",
"Freeland denies Canada has given up on NAFTA dispute panels",
"""WASHINGTON, Sept 19 (Prairie Standard) - Canadian Foreign Minister Chrystia Freeland denied on Wednesday that Canada had given up on keeping the Chapter 19 dispute panels, after a day of talks with Lighthizer that both sides described as constructive.

Some trade lawyers in Washington have speculated that Ottawa could trade the panels for U.S. concessions elsewhere, for instance protection from a future tariff on cars under section 232 of U.S. trade law. Freeland told reporters that Canada's position on the panels was unchanged and that a fair dispute mechanism remained essential.

She declined to say whether Canada had presented a new dairy offer, saying she would not negotiate in public.

Lighthizer left the building without speaking to reporters. He has told U.S. lawmakers that he is prepared to proceed with Mexico alone if Canada does not agree to terms by the end of the month, when the text must be published so that Pena Nieto can sign the agreement before he leaves office.""",
[C("canada", CH19, "support", "denied on Wednesday that Canada had given up on keeping the Chapter 19 dispute panels")]))

A.append(("2018-10-01T12:15:00Z", "continental-wire", "canada-us-reach-last-minute-deal-usmca",
"Canada joins U.S. and Mexico in last-minute deal to replace NAFTA",
"""OTTAWA, Oct 1 (Continental Wire) - Canada and the United States reached a last-minute deal late on Sunday to join Mexico in a revamped North American trade pact, to be called the United States-Mexico-Canada Agreement, or USMCA.

In a joint statement, Lighthizer and Freeland said the agreement would give workers, farmers, ranchers and businesses a high-standard trade deal. The text keeps the Chapter 19 panels for anti-dumping disputes, and Lighthizer told reporters that Washington had agreed to retain them in return for gains elsewhere.

Canada agreed to open about 3.6 percent of its dairy market to U.S. producers and to eliminate the milk pricing category that American farmers had complained about. Trudeau told a news conference it was "a good day for Canada" and said the government would compensate dairy farmers for their losses. He said Canada had kept the dispute panels that protect its softwood lumber industry.

The deal gives Canada a partial shield against possible U.S. tariffs on cars. Lighthizer said the 25 percent duties on Canadian steel and aluminium would stay in place for now and be handled separately. Trump hailed the agreement at the White House as historic.""",
[C("usa", CH19, "support", "Washington had agreed to retain them in return for gains elsewhere"),
 C("canada", CH19, "support", "Canada had kept the dispute panels that protect its softwood lumber industry"),
 C("canada", DAIRY, "support", "Canada agreed to open about 3.6 percent of its dairy market to U.S. producers"),
 C("usa", STEEL, "oppose", "the 25 percent duties on Canadian steel and aluminium would stay in place")]))

A.append(("2018-10-02T18:05:00Z", "lakeshore-courier", "quebec-dairy-farmers-angry-over-usmca",
"Dairy farmers say Ottawa sacrificed them to save car industry",
"""SAINT-HYACINTHE, Quebec, Oct 2 (Lakeshore Courier) - Dairy farmers in Quebec's farm belt reacted with anger on Tuesday to the new North American trade deal, saying Ottawa had sacrificed them to save the auto industry.

Dairy Farmers of Canada said the agreement would cost producers hundreds of millions of dollars a year and that it could not support the dairy concessions, which it called a fresh breach in a system the government had promised to protect. Its president, Pierre Lampron, said farmers wanted to know how and when they would be compensated.

The provincial farmers' union in Quebec called for protests, and Quebec's outgoing premier, Philippe Couillard, whose party lost Monday's provincial election, denounced the dairy terms.

In Ottawa, Agriculture Minister Lawrence MacAulay defended the deal, saying the government had protected supply management from the U.S. demand to dismantle it while giving up only limited access. He promised full and fair compensation.

Wisconsin dairy groups welcomed the new access but said they would wait to see the details.""",
[C("dairy-farmers", DAIRY, "oppose", "it could not support the dairy concessions"),
 C("canada", DAIRY, "support", "while giving up only limited access")]))

A.append(("2018-11-30T18:30:00Z", "gulf-coast-herald", "leaders-sign-usmca-at-g20",
"Leaders sign USMCA in Buenos Aires; Trudeau presses Trump on steel",
"""BUENOS AIRES, Nov 30 (Gulf Coast Herald) - The leaders of the United States, Mexico and Canada signed the new USMCA trade agreement on Friday on the sidelines of a Group of 20 summit, though Prime Minister Justin Trudeau used the ceremony to press President Donald Trump to drop his steel tariffs.

Trudeau said the agreement removed uncertainty for workers and businesses, but that Canada would keep working to lift the tariffs on Canadian steel and aluminium, which he said made no sense between allies. Trump called the deal a model agreement and said he would send it to Congress soon, predicting easy approval.

For outgoing Mexican President Enrique Pena Nieto, it was one of his last acts in office. He said the agreement gave Mexico certainty and urged lawmakers in all three countries to ratify it quickly.

The deal still faces a difficult path in Washington, where Democrats will control the House of Representatives from January. Nancy Pelosi, expected to become speaker, has said the agreement needs stronger enforcement of labour and environmental standards before she would bring it to a vote.""",
[C("canada", STEEL, "support", "Canada would keep working to lift the tariffs on Canadian steel and aluminium"),
 C("canada", RAT, "support", "Trudeau said the agreement removed uncertainty for workers and businesses"),
 C("usa", RAT, "support", "said he would send it to Congress soon, predicting easy approval"),
 C("mexico", RAT, "support", "urged lawmakers in all three countries to ratify it quickly"),
 C("house-democrats", RAT, "conditional", "needs stronger enforcement of labour and environmental standards before she would bring it")]))

A.append(("2018-12-03T16:20:00Z", "beltway-ledger", "trump-to-give-notice-of-nafta-withdrawal",
"Trump says he will give notice of NAFTA withdrawal to press Congress",
"""WASHINGTON, Dec 3 (Beltway Ledger) - President Donald Trump said he would soon give formal notice that the United States is withdrawing from NAFTA, a move aimed at pressing Congress to approve its replacement quickly or face a period with no North American trade pact at all.

Speaking to reporters aboard Air Force One on his way back from Argentina, Trump said lawmakers would have a choice between the USMCA and the trade rules that existed before NAFTA, and that he expected them to choose the new deal. He said the notice would start a six-month countdown.

Democrats who are about to take over the House said they would not be rushed. Representative Richard Neal, in line to chair the Ways and Means Committee, said he wanted to see changes on enforcement before his committee could move the deal, though he did not rule out supporting it in the end.

Trade lawyers questioned whether a president can withdraw from a trade agreement without Congress, and several Republican senators urged Trump not to issue the notice. Canadian and Mexican officials declined to comment.""",
[C("usa", RAT, "support", "he expected them to choose the new deal"),
 C("house-democrats", RAT, "conditional", "wanted to see changes on enforcement before his committee could move the deal")]))

A.append(("2019-02-20T21:00:00Z", "continental-wire", "afl-cio-to-lobby-against-usmca",
"AFL-CIO says it will lobby against new North American trade deal",
"""WASHINGTON, Feb 20 (Continental Wire) - AFL-CIO President Richard Trumka said on Wednesday that the federation would lobby against the new North American trade agreement, arguing that its labour chapter would not stop jobs moving to low-wage factories in Mexico.

Trumka told reporters at the federation's winter meeting that the text signed in Buenos Aires had no real way to enforce the promises Mexico had made to its workers. He said unions had seen too many agreements that looked good on paper and did nothing on the factory floor.

The federation's executive council adopted a resolution calling on Congress to reject the agreement as written.

Lighthizer has said he is willing to listen to lawmakers' concerns but has not committed to reopening the text. Mexican lawmakers are preparing a labour reform, required under the deal, that would give workers secret ballots in union elections.

Auto plants in Mexico employ more than 800,000 people, many of them at wages a fraction of those paid in Michigan or Ontario.""",
[C("afl-cio", RAT, "oppose", "the federation would lobby against the new North American trade agreement")]))

A.append(("2019-04-10T20:35:00Z", "prairie-standard", "pelosi-says-no-vote-until-mexico-acts",
"Pelosi says no House vote on trade deal until Mexico acts on labour",
"""WASHINGTON, April 10 (Prairie Standard) - House Speaker Nancy Pelosi said on Wednesday that the House would not vote on the new North American trade agreement until Mexico had passed and begun carrying out its labour reforms and the deal contained enforcement that worked.

Pelosi told reporters that she wanted a trade deal with Mexico and Canada and that Democrats were not trying to kill it. But she said labour and environmental promises without teeth were of no use, and that she would not take the deal up on the president's timetable.

Her comments disappointed the White House, which has hoped for a vote before the summer recess. A White House spokesman said the deal was good for workers and that Democrats should stop playing politics.

In Mexico City, the lower house of Congress was debating the labour bill, which Lopez Obrador's party supports. The bill would create independent labour courts and require secret ballots in union votes.""",
[C("house-democrats", RAT, "conditional", "would not vote on the new North American trade agreement until"),
 C("usa", RAT, "support", "A White House spokesman said the deal was good for workers")]))

A.append(("2019-05-17T19:50:00Z", "lakeshore-courier", "us-lifts-steel-aluminium-tariffs-on-canada-mexico",
"U.S. lifts steel and aluminium tariffs on Canada and Mexico",
"""WASHINGTON, May 17 (Lakeshore Courier) - The United States agreed on Friday to lift its tariffs on steel and aluminium from Canada and Mexico, removing a major obstacle to approval of the new North American trade deal.

In a joint statement, Washington and Ottawa said the duties would be removed within two days, and that Canada would drop its retaliatory tariffs on U.S. goods at the same time. A separate statement with Mexico followed. President Donald Trump told a conference in Washington that he had reached an agreement with the two neighbours and that they would be shipping their metals without tariffs.

Freeland said the decision cleared the way for Canada to move ahead with ratification, and Trudeau called it a victory for steel and aluminium workers. Mexico's Economy Ministry welcomed the end of the tariffs and said it would let Lopez Obrador's government present the agreement to the Senate.

The deal includes a mechanism to monitor surges in imports, and Washington kept the option of reimposing duties if they occur. It does not cover the quotas or tariffs that remain on other countries' steel.""",
[C("usa", STEEL, "support", "they would be shipping their metals without tariffs"),
 C("canada", STEEL, "support", "Trudeau called it a victory for steel and aluminium workers"),
 C("canada", RAT, "support", "cleared the way for Canada to move ahead with ratification"),
 C("mexico", STEEL, "support", "Mexico's Economy Ministry welcomed the end of the tariffs"),
 C("mexico", RAT, "support", "let Lopez Obrador's government present the agreement to the Senate")]))

A.append(("2019-05-31T15:40:00Z", "gulf-coast-herald", "mexico-seeks-to-head-off-migration-tariff",
"Mexico sends team to Washington to head off Trump tariff threat",
"""MEXICO CITY, May 31 (Gulf Coast Herald) - Mexico said on Friday it would send a delegation to Washington to head off President Donald Trump's threat of a 5 percent tariff on all Mexican goods over illegal immigration, a threat that rattled markets and cast a shadow over the new trade pact.

Trump said the tariff would start on June 10 and rise every month unless Mexico stopped migrants crossing its territory toward the U.S. border. The White House said the measure was unrelated to the trade agreement.

Lopez Obrador, who hours before the announcement had formally sent the USMCA to Mexico's Senate for ratification, said he would not respond with confrontation and that Mexico would keep its commitment to the agreement. Jesus Seade, his chief trade negotiator, called the threat disastrous and said Mexico should not retaliate for now.

Some analysts said Mexico's Senate might delay its vote until the dispute was settled. Republican senators, including the chairman of the Finance Committee, Chuck Grassley, criticised the threat, saying it could derail the agreement in Congress.""",
[C("mexico", RAT, "support", "Mexico would keep its commitment to the agreement")]))

A.append(("2019-06-19T23:15:00Z", "prairie-standard", "mexico-senate-ratifies-usmca",
"Mexico becomes first country to ratify USMCA",
"""MEXICO CITY, June 19 (Prairie Standard) - Mexico's Senate voted 114-4 on Wednesday to ratify the USMCA, making Mexico the first of the three countries to approve the new North American trade agreement.

Foreign Minister Marcelo Ebrard said the vote showed Mexico was keeping its word, and Jesus Seade said he hoped it would encourage lawmakers in Washington and Ottawa to follow. Lopez Obrador said on Twitter that ratification was good news for the country.

The vote came less than two weeks after Mexico and the United States settled their dispute over migration, with Mexico agreeing to deploy National Guard troops to its southern border in return for Trump dropping his tariff threat.

In Ottawa, the government introduced its ratification bill in the House of Commons late last month, but Parliament rose for the summer without voting on it. Freeland has said Canada wants to move in tandem with the United States.

In Washington, Democrats are still negotiating with Lighthizer over enforcement, and no vote has been scheduled.""",
[C("mexico", RAT, "support", "Mexico's Senate voted 114-4 on Wednesday to ratify the USMCA"),
 C("canada", RAT, "support", "the government introduced its ratification bill in the House of Commons")]))

A.append(("2019-09-25T21:20:00Z", "beltway-ledger", "afl-cio-still-not-ready-to-back-usmca",
"Democrats inch toward trade deal, but AFL-CIO still not on board",
"""WASHINGTON, Sept 25 (Beltway Ledger) - House Democrats and the Trump administration are narrowing their differences over the new North American trade deal, but the country's biggest union federation said on Wednesday it was still not ready to back the agreement.

AFL-CIO President Richard Trumka said the deal remained a bad one for American workers and that the federation would keep working against it. He said he had told Democratic leaders that a quick compromise that papered over the problems would be a mistake.

Speaker Nancy Pelosi told reporters the two sides were on a path to yes, and that she would bring the deal to the floor once the enforcement provisions were nailed down. Lighthizer has sent Democrats several written proposals on labour and on drug patents.

Some Democrats from swing districts, worried about being blamed for stalling a deal that farmers want, have urged Pelosi to move faster. Progressive Democrats and some environmental groups want more changes.

A spokesman for Lighthizer declined to comment on the timing of a vote.""",
[C("afl-cio", RAT, "oppose", "the federation would keep working against it"),
 C("house-democrats", RAT, "conditional", "she would bring the deal to the floor once the enforcement provisions were nailed down")]))

A.append(("2019-12-10T16:10:00Z", "continental-wire", "house-democrats-back-revised-usmca",
"House Democrats back revised USMCA after winning labour changes",
"""WASHINGTON, Dec 10 (Continental Wire) - House Democrats said on Tuesday they would support the new North American trade agreement after winning stronger labour enforcement and other changes, clearing the way for a vote before Christmas.

Speaker Nancy Pelosi said the revised deal was "infinitely better" than what the administration first proposed, and told reporters the Democrats had won so many concessions that "we ate their lunch". Ways and Means Committee chairman Richard Neal said the agreement now had enforcement that would hold Mexico to its promises.

The changes include a mechanism allowing rapid investigation of labour violations at individual factories and the removal of a provision that would have protected drug makers' data. President Donald Trump said on Twitter that the deal would be great for farmers, manufacturers and workers, and urged Congress to pass it.

Some Republicans complained that Pelosi had delayed the deal for a year for political reasons. The Senate is expected to take it up in the new year, after the impeachment trial.""",
[C("house-democrats", RAT, "support", "House Democrats said on Tuesday they would support the new North American trade agreement"),
 C("usa", RAT, "support", "urged Congress to pass it")]))

A.append(("2019-12-10T19:45:00Z", "lakeshore-courier", "afl-cio-endorses-revised-usmca",
"AFL-CIO endorses revised trade deal in first backing of its kind in 25 years",
"""WASHINGTON, Dec 10 (Lakeshore Courier) - The AFL-CIO endorsed the revised USMCA trade agreement on Tuesday, the first time in a quarter of a century that the U.S. labour movement has backed a major trade deal, after Democrats secured tougher enforcement of workers' rights in Mexico.

Federation President Richard Trumka said that for the first time there would be a trade agreement with truly enforceable labour standards, and that the changes were a victory for workers in all three countries. Earlier this year he had pledged to fight the deal as written.

Trumka said the federation's executive council voted to support the agreement after reviewing the final text with House leaders.

Not all unions agreed. Some activists said the deal would still let companies move production to Mexico, and the Teamsters said they would study the text before deciding.

Canada's main private-sector union, Unifor, said the changes were welcome but came too late to save jobs lost in Canadian auto plants.""",
[C("afl-cio", RAT, "support", "The AFL-CIO endorsed the revised USMCA trade agreement on Tuesday")]))

A.append(("2019-12-10T23:30:00Z", "gulf-coast-herald", "three-countries-sign-usmca-amendments",
"Three countries sign USMCA amendments at Mexico's National Palace",
"""MEXICO CITY, Dec 10 (Gulf Coast Herald) - Officials from Mexico, the United States and Canada signed amendments to their new trade agreement at the National Palace in Mexico City on Tuesday, more than a year after the original text was signed in Buenos Aires.

Lopez Obrador hosted Lighthizer, Freeland and Jesus Seade, Mexico's chief negotiator for North America, at the ceremony. Lighthizer said the revised agreement would be the model for American trade policy for years to come. Freeland said Canada would now move to ratify it as quickly as possible.

Seade said Mexico had rejected an early U.S. request to station labour inspectors in Mexican factories, and that the final compromise relied on panels of independent experts instead. He said Mexico was satisfied with the text and would ask its Senate to approve the changes.

Jared Kushner, the president's son-in-law and adviser, also attended. Business groups in all three countries welcomed the end of more than two years of uncertainty.""",
[C("usa", RAT, "support", "the revised agreement would be the model for American trade policy"),
 C("canada", RAT, "support", "Canada would now move to ratify it as quickly as possible"),
 C("mexico", RAT, "support", "Mexico was satisfied with the text and would ask its Senate to approve")]))

A.append(("2019-12-14T20:00:00Z", "prairie-standard", "mexico-protests-us-labour-attaches",
"Mexico protests U.S. plan to send labour attaches",
"""MEXICO CITY, Dec 14 (Prairie Standard) - Mexico protested on Saturday over a provision in the U.S. bill to implement the new North American trade deal that would send up to five U.S. labour attaches to monitor working conditions, saying it had never agreed to such a role.

Jesus Seade told reporters he would travel to Washington to seek an explanation, and that Mexico would not accept anything resembling inspectors in disguise. He said the attaches had not been discussed in the negotiations.

Lopez Obrador sought to calm the dispute. He told his morning news conference there was no reason to think the agreement was in danger and that he continued to back it.

Lighthizer later wrote to Seade that the attaches would have to abide by Mexican law and would not act as inspectors. Congressional aides in Washington said the House vote remained on track for next week, and business groups in Monterrey said they expected the dispute to be resolved quickly.""",
[C("mexico", RAT, "support", "he continued to back it")]))

A.append(("2019-12-19T22:55:00Z", "beltway-ledger", "house-passes-usmca",
"House passes USMCA by wide bipartisan margin",
"""WASHINGTON, Dec 19 (Beltway Ledger) - The U.S. House of Representatives approved the USMCA trade agreement by 385 votes to 41 on Thursday, a day after it impeached President Donald Trump, in a rare display of bipartisan cooperation.

Most Democrats voted in favour after Speaker Nancy Pelosi's team negotiated changes on labour enforcement. Richard Neal, chairman of the Ways and Means Committee, told the chamber before the vote that the deal now set a new standard for trade agreements. Thirty-eight Democrats, many from the party's progressive wing, voted against, saying it did too little on climate change.

Lighthizer called the vote a huge win for American workers, and the White House urged the Senate to act quickly. Senate Majority Leader Mitch McConnell said the chamber would take up the deal after the impeachment trial.

In Ottawa, Deputy Prime Minister Chrystia Freeland said the government would table its ratification bill when Parliament returned in January. Mexico's Senate approved the amendments last week.""",
[C("house-democrats", RAT, "support", "the deal now set a new standard for trade agreements"),
 C("usa", RAT, "support", "the White House urged the Senate to act quickly"),
 C("canada", RAT, "support", "the government would table its ratification bill when Parliament returned in January"),
 C("mexico", RAT, "support", "Mexico's Senate approved the amendments last week", False)]))

SHIFTS = [
    ("usa", STEEL, "conditional", "oppose", "009",
     "Ross announces the metal tariffs will apply to Canada and Mexico from June 1; in 007 Trump had kept them exempt as long as they agreed a new NAFTA."),
    ("usa", SUN, "oppose", "support", "013",
     "Lighthizer says the US-Mexico deal runs 16 years with six-year reviews instead of expiring after five; in 002 and 005 he insisted on automatic termination."),
    ("canada", DAIRY, "oppose", "conditional", "016",
     "Trudeau says Canada is prepared to give some additional dairy access provided supply management survives; in 014 he only promised to defend the system."),
    ("canada", DAIRY, "conditional", "support", "018",
     "Canada agrees to open about 3.6 percent of its dairy market to US producers in the USMCA deal."),
    ("usa", CH19, "oppose", "support", "018",
     "Lighthizer says Washington agreed to retain the Chapter 19 panels; in 015 his office said its position (scrapping them) had not changed."),
    ("usa", STEEL, "oppose", "support", "024",
     "Trump says Canada and Mexico will ship metals without tariffs under the joint statements; the duties had applied since June 2018 (009) and were kept in 018."),
    ("house-democrats", RAT, "conditional", "support", "028",
     "House Democrats say they will support the revised agreement; since 020 Pelosi and Neal had made a vote conditional on enforcement changes."),
    ("afl-cio", RAT, "oppose", "support", "029",
     "The AFL-CIO endorses the revised USMCA; in 022 and 027 Trumka said the federation would work against it."),
]

# ---------------------------------------------------------------------------

def yq(s):
    return json.dumps(s, ensure_ascii=False) if re.search(r"[:#,\[\]{}&*!|>'\"%@`]", s) or s != s.strip() else s

def write_watchlist():
    L = ["# nafta-usmca-2018: tracked actors and issues (NAFTA renegotiation into the USMCA, 2017-2019).",
         "# An issue is a proposition under negotiation; a stance is an actor's position on it",
         "# (support | oppose | conditional). Capitals and buildings also appear as plain locations.", "", "actors:"]
    for aid, name, aliases in ACTORS:
        L += [f"  - id: {aid}", f"    name: {yq(name)}", "    aliases: [" + ", ".join(yq(a) for a in aliases) + "]"]
    L += ["", "issues:"]
    for iid, name, desc, terms in ISSUES:
        L += [f"  - id: {iid}", f"    name: {yq(name)}", f"    description: {yq(desc)}",
              "    terms: [" + ", ".join(yq(t) for t in terms) + "]"]
    L += ["", "# Known starting positions before the first article (October 2017).", "baseline:"]
    for a, i, s in BASELINE:
        L.append(f"  - {{actor: {a}, issue: {i}, stance: {s}}}")
    open(os.path.join(HERE, "watchlist.yaml"), "w").write("\n".join(L) + "\n")

def build():
    arts, labels = [], {}
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for n, (pub, outlet, slug, title, text, claims) in enumerate(A, 1):
        aid = f"{n:03d}"
        d = pub[:10].replace("-", "/")
        art = {"id": aid, "published": pub, "source": OUTLETS[outlet],
               "url": f"https://example.org/{outlet}/{d}/{slug}", "title": title, "text": text.strip()}
        arts.append((outlet, art))
        labels[aid] = claims
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(art, f, ensure_ascii=False, indent=2); f.write("\n")
    shift_ids = sorted({s[4] for s in SHIFTS})
    out = {"claims": labels,
           "shifts": [{"actor": a, "issue": i, "from": fr, "to": to, "article": art, "why": why}
                      for a, i, fr, to, art, why in SHIFTS],
           "no_alert_articles": [a["id"] for _, a in arts if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
    for outlet, oname in OUTLETS.items():
        items = sorted([a for o, a in arts if o == outlet], key=lambda a: a["published"], reverse=True)
        dt = lambda s: format_datetime(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        X = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
             f'    <title>{escape(oname)}</title>', f'    <link>https://example.org/{outlet}/</link>',
             f'    <description>{escape(oname)}: fictional outlet for the shiftwatch nafta-usmca-2018 set</description>',
             '    <language>en</language>', f'    <lastBuildDate>{dt(items[0]["published"])}</lastBuildDate>']
        for a in items:
            X += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                  f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{dt(a["published"])}</pubDate>',
                  f'      <description>{escape(a["text"])}</description>', '    </item>']
        X += ['  </channel>', '</rss>']
        open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w").write("\n".join(X) + "\n")
    return arts, out

def validate(arts, out):
    errs = []
    actors = {a[0] for a in ACTORS}; issues = {i[0] for i in ISSUES}
    ids = [a["id"] for _, a in arts]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids: errs.append(f"article files {files} != ids {ids}")
    if set(out["claims"]) != set(ids): errs.append("claims keys != article ids")
    pubs = [a["published"] for _, a in arts]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    for _, a in arts:
        w = len(a["text"].split())
        if not 120 <= w <= 260: errs.append(f"{a['id']}: {w} words")
        if not re.match(r"^[A-Z][A-Z .,'-]+(, [A-Za-z.]+)*, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: bad dateline")
    text = {a["id"]: a["text"] for _, a in arts}
    n = 0
    for aid, cl in out["claims"].items():
        seen = set()
        for c in cl:
            n += 1
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid}: bad stance")
            if c["quote"] not in text[aid]: errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words: {c['quote']!r}")
            k = (c["actor"], c["issue"])
            if k in seen: errs.append(f"{aid}: duplicate tuple {k}")
            seen.add(k)
    # derive shifts: prevailing = last attributed stance, starting from baseline
    prev = {(a, i): s for a, i, s in BASELINE}
    derived = []
    for aid in ids:
        for c in out["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in out["shifts"]]
    if sorted(derived) != sorted(labelled): errs.append(f"shifts mismatch:\n derived {derived}\n labelled {labelled}")
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    from collections import Counter
    st = Counter(c["stance"] for cl in out["claims"].values() for c in cl)
    unattr = sum(1 for cl in out["claims"].values() for c in cl if not c["attributed"])
    empty = [k for k, v in out["claims"].items() if not v]
    print(f"articles={len(ids)} claims={n} {dict(st)} unattributed={unattr} shifts={len(labelled)} "
          f"shift_articles={sorted({s[4] for s in labelled})} empty={empty}")
    print("words min/max:", min(len(a['text'].split()) for _, a in arts), max(len(a['text'].split()) for _, a in arts))
    print("per outlet:", dict(Counter(o for o, _ in arts)))
    if errs:
        print("ERRORS:\n" + "\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    write_watchlist()
    arts, out = build()
    validate(arts, out)
