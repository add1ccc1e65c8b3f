#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set belgium-ceta-wallonia-2016.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates the set (quotes, ids, dateline, word counts, watchlist ids,
recomputed shifts, no_alert_articles, duplicates, xmllint).
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "belgium-ceta-wallonia-2016"

OUTLETS = {
    "lowland-wire": "Lowland Wire",
    "channel-courier": "Channel Courier",
    "meuse-observer": "Meuse Observer",
    "atlantic-post": "Atlantic Post",
    "quayside-report": "Quayside Report",
}

# Each article: outlet key, published (UTC), slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
S, O, C = "support", "oppose", "conditional"

ARTICLES = [
    # 001
    dict(
        outlet="lowland-wire",
        published="2016-06-28T18:00:00Z",
        slug="juncker-ceta-eu-only-no-national-votes",
        title="Juncker tells leaders Canada deal needs no national votes, angering Berlin",
        paras=[
            "BRUSSELS, Jun 28 (Lowland Wire) - European Commission President Jean-Claude Juncker told EU leaders on Tuesday that the trade agreement with Canada falls solely within the bloc's powers, meaning national parliaments would not need to ratify it.",
            "Speaking to reporters after a summit in Brussels dominated by Britain's vote to leave the EU, Juncker said the Commission's lawyers had concluded that CETA was an EU-only deal and that he saw no reason to depart from their view.",
            "The remarks drew a sharp response from Berlin. German Economy Minister Sigmar Gabriel said it would be foolish to push the agreement through without a vote in the Bundestag, warning that such a move would feed public distrust of free trade.",
            "In Paris, Trade Minister Matthias Fekl said the French parliament must have its say on a treaty of such importance.",
            "Belgian officials noted that the Walloon regional parliament had already asked its government in April to withhold the region's consent to the deal, which took seven years to negotiate.",
            "The Commission is expected to present its formal proposal on how the agreement should be signed and ratified next week.",
        ],
        claims=[
            ("eu", "national-ratification", O, "the Commission's lawyers had concluded that CETA was an EU-only deal", True),
            ("germany", "national-ratification", S, "it would be foolish to push the agreement through without a vote in the Bundestag", True),
            ("france", "national-ratification", S, "the French parliament must have its say on a treaty of such importance", True),
            ("wallonia", "sign-ceta", O, "asked its government in April to withhold the region's consent to the deal", False),
        ],
    ),
    # 002
    dict(
        outlet="channel-courier",
        published="2016-07-01T11:00:00Z",
        slug="merkel-bundestag-will-vote-on-canada-pact",
        title="Merkel says Bundestag will vote on Canada pact whatever Brussels decides",
        paras=[
            "BERLIN, Jul 1 (Channel Courier) - Chancellor Angela Merkel said on Friday that the Bundestag would be asked to approve the EU-Canada trade agreement regardless of how the European Commission classifies it, adding her voice to a growing revolt among member states.",
            "Merkel told a news conference that her government would involve German lawmakers in any case, given the strength of public feeling about the deal. She said Germany wanted the agreement itself signed in the autumn as planned.",
            "The Commission is due to decide next week how the Comprehensive Economic and Trade Agreement, known as CETA, should be ratified. A Commission spokesman declined to say on Friday whether the executive would change course.",
            "Several diplomats in Brussels said they expected Juncker to back down and propose that national parliaments ratify the deal, a step that could expose it to dozens of separate votes across Europe.",
            "In Namur, Walloon premier Paul Magnette told regional lawmakers that Wallonia would insist on a vote in its own parliament before any Belgian signature. He said the regions had to be fully involved in a treaty negotiated largely behind closed doors.",
        ],
        claims=[
            ("germany", "national-ratification", S, "the Bundestag would be asked to approve the EU-Canada trade agreement", True),
            ("germany", "sign-ceta", S, "Germany wanted the agreement itself signed in the autumn as planned", True),
            ("wallonia", "national-ratification", S, "Wallonia would insist on a vote in its own parliament before any Belgian signature", True),
        ],
    ),
    # 003
    dict(
        outlet="meuse-observer",
        published="2016-07-05T13:30:00Z",
        slug="commission-proposes-ceta-as-mixed-agreement",
        title="Commission bows to capitals, proposes national votes on Canada trade deal",
        paras=[
            "STRASBOURG, Jul 5 (Meuse Observer) - The European Commission proposed on Tuesday that the trade agreement with Canada be signed as a mixed agreement, meaning it will have to be ratified by national and, in some countries, regional parliaments as well as by the EU.",
            "Trade Commissioner Cecilia Malmstrom said the Commission's legal analysis had not changed, but that political realities made an EU-only approach impossible. The Commission wanted to avoid a damaging fight with member states at a sensitive time for the bloc, she said.",
            "The concession was aimed chiefly at Berlin and Paris, which had demanded that national lawmakers be given a vote.",
            "Malmstrom also proposed that the parts of the agreement within EU competence be applied provisionally once the Council and the European Parliament have approved it, so that businesses can benefit before the lengthy national ratifications are complete.",
            "An EU-Canada summit, at which the deal would be signed, is pencilled in for October. Critics, including campaigners who gathered outside the parliament building, said provisional application would make the national votes meaningless.",
        ],
        claims=[
            ("eu", "national-ratification", S, "proposed on Tuesday that the trade agreement with Canada be signed as a mixed agreement", True),
            ("eu", "provisional-application", S, "Malmstrom also proposed that the parts of the agreement within EU competence be applied provisionally", True),
            ("germany", "national-ratification", S, "Berlin and Paris, which had demanded that national lawmakers be given a vote", False),
            ("france", "national-ratification", S, "Berlin and Paris, which had demanded that national lawmakers be given a vote", False),
        ],
    ),
    # 004
    dict(
        outlet="atlantic-post",
        published="2016-07-05T20:00:00Z",
        slug="ottawa-shrugs-off-eu-ratification-change",
        title="Ottawa shrugs off EU ratification change, eyes early start for trade pact",
        paras=[
            "OTTAWA, Jul 5 (Atlantic Post) - Canada's trade minister, Chrystia Freeland, said on Tuesday that how the European Union chose to ratify the Canada-EU trade agreement was a matter for Europeans to decide, and declined to say whether Ottawa would have preferred an EU-only process.",
            "Freeland told reporters that her priority was to see the deal signed in October and put into effect as soon as possible. She said Canada wanted the agreement applied provisionally from early 2017, so that exporters could start using the lower tariffs while European parliaments debated it.",
            "Canadian officials said they had been kept informed of the Commission's deliberations throughout.",
            "Freeland also defended the revised investment chapter, which replaced the old private arbitration panels with a permanent investment court of publicly appointed judges. She said the new system was a model for future trade deals and would remain part of the agreement.",
            "The pact, seven years in the making, would remove about 98 percent of tariffs between Canada and the EU.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "her priority was to see the deal signed in October", True),
            ("canada", "provisional-application", S, "Canada wanted the agreement applied provisionally from early 2017", True),
            ("canada", "scrap-investment-court", O, "a model for future trade deals and would remain part of the agreement", True),
        ],
    ),
    # 005
    dict(
        outlet="channel-courier",
        published="2016-09-19T19:00:00Z",
        slug="gabriel-spd-backs-ceta-sets-terms-provisional-application",
        title="Gabriel wins party backing for CETA but sets terms for early application",
        paras=[
            "WOLFSBURG, Sep 19 (Channel Courier) - Germany's Social Democrats voted on Monday to back the EU-Canada trade agreement at a party conference in Wolfsburg, handing a victory to party leader and Economy Minister Sigmar Gabriel after weeks of grassroots protest.",
            "The motion adopted by delegates calls for further changes during the ratification process, including clarifications on public services and labour rights.",
            "Gabriel went further than before on the timing of the deal. Until now the German government had backed the Commission's plan to apply the agreement provisionally after signing. Speaking after the vote, Gabriel said Berlin would agree to provisional application only if the investment protection chapter and other areas of national competence were left out until parliaments had ratified.",
            "Roughly two-thirds of delegates supported the motion, according to party officials. Opponents, including several regional party branches, had wanted the party to reject CETA outright.",
            "Analysts said the vote removed a major obstacle to Germany's approval of the deal at a meeting of EU trade ministers in Bratislava on Friday.",
        ],
        claims=[
            ("germany", "provisional-application", C, "Berlin would agree to provisional application only if the investment protection chapter", True),
        ],
    ),
    # 006
    dict(
        outlet="lowland-wire",
        published="2016-09-23T17:00:00Z",
        slug="eu-offers-ceta-declaration-rules-out-reopening",
        title="EU offers Canada pact declaration to calm critics, rules out reopening text",
        paras=[
            "BRATISLAVA, Sep 23 (Lowland Wire) - EU trade ministers meeting in Bratislava on Friday agreed to work on a legally binding declaration to accompany the trade agreement with Canada, in an effort to address concerns about labour rights, public services and the new investment court.",
            "Trade Commissioner Cecilia Malmstrom said the declaration would clarify what the agreement meant, but stressed that the treaty text itself would not be renegotiated. She said she wanted ministers to approve the signature next month.",
            "German Economy Minister Sigmar Gabriel repeated that Berlin could accept provisional application only once the investment chapter had been carved out of it.",
            "France's Matthias Fekl said Paris fully backed provisional application of the parts of the deal under EU competence.",
            "Austria's economy minister said Vienna still had doubts, and a Belgian diplomat said the federal government could not yet commit because several regional parliaments had still to give their view. Ministers will take a final decision in Luxembourg on Oct 18.",
        ],
        claims=[
            ("eu", "reopen-ceta-text", O, "the treaty text itself would not be renegotiated", True),
            ("eu", "sign-ceta", S, "She said she wanted ministers to approve the signature next month", True),
            ("germany", "provisional-application", C, "Berlin could accept provisional application only once the investment chapter had been carved out", True),
            ("france", "provisional-application", S, "Paris fully backed provisional application of the parts of the deal under EU competence", True),
        ],
    ),
    # 007
    dict(
        outlet="meuse-observer",
        published="2016-09-27T16:00:00Z",
        slug="magnette-declaration-not-enough-calls-for-renegotiation",
        title="Magnette says Brussels declaration is not enough, calls for renegotiation",
        paras=[
            "NAMUR, Sep 27 (Meuse Observer) - Walloon premier Paul Magnette said on Tuesday that the interpretative declaration being drafted by the European Commission would not be enough to win his region's support for the EU-Canada trade agreement, and called for the text to be renegotiated.",
            "Addressing a committee of the Walloon parliament in Namur, Magnette said a declaration could not change what the treaty said. Wallonia wanted the negotiations reopened on several points, he said, starting with the investment court, which he argued should be removed from the deal altogether because it gave foreign companies privileges that domestic firms did not have.",
            "Without changes, the Walloon government would not authorise Belgium to sign, he added.",
            "The Walloon farmers' federation FWA, whose members fear competition from Canadian beef and pork, said it supported the government's stand. In a statement, the FWA urged Namur to keep withholding its consent and demanded a safeguard clause that would let Belgium shield its farmers if imports surged.",
            "Belgian Prime Minister Charles Michel's office said talks with the regions were continuing. It declined to comment on Magnette's remarks.",
        ],
        claims=[
            ("wallonia", "reopen-ceta-text", S, "Wallonia wanted the negotiations reopened on several points", True),
            ("wallonia", "scrap-investment-court", S, "which he argued should be removed from the deal altogether", True),
            ("wallonia", "sign-ceta", O, "Without changes, the Walloon government would not authorise Belgium to sign", True),
            ("fwa", "sign-ceta", O, "the FWA urged Namur to keep withholding its consent", True),
            ("fwa", "farm-safeguard", S, "demanded a safeguard clause that would let Belgium shield its farmers", True),
        ],
    ),
    # 008
    dict(
        outlet="quayside-report",
        published="2016-10-05T10:00:00Z",
        slug="canada-trade-pact-faces-packed-october-calendar",
        title="Canada trade pact faces packed October calendar",
        paras=[
            "BRUSSELS, Oct 5 (Quayside Report) - EU governments face a tight timetable this month if the trade agreement with Canada is to be signed as planned at a summit in Brussels on Oct 27, officials said on Wednesday.",
            "Trade ministers are due to meet in Luxembourg on Oct 18 to adopt the decisions needed for the signature. EU leaders will then hold their regular autumn summit in Brussels on Oct 20 and 21, a week before the Canadian delegation, led by Prime Minister Justin Trudeau, is expected to arrive.",
            "In Belgium, the federal government needs the consent of the country's regional and linguistic parliaments before it can sign treaties that touch on their powers. Debates are scheduled in Namur and in the Brussels regional assembly in the coming days.",
            "Two diplomats said the Belgian procedure was the main unknown in the calendar, and one analyst at a Brussels think tank said a delay of several weeks could not be ruled out. A spokesman for the Council declined to say whether a fallback date had been discussed.",
            "The agreement has been under negotiation since 2009. Its text was finalised in 2014 and revised in early 2016.",
        ],
        claims=[],
    ),
    # 009
    dict(
        outlet="channel-courier",
        published="2016-10-13T15:00:00Z",
        slug="german-court-lets-berlin-back-ceta-with-conditions",
        title="German top court lets Berlin back Canada pact, with strings attached",
        paras=[
            "KARLSRUHE, Oct 13 (Channel Courier) - Germany's Constitutional Court on Thursday rejected emergency requests to stop the government from approving the EU-Canada trade agreement, but set conditions on how Berlin may vote at next week's meeting of EU ministers.",
            "The judges in Karlsruhe said the government must make sure that only the parts of the treaty clearly within EU competence are applied provisionally, and that Germany can end provisional application if the court later rules against the deal. Tens of thousands of citizens had joined the complaints.",
            "Economy Minister Sigmar Gabriel welcomed the ruling, saying the conditions matched what the government had already promised. Berlin would vote for provisional application only on that limited basis, with the investment court excluded, and would keep the right to pull out, he said.",
            "Gabriel said Germany was now free to support the signing of the agreement at the end of the month.",
            "Campaign groups behind the complaint said they would pursue their case on the merits, which the court is expected to hear next year.",
        ],
        claims=[
            ("germany", "provisional-application", C, "Berlin would vote for provisional application only on that limited basis", True),
            ("germany", "sign-ceta", S, "Germany was now free to support the signing of the agreement", True),
        ],
    ),
    # 010
    dict(
        outlet="meuse-observer",
        published="2016-10-14T17:30:00Z",
        slug="walloon-parliament-votes-to-block-ceta-signature",
        title="Walloon parliament votes to block Belgian signature of CETA",
        paras=[
            "NAMUR, Oct 14 (Meuse Observer) - The Walloon parliament voted on Friday to refuse the federal government the powers it needs to sign the EU-Canada trade agreement, putting Belgium's approval in doubt less than two weeks before the planned signing ceremony.",
            "Lawmakers in Namur adopted the resolution by a large majority after a debate that lasted most of the day. The text says the region cannot endorse the treaty in its current form.",
            "Premier Paul Magnette told the chamber that the Commission's draft declaration was a step forward but did not go far enough. He said the investment court should be taken out of the agreement, and that Wallonia would not accept provisional application of a treaty that its parliament had not approved.",
            "Magnette said his region was not opposed to trade as such, but wanted guarantees for its public services and its social standards. He said the text had to be renegotiated.",
            "The Brussels regional parliament has raised similar objections, and the parliament of the French-speaking community is expected to vote next week.",
            "Without the consent of all of Belgium's regional parliaments, the federal government cannot sign.",
        ],
        claims=[
            ("wallonia", "sign-ceta", O, "voted on Friday to refuse the federal government the powers it needs to sign", True),
            ("wallonia", "scrap-investment-court", S, "the investment court should be taken out of the agreement", True),
            ("wallonia", "provisional-application", O, "Wallonia would not accept provisional application of a treaty that its parliament had not approved", True),
            ("wallonia", "reopen-ceta-text", S, "He said the text had to be renegotiated", True),
        ],
    ),
    # 011
    dict(
        outlet="lowland-wire",
        published="2016-10-14T20:00:00Z",
        slug="michel-belgium-still-wants-ceta-cannot-sign-without-wallonia",
        title="Michel says Belgium still wants CETA but cannot sign without Wallonia",
        paras=[
            "BRUSSELS, Oct 14 (Lowland Wire) - Belgian Prime Minister Charles Michel said on Friday that his federal government remained firmly in favour of the EU-Canada trade agreement, but acknowledged that it could not sign the treaty without the approval of the country's regions.",
            "Michel spoke hours after the Walloon parliament voted against granting him the necessary powers. He said he would keep talking with the regional governments and did not want Belgium to be isolated in Europe.",
            "The European Commission said it would continue to work with the Belgian authorities to find a solution. A spokesman, Margaritis Schinas, said there was no question of reopening the agreement, but that the Commission was ready to provide further clarifications.",
            "Wallonia, whose 3.6 million people make up about a third of Belgium's population, has been the most vocal critic of the deal. The French-speaking region's Socialist-led government has refused to endorse the treaty unless its concerns over investor protection and agriculture are met.",
            "Canadian officials said they were following the situation closely and still hoped to sign on Oct 27.",
        ],
        claims=[
            ("belgium-federal", "sign-ceta", S, "his federal government remained firmly in favour of the EU-Canada trade agreement", True),
            ("eu", "reopen-ceta-text", O, "there was no question of reopening the agreement", True),
            ("wallonia", "sign-ceta", C, "refused to endorse the treaty unless its concerns over investor protection and agriculture are met", False),
            ("canada", "sign-ceta", S, "still hoped to sign on Oct 27", True),
        ],
    ),
    # 012
    dict(
        outlet="atlantic-post",
        published="2016-10-17T15:00:00Z",
        slug="trudeau-presses-europe-freeland-heads-to-brussels",
        title="Trudeau presses Europe to deliver on trade deal as Freeland heads over",
        paras=[
            "OTTAWA, Oct 17 (Atlantic Post) - Prime Minister Justin Trudeau said on Monday that Canada had done its part on the trade agreement with the European Union and that it was now up to Europe to show it could still conclude such deals.",
            "Trudeau told reporters that if the EU could not sign a progressive agreement with a like-minded country such as Canada, it was hard to see whom it could do business with. He said Canada remained ready to sign on Oct 27.",
            "International Trade Minister Chrystia Freeland, who will travel to Europe this week, said the negotiations were over and Canada would not reopen the text. She said Ottawa was willing to help European partners explain what the deal did and did not do.",
            "Opposition New Democrats in Ottawa, who oppose the agreement, said the Walloon vote showed the deal was flawed.",
            "Canada's ambassador to the EU has held several meetings with Walloon officials in recent weeks, according to diplomatic sources.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "He said Canada remained ready to sign on Oct 27", True),
            ("canada", "reopen-ceta-text", O, "the negotiations were over and Canada would not reopen the text", True),
        ],
    ),
    # 013
    dict(
        outlet="quayside-report",
        published="2016-10-18T16:00:00Z",
        slug="eu-ministers-fail-to-clear-ceta-belgium-holds-out",
        title="EU ministers fail to clear Canada deal as Belgium holds out",
        paras=[
            "LUXEMBOURG, Oct 18 (Quayside Report) - EU trade ministers failed on Tuesday to approve the signing of the trade agreement with Canada because Belgium was unable to give its consent, leaving the Oct 27 summit with Justin Trudeau in doubt.",
            "Belgian Foreign Minister Didier Reynders told his colleagues that the federal government wanted to sign but did not have the mandate of all its regions. He said talks with Wallonia would continue in the coming days.",
            "Trade Commissioner Cecilia Malmstrom said the EU would give Belgium a few more days. She said the Commission still wanted the signing ceremony to go ahead as planned.",
            "France's trade minister, Matthias Fekl, said Paris hoped Belgium's regions would allow the federal government to sign, adding that democratic debate in Wallonia deserved respect.",
            "Romania and Bulgaria lifted their reservations after Canada agreed to a timetable for scrapping visa requirements for their citizens, diplomats said. That left Belgium as the only obstacle.",
            "The ministers did not set a new date for their decision. Leaders are expected to discuss the deal at their summit in Brussels later this week.",
        ],
        claims=[
            ("belgium-federal", "sign-ceta", S, "the federal government wanted to sign but did not have the mandate", True),
            ("eu", "sign-ceta", S, "the Commission still wanted the signing ceremony to go ahead as planned", True),
            ("france", "sign-ceta", S, "Paris hoped Belgium's regions would allow the federal government to sign", True),
        ],
    ),
    # 014
    dict(
        outlet="meuse-observer",
        published="2016-10-19T18:00:00Z",
        slug="magnette-wallonia-will-not-bow-to-ultimatums",
        title="Magnette: Wallonia will not bow to ultimatums on CETA",
        paras=[
            "NAMUR, Oct 19 (Meuse Observer) - Walloon premier Paul Magnette said on Wednesday that his region would not be rushed into approving the EU-Canada trade agreement, and that the latest proposals from the European Commission still fell short.",
            "Magnette told reporters in Namur that Wallonia would not take a decision under the pressure of deadlines set in Brussels or Ottawa. He said Wallonia still opposed signing the treaty as it stood and wanted the investment court removed, not merely clarified.",
            "Several hundred farmers drove tractors into the centre of Namur to support the Walloon position. Representatives of the FWA farmers' federation said Belgian cattle farms could not survive a flood of Canadian beef and called for a safeguard mechanism to be written into any Belgian approval.",
            "Bart De Wever, leader of the Flemish nationalist N-VA, the largest party in Michel's coalition, accused Magnette of holding the whole of Europe hostage for domestic political reasons.",
            "A spokesman for Prime Minister Charles Michel said the federal government was ready to host further talks at any time.",
        ],
        claims=[
            ("wallonia", "sign-ceta", O, "Wallonia still opposed signing the treaty as it stood", True),
            ("wallonia", "scrap-investment-court", S, "wanted the investment court removed, not merely clarified", True),
            ("fwa", "farm-safeguard", S, "called for a safeguard mechanism to be written into any Belgian approval", True),
        ],
    ),
    # 015
    dict(
        outlet="lowland-wire",
        published="2016-10-20T19:00:00Z",
        slug="wallonia-ready-to-back-ceta-after-talks-with-canada",
        title="Wallonia ready to back CETA after breakthrough with Canada",
        paras=[
            "NAMUR, Oct 20 (Lowland Wire) - Walloon premier Paul Magnette said on Thursday that his region could give its consent to the EU-Canada trade agreement if its demands on the investment court and on agriculture were met, after a day of talks with Canadian Trade Minister Chrystia Freeland.",
            "Speaking at the Elysette, the Walloon government's seat in Namur, Magnette said the talks with the Canadian side had been constructive and that several of Wallonia's concerns had been addressed. He said Wallonia would be ready to say yes only once the remaining guarantees were written down in a binding form.",
            "Magnette repeated that Belgian farmers needed a safeguard clause that could be triggered if Canadian imports destabilised local markets.",
            "Freeland said Canada was prepared to offer further clarifications but would not reopen the treaty. She said she remained hopeful.",
            "An EU official involved in the talks cautioned that the remaining issues, notably the investment court, were for the European side to settle rather than Canada. European leaders meeting in Brussels for their summit were briefed on the talks in the evening.",
            "No new date has been set for the Belgian decision.",
        ],
        claims=[
            ("wallonia", "sign-ceta", C, "could give its consent to the EU-Canada trade agreement if its demands", True),
            ("wallonia", "farm-safeguard", S, "Belgian farmers needed a safeguard clause", True),
            ("canada", "reopen-ceta-text", O, "Canada was prepared to offer further clarifications but would not reopen the treaty", True),
        ],
    ),
    # 016
    dict(
        outlet="channel-courier",
        published="2016-10-21T14:00:00Z",
        slug="freeland-walks-out-of-wallonia-talks",
        title="Canada's Freeland walks out of Wallonia talks, says EU unable to deliver",
        paras=[
            "NAMUR, Oct 21 (Channel Courier) - Canadian Trade Minister Chrystia Freeland broke off talks with the Walloon government on Friday and said she was returning home, declaring that the European Union appeared incapable of concluding an international agreement even with a country as friendly as Canada.",
            "Visibly emotional, Freeland told reporters outside the Walloon government's offices that Canada had worked very hard and that she was disappointed. She said Canada still wanted the agreement signed, but that it was now up to Europe to find a way through.",
            "Walloon premier Paul Magnette said the remaining difficulties were not with Canada but within Europe, mainly over the investment court. He said Wallonia could still approve the deal if those points were settled, and that he did not consider the talks dead.",
            "European Parliament President Martin Schulz invited both Freeland and Magnette to meet him in Brussels on Saturday in a last effort to rescue the summit planned for next Thursday.",
            "Diplomats said the summit could still go ahead if Wallonia agreed by early next week, but few were willing to bet on it.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "She said Canada still wanted the agreement signed", True),
            ("wallonia", "sign-ceta", C, "Wallonia could still approve the deal if those points were settled", True),
        ],
    ),
    # 017 (duplicate of 016)
    dict(
        outlet="quayside-report",
        published="2016-10-21T15:30:00Z",
        slug="freeland-quits-namur-talks-returns-to-canada",
        title="Freeland quits Namur talks and heads home, says EU cannot deliver",
        paras=[
            "NAMUR, Oct 21 (Quayside Report) - Canadian Trade Minister Chrystia Freeland walked out of talks with the Walloon government on Friday and said she was going home, declaring that the European Union appeared incapable of concluding an international agreement even with a country as friendly as Canada.",
            "Clearly emotional, Freeland told journalists outside the Walloon government's offices that Canada had worked very hard and that she was disappointed. She said Canada still wanted the agreement signed, but that it was now for Europe to find a way through.",
            "Walloon premier Paul Magnette said the remaining problems lay not with Canada but within Europe, chiefly over the investment court. He said Wallonia could still approve the deal if those points were settled, and that the talks were not dead.",
            "European Parliament President Martin Schulz invited Freeland and Magnette to meet him in Brussels on Saturday in a final attempt to save the summit planned for next Thursday.",
            "Diplomats said the summit could still take place if Wallonia agreed by early next week, though few would bet on it.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "She said Canada still wanted the agreement signed", True),
            ("wallonia", "sign-ceta", C, "Wallonia could still approve the deal if those points were settled", True),
        ],
    ),
    # 018
    dict(
        outlet="meuse-observer",
        published="2016-10-21T21:00:00Z",
        slug="merkel-hollande-urge-belgium-to-clear-way-for-ceta",
        title="Merkel, Hollande urge Belgium to clear way for Canada pact at EU summit",
        paras=[
            "BRUSSELS, Oct 21 (Meuse Observer) - German Chancellor Angela Merkel said on Friday that Germany wanted the trade agreement with Canada signed and hoped Belgium could resolve its internal dispute quickly, as EU leaders ended a two-day summit overshadowed by Wallonia's veto.",
            "Merkel told reporters that the agreement was important for Europe's credibility as a trading partner. French President Francois Hollande said France supported the deal and that Wallonia's concerns deserved to be heard, but that the agreement should not be held back indefinitely.",
            "European Council President Donald Tusk said the EU was doing all it could to make the signing possible. Commission President Jean-Claude Juncker said he remained confident and that the treaty itself would not be reopened, though further clarifications for Wallonia were possible.",
            "Belgian Prime Minister Charles Michel briefed his counterparts on the talks in Namur and said he could not overrule the regions.",
            "A senior diplomat said some leaders had privately discussed going ahead without Belgium, an idea that officials said had no legal basis.",
        ],
        claims=[
            ("germany", "sign-ceta", S, "Germany wanted the trade agreement with Canada signed", True),
            ("france", "sign-ceta", S, "France supported the deal and that Wallonia's concerns deserved to be heard", True),
            ("eu", "sign-ceta", S, "the EU was doing all it could to make the signing possible", True),
            ("eu", "reopen-ceta-text", O, "the treaty itself would not be reopened", True),
        ],
    ),
    # 019
    dict(
        outlet="atlantic-post",
        published="2016-10-22T17:00:00Z",
        slug="freeland-ball-in-europes-court-after-schulz-talks",
        title="Freeland says ball in Europe's court after Schulz rescue talks",
        paras=[
            "BRUSSELS, Oct 22 (Atlantic Post) - Canadian Trade Minister Chrystia Freeland said on Saturday that the fate of the Canada-EU trade agreement was now in Europe's hands, after meeting European Parliament President Martin Schulz and Walloon premier Paul Magnette in Brussels.",
            "Freeland, who had delayed her return to Canada to attend the meeting, said Canada was ready to sign the agreement next week and that the obstacles now lay in Europe. She said Ottawa's position on the treaty had not changed and that there would be no renegotiation.",
            "Magnette said after a separate meeting with Schulz that there had been progress. He said Wallonia was prepared to keep negotiating and could agree once the investment court questions were answered, but not within a few hours.",
            "Schulz, a German Social Democrat, told reporters he was optimistic. He has been a strong supporter of the agreement.",
            "Freeland left for Toronto in the afternoon. A Canadian government spokesman declined to say whether Trudeau would still travel to Brussels on Thursday.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "Canada was ready to sign the agreement next week", True),
            ("canada", "reopen-ceta-text", O, "Ottawa's position on the treaty had not changed and that there would be no renegotiation", True),
            ("wallonia", "sign-ceta", C, "could agree once the investment court questions were answered", True),
        ],
    ),
    # 020
    dict(
        outlet="lowland-wire",
        published="2016-10-23T19:00:00Z",
        slug="tusk-gives-belgium-until-monday-on-canada-summit",
        title="Tusk gives Belgium until Monday to decide on Canada summit",
        paras=[
            "BRUSSELS, Oct 23 (Lowland Wire) - European Council President Donald Tusk has given Belgium until Monday evening to say whether it can sign the trade agreement with Canada, EU officials said on Sunday, raising the stakes for Thursday's summit with Justin Trudeau.",
            "Tusk spoke to Prime Minister Charles Michel by telephone and asked him to confirm by Monday whether the federal government had secured the regions' consent. Tusk's spokesman said the EU still wanted the summit and the signing to take place as planned.",
            "Commission spokesman Margaritis Schinas said the Commission had sent Wallonia new proposals covering the investment court and agriculture. He said the proposals clarified the treaty but did not change it.",
            "In Namur, Walloon officials said they were studying the documents and would not be hurried. Diplomats said the deadline was meant to avoid the embarrassment of Trudeau flying to Brussels for a ceremony that could not take place.",
            "Some officials speculated that the summit could be postponed rather than cancelled if Wallonia needed another week.",
        ],
        claims=[
            ("eu", "sign-ceta", S, "the EU still wanted the summit and the signing to take place as planned", True),
            ("eu", "reopen-ceta-text", O, "the proposals clarified the treaty but did not change it", True),
        ],
    ),
    # 021
    dict(
        outlet="meuse-observer",
        published="2016-10-24T18:30:00Z",
        slug="belgium-tells-eu-it-cannot-sign-ceta",
        title="Belgium tells EU it cannot sign CETA as Wallonia rejects deadline",
        paras=[
            "BRUSSELS, Oct 24 (Meuse Observer) - Belgian Prime Minister Charles Michel told EU leaders on Monday that Belgium was not in a position to sign the trade agreement with Canada, after Wallonia said it could not give its approval within the deadline set by the EU.",
            "Michel said his government still supported the agreement and would keep working with the regions. He said the federal government had done everything it could.",
            "Walloon premier Paul Magnette told his parliament in Namur that an ultimatum was incompatible with democratic debate. He stressed that Wallonia was not saying it would never sign. If the remaining questions on the investment court and agriculture were answered, the region could still approve the treaty, he said.",
            "Louis Michel, a Liberal member of the European Parliament and the prime minister's father, said on Flemish radio that Wallonia was damaging Belgium's reputation.",
            "Tusk said after the call that he and Trudeau both still wanted the deal signed, and urged all sides to find a solution. An EU official said Thursday's summit had not formally been cancelled.",
        ],
        claims=[
            ("belgium-federal", "sign-ceta", S, "his government still supported the agreement and would keep working with the regions", True),
            ("wallonia", "sign-ceta", C, "Wallonia was not saying it would never sign", True),
            ("eu", "sign-ceta", S, "he and Trudeau both still wanted the deal signed", True),
            ("canada", "sign-ceta", S, "he and Trudeau both still wanted the deal signed", False),
        ],
    ),
    # 022
    dict(
        outlet="atlantic-post",
        published="2016-10-25T16:00:00Z",
        slug="trudeau-canada-still-ready-to-sign-no-reopening",
        title="Trudeau says Canada still ready to sign, rules out reopening deal",
        paras=[
            "OTTAWA, Oct 25 (Atlantic Post) - Prime Minister Justin Trudeau said on Tuesday that Canada remained ready to sign the trade agreement with the European Union, but that the deal would not be renegotiated to satisfy Wallonia.",
            "Trudeau told reporters on Parliament Hill that Canada had always been a good partner and that the agreement protected public services, the environment and workers' rights. He said the investment court was an improvement on older trade deals and would stay in the treaty.",
            "Asked whether he would still fly to Brussels on Thursday, Trudeau declined to say, noting only that the summit was still on the calendar.",
            "Trade Minister Chrystia Freeland said she had spoken to Magnette by phone and that Canada would do what it could to help, short of reopening the text.",
            "Canadian exporters, particularly beef and pork producers, have urged Ottawa to stand firm. The Canadian Cattlemen's Association said further concessions to Belgian farmers would be unacceptable.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "Canada remained ready to sign the trade agreement with the European Union", True),
            ("canada", "reopen-ceta-text", O, "the deal would not be renegotiated to satisfy Wallonia", True),
            ("canada", "scrap-investment-court", O, "an improvement on older trade deals and would stay in the treaty", True),
        ],
    ),
    # 023
    dict(
        outlet="quayside-report",
        published="2016-10-25T19:00:00Z",
        slug="walloon-farmers-rally-behind-veto",
        title="Walloon farmers rally behind veto, demand beef safeguard",
        paras=[
            "NAMUR, Oct 25 (Quayside Report) - Walloon farmers and anti-globalisation campaigners rallied outside the regional parliament in Namur on Tuesday, urging the Walloon government to hold its ground against the EU-Canada trade agreement.",
            "The FWA, Wallonia's main farmers' federation, said in a statement that Magnette must not give in to pressure from the European Commission and from other EU governments. The federation said it wanted no Belgian signature at all, and that at the very least any deal must include a binding safeguard clause allowing imports of Canadian beef to be halted if prices collapsed.",
            "Farmers' leaders said quotas for hormone-free Canadian beef, which would rise sharply under the deal, threatened thousands of cattle farms in the south of Belgium.",
            "The European Commission has not commented publicly on the farmers' demands. Commission officials in Brussels said on Tuesday they were studying Wallonia's latest requests.",
            "Walloon officials said talks with the federal government and the Commission would resume on Wednesday at the prime minister's Lambermont residence in Brussels.",
        ],
        claims=[
            ("fwa", "sign-ceta", O, "it wanted no Belgian signature at all", True),
            ("fwa", "farm-safeguard", S, "any deal must include a binding safeguard clause", True),
        ],
    ),
    # 024
    dict(
        outlet="channel-courier",
        published="2016-10-26T15:00:00Z",
        slug="eu-canada-summit-called-off",
        title="EU-Canada summit called off as Belgian talks run on",
        paras=[
            "BRUSSELS, Oct 26 (Channel Courier) - The EU-Canada summit planned for Thursday in Brussels has been called off, officials said on Wednesday, after Belgian negotiators failed to reach an agreement in time.",
            "European Council President Donald Tusk and Prime Minister Justin Trudeau spoke by telephone in the morning and agreed that the meeting could not go ahead as scheduled, according to a Council spokesman. No new date was set.",
            "Negotiators from the federal government and Belgium's regions met again at the Lambermont, the prime minister's official residence, for a second day of talks that ran late into the night. Officials declined to say how close they were to a deal.",
            "The Canadian delegation's travel arrangements were put on hold. In Ottawa, government officials said Trudeau's schedule for the rest of the week was being reviewed.",
            "Analysts said the postponement did not necessarily doom the agreement, noting that the summit could be reconvened at short notice once Belgium was ready. One trade lawyer in Brussels said a delay of a few days would have little practical effect.",
        ],
        claims=[],
    ),
    # 025
    dict(
        outlet="meuse-observer",
        published="2016-10-27T12:00:00Z",
        slug="belgium-strikes-ceta-deal-wallonia-drops-veto",
        title="Belgium strikes CETA deal as Wallonia drops its veto",
        paras=[
            "BRUSSELS, Oct 27 (Meuse Observer) - Belgium's federal and regional governments reached an agreement on Thursday that will allow the country to sign the EU-Canada trade agreement, ending a two-week standoff that had embarrassed the European Union.",
            "Prime Minister Charles Michel announced the deal after a morning meeting with regional leaders at the Lambermont. He said the way was now open for Belgium to sign, and that a joint Belgian declaration would be sent to the country's EU partners.",
            "Walloon premier Paul Magnette said Wallonia was now satisfied and would give its consent for Belgium to sign. The regional parliament is due to confirm the decision on Friday.",
            "Under the text, Belgium will ask the European Court of Justice whether the investment court is compatible with EU law. Magnette said Wallonia accepted that the court could stay in the treaty for now, but would press again for it to be scrapped if the judges found it unlawful.",
            "He also said Wallonia could live with provisional application if the investment court was excluded from it.",
            "The federal government agreed to trigger a safeguard clause for agriculture if Belgian farm markets were disrupted, Michel said.",
        ],
        claims=[
            ("wallonia", "sign-ceta", S, "Wallonia was now satisfied and would give its consent for Belgium to sign", True),
            ("wallonia", "scrap-investment-court", C, "would press again for it to be scrapped if the judges found it unlawful", True),
            ("wallonia", "provisional-application", C, "Wallonia could live with provisional application if the investment court was excluded from it", True),
            ("belgium-federal", "sign-ceta", S, "the way was now open for Belgium to sign", True),
            ("belgium-federal", "farm-safeguard", S, "agreed to trigger a safeguard clause for agriculture if Belgian farm markets were disrupted", True),
        ],
    ),
    # 026 (duplicate of 025)
    dict(
        outlet="channel-courier",
        published="2016-10-27T13:15:00Z",
        slug="belgian-deal-clears-way-for-ceta-wallonia-lifts-veto",
        title="Wallonia lifts veto as Belgian deal clears way for CETA",
        paras=[
            "BRUSSELS, Oct 27 (Channel Courier) - Belgium's federal and regional governments struck an agreement on Thursday that will let the country sign the EU-Canada trade agreement, ending a two-week standoff that had embarrassed the European Union.",
            "Prime Minister Charles Michel announced the accord after a morning meeting with regional leaders at the Lambermont. He said the way was now open for Belgium to sign, and that a joint Belgian declaration would go to the country's EU partners.",
            "Walloon premier Paul Magnette said Wallonia was now satisfied and would give its consent for Belgium to sign. The regional parliament is expected to confirm the decision on Friday.",
            "Under the agreement, Belgium will ask the European Court of Justice whether the investment court complies with EU law. Magnette said Wallonia accepted that the court could remain in the treaty for now, but would press again for it to be scrapped if the judges found it unlawful.",
            "He added that Wallonia could live with provisional application if the investment court was excluded from it.",
            "The federal government agreed to trigger a safeguard clause for agriculture if Belgian farm markets were disrupted, according to Michel.",
        ],
        claims=[
            ("wallonia", "sign-ceta", S, "Wallonia was now satisfied and would give its consent for Belgium to sign", True),
            ("wallonia", "scrap-investment-court", C, "would press again for it to be scrapped if the judges found it unlawful", True),
            ("wallonia", "provisional-application", C, "Wallonia could live with provisional application if the investment court was excluded from it", True),
            ("belgium-federal", "sign-ceta", S, "the way was now open for Belgium to sign", True),
            ("belgium-federal", "farm-safeguard", S, "agreed to trigger a safeguard clause for agriculture if Belgian farm markets were disrupted", True),
        ],
    ),
    # 027
    dict(
        outlet="lowland-wire",
        published="2016-10-27T18:00:00Z",
        slug="eu-welcomes-belgian-deal-ceta-text-unchanged",
        title="EU welcomes Belgian deal, says CETA text unchanged",
        paras=[
            "BRUSSELS, Oct 27 (Lowland Wire) - European Council President Donald Tusk said on Thursday he would contact Justin Trudeau only once all of Belgium's parliaments had completed their procedures, as EU officials gave a cautious welcome to the intra-Belgian agreement.",
            "Commission President Jean-Claude Juncker said he was pleased and that the Commission looked forward to signing the agreement with Canada soon. His spokesman stressed that the Belgian declaration did not alter a single line of the treaty, which would not be reopened.",
            "Trade Commissioner Cecilia Malmstrom said the investment court remained part of the deal and that the Belgian request for an opinion from the EU's top court was Belgium's right.",
            "In Ottawa, a spokesman for Trade Minister Chrystia Freeland said Canada would wait for the European procedures to be completed before commenting further, and declined to say whether Trudeau would travel to Europe this weekend.",
            "Diplomats said ambassadors of the member states could approve the signature as early as Friday through a written procedure, allowing a summit to be held within days.",
        ],
        claims=[
            ("eu", "sign-ceta", S, "the Commission looked forward to signing the agreement with Canada soon", True),
            ("eu", "reopen-ceta-text", O, "did not alter a single line of the treaty, which would not be reopened", True),
            ("eu", "scrap-investment-court", O, "Malmstrom said the investment court remained part of the deal", True),
        ],
    ),
    # 028
    dict(
        outlet="quayside-report",
        published="2016-10-28T15:00:00Z",
        slug="walloon-parliament-approves-ceta-compromise",
        title="Walloon parliament approves CETA compromise; farmers soften stance",
        paras=[
            "NAMUR, Oct 28 (Quayside Report) - The Walloon parliament voted on Friday to approve the intra-Belgian compromise on the EU-Canada trade agreement, formally giving the federal government the powers it needs to sign.",
            "The vote in Namur, by a comfortable majority, followed approvals earlier in the day by the Brussels regional parliament and the assembly of the French-speaking community. A far-left party voted against.",
            "Magnette told lawmakers that Wallonia had won guarantees that no other region in Europe had obtained, and that it would use them.",
            "The FWA farmers' federation, which had urged the region to hold out, said on Friday that it still considered the treaty bad for farmers. But it said it would not stand in the way of Belgium's signature now that a safeguard clause had been promised, as long as the federal government was ready to use it.",
            "Analysts said the approvals probably marked the end of the Belgian saga for now, though the treaty will return to the regional parliaments for ratification in the coming years.",
        ],
        claims=[
            ("wallonia", "sign-ceta", S, "formally giving the federal government the powers it needs to sign", True),
            ("fwa", "sign-ceta", C, "it would not stand in the way of Belgium's signature", True),
        ],
    ),
    # 029
    dict(
        outlet="meuse-observer",
        published="2016-10-28T19:30:00Z",
        slug="eu-states-approve-ceta-signing-summit-sunday",
        title="EU states approve Canada pact signing; summit set for Sunday",
        paras=[
            "BRUSSELS, Oct 28 (Meuse Observer) - EU governments approved the signing of the trade agreement with Canada on Friday through a written procedure, after Belgium formally told its partners that it was now able to sign, clearing the way for a summit in Brussels on Sunday.",
            "Belgian Foreign Minister Didier Reynders said in a letter to the Slovak presidency of the Council that Belgium gave its consent to the signature, with the Belgian declaration attached.",
            "Council officials said the summit with Prime Minister Justin Trudeau would take place on Sunday morning, three days later than originally planned. Slovak Prime Minister Robert Fico will sign on behalf of the presidency.",
            "Several campaign groups said they would keep fighting the agreement during the ratification process and at the European Parliament, which must still give its approval.",
            "Officials said the text of the declarations agreed with Belgium would be published in the EU's Official Journal together with the treaty.",
        ],
        claims=[
            ("eu", "sign-ceta", S, "EU governments approved the signing of the trade agreement with Canada on Friday", True),
            ("belgium-federal", "sign-ceta", S, "Belgium gave its consent to the signature", True),
        ],
    ),
    # 030
    dict(
        outlet="atlantic-post",
        published="2016-10-29T17:00:00Z",
        slug="trudeau-to-fly-to-brussels-to-sign-eu-pact",
        title="Trudeau to fly to Brussels to sign EU trade pact on Sunday",
        paras=[
            "OTTAWA, Oct 29 (Atlantic Post) - Prime Minister Justin Trudeau will travel to Brussels on Saturday night to sign the trade agreement with the European Union, his office said, after Belgium cleared the last hurdle to the deal.",
            "In a statement, the Prime Minister's Office said Trudeau looked forward to signing an agreement that would create jobs and growth on both sides of the Atlantic. Trade Minister Chrystia Freeland, who walked out of talks in Namur a week earlier, will accompany him.",
            "Freeland said Canada had not been asked to make any new concessions in the final days of the Belgian talks.",
            "The New Democratic Party's trade critic said Canada should not sign a deal that still contained special rights for foreign investors, and called for a full debate in the House of Commons.",
            "The agreement must still be approved by the European Parliament and by Canada's Parliament before its provisional application can begin, which officials expect early next year.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "Trudeau looked forward to signing an agreement that would create jobs", True),
        ],
    ),
    # 031
    dict(
        outlet="channel-courier",
        published="2016-10-30T10:00:00Z",
        slug="trudeau-plane-turns-back-ceta-ceremony-delayed",
        title="Trudeau's plane turns back, delaying trade pact ceremony",
        paras=[
            "BRUSSELS, Oct 30 (Channel Courier) - The signing ceremony for the EU-Canada trade agreement was pushed back by several hours on Sunday after the plane carrying Prime Minister Justin Trudeau turned back shortly after take-off from Ottawa because of a mechanical problem.",
            "Trudeau's delegation boarded a replacement aircraft and was expected to land in Brussels around midday, Canadian officials said. The ceremony, originally scheduled for the morning at the Council's Justus Lipsius building, was moved to the afternoon.",
            "Police closed several streets around the European quarter, where a few hundred protesters had gathered. A small group of demonstrators splashed red paint on the entrance of the Council building earlier in the morning, according to police.",
            "EU officials said the summit agenda, including a lunch with European Council President Donald Tusk and Commission President Jean-Claude Juncker, would be compressed.",
            "Trudeau's office said the delay was purely technical and had no connection with the negotiations over the agreement.",
        ],
        claims=[],
    ),
    # 032
    dict(
        outlet="lowland-wire",
        published="2016-10-30T16:30:00Z",
        slug="eu-and-canada-sign-ceta-after-belgian-drama",
        title="EU and Canada sign CETA after Belgian drama",
        paras=[
            "BRUSSELS, Oct 30 (Lowland Wire) - Canada and the European Union signed their long-delayed free trade agreement on Sunday, a week after Wallonia's veto had threatened to sink the deal.",
            "Prime Minister Justin Trudeau signed the treaty with European Council President Donald Tusk, Commission President Jean-Claude Juncker and Slovak Prime Minister Robert Fico, whose country holds the EU's rotating presidency. Belgian Prime Minister Charles Michel attended the ceremony.",
            "Trudeau said the agreement showed that open trade could work for ordinary people. Tusk said the signing proved that the EU could still deliver.",
            "Juncker said the parts of the pact under EU competence would be applied provisionally once the European Parliament had approved it, which is expected early next year.",
            "In Namur, Walloon premier Paul Magnette, who did not attend, said he had no regrets. He said Wallonia would keep pushing for the investment court to be dropped if the EU's top court in Luxembourg found it incompatible with EU law.",
            "A few hundred protesters demonstrated outside the Council building.",
        ],
        claims=[
            ("canada", "sign-ceta", S, "Prime Minister Justin Trudeau signed the treaty", True),
            ("eu", "sign-ceta", S, "signed the treaty with European Council President Donald Tusk, Commission President Jean-Claude Juncker", True),
            ("eu", "provisional-application", S, "the parts of the pact under EU competence would be applied provisionally", True),
            ("wallonia", "scrap-investment-court", C, "would keep pushing for the investment court to be dropped if the EU's top court", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="eu", issue="national-ratification", frm=O, to=S, article="003",
         why="The Commission formally proposes signing CETA as a mixed agreement ratified by national parliaments; in 001 Juncker said the Commission's lawyers saw it as EU-only. Malmstrom's remark that the legal analysis is unchanged does not undo the proposal."),
    dict(actor="germany", issue="provisional-application", frm=S, to=C, article="005",
         why="Gabriel says Berlin will agree to provisional application only if the investment chapter and national competences are left out; the article itself reports that the government had until now backed the Commission's plan without such terms."),
    dict(actor="wallonia", issue="sign-ceta", frm=O, to=C, article="015",
         why="Magnette says Wallonia could give its consent if its demands on the investment court and agriculture are met; in 007, 010 and 014 he refused to let Belgium sign the treaty as it stood. The headline overstates this as readiness to back the deal."),
    dict(actor="wallonia", issue="sign-ceta", frm=C, to=S, article="025",
         why="After the intra-Belgian deal Magnette says Wallonia is satisfied and will give its consent; from 015 to 021 its yes depended on guarantees not yet given."),
    dict(actor="wallonia", issue="scrap-investment-court", frm=S, to=C, article="025",
         why="Wallonia accepts that the investment court stays for now and would push again for scrapping it only if the EU court finds it unlawful; in 007, 010 and 014 it wanted the court removed outright."),
    dict(actor="wallonia", issue="provisional-application", frm=O, to=C, article="025",
         why="Magnette says Wallonia can live with provisional application if the investment court is excluded; in 010 it refused provisional application of a treaty its parliament had not approved."),
    dict(actor="fwa", issue="sign-ceta", frm=O, to=C, article="028",
         why="The FWA says it will not stand in the way of Belgium's signature as long as the promised safeguard clause is used; in 007 and 023 it wanted no Belgian signature at all."),
]

DUPLICATES = [("016", "017"), ("025", "026")]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc822(iso):
    d = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def build():
    arts = []
    for i, a in enumerate(ARTICLES, 1):
        aid = "%03d" % i
        d = a["published"][:10].replace("-", "/")
        arts.append(dict(
            id=aid,
            published=a["published"],
            source=OUTLETS[a["outlet"]],
            outlet=a["outlet"],
            url="https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"]),
            title=a["title"],
            text="\n\n".join(a["paras"]),
            claims=a["claims"],
        ))
    return arts


