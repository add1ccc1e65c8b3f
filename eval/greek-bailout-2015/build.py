#!/usr/bin/env python3
"""Builds the greek-bailout-2015 eval set (articles, feeds, labels) and validates it. Self-contained."""
import json, os, re, subprocess
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "continental-wire": "Continental Wire",
    "ledger-post": "Ledger Post",
    "harborline-daily": "Harborline Daily",
    "bourse-review": "Bourse Review",
}
S, O, C = "support", "oppose", "conditional"

# (published, outlet, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(published, outlet, title, text, claims):
    A.append((published, outlet, title, text.strip(), claims))

art("2015-01-26T08:30:00Z", "continental-wire",
"Tsipras sworn in as Greek prime minister, vows to end austerity",
"""ATHENS, Jan 26 (Continental Wire) - Alexis Tsipras was sworn in as Greece's prime minister on Monday after his leftist Syriza party won Sunday's snap election, promising to end five years of austerity imposed under the country's international bailouts.

Tsipras, 40, told supporters in central Athens that the verdict of the Greek people had ended the era of the troika of lenders. He said his government would seek a negotiated settlement with creditors that would make the country's debt viable, including a reduction of its nominal value, and that it would not cut pensions any further.

Syriza fell two seats short of an outright majority and formed a coalition with the small right-wing Independent Greeks party.

Greece owes more than 300 billion euros, around 175 percent of its economic output. In Berlin, a government spokesman said Germany expected Athens to honour the commitments made by previous governments. Markets in Frankfurt and London were little changed, and analysts said a compromise over the coming weeks remained the most likely outcome.""",
[("greece","debt-relief",S,"seek a negotiated settlement with creditors that would make the country's debt viable",True),
 ("greece","drop-write-off",O,"including a reduction of its nominal value",True),
 ("greece","pension-cuts",O,"it would not cut pensions any further",True)])

art("2015-01-30T16:10:00Z", "ledger-post",
"Dijsselbloem rebuffs Athens on debt conference as Varoufakis shuns troika",
"""ATHENS, Jan 30 (Ledger Post) - Eurogroup chief Jeroen Dijsselbloem told Greece's new government on Friday that there was almost no support in Europe for an international conference to write down Greek debt, in the first face-to-face meeting between Athens and its lenders since the election.

Finance Minister Yanis Varoufakis said after the meeting that Greece would not cooperate with the mission of the troika, which he called a rotten committee, and that it did not want the remaining 7 billion euros of its current programme.

Dijsselbloem, who is also the Dutch finance minister, said ignoring agreements was not the way forward. The two men shook hands briefly at the end of a tense joint news conference, and Dijsselbloem left the building before the last question had been translated.

Berlin, which has ruled out any cut in the face value of Greek debt, said it would wait for concrete proposals. Greek bank shares fell more than 10 percent in Athens. Some economists said the confrontation raised the risk that Greece could run out of money by the summer, although officials on both sides said talks would continue.""",
[("eurogroup","drop-write-off",S,"almost no support in Europe for an international conference to write down Greek debt",True),
 ("germany","drop-write-off",S,"Berlin, which has ruled out any cut in the face value of Greek debt",False)])

art("2015-02-02T19:45:00Z", "harborline-daily",
"Varoufakis drops call for Greek debt write-off, proposes bond swap",
"""LONDON, Feb 2 (Harborline Daily) - Greece is no longer asking its euro zone partners for a write-off of its debt, Finance Minister Yanis Varoufakis said on Monday, offering instead to swap existing loans for new bonds linked to the country's economic growth.

Speaking in London after meeting investors, Varoufakis said the government would not seek a haircut on the nominal value of the loans, which he acknowledged was politically impossible in Germany and other creditor countries. Under his proposal, bailout loans from euro zone states would be replaced by growth-indexed bonds, and bonds held by the European Central Bank by perpetual bonds.

He said such a "menu of debt swaps" would ease the burden on Athens without forcing creditor parliaments to recognise losses.

The proposal marks a softening of the government's language a week after Syriza won the election on a promise to reduce the country's debt. Greek shares rose 11 percent on the report.""",
[("greece","drop-write-off",S,"Greece is no longer asking its euro zone partners for a write-off of its debt",True),
 ("greece","debt-relief",S,"offering instead to swap existing loans for new bonds",True)])

art("2015-02-03T08:20:00Z", "bourse-review",
"Greece abandons demand for debt haircut, eyes growth-linked bonds",
"""LONDON, Feb 3 (Bourse Review) - Greek Finance Minister Yanis Varoufakis said Greece no longer wanted a write-off of its debt and proposed replacing existing loans with new bonds tied to economic growth.

Varoufakis told reporters in London on Monday evening that Athens would not seek a haircut on the face value of its loans, conceding this was politically impossible in Germany and other lending countries. His plan would replace the euro zone's bailout loans with growth-indexed bonds and the European Central Bank's holdings of Greek bonds with perpetual bonds.

Such a "menu of debt swaps" would lighten the burden on Athens without requiring creditor parliaments to book losses, he said.

The shift in tone comes a week after the election victory of Syriza, which campaigned on cutting the country's debt. The Athens stock exchange gained 11 percent.""",
[("greece","drop-write-off",S,"Greece no longer wanted a write-off of its debt",True),
 ("greece","debt-relief",S,"proposed replacing existing loans with new bonds tied to economic growth",True)])

