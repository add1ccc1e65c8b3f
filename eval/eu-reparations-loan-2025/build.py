#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set eu-reparations-loan-2025.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
reads watchlist.yaml (hand-written) and validates everything. Exits non-zero on any error.
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
    "continental-wire": "Continental Wire",
    "quayside-observer": "Quayside Observer",
    "marlow-dispatch": "Marlow Dispatch",
    "tollgate-review": "Tollgate Review",
    "kestrel-news": "Kestrel News",
}

S, O, C = "support", "oppose", "conditional"


def A(published, outlet, slug, title, paragraphs, claims):
    return {
        "published": published,
        "outlet": outlet,
        "slug": slug,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "claims": [
            {"actor": a, "issue": i, "stance": s, "quote": q, "attributed": t}
            for (a, i, s, q, t) in claims
        ],
    }


ARTICLES = [
    # 001
    A("2025-06-27T09:30:00Z", "continental-wire", "zelensky-urges-leaders-tap-frozen-russian-billions",
      "Zelensky urges EU leaders to put frozen Russian billions to work",
      ["BRUSSELS, June 27 (Continental Wire) - Ukrainian President Volodymyr Zelensky urged European Union leaders on Thursday to stop limiting themselves to the interest earned on frozen Russian central bank reserves and to use the money itself to pay for Ukraine's defence.",
       "Speaking to the summit by video link, Zelensky said the principal held in Europe should go to Ukraine now rather than sit untouched while Russian missiles hit Ukrainian cities, according to a summary released by his office.",
       "The leaders did not take up the idea. Most of the roughly 210 billion euros of immobilised Russian assets in the bloc sit at Euroclear, the securities depository in Brussels, and Belgium, which has resisted any move to touch the principal, was not expected to change course.",
       "Hungary's Viktor Orban again refused to endorse the summit's joint text on Ukraine's membership bid, leaving European Council President Antonio Costa to issue it on behalf of the other 26 leaders.",
       "Diplomats said the question of the assets was unlikely to return before the autumn, when Ukraine's budget gap for 2026 is expected to come into sharper focus."],
      [("ukraine", "reparations-loan", S, "the principal held in Europe should go to Ukraine now", True),
       ("belgium", "reparations-loan", O, "Belgium, which has resisted any move to touch the principal", False)]),
    # 002
    A("2025-06-30T16:00:00Z", "tollgate-review", "eu-rolls-over-russia-economic-sanctions",
      "EU extends Russia economic sanctions, keeping central bank assets frozen to January",
      ["BRUSSELS, June 30 (Tollgate Review) - European Union governments have extended the bloc's economic sanctions against Russia for another six months, a routine step that keeps the Russian central bank's reserves immobilised until at least Jan. 31, 2026.",
       "The rollover was completed by written procedure after last week's summit, according to a notice published on Monday by the Council of the EU. The measures, first imposed after Moscow annexed Crimea in 2014 and widened sharply in 2022, must be renewed unanimously every six months.",
       "The freeze covers about 210 billion euros in the EU, most of it at Euroclear in Brussels. The windfall profits on those holdings already help repay a G7 loan to Ukraine.",
       "Hungarian officials declined to say whether Budapest would back the next renewal in January. Some diplomats speculated that the six-month cycle leaves the freeze exposed to a single veto and that pressure to put it on a sturdier legal footing would grow during the autumn.",
       "No decisions on the use of the assets are on the agenda before the October summit, officials said."],
      []),
    # 003
    A("2025-07-10T15:20:00Z", "marlow-dispatch", "rome-conference-kyiv-call-russia-pay-rebuilding",
      "Rome conference hears Kyiv's call to make Russia pay for rebuilding",
      ["ROME, July 10 (Marlow Dispatch) - President Volodymyr Zelensky told an international conference on Ukraine's reconstruction in Rome on Thursday that the Russian state money frozen in the West should be used to rebuild the country Russia is destroying.",
       "Zelensky said it was only fair for the aggressor's reserves, not European taxpayers, to pay for repairs to power plants, homes and schools, and he asked allies to go further than spending the interest.",
       "The two-day gathering was hosted by Italian Prime Minister Giorgia Meloni, whose government announced new guarantees for companies investing in Ukraine. Meloni did not address the frozen assets in her opening remarks.",
       "European Commission President Ursula von der Leyen announced a new European fund meant to draw private capital into Ukrainian reconstruction. Asked about the Russian reserves, a Commission official said the bloc's current approach was to channel the profits they generate, and declined to speculate on anything beyond that.",
       "Organisers said the pledges made in Rome were worth more than 10 billion euros, much of it in loans and guarantees."],
      [("ukraine", "reparations-loan", S, "Russian state money frozen in the West should be used to rebuild the country", True)]),
    # 004
    A("2025-08-30T14:00:00Z", "kestrel-news", "belgium-warns-against-touching-frozen-russian-assets",
      "Belgium warns against touching frozen Russian assets as ministers meet in Copenhagen",
      ["COPENHAGEN, Aug 30 (Kestrel News) - Belgium signalled on Saturday that it would not go along with any plan to seize the Russian central bank reserves held on its soil, as European Union foreign ministers discussed how to keep funding Ukraine.",
       "Foreign Minister Maxime Prevot told reporters at the informal meeting that confiscating the money would expose Belgium and the Euroclear depository to years of lawsuits and possible Russian reprisals. He said Belgium would not put its financial system at risk for a legally fragile idea.",
       "Several ministers from northern and eastern member states argued that the time had come to use the principal, and the Danish hosts said the debate would continue at leaders' level.",
       "In Budapest, Hungarian Foreign Minister Peter Szijjarto said on social media that Hungary would block any attempt to hand the frozen Russian money to Ukraine, calling it a path to escalation.",
       "The ministers took no decisions. Officials said technical work on the assets was continuing and that nothing would be tabled before September."],
      [("belgium", "reparations-loan", O, "Belgium would not put its financial system at risk for a legally fragile idea", True),
       ("hungary", "reparations-loan", O, "Hungary would block any attempt to hand the frozen Russian money to Ukraine", True)]),
    # 005
    A("2025-09-10T10:45:00Z", "continental-wire", "von-der-leyen-proposes-reparations-loan",
      "Von der Leyen proposes 'reparations loan' for Ukraine from frozen Russian cash",
      ["STRASBOURG, Sept 10 (Continental Wire) - European Commission President Ursula von der Leyen proposed on Wednesday that the European Union lend Ukraine money drawn from the cash balances of frozen Russian central bank assets, to be repaid only once Russia pays for the damage it has caused.",
       "In her annual State of the Union address to the European Parliament, von der Leyen said the assets themselves would not be touched and the risk would be carried jointly. She called the idea a reparations loan and said the Commission would work on it urgently with member states.",
       "Ukraine's foreign minister, Andrii Sybiha, said on social media that Kyiv welcomed the proposal and hoped for a swift decision.",
       "The plan needs the backing of national governments. Belgium, where most of the money is held, has so far rejected any use of the principal, and diplomats expect hard bargaining.",
       "The Kremlin has previously described any use of the reserves as theft. Analysts said the proposal was designed to stay on the right side of international law by leaving ownership formally with Russia."],
      [("commission", "reparations-loan", S, "lend Ukraine money drawn from the cash balances of frozen Russian central bank assets", True),
       ("commission", "risk-guarantees", S, "the risk would be carried jointly", True),
       ("ukraine", "reparations-loan", S, "Kyiv welcomed the proposal and hoped for a swift decision", True),
       ("belgium", "reparations-loan", O, "has so far rejected any use of the principal", False)]),
    # 006
    A("2025-09-11T17:10:00Z", "quayside-observer", "belgium-cool-on-asset-loan-moscow-warns",
      "Belgium cool on Commission's asset loan as Moscow warns of response",
      ["BRUSSELS, Sept 11 (Quayside Observer) - Belgium gave a cool reception on Thursday to the European Commission's plan for a loan to Ukraine backed by frozen Russian reserves, saying the legal risks had not gone away.",
       "A spokesperson for Prime Minister Bart De Wever said the government still opposed putting the money to use and would not expose Euroclear to Russian lawsuits.",
       "A Commission spokesperson answered that the scheme was not a confiscation, since Russia would keep its claim on the assets, and said the EU executive would keep working on it with Belgian officials.",
       "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said any use of the funds would be theft and would bring a response that Europe would regret. She did not say what form it would take.",
       "Euroclear, which holds about 185 billion euros of the reserves, has said it would follow whatever the EU decides but has warned about the risk of litigation in Russia and elsewhere."],
      [("belgium", "reparations-loan", O, "the government still opposed putting the money to use", True),
       ("commission", "reparations-loan", S, "the EU executive would keep working on it with Belgian officials", True),
       ("russia", "reparations-loan", O, "any use of the funds would be theft", True)]),
    # 007  (shift: germany reparations-loan conditional -> support)
    A("2025-09-25T06:00:00Z", "marlow-dispatch", "merz-backs-140-billion-loan-frozen-russian-assets",
      "Merz backs 140 billion euro loan to Ukraine from frozen Russian assets",
      ["BERLIN, Sept 25 (Marlow Dispatch) - German Chancellor Friedrich Merz came out on Thursday in favour of lending Ukraine close to 140 billion euros built on frozen Russian central bank assets, dropping Berlin's long-standing reluctance to go near the money.",
       "In a newspaper opinion article, Merz wrote that the interest-free loan should be repaid only after Russia compensates Ukraine for war damage, and that the assets would stay frozen until then. The money should go to Ukraine's armed forces and be spent in a way that also strengthens Europe's defence industry, he said.",
       "Member states should guarantee the loan at first, with the EU's next long-term budget taking over the guarantees from 2028, the chancellor proposed. He said he would raise the plan with fellow leaders in Copenhagen next week.",
       "Until now Germany had said it would consider using the reserves only on a watertight legal basis, citing international law and the euro's standing as a reserve currency. Merz wrote that these concerns remained valid but must not stop Europe from acting.",
       "Finance Minister Lars Klingbeil also backed the idea."],
      [("germany", "reparations-loan", S, "came out on Thursday in favour of lending Ukraine close to 140 billion euros", True),
       ("germany", "risk-guarantees", S, "Member states should guarantee the loan at first", True)]),
    # 008  (duplicate of 007)
    A("2025-09-25T11:30:00Z", "tollgate-review", "germany-merz-calls-ukraine-loan-frozen-reserves",
      "Germany's Merz calls for Ukraine loan backed by frozen Russian reserves",
      ["BERLIN, Sept 25 (Tollgate Review) - Chancellor Friedrich Merz on Thursday threw Germany's weight behind lending Ukraine close to 140 billion euros built on frozen Russian central bank assets, ending Berlin's long hesitation over the money.",
       "Writing in a newspaper opinion piece, Merz said the interest-free loan would be repaid only once Russia has compensated Ukraine for the damage of the war, and the assets would remain frozen until that happens. The funds should be used for Ukraine's military and spent so as to strengthen European arms makers as well, he wrote.",
       "Member states should guarantee the loan at first, and the EU's next long-term budget should take over from 2028, the chancellor said. He plans to put the proposal to other leaders at next week's meeting in Copenhagen.",
       "Germany had previously said it would only look at using the reserves on a legally watertight basis, pointing to international law and the euro's role as a reserve currency. Merz said those concerns still held but could not be allowed to block action.",
       "Finance Minister Lars Klingbeil voiced support as well."],
      [("germany", "reparations-loan", S, "threw Germany's weight behind lending Ukraine close to 140 billion euros", True),
       ("germany", "risk-guarantees", S, "Member states should guarantee the loan at first", True)]),
    # 009
    A("2025-09-26T12:40:00Z", "kestrel-news", "kremlin-calls-loan-plan-theft",
      "Kremlin calls loan plan theft, vows to pursue those involved",
      ["MOSCOW, Sept 26 (Kestrel News) - The Kremlin said on Friday that plans to lend Ukraine money backed by frozen Russian reserves amounted to theft and warned that everyone involved would be pursued in court.",
       "Kremlin spokesman Dmitry Peskov told reporters that Europe was looking for legal tricks to take property that did not belong to it. He said Russia would defend its interests by every available means and that any country taking part would answer for it.",
       "Former president Dmitry Medvedev, now deputy head of Russia's Security Council, went further in a social media post, saying those who touched the money would be hounded by lawsuits for decades.",
       "In Kyiv, Foreign Minister Andrii Sybiha said the aggressor's money should pay for Ukraine's defence and that Europe should not be intimidated by threats from Moscow.",
       "Russia has warned it could retaliate by seizing assets of Western companies still operating on its territory. Economists in Moscow said such a move would also hurt Russia's own investment climate."],
      [("russia", "reparations-loan", O, "Europe was looking for legal tricks to take property that did not belong to it", True),
       ("ukraine", "reparations-loan", S, "the aggressor's money should pay for Ukraine's defence", True)]),
    # 010
    A("2025-10-02T08:15:00Z", "continental-wire", "leaders-split-frozen-assets-copenhagen",
      "Leaders split over frozen Russian assets at Copenhagen summit",
      ["COPENHAGEN, Oct 2 (Continental Wire) - European Union leaders ended an informal summit in Copenhagen without a common line on a loan to Ukraine funded by frozen Russian assets, with Belgium's prime minister warning that the plan was very dangerous.",
       "Bart De Wever told reporters on Wednesday that supporters of the idea were steering Europe into uncharted waters and had no answers to the legal questions. Belgium would not support it, he said, adding that Euroclear staff could become targets.",
       "German Chancellor Friedrich Merz said on Thursday that he was leaving the Danish capital convinced that a broad majority wanted to take this path, and that he saw no reason why a decision could not be taken at the October summit.",
       "Hungarian Prime Minister Viktor Orban said Budapest would not lend its name to a plan that, in his view, amounted to taking Russian property to prolong the war.",
       "Commission President Ursula von der Leyen said the proposal did not involve seizing the assets and that she expected leaders to ask the Commission for a legal text.",
       "French President Emmanuel Macron said international law had to be respected."],
      [("belgium", "reparations-loan", O, "Belgium would not support it, he said", True),
       ("germany", "reparations-loan", S, "he saw no reason why a decision could not be taken at the October summit", True),
       ("hungary", "reparations-loan", O, "Budapest would not lend its name to a plan", True),
       ("commission", "reparations-loan", S, "she expected leaders to ask the Commission for a legal text", True)]),
    # 011
    A("2025-10-06T15:30:00Z", "quayside-observer", "lagarde-russian-assets-must-respect-international-law",
      "Lagarde says any use of Russian assets must respect international law",
      ["STRASBOURG, Oct 6 (Quayside Observer) - European Central Bank President Christine Lagarde said on Monday that the ECB could live with a loan to Ukraine based on frozen Russian assets only if it respected international law and protected financial stability.",
       "Appearing before the European Parliament's economic affairs committee, Lagarde said the central bank was following the work closely. Any scheme should be agreed by all the countries holding Russian reserves, she said, so that the euro is not singled out.",
       "She warned that a legally contested move could make foreign investors wary of holding euro assets, which would weaken the currency's international role.",
       "Lagarde declined to say whether the Frankfurt-based bank had been asked to play any part in the operation.",
       "Most of the frozen reserves, once invested in bonds, have matured and now sit as cash at Euroclear in Brussels. The Commission wants to swap that cash for zero-coupon EU bonds and lend the proceeds to Kyiv."],
      [("ecb", "reparations-loan", C, "only if it respected international law and protected financial stability", True),
       ("commission", "reparations-loan", S, "The Commission wants to swap that cash for zero-coupon EU bonds", False)]),
    # 012
    A("2025-10-21T13:00:00Z", "marlow-dispatch", "belgium-ready-to-drop-opposition-diplomats-say",
      "Belgium ready to drop opposition to Russian-asset loan, diplomats say",
      ["BRUSSELS, Oct 21 (Marlow Dispatch) - Belgium could soften its resistance to a European Union loan for Ukraine funded by frozen Russian assets before leaders meet on Thursday, according to three diplomats involved in preparing the summit.",
       "The diplomats, who asked not to be named, said a compromise text under discussion would promise Belgium that it would not be left alone to face Russian legal claims. One of them predicted that Prime Minister Bart De Wever would accept a political mandate for the Commission while reserving his final word.",
       "De Wever's office denied that Belgium had dropped its opposition, saying its concerns had not been answered.",
       "European Commissioner Valdis Dombrovskis said on Tuesday that the Commission was ready to build strong guarantees so that the risks would be shared fairly among member states. He said Belgium's worries were legitimate and would be addressed.",
       "Ukrainian officials said Kyiv needed clarity on its funding for 2026 by the end of the year, as its budget gap is expected to widen from the spring."],
      [("belgium", "reparations-loan", O, "denied that Belgium had dropped its opposition", True),
       ("commission", "risk-guarantees", S, "ready to build strong guarantees so that the risks would be shared fairly", True)]),
    # 013  (shift: belgium reparations-loan oppose -> conditional)
    A("2025-10-23T10:20:00Z", "continental-wire", "de-wever-sets-three-conditions-ukraine-loan",
      "De Wever sets three conditions for Belgian backing of Ukraine loan",
      ["BRUSSELS, Oct 23 (Continental Wire) - Belgian Prime Minister Bart De Wever said on Thursday that Belgium could go along with a European Union loan to Ukraine funded by frozen Russian assets, but only if three conditions were met.",
       "Arriving at a summit in Brussels, De Wever said the risks of legal claims had to be fully pooled among all member states, that every country had to guarantee its share if the money ever had to be returned to Russia, and that other countries holding Russian reserves had to take part as well.",
       "If those demands were met, Belgium could move forward, he said. If not, he would use every political and legal means to stop the decision.",
       "German Chancellor Friedrich Merz said he understood Belgium's concerns. He added that he still expected the loan to be agreed, if not at this summit then in December.",
       "Ukrainian President Volodymyr Zelensky, attending the summit in person, urged leaders to approve the loan without further delay.",
       "Most of the roughly 185 billion euros in Russian assets at Euroclear are now held as cash."],
      [("belgium", "reparations-loan", C, "If those demands were met, Belgium could move forward, he said", True),
       ("belgium", "risk-guarantees", S, "the risks of legal claims had to be fully pooled among all member states", True),
       ("germany", "reparations-loan", S, "he still expected the loan to be agreed", True),
       ("ukraine", "reparations-loan", S, "urged leaders to approve the loan without further delay", True)]),
    # 014
    A("2025-10-24T07:45:00Z", "kestrel-news", "eu-defers-russian-asset-loan-to-december",
      "EU defers decision on Russian-asset loan to December after Belgian objections",
      ["BRUSSELS, Oct 24 (Kestrel News) - European Union leaders put off a decision on lending Ukraine money from frozen Russian assets until December, after Belgium refused to sign up without firmer guarantees.",
       "The summit conclusions, agreed late on Thursday, commit the EU to covering Ukraine's pressing financing needs for 2026 and 2027 and ask the Commission to present options. An earlier draft that spoke of a loan based on the cash balances was dropped.",
       "Belgian Prime Minister Bart De Wever told reporters after the meeting that he was not saying no. Belgium was asking for answers, and if it received them, it would not stand in the way, he said.",
       "Commission President Ursula von der Leyen said she would come back quickly with options, and that the reparations loan remained on the table as the most effective way to support Ukraine.",
       "Hungary's Viktor Orban, who has opposed the plan from the start, said he was pleased that the decision had been delayed.",
       "Kremlin spokesman Dmitry Peskov said Moscow was watching the discussions closely."],
      [("belgium", "reparations-loan", C, "if it received them, it would not stand in the way, he said", True),
       ("belgium", "risk-guarantees", S, "after Belgium refused to sign up without firmer guarantees", False),
       ("commission", "reparations-loan", S, "the reparations loan remained on the table as the most effective way", True),
       ("hungary", "reparations-loan", O, "he was pleased that the decision had been delayed", True)]),
    # 015  (no claims)
    A("2025-10-29T09:00:00Z", "tollgate-review", "analysis-europe-plan-b-ukraine-funding",
      "Analysis: If Belgium says no, what is Europe's plan B for Ukraine?",
      ["LONDON, Oct 29 (Tollgate Review) - With a decision on frozen Russian assets pushed back to December, economists and diplomats are sketching what the European Union could do if the so-called reparations loan never gets off the ground.",
       "The most obvious fallback would be joint EU borrowing backed by the bloc's budget, as during the pandemic. Several analysts said that option would be quicker to set up but would put the cost on European taxpayers rather than on Moscow.",
       "A second option would be bilateral grants from national treasuries, which many governments can ill afford. One Brussels think-tank economist said some capitals might prefer a hybrid, with a smaller asset-backed loan topped up by common debt.",
       "A senior diplomat from a northern member state predicted that Germany would resist any return to joint debt for as long as the asset loan was alive. Others guessed that Hungary would try to veto whatever needed unanimity.",
       "Commission officials declined to say whether work on alternatives had begun. Ukraine's finance ministry has said its money could start to run short in the spring of 2026."],
      []),
    # 016  (no claims)
    A("2025-11-06T12:00:00Z", "quayside-observer", "euroclear-warns-legal-exposure",
      "Euroclear warns of legal exposure as Russian-asset debate drags on",
      ["BRUSSELS, Nov 6 (Quayside Observer) - Euroclear, the Brussels-based securities depository that holds most of the Russian central bank reserves frozen in the European Union, warned on Thursday that it faced scores of lawsuits in Russian courts linked to the sanctions.",
       "Chief executive Valerie Urbain said in an interview that any plan to lend out the cash balances had to be legally robust, because the depository's credibility with clients around the world depended on it. She said Euroclear would apply whatever the EU decides but wanted its staff and shareholders protected.",
       "Euroclear has reported holding about 194 billion euros of sanctioned Russian assets, the vast majority of them now in cash.",
       "Belgian government officials declined to comment on her remarks. Technical talks between Commission and Belgian experts were continuing at the Berlaymont, a Commission spokesperson said, without giving details.",
       "Analysts at a Brussels bank said investors from the Gulf and Asia were watching the debate for signs that Europe might one day treat their reserves the same way."],
      []),
    # 017
    A("2025-11-17T18:30:00Z", "continental-wire", "von-der-leyen-three-options-ukraine-funding",
      "Von der Leyen puts three options for Ukraine funding to EU capitals",
      ["BRUSSELS, Nov 17 (Continental Wire) - European Commission President Ursula von der Leyen sent EU governments a letter on Monday setting out three ways to cover Ukraine's budget and military needs for 2026 and 2027, which the Commission puts at about 135 billion euros.",
       "The options are grants from national budgets, joint EU borrowing backed by the bloc's budget headroom, and the reparations loan built on frozen Russian central bank assets. Von der Leyen wrote that the Commission was prepared to take forward common borrowing if member states preferred it, though it would weigh on public finances.",
       "She described the reparations loan as the option that would ask the least of European taxpayers and urged leaders to move quickly.",
       "In Berlin, government spokesman Stefan Kornelius said Germany's position had not changed. Berlin supports the reparations loan and does not consider new joint debt to be the answer, he said.",
       "The letter asks governments to respond before the December summit. Belgium's government said it would study the paper."],
      [("commission", "joint-borrowing", C, "prepared to take forward common borrowing if member states preferred it", True),
       ("commission", "reparations-loan", S, "the option that would ask the least of European taxpayers", True),
       ("germany", "reparations-loan", S, "Berlin supports the reparations loan", True),
       ("germany", "joint-borrowing", O, "does not consider new joint debt to be the answer", True)]),
    # 018
    A("2025-11-23T16:00:00Z", "marlow-dispatch", "europeans-frozen-assets-theirs-to-decide-us-plan",
      "Europeans say frozen assets are theirs to decide on after US peace plan surfaces",
      ["JOHANNESBURG, Nov 23 (Marlow Dispatch) - European leaders at the G20 summit in Johannesburg pushed back on Sunday against parts of a US peace plan for Ukraine that would put frozen Russian assets into US-led investment vehicles.",
       "German Chancellor Friedrich Merz told reporters that assets held in Europe would be decided on by Europeans and that he still wanted EU leaders to approve the reparations loan in December.",
       "Commission President Ursula von der Leyen said the EU's work on the reparations loan was continuing and that any settlement had to reflect Europe's role in supporting Ukraine.",
       "The US draft, which has 28 points, proposes that 100 billion dollars of frozen Russian money be invested in US-led reconstruction projects, with the United States taking half of the profits, and that Europe add money of its own.",
       "In Moscow, Kremlin spokesman Dmitry Peskov declined to comment on the asset provisions, saying Russia had not received an official text.",
       "US and Ukrainian officials were due to meet in Geneva later on Sunday."],
      [("germany", "reparations-loan", S, "he still wanted EU leaders to approve the reparations loan in December", True),
       ("commission", "reparations-loan", S, "the EU's work on the reparations loan was continuing", True)]),
    # 019  (shift: belgium reparations-loan conditional -> oppose)
    A("2025-11-28T08:30:00Z", "continental-wire", "de-wever-calls-asset-loan-fundamentally-wrong",
      "Belgium's De Wever calls Russian-asset loan 'fundamentally wrong', urges joint borrowing",
      ["BRUSSELS, Nov 28 (Continental Wire) - Belgian Prime Minister Bart De Wever has told the European Commission that its plan for a reparations loan to Ukraine is \"fundamentally wrong\" and that the EU should borrow jointly on the markets instead.",
       "In a letter to Commission President Ursula von der Leyen dated Thursday, De Wever argued that no state had ever repurposed another country's immobilised sovereign assets during a war and that the scheme could also get in the way of a US-brokered peace deal.",
       "He proposed that the EU raise about 45 billion euros of common debt to cover Ukraine's needs next year, saying it would end up cheaper once all risks were counted. He also questioned the assumption that Russia would ever pay reparations, predicting that Moscow would demand its money back in any peace settlement.",
       "A Commission spokesperson confirmed receipt of the letter and said the Commission would still present the legal text for the loan in the coming days.",
       "Diplomats said the letter dashed hopes that Belgium might relent before the Dec. 18-19 summit."],
      [("belgium", "reparations-loan", O, "its plan for a reparations loan to Ukraine is \"fundamentally wrong\"", True),
       ("belgium", "joint-borrowing", S, "proposed that the EU raise about 45 billion euros of common debt", True),
       ("commission", "reparations-loan", S, "would still present the legal text for the loan in the coming days", True)]),
    # 020
    A("2025-12-01T11:00:00Z", "kestrel-news", "orban-rules-out-joint-eu-debt-ukraine",
      "Orban rules out Hungarian part in joint EU debt for Ukraine",
      ["BUDAPEST, Dec 1 (Kestrel News) - Hungarian Prime Minister Viktor Orban said on Monday that Hungary would not take part in any joint European Union borrowing to finance Ukraine and would not guarantee a single euro of a loan built on Russian assets.",
       "In a video posted on social media, Orban said common debt for Ukraine would saddle Hungarian children with the costs of a war that could not be won. He also accused Brussels of trying to drag Europe deeper into the war.",
       "Government spokesman Zoltan Kovacs said separately that Budapest would use its veto wherever unanimity was required.",
       "Joint borrowing backed by the EU budget, one of the options now on the table, would need the approval of all 27 governments to change the budget rules. Diplomats said that gives Hungary leverage ahead of the summit.",
       "Slovak Prime Minister Robert Fico has voiced similar objections, while the Czech Republic's incoming government has said it does not want to commit national money to Ukraine."],
      [("hungary", "joint-borrowing", O, "Hungary would not take part in any joint European Union borrowing to finance Ukraine", True),
       ("hungary", "risk-guarantees", O, "would not guarantee a single euro of a loan built on Russian assets", True),
       ]),
    # 021
    A("2025-12-02T09:10:00Z", "tollgate-review", "ecb-refuses-backstop-russian-asset-loan",
      "ECB refuses to backstop Russian-asset loan to Ukraine",
      ["FRANKFURT, Dec 2 (Tollgate Review) - The European Central Bank has turned down a request to act as a safety net for the European Union's planned reparations loan to Ukraine, according to officials familiar with the discussions.",
       "Commission officials had asked whether the ECB could stand ready to lend to Euroclear Bank if the depository suddenly had to return Russian reserves, the officials said. Frankfurt concluded that this would amount to covering governments' obligations, which the EU treaties forbid.",
       "In a statement, the ECB said such an arrangement was not under consideration because it would likely breach the treaty ban on monetary financing.",
       "The Commission said ensuring enough liquidity for any future return of the assets was an essential part of the design and that work on it was continuing.",
       "The refusal adds to the hurdles facing the plan ahead of the Dec. 18-19 summit. In Moscow, Foreign Ministry spokeswoman Maria Zakharova warned that Russia's answer to any use of its money would be very harsh and painful."],
      [("ecb", "ecb-backstop", O, "such an arrangement was not under consideration because it would likely breach the treaty", True),
       ("commission", "ecb-backstop", S, "Commission officials had asked whether the ECB could stand ready to lend", False),
       ("russia", "reparations-loan", O, "Russia's answer to any use of its money would be very harsh", True)]),
    # 022  (duplicate of 021)
    A("2025-12-02T14:40:00Z", "marlow-dispatch", "ecb-says-no-backstop-eu-asset-loan",
      "ECB says no to acting as backstop for EU's Russian-asset loan",
      ["FRANKFURT, Dec 2 (Marlow Dispatch) - The European Central Bank has rejected a request to serve as a safety net for the European Union's planned reparations loan to Ukraine, officials familiar with the talks said on Tuesday.",
       "According to the officials, Commission officials had asked whether the ECB could stand ready to lend to Euroclear Bank should the depository be forced to hand Russian reserves back at short notice. Frankfurt's view was that doing so would mean covering the obligations of governments, something the EU treaties prohibit.",
       "The ECB said in a statement that such an arrangement was not under consideration because it would likely breach the treaty ban on monetary financing.",
       "The Commission said making sure there was enough liquidity for any future return of the assets was a key part of the design and that it was still working on it.",
       "The setback comes two weeks before EU leaders meet on Dec. 18-19. In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia's answer to any use of its money would be very harsh and painful."],
      [("ecb", "ecb-backstop", O, "such an arrangement was not under consideration because it would likely breach the treaty", True),
       ("commission", "ecb-backstop", S, "Commission officials had asked whether the ECB could stand ready to lend", False),
       ("russia", "reparations-loan", O, "Russia's answer to any use of its money would be very harsh", True)]),
    # 023
    A("2025-12-03T13:00:00Z", "continental-wire", "commission-tables-legal-plan-reparations-loan",
      "Commission tables legal plan for reparations loan, offers joint borrowing as fallback",
      ["BRUSSELS, Dec 3 (Continental Wire) - The European Commission on Wednesday presented legal proposals for a reparations loan to Ukraine that could draw on up to 210 billion euros of immobilised Russian central bank assets, including about 25 billion held at private banks outside Belgium.",
       "Von der Leyen said the Commission had listened carefully to Belgium and taken almost all of its concerns on board, with strong guarantees and a solidarity mechanism so that the burden would be shared fairly among member states.",
       "The package would cover 90 billion euros of Ukraine's needs over the next two years. Brussels also tabled, as a fallback, a plan for EU borrowing backed by the budget headroom, which von der Leyen said remained available if governments could not agree on the assets.",
       "The Commission also proposed using an emergency article of the EU treaty to keep the assets immobilised without the six-monthly unanimous renewal, so that a single veto could no longer release them.",
       "Belgian Foreign Minister Maxime Prevot rejected the texts, saying before they were published that Belgium's concerns had not been met and that it felt unheard."],
      [("commission", "reparations-loan", S, "presented legal proposals for a reparations loan to Ukraine", True),
       ("commission", "risk-guarantees", S, "strong guarantees and a solidarity mechanism so that the burden would be shared fairly", True),
       ("commission", "joint-borrowing", C, "remained available if governments could not agree on the assets", True),
       ("commission", "scrap-renewal", S, "keep the assets immobilised without the six-monthly unanimous renewal", True),
       ("belgium", "reparations-loan", O, "Belgian Foreign Minister Maxime Prevot rejected the texts", True)]),
    # 024
    A("2025-12-04T17:20:00Z", "kestrel-news", "de-wever-digs-in-merz-offers-guarantees",
      "De Wever digs in before parliament; Merz offers Germany's share of guarantees",
      ["BRUSSELS, Dec 4 (Kestrel News) - Belgian Prime Minister Bart De Wever told parliament on Thursday that the Commission's reparations loan remained potentially illegal and dangerous for Europe, and that Belgium would not approve it.",
       "He said a sudden demand to return the money could trigger a liquidity crunch at Euroclear with global repercussions. De Wever also pointed to reports that the European Central Bank had refused to stand behind the depository, saying that even Frankfurt did not want to carry the risk.",
       "Lawmakers from his coalition applauded. Opposition parties accused him of isolating Belgium from its partners.",
       "In Berlin, Chancellor Friedrich Merz said he took Belgium's worries seriously and that Germany was ready to shoulder its share of the guarantees. He said the loan was still the right answer and that he would keep making the case to De Wever personally.",
       "A Commission spokesperson said talks with Belgium were continuing."],
      [("belgium", "reparations-loan", O, "Belgium would not approve it", True),
       ("ecb", "ecb-backstop", O, "the European Central Bank had refused to stand behind the depository", False),
       ("germany", "risk-guarantees", S, "Germany was ready to shoulder its share of the guarantees", True),
       ("germany", "reparations-loan", S, "the loan was still the right answer", True)]),
    # 025  (no claims)
    A("2025-12-05T21:30:00Z", "quayside-observer", "merz-flies-to-brussels-dinner-de-wever",
      "Merz flies to Brussels for dinner with De Wever and von der Leyen",
      ["BRUSSELS, Dec 5 (Quayside Observer) - German Chancellor Friedrich Merz cancelled a planned trip to Norway and flew to Brussels on Friday for a private dinner with Belgian Prime Minister Bart De Wever and European Commission President Ursula von der Leyen.",
       "The three met in the Belgian capital, according to officials, who gave no details of what was discussed. A German government spokesman said only that the leaders had exchanged views on Ukraine's financing, and De Wever's office declined to say whether any progress had been made.",
       "Von der Leyen's spokesperson declined to comment on the content of the meeting.",
       "The dinner came two weeks before a summit at which leaders are due to decide how to fund Ukraine in 2026 and 2027. Diplomats speculated that Berlin might offer extra guarantees to win Belgium over, while others said the gap between the two sides was too wide to bridge over one meal.",
       "Euroclear's headquarters are a short drive from the city centre."],
      []),
    # 026
    A("2025-12-11T15:00:00Z", "tollgate-review", "eu-moves-freeze-russian-assets-indefinitely",
      "EU moves to freeze Russian assets indefinitely despite Belgian doubts",
      ["BRUSSELS, Dec 11 (Tollgate Review) - European Union ambassadors agreed on Thursday to launch a fast-track vote on keeping Russia's central bank assets immobilised indefinitely, removing the need to renew the freeze unanimously every six months.",
       "The measure rests on Article 122 of the EU treaty, an emergency clause that needs only a qualified majority. Belgian Prime Minister Bart De Wever questioned on Wednesday whether it could be used at all. Where is the emergency, he asked, noting that Ukraine was not an EU member, and said the legal basis did not hold.",
       "A Commission spokesperson replied that Russia's war plainly had economic consequences for the EU and that the clause was justified.",
       "Hungary's Viktor Orban said that outvoting member states on sanctions would be illegal and warned that Brussels was crossing a line that would do lasting damage to the bloc.",
       "Government sources declined to say how Belgium would vote when the written procedure closes on Friday. Diplomats said a large majority backed the move."],
      [("belgium", "scrap-renewal", O, "said the legal basis did not hold", True),
       ("commission", "scrap-renewal", S, "the clause was justified", True),
       ("hungary", "scrap-renewal", O, "outvoting member states on sanctions would be illegal", True)]),
    # 027  (shift: belgium scrap-renewal oppose -> support)
    A("2025-12-12T17:45:00Z", "continental-wire", "eu-locks-russian-assets-indefinitely",
      "EU locks Russian assets indefinitely; Belgium and Italy vote yes with caveat",
      ["BRUSSELS, Dec 12 (Continental Wire) - European Union governments on Friday decided to keep Russia's central bank assets immobilised for as long as Moscow's war continues, ending the six-monthly unanimous renewal that had left the freeze exposed to a single veto.",
       "Hungary and Slovakia voted against. Belgium, Italy, Malta and Bulgaria voted in favour, but said in a joint statement that their vote did not prejudge any decision on using the assets, which must be taken by leaders.",
       "The four governments urged the Commission and member states to keep exploring alternatives with fewer risks, based on EU borrowing, to meet Ukraine's financing needs.",
       "Belgium's vote came two days after Prime Minister Bart De Wever questioned the legal basis of the move. Hungary's Viktor Orban said the rule of law in the EU had ended that day.",
       "Under the regulation, the assets, about 210 billion euros, can only be released once Russia ends the war and compensates Ukraine."],
      [("belgium", "scrap-renewal", S, "Belgium, Italy, Malta and Bulgaria voted in favour", True),
       ("italy", "scrap-renewal", S, "Belgium, Italy, Malta and Bulgaria voted in favour", True),
       ("hungary", "scrap-renewal", O, "Hungary and Slovakia voted against", True),
       ("belgium", "joint-borrowing", S, "keep exploring alternatives with fewer risks, based on EU borrowing", True),
       ("italy", "joint-borrowing", S, "keep exploring alternatives with fewer risks, based on EU borrowing", True),
       ]),
    # 028
    A("2025-12-12T19:30:00Z", "kestrel-news", "russia-central-bank-sues-euroclear",
      "Russia's central bank sues Euroclear in Moscow court",
      ["MOSCOW, Dec 12 (Kestrel News) - Russia's central bank filed a lawsuit against Euroclear in the Moscow Arbitration Court on Friday, seeking about 18.2 trillion roubles in damages from the Brussels-based depository over the frozen reserves it holds.",
       "The Bank of Russia said in a statement that the European Union's plans to use its assets were illegal and contrary to international law, and that it would challenge any unauthorised use in Russian and international courts.",
       "The bank also condemned the EU's decision earlier in the day to keep the assets immobilised indefinitely, calling it a violation of its rights as owner.",
       "Kremlin spokesman Dmitry Peskov said Russia would protect its interests, without giving details.",
       "Euroclear said it would defend itself against the claim. Legal experts in Brussels said a judgment from a Moscow court would not be recognised in the EU, though it could be used against Euroclear's clients with holdings in Russia."],
      [("russia", "reparations-loan", O, "the European Union's plans to use its assets were illegal", True),
       ("russia", "scrap-renewal", O, "condemned the EU's decision earlier in the day to keep the assets immobilised indefinitely", True)]),
    # 029
    A("2025-12-15T19:00:00Z", "marlow-dispatch", "merz-no-alternative-asset-loan-zelensky-berlin",
      "Merz says no alternative to asset loan as Zelensky holds talks in Berlin",
      ["BERLIN, Dec 15 (Marlow Dispatch) - German Chancellor Friedrich Merz said on Monday that he saw no realistic alternative to a reparations loan for Ukraine funded by frozen Russian assets, as Berlin hosted two days of talks on a US-brokered peace plan.",
       "Speaking at a news conference with Ukrainian President Volodymyr Zelensky, Merz said common EU borrowing would need unanimity and load the costs onto European taxpayers, and that Germany did not favour it. He said he was confident of a decision at the summit on Thursday.",
       "Zelensky urged EU leaders to use the frozen assets, saying Ukraine needed certainty that its budget would be funded next year.",
       "US envoys Steve Witkoff and Jared Kushner met Zelensky in the German capital on Sunday and Monday. Several European leaders joined a dinner at the chancellery on Monday evening.",
       "The discussions in Berlin centred on security guarantees for Ukraine and on territory, officials said. No agreement was announced."],
      [("germany", "reparations-loan", S, "he saw no realistic alternative to a reparations loan for Ukraine", True),
       ("germany", "joint-borrowing", O, "Germany did not favour it", True),
       ("ukraine", "reparations-loan", S, "Zelensky urged EU leaders to use the frozen assets", True)]),
    # 030
    A("2025-12-17T12:30:00Z", "quayside-observer", "meloni-turns-against-russian-asset-loan",
      "Meloni turns against Russian-asset loan before EU summit",
      ["ROME, Dec 17 (Quayside Observer) - Italian Prime Minister Giorgia Meloni told parliament on Wednesday that Russia should pay first for rebuilding Ukraine, but that using its frozen assets would need a solid legal basis and clear answers on the risks.",
       "Meloni called the principle that the aggressor must pay sacrosanct. She said Italy wanted clarity on possible retaliation, reputational damage and new burdens on national budgets before it could back the Commission's proposal, and that finding a sustainable solution would be anything but simple.",
       "She said Italy had supported last week's regulation keeping the assets immobilised, even though it did not share the method used, and stressed that this was not an endorsement of any decision on how the assets are used.",
       "It would be short-sighted, she added, to focus only on Belgium when other partners also hold Russian reserves in their financial systems.",
       "Opposition leaders accused her of siding with Belgium and Hungary. Meloni's coalition partner, the League, has long questioned further military aid to Kyiv."],
      [("italy", "reparations-loan", C, "would need a solid legal basis and clear answers on the risks", True),
       ("italy", "scrap-renewal", S, "Italy had supported last week's regulation keeping the assets immobilised", True)]),
    # 031
    A("2025-12-18T11:00:00Z", "tollgate-review", "zelensky-pleads-asset-loan-orban-declares-dead",
      "Zelensky pleads for asset loan as Orban declares it dead",
      ["BRUSSELS, Dec 18 (Tollgate Review) - Ukrainian President Volodymyr Zelensky came to Brussels on Thursday to press European Union leaders to approve the reparations loan, warning that Ukraine would run short of money within months without it.",
       "Hungarian Prime Minister Viktor Orban told reporters before the summit that the plan to use Russian assets was dead and that Hungary would not take part in financing the war through common debt either.",
       "Earlier, Belgian Prime Minister Bart De Wever told lawmakers in the federal parliament that Belgium would not back the reparations loan. He claimed that Italy, Malta and Bulgaria were also against using the assets, so Belgium was not isolated.",
       "European Council President Antonio Costa, who chairs the summit, said on arrival that leaders had a duty to find a solution before they left.",
       "The talks were expected to run late into the night in the Europa building. Officials said a joint borrowing option was also in the leaders' folders."],
      [("ukraine", "reparations-loan", S, "press European Union leaders to approve the reparations loan", True),
       ("hungary", "reparations-loan", O, "the plan to use Russian assets was dead", True),
       ("hungary", "joint-borrowing", O, "Hungary would not take part in financing the war through common debt either", True),
       ("belgium", "reparations-loan", O, "Belgium would not back the reparations loan", True),
       ("italy", "reparations-loan", O, "Italy, Malta and Bulgaria were also against using the assets", False),
       ]),
    # 032  (shifts: germany joint-borrowing oppose -> support; commission joint-borrowing conditional -> support)
    A("2025-12-19T05:30:00Z", "continental-wire", "eu-agrees-90-billion-loan-joint-borrowing",
      "EU agrees 90 billion euro loan for Ukraine through joint borrowing, shelves asset plan",
      ["BRUSSELS, Dec 19 (Continental Wire) - European Union leaders agreed early on Friday to lend Ukraine 90 billion euros over the next two years with money the EU will borrow on capital markets, after failing to agree on how to use frozen Russian assets.",
       "The loan will be backed by headroom in the EU budget, and Ukraine will repay it only once Russia pays reparations. European Council President Antonio Costa said the bloc had kept its word.",
       "Commission President Ursula von der Leyen said the Commission would raise the funds quickly and that the budget guarantee had been decided unanimously. She added that the Union reserved the right to use the immobilised assets to repay the loan, and that work on the reparations loan would continue.",
       "German Chancellor Friedrich Merz, who had long rejected new joint EU debt, said in a statement that the package covered Ukraine's military and budget needs for two years and that Germany stood behind it. If Russia did not pay reparations, Europe would use the frozen assets to repay the loan in line with international law, he said.",
       "The assets will remain immobilised in the meantime."],
      [("commission", "joint-borrowing", S, "the Commission would raise the funds quickly", True),
       ("commission", "reparations-loan", S, "work on the reparations loan would continue", True),
       ("germany", "joint-borrowing", S, "Germany stood behind it", True),
       ("germany", "reparations-loan", S, "Europe would use the frozen assets to repay the loan", True),
       ]),
    # 033  (shift: hungary joint-borrowing oppose -> conditional)
    A("2025-12-19T10:15:00Z", "kestrel-news", "orban-de-wever-claim-victory-hungary-opt-out",
      "Orban, De Wever claim victory as Hungary secures opt-out from Ukraine loan",
      ["BRUSSELS, Dec 19 (Kestrel News) - Hungary's Viktor Orban and Belgium's Bart De Wever both claimed victory on Friday after European Union leaders chose joint borrowing over a loan funded by frozen Russian assets.",
       "Orban said Hungary had let the other governments go ahead with common borrowing in exchange for keeping Hungary, Slovakia and the Czech Republic out of any obligation to repay it. If others wanted to board the train, he said, Hungary should not be forced to buy a ticket. He said Hungary had rejected the asset plan from the start.",
       "De Wever told reporters that the outcome was the one he had argued for since November. Joint borrowing was the safer route and using the Russian assets would have been a mistake, he said.",
       "Ukrainian President Volodymyr Zelensky thanked leaders for the 90 billion euro loan, saying it would strengthen Ukraine's resilience at a critical moment.",
       "Only 24 member states will guarantee the borrowing, which will be raised on the markets from next year."],
      [("hungary", "joint-borrowing", C, "let the other governments go ahead with common borrowing in exchange for keeping Hungary", True),
       ("hungary", "reparations-loan", O, "Hungary had rejected the asset plan from the start", True),
       ("belgium", "joint-borrowing", S, "Joint borrowing was the safer route", True),
       ("belgium", "reparations-loan", O, "using the Russian assets would have been a mistake", True),
       ("ukraine", "joint-borrowing", S, "thanked leaders for the 90 billion euro loan", True)]),
    # 034
    A("2025-12-19T16:50:00Z", "marlow-dispatch", "putin-seizing-assets-robbery",
      "Putin says seizing Russian assets would be robbery with grave consequences",
      ["MOSCOW, Dec 19 (Marlow Dispatch) - President Vladimir Putin said on Friday that any attempt by Europe to take Russia's frozen central bank reserves would be robbery and would have serious consequences for those involved.",
       "Speaking at his annual year-end news conference, hours after European Union leaders opted for joint borrowing instead of a loan based on the assets, Putin said the money could not simply be taken and that Russia would defend its rights in court.",
       "He said Europe's hesitation showed that some governments understood the damage such a step would do to trust in the euro.",
       "Kremlin envoy Kirill Dmitriev wrote on social media that reason had prevailed in Brussels, for now.",
       "Russia's central bank has already sued Euroclear in a Moscow court. The year-end event, which combines a news conference with questions phoned in by the public, ran for more than four hours."],
      [("russia", "reparations-loan", O, "would be robbery and would have serious consequences for those involved", True)]),
]

