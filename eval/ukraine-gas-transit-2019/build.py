#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set ukraine-gas-transit-2019.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml, labels.json, and validates everything (see README.md).
Run from anywhere: python3 build.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "kestrel-wire": "Kestrel Wire",
    "amber-ledger": "Amber Ledger",
    "eastbridge-post": "Eastbridge Post",
    "lantern-dispatch": "Lantern Dispatch",
    "northwind-courier": "Northwind Courier",
}

# issue ids
CLAIMS_DROP = "naftogaz-drops-claims"
LTC = "long-term-transit-contract"
VOL = "guaranteed-transit-volumes"
UNB = "naftogaz-unbundling"
NS2 = "nord-stream-2-completion"
SAN = "us-nord-stream-sanctions"

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(id="001", published="2019-01-14T15:30:00Z", outlet="amber-ledger",
         slug="us-envoy-warns-german-firms-nord-stream-2-sanctions",
         title="US envoy warns German firms of sanctions risk over Nord Stream 2",
         text="""BERLIN, Jan 14 (Amber Ledger) - The US ambassador to Germany, Richard Grenell, has written to German companies involved in the Nord Stream 2 gas pipeline to warn them that they could face sanctions, the US embassy confirmed on Monday.

An embassy spokesman said the administration supported sanctions on companies that help to build the pipeline, which would carry Russian gas to Germany under the Baltic Sea and bypass Ukraine.

A German government spokeswoman said Berlin did not accept threats of extraterritorial sanctions against companies acting within the law. She said Germany's support for the pipeline was unchanged, on the understanding that Ukraine would keep a transit role after 2019.

Several German lawmakers called for the ambassador to be reprimanded. Grenell, a close ally of President Donald Trump, has clashed with German politicians over trade and defence spending since arriving in Berlin last year.

In Moscow, a Kremlin spokesman said Washington was simply trying to sell more of its own liquefied natural gas in Europe.

The pipeline, led by Gazprom with five European energy companies as financial partners, is due to be completed by the end of the year.""",
         claims=[
             ("usa", SAN, S, "the administration supported sanctions on companies that help to build the pipeline", True),
             ("germany", SAN, O, "Berlin did not accept threats of extraterritorial sanctions", True),
             ("germany", NS2, C, "on the understanding that Ukraine would keep a transit role after 2019", True),
         ]),
    dict(id="002", published="2019-01-18T16:00:00Z", outlet="lantern-dispatch",
         slug="eu-sets-monday-date-for-gas-transit-talks",
         title="EU sets Monday date for Russia-Ukraine gas transit talks",
         text="""BRUSSELS, Jan 18 (Lantern Dispatch) - The European Commission will host energy ministers from Russia and Ukraine in Brussels on Monday for a new round of talks on how Russian gas will reach Europe once the current transit contract expires at the end of the year, a Commission spokeswoman said on Friday.

The meeting at the Berlaymont, the Commission's headquarters, will be chaired by Vice-President Maros Sefcovic. Russia's delegation is due to be led by Energy Minister Alexander Novak, while Ukraine will send Energy Minister Ihor Nasalyk and executives of the state energy company Naftogaz. Gazprom chief executive Alexei Miller is also expected to attend.

The spokeswoman declined to say whether the Commission would table a written proposal, and would not be drawn on the agenda beyond confirming that the meeting would start in the afternoon.

The existing ten-year contract between Gazprom and Naftogaz was signed in January 2009, after a supply cut-off that left parts of Europe short of gas in mid-winter. It runs out on December 31.

Traders said the date had been expected for weeks. One analyst in Vienna said the first session was likely to be about process rather than numbers.""",
         claims=[]),
    dict(id="003", published="2019-01-21T19:30:00Z", outlet="kestrel-wire",
         slug="eu-proposes-ten-year-transit-deal-moscow-ties-talks-to-claims",
         title="EU proposes ten-year gas transit deal; Moscow ties talks to Stockholm claims",
         text="""BRUSSELS, Jan 21 (Kestrel Wire) - The European Commission proposed on Monday that Russia and Ukraine sign a new gas transit contract running for at least ten years, to replace the one that expires at the end of 2019.

Commission Vice-President Maros Sefcovic presented the outline to the two delegations at the Berlaymont and told reporters that a long-term deal under European rules would give certainty to suppliers and customers alike.

Russian Energy Minister Alexander Novak said Moscow was prepared to negotiate a new contract, but only once the legal disputes between Gazprom and Naftogaz had been settled. He said Gazprom expected Naftogaz to drop the claims it had pursued through the Stockholm arbitration court.

Naftogaz executive director Yuriy Vitrenko rejected that demand. The company would not give up an award it had won fairly, he said, adding that Ukraine wanted a contract of at least ten years.

An arbitration tribunal in Stockholm ruled in February last year that Gazprom owed Naftogaz a net $2.56 billion. Gazprom has not paid.

Sefcovic said the three sides would meet again but gave no date. Asked whether the Commission had put forward a figure for annual volumes, he declined to say.""",
         claims=[
             ("european-commission", LTC, S, "Russia and Ukraine sign a new gas transit contract running for at least ten years", True),
             ("russia", LTC, C, "Moscow was prepared to negotiate a new contract, but only once the legal disputes", True),
             ("russia", CLAIMS_DROP, S, "Gazprom expected Naftogaz to drop the claims it had pursued", True),
             ("ukraine", CLAIMS_DROP, O, "Naftogaz executive director Yuriy Vitrenko rejected that demand", True),
             ("ukraine", LTC, S, "Ukraine wanted a contract of at least ten years", True),
         ]),
    dict(id="004", published="2019-02-08T17:45:00Z", outlet="amber-ledger",
         slug="eu-states-back-gas-rule-change-after-nord-stream-2-compromise",
         title="EU states back gas rule change after Berlin and Paris settle Nord Stream 2 row",
         text="""BRUSSELS, Feb 8 (Amber Ledger) - European Union ambassadors on Friday backed a change to the bloc's gas rules that will extend them to pipelines arriving from outside the EU, after Germany and France settled a dispute over Nord Stream 2 that had threatened to split the bloc.

Under the compromise, the member state where such a pipeline first reaches the EU network, in this case Germany, will take the lead in applying the rules. Paris had signalled on Thursday that it could side against Berlin.

A German government spokesman said the compromise did not change Berlin's view that Nord Stream 2 was a commercial project it could back, provided Ukraine kept a meaningful role as a transit country after this year.

The European Commission, which proposed the amendment in 2017, said the pipeline could only operate if it complied fully with EU energy law in European waters.

Poland's government said the compromise did not go far enough and repeated its call for the project to be stopped altogether. Several eastern member states share Warsaw's concern that the pipeline deepens Europe's dependence on Russia.

Gazprom, which owns Nord Stream 2, said it would study the text.""",
         claims=[
             ("germany", NS2, C, "a commercial project it could back, provided Ukraine kept a meaningful role", True),
             ("european-commission", NS2, C, "the pipeline could only operate if it complied fully with EU energy law", True),
             ("poland", NS2, O, "repeated its call for the project to be stopped altogether", True),
         ]),
    dict(id="005", published="2019-02-16T15:20:00Z", outlet="northwind-courier",
         slug="merkel-defends-nord-stream-2-in-munich-pence-warns",
         title="Merkel defends Nord Stream 2 in Munich as Pence urges Europe to drop it",
         text="""MUNICH, Feb 16 (Northwind Courier) - German Chancellor Angela Merkel mounted a robust defence of the Nord Stream 2 pipeline on Saturday, telling the Munich Security Conference that Germany would not turn its back on the project.

Merkel said Russian gas was still Russian gas whether it reached Germany through Ukraine or under the Baltic Sea, and recalled that West Germany had bought Soviet gas at the height of the Cold War. Unlike her spokesmen's statements in recent weeks, her remarks attached no conditions to the pipeline.

Hours earlier, US Vice President Mike Pence told the same audience that Washington opposed Nord Stream 2 and urged European allies to stand with the United States against it. He said the pipeline would make Europe dependent on Moscow for its energy.

Ukrainian President Petro Poroshenko, who also addressed the conference, spoke mainly about the war in the east and did not mention the pipeline.

The three-day gathering was dominated by transatlantic tensions over trade, defence spending and Iran.

Some analysts said the chancellor's tone suggested Berlin had given up trying to link the pipeline to the future of the Ukrainian route.""",
         claims=[
             ("germany", NS2, S, "Germany would not turn its back on the project", True),
             ("usa", NS2, O, "Washington opposed Nord Stream 2", True),
         ]),
    dict(id="006", published="2019-03-14T12:00:00Z", outlet="eastbridge-post",
         slug="naftogaz-vows-to-keep-chasing-gazprom-assets",
         title="Naftogaz vows to keep chasing Gazprom assets across Europe",
         text="""KYIV, March 14 (Eastbridge Post) - Naftogaz will keep pursuing Gazprom's assets through European courts until the Russian company pays the Stockholm arbitration award, chief executive Andriy Kobolyev said on Thursday.

Kobolyev told reporters in Kyiv that the Ukrainian state company had no intention of withdrawing its claims to make the transit talks easier.

Gazprom said in a statement that it considered the enforcement actions unlawful and that Naftogaz should withdraw its claims before the two companies discussed anything else. It is challenging the Stockholm rulings before Swedish courts.

Naftogaz has asked courts in Switzerland, the Netherlands, Luxembourg and Britain to freeze Gazprom assets, including shares in pipeline companies and money owed to Gazprom by European customers. Gazprom has won the lifting of some of the freezes.

The dispute stems from two rulings by the Arbitration Institute of the Stockholm Chamber of Commerce, covering gas supply and transit. Taken together they left Gazprom owing a net $2.56 billion.

Polish state gas company PGNiG, which is pursuing its own arbitration case against Gazprom over contract prices, said it was following the Ukrainian enforcement effort closely.""",
         claims=[
             ("ukraine", CLAIMS_DROP, O, "had no intention of withdrawing its claims", True),
             ("russia", CLAIMS_DROP, S, "Naftogaz should withdraw its claims before the two companies discussed anything else", True),
         ]),
    dict(id="007", published="2019-04-22T09:00:00Z", outlet="lantern-dispatch",
         slug="zelensky-win-leaves-gas-talks-guessing",
         title="Zelensky's landslide leaves gas transit talks in limbo",
         text="""KYIV, April 22 (Lantern Dispatch) - Comedian Volodymyr Zelensky won Ukraine's presidential run-off by a landslide on Sunday, leaving energy executives in Kyiv, Moscow and Brussels guessing how the political newcomer will handle the gas transit talks with Russia.

Zelensky, who has no government experience, said little about energy during the campaign. Asked at his victory news conference whether he would keep Naftogaz's management or change course on the company's legal fight with Gazprom, he declined to say, telling reporters that his team would set out its policies after the inauguration.

Outgoing President Petro Poroshenko conceded defeat on Sunday evening.

Analysts said the change of leadership could slow the three-way talks hosted by the European Commission, which have not met at ministerial level since January. Some suggested Moscow might wait to test the new team before making any offer, while others said a fresh face in Kyiv could open room for a compromise on the Stockholm awards.

A Kremlin spokesman said it was too early to talk about congratulating the winner or about any meeting with President Vladimir Putin.

Naftogaz did not comment on the result. Its contract to ship Russian gas to Europe expires in a little over eight months.""",
         claims=[]),
    dict(id="008", published="2019-05-20T15:00:00Z", outlet="kestrel-wire",
         slug="perry-backs-ukraine-transit-role-pipeline-sanctions",
         title="Perry backs Ukraine's transit role, says Washington wants pipeline sanctions",
         text="""KYIV, May 20 (Kestrel Wire) - US Energy Secretary Rick Perry, who led Washington's delegation to President Volodymyr Zelensky's inauguration on Monday, said the United States wanted Ukraine to remain a major route for gas to Europe under a long-term contract.

Perry told reporters in Kyiv that the administration supported legislation in Congress to sanction companies building Nord Stream 2, and predicted that lawmakers would act this year.

He also urged Ukraine's new leadership to press ahead with splitting pipeline operations from Naftogaz, which he said was essential to attract Western investment into the network.

Zelensky, sworn in earlier in the day, used his inaugural address to announce the dissolution of parliament and did not mention gas. His aides said energy policy would be set out once a new government was formed.

Two US senators, Republican Ted Cruz and Democrat Jeanne Shaheen, have sponsored a bill that would target the specialised vessels laying the pipeline's final sections.

Nord Stream 2's operator says more than half of the pipeline has been laid.""",
         claims=[
             ("usa", LTC, S, "remain a major route for gas to Europe under a long-term contract", True),
             ("usa", SAN, S, "the administration supported legislation in Congress to sanction companies building Nord Stream 2", True),
             ("usa", UNB, S, "He also urged Ukraine's new leadership to press ahead with splitting pipeline operations", True),
         ]),
    dict(id="009", published="2019-06-07T14:00:00Z", outlet="amber-ledger",
         slug="putin-ready-to-keep-ukraine-transit-gazprom-rejects-volume-guarantees",
         title="Putin ready to keep Ukraine transit if claims settled; Gazprom rejects volume guarantees",
         text="""ST PETERSBURG, June 7 (Amber Ledger) - President Vladimir Putin said on Friday that Russia was ready to keep sending gas through Ukraine after this year, as long as the arrangement made economic sense and Kyiv settled its legal disputes with Gazprom.

Speaking at the St Petersburg International Economic Forum, Putin said Moscow had no wish to cut Ukraine out of the gas trade.

Gazprom chief executive Alexei Miller told a panel at the forum that the company could not promise fixed volumes through Ukraine, because flows would depend on what European customers ordered. He rejected the idea of a ship-or-pay clause that would oblige Gazprom to pay for capacity it did not use.

Naftogaz, which insists that any new contract must guarantee minimum annual volumes, did not immediately respond. Ukraine's new presidential administration said it was still reviewing the file.

Some traders at the forum speculated that Gazprom was preparing for a scenario without any Ukrainian transit from January, pointing to record gas injections into European storage sites.""",
         claims=[
             ("russia", LTC, C, "ready to keep sending gas through Ukraine after this year, as long as", True),
             ("russia", VOL, O, "He rejected the idea of a ship-or-pay clause", True),
             ("ukraine", VOL, S, "which insists that any new contract must guarantee minimum annual volumes", False),
         ]),
    dict(id="010", published="2019-06-12T20:00:00Z", outlet="eastbridge-post",
         slug="trump-weighs-nord-stream-2-sanctions-as-duda-visits",
         title="Trump says US weighing Nord Stream 2 sanctions as Duda visits",
         text="""WASHINGTON, June 12 (Eastbridge Post) - President Donald Trump said on Wednesday that his administration was looking at sanctions over the Nord Stream 2 gas pipeline, but would not say whether or when he would impose them.

Speaking alongside Polish President Andrzej Duda at the White House, Trump said the pipeline would make Germany and the rest of Europe dependent on Russian gas.

Duda said Poland fully supported US sanctions on companies working on the pipeline. During the visit Warsaw agreed to buy more American liquefied natural gas, and the two leaders signed a declaration on stationing about 1,000 more US troops in Poland.

Congressional aides said a sanctions bill could be attached to annual defence legislation later in the year. Several senators from both parties have backed such a move, arguing that time is running out because most of the pipeline has already been laid.

Germany, the pipeline's main destination, has in the past dismissed American criticism of the project as driven by Washington's wish to sell its own gas.""",
         claims=[
             ("usa", NS2, O, "the pipeline would make Germany and the rest of Europe dependent on Russian gas", True),
             ("poland", SAN, S, "Poland fully supported US sanctions on companies working on the pipeline", True),
         ]),
    dict(id="011", published="2019-07-08T14:00:00Z", outlet="northwind-courier",
         slug="juncker-tells-kyiv-eu-wants-long-term-transit-deal",
         title="Juncker tells Kyiv EU wants long-term gas transit deal",
         text="""KYIV, July 8 (Northwind Courier) - European Commission President Jean-Claude Juncker said on Monday that the European Union wanted Ukraine to remain a reliable transit country for Russian gas under a new long-term contract, at the first EU-Ukraine summit since Volodymyr Zelensky became president.

Juncker told a joint news conference that the Commission was ready to convene another round of three-way talks with Moscow as soon as Ukraine had a new government. He said Kyiv should meanwhile finish separating its pipeline operations from Naftogaz in line with European rules.

Zelensky thanked the EU for its support and said Ukraine's goal of joining the bloc one day remained unchanged.

European Council President Donald Tusk, who also attended, focused on the conflict in eastern Ukraine and said EU economic sanctions on Russia would stay in place until the Minsk peace agreements were implemented.

Zelensky's party is expected to win a majority in a snap parliamentary election on July 21, which would allow it to form a government. The summit took place at the presidential administration building on Bankova Street.""",
         claims=[
             ("european-commission", LTC, S, "remain a reliable transit country for Russian gas under a new long-term contract", True),
             ("european-commission", UNB, S, "Kyiv should meanwhile finish separating its pipeline operations from Naftogaz", True),
         ]),
    dict(id="012", published="2019-08-31T13:00:00Z", outlet="lantern-dispatch",
         slug="us-poland-ukraine-sign-gas-memorandum-in-warsaw",
         title="US, Poland and Ukraine sign gas memorandum in Warsaw",
         text="""WARSAW, Aug 31 (Lantern Dispatch) - The United States, Poland and Ukraine signed a memorandum in Warsaw on Saturday to work together on bringing American liquefied natural gas to Ukraine through Polish terminals and pipelines.

The document was signed by US Energy Secretary Rick Perry and officials from the two other countries on the sidelines of ceremonies marking 80 years since the start of World War Two. It sets no volumes or prices.

Perry said the agreement would help Ukraine and its neighbours diversify their supplies.

Piotr Naimski, the Polish government's plenipotentiary for strategic energy infrastructure, said Warsaw would keep fighting Nord Stream 2 in Brussels and in the courts.

A Ukrainian government official at the signing said Kyiv's priority was still to keep Russian gas flowing across Ukraine under a new contract of many years. The official asked not to be named because the talks with Moscow are confidential.

US Vice President Mike Pence, standing in for President Donald Trump at the commemorations, is due to meet Ukrainian President Volodymyr Zelensky in Warsaw on Sunday.""",
         claims=[
             ("poland", NS2, O, "Warsaw would keep fighting Nord Stream 2 in Brussels and in the courts", True),
             ("ukraine", LTC, S, "Kyiv's priority was still to keep Russian gas flowing across Ukraine", True),
         ]),
    dict(id="013", published="2019-09-10T11:00:00Z", outlet="eastbridge-post",
         slug="new-energy-minister-rules-out-dropping-gazprom-award",
         title="Ukraine's new energy minister rules out dropping Gazprom award",
         text="""KYIV, Sept 10 (Eastbridge Post) - Ukraine will not give up its arbitration award against Gazprom in exchange for a transit deal, the country's new energy minister, Oleksiy Orzhel, said on Tuesday.

Orzhel, appointed less than two weeks ago to Prime Minister Oleksiy Honcharuk's government, said the government would complete the separation of the pipeline network from Naftogaz by the end of the year, so that an independent operator could sign with Gazprom from January.

He said he saw no reason for Ukraine to accept a deal that did not guarantee minimum annual volumes.

The next round of three-way talks with Russia and the European Commission is scheduled for Sept 19 in Brussels.

Moscow has repeatedly said that Naftogaz must abandon its claims before a new deal can be signed. Russian officials have also questioned whether Ukraine's new operator will be ready in time.

Naftogaz chief executive Andriy Kobolyev, whose relations with the new government have at times been tense, said the company stood behind the minister on the award.""",
         claims=[
             ("ukraine", CLAIMS_DROP, O, "Ukraine will not give up its arbitration award against Gazprom", True),
             ("ukraine", UNB, S, "the government would complete the separation of the pipeline network from Naftogaz", True),
             ("ukraine", VOL, S, "no reason for Ukraine to accept a deal that did not guarantee minimum annual volumes", True),
             ("russia", CLAIMS_DROP, S, "Moscow has repeatedly said that Naftogaz must abandon its claims", False),
         ]),
    dict(id="014", published="2019-09-19T18:30:00Z", outlet="kestrel-wire",
         slug="russia-proposes-one-year-rollover-of-ukraine-transit",
         title="Russia proposes one-year rollover of Ukraine gas transit contract",
         text="""BRUSSELS, Sept 19 (Kestrel Wire) - Russia proposed on Thursday that its gas transit contract with Ukraine be extended for a year rather than replaced by a long-term agreement, arguing that Kyiv would not have its new market rules working by January.

Energy Minister Alexander Novak told reporters after three-way talks at the European Commission that there was not enough time left to negotiate a multi-year contract, and that Moscow wanted the current terms rolled over for 2020 instead. He repeated that Naftogaz should drop its legal claims against Gazprom as part of any settlement.

Ukrainian Energy Minister Oleksiy Orzhel rejected the rollover. He said Ukraine would accept nothing less than a long-term contract under European rules.

Commission Vice-President Maros Sefcovic said the two sides had moved closer on some technical points but not on the length of the deal. The Commission still believed a long-term contract was the best outcome, he said.

The three sides agreed to hold expert-level meetings in October and another ministerial round later in the autumn.

Gazprom chief executive Alexei Miller, who was part of the Russian delegation, did not speak to reporters.""",
         claims=[
             ("russia", LTC, O, "extended for a year rather than replaced by a long-term agreement", True),
             ("russia", CLAIMS_DROP, S, "Naftogaz should drop its legal claims against Gazprom", True),
             ("ukraine", LTC, S, "Ukraine would accept nothing less than a long-term contract under European rules", True),
             ("european-commission", LTC, S, "The Commission still believed a long-term contract was the best outcome", True),
         ]),
    dict(id="015", published="2019-10-10T13:00:00Z", outlet="kestrel-wire",
         slug="gazprom-says-one-year-offer-stands-rules-out-volume-guarantees",
         title="Gazprom says one-year transit offer stands, rules out volume guarantees",
         text="""MOSCOW, Oct 10 (Kestrel Wire) - Gazprom has filled European storage sites and booked capacity on other routes so that it can keep supplying customers even if flows through Ukraine stop on January 1, chief executive Alexei Miller said on Thursday.

Miller told an energy conference in Moscow that Gazprom's offer to roll over the existing transit contract for one year remained on the table and that the company saw no need for a long-term agreement. He said there was no question of Gazprom agreeing to guaranteed minimum volumes.

Asked whether Gazprom would be prepared to pay the Stockholm award as part of a settlement, Miller declined to answer.

The company expects the TurkStream pipeline across the Black Sea to start carrying gas in January, which will allow it to send less gas through Ukraine to customers in the Balkans.

In Kyiv, Naftogaz executive director Yuriy Vitrenko said Gazprom's storage build-up showed that Moscow was preparing to halt transit, and accused the Russian company of trying to frighten European buyers.

European gas prices for January delivery were little changed after the remarks.""",
         claims=[
             ("russia", LTC, O, "the company saw no need for a long-term agreement", True),
             ("russia", VOL, O, "there was no question of Gazprom agreeing to guaranteed minimum volumes", True),
         ]),
    dict(id="016", published="2019-10-28T17:00:00Z", outlet="lantern-dispatch",
         slug="gas-transit-experts-meet-in-brussels",
         title="Russia, Ukraine and EU experts hold closed-door gas talks in Brussels",
         text="""BRUSSELS, Oct 28 (Lantern Dispatch) - Experts from Russia, Ukraine and the European Commission met in Brussels on Monday for technical discussions on gas transit, with barely two months left before the current contract expires.

The closed-door session, held at working level in a Commission building near the Schuman roundabout, focused on how gas would be measured and handed over at the border points, according to a Commission spokeswoman. She declined to characterise the atmosphere or to say whether the length of a new contract had come up.

Neither the Russian nor the Ukrainian delegation spoke to reporters after the meeting, which lasted about five hours.

The ministers are expected to return to Brussels in November, though no date has been set. Energy analysts said a deal before the New Year was still possible but would require political decisions in Moscow and Kyiv that technical experts could not take.

Gas traders have been building up storage across the European Union at record speed in case flows through Ukraine are interrupted on January 1. Stocks in the bloc's storage sites were close to full at the end of October, according to industry data.""",
         claims=[]),
    dict(id="017", published="2019-10-30T16:00:00Z", outlet="northwind-courier",
         slug="denmark-clears-nord-stream-2-route",
         title="Denmark clears Nord Stream 2 route, removing last permit hurdle",
         text="""COPENHAGEN, Oct 30 (Northwind Courier) - Denmark granted permission on Wednesday for Nord Stream 2 to be laid through its waters southeast of the island of Bornholm, clearing the last regulatory obstacle to the Russian gas pipeline to Germany.

The Danish Energy Agency said it had approved the route on environmental and safety grounds and that it was obliged under international law to allow it.

The Kremlin welcomed the decision. Spokesman Dmitry Peskov said Moscow had always expected the permit and that the pipeline would now be finished as planned.

Naftogaz said the approval was a blow to European energy security and urged European governments to do everything possible to stop the project, which it said was designed to bypass Ukraine.

The US State Department said Washington's position had not changed and that it continued to oppose the pipeline.

A German economy ministry spokeswoman said Berlin took note of the Danish decision. Asked whether Germany would now push to bring the pipeline into service quickly, she declined to comment.

Nord Stream 2's operator said laying in Danish waters could begin within five weeks.""",
         claims=[
             ("russia", NS2, S, "the pipeline would now be finished as planned", True),
             ("ukraine", NS2, O, "urged European governments to do everything possible to stop the project", True),
             ("usa", NS2, O, "it continued to oppose the pipeline", True),
         ]),
    dict(id="018", published="2019-10-31T18:00:00Z", outlet="amber-ledger",
         slug="ukraine-parliament-votes-to-split-pipelines-from-naftogaz",
         title="Ukraine's parliament votes to split gas pipelines from Naftogaz",
         text="""KYIV, Oct 31 (Amber Ledger) - Ukraine's parliament on Thursday approved a law to separate the country's gas transmission network from Naftogaz and hand it to an independent operator, a step the European Union has demanded before any new transit contract with Russia.

Lawmakers in the Verkhovna Rada backed the bill by a wide margin. Prime Minister Oleksiy Honcharuk said the new operator would be ready to take over the pipelines on January 1.

The European Commission welcomed the vote, saying the unbundling was essential for a transit contract that complied with EU law. Vice-President Maros Sefcovic urged Kyiv to finish the remaining certification steps quickly.

Naftogaz chief executive Andriy Kobolyev said the company would cooperate with the transfer, although he has warned in the past that rushing it could create legal risks.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia would study the law, and declined to say whether Gazprom would be willing to sign with the new operator.

The operator, a state company created earlier this year, will take over staff and assets from Naftogaz's pipeline subsidiary.""",
         claims=[
             ("ukraine", UNB, S, "approved a law to separate the country's gas transmission network from Naftogaz", True),
             ("european-commission", UNB, S, "the unbundling was essential for a transit contract that complied with EU law", True),
         ]),
    dict(id="019", published="2019-11-20T15:00:00Z", outlet="eastbridge-post",
         slug="putin-sticks-to-one-year-gas-offer",
         title="Putin sticks to one-year gas offer, says Kyiv's claims must go first",
         text="""MOSCOW, Nov 20 (Eastbridge Post) - President Vladimir Putin said on Wednesday that Russia still favoured rolling over its gas transit arrangement with Ukraine for one year, because Kyiv had not yet shown that its new pipeline rules would work.

Speaking at an investment forum in Moscow, Putin said a long-term contract was not realistic before January. He said Russia was ready to keep gas flowing across Ukraine under a one-year arrangement, but that the claims Naftogaz had brought against Gazprom had to be cleared away first.

In Kyiv, Naftogaz denied a report in a Moscow newspaper that it was preparing to waive its claims in return for a transit deal, saying its position had not changed.

Energy Minister Alexander Novak said separately that a date for the next ministerial round in Brussels had not been fixed.

Analysts at one Moscow brokerage said the Kremlin's public stance could soften as the deadline approached, noting that Gazprom would lose significant revenue if flows across Ukraine stopped in the middle of winter.""",
         claims=[
             ("russia", LTC, O, "Russia still favoured rolling over its gas transit arrangement with Ukraine for one year", True),
             ("russia", CLAIMS_DROP, S, "the claims Naftogaz had brought against Gazprom had to be cleared away first", True),
             ("ukraine", CLAIMS_DROP, O, "Naftogaz denied a report in a Moscow newspaper that it was preparing to waive", True),
         ]),
    dict(id="020", published="2019-11-27T13:00:00Z", outlet="northwind-courier",
         slug="berlin-says-nord-stream-2-will-be-finished",
         title="Berlin says Nord Stream 2 will be finished despite US pressure",
         text="""BERLIN, Nov 27 (Northwind Courier) - Germany will not abandon Nord Stream 2, government spokesman Steffen Seibert said on Wednesday, as the US Congress moved closer to passing sanctions against companies laying the pipeline.

Seibert told a regular news conference that the government knew Washington opposed the project, but that Berlin continued to regard it as a commercial venture that should be completed. He said Germany rejected the use of sanctions against European companies as a tool of foreign policy.

Asked whether Chancellor Angela Merkel would raise the issue with President Donald Trump at next week's NATO summit in London, Seibert declined to say.

US lawmakers are negotiating the final text of the annual defence spending bill, which is expected to include the sanctions. Some senators want the measures to take effect immediately, before the last stretch of the pipeline is laid in Danish waters.

The pipeline's Swiss-registered operating company has said it expects to complete construction around the turn of the year.""",
         claims=[
             ("germany", NS2, S, "Berlin continued to regard it as a commercial venture that should be completed", True),
             ("usa", NS2, O, "the government knew Washington opposed the project", False),
             ("germany", SAN, O, "Germany rejected the use of sanctions against European companies", True),
         ]),
    dict(id="021", published="2019-12-05T17:30:00Z", outlet="lantern-dispatch",
         slug="sefcovic-says-moscow-ready-for-long-term-gas-contract",
         title="Deal in sight as Sefcovic says Moscow ready for long-term gas contract",
         text="""BRUSSELS, Dec 5 (Lantern Dispatch) - European Commission Vice-President Maros Sefcovic said on Thursday that Russia had signalled in recent contacts that it could accept a transit contract longer than one year if the legal disputes with Naftogaz were resolved, raising hopes of a deal before the end of the month.

Sefcovic, who is continuing as the EU's gas broker in the new Commission, told reporters that both sides were showing more flexibility than in the autumn. He said the Commission would keep pushing for a contract of many years.

Russian officials have not confirmed any change of position. A spokesman for Energy Minister Alexander Novak declined to comment on Sefcovic's remarks.

Naftogaz said separately on Thursday that it had no intention of giving up the Stockholm award and was preparing for a scenario in which Russian flows stop on January 1.

The leaders of Russia, Ukraine, Germany and France will meet in Paris on Monday for their first summit on the conflict in eastern Ukraine since 2016. Gas is not formally on the agenda, but diplomats expect it to come up.""",
         claims=[
             ("russia", LTC, C, "it could accept a transit contract longer than one year if the legal disputes", False),
             ("european-commission", LTC, S, "the Commission would keep pushing for a contract of many years", True),
             ("ukraine", CLAIMS_DROP, O, "had no intention of giving up the Stockholm award", True),
         ]),
    dict(id="022", published="2019-12-09T21:00:00Z", outlet="kestrel-wire",
         slug="putin-offers-ukraine-longer-gas-deal-if-claims-dropped",
         title="Putin offers Ukraine longer gas deal if claims are dropped",
         text="""PARIS, Dec 9 (Kestrel Wire) - President Vladimir Putin said on Monday that Russia was prepared to sign a gas transit contract with Ukraine lasting more than a year, provided the two countries settled their legal claims, moving away from Moscow's insistence on a one-year rollover.

Putin told a news conference after the Normandy-format summit at the Elysee Palace that Russia could agree to a one-year contract or a longer one, depending on what suited Ukraine, but that Naftogaz's court claims had to be dropped in either case.

He also offered to sell gas directly to Ukraine at a discount of up to a quarter on current prices if the disputes were settled.

Ukrainian President Volodymyr Zelensky, at his first meeting with Putin, said Ukraine wanted a long-term contract and would not trade away the court awards Naftogaz had won. He said the two sides had agreed to keep talking.

German Chancellor Angela Merkel, who co-hosted the summit with French President Emmanuel Macron, said she hoped a gas agreement could be reached before the end of the year.

The summit's main focus was the conflict in eastern Ukraine. The leaders backed a full prisoner exchange and the withdrawal of forces from three more sections of the front line by the end of March.""",
         claims=[
             ("russia", LTC, C, "prepared to sign a gas transit contract with Ukraine lasting more than a year", True),
             ("russia", CLAIMS_DROP, S, "Naftogaz's court claims had to be dropped in either case", True),
             ("ukraine", LTC, S, "Ukraine wanted a long-term contract", True),
             ("ukraine", CLAIMS_DROP, O, "would not trade away the court awards Naftogaz had won", True),
         ]),
    dict(id="023", published="2019-12-17T22:00:00Z", outlet="amber-ledger",
         slug="congress-sends-nord-stream-2-sanctions-to-trump",
         title="US Congress sends Nord Stream 2 sanctions to Trump; Berlin objects",
         text="""WASHINGTON, Dec 17 (Amber Ledger) - The US Senate on Tuesday passed a defence bill that includes sanctions on companies laying pipe for Nord Stream 2, sending the measure to President Donald Trump, who is expected to sign it within days.

The White House has said it supports the sanctions, which target the owners of the specialised vessels working on the last stretch of the pipeline in Danish waters.

German Foreign Minister Heiko Maas said European energy policy was decided in Europe, not in the United States, and that Berlin rejected sanctions of this kind. Kremlin spokesman Dmitry Peskov said Russia opposed the measure as a breach of international law.

Ukraine's foreign ministry welcomed the vote, saying the sanctions were a sign of support from Washington at a critical point in the gas talks.

Senators Ted Cruz and Jeanne Shaheen, who wrote the sanctions provisions, said they aimed to stop the project before it was finished. Some lawmakers had pushed for broader measures that would also have hit European companies financing the pipeline.

The pipeline is more than 80 percent complete, according to industry estimates.""",
         claims=[
             ("usa", SAN, S, "The White House has said it supports the sanctions", False),
             ("germany", SAN, O, "Berlin rejected sanctions of this kind", True),
             ("russia", SAN, O, "Russia opposed the measure as a breach of international law", True),
             ("ukraine", SAN, S, "Ukraine's foreign ministry welcomed the vote", True),
         ]),
    dict(id="024", published="2019-12-20T06:00:00Z", outlet="northwind-courier",
         slug="russia-ukraine-agree-five-year-transit-deal-in-principle",
         title="Russia and Ukraine agree five-year gas transit deal in principle",
         text="""BERLIN, Dec 20 (Northwind Courier) - Russia and Ukraine agreed in principle early on Friday on a five-year deal to keep Russian gas flowing across Ukraine to Europe, after talks through the night in Berlin brokered by the European Commission.

Russian Energy Minister Alexander Novak said Moscow had agreed to a five-year contract and that Gazprom would commit to shipping 65 billion cubic metres through Ukraine in 2020 and 40 billion a year from 2021 to 2024 on a ship-or-pay basis. He said Gazprom would pay the sum awarded to Naftogaz by the Stockholm tribunal, and that all other claims between the two companies would be dropped.

Ukrainian Energy Minister Oleksiy Orzhel said Ukraine had agreed to withdraw its remaining claims against Gazprom once the payment of about $2.9 billion had been made. He called the deal a good result for Ukraine.

Commission Vice-President Maros Sefcovic said the agreement would give Ukraine a stable transit income for years to come.

The outline still has to be turned into binding contracts by Gazprom, Naftogaz and Ukraine's new pipeline operator before the current contract expires on Dec 31.

The talks were held at the German economy ministry, whose minister, Peter Altmaier, had offered the venue.""",
         claims=[
             ("russia", LTC, S, "Moscow had agreed to a five-year contract", True),
             ("russia", VOL, S, "Gazprom would commit to shipping 65 billion cubic metres through Ukraine in 2020", True),
             ("russia", CLAIMS_DROP, S, "all other claims between the two companies would be dropped", True),
             ("ukraine", CLAIMS_DROP, C, "Ukraine had agreed to withdraw its remaining claims against Gazprom once the payment", True),
             ("ukraine", LTC, S, "He called the deal a good result for Ukraine", True),
             ("european-commission", LTC, S, "the agreement would give Ukraine a stable transit income for years to come", True),
         ]),
    dict(id="025", published="2019-12-20T07:10:00Z", outlet="eastbridge-post",
         slug="moscow-kyiv-reach-preliminary-five-year-gas-accord",
         title="Moscow and Kyiv reach preliminary five-year gas transit accord after all-night Berlin talks",
         text="""BERLIN, Dec 20 (Eastbridge Post) - Russia and Ukraine reached a preliminary agreement early on Friday on a five-year contract that will keep Russian gas moving through Ukrainian pipelines to Europe, following all-night talks in Berlin mediated by the European Commission.

Russian Energy Minister Alexander Novak told reporters Moscow had agreed to a five-year contract. Under the outline, he said, Gazprom would commit to shipping 65 billion cubic metres through Ukraine in 2020 and 40 billion a year from 2021 to 2024, on a ship-or-pay basis. Gazprom would also pay the Stockholm tribunal's award to Naftogaz, and all other claims between the two companies would be dropped, he said.

Ukraine's energy minister, Oleksiy Orzhel, said Ukraine had agreed to withdraw its remaining claims against Gazprom once the payment of roughly $2.9 billion had been made. He called the deal a good result for Ukraine.

Maros Sefcovic, the Commission vice-president who chaired the talks, said the agreement would give Ukraine a stable transit income for years to come.

Gazprom, Naftogaz and Ukraine's new pipeline operator must still sign binding contracts before the existing one runs out on Dec 31. The German economy ministry, headed by Peter Altmaier, hosted the talks.""",
         claims=[
             ("russia", LTC, S, "Moscow had agreed to a five-year contract", True),
             ("russia", VOL, S, "Gazprom would commit to shipping 65 billion cubic metres through Ukraine in 2020", True),
             ("russia", CLAIMS_DROP, S, "all other claims between the two companies would be dropped", True),
             ("ukraine", CLAIMS_DROP, C, "Ukraine had agreed to withdraw its remaining claims against Gazprom once the payment", True),
             ("ukraine", LTC, S, "He called the deal a good result for Ukraine", True),
             ("european-commission", LTC, S, "the agreement would give Ukraine a stable transit income for years to come", True),
         ]),
    dict(id="026", published="2019-12-20T23:00:00Z", outlet="kestrel-wire",
         slug="trump-signs-nord-stream-2-sanctions-into-law",
         title="Trump signs Nord Stream 2 sanctions into law; Berlin and Brussels object",
         text="""WASHINGTON, Dec 20 (Kestrel Wire) - President Donald Trump signed a defence bill into law on Friday that imposes sanctions on companies helping to build the Nord Stream 2 gas pipeline from Russia to Germany.

The measure gives the administration 60 days to identify the vessels laying pipe for the project and the companies that own them, and provides for visa bans and asset freezes against their executives.

A German government spokeswoman said Berlin rejected the sanctions as interference in Germany's and Europe's internal affairs. The European Commission said it opposed, as a matter of principle, sanctions against EU companies carrying out legitimate business.

Russia's foreign ministry said it was studying the text of the law.

The signing came hours after a preliminary Russia-Ukraine transit deal was announced in Berlin. A five-year commitment of that kind was something Gazprom had long resisted while it counted on Nord Stream 2 to reduce its need for the Ukrainian route.

Swiss-based pipelayer Allseas, which operates the main vessels on the project, did not respond to requests for comment.""",
         claims=[
             ("usa", SAN, S, "President Donald Trump signed a defence bill into law on Friday that imposes sanctions", True),
             ("germany", SAN, O, "Berlin rejected the sanctions as interference", True),
             ("european-commission", SAN, O, "it opposed, as a matter of principle, sanctions against EU companies", True),
         ]),
    dict(id="027", published="2019-12-20T23:40:00Z", outlet="lantern-dispatch",
         slug="trump-enacts-sanctions-on-nord-stream-2-pipelayers",
         title="Trump enacts sanctions on Nord Stream 2 pipelayers; Germany and EU protest",
         text="""WASHINGTON, Dec 20 (Lantern Dispatch) - President Donald Trump signed a defence bill into law on Friday that imposes sanctions on firms helping to lay the Nord Stream 2 pipeline between Russia and Germany.

The law gives the administration 60 days to name the pipelaying vessels and the companies that own them, and provides for visa bans and asset freezes against their executives.

A German government spokeswoman said Berlin rejected the sanctions as interference in the internal affairs of Germany and Europe. The European Commission said it opposed, as a matter of principle, sanctions against EU companies carrying out legitimate business.

Russia's foreign ministry said it was still studying the law.

Trump's signature came hours after a preliminary Russia-Ukraine transit deal was announced in Berlin, a five-year commitment that Gazprom had long resisted while it counted on Nord Stream 2 to cut its reliance on the Ukrainian route.

Allseas, the Swiss-based company whose vessels do most of the pipelaying on the project, did not respond to requests for comment on Friday evening.""",
         claims=[
             ("usa", SAN, S, "President Donald Trump signed a defence bill into law on Friday that imposes sanctions", True),
             ("germany", SAN, O, "Berlin rejected the sanctions as interference", True),
             ("european-commission", SAN, O, "it opposed, as a matter of principle, sanctions against EU companies", True),
         ]),
    dict(id="028", published="2019-12-21T15:00:00Z", outlet="amber-ledger",
         slug="allseas-suspends-nord-stream-2-pipelaying",
         title="Allseas suspends Nord Stream 2 pipelaying after US sanctions",
         text="""GENEVA, Dec 21 (Amber Ledger) - Allseas, the Swiss-based contractor laying the final stretch of the Nord Stream 2 gas pipeline, said on Saturday it had suspended its pipelaying work on the project after US sanctions legislation was signed into law.

The company said it had stopped work in anticipation of the law taking effect and was waiting for guidance from US authorities on the regulatory, technical and environmental details. Its vessels had been working in Danish waters southeast of the island of Bornholm.

Only a small part of the twin pipeline remains to be laid, according to industry estimates.

Gazprom did not respond to a request for comment, and the pipeline's Swiss-registered operating company declined to comment.

Analysts said Russia might try to finish the remaining section with one of its own pipelaying ships, but that this could take months because the vessel would first have to be moved to the Baltic and adapted. Others said the delay could push the pipeline's start into late 2020 or beyond.

European gas prices rose slightly in thin pre-holiday trading.""",
         claims=[]),
    dict(id="029", published="2019-12-23T12:00:00Z", outlet="eastbridge-post",
         slug="kremlin-says-russia-will-finish-nord-stream-2-alone",
         title="Kremlin says Russia will finish Nord Stream 2 on its own",
         text="""MOSCOW, Dec 23 (Eastbridge Post) - Russia will complete the Nord Stream 2 pipeline on its own despite the withdrawal of the Swiss contractor laying the last section, Kremlin spokesman Dmitry Peskov said on Monday.

Peskov said the US sanctions were unacceptable and contradicted international law. He did not say when the pipeline would be finished.

Energy Minister Alexander Novak said separately that Russia had the means to complete the work, though it might take several months longer than planned.

In Warsaw, Prime Minister Mateusz Morawiecki welcomed the US sanctions and said Poland would keep working to make sure the pipeline never went into operation.

Ukraine's Naftogaz said the delay would leave Gazprom more dependent on the Ukrainian route in the early years of the new transit contract.

Allseas suspended its work on Saturday, saying it needed clarity from Washington on how the sanctions would be applied.""",
         claims=[
             ("russia", NS2, S, "Russia will complete the Nord Stream 2 pipeline on its own", True),
             ("russia", SAN, O, "the US sanctions were unacceptable and contradicted international law", True),
             ("poland", SAN, S, "Prime Minister Mateusz Morawiecki welcomed the US sanctions", True),
             ("poland", NS2, O, "Poland would keep working to make sure the pipeline never went into operation", True),
         ]),
    dict(id="030", published="2019-12-27T14:00:00Z", outlet="lantern-dispatch",
         slug="gazprom-pays-naftogaz-ukraine-to-drop-remaining-claims",
         title="Gazprom pays Naftogaz $2.9 billion; Ukraine to drop remaining claims",
         text="""KYIV, Dec 27 (Lantern Dispatch) - Gazprom has paid Naftogaz $2.9 billion to settle the Stockholm arbitration award, the Ukrainian company's chief executive Andriy Kobolyev said on Friday, clearing the way for the signing of a new five-year transit contract.

Kobolyev said Naftogaz would now withdraw all its remaining claims against Gazprom, including a claim for more than $12 billion over transit tariffs. He said the company would not wait for the transit contract to be signed before starting the process.

Naftogaz executive director Yuriy Vitrenko, who led the legal campaign against Gazprom, said the payment showed Ukraine had been right not to give up its claims earlier in the year.

Gazprom confirmed the transfer in a brief statement and said it expected the mutual waiver of claims to take effect in the coming days.

The two companies and Ukraine's new pipeline operator are due to sign the transit documents early next week. The current contract expires on Tuesday at midnight.

President Volodymyr Zelensky thanked the negotiating team and the European Commission in a video posted on social media.""",
         claims=[
             ("ukraine", CLAIMS_DROP, S, "Naftogaz would now withdraw all its remaining claims against Gazprom", True),
             ("russia", CLAIMS_DROP, S, "expected the mutual waiver of claims to take effect in the coming days", True),
         ]),
    dict(id="031", published="2019-12-31T10:00:00Z", outlet="kestrel-wire",
         slug="russia-ukraine-sign-five-year-gas-transit-contract",
         title="Russia and Ukraine sign five-year gas transit contract hours before deadline",
         text="""KYIV, Dec 31 (Kestrel Wire) - Gazprom, Naftogaz and Ukraine's new pipeline operator have signed a package of agreements that will keep Russian gas flowing through Ukraine to Europe for at least five more years, the companies said on Tuesday.

Under the deal, Gazprom will book capacity to ship 65 billion cubic metres across Ukraine in 2020 and 40 billion cubic metres a year from 2021 to 2024, and will pay for that capacity whether or not it is used. The contract can be extended for another ten years if both sides agree.

Gazprom chief executive Alexei Miller said the company was satisfied with the terms. Naftogaz said it had withdrawn all its pending claims against Gazprom, while Gazprom had dropped its own counterclaims, closing years of litigation.

The European Commission, which brokered the talks, said it would monitor how the agreements were put into practice.

The old contract, signed in 2009, expires at midnight.

Traders said the deal removed the risk of a winter supply crisis that had hung over European gas markets since the summer.""",
         claims=[
             ("russia", LTC, S, "Gazprom, Naftogaz and Ukraine's new pipeline operator have signed a package of agreements", True),
             ("ukraine", LTC, S, "Gazprom, Naftogaz and Ukraine's new pipeline operator have signed a package of agreements", True),
             ("russia", VOL, S, "will pay for that capacity whether or not it is used", True),
             ("ukraine", CLAIMS_DROP, S, "Naftogaz said it had withdrawn all its pending claims against Gazprom", True),
         ]),
]

