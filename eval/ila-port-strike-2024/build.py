#!/usr/bin/env python3
"""Build and validate the ila-port-strike-2024 eval set (self-contained, stdlib only).

Usage: python3 build.py   (writes articles/, feeds/, labels.json next to this file, then validates)
"""
import json, os, re, subprocess, sys
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "quayside-post": "Quayside Post",
    "ledger-of-commerce": "Ledger of Commerce",
    "harbour-light": "Harbour Light",
    "bay-bulletin": "Bay Bulletin",
}

# (id, published UTC, outlet slug, url slug, title, text, claims, shifts-in-this-article)
# claims: (actor, issue, stance, quote, attributed)
A = []

def art(pub, outlet, slug, title, text, claims=(), shifts=()):
    A.append(dict(id=None, pub=pub, outlet=outlet, slug=slug, title=title, text=text.strip(),
                  claims=list(claims), shifts=list(shifts)))

art("2024-06-10T21:15:00Z", "tidewater-wire", "ila-breaks-off-talks-automated-gate-mobile",
    "Dockworkers' union breaks off contract talks over automated gate in Mobile",
    """
NEW YORK, June 10 (Tidewater Wire) - The International Longshoremen's Association on Monday called off contract talks with East and Gulf Coast port employers, accusing a terminal operator owned by Maersk of using an automated truck gate in Mobile, Alabama, to process cargo without union labour.

ILA President Harold Daggett said the union would not sit down again with the United States Maritime Alliance while the system was running. He said the union's members would never accept automated gates, cranes or trucks, whether fully or partly automated, at any port where they work.

APM Terminals, the Maersk unit that runs the Mobile facility, said the gate technology had been in use at other ports for years and complied with the existing master contract. It said it had no plans to switch the system off.

USMX, which bargains for carriers and terminal operators from Maine to Texas, said it was disappointed by the walkout and remained ready to resume talks at any time. The current six-year contract, covering about 45,000 dockworkers, expires on Sept 30.
""",
    [("ila", "automation-ban", "support", "members would never accept automated gates, cranes or trucks", True),
     ("maersk", "automation-ban", "oppose", "It said it had no plans to switch the system off", True)])

art("2024-09-04T16:40:00Z", "quayside-post", "daggett-says-no-extension-strike-oct-1",
    "Daggett says dockworkers will strike on Oct 1 and rules out extending contract",
    """
NEWARK, Sept 4 (Quayside Post) - The head of the largest US dockworkers' union said on Wednesday that his members would walk off the job at East and Gulf Coast ports on Oct 1 if they had no new contract, and that there would be no extension of the old one.

"We're not extending," International Longshoremen's Association President Harold Daggett told reporters outside the union's offices in North Bergen, New Jersey. He said employers had made billions during the pandemic and that the union's demand for a 77 percent raise over six years was the least its members deserved. He added that the union would not come down from that figure.

Daggett also repeated that the ILA wanted the new contract to close every loophole that allows automated equipment at its ports.

The United States Maritime Alliance did not respond to a request for comment. On the West Coast, the separate International Longshore and Warehouse Union accepted some automation at Los Angeles and Long Beach in its own 2023 contract, a precedent Daggett called a mistake.
""",
    [("ila", "contract-extension", "oppose", "\"We're not extending,\"", True),
     ("ila", "ila-drops-77-pay-demand", "oppose", "the union would not come down from that figure", True),
     ("ila", "automation-ban", "support", "close every loophole that allows automated equipment at its ports", True)])

art("2024-09-17T14:05:00Z", "ledger-of-commerce", "retailers-urge-white-house-act-before-port-deadline",
    "Retailers urge White House to act before port contract deadline",
    """
WASHINGTON, Sept 17 (Ledger of Commerce) - The National Retail Federation and more than 170 other trade groups urged President Joe Biden on Tuesday to use his authority, including the Taft-Hartley Act, to keep East and Gulf Coast ports open, with a strike threatened at the end of the month.

In a letter to the White House, the groups said a shutdown of even a week would take a month or more to clear and would hit holiday shipments. The NRF's vice president for supply chain, Jonathan Gold, said retailers had already moved some cargo to West Coast ports as insurance.

The 1947 law lets a president seek a court order imposing an 80-day cooling-off period in a strike that threatens national health or safety. It was last used on the docks in 2002.

A White House spokeswoman said officials were in touch with both the union and the employers but declined to say whether the president would consider the law. The International Longshoremen's Association has said it is seeking a 77 percent pay rise and a total ban on automation.
""",
    [("nrf", "taft-hartley", "support", "to use his authority, including the Taft-Hartley Act, to keep", True),
     ("ila", "ila-drops-77-pay-demand", "oppose", "it is seeking a 77 percent pay rise", False),
     ("ila", "automation-ban", "support", "seeking a 77 percent pay rise and a total ban on automation", False)])

art("2024-09-24T18:20:00Z", "harbour-light", "usmx-calls-union-demands-unrealistic",
    "Port employers call union's pay demand unrealistic, urge return to bargaining",
    """
NEW YORK, Sept 24 (Harbour Light) - The United States Maritime Alliance, which represents container carriers and terminal operators at East and Gulf Coast ports, said on Tuesday that the union's demand for a 77 percent wage increase was unrealistic and could not be the basis of a deal.

In a statement, USMX said it was prepared to offer a substantial raise and wanted the International Longshoremen's Association back at the table, but would not agree to a blanket ban on technology that it said was needed to keep the ports competitive and safe.

The alliance's members include Maersk, MSC and other large carriers, as well as the operators of terminals in New York, Savannah and Houston.

The union answered within hours. Harold Daggett said in a video message that the employers had had months to make a fair offer and that members were preparing picket lines. Talks have not been held since June.
""",
    [("usmx", "ila-drops-77-pay-demand", "support", "the union's demand for a 77 percent wage increase was unrealistic", True),
     ("usmx", "automation-ban", "oppose", "would not agree to a blanket ban on technology", True)])

