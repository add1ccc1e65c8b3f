#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set swiss-eu-framework-2021.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then validates
the set (quotes, ids, watchlist references, word counts, datelines, shifts, no_alert_articles,
xmllint on every feed). Exits non-zero on the first failed check.
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

OUTLETS = {
    "alpenwire": ("Alpenwire", "Alpenwire: fictional outlet for the shiftwatch swiss-eu-framework-2021 evaluation set"),
    "lakefront-gazette": ("Lakefront Gazette", "Lakefront Gazette: fictional outlet for the shiftwatch swiss-eu-framework-2021 evaluation set"),
    "continental-desk": ("Continental Desk", "Continental Desk: fictional outlet for the shiftwatch swiss-eu-framework-2021 evaluation set"),
    "cantonal-herald": ("Cantonal Herald", "Cantonal Herald: fictional outlet for the shiftwatch swiss-eu-framework-2021 evaluation set"),
    "rhine-valley-times": ("Rhine Valley Times", "Rhine Valley Times: fictional outlet for the shiftwatch swiss-eu-framework-2021 evaluation set"),
}

# Each article: id, published (UTC), outlet id, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    {
        "id": "001", "published": "2018-11-23T12:30:00Z", "outlet": "continental-desk",
        "slug": "eu-says-swiss-framework-talks-finished",
        "title": "EU says Swiss framework talks are finished, ball in Bern's court",
        "text": (
            "BRUSSELS, Nov 23 (Continental Desk) - The European Commission considers its negotiations with "
            "Switzerland on an institutional framework agreement to be over and sees no reason to return to the "
            "table, a spokesperson said on Friday.\n\n"
            "After more than four years of talks, negotiators have settled a text that would govern how Switzerland "
            "takes over changes to EU single-market law and how disputes between the two sides are resolved. The "
            "Commission wants the Swiss government to sign it, the spokesperson said, adding that the compromise on "
            "posted workers already went as far as the EU could go.\n\n"
            "Johannes Hahn, the commissioner in charge of relations with Switzerland, has told member states that the "
            "text is the best deal available and that it is now up to the Swiss side to make up its mind.\n\n"
            "In Switzerland, the Swiss Federation of Trade Unions repeated its rejection of the agreement, saying the "
            "text would weaken the country's wage-protection rules, which it calls non-negotiable.\n\n"
            "The Federal Council has not yet said whether it will endorse the text. It is due to discuss the "
            "agreement at its meetings in early December."
        ),
        "claims": [
            ("eu-commission", "further-talks", "oppose", "sees no reason to return to the table", True),
            ("eu-commission", "sign-framework-agreement", "support", "Commission wants the Swiss government to sign it", True),
            ("eu-commission", "wage-protection-carveout", "oppose", "the compromise on posted workers already went as far as the EU could go", True),
            ("swiss-unions", "sign-framework-agreement", "oppose", "repeated its rejection of the agreement", True),
            ("swiss-unions", "wage-protection-carveout", "support", "wage-protection rules, which it calls non-negotiable", True),
        ],
    },
    {
        "id": "002", "published": "2018-12-07T15:00:00Z", "outlet": "alpenwire",
        "slug": "swiss-government-holds-off-on-eu-treaty",
        "title": "Swiss government holds off on EU treaty, opens consultation",
        "text": (
            "BERN, Dec 7 (Alpenwire) - The Swiss Federal Council declined on Friday to endorse the draft framework "
            "agreement with the European Union and instead put the text out to a consultation of parties, cantons, "
            "unions and business groups.\n\n"
            "Foreign Minister Ignazio Cassis told reporters that the government considered the draft largely in "
            "Switzerland's interest, but that it could not approve it as long as questions on wage protection "
            "remained open. The cabinet would decide on signing only after hearing from domestic stakeholders, he "
            "said.\n\n"
            "The government said the measures that protect Swiss wages against undercutting by foreign firms must be "
            "preserved. It also said that, in its reading, the draft did not oblige Switzerland to take over the EU's "
            "Citizens' Rights Directive, which would widen access to Swiss welfare for EU nationals, and that it "
            "would not accept such an obligation.\n\n"
            "The Swiss People's Party, the largest party in parliament, said the consultation was a waste of time and "
            "that the treaty should be rejected outright.\n\n"
            "The draft text was published on the government's website on Friday afternoon."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "conditional", "could not approve it as long as questions on wage protection remained open", True),
            ("federal-council", "wage-protection-carveout", "support", "the measures that protect Swiss wages against undercutting by foreign firms must be preserved", True),
            ("federal-council", "citizens-rights-directive", "oppose", "would not accept such an obligation", True),
            ("svp", "sign-framework-agreement", "oppose", "the treaty should be rejected outright", True),
        ],
    },
    {
        "id": "003", "published": "2018-12-07T16:40:00Z", "outlet": "lakefront-gazette",
        "slug": "bern-stops-short-of-endorsing-eu-framework-deal",
        "title": "Bern stops short of endorsing EU framework deal",
        "text": (
            "BERN, Dec 7 (Lakefront Gazette) - Switzerland's Federal Council on Friday stopped short of endorsing the "
            "draft framework agreement with the European Union and launched a consultation of parties, cantons, "
            "unions and business groups instead.\n\n"
            "Foreign Minister Ignazio Cassis said the government saw the draft as largely in Switzerland's interest, "
            "but that it could not approve it as long as questions on wage protection remained open. A decision on "
            "signing would follow the consultation, he said.\n\n"
            "According to a government statement, the measures that protect Swiss wages against undercutting by "
            "foreign firms must be preserved. The statement said that, in the government's reading, the draft did not "
            "oblige Switzerland to adopt the EU's Citizens' Rights Directive, and that it would not accept such an "
            "obligation.\n\n"
            "The Swiss People's Party called the consultation a waste of time and said the treaty should be rejected "
            "outright.\n\n"
            "The government published the draft on its website on Friday afternoon, more than four years after talks "
            "on the text began."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "conditional", "could not approve it as long as questions on wage protection remained open", True),
            ("federal-council", "wage-protection-carveout", "support", "the measures that protect Swiss wages against undercutting by foreign firms must be preserved", True),
            ("federal-council", "citizens-rights-directive", "oppose", "would not accept such an obligation", True),
            ("svp", "sign-framework-agreement", "oppose", "the treaty should be rejected outright", True),
        ],
    },
    {
        "id": "004", "published": "2018-12-17T18:00:00Z", "outlet": "continental-desk",
        "slug": "eu-extends-swiss-bourse-recognition-six-months",
        "title": "EU extends Swiss bourse recognition by six months only",
        "text": (
            "BRUSSELS, Dec 17 (Continental Desk) - The European Commission on Monday extended its recognition of "
            "Swiss stock exchanges as equivalent to EU trading venues, but only until the end of June 2019, tying any "
            "further extension to progress on the framework agreement.\n\n"
            "A Commission spokesperson said recognition would be prolonged beyond June only if the Swiss government "
            "moved towards signing the treaty. Without that, equivalence would lapse, the spokesperson said.\n\n"
            "Finance Minister Ueli Maurer said the time limit was discriminatory and that Switzerland expected "
            "recognition without an expiry date. The government said it had a measure ready to protect the Swiss "
            "exchange should equivalence end.\n\n"
            "Economiesuisse, the main business federation, said linking market recognition to an unrelated political "
            "negotiation was unacceptable and called for the recognition to be made permanent.\n\n"
            "Recognition allows banks and investors based in the EU to trade Swiss shares on the SIX Swiss Exchange in "
            "Zurich. It was first granted, for one year only, in December 2017."
        ),
        "claims": [
            ("eu-commission", "eu-withdraws-equivalence", "conditional", "recognition would be prolonged beyond June only if the Swiss government moved towards signing", True),
            ("federal-council", "eu-withdraws-equivalence", "oppose", "Switzerland expected recognition without an expiry date", True),
            ("economiesuisse", "eu-withdraws-equivalence", "oppose", "called for the recognition to be made permanent", True),
        ],
    },
    {
        "id": "005", "published": "2019-01-15T14:20:00Z", "outlet": "cantonal-herald",
        "slug": "new-union-chief-vows-referendum-fight",
        "title": "New union chief vows referendum fight against EU treaty",
        "text": (
            "BERN, Jan 15 (Cantonal Herald) - Pierre-Yves Maillard, the new president of the Swiss Federation of "
            "Trade Unions, said on Tuesday that the unions would call a referendum against the framework agreement "
            "with the European Union if the government signed it in its current form.\n\n"
            "Maillard, a former health minister of the canton of Vaud, told a news conference in Bern that the draft "
            "would give the EU's court a say over Swiss wage protection. He said the unions would not accept any deal "
            "that failed to keep the flanking measures out of the treaty's reach.\n\n"
            "Travail.Suisse, the second-largest labour federation, backed the call.\n\n"
            "The stance puts the unions at odds with economiesuisse, the business federation, which wants the "
            "agreement signed quickly to secure Swiss companies' access to the EU single market.\n\n"
            "It also leaves the Social Democrats, traditionally in favour of closer ties with Brussels, divided "
            "between their union wing and their pro-European members, several of whom have said the treaty deserves "
            "a fair hearing."
        ),
        "claims": [
            ("swiss-unions", "sign-framework-agreement", "oppose", "would call a referendum against the framework agreement with the European Union", True),
            ("swiss-unions", "wage-protection-carveout", "support", "would not accept any deal that failed to keep the flanking measures", True),
            ("economiesuisse", "sign-framework-agreement", "support", "which wants the agreement signed quickly", False),
        ],
    },
    {
        "id": "006", "published": "2019-02-19T16:45:00Z", "outlet": "rhine-valley-times",
        "slug": "eu-governments-press-switzerland-to-seal-treaty",
        "title": "EU governments press Switzerland to seal framework treaty",
        "text": (
            "BRUSSELS, Feb 19 (Rhine Valley Times) - EU member states on Tuesday urged Switzerland to conclude the "
            "institutional framework agreement, saying in formal conclusions that the negotiated text was the basis "
            "for any deepening of Swiss access to the single market.\n\n"
            "Ministers meeting in the Council of the EU said they expected Bern to sign without reopening the "
            "negotiated text, and warned that no new market-access agreements would be concluded without the "
            "framework in place.\n\n"
            "The conclusions, adopted without debate, took note of the consultation under way in Switzerland but did "
            "not set a deadline for its outcome.\n\n"
            "Austria's minister for European affairs told reporters on the margins that his country, one of "
            "Switzerland's closest partners, hoped for a quick decision. A senior Swiss diplomat who attended a lunch "
            "with EU counterparts declined to say when the Federal Council would make up its mind.\n\n"
            "The European Parliament, which has no formal role in the treaty, was not consulted on the text of the "
            "conclusions."
        ),
        "claims": [
            ("eu-member-states", "sign-framework-agreement", "support", "urged Switzerland to conclude the institutional framework agreement", True),
            ("eu-member-states", "further-talks", "oppose", "expected Bern to sign without reopening the negotiated text", True),
        ],
    },
    {
        "id": "007", "published": "2019-04-12T15:30:00Z", "outlet": "lakefront-gazette",
        "slug": "swiss-consultation-on-eu-treaty-closes",
        "title": "Swiss consultation on EU treaty closes; decision seen months away",
        "text": (
            "BERN, April 12 (Lakefront Gazette) - The Swiss government's consultation on the draft framework "
            "agreement with the European Union closed on Friday, and officials in Bern began sorting through "
            "submissions from cantons, parties and interest groups.\n\n"
            "A spokesman for the Federal Department of Foreign Affairs said dozens of written opinions had arrived, "
            "and declined to say when the cabinet would take a position. The ministry will prepare a summary over "
            "the coming weeks.\n\n"
            "Political analysts said the government was likely to seek further talks with Brussels rather than accept "
            "or reject the text outright, but cautioned that the timetable could slip because of the October federal "
            "election.\n\n"
            "Several cantonal governments asked to be heard again before any decision, according to the conference of "
            "cantonal governments, whose delegates met at the Federal Palace in Bern on Thursday.\n\n"
            "The consultation was launched in December, after the Federal Council held off on endorsing the text "
            "agreed by Swiss and EU negotiators."
        ),
        "claims": [],
    },
    {
        "id": "008", "published": "2019-04-16T13:10:00Z", "outlet": "alpenwire",
        "slug": "business-backs-eu-treaty-svp-unions-dig-in",
        "title": "Business backs EU treaty as SVP and unions dig in",
        "text": (
            "ZURICH, April 16 (Alpenwire) - Switzerland's business federation economiesuisse has urged the "
            "government to sign the framework agreement with the European Union, arguing that exporters cannot "
            "afford a slow erosion of their access to the single market.\n\n"
            "In its written response to the government's consultation, published on Tuesday, the federation said the "
            "draft secured the bilateral path and that the remaining questions did not justify delaying signature. "
            "Director Monika Ruehl told reporters in Zurich that the agreement was clearly in Switzerland's "
            "interest.\n\n"
            "The Swiss People's Party, in its own submission, described the agreement as a colonial treaty and "
            "demanded that the government break off the process. Party president Albert Roesti said the SVP would "
            "fight it at the ballot box.\n\n"
            "The trade unions said in their submission that they still rejected the draft, and repeated that wage "
            "protection was not up for negotiation.\n\n"
            "The submissions will feed into a cabinet decision expected before the summer."
        ),
        "claims": [
            ("economiesuisse", "sign-framework-agreement", "support", "urged the government to sign the framework agreement", True),
            ("svp", "sign-framework-agreement", "oppose", "demanded that the government break off the process", True),
            ("swiss-unions", "sign-framework-agreement", "oppose", "they still rejected the draft", True),
            ("swiss-unions", "wage-protection-carveout", "support", "wage protection was not up for negotiation", True),
        ],
    },
    {
        "id": "009", "published": "2019-06-07T14:00:00Z", "outlet": "cantonal-herald",
        "slug": "swiss-cabinet-yes-to-eu-treaty-on-three-conditions",
        "title": "Swiss cabinet says yes to EU treaty - on three conditions",
        "text": (
            "BERN, June 7 (Cantonal Herald) - The Swiss Federal Council said on Friday that its overall assessment of "
            "the framework agreement with the European Union was positive, but that it would sign only once Brussels "
            "clarified three points: wage protection, state aid and the Citizens' Rights Directive.\n\n"
            "In a letter to Commission President Jean-Claude Juncker, the government asked for further talks to settle "
            "the three issues. President Ueli Maurer told reporters that the level of wage protection Switzerland now "
            "had must be maintained, and that the country would not take over the citizens' rights rules.\n\n"
            "Maurer said the answer from Bern was a yes with reservations, and that the government would be ready to "
            "sign if the clarifications were satisfactory. He gave no deadline.\n\n"
            "The EU's recognition of Swiss stock exchanges expires at the end of June. Diplomats in Brussels have said "
            "the Commission is unlikely to extend it unless the agreement is signed, although some expect a further "
            "short reprieve.\n\n"
            "The consultation showed broad support among the cantons for the agreement, the government said."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "conditional", "it would sign only once Brussels clarified three points", True),
            ("federal-council", "further-talks", "support", "the government asked for further talks to settle the three issues", True),
            ("federal-council", "wage-protection-carveout", "support", "the level of wage protection Switzerland now had must be maintained", True),
            ("federal-council", "citizens-rights-directive", "oppose", "the country would not take over the citizens' rights rules", True),
        ],
    },
    {
        "id": "010", "published": "2019-06-12T17:30:00Z", "outlet": "rhine-valley-times",
        "slug": "brussels-agrees-to-reopen-swiss-treaty-talks",
        "title": "Brussels agrees to reopen Swiss treaty talks",
        "text": (
            "BRUSSELS, June 12 (Rhine Valley Times) - The European Commission said on Wednesday it was ready to "
            "clarify the three points raised by the Swiss government in the framework agreement, easing its refusal "
            "to discuss the text any further after negotiators closed it last year.\n\n"
            "In a reply to the Federal Council, Commission President Jean-Claude Juncker said Brussels was prepared to "
            "hold talks on the clarifications Switzerland had asked for, provided they did not amount to a "
            "renegotiation of the agreement. He asked Bern to conclude the process quickly.\n\n"
            "A Commission spokesman said the EU still expected Switzerland to sign the text as negotiated. He declined "
            "to say whether stock-exchange recognition would be extended beyond June 30.\n\n"
            "EU officials noted that the clarifications could take the form of a joint declaration rather than "
            "changes to the treaty itself.\n\n"
            "In Bern, Foreign Minister Ignazio Cassis said Bern wanted the talks to start as soon as possible."
        ),
        "claims": [
            ("eu-commission", "further-talks", "conditional", "Brussels was prepared to hold talks on the clarifications Switzerland had asked for", True),
            ("eu-commission", "sign-framework-agreement", "support", "the EU still expected Switzerland to sign the text as negotiated", True),
            ("federal-council", "further-talks", "support", "Bern wanted the talks to start as soon as possible", True),
        ],
    },
    {
        "id": "011", "published": "2019-06-27T16:00:00Z", "outlet": "alpenwire",
        "slug": "eu-lets-swiss-bourse-recognition-lapse",
        "title": "EU to let Swiss bourse recognition lapse; Bern activates shield",
        "text": (
            "BERN, June 27 (Alpenwire) - The European Commission will let its recognition of Swiss stock exchanges "
            "expire at the end of the month, Commissioner Johannes Hahn said on Thursday, citing insufficient "
            "progress on the framework agreement.\n\n"
            "Hahn told reporters in Brussels that the conditions for an extension had not been met and that the "
            "Commission would not prolong equivalence. From Monday, investment firms in the EU will no longer be able "
            "to trade Swiss shares on Swiss venues.\n\n"
            "Hours later, Finance Minister Ueli Maurer said in Bern that the government would activate a "
            "countermeasure prepared last year, barring EU trading venues from offering trading in certain Swiss "
            "shares, so as to keep liquidity in Zurich. Maurer said the government regretted the decision and "
            "considered the non-renewal unjustified.\n\n"
            "Economiesuisse said the decision harmed both sides and called on Brussels to restore recognition.\n\n"
            "Analysts at Zurich banks said the countermeasure would probably limit the damage in the short term."
        ),
        "claims": [
            ("eu-commission", "eu-withdraws-equivalence", "support", "the Commission would not prolong equivalence", True),
            ("federal-council", "eu-withdraws-equivalence", "oppose", "considered the non-renewal unjustified", True),
            ("economiesuisse", "eu-withdraws-equivalence", "oppose", "called on Brussels to restore recognition", True),
        ],
    },
    {
        "id": "012", "published": "2019-07-01T15:15:00Z", "outlet": "lakefront-gazette",
        "slug": "swiss-shares-stay-home-as-eu-recognition-ends",
        "title": "Swiss shares stay home as EU recognition ends",
        "text": (
            "ZURICH, July 1 (Lakefront Gazette) - Trading in Swiss blue chips moved almost entirely to the SIX Swiss "
            "Exchange on Monday, the first day after the European Union's recognition of Swiss exchanges expired and "
            "a Swiss protective measure took effect.\n\n"
            "The government said in a statement that the measure would stay in force for as long as the EU withheld "
            "equivalence, and repeated that Switzerland regarded the lapse as discrimination.\n\n"
            "Volumes in Zurich rose sharply, while EU venues, including platforms in London, saw little activity in "
            "the affected stocks, traders said.\n\n"
            "A Commission spokesperson in Brussels declined to say whether recognition could be restored before the "
            "framework agreement was signed, saying only that the EU's position was well known.\n\n"
            "The Swiss Bankers Association said the first day had gone smoothly and that clients had adjusted without "
            "difficulty. Exchange operator SIX said its systems had handled the extra orders without disruption."
        ),
        "claims": [
            ("federal-council", "eu-withdraws-equivalence", "oppose", "Switzerland regarded the lapse as discrimination", True),
        ],
    },
    {
        "id": "013", "published": "2019-10-21T09:30:00Z", "outlet": "continental-desk",
        "slug": "green-surge-leaves-eu-treaty-in-limbo",
        "title": "Green surge in Swiss vote leaves EU treaty in limbo",
        "text": (
            "BERN, Oct 21 (Continental Desk) - Green parties made record gains in Sunday's Swiss federal election, a "
            "result that analysts said could reshape the debate over the country's stalled framework agreement with "
            "the European Union.\n\n"
            "The Greens and the Green Liberals together gained more than two dozen seats in the National Council, "
            "while the Swiss People's Party remained the largest force despite losing a dozen seats.\n\n"
            "Political scientists said the new parliament might be more open to a deal with Brussels, but cautioned "
            "that the treaty had barely featured in a campaign dominated by climate change.\n\n"
            "A foreign ministry spokesman declined to say whether the result would change the government's timetable. "
            "The cabinet is not expected to take up the agreement again before next year's popular vote on an "
            "initiative to end the free movement of people with the EU.\n\n"
            "In Brussels, officials said they were following the results closely."
        ),
        "claims": [],
    },
    {
        "id": "014", "published": "2019-12-03T17:40:00Z", "outlet": "cantonal-herald",
        "slug": "swiss-parliament-approves-cohesion-billion-with-catch",
        "title": "Swiss parliament approves EU cohesion billion, with a catch",
        "text": (
            "BERN, Dec 3 (Cantonal Herald) - The Swiss parliament on Tuesday approved a second contribution of 1.3 "
            "billion Swiss francs to reduce economic disparities in the European Union, but attached a condition: the "
            "money may not be committed as long as the EU discriminates against Switzerland.\n\n"
            "Members of the National Council said the expiry of the EU's stock-exchange recognition in July was the "
            "kind of measure they had in mind. The Council of States had backed the same condition earlier.\n\n"
            "The Swiss People's Party, which wanted the payment scrapped altogether, was outvoted. SVP parliamentary "
            "leader Thomas Aeschi said the payment was money Switzerland did not owe and should never be sent.\n\n"
            "The European Commission said it expected the contribution to be paid without strings. A spokesman said "
            "the contribution and market access were separate matters.\n\n"
            "The contribution covers a ten-year period and is meant chiefly for projects in the newer member states "
            "in central and eastern Europe."
        ),
        "claims": [
            ("swiss-parliament", "cohesion-contribution", "conditional", "the money may not be committed as long as the EU discriminates against Switzerland", True),
            ("svp", "cohesion-contribution", "oppose", "the payment was money Switzerland did not owe and should never be sent", True),
            ("eu-commission", "cohesion-contribution", "support", "expected the contribution to be paid without strings", True),
        ],
    },
    {
        "id": "015", "published": "2020-01-21T18:20:00Z", "outlet": "rhine-valley-times",
        "slug": "sommaruga-von-der-leyen-park-eu-treaty",
        "title": "Sommaruga and von der Leyen agree to park EU treaty until after Swiss vote",
        "text": (
            "DAVOS, Jan 21 (Rhine Valley Times) - Swiss President Simonetta Sommaruga and European Commission "
            "President Ursula von der Leyen agreed on Tuesday to hold off on the framework agreement until Swiss "
            "voters decide in May on an initiative to end free movement with the EU.\n\n"
            "Meeting on the sidelines of the World Economic Forum, the two leaders said they wanted to use the "
            "intervening months to prepare the ground. Von der Leyen said afterwards that the Commission remained "
            "committed to the agreement and wanted it concluded as soon as the Swiss vote was out of the way.\n\n"
            "Sommaruga said the government still needed satisfactory answers on wage protection, state aid and "
            "citizens' rights before it could sign. She described the meeting as friendly and constructive.\n\n"
            "The Swiss People's Party, which launched the free-movement initiative, did not comment on the "
            "meeting.\n\n"
            "The forum's annual meeting runs until Friday in the Alpine resort, with several other Swiss ministers "
            "holding talks there with foreign counterparts."
        ),
        "claims": [
            ("eu-commission", "sign-framework-agreement", "support", "the Commission remained committed to the agreement and wanted it concluded", True),
            ("federal-council", "sign-framework-agreement", "conditional", "needed satisfactory answers on wage protection, state aid and citizens' rights before it could sign", True),
        ],
    },
    {
        "id": "016", "published": "2020-09-27T17:50:00Z", "outlet": "alpenwire",
        "slug": "swiss-voters-reject-end-to-free-movement",
        "title": "Swiss voters reject end to EU free movement; treaty back on agenda",
        "text": (
            "BERN, Sept 27 (Alpenwire) - Swiss voters on Sunday clearly rejected a proposal by the Swiss People's "
            "Party to end the free movement of people with the European Union, with about 62 percent voting against, "
            "according to official results.\n\n"
            "SVP president Marco Chiesa conceded defeat but said the party would now turn its full force against the "
            "framework agreement, which he called a surrender of Swiss sovereignty.\n\n"
            "Justice Minister Karin Keller-Sutter said the result strengthened the bilateral path. The government "
            "would now seek the clarifications it needed on the framework agreement and would only sign once they had "
            "been obtained, she told reporters.\n\n"
            "In Brussels, Commission President Ursula von der Leyen welcomed the outcome and said she looked forward "
            "to finalising and signing the agreement quickly.\n\n"
            "The unions, which had campaigned against the initiative alongside business groups, said their rejection "
            "of the framework agreement in its current form was unchanged."
        ),
        "claims": [
            ("svp", "sign-framework-agreement", "oppose", "would now turn its full force against the framework agreement", True),
            ("federal-council", "sign-framework-agreement", "conditional", "would only sign once they had been obtained", True),
            ("federal-council", "further-talks", "support", "would now seek the clarifications it needed on the framework agreement", True),
            ("eu-commission", "sign-framework-agreement", "support", "looked forward to finalising and signing the agreement quickly", True),
            ("swiss-unions", "sign-framework-agreement", "oppose", "their rejection of the framework agreement in its current form was unchanged", True),
        ],
    },
    {
        "id": "017", "published": "2020-10-14T14:30:00Z", "outlet": "lakefront-gazette",
        "slug": "switzerland-names-leu-new-eu-negotiator",
        "title": "Switzerland names veteran diplomat Leu as new EU negotiator",
        "text": (
            "BERN, Oct 14 (Lakefront Gazette) - The Swiss government on Wednesday appointed Livia Leu, currently "
            "ambassador to France, as its new chief negotiator with the European Union, replacing Roberto Balzaretti "
            "after about two years in the job.\n\n"
            "Leu, a former ambassador to Iran, will also become a state secretary at the foreign ministry. At a brief "
            "news conference in Bern, she declined to say what changes to the agreement she would seek, saying only "
            "that she would first listen to all sides.\n\n"
            "Balzaretti led the Swiss side in the final phase of the talks that produced the 2018 text. The government "
            "did not say what his next post would be.\n\n"
            "Political observers said the change signalled that the cabinet wanted a fresh start with Brussels, but "
            "it was unclear whether it also meant a change of course.\n\n"
            "Leu is expected to travel to Brussels for an introductory meeting in the coming weeks."
        ),
        "claims": [],
    },
    {
        "id": "018", "published": "2020-11-11T16:10:00Z", "outlet": "continental-desk",
        "slug": "swiss-government-sets-line-for-new-eu-talks",
        "title": "Swiss government sets its line for new EU talks",
        "text": (
            "BERN, Nov 11 (Continental Desk) - The Swiss Federal Council on Wednesday settled its negotiating "
            "position for fresh talks with the European Union on the framework agreement, without disclosing the "
            "details.\n\n"
            "Foreign Minister Ignazio Cassis said the government wanted solutions on the three open points, wage "
            "protection, state aid and the Citizens' Rights Directive, and that it would not sign the agreement "
            "unless they were found. He said Switzerland would keep insisting that the directive not be taken "
            "over.\n\n"
            "Chief negotiator Livia Leu is to present the position to the Commission in the coming weeks. A foreign "
            "ministry official said the government had asked for assurances that its wage-protection measures would "
            "stand, in exchange for accepting dynamic adoption of EU rules in other areas. Officials said a domestic "
            "body, possibly built around the Competition Commission, could police state aid.\n\n"
            "The trade unions said they had not been consulted on the new mandate and warned that any weakening of "
            "wage protection would meet a referendum."
        ),
        "claims": [
            ("federal-council", "further-talks", "support", "the government wanted solutions on the three open points", True),
            ("federal-council", "sign-framework-agreement", "conditional", "it would not sign the agreement unless they were found", True),
            ("federal-council", "citizens-rights-directive", "oppose", "Switzerland would keep insisting that the directive not be taken over", True),
            ("federal-council", "wage-protection-carveout", "support", "asked for assurances that its wage-protection measures would stand", True),
            ("swiss-unions", "wage-protection-carveout", "support", "warned that any weakening of wage protection would meet a referendum", True),
        ],
    },
    {
        "id": "019", "published": "2021-01-21T18:00:00Z", "outlet": "rhine-valley-times",
        "slug": "swiss-negotiator-opens-new-round-eu-rules-out-rewrite",
        "title": "Swiss negotiator opens new round in Brussels; EU rules out rewrite",
        "text": (
            "BRUSSELS, Jan 21 (Rhine Valley Times) - Switzerland's chief negotiator Livia Leu held her first formal "
            "round of talks with European Commission officials in Brussels on Thursday, seeking clarifications on "
            "wage protection, state aid and the Citizens' Rights Directive.\n\n"
            "A Commission spokesperson said the EU was open to discussing the three points but would not reopen the "
            "agreement as a whole. The Commission also said that Switzerland's association to the Horizon Europe "
            "research programme, which starts this year, would depend on the state of the overall relationship, "
            "including progress on the framework agreement.\n\n"
            "Leu said after the meeting that the talks had been constructive and that Switzerland would continue to "
            "push for a solution on all three issues.\n\n"
            "EU diplomats said member states did not want the Commission to give ground on the directive, which they "
            "regard as part of the single-market rules Switzerland must follow.\n\n"
            "No date was set for the next round."
        ),
        "claims": [
            ("eu-commission", "further-talks", "conditional", "open to discussing the three points but would not reopen the agreement as a whole", True),
            ("eu-commission", "horizon-association", "conditional", "would depend on the state of the overall relationship", True),
            ("federal-council", "further-talks", "support", "Switzerland would continue to push for a solution on all three issues", True),
            ("eu-member-states", "citizens-rights-directive", "support", "member states did not want the Commission to give ground on the directive", False),
        ],
    },
    {
        "id": "020", "published": "2021-02-24T13:45:00Z", "outlet": "cantonal-herald",
        "slug": "swiss-business-lobby-turns-back-on-eu-treaty",
        "title": "Swiss business lobby turns its back on EU treaty",
        "text": (
            "ZURICH, Feb 24 (Cantonal Herald) - Economiesuisse, Switzerland's main business federation, will back the "
            "framework agreement with the European Union only if the three points still open are settled "
            "satisfactorily, its president Christoph Maeder said on Wednesday.\n\n"
            "Maeder, who took over in October, told a news conference that the federation wanted a strong "
            "relationship with the EU, but not an agreement at any price. He said a treaty that left wage protection "
            "or the Citizens' Rights Directive unresolved would be hard to defend in a referendum.\n\n"
            "The federation had long urged the government to sign the text negotiated in 2018. Less than two years "
            "ago its director described the agreement as clearly in Switzerland's interest.\n\n"
            "Maeder denied that the federation had turned against the agreement, saying it still wanted a deal that "
            "could win a popular vote. He did not say what the federation would do if the talks failed. He declined to comment on a new "
            "business alliance, Kompass/Europa, which has been campaigning against the treaty.\n\n"
            "The Swiss Employers' Association, a separate group, said this month that it still supported the "
            "agreement."
        ),
        "claims": [
            ("economiesuisse", "sign-framework-agreement", "conditional", "only if the three points still open are settled satisfactorily", True),
        ],
    },
    {
        "id": "021", "published": "2021-03-16T15:00:00Z", "outlet": "alpenwire",
        "slug": "unions-say-no-eu-deal-without-full-wage-protection",
        "title": "Unions say no EU deal without full wage protection",
        "text": (
            "BERN, March 16 (Alpenwire) - Swiss unions will not accept a treaty that does not leave wage protection in "
            "Swiss hands, union leader Pierre-Yves Maillard said on Tuesday, as talks between Bern and the European "
            "Union on the framework agreement dragged on.\n\n"
            "Maillard, president of the Swiss Federation of Trade Unions, said the Commission's offer to guarantee "
            "existing measures was insufficient because the EU court could still strike them down in future. He said "
            "the unions would launch a referendum if the government signed the treaty as it stood.\n\n"
            "He also said the unions had been told by government officials that Bern was no longer willing to accept "
            "the Citizens' Rights Directive under any circumstances, a claim the foreign ministry did not confirm.\n\n"
            "The Social Democratic Party, whose European policy has split its union and liberal wings, will debate its "
            "position at a congress later this year.\n\n"
            "Adrian Wuethrich, president of the Travail.Suisse federation, made the same argument at a separate event "
            "in Lucerne."
        ),
        "claims": [
            ("swiss-unions", "wage-protection-carveout", "support", "will not accept a treaty that does not leave wage protection in Swiss hands", True),
            ("swiss-unions", "sign-framework-agreement", "oppose", "would launch a referendum if the government signed the treaty as it stood", True),
            ("eu-commission", "wage-protection-carveout", "conditional", "the Commission's offer to guarantee existing measures", False),
            ("federal-council", "citizens-rights-directive", "oppose", "Bern was no longer willing to accept the Citizens' Rights Directive under any circumstances", False),
        ],
    },
    {
        "id": "022", "published": "2021-04-23T17:20:00Z", "outlet": "lakefront-gazette",
        "slug": "parmelin-von-der-leyen-fail-to-bridge-gaps",
        "title": "Parmelin and von der Leyen fail to bridge gaps on Swiss treaty",
        "text": (
            "BRUSSELS, April 23 (Lakefront Gazette) - Swiss President Guy Parmelin and European Commission President "
            "Ursula von der Leyen failed on Friday to overcome their differences over the framework agreement, "
            "leaving the future of the treaty in doubt.\n\n"
            "After a lunch meeting that lasted about 90 minutes, von der Leyen said the EU had shown flexibility and "
            "was ready to accept safeguards for Swiss wage protection, provided they did not discriminate against EU "
            "companies. She said the Citizens' Rights Directive, however, was part of free movement and that "
            "Switzerland should take it over.\n\n"
            "Parmelin told reporters that substantial differences remained. He said Switzerland could not take over "
            "the directive, and that the government would now analyse the situation before deciding how to "
            "proceed.\n\n"
            "Neither side announced a date for further talks. Swiss officials said privately that the cabinet was "
            "considering all options.\n\n"
            "The meeting at the Berlaymont had been billed as the last chance for a political breakthrough."
        ),
        "claims": [
            ("eu-commission", "wage-protection-carveout", "conditional", "ready to accept safeguards for Swiss wage protection, provided they did not discriminate", True),
            ("eu-commission", "citizens-rights-directive", "support", "Switzerland should take it over", True),
            ("federal-council", "citizens-rights-directive", "oppose", "Switzerland could not take over the directive", True),
        ],
    },
    {
        "id": "023", "published": "2021-05-19T11:00:00Z", "outlet": "rhine-valley-times",
        "slug": "swiss-cabinet-weighs-fate-of-eu-treaty",
        "title": "Swiss cabinet weighs fate of EU treaty as speculation grows",
        "text": (
            "BERN, May 19 (Rhine Valley Times) - The Swiss government is expected to decide soon whether to continue "
            "talks on the framework agreement with the European Union, after weeks of speculation in Bern that it "
            "could walk away.\n\n"
            "Several newspapers speculated at the weekend that the seven-member Federal Council could end the "
            "negotiations as early as next week. A government spokesman declined to say when the cabinet would take "
            "up the issue and would not comment on the reports.\n\n"
            "Analysts said abandoning the treaty would carry costs for Swiss exporters, starting with medical "
            "technology firms, whose mutual-recognition agreement with the EU is due to be updated on May 26. Others "
            "said Brussels might respond by refusing to update other market-access deals, with no compromise on the "
            "horizon.\n\n"
            "Diplomats in Brussels said EU ambassadors had been briefed on the state of play on Wednesday but took no "
            "decision."
        ),
        "claims": [],
    },
    {
        "id": "024", "published": "2021-05-26T14:30:00Z", "outlet": "cantonal-herald",
        "slug": "switzerland-walks-away-from-eu-framework-treaty",
        "title": "Switzerland walks away from EU framework treaty",
        "text": (
            "BERN, May 26 (Cantonal Herald) - The Swiss government on Wednesday ended seven years of negotiations with "
            "the European Union on a framework agreement, saying it would not sign the treaty because substantial "
            "differences remained.\n\n"
            "President Guy Parmelin said the Federal Council had concluded that the gaps on wage protection, state aid "
            "and the Citizens' Rights Directive could not be bridged. Foreign Minister Ignazio Cassis told a news "
            "conference in Bern that the government had informed Brussels of its decision earlier in the day.\n\n"
            "To limit the damage, the cabinet said it would ask parliament to release the second Swiss cohesion "
            "contribution of 1.3 billion francs as quickly as possible. It also proposed a political dialogue with "
            "the EU and a review of where Swiss law could be aligned with EU rules on Switzerland's own initiative.\n\n"
            "Negotiations began in 2014. The text was finalised in late 2018, but the government never endorsed it.\n\n"
            "The decision is a blow to exporters, who had pressed for the agreement to preserve their access to the "
            "single market."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "oppose", "it would not sign the treaty because substantial differences remained", True),
            ("federal-council", "cohesion-contribution", "support", "would ask parliament to release the second Swiss cohesion contribution", True),
        ],
    },
    {
        "id": "025", "published": "2021-05-26T15:45:00Z", "outlet": "alpenwire",
        "slug": "switzerland-breaks-off-eu-treaty-talks",
        "title": "Switzerland breaks off talks on EU framework treaty",
        "text": (
            "BERN, May 26 (Alpenwire) - Switzerland on Wednesday broke off seven years of negotiations with the "
            "European Union on a framework agreement, with the government saying it would not sign the treaty because "
            "substantial differences remained.\n\n"
            "According to President Guy Parmelin, the Federal Council concluded that the gaps on wage protection, "
            "state aid and the Citizens' Rights Directive could not be bridged. Foreign Minister Ignazio Cassis told "
            "reporters in Bern that Brussels had been informed earlier in the day.\n\n"
            "In an effort to limit the damage, the cabinet said it would ask parliament to release the second Swiss "
            "cohesion contribution of 1.3 billion francs as quickly as possible. It also offered a political dialogue "
            "with the EU and a review of areas where Swiss law could follow EU rules on its own initiative.\n\n"
            "The talks started in 2014, and the text was finalised in late 2018 without ever being endorsed by the "
            "government.\n\n"
            "Exporters, who had pushed for the agreement to protect their access to the single market, called the "
            "decision a blow."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "oppose", "it would not sign the treaty because substantial differences remained", True),
            ("federal-council", "cohesion-contribution", "support", "would ask parliament to release the second Swiss cohesion contribution", True),
        ],
    },
    {
        "id": "026", "published": "2021-05-27T10:15:00Z", "outlet": "continental-desk",
        "slug": "brussels-regrets-swiss-exit-unions-svp-cheer",
        "title": "Brussels regrets Swiss exit from treaty talks; unions and SVP cheer",
        "text": (
            "BRUSSELS, May 27 (Continental Desk) - The European Commission said it regretted Switzerland's decision to "
            "end talks on the framework agreement, warning that without it the relationship could not be modernised "
            "and existing deals would gradually age.\n\n"
            "In a statement issued late on Wednesday, the Commission said the agreement had been the basis for "
            "developing the bilateral path further and that it had stood ready to sign it. It did not say how it "
            "would respond.\n\n"
            "Hours after the announcement, the first consequence emerged: the EU declined to update the mutual "
            "recognition agreement for medical devices, so Swiss manufacturers now face extra certification costs.\n\n"
            "In Switzerland, the unions welcomed the decision. Pierre-Yves Maillard said the burial of the treaty was "
            "good news for workers. SVP president Marco Chiesa said the treaty should never have been negotiated in "
            "the first place.\n\n"
            "Economiesuisse said it regretted the outcome, and urged the government to release the cohesion payment "
            "swiftly and to secure Swiss participation in Horizon Europe."
        ),
        "claims": [
            ("eu-commission", "sign-framework-agreement", "support", "it had stood ready to sign it", True),
            ("swiss-unions", "sign-framework-agreement", "oppose", "the burial of the treaty was good news for workers", True),
            ("svp", "sign-framework-agreement", "oppose", "the treaty should never have been negotiated in the first place", True),
            ("economiesuisse", "cohesion-contribution", "support", "urged the government to release the cohesion payment swiftly", True),
            ("economiesuisse", "horizon-association", "support", "secure Swiss participation in Horizon Europe", True),
        ],
    },
    {
        "id": "027", "published": "2021-06-11T15:40:00Z", "outlet": "rhine-valley-times",
        "slug": "eu-treats-switzerland-as-non-associated-in-horizon",
        "title": "EU downgrades Swiss researchers to non-associated status in Horizon",
        "text": (
            "BERN, June 11 (Rhine Valley Times) - Switzerland will be treated as a non-associated third country in the "
            "EU's Horizon Europe research programme, the Swiss government said on Friday after being informed by the "
            "European Commission.\n\n"
            "A Commission spokesman told reporters in Brussels that the Commission had decided not to associate "
            "Switzerland to the programme, and gave no timetable for reviewing the decision. Swiss researchers can "
            "still take part in many projects, but cannot lead most consortia or apply for some grants.\n\n"
            "President Guy Parmelin, who is also education minister, said the government still wanted full "
            "association as quickly as possible and would fund Swiss participants directly in the meantime.\n\n"
            "Universities and economiesuisse criticised the decision, saying it punished science for a political "
            "dispute.\n\n"
            "Switzerland was fully associated to the previous programme, Horizon 2020, from 2017 after a period of "
            "partial association that followed a 2014 vote on immigration."
        ),
        "claims": [
            ("eu-commission", "horizon-association", "oppose", "the Commission had decided not to associate Switzerland to the programme", True),
            ("federal-council", "horizon-association", "support", "the government still wanted full association as quickly as possible", True),
            ("economiesuisse", "horizon-association", "support", "economiesuisse criticised the decision, saying it punished science for a political dispute", True),
        ],
    },
    {
        "id": "028", "published": "2021-06-23T16:30:00Z", "outlet": "lakefront-gazette",
        "slug": "eu-capitals-back-commission-line-on-switzerland",
        "title": "EU capitals back Commission's firm line on Switzerland",
        "text": (
            "BRUSSELS, June 23 (Lakefront Gazette) - EU member states are backing the European Commission's firm "
            "line towards Switzerland after Bern abandoned the framework agreement, diplomats said on Wednesday after "
            "ambassadors discussed relations with the country.\n\n"
            "According to three diplomats who attended the meeting, no government argued for offering Switzerland new "
            "market access without an institutional framework. The member states agreed that the agreement negotiated "
            "in 2018 remained the right answer to the governance questions, the diplomats said.\n\n"
            "Germany and Austria, which share long borders with Switzerland, asked that cross-border commuters and "
            "researchers not become collateral damage, one of the diplomats said.\n\n"
            "Switzerland's ambassador to the EU met Commission officials separately on Tuesday. The Swiss mission "
            "declined to comment on that meeting.\n\n"
            "The Commission is expected to present options for the relationship to member states in the autumn."
        ),
        "claims": [
            ("eu-member-states", "sign-framework-agreement", "support", "the agreement negotiated in 2018 remained the right answer to the governance questions", False),
        ],
    },
    {
        "id": "029", "published": "2021-09-14T12:00:00Z", "outlet": "cantonal-herald",
        "slug": "svp-vows-to-fight-release-of-cohesion-billion",
        "title": "SVP vows to fight release of EU cohesion billion",
        "text": (
            "BERN, Sept 14 (Cantonal Herald) - The Swiss People's Party said on Tuesday it would vote against "
            "releasing the second Swiss cohesion contribution to the European Union, calling the payment a ransom "
            "that would buy no goodwill in Brussels.\n\n"
            "Parliamentary leader Thomas Aeschi said the party saw no reason to pay 1.3 billion francs to an EU that "
            "was shutting out Swiss researchers and medical-device makers. He said the money should stay frozen.\n\n"
            "Parliament, which has kept a non-discrimination condition on the contribution since 2019, is being asked "
            "to lift it this autumn. The Federal Council wants both chambers to drop the condition after the collapse "
            "of the framework talks.\n\n"
            "The Council of States is due to vote first, and the National Council later in the session. Most other "
            "parties have signalled they will back the release, although some centre-right lawmakers said they wanted "
            "guarantees on Horizon Europe first.\n\n"
            "The Commission has said the contribution is a matter of fairness, given the access to the single market "
            "Switzerland already enjoys."
        ),
        "claims": [
            ("svp", "cohesion-contribution", "oppose", "would vote against releasing the second Swiss cohesion contribution", True),
            ("swiss-parliament", "cohesion-contribution", "conditional", "Parliament, which has kept a non-discrimination condition on the contribution since 2019", False),
            ("federal-council", "cohesion-contribution", "support", "The Federal Council wants both chambers to drop the condition", False),
            ("eu-commission", "cohesion-contribution", "support", "the contribution is a matter of fairness", True),
        ],
    },
    {
        "id": "030", "published": "2021-09-30T15:20:00Z", "outlet": "alpenwire",
        "slug": "swiss-parliament-frees-eu-cohesion-payment",
        "title": "Swiss parliament frees EU cohesion payment, hoping to thaw ties",
        "text": (
            "BERN, Sept 30 (Alpenwire) - The Swiss parliament on Thursday released the country's second cohesion "
            "contribution of 1.3 billion francs to the European Union, dropping the condition it had attached two "
            "years ago.\n\n"
            "The National Council approved the release by a wide margin, following the Council of States, which "
            "backed it earlier in the session.\n\n"
            "Foreign Minister Ignazio Cassis said the government now expected Brussels to open the door to Horizon "
            "Europe. He said Switzerland had done its part.\n\n"
            "The European Commission welcomed the decision as a step in the right direction but said the payment alone "
            "would not settle the open institutional questions. A spokesman declined to say whether Switzerland's "
            "association to Horizon Europe could now be reconsidered.\n\n"
            "The SVP, the only major party to vote against, said Switzerland had paid for nothing. Its lawmakers "
            "argued during the debate that the EU had given no guarantee in return.\n\n"
            "The money is expected to flow to projects over the next decade once agreements with partner countries are "
            "signed."
        ),
        "claims": [
            ("swiss-parliament", "cohesion-contribution", "support", "released the country's second cohesion contribution of 1.3 billion francs", True),
            ("federal-council", "horizon-association", "support", "expected Brussels to open the door to Horizon Europe", True),
            ("eu-commission", "cohesion-contribution", "support", "welcomed the decision as a step in the right direction", True),
            ("svp", "cohesion-contribution", "oppose", "the only major party to vote against", True),
        ],
    },
    {
        "id": "031", "published": "2021-11-15T18:30:00Z", "outlet": "continental-desk",
        "slug": "sefcovic-asks-cassis-for-timetable-by-january",
        "title": "EU's Sefcovic asks Cassis for Swiss timetable by January",
        "text": (
            "BRUSSELS, Nov 15 (Continental Desk) - European Commission Vice-President Maros Sefcovic told Swiss "
            "Foreign Minister Ignazio Cassis on Monday that the EU wanted a clear timetable by January for resolving "
            "the institutional questions left open when Switzerland abandoned the framework agreement.\n\n"
            "Speaking after their first meeting since the talks collapsed in May, Sefcovic said issues such as the "
            "dynamic adoption of EU law and dispute settlement had not gone away and would have to be addressed "
            "before any new market access was granted.\n\n"
            "Cassis said the framework agreement was off the table and that Switzerland wanted a new approach, "
            "starting with a political dialogue. He said the government was open to discussing institutional "
            "questions sector by sector.\n\n"
            "Asked whether Swiss participation in Horizon Europe could be restored soon, Sefcovic said he would not "
            "go into details.\n\n"
            "The meeting took place at the Commission's headquarters. Both men described the atmosphere as frank."
        ),
        "claims": [
            ("federal-council", "sign-framework-agreement", "oppose", "the framework agreement was off the table", True),
        ],
    },
    {
        "id": "032", "published": "2021-11-17T13:00:00Z", "outlet": "lakefront-gazette",
        "slug": "swiss-groups-split-over-answer-to-brussels",
        "title": "Swiss parties and lobbies split over answer to Brussels",
        "text": (
            "BERN, Nov 17 (Lakefront Gazette) - Swiss parties and interest groups were divided on Wednesday over how "
            "the government should answer the European Commission's demand for a timetable on institutional "
            "questions by January.\n\n"
            "SVP president Marco Chiesa said the government must not let Brussels revive the framework agreement "
            "under another name, and accused the Commission of trying to blackmail Switzerland.\n\n"
            "Pierre-Yves Maillard, the head of the Swiss Federation of Trade Unions, said the unions would judge any "
            "new proposal on one criterion: wage protection must be kept out of the EU's reach.\n\n"
            "Economiesuisse director Monika Ruehl called association to Horizon Europe a priority and urged the "
            "government to present a plan quickly, saying that Swiss companies were losing out every month.\n\n"
            "Some pro-European groups have floated a popular initiative that would oblige the government to seek a "
            "new agreement with the EU. The government has not commented on the idea."
        ),
        "claims": [
            ("svp", "sign-framework-agreement", "oppose", "must not let Brussels revive the framework agreement under another name", True),
            ("swiss-unions", "wage-protection-carveout", "support", "wage protection must be kept out of the EU's reach", True),
            ("economiesuisse", "horizon-association", "support", "called association to Horizon Europe a priority", True),
        ],
    },
]

