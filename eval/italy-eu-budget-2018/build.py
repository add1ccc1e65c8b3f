#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set italy-eu-budget-2018.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, then validates the set (quotes, ids, watchlist ids, word counts, datelines, shifts, no-alert
list, duplicates, feeds via xmllint). Exits non-zero on any failure.

All article wording is original paraphrase written for this set. The events are real and public;
the set is not a source of facts.
"""
import datetime
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "continental-wire": "Continental Wire",
    "ledger-europe": "Ledger Europe",
    "harborline-news": "Harborline News",
    "bourse-sentinel": "Bourse Sentinel",
    "tiber-courier": "Tiber Courier",
}

S, O, C = "support", "oppose", "conditional"
GOV, M5S, LEGA, COM, EG, ECB, BOI = (
    "italy-government", "five-star", "league", "commission", "eurogroup", "ecb", "bank-of-italy")
DEF, EDP, RDC, Q100, EURO = (
    "abandon-2-4-target", "excessive-deficit-procedure", "citizens-income", "quota-100", "euro-exit")

# Each article: (published UTC, outlet slug, url slug, title, text, claims)
# claims: (actor, issue, stance, quote, attributed)
ARTICLES = [
    # 001
    ("2018-09-27T21:40:00Z", "continental-wire", "italy-coalition-sets-2019-deficit-at-2-4-percent",
     "Italy's coalition sets 2019 deficit at 2.4% of GDP, defying EU partners",
     """ROME, Sep 27 (Continental Wire) - Italy's coalition government agreed on Thursday to target a budget deficit of 2.4 percent of gross domestic product next year, three times the goal set by the previous administration and well above what European partners had expected.

The figure was settled after a long evening meeting at Palazzo Chigi, the prime minister's office, between Prime Minister Giuseppe Conte, Economy Minister Giovanni Tria and the two deputy prime ministers, Luigi Di Maio of the Five Star Movement and Matteo Salvini of the League.

Di Maio later appeared on a balcony of the building with Five Star ministers to wave to supporters, saying the budget would pay for a citizens' income for the poor from next year. He called the 2.4 percent target a victory for Italians.

Salvini said he was satisfied with the deal, which he said would let people retire earlier by overhauling the pension system.

Tria had argued in recent weeks for a deficit closer to 1.6 percent, according to people familiar with the talks, and Italian newspapers had speculated that he might resign. The Treasury did not comment on those reports.""",
     [(GOV, DEF, O, "Italy's coalition government agreed on Thursday to target a budget deficit of 2.4 percent", True),
      (M5S, DEF, O, "He called the 2.4 percent target a victory for Italians.", True),
      (M5S, RDC, S, "the budget would pay for a citizens' income for the poor from next year", True),
      (LEGA, DEF, O, "Salvini said he was satisfied with the deal", True),
      (LEGA, Q100, S, "would let people retire earlier by overhauling the pension system", True)]),

    # 002
    ("2018-09-28T15:10:00Z", "ledger-europe", "brussels-warns-rome-budget-goal-outside-rules",
     "Brussels warns Rome's budget goal looks outside EU rules as bonds slide",
     """BRUSSELS, Sep 28 (Ledger Europe) - The European Commission signalled on Friday that Italy's new deficit goal appeared to breach the euro zone's budget rules, as investors sold Italian government bonds and bank shares.

Economic Affairs Commissioner Pierre Moscovici told a French broadcaster that a 2.4 percent deficit for 2019 seemed to fall outside the framework agreed by EU governments. He said the Commission had no interest in a crisis between Brussels and Rome, but that Rome should rethink the target and reduce its debt, which stands at around 131 percent of output, rather than add to it.

The yield spread between Italian 10-year bonds and German Bunds widened to about 270 basis points, and the main stock index in Milan fell nearly 4 percent, dragged down by lenders.

In Rome, Salvini brushed off the warning. He said the government would not retreat from the figure and that Italians, not officials abroad, would decide how the country spends its money.

Analysts said the Commission was likely to wait for the formal draft, due by Oct. 15, before taking any formal step.""",
     [(COM, DEF, S, "Rome should rethink the target and reduce its debt", True),
      (LEGA, DEF, O, "the government would not retreat from the figure", True)]),

    # 003 (no claims)
    ("2018-10-01T19:30:00Z", "harborline-news", "tria-leaves-luxembourg-talks-early",
     "Tria leaves Luxembourg talks early as euro zone awaits Italian draft",
     """LUXEMBOURG, Oct 1 (Harborline News) - Italian Economy Minister Giovanni Tria left a meeting of euro zone finance ministers in Luxembourg early on Monday to fly back to Rome, where the coalition is still drafting the details of its 2019 budget.

Tria skipped the news conference that usually follows the talks and gave no statement to reporters at the venue. An Italian official said the early departure had been planned and reflected the crowded budget calendar.

Eurogroup President Mario Centeno told reporters that ministers had discussed Italy only briefly. He declined to say whether the 2.4 percent target was acceptable, saying the Commission would first have to examine the full draft.

Several delegations stayed on for dinner at a five-star hotel near the Kirchberg plateau. Two diplomats said they expected a tense autumn and guessed that Rome could eventually shave a few tenths of a point off the target to calm investors.

Italian bond yields rose again on Monday. The draft budgetary plan must reach Brussels by Oct. 15.""",
     []),

    # 004
    ("2018-10-02T17:20:00Z", "bourse-sentinel", "italian-yields-jump-after-currency-remark",
     "Italian yields jump after League lawmaker's currency remark; Conte says euro is safe",
     """ROME, Oct 2 (Bourse Sentinel) - Italian bond yields climbed to their highest level in more than four years on Tuesday after Claudio Borghi, a League lawmaker who chairs the lower house budget committee, said most of Italy's problems would be solved if it had its own currency.

The remark, made on a radio programme, revived investor fears about the coalition's commitment to the single currency, and party leaders moved quickly to contain the damage.

Salvini said leaving the euro was not part of the coalition's programme and that the League had no plan to take Italy out of the single currency. Di Maio wrote on social media that there was no question of Italy leaving the euro.

Prime Minister Giuseppe Conte told reporters that the euro was Italy's currency and that leaving it was not on the table. Borghi later said he had been expressing a personal view.