art("2024-09-29T23:10:00Z", "bay-bulletin", "biden-rules-out-taft-hartley-port-strike",
    "Biden says he will not use Taft-Hartley to stop a port strike",
    """
REHOBOTH BEACH, Delaware, Sept 29 (Bay Bulletin) - President Joe Biden said on Sunday he would not use the Taft-Hartley Act to prevent or end a strike by dockworkers at East and Gulf Coast ports, two days before their contract expires.

Asked by reporters whether he planned to intervene, Biden said no. "Because it's collective bargaining, I don't believe in Taft-Hartley," he said.

Business groups had pressed the administration to be ready to invoke the law. Some economists estimate that a full shutdown of the ports could cost the economy several billion dollars a day.

Maersk, the world's second-largest container line, told customers it was preparing contingency plans and would add a surcharge on cargo bound for affected ports. It did not say what it expected from the talks.

The International Longshoremen's Association welcomed the president's remarks, saying federal intervention would only reward the employers. The union and the United States Maritime Alliance have not met face to face in months. A Labor Department official said acting Labor Secretary Julie Su had spoken to both sides over the weekend.
""",
    [("white-house", "taft-hartley", "oppose", "I don't believe in Taft-Hartley", True),
     ("ila", "taft-hartley", "oppose", "federal intervention would only reward the employers", True)])

art("2024-09-30T22:30:00Z", "tidewater-wire", "usmx-offers-nearly-50-percent-union-rejects",
    "Employers say they offered nearly 50% raise; union says no and prepares to strike",
    """
NEW YORK, Sept 30 (Tidewater Wire) - Port employers said on Monday they had offered dockworkers wage increases of nearly 50 percent over six years, hours before the East and Gulf Coast master contract was due to expire at midnight.

The United States Maritime Alliance said the offer also tripled employer contributions to retirement plans and kept existing limits on automation, and that it had offered to extend the current contract while talks continued. It said the union's 77 percent demand remained far beyond anything the industry could pay.

The International Longshoremen's Association said the offer fell well short of what its members had asked for and confirmed that picket lines would go up at 12:01 a.m. A union spokesman said the ILA would not agree to extend the expiring contract while employers refused to meet its terms.

Some shippers had hoped for a last-minute extension, as happened in past rounds of bargaining. A federal mediator had met both sides separately during the day, people familiar with the talks said.
""",
    [("usmx", "ila-drops-77-pay-demand", "support", "the union's 77 percent demand remained far beyond anything the industry could pay", True),
     ("ila", "ila-drops-77-pay-demand", "oppose", "the offer fell well short of what its members had asked for", True),
     ("ila", "contract-extension", "oppose", "the ILA would not agree to extend the expiring contract", True),
     ("usmx", "contract-extension", "support", "it had offered to extend the current contract while talks continued", True)])

art("2024-10-01T12:45:00Z", "quayside-post", "dockworkers-strike-36-ports",
    "Dockworkers walk out at 36 ports from Maine to Texas",
    """
PORT NEWARK, New Jersey, Oct 1 (Quayside Post) - About 45,000 dockworkers went on strike at 36 ports from Maine to Texas on Tuesday, the first coastwide walkout by the International Longshoremen's Association since 1977.

Pickets marched outside terminal gates in Port Newark, Baltimore, Savannah and Houston, and ships began queuing offshore. Container traffic at the affected ports, which handle roughly half of US seaborne imports, came to a halt.

Harold Daggett, visiting the picket line in Newark, said members were prepared to stay out as long as it took. He said the union had not changed its demands on pay, and that there would be no deal that did not shut the door on automation.

The Port Authority of New York and New Jersey said its facilities were closed to container traffic but that perishable cargo and military shipments would be handled. Cruise terminals were not affected.

The United States Maritime Alliance said it was willing to keep bargaining.
""",
    [("ila", "ila-drops-77-pay-demand", "oppose", "the union had not changed its demands on pay", True),
     ("ila", "automation-ban", "support", "no deal that did not shut the door on automation", True)])

art("2024-10-01T19:30:00Z", "harbour-light", "biden-presses-carriers-fair-contract",
    "Biden presses ocean carriers to offer a fair contract, again rejects Taft-Hartley",
    """
WASHINGTON, Oct 1 (Harbour Light) - President Joe Biden on Tuesday urged the foreign-owned ocean carriers that dominate the port employers' group to put a fair offer on the table, saying their profits had soared since the pandemic while dockworkers kept the ports running.

The White House said Biden had directed his team to keep in touch with both sides and to watch for disruptions to food and medicine supplies. Asked again whether he would use the Taft-Hartley Act to order the workers back, Biden said he stood by what he had said on Sunday.

Transportation Secretary Pete Buttigieg told reporters the administration was monitoring supply chains and urged both parties to reach agreement quickly. Acting Labor Secretary Julie Su was in contact with the negotiators.

Republican lawmakers criticised the administration for not stepping in. Senator Roger Marshall said the law existed for precisely this kind of emergency.
""",
    [("white-house", "taft-hartley", "oppose", "Biden said he stood by what he had said on Sunday", True)])

art("2024-10-01T21:50:00Z", "ledger-of-commerce", "retailers-renew-call-taft-hartley-strike",
    "Retailers renew call for Taft-Hartley as strike strands cargo",
    """
WASHINGTON, Oct 1 (Ledger of Commerce) - The National Retail Federation on Tuesday renewed its call for President Joe Biden to invoke the Taft-Hartley Act and order striking dockworkers back to work.

"The administration needs to use its authority to reopen the ports," NRF President Matthew Shay said in a statement, warning that every day of the stoppage would take several days to recover from.

Economists at several banks estimated the strike could cost the US economy between $3.8 billion and $5 billion a day, though some said the early damage would be limited because retailers had brought in holiday goods early. One analyst said Washington might yet change course if the walkout lasted beyond a week.

Maersk said its vessels bound for the affected ports were being held or diverted and that it would keep customers informed. Several carriers said they were adding surcharges.
""",
    [("nrf", "taft-hartley", "support", "renewed its call for President Joe Biden to invoke the Taft-Hartley Act", True)])

