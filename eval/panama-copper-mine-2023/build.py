#!/usr/bin/env python3
"""Build and validate the panama-copper-mine-2023 eval set (self-contained; python3 build.py)."""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "panama-copper-mine-2023"
OUTLETS = {
    "isthmus-wire": "Isthmus Wire",
    "canal-post": "Canal Post",
    "southern-ledger": "Southern Ledger",
    "metals-daily": "Metals Daily",
    "atlantic-courier": "Atlantic Courier",
}
GOV, ASM, FQM, SC, PRO, ENV, CAN = ("panama-government", "national-assembly", "first-quantum",
                                   "supreme-court", "protest-movement", "environmental-groups", "canada")
REP, REF, MOR, ARB, RST = ("repeal-contract", "contract-referendum", "mining-moratorium",
                           "fqm-drops-arbitration", "mine-restart")
S, O, C = "support", "oppose", "conditional"

def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}

# (id, published UTC, outlet, slug, title, text, claims)
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append((i, pub, outlet, slug, title, text.strip(), claims))

art("001", "2023-10-17T21:00:00Z", "isthmus-wire", "panama-lawmakers-push-copper-contract",
    "Panama lawmakers push copper contract toward final vote as unions rally", """
PANAMA CITY, Oct 17 (Isthmus Wire) - Panama's National Assembly moved the new contract for First Quantum Minerals' Cobre Panama mine closer to approval on Tuesday, passing it in second debate while several hundred protesters chanted outside the legislative palace.

The contract, negotiated over more than a year, would let the Canadian company's local unit, Minera Panama, operate the open-pit copper mine for 20 more years, with an option to extend, in exchange for minimum annual payments to the state of $375 million.

Commerce and Industries Minister Federico Alfaro told lawmakers that the agreement was the best deal Panama had ever obtained from a mining company and that tearing it up would put thousands of jobs at risk.

The construction workers' union SUNTRACS, which led the rally, said it would keep marching until the contract was thrown out, calling it a surrender of national sovereignty. A handful of independent lawmakers also spoke against the bill, saying it had been rushed.

A final vote in third debate could come within days.
""", [c(GOV, REP, O, "tearing it up would put thousands of jobs at risk"),
      c(PRO, REP, S, "it would keep marching until the contract was thrown out")])

art("002", "2023-10-20T23:10:00Z", "canal-post", "cortizo-signs-mine-contract-into-law",
    "Cortizo signs First Quantum mine contract into law after swift vote", """
PANAMA CITY, Oct 20 (Canal Post) - Panama's National Assembly on Friday approved the new contract for the Cobre Panama copper mine in a third and final debate, and President Laurentino Cortizo signed it into law within hours.

Lawmakers backed the bill by a wide margin. It gives First Quantum Minerals' local subsidiary the right to keep mining the deposit in the province of Colon for two decades. The measure was published in the official gazette the same evening as Law 406.

The government has argued that the mine, which accounts for roughly 5% of Panama's economic output, is vital to public finances. Officials said the new terms raise the state's take many times over compared with the old 1997 concession, which the Supreme Court declared unconstitutional in 2017.

Teachers' unions and SUNTRACS called nationwide protests for next week to demand that the law be repealed. "They sold the country in one afternoon," said a teacher waiting outside the assembly building.
""", [c(ASM, REP, O, "approved the new contract for the Cobre Panama copper mine"),
      c(GOV, REP, O, "President Laurentino Cortizo signed it into law within hours"),
      c(PRO, REP, S, "to demand that the law be repealed")])

art("003", "2023-10-20T23:55:00Z", "southern-ledger", "panama-assembly-approves-copper-contract",
    "Panama assembly approves copper contract, president signs it the same day", """
PANAMA CITY, Oct 20 (Southern Ledger) - Panama's National Assembly on Friday approved the new contract for the Cobre Panama copper mine in its third and final debate, and President Laurentino Cortizo signed it into law within hours of the vote.

The bill passed comfortably. It lets First Quantum Minerals' Panamanian subsidiary keep mining the deposit in Colon province for another twenty years, and it appeared in the official gazette that evening as Law 406.

The government says the mine, which produces about 5% of Panama's economic output, is essential to public finances. Officials said the state's income would rise many times over compared with the 1997 concession that the Supreme Court found unconstitutional in 2017.

SUNTRACS and the teachers' unions called nationwide protests for next week to demand that the law be repealed. One teacher outside the assembly said the country had been sold off in a single afternoon.
""", [c(ASM, REP, O, "approved the new contract for the Cobre Panama copper mine"),
      c(GOV, REP, O, "President Laurentino Cortizo signed it into law within hours"),
      c(PRO, REP, S, "to demand that the law be repealed")])

art("004", "2023-10-23T18:00:00Z", "metals-daily", "roadblocks-spread-teachers-strike",
    "Roadblocks spread across Panama as teachers strike over mine law", """
PANAMA CITY, Oct 23 (Metals Daily) - Protesters blocked stretches of the Pan-American Highway and roads into Colon on Monday as teachers walked off the job, widening the backlash against the law that renewed First Quantum's copper contract.

The teachers' association Asoprof said its members would stay out of the classroom indefinitely until the contract was annulled. Its leader, Fernando Abrego, told reporters that no school would reopen while the mine law stood.

Lawyers from the Centro de Incidencia Ambiental (CIAM), an environmental group, filed a lawsuit with the Supreme Court asking it to declare Law 406 unconstitutional, arguing that the contract grants a foreign company privileges the constitution forbids. The court has not said when it will take up the challenge.

The Chamber of Commerce urged the authorities to restore order, warning that the blockades were costing businesses millions of dollars a day. Police reported several arrests in Panama City. First Quantum said the mine was operating normally.
""", [c(PRO, REP, S, "stay out of the classroom indefinitely until the contract was annulled"),
      c(ENV, REP, S, "asking it to declare Law 406 unconstitutional")])