# Pairs (original, copy) of the same story on the same day from two outlets; claims must be identical.
DUPLICATES = [("007", "008"), ("021", "022")]

SHIFTS = [
    {"actor": "germany", "issue": "reparations-loan", "from": "conditional", "to": "support", "article": "007",
     "why": "Merz's opinion article backs a loan of close to 140 billion euros built on the frozen assets; until then Berlin would consider using the reserves only on a watertight legal basis (baseline). 008 is the same story and must not alert again."},
    {"actor": "belgium", "issue": "reparations-loan", "from": "oppose", "to": "conditional", "article": "013",
     "why": "De Wever says Belgium can move forward if its three demands are met (pooled risk, guarantees, other holders taking part); in 004, 006, 010 and 012 Belgium rejected any use of the money."},
    {"actor": "belgium", "issue": "reparations-loan", "from": "conditional", "to": "oppose", "article": "019",
     "why": "De Wever's letter calls the reparations loan fundamentally wrong and proposes joint borrowing instead; in 013 and 014 he would not stand in the way if his conditions were met."},
    {"actor": "belgium", "issue": "scrap-renewal", "from": "oppose", "to": "support", "article": "027",
     "why": "Belgium votes for the regulation that ends the six-monthly unanimous renewal (a formal act); in 026 De Wever said the Article 122 legal basis did not hold."},
    {"actor": "germany", "issue": "joint-borrowing", "from": "oppose", "to": "support", "article": "032",
     "why": "Merz says Germany stands behind the 90 billion euro package raised by EU borrowing; in 017 and 029 Berlin said new joint debt was not the answer."},
    {"actor": "commission", "issue": "joint-borrowing", "from": "conditional", "to": "support", "article": "032",
     "why": "Von der Leyen says the Commission will raise the borrowed funds quickly; in 017 and 023 common borrowing was only an option or fallback if governments preferred it."},
    {"actor": "hungary", "issue": "joint-borrowing", "from": "oppose", "to": "conditional", "article": "033",
     "why": "Orban lets the other 24 go ahead with common borrowing in exchange for keeping Hungary out of the obligation; in 020 and 031 he said Hungary would not take part in any joint borrowing."},
]