art("2024-10-02T17:25:00Z", "bay-bulletin", "strike-day-two-daggett-digs-in",
    "Daggett digs in as port strike enters second day",
    """
BALTIMORE, Oct 2 (Bay Bulletin) - The dockworkers' strike at East and Gulf Coast ports entered its second day on Wednesday with no talks scheduled, and International Longshoremen's Association President Harold Daggett signalled he was in no hurry to settle.

In a video posted on the union's social media channels, Daggett thanked members for their discipline and said employers knew what it would take to end the strike. He said the union had not asked for anything its members had not earned, and that a raise smaller than the one it had asked for would be turned down. Nothing had changed on automation either, he said: the ban was not up for negotiation.

People close to the employers said the United States Maritime Alliance was considering a higher wage offer, and some analysts expected the two sides to settle somewhere around 60 percent. USMX itself declined to say whether it would sweeten its offer.

In Houston, truckers lined up at closed terminal gates hoping to collect containers unloaded before the strike began.
""",
    [("ila", "ila-drops-77-pay-demand", "oppose", "a raise smaller than the one it had asked for would be turned down", True),
     ("ila", "automation-ban", "support", "the ban was not up for negotiation", True)])

art("2024-10-03T23:40:00Z", "tidewater-wire", "port-strike-suspended-62-percent-deal",
    "Port strike suspended after union and employers agree 62% raise, extend contract to Jan 15",
    """
NEW YORK, Oct 3 (Tidewater Wire) - The International Longshoremen's Association agreed on Thursday to suspend its three-day strike at East and Gulf Coast ports after reaching a tentative deal with employers on wages, ending the biggest port stoppage in nearly half a century.

In a joint statement, the union and the United States Maritime Alliance said they had agreed to extend the master contract until Jan. 15 to allow bargaining to resume on other outstanding issues. People familiar with the deal said wages would rise about 62 percent over six years, lifting top pay to about $63 an hour from $39.

By accepting the offer, the union settled for less than the 77 percent it had demanded going into the strike. The two sides still have to agree on automation, which the union wants banned outright.

President Joe Biden welcomed the agreement and praised both sides for extending the contract, saying collective bargaining worked. Workers were expected to return to the docks on Friday.
""",
    [("ila", "contract-extension", "support", "they had agreed to extend the master contract until Jan. 15", True),
     ("usmx", "contract-extension", "support", "they had agreed to extend the master contract until Jan. 15", True),
     ("ila", "ila-drops-77-pay-demand", "support", "the union settled for less than the 77 percent it had demanded", True),
     ("ila", "automation-ban", "support", "which the union wants banned outright", False),
     ("white-house", "contract-extension", "support", "praised both sides for extending the contract", True)],
    [("ila", "contract-extension", "oppose", "support",
      "The joint statement extends the master contract to Jan. 15; before the strike (002, 007) the ILA refused any extension."),
     ("ila", "ila-drops-77-pay-demand", "oppose", "support",
      "The union accepts a roughly 62% raise and settles for less than the 77% it had demanded (002, 007, 008, 011)." )])

art("2024-10-03T23:58:00Z", "quayside-post", "dockworkers-end-strike-wage-deal-extension",
    "Dockworkers end strike with wage deal and contract extension to January",
    """
NEW YORK, Oct 3 (Quayside Post) - The International Longshoremen's Association said on Thursday it would suspend its strike at East and Gulf Coast ports after a tentative agreement with employers on wages, bringing a three-day shutdown to an end.

The union and the United States Maritime Alliance said in a joint statement that they had agreed to extend the master contract until Jan. 15 so that talks could resume on the remaining issues. Wages would rise about 62 percent over six years, people familiar with the agreement said, taking top pay to around $63 an hour from $39.

In taking the offer the union settled for less than the 77 percent it had demanded before the walkout. Automation, which the union wants banned outright, is still unresolved.

President Joe Biden welcomed the deal and praised both sides for extending the contract. Dockworkers were due back at work on Friday.
""",
    [("ila", "contract-extension", "support", "they had agreed to extend the master contract until Jan. 15", True),
     ("usmx", "contract-extension", "support", "they had agreed to extend the master contract until Jan. 15", True),
     ("ila", "ila-drops-77-pay-demand", "support", "the union settled for less than the 77 percent it had demanded", True),
     ("ila", "automation-ban", "support", "which the union wants banned outright", False),
     ("white-house", "contract-extension", "support", "praised both sides for extending the contract", True)])

art("2024-10-04T15:10:00Z", "harbour-light", "ports-reopen-backlog-maersk-retailers-welcome",
    "Ports reopen as carriers warn backlog will take weeks to clear",
    """
SAVANNAH, Georgia, Oct 4 (Harbour Light) - Dockworkers returned to East and Gulf Coast terminals on Friday, and carriers warned that clearing the backlog of dozens of ships anchored offshore would take weeks.

Maersk said it welcomed the decision to extend the contract to mid-January and would begin lifting its strike surcharge. The company said each day of stoppage typically needed four to six days to recover.

The National Retail Federation said the extension was good news for shoppers ahead of the holidays, and urged the union and employers to use the extra time to reach a full agreement. The NRF did not repeat its call for federal intervention on Friday.

The Georgia Ports Authority said its Garden City terminal would open extended gate hours through the weekend. Its chief executive, Griff Lynch, said the port had been through worse.

Neither the International Longshoremen's Association nor the United States Maritime Alliance commented on when automation talks would start.
""",
    [("maersk", "contract-extension", "support", "Maersk said it welcomed the decision to extend the contract", True),
     ("nrf", "contract-extension", "support", "the extension was good news for shoppers ahead of the holidays", True)])

