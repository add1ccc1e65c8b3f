#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set eu-recovery-fund-2020.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml, labels.json, and validates the set (see README.md). Exit code 1 on any error.
Usage: python3 build.py
"""
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "continental-wire": "Continental Wire",
    "rhine-courier": "Rhine Courier",
    "lowland-ledger": "Lowland Ledger",
    "danube-dispatch": "Danube Dispatch",
    "atlas-markets-daily": "Atlas Markets Daily",
}

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2020-05-18T17:40:00Z", outlet="continental-wire",
        slug="merkel-macron-propose-500-billion-recovery-fund",
        title="Merkel and Macron propose 500 billion euro recovery fund backed by joint EU borrowing",
        text="""BERLIN, May 18 (Continental Wire) - German Chancellor Angela Merkel and French President Emmanuel Macron proposed on Monday a 500 billion euro fund to help the European Union recover from the coronavirus pandemic, with the money handed to the hardest-hit regions and sectors as grants rather than loans.

Under the plan, presented by video link from Berlin and Paris, the European Commission would raise the money by borrowing on financial markets in the name of the EU, with repayment spread over the bloc's future budgets.

Merkel told reporters that the fund would be temporary and that Germany was ready to let the Commission borrow on the EU's behalf because the crisis was exceptional. Macron said the grants would go to the sectors and regions that needed them most and would not have to be repaid by the countries receiving them.

The proposal marks a turn for Berlin. Only weeks ago Merkel said she did not favour jointly issued debt, and the Netherlands still rejects it.

The plan needs the backing of all 27 member states. Officials in Brussels said the Commission would present its own proposal later this month.""",
        claims=[
            ("germany", "joint-borrowing", "support", "Germany was ready to let the Commission borrow on the EU's behalf", True),
            ("germany", "grants-not-loans", "support", "with the money handed to the hardest-hit regions and sectors as grants rather than loans", True),
            ("france", "grants-not-loans", "support", "Macron said the grants would go to the sectors and regions that needed them most", True),
            ("france", "joint-borrowing", "support", "the European Commission would raise the money by borrowing on financial markets", True),
            ("netherlands", "joint-borrowing", "oppose", "the Netherlands still rejects it", False),
        ],
    ),
    # 002
    dict(
        published="2020-05-19T12:15:00Z", outlet="danube-dispatch",
        slug="kurz-rejects-grants-in-franco-german-plan",
        title="Austria's Kurz rejects grants in Franco-German plan, says frugal allies agree",
        text="""VIENNA, May 19 (Danube Dispatch) - Austrian Chancellor Sebastian Kurz said on Tuesday that Austria would not accept a recovery fund that hands out grants, a day after Germany and France proposed 500 billion euros in aid that would not have to be repaid.

Kurz said Vienna wanted to show solidarity with the countries hit hardest by the pandemic, but that help should take the form of loans that are paid back. He said he had spoken with the leaders of the Netherlands, Sweden and Denmark, and that their position was unchanged.

Italian Prime Minister Giuseppe Conte welcomed the Franco-German initiative as an important first step and said the fund should be larger still, according to a statement from his office in Rome.

Spanish Prime Minister Pedro Sanchez also praised the plan. Spain is among the biggest potential beneficiaries of any fund that pays out grants.

Any fund will need unanimous approval from EU governments, giving each of them an effective veto. Diplomats in Brussels expect weeks of haggling before the outlines of a compromise become clear.""",
        claims=[
            ("austria", "grants-not-loans", "oppose", "Austria would not accept a recovery fund that hands out grants", True),
            ("netherlands", "grants-not-loans", "oppose", "leaders of the Netherlands, Sweden and Denmark, and that their position was unchanged", False),
            ("italy", "grants-not-loans", "support", "Conte welcomed the Franco-German initiative as an important first step", True),
        ],
    ),
    # 003 (no claims)
    dict(
        published="2020-05-20T16:05:00Z", outlet="lowland-ledger",
        slug="eu-envoys-await-commission-blueprint",
        title="EU envoys await Commission blueprint as recovery fund debate widens",
        text="""BRUSSELS, May 20 (Lowland Ledger) - Ambassadors of the 27 European Union countries met in Brussels on Wednesday to prepare for the European Commission's recovery proposal, which is now expected on May 27, officials said.

The meeting did not discuss figures. One diplomat said the room was split roughly between southern governments that want large transfers and a smaller group of northern net contributors that prefer loans, and that it was too early to say where a compromise might land.

Economists at several banks said the Franco-German proposal had already narrowed the gap between Italian and German bond yields. Some analysts speculated that The Hague could eventually soften its stance in return for a bigger rebate on its budget payments, though none of them cited Dutch officials.

A Commission spokesman declined to say on Wednesday how much of the planned fund would be grants and how much loans, saying only that the proposal would be ambitious.

European Council President Charles Michel said he would hold consultations with leaders over the coming weeks.""",
        claims=[],
    ),
    # 004
    dict(
        published="2020-05-23T15:30:00Z", outlet="lowland-ledger",
        slug="frugal-four-offer-loans-only-emergency-fund",
        title="Frugal four offer loans-only emergency fund in counterproposal",
        text="""THE HAGUE, May 23 (Lowland Ledger) - The Netherlands, Austria, Sweden and Denmark set out their own plan for Europe's recovery on Saturday, proposing a temporary emergency fund that would lend money to hard-hit countries rather than give it away.

In a joint paper circulated to other EU governments, the four said they could accept that the fund raise money on the markets one time only, provided it was used for loans and did not lead to any mutualisation of debt. The fund should expire after two years, they wrote.

Dutch Prime Minister Mark Rutte told reporters in The Hague that grants were not on the table for his government. Loans should come with a strong commitment to reforms, he said, and governments should be able to check that the reforms are carried out before money is paid.

The paper was a direct answer to Monday's proposal from Berlin and Paris for 500 billion euros in grants. Italy's European affairs minister, Enzo Amendola, said Rome would not accept a fund made only of loans.""",
        claims=[
            ("netherlands", "grants-not-loans", "oppose", "grants were not on the table for his government", True),
            ("austria", "grants-not-loans", "oppose", "a temporary emergency fund that would lend money to hard-hit countries", True),
            ("netherlands", "joint-borrowing", "conditional", "could accept that the fund raise money on the markets one time only", True),
            ("austria", "joint-borrowing", "conditional", "could accept that the fund raise money on the markets one time only", True),
            ("netherlands", "reform-brake", "support", "governments should be able to check that the reforms are carried out", True),
            ("italy", "grants-not-loans", "support", "Rome would not accept a fund made only of loans", True),
        ],
    ),
    # 005
    dict(
        published="2020-05-25T10:20:00Z", outlet="rhine-courier",
        slug="scholz-defends-joint-borrowing",
        title="Scholz defends joint EU borrowing as Le Maire calls grants non-negotiable",
        text="""BERLIN, May 25 (Rhine Courier) - German Finance Minister Olaf Scholz on Monday defended the plan for the European Union to borrow jointly to pay for its recovery, describing it as a step toward deeper fiscal cooperation in the bloc.