art("005", "2023-10-24T02:00:00Z", "atlantic-courier", "cortizo-stands-by-copper-contract",
    "Cortizo stands by copper contract, rejects calls to scrap it", """
PANAMA CITY, Oct 23 (Atlantic Courier) - President Laurentino Cortizo defended the new Cobre Panama contract in a televised address on Monday night and rejected union demands that he repeal the law by decree.

He said the agreement had been negotiated in the national interest, that it guaranteed Panama at least $375 million a year and that walking away from it would expose the country to costly international lawsuits. Cortizo acknowledged the anger on the streets and asked protesters to let food, fuel and medicine through the blockades.

Some political analysts said the government could be forced to offer concessions if the protests kept growing, though none expected the president to abandon the contract outright.

Environment Minister Milciades Concepcion, speaking earlier in the day, said environmental controls at the mine would be tightened under the new terms and that inspectors would visit the site more often.
""", [c(GOV, REP, O, "rejected union demands that he repeal the law by decree"),
      c(PRO, REP, S, "union demands that he repeal the law by decree", False)])

art("006", "2023-10-25T15:00:00Z", "isthmus-wire", "first-quantum-says-contract-legal",
    "First Quantum says Panama contract is legal and mine is running normally", """
PANAMA CITY, Oct 25 (Isthmus Wire) - First Quantum Minerals said on Wednesday that its Cobre Panama contract was lawful and fully in force, and urged calm after a week of protests against the law that approved it.

Chief executive Tristan Pascall said in a statement that the contract had gone through a public consultation and a full legislative process. He said the mine employed thousands of Panamanians and bought goods and services from more than a thousand local suppliers.

The Toronto-listed company's shares have fallen by about a fifth since the protests began. The Canadian embassy in Panama City advised travellers to avoid areas affected by the blockades.

Analysts at one brokerage said investors were underpricing the risk that the contract could be cancelled, but added that a legal reversal looked unlikely in the short term. Another said the company's best hope was that the protests would lose steam before Christmas.
""", [c(FQM, REP, O, "its Cobre Panama contract was lawful and fully in force")])

art("007", "2023-10-27T01:30:00Z", "canal-post", "cortizo-proposes-referendum-on-mine",
    "Panama's president proposes referendum on mine contract", """
PANAMA CITY, Oct 26 (Canal Post) - President Laurentino Cortizo on Thursday proposed holding a national referendum on Dec. 17 to let voters decide whether the law approving First Quantum's copper contract should be repealed.

Cortizo said he would send a bill to the National Assembly to authorise the vote and that his government would respect the outcome. If a majority voted against the contract, he said, the law would be repealed and the mine would begin an orderly closure.

The proposal marked a change of tone from a president who only days earlier had defended the deal on national television.

Union leaders rejected the idea within hours. Saul Mendez, secretary-general of SUNTRACS, called the referendum a manoeuvre to buy time and said the movement wanted the law repealed now, not in two months. Blockades remained in place on several highways on Thursday night.
""", [c(GOV, REF, S, "proposed holding a national referendum on Dec. 17"),
      c(GOV, REP, C, "If a majority voted against the contract, he said, the law would be repealed"),
      c(PRO, REF, O, "called the referendum a manoeuvre to buy time"),
      c(PRO, REP, S, "wanted the law repealed now, not in two months")])

art("008", "2023-10-28T16:00:00Z", "southern-ledger", "business-backs-mine-vote-greens-object",
    "Business groups back mine vote, environmentalists say the court must decide", """
PANAMA CITY, Oct 28 (Southern Ledger) - Panama's main business chambers on Saturday endorsed President Laurentino Cortizo's plan for a referendum on the Cobre Panama contract, saying a vote would let the country settle the dispute peacefully and reopen its roads.

Environmental groups were less welcoming. The coalition Panama Vale Mas Sin Mineria said it rejected the referendum, arguing that a contract that breaks the constitution cannot be made valid by a popular vote, and urged the Supreme Court to rule on the lawsuits before it.

The archbishop of Panama, Jose Domingo Ulloa, called for dialogue and asked all sides to avoid violence.

Supermarkets in the western province of Chiriqui reported shortages of fresh produce after a week of road closures, and the health ministry said it was flying medicines to some hospitals. Fuel stations in several towns ran dry.
""", [c(GOV, REF, S, "Cortizo's plan for a referendum on the Cobre Panama contract", False),
      c(ENV, REF, O, "said it rejected the referendum"),
      c(ENV, REP, S, "a contract that breaks the constitution cannot be made valid by a popular vote")])