def write(arts):
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == key], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % key,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), TOPIC),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", key + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"], "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


def read_watchlist():
    """Minimal reader for the watchlist format used here (no YAML library needed)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    section, actors, issues, baseline = None, [], [], []
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)$", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    # check issue fields are exactly id, name, description, terms
    block = text.split("\nissues:\n", 1)[1].split("\nbaseline:\n", 1)[0]
    fields = set(re.findall(r"^    (\w+):", block, re.M)) | set(re.findall(r"^  - (\w+):", block, re.M))
    return actors, issues, baseline, fields


def validate(arts, labels):
    errs = []
    actors, issues, baseline, issue_fields = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errs.append("actors: %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errs.append("issues: %d" % len(issues))
    if issue_fields != {"id", "name", "description", "terms"}:
        errs.append("issue fields: %s" % sorted(issue_fields))
    if not 30 <= len(arts) <= 34:
        errs.append("article count %d" % len(arts))
    prev = ""
    for i, a in enumerate(arts, 1):
        if a["id"] != "%03d" % i:
            errs.append("id order %s" % a["id"])
        if a["published"] <= prev:
            errs.append("%s not in publication order" % a["id"])
        prev = a["published"]
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append("%s has %d words" % (a["id"], n))
        d = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        dl = r"^[A-Z][A-Z .'-]+, %s %d \(%s\) - " % (MONTHS[d.month - 1], d.day, re.escape(a["source"]))
        if not re.match(dl, a["text"]):
            errs.append("%s dateline: %r" % (a["id"], a["text"][:50]))
        seen = set()
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in a["text"]:
                errs.append("%s quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errs.append("%s quote > 15 words: %r" % (a["id"], c["quote"]))
            if c["actor"] not in actors:
                errs.append("%s unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errs.append("%s unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in (S, O, C):
                errs.append("%s bad stance %s" % (a["id"], c["stance"]))
            k = (c["actor"], c["issue"])
            if k in seen:
                errs.append("%s two claims for %s" % (a["id"], k))
            seen.add(k)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            errs.append("bad baseline %s" % (b,))
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errs.append("shift with unknown id %s" % s)
    # recompute shifts: prevailing stance = last attributed labelled stance, from baseline
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                recomputed.append({"actor": k[0], "issue": k[1], "from": prevailing[k], "to": c["stance"], "article": a["id"]})
            prevailing[k] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    key = lambda s: (s["article"], s["actor"], s["issue"])
    if sorted(recomputed, key=key) != sorted(labelled, key=key):
        errs.append("shifts differ:\n recomputed %s\n labelled   %s" % (recomputed, labelled))
    shift_ids = {s["article"] for s in labels["shifts"]}
    expect = [a["id"] for a in arts if a["id"] not in shift_ids]
    if labels["no_alert_articles"] != expect:
        errs.append("no_alert_articles mismatch")
    # duplicates: same day, later, different outlet, identical claims; one original is a shift article
    strip = lambda cs: [(c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cs]
    byid = {a["id"]: a for a in arts}
    for o, d in DUPLICATES:
        if strip(labels["claims"][o]) != strip(labels["claims"][d]):
            errs.append("duplicate %s/%s claims differ" % (o, d))
        if byid[o]["published"][:10] != byid[d]["published"][:10] or byid[o]["source"] == byid[d]["source"] or byid[o]["published"] >= byid[d]["published"]:
            errs.append("duplicate %s/%s not same-day later copy from another outlet" % (o, d))
        if byid[o]["text"] == byid[d]["text"]:
            errs.append("duplicate %s/%s not reworded" % (o, d))
    if not any(o in shift_ids for o, _ in DUPLICATES):
        errs.append("no duplicate pair is a shift article")
    # counts
    allc = [c for cs in labels["claims"].values() for c in cs]
    stances = {st: sum(1 for c in allc if c["stance"] == st) for st in (S, O, C)}
    nofalse = sum(1 for c in allc if not c["attributed"])
    empty = [k for k, v in sorted(labels["claims"].items()) if not v]
    if not 60 <= len(allc) <= 90:
        errs.append("claim count %d" % len(allc))
    if stances[C] < 6 or min(stances.values()) == 0:
        errs.append("stance counts %s" % stances)
    if not 5 <= len(labels["shifts"]) <= 8:
        errs.append("shift count %d" % len(labels["shifts"]))
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        errs.append("no shift to or from conditional")
    rev = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    if rev > 2:
        errs.append("%d straight reversals" % rev)
    if not 3 <= len(empty) <= 4:
        errs.append("no-claim articles %s" % empty)
    # feeds
    for key in OUTLETS:
        p = os.path.join(HERE, "feeds", key + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append("xmllint %s: %s" % (key, r.stderr.strip()))
    summary = dict(articles=len(arts), claims=len(allc), stances=stances, attributed_false=nofalse,
                   shifts=len(labels["shifts"]), shift_articles=sorted(shift_ids), reversals=rev,
                   no_claim_articles=empty,
                   per_outlet={OUTLETS[k]: sum(1 for a in arts if a["outlet"] == k) for k in OUTLETS},
                   words=(min(len(a["text"].split()) for a in arts), max(len(a["text"].split()) for a in arts)))
    return errs, summary


def main():
    arts = build()
    labels = write(arts)
    errs, summary = validate(arts, labels)
    print(json.dumps(summary, indent=1))
    if errs:
        print("VALIDATION FAILED:")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
