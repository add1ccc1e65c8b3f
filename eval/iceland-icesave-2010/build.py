#!/usr/bin/env python3
"""Build the iceland-icesave-2010 evaluation set for shiftwatch.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and labels.json,
and validates the result. Standard library only. Run from anywhere: python3 build.py
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
    "polar-wire": "Polar Wire",
    "basalt-times": "Basalt Times",
    "channel-dispatch": "Channel Dispatch",
    "krona-monitor": "Krona Monitor",
    "atlantic-courier": "Atlantic Courier",
}

T, F = True, False

# Each article: published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)].
# Ids are assigned in list order, which is publication order.
ARTICLES = [
    # ---------------------------------------------------------------- 001
    dict(
        published="2009-12-30T23:10:00Z", outlet="polar-wire", slug="althingi-passes-icesave-bill",
        title="Iceland's parliament narrowly passes Icesave repayment bill",
        text=(
            "REYKJAVIK, Dec 30 (Polar Wire) - Iceland's parliament approved a revised bill late on Wednesday "
            "guaranteeing the repayment of about 3.8 billion euros that Britain and the Netherlands paid out to savers "
            "in the failed Landsbanki's Icesave accounts, after months of bitter debate.\n\n"
            "The Althingi passed the measure by 33 votes to 30. Under the loan agreements, the Icelandic treasury "
            "stands behind the debts of the country's depositors' guarantee fund, with repayments due to begin in 2016.\n\n"
            "Finance Minister Steingrimur Sigfusson told lawmakers before the vote that the law was the only "
            "responsible course and that Iceland would stand by its obligations to British and Dutch savers. He said "
            "there was no realistic prospect of reopening the agreements, which had taken a year to negotiate.\n\n"
            "The opposition Independence Party voted against the bill as a bloc. Its leader, Bjarni Benediktsson, "
            "said the terms would load an unbearable debt onto the next generation of Icelanders.\n\n"
            "The InDefence campaign group, which says ordinary taxpayers should not pay for a private bank's "
            "collapse, has gathered tens of thousands of signatures urging President Olafur Ragnar Grimsson to "
            "withhold his signature. The law cannot take effect until he signs it."
        ),
        claims=[
            ("iceland-government", "icesave-2009-law", "support", "the law was the only responsible course", T),
            ("iceland-government", "state-liability", "support", "Iceland would stand by its obligations to British and Dutch savers", T),
            ("iceland-government", "renegotiate-terms", "oppose", "there was no realistic prospect of reopening the agreements", T),
            ("independence-party", "icesave-2009-law", "oppose", "The opposition Independence Party voted against the bill as a bloc", T),
            ("indefence", "icesave-2009-law", "oppose", "signatures urging President Olafur Ragnar Grimsson to withhold his signature", F),
            ("indefence", "state-liability", "oppose", "says ordinary taxpayers should not pay for a private bank's collapse", F),
        ],
    ),
    # ---------------------------------------------------------------- 002
    dict(
        published="2010-01-02T15:30:00Z", outlet="basalt-times", slug="icesave-petition-handed-to-grimsson",
        title="Icesave opponents hand petition to Iceland's president",
        text=(
            "REYKJAVIK, Jan 2 (Basalt Times) - Campaigners opposed to Iceland's Icesave repayment law delivered a "
            "petition signed by about a quarter of the electorate to President Olafur Ragnar Grimsson on Saturday, "
            "asking him to refuse to sign the bill and put it to a national vote.\n\n"
            "Members of the InDefence group carried the lists to Bessastadir, the presidential residence outside the "
            "capital, where several hundred people gathered in the cold despite the holiday.\n\n"
            "A spokesman for InDefence said the law passed by parliament on Wednesday was unjust and should never "
            "come into force. The group argues that the European rules on deposit insurance never required a state "
            "to cover a guarantee fund that ran dry in a systemic crash.\n\n"
            "Grimsson received the petition in person but declined to say what he would decide. He told reporters "
            "he would take the time he needed to study the matter.\n\n"
            "Under Iceland's constitution, a law that the president declines to sign must be put to the voters in a "
            "referendum. Grimsson used the power once before, in 2004, over a media law that the government then "
            "withdrew."
        ),
        claims=[
            ("indefence", "icesave-2009-law", "oppose", "was unjust and should never come into force", T),
            ("indefence", "state-liability", "oppose", "never required a state to cover a guarantee fund that ran dry", T),
        ],
    ),
    # ---------------------------------------------------------------- 003
    dict(
        published="2010-01-05T13:40:00Z", outlet="channel-dispatch", slug="iceland-refuses-to-repay",
        title="Iceland refuses to repay Britain and the Netherlands",
        text=(
            "REYKJAVIK, Jan 5 (Channel Dispatch) - President Olafur Ragnar Grimsson refused on Tuesday to sign the "
            "law guaranteeing Iceland's Icesave debts to Britain and the Netherlands, sending it to a referendum and "
            "throwing the government's repayment plan into doubt.\n\n"
            "Speaking at Bessastadir, Grimsson said the nation itself must be the final judge. He said the law should "
            "take effect only if voters approved it in a national vote.\n\n"
            "Prime Minister Johanna Sigurdardottir said her government regretted the decision and still stood behind "
            "the law. Iceland would honour its international obligations whatever happened, she added.\n\n"
            "The reaction abroad was swift. Britain's financial services minister, Lord Myners, said the agreement "
            "had been negotiated in good faith and that London expected it to be honoured. He warned that a rejection "
            "would amount to Iceland turning its back on the international financial system.\n\n"
            "Dutch Finance Minister Wouter Bos said in The Hague that the Netherlands expected the deal to be carried "
            "out in full.\n\n"
            "Hundreds of thousands of savers in the two countries lost access to their Icesave deposits when "
            "Landsbanki collapsed in October 2008, and both governments compensated them."
        ),
        claims=[
            ("president", "icesave-2009-law", "conditional", "the law should take effect only if voters approved it in a national vote", T),
            ("iceland-government", "icesave-2009-law", "support", "still stood behind the law", T),
            ("iceland-government", "state-liability", "support", "Iceland would honour its international obligations whatever happened", T),
            ("uk", "icesave-2009-law", "support", "London expected it to be honoured", T),
            ("netherlands", "icesave-2009-law", "support", "the Netherlands expected the deal to be carried out in full", T),
        ],
    ),
    # ---------------------------------------------------------------- 004
    dict(
        published="2010-01-06T17:20:00Z", outlet="krona-monitor", slug="britain-netherlands-rule-out-new-talks",
        title="Britain, Netherlands rule out reopening Icesave deal; Fitch cuts Iceland to junk",
        text=(
            "LONDON, Jan 6 (Krona Monitor) - Britain and the Netherlands said on Wednesday that they saw no reason "
            "to renegotiate the Icesave loan agreements, a day after Iceland's president refused to sign the law "
            "that backs them.\n\n"
            "A spokesman for Prime Minister Gordon Brown said the terms had been settled last year and were not open "
            "for discussion again. In The Hague, Wouter Bos's finance ministry said the Netherlands was not prepared "
            "to sit down for a new round of talks.\n\n"
            "Dutch Foreign Minister Maxime Verhagen repeated that Iceland's bid to join the European Union could not "
            "move forward while the dispute remained unsettled.\n\n"
            "The ratings agency Fitch cut Iceland's sovereign rating to below investment grade, citing the "
            "uncertainty created by the president's decision. Analysts in London said the creditor governments might "
            "eventually soften their stance on interest rates to help the government in Reykjavik win the referendum, "
            "but that any such move was weeks away.\n\n"
            "Icelandic officials did not comment on the downgrade."
        ),
        claims=[
            ("uk", "renegotiate-terms", "oppose", "the terms had been settled last year and were not open for discussion again", T),
            ("netherlands", "renegotiate-terms", "oppose", "the Netherlands was not prepared to sit down for a new round of talks", T),
            ("netherlands", "eu-talks-held-back", "support", "could not move forward while the dispute remained unsettled", T),
        ],
    ),
    # ---------------------------------------------------------------- 005
    dict(
        published="2010-01-08T18:00:00Z", outlet="atlantic-courier", slug="referendum-set-for-march-6",
        title="Althingi sets March 6 for Iceland's first referendum as a republic",
        text=(
            "REYKJAVIK, Jan 8 (Atlantic Courier) - Iceland's parliament passed a law on Friday setting the rules for "
            "a national referendum on the Icesave repayment act, and the vote was scheduled for Saturday, March 6.\n\n"
            "It will be the first national referendum since Icelanders voted to become a republic in 1944. The "
            "ballot will ask voters whether the December law should remain in force, with a simple yes or "
            "no.\n\n"
            "The justice ministry said polling stations would follow the arrangements used for parliamentary "
            "elections, and that Icelanders abroad could vote early at embassies and consulates, including those in "
            "London and The Hague. Counting is expected to finish overnight.\n\n"
            "Officials at the national electoral office declined to predict turnout. Political scientists at the "
            "University of Iceland said participation could be high given the attention the issue has drawn, though "
            "they cautioned that the outcome might depend on whether a new agreement with the creditor states emerged "
            "before polling day.\n\n"
            "Parliament will not sit again until later this month."
        ),
        claims=[],
    ),
    # ---------------------------------------------------------------- 006
    dict(
        published="2010-01-12T16:45:00Z", outlet="polar-wire", slug="iceland-seeks-fresh-icesave-talks",
        title="Iceland seeks fresh Icesave talks with opposition backing",
        text=(
            "REYKJAVIK, Jan 12 (Polar Wire) - Iceland's government will seek to reopen the Icesave loan terms with "
            "Britain and the Netherlands, Finance Minister Steingrimur Sigfusson said on Tuesday, after meeting "
            "opposition leaders to forge a common front before the March referendum.\n\n"
            "Sigfusson said the president's veto had changed the situation and that Iceland now wanted to negotiate "
            "a lower interest rate and a longer repayment period. Less than two weeks ago he had told parliament "
            "there was no realistic prospect of reopening the deal.\n\n"
            "Bjarni Benediktsson, leader of the opposition Independence Party, said he welcomed the government's "
            "change of course. His party has long demanded that the agreements be renegotiated.\n\n"
            "The two sides agreed to ask an independent legal expert to advise a cross-party team. They did not say "
            "when they expected to meet officials from London and The Hague.\n\n"
            "The British Treasury said it had received no formal request. A Dutch official, speaking on condition of "
            "anonymity, said The Hague had not yet seen any proposal."
        ),
        claims=[
            ("iceland-government", "renegotiate-terms", "support", "Iceland now wanted to negotiate a lower interest rate and a longer repayment period", T),
            ("independence-party", "renegotiate-terms", "support", "he welcomed the government's change of course", T),
        ],
    ),
    # ---------------------------------------------------------------- 007
    dict(
        published="2010-01-20T19:30:00Z", outlet="basalt-times", slug="imf-review-stalls-reykjavik-blames-creditors",
        title="IMF review of Iceland stalls; Reykjavik blames Icesave creditors",
        text=(
            "REYKJAVIK, Jan 20 (Basalt Times) - The International Monetary Fund has put off the second review of "
            "Iceland's rescue programme, delaying the release of about 160 million dollars, and Icelandic ministers "
            "said on Wednesday that Britain and the Netherlands were behind the hold-up.\n\n"
            "Finance Minister Steingrimur Sigfusson said it was unacceptable for the review to be held hostage to the "
            "Icesave dispute. According to his ministry, London and The Hague had made clear to other board members "
            "that they did not want the review to proceed until the repayment law was settled.\n\n"
            "The Fund's resident representative in Reykjavik, Franek Rozwadowski, said Icesave was not a condition of "
            "the programme. He said the review would go to the board once the financing promised by Iceland's Nordic "
            "neighbours was confirmed.\n\n"
            "The Nordic governments have said their loans depend on Iceland meeting its international commitments.\n\n"
            "The IMF programme, agreed in November 2008, is worth 2.1 billion dollars."
        ),
        claims=[
            ("iceland-government", "imf-suspends-review", "oppose", "unacceptable for the review to be held hostage to the Icesave dispute", T),
            ("uk", "imf-suspends-review", "support", "they did not want the review to proceed until the repayment law was settled", F),
            ("netherlands", "imf-suspends-review", "support", "they did not want the review to proceed until the repayment law was settled", F),
            ("imf", "imf-suspends-review", "oppose", "Icesave was not a condition of the programme", T),
        ],
    ),
    # ---------------------------------------------------------------- 008
    dict(
        published="2010-01-21T12:15:00Z", outlet="krona-monitor", slug="britain-denies-blocking-imf-review",
        title="Britain denies blocking Iceland's IMF review",
        text=(
            "LONDON, Jan 21 (Krona Monitor) - Britain denied on Thursday that it was holding up the International "
            "Monetary Fund's review of Iceland's economic programme, rejecting accusations made in Reykjavik a day "
            "earlier.\n\n"
            "A Treasury spokeswoman said Britain had not asked the Fund to delay the review and would not stand in "
            "the way of it going ahead. Whether the review happened was a matter for the IMF board and the "
            "programme's own conditions, she said.\n\n"
            "The Dutch finance ministry declined to comment on the accusations.\n\n"
            "Iceland's government, which says the rescue programme should not be made a hostage of the dispute, has "
            "asked the Fund's management to put the review on the board's agenda as soon as possible.\n\n"
            "Diplomats in Washington said the review was unlikely to be scheduled before the Nordic loans were "
            "secured, which could take several weeks. The Fund's executive board represents 186 member countries, "
            "with Britain holding one of the largest single shares of the votes."
        ),
        claims=[
            ("uk", "imf-suspends-review", "oppose", "would not stand in the way of it going ahead", T),
            ("iceland-government", "imf-suspends-review", "oppose", "says the rescue programme should not be made a hostage of the dispute", F),
        ],
    ),
    # ---------------------------------------------------------------- 009
    dict(
        published="2010-02-19T17:00:00Z", outlet="channel-dispatch", slug="britain-netherlands-offer-easier-terms",
        title="Britain and Netherlands offer Iceland easier Icesave terms",
        text=(
            "LONDON, Feb 19 (Channel Dispatch) - Britain and the Netherlands have offered Iceland easier terms on the "
            "Icesave loans, people close to the talks said on Friday, in a bid to settle the dispute before "
            "Icelanders vote on the repayment law.\n\n"
            "After two days of meetings in London with a cross-party Icelandic delegation, the British Treasury said "
            "it was ready to revisit the interest rate in exchange for a firm commitment that the full principal "
            "would be repaid. Dutch negotiators took the same line, saying in a statement that the Netherlands was "
            "prepared to discuss new terms provided the principal was not in question.\n\n"
            "The offer is understood to include a floating interest rate and a two-year holiday on interest "
            "payments.\n\n"
            "Finance Minister Steingrimur Sigfusson said the delegation would study the proposal carefully. He said "
            "it was too early to say whether it was good enough.\n\n"
            "The talks are expected to continue next week."
        ),
        claims=[
            ("uk", "renegotiate-terms", "conditional", "ready to revisit the interest rate in exchange for a firm commitment", T),
            ("netherlands", "renegotiate-terms", "conditional", "prepared to discuss new terms provided the principal was not in question", T),
        ],
    ),
    # ---------------------------------------------------------------- 010 (duplicate of 009)
    dict(
        published="2010-02-19T18:20:00Z", outlet="atlantic-courier", slug="creditors-sweeten-icesave-offer",
        title="Creditor states sweeten Icesave offer before Iceland vote",
        text=(
            "LONDON, Feb 19 (Atlantic Courier) - Britain and the Netherlands have offered Iceland softer terms on the "
            "Icesave loans in an effort to settle the dispute before Icelanders vote on the repayment law, according "
            "to people close to the negotiations.\n\n"
            "Following two days of talks in London with a cross-party delegation from Reykjavik, the British Treasury "
            "said on Friday it was ready to revisit the interest rate in exchange for a firm commitment that the full "
            "principal would be repaid. The Dutch side took the same position, saying in a statement that the "
            "Netherlands was prepared to discuss new terms provided the principal was not in question.\n\n"
            "The proposal is understood to include a floating interest rate and a two-year break from interest "
            "payments.\n\n"
            "Icelandic Finance Minister Steingrimur Sigfusson said the delegation would study the proposal carefully. "
            "It was too early to say whether it went far enough, he said.\n\n"
            "The negotiators plan to meet again next week."
        ),
        claims=[
            ("uk", "renegotiate-terms", "conditional", "ready to revisit the interest rate in exchange for a firm commitment", T),
            ("netherlands", "renegotiate-terms", "conditional", "prepared to discuss new terms provided the principal was not in question", T),
        ],
    ),
    # ---------------------------------------------------------------- 011
    dict(
        published="2010-02-24T15:00:00Z", outlet="krona-monitor", slug="de-jager-says-icesave-offer-stands",
        title="New Dutch finance minister says Icesave offer stands",
        text=(
            "THE HAGUE, Feb 24 (Krona Monitor) - The Netherlands' new finance minister, Jan Kees de Jager, said on "
            "Wednesday that the Dutch offer of improved terms to Iceland remained on the table despite the collapse "
            "of the coalition government at the weekend.\n\n"
            "De Jager, who took over from Wouter Bos this week, told reporters that the Netherlands was still willing "
            "to talk about the interest rate as long as Iceland accepted that the money would be paid back in full. "
            "He said he hoped an agreement could be reached before Iceland's referendum on March 6.\n\n"
            "The caretaker cabinet of Prime Minister Jan Peter Balkenende can continue to handle current business, "
            "including the Icesave talks, until a general election in June.\n\n"
            "Analysts in Amsterdam said the fall of the government could slow the negotiations, and some speculated "
            "that Reykjavik might be tempted to wait for a new Dutch administration. Icelandic officials did not "
            "respond to requests for comment."
        ),
        claims=[
            ("netherlands", "renegotiate-terms", "conditional", "still willing to talk about the interest rate as long as Iceland accepted", T),
        ],
    ),
    # ---------------------------------------------------------------- 012
    dict(
        published="2010-03-05T21:00:00Z", outlet="basalt-times", slug="icesave-talks-break-down",
        title="Icesave talks break down on eve of Iceland referendum",
        text=(
            "REYKJAVIK, March 5 (Basalt Times) - Talks between Iceland and its British and Dutch creditors broke down "
            "on Friday without a new deal, leaving Icelanders to vote on Saturday on the repayment law passed in "
            "December.\n\n"
            "Prime Minister Johanna Sigurdardottir said she would not take part in the vote and called it pointless, "
            "since talks on new terms would go on whatever the result. She declined to say how the government would "
            "respond if the law were rejected. Iceland would keep pressing for better terms after the referendum, she "
            "said.\n\n"
            "The British Treasury said the offer it had made remained open and that it was ready to resume talks at "
            "any time, as long as Iceland accepted repaying the full amount.\n\n"
            "Bjarni Benediktsson, the Independence Party leader, urged Icelanders to vote no. He said a clear "
            "rejection of the law would strengthen Iceland's hand.\n\n"
            "Opinion polls suggest that a large majority will reject the law."
        ),
        claims=[
            ("iceland-government", "renegotiate-terms", "support", "Iceland would keep pressing for better terms after the referendum", T),
            ("uk", "renegotiate-terms", "conditional", "ready to resume talks at any time, as long as Iceland accepted repaying", T),
            ("independence-party", "icesave-2009-law", "oppose", "urged Icelanders to vote no", T),
        ],
    ),
    # ---------------------------------------------------------------- 013
    dict(
        published="2010-03-07T02:30:00Z", outlet="polar-wire", slug="icelanders-reject-icesave-law",
        title="Icelanders reject Icesave law by a landslide",
        text=(
            "REYKJAVIK, March 7 (Polar Wire) - Icelanders overwhelmingly rejected the law on repaying Britain and the "
            "Netherlands for Icesave deposits in a referendum on Saturday, with about 93 percent of those voting "
            "saying no, according to results released early on Sunday.\n\n"
            "Turnout was a little over 60 percent. Fewer than 2 percent backed the law.\n\n"
            "InDefence, the group whose petition forced the vote, hailed the result as a victory for ordinary people "
            "and said the law should now be taken off the books for good.\n\n"
            "President Olafur Ragnar Grimsson said Icelanders were ready to meet their obligations, provided the "
            "terms were fair and did not crush the economy.\n\n"
            "Finance Minister Steingrimur Sigfusson said the outcome did not mean Iceland would not pay. The "
            "government had never said it would not honour the minimum guarantee, he said.\n\n"
            "In London, a Treasury spokesman said Britain remained ready to talk again and wanted a negotiated "
            "solution."
        ),
        claims=[
            ("indefence", "icesave-2009-law", "oppose", "the law should now be taken off the books for good", T),
            ("president", "state-liability", "conditional", "ready to meet their obligations, provided the terms were fair", T),
            ("iceland-government", "state-liability", "support", "never said it would not honour the minimum guarantee", T),
            ("uk", "renegotiate-terms", "conditional", "Britain remained ready to talk again", T),
        ],
    ),
    # ---------------------------------------------------------------- 014 (duplicate of 013)
    dict(
        published="2010-03-07T04:10:00Z", outlet="atlantic-courier", slug="iceland-voters-throw-out-icesave-law",
        title="Iceland voters throw out Icesave repayment law",
        text=(
            "REYKJAVIK, March 7 (Atlantic Courier) - Voters in Iceland have massively rejected the law that would have "
            "repaid Britain and the Netherlands for Icesave deposits, with roughly 93 percent voting no in Saturday's "
            "referendum, according to results published early on Sunday.\n\n"
            "A little over 60 percent of the electorate took part. Fewer than 2 percent voted to keep the law.\n\n"
            "InDefence, whose petition led to the vote, called the result a victory for ordinary people and said the "
            "law should now be taken off the books for good.\n\n"
            "President Olafur Ragnar Grimsson said Icelanders were ready to meet their obligations, provided the "
            "terms were fair and did not crush the economy.\n\n"
            "The outcome did not mean Iceland would not pay, Finance Minister Steingrimur Sigfusson said. He added "
            "that the government had never said it would not honour the minimum guarantee.\n\n"
            "A British Treasury spokesman said in London that Britain remained ready to talk again and wanted a "
            "negotiated solution."
        ),
        claims=[
            ("indefence", "icesave-2009-law", "oppose", "the law should now be taken off the books for good", T),
            ("president", "state-liability", "conditional", "ready to meet their obligations, provided the terms were fair", T),
            ("iceland-government", "state-liability", "support", "never said it would not honour the minimum guarantee", T),
            ("uk", "renegotiate-terms", "conditional", "Britain remained ready to talk again", T),
        ],
    ),
    # ---------------------------------------------------------------- 015
    dict(
        published="2010-04-16T21:30:00Z", outlet="krona-monitor", slug="imf-completes-delayed-iceland-review",
        title="IMF completes delayed Iceland review despite Icesave impasse",
        text=(
            "WASHINGTON, April 16 (Krona Monitor) - The International Monetary Fund's executive board completed the "
            "long-delayed second review of Iceland's economic programme on Friday, freeing about 160 million dollars "
            "even though the Icesave dispute remains unresolved.\n\n"
            "The review had been held up since January. Mark Flanagan, who leads the Fund's mission to Iceland, said "
            "the programme was on track and that the board had gone ahead because the financing gap had been closed, "
            "not because of any progress on Icesave. The dispute was never part of the programme's conditions, he "
            "said.\n\n"
            "Finance Minister Steingrimur Sigfusson welcomed the decision, saying it showed the programme could move "
            "forward separately from the talks with London and The Hague.\n\n"
            "The Nordic countries agreed earlier this month to release their loans, and the Faroe Islands and Poland "
            "have also lent money to Iceland under the programme."
        ),
        claims=[
            ("imf", "imf-suspends-review", "oppose", "The dispute was never part of the programme's conditions", T),
            ("iceland-government", "imf-suspends-review", "oppose", "the programme could move forward separately from the talks", T),
        ],
    ),
    # ---------------------------------------------------------------- 016
    dict(
        published="2010-05-26T14:00:00Z", outlet="polar-wire", slug="efta-watchdog-icesave-minimum",
        title="EFTA watchdog tells Iceland it must cover Icesave minimum",
        text=(
            "BRUSSELS, May 26 (Polar Wire) - The EFTA Surveillance Authority told Iceland on Wednesday that it was "
            "obliged to make sure British and Dutch Icesave savers received the minimum compensation of 20,887 euros "
            "per account, opening formal proceedings against the country.\n\n"
            "In a letter of formal notice, the authority said Iceland had breached the European deposit guarantee "
            "directive by failing to pay the minimum and by treating domestic and foreign depositors differently. "
            "Iceland has two months to reply.\n\n"
            "Per Sanderud, the authority's president, said the obligation existed regardless of the negotiations "
            "between the three governments.\n\n"
            "A spokeswoman for the Icelandic foreign ministry said the government had received the letter and would "
            "answer it in due course, but declined to comment on its substance.\n\n"
            "InDefence said the watchdog had ignored the fact that no deposit scheme in Europe could survive the "
            "collapse of a whole banking system, and that taxpayers owed nothing.\n\n"
            "The EFTA Surveillance Authority monitors how Iceland, Norway and Liechtenstein apply European single "
            "market rules."
        ),
        claims=[
            ("esa", "state-liability", "support", "Iceland had breached the European deposit guarantee directive by failing to pay the minimum", T),
            ("indefence", "state-liability", "oppose", "taxpayers owed nothing", T),
        ],
    ),
    # ---------------------------------------------------------------- 017
    dict(
        published="2010-06-17T18:30:00Z", outlet="channel-dispatch", slug="eu-opens-talks-with-iceland-dutch-caveat",
        title="EU agrees to open membership talks with Iceland; Dutch keep Icesave caveat",
        text=(
            "BRUSSELS, June 17 (Channel Dispatch) - European Union leaders agreed on Thursday to open accession "
            "negotiations with Iceland, after the Netherlands dropped its demand that the Icesave dispute be settled "
            "first.\n\n"
            "Dutch Prime Minister Jan Peter Balkenende said the Netherlands would no longer stand in the way of the "
            "talks starting, but that Iceland could not complete its accession unless it repaid Dutch savers. The "
            "Hague would raise the issue at every stage of the negotiations, he said.\n\n"
            "British officials said London backed opening the talks on condition that Iceland kept working towards a "
            "settlement of the Icesave claims.\n\n"
            "In Reykjavik, Foreign Minister Ossur Skarphedinsson welcomed the decision and said Icesave and EU "
            "membership were separate matters that should never have been linked.\n\n"
            "The Independence Party, which opposes EU membership, said the application should be withdrawn.\n\n"
            "The summit in Brussels also discussed the eurozone debt crisis and new rules for national budgets."
        ),
        claims=[
            ("netherlands", "eu-talks-held-back", "conditional", "Iceland could not complete its accession unless it repaid Dutch savers", T),
            ("uk", "eu-talks-held-back", "conditional", "backed opening the talks on condition that Iceland kept working towards a settlement", T),
            ("iceland-government", "eu-talks-held-back", "oppose", "separate matters that should never have been linked", T),
        ],
    ),
    # ---------------------------------------------------------------- 018
    dict(
        published="2010-09-15T11:00:00Z", outlet="basalt-times", slug="landsbanki-estate-recovery-estimate",
        title="Landsbanki estate expects to cover most priority claims",
        text=(
            "REYKJAVIK, Sept 15 (Basalt Times) - The winding-up board of the failed Landsbanki said on Wednesday it "
            "expected to recover enough from the bank's remaining assets to pay back close to 90 percent of priority "
            "claims, which include the Icesave deposits.\n\n"
            "The estimate, up from earlier forecasts, reflects higher valuations of the bank's loan portfolio and of "
            "its stake in the British frozen food chain Iceland Foods.\n\n"
            "The board said the first payments to priority creditors could not begin until legal challenges over the "
            "ranking of claims had been settled in Iceland's courts, which could take more than a year.\n\n"
            "Analysts said the improved figure could narrow the gap between Reykjavik and its creditors by reducing "
            "the sum the Icelandic state would ultimately have to cover, but cautioned that exchange-rate movements "
            "could still change the picture.\n\n"
            "The board will present the figures to creditors at a meeting in Reykjavik later this month."
        ),
        claims=[],
    ),
    # ---------------------------------------------------------------- 019
    dict(
        published="2010-10-20T16:00:00Z", outlet="atlantic-courier", slug="icesave-negotiators-meet-in-london",
        title="Icesave negotiators meet again in London under new lead",
        text=(
            "LONDON, Oct 20 (Atlantic Courier) - Negotiators from Iceland, Britain and the Netherlands met in London "
            "on Wednesday for a new round of talks on the Icesave dispute, the first since a fresh Icelandic team was "
            "formed under the American lawyer Lee Buchheit.\n\n"
            "The meeting took place at the offices of the British Treasury and lasted most of the day. No statements "
            "were issued afterwards. Buchheit, a sovereign debt specialist who has advised several governments, "
            "declined to discuss the content of the talks when approached by reporters outside.\n\n"
            "Icelandic officials said in Reykjavik that another meeting was planned but gave no date. A spokesman for "
            "the Dutch finance ministry said only that the talks had taken place in a constructive atmosphere.\n\n"
            "Observers in Reykjavik said the new team included members nominated by the opposition, which could make "
            "any agreement easier to pass through parliament. Some bankers in London speculated that a deal could be "
            "reached before the end of the year."
        ),
        claims=[],
    ),
    # ---------------------------------------------------------------- 020
    dict(
        published="2010-12-09T19:00:00Z", outlet="polar-wire", slug="new-icesave-deal-reached",
        title="Iceland, Britain and Netherlands reach new Icesave deal",
        text=(
            "REYKJAVIK, Dec 9 (Polar Wire) - Iceland reached a new agreement with Britain and the Netherlands on "
            "Thursday to repay the Icesave debts on far softer terms, in a deal the government will now ask "
            "parliament to ratify.\n\n"
            "Under the agreement, the Dutch loan carries interest of 3 percent and the British loan 3.3 percent, "
            "compared with 5.55 percent under the rejected deal, and repayments can stretch to 2046. Most of the cost "
            "is expected to be covered by the Landsbanki estate.\n\n"
            "Finance Minister Steingrimur Sigfusson said the terms were much better than anything Iceland could have "
            "hoped for a year ago and urged lawmakers to approve them quickly. The British Treasury and Dutch Finance "
            "Minister Jan Kees de Jager both welcomed the agreement and said they hoped it would be ratified without "
            "delay.\n\n"
            "Bjarni Benediktsson said the Independence Party would back the deal only if an independent assessment "
            "confirmed the risks to the treasury were small.\n\n"
            "InDefence said the new terms were a big step forward and that it was open to them, though it wanted more "
            "information on the legal risks before taking a final position."
        ),
        claims=[
            ("iceland-government", "icesave-iii-deal", "support", "urged lawmakers to approve them quickly", T),
            ("uk", "icesave-iii-deal", "support", "both welcomed the agreement and said they hoped it would be ratified", T),
            ("netherlands", "icesave-iii-deal", "support", "both welcomed the agreement and said they hoped it would be ratified", T),
            ("independence-party", "icesave-iii-deal", "conditional", "would back the deal only if an independent assessment confirmed the risks", T),
            ("indefence", "icesave-iii-deal", "conditional", "the new terms were a big step forward and that it was open to them", T),
        ],
    ),
    # ---------------------------------------------------------------- 021
    dict(
        published="2011-01-10T22:00:00Z", outlet="krona-monitor", slug="imf-fourth-review-backs-icesave-deal",
        title="IMF completes fourth Iceland review, backs new Icesave deal",
        text=(
            "WASHINGTON, Jan 10 (Krona Monitor) - The International Monetary Fund completed the fourth review of "
            "Iceland's programme on Monday and said the new Icesave agreement, if ratified, would help the country "
            "regain access to international markets.\n\n"
            "Mark Flanagan, the Fund's mission chief for Iceland, said the agreement reached in December was a "
            "welcome step and that the Fund supported its ratification by parliament. He repeated that the "
            "programme's reviews had never been linked to the outcome of the Icesave talks, and that this would remain "
            "the case.\n\n"
            "The board's decision makes about 160 million dollars available. Iceland's economy is expected to return "
            "to growth this year after a deep recession.\n\n"
            "The Icelandic government has not yet set a date for the parliamentary vote. Several lawmakers from the "
            "Left-Green wing of the governing coalition have said they may vote against the agreement."
        ),
        claims=[
            ("imf", "icesave-iii-deal", "support", "the Fund supported its ratification by parliament", T),
            ("imf", "imf-suspends-review", "oppose", "the programme's reviews had never been linked to the outcome of the Icesave talks", T),
        ],
    ),
    # ---------------------------------------------------------------- 022
    dict(
        published="2011-02-02T13:00:00Z", outlet="basalt-times", slug="benediktsson-backs-icesave-deal",
        title="Independence Party leader backs Icesave deal, splitting his party",
        text=(
            "REYKJAVIK, Feb 2 (Basalt Times) - Bjarni Benediktsson, leader of Iceland's opposition Independence Party, "
            "said on Wednesday he would vote for the new Icesave agreement, arguing that the risk of a long court "
            "battle was greater than the cost of the deal.\n\n"
            "He said the party had studied the terms and the independent assessment of the risks, and had concluded "
            "that ratifying the agreement was the responsible choice for Iceland. Most of the party's parliamentary "
            "group would follow him, he said.\n\n"
            "The announcement drew angry reactions from parts of the party's base. David Oddsson, a former party "
            "leader and prime minister who now edits the newspaper Morgunbladid, wrote that the agreement should be "
            "rejected.\n\n"
            "The party led the fight against the previous repayment law in 2009 and 2010.\n\n"
            "Finance Minister Steingrimur Sigfusson said he was grateful for the opposition's support, which would "
            "make ratification much more likely. A vote is expected in the Althingi this month."
        ),
        claims=[
            ("independence-party", "icesave-iii-deal", "support", "ratifying the agreement was the responsible choice for Iceland", T),
            ("iceland-government", "icesave-iii-deal", "support", "grateful for the opposition's support, which would make ratification much more likely", T),
        ],
    ),
    # ---------------------------------------------------------------- 023
    dict(
        published="2011-02-16T20:00:00Z", outlet="channel-dispatch", slug="althingi-approves-icesave-deal",
        title="Iceland's parliament approves Icesave deal; campaigners turn to president",
        text=(
            "REYKJAVIK, Feb 16 (Channel Dispatch) - Iceland's parliament approved the renegotiated Icesave agreement "
            "on Wednesday by 44 votes to 16, but campaigners immediately began collecting signatures to ask President "
            "Olafur Ragnar Grimsson to put it to a referendum.\n\n"
            "A proposal to hold a national vote on the deal was defeated earlier in the day. Most Independence Party "
            "lawmakers voted with the government, while a handful of its members broke ranks.\n\n"
            "InDefence said on Wednesday that it now opposed the agreement and would campaign against it, arguing "
            "that Iceland was still being asked to take on a state guarantee it did not legally owe. In December the "
            "group had called the terms a step forward.\n\n"
            "Prime Minister Johanna Sigurdardottir said she hoped the president would sign the bill so that the "
            "matter could finally be closed.\n\n"
            "Grimsson's office said he would take the time he needed to reach a decision."
        ),
        claims=[
            ("indefence", "icesave-iii-deal", "oppose", "it now opposed the agreement and would campaign against it", T),
            ("independence-party", "icesave-iii-deal", "support", "Most Independence Party lawmakers voted with the government", T),
            ("iceland-government", "icesave-iii-deal", "support", "she hoped the president would sign the bill", T),
        ],
    ),
    # ---------------------------------------------------------------- 024
    dict(
        published="2011-02-20T14:30:00Z", outlet="polar-wire", slug="grimsson-refuses-second-icesave-law",
        title="Grimsson refuses to sign second Icesave law, calls new referendum",
        text=(
            "REYKJAVIK, Feb 20 (Polar Wire) - President Olafur Ragnar Grimsson refused on Sunday to sign the law "
            "ratifying Iceland's new Icesave agreement with Britain and the Netherlands, sending it to a second "
            "referendum.\n\n"
            "Speaking at Bessastadir, Grimsson said the law had been passed by a large majority, but that the nation "
            "had already voted once on the matter and should have the final word again. He said the agreement should "
            "stand only if the voters approved it.\n\n"
            "Prime Minister Johanna Sigurdardottir said the government regretted the decision and would campaign for "
            "a yes vote. She said London and The Hague had made clear there would be no better offer than this "
            "one.\n\n"
            "British Chief Secretary to the Treasury Danny Alexander said he was disappointed, and that Britain still "
            "expected the agreement to be honoured.\n\n"
            "In The Hague, a finance ministry spokesman said the Netherlands stood by the agreement and would await "
            "the result. Dutch officials said privately that patience was running thin."
        ),
        claims=[
            ("president", "icesave-iii-deal", "conditional", "the agreement should stand only if the voters approved it", T),
            ("iceland-government", "icesave-iii-deal", "support", "would campaign for a yes vote", T),
            ("uk", "renegotiate-terms", "oppose", "London and The Hague had made clear there would be no better offer", F),
            ("netherlands", "renegotiate-terms", "oppose", "London and The Hague had made clear there would be no better offer", F),
            ("uk", "icesave-iii-deal", "support", "Britain still expected the agreement to be honoured", T),
            ("netherlands", "icesave-iii-deal", "support", "the Netherlands stood by the agreement", T),
        ],
    ),
    # ---------------------------------------------------------------- 025
    dict(
        published="2011-03-20T12:00:00Z", outlet="krona-monitor", slug="polls-show-iceland-split-on-icesave",
        title="Polls show Iceland split ahead of second Icesave vote",
        text=(
            "REYKJAVIK, March 20 (Krona Monitor) - Icelanders appear evenly split ahead of the April 9 referendum on "
            "the new Icesave agreement, according to two opinion polls published over the weekend.\n\n"
            "One survey put the yes side slightly ahead, while the other showed a narrow majority against, with about "
            "a fifth of voters still undecided in both.\n\n"
            "Pollsters said the outcome would probably hinge on turnout in the Reykjavik area and on how undecided "
            "voters weighed the risk of a court case against the cost of the deal. Some political analysts suggested "
            "that a rejection could delay Iceland's return to international bond markets, though others doubted the "
            "impact would be large.\n\n"
            "Advertising by both camps has increased sharply, and a series of televised debates is planned for the "
            "coming weeks at the national broadcaster's studios in Reykjavik.\n\n"
            "Early voting has already begun at district commissioners' offices and at Icelandic embassies abroad, "
            "including in London and The Hague. Officials expect final results early on April 10."
        ),
        claims=[],
    ),
    # ---------------------------------------------------------------- 026
    dict(
        published="2011-03-30T17:00:00Z", outlet="atlantic-courier", slug="leaders-campaign-for-icesave-yes",
        title="Government and opposition leader campaign together for Icesave yes",
        text=(
            "REYKJAVIK, March 30 (Atlantic Courier) - Prime Minister Johanna Sigurdardottir and opposition leader "
            "Bjarni Benediktsson appeared together on Wednesday to urge Icelanders to approve the Icesave agreement, "
            "warning that a no vote would leave the country facing an uncertain court case.\n\n"
            "Sigurdardottir said the deal was the best available and that rejecting it would cost Iceland time and "
            "credibility. Benediktsson said he stood by his decision to back it, despite opposition from some members "
            "of his party.\n\n"
            "President Olafur Ragnar Grimsson, asked in a television interview how he would vote, declined to say. "
            "He said it was for the people to decide.\n\n"
            "InDefence said the agreement still put taxpayers on the hook for a private bank's debts.\n\n"
            "Dutch Finance Minister Jan Kees de Jager told Dutch lawmakers that if Iceland's voters said no, the "
            "Netherlands would pursue its claim through the courts."
        ),
        claims=[
            ("iceland-government", "icesave-iii-deal", "support", "the deal was the best available", T),
            ("independence-party", "icesave-iii-deal", "support", "he stood by his decision to back it", T),
            ("indefence", "icesave-iii-deal", "oppose", "the agreement still put taxpayers on the hook for a private bank's debts", T),
            ("netherlands", "state-liability", "support", "the Netherlands would pursue its claim through the courts", T),
        ],
    ),
    # ---------------------------------------------------------------- 027
    dict(
        published="2011-04-10T09:00:00Z", outlet="basalt-times", slug="icelanders-reject-icesave-deal-again",
        title="Icelanders reject Icesave deal again; creditors head for court",
        text=(
            "REYKJAVIK, April 10 (Basalt Times) - Icelanders rejected the renegotiated Icesave agreement in Saturday's "
            "referendum, with nearly 60 percent voting no, according to final results on Sunday, pushing the dispute "
            "with Britain and the Netherlands towards a court case.\n\n"
            "Prime Minister Johanna Sigurdardottir said the result was the worst option and would cause political and "
            "economic turmoil, but that the government would respect it. She said she still believed the agreement "
            "had been the right choice.\n\n"
            "In The Hague, Finance Minister Jan Kees de Jager said the time for negotiating was over. He said the "
            "Netherlands would not return to the table and would now seek its money through the EFTA court.\n\n"
            "Britain's Danny Alexander said he was disappointed and that Britain would pursue its claim for the "
            "minimum guarantee through the legal process.\n\n"
            "InDefence welcomed the outcome, saying voters had refused to turn a private bank's losses into public "
            "debt."
        ),
        claims=[
            ("iceland-government", "icesave-iii-deal", "support", "she still believed the agreement had been the right choice", T),
            ("netherlands", "renegotiate-terms", "oppose", "the Netherlands would not return to the table", T),
            ("netherlands", "state-liability", "support", "would now seek its money through the EFTA court", T),
            ("uk", "state-liability", "support", "Britain would pursue its claim for the minimum guarantee through the legal process", T),
            ("indefence", "icesave-iii-deal", "oppose", "InDefence welcomed the outcome", T),
        ],
    ),
    # ---------------------------------------------------------------- 028
    dict(
        published="2011-04-11T15:00:00Z", outlet="krona-monitor", slug="imf-says-programme-unaffected",
        title="IMF says Iceland programme unaffected by Icesave vote; watchdog to resume case",
        text=(
            "WASHINGTON, April 11 (Krona Monitor) - The International Monetary Fund said on Monday that the rejection "
            "of the Icesave agreement by Icelandic voters would not hold up its lending programme for Iceland, which "
            "is due to end in August.\n\n"
            "An IMF spokeswoman said the next review would go ahead on schedule and that the Fund would not tie it to "
            "the dispute with Britain and the Netherlands.\n\n"
            "In Brussels, the EFTA Surveillance Authority said it would now resume the case it had put on hold during "
            "the negotiations. Iceland has until early May to answer its letter setting out the state's duty to cover "
            "the minimum deposit guarantee.\n\n"
            "Credit rating agencies said they were reviewing Iceland's rating. Moody's had warned before the vote that "
            "a no could lead to a downgrade to junk status, while Fitch said it saw limited immediate impact on "
            "Iceland's finances."
        ),
        claims=[
            ("imf", "imf-suspends-review", "oppose", "the Fund would not tie it to the dispute with Britain and the Netherlands", T),
            ("esa", "state-liability", "support", "its letter setting out the state's duty to cover the minimum deposit guarantee", T),
        ],
    ),
    # ---------------------------------------------------------------- 029
    dict(
        published="2011-05-02T18:00:00Z", outlet="channel-dispatch", slug="iceland-tells-esa-it-owes-nothing",
        title="Iceland tells EFTA watchdog it owes nothing on Icesave minimum",
        text=(
            "REYKJAVIK, May 2 (Channel Dispatch) - Iceland's government told the EFTA Surveillance Authority on Monday "
            "that the state had no legal obligation to pay the minimum deposit guarantee to British and Dutch Icesave "
            "savers, rejecting the watchdog's case.\n\n"
            "In its formal reply, the government argued that the European directive required countries only to set "
            "up a deposit guarantee scheme, not to stand behind it with public money when a whole banking system "
            "failed. It also denied that Iceland had discriminated against foreign depositors.\n\n"
            "Economy Minister Arni Pall Arnason said the reply set out Iceland's legal position clearly, and that the "
            "estate of Landsbanki was expected to cover most of the priority claims in any case.\n\n"
            "Until the referendums, ministers had repeatedly said that Iceland would honour its obligations to the two "
            "countries.\n\n"
            "The authority said it would study the reply before deciding whether to take the case to the EFTA Court "
            "in Luxembourg. InDefence welcomed the letter, saying it made the argument the group had made since 2009."
        ),
        claims=[
            ("iceland-government", "state-liability", "oppose", "the state had no legal obligation to pay the minimum deposit guarantee", T),
            ("indefence", "state-liability", "oppose", "InDefence welcomed the letter", T),
        ],
    ),
    # ---------------------------------------------------------------- 030
    dict(
        published="2011-06-10T13:00:00Z", outlet="polar-wire", slug="esa-gives-iceland-three-months",
        title="EFTA watchdog gives Iceland three months to settle Icesave minimum",
        text=(
            "BRUSSELS, June 10 (Polar Wire) - The EFTA Surveillance Authority said on Friday that Iceland must pay "
            "British and Dutch Icesave savers the minimum guaranteed amount within three months, or face proceedings "
            "before the EFTA Court.\n\n"
            "In a reasoned opinion, the authority rejected the arguments Iceland had set out in May and concluded that "
            "the country had broken its obligations under the deposit guarantee directive. The authority's president, "
            "Oda Helen Sletnes, said the rules had to mean something when a bank failed.\n\n"
            "Iceland's Foreign Minister Ossur Skarphedinsson said the government stood by its reply and was ready to "
            "defend its position in court.\n\n"
            "A British Treasury spokesman said Britain welcomed the opinion and that Iceland's duty to repay the "
            "minimum had been clear from the start.\n\n"
            "The reasoned opinion is the second step in the authority's infringement procedure. The EFTA Court, "
            "which sits in Luxembourg, has the final word on the case."
        ),
        claims=[
            ("esa", "state-liability", "support", "concluded that the country had broken its obligations under the deposit guarantee directive", T),
            ("iceland-government", "state-liability", "oppose", "the government stood by its reply and was ready to defend its position", T),
            ("uk", "state-liability", "support", "Iceland's duty to repay the minimum had been clear from the start", T),
        ],
    ),
    # ---------------------------------------------------------------- 031
    dict(
        published="2011-06-27T16:30:00Z", outlet="atlantic-courier", slug="iceland-opens-eu-chapters",
        title="Iceland opens first EU negotiating chapters; Dutch repeat Icesave warning",
        text=(
            "LUXEMBOURG, June 27 (Atlantic Courier) - Iceland opened the first chapters of its European Union "
            "membership negotiations on Monday, nearly a year after the talks were formally launched.\n\n"
            "Foreign Minister Ossur Skarphedinsson said at the conference in Luxembourg that the talks should proceed "
            "on their merits, and that the Icesave dispute had no place in them.\n\n"
            "The Netherlands did not block the opening of the chapters. Dutch Foreign Minister Uri Rosenthal said, "
            "however, that Iceland could not become a member unless the Icesave claim was resolved, in court or by "
            "agreement.\n\n"
            "Four chapters were opened, and two of them were provisionally closed on the same day. Officials said "
            "the harder chapters, on fisheries and agriculture, would not be opened before next year.\n\n"
            "Iceland's application has divided public opinion at home, and the Independence Party wants it withdrawn."
        ),
        claims=[
            ("iceland-government", "eu-talks-held-back", "oppose", "the Icesave dispute had no place in them", T),
            ("netherlands", "eu-talks-held-back", "conditional", "Iceland could not become a member unless the Icesave claim was resolved", T),
        ],
    ),
    # ---------------------------------------------------------------- 032
    dict(
        published="2011-12-14T14:00:00Z", outlet="basalt-times", slug="esa-takes-iceland-to-court",
        title="EFTA watchdog takes Iceland to court over Icesave",
        text=(
            "BRUSSELS, Dec 14 (Basalt Times) - The EFTA Surveillance Authority said on Wednesday it was taking Iceland "
            "to the EFTA Court for failing to ensure that British and Dutch Icesave savers received the minimum "
            "compensation owed under European deposit guarantee rules.\n\n"
            "The authority said Iceland had not complied with its reasoned opinion of June and that the state had to "
            "answer for the minimum guarantee. It also accused Iceland of discriminating between domestic and foreign "
            "depositors.\n\n"
            "Iceland's government said it regretted the decision but was confident of its case. Foreign Minister "
            "Ossur Skarphedinsson said Iceland had not breached the directive and would defend itself in "
            "Luxembourg.\n\n"
            "The British and Dutch governments welcomed the referral. Britain said it would ask to join the "
            "proceedings in support of the authority, and the Netherlands said it intended to do the same.\n\n"
            "A ruling is not expected before late 2012. Payments from the Landsbanki estate to priority creditors, "
            "including Britain and the Netherlands, began earlier this month."
        ),
        claims=[
            ("esa", "state-liability", "support", "the state had to answer for the minimum guarantee", T),
            ("iceland-government", "state-liability", "oppose", "Iceland had not breached the directive", T),
            ("uk", "state-liability", "support", "Britain said it would ask to join the proceedings in support of the authority", T),
            ("netherlands", "state-liability", "support", "the Netherlands said it intended to do the same", T),
        ],
    ),
]

# Duplicate pairs: (original, copy). The copy is published later the same day and carries identical claims.
DUPLICATES = [("009", "010"), ("013", "014")]

SHIFTS = [
    dict(actor="iceland-government", issue="renegotiate-terms", to="support", article="006", **{"from": "oppose"},
         why="After the veto, Sigfusson says Iceland now wants a lower interest rate and a longer repayment period; "
             "in 001 he had told parliament there was no realistic prospect of reopening the agreements."),
    dict(actor="uk", issue="renegotiate-terms", to="conditional", article="009", **{"from": "oppose"},
         why="The Treasury is ready to revisit the interest rate in exchange for a commitment to repay the full "
             "principal; in 004 Downing Street said the terms were not open for discussion again."),
    dict(actor="netherlands", issue="renegotiate-terms", to="conditional", article="009", **{"from": "oppose"},
         why="The Dutch statement says the Netherlands is prepared to discuss new terms provided the principal is not "
             "in question; in 004 the finance ministry would not sit down for a new round of talks."),
    dict(actor="netherlands", issue="eu-talks-held-back", to="conditional", article="017", **{"from": "support"},
         why="Balkenende lets the accession talks open but says Iceland cannot complete accession unless it repays "
             "Dutch savers; in 004 Verhagen said the bid could not move forward while the dispute was unsettled."),
    dict(actor="independence-party", issue="icesave-iii-deal", to="support", article="022", **{"from": "conditional"},
         why="Benediktsson says ratifying the agreement is the responsible choice; in 020 the party would back it "
             "only if an independent assessment confirmed the risks were small."),
    dict(actor="indefence", issue="icesave-iii-deal", to="oppose", article="023", **{"from": "conditional"},
         why="InDefence says it now opposes the agreement and will campaign against it; in 020 it called the terms a "
             "big step forward and said it was open to them."),
    dict(actor="netherlands", issue="renegotiate-terms", to="oppose", article="027", **{"from": "conditional"},
         why="After the second no vote De Jager says the time for negotiating is over and the Netherlands will not "
             "return to the table; the 024 report of 'no better offer' came from Sigurdardottir, not The Hague."),
    dict(actor="iceland-government", issue="state-liability", to="oppose", article="029", **{"from": "support"},
         why="The government's formal reply to the EFTA Surveillance Authority says the state has no legal obligation "
             "to pay the minimum guarantee; in 001, 003 and 013 ministers said Iceland would honour its obligations."),
]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
          10: "Oct", 11: "Nov", 12: "Dec"}
STANCES = {"support", "oppose", "conditional"}


# ------------------------------------------------------------------ watchlist parsing (stdlib only)
def parse_watchlist(path):
    actors, issues, baseline = {}, {}, []
    section = None
    current = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                current = None
                continue
            stripped = line.strip()
            if section == "baseline":
                m = re.match(r"- \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}$", stripped)
                if not m:
                    raise SystemExit(f"bad baseline line: {line}")
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            m = re.match(r"(- )?([\w]+): (.*)$", stripped)
            if not m:
                raise SystemExit(f"bad watchlist line: {line}")
            key, value = m.group(2), m.group(3)
            if m.group(1):
                current = {}
                (actors if section == "actors" else issues)[value] = current
            current[key] = value
    for a in actors.values():
        if set(a) != {"id", "name", "aliases"}:
            raise SystemExit(f"actor fields wrong: {a}")
    for i in issues.values():
        if set(i) != {"id", "name", "description", "terms"}:
            raise SystemExit(f"issue fields wrong: {i}")
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            errors.append(f"bad baseline {b}")

    # ids in publication order
    arts = []
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        aid = f"{n:03d}"
        if prev and a["published"] <= prev:
            errors.append(f"{aid} not in publication order")
        prev = a["published"]
        name = OUTLETS[a["outlet"]]
        y, mo, d = a["published"][:10].split("-")
        url = f"https://example.org/{a['outlet']}/{y}/{mo}/{d}/{a['slug']}"
        arts.append(dict(id=aid, published=a["published"], source=name, url=url, title=a["title"], text=a["text"],
                         outlet=a["outlet"], claims=a["claims"]))

    if not 30 <= len(arts) <= 34:
        errors.append(f"{len(arts)} articles")

    # text checks
    dl = re.compile(r"^([A-Z][A-Z .'-]+), (" + "|".join(MONTHS.values()) + r") (\d{1,2}) \(([^)]+)\) - ")
    for a in arts:
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{a['id']}: {words} words")
        m = dl.match(a["text"])
        if not m:
            errors.append(f"{a['id']}: bad dateline")
        else:
            dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
            if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day or m.group(4) != a["source"]:
                errors.append(f"{a['id']}: dateline does not match date/outlet")
        if '"' in a["text"]:
            errors.append(f"{a['id']}: contains a double quote (no direct quotations)")

    # claims checks
    seen_tuples = {}
    for a in arts:
        keys = set()
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                errors.append(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{a['id']}: unknown issue {issue}")
            if stance not in STANCES:
                errors.append(f"{a['id']}: bad stance {stance}")
            if quote not in a["text"]:
                errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{a['id']}: quote too long ({len(quote.split())}): {quote!r}")
            if not isinstance(attributed, bool):
                errors.append(f"{a['id']}: attributed not bool")
            if (actor, issue) in keys:
                errors.append(f"{a['id']}: duplicate claim for {actor}/{issue}")
            keys.add((actor, issue))
        seen_tuples[a["id"]] = {(c[0], c[1], c[2]) for c in a["claims"]}

    # duplicates carry identical claims, same day, later, other outlet
    by_id = {a["id"]: a for a in arts}
    for o, c in DUPLICATES:
        if seen_tuples[o] != seen_tuples[c]:
            errors.append(f"duplicate {o}/{c} claims differ")
        if by_id[o]["published"][:10] != by_id[c]["published"][:10] or by_id[o]["published"] >= by_id[c]["published"]:
            errors.append(f"duplicate {o}/{c} dates wrong")
        if by_id[o]["outlet"] == by_id[c]["outlet"]:
            errors.append(f"duplicate {o}/{c} same outlet")

    # recompute shifts
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    computed = []
    for a in arts:
        for actor, issue, stance, quote, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            old = prevailing.get(key)
            if old is not None and old != stance:
                computed.append((actor, issue, old, stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if computed != labelled:
        errors.append("shifts differ:\n  computed " + repr(computed) + "\n  labelled " + repr(labelled))
    for s in SHIFTS:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append(f"shift with unknown actor/issue {s}")

    shift_articles = {s["article"] for s in SHIFTS}
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]

    # counts
    allc = [c for a in arts for c in a["claims"]]
    by_stance = {st: sum(1 for c in allc if c[2] == st) for st in ("support", "oppose", "conditional")}
    unattrib = sum(1 for c in allc if not c[4])
    empty = [a["id"] for a in arts if not a["claims"]]
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"})
    if not 60 <= len(allc) <= 90:
        errors.append(f"{len(allc)} claims")
    if by_stance["conditional"] < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts")
    if reversals > 2:
        errors.append(f"{reversals} support/oppose reversals")
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles")
    if unattrib == 0:
        errors.append("no attributed:false claims")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        return 1

    # ---------------------------------------------------------------- write files
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in arts:
        doc = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{a['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set "
               f"iceland-icesave-2010</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, f"{slug}.xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                             for c in a["claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["from"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # xmllint
    for slug in OUTLETS:
        path = os.path.join(feed_dir, f"{slug}.xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"xmllint failed on {path}:\n{r.stderr}")
            return 1

    # re-read written labels and feeds for a final consistency check
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        back = json.load(fh)
    assert sorted(back["claims"]) == [a["id"] for a in arts]
    assert back["no_alert_articles"] == no_alert

    print(f"OK: {len(arts)} articles, {len(allc)} claims "
          f"({by_stance['support']} support, {by_stance['oppose']} oppose, {by_stance['conditional']} conditional; "
          f"{unattrib} attributed false), {len(SHIFTS)} shifts in {len(shift_articles)} articles "
          f"({reversals} support/oppose reversals), no-claim articles {empty}")
    per_outlet = {s: sum(1 for a in arts if a['outlet'] == s) for s in OUTLETS}
    print("per outlet:", per_outlet)
    print("words:", min(len(a['text'].split()) for a in arts), "-", max(len(a['text'].split()) for a in arts))
    return 0


if __name__ == "__main__":
    sys.exit(build())