art("009", "2023-10-30T20:00:00Z", "metals-daily", "electoral-body-cannot-hold-referendum",
    "Panama electoral body says it cannot hold mine referendum", """
PANAMA CITY, Oct 30 (Metals Daily) - Panama's Electoral Tribunal said on Monday it would not be able to organise a referendum on the Cobre Panama contract, dealing a blow to the plan the government floated last week to defuse the protests.

The tribunal said in a statement that preparations for the May 2024 general election were already under way and that a consultation in December would be neither legally sound nor feasible. It added that it had not received any formal request.

A government spokesman declined to say whether the president would press ahead with the idea. Several analysts said they expected Cortizo to drop the plan and look for another way to calm the streets, possibly a freeze on new mining permits.

Protest leaders called a march for Tuesday in the capital. Copper prices were little changed on the London Metal Exchange.
""", [])

art("010", "2023-10-31T22:00:00Z", "atlantic-courier", "cortizo-withdraws-referendum-backs-freeze",
    "Cortizo withdraws referendum plan, backs freeze on new mining", """
PANAMA CITY, Oct 31 (Atlantic Courier) - President Laurentino Cortizo on Tuesday withdrew his proposal for a referendum on the Cobre Panama contract and threw his weight behind a bill that would ban new metal mining concessions indefinitely.

In a message to the nation, Cortizo said he had asked the National Assembly to shelve the referendum bill after the Electoral Tribunal's objections and instead approve a moratorium on new mining concessions. The existing contract would be left to the Supreme Court, he said, and his government would respect its ruling.

Assembly President Dana Castaneda said lawmakers were ready to approve the moratorium and expected to vote on it within days.

SUNTRACS said the moratorium was welcome but did not touch the contract at the heart of the protests, and that its members would stay on the roads. Tens of thousands of people marched through the capital in the afternoon.
""", [c(GOV, REF, O, "withdrew his proposal for a referendum on the Cobre Panama contract"),
      c(GOV, MOR, S, "threw his weight behind a bill that would ban new metal mining concessions"),
      c(GOV, REP, C, "his government would respect its ruling"),
      c(ASM, MOR, S, "lawmakers were ready to approve the moratorium"),
      c(PRO, MOR, S, "the moratorium was welcome")])

art("011", "2023-11-03T03:00:00Z", "isthmus-wire", "panama-passes-ban-on-new-mining",
    "Panama lawmakers pass indefinite ban on new mining concessions", """
PANAMA CITY, Nov 2 (Isthmus Wire) - Panama's National Assembly on Thursday approved in third debate a law imposing an indefinite moratorium on new metal mining concessions, the government's main offer to protesters who have paralysed the country for two weeks.

The measure bars the granting, renewal or extension of concessions for metal mining across the country. It does not cancel the contract for First Quantum's Cobre Panama mine, whose fate rests with the Supreme Court.

President Laurentino Cortizo is expected to sign the law on Friday.

Environmental groups welcomed the vote as a long-sought victory but said they would keep pressing the court to annul the Cobre Panama contract. Teachers and construction workers said they would not lift their blockades until the contract itself was gone.

The national police said more than 700 people had been detained since the protests began, most of them released within a day.
""", [c(ASM, MOR, S, "approved in third debate a law imposing an indefinite moratorium"),
      c(ENV, MOR, S, "welcomed the vote as a long-sought victory"),
      c(ENV, REP, S, "keep pressing the court to annul the Cobre Panama contract"),
      c(PRO, REP, S, "would not lift their blockades until the contract itself was gone")])

art("012", "2023-11-03T19:00:00Z", "canal-post", "cortizo-signs-mining-moratorium",
    "Cortizo signs mining moratorium as blockades persist", """
PANAMA CITY, Nov 3 (Canal Post) - President Laurentino Cortizo signed the mining moratorium into law on Friday, saying Panama had heard its citizens and would grant no new metal mining concessions.

Asked by reporters whether he would now support annulling the Cobre Panama contract, Cortizo declined to say, repeating that the matter was in the hands of the Supreme Court.

A lawyer for the environmental group CIAM said it had never argued that a moratorium was not worth having, only that it did not go far enough while the existing mine kept operating.

SUNTRACS leader Saul Mendez said the roads would stay closed. He told a rally in the capital that a law freezing future mines changed nothing for the communities living beside Cobre Panama.

The Chamber of Commerce estimated that the blockades had cost the economy more than $80 million a day.
""", [c(GOV, MOR, S, "signed the mining moratorium into law on Friday"),
      c(ENV, MOR, S, "never argued that a moratorium was not worth having")])

art("013", "2023-11-08T14:00:00Z", "southern-ledger", "two-protesters-shot-dead-at-blockade",
    "Two protesters shot dead at Panama mine blockade", """
CHAME, Panama, Nov 7 (Southern Ledger) - Two men taking part in a blockade against the Cobre Panama mine contract were shot dead on Tuesday when a motorist got out of his car and opened fire at a roadblock on the Pan-American Highway west of the capital, police said.

Video of the shooting spread quickly on social media. Police arrested a 77-year-old man at the scene and prosecutors said he would be charged with homicide.

President Laurentino Cortizo condemned the killings and called for calm, saying violence could not be the answer to any disagreement.

Teachers' leaders said one of the dead was a teacher. The unions said they would hold vigils across the country and vowed to stay on the roads until the contract was repealed. Some blockades were briefly lifted so that ambulances could pass.
""", [c(PRO, REP, S, "vowed to stay on the roads until the contract was repealed")])

