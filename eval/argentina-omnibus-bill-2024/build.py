#!/usr/bin/env python3
"""Build the argentina-omnibus-bill-2024 eval set (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from this folder. Written blind (the author did not read the reader).
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "plata-wire": "Plata Wire",
    "austral-herald": "Austral Herald",
    "cono-sur-dispatch": "Cono Sur Dispatch",
    "southern-ledger": "Southern Ledger",
}

# Each article: key, published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)]
A = []
def art(key, published, outlet, slug, title, text, claims):
    A.append(dict(key=key, published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("dnu", "2023-12-21T15:20:00Z", "plata-wire", "milei-signs-deregulation-decree",
 "Milei signs sweeping deregulation decree, unions vow court fight",
 """BUENOS AIRES, Dec 21 (Plata Wire) - President Javier Milei has signed a sweeping emergency decree that repeals or rewrites more than 300 rules, from rent controls to the legal status of state companies, telling the country in a televised address on Wednesday night that it was the first step to rebuild Argentina's economy.

The decree of necessity and urgency, known as DNU 70/2023, takes effect while Congress reviews it. Milei said he would not wait for lawmakers to start dismantling what he called a system of privileges, and his spokesman Manuel Adorni said on Thursday that the government had no intention of withdrawing a single article.

Within hours of the address, residents banged pots and pans in several neighbourhoods of the capital and some marched toward Congress. Leaders of the CGT, the country's largest labour federation, said they would go to court to have the decree's labour chapter declared void and demanded that the government scrap the entire decree.

Constitutional lawyers said it was unclear whether judges would intervene before Congress acted.""",
 [("milei-government","dnu-repeal","oppose","the government had no intention of withdrawing a single article",True),
  ("cgt","dnu-repeal","support","demanded that the government scrap the entire decree",True)])

art("omnibus-sent", "2023-12-28T14:00:00Z", "austral-herald", "milei-sends-omnibus-bill",
 "Milei sends Congress 664-article 'omnibus' bill with sweeping powers",
 """BUENOS AIRES, Dec 28 (Austral Herald) - Argentina's government sent Congress a 664-article reform bill on Wednesday that would declare a public emergency until the end of 2025 and let President Javier Milei legislate by decree in economic, fiscal, energy and administrative matters during that time.

The bill, formally titled the Law of Bases and Starting Points for the Freedom of Argentines and already nicknamed the omnibus law, also lists 41 state-owned companies that could be sold, among them the flag carrier Aerolineas Argentinas, the postal service and the energy company Enarsa.

Interior Minister Guillermo Francos said the government wanted the package approved in extraordinary sessions before the end of January, and that the delegated powers were essential to move quickly.

Lawmakers of Union por la Patria, the Peronist coalition that is the largest bloc in both chambers, said they would vote against the bill, calling it an attempt to shut Congress out. On the same day thousands of workers marched with the CGT to the courts to protest against the decree Milei signed last week.""",
 [("milei-government","ley-bases-passes","support","Argentina's government sent Congress a 664-article reform bill",True),
  ("milei-government","delegated-powers","support","the delegated powers were essential to move quickly",True),
  ("milei-government","drop-aerolineas-privatisation","oppose","among them the flag carrier Aerolineas Argentinas",True),
  ("union-por-la-patria","ley-bases-passes","oppose","said they would vote against the bill",True),
  ("cgt","dnu-repeal","support","marched with the CGT to the courts to protest against the decree",True)])

art("court", "2024-01-04T16:00:00Z", "cono-sur-dispatch", "labour-court-suspends-decree-chapter",
 "Labour court suspends labour chapter of Milei decree after CGT challenge",
 """BUENOS AIRES, Jan 4 (Cono Sur Dispatch) - A national labour appeals court on Wednesday suspended the labour chapter of President Javier Milei's deregulation decree, siding with the CGT union federation in the first major legal setback for the new government.

The ruling freezes changes to severance pay, the right to strike and union dues while the case is heard. The CGT's lawyers said the federation would keep pressing until the whole decree was thrown out, and co-leader Hector Daer told a radio station that the ruling showed labour law could not be rewritten by decree.

The Casa Rosada said it would appeal to the Supreme Court. Presidential spokesman Manuel Adorni told reporters the decree remained in force in all its other chapters and that the government would defend every line of it.

Union por la Patria lawmakers asked the leaders of the Chamber of Deputies to bring the decree to a floor vote so that it could be rejected. The chamber's leaders did not set a date.""",
 [("cgt","dnu-repeal","support","the federation would keep pressing until the whole decree was thrown out",True),
  ("milei-government","dnu-repeal","oppose","the government would defend every line of it",True),
  ("union-por-la-patria","dnu-repeal","support","bring the decree to a floor vote so that it could be rejected",True)])

