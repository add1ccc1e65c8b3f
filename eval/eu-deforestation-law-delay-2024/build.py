#!/usr/bin/env python3
"""Build the shiftwatch evaluation set eu-deforestation-law-delay-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (quotes, ids, dateline, word counts, watchlist ids,
shifts recomputed from the baseline, no_alert_articles, xmllint).

Run: python3 build.py
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
SET_NAME = "eu-deforestation-law-delay-2024"

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "riverside-courier": "Riverside Courier",
    "continental-post": "Continental Post",
    "eastgate-observer": "Eastgate Observer",
    "tidewater-report": "Tidewater Report",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet slug, url slug, title, text, claims.
ARTICLES = [
    # 001
    dict(
        published="2024-09-12T10:30:00Z",
        outlet="lantern-wire",
        slug="brazil-asks-eu-hold-off-deforestation-law",
        title="Brazil asks EU to hold off on deforestation law and rethink it",
        text="""BRASILIA, Sept 12 (Lantern Wire) - Brazil has asked the European Union not to start applying its deforestation law at the end of this year and to reassess the rules, according to a letter signed by Foreign Minister Mauro Vieira and Agriculture Minister Carlos Favaro.

The letter, addressed to European Commission President Ursula von der Leyen, describes the regulation as a unilateral and punitive measure that ignores Brazil's own laws against illegal clearing. The ministers wrote that the goods covered by the law account for roughly a third of Brazil's exports to the bloc.

Under the regulation, companies selling soy, beef, coffee, cocoa, palm oil, rubber and wood in the EU from Dec. 30 must prove the goods were not grown on land cleared after 2020.

Asked about the letter, a Commission spokesperson said on Thursday that the EU executive was sticking to the timetable agreed by lawmakers and was working with partners to help them prepare.

Brazil joins the United States, which wants the start pushed back, and industry groups on both sides of the Atlantic. Indonesia and Malaysia have long argued that the rules will shut their smallholder farmers out of the European market.""",
        claims=[
            C("brazil", "first-delay", "support", "asked the European Union not to start applying its deforestation law"),
            C("eu-commission", "first-delay", "oppose", "the EU executive was sticking to the timetable agreed by lawmakers"),
            C("usa", "first-delay", "support", "the United States, which wants the start pushed back", False),
        ],
    ),
    # 002
    dict(
        published="2024-09-13T07:45:00Z",
        outlet="riverside-courier",
        slug="scholz-urges-von-der-leyen-hold-deforestation-rules",
        title="Scholz urges von der Leyen to put deforestation rules on hold",
        text="""BERLIN, Sept 13 (Riverside Courier) - Chancellor Olaf Scholz said he had urged Commission President Ursula von der Leyen to put the EU's deforestation rules on hold until open questions about how they would work had been settled.

Speaking at a conference of newspaper publishers in Berlin on Thursday, the Social Democrat said publishers and paper makers faced heavy paperwork under the law. He said the regulation had to be "practicable", and that he had raised the matter with von der Leyen personally.

Scholz is the first EU head of government to call publicly for a postponement. His agriculture minister, Cem Ozdemir of the Greens, had earlier asked Brussels for half a year more.

In the European Parliament, Peter Liese, environment spokesman of the centre-right European People's Party, has called for the start to be pushed back by two years.

A spokesperson for the Greens/EFA group said a delay would punish the many firms that had already invested in tracing their supply chains, and that most companies were ready.""",
        claims=[
            C("germany", "first-delay", "support", "urged Commission President Ursula von der Leyen to put the EU's deforestation rules on hold"),
            C("epp", "first-delay", "support", "has called for the start to be pushed back by two years"),
            C("greens", "first-delay", "oppose", "a delay would punish the many firms that had already invested"),
        ],
    ),
    # 003
    dict(
        published="2024-09-27T15:10:00Z",
        outlet="continental-post",
        slug="brussels-mulls-options-deforestation-deadline",
        title="Brussels mulls its options as deforestation deadline nears",
        text="""BRUSSELS, Sept 27 (Continental Post) - With barely three months left before the EU's deforestation law starts to bite, officials and lobbyists in Brussels are trying to guess whether the European Commission will blink.

A Commission spokesperson declined on Friday to say whether a proposal to postpone the rules was being drafted, saying only that implementation would be discussed in due course. Guidance documents that companies have been waiting for since the spring have still not been published.

Two diplomats said they expected a decision before the middle of October, and an analyst at a Brussels think tank said a one-year pause now looked more likely than not. Others said the Commission could instead offer companies a period of lenient enforcement.

Trade associations representing coffee roasters, timber importers and chocolate makers sent a fresh joint letter this week asking for more time. Environmental groups including WWF and ClientEarth urged the EU to hold the line, arguing that any delay would mean more forest lost.