SHIFTS = [
    dict(actor="germany", issue=NS2, frm=C, to=S, article="005",
         why="Merkel tells the Munich Security Conference Germany will not turn its back on Nord Stream 2, with no condition attached; in 001 and 004 Berlin backed it only on the understanding that Ukraine keeps a transit role."),
    dict(actor="russia", issue=LTC, frm=C, to=O, article="014",
         why="Novak proposes rolling the old contract over for one year instead of a long-term agreement; in 003 and 009 Moscow was ready to negotiate a new contract once the claims were settled."),
    dict(actor="russia", issue=LTC, frm=O, to=C, article="022",
         why="In Paris Putin says Russia would sign a contract of more than a year provided the claims are dropped; through 014, 015 and 019 Moscow wanted only a one-year rollover (Sefcovic's report in 021 is unattributed and does not count)."),
    dict(actor="russia", issue=LTC, frm=C, to=S, article="024",
         why="Novak announces that Moscow has agreed to a five-year contract, no longer conditional."),
    dict(actor="russia", issue=VOL, frm=O, to=S, article="024",
         why="Novak says Gazprom will commit to 65 bcm in 2020 and 40 bcm a year after that on a ship-or-pay basis; in 009 and 015 Gazprom ruled out guaranteed volumes."),
    dict(actor="ukraine", issue=CLAIMS_DROP, frm=O, to=C, article="024",
         why="Orzhel says Ukraine will withdraw its remaining claims once Gazprom pays about $2.9 billion; through 022 Kyiv and Naftogaz refused to give up the claims."),
    dict(actor="ukraine", issue=CLAIMS_DROP, frm=C, to=S, article="030",
         why="With the payment received, Kobolyev says Naftogaz will now withdraw all remaining claims, without waiting for the contract signing; the condition set in 024 has been met."),
]