# Labelled shifts: the tuples recomputed from baseline + attributed claims must match exactly.
SHIFTS = [
    {"actor": "eu-commission", "issue": "further-talks", "from": "oppose", "to": "conditional", "article": "010",
     "why": "Juncker's reply says Brussels is prepared to hold talks on the Swiss clarifications provided there is no renegotiation; in 001 the Commission saw no reason to return to the table."},
    {"actor": "eu-commission", "issue": "eu-withdraws-equivalence", "from": "conditional", "to": "support", "article": "011",
     "why": "Hahn says the Commission will not prolong stock-exchange equivalence (support for withdrawal); in 004 it would prolong it only if Switzerland moved towards signing."},
    {"actor": "economiesuisse", "issue": "sign-framework-agreement", "from": "support", "to": "conditional", "article": "020",
     "why": "Maeder says the federation will back the agreement only if the three open points are settled; in 008 it urged the government to sign."},
    {"actor": "eu-commission", "issue": "wage-protection-carveout", "from": "oppose", "to": "conditional", "article": "022",
     "why": "Von der Leyen says the EU is ready to accept safeguards for Swiss wage protection provided they do not discriminate; in 001 the posted-workers compromise already went as far as the EU could go. Maillard's report of an offer in 021 is attributed false and does not move the stance."},
    {"actor": "federal-council", "issue": "sign-framework-agreement", "from": "conditional", "to": "oppose", "article": "024",
     "why": "The Federal Council says it will not sign the treaty and ends the negotiations; since 002 it would sign only once the open points were clarified."},
    {"actor": "eu-commission", "issue": "horizon-association", "from": "conditional", "to": "oppose", "article": "027",
     "why": "The Commission decides not to associate Switzerland to Horizon Europe; in 019 association would depend on the overall relationship."},
    {"actor": "swiss-parliament", "issue": "cohesion-contribution", "from": "conditional", "to": "support", "article": "030",
     "why": "Parliament releases the cohesion contribution and drops its condition; in 014 the money could not be committed while the EU discriminated against Switzerland."},
]

