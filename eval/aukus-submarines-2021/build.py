#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set aukus-submarines-2021.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates the set (see README.md). Run: python3 build.py
"""
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "Southern Cross Wire": "southern-cross-wire",
    "Quayside Herald": "quayside-herald",
    "Lantern Press": "lantern-press",
    "Atlas Newsdesk": "atlas-newsdesk",
    "Tidewater Journal": "tidewater-journal",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# ---------------------------------------------------------------------------
# Articles, in publication order. Each: published (UTC), source, slug, title,
# text, claims. Ids are assigned 001.. in this order.
# ---------------------------------------------------------------------------
ARTICLES = [
    # 001
    dict(
        published="2021-09-16T01:10:00Z", source="Southern Cross Wire",
        slug="australia-nuclear-submarines-aukus-drops-french-deal",
        title="Australia to get nuclear-powered submarines under new pact with US and Britain, drops French deal",
        text=(
            "CANBERRA, Sept 16 (Southern Cross Wire) - Australia will acquire a fleet of at least eight nuclear-powered "
            "submarines with technology from the United States and Britain under a new three-way security partnership, "
            "Prime Minister Scott Morrison announced on Thursday, and will walk away from its contract with France's Naval Group.\n\n"
            "Morrison appeared by video link alongside U.S. President Joe Biden and British Prime Minister Boris Johnson to "
            "unveil the pact, to be known as AUKUS. He said the boats would be assembled in Adelaide and would not carry nuclear weapons.\n\n"
            "Speaking to reporters afterwards, Morrison said the government had decided not to proceed with the Attack-class "
            "program because Australia's strategic needs had changed, not its mind.\n\n"
            "Biden said the three democracies were deepening their cooperation to meet the challenges of the Indo-Pacific for "
            "decades to come, and that the United States would share the highly sensitive propulsion technology it had previously "
            "handed only to Britain. Johnson called the project one of the most demanding technical undertakings in the world and "
            "said Britain was proud to take part.\n\n"
            "Only two weeks ago, Australian and French foreign and defence ministers had stressed the importance of the submarine "
            "program in a joint statement after talks in Sydney.\n\n"
            "The 12 conventionally powered Attack-class boats were to have been designed by Naval Group under a deal signed in "
            "2016 and valued at about A$90 billion."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "Australia will acquire a fleet of at least eight nuclear-powered submarines"),
            C("australia", "scrap-attack-class", "support", "the government had decided not to proceed with the Attack-class program"),
            C("usa", "aukus-nuclear-subs", "support", "the United States would share the highly sensitive propulsion technology"),
            C("uk", "aukus-nuclear-subs", "support", "said Britain was proud to take part"),
        ],
    ),
    # 002
    dict(
        published="2021-09-16T04:20:00Z", source="Atlas Newsdesk",
        slug="ardern-nuclear-submarines-barred-from-nz-waters",
        title="Ardern says Australia's nuclear submarines will be barred from New Zealand waters",
        text=(
            "WELLINGTON, Sept 16 (Atlas Newsdesk) - New Zealand will not allow Australia's planned nuclear-powered submarines "
            "into its waters, Prime Minister Jacinda Ardern said on Thursday, hours after Canberra announced a new security pact "
            "with the United States and Britain.\n\n"
            "Ardern told reporters that New Zealand's ban on nuclear-powered vessels remained exactly as it was and that the new "
            "boats would fall under it like any other. She said Morrison had called her before the announcement to explain the plan.\n\n"
            "The prime minister said New Zealand had not been approached about joining the partnership and would not expect to be. "
            "She welcomed the greater engagement of Britain and the United States in the region, but stressed that the arrangement "
            "was first and foremost about defence technology.\n\n"
            "New Zealand has kept nuclear-armed and nuclear-powered ships out of its ports since the mid-1980s, a policy that led "
            "Washington to suspend parts of its alliance commitments to Wellington. The law has broad support across parliament.\n\n"
            "Foreign Minister Nanaia Mahuta said New Zealand would keep talking with Australia about regional security and had asked "
            "for more detail on how the submarines would be operated."
        ),
        claims=[
            C("new-zealand", "nz-waters-nuclear-subs", "oppose", "New Zealand will not allow Australia's planned nuclear-powered submarines into its waters"),
        ],
    ),
    # 003
    dict(
        published="2021-09-16T08:45:00Z", source="Lantern Press",
        slug="china-says-aukus-fuels-arms-race",
        title="China says AUKUS pact fuels arms race, reflects 'Cold War mentality'",
        text=(
            "BEIJING, Sept 16 (Lantern Press) - China on Thursday condemned the new security partnership between Australia, the "
            "United States and Britain, saying the plan to give Australia nuclear-powered submarines would gravely damage regional "
            "peace and feed an arms race.\n\n"
            "Foreign ministry spokesman Zhao Lijian told a regular briefing that the three countries were clinging to an outdated "
            "Cold War mentality and narrow geopolitical thinking. He said the export of naval nuclear propulsion technology to "
            "Australia showed that Washington and London were applying double standards, and urged them to drop what he called "
            "exclusionary blocs.\n\n"
            "China's embassy in Washington said separately that countries should not build groupings that target or harm the "
            "interests of third parties.\n\n"
            "The nationalist tabloid Global Times, published by the ruling Communist Party's flagship newspaper, went further in "
            "an editorial, warning that Australia had turned itself into a potential target.\n\n"
            "Beijing's ties with Canberra have deteriorated sharply since 2020, when Australia called for an independent inquiry "
            "into the origins of COVID-19 and China imposed trade curbs on Australian barley, wine and coal.\n\n"
            "Morrison said on Thursday that his invitation to talk with President Xi Jinping remained open."
        ),
        claims=[
            C("china", "aukus-nuclear-subs", "oppose", "the plan to give Australia nuclear-powered submarines would gravely damage regional peace"),
        ],
    ),
    # 004
    dict(
        published="2021-09-16T10:30:00Z", source="Quayside Herald",
        slug="france-stab-in-the-back-naval-group-loses-deal",
        title="France slams Australia's 'stab in the back' as Naval Group loses submarine deal",
        text=(
            "PARIS, Sept 16 (Quayside Herald) - France reacted with fury on Thursday to Australia's decision to tear up a "
            "multibillion-dollar order for French-designed submarines, with Foreign Minister Jean-Yves Le Drian calling it a "
            "stab in the back.\n\n"
            "Le Drian told a French radio station that Paris had built a relationship of trust with Canberra and that this trust "
            "had been betrayed. He said he was very angry.\n\n"
            "In a joint statement, Le Drian and Armed Forces Minister Florence Parly said the decision to abandon the submarine "
            "program ran against both the letter and the spirit of the two countries' cooperation, and that France regretted it. "
            "They also criticised Washington for shutting a European ally out of a structuring partnership in the Indo-Pacific.\n\n"
            "Naval Group, the majority state-owned shipbuilder whose submarine yard is in Cherbourg, called the decision a major "
            "disappointment in a brief statement. The company said Australia had ended the contract for convenience and that it "
            "would analyse the consequences with the Australian side in the coming days.\n\n"
            "The deal, signed in 2016, was worth about 56 billion euros at the time and was hailed in Paris as the sale of the century."
        ),
        claims=[
            C("france", "scrap-attack-class", "oppose", "the decision to abandon the submarine program ran against both the letter and the spirit"),
            C("naval-group", "scrap-attack-class", "oppose", "called the decision a major disappointment"),
        ],
    ),
    # 005
    dict(
        published="2021-09-17T21:30:00Z", source="Tidewater Journal",
        slug="france-recalls-ambassadors-washington-canberra",
        title="France recalls ambassadors from Washington and Canberra over submarine pact",
        text=(
            "PARIS, Sept 17 (Tidewater Journal) - France recalled its ambassadors to the United States and Australia for "
            "consultations on Friday, an unprecedented step against two close allies, in protest at the security pact that cost "
            "French industry a giant submarine order.\n\n"
            "Foreign Minister Jean-Yves Le Drian said in a statement that President Emmanuel Macron had requested the recall, "
            "which he said was justified by the exceptional seriousness of the announcements made by Australia and the United "
            "States on Wednesday.\n\n"
            "He said Australia's decision to abandon the submarine program was unacceptable behaviour between allies and partners, "
            "and that France would draw its own conclusions.\n\n"
            "France did not recall its envoy to Britain. A French diplomatic source said Paris saw London as having joined the "
            "arrangement out of opportunism.\n\n"
            "In Canberra, a spokesperson for Foreign Minister Marise Payne said Australia regretted the recall, valued its "
            "relationship with France and looked forward to engaging with Paris again on their many shared interests.\n\n"
            "A White House official said the administration had been in close contact with its French counterparts and would "
            "keep working to resolve the differences in the coming days."
        ),
        claims=[
            C("france", "france-australia-reset", "oppose", "France recalled its ambassadors to the United States and Australia for consultations"),
            C("france", "scrap-attack-class", "oppose", "Australia's decision to abandon the submarine program was unacceptable behaviour between allies"),
            C("australia", "france-australia-reset", "support", "valued its relationship with France and looked forward to engaging with Paris again"),
        ],
    ),
    # 006 (duplicate of 005)
    dict(
        published="2021-09-17T23:05:00Z", source="Southern Cross Wire",
        slug="paris-pulls-envoys-from-us-and-australia",
        title="Paris pulls envoys from US and Australia in protest at submarine decision",
        text=(
            "PARIS, Sept 17 (Southern Cross Wire) - France recalled its ambassadors to the United States and Australia for "
            "consultations on Friday, a step without precedent between such close allies, in protest at the pact that cost "
            "French industry a huge submarine contract.\n\n"
            "Foreign Minister Jean-Yves Le Drian said in a statement that the recall had been ordered at President Emmanuel "
            "Macron's request and was justified by the exceptional seriousness of what Australia and the United States announced "
            "on Wednesday.\n\n"
            "He said Australia's decision to abandon the submarine program was unacceptable behaviour between allies and partners, "
            "and that Paris would draw its own conclusions.\n\n"
            "The ambassador in London was not called home. A French diplomatic source said Britain was seen in Paris as having "
            "joined the arrangement out of opportunism.\n\n"
            "A spokesperson for Australian Foreign Minister Marise Payne said Australia regretted the recall, valued its "
            "relationship with France and looked forward to engaging with Paris again on the many interests they share.\n\n"
            "A White House official said Washington had been in close touch with French officials and would keep working to "
            "settle the differences in the days ahead."
        ),
        claims=[
            C("france", "france-australia-reset", "oppose", "France recalled its ambassadors to the United States and Australia for consultations"),
            C("france", "scrap-attack-class", "oppose", "Australia's decision to abandon the submarine program was unacceptable behaviour between allies"),
            C("australia", "france-australia-reset", "support", "valued its relationship with France and looked forward to engaging with Paris again"),
        ],
    ),
    # 007
    dict(
        published="2021-09-19T06:00:00Z", source="Quayside Herald",
        slug="morrison-says-he-warned-macron-in-june",
        title="Morrison says he warned Macron in June, has no regrets over submarine switch",
        text=(
            "SYDNEY, Sept 19 (Quayside Herald) - Prime Minister Scott Morrison said on Sunday he had told French President "
            "Emmanuel Macron in June that Australia had serious doubts about whether conventional submarines could meet its "
            "needs, and that he did not regret putting the national interest first.\n\n"
            "Speaking to reporters in Sydney, Morrison said he understood France's disappointment but that Australia would make "
            "the same choice again. He said the nuclear-powered boats to be built with American and British help were the right "
            "capability for the strategic environment the country now faced.\n\n"
            "Morrison added that Australia wanted to keep working with France across the Pacific and hoped the ambassador would "
            "return soon.\n\n"
            "His comments followed an interview on French television on Saturday in which Foreign Minister Jean-Yves Le Drian "
            "accused Canberra and Washington of lying, duplicity and contempt. Le Drian said the cancellation was a major breach "
            "of trust and that the crisis between the allies was serious. He dismissed Britain as a fifth wheel in the arrangement.\n\n"
            "Defence Minister Peter Dutton said separately that Australian officials had been frank with their French "
            "counterparts for months about the problems with the program, an account French officials dispute."
        ),
        claims=[
            C("australia", "scrap-attack-class", "support", "Australia would make the same choice again"),
            C("australia", "aukus-nuclear-subs", "support", "the nuclear-powered boats to be built with American and British help were the right capability"),
            C("australia", "france-australia-reset", "support", "hoped the ambassador would return soon"),
            C("france", "scrap-attack-class", "oppose", "Le Drian said the cancellation was a major breach of trust"),
        ],
    ),
    # 008
    dict(
        published="2021-09-21T16:00:00Z", source="Lantern Press",
        slug="eu-leaders-rally-behind-france-trade-talks-in-question",
        title="EU leaders rally behind France; trade talks with Australia in question",
        text=(
            "NEW YORK, Sept 21 (Lantern Press) - European Union leaders closed ranks behind France on the sidelines of the U.N. "
            "General Assembly on Tuesday, as Paris signalled that the bloc's trade negotiations with Australia could become a "
            "casualty of the submarine row.\n\n"
            "European Commission President Ursula von der Leyen said one of the EU's member states had been treated in a way "
            "that was not acceptable, and that the bloc wanted to know what had happened and why. European Council President "
            "Charles Michel spoke of a clear lack of transparency and loyalty on Washington's part.\n\n"
            "France's Europe minister, Clement Beaune, went further. He said it was unthinkable to carry on with the trade "
            "negotiations as if nothing had happened with a country France could no longer trust.\n\n"
            "Asked whether the next round with Australia would go ahead in October, Trade Commissioner Valdis Dombrovskis said "
            "the Commission was still analysing the implications and declined to say more.\n\n"
            "Australian Trade Minister Dan Tehan said an agreement was in the interest of both sides and that Canberra wanted the "
            "talks to continue on schedule. He is due in Europe next month.\n\n"
            "EU foreign ministers met in New York on Monday evening and expressed solidarity with France, the bloc's foreign "
            "policy chief Josep Borrell said."
        ),
        claims=[
            C("france", "eu-australia-fta-talks", "oppose", "unthinkable to carry on with the trade negotiations as if nothing had happened"),
            C("australia", "eu-australia-fta-talks", "support", "Canberra wanted the talks to continue on schedule"),
        ],
    ),
    # 009
    dict(
        published="2021-09-22T22:30:00Z", source="Atlas Newsdesk",
        slug="biden-macron-agree-talks-envoy-returns-to-washington",
        title="Biden and Macron agree to talks; French envoy to return to Washington",
        text=(
            "WASHINGTON, Sept 22 (Atlas Newsdesk) - President Joe Biden and French President Emmanuel Macron agreed in a phone "
            "call on Wednesday to open in-depth consultations to rebuild confidence, and France will send its ambassador back to "
            "Washington next week, the two governments said.\n\n"
            "In a joint statement, the leaders said the situation would have benefited from open consultations among allies on "
            "matters of strategic interest to France and its European partners. They agreed to meet in Europe at the end of October.\n\n"
            "The statement made no mention of France's envoy to Australia, who remained in Paris. Asked whether he would also be "
            "sent back to Canberra, a spokesman for Macron declined to say. Paris, which has described the cancellation of the "
            "submarine contract as a betrayal, has not spoken to Australian leaders since the announcement.\n\n"
            "In Washington earlier, British Prime Minister Boris Johnson brushed off the French anger. He told reporters that the "
            "new partnership with Australia was good news for global security and was not aimed at anyone, and urged Paris, in a "
            "mix of French and English, to get a grip.\n\n"
            "White House press secretary Jen Psaki declined to say whether Biden had apologised."
        ),
        claims=[
            C("uk", "aukus-nuclear-subs", "support", "the new partnership with Australia was good news for global security"),
            C("france", "scrap-attack-class", "oppose", "Paris, which has described the cancellation of the submarine contract as a betrayal", attributed=False),
        ],
    ),
    # 010
    dict(
        published="2021-09-23T12:00:00Z", source="Tidewater Journal",
        slug="naval-group-chief-says-cancellation-brutal",
        title="Naval Group chief calls cancellation brutal, will send Canberra a detailed bill",
        text=(
            "PARIS, Sept 23 (Tidewater Journal) - The head of Naval Group said the French shipbuilder was given no warning before "
            "Australia scrapped its submarine order, and that it would present Canberra with a detailed account of its costs "
            "within weeks.\n\n"
            "Chief executive Pierre Eric Pommellet told Le Figaro newspaper that staff had been in shock, and described the "
            "manner of the cancellation as brutal and without precedent. He said the decision was political and strategic and had "
            "nothing to do with the company's performance.\n\n"
            "Australia had asked the group for a detailed, costed proposal, Pommellet said. He added that Naval Group and its "
            "partners had reviewed all their expenses and expected to be paid for the work done and for winding down the program.\n\n"
            "The company has booked around 840 million euros in revenue from the program since 2016, he said.\n\n"
            "Legal analysts in Sydney estimated that termination payments could run into the hundreds of millions of euros, "
            "though the terms of the contract have never been published.\n\n"
            "A spokesperson said separately that Naval Group was discussing the consequences of the termination with the "
            "Australian side in a constructive spirit."
        ),
        claims=[
            C("naval-group", "naval-group-compensation", "support", "expected to be paid for the work done and for winding down the program"),
            C("naval-group", "scrap-attack-class", "oppose", "described the manner of the cancellation as brutal and without precedent"),
        ],
    ),
    # 011 (no claims)
    dict(
        published="2021-09-24T21:00:00Z", source="Southern Cross Wire",
        slug="quad-leaders-meet-at-white-house",
        title="Quad leaders meet at White House for first in-person summit",
        text=(
            "WASHINGTON, Sept 24 (Southern Cross Wire) - Leaders of the United States, Australia, India and Japan met in person "
            "for the first time at the White House on Friday, pledging cooperation on COVID-19 vaccines, clean energy, critical "
            "technology and supply chains.\n\n"
            "President Joe Biden hosted Prime Ministers Scott Morrison, Narendra Modi and Yoshihide Suga for talks lasting about "
            "two and a half hours. A joint statement committed the four to a free and open Indo-Pacific and announced a "
            "fellowship program for science and technology students.\n\n"
            "The statement did not mention the submarine partnership that Australia had announced with Washington and London nine "
            "days earlier, and officials said the subject had not been on the formal agenda.\n\n"
            "Morrison, who met Biden separately on Tuesday in New York, declined to say whether he had spoken with French "
            "President Emmanuel Macron since the announcement.\n\n"
            "Analysts in Canberra said the two groupings were likely to be kept on separate tracks, with the Quad focused on "
            "health and economic cooperation rather than defence.\n\n"
            "The leaders agreed to meet every year, and Japan is expected to host the next summit in 2022."
        ),
        claims=[],
    ),
    # 012 (shift: eu fta support -> conditional)
    dict(
        published="2021-10-01T15:30:00Z", source="Quayside Herald",
        slug="eu-delays-australia-trade-round-by-a-month",
        title="EU delays Australia trade round by a month amid submarine dispute",
        text=(
            "BRUSSELS, Oct 1 (Quayside Herald) - The European Commission has put back the next round of free trade negotiations "
            "with Australia by a month, a spokeswoman confirmed on Friday, in the first concrete sign that the submarine row is "
            "spilling into the bloc's economic ties with Canberra.\n\n"
            "The 12th round had been due to open on Oct. 12 and will now take place in November. Spokeswoman Miriam Garcia Ferrer "
            "told a briefing that the extra month would let the EU prepare better, and insisted that the delay did not mean the "
            "end of the talks. She said negotiations were continuing and some issues were still open.\n\n"
            "The Commission gave no further reason. Two EU diplomats said France had pressed for a pause after Canberra cancelled "
            "its order for French submarines.\n\n"
            "Australian Trade Minister Dan Tehan said he would meet Trade Commissioner Valdis Dombrovskis in Paris next week to "
            "discuss the round. He said an agreement remained in the interest of both sides and that Australia wanted the "
            "negotiations kept on track.\n\n"
            "The EU and Australia launched the talks in 2018. The bloc is one of Australia's largest trading partners."
        ),
        claims=[
            C("eu", "eu-australia-fta-talks", "conditional", "insisted that the delay did not mean the end of the talks"),
            C("france", "eu-australia-fta-talks", "oppose", "Two EU diplomats said France had pressed for a pause", attributed=False),
            C("australia", "eu-australia-fta-talks", "support", "Australia wanted the negotiations kept on track"),
        ],
    ),
    # 013 (shift: france reset oppose -> conditional)
    dict(
        published="2021-10-07T01:00:00Z", source="Lantern Press",
        slug="france-sends-ambassador-back-to-canberra",
        title="France sends ambassador back to Canberra to 'redefine' ties",
        text=(
            "CANBERRA, Oct 7 (Lantern Press) - France will send its ambassador back to Australia with a mandate to redefine "
            "relations between the two countries, Foreign Minister Jean-Yves Le Drian said, three weeks after recalling him in "
            "anger over the cancelled submarine deal.\n\n"
            "Le Drian told the foreign affairs committee of the National Assembly in Paris on Wednesday that Jean-Pierre Thebault "
            "would return to Canberra with two tasks: to help set new terms for the relationship, and to firmly defend French "
            "interests as Australia winds down the program.\n\n"
            "His ministry said the deep crisis of confidence would take a long time to resolve and that normal relations could "
            "not resume unless Canberra took concrete actions. Ministry officials said defending French interests included making "
            "sure Naval Group and its suppliers were paid what they were owed.\n\n"
            "Australian Foreign Minister Marise Payne welcomed the decision on Thursday. She said the return of the ambassador was "
            "a welcome step, that repairing ties would take time and sustained effort, and that France remained a vital partner "
            "for Australia.\n\n"
            "No date has been set for Thebault's return. Le Drian also said Presidents Emmanuel Macron and Joe Biden would speak "
            "again in mid-October."
        ),
        claims=[
            C("france", "france-australia-reset", "conditional", "normal relations could not resume unless Canberra took concrete actions"),
            C("france", "naval-group-compensation", "support", "making sure Naval Group and its suppliers were paid what they were owed"),
            C("australia", "france-australia-reset", "support", "the return of the ambassador was a welcome step"),
        ],
    ),
    # 014 (duplicate of 013)
    dict(
        published="2021-10-07T03:20:00Z", source="Atlas Newsdesk",
        slug="french-envoy-to-return-to-australia",
        title="French envoy to return to Australia with mission to reset relations",
        text=(
            "CANBERRA, Oct 7 (Atlas Newsdesk) - France's ambassador will go back to Australia with instructions to redefine the "
            "relationship between the two countries, Foreign Minister Jean-Yves Le Drian said, three weeks after he was called "
            "home in protest at the scrapped submarine deal.\n\n"
            "Le Drian told lawmakers on the National Assembly's foreign affairs committee in Paris on Wednesday that ambassador "
            "Jean-Pierre Thebault had two missions: to help set new terms for relations, and to firmly defend French interests as "
            "Australia winds down the program.\n\n"
            "The ministry said the deep crisis of confidence would take a long time to overcome and that normal relations could "
            "not resume unless Canberra took concrete actions. Ministry officials said that meant, among other things, making sure "
            "Naval Group and its suppliers were paid what they were owed.\n\n"
            "Australian Foreign Minister Marise Payne said on Thursday that the return of the ambassador was a welcome step, that "
            "mending ties would take time and continued engagement, and that France remained a vital partner.\n\n"
            "Le Drian did not say when Thebault would travel. He said Emmanuel Macron and Joe Biden would hold another call in "
            "mid-October."
        ),
        claims=[
            C("france", "france-australia-reset", "conditional", "normal relations could not resume unless Canberra took concrete actions"),
            C("france", "naval-group-compensation", "support", "making sure Naval Group and its suppliers were paid what they were owed"),
            C("australia", "france-australia-reset", "support", "the return of the ambassador was a welcome step"),
        ],
    ),
    # 015
    dict(
        published="2021-10-22T05:00:00Z", source="Tidewater Journal",
        slug="eu-freezes-australia-trade-talks",
        title="EU freezes Australia trade talks as submarine row drags on",
        text=(
            "CANBERRA, Oct 22 (Tidewater Journal) - The European Union has pushed back its next round of free trade negotiations "
            "with Australia for a second time, to February, Trade Minister Dan Tehan said on Friday.\n\n"
            "Tehan said in a statement that the EU had informed Canberra that the 12th round would now take place in February, "
            "with the chief negotiators to meet in December. The round had already been moved from October to November.\n\n"
            "A European Commission spokesperson confirmed that no round was scheduled for November but denied that the talks had "
            "been suspended, saying both sides were still working towards an agreement and a new date would be set.\n\n"
            "Tehan said he had learned of the latest delay from a journalist. He said everyone he met on a recent trip to Europe "
            "had told him a deal served both sides, and he urged Brussels to stay with the negotiations.\n\n"
            "The postponement comes just before the U.N. climate summit in Glasgow, where the EU is pressing Australia to adopt a "
            "more ambitious emissions target. Some trade officials in Brussels suggested the timing was awkward for that reason too."
        ),
        claims=[
            C("eu", "eu-australia-fta-talks", "conditional", "denied that the talks had been suspended"),
            C("australia", "eu-australia-fta-talks", "support", "he urged Brussels to stay with the negotiations"),
        ],
    ),
    # 016
    dict(
        published="2021-10-27T06:30:00Z", source="Southern Cross Wire",
        slug="no-break-fee-for-naval-group-defence-says",
        title="No break fee for Naval Group, but termination costs to be settled, Defence says",
        text=(
            "CANBERRA, Oct 27 (Southern Cross Wire) - Australia's Defence Department told a Senate committee on Wednesday that it "
            "would not pay Naval Group a break fee for the cancelled Attack-class program, and that it would settle only the "
            "termination costs set out in the contract.\n\n"
            "Greg Sammut, who heads the department's submarine division, said the government was working to transition out of the "
            "contracts and settle costs as the agreements required. He said the break payments reported in the media were not yet "
            "payable at the stage the program had reached.\n\n"
            "Sammut could not estimate the final bill. He said the cost of ending a separate contract with Lockheed Martin, which "
            "was to supply the combat system, should be known early next year, and Naval Group's by the middle of 2022.\n\n"
            "Labor senator Kimberley Kitching pressed officials on whether taxpayers faced a bill running into billions of "
            "dollars, but was given no figure.\n\n"
            "Naval Group, which has said it expects to be reimbursed for all the work it carried out, did not respond to a "
            "request for comment on the hearing.\n\n"
            "More than A$2 billion had been spent on the program by the time it was cancelled."
        ),
        claims=[
            C("australia", "naval-group-compensation", "conditional", "it would settle only the termination costs set out in the contract"),
            C("naval-group", "naval-group-compensation", "support", "which has said it expects to be reimbursed for all the work it carried out", attributed=False),
        ],
    ),
    # 017
    dict(
        published="2021-10-29T17:00:00Z", source="Quayside Herald",
        slug="biden-tells-macron-handling-was-clumsy",
        title="Biden tells Macron handling of submarine pact was 'clumsy'",
        text=(
            "ROME, Oct 29 (Quayside Herald) - U.S. President Joe Biden told French President Emmanuel Macron on Friday that "
            "Washington's handling of the new submarine pact with Australia and Britain had been clumsy, in their first meeting "
            "since the row erupted.\n\n"
            "Speaking at the French embassy to the Vatican, where the two met before a Group of 20 summit, Biden said the move had "
            "not been carried out with much grace and that he had been under the impression France had been told long before that "
            "its deal would not go ahead.\n\n"
            "He did not, however, step back from the partnership. A senior administration official told reporters afterwards that "
            "the United States remained fully committed to helping Australia field nuclear-powered submarines.\n\n"
            "Macron said what mattered now was what the allies did together in the coming weeks and months, and that trust was "
            "built on actions rather than words.\n\n"
            "On Thursday, Macron spoke by phone with Australian Prime Minister Scott Morrison for the first time since the crisis. "
            "The Elysee said Macron told him it was now up to the Australian government to propose concrete steps if it wanted to "
            "rebuild the relationship. Morrison's office said he had used the call to convey Australia's wish to restore the "
            "relationship."
        ),
        claims=[
            C("usa", "aukus-nuclear-subs", "support", "the United States remained fully committed to helping Australia field nuclear-powered submarines"),
            C("france", "france-australia-reset", "conditional", "it was now up to the Australian government to propose concrete steps"),
            C("australia", "france-australia-reset", "support", "Australia's wish to restore the relationship"),
        ],
    ),
    # 018
    dict(
        published="2021-10-31T19:00:00Z", source="Lantern Press",
        slug="macron-says-morrison-lied-over-submarines",
        title="Macron says Morrison lied to him over submarines; Australian leader rejects charge",
        text=(
            "ROME, Oct 31 (Lantern Press) - French President Emmanuel Macron said on Sunday he knew that Australian Prime Minister "
            "Scott Morrison had lied to him about the fate of the French submarine contract, sharply escalating a row the two "
            "leaders had seemed ready to calm.\n\n"
            "Asked by Australian reporters at the end of the Group of 20 summit whether he believed Morrison had lied, Macron "
            "answered that he did not think so, he knew so. He said the cancellation had been a bad decision and bad news for "
            "Australia's credibility, and that Canberra had damaged a relationship built on trust.\n\n"
            "Morrison, speaking later in Rome, rejected the accusation. He said he had made clear to Macron in June that a "
            "conventional submarine might not meet Australia's needs, and that he would not accept slurs against Australians.\n\n"
            "He said he stood by the decision to end the contract and would never apologise for acting in Australia's interest.\n\n"
            "Both leaders travel on Monday to Glasgow for the U.N. climate conference, where Morrison is due to defend Australia's "
            "new target of net zero emissions by 2050."
        ),
        claims=[
            C("france", "scrap-attack-class", "oppose", "He said the cancellation had been a bad decision"),
            C("australia", "scrap-attack-class", "support", "he stood by the decision to end the contract"),
        ],
    ),
    # 019 (no claims)
    dict(
        published="2021-11-02T08:00:00Z", source="Atlas Newsdesk",
        slug="leaked-macron-text-deepens-feud",
        title="Leaked Macron text message deepens submarine feud",
        text=(
            "GLASGOW, Nov 2 (Atlas Newsdesk) - A private text message sent by French President Emmanuel Macron to Australian "
            "Prime Minister Scott Morrison two days before the submarine pact was announced was published by Australian "
            "newspapers on Tuesday, deepening a bitter personal feud between the two leaders at the U.N. climate summit.\n\n"
            "In the message, Macron asked whether he should expect good or bad news for the two countries' joint submarine "
            "ambitions. Government backbenchers in Canberra said the text showed Paris had known the contract was in trouble.\n\n"
            "Morrison declined to say whether his office had passed the message to reporters, telling journalists in Glasgow "
            "only that he had not released it himself.\n\n"
            "Diplomats at the conference said the leak made a quick reconciliation between the two governments less likely, and "
            "several suggested it could overshadow Australia's climate pledges.\n\n"
            "The two leaders were not scheduled to meet in Glasgow. Morrison left the summit on Tuesday evening after presenting "
            "his plan for net zero emissions by 2050, which critics called vague."
        ),
        claims=[],
    ),
    # 020
    dict(
        published="2021-11-22T07:00:00Z", source="Tidewater Journal",
        slug="aukus-partners-sign-naval-nuclear-information-deal",
        title="AUKUS partners sign first formal deal on sharing naval nuclear secrets",
        text=(
            "CANBERRA, Nov 22 (Tidewater Journal) - Australia, the United States and Britain signed an agreement in Canberra on "
            "Monday allowing them to exchange sensitive information on naval nuclear propulsion, the first binding pact under the "
            "AUKUS partnership.\n\n"
            "Defence Minister Peter Dutton signed for Australia alongside the senior U.S. diplomat in Canberra, Michael Goldman, "
            "and British High Commissioner Vicki Treadell. Dutton said the agreement took Australia a step closer to operating "
            "nuclear-powered submarines and would let its personnel begin training on the technology.\n\n"
            "The U.S. embassy said the agreement was a first step in helping Australia acquire the boats, and the British High "
            "Commission said London was committed to seeing the project through.\n\n"
            "Beijing again denounced the arrangement. Foreign ministry spokesman Zhao Lijian said the transfer of nuclear "
            "submarine technology was an act of nuclear proliferation that breached the spirit of the Non-Proliferation Treaty, "
            "and he called on the three countries to reverse course.\n\n"
            "The agreement must lie before the U.S. Congress for 30 days of continuous session. Australia has begun an 18-month "
            "study of how to acquire the submarines."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "took Australia a step closer to operating nuclear-powered submarines"),
            C("usa", "aukus-nuclear-subs", "support", "the agreement was a first step in helping Australia acquire the boats"),
            C("uk", "aukus-nuclear-subs", "support", "London was committed to seeing the project through"),
            C("china", "aukus-nuclear-subs", "oppose", "the transfer of nuclear submarine technology was an act of nuclear proliferation"),
        ],
    ),
    # 021
    dict(
        published="2021-11-26T16:00:00Z", source="Southern Cross Wire",
        slug="china-presses-iaea-board-over-aukus",
        title="China presses IAEA board over AUKUS as Washington defends plan",
        text=(
            "VIENNA, Nov 26 (Southern Cross Wire) - China pressed the International Atomic Energy Agency's board of governors "
            "this week to examine the AUKUS submarine plan, arguing that it set a dangerous precedent for the global "
            "non-proliferation regime.\n\n"
            "China's ambassador to the agency, Wang Qun, told the board that the plan to transfer highly enriched uranium to a "
            "non-nuclear-weapon state was illegal, and that member states rather than the agency's secretariat should decide how "
            "it was handled.\n\n"
            "The U.S. mission to the agency said Washington would press ahead with the project and work with the agency to meet "
            "the highest non-proliferation standards.\n\n"
            "IAEA Director General Rafael Grossi said he was satisfied with the transparency shown so far and that the agency "
            "would work with the three countries on a safeguards arrangement.\n\n"
            "Under the agency's standard safeguards agreements, nuclear material used for naval propulsion can be exempted from "
            "routine inspections under a special arrangement, a clause that has never been used. Some diplomats in Vienna said "
            "China appeared to be trying to slow the project down."
        ),
        claims=[
            C("china", "aukus-nuclear-subs", "oppose", "the plan to transfer highly enriched uranium to a non-nuclear-weapon state was illegal"),
            C("usa", "aukus-nuclear-subs", "support", "Washington would press ahead with the project"),
        ],
    ),
    # 022 (no claims)
    dict(
        published="2021-12-09T05:00:00Z", source="Quayside Herald",
        slug="naval-group-australia-cuts-jobs-adelaide",
        title="Naval Group Australia cuts jobs as Adelaide submarine work winds down",
        text=(
            "ADELAIDE, Dec 9 (Quayside Herald) - Naval Group's Australian subsidiary has begun cutting jobs in Adelaide as work on "
            "the cancelled Attack-class submarine program winds down, the company's local chief executive said on Thursday.\n\n"
            "John Davis, chief executive of Naval Group Australia, said hundreds of employees in Adelaide would be affected over "
            "the coming months, and that the company was helping staff find work with other defence contractors in South "
            "Australia. Some French engineers and their families have already gone home to Cherbourg.\n\n"
            "Davis said the company would keep a small team in Australia to manage the close of the program. He declined to "
            "comment on the state of financial negotiations with the Commonwealth.\n\n"
            "A facility at Osborne North, where the first hull was to have been cut in 2023, will pass to the federal "
            "government's naval shipbuilding company.\n\n"
            "South Australian Premier Steven Marshall said the state would lobby for as much of the new submarine work as possible "
            "to be done at Osborne. Analysts said it could be years before any work on the nuclear-powered boats begins in Adelaide."
        ),
        claims=[],
    ),
    # 023
    dict(
        published="2022-02-04T14:00:00Z", source="Lantern Press",
        slug="china-russia-joint-statement-concern-over-aukus",
        title="China, Russia voice 'serious concern' over AUKUS in joint statement",
        text=(
            "BEIJING, Feb 4 (Lantern Press) - China and Russia said on Friday they were seriously concerned about the AUKUS "
            "security partnership, in a sweeping joint statement issued as President Xi Jinping hosted Russian President Vladimir "
            "Putin on the opening day of the Winter Olympics.\n\n"
            "The statement, released after the two leaders met in Beijing, said the pact and in particular the plan for "
            "nuclear-powered submarines raised strategic stability risks in the Asia-Pacific, and it called on the three partners "
            "to meet their non-proliferation obligations.\n\n"
            "The document also described a partnership the two sides said had no limits. Russia endorsed China's position on "
            "Taiwan, and Beijing joined Moscow in opposing any further enlargement of NATO.\n\n"
            "Several Western governments, including Australia, the United States and Britain, sent no officials to the Games in "
            "protest at China's human rights record.\n\n"
            "Australian Foreign Minister Marise Payne said in Canberra that the submarine partnership would go ahead regardless "
            "and was a matter for the three countries alone."
        ),
        claims=[
            C("china", "aukus-nuclear-subs", "oppose", "the plan for nuclear-powered submarines raised strategic stability risks in the Asia-Pacific"),
            C("australia", "aukus-nuclear-subs", "support", "the submarine partnership would go ahead regardless"),
        ],
    ),
    # 024 (shift: eu fta conditional -> support)
    dict(
        published="2022-02-21T11:00:00Z", source="Atlas Newsdesk",
        slug="eu-australia-hold-delayed-trade-round",
        title="EU and Australia hold delayed trade round, report 'constructive' talks",
        text=(
            "BRUSSELS, Feb 21 (Atlas Newsdesk) - The European Union and Australia have held their first round of free trade "
            "negotiations since the submarine dispute, with the European Commission saying on Monday that the talks had taken "
            "place in a good and constructive atmosphere.\n\n"
            "Officials from both sides met by video conference from Feb. 7 to 18 for the 12th round, which had been postponed "
            "twice since October. In its report on the round, the Commission said the two sides shared a commitment to "
            "negotiating an ambitious and comprehensive agreement, and that chapters on transparency and domestic regulation had "
            "been provisionally closed.\n\n"
            "Australian Trade Minister Dan Tehan welcomed the progress and said Canberra hoped to conclude a deal within the year.\n\n"
            "France, which holds the rotating presidency of the Council of the EU until the end of June, did not comment on the round.\n\n"
            "Trade diplomats said the negotiations were unlikely to be concluded before France's presidential election in April, "
            "and that access for Australian farm goods remained the hardest issue. The next round is expected to take place in "
            "person later this year."
        ),
        claims=[
            C("eu", "eu-australia-fta-talks", "support", "the two sides shared a commitment to negotiating an ambitious and comprehensive agreement"),
            C("australia", "eu-australia-fta-talks", "support", "Canberra hoped to conclude a deal within the year"),
        ],
    ),
    # 025
    dict(
        published="2022-03-07T03:00:00Z", source="Tidewater Journal",
        slug="australia-names-candidate-ports-east-coast-submarine-base",
        title="Australia names three candidate ports for east-coast nuclear submarine base",
        text=(
            "SYDNEY, March 7 (Tidewater Journal) - Australia will build a second submarine base on its east coast to host its "
            "future nuclear-powered fleet, Prime Minister Scott Morrison said on Monday, naming Brisbane, Newcastle and Port "
            "Kembla as the shortlisted sites.\n\n"
            "Morrison said in a speech at the Lowy Institute that the base would cost more than A$10 billion and would support the "
            "move to nuclear-powered boats under the AUKUS partnership. He said it would also let the navy respond faster in the Pacific.\n\n"
            "Defence Minister Peter Dutton said talks with Naval Group over the cost of the cancelled French program were "
            "continuing, and that Australia would pay only what the contract obliged it to pay.\n\n"
            "Opposition defence spokesman Richard Marles said Labor supported the base in principle but accused the government of "
            "springing the announcement on local communities without consultation.\n\n"
            "Local mayors in Wollongong, which includes Port Kembla, and in Newcastle said they had not been consulted. The "
            "government expects to choose a site by the end of 2023."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "would support the move to nuclear-powered boats under the AUKUS partnership"),
            C("australia", "naval-group-compensation", "conditional", "Australia would pay only what the contract obliged it to pay"),
        ],
    ),
    # 026
    dict(
        published="2022-04-06T09:30:00Z", source="Southern Cross Wire",
        slug="aukus-allies-expand-pact-to-hypersonics",
        title="AUKUS allies expand pact to hypersonic weapons, reaffirm submarine plan",
        text=(
            "WASHINGTON, April 6 (Southern Cross Wire) - The United States, Britain and Australia agreed on Tuesday to cooperate "
            "on hypersonic and counter-hypersonic weapons and on electronic warfare, widening their AUKUS partnership beyond "
            "nuclear-powered submarines.\n\n"
            "In a joint statement, President Joe Biden, Prime Minister Boris Johnson and Prime Minister Scott Morrison said they "
            "had reviewed progress on the submarine program and reaffirmed their commitment to Australia acquiring nuclear-powered "
            "boats as early as possible.\n\n"
            "The leaders also said Russia's invasion of Ukraine had underlined the importance of their cooperation.\n\n"
            "In Beijing, foreign ministry spokesman Zhao Lijian said on Wednesday that the three countries were stoking bloc "
            "confrontation and that the submarine cooperation posed serious nuclear proliferation risks.\n\n"
            "The partners said last year they would decide by early 2023 how Australia would obtain the submarines. Speculation "
            "has centred on whether the boats will be based on a U.S. or a British design."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "reaffirmed their commitment to Australia acquiring nuclear-powered boats as early as possible"),
            C("usa", "aukus-nuclear-subs", "support", "reaffirmed their commitment to Australia acquiring nuclear-powered boats as early as possible"),
            C("uk", "aukus-nuclear-subs", "support", "reaffirmed their commitment to Australia acquiring nuclear-powered boats as early as possible"),
            C("china", "aukus-nuclear-subs", "oppose", "the submarine cooperation posed serious nuclear proliferation risks"),
        ],
    ),
    # 027
    dict(
        published="2022-05-09T11:00:00Z", source="Quayside Herald",
        slug="morrison-defends-scrapping-french-subs-albanese-vows-repair",
        title="Morrison defends scrapping French subs as Albanese vows to mend ties with Paris",
        text=(
            "BRISBANE, May 9 (Quayside Herald) - Prime Minister Scott Morrison on Monday defended his decision to cancel the French "
            "submarine contract, telling voters twelve days before the federal election that he would make the same call again.\n\n"
            "Campaigning in Brisbane, Morrison said the Attack-class boats would not have met Australia's needs in a more "
            "dangerous region, whereas the nuclear-powered submarines Australia is acquiring with the United States and Britain "
            "would. He said voters could trust his government on national security.\n\n"
            "Opposition leader Anthony Albanese said Labor backed the AUKUS partnership but that the government's treatment of "
            "France had been appalling. He said a Labor government would work to repair the relationship with Paris and with "
            "President Emmanuel Macron, who has accused Morrison of lying to him.\n\n"
            "Opinion polls show Labor ahead of the governing coalition before the May 21 vote. Neither side has said how much it "
            "expects the settlement with Naval Group to cost, and the Defence Department has not published an estimate."
        ),
        claims=[
            C("australia", "scrap-attack-class", "support", "defended his decision to cancel the French submarine contract"),
            C("australia", "aukus-nuclear-subs", "support", "the nuclear-powered submarines Australia is acquiring with the United States and Britain would"),
        ],
    ),
    # 028
    dict(
        published="2022-05-23T09:00:00Z", source="Lantern Press",
        slug="albanese-sworn-in-pledges-aukus-on-track",
        title="Albanese sworn in, heads to Tokyo with pledge to keep AUKUS on track",
        text=(
            "CANBERRA, May 23 (Lantern Press) - Anthony Albanese was sworn in as Australia's prime minister on Monday and left "
            "straight away for a Quad summit in Tokyo, pledging that his Labor government would keep the AUKUS submarine "
            "partnership on course.\n\n"
            "Albanese told reporters at Parliament House that there would be no change to Australia's commitment to acquiring "
            "nuclear-powered submarines with the United States and Britain. He said his government would also work to rebuild the "
            "relationship with France, which he said had been badly damaged by the way the previous government ended the contract.\n\n"
            "Penny Wong, sworn in as foreign minister, will travel with him to Tokyo, where he is due to meet President Joe Biden "
            "and the prime ministers of India and Japan.\n\n"
            "French President Emmanuel Macron was among the leaders who congratulated Albanese on his election victory.\n\n"
            "China's foreign ministry said it hoped the new government would view China objectively, but did not say whether it "
            "expected any change on the submarine pact.\n\n"
            "Outgoing defence minister Peter Dutton is expected to be chosen as leader of the Liberal Party next week."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "no change to Australia's commitment to acquiring nuclear-powered submarines"),
            C("australia", "france-australia-reset", "support", "his government would also work to rebuild the relationship with France"),
        ],
    ),
    # 029
    dict(
        published="2022-06-10T06:00:00Z", source="Atlas Newsdesk",
        slug="ardern-albanese-nuclear-free-stance-keeps-subs-out",
        title="Ardern, Albanese agree nuclear-free law will keep AUKUS submarines out of New Zealand",
        text=(
            "SYDNEY, June 10 (Atlas Newsdesk) - New Zealand Prime Minister Jacinda Ardern said on Friday that her country's "
            "nuclear-free law would not change and would keep Australia's future nuclear-powered submarines out of its waters, "
            "after her first formal talks with Prime Minister Anthony Albanese.\n\n"
            "Speaking at a joint news conference at Admiralty House in Sydney, Ardern said the policy was long-standing and "
            "widely supported at home, and that Australia had always understood it.\n\n"
            "Albanese said Australia had no intention of seeking access to New Zealand ports for the boats and respected its "
            "neighbour's position. He said the two countries would keep working closely on security in the Pacific.\n\n"
            "The leaders also discussed China's growing activity in the Pacific after Beijing signed a security agreement with "
            "Solomon Islands in April, and New Zealand's long-running complaints about Australia's deportation of New "
            "Zealand-born offenders.\n\n"
            "Ardern welcomed the new government's pledge to cut emissions by 43 percent by 2030."
        ),
        claims=[
            C("new-zealand", "nz-waters-nuclear-subs", "oppose", "would keep Australia's future nuclear-powered submarines out of its waters"),
            C("australia", "nz-waters-nuclear-subs", "oppose", "Australia had no intention of seeking access to New Zealand ports for the boats"),
        ],
    ),
    # 030 (shifts: australia compensation conditional -> support; france reset conditional -> support)
    dict(
        published="2022-06-11T03:00:00Z", source="Tidewater Journal",
        slug="australia-agrees-naval-group-settlement",
        title="Australia agrees 555 million euro settlement with Naval Group, ending submarine dispute",
        text=(
            "CANBERRA, June 11 (Tidewater Journal) - Australia will pay France's Naval Group 555 million euros (A$830 million) to "
            "settle the cancellation of the Attack-class submarine contract, Prime Minister Anthony Albanese said on Saturday, "
            "drawing a line under a dispute that soured relations with Paris.\n\n"
            "Albanese described the deal as a fair and equitable settlement and said the total cost of the cancelled program to "
            "taxpayers had come to A$3.4 billion. He said he had spoken with President Emmanuel Macron and accepted an invitation "
            "to visit Paris, adding that the new government wanted to reset the relationship.\n\n"
            "Naval Group confirmed in a short statement that it had signed an agreement with Australia that it considered fair "
            "and equitable, without giving a figure.\n\n"
            "France's armed forces ministry welcomed the settlement, saying it would allow the two countries to move forward and rebuild their "
            "bilateral relationship, including in defence.\n\n"
            "Opposition leader Peter Dutton said the Labor government had paid too much and had rewarded a company that was "
            "behind schedule and over budget.\n\n"
            "The Morrison government scrapped the contract in September in favour of nuclear-powered submarines built with U.S. "
            "and British technology."
        ),
        claims=[
            C("australia", "naval-group-compensation", "support", "Australia will pay France's Naval Group 555 million euros (A$830 million) to settle"),
            C("naval-group", "naval-group-compensation", "support", "it had signed an agreement with Australia that it considered fair and equitable"),
            C("france", "naval-group-compensation", "support", "France's armed forces ministry welcomed the settlement"),
            C("france", "france-australia-reset", "support", "it would allow the two countries to move forward and rebuild their bilateral relationship"),
            C("australia", "france-australia-reset", "support", "the new government wanted to reset the relationship"),
        ],
    ),
    # 031
    dict(
        published="2022-06-12T10:00:00Z", source="Southern Cross Wire",
        slug="marles-meets-chinese-defence-minister-singapore",
        title="Marles meets Chinese defence minister in Singapore, first such talks in over two years",
        text=(
            "SINGAPORE, June 12 (Southern Cross Wire) - Australian Defence Minister Richard Marles met his Chinese counterpart Wei "
            "Fenghe on the sidelines of the Shangri-La Dialogue on Sunday, the first meeting between the two countries' defence "
            "ministers in more than two years.\n\n"
            "Marles described the hour-long talks as a critical first step, and said he had raised Australia's concerns about an "
            "incident last month in which a Chinese fighter jet intercepted an Australian surveillance aircraft over the South "
            "China Sea.\n\n"
            "In a speech to the forum on Saturday, Marles said there was no scenario in which Australia did not acquire "
            "nuclear-powered submarines, calling the AUKUS partnership central to the country's defence.\n\n"
            "China's defence ministry said in its readout that Wei had urged Australia to treat China as a partner rather than a "
            "threat. The readout did not mention the submarine pact.\n\n"
            "The Shangri-La Dialogue, organised by the International Institute for Strategic Studies, brought together defence "
            "officials from more than 40 countries in Singapore for the first time since 2019."
        ),
        claims=[
            C("australia", "aukus-nuclear-subs", "support", "there was no scenario in which Australia did not acquire nuclear-powered submarines"),
        ],
    ),
    # 032
    dict(
        published="2022-06-23T08:00:00Z", source="Quayside Herald",
        slug="albanese-to-visit-paris-to-reset-ties",
        title="Albanese to visit Paris next week to reset ties with France",
        text=(
            "SYDNEY, June 23 (Quayside Herald) - Prime Minister Anthony Albanese said on Thursday he would meet French President "
            "Emmanuel Macron in Paris next week, in a visit meant to repair relations damaged by the cancelled submarine deal.\n\n"
            "Albanese told the national broadcaster that Macron had invited him to France while he is in Europe for the NATO summit "
            "in Madrid, and that he expected a warm reception.\n\n"
            "He said Australia needed to reset its ties with France, a major European power and a Pacific neighbour through its "
            "territories, and that the relationship should be nurtured rather than damaged. He said the settlement with Naval "
            "Group had already brought the submarine arrangements to a close.\n\n"
            "Albanese defended the size of the payment, saying officials had told a Senate hearing that breaking the contract "
            "could cost A$5.5 billion, and that his government had brought the final bill down to A$3.4 billion.\n\n"
            "Opposition leader Peter Dutton has said the government paid Naval Group too much."
        ),
        claims=[
            C("australia", "france-australia-reset", "support", "Australia needed to reset its ties with France"),
            C("france", "france-australia-reset", "support", "Macron had invited him to France", attributed=False),
            C("australia", "naval-group-compensation", "support", "Albanese defended the size of the payment"),
        ],
    ),
    # 033 (no claims)
    dict(
        published="2022-06-30T15:00:00Z", source="Lantern Press",
        slug="albanese-heads-from-nato-summit-to-paris",
        title="Albanese heads from NATO summit to Paris, silent on apology",
        text=(
            "MADRID, June 30 (Lantern Press) - Australian Prime Minister Anthony Albanese left the NATO summit in Madrid on "
            "Thursday for Paris, where he will have lunch with President Emmanuel Macron at the Elysee Palace on Friday.\n\n"
            "Albanese, attending the summit as the leader of a partner country, met several European leaders on the sidelines and "
            "joined a session on the security consequences of Russia's war in Ukraine.\n\n"
            "Asked repeatedly whether he would apologise to Macron for the way the previous government cancelled the submarine "
            "contract, Albanese did not answer directly, saying only that he would not pre-empt the discussions.\n\n"
            "French officials said the agenda was still being finalised and declined to say whether any defence projects would "
            "be announced.\n\n"
            "Analysts in Canberra said Paris might now seek a role in Australia's future defence purchases, though Macron's "
            "office has not said so publicly.\n\n"
            "The lunch will be the first meeting between an Australian prime minister and Macron in France since Morrison dined "
            "with him at the Elysee in June last year."
        ),
        claims=[],
    ),
]

# Labelled shifts (recomputed and compared by validate()).
SHIFTS = [
    dict(actor="australia", issue="scrap-attack-class", frm="oppose", to="support", article="001",
         why="Morrison announces that Australia will not proceed with the Attack-class program; two weeks earlier Australian and French ministers had stressed the program's importance (baseline oppose)."),
    dict(actor="eu", issue="eu-australia-fta-talks", frm="support", to="conditional", article="012",
         why="The Commission puts the October round back by a month while insisting the talks are not over: a postponement with continued engagement, not the on-schedule talks of the baseline."),
    dict(actor="france", issue="france-australia-reset", frm="oppose", to="conditional", article="013",
         why="Le Drian sends the ambassador back to Canberra; normal relations cannot resume unless Canberra takes concrete actions. In 005/006 France had recalled him."),
    dict(actor="eu", issue="eu-australia-fta-talks", frm="conditional", to="support", article="024",
         why="The twice-postponed 12th round is held and the Commission reports a shared commitment to an ambitious agreement; in 012 and 015 it had put the round back."),
    dict(actor="australia", issue="naval-group-compensation", frm="conditional", to="support", article="030",
         why="Albanese agrees a 555 million euro settlement he calls fair and equitable; under Morrison (016, 025) Australia would pay only the termination costs the contract obliged."),
    dict(actor="france", issue="france-australia-reset", frm="conditional", to="support", article="030",
         why="The French armed forces ministry says the settlement lets the two countries move forward and rebuild the relationship; in 013/014 and 017 Paris set concrete actions as the condition."),
]

DUPLICATES = [("005", "006"), ("013", "014")]

# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_ts(s), usegmt=True)


def build():
    arts = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        d = parse_ts(a["published"])
        outlet = OUTLETS[a["source"]]
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (outlet, d.year, d.month, d.day, a["slug"])
        arts.append(dict(id=aid, published=a["published"], source=a["source"], url=url,
                         title=a["title"], text=a["text"], claims=a["claims"]))
    return arts


def write(arts):
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for name, slug in OUTLETS.items():
        items = sorted([a for a in arts if a["source"] == name], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch blind evaluation set aukus-submarines-2021</description>" % escape(name),
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
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["claims"] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def read_watchlist():
    """Minimal reader for the watchlist format used here (no PyYAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n")
            if not s.strip() or s.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z]+:\s*$", s):
                section = s.strip()[:-1]
                continue
            m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", s)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", s)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