art("2015-02-05T15:30:00Z", "continental-wire",
"Schaeuble and Varoufakis 'agree to disagree' in Berlin",
"""BERLIN, Feb 5 (Continental Wire) - German Finance Minister Wolfgang Schaeuble and his Greek counterpart Yanis Varoufakis failed to bridge their differences on Thursday, with Schaeuble telling reporters that the two had agreed to disagree.

Schaeuble said Greece had to stick to the reforms agreed with its lenders and that there would be no debt relief for Athens beyond what had already been granted. Varoufakis replied that they had not even agreed to disagree.

The meeting came hours after the European Central Bank in Frankfurt said it would no longer accept Greek government bonds as collateral for its regular lending, shifting Greek banks onto more expensive emergency funding.

Varoufakis, who has toured European capitals this week, said Greece would present its own plan to the euro zone within days. He did not say whether the plan included a request for more money.""",
[("germany","debt-relief",O,"there would be no debt relief for Athens beyond what had already been granted",True)])

art("2015-02-20T21:40:00Z", "ledger-post",
"Euro zone agrees four-month extension of Greek bailout",
"""BRUSSELS, Feb 20 (Ledger Post) - Euro zone finance ministers agreed on Friday to extend Greece's bailout by four months, defusing an immediate cash crunch after three weeks of acrimonious talks in Brussels.

Under the deal, Athens must present a list of reforms by Monday, and it will receive no further payments until its lenders approve them. The government also committed not to roll back earlier measures unilaterally.

Finance Minister Yanis Varoufakis said Greece had become the co-author of its reforms and that nothing in the agreement obliged the government to cut pensions. Eurogroup President Jeroen Dijsselbloem said it was a first step in rebuilding trust.

The extension covers the existing programme, which was due to expire at the end of February. Officials in Brussels declined to say whether a third rescue would be needed once it ends in June, and several economists said Greece would struggle to return to markets on its own.""",
[("greece","pension-cuts",O,"nothing in the agreement obliged the government to cut pensions",True)])

art("2015-02-24T18:25:00Z", "harborline-daily",
"Lenders accept Greek reform list, Lagarde wants firmer pension pledges",
"""BRUSSELS, Feb 24 (Harborline Daily) - Euro zone finance ministers approved a list of reforms submitted by Athens on Tuesday, formally clearing the way for the four-month extension of Greece's bailout agreed last week.

In the list, Athens promised to fight tax evasion and to curb early retirement, but it gave no commitment to cut pensions. Eurogroup President Jeroen Dijsselbloem said the list was a valid starting point and that the institutions would judge it in April.

In a letter to the Eurogroup, IMF Managing Director Christine Lagarde said the list was quite broad but lacked clear assurances in several areas. She said the government had to commit to the pension reform envisaged in the current programme.

Greek Finance Minister Yanis Varoufakis said the list had been written by the Greek government, not by the troika, and that Athens would no longer be told what to do. Markets in Athens rose almost 10 percent.""",
[("imf","pension-cuts",S,"the government had to commit to the pension reform envisaged",True)])

art("2015-05-12T17:05:00Z", "ledger-post",
"Greece meets IMF payment by tapping its own reserve at the Fund",
"""ATHENS, May 12 (Ledger Post) - Greece repaid about 750 million euros to the International Monetary Fund on Tuesday, a day after euro zone finance ministers in Brussels said talks had made progress but that a deal was still some way off.

A finance ministry official in Athens said the payment had been made on time. Two officials familiar with the matter said most of the money came from an emergency holding account that Greece keeps at the Fund itself, a reserve that must be replenished within a month.

The IMF declined to say how the payment was financed. Economists at a bank in Paris said the manoeuvre showed how little room Athens had left, and that a default in June could not be ruled out.

Finance Minister Yanis Varoufakis said on Monday that the liquidity problem was terribly urgent. He did not say whether the government would be able to pay public sector wages at the end of the month.""",
[])

art("2015-03-10T12:05:00Z", "harborline-daily",
"Greek exit talk returns as cash dwindles",
"""FRANKFURT, March 10 (Harborline Daily) - Talk of a Greek exit from the euro zone returned to trading floors this week as Athens scraped together cash to meet loan repayments to the International Monetary Fund due this month.

Strategists at two banks in Frankfurt put the probability of Greece leaving the currency union this year at between 20 and 30 percent, citing falling tax receipts and bank deposits. Others said the cost to Athens of leaving would be so high that a last-minute deal remained far more likely.

At a meeting in Brussels on Monday, euro zone finance ministers told Greece to stop wasting time and to let inspectors return to Athens. A spokeswoman for the European Commission declined to say how long Greece's money would last.

Greek officials said the state would meet all its obligations, and the finance ministry said talks with the lenders would resume in Brussels on Wednesday.""",
[])

art("2015-03-23T20:15:00Z", "bourse-review",
"Merkel wants Greece in euro zone, Tsipras rules out new pension cuts",
"""BERLIN, March 23 (Bourse Review) - German Chancellor Angela Merkel said on Monday she wanted Greece to remain in the euro zone and to return to growth, as she hosted Prime Minister Alexis Tsipras for his first official visit to Berlin.

Speaking at a joint news conference, Merkel said Germany wanted a Greece that was economically strong and stayed in the currency union, but that it was for the Eurogroup, not Berlin, to judge the reform list Athens was preparing.

Tsipras said his government would not accept measures that deepened the recession. He said pensioners had already lost a large part of their income and would not face fresh cuts under his government.

The visit was intended to calm relations after weeks of public sparring, including a row over Greek demands for war reparations from Germany. Neither leader took questions on the reparations issue, which is not part of the bailout talks.""",
[("germany","grexit",O,"she wanted Greece to remain in the euro zone",True),
 ("greece","pension-cuts",O,"would not face fresh cuts under his government",True)])