DUPLICATES = [("002", "003"), ("024", "025")]
NO_CLAIM_ARTICLES = ["007", "013", "017", "023"]

STANCES = {"support", "oppose", "conditional"}
DATELINE = re.compile(r"^([A-Z][A-Z .'-]*), ([A-Z][a-z]+) (\d{1,2}) \(([^)]+)\) - ")
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
          10: "Oct", 11: "Nov", 12: "Dec"}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal reader for the watchlist format: ids of actors and issues, and the baseline."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.rstrip("\n")
            if re.match(r"^[a-z_]+:\s*$", stripped):
                section = stripped[:-1].strip()
                continue
            m = re.match(r"^\s+- id:\s*(\S+)\s*$", stripped)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^\s+- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", stripped)
            if m and section == "baseline":
                baseline.append((m.group(1).strip(), m.group(2).strip(), m.group(3).strip()))
    return actors, issues, baseline


def url_for(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def write_outputs():
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in ARTICLES:
        doc = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]][0],
            "url": url_for(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for outlet, (name, desc) in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == outlet], key=lambda a: a["published"], reverse=True)
        last = email.utils.format_datetime(parse_time(items[0]["published"]), usegmt=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % outlet,
            "    <description>%s</description>" % escape(desc),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % last,
        ]
        for a in items:
            u = url_for(a)
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(u),
                '      <guid isPermaLink="true">%s</guid>' % escape(u),
                "      <pubDate>%s</pubDate>" % email.utils.format_datetime(parse_time(a["published"]), usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [
                {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                for c in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def recompute_shifts(baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in ARTICLES:
        for actor, issue, stance, _q, attributed in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                shifts.append((actor, issue, prevailing[key], stance, art["id"]))
            prevailing[key] = stance
    return shifts


def validate(labels):
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("watchlist has %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("watchlist has %d issues" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            fail("bad baseline entry %s %s %s" % (a, i, s))
    if len(set((a, i) for a, i, _ in baseline)) != len(baseline):
        fail("duplicate baseline entry")

    # ids and order
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % n:
            fail("article id %s out of sequence" % a["id"])
        if prev is not None and not a["published"] > prev:
            fail("article %s not in publication order" % a["id"])
        prev = a["published"]
        if a["outlet"] not in OUTLETS:
            fail("unknown outlet in %s" % a["id"])
    if not 30 <= len(ARTICLES) <= 34:
        fail("%d articles" % len(ARTICLES))
    if len({url_for(a) for a in ARTICLES}) != len(ARTICLES):
        fail("duplicate urls")

    # text: words and dateline
    for a in ARTICLES:
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            fail("article %s has %d words" % (a["id"], words))
        m = DATELINE.match(a["text"])
        if not m:
            fail("article %s has no dateline" % a["id"])
        when = parse_time(a["published"])
        if m.group(2) != MONTHS[when.month] or int(m.group(3)) != when.day:
            fail("article %s dateline date %s %s does not match %s" % (a["id"], m.group(2), m.group(3), a["published"]))
        if m.group(4) != OUTLETS[a["outlet"]][0]:
            fail("article %s dateline outlet %s" % (a["id"], m.group(4)))

    # claims
    total = 0
    for a in ARTICLES:
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            total += 1
            if actor not in actors:
                fail("article %s: unknown actor %s" % (a["id"], actor))
            if issue not in issues:
                fail("article %s: unknown issue %s" % (a["id"], issue))
            if stance not in STANCES:
                fail("article %s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                fail("article %s: attributed must be a bool" % a["id"])
            if quote not in a["text"]:
                fail("article %s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                fail("article %s: quote longer than 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                fail("article %s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))
    if not 60 <= total <= 90:
        fail("%d claims" % total)
    stances = [c[2] for a in ARTICLES for c in a["claims"]]
    if stances.count("conditional") < 6 or "support" not in stances or "oppose" not in stances:
        fail("stance mix")
    if not any(not c[4] for a in ARTICLES for c in a["claims"]):
        fail("no attributed false claims")

    # duplicates and no-claim articles
    by_id = {a["id"]: a for a in ARTICLES}
    for x, y in DUPLICATES:
        if by_id[x]["claims"] != by_id[y]["claims"]:
            fail("duplicate pair %s/%s has different claims" % (x, y))
        if by_id[x]["published"][:10] != by_id[y]["published"][:10] or by_id[x]["outlet"] == by_id[y]["outlet"]:
            fail("duplicate pair %s/%s must be same day, different outlet" % (x, y))
    if not any(s["article"] in {x for x, _ in DUPLICATES} for s in SHIFTS):
        fail("no duplicate pair contains a shift article")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if empty != NO_CLAIM_ARTICLES or not 3 <= len(empty) <= 4:
        fail("no-claim articles are %s" % empty)

    # shifts
    recomputed = recompute_shifts(baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        fail("shifts differ:\n recomputed %s\n labelled   %s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        fail("%d shifts" % len(SHIFTS))
    if not any("conditional" in (s["from"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    if sum(1 for s in SHIFTS if {s["from"], s["to"]} == {"support", "oppose"}) > 2:
        fail("more than two straight reversals")
    # baseline must not imply a shift on a first attributed observation that differs -- covered above;
    # also check no baseline entry is contradicted by an attributed claim before any labelled shift.

    # labels.json consistency
    shift_articles = {s["article"] for s in SHIFTS}
    expected_no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        fail("no_alert_articles mismatch")
    if sorted(labels["claims"]) != [a["id"] for a in ARTICLES]:
        fail("claims keys mismatch")

    # feeds
    for outlet in OUTLETS:
        path = os.path.join(HERE, "feeds", outlet + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint %s: %s" % (outlet, r.stderr))

    counts = {s: stances.count(s) for s in sorted(STANCES)}
    print("OK: %d articles, %d claims %s, %d attributed false, %d shifts in %d articles, no-claim %s"
          % (len(ARTICLES), total, counts, sum(1 for a in ARTICLES for c in a["claims"] if not c[4]),
             len(SHIFTS), len(shift_articles), empty))
    for a in ARTICLES:
        print("  %s %s %-18s %3d words %d claims" % (a["id"], a["published"][:10], a["outlet"],
                                                    len(a["text"].split()), len(a["claims"])))


if __name__ == "__main__":
    validate(write_outputs())