Traders said the episode showed how sensitive markets had become to every comment from Rome. The spread over German Bunds ended the day above 300 basis points.""",
     [(LEGA, EURO, O, "the League had no plan to take Italy out of the single currency", True),
      (M5S, EURO, O, "there was no question of Italy leaving the euro", True),
      (GOV, EURO, O, "the euro was Italy's currency and that leaving it was not on the table", True)]),

    # 005 (headline overstates)
    ("2018-10-03T20:15:00Z", "tiber-courier", "italy-bows-to-pressure-cuts-deficit-plan",
     "Italy bows to pressure and cuts deficit plan",
     """ROME, Oct 3 (Tiber Courier) - Italy's government lowered its deficit targets for 2020 and 2021 on Wednesday, in a gesture to markets and to the European Commission, but kept next year's goal at 2.4 percent of GDP.

After a meeting with Conte and Tria, the coalition said the deficit would fall to 2.1 percent in 2020 and 1.8 percent in 2021, instead of staying at 2.4 percent for three years as first planned. The figure for 2019 was left untouched.

Di Maio said the government was not retreating on the things that mattered. The citizens' income and the pension changes would start next year as promised, he said, and the 2.4 percent for 2019 was not up for discussion.

Tria, who presented the new path to his cabinet colleagues, said the revised numbers showed the government was serious about bringing down its debt. He did not say whether he had pressed for deeper cuts.

The spread over German Bunds narrowed slightly after the announcement. A spokeswoman for the Commission said it would assess the plan once it received the full draft.""",
     [(GOV, DEF, O, "kept next year's goal at 2.4 percent of GDP", True),
      (M5S, DEF, O, "the 2.4 percent for 2019 was not up for discussion", True),
      (M5S, RDC, S, "The citizens' income and the pension changes would start next year as promised", True),
      (M5S, Q100, S, "The citizens' income and the pension changes would start next year as promised", True)]),

    # 006
    ("2018-10-05T16:00:00Z", "continental-wire", "eu-warns-italy-budget-strays-from-commitments",
     "EU warns Italy its budget plan strays from fiscal commitments",
     """BRUSSELS, Oct 5 (Continental Wire) - The European Commission formally warned Italy on Friday that its new budget targets appeared to be a significant departure from the commitments Rome had made to its euro zone partners, and urged the government to bring its plans back in line.

In a letter to Tria, Commission Vice-President Valdis Dombrovskis and Commissioner Pierre Moscovici said the planned 2019 deficit was a source of serious concern and asked the government to make sure the draft it sends later this month complies with the common rules.

The letter noted that Italy had been asked to cut its structural deficit next year, whereas the new plans point to a sizeable increase.

Salvini responded within hours. Speaking at a rally in the north, he said letters from Brussels would not make the government change its mind and that it would not go back on the 2.4 percent. Anyone who attacks the budget, he said, attacks the Italian people.

The Italian Treasury said it would reply in due course.""",
     [(COM, DEF, S, "urged the government to bring its plans back in line", True),
      (LEGA, DEF, O, "it would not go back on the 2.4 percent", True)]),

    # 007
    ("2018-10-09T14:30:00Z", "harborline-news", "bank-of-italy-warns-spread-questions-pension-rollback",
     "Bank of Italy warns spread is eroding banks' capital, questions pension rollback",
     """ROME, Oct 9 (Harborline News) - The Bank of Italy told parliament on Tuesday that the rise in Italian borrowing costs since the spring was already eating into the capital of the country's banks, and warned that reversing past pension reforms would weigh on public finances for years.

Deputy Governor Luigi Federico Signorini, testifying before the budget committees of both chambers, said the planned early-retirement scheme risked undoing measures that had made the pension system sustainable.

On the citizens' income, he said a measure to fight poverty could be useful, provided it was designed to push recipients towards work rather than away from it.

Signorini said the central bank did not take sides on the political choices behind the budget, but that their effect on debt and on the spread had to be weighed carefully.