art("2015-04-09T22:30:00Z", "continental-wire",
"Greece repays IMF on time, Lagarde presses for pension reform",
"""WASHINGTON, April 9 (Continental Wire) - Greece repaid a 450 million euro loan instalment to the International Monetary Fund on Thursday, easing fears of an imminent default, and IMF chief Christine Lagarde said reforms of the pension system had to be part of any deal.

Lagarde told reporters after meeting Finance Minister Yanis Varoufakis in Washington that the Fund had never accepted delayed payments from an advanced economy. She said pension spending in Greece remained among the highest in Europe and that savings there were unavoidable.

Varoufakis, who had a cordial meeting with Lagarde on Sunday, said Athens intended to meet all its obligations to all its creditors.

The payment leaves Greece with around 1.5 billion euros of IMF repayments due in June. Officials in Athens have been tapping the cash reserves of state entities to keep paying salaries and pensions.""",
[("imf","pension-cuts",S,"savings there were unavoidable",True)])

art("2015-04-24T17:50:00Z", "ledger-post",
"Ministers vent frustration with Varoufakis in Riga",
"""RIGA, April 24 (Ledger Post) - Euro zone finance ministers voiced open frustration with Greece at a meeting in the Latvian capital on Friday, telling Finance Minister Yanis Varoufakis that there would be no more money without a full reform deal.

Eurogroup President Jeroen Dijsselbloem said the gap between Athens and its lenders was still wide, and that a credible reform of the pension system, including cuts to early retirement benefits, was a precondition for releasing the remaining funds.

Several ministers criticised Varoufakis in the closed-door session, according to two people present. Slovakia's finance minister, Peter Kazimir, told reporters that a Plan B for Greece was being discussed by some officials, a claim the others in Riga did not repeat.

Varoufakis said on Twitter that he was happy to be hated by some. He gave no details of what Athens might offer next.""",
[("eurogroup","pension-cuts",S,"a credible reform of the pension system, including cuts to early retirement benefits",True)])

art("2015-05-28T11:25:00Z", "harborline-daily",
"Lagarde says Greek exit is a possibility, IMF wants pension deal",
"""DRESDEN, May 28 (Harborline Daily) - International Monetary Fund chief Christine Lagarde said a Greek exit from the euro zone was a possibility, but that it would not necessarily mean the end of the currency, in an interview published on Thursday as finance ministers of the Group of Seven gathered in Dresden.

Lagarde said the Fund would not sign up to any deal that did not include a reform of Greek pensions and a broader value-added tax, and that there was no room for a delay of the Fund's repayments.

German Finance Minister Wolfgang Schaeuble, the host of the meeting, declined to say whether he expected a deal by the end of June. He said Greece's problems would be discussed at breakfast but were not on the official agenda.

Greece must repay around 300 million euros to the IMF on June 5. Greek officials said the money was there, but one senior lawmaker in Athens said the government could not pay both the IMF and the state pensions.""",
[("imf","pension-cuts",S,"not sign up to any deal that did not include a reform of Greek pensions",True)])

art("2015-06-05T19:20:00Z", "bourse-review",
"Tsipras calls creditors' plan absurd, rejects pension cuts",
"""ATHENS, June 5 (Bourse Review) - Prime Minister Alexis Tsipras told parliament on Friday that the latest proposal from Greece's lenders was absurd and that his government would not sign any agreement that cut pensions further.

Tsipras said the plan, handed to him by European Commission President Jean-Claude Juncker in Brussels on Wednesday, could not be a basis for an agreement. He said he hoped it had been a bad moment for Europe and that the lenders would withdraw it.

Earlier on Friday, Greece told the International Monetary Fund that it would bundle four June repayments into one, to be paid at the end of the month, a rarely used procedure last employed by Zambia in the 1980s.

The lenders want Athens to save around 1 percent of economic output from the pension system next year. A Commission spokeswoman said the proposal was a fair offer and that the door remained open.""",
[("greece","pension-cuts",O,"would not sign any agreement that cut pensions further",True),
 ("eurogroup","pension-cuts",S,"the proposal was a fair offer",True)])

art("2015-06-22T18:40:00Z", "continental-wire",
"Athens offers tax rises and early-retirement curbs, not pension cuts",
"""BRUSSELS, June 22 (Continental Wire) - Greece sent its lenders new proposals on Monday that included higher taxes on companies and wealthy individuals and a gradual end to most early retirement, but the government said it would not cut main pensions.

Eurogroup President Jeroen Dijsselbloem called the package a positive step but said it still had to be assessed by the institutions. Prime Minister Alexis Tsipras said the proposals protected pensioners and spread the burden to those who had paid least during the crisis.

German Chancellor Angela Merkel, arriving for an emergency summit in Brussels, declined to say whether the offer was enough, saying only that a lot of work remained. Diplomats said Berlin was still insisting on pension savings worth 1 percent of output.

Greek banks have lost billions of euros in deposits in the past week, and the European Central Bank raised its emergency funding cap for them again on Monday. Some analysts said the creditors would likely accept most of the package.""",
[("greece","pension-cuts",O,"the government said it would not cut main pensions",True),
 ("germany","pension-cuts",S,"Berlin was still insisting on pension savings worth 1 percent of output",False)])

art("2015-06-27T05:10:00Z", "ledger-post",
"Tsipras calls referendum on creditors' terms, urges No",
"""ATHENS, June 27 (Ledger Post) - Prime Minister Alexis Tsipras called a referendum for July 5 on the terms offered by Greece's lenders, telling Greeks in a televised address overnight that the proposals were an ultimatum that would humiliate the country.

Tsipras said the lenders had demanded further cuts to pensions and higher taxes on food and that his government would not accept them. He urged voters to reject the proposal.

Finance ministers meeting in Brussels on Saturday afternoon are expected to decide whether to extend the current bailout, which expires on Tuesday, to cover the vote. Several ministers said on arrival that there was no reason to do so.

Queues formed at cash machines in Athens and Thessaloniki early on Saturday. The government did not say whether it planned to limit withdrawals.""",
[("greece","pension-cuts",O,"his government would not accept them",True)])