art("conditions", "2024-01-11T18:00:00Z", "southern-ledger", "dialogue-blocs-set-conditions",
 "Dialogue-friendly opposition sets conditions for backing Milei's bill",
 """BUENOS AIRES, Jan 11 (Southern Ledger) - Opposition blocs that are willing to negotiate with President Javier Milei told the government on Thursday that they would back his omnibus reform bill only if it is heavily trimmed, starting with the powers it would hand the president.

Miguel Angel Pichetto, who heads the Hacemos Coalicion Federal bloc in the lower house, said his group would not approve a delegation of powers without a short deadline and a closed list of subjects. Rodrigo de Loredo, leader of the UCR bloc, said the Radicals also wanted changes to the pension formula and to export duties before any vote.

Chief of Cabinet Nicolas Posse met committee chairs in Congress and later said the government was prepared to listen. He declined to say which chapters could be dropped.

Analysts said the government might have to give up the bill's fiscal chapter to secure a majority.""",
 [("dialogue-blocs","ley-bases-passes","conditional","would back his omnibus reform bill only if it is heavily trimmed",True),
  ("dialogue-blocs","delegated-powers","conditional","would not approve a delegation of powers without a short deadline",True)])

art("bonds", "2024-01-16T21:00:00Z", "plata-wire", "argentine-bonds-rally-omnibus-bets",
 "Argentine bonds rally as investors bet on reform bill",
 """BUENOS AIRES, Jan 16 (Plata Wire) - Argentine dollar bonds rose for a third day on Tuesday as investors bet that President Javier Milei's omnibus reform bill would clear the lower house before the end of the month.

Traders in New York said they expected the dialogue-friendly opposition blocs to vote for the bill in general even if they rejected some chapters later. One fund manager said the market had already priced in the loss of the fiscal chapter.

The central bank bought dollars for a sixth straight week, and the gap between the official and parallel exchange rates narrowed. Monthly inflation, which reached 25.5% in December, is expected to slow in January, economists polled by the central bank said.

Committee hearings on the bill continued in Congress, where ministers and governors' envoys took questions from lawmakers for a third week. The Economy Ministry declined to comment on the market moves.""",
 [])

art("pais", "2024-01-18T20:00:00Z", "plata-wire", "governors-demand-pais-tax-share",
 "Governors demand share of PAIS tax in exchange for bill votes",
 """BUENOS AIRES, Jan 18 (Plata Wire) - Governors of several provinces told Economy Minister Luis Caputo on Thursday that their lawmakers would only support the omnibus bill if the provinces receive a share of the PAIS tax, a levy on imports and foreign currency purchases that goes entirely to the national treasury.

The governors, most of them from the centre-right Juntos por el Cambio alliance, said in a joint statement after the meeting at the Economy Ministry that the national government must share the tax with the provinces, as it does with most other levies.

Caputo rejected the request. He told the governors the treasury could not give up any of that revenue while it was trying to eliminate the fiscal deficit this year, according to a ministry statement.

Buenos Aires province governor Axel Kicillof, a Peronist, did not attend the meeting and has said he will fight the bill in its entirety.""",
 [("governors","ley-bases-passes","conditional","their lawmakers would only support the omnibus bill if the provinces receive a share",True),
  ("governors","pais-tax-share","support","the national government must share the tax with the provinces",True),
  ("milei-government","pais-tax-share","oppose","Caputo rejected the request",True)])

art("strike1", "2024-01-24T21:00:00Z", "austral-herald", "cgt-general-strike-omnibus",
 "Argentina's unions strike against Milei's bill and decree",
 """BUENOS AIRES, Jan 24 (Austral Herald) - Argentina's main unions staged a 12-hour general strike on Wednesday, the earliest such stoppage against a new government since the return of democracy, and tens of thousands of people marched to Congress to demand that lawmakers reject President Javier Milei's omnibus bill and his deregulation decree.

CGT co-leader Pablo Moyano told the crowd in front of the Congress building that the bill would hand the country over to big business and had to be voted down. The federation said the strike would be followed by more action if the bill advanced.

Security Minister Patricia Bullrich said the stoppage had failed and that public employees who joined it would have the day docked from their pay. Presidential spokesman Manuel Adorni said the government would not be pushed off its reform agenda by a strike.

Buses and many trains ran, while banks and many public offices were shut.""",
 [("cgt","ley-bases-passes","oppose","the bill would hand the country over to big business",True),
  ("cgt","dnu-repeal","support","reject President Javier Milei's omnibus bill and his deregulation decree",True),
  ("milei-government","ley-bases-passes","support","the government would not be pushed off its reform agenda by a strike",True)])

art("strike1-dup", "2024-01-24T23:10:00Z", "cono-sur-dispatch", "general-strike-march-congress",
 "Unions stage general strike, march on Congress against Milei reforms",
 """BUENOS AIRES, Jan 24 (Cono Sur Dispatch) - Argentina's largest unions held a 12-hour general strike on Wednesday, the earliest stoppage against a new government since democracy returned, as tens of thousands of people marched to Congress to demand that lawmakers reject President Javier Milei's omnibus bill and his deregulation decree.

Speaking to the crowd outside the Congress building, CGT co-leader Pablo Moyano said the bill would hand the country over to big business and had to be voted down. The federation said more action would follow if the bill advanced.

Security Minister Patricia Bullrich said the strike had failed and that public employees who took part would lose a day's pay. Presidential spokesman Manuel Adorni said the government would not be pushed off its reform agenda by a strike.

Buses and many trains kept running, while banks and many public offices stayed closed.""",
 [("cgt","ley-bases-passes","oppose","the bill would hand the country over to big business",True),
  ("cgt","dnu-repeal","support","reject President Javier Milei's omnibus bill and his deregulation decree",True),
  ("milei-government","ley-bases-passes","support","the government would not be pushed off its reform agenda by a strike",True)])

