#!/usr/bin/env python3
"""Build the shiftwatch evaluation set germany-coalition-2025.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json next to this script, and validates the result against
watchlist.yaml. Run: python3 build.py
"""
import datetime as dt
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "germany-coalition-2025"

OUTLETS = {
    "Alder Wire": "alder-wire",
    "Continental Ledger": "continental-ledger",
    "Spree Valley Post": "spree-valley-post",
    "Eastgate Herald": "eastgate-herald",
    "Baltic Register": "baltic-register",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet, slug, title, paragraphs, claims.
# Ids are assigned 001.. in list order, which must be publication order.
ARTICLES = [
    # 001: no claims (results, venue, declined to say, analysts)
    dict(
        published="2025-02-24T09:30:00Z", source="Alder Wire",
        slug="merz-conservatives-win-election-search-for-partner",
        title="Merz's conservatives win German election, face hard search for a partner",
        paras=[
            "BERLIN, Feb 24 (Alder Wire) - Friedrich Merz's conservative CDU/CSU bloc won Germany's federal election on Sunday with 28.5 percent of the vote, according to preliminary official results, and will need at least one partner to govern.",
            "The far-right Alternative for Germany came second with 20.8 percent, doubling its result from 2021. Chancellor Olaf Scholz's Social Democrats slumped to 16.4 percent, their worst showing in a national election since the Second World War. The Greens took 11.6 percent and the Left 8.8 percent. The Free Democrats and the Sahra Wagenknecht Alliance both fell short of the five percent threshold and will not sit in the new parliament.",
            "The outcome leaves the conservatives and the SPD with a narrow majority of seats in the 630-member Bundestag. Scholz conceded defeat on Sunday evening and said he would not take part in negotiations on a new government.",
            "Asked on Monday at the Konrad-Adenauer-Haus which party he would call first, Merz declined to say.",
            "Analysts said the arithmetic pointed to talks with the SPD, but warned that a weakened party in the middle of a leadership debate could prove a difficult partner.",
        ],
        claims=[],
    ),
    # 002: shift cdu-csu debt-brake-package oppose -> conditional
    dict(
        published="2025-02-25T15:20:00Z", source="Continental Ledger",
        slug="merz-opens-door-to-extra-defence-borrowing",
        title="Merz opens door to extra defence borrowing before new parliament sits",
        paras=[
            "BERLIN, Feb 25 (Continental Ledger) - Conservative election winner Friedrich Merz said on Tuesday he was prepared to discuss extra borrowing for defence with the Social Democrats and the Greens before the newly elected Bundestag convenes, provided the money did not become a licence for new social spending.",
            "Merz told reporters that a full overhaul of the constitutional debt brake would be extremely difficult in the new parliament, where the AfD and the Left together hold more than a third of the seats and could block any change to the Basic Law. The outgoing Bundestag, in which the parties of the centre still command a two-thirds majority, sits until late March.",
            "The CDU leader, who campaigned on leaving the debt brake untouched, said talks with the SPD on the question had begun but that nothing had been decided.",
            "AfD co-leader Alice Weidel said her party would fight any attempt to push new debt through a parliament that voters had just replaced, calling the idea an affront to the election result.",
            "Left parliamentary leader Heidi Reichinnek said the Left would not lend its votes to what she called a blank cheque for rearmament. Her party wants the debt brake scrapped for investment in schools and housing, she said, but not for tanks.",
        ],
        claims=[
            C("cdu-csu", "debt-brake-package", "conditional", "provided the money did not become a licence for new social spending"),
            C("afd", "debt-brake-package", "oppose", "her party would fight any attempt to push new debt through a parliament"),
            C("left", "debt-brake-package", "oppose", "would not lend its votes to what she called a blank cheque for rearmament"),
        ],
    ),
    # 003
    dict(
        published="2025-02-26T17:45:00Z", source="Spree Valley Post",
        slug="klingbeil-takes-spd-group-helm",
        title="Klingbeil takes SPD group helm, says party is no automatic partner for Merz",
        paras=[
            "BERLIN, Feb 26 (Spree Valley Post) - Social Democrat co-leader Lars Klingbeil was elected head of the SPD's parliamentary group on Wednesday, tightening his grip on the party after its heaviest defeat in decades.",
            "Klingbeil told lawmakers the SPD would not slip automatically into a coalition with Friedrich Merz. Whether Social Democrats help elect Merz as chancellor would depend on what a coalition agreement contained, and the party's members would have the final word, he said.",
            "He set out the demands the SPD would bring to any talks. The party wants the minimum wage raised to 15 euros an hour in 2026 and the statutory pension level locked at 48 percent, he said, and asylum seekers who reach the border must not be turned away, which the SPD regards as a breach of European law.",
            "Co-leader Saskia Esken, who has faced calls from within the party to step aside after the result, said the SPD had to show voters it had understood the message of Sunday's vote. She did not say whether she would seek a cabinet post.",
            "Outgoing chancellor Olaf Scholz sat in the front row during the meeting but did not speak to reporters.",
        ],
        claims=[
            C("spd", "merz-chancellor", "conditional", "help elect Merz as chancellor would depend on what a coalition agreement contained"),
            C("spd", "minimum-wage-15", "support", "The party wants the minimum wage raised to 15 euros an hour in 2026"),
            C("spd", "pension-level-48", "support", "the statutory pension level locked at 48 percent"),
            C("spd", "border-turnbacks", "oppose", "asylum seekers who reach the border must not be turned away"),
        ],
    ),
    # 004: give-up framing; SPD position in background narration
    dict(
        published="2025-02-28T11:00:00Z", source="Eastgate Herald",
        slug="soeder-sets-csu-red-lines",
        title="Soeder sets out CSU red lines: border turnbacks and no tax rises",
        paras=[
            "MUNICH, Feb 28 (Eastgate Herald) - Bavarian premier Markus Soeder laid down conditions on Friday for any government his Christian Social Union joins, saying asylum seekers must be turned back at Germany's borders from the first day of a new administration.",
            "Speaking to party officials in Munich, Soeder said the CSU would not sign a coalition agreement that raised income taxes for anyone, including top earners. A higher top rate, which the SPD still wants in order to fund relief for middle incomes, was out of the question, he said.",
            "Soeder also demanded an increase in the so-called mothers' pension, a CSU priority for years, and said the SPD would have to accept that it had lost the election.",
            "The Social Democrats did not respond directly. A party spokesman said the SPD would set out its own priorities once exploratory talks began.",
            "The CSU, the Bavarian sister party of Merz's Christian Democrats, won 37 percent in Bavaria on Sunday. Soeder has repeatedly ruled out working with the Greens at national level.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "asylum seekers must be turned back at Germany's borders from the first day"),
            C("cdu-csu", "drop-top-tax-rise", "support", "the CSU would not sign a coalition agreement that raised income taxes for anyone"),
            C("spd", "drop-top-tax-rise", "oppose", "which the SPD still wants in order to fund relief for middle incomes", attributed=False),
        ],
    ),
    # 005: shift cdu-csu debt-brake-package conditional -> support
    dict(
        published="2025-03-04T20:10:00Z", source="Baltic Register",
        slug="merz-spd-agree-defence-exemption-500-billion-fund",
        title="Merz and SPD agree to exempt defence from debt brake, plan 500 billion euro fund",
        paras=[
            "BERLIN, March 4 (Baltic Register) - Germany's conservatives and Social Democrats agreed on Tuesday to free defence spending from the constitutional debt brake and to set up a 500 billion euro fund for infrastructure, a dramatic turn just nine days after the election.",
            "Friedrich Merz told a news conference in the Bundestag that he backed the changes in full and would put them to the outgoing parliament within days. Given the threats to peace in Europe, Germany's answer on defence had to be \"whatever it takes\", he said. Defence spending above one percent of economic output would no longer count toward the borrowing limit, and the federal states would gain limited room to borrow.",
            "SPD co-leader Lars Klingbeil, standing beside him with Markus Soeder and Saskia Esken, said the package would modernise the country's crumbling roads, railways and schools and secure its defence at the same time.",
            "The two blocs need the Greens for a two-thirds majority in the outgoing Bundestag. The Greens' parliamentary leaders declined to say on Tuesday evening whether they would supply the votes.",
            "Merz, who had campaigned on leaving the debt brake intact, is likely to face accusations of breaking his word, analysts said. Christian Duerr, who leads the Free Democrats in the outgoing parliament, said the plan would load a mountain of debt onto future generations and that his party would vote against it.",
        ],
        claims=[
            C("cdu-csu", "debt-brake-package", "support", "he backed the changes in full and would put them to the outgoing parliament"),
            C("spd", "debt-brake-package", "support", "the package would modernise the country's crumbling roads, railways and schools"),
            C("fdp", "debt-brake-package", "oppose", "his party would vote against it"),
        ],
    ),
    # 006: greens first observation (conditional, no baseline)
    dict(
        published="2025-03-05T14:30:00Z", source="Alder Wire",
        slug="greens-open-to-debt-talks-demand-climate-money",
        title="Greens signal openness on debt package but demand climate money",
        paras=[
            "BERLIN, March 5 (Alder Wire) - Germany's Greens said on Wednesday they were ready to negotiate over the conservatives' and Social Democrats' plan to loosen the debt brake, but that they would back it only in exchange for substantial money for climate protection.",
            "Party co-leader Franziska Brantner said the Greens had argued for months that the country needed to invest, and were not going to refuse out of spite. But the package as drafted risked plugging holes in the budget to pay for the conservatives' favoured projects, she said, and the Greens wanted guarantees that the investment would be additional.",
            "Co-leader Felix Banaszak said Merz had spent the campaign calling the Greens' ideas for reform irresponsible and would now have to come and talk to them.",
            "The Left, whose votes are not needed in the outgoing parliament, said it would vote against. Its co-leader Jan van Aken said the party rejected unlimited spending on weapons financed by debt while schools crumbled.",
            "The Bundestag is due to hold a first debate on the amendment next week.",
        ],
        claims=[
            C("greens", "debt-brake-package", "conditional", "they would back it only in exchange for substantial money for climate protection"),
            C("left", "debt-brake-package", "oppose", "the party rejected unlimited spending on weapons financed by debt"),
        ],
    ),
    # 007: shifts spd border-turnbacks oppose -> conditional; cdu-csu minimum-wage-15 oppose -> conditional
    dict(
        published="2025-03-08T16:40:00Z", source="Continental Ledger",
        slug="exploratory-deal-border-turnbacks-wage-goal",
        title="Conservatives and SPD agree on border turnbacks, 15-euro wage goal in exploratory deal",
        paras=[
            "BERLIN, March 8 (Continental Ledger) - Germany's conservatives and Social Democrats wrapped up exploratory talks on Saturday with an 11-page paper that clears the way for formal coalition negotiations.",
            "Merz said asylum seekers would in future be turned back at Germany's borders, a promise he made during the campaign. The paper says such turnbacks will take place in coordination with European neighbours. SPD co-leader Lars Klingbeil said his party had agreed to turnbacks only on that basis and only within European law.",
            "On wages, Merz said the conservatives could live with a minimum wage of 15 euros in 2026 as long as the independent minimum wage commission arrived at that figure itself.",
            "The paper also guarantees the statutory pension level at 48 percent until 2031 and suspends family reunification for refugees with limited protection status.",
            "The SPD had for years argued that turning back asylum seekers at the border breaches European law, and party officials said the paper's wording left room for interpretation. Questions on income tax were left to the coalition talks.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "asylum seekers would in future be turned back at Germany's borders"),
            C("spd", "border-turnbacks", "conditional", "his party had agreed to turnbacks only on that basis and only within European law"),
            C("cdu-csu", "minimum-wage-15", "conditional", "could live with a minimum wage of 15 euros in 2026 as long as"),
            C("cdu-csu", "pension-level-48", "support", "The paper also guarantees the statutory pension level at 48 percent until 2031"),
            C("spd", "pension-level-48", "support", "The paper also guarantees the statutory pension level at 48 percent until 2031"),
        ],
    ),
    # 008: one actor reporting another's view (attributed false, contradicts prevailing, no shift)
    dict(
        published="2025-03-09T12:15:00Z", source="Spree Valley Post",
        slug="esken-dobrindt-clash-over-coordination",
        title="Esken and Dobrindt clash over what 'coordination' on border turnbacks means",
        paras=[
            "BERLIN, March 9 (Spree Valley Post) - A day after the exploratory deal, the would-be coalition partners were already at odds over what it says about turning back asylum seekers at Germany's borders.",
            "SPD co-leader Saskia Esken told a Sunday newspaper that coordination with neighbouring countries meant their agreement. There would be no turnbacks unless Austria, Poland and the others consented, she said.",
            "Alexander Dobrindt, who leads the CSU lawmakers in the Bundestag, said that was a misreading. Coordination did not mean consent, he told public broadcaster ZDF, and turnbacks would begin as soon as the new government took office. The SPD had accepted the turnbacks in the paper and would have to stand by that, he added.",
            "Greens co-leader Felix Banaszak said the plan was illegal under European law and would damage relations with Germany's neighbours. His party's support for the debt package, which it still has not given, has nothing to do with migration, he said.",
            "Legal experts consulted by broadcasters were divided on whether turning back people who ask for asylum can be squared with EU rules.",
        ],
        claims=[
            C("spd", "border-turnbacks", "conditional", "There would be no turnbacks unless Austria, Poland and the others consented"),
            C("cdu-csu", "border-turnbacks", "support", "turnbacks would begin as soon as the new government took office"),
            C("spd", "border-turnbacks", "support", "The SPD had accepted the turnbacks in the paper", attributed=False),
            C("greens", "border-turnbacks", "oppose", "the plan was illegal under European law"),
        ],
    ),
    # 009: shift greens debt-brake-package conditional -> oppose
    dict(
        published="2025-03-10T13:50:00Z", source="Eastgate Herald",
        slug="greens-pull-plug-on-merz-debt-plan",
        title="Greens pull the plug on Merz's debt plan",
        paras=[
            "BERLIN, March 10 (Eastgate Herald) - Germany's Greens said on Monday they would vote against the conservatives' and Social Democrats' plan to loosen the debt brake, throwing Friedrich Merz's strategy for financing defence and infrastructure into doubt.",
            "Co-leaders Franziska Brantner and Felix Banaszak said they would recommend that the party's lawmakers reject the constitutional amendment when it comes to a vote next week. Brantner said the package was designed to plug holes in the budget so the conservatives could pay for tax breaks and pension promises, and contained nothing for climate protection.",
            "\"We will not agree to this,\" she told reporters. She said the Greens had not been consulted before the deal was announced.",
            "Merz said he still wanted the package passed and was ready to talk to the Greens at any time. The conservatives and the SPD need the Greens' votes to reach the two-thirds majority required to change the Basic Law in the outgoing Bundestag.",
            "Analysts said the announcement could also be an opening bid in a negotiation.",
        ],
        claims=[
            C("greens", "debt-brake-package", "oppose", "they would recommend that the party's lawmakers reject the constitutional amendment"),
            C("cdu-csu", "debt-brake-package", "support", "Merz said he still wanted the package passed"),
        ],
    ),
    # 010: Warsaw metonym with stance; "European Union" and police "union" collisions; Berlin untracked
    dict(
        published="2025-03-11T10:20:00Z", source="Baltic Register",
        slug="warsaw-will-not-take-back-migrants-turned-away-by-germany",
        title="Warsaw says it will not take back migrants turned away by Germany",
        paras=[
            "WARSAW, March 11 (Baltic Register) - Poland will not accept asylum seekers whom Germany turns back at the shared border, Interior Minister Tomasz Siemoniak said on Tuesday, responding to plans agreed by Germany's likely next government.",
            "Siemoniak told Polish radio that turnbacks would shift the burden onto the countries on the European Union's external frontier and could not be reconciled with the rules of the passport-free Schengen area. Poland already guards a long border with Belarus and would not become a waiting room for people Germany did not want, he said.",
            "A government spokesman said Warsaw expected to be consulted before Berlin changed anything at the border.",
            "In Berlin, CDU parliamentary manager Thorsten Frei said the turnbacks would go ahead and that talks with neighbouring countries were a matter of courtesy, not permission.",
            "Germany's largest police union said its officers lacked the staff to carry out systematic turnbacks along the 467-kilometre border with Poland.",
        ],
        claims=[
            C("poland", "border-turnbacks", "oppose", "Poland will not accept asylum seekers whom Germany turns back at the shared border"),
            C("cdu-csu", "border-turnbacks", "support", "the turnbacks would go ahead"),
        ],
    ),
    # 011: Merz reports the SPD's view (attributed false)
    dict(
        published="2025-03-12T18:30:00Z", source="Alder Wire",
        slug="greens-rebuff-50-billion-climate-offer",
        title="Greens rebuff 50 billion euro climate offer, keep debt package on hold",
        paras=[
            "BERLIN, March 12 (Alder Wire) - The Greens on Wednesday rejected an offer from the conservatives and Social Democrats to earmark 50 billion euros of the planned infrastructure fund for climate protection, saying it changed nothing about their decision to vote against the debt package.",
            "Parliamentary leader Katharina Droege said the offer was not nearly enough and still let the incoming government use the fund to pay for its own election promises. The Greens would stick to their no, she said.",
            "Friedrich Merz, speaking to his parliamentary group, appealed to the Greens to put the country's security first. His conservatives were fully committed to passing the amendment next week, he said, and so was the SPD.",
            "Lars Klingbeil said the door to the Greens remained open. Negotiators from the three parties were expected to meet again on Thursday night, according to people involved.",
            "Analysts said a compromise was still likely, noting that the Greens had themselves pushed for a reform of the debt brake last year.",
        ],
        claims=[
            C("greens", "debt-brake-package", "oppose", "The Greens would stick to their no, she said"),
            C("cdu-csu", "debt-brake-package", "support", "fully committed to passing the amendment next week"),
            C("spd", "debt-brake-package", "support", "and so was the SPD", attributed=False),
        ],
    ),
    # 012: no claims (venues)
    dict(
        published="2025-03-13T09:40:00Z", source="Continental Ledger",
        slug="coalition-negotiators-start-work-in-16-groups",
        title="Coalition negotiators start work in 16 groups as Bundestag debates debt plan",
        paras=[
            "BERLIN, March 13 (Continental Ledger) - Formal coalition negotiations between Germany's conservatives and Social Democrats began on Thursday, with 16 working groups of party experts meeting at the Konrad-Adenauer-Haus, the Willy-Brandt-Haus and the Bavarian state representation in Berlin.",
            "Each group, with members drawn from the CDU, the CSU and the SPD, is due to deliver a draft text on its policy area by March 24. The groups cover topics ranging from migration and labour to finance, taxes and pensions. A steering group of party leaders will settle the disputes the experts cannot resolve.",
            "The talks started as the outgoing Bundestag held its first debate on the constitutional amendment on borrowing, in a session that ran into the afternoon. The final vote is scheduled for Tuesday.",
            "Party officials declined to say how long the negotiations would take, and several participants said privately that an Easter deadline looked ambitious.",
            "Journalists waited outside both party headquarters for much of the day, but no negotiator stopped to speak.",
        ],
        claims=[],
    ),
    # 013: unnamed sources report a Greens condition (attributed false, no shift); declined to say
    dict(
        published="2025-03-13T19:05:00Z", source="Spree Valley Post",
        slug="greens-close-to-backing-debt-package-sources",
        title="Greens close to backing debt package after climate concessions, sources say",
        paras=[
            "BERLIN, March 13 (Spree Valley Post) - The Greens are close to agreeing to the conservatives' and Social Democrats' plan to loosen the debt brake after winning concessions on climate spending, three people familiar with the negotiations said on Thursday.",
            "According to the sources, the Greens have signalled they will vote for the constitutional amendment if 100 billion euros from the planned fund is set aside for climate protection and the definition of security spending is widened to include civil protection and the intelligence services.",
            "Greens co-leader Franziska Brantner declined to say whether a deal was near. A party spokeswoman said only that talks were continuing.",
            "Earlier in the day, during the Bundestag's first debate on the amendment, Green lawmakers accused Friedrich Merz of having misled voters during the campaign. AfD co-leader Tino Chrupalla said the outgoing parliament had no mandate for the plan and that his party would vote against it.",
            "Negotiators were expected to continue through the night at the Bundestag.",
        ],
        claims=[
            C("greens", "debt-brake-package", "conditional", "the Greens have signalled they will vote for the constitutional amendment if 100 billion euros", attributed=False),
            C("afd", "debt-brake-package", "oppose", "his party would vote against it"),
        ],
    ),
    # 014: shift greens debt-brake-package oppose -> support (original)
    dict(
        published="2025-03-14T13:20:00Z", source="Eastgate Herald",
        slug="greens-agree-to-back-debt-reform-for-climate-money",
        title="Greens agree to back debt brake reform in exchange for 100 billion for climate",
        paras=[
            "BERLIN, March 14 (Eastgate Herald) - The Greens agreed on Friday to vote for the constitutional changes loosening Germany's debt brake, in exchange for 100 billion euros for climate protection, clearing the way for the package to pass the outgoing Bundestag next week.",
            "Greens co-leader Franziska Brantner said the party would support the amendment now that the money would flow into climate protection and the fund would finance genuinely additional investment. The deal also writes the goal of climate neutrality by 2045 into the constitution and widens the spending exempt from the debt brake to cover civil protection, the intelligence services and aid to states attacked in breach of international law.",
            "Friedrich Merz called it a good result for the country and said the conservatives would now put the amendment to a vote on Tuesday.",
            "Lars Klingbeil said the SPD was relieved the package could now pass and thanked the Greens for acting responsibly.",
            "Co-leader Felix Banaszak said the Greens had not given Merz a blank cheque and would hold the next government to its promises.",
        ],
        claims=[
            C("greens", "debt-brake-package", "support", "the party would support the amendment now that the money would flow into climate protection"),
            C("cdu-csu", "debt-brake-package", "support", "the conservatives would now put the amendment to a vote on Tuesday"),
            C("spd", "debt-brake-package", "support", "the SPD was relieved the package could now pass"),
        ],
    ),
    # 015: duplicate of 014 (same day, second outlet, identical claims, must not alert again)
    dict(
        published="2025-03-14T15:05:00Z", source="Baltic Register",
        slug="greens-strike-climate-deal-will-vote-for-debt-package",
        title="Greens strike climate deal, will vote for Germany's debt package",
        paras=[
            "BERLIN, March 14 (Baltic Register) - Germany's Greens agreed on Friday to back the constitutional amendment loosening the debt brake, in exchange for 100 billion euros for climate protection, which clears the path for the outgoing Bundestag to pass it next week.",
            "Co-leader Franziska Brantner said the Greens would support the amendment now that the money would flow into climate protection and the fund would pay for genuinely additional investment. Under the deal, the goal of climate neutrality by 2045 is written into the constitution, and the spending exempt from the debt brake is widened to include civil protection, the intelligence services and aid to states attacked in breach of international law.",
            "Friedrich Merz described the outcome as good for the country and said the conservatives would now put the amendment to a vote on Tuesday.",
            "SPD leader Lars Klingbeil said the SPD was relieved the package could now pass and thanked the Greens.",
            "Co-leader Felix Banaszak said the Greens had handed Merz no blank cheque and would hold the next government to its word.",
        ],
        claims=[
            C("greens", "debt-brake-package", "support", "the Greens would support the amendment now that the money would flow into climate protection"),
            C("cdu-csu", "debt-brake-package", "support", "the conservatives would now put the amendment to a vote on Tuesday"),
            C("spd", "debt-brake-package", "support", "the SPD was relieved the package could now pass"),
        ],
    ),
    # 016: formal votes
    dict(
        published="2025-03-18T16:30:00Z", source="Alder Wire",
        slug="outgoing-bundestag-approves-debt-brake-overhaul",
        title="Outgoing Bundestag approves debt brake overhaul with 513 votes",
        paras=[
            "BERLIN, March 18 (Alder Wire) - Germany's outgoing parliament approved on Tuesday the constitutional changes exempting much of defence spending from the debt brake and creating a 500 billion euro fund for infrastructure, with 513 lawmakers voting in favour, comfortably above the 489 needed.",
            "The conservatives, the Social Democrats and the Greens voted for the amendment. The AfD, the Left and the Free Democrats voted against it. A handful of lawmakers from the conservative bloc broke ranks and voted no, according to the published roll call.",
            "Friedrich Merz told the chamber that the vote was a first big step towards a European defence community. AfD co-leader Alice Weidel accused him of the biggest broken election promise in the history of the republic.",
            "The vote came a week before the newly elected Bundestag, in which the AfD and the Left would have been able to block the change, holds its first session.",
            "The Bundesrat, the upper house representing the 16 federal states, must still approve the changes on Friday.",
        ],
        claims=[
            C("cdu-csu", "debt-brake-package", "support", "The conservatives, the Social Democrats and the Greens voted for the amendment"),
            C("spd", "debt-brake-package", "support", "The conservatives, the Social Democrats and the Greens voted for the amendment"),
            C("greens", "debt-brake-package", "support", "The conservatives, the Social Democrats and the Greens voted for the amendment"),
            C("afd", "debt-brake-package", "oppose", "The AfD, the Left and the Free Democrats voted against it"),
            C("left", "debt-brake-package", "oppose", "The AfD, the Left and the Free Democrats voted against it"),
            C("fdp", "debt-brake-package", "oppose", "The AfD, the Left and the Free Democrats voted against it"),
        ],
    ),
    # 017: Free Voters / state governments are not the tracked actors
    dict(
        published="2025-03-21T13:10:00Z", source="Continental Ledger",
        slug="bundesrat-clears-debt-package",
        title="Bundesrat clears debt package as Bavaria's Free Voters fall in line",
        paras=[
            "BERLIN, March 21 (Continental Ledger) - Germany's Bundesrat approved the constitutional amendment loosening the debt brake on Friday, with 53 of the 69 votes in the upper house, well above the two-thirds needed.",
            "Bavaria voted in favour after the Free Voters, Markus Soeder's junior partner in the state government, dropped their resistance. Soeder told the chamber that Bavaria backed the changes because Germany's security could no longer wait.",
            "State governments in which the Left shares power, in Bremen and Mecklenburg-Western Pomerania, also voted yes. Left co-leader Ines Schwerdtner said in Berlin that the plan put weapons before people and that her party would look at a legal challenge.",
            "The AfD does not sit in any state government and had no say in the chamber. Its co-leader Tino Chrupalla called the vote a betrayal of voters.",
            "Federal President Frank-Walter Steinmeier is expected to sign the law in the coming days.",
        ],
        claims=[
            C("cdu-csu", "debt-brake-package", "support", "Bavaria backed the changes because Germany's security could no longer wait"),
            C("left", "debt-brake-package", "oppose", "the plan put weapons before people"),
            C("afd", "debt-brake-package", "oppose", "called the vote a betrayal of voters"),
        ],
    ),
    # 018: give-up framing; Konrad-Adenauer-Haus metonym; faction (business wing)
    dict(
        published="2025-03-25T17:00:00Z", source="Spree Valley Post",
        slug="tax-dispute-tops-open-questions",
        title="Tax dispute tops list of open questions as coalition groups report",
        paras=[
            "BERLIN, March 25 (Spree Valley Post) - Negotiators for Germany's conservatives and Social Democrats left taxes among the biggest unresolved issues when their working groups handed in draft texts this week, according to papers seen by reporters.",
            "In the finance group's draft, passages on the top rate of income tax were left in square brackets, meaning no agreement. SPD general secretary Matthias Miersch said on Tuesday his party still wanted the highest earners to pay more so that relief for small and middle incomes could be financed.",
            "The Konrad-Adenauer-Haus answered within hours. CDU general secretary Carsten Linnemann said there would be no tax increases with the Union, not for top earners and not for anyone else, and that the country needed relief rather than new burdens.",
            "The drafts also show disagreement over the minimum wage. The CDU's business wing, led by Gitta Connemann, wants the party to stay away from any political promise of 15 euros.",
            "Party leaders will now try to settle the remaining disputes in a smaller group. Neither side would say when they expected to finish.",
        ],
        claims=[
            C("spd", "drop-top-tax-rise", "oppose", "his party still wanted the highest earners to pay more"),
            C("cdu-csu", "drop-top-tax-rise", "support", "there would be no tax increases with the Union, not for top earners"),
        ],
    ),
    # 019: denial = restated support
    dict(
        published="2025-03-28T11:45:00Z", source="Eastgate Herald",
        slug="dobrindt-denies-softening-on-turnbacks",
        title="Dobrindt denies conservatives are softening on border turnbacks",
        paras=[
            "BERLIN, March 28 (Eastgate Herald) - CSU parliamentary leader Alexander Dobrindt on Friday denied reports that the conservatives had watered down their demand to turn back asylum seekers at Germany's borders in the coalition talks.",
            "Dobrindt told reporters the CSU had given up nothing on the borders. People who try to enter Germany without the right papers, including those who ask for asylum, would be turned back once the new government was in office, he said.",
            "The denial followed a report that the migration working group had agreed on softer wording. Interior Minister Nancy Faeser of the SPD said turnbacks could only happen in agreement with Germany's neighbours and within the limits of European law, and that her party would sign up to nothing else.",
            "Greens parliamentary leader Britta Hasselmann said the coalition was drifting towards a policy that courts would eventually strike down.",
            "The migration group was one of several whose disputes were passed up to the party leaders. Neither side would comment on the details of the draft.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "the CSU had given up nothing on the borders"),
            C("spd", "border-turnbacks", "conditional", "turnbacks could only happen in agreement with Germany's neighbours"),
            C("greens", "border-turnbacks", "oppose", "drifting towards a policy that courts would eventually strike down"),
        ],
    ),
    # 020: "condition" that is support; business wing faction; FDP first observation
    dict(
        published="2025-04-02T15:00:00Z", source="Alder Wire",
        slug="pension-promise-splits-business-wing",
        title="Pension promise splits business wing from coalition negotiators",
        paras=[
            "BERLIN, April 2 (Alder Wire) - Germany's coalition negotiators are sticking to a promise to keep the statutory pension level at 48 percent, despite mounting criticism from business groups and the conservatives' own economic wing.",
            "Labour Minister Hubertus Heil, who represents the SPD in the talks on social policy, said on Wednesday that a guaranteed pension level was the SPD's condition for everything else. Without it there would be no coalition, he said.",
            "CSU leader Markus Soeder said the conservatives stood by the 48 percent until 2031 and would add his party's long-demanded increase in the mothers' pension on top.",
            "The CDU's business wing and several employers' associations have called the pension guarantee unaffordable as the baby boomer generation retires. Christian Duerr, a senior Free Democrat who led the party's group in the last parliament, said locking in the pension level without reform would leave younger workers to pay the bill, and that his party rejected it.",
            "Economists at several institutes estimated the combined cost of the pension measures at tens of billions of euros by the end of the decade.",
        ],
        claims=[
            C("spd", "pension-level-48", "support", "a guaranteed pension level was the SPD's condition for everything else"),
            C("cdu-csu", "pension-level-48", "support", "the conservatives stood by the 48 percent until 2031"),
            C("fdp", "pension-level-48", "oppose", "his party rejected it"),
        ],
    ),
    # 021: coalition agreement presented
    dict(
        published="2025-04-09T16:20:00Z", source="Continental Ledger",
        slug="merz-klingbeil-present-coalition-pact",
        title="Merz and Klingbeil present coalition pact, SPD members to have final say",
        paras=[
            "BERLIN, April 9 (Continental Ledger) - Germany's conservatives and Social Democrats presented a 144-page coalition agreement on Wednesday, six and a half weeks after the election, putting Friedrich Merz on course to become chancellor.",
            "Speaking at the Paul-Loebe-Haus next to the Reichstag, Merz said the new government would turn back asylum seekers at the borders in coordination with European neighbours and would start doing so immediately after taking office.",
            "Lars Klingbeil said the SPD had secured its core demands. A minimum wage of 15 euros in 2026 was within reach, he said. The agreement says the independent wage commission should be guided by a higher benchmark, and Merz said the conservatives accepted 15 euros as the target as long as the commission set it.",
            "Klingbeil said the SPD would help elect Merz only after its members had approved the agreement in an online ballot. Saskia Esken did not say whether she would join the cabinet.",
            "The agreement also promises income tax relief for small and middle incomes by the middle of the parliament and a cut in corporate tax from 2028. The CDU will run the foreign and economy ministries, while the SPD gets finance, defence and labour.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "would turn back asylum seekers at the borders in coordination with European neighbours"),
            C("spd", "minimum-wage-15", "support", "A minimum wage of 15 euros in 2026 was within reach, he said"),
            C("cdu-csu", "minimum-wage-15", "conditional", "accepted 15 euros as the target as long as the commission set it"),
            C("spd", "merz-chancellor", "conditional", "the SPD would help elect Merz only after its members had approved the agreement"),
        ],
    ),
    # 022: shift spd drop-top-tax-rise oppose -> support (give-up framing); Jusos faction
    dict(
        published="2025-04-10T12:30:00Z", source="Baltic Register",
        slug="klingbeil-concedes-spd-gave-up-top-tax-rate",
        title="Klingbeil concedes SPD gave up on higher top tax rate",
        paras=[
            "BERLIN, April 10 (Baltic Register) - SPD leader Lars Klingbeil acknowledged on Thursday that his party had dropped its demand for a higher top rate of income tax in the coalition talks, calling the concession painful but necessary to secure the deal.",
            "The SPD had gone into the election promising to make the richest one percent pay more. Klingbeil told a radio interview that the conservatives had made clear from the start they would never agree, and that the SPD accepted the top rate would stay where it is.",
            "He said the compromise was defensible because the agreement promised tax relief for most employees and because the SPD had won other battles. The SPD would not let anyone put the 15-euro minimum wage in doubt, he added.",
            "Jusos leader Philipp Tuermer said the party's youth wing would not accept a deal in which the rich were spared, and announced a campaign for a no vote in the members' ballot.",
            "The CSU's executive board approved the coalition agreement on Thursday morning in Munich. Soeder said it carried a clear conservative signature, with no tax increases of any kind.",
        ],
        claims=[
            C("spd", "drop-top-tax-rise", "support", "the SPD accepted the top rate would stay where it is"),
            C("spd", "minimum-wage-15", "support", "The SPD would not let anyone put the 15-euro minimum wage in doubt"),
            C("cdu-csu", "drop-top-tax-rise", "support", "with no tax increases of any kind"),
        ],
    ),
    # 023: headline overstates (still conditional, no shift); DGB union collision; declined to say
    dict(
        published="2025-04-13T14:00:00Z", source="Eastgate Herald",
        slug="merz-buries-15-euro-minimum-wage-pledge",
        title="Merz buries 15-euro minimum wage pledge",
        paras=[
            "BERLIN, April 13 (Eastgate Herald) - Friedrich Merz has cast doubt on whether Germany's minimum wage will reach 15 euros next year, prompting an angry response from his future coalition partner days before Social Democrat members start voting on the deal.",
            "In an interview published on Sunday, Merz said there would be no automatic rise to 15 euros. The figure could be reached in 2026 or 2027 if the independent minimum wage commission decided so, he said, but it was not for politicians to set wages.",
            "SPD general secretary Matthias Miersch said the agreement was unambiguous and that the SPD insisted on 15 euros in 2026. The DGB trade union federation also called on the commission to deliver.",
            "Left parliamentary leader Heidi Reichinnek said the episode showed why a 15-euro minimum wage had to be written directly into law, as her party has long demanded.",
            "The commission, made up of employer and union representatives and a neutral chair, is due to make its next recommendation by the end of June. Merz's office declined to say whether he had spoken to Klingbeil about the interview.",
        ],
        claims=[
            C("cdu-csu", "minimum-wage-15", "conditional", "could be reached in 2026 or 2027 if the independent minimum wage commission decided so"),
            C("spd", "minimum-wage-15", "support", "the SPD insisted on 15 euros in 2026"),
            C("left", "minimum-wage-15", "support", "a 15-euro minimum wage had to be written directly into law"),
        ],
    ),
    # 024: no claims (procedure, venue, declined to say, faction)
    dict(
        published="2025-04-15T10:00:00Z", source="Spree Valley Post",
        slug="spd-opens-members-ballot",
        title="SPD opens two-week members' ballot on coalition deal",
        paras=[
            "BERLIN, April 15 (Spree Valley Post) - Voting opened on Tuesday in the Social Democrats' members' ballot on the coalition agreement, with around 358,000 party members eligible to take part online until April 29.",
            "The result, which is binding on the party leadership, will be announced at the Willy-Brandt-Haus on April 30. For it to count, at least 20 percent of members must vote. Regional conferences, at which leaders will explain the deal to members, are planned in several cities over the coming days.",
            "The party's youth wing, the Jusos, has been campaigning against the agreement, though party officials expect a majority in favour. Asked on Tuesday how large she expected the yes vote to be, co-leader Saskia Esken declined to say.",
            "Political scientists said a rejection was unlikely but that a low turnout or a narrow margin would weaken Lars Klingbeil going into government.",
            "The CDU will hold a small party conference in Berlin on April 28.",
        ],
        claims=[],
    ),
    # 025: Greens and AfD; Weidel's prediction about the SPD is not a claim
    dict(
        published="2025-04-22T15:30:00Z", source="Alder Wire",
        slug="greens-afd-attack-border-plans",
        title="Greens and AfD attack coalition's border plans from opposite sides",
        paras=[
            "BERLIN, April 22 (Alder Wire) - Germany's Greens and the far-right AfD, both headed for the opposition benches, attacked the incoming government's migration plans on Tuesday from opposite directions.",
            "Greens co-leader Felix Banaszak said turning back asylum seekers at the borders would break European law, strain relations with Poland and Austria and do nothing to reduce irregular migration.",
            "AfD co-leader Alice Weidel said the conservatives had copied her party's demand but would never carry it out, predicting that the coalition would water it down. The AfD wanted every person without a valid entry permit turned away at the border, she said.",
            "Banaszak also accused the coalition of abandoning low-paid workers, saying the Greens supported writing a 15-euro minimum wage into law and would vote for it.",
            "A spokesman for the incoming government declined to comment. Neither the CDU nor the SPD responded directly.",
        ],
        claims=[
            C("greens", "border-turnbacks", "oppose", "turning back asylum seekers at the borders would break European law"),
            C("afd", "border-turnbacks", "support", "The AfD wanted every person without a valid entry permit turned away at the border"),
            C("greens", "minimum-wage-15", "support", "the Greens supported writing a 15-euro minimum wage into law"),
        ],
    ),
    # 026: CDU small party conference; pronoun
    dict(
        published="2025-04-28T17:15:00Z", source="Baltic Register",
        slug="cdu-backs-coalition-deal-merz-turnbacks-day-one",
        title="CDU backs coalition deal, Merz promises border turnbacks from day one",
        paras=[
            "BERLIN, April 28 (Baltic Register) - Germany's Christian Democrats approved the coalition agreement with the Social Democrats at a small party conference in Berlin on Monday, with only a handful of delegates voting against.",
            "Friedrich Merz told the delegates that the new government would order turnbacks at the borders on its first day in office and that Germany would no longer be a magnet for irregular migration. He asked the party to give him a strong mandate for the chancellor vote next week.",
            "Merz also named the CDU's cabinet picks, including Johann Wadephul as foreign minister and Katherina Reiche as economy minister. The Christian Democrats will hold the foreign ministry for the first time in almost six decades.",
            "Some delegates from the party's youth organisation criticised the concessions to the SPD on the minimum wage and on debt, but the leadership won the vote comfortably.",
            "The Social Democrats' members' ballot closes on Tuesday night. The party will announce the result at the Willy-Brandt-Haus on Wednesday morning.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "would order turnbacks at the borders on its first day in office"),
            C("cdu-csu", "merz-chancellor", "support", "He asked the party to give him a strong mandate for the chancellor vote"),
        ],
    ),
    # 027: shift spd merz-chancellor conditional -> support (Willy-Brandt-Haus metonym)
    dict(
        published="2025-04-30T09:30:00Z", source="Continental Ledger",
        slug="spd-members-approve-coalition",
        title="SPD members approve coalition, clearing Merz's path to the chancellery",
        paras=[
            "BERLIN, April 30 (Continental Ledger) - Members of Germany's Social Democrats approved the coalition agreement with the conservatives by 84.6 percent, the party announced on Wednesday, removing the last obstacle to Friedrich Merz's election as chancellor next week.",
            "Turnout was 56 percent, well above the 20 percent needed for the result to be binding. The Willy-Brandt-Haus said the SPD's lawmakers would now vote for Merz on Tuesday.",
            "Lars Klingbeil, who will become vice chancellor and finance minister, told reporters the party would back Merz in the secret ballot without reservation. Saskia Esken said the vote gave the leadership a clear mandate.",
            "Jusos leader Philipp Tuermer, whose youth wing campaigned against the deal, said he respected the result but would hold the party to its promises on wages and pensions.",
            "Klingbeil had said earlier in the month that SPD lawmakers would only back Merz once the members had spoken. The party is expected to name its ministers on Monday.",
        ],
        claims=[
            C("spd", "merz-chancellor", "support", "the SPD's lawmakers would now vote for Merz on Tuesday"),
        ],
    ),
    # 028: no claims (signing, logistics, Warsaw as destination, diplomats' and analysts' guesses)
    dict(
        published="2025-05-05T16:00:00Z", source="Spree Valley Post",
        slug="coalition-parties-sign-agreement",
        title="Coalition parties sign agreement on eve of chancellor vote",
        paras=[
            "BERLIN, May 5 (Spree Valley Post) - Leaders of Germany's conservatives and Social Democrats signed their coalition agreement on Monday at a ceremony in the Paul-Loebe-Haus, the parliamentary building opposite the Reichstag, a day before the Bundestag is due to elect the next chancellor.",
            "The vote on Tuesday morning will be held by secret ballot. A candidate needs an absolute majority of the 630 members, or 316 votes, in the first round. The two coalition blocs together hold 328 seats, a margin of 12.",
            "The SPD named its ministers earlier in the day. Boris Pistorius stays on as defence minister and Baerbel Bas, the former Bundestag president, becomes labour minister. Saskia Esken is not among them.",
            "If the new chancellor is elected on schedule, he is expected to travel to Paris and Warsaw on Wednesday for his first foreign visits. Diplomats in Warsaw said the migration question would hang over the visit.",
            "Political analysts said they expected the coalition to hold together in the secret ballot, though some warned that lawmakers passed over for jobs could use the vote to register their discontent.",
        ],
        claims=[],
    ),
    # 029: first round fails; untracked defectors; AfD first observation
    dict(
        published="2025-05-06T09:40:00Z", source="Alder Wire",
        slug="merz-falls-short-in-first-round",
        title="Merz falls short in first round of chancellor vote in historic setback",
        paras=[
            "BERLIN, May 6 (Alder Wire) - Friedrich Merz failed to win election as German chancellor in the Bundestag's first round of voting on Tuesday, falling six votes short of the majority he needed in an unprecedented setback for a chancellor-designate.",
            "Merz received 310 votes in the secret ballot, although his conservatives and the Social Democrats hold 328 seats between them. At least 18 lawmakers from the two camps appear to have withheld their votes, and it was not clear who they were.",
            "It is the first time in the history of the Federal Republic that a chancellor candidate has failed in the first round. Bundestag President Julia Kloeckner suspended the session so the parliamentary groups could confer.",
            "AfD co-leader Alice Weidel said Merz had no majority and called for fresh elections. CDU parliamentary manager Thorsten Frei said the conservatives would put Merz forward again as soon as possible, possibly the same day.",
            "Under the constitution the Bundestag has 14 days to elect a chancellor by an absolute majority. Holding a second round on the same day would require a two-thirds majority to waive the usual deadlines, giving a say to the Greens and the Left, who both oppose Merz's election.",
        ],
        claims=[
            C("afd", "merz-chancellor", "oppose", "Merz had no majority and called for fresh elections"),
            C("cdu-csu", "merz-chancellor", "support", "the conservatives would put Merz forward again as soon as possible"),
            C("greens", "merz-chancellor", "oppose", "the Greens and the Left, who both oppose Merz's election", attributed=False),
            C("left", "merz-chancellor", "oppose", "the Greens and the Left, who both oppose Merz's election", attributed=False),
        ],
    ),
    # 030: second round succeeds (original)
    dict(
        published="2025-05-06T15:10:00Z", source="Eastgate Herald",
        slug="merz-elected-chancellor-in-second-round",
        title="Merz elected chancellor at second attempt with 325 votes",
        paras=[
            "BERLIN, May 6 (Eastgate Herald) - Friedrich Merz was elected German chancellor in a second round of voting on Tuesday afternoon with 325 votes, hours after an embarrassing defeat in the first ballot.",
            "The second vote was possible on the same day only because the Greens and the Left agreed to shorten the deadlines, a step that needed a two-thirds majority. Left parliamentary leader Heidi Reichinnek said her party had done so to spare the country days of chaos, not to help Merz, and that its lawmakers voted against him. Greens parliamentary leader Britta Hasselmann said the Greens also did not vote for Merz.",
            "Lars Klingbeil said the SPD had stood behind Merz in both rounds and that the failure in the morning had not come from his party. The AfD, which had demanded new elections, voted against Merz again.",
            "Merz accepted the election and was sworn in by Bundestag President Julia Kloeckner after receiving his certificate of appointment from Federal President Frank-Walter Steinmeier at Bellevue Palace.",
            "Who withheld their votes in the first round remains unknown.",
        ],
        claims=[
            C("left", "merz-chancellor", "oppose", "not to help Merz, and that its lawmakers voted against him"),
            C("greens", "merz-chancellor", "oppose", "the Greens also did not vote for Merz"),
            C("spd", "merz-chancellor", "support", "the SPD had stood behind Merz in both rounds"),
            C("afd", "merz-chancellor", "oppose", "voted against Merz again"),
            C("cdu-csu", "merz-chancellor", "support", "Merz accepted the election"),
        ],
    ),
    # 031: duplicate of 030
    dict(
        published="2025-05-06T17:25:00Z", source="Baltic Register",
        slug="merz-wins-chancellor-vote-at-second-attempt",
        title="Merz wins chancellor vote at second attempt after morning defeat",
        paras=[
            "BERLIN, May 6 (Baltic Register) - Friedrich Merz won election as Germany's chancellor in a second round of voting on Tuesday afternoon, receiving 325 votes only hours after his embarrassing defeat in the first ballot.",
            "A same-day second vote was possible only because the Greens and the Left agreed to shorten the deadlines, which required a two-thirds majority. Left parliamentary leader Heidi Reichinnek said the Left had acted to spare the country days of chaos, not to help Merz, and that its lawmakers voted against him. Greens parliamentary leader Britta Hasselmann said the Greens also did not vote for Merz.",
            "Lars Klingbeil said the SPD had stood behind Merz in both rounds and that the morning's failure had not come from his party. The AfD, which had called for new elections, voted against Merz again.",
            "Merz accepted the election and was sworn in by Bundestag President Julia Kloeckner, after Federal President Frank-Walter Steinmeier handed him his certificate of appointment at Bellevue Palace.",
            "It remains unknown who withheld their votes in the first round.",
        ],
        claims=[
            C("left", "merz-chancellor", "oppose", "not to help Merz, and that its lawmakers voted against him"),
            C("greens", "merz-chancellor", "oppose", "the Greens also did not vote for Merz"),
            C("spd", "merz-chancellor", "support", "the SPD had stood behind Merz in both rounds"),
            C("afd", "merz-chancellor", "oppose", "voted against Merz again"),
            C("cdu-csu", "merz-chancellor", "support", "Merz accepted the election"),
        ],
    ),
    # 032: Warsaw as venue and Poland's stance; formal order; SPD condition restated
    dict(
        published="2025-05-07T15:45:00Z", source="Continental Ledger",
        slug="merz-visits-warsaw-as-dobrindt-orders-turnbacks",
        title="Merz visits Warsaw as Dobrindt orders turnbacks of asylum seekers",
        paras=[
            "WARSAW, May 7 (Continental Ledger) - Chancellor Friedrich Merz arrived in Warsaw on Wednesday on his first full day in office, hours after his new interior minister ordered federal police to turn back asylum seekers at Germany's borders.",
            "Interior Minister Alexander Dobrindt said he had instructed police to step up checks and to turn back people trying to enter without permission, including those who ask for asylum, with exceptions for vulnerable groups such as pregnant women and children.",
            "At a joint news conference, Polish Prime Minister Donald Tusk said Poland would not accept people sent back by Germany and that checks must not undermine the European Union's free-travel zone. Merz said Germany would act in close coordination with its neighbours.",
            "In Berlin, SPD general secretary Matthias Miersch said the order was covered by the coalition agreement as long as the neighbours were consulted and European law respected.",
            "The visit, which followed a stop in Paris earlier in the day, was meant to signal a new start in relations with Germany's eastern neighbour.",
        ],
        claims=[
            C("cdu-csu", "border-turnbacks", "support", "he had instructed police to step up checks and to turn back people"),
            C("poland", "border-turnbacks", "oppose", "Poland would not accept people sent back by Germany"),
            C("spd", "border-turnbacks", "conditional", "covered by the coalition agreement as long as the neighbours were consulted"),
        ],
    ),
]

# Labelled shifts: (actor, issue, from, to, article, why). Validated against a recomputation.
SHIFTS = [
    ("cdu-csu", "debt-brake-package", "oppose", "conditional", "002",
     "Merz says he is prepared to discuss extra defence borrowing in the outgoing parliament, provided it does not fund new social spending; the baseline is his campaign line of leaving the debt brake untouched."),
    ("cdu-csu", "debt-brake-package", "conditional", "support", "005",
     "Merz announces the defence exemption and the 500 billion euro fund with the SPD and says he backs the changes in full; in 002 he was only open to talks under a condition."),
    ("spd", "border-turnbacks", "oppose", "conditional", "007",
     "Klingbeil says the SPD agreed to turnbacks only in coordination with neighbours and within European law; in 003 he said asylum seekers must not be turned away."),
    ("cdu-csu", "minimum-wage-15", "oppose", "conditional", "007",
     "Merz says the conservatives could live with 15 euros in 2026 as long as the wage commission sets it; the baseline is the Union's rejection of a political 15-euro promise."),
    ("greens", "debt-brake-package", "conditional", "oppose", "009",
     "Brantner and Banaszak recommend that Green lawmakers reject the amendment; in 006 they were ready to back it in exchange for climate money."),
    ("greens", "debt-brake-package", "oppose", "support", "014",
     "Brantner says the Greens will support the amendment now that 100 billion euros goes to climate protection; the unnamed sources in 013 (attributed false) do not move the stance."),
    ("spd", "drop-top-tax-rise", "oppose", "support", "022",
     "Klingbeil concedes the SPD dropped its demand for a higher top rate and accepts that it stays where it is; in 018 Miersch still wanted top earners to pay more."),
    ("spd", "merz-chancellor", "conditional", "support", "027",
     "After the members' vote the SPD says its lawmakers will now vote for Merz; in 003 and 021 that depended on the coalition agreement and the members' approval."),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("014", "015"), ("030", "031")]

STANCES = {"support", "oppose", "conditional"}
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used by the shiftwatch sets."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append({"id": m.group(1)})
                continue
            m = re.match(r"^    (\w+): (.*)$", line)
            if m and section in ("actors", "issues"):
                key, val = m.group(1), m.group(2).strip()
                target = (actors if section == "actors" else issues)[-1]
                if val.startswith("[") and val.endswith("]"):
                    val = [v.strip() for v in val[1:-1].split(",")]
                target[key] = val
                continue
            m = re.match(r"^  - \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            raise ValueError("unparsed watchlist line: %r" % line)
    return actors, issues, baseline


def rfc822(iso):
    d = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    return email.utils.format_datetime(d, usegmt=True)


def build():
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}
    check(5 <= len(actors) <= 8, "need 5-8 actors, have %d" % len(actors))
    check(5 <= len(issues) <= 7, "need 5-7 issues, have %d" % len(issues))
    for a in actors:
        check(set(a) == {"id", "name", "aliases"}, "actor fields %s" % a["id"])
    for i in issues:
        check(set(i) == {"id", "name", "description", "terms"}, "issue fields %s" % i["id"])
    give_up = re.compile(r"\b(drops?|abandons?|withdraws?|scraps?|suspends?|gives? up|renounces?)\b", re.I)
    check(any(give_up.search(i["name"]) for i in issues), "no issue phrased with a give-up verb")
    for b in baseline:
        check(b["actor"] in actor_ids and b["issue"] in issue_ids and b["stance"] in STANCES, "bad baseline %s" % b)

    # Articles
    articles = []
    for n, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        slug_outlet = OUTLETS[a["source"]]
        day = a["published"][:10].replace("-", "/")
        art = {
            "id": aid,
            "published": a["published"],
            "source": a["source"],
            "url": "https://example.org/%s/%s/%s" % (slug_outlet, day, a["slug"]),
            "title": a["title"],
            "text": "\n\n".join(a["paras"]),
        }
        articles.append(art)
    check(30 <= len(articles) <= 34, "need 30-34 articles, have %d" % len(articles))
    for prev, cur in zip(articles, articles[1:]):
        check(prev["published"] < cur["published"], "articles not in publication order: %s %s" % (prev["id"], cur["id"]))
    check(len({a["url"] for a in articles}) == len(articles), "duplicate urls")
    dateline = re.compile(r"^([A-Z][A-Z .'-]*[A-Z])(, [A-Za-z .]+)?, (%s) (\d{1,2}) \(([^)]+)\) - \S" % "|".join(MONTHS))
    for art in articles:
        words = len(art["text"].split())
        check(120 <= words <= 260, "%s has %d words" % (art["id"], words))
        m = dateline.match(art["text"])
        check(m is not None, "%s dateline" % art["id"])
        if m:
            d = dt.date.fromisoformat(art["published"][:10])
            check(m.group(3) == MONTHS[d.month - 1] and int(m.group(4)) == d.day, "%s dateline date" % art["id"])
            check(m.group(5) == art["source"], "%s dateline outlet" % art["id"])
        check(all(ord(ch) < 128 for ch in art["text"] + art["title"]), "%s non-ASCII text" % art["id"])
        check("  " not in art["text"], "%s double space" % art["id"])

    # Claims
    claims = {}
    for art, a in zip(articles, ARTICLES):
        claims[art["id"]] = a["claims"]
        seen = set()
        for c in a["claims"]:
            tag = "%s %s/%s" % (art["id"], c["actor"], c["issue"])
            check(c["actor"] in actor_ids, "unknown actor " + tag)
            check(c["issue"] in issue_ids, "unknown issue " + tag)
            check(c["stance"] in STANCES, "bad stance " + tag)
            check(isinstance(c["attributed"], bool), "attributed not bool " + tag)
            check(c["quote"] in art["text"], "quote not in text: %s: %r" % (tag, c["quote"]))
            check(len(c["quote"].split()) <= 15, "quote over 15 words: %s (%d)" % (tag, len(c["quote"].split())))
            if c["attributed"]:
                check((c["actor"], c["issue"]) not in seen, "two attributed claims for one actor/issue in " + tag)
                seen.add((c["actor"], c["issue"]))
    all_claims = [c for cs in claims.values() for c in cs]
    stance_counts = {s: sum(c["stance"] == s for c in all_claims) for s in sorted(STANCES)}
    check(60 <= len(all_claims) <= 90, "need 60-90 claims, have %d" % len(all_claims))
    check(all(stance_counts[s] > 0 for s in STANCES), "all three stances needed")
    check(stance_counts["conditional"] >= 6, "need at least 6 conditional")
    check(any(not c["attributed"] for c in all_claims), "need attributed false claims")
    empty = [k for k, v in claims.items() if not v]
    check(3 <= len(empty) <= 4, "need 3-4 no-claim articles, have %s" % empty)

    # Duplicates
    for orig, copy in DUPLICATES:
        ao, ac = articles[int(orig) - 1], articles[int(copy) - 1]
        check(ao["published"][:10] == ac["published"][:10], "duplicate %s/%s not same day" % (orig, copy))
        check(ao["source"] != ac["source"], "duplicate %s/%s same outlet" % (orig, copy))
        key = lambda cs: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cs)
        check(key(claims[orig]) == key(claims[copy]), "duplicate %s/%s claims differ" % (orig, copy))

    # Shifts: recompute from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for art in articles:
        for c in claims[art["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], art["id"]))
            prevailing[key] = c["stance"]
    labelled = [s[:5] for s in SHIFTS]
    check(recomputed == labelled, "shift mismatch:\n recomputed %s\n labelled   %s" % (recomputed, labelled))
    check(5 <= len(SHIFTS) <= 8, "need 5-8 shifts")
    check(any("conditional" in (s[2], s[3]) for s in SHIFTS), "need a move to or from conditional")
    reversals = [s for s in SHIFTS if {s[2], s[3]} == {"support", "oppose"}]
    check(len(reversals) <= 2, "at most two straight reversals")
    shift_articles = sorted({s[4] for s in SHIFTS})
    check(any(o in shift_articles for o, _ in DUPLICATES), "one duplicate pair must be a shift article")
    for _, copy in DUPLICATES:
        check(copy not in shift_articles, "duplicate copy %s must not be a shift article" % copy)

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # Write articles
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in articles:
        with open(os.path.join(adir, art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(art, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # Labels
    labels = {
        "claims": claims,
        "shifts": [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # Feeds: one RSS 2.0 file per outlet, newest item first
    for name, slug in OUTLETS.items():
        items = sorted((a for a in articles if a["source"] == name), key=lambda a: a["published"], reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for a in items:
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    # xmllint
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        print("VALIDATION FAILED: xmllint not found")
        sys.exit(1)
    for slug in OUTLETS.values():
        path = os.path.join(fdir, slug + ".xml")
        r = subprocess.run([xmllint, "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            print("VALIDATION FAILED: xmllint on %s:\n%s" % (path, r.stderr))
            sys.exit(1)

    # Re-read what was written and check it against the data
    for art in articles:
        with open(os.path.join(adir, art["id"] + ".json"), encoding="utf-8") as fh:
            assert json.load(fh) == art
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        assert json.load(fh) == labels

    # Summary
    per_outlet = {n: sum(a["source"] == n for a in articles) for n in OUTLETS}
    restatements = 0
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    for art in articles:
        for c in claims[art["id"]]:
            key = (c["actor"], c["issue"])
            if c["attributed"] and prevailing.get(key) == c["stance"]:
                restatements += 1
            if c["attributed"]:
                prevailing[key] = c["stance"]
    print("OK: %d articles %s" % (len(articles), per_outlet))
    print("    %d claims %s, attributed false: %d, attributed restatements: %d"
          % (len(all_claims), stance_counts, sum(not c["attributed"] for c in all_claims), restatements))
    print("    %d shifts in %d articles %s" % (len(SHIFTS), len(shift_articles), shift_articles))
    print("    no-claim articles %s, duplicates %s" % (empty, DUPLICATES))
    print("    words per article: min %d, max %d" % (min(len(a["text"].split()) for a in articles),
                                                    max(len(a["text"].split()) for a in articles)))


if __name__ == "__main__":
    build()