art("2015-06-29T14:35:00Z", "harborline-daily",
"Juncker and Hollande urge Greeks to stay in the euro",
"""BRUSSELS, June 29 (Harborline Daily) - European Commission President Jean-Claude Juncker appealed to Greeks on Monday to vote Yes in Sunday's referendum, saying a No would be read as a No to Europe, and that he wanted Greece to remain in the euro zone.

Juncker told a news conference that he felt betrayed by the Greek government's decision to walk away from talks, but that a Greek exit from the euro was not an option for the Commission.

In Paris, French President Francois Hollande said France wanted Greece to stay in the euro zone and that the door to talks remained open.

Greek banks were closed on Monday and withdrawals from cash machines were capped at 60 euros a day after the government imposed capital controls. Tourists queued in central Athens, where many shops accepted only cash. Greece is due to make a 1.5 billion euro payment to the IMF on Tuesday.""",
[("eurogroup","grexit",O,"a Greek exit from the euro was not an option for the Commission",True),
 ("france","grexit",O,"France wanted Greece to stay in the euro zone",True)])

art("2015-06-30T16:50:00Z", "bourse-review",
"Greece asks euro zone rescue fund for new two-year loan",
"""ATHENS, June 30 (Bourse Review) - Greece asked the European Stability Mechanism on Tuesday for a new two-year loan to cover its debt repayments, hours before its current bailout was due to expire, in what would amount to a third rescue programme.

The government said in a statement that the request would fully cover Greece's financing needs and would be accompanied by a restructuring of its debt. For months, Athens had insisted it wanted to end the bailout era rather than sign up to a new programme.

In Berlin, Chancellor Angela Merkel said there could be no negotiations on a new aid programme before the referendum on Sunday.

Euro zone finance ministers were due to discuss the request by teleconference later on Tuesday. Greece is also expected to miss a 1.5 billion euro payment to the International Monetary Fund at midnight.""",
[("greece","third-bailout",S,"asked the European Stability Mechanism on Tuesday for a new two-year loan",True),
 ("greece","debt-relief",S,"would be accompanied by a restructuring of its debt",True),
 ("germany","third-bailout",O,"there could be no negotiations on a new aid programme before the referendum",True)])

art("2015-06-30T19:05:00Z", "continental-wire",
"Athens requests new two-year rescue loan from ESM",
"""ATHENS, June 30 (Continental Wire) - Greece on Tuesday asked the euro zone's permanent rescue fund, the European Stability Mechanism, for a new two-year loan to meet its debt payments, a few hours before its existing bailout ran out. Such a loan would be the country's third rescue programme.

In a statement, the government said the loan would cover all of Greece's financing needs and would go hand in hand with a restructuring of its debt. Athens had said for months that it wanted to leave bailouts behind, not negotiate a new one.

German Chancellor Angela Merkel said in Berlin that no negotiations on a new aid programme could take place before Sunday's referendum.

Finance ministers of the euro zone were to discuss the request in a conference call on Tuesday evening. Greece is set to miss a 1.5 billion euro repayment to the IMF at midnight.""",
[("greece","third-bailout",S,"Greece on Tuesday asked the euro zone's permanent rescue fund",True),
 ("greece","debt-relief",S,"would go hand in hand with a restructuring of its debt",True),
 ("germany","third-bailout",O,"no negotiations on a new aid programme could take place before Sunday's referendum",True)])

art("2015-07-03T13:15:00Z", "ledger-post",
"Tsipras demands 30 percent haircut after IMF report",
"""ATHENS, July 3 (Ledger Post) - Prime Minister Alexis Tsipras demanded on Friday that Greece's lenders write off 30 percent of its debt and give it a 20-year grace period, seizing on an International Monetary Fund report that said the country's debt was unsustainable.

In a televised address two days before the referendum, Tsipras said the IMF analysis proved his government right and that any agreement must include a haircut. He said the lenders had hidden the report from the Greek people.

The Fund's analysis, published on Thursday, said Greece would need substantial debt relief, including much longer maturities and possibly new concessional loans, even if it carried out all the reforms demanded.

Euro zone officials said the report did not change the terms offered to Athens. German officials declined to comment on the document.""",
[("greece","drop-write-off",O,"any agreement must include a haircut",True),
 ("greece","debt-relief",S,"demanded on Friday that Greece's lenders write off 30 percent of its debt",True),
 ("imf","debt-relief",S,"Greece would need substantial debt relief",True)])

art("2015-07-06T09:40:00Z", "bourse-review",
"Varoufakis resigns after Greeks vote No, Tsakalotos takes over",
"""ATHENS, July 6 (Bourse Review) - Yanis Varoufakis resigned as Greece's finance minister on Monday, hours after 61 percent of Greeks rejected their lenders' terms in a referendum, and was replaced by his deputy and chief negotiator Euclid Tsakalotos.

Prime Minister Alexis Tsipras said the result gave him a strong mandate to return to the negotiating table and seek a deal that included a restructuring of the debt.

Varoufakis wrote on his blog that he had been made aware that some euro zone ministers preferred him absent from their meetings. Panagiotis Lafazanis, the energy minister and leader of Syriza's hard-left faction, told a rally in Athens that Greece should be ready to return to the drachma rather than accept new austerity.

German Chancellor Angela Merkel was due to meet French President Francois Hollande in Paris later on Monday. Economists said the vote left the euro zone with no easy options.""",
[("greece","debt-relief",S,"seek a deal that included a restructuring of the debt",True)])