Commissioners hold their weekly meeting on Wednesdays at the Berlaymont, the Commission's headquarters.""",
        claims=[],
    ),
    # 004
    dict(
        published="2024-10-02T13:40:00Z",
        outlet="eastgate-observer",
        slug="eu-shelves-deforestation-law",
        title="EU shelves deforestation law as Commission bows to pressure",
        text="""BRUSSELS, Oct 2 (Eastgate Observer) - The European Commission proposed on Wednesday to give companies an extra 12 months to comply with the EU's deforestation law, after months of pressure from trading partners, member states and industry.

If lawmakers and governments agree, large operators would have to apply the rules from Dec. 30, 2025 and small firms from June 30, 2026. The Commission said the extra time would let everyone prepare properly, and stressed that none of the law's objectives or substance were being called into question.

The EU executive also published long-awaited guidance and said it would classify countries by deforestation risk.

The European People's Party, the largest group in the European Parliament, welcomed the proposal and said it had demanded a postponement for months.

Bas Eickhout, co-leader of the Greens, said the Commission was rewarding the laggards at the expense of companies that had prepared. The Greens would vote against any postponement, he said.

Until recently, the Commission had insisted that the law would apply on schedule.""",
        claims=[
            C("eu-commission", "first-delay", "support", "proposed on Wednesday to give companies an extra 12 months to comply"),
            C("eu-commission", "repeal-eudr", "oppose", "none of the law's objectives or substance were being called into question"),
            C("epp", "first-delay", "support", "said it had demanded a postponement for months"),
            C("greens", "first-delay", "oppose", "The Greens would vote against any postponement, he said"),
        ],
    ),
    # 005 (duplicate of 004)
    dict(
        published="2024-10-02T16:05:00Z",
        outlet="tidewater-report",
        slug="commission-proposes-one-year-delay-deforestation-rules",
        title="Commission proposes one-year delay to deforestation rules",
        text="""BRUSSELS, Oct 2 (Tidewater Report) - The European Commission on Wednesday proposed giving companies an extra 12 months to comply with the EU's anti-deforestation law, following sustained pressure from trade partners, EU governments and business.

Should the Parliament and member states approve, big operators would apply the rules from Dec. 30, 2025 and smaller ones from June 30, 2026. According to the Commission, the added time will allow all sides to prepare, and none of the law's objectives or substance were being called into question.

The Commission also released guidance that companies had been waiting for, and said a classification of countries by risk would follow.

The European People's Party, the biggest group in the Parliament, welcomed the move and said it had demanded a postponement for months.

Greens co-leader Bas Eickhout said the Commission was rewarding those who had done nothing, at the expense of those who had prepared. The Greens would vote against any postponement, he said.

The Commission had until recently maintained that the law would take effect on time.""",
        claims=[
            C("eu-commission", "first-delay", "support", "proposed giving companies an extra 12 months to comply"),
            C("eu-commission", "repeal-eudr", "oppose", "none of the law's objectives or substance were being called into question"),
            C("epp", "first-delay", "support", "said it had demanded a postponement for months"),
            C("greens", "first-delay", "oppose", "The Greens would vote against any postponement, he said"),
        ],
    ),
    # 006
    dict(
        published="2024-10-03T09:20:00Z",
        outlet="lantern-wire",
        slug="malaysia-brazil-welcome-eu-deforestation-delay",
        title="Malaysia, Brazil welcome EU deforestation delay, press for changes",
        text="""KUALA LUMPUR, Oct 3 (Lantern Wire) - Malaysia welcomed on Thursday the European Commission's proposal to delay its deforestation law by a year, saying the extra time was badly needed by the country's palm oil smallholders.

Plantation and Commodities Minister Johari Abdul Ghani said the postponement was a step in the right direction. Malaysia was not asking the EU to scrap the law, he said, but to apply it in a way that did not lock small farmers out of the market.

In Brasilia, the agriculture ministry said Brazil's request had been heard and that the extra year was good news for its soy and beef exporters.

Indonesia's chief economics minister, Airlangga Hartarto, also welcomed the proposal, according to local media.

Palm oil futures edged higher in Kuala Lumpur trading after the announcement. Traders said the delay removed some uncertainty for shipments in the first half of 2025, although the law's requirements remain unchanged.

The proposal still needs the approval of EU governments and the European Parliament.""",
        claims=[
            C("malaysia", "first-delay", "support", "Malaysia welcomed on Thursday the European Commission's proposal to delay its deforestation law"),
            C("malaysia", "repeal-eudr", "oppose", "Malaysia was not asking the EU to scrap the law, he said"),
            C("brazil", "first-delay", "support", "the extra year was good news for its soy and beef exporters"),
        ],
    ),
    # 007
    dict(
        published="2024-10-16T12:30:00Z",
        outlet="riverside-courier",
        slug="eu-governments-back-deforestation-delay-without-changes",
        title="EU governments back deforestation delay without changes",
        text="""BRUSSELS, Oct 16 (Riverside Courier) - Ambassadors of the 27 EU member states on Wednesday endorsed the Commission's proposal to postpone the deforestation law by a year, and agreed to leave the rest of the text untouched.

Two diplomats said Berlin, which had pushed hardest for more time, was among the capitals that argued for a quick deal. Hungary, which chairs meetings of EU governments until the end of the year, will now negotiate with the European Parliament.

A Commission spokesperson said the executive hoped the European Parliament would follow quickly, since companies needed legal certainty well before Dec. 30.

The vote in Parliament could be more complicated. Delara Burkhardt, who worked on the original law for the Socialists and Democrats, said her group opposed the postponement because it sent the wrong signal to companies that had done their homework.

Centre-right lawmakers are considering amendments that would go beyond the date change, according to two parliamentary aides. The Hungarian presidency hopes to wrap up the file before Christmas.""",
        claims=[
            C("germany", "first-delay", "support", "Berlin, which had pushed hardest for more time, was among the capitals", False),
            C("eu-commission", "first-delay", "support", "the executive hoped the European Parliament would follow quickly"),
            C("sd", "first-delay", "oppose", "said her group opposed the postponement"),
        ],
    ),
    # 008
    dict(
        published="2024-11-07T11:00:00Z",
        outlet="continental-post",
        slug="epp-seeks-no-risk-tier-deforestation-law",
        title="EPP seeks 'no-risk' tier as it reopens deforestation law",
        text="""BRUSSELS, Nov 7 (Continental Post) - The European People's Party, the largest group in the European Parliament, has tabled amendments that would add a 'no-risk' category to the EU's deforestation law, sparing countries whose forests are stable or growing from most of its checks.

Christine Schneider, the group's lead negotiator on the file, said on Thursday the EPP did not want to abolish the regulation but to make it workable for farmers and foresters. Companies sourcing from no-risk countries would face hardly any paperwork under the plan.

The amendments go beyond the one-year delay proposed by the Commission and endorsed by member states, meaning the law would have to be renegotiated.

A Commission spokesperson warned that reopening the text would create legal uncertainty weeks before the rules apply, and said a new category was not needed because the planned risk classification would already reward low-risk countries.

The Greens said the no-risk label was a loophole that would let deforestation products in through the back door, and urged the centre to reject it. The vote is scheduled for next week in Strasbourg.""",
        claims=[
            C("epp", "abandon-no-risk-category", "oppose", "has tabled amendments that would add a 'no-risk' category"),
            C("epp", "repeal-eudr", "oppose", "the EPP did not want to abolish the regulation"),
            C("eu-commission", "abandon-no-risk-category", "support", "said a new category was not needed"),
            C("greens", "abandon-no-risk-category", "support", "the no-risk label was a loophole that would let deforestation products in"),
        ],
    ),
    # 009
    dict(
        published="2024-11-14T15:30:00Z",
        outlet="eastgate-observer",
        slug="eu-parliament-backs-delay-adds-no-risk-category",
        title="EU Parliament backs deforestation delay, adds 'no-risk' category",
        text="""STRASBOURG, Nov 14 (Eastgate Observer) - The European Parliament voted on Thursday to delay the EU's deforestation law by a year and to create a new 'no-risk' category of countries, after the centre-right European People's Party joined forces with far-right groups to push through its amendments.

The amended text passed by 371 votes to 240, with 30 abstentions. The EPP voted as a bloc for both the delay and the new category. The liberal Renew group split.

The Socialists and Democrats said the no-risk category gutted the law and that the group would fight to remove it in talks with governments. The Greens voted against both the delay and the new category, and their co-leader Terry Reintke said the centre-right had let the far right write the law.

Lawmakers from Patriots for Europe said they would have preferred to scrap the rules altogether.

Because the text has changed, Parliament must now negotiate with member states, which backed a delay without amendments. Companies still do not know which date will apply, and time is short: the law is due to start on Dec. 30.""",
        claims=[
            C("epp", "abandon-no-risk-category", "oppose", "The EPP voted as a bloc for both the delay and the new category"),
            C("epp", "first-delay", "support", "The EPP voted as a bloc for both the delay and the new category"),
            C("sd", "abandon-no-risk-category", "support", "the group would fight to remove it in talks with governments"),
            C("greens", "first-delay", "oppose", "The Greens voted against both the delay and the new category"),
            C("greens", "abandon-no-risk-category", "support", "The Greens voted against both the delay and the new category"),
        ],
    ),
    # 010 (duplicate of 009)
    dict(
        published="2024-11-14T18:10:00Z",
        outlet="lantern-wire",
        slug="epp-far-right-push-no-risk-tier-through-parliament",
        title="EPP and far right push 'no-risk' tier through EU Parliament",
        text="""STRASBOURG, Nov 14 (Lantern Wire) - The European Parliament on Thursday approved a one-year delay to the EU's deforestation law together with a new 'no-risk' country category, after the centre-right European People's Party relied on far-right votes to pass its amendments.

The text was adopted by 371 votes to 240 with 30 abstentions. The EPP voted as a bloc for both the delay and the new category, while the liberals of Renew were divided.

The Socialists and Democrats said the no-risk tier gutted the law and that the group would fight to remove it in talks with governments. The Greens voted against both the delay and the new category, and co-leader Terry Reintke accused the centre-right of letting the far right write the law.

Members of Patriots for Europe said they would rather have scrapped the rules entirely.

With the text amended, the Parliament now has to negotiate with EU governments, which had endorsed a clean delay. Firms are still unsure which start date will apply, with the law due to kick in on Dec. 30.""",
        claims=[
            C("epp", "abandon-no-risk-category", "oppose", "The EPP voted as a bloc for both the delay and the new category"),
            C("epp", "first-delay", "support", "The EPP voted as a bloc for both the delay and the new category"),
            C("sd", "abandon-no-risk-category", "support", "the group would fight to remove it in talks with governments"),
            C("greens", "first-delay", "oppose", "The Greens voted against both the delay and the new category"),
            C("greens", "abandon-no-risk-category", "support", "The Greens voted against both the delay and the new category"),
        ],
    ),
    # 011
    dict(
        published="2024-11-22T10:00:00Z",
        outlet="riverside-courier",
        slug="first-talks-deforestation-delay-end-without-deal",
        title="First talks on deforestation delay end without deal",
        text="""BRUSSELS, Nov 22 (Riverside Courier) - Negotiators from the European Parliament and EU governments ended their first round of talks on delaying the deforestation law late on Thursday without an agreement, as member states refused to accept the Parliament's new 'no-risk' category.

Christine Schneider, who leads for the European People's Party, said afterwards that the group would not give up the category just to save time. She said the no-risk tier was the only way to spare European foresters pointless bureaucracy.

Diplomats said the Commission had also told negotiators that the category could not be written into law within weeks and without an impact assessment.

The Hungarian presidency, which speaks for the member states, said governments wanted a delay and nothing else. A second round is planned for early December.

If no deal is reached and approved by both sides before Dec. 30, the law will apply in its original form, without any postponement. Trade groups have warned that such an outcome would cause chaos at ports and borders.""",
        claims=[
            C("epp", "abandon-no-risk-category", "oppose", "the group would not give up the category just to save time"),
            C("eu-commission", "abandon-no-risk-category", "support", "the Commission had also told negotiators that the category could not be written", False),
        ],
    ),
    # 012
    dict(
        published="2024-12-04T00:30:00Z",
        outlet="continental-post",
        slug="epp-caves-eu-agrees-deforestation-delay-without-no-risk",
        title="EPP caves: EU agrees deforestation delay without 'no-risk' tier",
        text="""BRUSSELS, Dec 4 (Continental Post) - Negotiators for the European Parliament and EU governments agreed late on Tuesday to delay the EU's deforestation law by a year, leaving out the 'no-risk' country category that the European People's Party had written into Parliament's position.

The EPP agreed to drop the category in exchange for a Commission commitment to look again at the law's burdens in a review next year, the group's negotiator Christine Schneider said. The group had secured a firm promise of simplification, she said, and would keep up the pressure.

The Commission welcomed the deal, saying the extra 12 months would give operators worldwide time to prepare.

The Greens said they were relieved that the no-risk category had been thrown out.

Large operators will now have to comply from Dec. 30, 2025 and small firms from June 30, 2026. The agreement must still be formally approved by the Parliament and by member states before the end of the year, a tight timetable that officials said was achievable.""",
        claims=[
            C("epp", "abandon-no-risk-category", "conditional", "agreed to drop the category in exchange for a Commission commitment"),
            C("epp", "simplify-eudr", "support", "The group had secured a firm promise of simplification, she said"),
            C("eu-commission", "first-delay", "support", "the extra 12 months would give operators worldwide time to prepare"),
            C("greens", "abandon-no-risk-category", "support", "relieved that the no-risk category had been thrown out"),
        ],
    ),
    # 013
    dict(
        published="2024-12-05T09:00:00Z",
        outlet="tidewater-report",
        slug="eu-opens-registration-deforestation-system",
        title="EU opens registration for deforestation due-diligence system",
        text="""BRUSSELS, Dec 5 (Tidewater Report) - The European Commission has opened its online information system for the deforestation law to companies that want to register ahead of the rules' start, a spokesperson said on Thursday.

Operators and traders can now create accounts and practise submitting due-diligence statements, which will eventually have to accompany shipments of cattle, cocoa, coffee, palm oil, rubber, soy and wood placed on the EU market. A training version has been available since the autumn.

The spokesperson declined to say how many companies had signed up so far. She said the system would be available in all official EU languages.

Customs officials in Rotterdam and Antwerp, the bloc's largest ports, are still being trained on how to check the statements at the border, according to port authorities.

Consultancies that help firms map their supply chains said demand had not slackened despite this week's agreement in Brussels to push back the start date. Most clients wanted to be ready well before the new deadline, one consultant said.""",
        claims=[],
    ),
    # 014
    dict(
        published="2024-12-17T16:00:00Z",
        outlet="eastgate-observer",
        slug="parliament-final-approval-deforestation-delay",
        title="Parliament gives final approval to deforestation delay",
        text="""STRASBOURG, Dec 17 (Eastgate Observer) - The European Parliament gave final approval on Tuesday to a one-year delay of the EU's deforestation law, clearing the way for the postponement to enter into force before the original Dec. 30 start.

The text no longer contains the 'no-risk' category that Parliament had voted for last month. Christine Schneider of the European People's Party denied that her group had given up on the idea. The EPP had set it aside only in exchange for the Commission's promise to examine simplification next year, she said.

The Greens voted against the postponement, as they had promised. Their lawmakers said a year had been lost to political games.

Environment Commissioner Jessika Roswall, who took office this month, told the chamber the Commission would use the extra time to help companies prepare and had no intention of tearing up the law.

Member states are expected to sign off later this week, after which the regulation will be published in the EU's Official Journal.""",
        claims=[
            C("epp", "abandon-no-risk-category", "conditional", "had set it aside only in exchange for the Commission's promise"),
            C("greens", "first-delay", "oppose", "The Greens voted against the postponement"),
            C("eu-commission", "repeal-eudr", "oppose", "had no intention of tearing up the law"),
        ],
    ),
    # 015
    dict(
        published="2025-03-24T17:30:00Z",
        outlet="lantern-wire",
        slug="farm-ministers-seek-no-risk-tier-commission-promises-simpler-rules",
        title="Farm ministers seek 'no-risk' tier; Commission promises simpler rules",
        text="""BRUSSELS, March 24 (Lantern Wire) - A group of EU agriculture ministers led by Austria called on Monday for a 'no-risk' category in the deforestation law, reviving the idea that the European Parliament dropped in December.

In a paper presented at a meeting of farm ministers in Brussels, the group said farmers and foresters in countries without deforestation should be spared the paperwork altogether. Austrian minister Norbert Totschnig said more than a dozen governments had signed it.

Environment Commissioner Jessika Roswall, attending the meeting, said the Commission was working on ways to make the law simpler to apply and would present them in the coming weeks. She said she saw no need for another postponement, and that companies should prepare for the December deadline.

Asked whether the Commission would reopen the text to add a no-risk tier, Roswall declined to say.

Environmental groups said the ministers were trying to win through the back door what the Parliament had failed to secure in December.""",
        claims=[
            C("eu-commission", "simplify-eudr", "support", "the Commission was working on ways to make the law simpler to apply"),
            C("eu-commission", "second-delay", "oppose", "She said she saw no need for another postponement"),
        ],
    ),
    # 016
    dict(
        published="2025-04-15T14:00:00Z",
        outlet="continental-post",
        slug="commission-cuts-deforestation-paperwork-start-date-stands",
        title="Commission cuts deforestation paperwork, says start date stands",
        text="""BRUSSELS, April 15 (Continental Post) - The European Commission on Tuesday published a package of measures to simplify the EU's deforestation law, which it said would cut companies' administrative costs by around 30 percent.

Large companies will be able to reuse due-diligence statements for goods already on the market, and firms may submit one statement a year instead of one per shipment. Updated guidance and answers to frequent questions were also released.

The Commission said the changes did not require any amendment of the law, and that the Dec. 30 date for large operators stood.

Peter Liese of the European People's Party said the package was welcome but did not go nearly far enough, and that his group would keep pressing for deeper cuts to the bureaucracy.

The Greens said they could accept lighter reporting only if the core duty to prove goods are deforestation-free stayed intact. Environmental groups warned that every round of simplification risked opening a new loophole.""",
        claims=[
            C("eu-commission", "simplify-eudr", "support", "published a package of measures to simplify the EU's deforestation law"),
            C("eu-commission", "second-delay", "oppose", "the Dec. 30 date for large operators stood"),
            C("epp", "simplify-eudr", "support", "his group would keep pressing for deeper cuts to the bureaucracy"),
            C("greens", "simplify-eudr", "conditional", "could accept lighter reporting only if the core duty"),
        ],
    ),
    # 017
    dict(
        published="2025-05-22T12:00:00Z",
        outlet="eastgate-observer",
        slug="eu-names-four-high-risk-countries",
        title="EU names four 'high-risk' countries in deforestation ranking",
        text="""BRUSSELS, May 22 (Eastgate Observer) - The European Commission on Thursday published its first classification of countries under the deforestation law, labelling only Belarus, Myanmar, North Korea and Russia as high risk.

All EU member states, the United States, China and most other countries were rated low risk, which means importers sourcing from them face simplified checks. Brazil, Indonesia and Malaysia were among the countries placed in the middle, standard-risk tier.

Environment Commissioner Jessika Roswall said the low-risk tier already gave most countries the lighter treatment they had asked for, so there was no need to add a separate no-risk category to the law.

Malaysia's plantation ministry said it was disappointed with its rating and would seek talks with Brussels on the method used. Brazilian officials said the classification ignored the fall in Amazon clearing over the past two years.

Last year, Brazil had asked for the whole law to be postponed and reconsidered. The classification is due to be reviewed in 2026.""",
        claims=[
            C("eu-commission", "abandon-no-risk-category", "support", "there was no need to add a separate no-risk category to the law"),
        ],
    ),
    # 018
    dict(
        published="2025-05-23T10:15:00Z",
        outlet="tidewater-report",
        slug="epp-risk-list-falls-short-renews-no-risk-call",
        title="EPP says risk list falls short, renews call for 'no-risk' tier",
        text="""BRUSSELS, May 23 (Tidewater Report) - The European People's Party said on Friday that the EU's new country risk ranking did not go far enough and renewed its demand for a 'no-risk' category in the deforestation law, five months after setting the idea aside in negotiations.

Christine Schneider, the group's lead lawmaker on the file, said her group would not settle for a review that did not create a no-risk tier. Farmers in countries with growing forests should not have to fill in a single extra form, she said.

The Greens accused the EPP of reopening a fight it had lost. Their lawmakers said the no-risk idea should stay dead and that the Commission's ranking was already generous.

Members of the far-right Patriots for Europe group went further, calling for the law to be repealed.

The Commission did not comment on the EPP's statement. A spokesperson said only that the ranking would be updated as new data on forest cover became available.""",
        claims=[
            C("epp", "abandon-no-risk-category", "oppose", "her group would not settle for a review that did not create a no-risk tier"),
            C("greens", "abandon-no-risk-category", "support", "the no-risk idea should stay dead"),
        ],
    ),
    # 019
    dict(
        published="2025-06-18T13:00:00Z",
        outlet="riverside-courier",
        slug="talk-of-second-deforestation-delay-swirls",
        title="Talk of second deforestation delay swirls in Brussels",
        text="""BRUSSELS, June 18 (Riverside Courier) - Six months before the EU's deforestation law is due to apply, diplomats and industry lobbyists in Brussels are again debating whether its start will slip.

Several diplomats said they expected some governments to ask for another postponement before the summer break, and one said Germany's new coalition could join them. Another said a second delay was politically impossible after last year's turmoil.

A Commission spokesperson declined to comment on what she called speculation, and would not say whether the IT system that companies must use to file their statements could handle the expected traffic.

Analysts at a Brussels consultancy said more than half of the companies they surveyed expected to be ready by December, but that small importers were lagging behind.

Officials from the Commission are due to brief the European Parliament's environment committee on implementation next month.""",
        claims=[],
    ),
    # 020
    dict(
        published="2025-07-16T08:30:00Z",
        outlet="lantern-wire",
        slug="merz-asks-von-der-leyen-zero-risk-exemption",
        title="Merz asks von der Leyen for 'zero-risk' exemption in deforestation law",
        text="""BERLIN, July 16 (Lantern Wire) - Chancellor Friedrich Merz has asked Commission President Ursula von der Leyen to create a zero-risk category in the EU's deforestation law that would free companies in countries with virtually no deforestation from its documentation rules, according to a letter seen by Lantern Wire.

In the letter, sent at the start of July, Merz wrote that he backed the regulation's goals in principle. But he said German farmers and forest owners faced disproportionate bureaucratic demands even though Germany's forests were not shrinking, and he asked the Commission to cut the red tape before the rules take effect.

A government spokesman confirmed that the letter had been sent but declined to give details.

Seven environmental groups, including WWF and NABU, wrote to the chancellor this week urging him to withdraw the demand, warning that countries labelled risk-free could become hubs for laundering illegal timber.

A Commission spokesperson confirmed receipt of the chancellor's letter and said von der Leyen would reply in due course.""",
        claims=[
            C("germany", "abandon-no-risk-category", "oppose", "asked Commission President Ursula von der Leyen to create a zero-risk category"),
            C("germany", "repeal-eudr", "oppose", "Merz wrote that he backed the regulation's goals in principle"),
            C("germany", "simplify-eudr", "support", "he asked the Commission to cut the red tape"),
        ],
    ),
    # 021
    dict(
        published="2025-08-21T16:00:00Z",
        outlet="continental-post",
        slug="eu-pledges-address-us-concerns-deforestation-rules",
        title="EU pledges to address US concerns over deforestation rules in trade framework",
        text="""WASHINGTON, Aug 21 (Continental Post) - The European Union committed on Thursday to address the concerns of American producers about its deforestation law, in a joint statement with the United States setting out the terms of their trade framework agreement.

The statement said the two sides would work to avoid an undue impact on transatlantic trade, and noted that US production of the commodities covered poses a negligible risk to global deforestation.

A senior US trade official said American timber, soy and beef should not need paperwork designed for countries that clear forests, and that Washington wanted US producers treated as no-risk.

In Brussels, Trade Commissioner Maros Sefcovic said the commitment did not mean the EU was rewriting or abandoning its environmental laws. The deforestation regulation would apply to US goods like any other, he said, with the simplified checks that already apply to low-risk countries.

Environmental groups said the wording opened the door to a carve-out for the United States.""",
        claims=[
            C("usa", "abandon-no-risk-category", "oppose", "Washington wanted US producers treated as no-risk"),
            C("eu-commission", "repeal-eudr", "oppose", "the commitment did not mean the EU was rewriting or abandoning its environmental laws"),
            C("eu-commission", "abandon-no-risk-category", "support", "The deforestation regulation would apply to US goods like any other, he said"),
        ],
    ),
    # 022
    dict(
        published="2025-09-23T15:45:00Z",
        outlet="eastgate-observer",
        slug="eu-to-delay-deforestation-law-again-it-glitches",
        title="EU to delay deforestation law again, citing IT glitches",
        text="""BRUSSELS, Sept 23 (Eastgate Observer) - The European Commission will propose postponing the EU's deforestation law for a second time, by another year, because its IT system cannot yet cope with the expected volume of filings, Environment Commissioner Jessika Roswall said on Tuesday.

Roswall told reporters on the sidelines of a meeting of farm ministers that the Commission feared the system would slow down or crash under the load. She said a further 12-month delay would give the Commission time to fix it and to look again at the risks.

She denied that the decision had anything to do with pressure from Washington or with the trade agreement the EU concluded with Indonesia this week.

The European People's Party welcomed the announcement, saying a one-year pause was the least companies needed. The Greens said the IT excuse was not credible and that they would oppose any new delay.

The United States, which has pressed Brussels to lighten the rules for American exporters, did not comment.""",
        claims=[
            C("eu-commission", "second-delay", "support", "a further 12-month delay would give the Commission time to fix it"),
            C("epp", "second-delay", "support", "saying a one-year pause was the least companies needed"),
            C("greens", "second-delay", "oppose", "they would oppose any new delay"),
            C("usa", "simplify-eudr", "support", "The United States, which has pressed Brussels to lighten the rules", False),
        ],
    ),
    # 023
    dict(
        published="2025-09-24T11:00:00Z",
        outlet="riverside-courier",
        slug="berlin-kuala-lumpur-welcome-second-delay",
        title="Berlin and Kuala Lumpur welcome second deforestation delay; Socialists cry foul",
        text="""BERLIN, Sept 24 (Riverside Courier) - Germany welcomed on Wednesday the European Commission's plan to postpone the deforestation law by another year, with Agriculture Minister Alois Rainer saying farmers and forest owners urgently needed the breathing space.

Rainer, a member of the Bavarian CSU, said Berlin would support the extra year in talks among EU governments, and that farmers needed legal clarity quickly.

In Kuala Lumpur, Malaysia's plantation ministry said it backed the new postponement, which it said would give smallholders time to finish mapping their plots.

In the European Parliament, Delara Burkhardt of the Socialists and Democrats said the plan was a slap in the face for the many companies that had invested in compliance, and that her group rejected another delay.

European cocoa and coffee companies that had prepared for December have also criticised the move, while several timber and paper associations said they were relieved.""",
        claims=[
            C("germany", "second-delay", "support", "Berlin would support the extra year in talks among EU governments"),
            C("malaysia", "second-delay", "support", "Malaysia's plantation ministry said it backed the new postponement"),
            C("sd", "second-delay", "oppose", "her group rejected another delay"),
        ],
    ),
    # 024
    dict(
        published="2025-10-07T12:00:00Z",
        outlet="lantern-wire",
        slug="ngos-urge-eu-not-to-delay-deforestation-law-again",
        title="Companies and NGOs urge EU not to delay deforestation law again",
        text="""BRUSSELS, Oct 7 (Lantern Wire) - Environmental groups including WWF, ClientEarth, Fern, Global Witness and Greenpeace urged the European Commission on Tuesday to drop its plan for a second delay of the deforestation law, days after a group of food and retail companies made the same appeal.

The groups said it was astonishing that the Commission had failed to build a working IT system in time for a deadline that had already been pushed back once.

The Commission has not yet tabled a formal proposal. A spokesperson said on Tuesday the executive was looking at all options to make implementation as smooth as possible, and declined to say when a text would be ready.

In the European Parliament, the Greens said they were collecting signatures against any new postponement. The Socialists and Democrats said they would resist any attempt to dismantle the law under the cover of an IT problem.

Officials said privately that the Commission was weighing a narrower fix that would spare large companies a delay.""",
        claims=[
            C("greens", "second-delay", "oppose", "the Greens said they were collecting signatures against any new postponement"),
            C("sd", "repeal-eudr", "oppose", "would resist any attempt to dismantle the law"),
        ],
    ),
    # 025
    dict(
        published="2025-10-21T14:30:00Z",
        outlet="continental-post",
        slug="commission-narrows-deforestation-delay-small-firms",
        title="Commission narrows deforestation delay to small firms, adds grace period",
        text="""STRASBOURG, Oct 21 (Continental Post) - The European Commission on Tuesday backed away from a blanket second delay of the deforestation law, proposing instead to give an extra year only to micro and small operators while large and medium companies start on Dec. 30 as planned.

Large firms would get a six-month grace period before national authorities begin checks and penalties, Environment Commissioner Jessika Roswall said. She said the Commission could support a later start only for the smallest businesses, because its IT system could cope with the reduced load.

The proposal also cuts obligations for downstream companies and traders, who would no longer have to file their own due-diligence statements, and asks the Commission to report by April on further simplification.

Christine Schneider of the European People's Party said the proposal fell short and that her group would push for a full year's delay for every company.

The plan needs the backing of the Parliament and member states before the end of the year.""",
        claims=[
            C("eu-commission", "second-delay", "conditional", "the Commission could support a later start only for the smallest businesses"),
            C("eu-commission", "simplify-eudr", "support", "The proposal also cuts obligations for downstream companies and traders"),
            C("epp", "second-delay", "support", "her group would push for a full year's delay for every company"),
        ],
    ),
    # 026
    dict(
        published="2025-10-23T18:00:00Z",
        outlet="eastgate-observer",
        slug="socialists-open-door-narrow-delay-merz-full-year",
        title="Socialists open door to narrow deforestation delay as Merz demands full year",
        text="""BRUSSELS, Oct 23 (Eastgate Observer) - The Socialists and Democrats signalled on Thursday that they could back the Commission's narrower plan for the deforestation law, softening their outright rejection of a second delay.

Delara Burkhardt, the group's lead negotiator, said the S&D was ready to accept more time for small businesses as long as large companies started applying the rules in December. She said the EPP was demanding a blanket delay for everyone.

Arriving for a summit of EU leaders in Brussels, Chancellor Friedrich Merz said the Commission's plan did not go far enough and that all companies needed another year. Germany would argue for a full postponement among member states, he said.

The Greens said they remained opposed to any postponement, narrow or broad, and accused the Commission of giving in to lobbyists.

Leaders were also due to discuss the bloc's 2040 climate target at the two-day summit.""",
        claims=[
            C("sd", "second-delay", "conditional", "was ready to accept more time for small businesses as long as large companies"),
            C("epp", "second-delay", "support", "the EPP was demanding a blanket delay for everyone", False),
            C("germany", "second-delay", "support", "Germany would argue for a full postponement among member states, he said"),
            C("greens", "second-delay", "oppose", "they remained opposed to any postponement, narrow or broad"),
        ],
    ),
    # 027
    dict(
        published="2025-11-13T13:00:00Z",
        outlet="riverside-courier",
        slug="parliament-fast-tracks-deforestation-changes",
        title="Parliament fast-tracks deforestation changes as groups haggle over delay",
        text="""STRASBOURG, Nov 13 (Riverside Courier) - The European Parliament voted on Thursday to handle the changes to the deforestation law under its urgent procedure, allowing a position to be adopted later this month without a committee report.

The vote settles the timetable but not the substance. The European People's Party is insisting on a one-year postponement for all companies, a demand its negotiator Christine Schneider repeated in the chamber.

The Socialists and Democrats are still prepared to support extra time for small firms provided that large companies are not let off, S&D negotiator Delara Burkhardt said.

Jessika Roswall told lawmakers the Commission still preferred its own targeted plan and would not back a blanket delay unless the IT system again proved unable to cope.

Talks between the EPP, the Socialists and the liberal Renew group on a common text are continuing, aides said. Member states are expected to agree their own position next week.""",
        claims=[
            C("epp", "second-delay", "support", "The European People's Party is insisting on a one-year postponement for all companies"),
            C("sd", "second-delay", "conditional", "still prepared to support extra time for small firms provided that large companies"),
            C("eu-commission", "second-delay", "conditional", "would not back a blanket delay unless the IT system again proved unable"),
        ],
    ),
    # 028
    dict(
        published="2025-11-19T20:00:00Z",
        outlet="lantern-wire",
        slug="eu-governments-back-full-year-delay-cop30",
        title="EU governments back full-year deforestation delay as ministers meet at COP30",
        text="""BELEM, Nov 19 (Lantern Wire) - EU governments agreed in Brussels on Wednesday to postpone the deforestation law by another full year for all companies, going further than the narrower approach put forward in October, while their environment ministers were in the Brazilian city of Belem for the COP30 climate talks.

German Environment Minister Carsten Schneider, attending the talks, said Berlin supported the extra year but would not allow the law to be gutted. The regulation was an important instrument for protecting forests and would stay, he said.

The governments' position also provides for a review by April next year that could lead to further simplification.

Fern, a forest campaign group, said the decision opened the door to the law being eviscerated over the coming year.

Brazil, which is hosting the conference, has made forest protection a centrepiece of its presidency. Its negotiators declined to comment on the EU decision.""",
        claims=[
            C("germany", "second-delay", "support", "said Berlin supported the extra year but would not allow the law to be gutted"),
            C("germany", "repeal-eudr", "oppose", "The regulation was an important instrument for protecting forests and would stay, he said"),
        ],
    ),
    # 029
    dict(
        published="2025-11-21T15:00:00Z",
        outlet="continental-post",
        slug="centrist-talks-deforestation-law-collapse",
        title="Centrist talks on deforestation law collapse; EPP turns to the right",
        text="""BRUSSELS, Nov 21 (Continental Post) - Talks between the European People's Party, the Socialists and Democrats and the liberal Renew group on a common position on the deforestation law collapsed on Friday morning, clearing the way for the EPP to seek votes on the far right.

The EPP then tabled amendments that mirror the position adopted by EU governments this week: a full one-year delay for all companies and a review in 2026 that could bring further simplification.

The S&D, which had been ready to accept extra time for small firms only, said it could not support the governments' approach. The group called the member states' mandate "fundamentally flawed and unacceptable", and its negotiator Delara Burkhardt said her group would vote against a blanket delay.

A Renew negotiator said the centre had failed to agree. The Greens said the EPP was once again choosing the far right over the pro-European majority.

The plenary vote is scheduled for Wednesday.""",
        claims=[
            C("sd", "second-delay", "oppose", "her group would vote against a blanket delay"),
            C("epp", "second-delay", "support", "The EPP then tabled amendments that mirror the position adopted by EU governments"),
            C("epp", "simplify-eudr", "support", "a review in 2026 that could bring further simplification"),
        ],
    ),
    # 030
    dict(
        published="2025-11-26T14:00:00Z",
        outlet="eastgate-observer",
        slug="eu-parliament-votes-delay-deforestation-law-second-time",
        title="EU Parliament votes to delay deforestation law for second time",
        text="""STRASBOURG, Nov 26 (Eastgate Observer) - The European Parliament voted on Wednesday to postpone the EU's deforestation law by another year, with the centre-right European People's Party again relying on votes from the right and far right.

The position passed by 402 votes to 250, with eight abstentions. Under it, large operators would apply the rules from Dec. 30, 2026 and micro and small companies from June 2027, and the Commission would assess by April whether further simplification is needed.

Christine Schneider of the EPP said a one-year postponement for all companies was essential so that authorities and operators could apply the rules properly.

The Socialists and Democrats and the Greens voted against. Swedish Green lawmaker Par Holmgren called the outcome a "complete scandal".

Germany, which wants the extra year for every company, is expected to welcome the result when governments and Parliament meet to finalise the text in early December. Because the two positions are almost identical, a quick deal is likely.""",
        claims=[
            C("epp", "second-delay", "support", "a one-year postponement for all companies was essential"),
            C("sd", "second-delay", "oppose", "The Socialists and Democrats and the Greens voted against"),
            C("greens", "second-delay", "oppose", "The Socialists and Democrats and the Greens voted against"),
            C("germany", "second-delay", "support", "Germany, which wants the extra year for every company", False),
        ],
    ),
    # 031
    dict(
        published="2025-11-27T09:00:00Z",
        outlet="tidewater-report",
        slug="negotiators-set-date-second-deforestation-delay",
        title="Negotiators set Dec. 4 date to seal second deforestation delay",
        text="""BRUSSELS, Nov 27 (Tidewater Report) - Negotiators from the European Parliament and EU governments will meet on Dec. 4 to try to finalise the second postponement of the deforestation law, officials said on Thursday.

The Danish presidency of the Council, which leads for member states until the end of the year, said it expected a short meeting because the two sides' positions were almost the same. Any agreement would need to be formally approved by both institutions and published before Dec. 30 to stop the current deadline from taking effect.

Officials said lawyers were checking the text in all EU languages in parallel to save time. A Parliament spokesperson declined to say whether a final plenary vote could be held in mid-December.

Companies that have already registered in the EU information system will not need to do so again, according to guidance published earlier this year.

Analysts said the bigger fight would come in April, when the Commission reports on whether the law should be simplified further.""",
        claims=[],
    ),
    # 032
    dict(
        published="2025-11-28T10:30:00Z",
        outlet="riverside-courier",
        slug="malaysia-welcomes-eu-delay-simplification-smallholders",
        title="Malaysia welcomes EU delay, wants simplification to reach smallholders",
        text="""KUALA LUMPUR, Nov 28 (Riverside Courier) - Malaysia welcomed on Friday the European Parliament's vote for a further one-year delay of the EU's deforestation law, and said it would continue to support the extra time in its talks with Brussels.

Plantation and Commodities Minister Johari Abdul Ghani said Malaysia would welcome a simpler law, but only if the changes also reached smallholders, who grow about a quarter of the country's palm oil. Cutting paperwork for European traders alone would not help, he said.

In Brasilia, the foreign ministry said Brazil backed the additional year and hoped the EU would use it to work with producing countries rather than impose rules on them.

Indonesia's trade ministry said it was studying the vote.

The Parliament and member states are expected to finalise the delay next month. Malaysia remains classified as a standard-risk country under the EU's ranking, a rating the government has asked Brussels to review.""",
        claims=[
            C("malaysia", "second-delay", "support", "said it would continue to support the extra time in its talks with Brussels"),
            C("malaysia", "simplify-eudr", "conditional", "Malaysia would welcome a simpler law, but only if the changes also reached smallholders"),
            C("brazil", "second-delay", "support", "the foreign ministry said Brazil backed the additional year"),
        ],
    ),
]