In a newspaper interview published on Monday, Scholz said it was right for the Commission to take on debt on behalf of all member states in such an emergency, and he dismissed concerns that Germany would end up paying other countries' bills. He compared the moment to the decision by the young United States in 1790 to pool the debts of its states, a comparison commentators quickly summed up as a Hamiltonian moment.

In Paris, French Finance Minister Bruno Le Maire told a radio station that the grants at the heart of the plan were not negotiable. Lending the money would only add to the debts of the countries worst hit, he said.

Conservative lawmakers in Merkel's own party voiced unease, with several telling reporters they feared the fund would become permanent. None of them holds a government post.

The Dutch finance ministry did not respond to a request for comment.""",
        claims=[
            ("germany", "joint-borrowing", "support", "right for the Commission to take on debt on behalf of all member states", True),
            ("france", "grants-not-loans", "support", "the grants at the heart of the plan were not negotiable", True),
        ],
    ),
    # 006
    dict(
        published="2020-05-27T13:45:00Z", outlet="continental-wire",
        slug="commission-proposes-750-billion-next-generation-eu",
        title="Commission proposes 750 billion euro Next Generation EU recovery plan",
        text="""BRUSSELS, May 27 (Continental Wire) - The European Commission proposed on Wednesday a 750 billion euro recovery instrument, dubbed Next Generation EU, that would hand out 500 billion euros as grants and 250 billion as loans to member states struggling with the fallout of the pandemic.

Commission President Ursula von der Leyen told the European Parliament that the Commission would raise the money by borrowing on the markets, backed by a larger EU budget, and that the debt would be repaid between 2028 and 2058. It was Europe's moment, she said.

The instrument would come on top of a revised long-term budget of 1.1 trillion euros for 2021-2027. In a gesture to net contributors, the Commission proposed phasing out their budget rebates more slowly than it had planned in 2018, rather than ending them at once.

Italy and Spain would be the largest recipients under the proposed allocation key. The plan needs unanimous backing from the 27 governments and approval by national parliaments.

Diplomats said the Netherlands, Austria, Sweden and Denmark were expected to push back hard against the share of grants.""",
        claims=[
            ("commission", "grants-not-loans", "support", "would hand out 500 billion euros as grants and 250 billion as loans", True),
            ("commission", "joint-borrowing", "support", "the Commission would raise the money by borrowing on the markets", True),
            ("commission", "scrap-rebates", "support", "proposed phasing out their budget rebates more slowly than it had planned in 2018", True),
        ],
    ),
    # 007 (duplicate of 006)
    dict(
        published="2020-05-27T15:10:00Z", outlet="atlas-markets-daily",
        slug="commission-unveils-next-generation-eu",
        title="Brussels unveils 750 billion euro recovery plan with 500 billion in grants",
        text="""BRUSSELS, May 27 (Atlas Markets Daily) - The European Commission on Wednesday unveiled a 750 billion euro recovery plan called Next Generation EU, under which 500 billion euros would go to member states as grants and 250 billion as loans.

Ursula von der Leyen, the Commission's president, told EU lawmakers that the Commission would raise the money by borrowing on the markets, with the debt repaid from 2028 to 2058 and backed by a bigger EU budget. She called it Europe's moment.

The plan sits on top of a revised seven-year budget worth 1.1 trillion euros. To placate net payers, the Commission proposed phasing out their budget rebates more slowly than it had planned in 2018 instead of scrapping them immediately.

Under the suggested distribution, Italy and Spain would receive the most. All 27 governments must agree, and national parliaments must ratify parts of the package.

According to diplomats, the Netherlands, Austria, Sweden and Denmark were expected to resist the share of grants fiercely.""",
        claims=[
            ("commission", "grants-not-loans", "support", "500 billion euros would go to member states as grants and 250 billion as loans", True),
            ("commission", "joint-borrowing", "support", "the Commission would raise the money by borrowing on the markets", True),
            ("commission", "scrap-rebates", "support", "proposed phasing out their budget rebates more slowly than it had planned in 2018", True),
        ],
    ),
    # 008 (headline overstates)
    dict(
        published="2020-05-28T17:25:00Z", outlet="rhine-courier",
        slug="frugal-four-blink-as-brussels-unveils-plan",
        title="Frugal four blink as Brussels unveils 750 billion plan",
        text="""THE HAGUE, May 28 (Rhine Courier) - The Dutch and Austrian governments said on Thursday they would take part in talks on the European Commission's 750 billion euro recovery plan, but both made clear they still objected to handing out most of the money as grants.

Dutch Prime Minister Mark Rutte said he saw no need to rush and that positions remained far apart. He repeated that The Hague wanted any support to be given as loans, and said the Netherlands would insist on keeping its budget rebate.

In Vienna, Chancellor Sebastian Kurz said the Commission's grants were far too generous and that Austria would push to turn more of them into loans. Sweden and Denmark issued similar statements.

German Chancellor Angela Merkel spoke by telephone with Rutte on Thursday, her spokesman said, without giving details of the conversation.

Leaders will hold a first discussion of the package by video conference on June 19. Few diplomats expect a deal before July, and several said the real bargaining would only start once leaders could meet in person.""",
        claims=[
            ("netherlands", "grants-not-loans", "oppose", "The Hague wanted any support to be given as loans", True),
            ("netherlands", "scrap-rebates", "oppose", "the Netherlands would insist on keeping its budget rebate", True),
            ("austria", "grants-not-loans", "oppose", "the Commission's grants were far too generous", True),
        ],
    ),
    # 009
    dict(
        published="2020-06-19T17:50:00Z", outlet="continental-wire",
        slug="eu-leaders-fail-to-agree-recovery-fund-video-summit",
        title="EU leaders fail to agree recovery fund at video summit",
        text="""BRUSSELS, June 19 (Continental Wire) - European Union leaders failed to agree on the bloc's coronavirus recovery fund at a video summit on Friday, with the Netherlands and its allies holding out against the plan's grants and Italy warning against any attempt to shrink it.

Italian Prime Minister Giuseppe Conte told fellow leaders that the 750 billion euro package must not be watered down and that the grants were essential for countries whose economies had collapsed, according to a statement from his office.