# ----------------------------------------------------------------------------------------------
errors = []


def err(msg):
    errors.append(msg)


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    issue_fields = {}
    current_issue = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            raw = line.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", raw):
                section = raw.strip()[:-1]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", raw)
            if m and section == "actors":
                actors.add(m.group(1))
                continue
            if m and section == "issues":
                current_issue = m.group(1)
                issues.add(current_issue)
                issue_fields[current_issue] = ["id"]
                continue
            m2 = re.match(r"^    ([a-z_]+):", raw)
            if m2 and section == "issues" and current_issue:
                issue_fields[current_issue].append(m2.group(1))
                continue
            m3 = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", raw)
            if m3 and section == "baseline":
                baseline.append(m3.groups())
                continue
    for iid, fields in issue_fields.items():
        if fields != ["id", "name", "description", "terms"]:
            err(f"watchlist issue {iid}: fields must be id, name, description, terms (got {fields})")
    return actors, issues, baseline


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist has {len(issues)} issues (want 5-7)")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            err(f"bad baseline entry {a} {i} {s}")

    # ids and order
    ids = [f"{n:03d}" for n in range(1, len(ARTICLES) + 1)]
    prev = None
    month_names = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    for aid, art in zip(ids, ARTICLES):
        art["id"] = aid
        dt = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        art["dt"] = dt
        if prev and dt <= prev:
            err(f"{aid}: not in publication order")
        prev = dt
        name = OUTLETS[art["outlet"]]
        art["source"] = name
        art["url"] = f"https://example.org/{art['outlet']}/{dt:%Y/%m/%d}/{art['slug']}"
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", art["text"])
        if not m:
            err(f"{aid}: missing or malformed dateline")
        else:
            if m.group(4) != name:
                err(f"{aid}: dateline outlet {m.group(4)!r} != {name!r}")
            if m.group(2) != month_names[dt.month - 1] or int(m.group(3)) != dt.day:
                err(f"{aid}: dateline date {m.group(2)} {m.group(3)} does not match {art['published']}")
        words = len(art["text"].split())
        art["words"] = words
        if not 120 <= words <= 260:
            err(f"{aid}: {words} words (want 120-260)")
        for c in art["claims"]:
            if c["actor"] not in actors:
                err(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                err(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C):
                err(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in art["text"]:
                err(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                err(f"{aid}: quote over 15 words: {c['quote']!r}")
            if not isinstance(c["attributed"], bool):
                err(f"{aid}: attributed must be boolean")
        tuples = [(c["actor"], c["issue"]) for c in art["claims"]]
        if len(tuples) != len(set(tuples)):
            err(f"{aid}: more than one claim for the same actor and issue")

    by_id = {a["id"]: a for a in ARTICLES}

    # duplicates: same day, different outlets, identical claims, copy later
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["dt"].date() != b["dt"].date() or a["outlet"] == b["outlet"] or b["dt"] <= a["dt"]:
            err(f"duplicate pair {orig}/{copy}: must be same day, different outlets, copy later")
        key = lambda c: (c["actor"], c["issue"], c["stance"], c["attributed"])
        if sorted(map(key, a["claims"])) != sorted(map(key, b["claims"])):
            err(f"duplicate pair {orig}/{copy}: claims differ")

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for art in ARTICLES:
        for c in art["claims"]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                computed.append({"actor": k[0], "issue": k[1], "from": prevailing[k], "to": c["stance"], "article": art["id"]})
            prevailing[k] = c["stance"]
    strip = lambda s: {k: s[k] for k in ("actor", "issue", "from", "to", "article")}
    labelled = [strip(s) for s in SHIFTS]
    key5 = lambda s: (s["article"], s["actor"], s["issue"], s["from"], s["to"])
    if sorted(computed, key=key5) != sorted(labelled, key=key5):
        err("recomputed shifts differ from labelled shifts:\n  computed=" + json.dumps(computed) + "\n  labelled=" + json.dumps(labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if any(copy in shift_articles for _, copy in DUPLICATES):
        err("a duplicate copy is labelled as a shift article")

    # write articles
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in ARTICLES:
        out = {"id": art["id"], "published": art["published"], "source": art["source"], "url": art["url"],
               "title": art["title"], "text": art["text"]}
        with open(os.path.join(art_dir, f"{art['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")

    # write feeds (RSS 2.0, newest first)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["dt"], reverse=True)
        if not items:
            err(f"outlet {slug} has no articles")
            continue
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set eu-reparations-loan-2025</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{format_datetime(items[0]['dt'], usegmt=True)}</lastBuildDate>"]
        for a in items:
            lines += ["    <item>",
                      f"      <title>{escape(a['title'])}</title>",
                      f"      <link>{escape(a['url'])}</link>",
                      f"      <guid isPermaLink=\"true\">{escape(a['url'])}</guid>",
                      f"      <pubDate>{format_datetime(a['dt'], usegmt=True)}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        path = os.path.join(feed_dir, f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        try:
            r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
            if r.returncode != 0:
                err(f"xmllint failed on {path}: {r.stderr.strip()}")
        except FileNotFoundError:
            err("xmllint not found; cannot validate feeds")

    # write labels
    labels = {
        "claims": {a["id"]: a["claims"] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # summary
    claims = [c for a in ARTICLES for c in a["claims"]]
    stance_counts = {s: sum(1 for c in claims if c["stance"] == s) for s in (S, O, C)}
    unattributed = sum(1 for c in claims if not c["attributed"])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles (want 30-34)")
    if not 60 <= len(claims) <= 90:
        err(f"{len(claims)} claims (want 60-90)")
    if stance_counts[C] < 6:
        err("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts (want 5-8)")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        err(f"{reversals} straight support/oppose reversals (max 2)")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} articles without claims (want 3-4)")

    print(f"articles: {len(ARTICLES)}  words: {min(a['words'] for a in ARTICLES)}-{max(a['words'] for a in ARTICLES)}")
    print(f"claims: {len(claims)}  {stance_counts}  attributed false: {unattributed}")
    print(f"shifts: {len(SHIFTS)} in articles {shift_articles}  reversals: {reversals}")
    print(f"no-claim articles: {empty}")
    print(f"outlets: " + ", ".join(f"{s}={sum(1 for a in ARTICLES if a['outlet'] == s)}" for s in OUTLETS))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