art("2015-07-07T22:55:00Z", "harborline-daily",
"Leaders give Greece until Sunday, Merkel sees no basis yet for new programme",
"""BRUSSELS, July 7 (Harborline Daily) - Euro zone leaders gave Greece until Sunday to agree a deal, after an emergency summit on Tuesday at which Prime Minister Alexis Tsipras presented no written proposals.

German Chancellor Angela Merkel said there was currently no basis for talks on a new, three-year aid programme. French President Francois Hollande said France did not want Greece to leave the euro zone and would do everything to keep it in. He added that France would not refuse a discussion on reprofiling Greek debt once Athens had put forward credible reforms.

European Council President Donald Tusk said the final deadline ended this week, warning that a Greek bankruptcy scenario had been prepared in detail.

Greek banks will remain closed at least until Thursday. Tsipras said after the summit that he would submit detailed proposals by Thursday.""",
[("germany","third-bailout",O,"there was currently no basis for talks on a new, three-year aid programme",True),
 ("france","grexit",O,"France did not want Greece to leave the euro zone",True),
 ("france","debt-relief",C,"would not refuse a discussion on reprofiling Greek debt once Athens had",True)])

art("2015-07-09T23:30:00Z", "continental-wire",
"Greece offers pension savings, seeks commitment on debt",
"""ATHENS, July 9 (Continental Wire) - Greece submitted new reform proposals to its lenders on Thursday night that included savings in the pension system, close to the terms its voters rejected on Sunday.

The plan would phase out a top-up benefit for the poorest pensioners by 2019 and raise the retirement age to 67 by 2022. Finance Minister Euclid Tsakalotos said in a letter accompanying the plan that Athens would accept the pension measures provided its lenders committed to talks on easing the country's debt burden.

The government asked for 53.5 billion euros from the euro zone's rescue fund to cover its needs until 2018.

Lawmakers from the left wing of Syriza said they would not back the plan. Officials in Brussels said the proposals would be assessed overnight by the institutions, and euro zone finance ministers will meet on Saturday.""",
[("greece","pension-cuts",C,"would accept the pension measures provided its lenders committed to talks",True),
 ("greece","third-bailout",S,"asked for 53.5 billion euros from the euro zone's rescue fund",True),
 ("greece","debt-relief",S,"committed to talks on easing the country's debt burden",True)])

art("2015-07-11T14:20:00Z", "ledger-post",
"German finance ministry floats temporary Greek exit from euro",
"""BERLIN, July 11 (Ledger Post) - Germany's finance ministry has proposed that Greece should take a time-out from the euro zone for at least five years if it cannot improve its latest reform proposals, according to a paper circulated to euro zone governments on Saturday.

The paper from Wolfgang Schaeuble's ministry says Athens should either put 50 billion euros of state assets into a trust fund to pay down debt or negotiate a temporary exit from the currency union.

French Finance Minister Michel Sapin said France did not want Greece to leave and would fight to keep it in. A spokesman for the Greek government said leaving the euro was not an option and that the proposal humiliated the country.

Euro zone finance ministers began a meeting in Brussels in the afternoon. Several officials said they did not expect a decision before Sunday's summit.""",
[("germany","grexit",C,"take a time-out from the euro zone for at least five years",True),
 ("france","grexit",O,"France did not want Greece to leave",True),
 ("greece","grexit",O,"leaving the euro was not an option",True)])

art("2015-07-13T09:15:00Z", "bourse-review",
"Tsipras accepts tough terms after all-night summit, Merkel sets conditions for talks",
"""BRUSSELS, July 13 (Bourse Review) - Prime Minister Alexis Tsipras agreed on Monday to push sweeping reforms through parliament, including changes to pensions and tax rises, after a 17-hour summit in which euro zone leaders demanded stricter terms than those rejected by Greek voters.

Tsipras said he had taken responsibility for a difficult decision and that Greece would legislate the pension reform and VAT increases by Wednesday.

German Chancellor Angela Merkel said negotiations on a third programme of up to 86 billion euros could begin only if the Greek parliament passed the first laws by Wednesday and national parliaments gave their approval. The leaders' statement said the Eurogroup stood ready to consider longer grace and repayment periods if needed, once the programme was fully implemented.

Hollande said France had done everything it could to keep Greece in the euro zone.""",
[("greece","pension-cuts",S,"Greece would legislate the pension reform and VAT increases by Wednesday",True),
 ("germany","third-bailout",C,"could begin only if the Greek parliament passed the first laws by Wednesday",True),
 ("eurogroup","debt-relief",C,"stood ready to consider longer grace and repayment periods if needed",True),
 ("france","grexit",O,"France had done everything it could to keep Greece in the euro zone",True)])

art("2015-07-14T18:00:00Z", "harborline-daily",
"IMF says Greek debt needs far more relief; Berlin rejects haircut",
"""WASHINGTON, July 14 (Harborline Daily) - Greece's debt has become highly unsustainable and will need relief on a scale far beyond what Europe has so far been willing to consider, the International Monetary Fund said in an analysis sent to euro zone governments.

The Fund said options included a 30-year grace period on all European debt, annual transfers to the Greek budget or deep upfront haircuts. Its staff said the debt would peak near 200 percent of output in the next two years.

In Berlin, Finance Minister Wolfgang Schaeuble said a haircut was incompatible with membership of the monetary union and that European treaties did not allow it. He did not comment on the Fund's other options.

Greek lawmakers are due to vote on Wednesday on the first set of measures demanded by the summit. Protesters gathered outside parliament in Athens.""",
[("imf","debt-relief",S,"will need relief on a scale far beyond what Europe has so far been willing",True),
 ("germany","drop-write-off",S,"a haircut was incompatible with membership of the monetary union",True)])