art("2024-10-09T10:00:00Z", "ledger-of-commerce", "analysis-automation-next-fight-ports",
    "Analysis: Automation is the harder fight left on the docks",
    """
NEW YORK, Oct 9 (Ledger of Commerce) - With wages settled for now, East and Gulf Coast ports face a harder question before the Jan. 15 deadline: how much machinery dockworkers will let in.

The International Longshoremen's Association, which has vowed to keep automated and semi-automated equipment off its docks, sees technology as the main threat to jobs. Employers, who argue that modern cranes and gates make terminals safer and more efficient, point to Rotterdam and parts of Asia, where automated terminals handle ever more cargo.

Some labour economists said a compromise could trade limits on fully automated terminals for guarantees that no current worker loses a job. Others doubted that the union, which walked away from talks in June over a single automated gate in Mobile, would settle for anything less than a total ban.

The United States Maritime Alliance has not published its automation proposal. The White House, which helped broker last week's wage deal, has said little about the issue.
""",
    [("ila", "automation-ban", "support", "has vowed to keep automated and semi-automated equipment off its docks", False)])

art("2024-10-22T19:05:00Z", "bay-bulletin", "dennis-daggett-no-semi-automated-gate",
    "Union's No. 2 tells locals there will be no semi-automated gates",
    """
CHARLESTON, South Carolina, Oct 22 (Bay Bulletin) - The executive vice president of the International Longshoremen's Association, Dennis Daggett, told a meeting of local officers on Tuesday that the union would not let employers install a single semi-automated gate or crane under the next contract.

Dennis Daggett, the son of union President Harold Daggett, said semi-automation was simply automation introduced in stages, and that members in Charleston and elsewhere had not struck to watch their jobs disappear a few years later.

Asked whether the union would agree to another extension if automation talks ran past Jan. 15, he declined to say.

Officials of the South Carolina Ports Authority, which operates the Charleston terminals, attended the meeting as guests and did not speak. The United States Maritime Alliance said it would not comment on internal union meetings.
""",
    [("ila", "automation-ban", "support", "would not let employers install a single semi-automated gate or crane", True)])

art("2024-11-12T22:15:00Z", "tidewater-wire", "port-automation-talks-collapse",
    "Port automation talks collapse after two days",
    """
NEW YORK, Nov 12 (Tidewater Wire) - Talks between the International Longshoremen's Association and East and Gulf Coast port employers broke down on Tuesday after two days, with the union accusing the employers of trying to bring semi-automated equipment in through the back door.

In a statement, the ILA said it had rejected the United States Maritime Alliance's proposal to introduce semi-automated technology, and that it would not accept automation of any kind on its docks. The union said it had walked out after USMX raised the issue again despite knowing its position.

USMX said it had come to the table to protect existing jobs while modernising the ports, and that walking away from technology was not an option for an industry that needed to grow. It said it remained ready to resume talks.

No new date was set. The extended master contract expires on Jan. 15.
""",
    [("ila", "automation-ban", "support", "rejected the United States Maritime Alliance's proposal to introduce semi-automated technology", True),
     ("usmx", "automation-ban", "oppose", "walking away from technology was not an option", True)])

art("2024-11-12T23:40:00Z", "harbour-light", "ila-usmx-automation-talks-break-down",
    "Union and port employers' automation talks break down",
    """
NEW YORK, Nov 12 (Harbour Light) - Contract talks between the International Longshoremen's Association and port employers on the East and Gulf coasts broke down on Tuesday after two days, the union accusing employers of trying to slip in semi-automated equipment through the back door.

The ILA said in a statement that it had rejected the United States Maritime Alliance's proposal to introduce semi-automated technology, and that it would accept no automation of any kind. The union said it left the talks when USMX raised the matter again.

USMX said it had come to protect existing jobs while modernising the ports, and that walking away from technology was not an option for a growing industry. It said it was ready to return to talks.

No date has been set for new talks before the extended contract runs out on Jan. 15.
""",
    [("ila", "automation-ban", "support", "rejected the United States Maritime Alliance's proposal to introduce semi-automated technology", True),
     ("usmx", "automation-ban", "oppose", "walking away from technology was not an option", True)])

art("2024-11-14T14:30:00Z", "quayside-post", "retailers-fear-january-port-strike",
    "Retailers fear a January port strike after automation talks fail",
    """
WASHINGTON, Nov 14 (Quayside Post) - The National Retail Federation said on Thursday it was worried that the collapse of automation talks at East and Gulf Coast ports could lead to a second strike in January, and urged both sides to go back to the table.

Jonathan Gold, the NRF's supply chain chief, said some members were again routing spring orders through West Coast ports. Asked whether the group would press the White House to use the Taft-Hartley Act if a strike began in January, Gold declined to say.

Analysts noted that a January walkout would begin five days before Donald Trump's inauguration, leaving any decision on intervention to an outgoing president. Some speculated that Trump, who has courted union voters, would be reluctant to order dockworkers back.

A spokesman for the United States Maritime Alliance said the employers remained available for talks.
""",
    [])

art("2024-12-03T16:50:00Z", "ledger-of-commerce", "daggett-no-more-extensions-jan-15-strike",
    "Daggett says there will be no more extensions and warns of Jan. 15 strike",
    """
NORTH BERGEN, New Jersey, Dec 3 (Ledger of Commerce) - International Longshoremen's Association President Harold Daggett said on Tuesday the union would not extend its contract with East and Gulf Coast port employers again, and that members would strike on Jan. 15 if there was no deal that kept automation out.

In a video message to members, Daggett said the October extension had been a one-time concession to get wages settled. "There will be no extension," he said, adding that employers had had more than two months to take automation off the table.

He said the union would not accept any contract that allowed semi-automated cranes, gates or trucks, and accused foreign-owned carriers of planning to replace American workers with machines.

The United States Maritime Alliance said it was committed to reaching an agreement before the deadline, and would be willing to keep the current contract in force past Jan. 15 to give talks more time. Shippers said they were already moving some January cargo to West Coast ports.
""",
    [("ila", "contract-extension", "oppose", "the union would not extend its contract with East and Gulf Coast port employers again", True),
     ("ila", "automation-ban", "support", "would not accept any contract that allowed semi-automated cranes, gates or trucks", True),
     ("usmx", "contract-extension", "support", "willing to keep the current contract in force past Jan. 15", True)],
    [("ila", "contract-extension", "support", "oppose",
      "Daggett says the union will not extend the contract again and will strike on Jan. 15; in 013 it had agreed to extend to Jan. 15.")])