art("fiscal", "2024-01-26T22:00:00Z", "southern-ledger", "caputo-withdraws-fiscal-chapter",
 "Caputo pulls fiscal chapter from omnibus bill, rules out PAIS tax share",
 """BUENOS AIRES, Jan 26 (Southern Ledger) - Economy Minister Luis Caputo said on Friday that the government would withdraw the entire fiscal chapter of the omnibus bill, including higher export duties and a new pension formula, after governors and opposition lawmakers insisted on changes.

Caputo said in a television interview that the government would have to find the savings elsewhere, and that the provinces would not receive a share of the PAIS tax as part of the talks. He said the government still wanted the rest of the bill approved next week.

Governors from the farm belt welcomed the decision to drop the export duty increases. Pichetto said his bloc would now study the new text and could vote for it in general if the delegated powers were narrowed further.

The bill, which has been cut in negotiations from 664 articles to around 380, is due on the floor of the Chamber of Deputies on Wednesday.""",
 [("milei-government","pais-tax-share","oppose","the provinces would not receive a share of the PAIS tax",True),
  ("milei-government","ley-bases-passes","support","the government still wanted the rest of the bill approved next week",True),
  ("dialogue-blocs","ley-bases-passes","conditional","could vote for it in general if the delegated powers were narrowed further",True),
  ("dialogue-blocs","delegated-powers","conditional","if the delegated powers were narrowed further",True)])

art("general-vote", "2024-02-02T23:30:00Z", "plata-wire", "deputies-approve-omnibus-in-general",
 "Argentina's lower house approves Milei's omnibus bill in general",
 """BUENOS AIRES, Feb 2 (Plata Wire) - Argentina's Chamber of Deputies approved President Javier Milei's omnibus reform bill in general on Friday by 144 votes to 109, after three days of debate and clashes between police and protesters outside Congress.

The dialogue-friendly opposition blocs, the UCR, PRO and Hacemos Coalicion Federal, voted in favour of the bill as a whole, giving the government's small La Libertad Avanza bloc the majority it lacks on its own. UCR bloc leader Rodrigo de Loredo said the Radicals had backed the bill because the country needed to give the new government tools, but warned that they would vote against several articles next week.

Union por la Patria voted against en bloc. Its leader in the chamber, German Martinez, said the bill remained unconstitutional however many articles were removed.

Lawmakers will vote on the bill article by article on Tuesday.""",
 [("chamber-of-deputies","ley-bases-passes","support","approved President Javier Milei's omnibus reform bill in general on Friday",True),
  ("dialogue-blocs","ley-bases-passes","support","voted in favour of the bill as a whole",True),
  ("union-por-la-patria","ley-bases-passes","oppose","Union por la Patria voted against en bloc",True)])

art("collapse", "2024-02-06T23:50:00Z", "austral-herald", "omnibus-bill-sent-back-to-committee",
 "Milei's omnibus bill collapses, sent back to committee",
 """BUENOS AIRES, Feb 6 (Austral Herald) - President Javier Milei's ruling party pulled its omnibus reform bill from the floor of the Chamber of Deputies on Tuesday and sent it back to committee, after lawmakers began rejecting key articles in the article-by-article vote.

The trouble started when deputies voted down parts of the article declaring a public emergency, which underpins the powers the bill would delegate to the president. Oscar Zago, head of La Libertad Avanza's bloc, then moved to return the whole text to committee, which means the debate must start again from scratch and last Friday's approval in general no longer stands.

In a statement released while Milei was travelling to Israel, the president's office accused governors of having broken their word and said it would carry on with its programme with or without the political class.

German Martinez of Union por la Patria said the chamber had stopped an attempt to hand the president the powers of Congress.""",
 [("union-por-la-patria","delegated-powers","oppose","stopped an attempt to hand the president the powers of Congress",True)])

art("traitors", "2024-02-07T15:00:00Z", "southern-ledger", "milei-lists-traitors-cuts-transfers",
 "Milei brands opponents traitors, governors say they were unfairly blamed",
 """BUENOS AIRES, Feb 7 (Southern Ledger) - President Javier Milei on Wednesday shared on social media a list of the lawmakers who voted against articles of his reform bill, branding them traitors, as his government began cutting discretionary transfers to provinces whose governors it blamed for the defeat.

Speaking in Jerusalem, Milei said he would not negotiate with what he calls the caste and that Argentines could now see who had voted against change. He did not say when the bill would return to Congress.

A group of governors close to the dialogue-friendly blocs said in a statement that they had been unfairly blamed and remained willing to support a new version of the bill if the national government respected the provinces' finances.

Rodrigo de Loredo said the UCR still wanted a reform law passed and would back a new version.""",
 [("governors","ley-bases-passes","conditional","willing to support a new version of the bill if the national government respected",True),
  ("dialogue-blocs","ley-bases-passes","support","the UCR still wanted a reform law passed and would back a new version",True)])