art("014", "2023-11-13T21:00:00Z", "metals-daily", "first-quantum-moves-toward-arbitration",
    "First Quantum moves toward arbitration as port blockade halts shipments", """
PANAMA CITY, Nov 13 (Metals Daily) - First Quantum Minerals said on Monday that its Panamanian unit had formally notified the government of its intention to seek arbitration under the free trade agreement between Canada and Panama, as a blockade of the mine's port by small boats forced it to cut output.

The company said fishing boats at the Punta Rincon port had stopped coal and other supplies from reaching the site and were preventing shipments of copper concentrate. It said it preferred a negotiated solution but had to protect its rights and those of its shareholders.

The commerce ministry did not immediately respond to a request for comment.

Mining analysts said arbitration under the trade agreement could take years. One said the notice looked more like a bargaining chip than a settled choice, and that the company might yet hold back if the government offered talks.
""", [c(FQM, ARB, O, "formally notified the government of its intention to seek arbitration")])

art("015", "2023-11-16T18:30:00Z", "atlantic-courier", "canada-watching-panama-mine-dispute",
    "Canada says it is watching Panama mine dispute closely", """
OTTAWA, Nov 16 (Atlantic Courier) - Canada's government said on Thursday it was following the situation at the Cobre Panama mine closely and was in contact with both First Quantum Minerals and Panamanian authorities.

In an emailed statement, Global Affairs Canada said Canada respected the right of Panamanians to protest peacefully and encouraged all parties to resolve their differences through dialogue. It declined to say whether Ottawa backed the company's move toward arbitration under the bilateral free trade agreement.

First Quantum, which insists its contract remains valid, is one of the largest Canadian investors in Latin America, and its Panama mine has accounted for roughly 40% of its revenue.

Opposition lawmakers in Ottawa asked the government what it was doing to protect Canadian investments abroad. Mining industry groups in Toronto said the dispute was being watched by companies across the region.
""", [c(FQM, REP, O, "First Quantum, which insists its contract remains valid", False)])

art("016", "2023-11-24T20:00:00Z", "isthmus-wire", "supreme-court-begins-final-deliberations",
    "Panama's Supreme Court begins final deliberations on mine law", """
PANAMA CITY, Nov 24 (Isthmus Wire) - Panama's Supreme Court declared itself in permanent session on Friday to decide the lawsuits against the Cobre Panama contract, meaning its nine justices will meet daily until they reach a ruling.

Chief Justice Maria Eugenia Lopez said the court would rule as soon as its deliberations allowed, and declined to give a date.

Hundreds of protesters have camped outside the court building for days. Union leaders told the crowd they would accept nothing less than the law being struck down.

First Quantum filed a brief last week asking the justices to uphold the law, arguing that the contract had been approved by all three branches of government and that annulling it would breach Panama's treaty obligations.

The commerce ministry said the mine had been operating at reduced capacity because of the port blockade.
""", [c(PRO, REP, S, "would accept nothing less than the law being struck down"),
      c(FQM, REP, O, "asking the justices to uphold the law")])

art("017", "2023-11-28T19:30:00Z", "canal-post", "top-court-strikes-down-first-quantum-contract",
    "Panama's top court strikes down First Quantum contract; Cortizo says mine will close", """
PANAMA CITY, Nov 28 (Canal Post) - Panama's Supreme Court on Tuesday unanimously declared unconstitutional the law that granted First Quantum Minerals its new contract for the Cobre Panama copper mine, handing a victory to five weeks of street protests.

The nine justices found that Law 406 breached more than two dozen articles of the constitution, the court said in a ruling read out in the capital. The decision cannot be appealed.

Hours later, President Laurentino Cortizo said in a televised address that the ruling was final and that his government would carry out an orderly and safe closure of the mine. He said the commerce ministry would lead a transition that protected workers and the environment.

Crowds outside the court cheered and set off fireworks. SUNTRACS leaders hailed the ruling as a victory for the people.

First Quantum said it was reviewing the decision. Its shares were suspended from trading in Toronto before the announcement.
""", [c(SC, REP, S, "unanimously declared unconstitutional the law that granted First Quantum Minerals"),
      c(GOV, REP, S, "his government would carry out an orderly and safe closure of the mine"),
      c(PRO, REP, S, "hailed the ruling as a victory for the people")])

art("018", "2023-11-28T21:15:00Z", "southern-ledger", "court-annuls-copper-contract-cortizo-orders-closure",
    "Panama court annuls copper contract; Cortizo orders closure of the mine", """
PANAMA CITY, Nov 28 (Southern Ledger) - Panama's Supreme Court on Tuesday unanimously declared unconstitutional the law that granted First Quantum Minerals its new Cobre Panama contract, a win for the protesters who have blocked roads for five weeks.

All nine justices agreed that Law 406 violated more than two dozen articles of the constitution, according to the ruling read out in the capital. There is no appeal.

In a televised address hours later, President Laurentino Cortizo called the ruling final and said his government would carry out an orderly and safe closure of the mine, with the commerce ministry leading a transition to protect workers and the environment.

Fireworks went up over the crowd outside the court, and SUNTRACS leaders hailed the ruling as a victory for the people.

First Quantum said it was studying the decision. Trading in its shares in Toronto had been suspended ahead of the ruling.
""", [c(SC, REP, S, "unanimously declared unconstitutional the law that granted First Quantum Minerals"),
      c(GOV, REP, S, "his government would carry out an orderly and safe closure of the mine"),
      c(PRO, REP, S, "hailed the ruling as a victory for the people")])