# Labelled shifts (validated against a recomputation from the baseline).
SHIFTS = [
    dict(actor="eu-commission", issue="first-delay", frm="oppose", to="support", article="004",
         why="The Commission formally proposes an extra 12 months; in 001 its spokesperson said it was sticking to the agreed timetable (baseline oppose)."),
    dict(actor="epp", issue="abandon-no-risk-category", frm="oppose", to="conditional", article="012",
         why="In the trilogue deal the EPP agrees to drop the 'no-risk' category in exchange for a Commission commitment on a review; in 008-011 it tabled, voted for and refused to give up the category."),
    dict(actor="epp", issue="abandon-no-risk-category", frm="conditional", to="oppose", article="018",
         why="Schneider says the group will not settle for a review without a no-risk tier and renews the demand; in 012 and 014 the EPP had set it aside in exchange for the review pledge."),
    dict(actor="eu-commission", issue="second-delay", frm="oppose", to="support", article="022",
         why="Roswall announces that the Commission will propose a further 12-month delay because of the IT system; in 015 and 016 she and the Commission said the December date stood."),
    dict(actor="eu-commission", issue="second-delay", frm="support", to="conditional", article="025",
         why="The formal proposal backs away from a blanket delay: extra time only for micro and small operators, large firms on schedule with a grace period; in 022 Roswall announced a full one-year delay."),
    dict(actor="sd", issue="second-delay", frm="oppose", to="conditional", article="026",
         why="Burkhardt says the S&D is ready to accept more time for small firms as long as large companies start in December; in 023 the group rejected another delay."),
    dict(actor="sd", issue="second-delay", frm="conditional", to="oppose", article="029",
         why="After centrist talks collapse the S&D calls the governments' mandate 'fundamentally flawed and unacceptable' and will vote against a blanket delay; in 026 and 027 it was ready to accept a narrow delay."),
]