art("chubut", "2024-02-24T17:00:00Z", "cono-sur-dispatch", "chubut-governor-threatens-oil-halt",
 "Patagonian governors back Chubut in funding clash with Milei",
 """RAWSON, Feb 24 (Cono Sur Dispatch) - Chubut governor Ignacio Torres threatened on Saturday to halt oil and gas shipments from his province unless the national government released funds it had withheld, and the governors of the other Patagonian provinces said in a statement that they stood with him.

The national Economy Ministry withheld part of Chubut's share of federal revenue this month to cover a debt the province owes. Torres said the move was illegal, and a federal judge later ordered the money returned.

Milei wrote on social media that he would not give in to extortion and shared messages criticising the governor. Presidential spokesman Manuel Adorni said the withholding was a routine debt collection.

The clash came as the government prepared a new version of its reform bill. Interior Minister Guillermo Francos said he would meet governors next week but declined to say what would be offered to the provinces.""",
 [])

art("pact", "2024-03-02T03:00:00Z", "cono-sur-dispatch", "milei-proposes-pacto-de-mayo",
 "Milei invites governors to sign 'Pacto de Mayo' in Cordoba",
 """BUENOS AIRES, March 1 (Cono Sur Dispatch) - President Javier Milei invited the country's 24 governors on Friday to sign a ten-point 'Pacto de Mayo' in the city of Cordoba on May 25, offering fiscal relief to the provinces in exchange for their support for a new version of his reform bill.

In a late-evening address opening the legislative year, Milei said the pact would set out principles such as a balanced budget, lower public spending and tax reform, and that the signing would follow the approval of the bill and of a package of fiscal measures for the provinces.

Several governors who attended the speech said they were ready to sit down and discuss the pact. Santa Fe governor Maximiliano Pullaro said the provinces needed to see the fine print before committing to anything.

Union por la Patria lawmakers, many of whom stayed away from parts of the speech, dismissed the pact as a photo opportunity.""",
 [("milei-government","pacto-de-mayo","support","invited the country's 24 governors on Friday to sign a ten-point 'Pacto de Mayo'",True),
  ("milei-government","ley-bases-passes","support","in exchange for their support for a new version of his reform bill",True),
  ("governors","pacto-de-mayo","conditional","said they were ready to sit down and discuss the pact",True),
  ("union-por-la-patria","pacto-de-mayo","oppose","dismissed the pact as a photo opportunity",True)])

art("senate-dnu", "2024-03-14T23:00:00Z", "plata-wire", "senate-rejects-milei-decree",
 "Argentine Senate rejects Milei's deregulation decree",
 """BUENOS AIRES, March 14 (Plata Wire) - Argentina's Senate voted on Thursday to reject President Javier Milei's sweeping deregulation decree, by 42 votes to 25 with four abstentions, a political blow for a government that holds only seven of the 72 seats in the upper house.

The decree nevertheless remains in force. Under Argentine law it only falls if both chambers reject it, and the Chamber of Deputies has not scheduled a vote.

Senators from Union por la Patria were joined by several Radicals and members of provincial parties. Jose Mayans, who leads the Peronist senators, said the decree trampled on the powers of Congress and had to go.

Presidential spokesman Manuel Adorni said the vote was a setback but that the government would keep applying the decree, and urged the lower house not to follow the Senate. Vice-President Victoria Villarruel, who presides over the Senate, had allowed the session to go ahead despite pressure from the government to delay it.""",
 [("senate","dnu-repeal","support","voted on Thursday to reject President Javier Milei's sweeping deregulation decree",True),
  ("union-por-la-patria","dnu-repeal","support","the decree trampled on the powers of Congress and had to go",True),
  ("milei-government","dnu-repeal","oppose","the government would keep applying the decree",True)])

art("slim", "2024-04-09T20:00:00Z", "austral-herald", "slimmer-bill-governors-income-tax",
 "Government unveils slimmer reform bill; governors offer to set aside PAIS claim",
 """BUENOS AIRES, April 9 (Austral Herald) - Argentina's government presented governors on Tuesday with the outline of a slimmer reform bill, with about 280 articles instead of the original 664, and a separate fiscal package that would restore the income tax on higher salaries, most of which is shared with the provinces.

After a meeting with Interior Minister Guillermo Francos at the Casa Rosada, the governors said in a statement that they were prepared to set aside their claim on the PAIS tax if Congress restored the income tax.

Francos said the new bill would delegate powers to the president for one year and in four areas only, and that the list of companies to be privatised had been cut sharply. He said the government hoped to have the bill through the lower house before the end of the month.

Opposition lawmakers said they had not yet seen the final text.""",
 [("governors","pais-tax-share","conditional","prepared to set aside their claim on the PAIS tax",True),
  ("milei-government","delegated-powers","support","the new bill would delegate powers to the president for one year",True),
  ("milei-government","ley-bases-passes","support","hoped to have the bill through the lower house before the end of the month",True)])

art("senate-pay", "2024-04-19T16:00:00Z", "southern-ledger", "senate-pay-rise-row",
 "Milei attacks Senate over pay rise for senators",
 """BUENOS AIRES, April 19 (Southern Ledger) - President Javier Milei accused senators on Friday of giving themselves a large pay rise while Argentines tightened their belts, after the Senate approved an increase in its members' allowances by a show of hands on Thursday.

Vice-President Victoria Villarruel, who presides over the Senate, said the increase had been voted by the senators themselves and that she had only applied the chamber's rules. Several senators from different blocs later said they would give up the raise.

The row added to tension between the president and his vice-president as the government prepared to send its new reform bill to the lower house. Presidential spokesman Manuel Adorni said the government would not comment on Senate business.

A poll published on Friday showed Milei's approval rating holding at around 50%.""",
 [])