art("2024-12-12T22:05:00Z", "bay-bulletin", "trump-sides-with-dockworkers-on-automation",
    "Trump sides with dockworkers' union against port automation",
    """
PALM BEACH, Florida, Dec 12 (Bay Bulletin) - President-elect Donald Trump said on Thursday he opposed the use of automation at US ports, backing the International Longshoremen's Association weeks before its contract with East and Gulf Coast employers expires.

In a post on his social media platform, Trump said he had studied automation and that the money it saved was "nowhere near the distress, hurt, and harm" it caused American workers. He said foreign companies should not be allowed to replace dockworkers with machines. He met Harold Daggett at his Mar-a-Lago club in Palm Beach last month.

The United States Maritime Alliance said in response that modern technology was vital to keeping US ports safe and competitive and that its proposals protected existing jobs. It did not say whether it would revise them.

The ILA thanked Trump for standing with working people. Daggett did not comment further.
""",
    [("trump", "automation-ban", "support", "he opposed the use of automation at US ports", True),
     ("usmx", "automation-ban", "oppose", "modern technology was vital to keeping US ports safe and competitive", True)])

art("2024-12-13T18:20:00Z", "tidewater-wire", "white-house-unchanged-taft-hartley-port",
    "White House says Biden's stance on port intervention has not changed",
    """
WASHINGTON, Dec 13 (Tidewater Wire) - The White House said on Friday that President Joe Biden still would not use the Taft-Hartley Act against dockworkers if they strike again in January, a day after President-elect Donald Trump sided with their union on automation.

White House press secretary Karine Jean-Pierre told reporters Biden continued to believe in collective bargaining and had no intention of invoking the law. She said administration officials were encouraging the International Longshoremen's Association and the United States Maritime Alliance to return to talks.

The National Retail Federation, which pushed for the law to be used in October, declined to say whether it would renew that call. Its president, Matthew Shay, said a second stoppage would be avoidable if both sides got back to work on a deal.

A Trump transition spokeswoman did not respond when asked whether the incoming president would consider Taft-Hartley if a strike ran past his Jan. 20 inauguration.
""",
    [("white-house", "taft-hartley", "oppose", "had no intention of invoking the law", True)])

art("2024-12-20T13:35:00Z", "quayside-post", "dennis-daggett-interview-machines",
    "Union's Dennis Daggett says 'machines don't buy houses'",
    """
BAYONNE, New Jersey, Dec 20 (Quayside Post) - Dennis Daggett, the No. 2 official of the International Longshoremen's Association, said on Friday the union was ready to go back on strike in less than four weeks unless employers dropped their push for semi-automated equipment.

He said the union had no quarrel with technology that made the work safer if people still did the work, but that remote-controlled cranes and driverless trucks were a different matter. "Machines don't buy houses," he said. He said the members had been clear that they did not want another extension and would not be talked into one.

Asked about President-elect Donald Trump's intervention, he said it was welcome but that the union would win the fight on its own.

The United States Maritime Alliance has said it would be willing to meet before Christmas. Bayonne's port terminal is run by a unit of a European carrier that is a member of the alliance.
""",
    [("ila", "automation-ban", "support", "unless employers dropped their push for semi-automated equipment", True),
     ("ila", "contract-extension", "oppose", "they did not want another extension and would not be talked into one", True)])

art("2025-01-06T20:10:00Z", "harbour-light", "port-talks-to-resume-tuesday",
    "Port contract talks to resume Tuesday, nine days before deadline",
    """
NEW YORK, Jan 6 (Harbour Light) - The International Longshoremen's Association and the United States Maritime Alliance will resume contract talks on Tuesday, both sides said in separate statements on Monday, nine days before the extended contract expires.

Neither side would say what it planned to put on the table. The union declined to say whether it would accept any new technology, and USMX declined to comment on reports that it had prepared a proposal on job guarantees.

Several industry analysts said a deal was more likely than not, perhaps one that limits fully automated terminals while allowing some new equipment in exchange for promises to keep every current job. Others noted that the union had walked out of the last round within two days.

Carriers including Maersk told customers they were watching the talks closely and had not yet announced strike surcharges for January.
""",
    [])

art("2025-01-08T23:55:00Z", "tidewater-wire", "tentative-master-contract-ports",
    "Union and port employers reach tentative six-year master contract, averting January strike",
    """
NEW YORK, Jan 8 (Tidewater Wire) - The International Longshoremen's Association and the United States Maritime Alliance reached a tentative six-year master contract on Wednesday, removing the threat of a second strike at East and Gulf Coast ports on Jan. 15.

In a joint statement, the two sides said the agreement protects current ILA jobs and establishes a framework for implementing new technologies that will create more jobs while modernising the ports. Details were not released pending ratification.

Harold Daggett told members the union had accepted new technology only where it came with guarantees that no jobs would be lost. USMX, in a note to member companies, said the deal placed limits on how new equipment could be introduced but did not rule it out.

The agreement includes the roughly 62 percent wage increase agreed in October. Both sides said the contract still needed a vote by the rank and file.
""",
    [("ila", "automation-ban", "conditional", "accepted new technology only where it came with guarantees that no jobs would be lost", True),
     ("usmx", "automation-ban", "conditional", "placed limits on how new equipment could be introduced but did not rule it out", True)],
    [("ila", "automation-ban", "support", "conditional",
      "Daggett says the union accepted new technology only with no-job-loss guarantees; until 025 it demanded that no semi-automated equipment be allowed at all."),
     ("usmx", "automation-ban", "oppose", "conditional",
      "USMX tells members the deal limits how new equipment can be introduced: a compromise on automation after rejecting any ban (004, 018, 022).")])