Dutch Prime Minister Mark Rutte said after the call that there was no need to rush. He said he remained opposed to grants that did not have to be paid back.

German Chancellor Angela Merkel said the gaps were still large and that leaders would need to meet in person to close them. She declined to say whether Germany would back a smaller envelope of grants.

European Council President Charles Michel said he would present a new proposal in early July and invited leaders to a summit in Brussels on July 17 and 18.""",
        claims=[
            ("italy", "grants-not-loans", "support", "the grants were essential for countries whose economies had collapsed", True),
            ("netherlands", "grants-not-loans", "oppose", "he remained opposed to grants that did not have to be paid back", True),
        ],
    ),
    # 010
    dict(
        published="2020-07-10T18:30:00Z", outlet="lowland-ledger",
        slug="conte-and-rutte-fail-to-bridge-differences",
        title="Conte and Rutte fail to bridge differences in The Hague",
        text="""THE HAGUE, July 10 (Lowland Ledger) - Italian Prime Minister Giuseppe Conte met Dutch Prime Minister Mark Rutte in The Hague on Friday as part of a tour of European capitals before next week's summit, but the two men left without bridging their differences over the recovery fund.

Rutte told reporters after the meeting that each country's recovery plan should be approved unanimously by the other governments, so that the Netherlands could stop payments if promised reforms to pensions and labour markets did not happen.

Conte rejected the idea. He said it would be unacceptable for a single capital to hold up money meant for another country's recovery, and that checking reforms was the job of the Commission. He also said the Italian government would not give up on grants.

The visit followed talks in Lisbon and Madrid earlier in the week. Conte is due to see German Chancellor Angela Merkel at a government guest house outside Berlin on Monday.""",
        claims=[
            ("netherlands", "reform-brake", "support", "each country's recovery plan should be approved unanimously by the other governments", True),
            ("italy", "reform-brake", "oppose", "it would be unacceptable for a single capital to hold up money", True),
            ("italy", "grants-not-loans", "support", "the Italian government would not give up on grants", True),
        ],
    ),
    # 011
    dict(
        published="2020-07-11T09:40:00Z", outlet="danube-dispatch",
        slug="orban-threatens-veto-over-rule-of-law-link",
        title="Orban threatens to veto recovery package over rule-of-law link",
        text="""BUDAPEST, July 11 (Danube Dispatch) - Hungary will not accept having its share of European Union money tied to what it called political judgements about the rule of law, Prime Minister Viktor Orban said on Saturday, a day after European Council President Charles Michel presented a compromise plan for the recovery fund and budget.

Michel's plan keeps the fund at 750 billion euros and proposes that payments could be suspended for breaches of the rule of law if a qualified majority of governments agreed.

Orban said in an interview that Budapest would veto the package if the link were made. Poland's prime minister, Mateusz Morawiecki, said in Warsaw that his government rejected any conditions that could be used arbitrarily against member states.

Hungary and Poland are both under EU investigation over the independence of their courts and media.

The Netherlands, which has long pressed for a strong rule-of-law test, had not commented on the new proposal by Saturday morning. A Dutch government spokesman declined to say whether Rutte would accept it.""",
        claims=[
            ("hungary", "rule-of-law-conditionality", "oppose", "Hungary will not accept having its share of European Union money tied to", True),
            ("poland", "rule-of-law-conditionality", "oppose", "rejected any conditions that could be used arbitrarily against member states", True),
            ("netherlands", "rule-of-law-conditionality", "support", "which has long pressed for a strong rule-of-law test", False),
        ],
    ),
    # 012 (no claims)
    dict(
        published="2020-07-16T14:00:00Z", outlet="atlas-markets-daily",
        slug="leaders-gather-for-first-in-person-summit",
        title="EU leaders gather for first in-person summit since the pandemic began",
        text="""BRUSSELS, July 16 (Atlas Markets Daily) - EU leaders gather in Brussels on Friday for their first face-to-face summit since the coronavirus outbreak, with the Europa building rearranged to keep delegations apart and the usual crowd of journalists and lobbyists kept outside.

Officials expect the meeting to run through the weekend. The agenda covers both the 750 billion euro recovery fund and the bloc's seven-year budget, which have been bundled into a single package that needs the consent of all 27 governments.

Several diplomats said a compromise could involve trimming the grants and sweetening rebates for the net contributors, but stressed that such ideas had not been tabled. Analysts at one Brussels think tank put the odds of a deal this weekend at roughly even.

Asked how long the Dutch prime minister was prepared to stay, a spokesman for Rutte declined to say. A German official, speaking on condition of anonymity, said Berlin expected the talks to be among the hardest of the year.

The summit is chaired by European Council President Charles Michel.""",
        claims=[],
    ),
    # 013
    dict(
        published="2020-07-17T22:55:00Z", outlet="continental-wire",
        slug="rutte-demands-final-say-as-summit-opens",
        title="Rutte demands final say over recovery money as summit opens",
        text="""BRUSSELS, July 17 (Continental Wire) - Dutch Prime Minister Mark Rutte insisted on Friday that national governments must have the final say over how recovery money is spent, setting up a clash with Italy and Spain on the first day of a summit on the European Union's 750 billion euro fund.

Rutte wants each country's reform plan to require unanimous approval by EU finance ministers, which would give any government a veto. Rome would never accept such a veto, Italian Prime Minister Giuseppe Conte told the other leaders, according to a diplomat who was in the room.

Hungarian Prime Minister Viktor Orban walked past reporters without stopping, and his spokesman said he would speak only after the talks.

German Chancellor Angela Merkel, whose country holds the rotating EU presidency, said on arriving that she expected very difficult negotiations and that a deal was not guaranteed.

Talks broke up after midnight without an agreement.""",
        claims=[
            ("netherlands", "reform-brake", "support", "national governments must have the final say over how recovery money is spent", True),
            ("italy", "reform-brake", "oppose", "Rome would never accept such a veto", False),
        ],
    ),
    # 014
    dict(
        published="2020-07-18T16:20:00Z", outlet="danube-dispatch",
        slug="kurz-could-live-with-some-grants",
        title="Kurz says Austria could live with some grants if fund is cut",
        text="""BRUSSELS, July 18 (Danube Dispatch) - Austria could live with some grants in the European Union's recovery fund if the overall amount were cut sharply and its budget rebate increased, Chancellor Sebastian Kurz said on Saturday, as the summit in Brussels went into a second day.

Kurz told Austrian reporters that he and the other frugal leaders were not trying to block a deal but wanted the money spent sensibly. He said Austria's rebate must be larger than in earlier drafts.