art("2015-07-16T01:45:00Z", "continental-wire",
"Greek parliament passes first bailout measures despite Syriza revolt",
"""ATHENS, July 16 (Continental Wire) - Greece's parliament approved tax increases and pension reforms demanded by the country's lenders early on Thursday, clearing the way for talks on a third bailout, despite a revolt by dozens of lawmakers from the ruling Syriza party.

The measures passed by 229 votes to 64. Prime Minister Alexis Tsipras told lawmakers that he did not believe in the measures but that he had signed them to avoid a disaster for the country, and that the government stood by the pension reform.

Among those voting against was former finance minister Yanis Varoufakis, who said the agreement was a new Versailles treaty. Energy Minister Panagiotis Lafazanis also voted no.

Outside parliament, police fired tear gas at protesters who threw petrol bombs. Government officials said a cabinet reshuffle was likely within days.""",
[("greece","pension-cuts",S,"the government stood by the pension reform",True)])

art("2015-07-16T16:30:00Z", "ledger-post",
"Draghi says debt relief necessary, ECB raises emergency aid",
"""FRANKFURT, July 16 (Ledger Post) - European Central Bank President Mario Draghi said on Thursday that debt relief for Greece was necessary and uncontroversial, adding that the question was what form it should take.

Draghi spoke after the ECB raised the cap on emergency liquidity for Greek banks by 900 million euros, the first increase since the referendum. Greek banks are expected to reopen on Monday.

Asked whether Greece would still be in the euro zone in a year's time, Draghi declined to say, telling reporters that the ECB worked on the assumption that Greece remained a member.

In a radio interview in Berlin, Wolfgang Schaeuble said a voluntary time-out from the euro could still be the better path for Greece if the debt could not be made sustainable inside the currency union.""",
[("ecb","debt-relief",S,"debt relief for Greece was necessary and uncontroversial",True),
 ("germany","grexit",C,"could still be the better path for Greece if the debt could not",True)])

art("2015-07-17T12:10:00Z", "bourse-review",
"Bundestag backs start of talks on third Greek bailout",
"""BERLIN, July 17 (Bourse Review) - The German parliament voted on Friday to allow the government to open negotiations on a third bailout for Greece, after Chancellor Angela Merkel warned that the alternative would be chaos.

Merkel told lawmakers that the talks were worth starting but that Germany would judge the final programme on whether Athens implemented the reforms it had signed. The motion passed by 439 votes to 119.

Sixty lawmakers from Merkel's own conservative bloc voted against, the largest rebellion of her chancellorship. Several said they no longer believed Greece would repay.

Finance Minister Wolfgang Schaeuble did not speak in the debate. The European Union approved a bridge loan of 7 billion euros later in the day to let Athens repay the ECB and clear its arrears with the IMF.""",
[("germany","third-bailout",C,"would judge the final programme on whether Athens implemented the reforms",True)])

art("2015-07-30T21:20:00Z", "harborline-daily",
"IMF will not join Greek bailout without debt relief and reforms",
"""WASHINGTON, July 30 (Harborline Daily) - The International Monetary Fund will not take part in a third bailout for Greece until Athens agrees a full set of reforms and its European lenders grant the country significant debt relief, the Fund told its board on Wednesday.

A senior IMF official told reporters that Greece's debt was unsustainable and that the Fund could not lend to a country in that position. He said the Fund would decide on its participation after the new programme was agreed, possibly not before the autumn.

The position complicates the talks in Athens, where inspectors from the Commission, the ECB, the IMF and the euro zone rescue fund resumed work this week. Germany and several other euro zone states have said they want the IMF on board.

Greek Finance Minister Euclid Tsakalotos said he hoped for a deal by August 20, when Athens must repay 3.2 billion euros to the ECB.""",
[("imf","third-bailout",C,"will not take part in a third bailout for Greece until Athens agrees",True),
 ("imf","debt-relief",S,"its European lenders grant the country significant debt relief",True)])

art("2015-08-11T10:50:00Z", "continental-wire",
"Greece and lenders reach technical deal on third bailout",
"""ATHENS, Aug 11 (Continental Wire) - Greece and its international lenders reached a technical agreement on Tuesday on a third bailout worth up to 86 billion euros, after all-night talks at a hotel in Athens.

Finance Minister Euclid Tsakalotos said the agreement was close to final and that Greece would sign the new programme once a few minor details were settled. The European Commission welcomed the deal, saying it was an important step towards a new programme.

Analysts said Berlin could still push for a further bridge loan rather than the full package, and German officials declined to comment on the text on Tuesday. The IMF, which has said it will join only once Greece's debt is made sustainable, was not represented at the talks.

The deal must be approved by the Greek parliament and by euro zone finance ministers, who are expected to meet on Friday.""",
[("greece","third-bailout",S,"Greece would sign the new programme",True),
 ("eurogroup","third-bailout",S,"saying it was an important step towards a new programme",True),
 ("imf","third-bailout",C,"has said it will join only once Greece's debt is made sustainable",False)])

art("2015-08-14T22:40:00Z", "ledger-post",
"Euro zone approves third Greek bailout, Schaeuble on board",
"""BRUSSELS, Aug 14 (Ledger Post) - Euro zone finance ministers approved a third bailout for Greece of up to 86 billion euros on Friday, hours after the Greek parliament backed the deal in an overnight vote.

German Finance Minister Wolfgang Schaeuble said he would recommend that the Bundestag approve the programme, saying Athens had made commitments that deserved support. Eurogroup President Jeroen Dijsselbloem said the agreement gave Greece a chance to recover.

The International Monetary Fund said in a statement that it would decide on joining the programme only after Greece's lenders agreed on debt relief.

The Greek vote passed with 222 votes, but 43 Syriza lawmakers rebelled, leaving Prime Minister Alexis Tsipras dependent on opposition support. A first tranche of 26 billion euros is expected next week.""",
[("germany","third-bailout",S,"he would recommend that the Bundestag approve the programme",True),
 ("eurogroup","third-bailout",S,"Euro zone finance ministers approved a third bailout for Greece",True),
 ("greece","third-bailout",S,"the Greek parliament backed the deal",True),
 ("imf","third-bailout",C,"would decide on joining the programme only after Greece's lenders agreed",True)])