art("019", "2023-11-29T17:00:00Z", "metals-daily", "first-quantum-disputes-ruling",
    "First Quantum disputes Panama ruling, says it was not heard", """
TORONTO, Nov 29 (Metals Daily) - First Quantum Minerals said on Wednesday it disagreed with the court's decision striking down its Cobre Panama contract and complained that it had not been given a chance to be heard before the ruling.

In a statement, the company said it reserved all its rights under Panamanian and international law, including arbitration, and that it would work to keep the site safe in the meantime.

Its shares lost about half their value when trading resumed in Toronto. Analysts said the company could eventually claim damages running into billions of dollars, though one cautioned that any award would take years and might never be paid in full.

Ratings agencies said the closure would cut Panama's growth sharply next year and put pressure on the country's investment-grade credit rating.
""", [c(FQM, REP, O, "said on Wednesday it disagreed with the court's decision"),
      c(FQM, ARB, O, "reserved all its rights under Panamanian and international law, including arbitration")])

art("020", "2023-12-02T15:00:00Z", "atlantic-courier", "protesters-lift-roadblocks-vow-vigilance",
    "Panama protesters lift roadblocks, vow to guard against mine's return", """
PANAMA CITY, Dec 2 (Atlantic Courier) - Unions and community groups began lifting the roadblocks that had cut Panama in two for more than a month, after the Supreme Court struck down the Cobre Panama contract.

Teachers were due back in their classrooms on Monday. SUNTRACS leader Saul Mendez told supporters the fight was not over. He said the movement would return to the streets if anyone tried to reopen the mine under a new deal.

Environmental groups demanded that the government publish a full closure plan and said the mine must be shut for good, with the company paying for the clean-up.

Truckers said it would take days for fuel and food deliveries to return to normal in the interior. The tourism chamber said hotel bookings had begun to recover.
""", [c(PRO, RST, O, "would return to the streets if anyone tried to reopen the mine"),
      c(ENV, RST, O, "said the mine must be shut for good")])

art("021", "2023-12-13T16:00:00Z", "isthmus-wire", "panama-sets-out-closure-steps",
    "Panama sets out first closure steps for Cobre Panama; company wants to restart", """
PANAMA CITY, Dec 13 (Isthmus Wire) - Panama's government said on Wednesday that the Cobre Panama mine would not resume production and set out the first steps of a closure plan, including an audit of the site and a schedule for the dismissal of contractors.

Commerce and Industries Minister Federico Alfaro told a news conference that the ruling left no room for the mine to operate and that any closure had to be safe for nearby rivers and communities.

First Quantum said it wanted to resume production and would seek an agreement with the government to do so. The company said a poorly managed shutdown could damage tailings dams and water treatment systems, and warned that thousands of jobs were already gone.

The Chamber of Commerce and mining suppliers urged both sides to start talks quickly, while environmental groups said the company should not be allowed to set the terms of its own exit.
""", [c(GOV, RST, O, "the Cobre Panama mine would not resume production"),
      c(FQM, RST, S, "said it wanted to resume production")])

art("022", "2024-02-14T22:30:00Z", "metals-daily", "first-quantum-prefers-dialogue-keeps-arbitration",
    "First Quantum says it prefers dialogue with Panama but keeps arbitration alive", """
TORONTO, Feb 14 (Metals Daily) - First Quantum Minerals said on Wednesday it would prefer a negotiated solution with Panama over the Cobre Panama mine, but that it would keep its arbitration claims alive while no talks were under way.

Chief executive Tristan Pascall told analysts on a conference call that the company did not intend to withdraw its claims. He said Cobre Panama could be producing again within months of an agreement and that the company would keep pressing for a restart.

The mine has been placed under a preservation and safe management programme, with a reduced workforce maintaining equipment and water systems. The government, which has ordered the mine closed, is preparing for the May general election.

First Quantum reported a quarterly loss and cut spending at its other operations in Zambia and elsewhere.
""", [c(FQM, ARB, O, "the company did not intend to withdraw its claims"),
      c(FQM, RST, S, "the company would keep pressing for a restart"),
      c(GOV, RST, O, "The government, which has ordered the mine closed", False)])

art("023", "2024-03-20T14:00:00Z", "southern-ledger", "mine-splits-presidential-hopefuls",
    "Copper mine's future splits Panama's presidential hopefuls", """
PANAMA CITY, Mar 20 (Southern Ledger) - The fate of the shuttered Cobre Panama mine has become one of the sharpest dividing lines in Panama's presidential race, with less than two months to go before the May 5 vote.

Jose Raul Mulino, the candidate of the Realizando Metas party and the front-runner in most polls, said at a campaign event that he would look at every option on the mine once in office, including talks with the company. Independent candidate Ricardo Lombana said the mine must stay closed and that the country should turn the page on open-pit mining.

President Laurentino Cortizo, who cannot seek re-election, has stayed out of the debate. His spokesman declined to comment on the candidates' proposals.

SUNTRACS warned the candidates that any attempt to reopen the mine would bring its members back onto the roads. Business groups said the next government would need to decide quickly to protect thousands of jobs.
""", [c(PRO, RST, O, "any attempt to reopen the mine would bring its members back onto the roads")])