Michel put forward a revised proposal overnight that cut grants to 450 billion euros and offered what officials called an emergency brake, allowing any government to refer another country's spending plan to leaders if it had doubts about reforms.

The Netherlands was still holding out for a full veto, diplomats said. Rutte's spokesman declined to comment.

Talks resumed in the afternoon in smaller groups. Merkel and French President Emmanuel Macron met the four frugal leaders and Finland's Sanna Marin for several hours, according to officials.""",
        claims=[
            ("austria", "grants-not-loans", "conditional", "Austria could live with some grants in the European Union's recovery fund if", True),
            ("austria", "scrap-rebates", "oppose", "Austria's rebate must be larger than in earlier drafts", True),
            ("netherlands", "reform-brake", "support", "The Netherlands was still holding out for a full veto, diplomats said", False),
        ],
    ),
    # 015
    dict(
        published="2020-07-19T21:35:00Z", outlet="rhine-courier",
        slug="rutte-ready-to-accept-grants-for-reform-guarantees",
        title="Rutte ready to accept grants in exchange for reform guarantees; Orban lashes out",
        text="""BRUSSELS, July 19 (Rhine Courier) - Dutch Prime Minister Mark Rutte said on Sunday he was prepared to accept grants in the European Union's recovery fund in exchange for solid guarantees that recipients would carry out reforms, the first sign of movement from The Hague in two months of talks.

Rutte told reporters during a break that he still wanted governments to be able to halt payouts, and that the emergency brake proposed by Michel could deliver that. He did not say how large an envelope of grants he could accept.

The shift did little to calm tempers. Hungarian Prime Minister Viktor Orban accused Rutte of wanting to punish Hungary, saying he did not know why the Dutch leader seemed to "hate me or Hungary". Orban again said Hungary would not accept a rule-of-law condition.

French President Emmanuel Macron and German Chancellor Angela Merkel left a late-night session in frustration, diplomats said. Macron has told colleagues that France would not go below 400 billion euros in grants, according to two officials.

Leaders were due to reconvene on Monday afternoon.""",
        claims=[
            ("netherlands", "grants-not-loans", "conditional", "prepared to accept grants in the European Union's recovery fund in exchange for solid guarantees", True),
            ("netherlands", "reform-brake", "support", "he still wanted governments to be able to halt payouts", True),
            ("hungary", "rule-of-law-conditionality", "oppose", "Orban again said Hungary would not accept a rule-of-law condition", True),
            ("france", "grants-not-loans", "support", "France would not go below 400 billion euros in grants", False),
        ],
    ),
    # 016
    dict(
        published="2020-07-20T19:10:00Z", outlet="atlas-markets-daily",
        slug="italy-signals-it-can-live-with-emergency-brake",
        title="Leaders close in on deal as Italy signals it can live with emergency brake",
        text="""BRUSSELS, July 20 (Atlas Markets Daily) - European Union leaders closed in on a deal for the coronavirus recovery fund on Monday after a new draft cut grants to 390 billion euros, and Italy signalled it could live with a brake on payouts.

Italian Prime Minister Giuseppe Conte said Italy would accept the emergency brake provided the Commission, not any single government, kept the last word on whether reforms had been met. A capital could raise concerns, but it could not block payments on its own, he told Italian reporters.

A Dutch spokesman denied that Rutte had given up his demand for a say over reforms, saying the brake delivered it.

The new draft keeps the fund at 750 billion euros, with 360 billion euros offered as loans. Austrian Chancellor Sebastian Kurz said Austria could accept grants at that level because they had come down from the 500 billion euros first proposed by Berlin and Paris.

Leaders were meeting again late on Monday, the fourth day of what has become one of the longest summits in the bloc's history.""",
        claims=[
            ("italy", "reform-brake", "conditional", "Italy would accept the emergency brake provided the Commission, not any single government, kept", True),
            ("netherlands", "reform-brake", "support", "denied that Rutte had given up his demand for a say over reforms", True),
            ("austria", "grants-not-loans", "conditional", "Austria could accept grants at that level because they had come down", True),
        ],
    ),
    # 017
    dict(
        published="2020-07-21T06:40:00Z", outlet="continental-wire",
        slug="eu-leaders-agree-750-billion-recovery-fund",
        title="EU leaders agree 750 billion euro recovery fund after four-day summit",
        text="""BRUSSELS, July 21 (Continental Wire) - European Union leaders agreed early on Tuesday on a 750 billion euro recovery fund to be financed by joint borrowing, ending a four-day summit that exposed deep rifts between the bloc's north and south.

Under the deal, 390 billion euros will be handed out as grants and 360 billion as loans. Commission President Ursula von der Leyen said the EU would now start preparing its first bond issues. Thirty percent of the spending must support the EU's climate goals under the Paris agreement.

Dutch Prime Minister Mark Rutte said he could accept the grants only because the deal tied them to reforms. Italian Prime Minister Giuseppe Conte said Italy would receive about 209 billion euros and that the brake was acceptable because no single country could veto payments.

The deal also raises the rebates on the budget contributions of the Netherlands, Austria, Sweden and Denmark. Austria's Chancellor Sebastian Kurz said doubling Vienna's rebate was a success he had fought for.

The European Parliament, which must approve the budget, criticised cuts to health and research programmes made to reach the deal.""",
        claims=[
            ("commission", "joint-borrowing", "support", "the EU would now start preparing its first bond issues", True),
            ("netherlands", "grants-not-loans", "conditional", "he could accept the grants only because the deal tied them to reforms", True),
            ("italy", "reform-brake", "conditional", "the brake was acceptable because no single country could veto payments", True),
            ("austria", "scrap-rebates", "oppose", "doubling Vienna's rebate was a success he had fought for", True),
        ],
    ),
    # 018
    dict(
        published="2020-07-21T16:30:00Z", outlet="danube-dispatch",
        slug="orban-claims-victory-rutte-reads-deal-differently",
        title="Orban claims victory on rule of law; Rutte reads the deal differently",
        text="""BUDAPEST, July 21 (Danube Dispatch) - Hungarian Prime Minister Viktor Orban declared victory on Tuesday over the rule-of-law language in the European Union's recovery deal, saying Hungary had prevented any automatic link between EU money and the state of its democracy.

Orban told reporters on his return to Budapest that the summit text left the question for a later decision, and that Hungary would keep opposing any such mechanism.

Dutch Prime Minister Mark Rutte read the deal differently. He said in The Hague that the agreement did contain a link between funds and the rule of law and that the Netherlands would make sure it was enforced.

Polish Prime Minister Mateusz Morawiecki said Poland had not agreed to anything that would let Brussels cut its funding for political reasons.

The summit conclusions say a regime of conditionality will be introduced to protect the budget, without spelling out how it would work. The Commission is expected to draw up details with the German presidency and the European Parliament in the autumn.""",
        claims=[
            ("hungary", "rule-of-law-conditionality", "oppose", "Hungary would keep opposing any such mechanism", True),
            ("netherlands", "rule-of-law-conditionality", "support", "the Netherlands would make sure it was enforced", True),
            ("poland", "rule-of-law-conditionality", "oppose", "Poland had not agreed to anything that would let Brussels cut its funding", True),
        ],
    ),
    # 019 (no claims)
    dict(
        published="2020-09-10T18:00:00Z", outlet="lowland-ledger",
        slug="budget-talks-with-parliament-break-off",
        title="EU budget talks with Parliament break off over programme funding",
        text="""BRUSSELS, Sept 10 (Lowland Ledger) - Talks between the European Parliament and EU governments on the bloc's next long-term budget broke off on Thursday, with lawmakers demanding 39 billion euros more for flagship programmes such as research and the Erasmus student exchange.

The Parliament's negotiators said the July summit deal had cut too deeply into programmes that benefit all Europeans, and threatened to withhold their consent, which the budget needs in order to take effect.

The talks were chaired by Germany, which holds the rotating presidency of the EU Council until the end of the year. A presidency spokesman said the next round would take place the following week and declined to say whether governments would find extra money.

Lawmakers are also pressing for a tougher mechanism to suspend payments to countries that undermine the rule of law, an issue the summit left vague. Analysts said the Parliament might trade budget increases against a stronger mechanism, though none of its negotiators would confirm that.

The recovery fund's borrowing cannot start until all national parliaments ratify a separate decision on the EU's own resources.""",
        claims=[],
    ),
    # 020
    dict(
        published="2020-09-30T17:15:00Z", outlet="continental-wire",
        slug="envoys-back-german-rule-of-law-proposal",
        title="EU envoys back German rule-of-law proposal over Hungarian and Polish objections",
        text="""BRUSSELS, Sept 30 (Continental Wire) - EU ambassadors on Wednesday backed a German proposal that would let the bloc suspend payments to governments whose breaches of the rule of law put EU funds at risk, overriding objections from Hungary and Poland.

The text, drafted by Berlin as holder of the EU presidency, is narrower than the Commission's original 2018 proposal. A German diplomat said the presidency had aimed for a version that a large majority could support.

Hungary and Poland voted against the mandate. Hungarian Justice Minister Judit Varga said the mechanism was a political weapon and that Budapest would not accept it in any form.

The Netherlands did not block the vote but said in a written statement that it wanted a stronger mechanism and would fight for one in the negotiations with the European Parliament. Several other northern countries shared that view, diplomats said.

The Commission is due to publish its first annual report on the rule of law in all member states later on Wednesday. The Parliament, which has called the German text too weak, must still agree.""",
        claims=[
            ("germany", "rule-of-law-conditionality", "support", "a German proposal that would let the bloc suspend payments", True),
            ("hungary", "rule-of-law-conditionality", "oppose", "Budapest would not accept it in any form", True),
            ("poland", "rule-of-law-conditionality", "oppose", "Hungary and Poland voted against the mandate", True),
            ("netherlands", "rule-of-law-conditionality", "support", "it wanted a stronger mechanism", True),
        ],
    ),
    # 021
    dict(
        published="2020-11-05T19:20:00Z", outlet="atlas-markets-daily",
        slug="parliament-and-governments-agree-rule-of-law-mechanism",
        title="Parliament and governments agree rule-of-law mechanism; Warsaw warns",
        text="""BRUSSELS, Nov 5 (Atlas Markets Daily) - Negotiators for the European Parliament and EU governments agreed on Thursday on a mechanism allowing the bloc to cut funds to member states that violate the rule of law, clearing a major hurdle for the 1.8 trillion euro budget and recovery package.

The deal, struck by the German presidency, lets the EU act not only when funds are misused but also when breaches risk affecting the budget, a wording the Parliament had sought. German officials said Berlin was pleased with the outcome.

Polish Prime Minister Mateusz Morawiecki said Warsaw would not agree to a mechanism that made money depend on arbitrary political criteria. He has previously warned that Poland could veto the entire package.

The Commission declined to comment before the agreement was formally approved by governments and the Parliament.

A spokesman in Budapest did not respond to requests for comment on Thursday.""",
        claims=[
            ("germany", "rule-of-law-conditionality", "support", "Berlin was pleased with the outcome", True),
            ("poland", "rule-of-law-conditionality", "oppose", "Warsaw would not agree to a mechanism that made money depend on arbitrary political criteria", True),
        ],
    ),
    # 022
    dict(
        published="2020-11-16T18:45:00Z", outlet="lowland-ledger",
        slug="hungary-poland-block-budget-and-recovery-package",
        title="Hungary and Poland block EU budget and recovery package",
        text="""BRUSSELS, Nov 16 (Lowland Ledger) - Hungary and Poland on Monday blocked the European Union's 1.8 trillion euro budget and recovery package, vetoing a key decision needed for the Commission to start borrowing for the recovery fund.

The two countries' ambassadors refused to give the unanimous approval required for the own-resources decision at a meeting in Brussels, EU officials said. The rule-of-law regulation, which does not need unanimity, was approved separately by a majority vote.

Poland's government spokesman, Piotr Muller, said Warsaw was using its veto because the rule-of-law tool was a form of political pressure.

Germany, which holds the EU presidency, said it regretted the move and urged both governments to lift their blockade quickly.

The veto delays the start of payouts from the recovery fund, which many southern countries had hoped to receive in the first months of 2021. Diplomats said leaders would take up the dispute at a video conference on Thursday.""",
        claims=[
            ("hungary", "lift-veto", "oppose", "Hungary and Poland on Monday blocked the European Union's 1.8 trillion euro budget", True),
            ("poland", "lift-veto", "oppose", "Warsaw was using its veto because the rule-of-law tool was a form of political pressure", True),
            ("poland", "rule-of-law-conditionality", "oppose", "the rule-of-law tool was a form of political pressure", True),
            ("germany", "lift-veto", "support", "urged both governments to lift their blockade quickly", True),
        ],
    ),
    # 023
    dict(
        published="2020-11-18T15:50:00Z", outlet="rhine-courier",
        slug="von-der-leyen-urges-hungary-poland-drop-veto",
        title="Von der Leyen urges Hungary and Poland to drop veto and go to court instead",
        text="""BRUSSELS, Nov 18 (Rhine Courier) - European Commission President Ursula von der Leyen on Wednesday urged Hungary and Poland to drop their veto of the EU's budget and recovery fund, telling them to challenge the rule-of-law mechanism in court if they had doubts about it.

The mechanism was proportionate and would apply to all member states equally, she told the European Parliament. Europe's citizens could not be made to wait for the recovery money, she said.

In The Hague, Dutch Prime Minister Mark Rutte said the Netherlands would not agree to weakening the mechanism to buy off Budapest and Warsaw. It was not up for renegotiation, he said.

Hungarian government spokesman Zoltan Kovacs declined to say whether Budapest would respond to her offer. Solidarna Polska, the junior coalition party led by Justice Minister Zbigniew Ziobro, said in a statement that Poland should hold firm even if it cost the country EU money.

EU leaders are due to discuss the standoff by video link on Thursday.""",
        claims=[
            ("commission", "lift-veto", "support", "urged Hungary and Poland to drop their veto of the EU's budget and recovery fund", True),
            ("commission", "rule-of-law-conditionality", "support", "The mechanism was proportionate and would apply to all member states equally", True),
            ("netherlands", "rule-of-law-conditionality", "support", "the Netherlands would not agree to weakening the mechanism", True),
        ],
    ),
    # 024
    dict(
        published="2020-11-19T20:05:00Z", outlet="continental-wire",
        slug="video-summit-fails-to-break-budget-deadlock",
        title="Video summit fails to break budget deadlock",
        text="""BRUSSELS, Nov 19 (Continental Wire) - EU leaders failed to break the deadlock over the bloc's budget and recovery fund at a video conference on Thursday, with Hungary and Poland refusing to lift their veto and other governments refusing to reopen the rule-of-law mechanism.

German Chancellor Angela Merkel said the leaders were only at the beginning of the search for a solution. She declined to say whether Germany would back a fallback plan that left the two countries out.

Italian Prime Minister Giuseppe Conte said the blockade was unacceptable at a time when Europe's economies were in deep trouble, and called on Budapest and Warsaw to lift it.

Polish Prime Minister Mateusz Morawiecki said after the call that Poland would not give in to blackmail and would keep its veto. Orban did not speak to reporters.

Diplomats said the discussion of the issue lasted barely 15 minutes before leaders moved on to the pandemic and the distribution of vaccines.""",
        claims=[
            ("italy", "lift-veto", "support", "called on Budapest and Warsaw to lift it", True),
            ("poland", "lift-veto", "oppose", "Poland would not give in to blackmail and would keep its veto", True),
            ("hungary", "lift-veto", "oppose", "Hungary and Poland refusing to lift their veto", False),
        ],
    ),
    # 025
    dict(
        published="2020-11-26T17:30:00Z", outlet="danube-dispatch",
        slug="orban-morawiecki-pledge-to-stand-together",
        title="Orban and Morawiecki pledge to stand together on veto",
        text="""BUDAPEST, Nov 26 (Danube Dispatch) - The prime ministers of Hungary and Poland pledged on Thursday to keep blocking the European Union's budget and recovery fund together, signing a joint declaration in Budapest that neither country would accept a proposal the other rejected.

Viktor Orban and Mateusz Morawiecki described the rule-of-law mechanism as political blackmail and said it had to be removed from the package. Orban said Hungary had no intention of backing down and dismissed suggestions that the other 25 countries could set up the recovery fund without it.

The meeting took place at the prime minister's office in Budapest's castle district. Neither leader took questions on whether they had discussed a compromise with the German presidency.

EU officials said diplomats were sounding out both governments on an explanatory declaration that would leave the regulation untouched but clarify how it would be applied. A Commission spokesman declined to comment on the contacts.""",
        claims=[
            ("hungary", "lift-veto", "oppose", "pledged on Thursday to keep blocking the European Union's budget and recovery fund together", True),
            ("poland", "lift-veto", "oppose", "pledged on Thursday to keep blocking the European Union's budget and recovery fund together", True),
            ("hungary", "rule-of-law-conditionality", "oppose", "described the rule-of-law mechanism as political blackmail and said it had to be removed", True),
            ("poland", "rule-of-law-conditionality", "oppose", "described the rule-of-law mechanism as political blackmail and said it had to be removed", True),
        ],
    ),
    # 026 (no claims)
    dict(
        published="2020-12-02T13:25:00Z", outlet="lowland-ledger",
        slug="officials-sketch-plan-b-for-recovery-fund",
        title="Officials sketch a plan B for the recovery fund without Hungary and Poland",
        text="""BRUSSELS, Dec 2 (Lowland Ledger) - With little more than a week until EU leaders meet for their last summit of the year, officials in Brussels are sketching out ways to launch the recovery fund without Hungary and Poland if their veto holds, according to three people familiar with the work.

One option would be for the other 25 countries to set up the fund through an intergovernmental agreement outside the EU treaties, similar to the way the euro zone's rescue fund was created a decade ago. Such a route would take months and would require approval by each national parliament, the people said.

Asked whether the Commission was preparing such a plan, a spokesman declined to say and said the focus remained on finding a solution with all 27 members.

Analysts at a Warsaw-based think tank said the government faced mounting pressure from regional authorities who stand to lose billions of euros. Some economists in Vienna suggested markets were not yet worried about the delay.

The summit will be held in Brussels on December 10 and 11.""",
        claims=[],
    ),
    # 027
    dict(
        published="2020-12-03T11:10:00Z", outlet="atlas-markets-daily",
        slug="france-will-not-sacrifice-rule-of-law",
        title="France will not sacrifice rule of law to end veto, Beaune says",
        text="""PARIS, Dec 3 (Atlas Markets Daily) - France will not sacrifice the rule-of-law mechanism to win over Hungary and Poland, French European Affairs Minister Clement Beaune said on Thursday, adding that Paris was ready to consider launching the recovery fund with 25 countries if the two held out.

Beaune told a radio station that the veto was holding the whole continent hostage and that the two governments should lift it without conditions. He said France had not ruled out any option.

Finance Minister Bruno Le Maire said separately that a delay would be a serious blow to the recovery and urged Warsaw and Budapest to think of their own citizens.

In Rome, Italian officials said they were following the talks closely. Italy is due to receive the largest share of the fund.

The Elysee said President Emmanuel Macron had spoken by telephone with German Chancellor Angela Merkel about the standoff but gave no details.""",
        claims=[
            ("france", "rule-of-law-conditionality", "support", "France will not sacrifice the rule-of-law mechanism to win over Hungary and Poland", True),
            ("france", "lift-veto", "support", "the two governments should lift it without conditions", True),
        ],
    ),
    # 028
    dict(
        published="2020-12-08T16:40:00Z", outlet="rhine-courier",
        slug="germany-drafts-declaration-to-end-veto",
        title="Germany drafts declaration to end Hungarian and Polish veto",
        text="""BERLIN, Dec 8 (Rhine Courier) - Germany has drafted a declaration for EU leaders that would clarify how the new rule-of-law mechanism is applied without changing the regulation itself, in a bid to end the Hungarian and Polish veto before this week's summit, government officials in Berlin said on Tuesday.

Under the draft, the Commission would not use the mechanism until the European Court of Justice had ruled on any challenge to it. Chancellor Angela Merkel's spokesman, Steffen Seibert, said Germany wanted the blockade lifted this week.

Dutch Prime Minister Mark Rutte said the Netherlands could accept an explanatory declaration only if it left the regulation's text and legal force untouched.

A Hungarian government spokesman declined to say whether Budapest would accept the draft. Polish officials said they were studying it.

The Commission, which would have to commit to waiting for the court, has not commented publicly. Summit chairman Charles Michel said he was hopeful that all 27 leaders could approve the package.""",
        claims=[
            ("germany", "lift-veto", "support", "Germany wanted the blockade lifted this week", True),
            ("netherlands", "rule-of-law-conditionality", "support", "an explanatory declaration only if it left the regulation's text and legal force untouched", True),
        ],
    ),
    # 029
    dict(
        published="2020-12-09T19:30:00Z", outlet="lowland-ledger",
        slug="poland-ready-to-lift-veto-if-leaders-adopt-declaration",
        title="Poland ready to lift veto if leaders adopt declaration, Morawiecki says",
        text="""WARSAW, Dec 9 (Lowland Ledger) - Poland is ready to lift its veto of the European Union's budget and recovery fund if EU leaders adopt the clarifying declaration drafted by Germany, Prime Minister Mateusz Morawiecki said on Wednesday, after talks with Hungary's Viktor Orban in Warsaw.

Morawiecki told reporters that the declaration would give Poland the guarantees it had sought that the mechanism could not be used for political ends. Provided leaders endorsed it at the summit on Thursday, Poland would give its consent, he said.

Orban, who flew to Warsaw for the talks, left without speaking to reporters. His spokesman declined to say whether Hungary would follow Poland's lead.

Solidarna Polska, a junior party in Poland's ruling coalition, said in a statement that the declaration was worthless and that the veto should stay.

German officials said they were cautiously optimistic. The summit opens in Brussels on Thursday afternoon.""",
        claims=[
            ("poland", "lift-veto", "conditional", "Provided leaders endorsed it at the summit on Thursday, Poland would give its consent", True),
        ],
    ),
    # 030
    dict(
        published="2020-12-10T21:50:00Z", outlet="continental-wire",
        slug="hungary-poland-lift-veto",
        title="Hungary and Poland lift veto, clearing way for EU recovery fund",
        text="""BRUSSELS, Dec 10 (Continental Wire) - Hungary and Poland lifted their veto of the European Union's 1.8 trillion euro budget and recovery package on Thursday, after EU leaders endorsed a declaration on how the new rule-of-law mechanism will be applied, clearing the way for the recovery fund to start in 2021.

Hungarian Prime Minister Viktor Orban said Hungary had dropped its veto because the declaration ensured the mechanism could not be used until the EU's top court had ruled on it. He nonetheless said Hungary still rejected the mechanism and would challenge it in court.

Polish Prime Minister Mateusz Morawiecki said Poland had given its consent and that the compromise was a double victory, protecting both the recovery money and Poland's sovereignty.

German Chancellor Angela Merkel, who brokered the compromise, said she was relieved. Dutch Prime Minister Mark Rutte said the regulation had not changed by a single comma, and that the Netherlands would insist it be applied.

Commission President Ursula von der Leyen said the Commission would now move quickly to get the recovery money flowing.""",
        claims=[
            ("hungary", "lift-veto", "support", "Hungary had dropped its veto because the declaration ensured", True),
            ("hungary", "rule-of-law-conditionality", "oppose", "Hungary still rejected the mechanism and would challenge it in court", True),
            ("poland", "lift-veto", "support", "Poland had given its consent", True),
            ("netherlands", "rule-of-law-conditionality", "support", "the Netherlands would insist it be applied", True),
        ],
    ),
    # 031 (duplicate of 030)
    dict(
        published="2020-12-10T22:35:00Z", outlet="atlas-markets-daily",
        slug="hungary-poland-drop-veto-recovery-fund",
        title="Hungary and Poland drop veto on EU budget and recovery fund",
        text="""BRUSSELS, Dec 10 (Atlas Markets Daily) - Hungary and Poland dropped their veto of the EU's 1.8 trillion euro budget and recovery package on Thursday once EU leaders had endorsed a declaration setting out how the new rule-of-law mechanism would be used, opening the way for the recovery fund to launch next year.

Viktor Orban, Hungary's prime minister, said Hungary had dropped its veto because the declaration ensured the mechanism could not be used before the EU's highest court had ruled on it. Even so, he said, Hungary still rejected the mechanism and would challenge it in court.

Mateusz Morawiecki, Poland's prime minister, said Poland had given its consent, calling the compromise a double victory that secured both the recovery money and Poland's sovereignty.

Angela Merkel, the German chancellor who brokered the deal, said she was relieved. Dutch Prime Minister Mark Rutte said the regulation had not changed by a single comma and that the Netherlands would insist it be applied.

Ursula von der Leyen, the Commission president, said the Commission would move fast to get the recovery money flowing.""",
        claims=[
            ("hungary", "lift-veto", "support", "Hungary had dropped its veto because the declaration ensured", True),
            ("hungary", "rule-of-law-conditionality", "oppose", "Hungary still rejected the mechanism and would challenge it in court", True),
            ("poland", "lift-veto", "support", "Poland had given its consent", True),
            ("netherlands", "rule-of-law-conditionality", "support", "the Netherlands would insist it be applied", True),
        ],
    ),
    # 032
    dict(
        published="2020-12-11T15:20:00Z", outlet="rhine-courier",
        slug="commission-to-start-borrowing-once-parliaments-ratify",
        title="Commission to start borrowing for recovery fund once parliaments ratify",
        text="""BRUSSELS, Dec 11 (Rhine Courier) - The European Commission will start borrowing for the recovery fund as soon as national parliaments ratify the budget's financing decision, Economy Commissioner Paolo Gentiloni said on Friday, a day after Hungary and Poland lifted their veto.

Gentiloni, a former Italian prime minister, said the Commission expected to issue its first recovery bonds by the middle of 2021 and that the money would be raised in the name of the whole EU.

Italian Prime Minister Giuseppe Conte said in Rome that Italy would present a recovery plan worth more than 200 billion euros in the coming weeks and that the grants were a historic achievement for which Italy had fought hard.

The Netherlands' finance minister, Wopke Hoekstra, told Dutch lawmakers that the emergency brake would let The Hague hold up payments if reforms stalled. He said he would not hesitate to use it.

Leaders also agreed at the summit to cut greenhouse gas emissions by at least 55 percent by 2030.""",
        claims=[
            ("commission", "joint-borrowing", "support", "the money would be raised in the name of the whole EU", True),
            ("italy", "grants-not-loans", "support", "the grants were a historic achievement for which Italy had fought hard", True),
            ("netherlands", "reform-brake", "support", "the emergency brake would let The Hague hold up payments if reforms stalled", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="germany", issue="joint-borrowing", frm="oppose", to="support", article="001",
         why="Merkel proposes with Macron that the Commission borrow on the markets for the fund and says Germany is ready to let it; the article itself notes that weeks earlier she rejected jointly issued debt (baseline oppose)."),
    dict(actor="netherlands", issue="joint-borrowing", frm="oppose", to="conditional", article="004",
         why="The frugal paper accepts that the fund raise money on the markets one time only, provided it is used for loans and not mutualised; until then The Hague rejected joint debt outright (baseline, and 001 in narration)."),
    dict(actor="austria", issue="grants-not-loans", frm="oppose", to="conditional", article="014",
         why="Kurz says Austria could live with some grants if the total is cut and its rebate raised; in 002, 004 and 008 he wanted loans only."),
    dict(actor="netherlands", issue="grants-not-loans", frm="oppose", to="conditional", article="015",
         why="Rutte is prepared to accept grants in exchange for reform guarantees; through 004, 008 and 009 he rejected grants."),
    dict(actor="italy", issue="reform-brake", frm="oppose", to="conditional", article="016",
         why="Conte accepts the emergency brake provided no single government can block payments; in 010 he called a single capital's hold on payouts unacceptable."),
    dict(actor="poland", issue="lift-veto", frm="oppose", to="conditional", article="029",
         why="Morawiecki says Poland will give its consent provided leaders endorse the declaration; in 022, 024 and 025 Warsaw kept its veto."),
    dict(actor="hungary", issue="lift-veto", frm="oppose", to="support", article="030",
         why="Orban says Hungary has dropped its veto; in 022 and 025 Budapest kept blocking (024 only in narration), and it never stated a condition before."),
    dict(actor="poland", issue="lift-veto", frm="conditional", to="support", article="030",
         why="Morawiecki says Poland has given its consent once the declaration was endorsed; in 029 consent was still conditional."),
]

MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^\s+- id: (\S+)", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def main():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues (want 5-7)")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ("support", "oppose", "conditional"):
            errors.append(f"bad baseline entry {a} {i} {s}")

    # Build article records.
    records = []
    prev = None
    for n, art in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        outlet = OUTLETS[art["outlet"]]
        dt = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev and dt <= prev:
            errors.append(f"{aid}: not in publication order")
        prev = dt
        url = f"https://example.org/{art['outlet']}/{dt:%Y/%m/%d}/{art['slug']}"
        text = art["text"]
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words (want 120-260)")
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", text)
        if not m:
            errors.append(f"{aid}: text does not start with a dateline")
        else:
            if m.group(4) != outlet:
                errors.append(f"{aid}: dateline outlet {m.group(4)!r} != source {outlet!r}")
            if m.group(2) != MONTHS[dt.month - 1] or int(m.group(3)) != dt.day:
                errors.append(f"{aid}: dateline date {m.group(2)} {m.group(3)} != published {dt:%b %d}")
        for ch in text + art["title"]:
            if ord(ch) > 127:
                errors.append(f"{aid}: non-ASCII character {ch!r}")
                break
        claims = []
        for actor, issue, stance, quote, attributed in art["claims"]:
            if actor not in actors:
                errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{aid}: unknown issue {issue}")
            if stance not in ("support", "oppose", "conditional"):
                errors.append(f"{aid}: bad stance {stance}")
            if quote not in text:
                errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{aid}: quote longer than 15 words: {quote!r}")
            claims.append(dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed))
        keys = [(c["actor"], c["issue"]) for c in claims]
        if len(keys) != len(set(keys)):
            errors.append(f"{aid}: more than one claim for the same actor and issue")
        records.append(dict(id=aid, published=art["published"], source=outlet, url=url,
                            title=art["title"], text=text, outlet=art["outlet"], dt=dt, claims=claims))

    if not 30 <= len(records) <= 34:
        errors.append(f"{len(records)} articles (want 30-34)")

    # Recompute shifts: prevailing = last attributed labelled stance, starting from baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for r in records:
        for c in r["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                computed.append((c["actor"], c["issue"], old, c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append("recomputed shifts differ from labelled shifts:\n  computed "
                      + "\n  computed ".join(map(str, computed))
                      + "\n  labelled " + "\n  labelled ".join(map(str, labelled)))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]

    # Write outputs.
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        obj = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{r['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([r for r in records if r["outlet"] == slug], key=lambda r: r["dt"], reverse=True)
        if not items:
            errors.append(f"outlet {slug} has no articles")
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set eu-recovery-fund-2020</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{email.utils.format_datetime(items[0]['dt'], usegmt=True)}</lastBuildDate>"]
        for r in items:
            out += ["    <item>",
                    f"      <title>{escape(r['title'])}</title>",
                    f"      <link>{escape(r['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                    f"      <pubDate>{email.utils.format_datetime(r['dt'], usegmt=True)}</pubDate>",
                    f"      <description>{escape(r['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        path = os.path.join(feed_dir, f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        feed_paths.append(path)
    labels = {
        "claims": {r["id"]: r["claims"] for r in records},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # xmllint on every feed.
    for path in feed_paths:
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {path}: {res.stderr.strip()}")

    # Summary.
    all_claims = [c for r in records for c in r["claims"]]
    by_stance = {s: sum(1 for c in all_claims if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    unattributed = sum(1 for c in all_claims if not c["attributed"])
    empty = [r["id"] for r in records if not r["claims"]]
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims (want 60-90)")
    if by_stance["conditional"] < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts (want 5-8)")
    print(f"articles: {len(records)}; claims: {len(all_claims)} {by_stance}; attributed false: {unattributed}")
    print(f"shifts: {len(SHIFTS)} in articles {shift_articles}; no-claim articles: {empty}")
    print("words per article: " + ", ".join(f"{r['id']}={len(r['text'].split())}" for r in records))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