DATELINE = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - ")


def validate(arts, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in ("support", "oppose", "conditional"):
            errors.append("baseline entry invalid: %r" % (b,))

    # ids and order
    for i, a in enumerate(arts, start=1):
        if a["id"] != "%03d" % i:
            errors.append("bad id %s" % a["id"])
    pubs = [a["published"] for a in arts]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("articles are not in strict publication order")
    if not 30 <= len(arts) <= 34:
        errors.append("%d articles" % len(arts))

    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        m = DATELINE.match(a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (a["id"], m.group(4), a["source"]))
            d = parse_ts(a["published"])
            near = [(d.date().fromordinal(d.date().toordinal() + k)) for k in (-1, 0, 1)]
            if not any(MONTHS[x.month] == m.group(2) and x.day == int(m.group(3)) for x in near):
                errors.append("%s: dateline date %s %s far from published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
        if '\u201c' in a["text"] or '\u201d' in a["text"] or '\u2019' in a["text"]:
            errors.append("%s: curly quotes" % a["id"])
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % a["id"])
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %r" % (a["id"], key))
            seen.add(key)

    # duplicates carry identical claims and share a date
    byid = {a["id"]: a for a in arts}
    for x, y in DUPLICATES:
        t = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if t(byid[x]["claims"]) != t(byid[y]["claims"]):
            errors.append("duplicate %s/%s: claims differ" % (x, y))
        if byid[x]["published"][:10] != byid[y]["published"][:10] or byid[x]["source"] == byid[y]["source"]:
            errors.append("duplicate %s/%s: not same day / different outlet" % (x, y))

    # recompute shifts
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
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
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed %r\n  labelled   %r" % (recomputed, labelled))

    shift_ids = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [a["id"] for a in arts if a["id"] not in shift_ids]:
        errors.append("no_alert_articles wrong")
    if set(labels["claims"]) != set(byid):
        errors.append("claims keys do not cover all articles")

    # feeds
    for slug in OUTLETS.values():
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint %s: %s" % (slug, r.stderr.strip()))

    # summary
    claims = [c for a in arts for c in a["claims"]]
    by = {}
    for c in claims:
        by[c["stance"]] = by.get(c["stance"], 0) + 1
    n_false = sum(1 for c in claims if not c["attributed"])
    empty = [a["id"] for a in arts if not a["claims"]]
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {"support", "oppose"})
    if not 60 <= len(claims) <= 90:
        errors.append("%d claims" % len(claims))
    if by.get("conditional", 0) < 6:
        errors.append("fewer than 6 conditional claims")
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append("%d shifts" % len(labels["shifts"]))
    if reversals > 2:
        errors.append("%d straight reversals" % reversals)
    print("articles: %d (%s)" % (len(arts), ", ".join("%s %d" % (s, sum(1 for a in arts if a["source"] == s)) for s in OUTLETS)))
    print("claims: %d %s; attributed false: %d" % (len(claims), by, n_false))
    print("shifts: %d in articles %s; straight reversals: %d" % (len(labels["shifts"]), sorted(shift_ids), reversals))
    print("no-claim articles: %s" % empty)
    print("word counts: min %d max %d" % (min(len(a["text"].split()) for a in arts), max(len(a["text"].split()) for a in arts)))
    return errors


def main():
    arts = build()
    labels = write(arts)
    errors = validate(arts, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