art("024", "2024-05-06T03:00:00Z", "canal-post", "mulino-wins-panama-presidency",
    "Mulino wins Panama presidency; decision on mine will wait", """
PANAMA CITY, May 5 (Canal Post) - Jose Raul Mulino won Panama's presidential election on Sunday, according to preliminary results, and will take office on July 1 with the country's economy still reeling from the closure of the Cobre Panama copper mine.

Speaking to supporters in the capital, Mulino promised to restore growth and create jobs. Asked about the mine, he said he would deal with it after his inauguration and declined to say whether he favoured reopening it.

First Quantum congratulated the president-elect and said it looked forward to working with his government. Its shares rose about 4% in Toronto on Monday morning.

Electoral authorities said turnout was above 77%. Outgoing President Laurentino Cortizo called Mulino to concede on behalf of the governing party, whose own candidate finished far behind.
""", [])

art("025", "2024-07-09T18:00:00Z", "atlantic-courier", "mulino-government-orders-mine-audit",
    "New Panama government orders audit of closed copper mine", """
PANAMA CITY, Jul 9 (Atlantic Courier) - Panama's new government will carry out a full audit of the closed Cobre Panama mine before deciding its future, Environment Minister Juan Carlos Navarro said on Tuesday, a week after President Jose Raul Mulino took office.

Navarro said the audit would examine the state of the tailings dams, the water treatment plants and the stockpiles of copper concentrate left at the site. He said the government would not take a position on the mine's future until the work was complete, and that it would hire an independent international firm.

Environmental groups said they would watch the audit closely. First Quantum said it would cooperate fully.

Navarro, a long-time environmental campaigner, said protecting the rivers around the site was his first priority. Mulino has said the mine will be handled by his team directly, not through intermediaries.
""", [])

art("026", "2025-01-16T20:00:00Z", "isthmus-wire", "mulino-says-mine-talks-need-arbitration-dropped",
    "Panama's Mulino says mine talks depend on First Quantum dropping arbitration", """
PANAMA CITY, Jan 16 (Isthmus Wire) - President Jose Raul Mulino said on Thursday his government was open to discussing a possible reopening of the Cobre Panama mine, but only after First Quantum Minerals withdrew its arbitration claims against Panama.

At his weekly news conference, Mulino said Panama would not negotiate under the pressure of claims worth some $20 billion. He said any future arrangement would have to respect the Supreme Court's 2023 ruling and give the state far better terms than the annulled contract.

The teachers' association Asoprof said any reopening would be met with new protests. The coalition Panama Vale Mas Sin Mineria said the mining moratorium barred a new contract and that the mine should stay closed.

First Quantum did not immediately comment. The company has previously said it prefers a negotiated solution.
""", [c(GOV, RST, C, "open to discussing a possible reopening of the Cobre Panama mine"),
      c(GOV, ARB, S, "only after First Quantum Minerals withdrew its arbitration claims"),
      c(GOV, REP, S, "any future arrangement would have to respect the Supreme Court's 2023 ruling"),
      c(PRO, RST, O, "any reopening would be met with new protests"),
      c(ENV, RST, O, "the mine should stay closed")])

art("027", "2025-03-06T13:00:00Z", "metals-daily", "first-quantum-pauses-arbitration",
    "First Quantum pauses arbitration against Panama to clear way for talks", """
TORONTO, Mar 6 (Metals Daily) - First Quantum Minerals said on Thursday it had agreed to suspend its arbitration proceedings against Panama over the Cobre Panama mine, in a gesture meant to open the way for talks with President Jose Raul Mulino's government.

The company said the suspension was a pause, not an end to the cases, but that it was not unwilling to withdraw the claims altogether if talks produced an agreement. It said it hoped to agree a path to restart the mine that would benefit Panama.

In Panama City, Commerce Minister Julio Molto said the government welcomed the step but still expected the claims to be withdrawn before formal negotiations began.

Royalty company Franco-Nevada, which has its own claim, said it would also pause its case. First Quantum's shares rose 3% in Toronto.
""", [c(FQM, ARB, C, "not unwilling to withdraw the claims altogether if talks produced an agreement"),
      c(FQM, RST, S, "it hoped to agree a path to restart the mine"),
      c(GOV, ARB, S, "still expected the claims to be withdrawn before formal negotiations began")])

art("028", "2025-06-10T17:00:00Z", "southern-ledger", "panama-to-export-stockpiled-copper",
    "Panama to let stockpiled copper leave shuttered mine", """
PANAMA CITY, Jun 10 (Southern Ledger) - Panama's government said on Tuesday it would allow the export of about 120,000 tonnes of copper concentrate stored at the closed Cobre Panama mine, as part of a plan to keep the site safe while its future is decided.

Environment Minister Juan Carlos Navarro said the plan did not amount to reopening the mine. He said any decision on restarting would come only after the audit, and that the proceeds would help pay for maintaining the tailings dams.

Environmental groups called the export plan a reopening by the back door and said they would challenge it in court.

First Quantum said it welcomed the decision as a step toward a lasting solution. Port workers at Punta Rincon said the first shipments could leave within weeks.
""", [c(GOV, RST, C, "any decision on restarting would come only after the audit"),
      c(ENV, RST, O, "called the export plan a reopening by the back door")])