art("2025-01-09T15:40:00Z", "bay-bulletin", "reactions-port-deal-retailers-relief",
    "Retailers relieved and Biden praises port deal",
    """
WASHINGTON, Jan 9 (Bay Bulletin) - Retailers and shippers welcomed a tentative contract between East and Gulf Coast dockworkers and port employers on Thursday, saying it removed the biggest supply-chain risk of the new year.

National Retail Federation President Matthew Shay said the agreement gave importers certainty. The group did not comment on the automation provisions.

President Joe Biden congratulated the union and the employers and said the deal showed that collective bargaining worked. President-elect Donald Trump, who had sided with the union against automation last month, did not comment immediately.

Dennis Daggett told a union radio programme that members would hear the details at local meetings. He said again that the union had let in new equipment only where its jobs were guaranteed.
""",
    [("ila", "automation-ban", "conditional", "the union had let in new equipment only where its jobs were guaranteed", True)])

art("2025-01-10T11:00:00Z", "ledger-of-commerce", "analysis-what-port-deal-means",
    "Analysis: What the port deal means for automation on the East Coast",
    """
NEW YORK, Jan 10 (Ledger of Commerce) - The tentative contract between East and Gulf Coast dockworkers and their employers leaves both sides claiming victory on automation, the issue that nearly shut the ports twice.

For the International Longshoremen's Association, which had demanded a total ban on automated and semi-automated equipment throughout 2024, the deal's job guarantees are the headline. For employers, the ability to add new equipment at all is the prize.

Some local leaders in Savannah and Houston grumbled privately that the union had given too much, union members said, while others argued that guarantees were worth more than a ban that employers would have fought in court.

Terminal operators such as APM Terminals, the Maersk unit whose automated gate in Mobile started the dispute in June, did not comment. Analysts said carriers were unlikely to push for fully automated terminals on the East Coast during the six-year contract.
""",
    [])

art("2025-01-15T17:30:00Z", "quayside-post", "ports-busy-as-strike-deadline-passes",
    "Ports stay busy as former strike deadline passes quietly",
    """
SAVANNAH, Georgia, Jan 15 (Quayside Post) - Cranes kept working at East and Gulf Coast ports on Wednesday, the day dockworkers had threatened to strike, as members of the International Longshoremen's Association waited to vote on their new contract.

The Georgia Ports Authority said container volumes were at record levels as importers rushed goods in ahead of possible tariffs. Truckers at the Garden City terminal reported normal waiting times.

Union officials said ratification meetings would be held at locals over the coming weeks. A spokesman for the United States Maritime Alliance said its members would vote separately.

In Washington, the White House was preparing for the handover to Donald Trump next week. Officials there said they had nothing to add on the ports.
""",
    [])

art("2025-01-22T14:00:00Z", "harbour-light", "trump-white-house-no-comment-port-contract",
    "New administration says little on port contract vote",
    """
WASHINGTON, Jan 22 (Harbour Light) - The White House under President Donald Trump had no comment on Wednesday on the coming ratification vote by East and Gulf Coast dockworkers, two days after the inauguration.

Press secretary Karoline Leavitt, asked about the port contract at her first briefing, said she had nothing to add and moved on to other questions.

The International Longshoremen's Association has scheduled its vote for late February. Harold Daggett has called the agreement the best in the union's history.

Business groups are lobbying the new administration on tariffs, which shippers say may do more to change cargo flows this year than the labour contract.

Some union members said they expected the contract to pass easily, though a few locals have asked to see the full text of the technology provisions before the vote. Copies are due to be sent to locals next month.
""",
    [])

art("2025-02-25T22:45:00Z", "tidewater-wire", "dockworkers-ratify-six-year-contract",
    "Dockworkers ratify six-year contract with 62% raise",
    """
NEW YORK, Feb 25 (Tidewater Wire) - Members of the International Longshoremen's Association voted overwhelmingly on Tuesday to ratify a six-year master contract with East and Gulf Coast port employers, the union said, ending a dispute that led to a three-day strike in October.

Almost 99 percent of votes were in favour, according to the union. The contract raises wages by about 62 percent over its term, with top-scale pay reaching about $63 an hour by 2030.

Harold Daggett said the members had approved a contract that keeps their jobs safe from automation while letting the ports take on new technology under rules the union helped write. He thanked members for standing together during the strike.

The United States Maritime Alliance said its member carriers and terminal operators were voting on the agreement this week.
""",
    [("ila", "ila-drops-77-pay-demand", "support", "voted overwhelmingly on Tuesday to ratify a six-year master contract", True),
     ("ila", "automation-ban", "conditional", "letting the ports take on new technology under rules the union helped write", True)])

art("2025-02-26T20:30:00Z", "bay-bulletin", "port-employers-approve-contract",
    "Port employers approve contract, completing ratification",
    """
NEW YORK, Feb 26 (Bay Bulletin) - Carriers and terminal operators in the United States Maritime Alliance approved the new master contract with the International Longshoremen's Association on Wednesday, a day after dockworkers ratified it.

In a statement, USMX said the agreement would let the ports modernise while protecting the jobs of current workers, and that members would introduce new equipment only within the limits agreed with the union.

The approval means the contract runs until September 2030. The National Retail Federation said the ratification brought relief to retailers after months of uncertainty.

The Port Authority of New York and New Jersey said it expected cargo volumes to keep growing this year. Maersk, which had added surcharges during the October strike, said service to East Coast ports was normal.
""",
    [("usmx", "automation-ban", "conditional", "would introduce new equipment only within the limits agreed with the union", True)])