art("2015-08-19T15:35:00Z", "bourse-review",
"Bundestag approves Greek bailout, Merkel rules out haircut",
"""BERLIN, Aug 19 (Bourse Review) - The German parliament approved the third bailout for Greece on Wednesday by 453 votes to 113, despite a further rise in the number of rebels in Chancellor Angela Merkel's conservative bloc.

Schaeuble told lawmakers that it would be irresponsible not to seize the chance the new programme offered Greece. Merkel, who did not speak in the debate, said in a television interview on Sunday that a classic haircut of Greek debt was out of the question.

The vote cleared the way for the rescue fund to pay the first tranche on Thursday, in time for Athens to repay 3.2 billion euros owed to the ECB in Frankfurt.

Opposition Green lawmakers backed the programme. The far-left Linke voted against it.""",
[("germany","third-bailout",S,"it would be irresponsible not to seize the chance the new programme offered Greece",True),
 ("germany","drop-write-off",S,"a classic haircut of Greek debt was out of the question",True)])

art("2015-08-20T20:30:00Z", "continental-wire",
"Tsipras resigns to seek new mandate, vows to fight for debt relief",
"""ATHENS, Aug 20 (Continental Wire) - Alexis Tsipras resigned as Greece's prime minister on Thursday, triggering a snap election that he hopes will give him a stronger mandate to implement the country's third bailout.

In a televised address, Tsipras said he had secured the best deal possible under the circumstances and that his next government would fight for the debt relief the country needed.

Earlier on Thursday Greece repaid 3.2 billion euros to the European Central Bank, using money from the new programme. A group of 25 rebel Syriza lawmakers led by former energy minister Panagiotis Lafazanis announced they would form a new party, which wants Greece to leave the euro and return to a national currency.

The election is expected on September 20. Opinion polls show Syriza ahead, but without a majority.""",
[("greece","debt-relief",S,"would fight for the debt relief the country needed",True),
 ("greece","third-bailout",S,"a stronger mandate to implement the country's third bailout",False)])

SHIFTS = [
 ("greece","drop-write-off",O,S,"003","Varoufakis says Greece no longer asks for a write-off and offers debt swaps instead; in 001 Tsipras still sought a reduction of the debt's nominal value."),
 ("greece","third-bailout",O,S,"018","The government formally asks the ESM for a new two-year loan, i.e. a third programme; it had long said it wanted to end the bailouts (baseline, restated as background in 018)."),
 ("greece","drop-write-off",S,O,"020","Tsipras demands a 30 percent write-off and says any agreement must include a haircut, reversing Varoufakis's February position (003/004)."),
 ("greece","pension-cuts",O,C,"023","Tsakalotos's letter accepts the pension measures provided lenders commit to debt talks; in 014-016 the government refused further pension cuts."),
 ("germany","grexit",O,C,"024","Schaeuble's ministry formally proposes a five-year time-out from the euro if Athens cannot improve its offer; in 009 Merkel wanted Greece to stay in the euro zone."),
 ("germany","third-bailout",O,C,"025","Merkel says talks on a third programme can begin only if Athens legislates by Wednesday; on 30 June (018/019) and 7 July (022) she saw no basis for a new programme."),
 ("greece","pension-cuts",C,S,"025","Tsipras accepts the summit terms and says Greece will legislate the pension reform by Wednesday, without the debt-talks condition of 023."),
 ("germany","third-bailout",C,S,"032","Schaeuble recommends that the Bundestag approve the finished programme; in 025 and 029 Germany's backing was conditional on Greek legislation and implementation."),
]

BASELINE = [
 ("greece","pension-cuts",O), ("greece","drop-write-off",O), ("greece","third-bailout",O),
 ("greece","grexit",O), ("greece","debt-relief",S),
 ("germany","grexit",O), ("germany","third-bailout",O), ("germany","debt-relief",O), ("germany","drop-write-off",S),
 ("eurogroup","pension-cuts",S), ("eurogroup","debt-relief",C), ("eurogroup","drop-write-off",S),
 ("imf","pension-cuts",S),
]

WATCHLIST = """# shiftwatch eval set greek-bailout-2015: tracked actors and issues (Greek debt talks, Jan-Aug 2015).
# Capitals and institutions double as plain locations ("talks in Brussels", "repaid the ECB in Frankfurt");
# such mentions carry no stance.

actors:
  - id: greece
    name: Greece (the Syriza-led government)
    aliases: [Greece, Greek government, Athens, Syriza government, Alexis Tsipras, Tsipras, Yanis Varoufakis, Varoufakis, Euclid Tsakalotos, Tsakalotos]
  - id: germany
    name: Germany (federal government)
    aliases: [Germany, German government, Berlin, Angela Merkel, Merkel, Wolfgang Schaeuble, Schaeuble, German finance ministry]
  - id: eurogroup
    name: Eurogroup and European Commission (the euro zone lenders acting together)
    aliases: [Eurogroup, euro zone finance ministers, European Commission, Commission, Brussels, Jeroen Dijsselbloem, Dijsselbloem, Jean-Claude Juncker, Juncker, Pierre Moscovici, Moscovici]
  - id: imf
    name: International Monetary Fund
    aliases: [IMF, International Monetary Fund, the Fund, Christine Lagarde, Lagarde]
  - id: ecb
    name: European Central Bank
    aliases: [ECB, European Central Bank, Frankfurt, Mario Draghi, Draghi]
  - id: france
    name: France (government)
    aliases: [France, French government, Paris, Francois Hollande, Hollande, Michel Sapin, Sapin]

issues:
  - id: pension-cuts
    name: Greece cuts pensions as part of a deal with its creditors
    description: Athens accepts cuts to pension payments or pension spending (main pensions, supplements, pension savings targets) demanded by its lenders.
    terms: [pension cuts, pension reform, pension savings, pensions, cut pensions]
  - id: debt-relief
    name: Greece's creditors grant it debt relief
    description: Lenders ease Greece's debt burden by restructuring, longer maturities, lower rates, swaps or a write-off.
    terms: [debt relief, debt restructuring, restructuring, reprofiling, longer maturities, grace period]
  - id: third-bailout
    name: Greece receives a third bailout programme
    description: A new (third) multi-year rescue loan programme for Greece, via the ESM, is negotiated and approved.
    terms: [third bailout, new bailout, ESM loan, rescue programme, aid programme, new programme]
  - id: grexit
    name: Greece temporarily leaves the euro
    description: Greece exits the euro zone, for a period or for good (Grexit, time-out).
    terms: [Grexit, leave the euro, exit from the euro zone, time-out, drachma]
  - id: drop-write-off
    name: Greece drops its demand for a debt write-off
    description: Athens abandons its demand for a haircut on the nominal value of its debt.
    terms: [haircut, write-off, write down debt, nominal value, debt cancellation]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
"""