art("029", "2025-11-28T12:00:00Z", "atlantic-courier", "two-years-on-panama-copper-fight",
    "Two years after the ruling, Panama's copper fight is unresolved", """
PANAMA CITY, Nov 28 (Atlantic Courier) - Two years after Panama's Supreme Court struck down the Cobre Panama contract, the giant copper mine sits idle on the Caribbean coast and its future is no closer to being settled.

The ruling capped a remarkable autumn. The government of Laurentino Cortizo defended the contract, offered a referendum, withdrew it and signed a moratorium on new mining in the space of a month, while unions and teachers kept much of the country blocked until the court acted.

First Quantum, which has said it wants to restart the mine, has paused its arbitration cases. Canada has kept a low profile throughout, and Ottawa has made few public comments.

Economists say the closure knocked several points off growth in 2024. The audit of the site ordered by the current government is still being completed, and no date has been set for formal talks.
""", [c(FQM, RST, S, "First Quantum, which has said it wants to restart the mine", False),
      c(FQM, ARB, C, "has paused its arbitration cases", False)])

SHIFTS = [
    {"actor": GOV, "issue": REP, "from": O, "to": C, "article": "007",
     "why": "Cortizo proposes a referendum and says the law would be repealed if most voters reject the contract; in 005 he had rejected any repeal."},
    {"actor": GOV, "issue": REF, "from": S, "to": O, "article": "010",
     "why": "Cortizo withdraws the referendum proposal he made in 007 and asks the Assembly to shelve the referendum bill."},
    {"actor": GOV, "issue": REP, "from": C, "to": S, "article": "017",
     "why": "After the Supreme Court annuls Law 406, Cortizo accepts the ruling as final and orders an orderly closure; before, repeal was only conditional on a vote or ruling (007, 010)."},
    {"actor": GOV, "issue": RST, "from": O, "to": C, "article": "026",
     "why": "Mulino says the government is open to discussing a reopening, but only once First Quantum withdraws its arbitration claims; in 021 the government said the mine would not resume production."},
    {"actor": FQM, "issue": ARB, "from": O, "to": C, "article": "027",
     "why": "First Quantum suspends its arbitration and says it is not unwilling to withdraw the claims if talks produce a deal; in 014, 019 and 022 it pursued the claims and said it would not withdraw them."},
]
DUPES = [("002", "003"), ("017", "018")]

WATCHLIST = """# panama-copper-mine-2023: tracked actors and issues (same format as the dev set).
# An issue is a proposition; a stance is an actor's position on it (support | oppose | conditional).
# "Panama", "Panama City" and "Supreme Court" also appear as plain places or in datelines; such mentions carry no stance.

actors:
  - id: panama-government
    name: Government of Panama (Cortizo administration to June 2024, then Mulino administration)
    aliases: [Panama, Panamanian government, Panama City, Laurentino Cortizo, Cortizo, Federico Alfaro, Alfaro, Milciades Concepcion, Commerce Ministry, commerce ministry, Jose Raul Mulino, Mulino, Julio Molto, Molto, Juan Carlos Navarro, Navarro]
  - id: national-assembly
    name: National Assembly of Panama
    aliases: [National Assembly, Assembly, Panamanian lawmakers, Dana Castaneda, Castaneda]
  - id: first-quantum
    name: First Quantum Minerals and its Panamanian unit Minera Panama
    aliases: [First Quantum, First Quantum Minerals, FQM, Minera Panama, Tristan Pascall, Pascall]
  - id: supreme-court
    name: Supreme Court of Justice of Panama
    aliases: [Supreme Court, Supreme Court of Justice, the court, Maria Eugenia Lopez]
  - id: protest-movement
    name: The anti-contract protest movement led by unions (SUNTRACS, teachers' unions)
    aliases: [SUNTRACS, Suntracs, Saul Mendez, Mendez, teachers' unions, Asoprof, Fernando Abrego, Abrego, unions, Alianza Pueblo Unido por la Vida]
  - id: environmental-groups
    name: Panamanian environmental groups
    aliases: [environmental groups, environmentalists, Panama Vale Mas Sin Mineria, Centro de Incidencia Ambiental, CIAM]
  - id: canada
    name: Government of Canada
    aliases: [Canada, Canadian government, Ottawa, Global Affairs Canada, Mary Ng, Melanie Joly]

issues:
  - id: repeal-contract
    name: Panama repeals or annuls the Cobre Panama mining contract (Law 406)
    description: The 2023 law approving First Quantum's 20-year contract for the Cobre Panama copper mine is repealed by lawmakers or struck down, ending the contract.
    terms: [repeal, Law 406, mining contract, unconstitutional, annul the contract, contract with First Quantum]
  - id: contract-referendum
    name: A national referendum decides the fate of the mining contract
    description: Panamanians vote in a popular consultation on whether to keep or repeal the Cobre Panama contract.
    terms: [referendum, popular vote, consultation, let the people decide]
  - id: mining-moratorium
    name: Panama imposes a moratorium on new metal mining concessions
    description: A law or decree bars new (or renewed) metal mining concessions in Panama.
    terms: [moratorium, new concessions, mining concessions, ban on mining, freeze on mining]
  - id: fqm-drops-arbitration
    name: First Quantum abandons its arbitration claims against Panama
    description: First Quantum (and its unit Minera Panama) withdraws its international arbitration claims over the annulled contract.
    terms: [arbitration, international arbitration, arbitration claims, free trade agreement, damages claim]
  - id: mine-restart
    name: The Cobre Panama mine reopens and resumes copper production
    description: The closed Cobre Panama mine restarts operations under any arrangement (new contract, negotiated deal or state involvement).
    terms: [reopen the mine, restart, resume production, reopening, Cobre Panama]

# Known starting positions before 001 (consistent with the articles; none implies a shift).
baseline:
  - {actor: panama-government, issue: repeal-contract, stance: oppose}
  - {actor: first-quantum, issue: repeal-contract, stance: oppose}
  - {actor: protest-movement, issue: repeal-contract, stance: support}
  - {actor: environmental-groups, issue: repeal-contract, stance: support}
  - {actor: environmental-groups, issue: mining-moratorium, stance: support}
"""