The parliamentary budget office, an independent watchdog, said separately that it could not validate the government's growth forecasts, which it described as too optimistic. Tria is due to appear before the same committees on Wednesday.""",
     [(BOI, Q100, O, "the planned early-retirement scheme risked undoing measures that had made the pension system sustainable", True),
      (BOI, RDC, C, "could be useful, provided it was designed to push recipients towards work", True)]),

    # 008
    ("2018-10-15T22:50:00Z", "tiber-courier", "italian-cabinet-approves-draft-budget",
     "Italian cabinet approves draft budget, sends it to Brussels",
     """ROME, Oct 15 (Tiber Courier) - Italy's cabinet approved its draft budget plan late on Monday and sent it to the European Commission, confirming a deficit target of 2.4 percent of GDP for 2019 despite repeated warnings from Brussels.

The document sets aside 9 billion euros for the citizens' income and around 7 billion euros to allow earlier retirement under the so-called quota 100, under which workers can retire when their age and years of contributions add up to 100.

Conte told a news conference after the meeting that the government stood by the budget and would defend each of its measures in talks with the Commission.

Di Maio said the citizens' income would be paid from next spring and that no one in the coalition would accept a budget that left it out.

The League, which made dismantling the 2011 Fornero pension law a central campaign promise, was represented at the meeting by its ministers. Salvini was campaigning in the north and did not attend.

Ratings agencies are due to review Italy's debt in the coming weeks.""",
     [(GOV, DEF, O, "confirming a deficit target of 2.4 percent of GDP for 2019", True),
      (GOV, RDC, S, "sets aside 9 billion euros for the citizens' income", True),
      (GOV, Q100, S, "around 7 billion euros to allow earlier retirement under the so-called quota 100", True),
      (M5S, RDC, S, "no one in the coalition would accept a budget that left it out", True),
      (LEGA, Q100, S, "made dismantling the 2011 Fornero pension law a central campaign promise", False)]),

    # 009
    ("2018-10-18T13:00:00Z", "ledger-europe", "moscovici-hands-tria-letter-in-rome",
     "Moscovici hands Tria letter in Rome citing serious breach of rules",
     """ROME, Oct 18 (Ledger Europe) - European Economic Affairs Commissioner Pierre Moscovici delivered a letter to Economy Minister Giovanni Tria in Rome on Thursday, telling the government that its draft budget appeared to break EU rules in a particularly serious way.

The letter, co-signed by Valdis Dombrovskis, asks Italy to respond by midday on Monday. It says the planned deficit and the lack of progress on cutting debt amount to an unprecedented deviation from the euro zone's fiscal rules, and asks the government to explain how it intends to comply.

Speaking at a news conference at the Commission's office in Rome, Moscovici said the Commission wanted dialogue, not confrontation, and was not seeking a crisis. He said the draft in its current form could not be accepted.

Tria said after the meeting that the government would reply with its reasons but had no intention of abandoning the 2.4 percent target, which he described as necessary to revive growth.

Officials in Rome said the exchange had been courteous.""",
     [(COM, DEF, S, "He said the draft in its current form could not be accepted.", True),
      (GOV, DEF, O, "had no intention of abandoning the 2.4 percent target", True)]),

    # 010 (no claims)
    ("2018-10-19T22:30:00Z", "bourse-sentinel", "moodys-cuts-italy-one-notch-above-junk",
     "Moody's cuts Italy to one notch above junk over budget plans",
     """MILAN, Oct 19 (Bourse Sentinel) - Moody's downgraded Italy's sovereign credit rating by one notch to Baa3 on Friday, leaving it just one step above junk territory, and cited the government's budget plans as the main reason.

The agency said the planned fiscal loosening would keep Italy's debt close to 130 percent of GDP for years instead of bringing it down. It set a stable outlook, which some traders had not expected, and bond futures rose in late trading.

A spokesman for the Treasury declined to comment on the decision. S&P Global is due to publish its own review of Italy next Friday.

Fund managers said the stable outlook removed the risk of a quick slide into junk, which would force some investors to sell Italian debt. Others said a cut by S&P would put renewed pressure on the country's banks, which hold large amounts of government bonds.

Two economists in Milan said they expected the government to dig in for now but to look for a face-saving compromise with the Commission before the end of the year.""",
     []),

    # 011
    ("2018-10-22T19:45:00Z", "continental-wire", "italy-tells-brussels-it-will-not-change-budget",
     "Italy tells Brussels it will not change budget despite rule breach",
     """ROME, Oct 22 (Continental Wire) - Italy told the European Commission on Monday that it would not alter its 2019 budget, conceding in a letter that the plan did not follow the EU's rules but arguing that it was needed to pull the economy out of stagnation.

In the letter, Tria wrote that the government was aware it had chosen a path that departed from the rules, a choice he called hard but unavoidable after years of weak growth. He promised that the government would act to keep the deficit from overshooting if the economy grew more slowly than forecast.

Conte said the letter set out the government's position clearly and that there was no plan B.

Di Maio told a television talk show that the Five Star Movement would not accept any retreat from the deficit target. The Commission has until the end of the month to give its formal opinion, and officials in Brussels have indicated it could ask for a new draft.

Italian bond yields eased slightly after the letter was published.""",
     [(GOV, DEF, O, "that it would not alter its 2019 budget", True),
      (M5S, DEF, O, "would not accept any retreat from the deficit target", True)]),

    # 012 (duplicate pair with 013)
    ("2018-10-23T14:40:00Z", "harborline-news", "eu-rejects-italy-budget-unprecedented",
     "EU rejects Italy's budget in unprecedented move, gives Rome three weeks",
     """STRASBOURG, Oct 23 (Harborline News) - The European Commission rejected Italy's draft 2019 budget on Tuesday, the first time it has sent a euro zone country's spending plan back, and gave Rome three weeks to submit a new one.

Commission Vice-President Valdis Dombrovskis told reporters in Strasbourg that Italy's plans were an "open and flagrant" break with the commitments it had made, and that the government was going against its own earlier promises.

Moscovici said the Commission was asking for a revised draft with a lower deficit, and that the decision was not a sanction. Asked about a disciplinary procedure, he said one could follow if Italy failed to send a revised plan, but that the Commission hoped it would not come to that.

Earlier, at the European Parliament, a League member of the assembly rubbed the sole of his shoe on Moscovici's notes at the end of a news conference, a gesture the commissioner later condemned as a provocation.

Conte was expected to respond in Rome later in the day.""",
     [(COM, DEF, S, "the Commission was asking for a revised draft with a lower deficit", True),
      (COM, EDP, C, "one could follow if Italy failed to send a revised plan", True)]),

    # 013 (duplicate of 012)
    ("2018-10-23T16:05:00Z", "bourse-sentinel", "brussels-throws-out-italy-draft-budget",
     "Brussels throws out Italy's draft budget, a first for the euro zone",
     """STRASBOURG, Oct 23 (Bourse Sentinel) - The European Commission on Tuesday threw out Italy's draft budget for 2019, the first time Brussels has returned a euro zone government's spending plan, and told Rome to present a new one within three weeks.

Speaking in Strasbourg, Commission Vice-President Valdis Dombrovskis said Italy's plans amounted to an "open and flagrant" breach of its commitments, going against promises the government itself had made.

Moscovici said the Commission was asking for a revised draft with a lower deficit and stressed that the decision was not a sanction. Asked whether a disciplinary procedure was coming, he said one could follow if Italy failed to send a revised plan, though he hoped it would not.

At the end of an earlier news conference in the European Parliament, a League lawmaker in the assembly rubbed his shoe on the commissioner's notes, which Moscovici later condemned as a provocation.

A response from Conte was expected in Rome later in the day.""",
     [(COM, DEF, S, "the Commission was asking for a revised draft with a lower deficit", True),
      (COM, EDP, C, "one could follow if Italy failed to send a revised plan", True)]),

    # 014
    ("2018-10-24T11:30:00Z", "tiber-courier", "rome-stands-firm-after-eu-rejection",
     "Rome stands firm after EU rejection; Salvini says Brussels targets pensions",
     """ROME, Oct 24 (Tiber Courier) - Italy's coalition leaders said on Wednesday they would not rewrite the budget that the European Commission rejected a day earlier, setting up a standoff with Brussels that could last weeks.

Conte said in a statement that the government would not change the deficit target and that the budget was the right one for the country. He added that he remained open to talks with the Commission on how the figures were presented.

Salvini said the government would not back down "by a millimetre". He accused the Commission of wanting to block the pension changes, and said the early-retirement scheme would start in 2019 whatever Brussels thought.

Di Maio said the rejection was an attack on a government that had been elected to help the poor, and that the Five Star Movement would defend the citizens' income line by line.

The spread between Italian and German yields held above 310 basis points in morning trading.""",
     [(GOV, DEF, O, "the government would not change the deficit target", True),
      (LEGA, DEF, O, "Salvini said the government would not back down", True),
      (COM, Q100, O, "accused the Commission of wanting to block the pension changes", False),
      (LEGA, Q100, S, "the early-retirement scheme would start in 2019 whatever Brussels thought", True),
      (M5S, RDC, S, "the Five Star Movement would defend the citizens' income line by line", True)]),

    # 015
    ("2018-10-25T13:45:00Z", "ledger-europe", "draghi-urges-calmer-tone-euro-irreversible",
     "Draghi urges calmer tone in Italy row, says euro is irreversible",
     """FRANKFURT, Oct 25 (Ledger Europe) - European Central Bank President Mario Draghi urged Italian politicians on Thursday to tone down their rhetoric about the budget, saying that talk questioning the euro had pushed up borrowing costs for households and firms.

Speaking at a news conference in Frankfurt after the ECB left interest rates unchanged, Draghi said he was confident that Rome and the Commission would reach an agreement. He declined to say whether the ECB would step in if Italian bond yields kept rising, noting that it was not the central bank's job to finance government deficits.

He said the euro was irreversible and that no member was going to leave it, a message several economists read as aimed at Italy's governing parties.

Draghi, a former governor of the Bank of Italy, said losses on bond holdings were eating into Italian banks' capital. He declined to comment on the Commission's rejection of the draft, saying the matter was one for the budget authorities.

The ECB confirmed it would end net bond purchases in December.""",
     [(ECB, EURO, O, "He said the euro was irreversible and that no member was going to leave it", True)]),

    # 016
    ("2018-11-05T18:20:00Z", "continental-wire", "euro-zone-ministers-back-commission-on-italy",
     "Euro zone ministers back Commission, urge Italy to rework budget",
     """BRUSSELS, Nov 5 (Continental Wire) - Euro zone finance ministers endorsed the European Commission's rejection of Italy's budget on Monday and called on Rome to work with Brussels on a revised plan, leaving Italy isolated among its currency partners.

In a statement read out by Eurogroup President Mario Centeno, the ministers said they agreed with the Commission's assessment and invited Italy to cooperate closely with it to prepare a revised draft budgetary plan. Several ministers, including Austria's Hartwig Loeger, said openly that the rules had to apply to everyone.

Tria, who attended the meeting, told reporters that the government would not lower its deficit target but would keep talking to the Commission about other parts of the plan, such as the path for reducing debt.

Centeno said the door to dialogue was open, but declined to say what would happen if Italy sent the same figures back by the Nov. 13 deadline.

Italian bonds were little changed after the meeting.""",
     [(EG, DEF, S, "invited Italy to cooperate closely with it to prepare a revised draft budgetary plan", True),
      (GOV, DEF, O, "the government would not lower its deficit target", True)]),

    # 017 (no claims)
    ("2018-11-08T12:10:00Z", "harborline-news", "commission-sees-italian-deficit-at-2-9-percent",
     "Commission sees Italian deficit at 2.9% next year; Rome disputes forecast",
     """BRUSSELS, Nov 8 (Harborline News) - The European Commission forecast on Thursday that Italy's budget deficit would reach 2.9 percent of GDP next year and 3.1 percent in 2020, well above the government's own projections, because it expects weaker growth than Rome does.

The autumn forecast, presented by Moscovici, puts Italian growth at 1.2 percent in 2019, compared with 1.5 percent in the government's plan. Public debt would stay at about 131 percent of output.

Tria said in a statement that the Commission's numbers did not take account of the government's investment plans and that he stood by the government's growth projections.

Moscovici said the forecast was a technical exercise and was not meant to send a political message to any government.

Italian ten-year yields were little changed. The government has until next Tuesday to send its budget back to Brussels, and officials in Rome have given no hint of what it will contain.""",
     []),

    # 018
    ("2018-11-13T20:30:00Z", "tiber-courier", "italy-resubmits-budget-deficit-unchanged",
     "Italy resubmits budget with 2.4% deficit unchanged, adds asset sales",
     """ROME, Nov 13 (Tiber Courier) - Italy sent its budget back to the European Commission on Tuesday with the 2019 deficit target unchanged at 2.4 percent of GDP, defying the demand for a new plan but adding a promise to raise money by selling state assets.

The revised document, approved by the cabinet in the evening, keeps the growth forecast at 1.5 percent and commits the government to privatisations worth about 1 percent of GDP next year to help reduce debt. Tria wrote in an accompanying letter that the government would take corrective steps if the deficit threatened to exceed the target.

Salvini said the government had not budged and would not budge. Di Maio said the citizens' income and the early-retirement scheme were non-negotiable, and that Italy was not a country that could be frightened by letters.

The Commission, which has demanded that Italy lower its deficit, is expected to respond within weeks and could take the first step towards a disciplinary procedure.""",
     [(GOV, DEF, O, "the 2019 deficit target unchanged at 2.4 percent of GDP", True),
      (LEGA, DEF, O, "Salvini said the government had not budged and would not budge.", True),
      (M5S, RDC, S, "the citizens' income and the early-retirement scheme were non-negotiable", True),
      (M5S, Q100, S, "the citizens' income and the early-retirement scheme were non-negotiable", True),
      (COM, DEF, S, "The Commission, which has demanded that Italy lower its deficit", False)]),

    # 019
    ("2018-11-20T17:00:00Z", "ledger-europe", "brussels-poised-to-back-italy-debt-procedure",
     "Brussels poised to back Italy debt procedure, officials say; Rome denies retreat",
     """BRUSSELS, Nov 20 (Ledger Europe) - The European Commission is ready to recommend on Wednesday that a disciplinary procedure be opened against Italy over its debt, three EU officials said on Tuesday, a step that could eventually lead to fines.

The officials, who spoke on condition of anonymity, said the Commission had concluded that Italy's resubmitted plan did not address its concerns and that a debt-based excessive deficit procedure was now justified. The final decision rests with the college of commissioners.

A Commission spokesman declined to comment on what he called speculation.

In Rome, several newspapers speculated that Conte might try to trim the cost of the citizens' income and the pension scheme by delaying their start. Palazzo Chigi denied the reports, saying in a statement that the deficit target was not changing.

Economists at a Frankfurt bank said they expected the government to settle eventually for a figure close to 2 percent, but not before the spread rose further.""",
     [(COM, EDP, S, "a debt-based excessive deficit procedure was now justified", False),
      (GOV, DEF, O, "saying in a statement that the deficit target was not changing", True)]),

    # 020 (shift: commission EDP conditional -> support)
    ("2018-11-21T13:30:00Z", "continental-wire", "commission-says-italy-debt-procedure-warranted",
     "Commission says debt procedure against Italy is warranted",
     """BRUSSELS, Nov 21 (Continental Wire) - The European Commission said on Wednesday that a disciplinary procedure against Italy over its rising debt was warranted, escalating its clash with Rome over the 2019 budget.

In a report adopted by the commissioners, the Commission concluded that Italy had not complied with the EU's debt rule and that opening an excessive deficit procedure was justified. It also found that the early-retirement scheme reversed parts of past pension reforms that had made the system more sustainable.

Dombrovskis said Italy's revised plan carried a risk of particularly serious non-compliance with EU rules. Moscovici said the door to dialogue remained open and that no procedure would be launched before euro zone governments had their say.

Finance ministers are expected to discuss the report in early December. Any fines, which could reach 0.2 percent of GDP, would come much later in the process.

Italian bonds fell modestly after the announcement, which markets had largely anticipated.""",
     [(COM, EDP, S, "opening an excessive deficit procedure was justified", True),
      (COM, Q100, O, "the early-retirement scheme reversed parts of past pension reforms", True),
      (COM, DEF, S, "Italy's revised plan carried a risk of particularly serious non-compliance", True)]),

    # 021
    ("2018-11-22T10:15:00Z", "bourse-sentinel", "italy-leaders-shrug-off-procedure-threat",
     "Italy's leaders shrug off EU procedure threat; Conte to dine with Juncker",
     """ROME, Nov 22 (Bourse Sentinel) - Italy's government leaders said on Wednesday evening that the European Commission's move towards a disciplinary procedure would not change their budget, even as Conte prepared to meet Commission President Jean-Claude Juncker in Brussels on Saturday.

Conte told reporters that he would explain to Juncker why a procedure against Italy would be unjustified and harmful for the whole euro zone.

Di Maio said a procedure would punish Italians for wanting to help the poor, and that the citizens' income would start in the spring. Salvini joked that he was still waiting for a letter from Father Christmas as well.

Bank of Italy Governor Ignazio Visco did not comment on the procedure, but said in a speech in Rome that the higher spread had already added billions of euros to the state's interest bill.

The spread between Italian and German 10-year yields was steady at around 320 basis points on Thursday morning.""",
     [(GOV, EDP, O, "why a procedure against Italy would be unjustified", True),
      (M5S, EDP, O, "a procedure would punish Italians for wanting to help the poor", True),
      (M5S, RDC, S, "the citizens' income would start in the spring", True)]),

    # 022 (shift: government DEF oppose -> conditional)
    ("2018-11-24T22:30:00Z", "ledger-europe", "conte-ready-to-revisit-deficit-after-juncker-dinner",
     "Conte says Italy ready to revisit deficit figure after dinner with Juncker",
     """BRUSSELS, Nov 24 (Ledger Europe) - Italian Prime Minister Giuseppe Conte said on Saturday that Rome was ready to look again at its 2019 deficit figure, after a two-hour dinner with Jean-Claude Juncker at the Commission's Berlaymont headquarters.

Conte told reporters the talks had been constructive and that Italy would study whether savings could be found in the cost of its flagship measures. He said the government could accept a lower deficit only if the reforms were not touched, meaning the citizens' income and the pension reform would stay intact.

Moscovici and Dombrovskis also attended the dinner. A Commission spokesman said the two sides had agreed to keep working together, but declined to say whether the planned procedure could now be avoided.

Italian officials said Tria would prepare new figures in the coming days. An EU diplomat said the change in tone was welcome but that Brussels would judge the numbers, not the words.""",
     [(GOV, DEF, C, "the government could accept a lower deficit only if the reforms were not touched", True),
      (GOV, RDC, S, "the citizens' income and the pension reform would stay intact", True),
      (GOV, Q100, S, "the citizens' income and the pension reform would stay intact", True)]),

    # 023 (shift: league DEF oppose -> conditional; headline overstates)
    ("2018-11-26T16:40:00Z", "tiber-courier", "salvini-ready-to-ditch-deficit-goal",
     "Salvini ready to ditch 2.4% deficit goal",
     """ROME, Nov 26 (Tiber Courier) - League leader Matteo Salvini said on Monday that nobody in the government was attached to a decimal point, and that the deficit could end up a little below 2.4 percent, provided no pensioner or family lost out.

Speaking at a party event in Rome, Salvini said a figure of 2.2 or 2.3 percent would be fine with the League as long as the early-retirement scheme started on time. Only a month ago he had vowed not to give up a single tenth of a point.

He said the League still wanted the citizens' income to go only to people who were genuinely looking for work, not to those who stayed at home on the sofa.

Salvini added that he did not want a procedure and hoped the talks with Brussels would settle the matter before Christmas.

Italian bond yields fell on his remarks, and the spread narrowed to about 290 basis points.""",
     [(LEGA, DEF, C, "could end up a little below 2.4 percent, provided no pensioner or family lost out", True),
      (LEGA, Q100, S, "as long as the early-retirement scheme started on time", True),
      (LEGA, RDC, C, "wanted the citizens' income to go only to people who were genuinely looking for work", True),
      (LEGA, EDP, O, "he did not want a procedure", True)]),

    # 024 (shift: five-star DEF oppose -> conditional)
    ("2018-11-27T15:20:00Z", "bourse-sentinel", "italian-bonds-rally-di-maio-deficit-not-dogma",
     "Italian bonds rally as Di Maio says deficit target is not a dogma",
     """MILAN, Nov 27 (Bourse Sentinel) - Italian bonds rallied for a second day on Tuesday after Deputy Prime Minister Luigi Di Maio said the 2.4 percent deficit target was not a dogma, adding to signs that the coalition is preparing a compromise with Brussels.

Di Maio told reporters that the Five Star Movement could accept a somewhat lower figure as long as the citizens' income reached every eligible family next year. What mattered, he said, were the measures and not the decimals.

The spread between Italian and German 10-year yields narrowed to around 285 basis points, its tightest in a month, and Milan's bank index rose more than 3 percent.

Strategists at several banks said they now expected a deficit target of around 2 percent, though none ruled out a renewed sell-off if the talks failed. One fund manager in London said the market had been waiting for exactly this kind of signal.

The Commission did not comment on the remarks.""",
     [(M5S, DEF, C, "the Five Star Movement could accept a somewhat lower figure", True),
      (M5S, RDC, S, "as long as the citizens' income reached every eligible family next year", True)]),

    # 025
    ("2018-11-30T21:00:00Z", "harborline-news", "conte-meets-juncker-at-g20-new-numbers",
     "Conte meets Juncker at G20, promises new budget numbers within days",
     """BUENOS AIRES, Nov 30 (Harborline News) - Conte met Juncker again on Friday on the sidelines of the G20 summit in Buenos Aires and said he would present Italy's new budget numbers to the Commission within days.

Conte told Italian reporters in the Argentine capital that there was room to lower the deficit through savings on the citizens' income and the pension scheme, whose start dates could be pushed back by a few months. He said neither measure would be cut back.

He added that any new figure would depend on the Commission recognising the government's reform effort, and that Italy would not accept a deal that forced it to abandon its promises to voters.

Juncker said in Buenos Aires that it was up to Rome to make proposals and that he would not comment on figures he had not yet seen.

Italian officials said Tria, who stayed in Rome, was working on several options.""",
     [(GOV, DEF, C, "any new figure would depend on the Commission recognising the government's reform effort", True),
      (GOV, RDC, S, "He said neither measure would be cut back.", True),
      (GOV, Q100, S, "He said neither measure would be cut back.", True)]),

    # 026
    ("2018-12-03T19:00:00Z", "continental-wire", "eurogroup-agrees-italy-procedure-warranted",
     "Euro zone ministers agree Italy procedure is warranted, hope for deal",
     """BRUSSELS, Dec 3 (Continental Wire) - Euro zone finance ministers agreed on Monday with the European Commission that Italy's budget plans justified opening a debt-based excessive deficit procedure, while saying they hoped talks could still produce a solution.

In a statement after the Eurogroup meeting, the ministers said they shared the Commission's view that a procedure was warranted and encouraged Italy to take the measures needed to comply with the rules.

Eurogroup President Mario Centeno said the contacts between Rome and Brussels were now moving in the right direction, and that the ministers would welcome a budget with a lower deficit.

Tria told reporters the government was working on new figures and was ready to bring the deficit down, but only in a way that kept the government's commitments to voters.

The Commission is expected to decide in the coming weeks whether to formally propose the procedure.""",
     [(EG, EDP, S, "they shared the Commission's view that a procedure was warranted", True),
      (EG, DEF, S, "the ministers would welcome a budget with a lower deficit", True),
      (GOV, DEF, C, "ready to bring the deficit down, but only in a way that kept", True)]),

    # 027
    ("2018-12-06T11:00:00Z", "bourse-sentinel", "visco-lower-deficit-would-ease-borrowing-costs",
     "Bank of Italy's Visco says lower deficit would ease borrowing costs",
     """ROME, Dec 6 (Bourse Sentinel) - Bank of Italy Governor Ignazio Visco said on Thursday that a lower deficit target for 2019 would help bring down Italian borrowing costs, and warned that doubts about Italy's place in the euro had cost the country dearly this year.

Speaking at a conference at the central bank's Via Nazionale headquarters, Visco said the rise in the spread since May had raised funding costs for banks and companies, and that a credible agreement with the Commission would quickly ease that pressure.

Leaving the euro would make Italians poorer, not richer, he said, and the mere suggestion of it had been enough to unsettle investors.

Visco declined to comment on the figures the government was reported to be preparing, saying budget choices were for parliament and the government.

Italian ten-year yields slipped to their lowest level in two months.""",
     [(BOI, DEF, S, "a lower deficit target for 2019 would help bring down Italian borrowing costs", True),
      (BOI, EURO, O, "Leaving the euro would make Italians poorer, not richer, he said", True)]),

    # 028 (shift: government DEF conditional -> support)
    ("2018-12-12T21:30:00Z", "ledger-europe", "italy-offers-to-cut-deficit-target-to-2-04",
     "Italy offers to cut 2019 deficit target to 2.04% to avert EU procedure",
     """BRUSSELS, Dec 12 (Ledger Europe) - Italy offered on Wednesday to cut its 2019 deficit target to 2.04 percent of GDP from 2.4 percent, Prime Minister Giuseppe Conte said after presenting the new numbers to Juncker in Brussels, in a bid to avoid a disciplinary procedure.

Conte said the government had found the savings by trimming the cost of its flagship measures and by revising its growth forecast. He said the citizens' income and the early-retirement scheme would both start in the first half of next year.

Moscovici said the offer was a step in the right direction, but that the Commission needed to check the numbers before it could say whether the procedure could be avoided.

Salvini and Di Maio, who stayed in Rome, had approved the new figure at a late-night meeting on Tuesday, Italian officials said.

Italian bond yields fell sharply on the news.""",
     [(GOV, DEF, S, "Italy offered on Wednesday to cut its 2019 deficit target to 2.04 percent", True),
      (GOV, RDC, S, "the citizens' income and the early-retirement scheme would both start in the first half", True),
      (GOV, Q100, S, "the citizens' income and the early-retirement scheme would both start in the first half", True),
      (COM, DEF, S, "the offer was a step in the right direction", True),
      (LEGA, DEF, S, "Salvini and Di Maio, who stayed in Rome, had approved the new figure", False),
      (M5S, DEF, S, "Salvini and Di Maio, who stayed in Rome, had approved the new figure", False)]),

    # 029 (shift: league DEF conditional -> support)
    ("2018-12-13T10:40:00Z", "tiber-courier", "salvini-backs-2-04-target",
     "Salvini backs 2.04% target; Di Maio sets a condition",
     """ROME, Dec 13 (Tiber Courier) - League leader Matteo Salvini backed the government's new deficit target of 2.04 percent on Thursday, saying that if the same promises could be kept with a lower deficit, so much the better.

Salvini told a radio interviewer that the 2.04 percent figure was the right one and that the early-retirement scheme would start in the spring as planned. He said he expected Brussels to accept the offer.

Di Maio, speaking separately at a Five Star event, said the movement would back the lower figure only if the citizens' income was not cut. He said the measure would reach the first families in April.

The Commission has not yet given its response. Officials in Brussels said the technical talks could last until the end of next week.

The spread between Italian and German bonds fell below 270 basis points for the first time since September.""",
     [(LEGA, DEF, S, "the 2.04 percent figure was the right one", True),
      (LEGA, Q100, S, "the early-retirement scheme would start in the spring as planned", True),
      (M5S, DEF, C, "would back the lower figure only if the citizens' income was not cut", True),
      (M5S, RDC, S, "He said the measure would reach the first families in April.", True)]),

    # 030 (shift: commission EDP support -> oppose; duplicate pair with 031)
    ("2018-12-19T12:30:00Z", "continental-wire", "commission-drops-push-for-italy-procedure",
     "EU and Italy strike budget deal, averting disciplinary procedure",
     """BRUSSELS, Dec 19 (Continental Wire) - The European Commission decided on Wednesday not to recommend a disciplinary procedure against Italy, after Rome agreed to cut its 2019 deficit target to 2.04 percent of GDP and to freeze 2 billion euros of spending as a safeguard.

Commission Vice-President Valdis Dombrovskis told reporters the solution was not ideal, but said the revised budget meant there was no need to open a procedure at this stage. Moscovici said the deal showed that dialogue worked and that the Commission was satisfied with the lower deficit target.

As part of the compromise, the government has cut its growth forecast for next year to 1 percent, and the spending freeze will be lifted only if the public accounts stay on track.

In Rome, Conte said the agreement was good for Italians and for Europe. He said the budget would now go to parliament for final approval before the end of the year.""",
     [(COM, EDP, O, "there was no need to open a procedure at this stage", True),
      (COM, DEF, S, "the Commission was satisfied with the lower deficit target", True),
      (GOV, DEF, S, "Rome agreed to cut its 2019 deficit target to 2.04 percent of GDP", True)]),

    # 031 (duplicate of 030)
    ("2018-12-19T15:10:00Z", "harborline-news", "eu-italy-budget-deal-no-procedure",
     "Italy and EU reach budget deal; no disciplinary procedure for now",
     """BRUSSELS, Dec 19 (Harborline News) - The European Commission said on Wednesday it had decided not to recommend a disciplinary procedure against Italy, after Rome agreed to lower its 2019 deficit target to 2.04 percent of GDP and to set aside 2 billion euros of spending as a safeguard.

Commission Vice-President Valdis Dombrovskis said the solution was not ideal, but that the revised budget meant there was no need to open a procedure at this stage. Moscovici said the deal proved dialogue could work and that the Commission was satisfied with the lower deficit target.

Under the compromise the government now expects growth of 1 percent next year, and the frozen spending will be released only if the public accounts stay on track.

Speaking in Rome, Conte said the agreement was good for Italians and for Europe, and that the budget would go to parliament for final approval before the end of the year.""",
     [(COM, EDP, O, "there was no need to open a procedure at this stage", True),
      (COM, DEF, S, "the Commission was satisfied with the lower deficit target", True),
      (GOV, DEF, S, "Rome agreed to lower its 2019 deficit target to 2.04 percent of GDP", True)]),

    # 032 (shift: five-star DEF conditional -> support)
    ("2018-12-20T17:30:00Z", "ledger-europe", "di-maio-backs-2-04-citizens-income-secured",
     "Di Maio backs 2.04% deficit as coalition sells EU deal as a win",
     """ROME, Dec 20 (Ledger Europe) - Di Maio said on Thursday that the Five Star Movement fully backed the 2.04 percent deficit target now that the citizens' income had been secured, as Italy's coalition leaders sought to present the deal with Brussels as a victory rather than a retreat.

In a video for supporters, Di Maio said the movement would not have signed up to any budget that did not pay the citizens' income in 2019.

Salvini told reporters the agreement showed that Italy's future was in the euro, and that the government had kept its word to voters.

Eurogroup President Mario Centeno welcomed the lower target in a statement, saying it showed that the rules and dialogue could go together. Moscovici told a French radio station that opening a procedure would have been a failure for everyone.

Italian bonds extended their rally, and the spread fell to about 250 basis points.""",
     [(M5S, DEF, S, "fully backed the 2.04 percent deficit target", True),
      (M5S, RDC, S, "would not have signed up to any budget that did not pay the citizens' income", True),
      (LEGA, EURO, O, "the agreement showed that Italy's future was in the euro", True),
      (EG, DEF, S, "Centeno welcomed the lower target in a statement", True),
      (COM, EDP, O, "opening a procedure would have been a failure for everyone", True)]),

    # 033 (no claims)
    ("2018-12-30T09:30:00Z", "bourse-sentinel", "italian-parliament-gives-final-approval-to-budget",
     "Italian parliament gives final approval to 2019 budget after overnight session",
     """ROME, Dec 30 (Bourse Sentinel) - Italy's lower house gave final approval to the 2019 budget early on Sunday after an overnight session in which opposition lawmakers protested that they had been given no time to read a text rewritten at the last minute.

The Chamber of Deputies passed the bill by a comfortable majority, a day before the legal deadline. The Senate had approved it on Sunday last week.

Chamber Speaker Roberto Fico, a Five Star member, turned down opposition requests to delay the vote. The Democratic Party said it would ask the Constitutional Court to examine whether the rights of parliament had been violated.

The budget now needs the signature of President Sergio Mattarella before it can take effect on Jan. 1.

Analysts said attention would turn to whether the economy could meet the growth forecast, and to the European elections in May, which both coalition parties see as a test of their strength.""",
     []),
]