DUPLICATES = [("004", "005"), ("009", "010")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


# ---------------------------------------------------------------- watchlist
def parse_watchlist(path):
    """Minimal stdlib parser for the watchlist format used here."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(tuple(x.strip() for x in m.groups()))
                continue
            m = re.match(r"^\s+(name|aliases|description|terms):", line)
            if m:
                if section == "issues" and m.group(1) == "aliases":
                    raise SystemExit("issues must not have aliases")
                if section == "actors" and m.group(1) in ("description", "terms"):
                    raise SystemExit("actors must not have description/terms")
                continue
            raise SystemExit("unparsed watchlist line: %r" % line)
    return actors, issues, baseline


# ---------------------------------------------------------------- build
def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def main():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ("support", "oppose", "conditional"):
            errors.append("bad baseline entry %s" % ((a, i, s),))

    # ids in publication order
    arts = []
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        aid = "%03d" % n
        ts = parse_ts(a["published"])
        if prev is not None and ts <= prev:
            errors.append("%s: not in publication order" % aid)
        prev = ts
        name = OUTLETS[a["outlet"]]
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], ts.year, ts.month, ts.day, a["slug"])
        arts.append(dict(id=aid, published=a["published"], source=name, url=url, title=a["title"],
                         text=a["text"], outlet=a["outlet"], ts=ts, claims=a["claims"]))

    urls = [a["url"] for a in arts]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")

    for a in arts:
        text = a["text"]
        # dateline
        dl = re.match(r"^([A-Z][A-Z .'-]*), ([A-Za-z]+) (\d{1,2}) \((.+?)\) - ", text)
        if not dl:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if dl.group(4) != a["source"]:
                errors.append("%s: dateline outlet %r != %r" % (a["id"], dl.group(4), a["source"]))
            if dl.group(2) != MONTHS[a["ts"].month] or int(dl.group(3)) != a["ts"].day:
                errors.append("%s: dateline date %s %s does not match %s" % (a["id"], dl.group(2), dl.group(3), a["published"]))
        wc = len(text.split())
        a["words"] = wc
        if not 120 <= wc <= 260:
            errors.append("%s: %d words" % (a["id"], wc))
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if c["quote"] not in text:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %s" % (a["id"], key))
            seen.add(key)

    # duplicates carry identical claims and come from another outlet, same day, later
    byid = {a["id"]: a for a in arts}
    for o, d in DUPLICATES:
        A, B = byid[o], byid[d]
        ca = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in A["claims"])
        cb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in B["claims"])
        if ca != cb:
            errors.append("duplicate %s/%s: claims differ" % (o, d))
        if A["outlet"] == B["outlet"] or A["ts"].date() != B["ts"].date() or not A["ts"] < B["ts"]:
            errors.append("duplicate %s/%s: outlet/date/order wrong" % (o, d))

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for a in arts:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]

    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        return 1

    # ------------------------------------------------------------ write
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    labels = {
        "claims": {a["id"]: [dict(c) for c in a["claims"]] for a in arts},
        "shifts": [dict(actor=s["actor"], issue=s["issue"], **{"from": s["frm"]}, to=s["to"],
                        article=s["article"], why=s["why"]) for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["ts"], reverse=True)
        if not items:
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["ts"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(a["ts"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        p = os.path.join(HERE, "feeds", slug + ".xml")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        feed_paths.append(p)

    for p in feed_paths:
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            print("xmllint failed on %s:\n%s" % (p, r.stderr))
            return 1

    # ------------------------------------------------------------ summary
    claims = [c for a in arts for c in a["claims"]]
    by_stance = {s: sum(1 for c in claims if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    print("OK: %d articles, %d claims %s, %d attributed false, %d shifts in %d articles, %d no-alert articles, %d feeds"
          % (len(arts), len(claims), by_stance, sum(1 for c in claims if not c["attributed"]),
             len(SHIFTS), len(shift_articles), len(no_alert), len(feed_paths)))
    print("no-claim articles:", [a["id"] for a in arts if not a["claims"]])
    print("words min/max:", min(a["words"] for a in arts), max(a["words"] for a in arts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