def url_for(a):
    i, pub, outlet, slug = a[0], a[1], a[2], a[3]
    return f"https://example.org/{outlet}/{pub[0:4]}/{pub[5:7]}/{pub[8:10]}/{slug}"

def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    for a in A:
        i, pub, outlet, slug, title, text, _ = a
        doc = {"id": i, "published": pub, "source": OUTLETS[outlet], "url": url_for(a), "title": title, "text": text}
        with open(os.path.join(HERE, "articles", f"{i}.json"), "w") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write("\n")
    for key, name in OUTLETS.items():
        items = [a for a in A if a[2] == key]
        last = max(parse_ts(a[1]) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch {SET} evaluation set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for a in items:
            u = url_for(a)
            out += ["    <item>", f"      <title>{escape(a[4])}</title>", f"      <link>{escape(u)}</link>",
                    f'      <guid isPermaLink="true">{escape(u)}</guid>',
                    f"      <pubDate>{format_datetime(parse_ts(a[1]), usegmt=True)}</pubDate>",
                    f"      <description>{escape(a[5])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{key}.xml"), "w") as f:
            f.write("\n".join(out))
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {"claims": {a[0]: a[6] for a in A}, "shifts": SHIFTS,
              "no_alert_articles": [a[0] for a in A if a[0] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1); f.write("\n")

def validate():
    errs = []
    wl = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = set(re.findall(r"^  - id: (\S+)\n    name:", wl.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: (\S+)", wl.split("issues:")[1].split("baseline:")[0], re.M))
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", wl)}
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    ids = [a[0] for a in A]
    if files != ids or sorted(labels["claims"]) != ids:
        errs.append("ids, files and labels disagree")
    if ids != [f"{n:03d}" for n in range(1, len(ids) + 1)]:
        errs.append("ids not consecutive")
    pubs = [a[1] for a in A]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    for i in ids:
        doc = json.load(open(os.path.join(HERE, "articles", f"{i}.json")))
        n = len(doc["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{i}: {n} words")
        if f"({doc['source']}) - " not in doc["text"].split("\n")[0]:
            errs.append(f"{i}: dateline")
        for cl in labels["claims"][i]:
            if cl["quote"] not in doc["text"]:
                errs.append(f"{i}: quote not in text: {cl['quote']}")
            if len(cl["quote"].split()) > 15:
                errs.append(f"{i}: quote too long: {cl['quote']}")
            if cl["actor"] not in actors or cl["issue"] not in issues:
                errs.append(f"{i}: unknown actor/issue {cl['actor']}/{cl['issue']}")
            if cl["stance"] not in (S, O, C):
                errs.append(f"{i}: bad stance")
    for a, b in DUPES:
        key = lambda cs: sorted((x["actor"], x["issue"], x["stance"]) for x in cs)
        if key(labels["claims"][a]) != key(labels["claims"][b]):
            errs.append(f"dupes {a}/{b} differ")
    # replay attributed claims from baseline; must reproduce SHIFTS exactly
    cur, got = dict(baseline), []
    for i in ids:
        if i in {b for _, b in DUPES}:
            continue
        for cl in labels["claims"][i]:
            if not cl["attributed"]:
                continue
            k = (cl["actor"], cl["issue"])
            if k in cur and cur[k] != cl["stance"]:
                got.append((cl["actor"], cl["issue"], cur[k], cl["stance"], i))
            cur[k] = cl["stance"]
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(got) != sorted(want):
        errs.append(f"replayed shifts {got} != labelled {want}")
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errs.append(f"shift unknown actor/issue {s}")
    if labels["no_alert_articles"] != [i for i in ids if i not in {s["article"] for s in labels["shifts"]}]:
        errs.append("no_alert_articles wrong")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {f}: {r.stderr.strip()}")
    return errs, labels

if __name__ == "__main__":
    build()
    errs, labels = validate()
    cl = [x for v in labels["claims"].values() for x in v]
    print(f"articles={len(A)} claims={len(cl)} " + " ".join(f"{s}={sum(1 for x in cl if x['stance']==s)}" for s in (S, O, C))
          + f" unattributed={sum(1 for x in cl if not x['attributed'])} shifts={len(labels['shifts'])}"
          + f" empty={[k for k, v in labels['claims'].items() if not v]}")
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)