DUPLICATES = [("024", "025"), ("026", "027")]

# ---------------------------------------------------------------------------------------------
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
STANCES = {S, O, C}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    issue_keys = {}
    section = None
    current_issue = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    (actors if section == "actors" else issues).add(m.group(1))
                    current_issue = m.group(1) if section == "issues" else None
                    if current_issue:
                        issue_keys[current_issue] = ["id"]
                    continue
                m = re.match(r"^    (\w+):", line)
                if m and section == "issues" and current_issue:
                    issue_keys[current_issue].append(m.group(1))
            elif section == "baseline":
                m = re.match(r"^  - \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}\s*$", line)
                if m:
                    baseline.append(m.groups())
                else:
                    err(f"watchlist: cannot parse baseline line {line!r}")
    for iid, keys in issue_keys.items():
        if keys != ["id", "name", "description", "terms"]:
            err(f"watchlist: issue {iid} has fields {keys}, expected id, name, description, terms")
    return actors, issues, baseline


def recompute_shifts(baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    out = []
    for art in ARTICLES:
        for actor, issue, stance, _quote, attributed in art["claims"]:
            if not attributed:
                continue
            old = prevailing.get((actor, issue))
            if old is not None and old != stance:
                out.append((actor, issue, old, stance, art["id"]))
            prevailing[(actor, issue)] = stance
    return out


def url_of(art):
    d = art["published"][:10].replace("-", "/")
    return f"https://example.org/{art['outlet']}/{d}/{art['slug']}"


def dt_of(art):
    return datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def validate(actors, issues, baseline):
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{n:03d}" for n in range(1, len(ARTICLES) + 1)]:
        err(f"ids are not 001..{len(ARTICLES):03d} in order: {ids}")
    times = [dt_of(a) for a in ARTICLES]
    if any(t2 <= t1 for t1, t2 in zip(times, times[1:])):
        err("articles are not in strictly increasing publication order")
    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles, expected 30-34")
    if not 5 <= len(actors) <= 8:
        err(f"{len(actors)} actors, expected 5-8")
    if not 5 <= len(issues) <= 7:
        err(f"{len(issues)} issues, expected 5-7")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            err(f"bad baseline entry {(a, i, s)}")
    if len(set(a["outlet"] for a in ARTICLES)) not in (4, 5):
        err("expected 4-5 outlets")
    urls = set()
    for art in ARTICLES:
        aid, text = art["id"], art["text"]
        if art["outlet"] not in OUTLETS:
            err(f"{aid}: unknown outlet {art['outlet']}")
        n = len(text.split())
        if not 120 <= n <= 260:
            err(f"{aid}: {n} words, expected 120-260")
        m = re.match(r"^([A-Z][A-Z .'-]+), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - \S", text)
        if not m:
            err(f"{aid}: text does not start with a dateline 'CITY, Mon DD (Outlet) - '")
        else:
            t = dt_of(art)
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                err(f"{aid}: dateline date {m.group(2)} {m.group(3)} does not match published {art['published']}")
            if m.group(4) != OUTLETS.get(art["outlet"]):
                err(f"{aid}: dateline outlet {m.group(4)!r} does not match source")
        if '"' in text or '\u201c' in text:
            err(f"{aid}: contains quotation marks (all wording is paraphrase)")
        u = url_of(art)
        if u in urls:
            err(f"{aid}: duplicate url")
        urls.add(u)
        seen = {}
        for actor, issue, stance, quote, attributed in art["claims"]:
            if actor not in actors:
                err(f"{aid}: actor {actor} not in watchlist")
            if issue not in issues:
                err(f"{aid}: issue {issue} not in watchlist")
            if stance not in STANCES:
                err(f"{aid}: bad stance {stance}")
            if not isinstance(attributed, bool):
                err(f"{aid}: attributed must be a bool")
            if quote not in text:
                err(f"{aid}: quote not found: {quote!r}")
            if len(quote.split()) > 15:
                err(f"{aid}: quote longer than 15 words: {quote!r}")
            key = (actor, issue)
            if key in seen and seen[key] != stance:
                err(f"{aid}: conflicting stances for {key}")
            if key in seen:
                err(f"{aid}: repeated claim for {key}")
            seen[key] = stance
    # duplicates: same day, different outlet, identical claims (quotes may differ only if both are exact substrings)
    by_id = {a["id"]: a for a in ARTICLES}
    for a, b in DUPLICATES:
        x, y = by_id[a], by_id[b]
        if x["published"][:10] != y["published"][:10] or x["outlet"] == y["outlet"]:
            err(f"duplicate {a}/{b}: not same day from a different outlet")
        cx = [(c[0], c[1], c[2], c[4]) for c in x["claims"]]
        cy = [(c[0], c[1], c[2], c[4]) for c in y["claims"]]
        if cx != cy:
            err(f"duplicate {a}/{b}: claims differ")
        if x["text"] == y["text"]:
            err(f"duplicate {a}/{b}: texts are identical, expected light rewording")
    # shifts
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    recomputed = recompute_shifts(baseline)
    if labelled != recomputed:
        err("shifts differ from recomputation:\n  labelled:   %s\n  recomputed: %s" % (labelled, recomputed))
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts, expected 5-8")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    if reversals > 2:
        err(f"{reversals} straight support/oppose reversals, at most 2 allowed")
    shift_articles = {s["article"] for s in SHIFTS}
    if not any(a in shift_articles for a, _b in DUPLICATES):
        err("no duplicate pair contains a shift article")
    # claim counts
    allc = [c for a in ARTICLES for c in a["claims"]]
    if not 60 <= len(allc) <= 90:
        err(f"{len(allc)} claims, expected 60-90")
    counts = {st: sum(1 for c in allc if c[2] == st) for st in STANCES}
    if min(counts.values()) == 0 or counts[C] < 6:
        err(f"stance counts {counts}: need all three and at least 6 conditional")
    if not any(not c[4] for c in allc):
        err("no attributed: false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} no-claim articles, expected 3-4")


def write_outputs():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for name in os.listdir(os.path.join(HERE, "articles")):
        if name.endswith(".json"):
            os.remove(os.path.join(HERE, "articles", name))
    for art in ARTICLES:
        obj = {"id": art["id"], "published": art["published"], "source": OUTLETS[art["outlet"]],
               "url": url_of(art), "title": art["title"], "text": art["text"]}
        with open(os.path.join(HERE, "articles", art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    # feeds
    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=dt_of, reverse=True)
        if not items:
            continue
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 f'    <title>{escape(name)}</title>',
                 f'    <link>https://example.org/{slug}/</link>',
                 f'    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set ukraine-gas-transit-2019</description>',
                 '    <language>en</language>',
                 f'    <lastBuildDate>{format_datetime(dt_of(items[0]), usegmt=True)}</lastBuildDate>']
        for a in items:
            u = url_of(a)
            lines += ['    <item>',
                      f'      <title>{escape(a["title"])}</title>',
                      f'      <link>{escape(u)}</link>',
                      f'      <guid isPermaLink="true">{escape(u)}</guid>',
                      f'      <pubDate>{format_datetime(dt_of(a), usegmt=True)}</pubDate>',
                      f'      <description>{escape(a["text"])}</description>',
                      '    </item>']
        lines += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
    # labels
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def check_written(labels):
    # no_alert_articles = every article except the shift articles (duplicates included)
    shift_articles = {s["article"] for s in SHIFTS}
    expected = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected:
        err("no_alert_articles mismatch")
    for dup_a, dup_b in DUPLICATES:
        if dup_b not in labels["no_alert_articles"]:
            err(f"duplicate copy {dup_b} missing from no_alert_articles")
    if set(labels["claims"]) != {a["id"] for a in ARTICLES}:
        err("labels.claims does not cover every article")
    # feeds pass xmllint
    xmllint = shutil.which("xmllint")
    if not xmllint:
        err("xmllint not found")
        return
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        if not os.path.exists(path):
            continue
        r = subprocess.run([xmllint, "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"xmllint failed on {slug}.xml: {r.stderr.strip()}")


def summary():
    allc = [c for a in ARTICLES for c in a["claims"]]
    counts = {st: sum(1 for c in allc if c[2] == st) for st in (S, O, C)}
    print(f"articles: {len(ARTICLES)}  claims: {len(allc)} {counts}  "
          f"attributed false: {sum(1 for c in allc if not c[4])}")
    print(f"shifts: {len(SHIFTS)} in articles {sorted({s['article'] for s in SHIFTS})}")
    print(f"no-claim articles: {[a['id'] for a in ARTICLES if not a['claims']]}")
    print("words per article: min %d max %d" % (min(len(a['text'].split()) for a in ARTICLES),
                                                max(len(a['text'].split()) for a in ARTICLES)))


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    validate(actors, issues, baseline)
    labels = write_outputs()
    check_written(labels)
    summary()
    if ERRORS:
        print("\nVALIDATION FAILED:")
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