art("2024-09-26T20:40:00Z", "harbour-light", "administration-signals-no-taft-hartley-ports",
    "Administration signals it will not block a port strike; union warns against intervention",
    """
WASHINGTON, Sept 26 (Harbour Light) - Biden administration officials have told business leaders that the president does not intend to invoke the Taft-Hartley Act to head off a strike at East and Gulf Coast ports next week, according to two people who attended the meetings.

The officials said instead that acting Labor Secretary Julie Su and White House economic advisers were urging the carriers in the United States Maritime Alliance to improve their pay offer. Asked on Thursday about the meetings, a Labor Department spokesperson said the administration respected collective bargaining and would not use the law to interfere in the dispute.

The International Longshoremen's Association, meeting in Washington, said any move to force its members back to work would be an attack on all of organised labour and should not even be considered.

Maersk, the largest carrier in the alliance by volume on transatlantic routes, said it was booking cargo normally for now.
""",
    [("white-house", "taft-hartley", "oppose", "would not use the law to interfere in the dispute", True),
     ("ila", "taft-hartley", "oppose", "any move to force its members back to work would be an attack", True)])

art("2024-10-02T21:05:00Z", "ledger-of-commerce", "white-house-denies-rethink-taft-hartley",
    "White House denies it is rethinking Taft-Hartley as port strike drags on",
    """
WASHINGTON, Oct 2 (Ledger of Commerce) - The White House on Wednesday denied that it was reconsidering the use of the Taft-Hartley Act to reopen East and Gulf Coast ports, after a report said aides had drawn up options for an injunction.

Press secretary Karine Jean-Pierre told reporters that the president's position had not changed and that the administration was focused on getting both sides back to the table. Officials have been pressing the United States Maritime Alliance to raise its wage offer, people familiar with the talks said.

The National Retail Federation repeated on Wednesday that the only way to end the damage quickly was for Biden to use the law. Its chief executive, Matthew Shay, said the strike was costing retailers sales every hour.

The International Longshoremen's Association said its members were holding firm. At the Port of Virginia in Norfolk, a dozen ships were waiting at anchor.
""",
    [("white-house", "taft-hartley", "oppose", "denied that it was reconsidering the use of the Taft-Hartley Act", True),
     ("nrf", "taft-hartley", "support", "the only way to end the damage quickly was for Biden to use the law", True)])

art("2024-12-16T15:20:00Z", "quayside-post", "retailers-push-back-trump-automation",
    "Retailers say ports need new technology after Trump backs union",
    """
WASHINGTON, Dec 16 (Quayside Post) - The National Retail Federation said on Monday that US ports needed investment in modern equipment to handle growing trade, days after President-elect Donald Trump sided with dockworkers against automation.

The NRF's David French said retailers wanted a fair deal for workers but did not want a contract that locked East and Gulf Coast ports out of technology their competitors already used. He said a ban on automation would leave American ports falling further behind.

The International Longshoremen's Association welcomed Trump's support in a statement and said it would keep fighting to keep robots off the waterfront. The United States Maritime Alliance did not comment.

Some analysts said Trump's remarks could stiffen the union's resolve ahead of the Jan. 15 deadline; others said the carriers were unlikely to change their proposals on the strength of a social media post.
""",
    [("nrf", "automation-ban", "oppose", "a ban on automation would leave American ports falling further behind", True),
     ("ila", "automation-ban", "support", "it would keep fighting to keep robots off the waterfront", True)])

art("2025-01-07T19:30:00Z", "bay-bulletin", "port-talks-resume-deadline-week",
    "Port talks resume with a week to go; union rules out another extension",
    """
NEW YORK, Jan 7 (Bay Bulletin) - Negotiators for the International Longshoremen's Association and the United States Maritime Alliance met on Tuesday for the first time since talks broke down in November, eight days before their extended contract expires.

A union spokesman said the ILA had come to get a deal done and would not discuss another extension if it failed. USMX said it was prepared to keep working under the current terms after Jan. 15 while talks went on.

Neither side gave details of the proposals on automation. Several shipping analysts said they expected a compromise built on job guarantees, though one warned that the union had never yet accepted any semi-automated equipment.

Importers have spent the past month moving cargo early. Maersk said it would keep its January schedules unchanged for now.
""",
    [("ila", "contract-extension", "oppose", "would not discuss another extension if it failed", True),
     ("usmx", "contract-extension", "support", "prepared to keep working under the current terms after Jan. 15", True)])

# ---------------------------------------------------------------------------------------

BASELINE = [
    ("ila", "ila-drops-77-pay-demand", "oppose"),
    ("ila", "automation-ban", "support"),
    ("ila", "contract-extension", "oppose"),
    ("usmx", "ila-drops-77-pay-demand", "support"),
    ("usmx", "automation-ban", "oppose"),
]

def url(a):
    y, m, d = a["pub"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"

def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        doc = {"id": a["id"], "published": a["pub"], "source": OUTLETS[a["outlet"]], "url": url(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in A if a["outlet"] == slug], key=lambda a: a["pub"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch ila-port-strike-2024 evaluation set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(items[0]['pub'])}</lastBuildDate>"]
        for a in items:
            u = url(a)
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(u)}</link>",
                    f'      <guid isPermaLink="true">{escape(u)}</guid>', f"      <pubDate>{rfc822(a['pub'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": a["id"], "why": s[4]}
              for a in A for s in a["shifts"]]
    shift_ids = {s["article"] for s in shifts}
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in A},
        "shifts": shifts,
        "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return labels