art("deputies2", "2024-04-30T12:00:00Z", "cono-sur-dispatch", "deputies-approve-ley-bases",
 "Argentina's lower house approves slimmed-down Ley Bases",
 """BUENOS AIRES, April 30 (Cono Sur Dispatch) - Argentina's Chamber of Deputies approved the slimmed-down version of President Javier Milei's reform bill, known as the Ley Bases, early on Tuesday by 142 votes to 106 in general, after a session of more than 20 hours. It then passed the articles one by one, including the delegation of powers to the president for one year in administrative, economic, financial and energy matters.

This time the UCR, PRO and Hacemos Coalicion Federal blocs voted for the delegation of powers, which they had refused to back in February without a shorter deadline. Pichetto said the new version met the limits his bloc had demanded.

Lawmakers also approved a fiscal package restoring the income tax for higher earners, a measure the governors had pushed for.

The bill now goes to the Senate, where the ruling party has only seven seats. Union por la Patria, which voted against, said it would fight the bill there.""",
 [("chamber-of-deputies","ley-bases-passes","support","approved the slimmed-down version of President Javier Milei's reform bill",True),
  ("chamber-of-deputies","delegated-powers","support","including the delegation of powers to the president for one year",True),
  ("dialogue-blocs","delegated-powers","support","blocs voted for the delegation of powers",True),
  ("union-por-la-patria","ley-bases-passes","oppose","Union por la Patria, which voted against, said it would fight the bill there",True)])

art("strike2", "2024-05-09T22:00:00Z", "southern-ledger", "second-general-strike",
 "Second general strike halts Argentina as Senate weighs bill",
 """BUENOS AIRES, May 9 (Southern Ledger) - A 24-hour general strike called by the CGT halted buses, trains, flights and most public services across Argentina on Thursday, the second nationwide stoppage against President Javier Milei in less than four months.

The union federation said it was protesting against the reform bill now in the Senate, the return of the income tax for workers and the fall in wages. Hector Daer told reporters that the senators had to reject the bill, which he said would take away labour rights that took decades to win.

Chief of Cabinet Nicolas Posse did not comment, while spokesman Manuel Adorni said the stoppage would not change the government's plans for the bill.

Union por la Patria lawmakers, who oppose the bill, joined a march to Congress. Railway unions said they were ready for further action. Aerolineas Argentinas cancelled all of its flights for the day.""",
 [("cgt","ley-bases-passes","oppose","the senators had to reject the bill",True),
  ("milei-government","ley-bases-passes","support","the stoppage would not change the government's plans for the bill",True),
  ("union-por-la-patria","ley-bases-passes","oppose","who oppose the bill",False)])

art("cordoba", "2024-05-25T19:00:00Z", "plata-wire", "milei-cordoba-no-pact",
 "Milei in Cordoba on pact day, but no pact to sign",
 """CORDOBA, May 25 (Plata Wire) - President Javier Milei came to Cordoba on Saturday, the date he had set for signing his Pacto de Mayo with the governors, but there was no pact to sign because the Senate has yet to vote on his reform bill.

Speaking in front of the city's cathedral, Milei repeated the ten principles he wants the provinces to endorse, urged the governors to sign it and said the signing would take place once Congress passed the law. He did not set a new date.

Only a handful of governors travelled to the city for the national holiday.

Political analysts said the government might move the signing to July 9, Independence Day, if the Senate approves the bill in June. The Senate's committees resumed work on the text this week.""",
 [("milei-government","pacto-de-mayo","support","urged the governors to sign it",True)])

art("posse", "2024-05-28T01:00:00Z", "austral-herald", "posse-resigns-francos-chief-of-cabinet",
 "Posse quits as Argentina's chief of cabinet, Francos takes over",
 """BUENOS AIRES, May 27 (Austral Herald) - Argentina's chief of cabinet Nicolas Posse resigned on Monday after less than six months in the post, and President Javier Milei named Interior Minister Guillermo Francos, the government's main negotiator with Congress and the governors, to replace him.

Presidential spokesman Manuel Adorni said the change was meant to speed up the passage of the reform bill in the Senate, which he said remained the government's priority.

Francos, a veteran politician who has spent weeks meeting senators and governors, said he would keep talking to everybody. He declined to say whether the government would accept changes to the privatisation list demanded by some senators.

Posse, a longtime associate of Milei from the private sector, did not comment publicly. The CGT, which opposes the bill, has threatened a third general strike if the Senate approves it.""",
 [("milei-government","ley-bases-passes","support","which he said remained the government's priority",True),
  ("cgt","ley-bases-passes","oppose","The CGT, which opposes the bill",False)])

art("governors-back", "2024-06-04T18:00:00Z", "cono-sur-dispatch", "governors-urge-senate-pass-bill",
 "Governors urge Senate to pass Milei's reform bill",
 """BUENOS AIRES, June 4 (Cono Sur Dispatch) - A group of provincial governors called on the Senate on Tuesday to approve President Javier Milei's reform bill without further delay, saying the provinces needed the law and the fiscal package to put their finances in order.

The governors, from the centre-right and from several provincial parties, spoke after meeting Chief of Cabinet Guillermo Francos at the Casa Rosada. They said the changes agreed with the government in April, including the return of the income tax, had answered their main demands.

Francos said the government expected a vote in the Senate next week. He said it was still counting votes among senators from the UCR and provincial parties.

Union por la Patria senators, who hold 33 of the 72 seats, said they would vote against the bill in any form.""",
 [("governors","ley-bases-passes","support","called on the Senate on Tuesday to approve President Javier Milei's reform bill",True),
  ("union-por-la-patria","ley-bases-passes","oppose","would vote against the bill in any form",True)])