# Duplicate pairs: (original, copy)
DUPLICATES = [("012", "013"), ("030", "031")]

SHIFTS = [
    {"actor": COM, "issue": EDP, "from": C, "to": S, "article": "020",
     "why": "The Commission's report concludes that a debt-based procedure is justified; in 012/013 Moscovici said one could follow only if Italy failed to send a revised plan. The 019 leak by anonymous officials is attributed false and does not move the stance."},
    {"actor": GOV, "issue": DEF, "from": O, "to": C, "article": "022",
     "why": "After the Juncker dinner Conte says the government could accept a lower deficit only if the reforms are not touched; through 019 Palazzo Chigi said the target was not changing."},
    {"actor": LEGA, "issue": DEF, "from": O, "to": C, "article": "023",
     "why": "Salvini says the deficit could end up a little below 2.4% provided no pensioner or family loses out; in 002, 006, 014 and 018 he would not retreat."},
    {"actor": M5S, "issue": DEF, "from": O, "to": C, "article": "024",
     "why": "Di Maio says Five Star could accept a somewhat lower figure as long as the citizens' income reaches every eligible family; in 005 and 011 the 2.4% was not up for discussion."},
    {"actor": GOV, "issue": DEF, "from": C, "to": S, "article": "028",
     "why": "Italy formally offers a 2.04% target; in 022, 025 and 026 a lower deficit was only on conditions."},
    {"actor": LEGA, "issue": DEF, "from": C, "to": S, "article": "029",
     "why": "Salvini says the 2.04% figure is the right one; in 023 he set conditions. The officials' report in 028 that he approved the figure is attributed false."},
    {"actor": COM, "issue": EDP, "from": S, "to": O, "article": "030",
     "why": "The Commission decides not to recommend a procedure; Dombrovskis says there is no need to open one at this stage. In 020 it had found a procedure justified. 031 is a same-day copy and must not alert again."},
    {"actor": M5S, "issue": DEF, "from": C, "to": S, "article": "032",
     "why": "Di Maio says Five Star fully backs the 2.04% target now that the citizens' income is secured; in 029 he would back it only if the citizens' income was not cut. The 028 officials' report is attributed false."},
]

DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def build():
    errors = []
    arts = []
    for i, (pub, outlet, slug, title, text, claims) in enumerate(ARTICLES, 1):
        aid = "%03d" % i
        d = pub[:10].replace("-", "/")
        arts.append({
            "id": aid,
            "published": pub,
            "source": OUTLETS[outlet],
            "url": "https://example.org/%s/%s/%s" % (outlet, d, slug),
            "title": title,
            "text": text,
            "_outlet": outlet,
            "_claims": claims,
        })

    # write articles
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")

    # labels
    claims = {}
    for a in arts:
        claims[a["id"]] = [
            {"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": att}
            for (ac, iss, st, q, att) in a["_claims"]
        ]
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": claims,
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(labels, indent=2, ensure_ascii=False) + "\n")

    # feeds
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for outlet, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == outlet], key=lambda a: a["published"], reverse=True)
        if not items:
            errors.append("outlet %s has no articles" % outlet)
            continue

        def rfc822(iso):
            dt = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
            return email.utils.format_datetime(dt, usegmt=True)

        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % outlet,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set italy-eu-budget-2018</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for a in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    return arts, labels, errors


def validate(arts, labels, errors):
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues (want 5-7)" % len(issues))
    for ac, iss, st in baseline:
        if ac not in actors or iss not in issues or st not in (S, O, C):
            errors.append("bad baseline entry %s %s %s" % (ac, iss, st))

    if not 30 <= len(arts) <= 34:
        errors.append("%d articles (want 30-34)" % len(arts))
    prev = None
    for n, a in enumerate(arts, 1):
        aid = a["id"]
        if aid != "%03d" % n:
            errors.append("id %s out of sequence" % aid)
        if prev is not None and a["published"] <= prev:
            errors.append("%s not in publication order" % aid)
        prev = a["published"]
        text = a["text"]
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            errors.append("%s: non-ASCII text" % aid)
        wc = len(text.split())
        if not 120 <= wc <= 260:
            errors.append("%s: %d words (want 120-260)" % (aid, wc))
        m = DATELINE.match(text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            _, mon, day, outlet = m.groups()
            dt = datetime.date.fromisoformat(a["published"][:10])
            if outlet != a["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (aid, outlet, a["source"]))
            if mon != MONTHS[dt.month - 1] or int(day) != dt.day:
                errors.append("%s: dateline date %s %s != published %s" % (aid, mon, day, a["published"]))
        for c in labels["claims"][aid]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in text:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
        pairs = [(c["actor"], c["issue"]) for c in labels["claims"][aid]]
        if len(pairs) != len(set(pairs)):
            errors.append("%s: more than one claim for the same actor and issue" % aid)

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(ac, iss): st for ac, iss, st in baseline}
    recomputed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue %s" % s)

    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")

    # duplicates carry identical claims (actor, issue, stance, attributed), same day, later copy, other outlet
    by_id = {a["id"]: a for a in arts}
    shift_dup = False
    for orig, copy in DUPLICATES:
        t1 = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][orig])
        t2 = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in labels["claims"][copy])
        if t1 != t2:
            errors.append("duplicate %s/%s claims differ" % (orig, copy))
        if by_id[orig]["published"][:10] != by_id[copy]["published"][:10]:
            errors.append("duplicate %s/%s not same day" % (orig, copy))
        if by_id[orig]["source"] == by_id[copy]["source"]:
            errors.append("duplicate %s/%s same outlet" % (orig, copy))
        if orig in shift_articles:
            shift_dup = True
        if copy in shift_articles:
            errors.append("duplicate copy %s is a shift article" % copy)
    if not shift_dup:
        errors.append("no duplicate pair contains a shift article")

    # overall counts
    allc = [c for aid in labels["claims"] for c in labels["claims"][aid]]
    counts = {st: sum(1 for c in allc if c["stance"] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in allc if not c["attributed"])
    empty = [aid for aid in labels["claims"] if not labels["claims"][aid]]
    if not 60 <= len(allc) <= 90:
        errors.append("%d claims (want 60-90)" % len(allc))
    if counts[C] < 6:
        errors.append("only %d conditional claims" % counts[C])
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles (want 3-4)" % len(empty))
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labels["shifts"]))
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append("%d straight reversals (max 2)" % reversals)
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to or from conditional")

    # feeds
    for outlet in OUTLETS:
        path = os.path.join(HERE, "feeds", outlet + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr))

    restatements = 0
    prevailing = {(ac, iss): st for ac, iss, st in baseline}
    for a in arts:
        for c in labels["claims"][a["id"]]:
            key = (c["actor"], c["issue"])
            if c["attributed"] and prevailing.get(key) == c["stance"]:
                restatements += 1
            if c["attributed"]:
                prevailing[key] = c["stance"]

    print("articles: %d" % len(arts))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d; attributed restatements %d)"
          % (len(allc), counts[S], counts[O], counts[C], unattributed, restatements))
    print("shifts: %d in %d articles (%s); straight reversals %d"
          % (len(labels["shifts"]), len(shift_articles), ", ".join(sorted(shift_articles)), reversals))
    print("no-claim articles: %s" % ", ".join(empty))
    print("word counts: min %d, max %d" % (min(len(a["text"].split()) for a in arts),
                                            max(len(a["text"].split()) for a in arts)))
    per_outlet = {}
    for a in arts:
        per_outlet[a["source"]] = per_outlet.get(a["source"], 0) + 1
    print("outlets: %s" % per_outlet)
    return errors


def main():
    arts, labels, errors = build()
    errors = validate(arts, labels, errors)
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