WATCHLIST = """# shiftwatch evaluation set ila-port-strike-2024: tracked actors and issues.
# The 2024-25 US East and Gulf Coast port dispute (ILA v. USMX). Ports, cities and buildings
# (Port Newark, Savannah, the White House, Mar-a-Lago) also appear as plain locations; such mentions carry no stance.

actors:
  - id: ila
    name: International Longshoremen's Association (dockworkers' union)
    aliases: [International Longshoremen's Association, ILA, longshoremen's union, dockworkers' union, Harold Daggett, Daggett, Dennis Daggett]
  - id: usmx
    name: United States Maritime Alliance (employers' group of carriers and terminal operators)
    aliases: [United States Maritime Alliance, USMX, Maritime Alliance, port employers]
  - id: maersk
    name: A.P. Moller-Maersk (carrier) and its terminal arm APM Terminals
    aliases: [Maersk, A.P. Moller-Maersk, APM Terminals, Vincent Clerc]
  - id: white-house
    name: President Joe Biden and the White House (Biden administration, 2024 to Jan 20 2025)
    aliases: [White House, Joe Biden, Biden, President Biden, Biden administration, Julie Su, Labor Department, Karine Jean-Pierre, Pete Buttigieg, Lael Brainard]
  - id: trump
    name: Donald Trump (president-elect, then president from Jan 20 2025)
    aliases: [Donald Trump, Trump, President-elect Trump, President Trump, Trump transition team, Karoline Leavitt]
  - id: nrf
    name: National Retail Federation
    aliases: [National Retail Federation, NRF, Matthew Shay, David French, Jonathan Gold]

issues:
  - id: ila-drops-77-pay-demand
    name: The ILA drops its demand for a 77% pay rise over six years
    description: The union settles for a smaller wage increase than the 77 percent over the six-year contract it demanded.
    terms: [77 percent, pay rise, wage increase, wage demand, wages, raise]
  - id: automation-ban
    name: The master contract bans automated and semi-automated equipment at East and Gulf Coast ports
    description: The new ILA-USMX master contract contains a total ban on automated and semi-automated cranes, gates and trucks.
    terms: [automation, automated cranes, semi-automated, automated gates, technology, robots]
  - id: contract-extension
    name: The ILA-USMX master contract is extended while talks continue
    description: The expiring master contract is kept in force past its deadline so that bargaining can go on without a strike.
    terms: [extension, extend the contract, master contract, deadline, current terms]
  - id: taft-hartley
    name: The president invokes the Taft-Hartley Act to stop the port strike
    description: The president seeks a court order for an 80-day cooling-off period that sends dockworkers back to work.
    terms: [Taft-Hartley, cooling-off period, injunction, federal intervention, back to work]

# Known starting positions before the first article (June 2024).
baseline:
""" + "".join(f"  - {{actor: {a}, issue: {i}, stance: {st}}}\n" for a, i, st in BASELINE)

DATELINE = re.compile(r"^[A-Z][A-Z .,'-]*(, [A-Za-z .]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - ")

def validate(labels):
    errs = []
    actors = set(re.findall(r"^  - id: (\S+)\n    name:", WATCHLIST.split("issues:")[0], re.M))
    issues = set(re.findall(r"^  - id: (\S+)\n    name:", WATCHLIST.split("issues:")[1], re.M))
    by_id = {a["id"]: a for a in A}
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(by_id):
        errs.append(f"article files {files} != ids")
    for a in A:
        doc = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        if doc["text"] != a["text"]:
            errs.append(f"{a['id']}: file text differs")
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{a['id']}: {n} words")
        m = DATELINE.match(a["text"])
        if not m or m.group(3) != OUTLETS[a["outlet"]]:
            errs.append(f"{a['id']}: bad dateline {a['text'][:50]!r}")
        seen = set()
        for c in labels["claims"][a["id"]]:
            t = (c["actor"], c["issue"], c["stance"])
            if t in seen:
                errs.append(f"{a['id']}: duplicate tuple {t}")
            seen.add(t)
            if c["actor"] not in actors: errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{a['id']}: bad stance")
            if c["quote"] not in a["text"]: errs.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{a['id']}: quote > 15 words: {c['quote']!r}")
    if set(labels["claims"]) != set(by_id):
        errs.append("claims keys != article ids")
    # ids in publication order
    ids = [a["id"] for a in A]
    if [a["id"] for a in sorted(A, key=lambda a: a["pub"])] != ids:
        errs.append("ids not in publication order")
    # replay prevailing stances: only attributed claims move them; every change must be a declared shift
    prev = {(a, i): st for a, i, st in BASELINE}
    derived = []
    for a in A:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                derived.append({"actor": k[0], "issue": k[1], "from": prev[k], "to": c["stance"], "article": a["id"]})
            prev[k] = c["stance"]
    declared = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if derived != declared:
        errs.append(f"shifts mismatch:\n derived {derived}\n declared {declared}")
    shift_ids = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(ids) - shift_ids:
        errs.append("no_alert_articles wrong")
    for a in A:
        for c in labels["claims"][a["id"]]:
            pass
    r = subprocess.run(["xmllint", "--noout"] + [os.path.join(HERE, "feeds", s + ".xml") for s in OUTLETS],
                       capture_output=True, text=True)
    if r.returncode != 0:
        errs.append("xmllint: " + r.stderr.strip())
    for f in ("labels.json",):
        json.load(open(os.path.join(HERE, f), encoding="utf-8"))
    return errs

def summary(labels):
    from collections import Counter
    cl = [c for v in labels["claims"].values() for c in v]
    st = Counter(c["stance"] for c in cl)
    print(f"articles {len(A)}, claims {len(cl)} ({dict(st)}), attributed false {sum(not c['attributed'] for c in cl)}, "
          f"shifts {len(labels['shifts'])} in {len({s['article'] for s in labels['shifts']})} articles, "
          f"empty {[k for k, v in labels['claims'].items() if not v]}")
    print("per outlet", dict(Counter(a["outlet"] for a in A)))
    for a in A:
        print(a["id"], a["pub"][:10], a["outlet"], len(a["text"].split()), "w", len(a["claims"]), "c", a["slug"])

if __name__ == "__main__":
    A.sort(key=lambda a: a["pub"])
    for n, a in enumerate(A, 1):
        a["id"] = f"{n:03d}"
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write(WATCHLIST)
    labels = build()
    errs = validate(labels)
    summary(labels)
    if errs:
        print("INVALID:\n" + "\n".join(errs))
        sys.exit(1)
    print("VALID")