art("aerolineas-out", "2024-06-11T20:00:00Z", "southern-ledger", "government-drops-aerolineas-from-list",
 "Government takes Aerolineas off privatisation list to win Senate votes",
 """BUENOS AIRES, June 11 (Southern Ledger) - Argentina's government agreed on Tuesday to remove the flag carrier Aerolineas Argentinas, the postal service Correo Argentino and the public broadcaster from the list of state companies to be privatised under its reform bill, a concession aimed at securing votes in the Senate on Wednesday.

Chief of Cabinet Guillermo Francos said the government would not insist on selling the three companies and accepted the changes proposed by senators from the UCR and provincial parties. He said the rest of the list, including the energy firm Enarsa and the water company AySA, would stay.

UCR senators had demanded that the airline be taken off the list.

Union por la Patria, which opposes the sale of any state company, said the changes did not alter its rejection of the bill.""",
 [("milei-government","drop-aerolineas-privatisation","support","the government would not insist on selling the three companies",True),
  ("dialogue-blocs","drop-aerolineas-privatisation","support","UCR senators had demanded that the airline be taken off the list",True),
  ("union-por-la-patria","drop-aerolineas-privatisation","support","which opposes the sale of any state company",False),
  ("union-por-la-patria","ley-bases-passes","oppose","the changes did not alter its rejection of the bill",True)])

art("aerolineas-out-dup", "2024-06-11T22:30:00Z", "plata-wire", "aerolineas-removed-privatisation-list",
 "Milei government drops Aerolineas from sale list ahead of Senate vote",
 """BUENOS AIRES, June 11 (Plata Wire) - Argentina's government agreed on Tuesday to take the flag carrier Aerolineas Argentinas, the postal service Correo Argentino and the public broadcaster off the list of state companies to be privatised under its reform bill, a concession meant to secure votes in the Senate on Wednesday.

Chief of Cabinet Guillermo Francos said the government would not insist on selling the three companies and accepted changes put forward by senators from the UCR and provincial parties. The rest of the list, including the energy firm Enarsa and the water company AySA, would remain, he said.

UCR senators had demanded that the airline be taken off the list.

Union por la Patria, which opposes the sale of any state company, said the changes did not alter its rejection of the bill.""",
 [("milei-government","drop-aerolineas-privatisation","support","the government would not insist on selling the three companies",True),
  ("dialogue-blocs","drop-aerolineas-privatisation","support","UCR senators had demanded that the airline be taken off the list",True),
  ("union-por-la-patria","drop-aerolineas-privatisation","support","which opposes the sale of any state company",False),
  ("union-por-la-patria","ley-bases-passes","oppose","the changes did not alter its rejection of the bill",True)])

art("senate-vote", "2024-06-13T06:00:00Z", "austral-herald", "villarruel-breaks-senate-tie",
 "Villarruel breaks tie as Argentine Senate approves Milei's reform bill",
 """BUENOS AIRES, June 13 (Austral Herald) - Argentina's Senate approved President Javier Milei's reform bill in general early on Thursday, with Vice-President Victoria Villarruel casting the deciding vote after senators split 36-36, following a day of violent clashes between police and protesters outside Congress.

Villarruel said she was voting for the Argentines who were suffering and waiting, and cast an affirmative vote. UCR party president Martin Lousteau was among the senators who voted against.

In the article-by-article vote that followed, the Senate approved the delegation of powers and the privatisation of the companies left on the list, but rejected the chapter of the fiscal package that restored the income tax.

Because the Senate changed the text, the bill returns to the Chamber of Deputies, which can accept the changes or insist on its original version.

Presidential spokesman Manuel Adorni called the vote a triumph for Argentines. Union por la Patria senators said they would ask the courts to review the session.""",
 [("senate","ley-bases-passes","support","Argentina's Senate approved President Javier Milei's reform bill in general",True),
  ("senate","delegated-powers","support","the Senate approved the delegation of powers",True),
  ("milei-government","ley-bases-passes","support","called the vote a triumph for Argentines",True)])

art("cgt-reacts", "2024-06-13T15:00:00Z", "cono-sur-dispatch", "cgt-condemns-senate-vote",
 "CGT condemns Senate vote, eyes lower house",
 """BUENOS AIRES, June 13 (Cono Sur Dispatch) - The CGT union federation on Thursday condemned the Senate's approval of President Javier Milei's reform bill and said it would press lawmakers in the lower house to throw out the labour and privatisation chapters.

Co-leader Hector Daer said the federation was not ruling out a third general strike, though he declined to give a date.

Milei thanked Villarruel and the senators who voted for the bill in a message on social media and said the law would mark the start of Argentina's recovery.

Security Minister Patricia Bullrich defended the police response to Wednesday's protests, in which more than 30 people were arrested.

Political analysts said the lower house was likely to accept most of the Senate's changes but might restore the income tax.""",
 [("cgt","ley-bases-passes","oppose","condemned the Senate's approval of President Javier Milei's reform bill",True),
  ("milei-government","ley-bases-passes","support","said the law would mark the start of Argentina's recovery",True)])