def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:70].rstrip("-")

def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    A.sort(key=lambda a: a[0])
    arts, claims = [], {}
    for i, (pub, out, title, text, cl) in enumerate(A, 1):
        aid = "%03d" % i
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ")
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (out, d.year, d.month, d.day, slug(title))
        a = {"id": aid, "published": pub, "source": OUTLETS[out], "url": url, "title": title, "text": text}
        arts.append((a, out))
        with open(os.path.join(HERE, "articles", aid + ".json"), "w") as f:
            json.dump(a, f, ensure_ascii=False, indent=2); f.write("\n")
        claims[aid] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]} for c in cl]
    shift_ids = sorted({s[4] for s in SHIFTS})
    labels = {
        "claims": claims,
        "shifts": [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": s[4], "why": s[5]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a, _ in arts if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")
    wl = WATCHLIST + "".join("  - {actor: %s, issue: %s, stance: %s}\n" % b for b in BASELINE)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(wl)
    for out, name in OUTLETS.items():
        items = sorted([a for a, o in arts if o == out], key=lambda a: a["published"], reverse=True)
        x = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
             '    <title>%s</title>' % name, '    <link>https://example.org/%s/</link>' % out,
             '    <description>%s: fictional outlet for the shiftwatch greek-bailout-2015 eval set</description>' % name,
             '    <language>en</language>',
             '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(datetime.strptime(items[0]["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=__import__("datetime").timezone.utc), usegmt=True)]
        for a in items:
            dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=__import__("datetime").timezone.utc)
            x += ['    <item>', '      <title>%s</title>' % escape(a["title"]), '      <link>%s</link>' % a["url"],
                  '      <guid isPermaLink="true">%s</guid>' % a["url"],
                  '      <pubDate>%s</pubDate>' % format_datetime(dt, usegmt=True),
                  '      <description>%s</description>' % escape(a["text"]), '    </item>']
        x += ['  </channel>', '</rss>']
        with open(os.path.join(HERE, "feeds", out + ".xml"), "w") as f:
            f.write("\n".join(x) + "\n")
    validate(arts, labels)

def validate(arts, labels):
    errs = []
    actors = set(re.findall(r"- id: ([a-z-]+)\n    name: .*\n    aliases", open(os.path.join(HERE, "watchlist.yaml")).read()))
    issues = set(re.findall(r"- id: ([a-z-]+)\n    name: .*\n    description", open(os.path.join(HERE, "watchlist.yaml")).read()))
    byid = {a["id"]: a for a, _ in arts}
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(byid) or sorted(labels["claims"]) != files: errs.append("id/file mismatch")
    pubs = [byid[i]["published"] for i in sorted(byid)]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    for i, a in byid.items():
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append("%s: %d words" % (i, n))
        json.load(open(os.path.join(HERE, "articles", i + ".json")))
    prev = {(b[0], b[1]): b[2] for b in BASELINE}
    derived = []
    for i in sorted(byid):
        for c in labels["claims"][i]:
            if c["actor"] not in actors or c["issue"] not in issues: errs.append("%s: unknown %s/%s" % (i, c["actor"], c["issue"]))
            if c["quote"] not in byid[i]["text"]: errs.append("%s: quote not found: %s" % (i, c["quote"]))
            if len(c["quote"].split()) > 15: errs.append("%s: quote too long: %s" % (i, c["quote"]))
            k = (c["actor"], c["issue"])
            if c["attributed"] and k in prev and prev[k] != c["stance"]:
                derived.append((k[0], k[1], prev[k], c["stance"], i))
            if c["attributed"]: prev[k] = c["stance"]
            elif k not in prev: pass
    declared = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(declared): errs.append("shift mismatch: derived %s vs declared %s" % (derived, declared))
    for f in os.listdir(os.path.join(HERE, "feeds")):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append("xmllint %s: %s" % (f, r.stderr))
    from collections import Counter
    cl = [c for v in labels["claims"].values() for c in v]
    print("articles", len(byid), "claims", len(cl), dict(Counter(c["stance"] for c in cl)),
          "unattributed", sum(not c["attributed"] for c in cl), "shifts", len(labels["shifts"]),
          "shift articles", sorted({s["article"] for s in labels["shifts"]}),
          "empty", [i for i in sorted(byid) if not labels["claims"][i]])
    print("ERRORS:" if errs else "OK: all checks passed", *errs, sep="\n")
    return not errs

if __name__ == "__main__":
    main()