art("final", "2024-06-28T04:00:00Z", "southern-ledger", "congress-final-approval-ley-bases",
 "Argentina's Congress gives final approval to Milei's Ley Bases",
 """BUENOS AIRES, June 28 (Southern Ledger) - Argentina's Congress gave final approval to President Javier Milei's reform law late on Thursday, when the Chamber of Deputies accepted most of the Senate's changes by 147 votes to 107, handing the libertarian leader his first major legislative victory after six months in office.

Deputies also insisted on their original version of the fiscal package, restoring the income tax on higher salaries and the changes to the wealth tax that the Senate had removed.

The UCR, PRO and Hacemos Coalicion Federal blocs again voted with the government. Union por la Patria voted against. Its lawmakers said the law would destroy jobs and sell off the country's assets.

Milei, who followed the session from the presidential residence in Olivos, thanked lawmakers and said the law would be promulgated quickly. The approved text keeps Aerolineas Argentinas off the list of companies to be privatised.""",
 [("chamber-of-deputies","ley-bases-passes","support","the Chamber of Deputies accepted most of the Senate's changes by 147 votes to 107",True),
  ("dialogue-blocs","ley-bases-passes","support","The UCR, PRO and Hacemos Coalicion Federal blocs again voted with the government",True),
  ("union-por-la-patria","ley-bases-passes","oppose","Union por la Patria voted against",True),
  ("milei-government","ley-bases-passes","support","thanked lawmakers and said the law would be promulgated quickly",True)])

art("tucuman", "2024-07-09T06:00:00Z", "plata-wire", "milei-governors-sign-pact-tucuman",
 "Milei and 18 governors sign pact in Tucuman",
 """SAN MIGUEL DE TUCUMAN, July 9 (Plata Wire) - President Javier Milei and 18 of Argentina's 24 governors signed the ten-point pact first proposed for May shortly after midnight on Tuesday, at the house in Tucuman where the country declared its independence in 1816.

The governors who signed committed to the ten principles, including a balanced budget and lower taxes, and said in a joint statement that the pact opened a new relationship between the provinces and the national government.

Buenos Aires province governor Axel Kicillof and the governors of La Rioja, Formosa, La Pampa, Santiago del Estero and Tierra del Fuego stayed away. Kicillof said the document was empty words that would not help a single province.

Milei said the signing closed a cycle that began with the approval of his reform law by Congress last month.""",
 [("milei-government","pacto-de-mayo","support","President Javier Milei and 18 of Argentina's 24 governors signed",True),
  ("governors","pacto-de-mayo","support","The governors who signed committed to the ten principles",True)])

art("aerolineas-back", "2024-09-26T20:00:00Z", "cono-sur-dispatch", "milei-revives-aerolineas-privatisation",
 "Milei revives plan to privatise Aerolineas after strikes",
 """BUENOS AIRES, Sept 26 (Cono Sur Dispatch) - President Javier Milei said on Thursday his government would move to privatise Aerolineas Argentinas after a wave of strikes by pilots and cabin crew, reviving a plan it had set aside in June to win votes for its reform law in the Senate.

In a radio interview, Milei said the airline would either be sold or handed over to its workers, and that taxpayers would no longer cover its losses. Chief of Cabinet Guillermo Francos said the government would send Congress a bill declaring the company subject to privatisation.

The pilots' union, whose strikes have grounded dozens of flights this month, said the airline was not losing money and would not be sold off. Aerolineas was privatised under Carlos Menem in 1990 and taken back by the state in 2008.

Union por la Patria lawmakers said they would block any attempt to sell the flag carrier.""",
 [("milei-government","drop-aerolineas-privatisation","oppose","his government would move to privatise Aerolineas Argentinas",True),
  ("union-por-la-patria","drop-aerolineas-privatisation","support","would block any attempt to sell the flag carrier",True)])

art("aerolineas-decree", "2024-10-03T15:00:00Z", "austral-herald", "aerolineas-declared-subject-to-privatisation",
 "Argentina declares Aerolineas subject to privatisation",
 """BUENOS AIRES, Oct 3 (Austral Herald) - Argentina's government has issued a decree declaring the flag carrier Aerolineas Argentinas subject to privatisation, the first formal step toward selling a company that Congress had kept off the sale list in June.

Presidential spokesman Manuel Adorni denied that the government had ever abandoned the plan, saying June's concession only covered the reform law and not the airline's future.

The CGT said it would back the aviation unions in resisting any sale of the airline, and called on lawmakers to stop it.

Union por la Patria, which wants the airline kept in state hands, said it would challenge the decree in court.

Pichetto said his bloc would study any bill the government sent. Analysts said a sale would be hard to complete before next year's midterm elections.""",
 [("milei-government","drop-aerolineas-privatisation","oppose","denied that the government had ever abandoned the plan",True),
  ("cgt","drop-aerolineas-privatisation","support","would back the aviation unions in resisting any sale of the airline",True),
  ("union-por-la-patria","drop-aerolineas-privatisation","support","said it would challenge the decree in court",True)])

SHIFTS = [
 ("dialogue-blocs","ley-bases-passes","conditional","support","general-vote",
  "The UCR, PRO and Hacemos blocs vote for the bill as a whole on Feb 2; in Jan (conditions, fiscal) they would back it only if trimmed or if the delegated powers were narrowed."),
 ("governors","pais-tax-share","support","conditional","slim",
  "The governors' own statement says they are prepared to set aside the PAIS claim if the income tax is restored; in Jan (pais) they said the nation must share the tax."),
 ("dialogue-blocs","delegated-powers","conditional","support","deputies2",
  "The blocs vote for the one-year, four-area delegation in April; in Jan they would not approve a delegation without a short deadline and a closed list."),
 ("governors","ley-bases-passes","conditional","support","governors-back",
  "Governors call on the Senate to approve the bill without delay; earlier (pais, traitors) their support depended on PAIS revenue or respect for provincial finances."),
 ("milei-government","drop-aerolineas-privatisation","oppose","support","aerolineas-out",
  "Francos says the government will not insist on selling Aerolineas and accepts its removal from the list; the bill it sent in Dec listed the airline for sale."),
 ("governors","pacto-de-mayo","conditional","support","tucuman",
  "18 governors sign the pact and commit to its ten principles; in March they were only ready to sit down and discuss it."),
 ("milei-government","drop-aerolineas-privatisation","support","oppose","aerolineas-back",
  "Milei says the government will move to privatise Aerolineas after the strikes, reversing the June concession."),
]

def build():
    A.sort(key=lambda a: a["published"])
    keymap = {}
    for i, a in enumerate(A, 1):
        a["id"] = f"{i:03d}"; keymap[a["key"]] = a["id"]
        d = a["published"][:10].replace("-", "/")
        a["url"] = f"https://example.org/{a['outlet']}/{d}/{a['slug']}"
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
                       "url": a["url"], "title": a["title"], "text": a["text"]}, f, ensure_ascii=False, indent=2)
            f.write("\n")
    claims = {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A}
    shifts = [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=keymap[s[4]], why=s[5]) for s in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1); f.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in A if a["outlet"] == slug]
        dt = lambda s: format_datetime(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch argentina-omnibus-bill-2024 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{dt(items[-1]["published"])}</lastBuildDate>']
        for a in reversed(items):
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{escape(a["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>', f'      <pubDate>{dt(a["published"])}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return labels

def read_watchlist():
    """Minimal parser for this folder's watchlist.yaml (stdlib only): actor ids, issue ids, baseline triples."""
    txt = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    sec, actors, issues, base = None, set(), set(), {}
    for line in txt.splitlines():
        if re.match(r"^(actors|issues|baseline):", line): sec = line.split(":")[0]; continue
        m = re.match(r"^  - id: (\S+)", line)
        if m and sec == "actors": actors.add(m.group(1))
        if m and sec == "issues": issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
        if m and sec == "baseline": base[(m.group(1), m.group(2))] = m.group(3)
    return actors, issues, base

def validate(labels):
    errs = []
    actors, issues, base = read_watchlist()
    files = sorted(os.listdir(os.path.join(HERE, "articles")))
    arts = [json.load(open(os.path.join(HERE, "articles", f), encoding="utf-8")) for f in files]
    ids = [a["id"] for a in arts]
    if [f[:-5] for f in files] != ids: errs.append("file names != ids")
    if [a["published"] for a in arts] != sorted(a["published"] for a in arts): errs.append("ids not in publication order")
    if set(labels["claims"]) != set(ids): errs.append("claims keys != article ids")
    text = {a["id"]: a["text"] for a in arts}
    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z .]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]): errs.append(f"{a['id']}: dateline")
    for aid, cs in labels["claims"].items():
        seen = set()
        for c in cs:
            if c["actor"] not in actors: errs.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid}: bad stance")
            if c["quote"] not in text[aid]: errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words")
            if (c["actor"], c["issue"]) in seen: errs.append(f"{aid}: duplicate tuple")
            seen.add((c["actor"], c["issue"]))
    for (ac, iss), st in base.items():
        if ac not in actors or iss not in issues: errs.append(f"baseline unknown {ac}/{iss}")
    # Recompute shifts from baseline + attributed claims; must equal the labelled shifts exactly.
    prev, got = dict(base), []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]: continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]: got.append((k[0], k[1], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    # A duplicate copy repeats the shift claim; only the first copy is the shift article.
    dedup, seen_t = [], set()
    for g in got:
        if g[:4] in seen_t and any(w[:4] == g[:4] for w in want): continue
        seen_t.add(g[:4]); dedup.append(g)
    if sorted(dedup) != sorted(want): errs.append(f"shift mismatch: computed {sorted(dedup)} vs labelled {sorted(want)}")
    sh = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in sh]: errs.append("no_alert_articles wrong")
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    return errs

if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    for e in errs: print("ERROR", e)
    c = [x for v in labels["claims"].values() for x in v]
    print(f"articles={len(labels['claims'])} claims={len(c)} " + " ".join(f"{s}={sum(x['stance']==s for x in c)}" for s in ("support","oppose","conditional"))
          + f" unattributed={sum(not x['attributed'] for x in c)} shifts={len(labels['shifts'])} empty={[k for k,v in labels['claims'].items() if not v]}")
    sys.exit(1 if errs else 0)
